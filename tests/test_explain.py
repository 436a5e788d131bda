"""`newslint explain RULE`: the fields of docs/rules.md, laid out for an 80-column terminal."""
from __future__ import annotations

import pytest

from clihelp import run
from newslint.config import builtin_rules
from newslint.ruledoc import FACTS, SECTIONS, example_paragraphs, explain_text, facts, option_views

RULES = builtin_rules()

AP_SPELLING = """\
usage.ap-spelling
  AP spellings where British or older usage differs ("towards" to "toward",
  "e-mail" to "email").

severity    info
scope       sentence
kind        substitution (options: docs/check-kinds.md#substitution)
default     off (turn on with --select usage.ap-spelling)
fixable     yes (newslint check --fix)
quotations  left alone
message     AP style: write '{suggestion}', not '{match}'.
file        rules/usage/ap-spelling.yaml

Why
  The AP Stylebook prefers "toward", "afterward", "among", "while", "email" and
  "website". These are house choices, not errors: British houses such as the BBC
  and The Economist write "towards" and "whilst" is common in British copy. The
  rule is off by default; an AP house turns it on with `--select
  usage.ap-spelling` or in config.

References
  - AP Stylebook: toward, afterward, email, website, OK

Options
  swap  'afterwards' → 'afterward'; 'amongst' → 'among'; 'backwards' →
        'backward'; 'e-mail' → 'email'; 'e-mails' → 'emails'; 'okay' → 'OK' …
        (10 in all)

Flagged
  ✗ The talks moved towards a deal.
  ✗ She sent an e-mail on Monday.

Not flagged
  ✓ The talks moved toward a deal.
  ✓ She sent an email on Monday.
"""


def test_explain_prints_every_field_of_one_rule_exactly():
    result = run("explain", "usage.ap-spelling")
    assert (result.code, result.err) == (0, "")
    assert result.out == AP_SPELLING


def test_explain_shows_an_article_example_one_paragraph_a_line():
    out = run("explain", "headline.duplicated").out
    assert (
        "  ✗ Soldiers Return in Prisoner Exchange\n"
        "    Soldiers Return in Prisoner Exchange\n"
        "    The sixth group of soldiers landed near Moscow on Thursday.\n"
    ) in out
    assert "fixable     yes (newslint check --fix)\n" in out


def test_explain_finds_a_rule_by_its_alias(monkeypatch):
    from dataclasses import replace

    from newslint import config

    renamed = tuple(replace(r, aliases=("sourcing.weasel",)) if r.id == "sourcing.vague-source" else r for r in RULES)
    monkeypatch.setattr(config, "builtin_rules", lambda: renamed)
    out = run("explain", "sourcing.weasel").out
    assert out.startswith("sourcing.vague-source\n")
    assert "aliases     sourcing.weasel\n" in out


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_explain_fits_80_columns(rule):
    for line in explain_text(rule).splitlines():
        words = line.strip().removeprefix("- ").split()
        assert len(line) <= 80 or len(words) == 1, f"{rule.id}: {line!r} is wider than 80 columns"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_explain_has_every_field_of_the_reference(rule):
    out = explain_text(rule)
    flat = " ".join(out.split())
    for key, value in facts(rule).items():
        assert f"\n{key} " in out, f"{rule.id}: explain lacks {key}"
        assert " ".join(value.split()) in flat
    assert set(facts(rule)) <= set(FACTS)
    for heading in SECTIONS:
        assert f"\n\n{heading}\n" in out
    for text in (rule.why, *rule.references):
        assert " ".join(text.split()) in flat
    for view in option_views(rule, lambda t: f"'{t}'"):
        assert " ".join(view.text().split()) in flat
    for example in (*rule.examples_fail, *rule.examples_pass):
        for paragraph in example_paragraphs(example):
            assert paragraph in flat
