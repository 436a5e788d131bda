"""density: how thick a unit is with matches, against a limit (stock phrases, passive voice).

One match of a stock phrase is a word to change; twenty in an article are a rewrite.
This kind reports the second case once per unit (usually the document) instead of
twenty times, with the numbers in the message.

Options: the phrase options of `existence` (`tokens`, `patterns`, `lexicon`,
`exceptions`, `exception_patterns`, `ignore_case`, `whole_words`), and

- `per`: `words` (matches per 1,000 words, the default) or `sentences` (the
  percentage of sentences with at least one match);
- `max`: the highest rate allowed;
- `min_count`: a unit with fewer matches than this is never flagged (default 2),
  so one phrase in a short brief is not a trend.

Words and sentences are counted in the text the rule sees: with quotations blanked
(the default), the rate measures the writer's own prose. The hit spans the unit.
Message fields: `count` (matches, or sentences with a match), `total` (words or
sentences), `rate`, `max`, and `examples` (up to three distinct matches, quoted).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context, drop_excepted
from .existence import PhraseOptions
from .occurrence import _show, count_words
from .options import Options
from .phrases import Matcher, normalize

BASES = ("words", "sentences")
MAX_EXAMPLES = 3


@dataclass(frozen=True)
class Density:
    """A hit on each unit whose rate of matches is above `max`."""

    matcher: Matcher
    exceptions: Matcher | None
    per: str
    maximum: float
    min_count: int
    fields = ("count", "total", "rate", "max", "examples")
    scopes = ("paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Density":
        """Read the phrase options, the basis and the limit."""
        phrases = PhraseOptions.read(options)
        per = options.str("per", "words", choices=BASES)
        maximum = options.number("max", None, maximum=100.0 if per == "sentences" else None)
        min_count = options.int("min_count", 2, minimum=1)
        options.finish()
        if maximum is None:
            raise options.error("max", "must be set (the highest rate allowed)")
        matcher, exceptions = phrases.compile(options)
        return cls(matcher, exceptions, per, maximum, min_count)

    def run(self, context: Context) -> Iterator[Hit]:
        """Measure each unit; yield one hit for each unit over the limit."""
        for unit in context.units:
            matches = self.matches(context, unit)
            if self.per == "words":
                count, total = len(matches), count_words(context.text, unit.start, unit.end)
                rate = 1000.0 * count / total if total else 0.0
            else:
                count, total = self.sentences_with_match(context, unit, matches)
                rate = 100.0 * count / total if total else 0.0
            if len(matches) >= self.min_count and rate > self.maximum:
                yield Hit(unit.start, unit.end, {
                    "count": count,
                    "total": total,
                    "rate": _show(round(rate, 1)),
                    "max": _show(self.maximum),
                    "examples": _examples(context.text, matches),
                })

    def matches(self, context: Context, unit: Span) -> list[tuple[int, int]]:
        """The matches inside one unit, exceptions removed."""
        found = list(self.matcher.finditer(context.text, unit.start, unit.end))
        return drop_excepted(found, self.exceptions, context.text, unit)

    @staticmethod
    def sentences_with_match(context: Context, unit: Span, matches: list[tuple[int, int]]) -> tuple[int, int]:
        """(sentences holding a match, sentences with any words the rule sees) inside the unit."""
        sentences = context.doc.sentences
        starts = context.doc.sentence_starts
        first, last = bisect.bisect_left(starts, unit.start), bisect.bisect_left(starts, unit.end)
        inside = [s for s in sentences[first:last] if s.end <= unit.end and count_words(context.text, s.start, s.end)]
        starts = sorted(a for a, _ in matches)
        hit = sum(1 for s in inside if _any_in(starts, s.start, s.end))
        return hit, len(inside)


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """True when a sorted list has a value in [lo, hi): by bisection, not a scan per sentence."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _examples(text: str, matches: list[tuple[int, int]]) -> str:
    """Up to three distinct matched phrases, most frequent first, quoted: 'a', 'b', 'c'."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for start, end in matches:
        key = normalize(text[start:end])
        counts[key] = counts.get(key, 0) + 1
        shown.setdefault(key, " ".join(text[start:end].split()))
    top = sorted(counts, key=lambda k: -counts[k])[:MAX_EXAMPLES]
    return ", ".join(f"'{shown[k]}'" for k in top)
