"""The engine: run rules over a Document and stamp each hit into a Finding. Never prints."""
from __future__ import annotations

from typing import Any, Iterable

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
    rules = tuple(rules)
    _prefilter(doc, rules)
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


_PLANS: dict[tuple[int, ...], tuple[tuple[Rule, ...], Any, int]] = {}  # rules (held), plan, articles seen
_PLAN_AFTER = 8  # build the set once this many articles were linted with the same rules


def _prefilter(doc: Document, rules: tuple[Rule, ...]) -> None:
    """Tell every phrase matcher whether the article has any match for it, in one RE2 pass per text view.

    Most rules match nothing in most articles; without this each rule scans the article itself.
    """
    plan = _plan(rules)
    if plan is None:
        return
    prefilter, views = plan
    for view, matchers in views.items():
        prefilter.seed(doc.lintable if view == "lintable" else doc.prose, matchers)


def _plan(rules: tuple[Rule, ...]) -> Any:
    """The RE2 Set over these rules' matchers, built once per rule list (held, so ids stay unique)."""
    key = tuple(id(r) for r in rules)
    held = _PLANS.get(key)
    if held is not None and (held[1] is not None or held[2] >= _PLAN_AFTER):
        return held[1]
    if held is None or held[2] + 1 < _PLAN_AFTER:  # a few articles: compiling the set costs more than it saves
        _remember(key, rules, None, (held[2] if held else 0) + 1)
        return None
    from .checks.phrases import Matcher, Prefilter

    views: dict[str, list[Matcher]] = {}
    for rule in rules:
        found = [v for v in getattr(rule.check, "__dict__", {}).values() if isinstance(v, Matcher)]
        views.setdefault("lintable" if rule.quotes else "prose", []).extend(found)
    matchers = [m for ms in views.values() for m in ms]
    plan = None
    if len(matchers) >= Prefilter.MIN_MATCHERS:
        try:
            plan = (Prefilter(matchers), views)
        except Exception:  # noqa: BLE001 - a set RE2 cannot build: each rule searches for itself
            plan = None
    _remember(key, rules, plan, _PLAN_AFTER)
    return plan


def _remember(key: tuple[int, ...], rules: tuple[Rule, ...], plan: Any, seen: int) -> None:
    if len(_PLANS) >= 8 and key not in _PLANS:
        _PLANS.clear()
    _PLANS[key] = (rules, plan, seen)


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
