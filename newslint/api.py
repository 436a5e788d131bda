"""The Python API for pipelines: check text or files without the command line."""
from __future__ import annotations

from pathlib import Path

from .attribution.entities import Entity
from .config import DEFAULT, Config, rules_for
from .engine import lint
from .findings import Finding
from .readers import is_markdown, read_path, read_text


def check_text(text: str, *, path: str | None = None, config: Config | None = None, markdown: bool | None = None,
               entities: tuple[Entity, ...] = ()) -> list[Finding]:
    """Findings for an article given as text; `path` names it and, by suffix, picks Markdown.

    `entities` adds people and organisations (name, aliases, affiliation) to the configuration's own.
    """
    if markdown is None:
        markdown = bool(path) and is_markdown(str(path))
    config = config or DEFAULT
    doc = read_text(text, path, markdown=markdown).with_entities(config.entities + tuple(entities))
    return lint(doc, rules_for(config))


def check_file(path: str | Path, *, config: Config | None = None, entities: tuple[Entity, ...] = ()) -> list[Finding]:
    """Findings for an article file (.txt or .md); raises InputError if it cannot be read."""
    config = config or DEFAULT
    doc = read_path(path).with_entities(config.entities + tuple(entities))
    return lint(doc, rules_for(config))
