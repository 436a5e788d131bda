"""The engine: run rules over a Document and stamp each hit into a Finding. Never prints."""
from __future__ import annotations

from typing import Iterable

from .checks.base import Context
from .document import Document
from .findings import Edit, Finding, Hit, Span
from .ruleset import Rule


class CheckFailure(Exception):
    """A check raised while running: a bug in newslint or a custom rule, reported per file."""

    def __init__(self, rule: Rule, error: BaseException) -> None:
        super().__init__(f"rule {rule.id} ({rule.path}) failed: {type(error).__name__}: {error}")
        self.rule = rule


def lint(doc: Document, rules: Iterable[Rule]) -> list[Finding]:
    """Every finding of every rule, sorted by position then rule id."""
    findings: list[Finding] = []
    for rule in rules:
        units = doc.units(rule.scope)
        if not units:
            continue
        context = Context(doc, doc.lintable if rule.quotes else doc.prose, units)
        try:
            for hit in rule.check.run(context):
                findings.append(stamp(rule, hit, doc))
        except Exception as exc:  # noqa: BLE001 - a failing rule must not hide the others
            raise CheckFailure(rule, exc) from exc
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def stamp(rule: Rule, hit: Hit, doc: Document) -> Finding:
    """Turn a check's hit into a finding: rule id, severity, formatted message, fix."""
    text = doc.text[hit.start : hit.end]
    # Messages quote what a reader sees: Markdown markup inside the span (`**`, link URLs) is left out.
    args = {"match": " ".join(doc.lintable[hit.start : hit.end].split()) or " ".join(text.split()), **hit.args}
    message = rule.message.format_map(args)
    fix = hit.fix
    if fix is None and rule.fix == "safe" and len(hit.suggestions) == 1:
        fix = Edit(hit.start, hit.end, hit.suggestions[0])
    elif rule.fix != "safe":
        fix = None
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        message=message,
        start=hit.start,
        end=hit.end,
        text=text,
        suggestions=hit.suggestions,
        fix=fix,
        path=doc.path,
    )


def sentence_of(doc: Document, finding: Finding) -> Span | None:
    """The sentence a finding starts in (for context in reporters and baselines)."""
    return doc.sentence_at(finding.start)
