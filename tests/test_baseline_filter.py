"""filter_new, load_entries and write_atomic: what the review page and `newslint review` rely on."""
from __future__ import annotations

import os
import stat
from collections import Counter

import pytest

from newslint.atomic import write_atomic
from newslint.baseline import Entry, baseline_path, dumps, entry_for, filter_new, load, load_entries
from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.errors import NewslintError
from newslint.readers import read_text
from newslint.results import FileResult

STORY = (
    "Talks resume\n\n"
    "Some observers suggest the talks failed. Some observers suggest they did not.\n\n"
    "According to some, the deal is dead.\n"
)


def _result(path: str = "story.txt") -> FileResult:
    doc = read_text(STORY, path)
    rules = [r for r in builtin_rules() if r.id == "sourcing.vague-source"]
    return FileResult(path, doc, tuple(lint(doc, rules)))


def test_each_entry_silences_exactly_one_finding():
    result = _result()
    assert [f.text for f in result.findings] == ["Some observers", "Some observers", "According to some"]
    first = entry_for(result.path, result.document, result.findings[0])
    (left,) = filter_new([result], Counter([first.key]), "newslint-baseline.json")
    assert [f.start for f in left.findings] == [f.start for f in result.findings[1:]]


def test_entries_for_another_path_or_rule_silence_nothing():
    result = _result()
    e = entry_for(result.path, result.document, result.findings[2])
    keys = Counter([("other.txt", e.rule, e.sentence), (e.path, "usage.redundant-phrase", e.sentence)])
    assert filter_new([result], keys, "newslint-baseline.json")[0].findings == result.findings


def test_errors_pass_through():
    broken = FileResult("gone.txt", error="gone.txt: no such file or directory")
    assert filter_new([broken], Counter(), "b.json") == [broken]


def test_paths_are_relative_to_the_baseline_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert baseline_path("./stories/a.txt", "newslint-baseline.json") == "stories/a.txt"
    assert baseline_path("stories/a.txt", "stories/b.json") == "a.txt"
    assert baseline_path(str(tmp_path / "a.txt"), "sub/b.json") == "../a.txt"
    assert baseline_path("<stdin>", "b.json") == "<stdin>"


def test_a_baseline_in_another_folder_finds_the_same_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _result("stories/story.txt")
    e = entry_for("story.txt", result.document, result.findings[2])
    (left,) = filter_new([result], Counter([e.key]), "stories/newslint-baseline.json")
    assert [f.text for f in left.findings] == ["Some observers", "Some observers"]


def test_load_entries_keeps_the_text(tmp_path):
    path = tmp_path / "b.json"
    path.write_text(dumps([Entry("a.txt", "sourcing.vague-source", "0123456789abcdef", "some say")]), encoding="utf-8")
    assert load_entries(path) == [Entry("a.txt", "sourcing.vague-source", "0123456789abcdef", "some say")]
    assert load(path) == Counter({("a.txt", "sourcing.vague-source", "0123456789abcdef"): 1})


def test_load_entries_rejects_what_load_rejects(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"version": 2, "entries": []}', encoding="utf-8")
    with pytest.raises(NewslintError, match="not a newslint baseline"):
        load_entries(path)


def test_write_atomic_keeps_permissions_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("old\r\n", encoding="utf-8")
    os.chmod(path, 0o640)
    write_atomic(path, "new\r\ntext\n")
    assert path.read_bytes() == b"new\r\ntext\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_write_atomic_through_a_symlink_replaces_the_target(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_write_atomic_leaves_a_read_only_file_alone(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o444)
    with pytest.raises(PermissionError, match="read-only"):
        write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
