"""json: the stable machine format, version 1 (docs/json-output.md; schema in docs/).

Adding keys is allowed within version 1; removing or changing one needs version 2.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

from ..results import FileResult, Summary

VERSION = 1


def finding_record(result: FileResult, f) -> dict[str, Any]:
    """One finding as a JSON object, with line and column derived from its offsets."""
    doc = result.document
    line, col = doc.position(f.start)
    end_line, end_col = doc.position(f.end)
    record: dict[str, Any] = {
        "rule": f.rule,
        "severity": str(f.severity),
        "message": f.message,
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": col,
        "end_line": end_line,
        "end_column": end_col,
        "text": f.text,
        "suggestions": list(f.suggestions),
        "fix": None if f.fix is None else {"start": f.fix.start, "end": f.fix.end, "replacement": f.fix.replacement},
    }
    return record


def document(results: list[FileResult]) -> dict[str, Any]:
    """The whole report as a JSON-ready dict."""
    summary = Summary.of(results)
    return {
        "version": VERSION,
        "files": [
            {"path": r.path, "findings": [finding_record(r, f) for f in r.findings]}
            for r in results
            if r.error is None
        ],
        "errors": [{"path": r.path, "message": r.error} for r in results if r.error is not None],
        "summary": {"files": summary.files, "findings": summary.findings, **summary.by_severity},
    }


def render(results: list[FileResult], out: TextIO, options=None) -> None:
    """Write the report as indented JSON."""
    json.dump(document(results), out, ensure_ascii=False, indent=2)
    out.write("\n")
