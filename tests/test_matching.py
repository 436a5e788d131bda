"""Phrase matching shortcuts give exactly the findings of the plain way: skipping articles with
no match, and one RE2 set scan deciding that for many rules at once."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.engine import lint
from newslint.readers import read_text
from newslint.ruleset import load_rules_dir

TEMPLATE = """\
id: usage.{name}
kind: existence
severity: info
message: "Found '{{match}}'."
summary: Test rule.
why: >
  A rule written for a test of the matching shortcuts; it checks that the findings
  stay the same whichever way the phrases are matched.
references: ["test"]
{extra}options:
{options}
examples:
  fail: ["x"]
  pass: ["y"]
"""

RULES = {
    "apostrophe": "  tokens: [don't know]",
    "case": "  ignore_case: false\n  tokens: [Kremlin]",
    "quoted": "  tokens: [lies]",
    "anchored": "  patterns: ['^Officials']",
    "boundary": "  patterns: ['\\\\bsaid\\\\b']",
    "plain-pattern": "  patterns: ['[0-9]+ per ?cent']",
    "excepted": "  tokens: [sources]\n  exceptions: [sources said on the record]",
    "absent": "  tokens: [flibbertigibbet]",
    "partword": "  tokens: [port]",
}

ARTICLE = """Officials don’t know the Kremlin plan

Officials said the talks had stalled. "It is all lies," one aide said. The kremlin
denied it; sources said on the record that 40 per cent of the port's staff had left. Officials
in the airport were told. Report: sources say the deal is off.
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory) -> list:
    root = tmp_path_factory.mktemp("rules")
    (root / "usage").mkdir()
    for name, options in RULES.items():
        extra = "quotes: true\n" if name == "quoted" else ""
        (root / "usage" / f"{name}.yaml").write_text(TEMPLATE.format(name=name, options=options, extra=extra), encoding="utf-8")
    return load_rules_dir(root)


def _key(findings):
    return sorted((f.rule, f.start, f.end, f.text) for f in findings)


def test_set_scan_gives_the_same_findings_as_rule_by_rule(rules):
    from newslint import engine

    for _ in range(engine._PLAN_AFTER + 1):  # the set is built once a rule list has linted a few articles
        together = lint(read_text(ARTICLE), rules)
    assert engine._plan(tuple(rules)) is not None, "the RE2 set scan was not used"
    one_by_one = [f for rule in rules for f in lint(read_text(ARTICLE), [rule])]
    assert _key(together) == _key(one_by_one)
    assert {f.rule: f.text for f in together if f.rule in ("usage.apostrophe", "usage.case", "usage.quoted")} == {
        "usage.apostrophe": "don’t know",
        "usage.case": "Kremlin",
        "usage.quoted": "lies",
    }


def test_an_anchor_means_the_start_of_the_article_not_of_each_sentence(rules):
    (anchored,) = [r for r in rules if r.id == "usage.anchored"]
    assert [(f.start, f.text) for f in lint(read_text(ARTICLE), [anchored])] == [(0, "Officials")]


def test_words_inside_other_words_and_exceptions_are_left_alone(rules):
    by_id = {r.id: r for r in rules}
    doc = read_text(ARTICLE)
    assert [ARTICLE[f.start : f.end + 2] for f in lint(doc, [by_id["usage.partword"]])] == ["port's"]
    assert [f.text for f in lint(doc, [by_id["usage.excepted"]])] == ["sources"]


@pytest.mark.parametrize("text", ["don't", "don’t"])
def test_phrases_with_either_apostrophe_match_both(text):
    from newslint.checks.phrases import phrase_pattern

    assert re.fullmatch(phrase_pattern("don't"), text)
    assert re.fullmatch(phrase_pattern("don’t"), text)
