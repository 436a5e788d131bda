"""Words for the repetition checks: tokens with offsets, a light stemmer, function words.

The stemmer only strips a few inflectional and derivational endings so that
"skepticism" and "skeptical", or "exchange" and "exchanges", count as one word;
it never needs a dictionary, so results are the same everywhere.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..document import Document
from ..findings import Span

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Clause punctuation between two words ends a phrase: "Russia, the" is not one.
_BREAK = re.compile(r"[^\s'’\-]")

# English function words, the verbs every news story uses to attribute, and number
# and time words ("last year", "two weeks"); never the first or last word of a
# repeated phrase, never an overused word.
FUNCTION_WORDS = frozenset("""
a about above after again against all almost also although am among an and another any are around as at
be because been before being below between both but by can cannot could did do does doing done down
during each either else even ever every few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less let like many may me
might more most much must my myself neither no nor not now of off often on once one only onto or other
others our ours ourselves out over own per quite rather same several shall she should since so some
still such than that the their theirs them themselves then there these they this those though through
thus to too toward towards under until up upon us very via was we were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself
said says say saying told tell according added adding
""".split()) | frozenset("""
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
million millions billion billions trillion first second third fourth fifth last next previous ago
day days week weeks month months year years today yesterday tomorrow annual percent cent
""".split())

# A repeated phrase may end with one of these when it has three words or more:
# "sparked debate over" is a frame, "sparked debate" alone may be a term.
PREPOSITIONS = frozenset("about against at for from in into of on over to toward towards with".split())

_INFLECTIONS = ("ies", "es", "s", "ed", "ing")
_DERIVATIONS = (
    "ically", "ation", "icism", "ness", "ment", "ical", "ism", "ist", "ity", "ous", "ive", "ly", "al", "ic", "e", "y",
)


@dataclass(frozen=True)
class Token:
    """One word: its span, its text and its stem."""

    start: int
    end: int
    text: str
    stem: str

    @property
    def capitalized(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[:1].isupper()


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem: lower case, no possessive, one inflection and one derivation stripped.

    A stem keeps at least four letters, so "skeptics", "skeptical" and "skepticism"
    share "skept", and "exchange", "exchanges" and "exchanged" share "exchang".
    """
    w = _POSSESSIVE.sub("", word.lower().replace("’", "'"))
    w = _strip(w, _INFLECTIONS)
    w = _strip(w, _DERIVATIONS)
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "planned" -> "plann" -> "plan"
    return w


def _strip(w: str, suffixes: tuple[str, ...]) -> str:
    """Remove the first of `suffixes` that ends `w`, keeping four letters or more."""
    for suffix in suffixes:
        if suffix == "s" and w.endswith(("ss", "us", "is")):
            return w  # "process", "status", "analysis" are not plurals
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of text[start:end] with their stems."""
    return [Token(m.start(), m.end(), m.group(), stem(m.group())) for m in _WORD.finditer(text, start, end)]


def is_function_word(token: Token) -> bool:
    """True for words that carry grammar, not content."""
    return _is_function_text(token.text)


@lru_cache(maxsize=1 << 16)
def _is_function_text(text: str) -> bool:
    """Memoized: repetition asks this about every word of every window (measured: docs/performance.md)."""
    return text.lower().replace("’", "'") in FUNCTION_WORDS or len(text) < 3


def runs(text: str, tokens_: list[Token]) -> Iterator[list[Token]]:
    """Split a sentence's words where clause punctuation stands between them."""
    run: list[Token] = []
    for tok in tokens_:
        if run and _BREAK.search(text, run[-1].end, tok.start):
            yield run
            run = []
        run.append(tok)
    if run:
        yield run


def topic_stems(doc: Document, text: str) -> set[str]:
    """Stems of the headline's and the first sentence's words: the story's subject."""
    spans = [doc.headline] if doc.headline else []
    if doc.sentences:
        spans.append(doc.sentences[0])
    return {t.stem for s in spans for t in tokens(text, s.start, s.end)}


def proper_stems(sentence_tokens: list[list[Token]]) -> set[str]:
    """Stems always capitalized where capitals are not forced (not sentence-initial): names."""
    capital: set[str] = set()
    lower: set[str] = set()
    for toks in sentence_tokens:
        for i, tok in enumerate(toks):
            if not tok.capitalized:
                lower.add(tok.stem)
            elif i > 0:
                capital.add(tok.stem)
    return capital - lower


def frequent_stems(sentence_tokens: list[list[Token]], top: int) -> dict[str, int]:
    """The `top` most frequent content stems with their counts: what the story is about."""
    if top <= 0:
        return {}
    counts: dict[str, int] = {}
    for toks in sentence_tokens:
        for tok in toks:
            if not is_function_word(tok):
                counts[tok.stem] = counts.get(tok.stem, 0) + 1
    return {k: counts[k] for k in sorted(counts, key=lambda k: -counts[k])[:top]}


def sentences_in(doc: Document, unit: Span) -> tuple[Span, ...]:
    """The body's sentences that start inside `unit`, found by bisection (no scan of them all)."""
    starts = doc.sentence_starts
    return doc.sentences[bisect.bisect_left(starts, unit.start) : bisect.bisect_left(starts, unit.end)]
