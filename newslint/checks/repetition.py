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
    PREPOSITIONS, Token, frequent_stems, is_function_word, proper_stems, runs, sentences_in, tokens, topic_stems,
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
            sentences = [tokens(context.text, s.start, s.end) for s in sentences_in(doc, unit)]
            exempt = set(frequent_stems(sentences, self.exempt_top))
            if self.exempt_names:
                exempt |= proper_stems(sentences) | topic_stems(doc, context.text)
            found, terms = self.phrases(context.text, sentences, exempt)
            yield from self.report(context, found, terms)

    def phrases(self, text: str, sentences: list[list[Token]], exempt: set[str]) -> tuple[dict[tuple, list[Span]], set]:
        """Every candidate phrase (by stems) with the spans of its uses, overlaps dropped; and the terms."""
        found: dict[tuple, list[Span]] = defaultdict(list)
        terms: set[tuple] = set()
        for toks in sentences:
            for run in runs(text, toks):
                func = [is_function_word(t) for t in run]  # once per word, not once per window
                keys = ["" if f else t.stem for t, f in zip(run, func)]
                shortest = max(2, self.min_words)
                for i in range(len(run)):
                    if func[i]:
                        continue  # no phrase starts with a function word
                    for n in range(shortest, min(self.max_words, len(run) - i) + 1):
                        if self._candidate(run, func, i, i + n, exempt):
                            window = run[i : i + n]
                            key = tuple(keys[i : i + n])
                            span = Span(window[0].start, window[-1].end)
                            if not found[key] and _is_term(window):
                                terms.add(key)
                            if not found[key] or found[key][-1].end <= span.start:
                                found[key].append(span)
        return found, terms

    def _candidate(self, run: list[Token], func: list[bool], i: int, j: int, exempt: set[str]) -> bool:
        """run[i:j]: content words at the edges (or a closing preposition), enough of them, not all exempt."""
        if func[i]:
            return False
        if func[j - 1] and not (j - i > 2 and run[j - 1].text.lower() in PREPOSITIONS):
            return False
        content = [run[k] for k in range(i, j) if not func[k]]
        if len(content) < self.min_words:
            return False
        return not all(t.stem in exempt for t in content)

    def report(self, context: Context, found: dict[tuple, list[Span]], terms: set) -> Iterator[Hit]:
        """Longest phrases first; a shorter one only where no longer one was; overlaps merged."""
        claimed = bytearray(len(context.text))  # 1 where a reported phrase already covers
        hits: list[tuple[Span, int, int]] = []  # span, count, first use's offset
        ranked = sorted(found.items(), key=lambda kv: (-len(kv[0]), kv[1][0].start))
        for key, spans in ranked:
            needed = self.term_min_count if key in terms else self.min_count
            if len(spans) < needed or tuple(_content(key)) in self.exceptions:
                continue
            fresh = [s for s in spans[1:] if 0 in claimed[s.start : s.end]]
            if fresh:
                for s in spans:
                    claimed[s.start : s.end] = b"\x01" * len(s)
                hits.extend((s, len(spans), spans[0].start) for s in fresh)
        for span, count, first in _merged(hits):
            yield Hit(span.start, span.end, {"count": count, "first_line": context.doc.position(first)[0]})


def _is_term(window: list[Token]) -> bool:
    """Two content words side by side, perhaps with a closing preposition: "stock market (in)".

    A past participle first ("sparked debate over", "raised questions about") makes
    it a frame rather than a term.
    """
    content = [t for t in window if not is_function_word(t)]
    return (
        len(content) == 2 and window[0] is content[0] and window[1] is content[1]
        and not content[0].text.lower().endswith("ed")
    )


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
