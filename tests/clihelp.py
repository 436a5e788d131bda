"""Run the command line in-process and capture what it prints (shared by the workflow tests)."""
from __future__ import annotations

import io
from dataclasses import dataclass

from newslint.cli import main


class TTY(io.StringIO):
    """A captured stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(*argv: str, tty: bool = False, err_tty: bool = False) -> Run:
    """newslint ARGV, with stdout/stderr captured."""
    out = TTY() if tty else io.StringIO()
    err = TTY() if err_tty else io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return Run(code, out.getvalue(), err.getvalue())


VAGUE = "Talks resume in Istanbul\n\nSome observers suggest the talks will fail.\n"
CLEAN = "Talks resume in Istanbul\n\nDmitry Peskov, the Kremlin spokesman, said the talks would continue.\n"
