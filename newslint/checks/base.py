"""What every check kind shares: the context it runs in, and helpers for exceptions.

A kind is a frozen class with `from_options(options)` (validate and compile once)
and `run(context) -> Iterator[Hit]`. It knows nothing of ids, severities or messages:
the engine stamps those on each hit.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Protocol

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
    return [(s, e) for s, e in hits if not any(bs < e and s < be for bs, be in blocked)]
