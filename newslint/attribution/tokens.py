"""Words and punctuation of a sentence as offset tokens, the unit the attribution model reads."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple, Sequence

from ..findings import Span

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

# An acronym with dots (U.S., U.N.), a word with inner hyphens or apostrophes (O'Brien, don't,
# Guinea-Bissau), a possessive ending as its own token, or one punctuation mark.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,:]\d+)*"
    r"|[^\W_]+(?:-[^\W_]+)*(?:['’](?![sS]\b)[^\W_]+)*"
    r"|['’][sS]\b"
    r"|[^\w\s]"
)


class Token(NamedTuple):
    """One word or mark: offsets into the document's text, its text, whether it is quoted,
    `lower`: the text in lower case with straight apostrophes (the lexicon's key), and what
    its first character is.

    A named tuple: one is built for every word, and it costs a third of a frozen dataclass."""

    start: int
    end: int
    text: str
    quoted: bool = False
    lower: str = ""
    is_word: bool = False  # words, numbers and acronyms; not punctuation or possessive endings
    is_capitalised: bool = False  # starts with an upper-case letter (fields, not properties: read millions of times)

    @property
    def is_possessive(self) -> bool:
        """True for the possessive ending "'s"."""
        return self.lower == "'s"


def tokenize(text: str, span: Span, quotes: tuple[Span, ...] = ()) -> list[Token]:
    """The tokens of text[span], each marked as quoted when it lies inside one of `quotes`."""
    inside = [(q.start, q.end) for q in near(quotes, span)]
    found = _TOKEN.finditer(text, span.start, span.end)
    if not inside:
        return [Token(m.start(), m.end(), w, False, w.lower().replace("’", "'"), w[0].isalnum(), w[0].isupper())
                for m in found for w in (m.group(),)]
    out = []
    for m in found:
        s, e = m.span()
        word = m.group()
        quoted = any(qs <= s and e <= qe for qs, qe in inside)
        out.append(Token(s, e, word, quoted, word.lower().replace("’", "'"), word[0].isalnum(), word[0].isupper()))
    return out


def sentence_tokens(doc: "Document", text: str) -> list[list[Token]]:
    """The tokens of each of `doc.units("sentence")` in `text`, once per document and view.

    In `doc.lintable` tokens inside quotations are marked `quoted`; in `doc.prose` they are
    blanked already. The attribution finder, the name-variant, contradiction and agentless
    checks all read the same sentences: tokenizing them once per view halves the work.
    """
    units = doc.units("sentence")
    if text is doc.lintable:
        key, quotes = ("attribution", "lintable"), doc.quotes
    elif text is doc.prose:
        key, quotes = ("attribution", "prose"), ()
    else:
        return [tokenize(text, u) for u in units]
    cache = doc.derived
    if key not in cache:
        cache[key] = [tokenize(text, u, quotes) for u in units]
    return cache[key]


def units_tokens(doc: "Document", text: str, units: tuple[Span, ...]) -> list[list[Token]]:
    """Tokens of each unit: the shared sentence tokens when `units` are the sentences, else tokenized here.

    Without `quotes`, as tokenize(text, unit): in the lintable view the shared tokens carry
    `quoted` marks, which callers of this function do not read.
    """
    if units == doc.units("sentence"):
        return sentence_tokens(doc, text)
    return [tokenize(text, u) for u in units]


_INDEX: list = [None]  # (spans, starts, ends) of the last sequence asked about


def near(spans: Sequence[Span], span: Span) -> list[Span]:
    """The spans among `spans` that overlap `span`, found by bisection when `spans` are in text order.

    Attribution asks this of the document's quotations once per sentence and per attribution:
    testing every quotation each time made a long document quadratic (docs/performance.md).
    """
    last = _INDEX[0]
    if last is None or last[0] is not spans:
        starts, ends = [q.start for q in spans], [q.end for q in spans]
        ordered = all(a <= b for a, b in zip(starts, starts[1:])) and all(a <= b for a, b in zip(ends, ends[1:]))
        last = _INDEX[0] = (spans, starts, ends, ordered)
    _, starts, ends, ordered = last
    if not ordered:
        return [q for q in spans if q.overlaps(span)]
    # in order, the spans that end at or after span.start are a suffix and those that start at or
    # before span.end a prefix: every span that overlaps (or lies inside) `span` is in between
    lo, hi = bisect.bisect_left(ends, span.start), bisect.bisect_right(starts, span.end)
    return [q for q in spans[lo:hi] if q.overlaps(span)]


def span_of(tokens: list[Token]) -> Span:
    """The span from the first token's start to the last token's end."""
    return Span(tokens[0].start, tokens[-1].end)
