"""The command line: the only module that prints and decides exit codes.

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage, rule, config or input errors (the other files are still checked).
The work is done by runner.py (per-file pipeline, workers), configfile.py, fixes.py
and the reporters; this module parses arguments, prints and picks exit codes.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import time
from typing import TextIO

from . import __version__
from .errors import NewslintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("auto", "rich", "plain", "json", "sarif", "github", "html")
MACHINE_FORMATS = ("json", "sarif", "github")
PROGRESS_MIN_FILES = 20


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() keeps control of exit codes."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise NewslintError("newslint", f"{message} (see 'newslint --help')")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _jobs(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"--jobs must be a whole number, not {value!r}")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per job."""
    parser = _Parser(prog="newslint", description="An editorial quality linter for news copy.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = sub.add_parser("check", help="check articles (.txt, .md, or - for stdin)")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="auto",
                       help="output format (default: auto = github under GitHub Actions, rich on a terminal, else plain)")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    _rule_options(check)
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                       help="lowest severity that makes the exit code 1 (default: the config's, else warning)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in rich output")
    check.add_argument("--statistics", action="store_true", help="print how many findings each rule gave")
    check.add_argument("--fix", action="store_true", help="apply safe fixes to the files, then report what remains")
    check.add_argument("--diff", action="store_true", help="print the safe fixes as a unified diff; write nothing")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="record every current finding in FILE and exit 0")
    check.add_argument("--report-unused-suppressions", action="store_true",
                       help="report newslint-disable comments that silence nothing")
    check.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                       help="check files in N processes (default: the number of CPUs)")
    review = sub.add_parser("review", help="go through findings one at a time in a terminal: keep, dismiss, fix")
    review.add_argument("paths", nargs="+", metavar="PATH")
    review.add_argument("--baseline", default=".newslint-baseline.json", metavar="FILE",
                        help="where dismissed findings are remembered (default: .newslint-baseline.json)")
    _rule_options(review)
    rules = sub.add_parser("rules", help="list the rules (id, severity, summary)")
    rules.add_argument("--all", action="store_true", help="include rules that are off by default")
    rules.add_argument("--format", choices=("text", "markdown"), default="text",
                       help="markdown: the reference of every rule, as in docs/rules.md")
    kinds = sub.add_parser("kinds", help="list the check kinds a rule file can use")
    kinds.add_argument("--format", choices=("text", "markdown"), default="text",
                       help="markdown: every kind with its options, as in docs/check-kinds.md")
    explain = sub.add_parser("explain", help="show what a rule flags, why, and its examples")
    explain.add_argument("rule", metavar="RULE")
    config = sub.add_parser("config", help="print the configuration that applies to a file or folder")
    config.add_argument("path", nargs="?", default=".", metavar="PATH")
    config.add_argument("--config", metavar="FILE", help="use this config file instead of discovery")
    return parser


def _rule_options(parser: argparse.ArgumentParser) -> None:
    """--config, --select and --ignore: what `check` and `review` share, so they agree on the rules."""
    parser.add_argument("--config", metavar="FILE", help="use this config file for every article (no discovery)")
    parser.add_argument("--select", type=_csv, default=None, metavar="IDS", help="only these rules or groups (comma-separated)")
    parser.add_argument("--ignore", type=_csv, default=None, metavar="IDS", help="also skip these rules or groups")


def _run_options(args, **more):
    """The RunOptions of `check` or `review` from their shared rule options (and `more`)."""
    from .runner import RunOptions

    return RunOptions(
        config=args.config,
        select=tuple(args.select) if args.select is not None else None,
        ignore=tuple(args.ignore) if args.ignore else None,
        **more,
    )


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        if args.command in ("check", "config", "review"):
            from .runner import clear_caches

            clear_caches()  # an in-process run (tests, editors) sees files as they are now
        if args.command is None:
            build_parser().print_help(out)
            return EXIT_ERROR
        if args.command == "check":
            return _check(args, out, err)
        if args.command == "review":
            return _review(args, out, err)
        if args.command == "rules":
            return _rules(args, out)
        if args.command == "kinds":
            return _kinds(args, out)
        if args.command == "config":
            return _config(args, out)
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
    from . import runner

    opts = _run_options(
        args,
        fail_on=args.fail_on,
        fix="diff" if args.diff else ("write" if args.fix else ""),
        report_unused=args.report_unused_suppressions,
        baseline=args.baseline,
    )
    if args.baseline:
        from .baseline import load

        load(args.baseline)  # a missing or corrupt baseline stops the run before any work
    tasks = runner.plan(args.paths, opts)
    rules = tuple(runner.rules_in_use(tasks, opts))
    with _progress(err, len(tasks)) as advance:
        outcomes = runner.run(tasks, opts, args.jobs, advance)
    results = [o.result for o in outcomes]
    for r in results:
        if r.error:
            err.write(f"{r.error}\n")
    errors = any(r.error for r in results)
    if args.write_baseline:
        _write_baseline(outcomes, args.write_baseline, err)
        return EXIT_ERROR if errors else EXIT_CLEAN
    if args.diff:
        return _diff(outcomes, out, err, errors)
    if args.fix:
        fixed = [o for o in outcomes if o.fixed]
        err.write(f"Fixed {sum(o.fixed for o in fixed)} finding(s) in {len(fixed)} file(s).\n")
    _report(args, results, rules, out, err)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(o.failing(args.fail_on) for o in outcomes) else EXIT_CLEAN


def _report(args, results, rules, out: TextIO, err: TextIO) -> None:
    """Render the chosen format to stdout or --output, then --statistics."""
    import io

    from .reporters import ReportOptions, get_reporter
    from .statistics import statistics

    target = io.StringIO() if args.output else out
    fmt = _format(args.format, target)
    tty = target.isatty()
    color = args.color == "always" or (args.color == "auto" and tty and "NO_COLOR" not in os.environ)
    width = shutil.get_terminal_size().columns if tty else None
    get_reporter(fmt)(results, target, ReportOptions(color=color, width=width, statistics=args.statistics, rules=rules))
    if args.statistics and (fmt != "rich" or args.output):  # rich's own table carries the statistics
        (err if fmt in MACHINE_FORMATS or args.output else target).write("\n".join(statistics(results)) + "\n")
    if args.output:
        _write_output(args.output, target.getvalue())


def _format(name: str, target: TextIO) -> str:
    """`auto`: github under GitHub Actions, rich on a terminal, plain otherwise."""
    if name != "auto":
        return name
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if target.isatty() else "plain"


def _write_output(path: str, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise NewslintError(path, f"cannot write the report ({exc.strerror or exc})") from None


def _write_baseline(outcomes, path: str, err: TextIO) -> None:
    from .baseline import save
    from .runner import baseline_entries

    entries = baseline_entries(outcomes, path)
    save(path, entries)
    err.write(f"newslint: wrote {len(entries)} finding(s) to baseline {path}\n")


def _diff(outcomes, out: TextIO, err: TextIO, errors: bool) -> int:
    changed = [o for o in outcomes if o.diff]
    for o in changed:
        out.write(o.diff)
    err.write(f"Would fix {sum(o.fixed for o in changed)} finding(s) in {len(changed)} file(s).\n")
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if changed else EXIT_CLEAN


@contextlib.contextmanager
def _progress(err: TextIO, total: int):
    """A rich progress bar on stderr when many files are checked on a terminal; else nothing."""
    if total < PROGRESS_MIN_FILES or not err.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=err)
    # No refresh thread: worker processes are forked while the bar is shown.
    with Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task("check", total=total)
        last = [0.0]

        def advance() -> None:
            bar.advance(task)
            if time.monotonic() - last[0] > 0.1:  # ten frames a second at most
                last[0] = time.monotonic()
                bar.refresh()

        yield advance


def _config(args, out: TextIO) -> int:
    from .configfile import describe

    out.write(describe(args.path, args.config))
    return EXIT_CLEAN


def _review(args, out: TextIO, err: TextIO) -> int:
    from .review import run

    if not sys.stdin.isatty():
        err.write("newslint review: needs an interactive terminal, and standard input is not one; "
                  "use 'newslint check' in scripts\n")
        return EXIT_ERROR
    if "-" in args.paths:
        raise NewslintError("newslint review", "cannot review standard input; name the article files")
    tally, _ = run(args.paths, args.baseline, _run_options(args), out)
    return EXIT_ERROR if tally.errors else EXIT_CLEAN


def _rules(args, out: TextIO) -> int:
    from .config import builtin_rules

    if args.format == "markdown":
        from .docs_gen import rules_markdown

        out.write(rules_markdown(builtin_rules()))
        return EXIT_CLEAN
    rules = [r for r in builtin_rules() if args.all or r.enabled]
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        off = "" if r.enabled else " (off by default)"
        out.write(f"{r.id:<{width}}  {str(r.severity):<7}  {r.summary}{off}\n")
    return EXIT_CLEAN


def _kinds(args, out: TextIO) -> int:
    from .config import builtin_rules
    from .kinddoc import all_kinds

    kinds = all_kinds()
    if args.format == "markdown":
        from .docs_gen import kinds_markdown

        out.write(kinds_markdown(kinds, builtin_rules()))
        return EXIT_CLEAN
    from .kinddoc import kinds_text

    out.write(kinds_text(kinds))
    return EXIT_CLEAN


def _explain(args, out: TextIO) -> int:
    from .config import builtin_rules

    found = [r for r in builtin_rules() if args.rule in (r.id, *r.aliases)]
    if not found:
        raise NewslintError("newslint explain", f"unknown rule {args.rule!r}; 'newslint rules' lists them")
    from .ruledoc import explain_text

    out.write(explain_text(found[0]))
    return EXIT_CLEAN
