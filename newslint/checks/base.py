"""What every check kind shares: the context it runs in, and helpers for exceptions.

A kind is a frozen class with `from_options(options)` (validate and compile once)
and `run(context) -> Iterator[Hit]`. It knows nothing of ids, severities or messages:
the engine stamps those on each hit.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Iterator, Protocol

from ..document import Document
from ..findings import Hit, Span
from .options import Options


@dataclass(frozen=True)
class Context:
    """One rule's view of one document.

    `text` has the same length as the document's text; regions the rule must not see
    (code, front matter, and direct quotations unless the rule opts in) are blanked.
    `units` are the spans of the rule's scope, in text order.
    """

    doc: Document
    text: str
    units: tuple[Span, ...]


class Check(Protocol):
    """The interface of a check kind (see checks/__init__.py for the registry)."""

    fields: tuple[str, ...]  # names a rule's message template may use
    scopes: tuple[str, ...]  # the scopes its rules suit, as docs/check-kinds.md says (not enforced)

    @classmethod
    def from_options(cls, options: Options) -> "Check": ...

    def run(self, context: Context) -> Iterator[Hit]: ...


def drop_excepted(hits: list[tuple[int, int]], exceptions, text: str, unit: Span) -> list[tuple[int, int]]:
    """Remove matches that overlap a match of the rule's `exceptions` matcher in the same unit."""
    if not hits or exceptions is None:
        return hits
    blocked = list(exceptions.finditer(text, unit.start, unit.end))
    if not blocked:
        return hits
    ends = [be for _, be in blocked]  # matches come in text order and never overlap: ends are sorted too
    if any(a > b for a, b in zip(ends, ends[1:])):
        return [(s, e) for s, e in hits if not any(bs < e and s < be for bs, be in blocked)]
    kept = []
    for s, e in hits:
        i = bisect.bisect_right(ends, s)  # the first exception ending after s: if it starts after e, so do the rest
        if not (i < len(blocked) and blocked[i][0] < e):
            kept.append((s, e))
    return kept


def inside_units(units: tuple[Span, ...]) -> Callable[[Span], bool]:
    """A test for "the span lies inside one of `units`", by bisection when they are in text order.

    Kinds that walk the document's attributions ask it once per attribution; testing every
    unit each time made them quadratic in the article's length (measured: docs/performance.md).
    """
    starts = [u.start for u in units]
    if any(a.end > b.start for a, b in zip(units, units[1:])):  # not in order, or overlapping: test each
        return lambda span: any(u.contains(span) for u in units)

    def inside(span: Span) -> bool:
        i = bisect.bisect_right(starts, span.start) - 1
        return i >= 0 and units[i].contains(span)

    return inside
