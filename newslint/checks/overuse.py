"""overuse: a content word used again and again within a short stretch of the article.

Words are counted by light stems, so "skepticism" and "skeptical" are one word. A
word is overused when `min_count` of its uses fall within `window` consecutive words
(0: anywhere in the unit). Measured on edited news (docs/framing.md), counts over a
whole article flag mostly the story's subject; close repeats are what editors cut.
Names (words capitalized wherever capitals are not forced), the story's subject
(words of the headline and the first sentence) and the unit's `exempt_top` most
frequent content words repeat by necessity and are exempt.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit
from .base import Context
from .options import Options
from .words import Token, is_function_word, proper_stems, stem, topic_stems, unit_sentence_tokens


@dataclass(frozen=True)
class Overuse:
    """A hit on each use after the first in every stretch where a word is overused.

    Options: `min_count` (uses, default 4), `window` (words, default 60; 0 for the
    whole unit), `exempt_top` (the unit's most frequent content words left alone,
    default 2), `min_length` (letters; shorter words are never counted, default 5),
    `exempt_names` (default true), `exceptions` (words never counted, by stem).
    Message fields: count (uses in the stretch), window, first_line.
    """

    min_count: int
    window: int
    exempt_top: int
    min_length: int
    exempt_names: bool
    exceptions: frozenset
    fields = ("count", "window", "first_line", "match")
    scopes = ("paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Overuse":
        """Read the limits and exemptions."""
        min_count = options.int("min_count", 4, minimum=2)
        window = options.int("window", 60)
        exempt_top = options.int("exempt_top", 2)
        min_length = options.int("min_length", 5, minimum=1)
        exempt_names = options.bool("exempt_names", True)
        exceptions = options.str_list("exceptions")
        options.finish()
        return cls(min_count, window, exempt_top, min_length, exempt_names, frozenset(stem(w) for w in exceptions))

    def run(self, context: Context) -> Iterator[Hit]:
        """Count each unit's content words and report the stretches where one crowds in."""
        doc = context.doc
        for unit in context.units:
            sentences = unit_sentence_tokens(doc, context.text, unit)
            for positions in self.counted(doc, context.text, sentences).values():
                yield from self._stretches(context, positions)

    def counted(self, doc, text: str, sentences: list[list[Token]]) -> dict[str, list[tuple[int, Token]]]:
        """Each countable stem with its uses as (word index, token)."""
        exempt = set(self.exceptions)
        if self.exempt_names:
            exempt |= proper_stems(sentences) | topic_stems(doc, text)
        uses: dict[str, list[tuple[int, Token]]] = defaultdict(list)
        flat = [t for s in sentences for t in s]
        for i, tok in enumerate(flat):
            if len(tok.text) >= self.min_length and not is_function_word(tok) and tok.stem not in exempt:
                uses[tok.stem].append((i, tok))
        ranked = sorted(uses, key=lambda k: (-len(uses[k]), uses[k][0][0]))
        return {k: uses[k] for k in ranked[self.exempt_top :] if len(uses[k]) >= self.min_count}

    def _stretches(self, context: Context, uses: list[tuple[int, Token]]) -> Iterator[Hit]:
        """Hits on the uses after the first of each stretch of `min_count` uses within the window."""
        k = self.min_count
        stretches: list[list[int]] = []  # [first use, last use], overlapping runs merged
        for i in range(len(uses) - k + 1):
            if not self.window or uses[i + k - 1][0] - uses[i][0] < self.window:
                if stretches and i <= stretches[-1][1]:
                    stretches[-1][1] = i + k - 1
                else:
                    stretches.append([i, i + k - 1])
        for first, last in stretches:
            first_line = context.doc.position(uses[first][1].start)[0]
            for _, tok in uses[first + 1 : last + 1]:
                yield Hit(tok.start, tok.end, {"count": last - first + 1, "window": self.window, "first_line": first_line})
