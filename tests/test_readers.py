"""Readers: real files in, a Document with exact spans out; bad files give one-line errors.

Offsets are code points of the file's text decoded as UTF-8 with no newline
translation (CRLF counts two). A byte-order mark stays in the text as character 0
and is never part of a finding. Lines and columns are 1-based and agree with offsets.
"""
from __future__ import annotations

import io
import json
import re

import pytest

from newslint.cli import main
from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.errors import InputError
from newslint.findings import Span
from newslint.readers import BOM, read_bytes, read_path, read_text

VAGUE = [r for r in builtin_rules() if r.id == "sourcing.vague-source"]


def write(tmp_path, name: str, data: bytes | str):
    """Write bytes (or UTF-8 text, newlines untouched) and return the path."""
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def run(*argv: str) -> tuple[int, str, str]:
    """The CLI's exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def naive_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column by splitting on every kind of line break, for comparison."""
    lines = re.split(r"\r\n|\r|\n", text[:offset])
    return len(lines), len(lines[-1]) + 1


# --- plain text -------------------------------------------------------------------------


def test_crlf_offsets_count_two_and_line_col_agree(tmp_path):
    path = write(tmp_path, "crlf.txt", "Troops return\r\n\r\nSome observers doubt it.\r\nOthers agree.\r\n")
    doc = read_path(path)
    assert doc.text.count("\r\n") == 4
    assert doc.headline == Span(0, 13)
    assert doc.paragraphs == (Span(17, 56),)
    assert [doc.slice(s) for s in doc.sentences] == ["Some observers doubt it.", "Others agree."]
    assert doc.sentences == (Span(17, 41), Span(43, 56))
    for offset in range(len(doc.text) + 1):
        if doc.text[offset - 1 : offset + 1] != "\r\n":  # not between the two halves of a CRLF
            assert doc.position(offset) == naive_position(doc.text, offset)
    (finding,) = lint(doc, VAGUE)
    assert (finding.start, finding.end, finding.text) == (17, 31, "Some observers")
    assert doc.position(finding.start) == (3, 1)


def test_crlf_file_through_the_cli_json(tmp_path):
    path = write(tmp_path, "crlf.txt", "Head\r\n\r\nFirst line.\r\nThey say some observers agree.\r\n")
    code, out, _ = run("check", "--select", "sourcing.vague-source", "--format", "json", str(path))
    assert code == 1
    (f,) = json.loads(out)["files"][0]["findings"]
    text = path.read_bytes().decode("utf-8")
    assert text[f["start"] : f["end"]] == f["text"] == "some observers"
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (4, 10, 4, 24)


def test_lone_carriage_returns_end_lines_too():
    doc = read_text("Head\r\rOne.\rSome observers said so.")
    assert doc.headline == Span(0, 4)
    assert doc.position(doc.sentences[1].start) == (4, 1)


def test_bom_stays_as_character_zero_and_is_never_linted(tmp_path):
    path = write(tmp_path, "bom.txt", BOM + "Some observers on the headline\n\nSome observers say so.\n")
    doc = read_path(path)
    assert doc.text[0] == BOM
    assert doc.headline == Span(1, 31)
    assert doc.lintable[0] == " "
    assert doc.skipped == (Span(0, 1),)
    found = lint(doc, VAGUE)
    assert [(f.start, f.text) for f in found] == [(1, "Some observers"), (33, "Some observers")]
    # the BOM is a column on line 1 (documented); other lines are unaffected
    assert doc.position(1) == (1, 2)
    assert doc.position(33) == (3, 1)


def test_bom_is_not_part_of_a_document_scope_unit():
    doc = read_text(BOM + "One short article.\n")
    (unit,) = doc.units("document")
    assert unit == Span(1, 19)
    assert BOM not in doc.slice(unit)


def test_bom_through_the_cli_json(tmp_path):
    path = write(tmp_path, "bom.txt", BOM + "Headline\n\nSome observers say so.\n")
    code, out, _ = run("check", "--select", "sourcing.vague-source", "--format", "json", str(path))
    (f,) = json.loads(out)["files"][0]["findings"]
    assert (f["start"], f["end"], f["line"], f["column"]) == (11, 25, 3, 1)
    assert path.read_bytes().decode("utf-8")[f["start"] : f["end"]] == f["text"]


def test_tabs_are_one_column_each():
    doc = read_text("Head\n\n\tAs some observers said,\tno.")
    assert doc.paragraphs[0] == Span(7, 34)
    (f,) = lint(doc, VAGUE)
    assert (f.start, doc.position(f.start)) == (10, (3, 5))


def test_first_line_alone_is_the_headline_and_is_linted_as_a_sentence():
    doc = read_text("Some observers doubt the deal\n\nThe deal was signed.\n")
    assert doc.slice(doc.headline) == "Some observers doubt the deal"
    assert doc.units("sentence")[0] == doc.headline
    assert [f.text for f in lint(doc, VAGUE)] == ["Some observers"]


def test_first_line_running_into_the_next_is_not_a_headline():
    doc = read_text("The deal was signed\non Friday.\n\nIt holds.")
    assert doc.headline is None
    assert [doc.slice(p) for p in doc.paragraphs] == ["The deal was signed\non Friday.", "It holds."]


def test_headline_only_file(tmp_path):
    doc = read_path(write(tmp_path, "head.txt", "Troops return home\n"))
    assert doc.slice(doc.headline) == "Troops return home"
    assert doc.paragraphs == () and doc.sentences == ()
    assert doc.units("sentence") == (Span(0, 18),)


def test_one_punctuated_line_is_a_paragraph_not_a_headline():
    doc = read_text("The troops returned home on Friday.\n")
    assert doc.headline is None
    assert doc.sentences == (Span(0, 35),)


def test_empty_text_through_the_api_has_no_units_and_no_findings():
    doc = read_text("")
    assert doc.headline is None and doc.paragraphs == () and doc.units("document") == ()
    assert lint(doc, builtin_rules()) == []


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty file; nothing to check"),
        (BOM.encode("utf-8"), "empty file; nothing to check"),
        (b" \n\t\r\n", "file holds only white space; nothing to check"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (contains NUL bytes); expected UTF-8 text"),
        ("Le caf\u00e9\n\nEst ouvert.".encode("utf-16"), "UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8"),
    ],
)
def test_unreadable_bytes_are_input_errors(data, message):
    with pytest.raises(InputError) as exc:
        read_bytes(data, "story.txt")
    assert str(exc.value) == f"story.txt: {message}"


def test_non_utf8_error_is_located():
    with pytest.raises(InputError) as exc:
        read_bytes("Headline\n\nThe caf\u00e9 opened.".encode("latin-1"), "story.txt")
    assert str(exc.value) == "story.txt:3:8: not valid UTF-8 (byte 0xe9); save the file as UTF-8"


def test_bad_inputs_each_get_one_line_and_the_others_are_still_checked(tmp_path):
    good = write(tmp_path, "good.txt", "Head\n\nSome observers say so.\n")
    binary = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = write(tmp_path, "latin.txt", "Caf\u00e9 owners agree.\n".encode("latin-1"))
    empty = write(tmp_path, "empty.txt", b"")
    blank = write(tmp_path, "blank.md", b"\n  \n")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.csv").write_text("a,b\n")
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        "check", "--select", "sourcing.vague-source", "--format", "plain",
        str(binary), str(latin), str(good), str(empty), str(blank), str(tmp_path / "nothing"), str(missing),
    )
    assert code == 2
    assert out == f"{good}:3:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.\n"
    assert err.splitlines() == [
        f"{binary}: binary file (contains NUL bytes); expected UTF-8 text",
        f"{latin}:1:4: not valid UTF-8 (byte 0xe9); save the file as UTF-8",
        f"{empty}: empty file; nothing to check",
        f"{blank}: file holds only white space; nothing to check",
        f"{tmp_path / 'nothing'}: directory has no article files (.txt, .text, .md, .markdown, .mdown, .mkd)",
        f"{missing}: no such file or directory",
    ]


def test_directory_is_recursed_for_articles_in_a_stable_order(tmp_path):
    write(tmp_path, "b.txt", "Head\n\nSome observers say so.\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.md", "# Head\n\nSome observers say so.\n")
    write(tmp_path, "skip.csv", "Some observers")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "c.txt", "Head\n\nSome observers say so.\n")
    code, out, _ = run("check", "--select", "sourcing.vague-source", "--format", "plain", str(tmp_path))
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]


# --- Markdown ---------------------------------------------------------------------------

ARTICLE_MD = """\
---
title: "Some observers doubt the exchange"
author: Jane Doe   # some observers
---

# Not the headline

Read the [report](https://example.org/some-observers "some observers") and <!-- some observers --> \
the `some observers` note at <https://example.org/some/observers>.

```text
some observers
```

    some observers in indented code

<!--
some observers
-->

Some observers say so.
"""


def test_markdown_front_matter_title_is_the_headline_and_markup_is_never_linted(tmp_path):
    path = write(tmp_path, "story.md", ARTICLE_MD)
    doc = read_path(path)
    assert doc.markup == "markdown"
    assert doc.slice(doc.headline) == "Some observers doubt the exchange"
    assert doc.headline == Span(12, 45)
    # the first heading is then an ordinary block
    assert doc.slice(doc.paragraphs[0]) == "Not the headline"
    found = lint(doc, VAGUE)
    assert [(f.text, doc.position(f.start)) for f in found] == [("Some observers", (2, 9)), ("Some observers", (20, 1))]
    for f in found:
        assert doc.text[f.start : f.end] == f.text


def test_markdown_headline_key_and_title_with_a_comment():
    doc = read_text("---\nheadline: Talks resume # draft\n---\n\nBody.\n", markdown=True)
    assert doc.slice(doc.headline) == "Talks resume"


def test_markdown_first_heading_is_the_headline_without_front_matter():
    doc = read_text("Intro line.\n\n## Talks resume\n\nBody text.\n", markdown=True)
    assert doc.slice(doc.headline) == "Talks resume"
    assert [doc.slice(p) for p in doc.paragraphs] == ["Intro line.", "Body text."]


def test_markdown_setext_heading_is_the_headline():
    doc = read_text("Talks resume\n============\n\nBody text.\n", markdown=True)
    assert doc.headline == Span(0, 12)
    assert [doc.slice(p) for p in doc.paragraphs] == ["Body text."]


def test_markdown_front_matter_value_not_spelled_as_written_falls_back_to_the_heading():
    doc = read_text("---\ntitle: 'It''s over'\n---\n\n# It is over\n\nBody.\n", markdown=True)
    assert doc.slice(doc.headline) == "It is over"


def test_markdown_crlf_front_matter_and_fences():
    text = "---\r\ntitle: Talks\r\n---\r\n\r\n```\r\nsome observers\r\n```\r\n\r\nSome observers agree.\r\n"
    doc = read_text(text, markdown=True)
    assert doc.slice(doc.headline) == "Talks"
    (f,) = lint(doc, VAGUE)
    assert (f.start, doc.position(f.start)) == (54, (9, 1))


@pytest.mark.parametrize(
    "front_matter,location,problem",
    [
        ("title: [unclosed", "2:17", "expected ',' or ']', but got '<stream end>'"),
        ("title: a: b", "2:9", "mapping values are not allowed here"),
        ("author: Jane\ntitle: \"open", "3:13", "found unexpected end of stream"),
    ],
)
def test_markdown_invalid_front_matter_is_a_located_error(tmp_path, front_matter, location, problem):
    path = write(tmp_path, "bad.md", f"---\n{front_matter}\n---\n\nBody.\n")
    with pytest.raises(InputError) as exc:
        read_path(path)
    assert str(exc.value) == f"{path}:{location}: front matter is not valid YAML ({problem})"
    code, _, err = run("check", str(path), str(write(tmp_path, "ok.txt", "Head\n\nFine.\n")))
    assert (code, err) == (2, f"{path}:{location}: front matter is not valid YAML ({problem})\n")
