"""--format github, --format auto, --output and --statistics."""
from __future__ import annotations

import pytest

from clihelp import run

ARTICLE = "Talks resume in Istanbul\n\nSome observers suggest the end result was a draw.\n"


@pytest.fixture
def story(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_github_workflow_commands(story):
    r = run("check", "--format", "github", "story.txt")
    assert r.out.splitlines() == [
        "::warning file=story.txt,line=3,col=1,endLine=3,endColumn=15,title=sourcing.vague-source::"
        "Vague source 'Some observers': name who says so, or cut the claim.",
        "::notice file=story.txt,line=3,col=28,endLine=3,endColumn=38,title=usage.redundant-phrase::"
        "'end result' says the same thing twice; write 'result'.",
    ]
    assert r.code == 1


def test_github_escapes_properties_and_data(tmp_path, monkeypatch):
    from newslint.reporters.github import escape_data, escape_property

    assert escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    assert escape_data("50% of 'x'\r\n") == "50%25 of 'x'%0D%0A"


def test_github_reports_unreadable_files_as_errors(story):
    (story.parent / "empty.txt").write_text("", encoding="utf-8")
    r = run("check", "--format", "github", "empty.txt")
    assert r.out == "::error file=empty.txt,title=newslint::empty.txt: empty file; nothing to check\n"


def test_auto_is_github_under_actions(story, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("check", "story.txt").out.startswith("::warning file=story.txt,")


def test_auto_is_plain_when_piped_and_rich_on_a_terminal(story):
    assert run("check", "story.txt").out.startswith("story.txt:3:1: warning sourcing.vague-source ")
    rich = run("check", "--color", "never", "story.txt", tty=True).out
    assert "Some observers[1]" in rich
    assert "2 findings in 1 file" in rich


def test_output_file_gets_the_report(story):
    r = run("check", "--format", "plain", "--output", "report.txt", "story.txt")
    assert (r.code, r.out) == (1, "")
    assert (story.parent / "report.txt").read_text(encoding="utf-8").startswith("story.txt:3:1: warning")


def test_output_to_a_missing_folder_is_an_error(story):
    r = run("check", "--output", "no/such/dir/report.txt", "story.txt")
    assert r.code == 2
    assert r.err.startswith("no/such/dir/report.txt: cannot write the report (No such file or directory)")


def test_statistics_after_plain_output(story):
    r = run("check", "--format", "plain", "--statistics", "story.txt")
    assert r.out.splitlines()[2:] == [
        "1  sourcing.vague-source",
        "1  usage.redundant-phrase  [*] 1 fixable",
        "2 findings from 2 rules; 1 fixable with --fix",
    ]


def test_statistics_with_rich_print_the_rule_table_once(story):
    r = run("check", "--format", "rich", "--statistics", "--select", "sourcing.vague-source,usage.redundant-phrase", "story.txt")
    assert r.out.splitlines()[-4:] == [
        "rule                    count  fixable",
        "sourcing.vague-source       1",
        "usage.redundant-phrase      1        1",
        "2 findings in 1 file (0 error, 1 warning, 1 info); 1 fixable with --fix",
    ]
    assert r.out.count("usage.redundant-phrase      1") == 1
    assert r.err == ""


def test_rich_without_statistics_has_no_fixable_column(story):
    r = run("check", "--format", "rich", "--select", "sourcing.vague-source,usage.redundant-phrase", "story.txt")
    assert r.out.splitlines()[-4:-1] == ["rule                    count", "sourcing.vague-source       1",
                                         "usage.redundant-phrase      1"]
    assert r.out.splitlines()[-1] == "2 findings in 1 file (0 error, 1 warning, 1 info)"


def test_statistics_go_to_stderr_for_machine_formats(story):
    r = run("check", "--format", "json", "--statistics", "story.txt")
    assert r.out.startswith("{")
    assert r.err.splitlines()[-1] == "2 findings from 2 rules; 1 fixable with --fix"
