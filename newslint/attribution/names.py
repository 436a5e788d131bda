"""Proper names as an article writes them, with where each spelling appears, for comparing spellings.

For each capitalised spelling: how often it appears, whether it appears mid-sentence, whether it
ends a full name ("Volodymyr *Zelenskyy*", "Mr *Mukherjee*") and with which first names, and
whether it only ever starts one (a given name such as "David" in "David Davis").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..findings import Span
from .grammar import HONORIFICS
from .lexicon import Lexicon
from .tokens import Token, tokenize

_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m|t|s)$", re.IGNORECASE)


@dataclass
class Spelling:
    """Everything the article shows about one spelling of a name."""

    text: str
    spans: list[Span] = field(default_factory=list)
    mid_sentence: bool = False
    surname: int = 0
    first_names: set[str] = field(default_factory=set)
    leads: int = 0

    @property
    def only_given_name(self) -> bool:
        """True when the spelling only ever starts a full name ("David" of "David Davis")."""
        return self.leads == len(self.spans)


def is_name_token(tok: Token) -> bool:
    """Letters (with inner hyphens or apostrophes), capitalised, with a lower-case letter, no contraction."""
    text = tok.text
    return (tok.is_capitalised and text[0].isalpha() and any(c.islower() for c in text[1:])
            and not any(c.isdigit() for c in text) and not _CONTRACTION.search(text))


def spellings(text: str, units: tuple[Span, ...], headline: Span | None, lex: Lexicon) -> dict[str, Spelling]:
    """Each proper-name spelling of the article, in order of first use."""
    per_unit = [[t for t in tokenize(text, u) if t.is_word or t.is_possessive] for u in units]
    lowers = {t.lower for toks in per_unit for t in toks if t.is_word and not t.is_capitalised}
    out: dict[str, Spelling] = {}
    for unit, toks in zip(units, per_unit):
        words = [t for t in toks if t.is_word]
        for k, tok in enumerate(words):
            if not is_name_token(tok) or tok.lower in lowers or _known(tok, lex):
                continue
            sp = out.setdefault(tok.text, Spelling(tok.text))
            sp.spans.append(Span(tok.start, tok.end))
            sp.mid_sentence |= k > 0 and unit != headline
            prev = words[k - 1] if k > 0 else None
            nxt = words[k + 1] if k + 1 < len(words) else None
            adjacent_prev = prev is not None and prev.is_capitalised and text[prev.end : tok.start].strip() in ("", ".")
            adjacent_next = nxt is not None and nxt.is_capitalised and not text[tok.end : nxt.start].strip()
            if adjacent_prev and not adjacent_next:
                sp.surname += 1
                if prev.lower.rstrip(".") not in HONORIFICS and prev.lower not in lex.titles:
                    sp.first_names.add(prev.text)
            elif adjacent_next and not adjacent_prev and nxt.text[0].isalpha():
                sp.leads += 1
    return out


def _known(tok: Token, lex: Lexicon) -> bool:
    """A country, demonym, title, organisation, place or document word: not a person's name."""
    low = tok.lower
    return bool(lex.entity(tok.text) or lex.demonym(tok.text) or low in lex.titles or low in lex.title_modifiers
                or low in lex.org_heads or low in lex.places or low in lex.documents or low in HONORIFICS)
