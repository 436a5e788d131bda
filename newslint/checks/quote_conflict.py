"""quote_conflict: flag the same (or nearly the same) quotation given to two different speakers.

Reads `Document.attributions`: a quotation beside a speaker and a cue ("“...,” Peskov said") is
that speaker's. Only speakers named in the sentence are compared (a description such as "the
minister" may be the same person, and a pronoun may be resolved wrongly); names that differ only
by accents or a first name ("Viganò" / "Vigano", "Blumenthal" / "Richard Blumenthal") are one
speaker; short quotations are ignored (`min_words`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context, inside_units
from .options import Options

_NON_WORD = re.compile(r"[^\w\s]+")


@dataclass(frozen=True)
class QuoteConflict:
    """Options: `min_words` (default 6), `min_similarity` (0-100, rapidfuzz ratio; default 90)."""

    min_words: int
    min_similarity: float
    fields = ("match", "speaker", "other")
    scopes = ("document",)

    @classmethod
    def from_options(cls, options: Options) -> "QuoteConflict":
        """Read the thresholds."""
        min_words = options.int("min_words", 6, minimum=1)
        similarity = options.number("min_similarity", 90.0, minimum=0.0, maximum=100.0)
        options.finish()
        return cls(min_words, similarity)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield each later quotation whose words an earlier, different speaker was given."""
        from rapidfuzz import fuzz

        quoted = self._quotations(context)
        inside = inside_units(context.units)
        names = [_plain(who) for _, who, _ in quoted]  # once per quotation, not once per pair
        least = self.min_similarity
        for j, (span, who, words) in enumerate(quoted):
            if not inside(span):
                continue
            for i, (_, other, earlier) in enumerate(quoted[:j]):
                if not _same_plain(names[i], names[j]) and fuzz.ratio(words, earlier, score_cutoff=least) >= least:
                    yield Hit(span.start, span.end, {"speaker": who, "other": other})
                    break

    def _quotations(self, context: Context) -> list[tuple[Span, str, str]]:
        """(quotation span, speaker name, normalised words) for each attributed quotation, in order."""
        doc = context.doc
        quotes = set(doc.quotes)
        out: dict[Span, tuple[Span, str, str]] = {}
        for att in doc.attributions:
            sp = att.speaker
            if att.content not in quotes or att.content in out or not sp.name or sp.kind == "pronoun":
                continue
            words = " ".join(_NON_WORD.sub(" ", doc.slice(att.content)).lower().split())
            if len(words.split()) >= self.min_words:
                out[att.content] = (att.content, sp.name, words)
        return sorted(out.values(), key=lambda q: q[0].start)


def _plain(name: str) -> list[str]:
    """A name's words in lower case without accents."""
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.lower().replace(".", "").split()


def _same_name(a: str, b: str) -> bool:
    """True when two names can be one speaker: equal but for accents, case or a first name."""
    return _same_plain(_plain(a), _plain(b))


def _same_plain(wa: list[str], wb: list[str]) -> bool:
    """`_same_name` of two names already made plain."""
    return wa == wb or (bool(wa) and bool(wb) and wa[-1] == wb[-1])
