"""One rule's documentation fields, read by `newslint explain` and by docs/rules.md alike.

Both outputs take their facts and option values from here, so the terminal and the
reference cannot disagree; `explain_text` lays them out for an 80-column terminal.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from .ruleset import Rule

WIDTH = 80
SHOWN = 6  # list items and table entries shown before "… (N in all)"
LONGEST = 50  # characters of one item (a long RE2 pattern) shown before "…"
FACTS = ("severity", "scope", "kind", "default", "fixable", "quotations", "aliases", "message", "file")
SECTIONS = ("Why", "References", "Options", "Flagged", "Not flagged")


@dataclass(frozen=True)
class OptionView:
    """One option as the rule file sets it: a scalar, or items of which `total` exist."""

    name: str
    items: tuple[str, ...]
    total: int
    scalar: bool
    sep: str = ", "  # "; " between mapping entries, whose values may be lists themselves

    def text(self) -> str:
        """The items joined, with "… (N in all)" after a cut list."""
        cut = f" … ({self.total} in all)" if self.total > len(self.items) else ""
        return self.sep.join(self.items) + cut


def facts(rule: Rule) -> dict[str, str]:
    """The short fields, in FACTS order; `aliases` only when the rule has old ids."""
    out = {
        "severity": str(rule.severity),
        "scope": rule.scope,
        "kind": rule.kind,
        "default": "on" if rule.enabled else f"off (turn on with --select {rule.id})",
        "fixable": "yes (newslint check --fix)" if rule.fix == "safe" else "no",
        "quotations": "checked too" if rule.quotes else "left alone",
        "aliases": ", ".join(rule.aliases),
        "message": rule.message,
        "file": rule.path,
    }
    return {k: out[k] for k in FACTS if out[k]}


def option_views(rule: Rule, quote: Callable[[str], str]) -> list[OptionView]:
    """The options the rule file sets, each value passed through `quote`; long lists cut short."""
    return [_view(name, value, quote) for name, value in rule.raw_options.items()]


def _view(name: str, value: Any, quote: Callable[[str], str]) -> OptionView:
    if isinstance(value, Mapping):
        items = [f"{quote(_scalar(k))} → {_entry(v, quote)}" for k, v in value.items()]
        return OptionView(name, tuple(items[:SHOWN]), len(items), False, "; ")
    if isinstance(value, list):
        items = [quote(_scalar(v)) for v in value]
        return OptionView(name, tuple(items[:SHOWN]), len(items), False)
    shown = quote(_scalar(value)) if isinstance(value, str) else _scalar(value)
    return OptionView(name, (shown,), 1, True)


def _entry(value: Any, quote: Callable[[str], str]) -> str:
    """A mapping's value: a replacement, alternatives, or a word list (its first words)."""
    if not isinstance(value, list):
        return quote(_scalar(value))
    if not value:
        return "(none)"
    shown = " | ".join(quote(_scalar(v)) for v in value[:3])
    return shown + (f" | … ({len(value)} in all)" if len(value) > 3 else "")


def _scalar(value: Any) -> str:
    """A value as the rule file writes it, on one line and at most LONGEST characters."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = " ".join(str(value).split())
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


def example_paragraphs(text: str) -> list[str]:
    """An example article's paragraphs, each on one line (the headline is the first)."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def explain_text(rule: Rule, width: int = WIDTH) -> str:
    """What `newslint explain RULE` prints: every field of docs/rules.md, wrapped to `width`."""
    lines = [rule.id, *_wrap(rule.summary, width, "  ", "  "), ""]
    pad = max(len(k) for k in facts(rule)) + 2
    for key, value in facts(rule).items():
        value = f"{value} (options: docs/check-kinds.md#{value})" if key == "kind" else value
        lines += _wrap(value, width, key.ljust(pad), " " * pad)
    lines += ["", "Why", *_wrap(rule.why, width, "  ", "  ")]
    lines += ["", "References", *[w for ref in rule.references for w in _wrap(ref, width, "  - ", "    ")]]
    lines += ["", "Options"]
    views = option_views(rule, lambda text: f"'{text}'")
    opad = max((len(v.name) for v in views), default=0) + 4
    for v in views:
        lines += _wrap(v.text(), width, f"  {v.name}".ljust(opad), " " * opad)
    if not views:
        lines.append("  (none: the kind's defaults)")
    for title, mark, texts in (("Flagged", "✗", rule.examples_fail), ("Not flagged", "✓", rule.examples_pass)):
        lines += ["", title]
        for text in texts:
            paragraphs = example_paragraphs(text)
            lines += _wrap(paragraphs[0], width, f"  {mark} ", "    ")
            for para in paragraphs[1:]:
                lines += _wrap(para, width, "    ", "    ")
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """Wrap on spaces only: URLs and patterns are never split inside."""
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]
