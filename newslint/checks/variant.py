"""variant: flag a proper name spelled two ways in one article ("Zelenskyy" / "Zelensky").

Proper names are capitalised words not at the start of a sentence (or seen so elsewhere in the
article). Two spellings are variants when they begin with the same letter, differ by at most
one edit (two for long names; a transposition counts as one), and are not the same word with
an ending ("Russia" / "Russian", "Clinton" / "Clintons") or two different known places. The
minority spelling is flagged and the majority one suggested; on a tie, the first one used wins.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from ..attribution.tokens import Token, tokenize
from ..findings import Hit, Span
from .base import Context
from .options import Options

_ENDINGS = ("s", "es", "n", "an", "ian", "ians", "ans", "ns", "ese", "i", "is", "ism", "ist", "ists", "ite", "ites", "ic")


@dataclass(frozen=True)
class Variant:
    """Options: `min_length` (shortest name compared; default 5), `long_length` (names this long
    may differ by two edits; default 9), `exceptions` (names never flagged).
    """

    min_length: int
    long_length: int
    exceptions: frozenset[str]
    fields = ("match", "suggestion", "count", "majority_count")

    @classmethod
    def from_options(cls, options: Options) -> "Variant":
        """Read the thresholds and exceptions."""
        min_length = options.int("min_length", 5, minimum=2)
        long_length = options.int("long_length", 9, minimum=2)
        exceptions = frozenset(e.lower() for e in options.str_list("exceptions"))
        options.finish()
        return cls(min_length, long_length, exceptions)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield every occurrence of each minority spelling."""
        spans, mid = self._names(context)
        counts = Counter({name: len(found) for name, found in spans.items()})
        for minority, majority in self._variants(counts, mid, context).items():
            for span in spans[minority]:
                if any(u.contains(span) for u in context.units):
                    yield Hit(span.start, span.end, {"suggestion": majority, "count": counts[minority],
                                                     "majority_count": counts[majority]}, (majority,))

    def _names(self, context: Context) -> tuple[dict[str, list[Span]], set[str]]:
        """Each proper-name spelling with its spans, in order of first use; and those seen mid-sentence.

        A capitalised word at the start of a body sentence counts when the article never writes it
        in lower case; headline words count only when the body capitalises them mid-sentence.
        """
        doc = context.doc
        units = doc.units("sentence")
        tokens = [[t for t in tokenize(context.text, u) if t.is_word] for u in units]
        body = [toks for unit, toks in zip(units, tokens) if unit != doc.headline]
        mid = {t.text for toks in body for t in toks[1:] if t.is_capitalised}
        lowers = {t.lower for toks in tokens for t in toks if not t.is_capitalised}
        out: dict[str, list[Span]] = {}
        for unit, toks in zip(units, tokens):
            headline = unit == doc.headline
            for k, tok in enumerate(toks):
                if _is_name(tok) and ((k > 0 and not headline) or tok.text in mid or (not headline and tok.lower not in lowers)):
                    out.setdefault(tok.text, []).append(Span(tok.start, tok.end))
        return out, mid

    def _variants(self, counts: Counter[str], mid: set[str], context: Context) -> dict[str, str]:
        """Minority spelling -> majority spelling, for every pair of variants."""
        from rapidfuzz.distance import OSA

        from ..attribution.finder import lexicon_for

        lex = lexicon_for(context.doc)
        order = list(counts)  # first use
        names = [n for n in order if len(n) >= self.min_length and n.lower() not in self.exceptions]
        out: dict[str, str] = {}
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if (a not in mid and b not in mid) or not self._similar(a, b, lex, OSA):
                    continue
                major, minor = (a, b) if counts[a] >= counts[b] else (b, a)
                out.setdefault(minor, out.get(major, major))
        return out

    def _similar(self, a: str, b: str, lex, osa) -> bool:
        """True when two spellings look like one name written two ways."""
        la, lb = a.lower(), b.lower()
        if la[0] != lb[0] or la == lb:
            return False
        short, long_ = sorted((la, lb), key=len)
        if long_.startswith(short) and long_[len(short):] in _ENDINGS:
            return False
        if _known(a, lex) and _known(b, lex):
            return False
        allowed = 2 if min(len(la), len(lb)) >= self.long_length else 1
        return osa.distance(la, lb) <= allowed


def _is_name(tok: Token) -> bool:
    """A capitalised word with a lower-case letter after the first (not an acronym)."""
    return tok.is_capitalised and tok.text[0].isalpha() and any(c.islower() for c in tok.text[1:])


def _known(name: str, lex) -> bool:
    """A country, demonym, title or organisation word the lexicon knows."""
    low = name.lower()
    return bool(lex.entity(name) or lex.demonym(name) or low in lex.titles or low in lex.org_heads or low in lex.places)
