"""The attribution model's data (rules/_lexicon/attribution) and the word lists of the sourcing rules stay
sorted, free of duplicates, and derive the verb forms the model looks for."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from newslint.attribution.lexicon import inflections, load_lexicon
from newslint.config import builtin_rules

LEXICON = Path(__file__).resolve().parent.parent / "rules" / "_lexicon" / "attribution"


def _load(name):
    return YAML(typ="safe").load((LEXICON / name).read_text(encoding="utf-8"))


def _sorted_unique(items, what):
    lowered = [i.lower() for i in items]
    assert lowered == sorted(lowered), f"{what} must be sorted"
    assert len(set(lowered)) == len(lowered), f"{what} has duplicates"


def test_countries_sorted_and_each_name_once():
    countries = _load("countries.yaml")["countries"]
    _sorted_unique(list(countries), "countries")
    names = [n.lower() for c, info in countries.items() for n in (c, *info.get("aliases", []), *info.get("demonyms", []))]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, dupes


@pytest.mark.parametrize("name,keys", [
    ("titles.yaml", ("heads", "modifiers")),
    ("organisations.yaml", ("heads", "documents", "places", "place_prefixes")),
])
def test_word_lists_sorted(name, keys):
    data = _load(name)
    for key in keys:
        _sorted_unique(data[key], f"{name}:{key}")


def test_cue_lists_sorted():
    cues = _load("cues.yaml")
    for cls, words in cues["verbs"].items():
        _sorted_unique(words, f"cues.yaml:verbs:{cls}")
    for cls, words in cues["nouns"].items():
        _sorted_unique(words, f"cues.yaml:nouns:{cls}")
    _sorted_unique(cues["ambiguous"], "cues.yaml:ambiguous")


@pytest.mark.parametrize("lemma,forms", [
    ("deny", ("deny", "denies", "denied", "denying")),
    ("confirm", ("confirm", "confirms", "confirmed", "confirming")),
    ("accuse", ("accuse", "accuses", "accused", "accusing")),
    ("admit", ("admit", "admits", "admitted", "admitting")),
    ("stress", ("stress", "stresses", "stressed", "stressing")),
])
def test_regular_inflections(lemma, forms):
    assert inflections(lemma) == forms


def test_lexicon_lookups():
    lex = load_lexicon()
    assert lex.entity("Kyiv") == "Ukraine" and lex.entity("the Kremlin") == "Russia"
    assert lex.demonym("Ukrainians") == "Ukraine" and lex.demonym("French") == "France"
    assert lex.verbs["said"] == ("say", "speech") and lex.verbs["denied"] == ("deny", "deny")
    assert lex.nouns["remarks"] == "speech" and "spokesman" in lex.titles


@pytest.mark.parametrize("rule", [r for r in builtin_rules() if "lists" in r.raw_options], ids=lambda r: r.id)
def test_rule_lists_sorted(rule):
    for name, items in rule.raw_options["lists"].items():
        _sorted_unique(list(items), f"{rule.id} lists.{name}")
    for key in ("verbs", "complement_verbs", "cues"):
        if key in rule.raw_options:
            _sorted_unique(list(rule.raw_options[key]), f"{rule.id} {key}")
