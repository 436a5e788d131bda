"""Speaker patterns: a small language for describing sources, shared by check kinds.

A pattern is words separated by spaces, matched against the start of a speaker's phrase
(lower case, single spaces, straight apostrophes):

- a plain word matches itself: ``person familiar with``;
- ``{name}`` matches any entry of the rule's list ``lists: {name: [...]}``;
- ``*`` matches up to two words of anything (adjectives: "some *independent* analysts").

``{quantifier} * {group}`` matches "some observers", "many western analysts" and
"several critics of the plan"; it does not match "the observers".
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from ..errors import RuleError
from .options import Options
from .phrases import normalize

_ANY_WORDS = r"(?:[^ ]+ ){0,2}"


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
        for k, part in enumerate(parts):
            if part == "*":
                out += _ANY_WORDS
                continue
            if part.startswith("{") and part.endswith("}"):
                key = part[1:-1]
                if key not in lists:
                    defined = ", ".join(sorted(lists)) or "(none)"
                    raise RuleError(where.item(i), f"speaker pattern uses {{{key}}}, which 'lists' does not define; defined: {defined}")
                out += "(?:" + "|".join(re.escape(w) for w in sorted(lists[key], key=len, reverse=True)) + ")"
            else:
                out += re.escape(normalize(part))
            out += " " if k < len(parts) - 1 else "(?: |$)"
        alternatives.append(out)
    if not alternatives:
        return None
    return re.compile("^(?:" + "|".join(alternatives) + ")")
