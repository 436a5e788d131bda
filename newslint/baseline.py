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
import re
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


def save(path: str | Path, entries: Iterable[Entry]) -> None:
    """Write a baseline file atomically (newslint/atomic.py); a failure is a NewslintError naming it."""
    from .atomic import write_atomic

    try:
        write_atomic(path, dumps(entries))
    except OSError as exc:
        raise NewslintError(str(path), f"cannot write baseline ({exc.strerror or exc})") from None


def load(path: str | Path) -> Counter:
    """Keys of a baseline file, counted; a corrupt file is a NewslintError naming it (and where)."""
    return Counter(e.key for e in load_entries(path))


def load_entries(path: str | Path) -> list[Entry]:
    """The entries of a baseline file, validated; a corrupt file is a NewslintError naming it (and where)."""
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        raise NewslintError(where, "baseline file does not exist") from None
    except json.JSONDecodeError as exc:
        raise NewslintError(f"{where}:{exc.lineno}:{exc.colno}", f"baseline is not valid JSON ({exc.msg})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NewslintError(where, f"cannot read baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("entries"), list):
        raise NewslintError(where, f'not a newslint baseline; expected {{"version": {VERSION}, "entries": [...]}}')
    entries = []
    for i, e in enumerate(data["entries"]):
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in ("path", "rule", "sentence")):
            line, col = _position(text, _entry_offsets(text)[i])
            raise NewslintError(f"{where}:{line}:{col}", f"entry {i + 1} needs string fields path, rule and sentence")
        entries.append(Entry(e["path"], e["rule"], e["sentence"], str(e.get("text", ""))))
    return entries


_SPACE = re.compile(r"[ \t\n\r]*")


def _entry_offsets(text: str) -> list[int]:
    """Where each item of the top-level "entries" array starts, in JSON text already known valid.

    Python's json module keeps no positions, so the text is walked value by value; with a
    repeated "entries" key the last one counts, as it does for json.loads.
    """
    decode = json.JSONDecoder().raw_decode
    found: list[int] = []
    i = _skip(text, _skip(text, 0) + 1)  # past "{"
    while text[i] != "}":
        key, i = decode(text, i)
        i = _skip(text, _skip(text, i) + 1)  # past ":"
        if key == "entries":
            found, i = [], _skip(text, i + 1)  # past "["
            while text[i] != "]":
                found.append(i)
                i = _skip(text, decode(text, i)[1])
                i = _skip(text, i + (text[i] == ","))
            i += 1
        else:
            i = decode(text, i)[1]
        i = _skip(text, i)
        i = _skip(text, i + (text[i] == ","))
    return found


def _skip(text: str, i: int) -> int:
    """The offset of the first non-blank character at or after `i`."""
    return _SPACE.match(text, i).end()


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points, as json reports them) of an offset."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


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
        kept, _ = hold_back(baseline_path(result.path, baseline_file), result.document, result.findings, left)
        out.append(replace(result, findings=tuple(kept)))
    return out


def hold_back(path: str, doc: Document, findings: Iterable[Finding], left: Counter) -> tuple[list[Finding], list[Finding]]:
    """(new, remembered) findings of one file; each remembered one uses up one count of its key in `left`.

    `path` is the file as the baseline records it (baseline_path). `newslint check --baseline`,
    `newslint review` and the review page's export all match findings to entries here.
    """
    new, held = [], []
    for f in findings:
        key = entry_for(path, doc, f).key
        if left[key] > 0:
            left[key] -= 1
            held.append(f)
        else:
            new.append(f)
    return new, held
