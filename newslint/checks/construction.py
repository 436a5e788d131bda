"""construction: a rhetorical frame, written as RE2 patterns, used more often than a limit allows.

One "X, while Y, Z" or "remains to be seen" reads as style; the same frame again in
the same article reads as a template. The frame is data: each rule lists the
patterns of one construction and a limit, so adding a frame needs no Python.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..errors import RuleError
from ..findings import Hit
from .base import Context
from .options import Options
from .phrases import _options, _re2


@dataclass(frozen=True)
class Construction:
    """A hit on each use of the frame after the first `max` uses in the article.

    Options: `patterns` (RE2; when a pattern has a capturing group, the hit spans
    group 1, so the frame can be matched with its context and flagged on its core),
    `max` (uses allowed per article, default 1), `ignore_case` (default true).
    Uses are counted over all of the rule's units together, in text order.
    Message fields: count (uses in the article), max, nth (this use's rank),
    first_line (line of the first use).
    """

    patterns: tuple
    maximum: int
    fields = ("count", "max", "nth", "first_line", "match")
    scopes = ("document",)

    @classmethod
    def from_options(cls, options: Options) -> "Construction":
        """Compile each pattern on its own (so group 1 keeps its meaning)."""
        patterns = options.str_list("patterns", required=True)
        maximum = options.int("max", 1)
        ignore_case = options.bool("ignore_case", True)
        options.finish()
        re2 = _re2()
        where = options.where.child("patterns")
        compiled = []
        for i, pat in enumerate(patterns):
            try:
                compiled.append(re2.compile(pat, _options(re2, ignore_case)))
            except re2.error as exc:
                detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
                raise RuleError(
                    where.item(i),
                    f"pattern is not valid RE2 syntax ({detail}); lookarounds and backreferences are not supported",
                ) from None
        return cls(tuple(compiled), maximum)

    def run(self, context: Context) -> Iterator[Hit]:
        """Collect every use in text order, then report those beyond the limit."""
        uses = sorted(set(self.uses(context)))
        if len(uses) <= self.maximum:
            return
        first_line = context.doc.position(uses[0][0])[0]
        for nth, (start, end) in enumerate(uses, start=1):
            if nth > self.maximum:
                yield Hit(start, end, {
                    "count": len(uses), "max": self.maximum, "nth": _ordinal(nth), "first_line": first_line,
                })

    def uses(self, context: Context) -> Iterator[tuple[int, int]]:
        """(start, end) of each use of any pattern, group 1 when the pattern has one."""
        text = context.text
        for unit in context.units:
            taken: list[tuple[int, int]] = []
            for regex in self.patterns:
                group = 1 if regex.groups else 0
                for m in regex.finditer(text, unit.start, unit.end):
                    s, e = m.span(group)
                    if s < e and not any(s < te and ts < e for ts, te in taken):
                        taken.append((s, e))
            yield from taken


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
