"""headline_copy: the headline pasted again into the body, as its own line or as the lede's opening.

A CMS or a copy-paste often leaves the headline twice. Copies are compared folded
(case, punctuation and curly quotes ignored) with rapidfuzz's `ratio`, so a copy with
one word changed is still found. In Markdown, a front-matter title repeated by the
first `#` heading is the convention and is left alone; any later copy is not.
Each hit carries a fix that deletes the copy with the line break and blank lines
after it, so a second run of --fix finds nothing more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..document import Document
from ..findings import Edit, Hit, Span
from ..segment import OPENERS, add_trimmed
from .base import Context
from .options import Options

_HEADING_LINE = re.compile(r"[ ]{0,3}#{1,6}[ \t]")
_MARKUP_BEFORE = re.compile(r"[ \t#>]*")


@dataclass(frozen=True)
class HeadlineCopy:
    """A hit on each body line, or opening of the first paragraph, alike to the headline.

    Options: `threshold` (0-100, default 85), `min_words` (headlines shorter than this
    are not looked for: a one-word label such as "Analysis" repeats by design).
    Message fields: line (the headline's line), score.
    """

    threshold: float
    min_words: int
    fields = ("line", "score")
    scopes = ("headline",)

    @classmethod
    def from_options(cls, options: Options) -> "HeadlineCopy":
        """Read the threshold and length floor."""
        threshold = options.number("threshold", 85, minimum=1, maximum=100)
        min_words = options.int("min_words", 3, minimum=1)
        options.finish()
        return cls(threshold, min_words)

    def run(self, context: Context) -> Iterator[Hit]:
        """Compare each candidate copy with the headline."""
        doc = context.doc
        if doc.headline is None:
            return
        text = doc.lintable  # quotation marks in a headline are part of its copy
        head = fold(text[doc.headline.start : doc.headline.end])
        if len(head.split()) < self.min_words:
            return
        exempt = _title_heading(doc)
        line = doc.position(doc.headline.start)[0]
        found: list[Span] = []
        for copy in candidates(doc, text, len(head.split())):
            if copy == exempt or any(copy.overlaps(f) for f in found):
                continue
            score = _ratio(fold(text[copy.start : copy.end]), head)
            if score >= self.threshold:
                found.append(copy)
                yield Hit(copy.start, copy.end, {"line": line, "score": int(score)}, fix=removal(doc.text, copy))


def fold(text: str) -> str:
    """Lower case, punctuation and apostrophes removed, one space between words."""
    from rapidfuzz.utils import default_process

    return default_process(text.replace("’", "").replace("'", ""))


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


def candidates(doc: Document, text: str, words: int) -> Iterator[Span]:
    """Every line of every body paragraph, then the first paragraph's opening sentence or words."""
    for para in doc.paragraphs:
        for line in _lines(text, para):
            yield line
    if not doc.paragraphs:
        return
    first = doc.paragraphs[0]
    sentence = next((s for s in doc.sentences if first.contains(s)), None)
    if sentence is not None and sentence.end < first.end:
        yield sentence
    opening = _opening_words(text, first, words)
    if opening is not None:
        yield opening


def _lines(text: str, para: Span) -> list[Span]:
    """The trimmed lines of a paragraph."""
    out: list[Span] = []
    pos = para.start
    for m in re.finditer(r"\r\n|\r|\n", text[para.start : para.end]):
        add_trimmed(text, pos, para.start + m.start(), out)
        pos = para.start + m.end()
    add_trimmed(text, pos, para.end, out)
    return out


def _opening_words(text: str, para: Span, words: int) -> Span | None:
    """The paragraph's first `words` words when a capitalized sentence opener follows them.

    "Soldiers Return Home The arrival of..." is a headline glued to the lede; a lede
    that merely echoes the headline's words ("Soldiers returned home on Friday") is not.
    """
    found = list(re.finditer(r"\S+", text[para.start : para.end]))
    if len(found) <= words:
        return None
    nxt = found[words].group().strip("\"'“‘(")
    if nxt not in OPENERS:
        return None
    return Span(para.start + found[0].start(), para.start + found[words - 1].end())


def _title_heading(doc: Document) -> Span | None:
    """In Markdown with a front-matter title, the first `#` heading (which may repeat it)."""
    if doc.markup != "markdown" or doc.headline is None or not doc.paragraphs:
        return None
    if doc.headline.start > doc.paragraphs[0].start:
        return None  # the headline is itself the first heading
    for para in doc.paragraphs:
        line_start = doc.text.rfind("\n", 0, para.start) + 1
        if _HEADING_LINE.match(doc.text, line_start):
            return para
    return None


def removal(text: str, copy: Span) -> Edit:
    """Delete the copy, with any markup before it on its line and the white space after it.

    White space after a copy that ends its line is removed through the next line's
    start; a copy that ends the file takes the white space before it instead.
    """
    line_start = max(text.rfind("\n", 0, copy.start), text.rfind("\r", 0, copy.start)) + 1
    start = line_start if _MARKUP_BEFORE.fullmatch(text, line_start, copy.start) else copy.start
    end = copy.end
    while end < len(text) and text[end].isspace():
        end += 1
    if end == len(text):
        before = start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        return Edit(before, copy.end, "")
    gap = text[copy.end : end]
    last_break = max(gap.rfind("\n"), gap.rfind("\r"))
    if last_break >= 0:
        end = copy.end + last_break + 1
    return Edit(start, end, "")
