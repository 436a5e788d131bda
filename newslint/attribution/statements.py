"""Claims an article makes, reduced to what can contradict: who confirmed or denied what, and
passive statements with their polarity ("the bridge was inspected" / "had not been inspected").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from ..findings import Span
from .grammar import AUXILIARIES, BE_FORMS, DETERMINERS, NEGATIONS
from .phrases import core, phrase_after, phrase_before
from .tokens import Token, tokenize, units_tokens

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .model import Attribution

_IRREGULAR_PARTICIPLES = frozenset(
    "built done found given held known made paid seen shown sold taken told written broken chosen "
    "driven frozen hidden stolen spoken struck hit cut shut set".split()
)


@dataclass(frozen=True)
class Statement:
    """One checkable claim: a subject (or source), a predicate, the thing it is about, its polarity."""

    span: Span
    subject: str
    predicate: str
    about: str
    positive: bool


def object_of(doc: "Document", att: "Attribution") -> tuple[str, Span] | None:
    """The thing a confirm/deny cue is about: the first noun phrase of its claim, without its determiner."""
    if att.content is None:
        return None
    toks = [t for t in tokenize(doc.lintable, att.content, doc.quotes) if not t.quoted]
    if toks and toks[0].lower == "that":
        toks = toks[1:]
    kore = core(phrase_after(toks, 0, len(toks)))
    words = [t for t in kore if t.is_word and t.lower not in DETERMINERS]
    if not words:
        return None
    return " ".join(t.lower for t in words), Span(kore[0].start, kore[-1].end)


def passive_statements(doc: "Document", units: tuple[Span, ...]) -> Iterator[Statement]:
    """Passive clauses with a definite subject: "the bridge was inspected", "the bridge had not been inspected"."""
    for unit_toks in units_tokens(doc, doc.prose, units):
        toks = [t for t in unit_toks if t.text.strip()]
        for i, tok in enumerate(toks):
            low = tok.lower
            if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) or tok.is_capitalised:
                continue
            found = _passive_before(toks, i)
            if found is not None:
                yield found


def _passive_before(toks: list[Token], i: int) -> Statement | None:
    """A statement for the participle at i when a be-chain and a definite subject precede it."""
    k = i - 1
    chain: list[Token] = []
    while k >= 0 and (toks[k].lower in AUXILIARIES or toks[k].lower in NEGATIONS):
        chain.append(toks[k])
        k -= 1
    if not chain or not any(t.lower in BE_FORMS for t in chain) or k < 0:
        return None
    subject = phrase_before(toks, k, 0)
    if not subject or subject[0].lower != "the" or len(subject) < 2:
        return None
    positive = not any(t.lower in NEGATIONS for t in chain)
    key = " ".join(t.lower for t in subject)
    return Statement(Span(subject[0].start, toks[i].end), key, toks[i].lower, key, positive)
