"""coverage: content words of a unit (a headline) that appear nowhere else in the document.

A headline promises what the article reports. When a content word of the headline
("Key", "Collapse", "Banned") is nowhere in the body, the headline may claim more
than the story supports, or the story lost the fact the headline rests on.

Words are compared by a light stem: lower case, a plural, possessive, "-ed" or
"-ing" ending and a final "e" taken off, then the first `stem` letters (5 by default), so
"Criticized" is found in "criticism" and "Exchange" in "exchanges". Words shorter
than `min_length`, numbers written as words, and function words (a built-in list
plus the rule's `stopwords`, which also stop every word with the same stem) are
never counted; hyphenated words count by parts.
A unit is flagged only when at least `min_absent` of its words are missing, and
then each missing word is a hit. A document with fewer than `min_context_words`
words outside the unit (a brief, a caption) is not judged: it is too short to carry
every fact of its headline.

Message fields: `match` (the word), `count` (missing words in the unit), `total`
(content words in the unit).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..findings import Hit, Span
from .base import Context
from .options import Options

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("s", ""))
FUNCTION_WORDS = frozenset("""
a about above after again against all also am among an and another any anyone anything are as at be because been
before being beyond everyone everything nobody nothing someone something
below between both but by can could did do does down during each either else ever every few for from had has
have he her here hers him his how however i if in into is it its itself just many may me might more most much
must my neither never no nor not now of off on once one only onto or other our out over own same she should
since so some such than that the their them then there these they this those though through thus to too toward
towards under until up upon us very via was we were what when where whether which while who whom whose why
will with within without would yet you your
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million
billion first second third new says say said told
""".split())


@dataclass(frozen=True)
class Coverage:
    """A hit on each content word of a unit that the rest of the document never uses."""

    stem_length: int
    min_length: int
    min_absent: int
    stopwords: frozenset[str]
    min_context: int = 0
    fields = ("match", "count", "total")
    scopes = ("headline",)

    @classmethod
    def from_options(cls, options: Options) -> "Coverage":
        """Read the stem length, the shortest word counted and the trigger count."""
        stem_length = options.int("stem", 5, minimum=3)
        min_length = options.int("min_length", 3, minimum=1)
        min_absent = options.int("min_absent", 1, minimum=1)
        extra = options.str_list("stopwords")
        min_context = options.int("min_context_words", 0, minimum=0)
        options.finish()
        rule = cls(stem_length, min_length, min_absent, frozenset())
        words = FUNCTION_WORDS | {w.lower() for w in extra}
        return cls(stem_length, min_length, min_absent, frozenset(words | {rule.stem(w) for w in extra}), min_context)

    def run(self, context: Context) -> Iterator[Hit]:
        """Compare each unit's content words with the stems used everywhere else."""
        for unit in context.units:
            words = [m for m in _WORD.finditer(context.text, unit.start, unit.end) if self.counts(m.group())]
            if not words:
                continue
            elsewhere, size = self.stems_outside(context.text, unit)
            if not size or size < self.min_context:
                continue  # a brief or a bare headline is too short to test the headline against
            missing = [m for m in words if self.stem(m.group()) not in elsewhere]
            if len(missing) < self.min_absent:
                continue
            for m in missing:
                yield Hit(m.start(), m.end(), {"count": len(missing), "total": len(words)})

    def counts(self, word: str) -> bool:
        """True for a content word: long enough, not a function word, not a plain number."""
        low = word.lower().replace("’", "'")
        if len(low) < self.min_length or low.isdigit():
            return False
        return low not in self.stopwords and self.stem(low) not in self.stopwords

    def stem(self, word: str) -> str:
        """Lower case, common endings removed, cut to `stem_length` letters."""
        return _stem(word, self.stem_length)

    def stems_outside(self, text: str, unit: Span) -> tuple[set[str], int]:
        """Stems of every word before and after the unit, and how many words there are."""
        words = [m.group() for m in _WORD.finditer(text, 0, unit.start)]
        words += [m.group() for m in _WORD.finditer(text, unit.end)]
        return {self.stem(w) for w in words}, len(words)


@lru_cache(maxsize=1 << 16)
def _stem(word: str, length: int) -> str:
    """Memoized: every word of every article is stemmed, and news reuses its words."""
    w = word.lower().replace("’", "'")
    w = w[:-2] if w.endswith("'s") else w
    for suffix, repl in _ENDINGS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]  # "price" and "prices" meet at "pric"
    return w[:length]
