"""repetition: the same multi-word phrase used again and again in one article.

Phrases are runs of words inside one clause, compared by light stems ("sparked
debates over" = "sparked debate over"), that neither start nor end with a function
word and hold at least `min_words` content words. Only the longest repeated form is
reported: "met with skepticism" three times is not also "met with" three times.
Names and the story's subject repeat by necessity, so phrases made only of proper
nouns and of words from the headline or first sentence are left alone.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context
from .options import Options
from .words import (
    PREPOSITIONS, Token, frequent_stems, is_function_word, proper_stems, runs, tokens, topic_stems, unit_sentence_tokens,
    word_at,
)


@dataclass(frozen=True)
class Repetition:
    """A hit on each use after the first of a phrase used at least `min_count` times per unit.

    Options: `min_count` (default 3), `min_words` (content words in a phrase, default 2),
    `term_min_count` (uses needed by a bare two-word term such as "stock market",
    perhaps with a closing preposition, default 5), `max_words` (words in a phrase, default 6), `exempt_top` (a phrase
    made only of the unit's most frequent content words is its subject ("break
    point" in a tennis report), default 0), `exempt_names` (default true: skip
    phrases of names and headline or first-sentence words only), `exceptions`
    (phrases never reported, matched by stems). Message fields: count, first_line.
    """

    min_count: int
    term_min_count: int
    min_words: int
    max_words: int
    exempt_top: int
    exempt_names: bool
    exceptions: frozenset
    fields = ("count", "first_line", "match")
    scopes = ("paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Repetition":
        """Read the counts and exemptions."""
        min_count = options.int("min_count", 3, minimum=2)
        term_min_count = options.int("term_min_count", 5, minimum=2)
        min_words = options.int("min_words", 2, minimum=1)
        max_words = options.int("max_words", 6, minimum=2)
        exempt_top = options.int("exempt_top", 0)
        exempt_names = options.bool("exempt_names", True)
        exceptions = options.str_list("exceptions")
        options.finish()
        if max_words < min_words:
            raise options.error("max_words", f"must be at least min_words ({min_words})")
        keys = frozenset(tuple(t.stem for t in tokens(p, 0, len(p)) if not is_function_word(t)) for p in exceptions)
        return cls(min_count, term_min_count, min_words, max_words, exempt_top, exempt_names, keys)

    def run(self, context: Context) -> Iterator[Hit]:
        """Count phrases in each unit's sentences and report the repeats."""
        doc = context.doc
        for unit in context.units:
            sentences = unit_sentence_tokens(doc, context.text, unit)
            exempt = set(frequent_stems(sentences, self.exempt_top))
            if self.exempt_names:
                exempt |= proper_stems(sentences) | topic_stems(doc, context.text)
            yield from self.report(context, self.phrases(context.text, sentences, exempt))

    def phrases(self, text: str, sentences: list[list[Token]], exempt: set[str]) -> dict[tuple, list[Span]]:
        """Every candidate phrase (by stems) with the spans of its uses, overlaps dropped."""
        found: dict[tuple, list[Span]] = defaultdict(list)
        shortest = max(2, self.min_words)
        for toks in sentences:
            for run in runs(text, toks):
                if len(run) < shortest:
                    continue
                func = [is_function_word(t) for t in run]  # once per word, not once per window
                keys = ["" if f else t.stem for t, f in zip(run, func)]
                closing = [not f or t.text.lower() in PREPOSITIONS for t, f in zip(run, func)]
                content, fresh = _prefix_counts(run, func, exempt)
                for i in range(len(run)):
                    if func[i]:
                        continue  # no phrase starts with a function word
                    for j in range(i + shortest, min(i + self.max_words, len(run)) + 1):
                        # a content word last (or a preposition after two words or more), enough content
                        # words, and not all of them exempt
                        if (func[j - 1] and not (closing[j - 1] and j - i > 2)) or content[j] - content[i] < self.min_words \
                                or fresh[j] == fresh[i]:
                            continue
                        key = tuple(keys[i:j])
                        span = Span(run[i].start, run[j - 1].end)
                        uses = found[key]
                        if not uses or uses[-1].end <= span.start:
                            uses.append(span)
        return found

    def report(self, context: Context, found: dict[tuple, list[Span]]) -> Iterator[Hit]:
        """Longest phrases first; a shorter one only where no longer one was; overlaps merged."""
        least = min(self.min_count, self.term_min_count)
        repeated = [(key, spans) for key, spans in found.items() if len(spans) >= least]  # most phrases occur once
        if not repeated:
            return
        base = min(spans[0].start for _, spans in repeated)
        claimed = bytearray(max(spans[-1].end for _, spans in repeated) - base)  # 1 where a reported phrase covers
        hits: list[tuple[Span, int, int]] = []  # span, count, first use's offset
        for key, spans in sorted(repeated, key=lambda kv: (-len(kv[0]), kv[1][0].start)):
            needed = self.term_min_count if _is_term(key, context.text, spans[0]) else self.min_count
            if len(spans) < needed or tuple(_content(key)) in self.exceptions:
                continue
            fresh = [s for s in spans[1:] if 0 in claimed[s.start - base : s.end - base]]
            if fresh:
                for s in spans:
                    claimed[s.start - base : s.end - base] = b"\x01" * len(s)
                hits.extend((s, len(spans), spans[0].start) for s in fresh)
        for span, count, first in _merged(hits):
            yield Hit(span.start, span.end, {"count": count, "first_line": context.doc.position(first)[0]})


def _prefix_counts(run: list[Token], func: list[bool], exempt: set[str]) -> tuple[list[int], list[int]]:
    """Running counts of content words, and of content words not exempt: any window's counts by subtraction."""
    content, fresh = [0], [0]
    for tok, f in zip(run, func):
        content.append(content[-1] + (not f))
        fresh.append(fresh[-1] + (not f and tok.stem not in exempt))
    return content, fresh


def _is_term(key: tuple, text: str, first: Span) -> bool:
    """Two content words side by side, perhaps with a closing preposition: "stock market (in)".

    A past participle first ("sparked debate over", "raised questions about") makes
    it a frame rather than a term; the word is read at the phrase's first use.
    """
    return len(_content(key)) == 2 and bool(key[0]) and bool(key[1]) and not word_at(text, first.start).lower().endswith("ed")


def _content(key: tuple) -> list[str]:
    """The content stems of a phrase key (function words are stored as "")."""
    return [k for k in key if k]


def _merged(hits: list[tuple[Span, int, int]]) -> list[tuple[Span, int, int]]:
    """One hit per stretch of overlapping hits (a long repeated passage), with the lowest count."""
    out: list[tuple[Span, int, int]] = []
    for span, count, first in sorted(hits, key=lambda h: (h[0].start, h[0].end)):
        if out and span.start < out[-1][0].end:
            last, last_count, last_first = out[-1]
            out[-1] = (Span(last.start, max(last.end, span.end)), min(count, last_count), min(first, last_first))
        else:
            out.append((span, count, first))
    return out
