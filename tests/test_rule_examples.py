"""Every rule's own examples behave: each `fail` text is flagged by that rule, each `pass` text is not.

Also the meta-checks over rule files: unique ids, every field an editor reads present,
word lists sorted and free of duplicates.
"""
from __future__ import annotations

import pytest

from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

RULES = builtin_rules()


def _findings(rule, text):
    return [f for f in lint(read_text(text), [rule]) if f.rule == rule.id]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_fail_examples_are_flagged(rule):
    for text in rule.examples_fail:
        assert _findings(rule, text), f"{rule.id} should flag: {text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_pass_examples_are_not_flagged(rule):
    for text in rule.examples_pass:
        found = _findings(rule, text)
        assert not found, f"{rule.id} should not flag {text!r}: {[f.text for f in found]}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_documents_itself(rule):
    assert rule.summary.strip() and len(rule.why.split()) >= 12, "why must explain the newsroom reason"
    assert rule.references, "a rule names its authority in references"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_word_lists_sorted_without_duplicates(rule):
    for key in ("tokens", "exceptions"):
        items = list(rule.raw_options.get(key) or [])
        lowered = [i.lower() for i in items]
        assert lowered == sorted(lowered), f"{key} of {rule.id} must be sorted"
        assert len(set(lowered)) == len(lowered), f"{key} of {rule.id} has duplicates"
    swap = rule.raw_options.get("swap") or {}
    keys = [k.lower() for k in swap]
    assert keys == sorted(keys), f"swap of {rule.id} must be sorted"


def test_ids_are_unique_and_match_files():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        group, name = r.id.split(".")
        assert r.path == f"rules/{group}/{name}.yaml"
