"""occurrence: a count or readability metric per unit, against a maximum or minimum.

Metrics: `words`, `sentences` (in a paragraph or the document), `characters`,
`matches` (of a `token` RE2 pattern) and `grade` (a grade level). Grade uses
formulas that count letters, words and sentences only (Coleman-Liau by default,
or the Automated Readability Index): they need no pronunciation dictionary, so
they work offline and give the same number everywhere (docs/decisions.md). They are
computed in grade.py, counting as textstat does, without textstat's 0.2 s import.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context
from .options import Options
from .phrases import Matcher, compile_matcher

METRICS = ("words", "sentences", "characters", "matches", "grade")
GRADE_FORMULAS = ("coleman_liau_index", "automated_readability_index")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def count_words(text: str, start: int, end: int) -> int:
    """Words in text[start:end]: runs of letters and digits, joined by apostrophes or hyphens."""
    return len(_WORD.findall(text, start, end))


@dataclass(frozen=True)
class Occurrence:
    """A hit on each unit whose metric is above `max` or below `min`.

    The hit spans the whole unit. A unit with fewer than `min_words` words is not
    measured (readability formulas need a sample of about 100 words). Message
    fields: count (the measured value), max, min, metric.
    """

    metric: str
    maximum: float | None
    minimum: float | None
    token: Matcher | None
    formula: str
    min_words: int = 0
    fields = ("count", "max", "min", "metric")
    scopes = ("headline", "sentence", "paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Occurrence":
        """Validate the metric and its bounds."""
        metric = options.str("metric", "words", choices=METRICS)
        maximum = options.number("max", None)
        minimum = options.number("min", None)
        tokens = options.str_list("tokens")
        patterns = options.str_list("patterns")
        ignore_case = options.bool("ignore_case", True)
        formula = options.str("formula", GRADE_FORMULAS[0], choices=GRADE_FORMULAS)
        min_words = options.int("min_words", 0, minimum=0)
        options.finish()
        if maximum is None and minimum is None:
            raise options.error("max", "or 'min' must be set")
        token = compile_matcher(options, tokens, patterns, ignore_case=ignore_case)
        if metric == "matches" and token is None:
            raise options.error("metric", "'matches' needs 'tokens' or 'patterns'")
        return cls(metric, maximum, minimum, token, formula, min_words)

    def run(self, context: Context) -> Iterator[Hit]:
        """Measure each unit and report those out of bounds."""
        for unit in context.units:
            if self.min_words and count_words(context.text, unit.start, unit.end) < self.min_words:
                continue  # too short to measure: a grade formula needs a sample of prose
            value = self.measure(context, unit)
            too_many = self.maximum is not None and value > self.maximum
            too_few = self.minimum is not None and value < self.minimum
            if too_many or too_few:
                yield Hit(unit.start, unit.end, {
                    "count": _show(value),
                    "max": _show(self.maximum),
                    "min": _show(self.minimum),
                    "metric": self.metric,
                })

    def measure(self, context: Context, unit: Span) -> float:
        """The metric's value for one unit."""
        text = context.text
        if self.metric == "words":
            return count_words(text, unit.start, unit.end)
        if self.metric == "characters":
            return len(text[unit.start : unit.end].strip())
        if self.metric == "sentences":
            starts = context.doc.sentence_starts
            return bisect.bisect_left(starts, unit.end) - bisect.bisect_left(starts, unit.start)
        if self.metric == "matches":
            return sum(1 for _ in self.token.finditer(text, unit.start, unit.end))
        return grade_level(text[unit.start : unit.end], self.formula)


def grade_level(text: str, formula: str) -> float:
    """A grade level by a named formula (the same figure textstat gives)."""
    from .grade import FORMULAS

    return float(FORMULAS[formula](text))


def _show(value: float | None) -> str:
    """Numbers as people write them: 35, not 35.0; 12.3 for fractions."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
