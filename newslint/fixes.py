"""Safe fixes: choose non-overlapping edits, apply them until nothing changes, write atomically.

Only findings that carry a fix (a `fix: safe` rule with one suggestion, or a check's
explicit edit) are applied. Overlapping edits are resolved the same way every run:
the edit that starts first wins, then the shorter span, then the rule id; the loser
is tried again on the next round, after re-linting the fixed text. Rounds repeat
until no fix applies, so a second `--fix` run changes nothing.
"""
from __future__ import annotations

import difflib
import os
import stat
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from .errors import NewslintError
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


def write_atomic(path: str, text: str) -> None:
    """Replace a file's content via a temporary file and a rename, keeping its permissions.

    A read-only file, or any failure to write, leaves the original untouched and
    raises a NewslintError naming the file.
    """
    target = Path(path).resolve()
    try:
        st = target.stat()
    except OSError as exc:
        raise NewslintError(path, f"cannot write fixes ({exc.strerror or exc}); file left unchanged") from None
    if not st.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise NewslintError(path, "file is read-only; fixes not written, file left unchanged")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".newslint-tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        _keep_owner(tmp, st)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise NewslintError(path, f"cannot write fixes ({exc.strerror or exc}); file left unchanged") from None


def _keep_owner(tmp: str, st: os.stat_result) -> None:
    """Give the new file the old one's owner where we may (as root, say)."""
    if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
        try:
            os.chown(tmp, st.st_uid, st.st_gid)
        except PermissionError:
            pass


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of one file's fixes, as `diff -u` and `git apply` read it."""
    lines = []
    for line in difflib.unified_diff(_lines(old), _lines(new), fromfile=f"a/{path}", tofile=f"b/{path}"):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
