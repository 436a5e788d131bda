"""The Python API for pipelines: `check_text`, `check_file`, `Finding`."""
from __future__ import annotations

import pytest

import newslint
from newslint.errors import InputError

MARKDOWN = "---\ntitle: Talks resume\n---\n\n```\nsome observers\n```\n\nSome observers agree.\n"


def test_check_text_returns_findings_with_offsets_into_the_text():
    text = "Head\n\nSome observers agree.\n"
    (f,) = [f for f in newslint.check_text(text) if f.rule == "sourcing.vague-source"]
    assert isinstance(f, newslint.Finding)
    assert (f.rule, str(f.severity), f.start, f.end, f.suggestions) == ("sourcing.vague-source", "warning", 6, 20, ())
    assert text[f.start : f.end] == f.text == "Some observers"
    assert f.severity == newslint.Severity.WARNING


@pytest.mark.parametrize("path", ["story.md", "story.markdown", "story.mdown", "story.mkd", "STORY.MD"])
def test_check_text_reads_markdown_by_the_path_suffix(path):
    found = [f for f in newslint.check_text(MARKDOWN, path=path) if f.rule == "sourcing.vague-source"]
    assert [(f.start, f.path) for f in found] == [(MARKDOWN.index("Some observers"), path)]


def test_check_text_reads_plain_text_otherwise():
    found = [f for f in newslint.check_text(MARKDOWN, path="story.txt") if f.rule == "sourcing.vague-source"]
    assert len(found) == 2  # the code block is prose in a .txt file


def test_check_file_and_its_errors(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Head\n\nThe end result was a draw.\n", encoding="utf-8")
    (f,) = [f for f in newslint.check_file(path) if f.rule == "usage.redundant-phrase"]
    assert (f.text, f.suggestions, f.fixable) == ("end result", ("result",), True)
    with pytest.raises(InputError) as exc:
        newslint.check_file(tmp_path / "gone.txt")
    assert str(exc.value) == f"{tmp_path / 'gone.txt'}: no such file"
