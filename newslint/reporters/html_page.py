"""html: one self-contained review page where editors read each article with its findings marked.

The page has no external assets (its CSS and JS are inlined, a Content-Security-Policy
forbids loading anything), so it works opened from disk or as an email attachment.
Without JavaScript every finding is listed under its paragraph; with it, editors open
findings from the highlights, filter them, dismiss them and export the dismissals as a
baseline file (newslint/baseline.py): the sentence hash is computed here, not in JS.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any, Iterable, Mapping, TextIO

from ..baseline import baseline_path, entry_for
from ..findings import Severity, Span
from ..results import FileResult, Summary
from . import ICONS
from .html_article import Numbered, article_html, excerpt
from .html_prose import readable

EXPORT_NAME = "newslint-baseline.json"  # paths in it are relative to where `newslint check` ran
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
SEVERITIES = tuple(sorted(Severity, reverse=True))


@dataclass(frozen=True)
class RuleInfo:
    """What the page says about a rule beside its findings."""

    summary: str = ""
    why: str = ""


def render(results: list[FileResult], out: TextIO, options=None) -> None:
    """Write the whole page; the rules that ran (if the command line passes them) explain the findings."""
    out.write(page(results, getattr(options, "rules", None) or None))


def page(results: list[FileResult], rules: Iterable[Any] | None = None) -> str:
    """The page as a string; `rules` (objects with id, summary, why) default to the built-in rules."""
    if rules is None:
        from ..config import builtin_rules

        rules = builtin_rules()
    info = {r.id: RuleInfo(r.summary, r.why) for r in rules}
    numbered = _number(results)
    findings = [n for group in numbered.values() for n in group]
    body = "\n".join(
        _file_section(i, r, numbered.get(r.path, []), info) for i, r in enumerate(results, 1)
    )
    parts = [
        _head(results),
        _top(results),
        '<div class="layout">',
        _side(findings, info),
        f'<main id="articles" tabindex="-1">\n{body}\n</main>',
        "</div>",
        _data_script(findings),
        f"<script>\n{_asset('html_page.js')}</script>\n</body>\n</html>\n",
    ]
    return "\n".join(parts)


def _number(results: list[FileResult]) -> dict[str, list[Numbered]]:
    """Give every finding a page-wide number and its baseline entry, file by file."""
    out: dict[str, list[Numbered]] = {}
    n = 0
    for r in results:
        if r.document is None:
            continue
        for f in r.findings:
            n += 1
            line = r.document.position(f.start)[0]
            entry = entry_for(baseline_path(r.path, EXPORT_NAME), r.document, f)
            shown = readable(r.document, Span(f.start, f.end))
            out.setdefault(r.path, []).append(Numbered(n, f, entry, line, shown))
    return out


def _asset(name: str) -> str:
    return resources.files("newslint.reporters").joinpath(name).read_text(encoding="utf-8")


def _head(results: list[FileResult]) -> str:
    s = Summary.of(results)
    title = f"newslint review: {s.findings} finding{'s' if s.findings != 1 else ''}"
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light">\n'
        f"<title>{escape(title)}</title>\n<style>\n{_asset('html_page.css')}</style>\n</head>\n<body>"
    )


def _top(results: list[FileResult]) -> str:
    s = Summary.of(results)
    checked = s.files - s.errors
    counts = ", ".join(
        f'<span class="sev-{sev}"><span aria-hidden="true">{ICONS[sev]}</span> {s.by_severity[str(sev)]} {sev}</span>'
        for sev in SEVERITIES
    )
    return f"""<a class="skip" href="#articles">Skip to the articles</a>
<header class="top">
<h1>newslint review</h1>
<p class="summary">{s.findings} finding{'s' if s.findings != 1 else ''} in {checked} file{'s' if checked != 1 else ''}: {counts}</p>
<div class="actions">
<button type="button" id="export" class="primary">Export decisions (<span id="dismissed-count">0</span> dismissed)</button>
<p id="status" role="status" aria-live="polite"></p>
</div>
<p class="help">Select a highlight to see its finding. Keys: <kbd>n</kbd> next, <kbd>p</kbd> previous,
<kbd>d</kbd> dismiss or restore, <kbd>Esc</kbd> close. Export decisions saves the dismissed findings as
<code>{EXPORT_NAME}</code>: put it in the folder where this report was made and run
<code>newslint check --baseline {EXPORT_NAME}</code> there to stop raising them.</p>
</header>"""


def _side(findings: list[Numbered], info: Mapping[str, RuleInfo]) -> str:
    by_rule: dict[str, list[Numbered]] = {}
    for n in findings:
        by_rule.setdefault(n.finding.rule, []).append(n)
    groups = sorted({rule.split(".", 1)[0] for rule in by_rule})
    sev_counts = {sev: sum(1 for n in findings if n.finding.severity == sev) for sev in SEVERITIES}
    sev_boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{sev}" checked> '
        f'<span class="sev-{sev}"><span aria-hidden="true">{ICONS[sev]}</span> {sev}</span> ({sev_counts[sev]})</label>'
        for sev in SEVERITIES
    )
    group_boxes = "".join(
        f'<label><input type="checkbox" name="group" value="{escape(g)}" checked> {escape(g)} '
        f"({sum(len(v) for k, v in by_rule.items() if k.split('.', 1)[0] == g)})</label>"
        for g in groups
    ) or "<p>None</p>"
    rules = "\n".join(
        _rule_list(rule, items, info.get(rule, RuleInfo()), len({n.entry.path for n in findings}) > 1)
        for rule, items in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ) or "<p>No findings.</p>"
    return f"""<aside class="side" aria-label="Filters and findings by rule">
<details id="side-box" open>
<summary>Filters and findings by rule</summary>
<form class="filters" id="filters" aria-label="Filter findings">
<fieldset><legend>Severity</legend>{sev_boxes}</fieldset>
<fieldset><legend>Group</legend>{group_boxes}</fieldset>
<fieldset><legend>Dismissed</legend><label><input type="checkbox" id="show-dismissed" checked> show dismissed findings</label></fieldset>
</form>
<nav aria-labelledby="by-rule-title"><h2 id="by-rule-title">Findings by rule</h2>
{rules}
</nav>
</details>
</aside>"""


def _rule_list(rule: str, items: list[Numbered], info: RuleInfo, many_files: bool) -> str:
    rows = "".join(
        f'<li data-f="f{n.number}"><a href="#ref-f{n.number}" data-open="f{n.number}">'
        f'<span aria-hidden="true">{ICONS[n.finding.severity]}</span> {n.number}. '
        f'&ldquo;{escape(excerpt(n.shown or n.finding.text, 60))}&rdquo; <span class="where">'
        f'{escape(n.entry.path) + ", " if many_files else ""}line {n.line}</span></a></li>'
        for n in items
    )
    summary = f'<p class="rule-summary">{escape(info.summary)}</p>' if info.summary else ""
    return (
        f'<section class="rule-group" data-rule="{escape(rule)}">'
        f'<h3><code>{escape(rule)}</code> <span class="count" aria-label="{len(items)} findings">{len(items)}</span></h3>'
        f"{summary}<ol>{rows}</ol></section>"
    )


def _file_section(index: int, result: FileResult, numbered: list[Numbered], info: Mapping[str, RuleInfo]) -> str:
    path = escape(result.path)
    label = f"file-{index}"
    if result.document is None:
        return (f'<section class="file" aria-labelledby="{label}"><h2 id="{label}" class="path">{path}</h2>'
                f'<p class="file-error" role="alert">{escape(result.error or "could not be checked")}</p></section>')
    if not numbered:
        return (f'<section class="file clean" aria-labelledby="{label}"><h2 id="{label}" class="path">{path}</h2>'
                "<p>No findings.</p></section>")
    count = f"{len(numbered)} finding{'s' if len(numbered) != 1 else ''}"
    return article_html(result.document, numbered, label=label, path=path, count=count, why=lambda r: info.get(r, RuleInfo()).why)


def _data_script(findings: list[Numbered]) -> str:
    rows = [
        {"id": f"f{n.number}", "path": n.entry.path, "rule": n.finding.rule, "group": n.finding.rule.split(".", 1)[0],
         "severity": str(n.finding.severity), "sentence": n.entry.sentence, "text": n.entry.text}
        for n in findings
    ]
    keys = "\n".join(f"{r['path']}\t{r['rule']}\t{r['sentence']}\t{r['text']}" for r in rows)
    data = {"report": hashlib.sha256(keys.encode("utf-8")).hexdigest()[:16], "findings": rows}
    return f'<script type="application/json" id="newslint-data">{script_json(data)}</script>'


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end or confuse it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
