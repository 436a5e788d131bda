"""Compile phrase lists and user patterns into one RE2 matcher, once per rule.

RE2 runs in time linear in the input whatever a rule author writes, so a pattern in
a house-style pack cannot hang CI; one alternation of all of a rule's phrases is
matched in a single pass (measured: docs/performance.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ..errors import RuleError
from .options import Options

_APOSTROPHE = re.compile("['’]")


def _re2():
    import re2

    return re2


def phrase_pattern(phrase: str) -> str:
    """A regex for a literal phrase: any run of white space, either apostrophe."""
    escaped = r"\s+".join(map(re.escape, phrase.split()))  # one escape per word: rule packs compile at every start
    if "'" in escaped or "’" in escaped:
        escaped = _APOSTROPHE.sub("['’]", escaped)
    return escaped


def normalize(text: str) -> str:
    """The lookup key of a matched phrase: lower case, one space, straight apostrophes."""
    return " ".join(text.replace("’", "'").split()).lower()


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class Matcher:
    """One compiled alternation; yields (start, end) of matches inside a window."""

    regex: object
    whole_words: bool
    _last: list = field(default_factory=lambda: [None], repr=False, compare=False)

    def may_match(self, text: str) -> bool:
        """False when no unit of `text` can have a match: one RE2 call rules out every unit.

        Kinds ask this before their loop over units (most articles match few rules).
        `finditer` does not ask: a kind that calls it for every unit should ask first.
        A match inside a window (with its one character of context) is a match in the
        whole text, so "none in the text" means none in any unit. The answer is kept
        for the last text seen, by identity (the string is held, so it cannot go stale).
        """
        last = self._last[0]
        if last is not None and last[0] is text:
            return last[1]
        found = self.regex.search(text) is not None
        self._last[0] = (text, found)
        return found

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Matches within text[start:end], whole-word checked for non-ASCII letters too.

        google-re2 re-encodes the whole str it is given on every call, so searching one
        sentence of a long text would cost the whole text each time (quadratic; see
        docs/decisions.md). It is given the window instead, with one character of context
        on each side so that \\b and the whole-word test see the neighbours.
        """
        lo, hi = max(0, start - 1), min(len(text), end + 1)
        window = text[lo:hi]
        for m in self.regex.finditer(window, start - lo, end - lo):
            s, e = m.start() + lo, m.end() + lo
            if s == e:
                continue
            if self.whole_words and (
                (s > 0 and _is_word_char(text[s - 1]) and _is_word_char(text[s]))
                or (e < len(text) and _is_word_char(text[e]) and _is_word_char(text[e - 1]))
            ):
                continue
            yield s, e


class Prefilter:
    """One RE2 Set over the matchers of many rules: which of them match a text at all, in one pass.

    The engine seeds each matcher's `may_match` answer with it before the rules run, so
    an article costs one scan for all phrase rules instead of one per rule.
    """

    MIN_MATCHERS = 8  # below this, one search per rule is as quick

    def __init__(self, matchers: list[Matcher]) -> None:  # noqa: D107
        re2 = _re2()
        opts = re2.Options()
        opts.log_errors = False
        opts.max_mem = 64 << 20  # a budget, allocated only as the DFA needs it
        self.matchers = list(matchers)
        self.set = re2.Set.SearchSet(opts)
        for m in self.matchers:
            flags = "" if m.regex.options.case_sensitive else "(?i)"
            self.set.Add(f"(?:{flags}(?:{m.regex.pattern}))")
        self.set.Compile()
        self.index = {id(m): i for i, m in enumerate(self.matchers)}

    def seed(self, text: str, matchers: list[Matcher]) -> None:
        """Record for each of `matchers` (all part of this set) whether it matches `text`."""
        found = set(self.set.Match(text) or ())
        for m in matchers:
            m._last[0] = (text, self.index[id(m)] in found)


def compile_matcher(
    options: Options,
    phrases: list[str],
    patterns: list[str],
    *,
    ignore_case: bool,
    whole_words: bool = True,
    patterns_option: str = "patterns",
) -> Matcher | None:
    """Build the matcher; a pattern RE2 rejects is a RuleError at its own line."""
    re2 = _re2()
    alternatives = [_bounded(p, whole_words) for p in sorted(set(phrases), key=len, reverse=True)]
    where = options.where.child(patterns_option)
    for i, pat in enumerate(patterns):
        try:
            re2.compile(pat, _options(re2, ignore_case))
        except re2.error as exc:
            detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
            raise RuleError(where.item(i), f"pattern is not valid RE2 syntax ({detail}); lookarounds and backreferences are not supported") from None
        alternatives.append(f"(?:{pat})")
    if not alternatives:
        return None
    return Matcher(re2.compile("|".join(alternatives), _options(re2, ignore_case)), whole_words)


def _bounded(phrase: str, whole_words: bool) -> str:
    """The phrase's pattern, anchored at word boundaries where it starts or ends with a word character."""
    pat = phrase_pattern(phrase)
    if whole_words:
        if _is_word_char(phrase.strip()[0]):
            pat = r"\b" + pat
        if _is_word_char(phrase.strip()[-1]):
            pat += r"\b"
    return pat


def _options(re2, ignore_case: bool):
    opts = re2.Options()
    opts.log_errors = False
    opts.case_sensitive = not ignore_case
    return opts
