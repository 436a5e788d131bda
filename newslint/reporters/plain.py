"""plain: one line per finding, `path:line:col: severity rule-id message` (grep- and editor-friendly)."""
from __future__ import annotations

from typing import TextIO

from ..results import FileResult


def render(results: list[FileResult], out: TextIO, options=None) -> None:
    """Write each finding on its own line, in file then position order."""
    for result in results:
        if result.document is None:
            continue
        for f in result.findings:
            line, col = result.document.position(f.start)
            out.write(f"{result.path}:{line}:{col}: {f.severity} {f.rule} {f.message}\n")
