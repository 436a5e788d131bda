"""Reporters turn results into text for people or machines; the only place offsets become lines.

REPORTERS maps a `--format` name to the module that renders it; each module has
`render(results, out, options) -> None`. Modules are imported on use, so a JSON run
never loads rich.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, TextIO

from ..findings import Severity

REPORTERS: dict[str, str] = {
    "plain": "newslint.reporters.plain",
    "json": "newslint.reporters.json_v1",
    "rich": "newslint.reporters.annotated",
    "sarif": "newslint.reporters.sarif",
    "github": "newslint.reporters.github",
    "html": "newslint.reporters.html_page",
}


# Severity is never shown by colour alone: every view pairs the colour with an icon and the word.
ICONS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "●"}
COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}  # rich styles


@dataclass(frozen=True)
class ReportOptions:
    """What the command line tells a reporter: colour, width, statistics, and the rules that ran."""

    color: bool = False
    width: int | None = None
    statistics: bool = False
    rules: tuple = ()


def get_reporter(name: str) -> Callable[..., None]:
    """The render function of a named format."""
    return importlib.import_module(REPORTERS[name]).render


def line_col(doc, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset in a document."""
    return doc.position(offset)
