"""`newslint review` driven through a pseudo-terminal of 80 columns with scripted key presses."""
from __future__ import annotations

import json
import os
import re
import select
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint.baseline import entry_for, filter_new, load
from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_path
from newslint.results import FileResult

pty = pytest.importorskip("pty", reason="pseudo-terminals need a POSIX system")
ROOT = Path(__file__).resolve().parent.parent
RULES = "sourcing.vague-source,usage.redundant-phrase"
STORY = (
    "Talks resume\n\n"
    "Some observers suggest the end result of the talks was decided long ago.\n\n"
    "The end result was a draw, according to some.\n"
)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Terminal:
    """`newslint review ...` on a pseudo-terminal: type keys, wait for text on the screen."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        import fcntl
        import struct
        import termios

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "TERM": "xterm", "COLUMNS": "80"}
        self.proc = subprocess.Popen([sys.executable, "-m", "newslint", "review", *args], cwd=cwd, env=env,
                                     stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
        os.close(slave)
        self.screen = ""

    def expect(self, text: str, times: int = 1, timeout: float = 60) -> None:
        """Read until `text` has appeared (ANSI codes removed) `times` times, or fail showing the screen."""
        deadline = time.monotonic() + timeout
        while self.screen.count(text) < times:
            if time.monotonic() > deadline or not self._read(deadline - time.monotonic()):
                raise AssertionError(f"{text!r} never appeared; screen:\n{self.screen}")

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], max(wait, 0))
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the child closed the terminal
            return False
        self.screen += ANSI.sub("", chunk.decode("utf-8", "replace")).replace("\r\n", "\n")
        return bool(chunk)

    def press(self, key: str) -> None:
        os.write(self.master, key.encode())

    def finish(self) -> int:
        """Read what is left and return the exit code."""
        while self._read(5):
            pass
        code = self.proc.wait(timeout=30)
        os.close(self.master)
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def terminal():
    started: list[Terminal] = []

    def start(args: list[str], cwd: Path) -> Terminal:
        started.append(Terminal(args, cwd))
        return started[-1]

    yield start
    for t in started:
        t.kill()


def _findings(path: Path, display: str) -> FileResult:
    doc = read_path(path, display)
    rules = [r for r in builtin_rules() if r.id in RULES.split(",")]
    return FileResult(display, doc, tuple(lint(doc, rules)))


def test_keep_fix_dismiss_then_quit_saves_everything(terminal, tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    os.chmod(story, 0o640)
    t = terminal(["--select", RULES, "story.txt"], tmp_path)
    t.expect("story.txt · 1 of 4")
    t.expect("»Some observers« suggest the end result of the talks was decided long ago.")
    t.expect("Vague source 'Some observers': name who says so, or cut the claim.")
    t.expect("[k] keep  [d] dismiss  [n] next file  [q] quit")
    t.press("k")
    t.expect("story.txt · 2 of 4")
    t.expect("Some observers suggest the »end result« of the talks")
    t.expect("Suggestion: 'result'  (safe fix: press f)")
    t.expect("[k] keep  [d] dismiss  [f] fix  [n] next file  [q] quit")
    t.press("f")
    t.expect("Fixed: 'end result' → 'result'.")
    t.expect("story.txt · 3 of 4")
    t.expect("The »end result« was a draw, according to some.")
    t.press("x")  # not a choice: asked again
    t.expect("Press k, d, f, n, q.")
    t.press("d")
    t.expect("Dismissed; remembered in .newslint-baseline.json.")
    t.expect("story.txt · 4 of 4")
    t.press("q")
    t.expect("1 kept, 1 dismissed, 1 fixed (stopped early).\nBaseline: .newslint-baseline.json (1 entry).")
    assert t.finish() == 0
    assert story.read_text(encoding="utf-8") == STORY.replace("the end result of", "the result of")
    assert stat.S_IMODE(story.stat().st_mode) == 0o640
    # The dismissal silences exactly that finding on the next check.
    result = _findings(story, "story.txt")
    dismissed = next(f for f in result.findings if f.text == "end result")
    assert load(tmp_path / ".newslint-baseline.json") == {entry_for("story.txt", result.document, dismissed).key: 1}
    monkeypatch.chdir(tmp_path)
    (left,) = filter_new([result], load(".newslint-baseline.json"), ".newslint-baseline.json")
    assert [f.text for f in left.findings] == ["Some observers", "according to some"]


def test_lines_fit_in_80_columns(terminal, tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    t = terminal(["--select", RULES, "story.txt"], tmp_path)
    t.expect("[q] quit")
    t.press("q")
    t.expect("Baseline:")
    t.finish()
    assert max(len(line) for line in t.screen.split("\n")) <= 80


def test_next_file_and_an_existing_baseline(terminal, tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks end\n\nMany observers doubt the deal.\n", encoding="utf-8")
    (tmp_path / "state").mkdir()
    args = ["--select", RULES, "--baseline", "state/decisions.json"]
    t = terminal([*args, "a.txt", "b.txt"], tmp_path)
    t.expect("a.txt · 1 of 4")
    t.press("d")
    t.expect("Dismissed; remembered in state/decisions.json.")
    t.press("n")
    t.expect("b.txt · 1 of 1")
    t.expect("»Many observers« doubt the deal.")
    t.press("k")
    t.expect("1 kept, 1 dismissed, 0 fixed.\nBaseline: state/decisions.json (1 entry).")
    assert t.finish() == 0
    # Paths in a baseline are relative to its folder, as `check --baseline` reads them.
    entries = json.loads((tmp_path / "state" / "decisions.json").read_text(encoding="utf-8"))["entries"]
    assert [(e["path"], e["text"]) for e in entries] == [("../a.txt", "Some observers")]
    # A second review starts with what is not yet in the baseline.
    t = terminal([*args, "a.txt"], tmp_path)
    t.expect("a.txt · 1 of 3")
    t.expect("the »end result« of the talks")
    t.press("\x04")  # end of input quits too
    t.expect("0 kept, 0 dismissed, 0 fixed (stopped early).")
    assert t.finish() == 0


def test_a_read_only_article_is_not_fixed(terminal, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    os.chmod(story, 0o444)
    t = terminal(["--select", "usage.redundant-phrase", "story.txt"], tmp_path)
    t.expect("story.txt · 1 of 2")
    t.press("f")
    t.expect("story.txt: cannot write (file is read-only); not fixed.")
    t.expect("story.txt · 1 of 2", times=2)  # asked again about the same finding
    t.press("q")
    t.expect("0 kept, 0 dismissed, 0 fixed (stopped early).")
    assert t.finish() == 0
    assert story.read_text(encoding="utf-8") == STORY


def test_refuses_politely_without_a_terminal(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newslint", "review", "story.txt"], cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == ("newslint review: needs an interactive terminal, and standard input is not one; "
                           "use 'newslint check' in scripts\n")


def test_a_corrupt_baseline_is_one_line(terminal, tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".newslint-baseline.json").write_text("{not json", encoding="utf-8")
    t = terminal(["story.txt"], tmp_path)
    t.expect(".newslint-baseline.json:1:2: baseline is not valid JSON")
    assert t.finish() == 2
    assert "Traceback" not in t.screen
