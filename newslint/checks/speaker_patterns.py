"""Speaker patterns: a small language for describing sources, shared by check kinds.

A pattern is words separated by spaces, matched against the start of a speaker's phrase
(lower case, single spaces, straight apostrophes):

- a plain word matches itself: ``person familiar with``;
- ``{name}`` matches any entry of the rule's list ``lists: {name: [...]}``;
- ``*`` matches up to two words without digits (adjectives: "some *independent* analysts").

A pattern must match the whole phrase, or its start up to a post-modifier ("critics *of the
plan*", "a source *in the group*"); an entry ending in a preposition ("familiar with") may be
followed by anything. ``{quantifier} * {group}`` matches "some observers", "many western
analysts" and "several critics of the plan"; it does not match "the observers", "some 200
observers" or (with ``{bare}`` = some) "some chefs".
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..errors import RuleError
from .options import Options
from .phrases import normalize

_ANY_WORDS = r"(?:[^ \d]+ ){0,2}"
# Words that start a post-modifier: a pattern may stop just before one.
POST_MODIFIERS = (
    "of in at for from with on to by about among within inside near close familiar who which that whose "
    "briefed aware involved knowledgeable privy"
).split()
_END = "(?:$| (?=(?:" + "|".join(POST_MODIFIERS) + r")\b))"


def _entry(word: str, last: bool) -> str:
    """One list entry or literal as regex; a last entry not ending in a preposition must end the phrase."""
    if not last:
        return re.escape(word) + " "
    return re.escape(word) + (" " if word.split()[-1] in POST_MODIFIERS else _END)


def read_lists(options: Options) -> dict[str, list[str]]:
    """The rule's `lists` option: names mapped to non-empty lists of words or phrases."""
    raw: Mapping[str, Any] = options.mapping("lists")
    where = options.where.child("lists")
    out: dict[str, list[str]] = {}
    for name, items in raw.items():
        if not isinstance(items, list) or not items:
            raise RuleError(where.value(name), f"list {name!r} must be a non-empty list of words or phrases")
        sub = where.child(name)
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise RuleError(sub.item(i), f"list {name!r}: item {i + 1} must be a non-empty string")
        out[str(name)] = [normalize(i) for i in items]
    return out


def _pieces(pattern: str, lists: dict[str, list[str]], loc: str, label: str):
    """Each part of a pattern: None for `*`, else the words it stands for (a list's longest first)."""
    for part in pattern.split():
        if part == "*":
            yield None
        elif part.startswith("{") and part.endswith("}"):
            key = part[1:-1]
            if key not in lists:
                defined = ", ".join(sorted(lists)) or "(none)"
                raise RuleError(loc, f"{label} uses {{{key}}}, which 'lists' does not define; defined: {defined}")
            yield sorted(lists[key], key=len, reverse=True)
        else:
            yield [normalize(part)]


def compile_speakers(options: Options, name: str, lists: dict[str, list[str]], *, required: bool = True) -> re.Pattern[str] | None:
    """One regex matching any of the option's speaker patterns at the start of a phrase."""
    patterns = options.str_list(name, required=required)
    where = options.where.child(name)
    alternatives = []
    for i, pattern in enumerate(patterns):
        parts = pattern.split()
        if parts[-1] == "*":
            raise RuleError(where.item(i), f"speaker pattern {pattern!r} must not end with *; end it with a word or a {{list}}")
        out = ""
        for k, words in enumerate(_pieces(pattern, lists, where.item(i), "speaker pattern")):
            if words is None:
                out += _ANY_WORDS
                continue
            last = k == len(parts) - 1
            out += "(?:" + "|".join(_entry(w, last) for w in words) + ")"
        alternatives.append(out)
    if not alternatives:
        return None
    return re.compile("^(?:" + "|".join(alternatives) + ")")


def compile_anywhere(options: Options, name: str, lists: dict[str, list[str]]):
    """An RE2 matcher for speaker patterns applied to running text (any spaces, either apostrophe)."""
    from .phrases import Matcher, _options, _re2, phrase_pattern

    patterns = options.str_list(name)
    where = options.where.child(name)
    alternatives = []
    for i, pattern in enumerate(patterns):
        parts = pattern.split()
        if parts[0] == "*" or parts[-1] == "*":
            raise RuleError(where.item(i), f"pattern {pattern!r} must start and end with a word or a {{list}}")
        out = []
        for words in _pieces(pattern, lists, where.item(i), "pattern"):
            if words is None:
                out.append(r"(?:[^\s\d]+\s+){0,2}")
                continue
            out.append("(?:" + "|".join(phrase_pattern(w) for w in words) + r")\s+")
        alternatives.append(r"\b" + "".join(out)[: -len(r"\s+")] + r"\b")
    if not alternatives:
        return None
    re2 = _re2()
    return Matcher(re2.compile("|".join(alternatives), _options(re2, True)), True)
