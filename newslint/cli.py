"""The command line: the only module that prints and decides exit codes.

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage, rule, config or input errors (the other files are still checked).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from typing import TextIO

from . import __version__
from .errors import NewslintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("auto", "rich", "plain", "json")


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() keeps control of exit codes."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise NewslintError("newslint", f"{message} (see 'newslint --help')")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per job."""
    parser = _Parser(prog="newslint", description="An editorial quality linter for news copy.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = sub.add_parser("check", help="check articles (.txt, .md, or - for stdin)")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="auto", help="output format (default: auto)")
    check.add_argument("--select", type=_csv, default=None, metavar="IDS", help="only these rules or groups (comma-separated)")
    check.add_argument("--ignore", type=_csv, default=None, metavar="IDS", help="skip these rules or groups")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                       help="lowest severity that makes the exit code 1 (default: warning)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in rich output")
    rules = sub.add_parser("rules", help="list the rules (id, severity, summary)")
    rules.add_argument("--all", action="store_true", help="include rules that are off by default")
    explain = sub.add_parser("explain", help="show what a rule flags, why, and its examples")
    explain.add_argument("rule", metavar="RULE")
    return parser


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help(out)
            return EXIT_ERROR
        if args.command == "check":
            return _check(args, out, err)
        if args.command == "rules":
            return _rules(args, out)
        return _explain(args, out)
    except NewslintError as exc:
        err.write(f"{exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("newslint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_ERROR


def _check(args, out: TextIO, err: TextIO) -> int:
    from .config import DEFAULT, rules_for
    from .findings import Severity
    from .inputs import expand
    from .reporters import ReportOptions, get_reporter
    from .results import FileResult

    config = DEFAULT
    fail_on = args.fail_on or config.fail_on
    if args.select is not None or args.ignore is not None:
        from dataclasses import replace

        config = replace(config, select=tuple(args.select or config.select), ignore=tuple(args.ignore or config.ignore))
    rules = rules_for(config)
    results = [_check_one(inp, rules, config.entities) for inp in expand(args.paths)]
    fmt = args.format
    if fmt == "auto":
        fmt = "rich" if out.isatty() else "plain"
    color = args.color == "always" or (args.color == "auto" and out.isatty() and "NO_COLOR" not in os.environ)
    width = shutil.get_terminal_size().columns if out.isatty() else None
    get_reporter(fmt)(results, out, ReportOptions(color=color, width=width))
    for r in results:
        if r.error:
            err.write(f"{r.error}\n")
    if any(r.error for r in results):
        return EXIT_ERROR
    if fail_on != "never":
        floor = Severity.parse(fail_on)
        if any(f.severity >= floor for r in results for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN


def _check_one(inp, rules, entities=()):
    """Read and lint one input; its problems become the result's error, never an exception."""
    from .engine import CheckFailure, lint
    from .readers import read_bytes, read_path
    from .results import FileResult

    display = "<stdin>" if inp.path == "-" else inp.path
    if inp.problem:
        return FileResult(display, error=f"{display}: {inp.problem}")
    try:
        if inp.path == "-":
            doc = read_bytes(sys.stdin.buffer.read(), display)
        else:
            doc = read_path(inp.path)
        doc = doc.with_entities(entities)
        return FileResult(display, doc, tuple(lint(doc, rules)))
    except NewslintError as exc:
        return FileResult(display, error=str(exc))
    except CheckFailure as exc:
        return FileResult(display, error=f"{display}: {exc}")


def _rules(args, out: TextIO) -> int:
    from .config import builtin_rules

    rules = [r for r in builtin_rules() if args.all or r.enabled]
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        off = "" if r.enabled else " (off by default)"
        out.write(f"{r.id:<{width}}  {str(r.severity):<7}  {r.summary}{off}\n")
    return EXIT_CLEAN


def _explain(args, out: TextIO) -> int:
    from .config import builtin_rules

    found = [r for r in builtin_rules() if args.rule in (r.id, *r.aliases)]
    if not found:
        raise NewslintError("newslint explain", f"unknown rule {args.rule!r}; 'newslint rules' lists them")
    r = found[0]
    out.write(f"{r.id} ({r.severity}, kind {r.kind}, scope {r.scope})\n\n{r.summary}\n\nWhy: {r.why}\n")
    if r.references:
        out.write("\nReferences:\n" + "".join(f"  - {ref}\n" for ref in r.references))
    out.write("\nFlagged:\n" + "".join(f"  ✗ {e.strip()}\n" for e in r.examples_fail))
    out.write("\nNot flagged:\n" + "".join(f"  ✓ {e.strip()}\n" for e in r.examples_pass))
    if r.fix == "safe":
        out.write("\nFixable: yes (safe fix with one suggestion)\n")
    if not r.enabled:
        out.write("\nOff by default; turn on with --select " + r.id + "\n")
    return EXIT_CLEAN
