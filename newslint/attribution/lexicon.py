"""The attribution model's word lists, read once from rules/_lexicon/attribution/*.yaml (data, not code).

Countries with their demonyms and metonyms, titles, organisation words and attribution cues.
A configuration's `entities` are merged in with `Lexicon.with_entities`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .entities import Entity

_DOUBLED = frozenset({"admit", "commit", "omit", "regret", "refer", "prefer"})


def inflections(lemma: str) -> tuple[str, ...]:
    """The regular -s, -ed and -ing forms of an English verb ("deny" -> denies, denied, denying)."""
    if lemma in _DOUBLED:
        stem = lemma + lemma[-1]
        return (lemma, lemma + "s", stem + "ed", stem + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if lemma.endswith("e"):
        return (lemma, third, lemma + "d", lemma[:-1] + "ing")
    return (lemma, third, lemma + "ed", lemma + "ing")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the attribution model looks words up in; keys are lower case."""

    entity_names: Mapping[str, str]      # phrase -> canonical entity (country, organisation, user entity)
    demonyms: Mapping[str, str]          # "ukrainian" -> "Ukraine"
    affiliation_of: Mapping[str, str]    # canonical entity -> the entity it belongs to (user config)
    persons: frozenset[str]              # canonical names of user entities that are people
    titles_of: Mapping[str, str]         # canonical name -> title (user config)
    max_words: int
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    org_heads: frozenset[str]
    documents: frozenset[str]
    places: frozenset[str]
    place_prefixes: frozenset[str]
    peoples: frozenset[str]
    verbs: Mapping[str, tuple[str, str]]  # form -> (lemma, class)
    ambiguous: frozenset[str]
    nouns: Mapping[str, str]             # noun -> class
    entities: tuple[Entity, ...] = field(default=())

    def entity(self, phrase: str) -> str | None:
        """The canonical entity a name, alias or metonym stands for ("Kyiv" -> "Ukraine")."""
        key = " ".join(phrase.lower().replace("’", "'").split())
        return self.entity_names.get(key) or self.entity_names.get(key.removeprefix("the "))

    def demonym(self, word: str) -> str | None:
        """The country of a demonym, singular or plural ("Russians" -> "Russia")."""
        key = word.lower()
        return self.demonyms.get(key) or (self.demonyms.get(key[:-1]) if key.endswith("s") else None)

    def with_entities(self, entities: tuple[Entity, ...]) -> "Lexicon":
        """A copy that also knows the user's entities (names, aliases, affiliations)."""
        return _with_entities(self, tuple(entities)) if entities else self


@lru_cache(maxsize=8)
def _with_entities(base: Lexicon, entities: tuple[Entity, ...]) -> Lexicon:
    names = dict(base.entity_names)
    affiliation = dict(base.affiliation_of)
    persons = set(base.persons)
    titles_of = dict(base.titles_of)
    for ent in entities:
        for name in (ent.name, *ent.aliases):
            key = " ".join(name.lower().replace("’", "'").split())
            names[key] = ent.name
            names.setdefault(key.removeprefix("the "), ent.name)
        if ent.affiliation:
            affiliation[ent.name] = base.entity(ent.affiliation) or ent.affiliation
        if ent.kind == "person":
            persons.add(ent.name)
        if ent.title:
            titles_of[ent.name] = ent.title
    longest = max((len(k.split()) for k in names), default=1)
    return replace(base, entity_names=names, affiliation_of=affiliation, persons=frozenset(persons), titles_of=titles_of,
                   max_words=max(base.max_words, longest), entities=base.entities + entities)


def lexicon_dir() -> Path:
    """rules/_lexicon/attribution beside the built-in rules (installed or in a checkout).

    A folder of its own: the files directly in rules/_lexicon are phrase lists that rules
    name with their `lexicon:` option (checks/lexicon.py); these are structured data.
    """
    from ..ruleset import builtin_rules_dir

    return builtin_rules_dir() / "_lexicon" / "attribution"


def _load(name: str) -> Any:
    """A lexicon file's data: from the start-up cache when the rule cache holds it (no YAML parser then)."""
    from ..rulecache import preloaded

    path = lexicon_dir() / name
    hit = preloaded(path, str(path))
    if hit is not None:
        return hit[0]
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the lexicon files once per process."""
    countries, titles, orgs, cues = (_load(n) for n in ("countries.yaml", "titles.yaml", "organisations.yaml", "cues.yaml"))
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for country, info in countries["countries"].items():
        for alias in (country, *info.get("aliases", ())):
            names[alias.lower()] = country
        for dem in info.get("demonyms", ()):
            demonyms[dem.lower()] = country
    for org, info in orgs["named"].items():
        for alias in (org, *info.get("aliases", ())):
            names[alias.lower()] = org
    return Lexicon(
        entity_names=names,
        demonyms=demonyms,
        affiliation_of={},
        persons=frozenset(),
        titles_of={},
        max_words=max(len(k.split()) for k in names),
        titles=frozenset(titles["heads"]),
        title_modifiers=frozenset(titles["modifiers"]),
        org_heads=frozenset(orgs["heads"]),
        documents=frozenset(orgs["documents"]),
        places=frozenset(orgs["places"]),
        place_prefixes=frozenset(orgs["place_prefixes"]),
        peoples=frozenset(orgs["peoples"]),
        verbs=_verb_forms(cues),
        ambiguous=frozenset(cues["ambiguous"]),
        nouns={noun: cls for cls, words in cues["nouns"].items() for noun in words},
    )


def _verb_forms(cues: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    forms: dict[str, tuple[str, str]] = {}
    irregular = cues.get("irregular", {})
    for cls, lemmas in cues["verbs"].items():
        for lemma in lemmas:
            for form in (lemma, *irregular[lemma]) if lemma in irregular else inflections(lemma):
                forms[form] = (lemma, cls)
    return forms
