"""Inline suppression: newslint-disable comments and [sic], in .txt and .md files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clihelp import run
from newslint.readers import read_text
from newslint.suppression import directives

HEAD = "Talks resume in Istanbul\n\n"


HOUSE_RULE = Path(__file__).parent / "data" / "house-rules" / "style" / "ukraine-spelling.yaml"


def check(tmp_path, monkeypatch, text: str, *extra: str, name: str = "a.txt"):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return run("check", "--format", "plain", *extra, name)


def test_disable_until_enable(tmp_path, monkeypatch):
    text = (HEAD + "<!-- newslint-disable sourcing.vague-source -->\nSome observers suggest one thing.\n\n"
            "Some observers suggest another.\n<!-- newslint-enable -->\n\nSome observers suggest a third.\n")
    r = check(tmp_path, monkeypatch, text)
    assert r.out == "a.txt:9:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.\n"


def test_disable_without_enable_runs_to_the_end_and_takes_groups(tmp_path, monkeypatch):
    text = HEAD + "<!-- newslint-disable sourcing, usage -->\n\nSome observers suggest the end result.\n"
    assert check(tmp_path, monkeypatch, text).out == ""


def test_disable_next_line_covers_only_the_next_nonblank_line(tmp_path, monkeypatch):
    text = HEAD + "<!-- newslint-disable-next-line sourcing.vague-source -->\n\nSome observers suggest it.\n\nSome observers disagree.\n"
    r = check(tmp_path, monkeypatch, text)
    assert r.out == "a.txt:7:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.\n"


def test_disable_with_no_names_silences_every_rule(tmp_path, monkeypatch):
    text = HEAD + "<!-- newslint-disable-next-line -->\nSome observers suggest the end result.\n"
    assert check(tmp_path, monkeypatch, text).out == ""


def test_enable_with_a_name_reenables_only_that_rule(tmp_path, monkeypatch):
    text = (HEAD + "<!-- newslint-disable sourcing usage -->\n<!-- newslint-enable usage -->\n"
            "Some observers suggest the end result.\n")
    r = check(tmp_path, monkeypatch, text)
    assert [line.split()[2] for line in r.out.splitlines()] == ["usage.redundant-phrase"]


def test_directives_in_a_txt_file_are_not_prose(tmp_path, monkeypatch):
    text = "<!-- newslint-disable usage -->\nTalks resume in Istanbul\n\nThe end result was a draw.\n"
    doc = read_text(text, "a.txt")
    assert doc.slice(doc.headline) == "Talks resume in Istanbul"
    assert "newslint" not in doc.lintable
    assert check(tmp_path, monkeypatch, text).out == ""


def test_markdown_directive_in_a_comment(tmp_path, monkeypatch):
    text = ("# Talks resume\n\n<!-- newslint-disable-next-line sourcing -->\nSome observers suggest it.\n\n"
            "Some observers disagree.\n")
    r = check(tmp_path, monkeypatch, text, name="a.md")
    assert r.out == "a.md:6:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.\n"


def test_markdown_directive_inside_fenced_code_is_an_example_not_a_directive():
    text = "# Talks\n\n```\n<!-- newslint-disable -->\n```\n\nSome observers suggest it.\n"
    assert directives(read_text(text, "a.md", markdown=True)) == []


def test_sic_silences_style_findings_on_the_word_before_it(tmp_path, monkeypatch):
    text = HEAD + "The sign read past history [sic] and the end result.\n"
    r = check(tmp_path, monkeypatch, text)
    assert r.out == "a.txt:3:42: info usage.redundant-phrase 'end result' says the same thing twice; write 'result'.\n"


def test_sic_after_a_quoted_word_covers_the_quotation(tmp_path, monkeypatch):
    (tmp_path / "house/style").mkdir(parents=True)
    shutil.copy(HOUSE_RULE, tmp_path / "house/style/ukraine-spelling.yaml")
    (tmp_path / ".newslint.yaml").write_text("rule_paths: [house]\nselect: [style]\n", encoding="utf-8")
    text = HEAD + 'Officials wrote "Kiev" [sic] on the banner. The talks in Kiev resumed.\n'
    r = check(tmp_path, monkeypatch, text)
    assert r.out == "a.txt:3:58: info style.ukraine-spelling Write 'Kyiv', not 'Kiev'.\n"


def test_sic_does_not_silence_other_groups(tmp_path, monkeypatch):
    text = HEAD + "Some observers [sic] suggest it.\n"
    assert "sourcing.vague-source" in check(tmp_path, monkeypatch, text).out


def test_unused_suppressions_are_reported_on_request(tmp_path, monkeypatch):
    text = (HEAD + "<!-- newslint-disable usage -->\nDmitry Peskov said the talks would continue.\n"
            "<!-- newslint-enable -->\n\n<!-- newslint-disable-next-line framing.nonexistent -->\nIt rained.\n")
    assert check(tmp_path, monkeypatch, text).out == ""
    r = check(tmp_path, monkeypatch, text, "--report-unused-suppressions")
    assert r.out.splitlines() == [
        "a.txt:3:1: warning newslint.unused-suppression Suppression of 'usage' silences no finding; remove it.",
        "a.txt:7:1: warning newslint.unused-suppression Suppression names 'framing.nonexistent', which is not a rule or group; fix or remove it.",
    ]
    assert r.code == 1


def test_used_suppression_is_not_reported(tmp_path, monkeypatch):
    text = HEAD + "<!-- newslint-disable-next-line sourcing -->\nSome observers suggest it.\n"
    r = check(tmp_path, monkeypatch, text, "--report-unused-suppressions")
    assert (r.out, r.code) == ("", 0)


@pytest.mark.parametrize("comment", ["<!--newslint-disable-next-line sourcing-->", "<!--  NEWSLINT-DISABLE-NEXT-LINE  sourcing  -->"])
def test_directive_spacing_and_case(tmp_path, monkeypatch, comment):
    assert check(tmp_path, monkeypatch, HEAD + comment + "\nSome observers suggest it.\n").out == ""


