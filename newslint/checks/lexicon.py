"""Shared word lists: `rules/_lexicon/<name>.yaml`, read by a rule's `lexicon:` option.

Two rules that look for the same phrases in different ways (each stock phrase as
info, and the density of them as one warning per article) read one list, so the
list cannot drift apart. A lexicon file holds `summary`, `tokens` and `patterns`;
its patterns are checked here, so an error points at the lexicon's own line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import RuleError
from .options import Options

_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
KEYS = ("summary", "tokens", "patterns")


@dataclass(frozen=True)
class Lexicon:
    """The phrases and RE2 patterns of one lexicon file."""

    tokens: tuple[str, ...]
    patterns: tuple[str, ...]


def lexicon_dir():
    """The `_lexicon` folder beside the built-in rules."""
    from ..ruleset import builtin_rules_dir

    return builtin_rules_dir() / "_lexicon"


def read_lexicon(options: Options) -> Lexicon:
    """The lexicon a rule names in its `lexicon` option, or an empty one."""
    name = options.str("lexicon", None)
    if name is None:
        return Lexicon((), ())
    if not _NAME.match(name) or not (lexicon_dir() / f"{name}.yaml").is_file():
        known = ", ".join(available()) or "(none)"
        raise options.error("lexicon", f"names no file rules/_lexicon/{name}.yaml; expected one of: {known}")
    return load_lexicon(name)


def available() -> list[str]:
    """Names of the lexicons shipped with newslint."""
    return sorted(p.stem for p in lexicon_dir().glob("*.yaml"))


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> Lexicon:
    """Load and validate one lexicon file, once per process."""
    from ..yamlfile import load_yaml
    from .phrases import _options, _re2

    display = f"rules/_lexicon/{name}.yaml"
    data, where = load_yaml(lexicon_dir() / f"{name}.yaml", display)
    if not isinstance(data, dict):
        raise RuleError(f"{display}:1:1", "a lexicon must be a mapping with tokens and patterns")
    for key in data:
        if key not in KEYS:
            raise RuleError(where.key(key), f'unknown key "{key}"; expected one of: {", ".join(KEYS)}')
    lists = {}
    for key in ("tokens", "patterns"):
        items = data.get(key) or []
        sub = where.child(key)
        if not isinstance(items, list):
            raise RuleError(where.value(key), f"{key} must be a list of strings")
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise RuleError(sub.item(i), f"{key}: item {i + 1} must be a non-empty string")
        lists[key] = tuple(str(i) for i in items)
    re2 = _re2()
    for i, pat in enumerate(lists["patterns"]):
        try:
            re2.compile(pat, _options(re2, True))
        except re2.error:
            raise RuleError(where.child("patterns").item(i), "pattern is not valid RE2 syntax") from None
    return Lexicon(lists["tokens"], lists["patterns"])
