"""Proper names as an article writes them, with where each spelling appears, for comparing spellings.

For each capitalised spelling: how often it appears, whether it appears mid-sentence, whether it
ends a full name ("Volodymyr *Zelenskyy*", "Mr *Mukherjee*") and with which first names, and
whether it only ever starts one (a given name such as "David" in "David Davis").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..findings import Span
from .grammar import DETERMINERS, HONORIFICS, MONTHS_AND_DAYS, POSSESSIVE_PRONOUNS, PRONOUNS, QUANTIFIERS, STOP
from .lexicon import Lexicon
from .tokens import Token, units_tokens

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m|t|s)$", re.IGNORECASE)
# Lower-case particles inside names: "Osama bin Laden", "Ursula von der Leyen".
_FUNCTION = DETERMINERS | POSSESSIVE_PRONOUNS | PRONOUNS | QUANTIFIERS | STOP
_PARTICLES = frozenset("bin ibn al el de del della der di da van von la le du dos das".split())


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


def spellings(doc: "Document", text: str, units: tuple[Span, ...], headline: Span | None, lex: Lexicon) -> dict[str, Spelling]:
    """Each proper-name spelling of `text` (a view of `doc`), in order of first use."""
    per_unit = [[t for t in toks if t.is_word or t.is_possessive] for toks in units_tokens(doc, text, units)]
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
            if nxt is not None and nxt.lower in _PARTICLES and k + 2 < len(words) and words[k + 2].is_capitalised:
                nxt = words[k + 2]
            adjacent_prev = prev is not None and prev.is_capitalised and text[prev.end : tok.start].strip() in ("", ".")
            adjacent_next = nxt is not None and nxt.is_capitalised and _joined(text[tok.end : nxt.start])
            prev_name = adjacent_prev and not _known(prev, lex) and prev.lower not in lowers and prev.lower not in _FUNCTION \
                and prev.lower.rstrip(".") not in HONORIFICS
            if adjacent_next and not prev_name and nxt.text[0].isalpha():
                sp.leads += 1  # "Christine" of "Republican Christine Todd Whitman"
            elif adjacent_prev and not adjacent_next:
                sp.surname += 1
                if prev_name:
                    sp.first_names.add(prev.text)
    return out


def _joined(gap: str) -> bool:
    """True when only white space, or one name particle, separates two words of a name."""
    words = gap.split()
    return not words or (len(words) == 1 and words[0].lower() in _PARTICLES)


def _known(tok: Token, lex: Lexicon) -> bool:
    """A country, demonym, title, organisation, place, people, month or document word: not a person's name."""
    if lex.entity(tok.text) or lex.demonym(tok.text):
        return True
    low = tok.lower
    for word in {low, low.removesuffix("s"), low.removesuffix("es")}:
        if word in lex.titles or word in lex.title_modifiers or word in lex.org_heads or word in lex.places \
                or word in lex.documents or word in lex.peoples or word in HONORIFICS or word in MONTHS_AND_DAYS:
            return True
    return False
