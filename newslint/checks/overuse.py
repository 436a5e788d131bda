"""overuse: a content word used unusually often for the length of the article.

Words are counted by light stems, so "skepticism" and "skeptical" are one word. A
word is overused when it appears at least `min_count` times and at least
`per_1000` times per thousand words of the unit. Names (words capitalized wherever
capitals are not forced) and the story's subject (words of the headline and the
first sentence) repeat by necessity and are exempt.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit
from .base import Context
from .options import Options
from .words import Token, is_function_word, proper_stems, stem, tokens, topic_stems


@dataclass(frozen=True)
class Overuse:
    """A hit on each use after the first of an overused word.

    Options: `min_count` (default 3), `per_1000` (uses per thousand words, default
    4), `min_length` (letters; shorter words are never counted, default 5),
    `exempt_names` (default true), `exceptions` (words never counted, matched by stem).
    Message fields: count, words (the unit's length in words), first_line.
    """

    min_count: int
    per_1000: float
    min_length: int
    exempt_names: bool
    exceptions: frozenset
    fields = ("count", "words", "first_line", "match")

    @classmethod
    def from_options(cls, options: Options) -> "Overuse":
        """Read the limits and exemptions."""
        min_count = options.int("min_count", 3, minimum=2)
        per_1000 = options.number("per_1000", 4.0)
        min_length = options.int("min_length", 5, minimum=1)
        exempt_names = options.bool("exempt_names", True)
        exceptions = options.str_list("exceptions")
        options.finish()
        return cls(min_count, per_1000, min_length, exempt_names, frozenset(stem(w) for w in exceptions))

    def run(self, context: Context) -> Iterator[Hit]:
        """Count each unit's content words and report the repeats of overused ones."""
        doc = context.doc
        for unit in context.units:
            sentences = [tokens(context.text, s.start, s.end) for s in doc.sentences if unit.contains(s)]
            total = sum(len(s) for s in sentences)
            if not total:
                continue
            exempt = set(self.exceptions)
            if self.exempt_names:
                exempt |= proper_stems(sentences) | topic_stems(doc, context.text)
            uses: dict[str, list[Token]] = defaultdict(list)
            for tok in (t for s in sentences for t in s):
                if len(tok.text) >= self.min_length and not is_function_word(tok) and tok.stem not in exempt:
                    uses[tok.stem].append(tok)
            for toks in uses.values():
                if len(toks) >= self.min_count and len(toks) * 1000 / total >= self.per_1000:
                    yield from self._repeats(context, toks, total)

    def _repeats(self, context: Context, toks: list[Token], total: int) -> Iterator[Hit]:
        """Hits on every use after the first."""
        first_line = context.doc.position(toks[0].start)[0]
        for tok in toks[1:]:
            yield Hit(tok.start, tok.end, {"count": len(toks), "words": total, "first_line": first_line})
