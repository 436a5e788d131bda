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


@dataclass(frozen=True, slots=True)
class Token:
    """One word or mark: offsets into the document's text, its text, whether it is quoted, and
    `lower`: the text in lower case with straight apostrophes (the lexicon's key)."""

    start: int
    end: int
    text: str
    quoted: bool = False
    lower: str = ""

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
    inside = [(q.start, q.end) for q in quotes if q.overlaps(span)]
    out = []
    for m in _TOKEN.finditer(text, span.start, span.end):
        s, e = m.span()
        word = m.group()
        quoted = bool(inside) and any(qs <= s and e <= qe for qs, qe in inside)
        out.append(Token(s, e, word, quoted, word.lower().replace("’", "'")))
    return out


def span_of(tokens: list[Token]) -> Span:
    """The span from the first token's start to the last token's end."""
    return Span(tokens[0].start, tokens[-1].end)
