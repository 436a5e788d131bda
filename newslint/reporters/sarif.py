"""sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run: the tool with metadata for every rule that ran (summary, the newsroom reason,
references, examples as help), a result per finding with its region (columns count
Unicode code points, declared in `columnKind`), safe fixes as SARIF fixes, and files
that could not be checked as tool notifications.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..results import FileResult

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
EXTRA_RULES = {
    "newslint.unused-suppression": (
        "Reports a newslint-disable comment that silences no finding.",
        "A suppression that silences nothing hides future findings for no reason; remove it.",
    ),
}


def render(results: list[FileResult], out: TextIO, options=None) -> None:
    """Write the SARIF log as indented JSON."""
    json.dump(document(results, tuple(getattr(options, "rules", ()) or ())), out, ensure_ascii=False, indent=2)
    out.write("\n")


def document(results: list[FileResult], rules: tuple = ()) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    descriptors = [_descriptor(r) for r in rules]
    seen = {r.id for r in rules}
    for rule_id in sorted({f.rule for res in results for f in res.findings} - seen):
        descriptors.append(_extra(rule_id))
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "newslint", "version": __version__, "semanticVersion": __version__,
                            "rules": descriptors}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(res, f, index) for res in results if res.document is not None for f in res.findings],
        "invocations": [_invocation(results)],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _descriptor(rule) -> dict[str, Any]:
    """A reportingDescriptor: what the rule flags, why, and examples."""
    fail = "\n".join(f"- {e.strip()}" for e in rule.examples_fail)
    passing = "\n".join(f"- {e.strip()}" for e in rule.examples_pass)
    refs = "".join(f"\n- {r}" for r in rule.references)
    help_md = f"{rule.summary}\n\n**Why:** {rule.why}\n\n**Flagged:**\n{fail}\n\n**Not flagged:**\n{passing}"
    if refs:
        help_md += f"\n\n**References:**{refs}"
    return {
        "id": rule.id,
        "name": rule.id.replace(".", "/"),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": f"{rule.summary} Why: {rule.why}", "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS[str(rule.severity)], "enabled": True},
        "properties": {"tags": ["editorial", rule.group], "kind": rule.kind, "fixable": rule.fix == "safe"},
    }


def _extra(rule_id: str) -> dict[str, Any]:
    summary, why = EXTRA_RULES.get(rule_id, (f"Findings of {rule_id}.", f"Findings of {rule_id}."))
    return {"id": rule_id, "shortDescription": {"text": summary}, "fullDescription": {"text": why},
            "help": {"text": why}, "defaultConfiguration": {"level": "warning"}}


def uri(path: str) -> str:
    """A relative path as a URI reference (posix, percent-encoded); absolute paths as file URIs."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def _result(res: FileResult, f, index: dict[str, int]) -> dict[str, Any]:
    doc = res.document
    line, col = doc.position(f.start)
    end_line, end_col = doc.position(f.end)
    region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
              "snippet": {"text": f.text}}
    location = {"physicalLocation": {"artifactLocation": {"uri": uri(res.path)}, "region": region}}
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVELS[str(f.severity)],
        "message": {"text": f.message},
        "locations": [location],
        "partialFingerprints": {"newslintSentence/v1": _fingerprint(doc, f)},
    }
    if f.fix is not None:
        out["fixes"] = [_fix(res, f)]
    return out


def _fingerprint(doc, f) -> str:
    """The rule, the baseline's sentence hash and the flagged words: stable when the rest of the file changes."""
    import hashlib

    from ..baseline import sentence_hash

    words = hashlib.sha256(" ".join(f.text.split()).encode("utf-8")).hexdigest()[:8]
    return f"{f.rule}:{sentence_hash(doc, f)}:{words}"


def _fix(res: FileResult, f) -> dict[str, Any]:
    doc = res.document
    (sl, sc), (el, ec) = doc.position(f.fix.start), doc.position(f.fix.end)
    deleted = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
    change = {"artifactLocation": {"uri": uri(res.path)},
              "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": f.fix.replacement}}]}
    return {"description": {"text": f"Replace with '{f.fix.replacement}'" if f.fix.replacement else "Remove"},
            "artifactChanges": [change]}


def _invocation(results: list[FileResult]) -> dict[str, Any]:
    notes = [
        {"level": "error", "message": {"text": r.error},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(r.path)}}}]}
        for r in results if r.error
    ]
    out: dict[str, Any] = {"executionSuccessful": not notes}
    if notes:
        out["toolExecutionNotifications"] = notes
    return out
