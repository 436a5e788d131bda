"""variant: flag a proper name spelled two ways in one article ("Zelenskyy" / "Zelensky").

Spellings come from attribution/names.py. Two spellings are variants when they begin with the
same letter, differ by at most one edit (two for long names; a transposition counts as one),
are not one word with an ending ("Russia" / "Russian"), at least one ends a full name
("Volodymyr Zelenskyy") and the other appears mid-sentence or also ends one, and they are not
two full names with different first names ("Adam Clayton" / "Eric Clapton": two people).
Given names ("David" of "David Davis"), words the article also writes in lower case, and
countries, titles and organisation words are never compared. The minority spelling is flagged
and the majority one suggested; on a tie, the one used first wins.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

from ..attribution.names import Spelling, spellings
from ..findings import Hit
from .base import Context, inside_units
from .options import Options

_ENDINGS = ("", "s", "es", "n", "an", "ian", "ians", "ans", "ns", "ese", "i", "is", "ism", "ist", "ists", "ite",
            "ites", "ic", "al", "e", "ed", "er", "ers", "ing")


@dataclass(frozen=True)
class Variant:
    """Options: `min_length` (shortest name compared; default 5), `long_length` (names this long
    may differ by two edits; default 10), `exceptions` (names never flagged).
    """

    min_length: int
    long_length: int
    exceptions: frozenset[str]
    fields = ("match", "suggestion", "count", "majority_count")
    scopes = ("document",)

    @classmethod
    def from_options(cls, options: Options) -> "Variant":
        """Read the thresholds and exceptions."""
        min_length = options.int("min_length", 5, minimum=2)
        long_length = options.int("long_length", 10, minimum=2)
        exceptions = frozenset(e.lower() for e in options.str_list("exceptions"))
        options.finish()
        return cls(min_length, long_length, exceptions)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield every occurrence of each minority spelling."""
        from ..attribution.finder import lexicon_for

        doc = context.doc
        names = spellings(doc, context.text, doc.units("sentence"), doc.headline, lexicon_for(doc))
        inside = inside_units(context.units)
        for minority, majority in self._variants(names).items():
            for span in names[minority].spans:
                if inside(span):
                    args = {"suggestion": majority, "count": len(names[minority].spans),
                            "majority_count": len(names[majority].spans)}
                    yield Hit(span.start, span.end, args, (majority,))

    def _variants(self, names: dict[str, Spelling]) -> dict[str, str]:
        """Minority spelling -> majority spelling, for every pair of variants."""
        from rapidfuzz.distance import OSA

        usable = [n for n, s in names.items()
                  if len(n) >= self.min_length and n.lower() not in self.exceptions and not s.only_given_name]
        out: dict[str, str] = {}
        for a, b in _same_initial_pairs(usable):
            if not (self._alike(a, b, OSA) and _same_person(names[a], names[b])):
                continue
            major, minor = (a, b) if len(names[a].spans) >= len(names[b].spans) else (b, a)
            out.setdefault(minor, out.get(major, major))
        return out

    def _alike(self, a: str, b: str, osa) -> bool:
        """Spelled alike: same first letter, few edits, and not one word with two endings."""
        la, lb = a.lower(), b.lower()
        if abs(len(la) - len(lb)) > 2:
            return False  # more edits apart than any limit allows (the edit distance is at least this)
        if la[0] != lb[0] or la == lb or _one_word(la, lb) or la.split("-")[0] == lb.split("-")[0]:
            return False
        allowed = 2 if min(len(la), len(lb)) >= self.long_length else 1
        return osa.distance(la, lb) <= allowed


def _same_initial_pairs(names: list[str]) -> Iterator[tuple[str, str]]:
    """Every pair (names[i], names[j]), i < j, in that order, whose first letters match in lower case.

    Only those can be variants (`_alike`); pairing all names was quadratic in an article's names.
    """
    buckets: dict[str, list[int]] = {}
    for k, name in enumerate(names):
        buckets.setdefault(name.lower()[:1], []).append(k)
    for i, a in enumerate(names):
        bucket = buckets[a.lower()[:1]]
        for j in bucket[bisect.bisect_right(bucket, i) :]:
            yield a, names[j]


def _one_word(a: str, b: str) -> bool:
    """True when the two differ only by an ending: "Russia"/"Russian", "Education"/"Educational"."""
    for ea in _ENDINGS:
        if ea and not a.endswith(ea):
            continue
        stem = a[: len(a) - len(ea)] if ea else a
        for eb in _ENDINGS:
            if (ea or eb) and b == stem + eb:
                return True
    return False


def _same_person(a: Spelling, b: Spelling) -> bool:
    """Whether two spellings can name one person: one ends a full name, the other is seen in running text,
    and they are not two full names with different first names."""
    if not (a.surname or b.surname) or a.text in b.first_names or b.text in a.first_names:
        return False
    if not ((a.mid_sentence or a.surname) and (b.mid_sentence or b.surname)):
        return False
    if (a.leads and b.surname and not b.leads) or (b.leads and a.surname and not a.leads):
        return False  # a given name and a surname: "David" / "Davis", "Christine" / "Christie"
    return not (a.first_names and b.first_names and not a.first_names & b.first_names)
