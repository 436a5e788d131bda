"""`newslint review`: go through findings one at a time in a terminal and decide on each.

Keep it (the copy will be fixed by hand), dismiss it (remembered in the baseline file,
so `newslint check --baseline` stops raising it), apply its safe fix (the article is
rewritten atomically), skip to the next file, or quit. Every dismissal and fix is
written as soon as it is made, so quitting at any point keeps the progress.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_atomic
from .baseline import Entry, baseline_path, entry_for, filter_new, load_entries, save
from .config import rules_for
from .document import Document
from .errors import NewslintError
from .findings import Edit, Finding
from .results import FileResult
from .review_screen import QUIT, Screen, read_key_from, show
from .runner import RunOptions, Task, check_task, file_config, plan

KEEP, DISMISS, FIX, NEXT = "k", "d", "f", "n"


@dataclass
class Tally:
    """What the editor decided, for the closing line."""

    kept: int = 0
    dismissed: int = 0
    fixed: int = 0
    errors: int = 0
    quit: bool = False


@dataclass
class Store:
    """The baseline being written: the entries it had plus today's dismissals."""

    path: Path
    entries: list[Entry] = field(default_factory=list)

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        """Read an existing baseline (a corrupt one is a NewslintError), or start an empty one."""
        path = Path(path)
        return cls(path, load_entries(path) if path.exists() else [])

    @property
    def keys(self) -> Counter:
        """The baseline keys, counted, as `baseline.load` gives them."""
        return Counter(e.key for e in self.entries)

    def add(self, entry: Entry) -> None:
        """Remember one more finding and write the file at once."""
        self.entries.append(entry)
        save(self.path, self.entries)


def review(tasks: list[Task], store: Store, opts: RunOptions, screen: Screen) -> Tally:
    """Review every finding of every file not already in the baseline.

    Each file is checked as `newslint check` checks it (runner.check_task: its config,
    per_file overrides, exclude, inline suppressions); only the baseline differs.
    """
    tally = Tally()
    for task in tasks:
        if task.problem:
            screen.say(f"{task.path}: {task.problem}", style="red")
            tally.errors += 1
            continue
        _review_file(task, store, opts, screen, tally)
        if tally.quit:
            break
    return tally


def _review_file(task: Task, store: Store, opts: RunOptions, screen: Screen, tally: Tally) -> None:
    path = task.path
    result = _check(task, opts, screen, tally)
    if result is None:
        return
    doc, findings = result.document, _open_findings(result, store)
    if not findings:
        screen.say(f"{path}: nothing to review.")
        return
    why = {r.id: r.why for r in rules_for(file_config(path, opts))}
    i, done = 0, 0  # findings decided before the list was last rebuilt (after a fix)
    while i < len(findings):
        f = findings[i]
        show(screen, path, doc, f, done + i + 1, done + len(findings), why.get(f.rule, ""))
        key = screen.ask(_choices(f))
        if key == QUIT:
            tally.quit = True
            return
        if key == NEXT:
            return
        if key == FIX:
            cut = _fix(path, doc, f, screen)
            if cut is None:
                continue  # not fixed: the same finding again, to keep or dismiss
            tally.fixed += 1
            result = _check(task, opts, screen, tally)
            if result is None:
                return
            doc, done = result.document, done + i + 1
            findings, i = [g for g in _open_findings(result, store) if g.start >= cut], 0
            continue
        if key == DISMISS:
            store.add(entry_for(baseline_path(path, store.path), doc, f))
            tally.dismissed += 1
            screen.say(f"Dismissed; remembered in {store.path}.", style="dim")
        else:
            tally.kept += 1
        i += 1


def _choices(f: Finding) -> dict[str, str]:
    fix = {FIX: "fix"} if f.fix is not None else {}
    return {KEEP: "keep", DISMISS: "dismiss", **fix, NEXT: "next file", QUIT: "quit"}


def _check(task: Task, opts: RunOptions, screen: Screen, tally: Tally) -> FileResult | None:
    """The file read and checked as `newslint check` would; an error is shown and counted."""
    result = check_task(task, opts).result
    if result.error:
        screen.say(result.error, style="red")
        tally.errors += 1
        return None
    return result


def _open_findings(result: FileResult, store: Store) -> list[Finding]:
    """The file's findings that the baseline does not already silence."""
    return list(filter_new([result], store.keys, store.path)[0].findings)


def _fix(path: str, doc: Document, f: Finding, screen: Screen) -> int | None:
    """Apply a finding's safe fix to the file; returns the offset to go on from, None if not fixed."""
    from .fixes import apply_edits
    from .readers import read_path

    edit: Edit = f.fix
    try:
        on_disk = read_path(path).text
    except NewslintError as exc:
        screen.say(str(exc), style="red")
        return None
    if on_disk != doc.text:
        screen.say(f"{path}: changed on disk since it was read; not fixed.", style="red")
        return None
    text = apply_edits(doc.text, [edit])
    try:
        write_atomic(path, text)
    except OSError as exc:
        screen.say(f"{path}: cannot write ({exc.strerror or exc}); not fixed.", style="red")
        return None
    shown = edit.replacement or "(removed)"
    screen.say(f"Fixed: '{doc.text[edit.start:edit.end]}' → '{shown}'.", style="green")
    return edit.start + len(edit.replacement)


def run(paths: list[str], baseline: str | Path, opts: RunOptions, out) -> tuple[Tally, Store]:
    """Review in the terminal on standard input: keys are read one at a time, without Enter.

    Config files and the baseline are read first, so their errors stop the run before
    the terminal changes mode.
    """
    import sys
    import termios
    import tty

    from rich.console import Console

    tasks = plan(paths, opts)
    store = Store.open(baseline)
    console = Console(file=out, highlight=False, emoji=False)
    screen = Screen(console, read_key_from(sys.stdin.fileno()))
    screen.say(f"Reviewing; dismissed findings are remembered in {store.path}.")
    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        tally = review(tasks, store, opts, screen)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    screen.say(closing_line(tally, store))
    return tally, store


def closing_line(tally: Tally, store: Store) -> str:
    """What was decided, and where the dismissals are kept."""
    return (
        f"{tally.kept} kept, {tally.dismissed} dismissed, {tally.fixed} fixed"
        + (" (stopped early)" if tally.quit else "")
        + f".\nBaseline: {store.path} ({len(store.entries)} entr{'y' if len(store.entries) == 1 else 'ies'})."
    )
