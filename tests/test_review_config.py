"""`newslint review` asks about exactly the findings `newslint check` reports, less the baseline.

Config discovery, per_file overrides, exclude, severity overrides and inline suppressions
all reach the review through runner.check_task; the review is driven in-process here with
scripted keys (tests/test_review_terminal.py drives the real terminal).
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from clihelp import run
from newslint.baseline import baseline_path, entry_for
from newslint.errors import NewslintError
from newslint.readers import read_path
from newslint.review import Store, review
from newslint.review_screen import Screen
from newslint.runner import RunOptions, Task, check_task, clear_caches, plan

CONFIG = """\
select: [sourcing.vague-source, usage.redundant-phrase]
rules:
  sourcing.vague-source:
    severity: info
exclude: [drafts]
per_file:
  "opinion/*.txt":
    ignore: [usage]
"""
NEWS = (
    "Talks resume in Istanbul\n\n"
    "Some observers suggest the end result was agreed.\n\n"
    "<!-- newslint-disable-next-line sourcing -->\n"
    "According to some, the talks were a formality.\n"
)
OPINION = "Talks end\n\nThe end result, according to some, was a draw.\n"
PATHS = ["news/a.txt", "opinion/b.txt", "drafts/c.txt"]
SHOWN = re.compile(r"^(?:✖|▲|●) (\w+)  (\S+)  line (\d+), column (\d+)$", re.M)


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch) -> Path:
    """Three desks under one .newslint.yaml; cwd is the newsroom folder."""
    monkeypatch.chdir(tmp_path)
    for name, text in ((".newslint.yaml", CONFIG), ("news/a.txt", NEWS), ("opinion/b.txt", OPINION),
                       ("drafts/c.txt", NEWS)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    clear_caches()
    return tmp_path


def _review(paths: list[str], store: Store, opts: RunOptions = RunOptions()) -> tuple[list[str], str]:
    """Keep every finding; returns each shown finding as `check --format plain` would name it."""
    from rich.console import Console

    screen_text = io.StringIO()
    screen = Screen(Console(file=screen_text, width=80, no_color=True, highlight=False), lambda: "k")
    tally = review(plan(paths, opts), store, opts, screen)
    shown = screen_text.getvalue()
    files = re.findall(r"^─* ?(\S+) · \d+ of \d+", shown, re.M)
    found = [f"{path}:{line}:{col}: {sev} {rule}" for path, (sev, rule, line, col) in zip(files, SHOWN.findall(shown))]
    assert tally.kept == len(found)
    return found, shown


def _checked(*args: str) -> list[str]:
    """`newslint check --format plain` lines without their messages."""
    r = run("check", "--format", "plain", *args)
    return [" ".join(line.split()[:3]) for line in r.out.splitlines()]


def test_review_asks_about_what_check_reports(newsroom):
    found, _ = _review(PATHS, Store(newsroom / "baseline.json"))
    assert found == _checked(*PATHS) == [
        "news/a.txt:3:1: info sourcing.vague-source",  # severity from the config
        "news/a.txt:3:28: info usage.redundant-phrase",
        # line 6's "According to some" is suppressed inline; opinion/ ignores usage; drafts/ is excluded
        "opinion/b.txt:3:17: info sourcing.vague-source",
    ]


def test_review_leaves_out_the_baseline_and_nothing_else(newsroom):
    doc = read_path("news/a.txt")
    first = _review(["news/a.txt"], Store(newsroom / "b.json"))[0]
    store = Store(newsroom / "b.json")
    kept = check_task(Task("news/a.txt"), RunOptions()).result.findings
    store.entries.append(entry_for(baseline_path("news/a.txt", store.path), doc, kept[0]))
    found, _ = _review(["news/a.txt"], store)
    assert found == first[1:] == ["news/a.txt:3:28: info usage.redundant-phrase"]


def test_review_honours_command_line_select_and_config(newsroom):
    (newsroom / "strict.yaml").write_text("extends: strict\nselect: [usage.redundant-phrase]\n", encoding="utf-8")
    found, _ = _review(PATHS, Store(newsroom / "b.json"), RunOptions(select=("sourcing.vague-source",)))
    assert found == _checked("--select", "sourcing.vague-source", *PATHS)
    assert [line.split()[-1] for line in found] == ["sourcing.vague-source"] * 2
    found, _ = _review(["drafts/c.txt"], Store(newsroom / "b.json"), RunOptions(config="strict.yaml"))
    assert found == _checked("--config", "strict.yaml", "drafts/c.txt") == [
        "drafts/c.txt:3:28: info usage.redundant-phrase",
    ]


def test_review_shows_a_house_rule_and_its_why(newsroom):
    rule = newsroom / "house/style/no-formality.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(
        "id: style.no-formality\nkind: existence\nseverity: warning\nscope: sentence\n"
        "message: \"'{match}' is house-banned.\"\nsummary: Bans a word.\n"
        "why: The style desk asks for it.\nreferences: [House style guide]\n"
        "options:\n  tokens: [formality]\n"
        "examples:\n  fail: [\"It was a formality.\"]\n  pass: [\"It was a draw.\"]\n",
        encoding="utf-8",
    )
    (newsroom / ".newslint.yaml").write_text("rule_paths: [house]\nselect: [style.no-formality]\n", encoding="utf-8")
    clear_caches()
    found, shown = _review(["news/a.txt"], Store(newsroom / "b.json"))
    assert found == _checked("news/a.txt") == ["news/a.txt:6:37: warning style.no-formality"]
    assert "Why: The style desk asks for it." in shown


def test_a_config_error_stops_the_review_before_it_starts(newsroom):
    (newsroom / ".newslint.yaml").write_text("selct: [usage]\n", encoding="utf-8")
    clear_caches()
    with pytest.raises(NewslintError) as exc:
        plan(PATHS, RunOptions())
    assert str(exc.value).startswith('.newslint.yaml:1:1: unknown key "selct"')
