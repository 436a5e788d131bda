"""github: GitHub Actions workflow commands, shown as annotations on the pull request's lines.

    ::warning file=story.txt,line=3,col=1,endLine=3,endColumn=15,title=sourcing.vague-source::Vague source ...

Severity error -> `error`, warning -> `warning`, info -> `notice`. Values are escaped as
the runner expects (`%`, CR, LF everywhere; also `:` and `,` in properties).
"""
from __future__ import annotations

from typing import TextIO

from ..results import FileResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a message for a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title) for a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult], out: TextIO, options=None) -> None:
    """One workflow command per finding, and one `::error` per file that could not be checked."""
    for result in results:
        if result.error:
            out.write(f"::error file={escape_property(result.path)},title=newslint::{escape_data(result.error)}\n")
            continue
        doc = result.document
        for f in result.findings:
            line, col = doc.position(f.start)
            end_line, end_col = doc.position(f.end)
            props = (f"file={escape_property(result.path)},line={line},col={col},"
                     f"endLine={end_line},endColumn={end_col},title={escape_property(f.rule)}")
            out.write(f"::{COMMANDS[str(f.severity)]} {props}::{escape_data(f.message)}\n")
