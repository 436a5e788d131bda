"""People named in an article, so that "He" and "His remarks" resolve to the most recent one and
"Zelenskyy" to "Volodymyr Zelenskyy", carrying the affiliation the text gave at first mention.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..findings import Span
from .lexicon import Lexicon
from .model import Attribution, Speaker
from .grammar import HONORIFICS, PERSON_PRONOUNS
from .speakers import NameContext, affiliations, continues_name, is_name_word, join
from .tokens import Token, near

_PERSON_POSSESSIVES = frozenset({"his", "her"})


@dataclass(frozen=True)
class Mention:
    """One mention of a person: where, the name as written, affiliations written beside it."""

    span: Span
    name: str
    affiliations: tuple[str, ...] = ()
    title: str | None = None


def person_mentions(tokens: list[Token], lex: Lexicon, ctx: NameContext) -> list[Mention]:
    """People named in one sentence's tokens: runs of name words, with any title or demonym before them."""
    out: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        if not is_name_word(tokens[i], lex, ctx):
            i += 1
            continue
        j = i
        while j < n and (is_name_word(tokens[j], lex, ctx) or continues_name(tokens[j])):
            j += 1
        run = tokens[i:j]
        pre = _premodifiers(tokens, i, lex)
        titled = bool(pre) and (pre[-1].lower in lex.titles or pre[-1].lower.rstrip(".") in HONORIFICS)
        if not _place_like(run, lex) and (len(run) >= 2 or titled or join(run) in lex.persons):
            title = next((t.lower for t in reversed(pre) if t.lower in lex.titles), None)
            out.append(Mention(Span(run[0].start, run[-1].end), join(run), affiliations(pre, lex), title))
        i = j
    return out


def _premodifiers(tokens: list[Token], i: int, lex: Lexicon) -> list[Token]:
    """Capitalised titles, demonyms and entity names directly before a name ("Ukrainian President")."""
    k = i - 1
    while k >= 0 and tokens[k].is_word and tokens[k].is_capitalised and not tokens[k].quoted:
        low = tokens[k].lower
        if not (low in lex.titles or low in lex.title_modifiers or lex.demonym(low) or lex.entity(tokens[k].text)
                or low.rstrip(".") in HONORIFICS):
            break
        k -= 1
    if k >= 0 and tokens[k].text == "." and k > 0 and tokens[k - 1].lower in HONORIFICS:
        k -= 2
    return tokens[k + 1 : i]


def _place_like(run: list[Token], lex: Lexicon) -> bool:
    """Runs such as "Moscow Region" or "New York" name places, not people."""
    return run[0].lower in lex.place_prefixes or any(t.lower in lex.places or t.lower in lex.org_heads for t in run)


class Registry:
    """Full names by surname, and every affiliation the article gives each person."""

    def __init__(self, lex: Lexicon) -> None:
        self.by_surname: dict[str, str] = {}
        self.affiliations: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}
        self.lex = lex

    def canonical(self, name: str) -> str:
        """The full name a surname or alias stands for ("Zelenskyy" -> "Volodymyr Zelenskyy")."""
        ent = self.lex.entity(name)
        if ent in self.lex.persons:
            return ent
        if " " not in name:
            return self.by_surname.get(name.lower(), name)
        return name

    def add(self, name: str, affs: tuple[str, ...], title: str | None = None) -> str:
        """Record a mention; returns its canonical name."""
        if " " in name and self.lex.entity(name) not in self.lex.persons:
            self.by_surname.setdefault(name.split()[-1].lower(), name)
        canon = self.canonical(name)
        title = title or self.lex.titles_of.get(canon)
        if title:
            self.titles.setdefault(canon, title)
        known = self.affiliations.setdefault(canon, [])
        for a in (*affs, *([self.lex.affiliation_of[canon]] if canon in self.lex.affiliation_of else [])):
            if a not in known:
                known.append(a)
        return canon


def resolve(attributions: list[Attribution], mentions: list[Mention], lex: Lexicon) -> list[Attribution]:
    """Give person speakers their full names and affiliations; resolve he/she/his/her and it/its."""
    reg = Registry(lex)
    people: list[tuple[Span, str]] = []
    items = [(m.span.start, 0, m) for m in mentions] + [(a.speaker.span.start, 1, a) for a in attributions]
    mention_spans = [m.span for m in mentions]
    for _, _, item in sorted(items, key=lambda x: (x[0], x[1])):
        if isinstance(item, Mention):
            people.append((item.span, reg.add(item.name, item.affiliations, item.title)))
        elif item.speaker.kind == "person" and item.speaker.name:
            canon = reg.add(item.speaker.name, item.speaker.affiliations, item.speaker.title)
            if not near(mention_spans, item.speaker.span):
                people.append((item.speaker.span, canon))
    out = []
    orgs: list[tuple[int, Speaker]] = []
    for att in attributions:
        sp = att.speaker
        if sp.kind == "person" and sp.name:
            canon = reg.canonical(sp.name)
            sp = replace(sp, name=canon, affiliations=tuple(reg.affiliations.get(canon, sp.affiliations)),
                         title=sp.title or reg.titles.get(canon))
        elif sp.kind == "pronoun":
            sp = _resolve_pronoun(sp, people, orgs, reg)
        elif sp.kind == "organisation":
            orgs.append((sp.span.start, sp))
        out.append(replace(att, speaker=sp))
    return out


def _resolve_pronoun(sp: Speaker, people: list[tuple[Span, str]], orgs: list[tuple[int, Speaker]], reg: Registry) -> Speaker:
    """The most recent compatible named speaker before the pronoun, if any."""
    if sp.head in PERSON_PRONOUNS or sp.head in _PERSON_POSSESSIVES:
        before = [(span, name) for span, name in people if span.start < sp.span.start]
        if before:
            span, name = before[-1]
            return replace(sp, name=name, affiliations=tuple(reg.affiliations.get(name, ())),
                           title=reg.titles.get(name), antecedent=span)
    if sp.head in ("it", "its"):
        before = [o for start, o in orgs if start < sp.span.start]
        if before:
            o = before[-1]
            return replace(sp, name=o.name or o.phrase, affiliations=o.affiliations, antecedent=o.span)
    return sp
