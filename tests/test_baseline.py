"""--write-baseline and --baseline: adopt newslint on an archive, then see only new findings."""
from __future__ import annotations

import json

import pytest

from clihelp import run
from newslint import baseline

ARTICLE = ("Talks resume in Istanbul\n\nSome observers suggest the talks will fail.\n\n"
           "Dmitry Peskov, the Kremlin spokesman, said the talks would continue.\n")


@pytest.fixture
def story(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    path = tmp_path / "desk" / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_write_baseline_records_findings_and_exits_0(story):
    r = run("check", "--write-baseline", "base.json", "desk")
    assert (r.code, r.out) == (0, "")
    assert r.err == "newslint: wrote 1 finding(s) to baseline base.json\n"
    data = json.loads((story.parent.parent / "base.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(e["path"], e["rule"], e["text"]) for e in data["entries"]] == [
        ("desk/story.txt", "sourcing.vague-source", "Some observers")]
    assert len(data["entries"][0]["sentence"]) == 16


def test_baseline_hides_old_findings_and_reports_new_ones(story):
    run("check", "--write-baseline", "base.json", "desk")
    assert run("check", "--baseline", "base.json", "desk").code == 0
    # Edits elsewhere in the file do not revive the old finding; a new one is reported.
    story.write_text("Talks resume in Istanbul\n\nA new first paragraph.\n\n" + ARTICLE.split("\n\n", 1)[1]
                     + "\nMany observers say so.\n", encoding="utf-8")
    r = run("check", "--format", "plain", "--baseline", "base.json", "desk")
    assert r.out == "desk/story.txt:9:1: warning sourcing.vague-source Vague source 'Many observers': name who says so, or cut the claim.\n"
    assert r.code == 1


def test_editing_the_flagged_sentence_revives_the_finding(story):
    run("check", "--write-baseline", "base.json", "desk")
    story.write_text(ARTICLE.replace("will fail", "may fail"), encoding="utf-8")
    assert "Some observers" in run("check", "--format", "plain", "--baseline", "base.json", "desk").out


def test_repeated_findings_in_one_sentence_are_each_remembered(story):
    story.write_text("Talks resume\n\nSome observers say yes and some observers say no.\n", encoding="utf-8")
    run("check", "--write-baseline", "base.json", "desk")
    assert len(json.loads(story.parent.parent.joinpath("base.json").read_text())["entries"]) == 2
    assert run("check", "--baseline", "base.json", "desk").code == 0


def test_paths_are_relative_to_the_baseline_file(story, monkeypatch):
    run("check", "--write-baseline", "desk/base.json", "desk")
    entry = json.loads((story.parent / "base.json").read_text())["entries"][0]
    assert entry["path"] == "story.txt"
    monkeypatch.chdir(story.parent)
    assert run("check", "--baseline", "base.json", "story.txt").code == 0


def test_a_baseline_written_by_the_review_page_format_is_read(story):
    from newslint.readers import read_path
    from newslint.api import check_file

    doc = read_path(story)
    entries = [baseline.entry_for("desk/story.txt", doc, f) for f in check_file(story)]
    (story.parent.parent / "dismissed.json").write_text(baseline.dumps(entries), encoding="utf-8")
    assert run("check", "--baseline", "dismissed.json", "desk").code == 0


@pytest.mark.parametrize(
    "content,error",
    [
        ('{"version": 1, "entries": [\n', "base.json:2:1: baseline is not valid JSON (Expecting value)"),
        ('{"version": 2, "entries": []}', 'base.json: not a newslint baseline; expected {"version": 1, "entries": [...]}'),
        ('{"version": 1, "entries": [{"path": "a"}]}', "base.json:1:28: entry 1 needs string fields path, rule and sentence"),
        ('{"version": 1,\n "entries": [\n  {"path": "a", "rule": "r", "sentence": "s"},\n  {"path": "a", "rule": "r", "sentence": "s"},\n'
         '\t"just a string"\n ]\n}\n', "base.json:5:2: entry 3 needs string fields path, rule and sentence"),
        ('{"entries": [{"path": "a", "rule": "r", "sentence": "s"}, {"path": "a", "rule": "r", "sentence": 7}], "version": 1}',
         "base.json:1:59: entry 2 needs string fields path, rule and sentence"),
        ('{"version": 1, "entries": [], "entries": [\n    null]}', "base.json:2:5: entry 1 needs string fields path, rule and sentence"),
    ],
)
def test_corrupt_baseline_is_a_one_line_error(story, content, error):
    (story.parent.parent / "base.json").write_text(content, encoding="utf-8")
    r = run("check", "--baseline", "base.json", "desk")
    assert (r.code, r.out, r.err) == (2, "", error + "\n")


def test_missing_baseline_is_an_error(story):
    r = run("check", "--baseline", "nope.json", "desk")
    assert (r.code, r.err) == (2, "nope.json: baseline file does not exist\n")
