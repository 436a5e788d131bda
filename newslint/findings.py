"""The values that flow out of the engine: spans, hits from checks, findings for reporters.

Everything here is a frozen dataclass holding character offsets into the file's own text.
Line and column numbers are derived later, by reporters, from the Document.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Severity(enum.IntEnum):
    """How much a finding matters; the order lets `--fail-on` compare them."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        """Severity from its lower-case name; raises ValueError on anything else."""
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(name) from None

    def __str__(self) -> str:
        return self.name.lower()


SEVERITY_NAMES = tuple(str(s) for s in Severity)


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range [start, end) of code points in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        """True when `other` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        """True when the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`; how a safe fix is applied."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Hit:
    """What a check reports: a span, values for the rule's message, and advice.

    A check knows nothing of rule ids or severities; the engine stamps those on.
    `fix` is an explicit edit when the repair differs from replacing the span
    with the single suggestion (removing a duplicated headline also removes its
    blank line, for example).
    """

    start: int
    end: int
    args: Mapping[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    fix: Edit | None = None


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one span of one file, ready for a reporter."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    suggestions: tuple[str, ...] = ()
    fix: Edit | None = None
    path: str | None = None

    @property
    def fixable(self) -> bool:
        """True when the finding carries a safe fix."""
        return self.fix is not None
