"""existence: flag any of a list of phrases or RE2 patterns (vague sources, clichés, hedges)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit
from .base import Context, drop_excepted
from .options import Options
from .phrases import Matcher, compile_matcher


@dataclass(frozen=True)
class Existence:
    """Every match of the rule's tokens or patterns is a hit, unless an exception covers it.

    Options: `tokens` (phrases), `patterns` (RE2), `exceptions` (phrases or patterns
    whose matches cancel overlapping hits), `ignore_case` (default true),
    `whole_words` (default true).
    """

    matcher: Matcher
    exceptions: Matcher | None
    fields = ("match",)

    @classmethod
    def from_options(cls, options: Options) -> "Existence":
        """Compile the rule's phrases and patterns into one matcher."""
        ignore_case = options.bool("ignore_case", True)
        whole_words = options.bool("whole_words", True)
        tokens = options.str_list("tokens")
        patterns = options.str_list("patterns")
        exc_tokens = options.str_list("exceptions")
        exc_patterns = options.str_list("exception_patterns")
        options.finish()
        matcher = compile_matcher(options, tokens, patterns, ignore_case=ignore_case, whole_words=whole_words)
        if matcher is None:
            raise options.error("tokens", "or 'patterns' must list at least one entry")
        exceptions = compile_matcher(
            options, exc_tokens, exc_patterns, ignore_case=ignore_case, patterns_option="exception_patterns"
        )
        return cls(matcher, exceptions)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield each match in each unit."""
        text = context.text
        if not self.matcher.may_match(text):
            return
        for unit in context.units:
            hits = list(self.matcher.finditer(text, unit.start, unit.end))
            for start, end in drop_excepted(hits, self.exceptions, text, unit):
                yield Hit(start, end)
