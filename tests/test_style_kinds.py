"""The check kinds added for the house-style packs: density, case-style, coverage, shared
lexicons and substitution's advice. Errors are asserted as users see them."""
from __future__ import annotations


import pytest
import re2

from newslint.checks.lexicon import available, load_lexicon
from newslint.config import builtin_rules
from newslint.errors import RuleError
from newslint.ruleset import load_rule

HEAD = 'id: style.demo\nseverity: info\nmessage: "x"\nsummary: s\nwhy: w\nexamples: {fail: [a], pass: [b]}\n'


def _load(tmp_path: Path, body: str):
    folder = tmp_path / "style"
    folder.mkdir(exist_ok=True)
    path = folder / "demo.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_rule(path, "demo.yaml", group="style")


def _error(tmp_path: Path, body: str) -> str:
    with pytest.raises(RuleError) as info:
        _load(tmp_path, body)
    return str(info.value)


def test_density_needs_a_limit(tmp_path):
    got = _error(tmp_path, "kind: density\noptions:\n  tokens: [a testament to]\n")
    assert got == "demo.yaml:9:3: option 'max' of kind density must be set (the highest rate allowed)"


def test_density_share_of_sentences_is_a_percentage(tmp_path):
    got = _error(tmp_path, "kind: density\noptions:\n  tokens: [x]\n  per: sentences\n  max: 140\n")
    assert got == "demo.yaml:11:8: option 'max' of kind density must be >= 0.0 and <= 100.0"


def test_unknown_lexicon_lists_the_ones_shipped(tmp_path):
    got = _error(tmp_path, "kind: existence\noptions:\n  lexicon: machine-ticks\n")
    assert got == (
        "demo.yaml:9:12: option 'lexicon' of kind existence names no file rules/_lexicon/machine-ticks.yaml; "
        "expected one of: " + ", ".join(available())
    )


def test_lexicon_phrases_are_matched_like_tokens(tmp_path):
    from newslint.engine import lint
    from newslint.readers import read_text

    rule = _load(tmp_path, "kind: existence\noptions:\n  lexicon: machine-tics\n")
    found = [f.text for f in lint(read_text("It was a testament to quiet talks."), [rule])]
    assert found == ["a testament to"]


def test_substitution_entry_without_replacement_needs_advice(tmp_path):
    got = _error(tmp_path, "kind: substitution\noptions:\n  swap:\n    a perfect storm: []\n")
    assert got == (
        "demo.yaml:10:5: swap gives 'a perfect storm' no replacement; "
        "add one, or set option 'otherwise' to the advice to give"
    )


def test_case_style_names_its_styles(tmp_path):
    got = _error(tmp_path, "kind: case_style\noptions:\n  style: upper\n")
    assert got == "demo.yaml:9:10: option 'style' of kind case_style is 'upper'; expected one of: sentence, title"


def test_coverage_rejects_unknown_options(tmp_path):
    got = _error(tmp_path, "kind: coverage\noptions:\n  min_missing: 2\n")
    assert got == (
        'demo.yaml:9:3: unknown option "min_missing" for kind coverage; '
        "expected one of: min_absent, min_context_words, min_length, stem, stopwords"
    )


@pytest.mark.parametrize("name", available())
def test_lexicons_are_sorted_unique_and_compile(name):
    lexicon = load_lexicon(name)
    lowered = [t.lower() for t in lexicon.tokens]
    assert lowered == sorted(lowered), f"tokens of rules/_lexicon/{name}.yaml must be sorted"
    assert len(set(lowered)) == len(lowered), f"rules/_lexicon/{name}.yaml has duplicate tokens"
    for pattern in lexicon.patterns:
        re2.compile(pattern)


def test_every_lexicon_is_read_by_a_rule():
    used = {r.raw_options.get("lexicon") for r in builtin_rules()}
    assert set(available()) <= used


def test_empty_swap_entries_only_where_advice_is_given():
    for rule in builtin_rules():
        swap = rule.raw_options.get("swap") or {}
        if any(v == [] for v in swap.values()):
            assert rule.raw_options.get("otherwise"), rule.id
