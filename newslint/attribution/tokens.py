"""Words and punctuation of a sentence as offset tokens, the unit the attribution model reads."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Span

# An acronym with dots (U.S., U.N.), a word with inner hyphens or apostrophes (O'Brien, don't,
# Guinea-Bissau), a possessive ending as its own token, or one punctuation mark.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,:]\d+)*"
    r"|[^\W_]+(?:-[^\W_]+)*(?:['’](?![sS]\b)[^\W_]+)*"
    r"|['’][sS]\b"
    r"|[^\w\s]"
)


@dataclass(frozen=True)
class Token:
    """One word or mark: offsets into the document's text, its text, and whether it is quoted."""

    start: int
    end: int
    text: str
    quoted: bool = False

    @property
    def lower(self) -> str:
        """The text in lower case with straight apostrophes: the lexicon's key."""
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        """True for words, numbers and acronyms; false for punctuation and possessive endings."""
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """True when the word starts with an upper-case letter."""
        return self.text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        """True for the possessive ending "'s"."""
        return self.lower == "'s"


def tokenize(text: str, span: Span, quotes: tuple[Span, ...] = ()) -> list[Token]:
    """The tokens of text[span], each marked as quoted when it lies inside one of `quotes`."""
    inside = [q for q in quotes if q.overlaps(span)]
    out = []
    for m in _TOKEN.finditer(text, span.start, span.end):
        s, e = m.span()
        quoted = any(q.start <= s and e <= q.end for q in inside)
        out.append(Token(s, e, m.group(), quoted))
    return out


def span_of(tokens: list[Token]) -> Span:
    """The span from the first token's start to the last token's end."""
    return Span(tokens[0].start, tokens[-1].end)
