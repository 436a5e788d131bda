"""case_style: a unit (a headline) in the house's capitalisation, sentence case or title case.

Sentence case (AP and BBC headlines) capitalises the first word and proper nouns.
A checker cannot tell a proper noun from a capitalised common word, so in sentence
mode a headline is flagged only when every word that could be lower case is
capitalised and there are at least `min_words` of them: "Russian Soldiers Return
in Key Prisoner Exchange" is title case, "Barack Obama meets Angela Merkel" is not.

Title case capitalises every word except `minor_words` (articles, short
conjunctions and prepositions; AP's list by default), which stay lower case unless
they open the headline or follow a colon. It is mechanical, so in title mode the
hit suggests the headline recased.

The first word, the word after a colon, dash or question mark, words in capitals
(acronyms), words with a capital inside ("iPhone", "McDonald") and numbers are never
counted. Message fields: `style`, `count` (words cased against the style), `total`
(words checked), `words` (up to four of them, quoted) and `advice`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit
from .base import Context
from .options import Options

STYLES = ("sentence", "title")
AP_MINOR_WORDS = ("a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "per", "the", "to", "v", "via", "vs")
ADVICE = {
    "sentence": "capitalise only the first word and proper nouns",
    "title": "capitalise every word except short articles, conjunctions and prepositions",
}
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_CLAUSE_BREAK = re.compile(r"[:?!—–]|\s-\s")
MAX_SHOWN = 4


@dataclass(frozen=True)
class CaseStyle:
    """A hit on each unit whose capitalisation breaks the configured style."""

    style: str
    minor: frozenset[str]
    min_words: int
    fields = ("style", "count", "total", "words", "advice")
    scopes = ("headline",)

    @classmethod
    def from_options(cls, options: Options) -> "CaseStyle":
        """Read the style, the minor words and the smallest headline judged (sentence mode)."""
        style = options.str("style", "sentence", choices=STYLES)
        minor = options.str_list("minor_words", default=AP_MINOR_WORDS)
        min_words = options.int("min_words", 3, minimum=1)
        options.finish()
        return cls(style, frozenset(w.lower() for w in minor), min_words)

    def run(self, context: Context) -> Iterator[Hit]:
        """Judge each unit's words against the style."""
        for unit in context.units:
            words = list(self.words(context.text, unit.start, unit.end))
            wrong = self.sentence_case(words) if self.style == "sentence" else self.title_case(words)
            if not wrong:
                continue
            args = {
                "style": f"{self.style} case",
                "count": len(wrong),
                "total": sum(1 for _, _, w in words if self.judged(w)),
                "words": _quoted([w for _, _, w in wrong]),
                "advice": ADVICE[self.style],
            }
            suggestion = ()
            if self.style == "title":
                suggestion = (_recased(context.doc.text, unit.start, unit.end, wrong),)
            yield Hit(unit.start, unit.end, args, suggestion)

    @staticmethod
    def words(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """(start, end, word) for every word that does not open the unit or a clause."""
        opening = True
        pos = start
        for m in _WORD.finditer(text, start, end):
            if _CLAUSE_BREAK.search(text, pos, m.start()):
                opening = True
            pos = m.end()
            word = m.group().rstrip(".")
            if not opening:
                yield m.start(), m.start() + len(word), word
            opening = False

    @staticmethod
    def judged(word: str) -> bool:
        """Words whose case says something: not acronyms, not mixed case like 'iPhone'."""
        letters = [c for c in word if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return False
        return not any(c.isupper() for c in letters[1:])

    def sentence_case(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Capitalised words, when every word that could be lower case is capitalised."""
        judged = [w for w in words if self.judged(w[2]) and w[2].lower() not in self.minor]
        capitalised = [w for w in judged if w[2][0].isupper()]
        minor_caps = [w for w in words if self.judged(w[2]) and w[2].lower() in self.minor and w[2][0].isupper()]
        if len(capitalised) == len(judged) and len(capitalised) >= self.min_words:
            return sorted(capitalised + minor_caps)
        return []

    def title_case(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Minor words capitalised, or other words left lower case (the last word is never minor)."""
        wrong = []
        for i, (s, e, word) in enumerate(words):
            if not self.judged(word):
                continue
            minor = word.lower() in self.minor and i < len(words) - 1
            if word[0].isupper() == minor:
                wrong.append((s, e, word))
        return wrong


def _quoted(words: list[str]) -> str:
    """'A', 'B', 'C', 'D' and 2 more."""
    shown = ", ".join(f"'{w}'" for w in words[:MAX_SHOWN])
    more = len(words) - MAX_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _recased(text: str, start: int, end: int, wrong: list[tuple[int, int, str]]) -> str:
    """The unit's text with each wrongly cased word's first letter flipped."""
    chars = list(text[start:end])
    for s, _, word in wrong:
        i = s - start
        chars[i] = chars[i].lower() if word[0].isupper() else chars[i].upper()
    return "".join(chars)
