"""sourcing.weasel-words: off by default, on with `--select` or the strict preset, and never a
second finding on words that another sourcing or style rule already flags."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from clihelp import run
from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

RULE = "sourcing.weasel-words"
STORY = "Bridge reopens\n\nThe bridge is often described as one of the most beautiful in Europe.\n"
# Rules whose phrases weasel-words leaves alone, so that strict users see one finding per phrase.
SIBLINGS = (
    "sourcing.agentless-attribution", "sourcing.anonymous-source", "sourcing.vague-source",
    "style.editorializing", "style.hedging", "style.puffery",
)
CASES = Path(__file__).parent / "rules"


@pytest.fixture
def story(tmp_path, monkeypatch) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return "story.txt"


def test_off_by_default(story):
    rule = next(r for r in builtin_rules() if r.id == RULE)
    assert rule.enabled is False
    assert RULE not in run("check", "--format", "plain", story).out


def test_on_with_select(story):
    r = run("check", "--format", "plain", "--select", RULE, story)
    assert r.out.count(RULE) == 2  # "often described", "one of the most"
    assert r.code == 0  # info does not fail the default fail_on: warning


def test_on_with_the_strict_preset(story, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("extends: strict\n", encoding="utf-8")
    r = run("check", "--format", "plain", story)
    assert r.out.count(RULE) == 2
    assert r.code == 1  # strict fails on info


def _sibling_texts():
    """The fail examples and behaviour-case texts of the sibling rules."""
    yaml = YAML(typ="safe", pure=True)
    by_id = {r.id: r for r in builtin_rules()}
    for rule_id in SIBLINGS:
        texts = list(by_id[rule_id].examples_fail)
        path = CASES / f"{rule_id}.yaml"
        if path.is_file():
            texts += [c["text"] for c in yaml.load(path.read_text(encoding="utf-8"))["cases"] if not c.get("markdown")]
        for i, text in enumerate(texts):
            yield pytest.param(text, id=f"{rule_id}-{i}")


@pytest.mark.parametrize("text", list(_sibling_texts()))
def test_no_second_finding_on_a_phrase_another_rule_flags(text):
    rules = [r for r in builtin_rules() if r.id in SIBLINGS or r.id == RULE]
    found = lint(read_text(text), rules)
    mine = [f for f in found if f.rule == RULE]
    theirs = [f for f in found if f.rule != RULE]
    clashes = [(m.text, t.rule, t.text) for m in mine for t in theirs if m.start < t.end and t.start < m.end]
    assert clashes == []


def test_no_word_of_the_sibling_lists_is_flagged_again():
    """Each phrase in the sibling rules' own lists, alone in a sentence, gives weasel-words nothing."""
    by_id = {r.id: r for r in builtin_rules()}
    weasel = by_id[RULE]
    for rule_id in SIBLINGS:
        options = by_id[rule_id].raw_options
        for phrase in list(options.get("tokens") or []) + list(options.get("swap") or {}):
            found = lint(read_text(f"The result was {phrase} good."), [weasel])
            assert found == [], f"{phrase!r} of {rule_id} is flagged again as {[f.text for f in found]}"
