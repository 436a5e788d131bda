"""The Python API for pipelines: check text or files without the command line."""
from __future__ import annotations

from pathlib import Path

from .config import DEFAULT, Config, rules_for
from .engine import lint
from .findings import Finding
from .readers import is_markdown, read_path, read_text


def check_text(text: str, *, path: str | None = None, config: Config | None = None, markdown: bool | None = None) -> list[Finding]:
    """Findings for an article given as text; `path` names it and, by suffix, picks Markdown."""
    if markdown is None:
        markdown = bool(path) and is_markdown(str(path))
    doc = read_text(text, path, markdown=markdown)
    return lint(doc, rules_for(config or DEFAULT))


def check_file(path: str | Path, *, config: Config | None = None) -> list[Finding]:
    """Findings for an article file (.txt or .md); raises InputError if it cannot be read."""
    doc = read_path(path)
    return lint(doc, rules_for(config or DEFAULT))
