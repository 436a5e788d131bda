"""Glob patterns for `exclude` and `per_file`, matched against posix paths relative to a config.

`*` and `?` stay within one folder, `**` spans folders, and a pattern with no `/`
matches a file or folder name at any depth (as in .gitignore). A pattern that matches a
folder matches everything below it.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def compile_glob(pattern: str) -> re.Pattern[str]:
    """The regular expression for a glob pattern."""
    pat = pattern.strip()
    while pat.startswith("./"):
        pat = pat[2:]
    pat = pat.rstrip("/")
    if "/" not in pat:
        pat = "**/" + pat
    out, i = [], 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[":
            j = pat.find("]", i + 1)
            if j < 0:
                out.append(re.escape(pat[i]))
                i += 1
            else:
                body = pat[i + 1 : j].replace("\\", "\\\\")
                out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
                i = j + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out) + "(?:/.*)?")


def matches(pattern: str, relpath: str) -> bool:
    """True when the posix path (relative to the config's folder) matches the pattern."""
    return compile_glob(pattern).fullmatch(relpath) is not None


def relative_to(root: str, path: str) -> str | None:
    """The posix path of `path` relative to folder `root`, or None when it lies outside."""
    import os

    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root or "."))
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return None
    return rel.replace(os.sep, "/")


def matches_under(pattern: str, root: str, path: str) -> bool:
    """True when `path` lies under `root` and matches the pattern relative to it."""
    rel = relative_to(root, path)
    return rel is not None and matches(pattern, rel)
