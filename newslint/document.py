"""Document: an article's text with its headline, paragraphs, sentences and quotations.

Every structural element is a Span into `text`, the file's own text decoded as UTF-8
with no newline translation. Readers decide which regions are never linted (front
matter, code, comments, link URLs) and pass them as `skipped`; the Document derives
the rest.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from . import segment
from .findings import Span

if TYPE_CHECKING:  # pragma: no cover
    from .attribution import Attribution, Entity

SCOPES = ("headline", "sentence", "paragraph", "document")


def blank_out(text: str, spans: tuple[Span, ...] | list[Span]) -> str:
    """Replace every character inside `spans` with a space, keeping line breaks and length."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class LineIndex:
    """Maps offsets to 1-based (line, column); `\\n`, `\\r\\n` and a lone `\\r` end a line."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "LineIndex":
        """Index the line starts of `text`."""
        return cls((0, *(m.end() for m in _LINE_END.finditer(text))))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset` (columns count code points)."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


@dataclass(frozen=True)
class Document:
    """An article ready for linting; build it with `Document.build` or a reader."""

    text: str
    path: str | None
    headline: Span | None
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    quotes: tuple[Span, ...]
    skipped: tuple[Span, ...] = ()
    lintable: str = field(default="", repr=False)
    markup: str = "text"
    entities: "tuple[Entity, ...]" = field(default=(), repr=False)

    @classmethod
    def build(
        cls,
        text: str,
        path: str | None = None,
        *,
        headline: Span | None = None,
        blocks: list[Span] | None = None,
        skipped: tuple[Span, ...] = (),
        markup: str = "text",
    ) -> "Document":
        """Derive sentences and quotations from the reader's blocks (paragraphs)."""
        lintable = blank_out(text, skipped)
        if blocks is None:
            blocks = segment.paragraphs(lintable)
        sentences: list[Span] = []
        quotes: list[Span] = []
        for block in blocks:
            sentences.extend(segment.sentences(lintable, block))
            quotes.extend(segment.quotations(lintable, block))
        if headline is not None:
            quotes[:0] = segment.quotations(lintable, headline)
        return cls(
            text=text,
            path=path,
            headline=headline,
            paragraphs=tuple(blocks),
            sentences=tuple(sentences),
            quotes=tuple(quotes),
            skipped=tuple(skipped),
            lintable=lintable,
            markup=markup,
        )

    @cached_property
    def derived(self) -> dict:
        """Scratch space for values several kinds derive from this document (tokens, stems), keyed by the
        module that fills it: computed once per document instead of once per rule."""
        return {}

    def release(self) -> None:
        """Forget what was derived for the rules (tokens): a run keeps every document until it reports."""
        self.__dict__.pop("derived", None)

    def __getstate__(self) -> dict:
        """Pickle the fields only: derived views and caches are rebuilt on demand (workers send results back)."""
        return {f: self.__dict__[f] for f in self.__dataclass_fields__}

    @cached_property
    def prose(self) -> str:
        """The lintable text with direct quotations blanked out: the writer's own words."""
        return blank_out(self.lintable, self.quotes)

    @cached_property
    def lines(self) -> LineIndex:
        """Line starts, for reporters."""
        return LineIndex.of(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        return self.lines.position(offset)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of the body's sentences, for bisecting."""
        return [s.start for s in self.sentences]

    def units(self, scope: str) -> tuple[Span, ...]:
        """The spans a rule of the given scope looks at, in text order.

        `sentence` includes the headline as its first unit: a headline is read as one
        sentence. `paragraph` is the body's paragraphs; `document` the whole text from
        its first to its last lintable character (never a byte-order mark or front matter).
        """
        head = (self.headline,) if self.headline else ()
        if scope == "sentence":
            return head + self.sentences
        if scope == "paragraph":
            return self.paragraphs
        if scope == "headline":
            return head
        if scope == "document":
            return self._whole
        raise ValueError(f"unknown scope {scope!r}")

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence (or headline) containing `offset`, if any."""
        units = self.units("sentence")
        i = bisect.bisect_right(self._unit_starts, offset) - 1
        if i >= 0 and units[i].start <= offset < max(units[i].end, units[i].start + 1):
            return units[i]
        return None

    @cached_property
    def _whole(self) -> tuple[Span, ...]:
        spans: list[Span] = []
        segment.add_trimmed(self.lintable, 0, len(self.lintable), spans)
        return tuple(spans)

    @cached_property
    def _unit_starts(self) -> list[int]:
        return [u.start for u in self.units("sentence")]

    def in_quote(self, span: Span) -> bool:
        """True when the span lies inside a direct quotation."""
        return any(q.contains(span) for q in self.quotes)

    def slice(self, span: Span) -> str:
        """The document's own text of a span."""
        return self.text[span.start : span.end]

    def with_entities(self, entities: "tuple[Entity, ...]") -> "Document":
        """A copy whose attribution model also knows these people and organisations (from config)."""
        from dataclasses import replace

        return replace(self, entities=tuple(entities)) if entities else self

    @cached_property
    def attributions(self) -> "tuple[Attribution, ...]":
        """Who says what, found by pattern analysis of the sentences (see attribution.py)."""
        from .attribution import find_attributions

        return tuple(find_attributions(self))
