"""Baselines: remember today's findings so that only new ones are reported.

A finding is keyed by its file, its rule and a hash of the sentence it stands in
(white space folded), so edits elsewhere in the file do not revive it. The file is
JSON: {"version": 1, "entries": [{"path", "rule", "sentence", "text"}]}, where
`sentence` is the hash and `text` the flagged words, kept for people reading the file.
The HTML review page exports dismissed findings in this same format.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .document import Document
from .errors import NewslintError
from .findings import Finding
from .results import FileResult

VERSION = 1


def sentence_hash(doc: Document, finding: Finding) -> str:
    """A short, stable hash of the sentence holding the finding (or of the span itself)."""
    unit = doc.sentence_at(finding.start)
    text = doc.slice(unit) if unit is not None and unit.end >= finding.end else finding.text
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    """One remembered finding."""

    path: str
    rule: str
    sentence: str
    text: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.rule, self.sentence)


def entry_for(path: str, doc: Document, finding: Finding) -> Entry:
    """The baseline entry of a finding."""
    return Entry(path, finding.rule, sentence_hash(doc, finding), finding.text)


def dumps(entries: Iterable[Entry]) -> str:
    """The baseline file's text, sorted so that it diffs well."""
    rows = sorted((e.path, e.rule, e.sentence, e.text) for e in entries)  # repeats kept: load() counts them
    data = {"version": VERSION, "entries": [dict(zip(("path", "rule", "sentence", "text"), r)) for r in rows]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def load(path: str | Path) -> Counter:
    """Keys of a baseline file, counted; a corrupt file is a NewslintError naming it."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NewslintError(where, "baseline file does not exist") from None
    except json.JSONDecodeError as exc:
        raise NewslintError(f"{where}:{exc.lineno}:{exc.colno}", f"baseline is not valid JSON ({exc.msg})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NewslintError(where, f"cannot read baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("entries"), list):
        raise NewslintError(where, f'not a newslint baseline; expected {{"version": {VERSION}, "entries": [...]}}')
    keys: Counter = Counter()
    for i, e in enumerate(data["entries"]):
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("path", "rule", "sentence")):
            raise NewslintError(where, f"entry {i + 1} needs string fields path, rule and sentence")
        keys[(e["path"], e["rule"], e["sentence"])] += 1
    return keys


def load_entries(path: str | Path) -> list[Entry]:
    """The entries of a baseline file, validated as `load` does (for tools that rewrite it)."""
    load(path)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Entry(e["path"], e["rule"], e["sentence"], str(e.get("text", ""))) for e in data["entries"]]


def baseline_path(path: str, baseline_file: str | Path) -> str:
    """A file's path as a baseline records it: posix, relative to the baseline's folder."""
    if path == "<stdin>":
        return path
    rel = os.path.relpath(os.path.abspath(path), os.path.dirname(os.path.abspath(baseline_file)))
    return rel.replace(os.sep, "/")


def filter_new(results: list[FileResult], keys: Counter, baseline_file: str | Path) -> list[FileResult]:
    """Results without the findings a baseline remembers; each entry silences one finding."""
    from dataclasses import replace

    left = Counter(keys)
    out = []
    for result in results:
        if result.document is None:
            out.append(result)
            continue
        path = baseline_path(result.path, baseline_file)
        kept = []
        for f in result.findings:
            key = entry_for(path, result.document, f).key
            if left[key] > 0:
                left[key] -= 1
            else:
                kept.append(f)
        out.append(replace(result, findings=tuple(kept)))
    return out
