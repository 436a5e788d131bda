"""Safe fixes: choose non-overlapping edits, apply them until nothing changes (atomic.py writes them).

Only findings that carry a fix (a `fix: safe` rule with one suggestion, or a check's
explicit edit) are applied. Overlapping edits are resolved the same way every run:
the edit that starts first wins, then the shorter span, then the rule id; the loser
is tried again on the next round, after re-linting the fixed text. Rounds repeat
until no fix applies, so a second `--fix` run changes nothing.
"""
from __future__ import annotations

import difflib
from typing import Callable, Iterable

from .findings import Edit, Finding

MAX_ROUNDS = 10


def choose_edits(findings: Iterable[Finding]) -> list[Edit]:
    """The fixes to apply in one round: sorted, de-duplicated, none overlapping another."""
    ordered = sorted((f for f in findings if f.fix is not None), key=lambda f: (f.fix.start, f.fix.end, f.rule))
    chosen: list[Edit] = []
    for f in ordered:
        edit = f.fix
        if chosen and edit == chosen[-1]:
            continue
        if chosen and edit.start < chosen[-1].end:
            continue
        if chosen and edit.start == chosen[-1].end == chosen[-1].start:  # two insertions at one point
            continue
        chosen.append(edit)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Text with non-overlapping, sorted edits applied."""
    parts, pos = [], 0
    for e in edits:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def fix_text(text: str, findings: list[Finding], relint: Callable[[str], list[Finding]]) -> tuple[str, int]:
    """Apply safe fixes round after round; returns the new text and how many edits were made."""
    count = 0
    for _ in range(MAX_ROUNDS):
        edits = choose_edits(findings)
        if not edits:
            break
        new = apply_edits(text, edits)
        if new == text:
            break
        text, count = new, count + len(edits)
        findings = relint(text)
    return text, count


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of one file's fixes, as `diff -u` and `git apply` read it."""
    lines = []
    for line in difflib.unified_diff(_lines(old), _lines(new), fromfile=f"a/{path}", tofile=f"b/{path}"):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
