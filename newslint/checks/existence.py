"""existence: flag any of a list of phrases or RE2 patterns (vague sources, clichés, hedges)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit
from .base import Context, drop_excepted
from .lexicon import read_lexicon
from .options import Options
from .phrases import Matcher, compile_matcher


@dataclass(frozen=True)
class PhraseOptions:
    """The options every phrase-list kind shares (existence, density), read before `finish()`.

    `tokens`, `patterns` and the named `lexicon` make the matcher; `exceptions` and
    `exception_patterns` make the matcher whose matches cancel overlapping hits.
    """

    tokens: tuple[str, ...]
    patterns: tuple[str, ...]
    exc_tokens: tuple[str, ...]
    exc_patterns: tuple[str, ...]
    ignore_case: bool
    whole_words: bool

    @classmethod
    def read(cls, options: Options) -> "PhraseOptions":
        """Read the shared options; compile them with `compile` after `options.finish()`."""
        ignore_case = options.bool("ignore_case", True)
        whole_words = options.bool("whole_words", True)
        tokens = options.str_list("tokens")
        patterns = options.str_list("patterns")
        lexicon = read_lexicon(options)
        return cls(
            tuple(tokens) + lexicon.tokens, tuple(patterns) + lexicon.patterns,
            tuple(options.str_list("exceptions")), tuple(options.str_list("exception_patterns")),
            ignore_case, whole_words,
        )

    def compile(self, options: Options) -> tuple[Matcher, Matcher | None]:
        """The matcher and the exceptions matcher; an empty list is a located error."""
        matcher = compile_matcher(
            options, list(self.tokens), list(self.patterns), ignore_case=self.ignore_case, whole_words=self.whole_words
        )
        if matcher is None:
            raise options.error("tokens", "or 'patterns' or 'lexicon' must list at least one entry")
        exceptions = compile_matcher(
            options, list(self.exc_tokens), list(self.exc_patterns),
            ignore_case=self.ignore_case, patterns_option="exception_patterns",
        )
        return matcher, exceptions


@dataclass(frozen=True)
class Existence:
    """Every match of the rule's tokens or patterns is a hit, unless an exception covers it.

    Options: `tokens` (phrases), `patterns` (RE2), `lexicon` (a shared list in
    rules/_lexicon), `exceptions` and `exception_patterns` (matches that cancel
    overlapping hits), `ignore_case` (default true), `whole_words` (default true).
    """

    matcher: Matcher
    exceptions: Matcher | None
    fields = ("match",)
    scopes = ("headline", "sentence", "paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Existence":
        """Compile the rule's phrases and patterns into one matcher."""
        phrases = PhraseOptions.read(options)
        options.finish()
        matcher, exceptions = phrases.compile(options)
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
