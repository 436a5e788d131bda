"""The Python API honours inline suppressions, and check_file the config discovered for its file."""
from __future__ import annotations

from pathlib import Path

import pytest

import newslint
from clihelp import run
from newslint.config import Config, PerFile
from newslint.errors import ConfigError
from newslint.runner import clear_caches

STORY = (
    "Talks resume in Istanbul\n\n"
    "Some observers suggest the end result was agreed.\n\n"
    "<!-- newslint-disable-next-line sourcing.vague-source -->\n"
    "According to some, the talks were a formality.\n"
)


RULES = ("sourcing.vague-source", "usage.redundant-phrase")  # what these texts are written to trip
TWO = Config(select=RULES)


def _found(findings) -> list[tuple[str, str, str]]:
    return [(f.rule, str(f.severity), f.text) for f in findings]


def _rules(findings) -> list[str]:
    """The rules of the findings that come from RULES (other default rules may see other things)."""
    return [f.rule for f in findings if f.rule in RULES]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch) -> Path:
    """A folder with one article and no config; cwd is the folder, caches are fresh."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    clear_caches()
    return tmp_path


def test_check_text_honours_disable_next_line_and_sic():
    assert _found(newslint.check_text(STORY, config=TWO)) == [
        ("sourcing.vague-source", "warning", "Some observers"),
        ("usage.redundant-phrase", "info", "end result"),
    ]
    sic = 'Talks resume\n\nThe placard read "end result" [sic]. The end result was a draw.\n'
    assert [f.start for f in newslint.check_text(sic, config=TWO)] == [sic.index("end result was")]


def test_check_text_honours_a_disable_block_in_markdown():
    text = ("# Talks resume\n\n<!-- newslint-disable usage -->\nThe end result was a draw.\n<!-- newslint-enable -->\n\n"
            "The end result stands.\n")
    (f,) = newslint.check_text(text, path="story.md", config=TWO)
    assert (f.rule, f.start) == ("usage.redundant-phrase", text.index("end result stands"))


def test_check_text_looks_up_no_config_file(desk):
    (desk / ".newslint.yaml").write_text("select: [usage]\n", encoding="utf-8")
    assert _rules(newslint.check_text(STORY, path="story.txt")) == list(RULES)


def test_check_text_applies_the_given_config_per_file_and_exclude_to_its_path(desk):
    config = Config(select=RULES, per_file=(PerFile("opinion/*.txt", ignore=("usage",), root=str(desk)),),
                    exclude=("drafts",), root=str(desk))
    assert [f.rule for f in newslint.check_text(STORY, path="opinion/a.txt", config=config)] == ["sourcing.vague-source"]
    assert len(newslint.check_text(STORY, path="news/a.txt", config=config)) == 2
    assert newslint.check_text(STORY, path="drafts/a.txt", config=config) == []


def test_check_file_matches_the_command_line(desk):
    (desk / ".newslint.yaml").write_text(
        "select: [sourcing.vague-source, usage.redundant-phrase]\nrules:\n  usage.redundant-phrase:\n    severity: error\n",
        encoding="utf-8")
    found = newslint.check_file(desk / "story.txt")
    assert _found(found) == [
        ("sourcing.vague-source", "warning", "Some observers"),
        ("usage.redundant-phrase", "error", "end result"),
    ]
    plain = run("check", "--format", "plain", "story.txt").out.splitlines()
    assert [" ".join(line.split()[1:3]) for line in plain] == [f"{f.severity} {f.rule}" for f in found]


def test_check_file_uses_the_nearest_config_and_its_per_file(desk):
    (desk / "pyproject.toml").write_text('[tool.newslint]\nselect = ["usage.redundant-phrase"]\n', encoding="utf-8")
    (desk / "wires").mkdir()
    (desk / "wires" / "b.txt").write_text(STORY, encoding="utf-8")
    (desk / "wires" / ".newslint.yaml").write_text(
        "select: [sourcing.vague-source]\nper_file:\n  b.txt:\n    select: [usage.redundant-phrase, sourcing.vague-source]\n",
        encoding="utf-8")
    assert [f.rule for f in newslint.check_file("story.txt")] == ["usage.redundant-phrase"]
    assert [f.rule for f in newslint.check_file(Path("wires/b.txt"))] == ["sourcing.vague-source", "usage.redundant-phrase"]


def test_check_file_gives_nothing_for_an_excluded_file(desk):
    (desk / ".newslint.yaml").write_text("exclude: [story.txt]\n", encoding="utf-8")
    assert newslint.check_file("story.txt") == []


def test_an_explicit_config_wins_over_the_discovered_one(desk):
    (desk / ".newslint.yaml").write_text("select: [usage.redundant-phrase]\n", encoding="utf-8")
    found = newslint.check_file("story.txt", config=Config(select=("sourcing.vague-source",)))
    assert _found(found) == [("sourcing.vague-source", "warning", "Some observers")]


def test_a_bad_discovered_config_is_a_located_config_error(desk):
    (desk / ".newslint.yaml").write_text("select: [usage]\nfail_on: sometimes\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        newslint.check_file("story.txt")
    assert str(exc.value) == (".newslint.yaml:2:10: fail_on 'sometimes' is not allowed; "
                              "expected one of: info, warning, error, never")


ACCUSATION = "Water was cut for two days. Later, Flores blamed the utility for the outage.\n"
ENTITIES = (
    "entities:\n"
    "  - {name: Ana Flores, aliases: [Flores], affiliation: Springfield Water, title: general manager}\n"
    "  - {name: Springfield Water, kind: organisation, aliases: [the utility]}\n"
)


def _accusations(findings) -> list[str]:
    return [f.text for f in findings if f.rule == "attribution.self-accusation"]


def test_check_file_gives_the_discovered_config_entities_to_the_attribution_rules(desk):
    (desk / "water.txt").write_text(ACCUSATION, encoding="utf-8")
    assert _accusations(newslint.check_file("water.txt")) == []
    (desk / ".newslint.yaml").write_text(ENTITIES, encoding="utf-8")
    clear_caches()
    assert _accusations(newslint.check_file("water.txt")) == ["blamed the utility"]


def test_entities_given_to_the_api_add_to_the_config(desk):
    from newslint.attribution.entities import Entity

    flores = Entity("Ana Flores", aliases=("Flores",), affiliation="Springfield Water", title="general manager")
    water = Entity("Springfield Water", aliases=("the utility",), kind="organisation")
    assert _accusations(newslint.check_text(ACCUSATION, entities=(flores, water))) == ["blamed the utility"]
