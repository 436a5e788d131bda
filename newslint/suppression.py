"""Inline suppression: comments in the article that silence named rules, and `[sic]`.

    <!-- newslint-disable sourcing.vague-source -->   ... until ...   <!-- newslint-enable -->
    <!-- newslint-disable-next-line style -->          (the next non-blank line only)
    "irregardless" [sic]                               (style findings on the quoted word)

Directives are read from the file's raw text (the Markdown reader blanks comments, and
the text reader blanks these directives, so no rule ever sees them). Names are rule
ids, aliases or groups, separated by commas or spaces; none means every rule. A
directive inside fenced code is an example, not a directive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .document import Document
from .findings import Finding, Severity, Span

DIRECTIVE = re.compile(r"<!--[ \t]*newslint-(disable-next-line|disable|enable)\b([^>]*?)-->", re.I)
SIC = re.compile(r"\[sic\]", re.I)
SIC_GROUPS = ("style", "usage", "consistency")  # what [sic] silences: how words are written
UNUSED_RULE = "newslint.unused-suppression"
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})", re.M)
_WORD_BEFORE = re.compile(r"[\w'’-]+$")
_CLOSING_QUOTES = "\"”’'"


@dataclass(frozen=True)
class Suppression:
    """One name silenced by one directive over one region of the text."""

    name: str  # rule id, alias, group, or "all"
    directive: Span  # the comment, where an unused suppression is reported
    region: Span  # findings starting here are silenced


def directives(doc: Document) -> list[Suppression]:
    """Every suppression the article's comments ask for, in text order."""
    text = doc.text
    code = _fenced(text) if doc.markup == "markdown" else []
    out: list[Suppression] = []
    open_: dict[str, tuple[int, Span]] = {}
    for m in DIRECTIVE.finditer(text):
        if any(c.start <= m.start() < c.end for c in code):
            continue
        kind, span = m.group(1).lower(), Span(m.start(), m.end())
        names = tuple(n for n in re.split(r"[\s,]+", m.group(2)) if n) or ("all",)
        if kind == "disable-next-line":
            region = _next_line(text, m.end())
            out.extend(Suppression(n, span, region) for n in names)
        elif kind == "disable":
            for n in names:
                open_.setdefault(n, (m.end(), span))
        else:
            closing = list(open_) if names == ("all",) else [n for n in names if n in open_]
            for n in closing:
                start, where = open_.pop(n)
                out.append(Suppression(n, where, Span(start, m.start())))
    out.extend(Suppression(n, where, Span(start, len(text))) for n, (start, where) in open_.items())
    return sorted(out, key=lambda s: (s.directive.start, s.name))


def _fenced(text: str) -> list[Span]:
    """Fenced code blocks of a Markdown text (directives there are shown, not obeyed)."""
    spans, start, fence = [], 0, ""
    for m in _FENCE.finditer(text):
        if not fence:
            start, fence = m.start(), m.group(1)[0] * 3
        elif m.group(1).startswith(fence):
            spans.append(Span(start, m.end()))
            fence = ""
    if fence:
        spans.append(Span(start, len(text)))
    return spans


def _next_line(text: str, pos: int) -> Span:
    """The first non-blank line after the one holding `pos`."""
    nl = text.find("\n", pos)
    while nl >= 0:
        end = text.find("\n", nl + 1)
        end = len(text) if end < 0 else end
        if text[nl + 1 : end].strip():
            return Span(nl + 1, end)
        nl = end if end < len(text) else -1
    return Span(len(text), len(text))


def sic_spans(doc: Document) -> list[Span]:
    """The word, or quoted words, standing right before each `[sic]`."""
    text, out = doc.text, []
    for m in SIC.finditer(text):
        end = len(text[: m.start()].rstrip())
        if end and text[end - 1] in _CLOSING_QUOTES:
            line_start = text.rfind("\n", 0, end) + 1
            opener = max(text.rfind(q, line_start, end - 1) for q in "\"“‘'")
            if opener >= 0:
                out.append(Span(opener, end))
                continue
        word = _WORD_BEFORE.search(text, 0, end)
        if word:
            out.append(Span(word.start(), end))
    return out


def apply(doc: Document, findings: Iterable[Finding], aliases: dict[str, str], report_unused: bool = False) -> list[Finding]:
    """Findings the article's directives and [sic] marks do not silence.

    `aliases` maps every known rule id and alias to its id. With `report_unused`, a
    suppression that silences nothing becomes a finding of its own.
    """
    sups = directives(doc)
    sics = sic_spans(doc)
    used: set[Suppression] = set()
    kept: list[Finding] = []
    for f in findings:
        hits = [s for s in sups if s.region.start <= f.start < s.region.end and _names(s.name, f.rule, aliases)]
        used.update(hits)
        if hits or (f.rule.split(".", 1)[0] in SIC_GROUPS and any(sp.overlaps(Span(f.start, f.end)) for sp in sics)):
            continue
        kept.append(f)
    if report_unused:
        kept.extend(_unused(doc, s, aliases) for s in sups if s not in used)
        kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept


def _names(name: str, rule: str, aliases: dict[str, str]) -> bool:
    """True when a directive's name covers the rule: all, the id, an alias of it, or its group."""
    return name == "all" or aliases.get(name) == rule or rule.split(".", 1)[0] == name


def _unused(doc: Document, s: Suppression, aliases: dict[str, str]) -> Finding:
    """The finding that reports a suppression which silenced nothing."""
    groups = {rule.split(".", 1)[0] for rule in aliases.values()}
    if s.name == "all" or s.name in aliases or s.name in groups:
        what = "every rule" if s.name == "all" else f"'{s.name}'"
        message = f"Suppression of {what} silences no finding; remove it."
    else:
        message = f"Suppression names '{s.name}', which is not a rule or group; fix or remove it."
    return Finding(
        rule=UNUSED_RULE,
        severity=Severity.WARNING,
        message=message,
        start=s.directive.start,
        end=s.directive.end,
        text=doc.slice(s.directive),
        path=doc.path,
    )
