"""Expand the command line's paths into the article files to check, in a stable order."""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from .readers import ARTICLE_SUFFIXES

STDIN = "-"
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})


@dataclass(frozen=True)
class Input:
    """One thing to check: a file path, or stdin; `problem` is set when it cannot be checked."""

    path: str
    problem: str | None = None


def expand(paths: list[str]) -> list[Input]:
    """Files as given, directories recursed for .txt/.md (hidden and tool folders skipped).

    A path that does not exist but holds `*`, `?` or `[` is expanded as a glob (`**`
    spans folders), for shells that do not expand it; one that matches nothing is a problem.
    """
    out: list[Input] = []
    for raw in paths:
        if raw == STDIN:
            out.append(Input(STDIN))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                out.append(Input(raw, f"directory has no article files ({', '.join(ARTICLE_SUFFIXES)})"))
            out.extend(Input(str(f)) for f in found)
        elif not path.exists() and _is_glob(raw):
            found = sorted({Path(p) for p in glob.glob(raw, recursive=True)})
            files = [f for f in found if f.is_file() and f.name.lower().endswith(ARTICLE_SUFFIXES)] + [a for d in found if d.is_dir() for a in sorted(_walk(d))]
            if not files:
                out.append(Input(raw, "glob matches no file"))
            out.extend(Input(str(f)) for f in files)
        elif not path.exists():
            out.append(Input(raw, "no such file or directory"))
        else:
            out.append(Input(raw))
    return out


def _walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for name in filenames:
            if name.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(dirpath) / name


def _is_glob(path: str) -> bool:
    return any(ch in path for ch in "*?[")
