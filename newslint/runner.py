"""Check many files: configs per file, suppression, baseline, fixes, and parallel workers.

`plan` expands the command line into tasks (loading and validating every config file
on the way, so a bad config stops the run before any work), `check_task` runs the
whole per-file pipeline, and `run` maps it over the tasks, serially or in worker
processes, returning outcomes in the tasks' order either way. Nothing here prints.
"""
from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Callable

from .config import Config, available_rules, rules_for
from .errors import NewslintError
from .findings import Finding, Severity
from .results import FileResult

MIN_FILES_PER_WORKER = 8  # below this, starting processes costs more than it saves


@dataclass(frozen=True)
class RunOptions:
    """What the command line asks of every file."""

    config: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    fix: str = ""  # "", "write" or "diff"
    report_unused: bool = False
    baseline: str | None = None


@dataclass(frozen=True)
class Task:
    """One input to check: a path, stdin's bytes, or a problem found while expanding."""

    path: str
    data: bytes | None = None
    problem: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What checking one input produced, with what the command line needs besides findings."""

    result: FileResult
    fail_on: str = "warning"
    fixed: int = 0
    diff: str = ""
    baselined: tuple[Finding, ...] = field(default=(), repr=False)

    def failing(self, fail_on: str | None = None) -> bool:
        """True when a finding is at or above the file's (or the given) --fail-on level."""
        level = fail_on or self.fail_on
        if level == "never":
            return False
        floor = Severity.parse(level)
        return any(f.severity >= floor for f in self.result.findings)


def plan(paths: list[str], opts: RunOptions) -> list[Task]:
    """The inputs to check, in command-line order; excluded files are left out.

    Loads every config file involved, so configuration errors raise here.
    """
    import sys

    from .inputs import expand

    tasks = []
    for inp in expand(paths):
        if inp.problem:
            tasks.append(Task(inp.path, problem=inp.problem))
            continue
        if file_config(inp.path, opts) is None:
            continue
        data = sys.stdin.buffer.read() if inp.path == "-" else None
        tasks.append(Task(inp.path, data))
    return tasks


def file_config(path: str, opts: RunOptions) -> Config | None:
    """The config of one file with the command line's overrides; None when excluded."""
    from .configfile import check_cli_names, file_config as found

    config = found(path, opts.config)
    if config is None:
        return None
    if opts.select is not None or opts.ignore:
        check_cli_names(config, opts.select, opts.ignore)
        config = replace(config, select=config.select if opts.select is None else opts.select, ignore=config.ignore + (opts.ignore or ()))
    return config


def rules_in_use(tasks: list[Task], opts: RunOptions) -> list:
    """Every rule some task runs (for SARIF metadata), compiled here once before workers fork."""
    seen: dict[str, object] = {}
    for task in tasks:
        if task.problem is None:
            for rule in rules_for(file_config(task.path, opts)):
                seen.setdefault(rule.id, rule)
    return [seen[k] for k in sorted(seen)]


def run(tasks: list[Task], opts: RunOptions, jobs: int | None = None, on_done: Callable[[], None] | None = None) -> list[Outcome]:
    """Outcomes in task order; `jobs` > 1 checks files in that many processes."""
    jobs = jobs or os.cpu_count() or 1
    work = partial(check_task, opts=opts)
    workers = min(jobs, len(tasks) // MIN_FILES_PER_WORKER) if jobs > 1 else 1
    thresholds = gc.get_threshold()
    if len(tasks) > 1:
        _settle(tasks, opts, workers)
    try:
        return _map(work, tasks, workers, on_done)
    finally:
        gc.unfreeze()  # what was loaded may be collected again once the run is over
        gc.set_threshold(*thresholds)


def _map(work: Callable[[Task], Outcome], tasks: list[Task], workers: int, on_done: Callable[[], None] | None) -> list[Outcome]:
    """`work` over the tasks in order, in this process or in `workers` forked processes."""
    out = []
    if workers <= 1:
        for task in tasks:
            out.append(work(task))
            if on_done:
                on_done()
        return out
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    # fork where it is safe: workers start with the rules and lexicons already loaded
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for outcome in pool.map(work, tasks, chunksize=max(1, len(tasks) // (workers * 8))):
            out.append(outcome)
            if on_done:
                on_done()
    return out


def _settle(tasks: list[Task], opts: RunOptions, workers: int) -> None:
    """Before many files: load what every file needs once, and keep the garbage collector off it.

    Rules, lexicons and lazily imported modules live for the whole run. With workers, a
    first file is checked here so that forked workers inherit all of it instead of each
    loading it again; `gc.freeze` keeps the collector from walking those objects at every
    collection, and rarer collections suit a run that allocates many short-lived tokens
    (together 5-15% of the time per article, measured: docs/performance.md).
    """
    if workers > 1:
        first = next((t for t in tasks if t.problem is None and t.data is None), None)
        if first is not None:
            check_task(Task(first.path), replace(opts, fix=""))
    gc.freeze()  # both undone by `run` when the files are done
    gc.set_threshold(20_000, 50, 100)


def display_path(task: Task) -> str:
    """How a task's file is named in reports."""
    return "<stdin>" if task.path == "-" else task.path


def check_task(task: Task, opts: RunOptions) -> Outcome:
    """The per-file pipeline: read, lint, suppress, drop baselined findings, fix; never raises."""
    from .engine import CheckFailure

    name = display_path(task)
    if task.problem:
        return Outcome(FileResult(name, error=f"{name}: {task.problem}"))
    config = file_config(task.path, opts)
    fail_on = opts.fail_on or config.fail_on
    try:
        doc = _read(task, name)
        findings, baselined = _findings(doc, config, opts)
        if opts.fix and any(f.fix for f in findings):
            return _fixed(task, name, doc, findings, config, opts, fail_on)
        return Outcome(FileResult(name, doc, tuple(findings)), fail_on, baselined=tuple(baselined))
    except NewslintError as exc:
        return Outcome(FileResult(name, error=str(exc)), fail_on)
    except CheckFailure as exc:
        return Outcome(FileResult(name, error=f"{name}: {exc}"), fail_on)


def _read(task: Task, name: str):
    from .readers import is_markdown, read_bytes, read_path

    if task.data is not None:
        return read_bytes(task.data, name, markdown=is_markdown(name))
    return read_path(task.path)


def lint_document(doc, config: Config, report_unused: bool = False, entities: tuple = ()) -> list[Finding]:
    """What `newslint check` reports for one document before any baseline: its config's rules, less suppressions.

    The attribution checks know the config's `entities` plus any given here (the Python API's).
    `newslint review` and the Python API call this too, so all three agree on the findings.
    """
    from .engine import lint
    from .suppression import apply

    doc = doc.with_entities(config.entities + tuple(entities))  # people and organisations the config names
    findings = apply(doc, lint(doc, rules_for(config)), _aliases(config), report_unused)
    doc.release()  # the rules' tokens: 5 MB of BBC text held 750 MB of them until the report
    return findings


def _findings(doc, config: Config, opts: RunOptions) -> tuple[list[Finding], list[Finding]]:
    """Findings that survive suppression, and those a baseline holds back."""
    findings = lint_document(doc, config, opts.report_unused)
    if not opts.baseline:
        return findings, []
    from .baseline import baseline_path, hold_back

    return hold_back(baseline_path(doc.path or "<stdin>", opts.baseline), doc, findings, _baseline(opts.baseline).copy())


@lru_cache(maxsize=16)
def _aliases(config: Config) -> dict[str, str]:
    return {name: r.id for r in available_rules(config) for name in (r.id, *r.aliases)}


@lru_cache(maxsize=4)
def _baseline(path: str):
    from .baseline import load

    return load(path)


def _fixed(task: Task, name: str, doc, findings, config: Config, opts: RunOptions, fail_on: str) -> Outcome:
    """Apply safe fixes; write them (or diff them), then report what remains."""
    from .fixes import fix_text, unified_diff
    from .readers import read_text

    markdown = doc.markup == "markdown"

    def relint(text: str) -> list[Finding]:
        return _findings(read_text(text, name, markdown=markdown), config, opts)[0]

    if task.data is not None and opts.fix == "write":
        raise NewslintError(name, "cannot --fix standard input; use --diff to see the fixes")
    new_text, count = fix_text(doc.text, findings, relint)
    if new_text == doc.text:
        return Outcome(FileResult(name, doc, tuple(findings)), fail_on)
    if opts.fix == "diff":
        return Outcome(FileResult(name, doc, tuple(findings)), fail_on, count, unified_diff(name, doc.text, new_text))
    _write_fixes(task.path, new_text)
    new_doc = read_text(new_text, name, markdown=markdown)
    remaining, held = _findings(new_doc, config, opts)
    return Outcome(FileResult(name, new_doc, tuple(remaining)), fail_on, count, baselined=tuple(held))


def _write_fixes(path: str, text: str) -> None:
    """Write a fixed article atomically; a failure leaves it unchanged and is a NewslintError."""
    from .atomic import ReadOnlyFile, write_atomic

    try:
        write_atomic(path, text)
    except ReadOnlyFile:
        raise NewslintError(path, "file is read-only; fixes not written, file left unchanged") from None
    except OSError as exc:
        raise NewslintError(path, f"cannot write fixes ({exc.strerror or exc}); file left unchanged") from None


def baseline_entries(outcomes: list[Outcome], baseline_file: str) -> list:
    """Baseline entries for every finding reported or held back, keyed as `--baseline` reads them."""
    from .baseline import baseline_path, entry_for

    entries = []
    for o in outcomes:
        doc = o.result.document
        if doc is None:
            continue
        path = baseline_path(o.result.path, baseline_file)
        entries.extend(entry_for(path, doc, f) for f in (*o.result.findings, *o.baselined))
    return entries



def clear_caches() -> None:
    """Forget config and baseline files read so far; compiled rules stay cached."""
    from .configfile import clear_caches as clear_configs

    clear_configs()
    _baseline.cache_clear()
