"""The Python API for pipelines: check text or files without the command line.

Both functions report what `newslint check` reports for the same article without a
baseline: they go through the same per-document step (runner.lint_document), so inline
`newslint-disable` comments and `[sic]` are honoured here too.
"""
from __future__ import annotations

from pathlib import Path

from .attribution.entities import Entity
from .config import DEFAULT, Config, excluded, for_file
from .findings import Finding
from .readers import is_markdown, read_path, read_text
from .runner import lint_document


def check_text(text: str, *, path: str | None = None, config: Config | None = None, markdown: bool | None = None,
               entities: tuple[Entity, ...] = ()) -> list[Finding]:
    """Findings for an article given as text, inline suppressions honoured.

    The rules are those of `config`, else the built-in defaults: no config file is looked
    up for text (check_file does that). `path` names the article, picks Markdown by its
    suffix, and is what the config's `per_file` and `exclude` globs are matched against
    (an excluded path gives no findings). `entities` adds people and organisations (name,
    aliases, affiliation) to the configuration's own.
    """
    if markdown is None:
        markdown = bool(path) and is_markdown(str(path))
    effective = _for_path(config or DEFAULT, None if path is None else str(path))
    if effective is None:
        return []
    return lint_document(read_text(text, path, markdown=markdown), effective, entities=tuple(entities))


def check_file(path: str | Path, *, config: Config | None = None, entities: tuple[Entity, ...] = ()) -> list[Finding]:
    """Findings for an article file (.txt or .md) as `newslint check FILE` reports them (no baseline).

    Without `config`, the file's own configuration is discovered as the command line does
    it (the nearest `.newslint.yaml` or `pyproject.toml` with `[tool.newslint]`), with its
    `per_file` overrides; a file its `exclude` covers gives no findings. A `config` given
    here wins over discovery, and its own `per_file` and `exclude` still apply. Inline
    suppressions are honoured; `entities` adds to the configuration's own. Config files are
    read once per process. Raises InputError when the file cannot be read and ConfigError
    when a discovered config file is wrong.
    """
    name = str(path)
    if config is None:
        from .configfile import file_config

        effective = file_config(name)
    else:
        effective = _for_path(config, name)
    if effective is None:
        return []
    return lint_document(read_path(path), effective, entities=tuple(entities))


def _for_path(config: Config, path: str | None) -> Config | None:
    """The config with its per_file overrides for `path` applied; None when it excludes the path."""
    if excluded(config, path):
        return None
    return for_file(config, path)
