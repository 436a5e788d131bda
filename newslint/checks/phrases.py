"""Compile phrase lists and user patterns into one RE2 matcher, once per rule.

RE2 runs in time linear in the input whatever a rule author writes, so a pattern in
a house-style pack cannot hang CI; one alternation of all of a rule's phrases is
matched in a single pass (measured: docs/performance.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..errors import RuleError
from .options import Options

_APOSTROPHE = re.compile("['’]")


def _re2():
    import re2

    return re2


def phrase_pattern(phrase: str) -> str:
    """A regex for a literal phrase: any run of white space, either apostrophe."""
    escaped = r"\s+".join(map(re.escape, phrase.split()))
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

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Matches within text[start:end], whole-word checked for non-ASCII letters too.

        The window is matched as a string of its own (so `^` and `$` mark its edges):
        the RE2 binding re-encodes and re-scans the whole string it is given on every
        call, which made matching unit by unit quadratic in the article's length.
        """
        for m in self.regex.finditer(text[start:end]):
            s, e = m.span()
            if s == e:
                continue
            s, e = s + start, e + start
            if self.whole_words and (
                (s > 0 and _is_word_char(text[s - 1]) and _is_word_char(text[s]))
                or (e < len(text) and _is_word_char(text[e]) and _is_word_char(text[e - 1]))
            ):
                continue
            yield s, e


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
