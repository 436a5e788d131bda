"""The article part of the HTML review page: headline and paragraphs with findings marked.

A flagged span becomes one or more <mark> segments (findings may overlap) followed by a
numbered button, the keyboard's way in; each finding's card sits under its paragraph.
Severity is shown by colour, underline style, icon and word, never by colour alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Callable

from ..baseline import Entry
from ..document import Document
from ..findings import Finding, Span
from . import ICONS
from .html_prose import hidden_runs, readable



@dataclass(frozen=True)
class Numbered:
    """A finding with its number on the page and its baseline entry."""

    number: int
    finding: Finding
    entry: Entry
    line: int = 0
    shown: str = ""  # the flagged words as the page shows them (markup hidden)

    @property
    def id(self) -> str:
        return f"f{self.number}"


def article_html(doc: Document, numbered: list[Numbered], *, label: str, path: str, count: str,
                 why: Callable[[str], str]) -> str:
    """One article: its path, headline and paragraphs with highlights, cards under each block."""
    blocks = ([doc.headline] if doc.headline else []) + list(doc.paragraphs)
    homes: dict[Span, list[Numbered]] = {b: [] for b in blocks}
    loose: list[Numbered] = []
    for n in numbered:
        home = next((b for b in blocks if b.start <= n.finding.start and n.finding.end <= b.end), None)
        (homes[home] if home is not None else loose).append(n)
    out = [f'<article class="file" aria-labelledby="{label}">', '<header class="file-head">',
           f'<p class="path">{path} <span class="count">· {count}</span></p>']
    if doc.headline:
        out.append(f'<h2 id="{label}" class="headline">{_marked(doc, doc.headline, homes[doc.headline])}</h2>')
    else:
        out.append(f'<h2 id="{label}" class="headline no-headline">{path}</h2>')
    out.append("</header>")
    if doc.headline:
        out.append(_cards(doc, homes[doc.headline], why))
    for block in doc.paragraphs:
        out.append(f"<p>{_marked(doc, block, homes[block])}</p>")
        out.append(_cards(doc, homes[block], why))
    if loose:
        out.append(_loose(doc, loose, why))
    out.append("</article>")
    return "\n".join(part for part in out if part)


def _marked(doc: Document, block: Span, inside: list[Numbered]) -> str:
    """The block as an editor reads it, escaped, with <mark> segments and a numbered button after each finding.

    Skipped markup (html_prose.py) is hidden or shown as it reads; cuts stay at the findings' offsets.
    """
    text = doc.text
    hidden = hidden_runs(doc, block, [Span(n.finding.start, n.finding.end) for n in inside])
    cuts = sorted({block.start, block.end, *(n.finding.start for n in inside), *(n.finding.end for n in inside),
                   *(h.span.start for h in hidden), *(h.span.end for h in hidden)})
    parts = [_ref(n) for n in inside if n.finding.end == block.start]
    for a, b in zip(cuts, cuts[1:]):
        refs = "".join(_ref(n) for n in inside if n.finding.end == b)
        run = next((h for h in hidden if h.span.start <= a < h.span.end), None)
        if run is not None:
            inner = (run.html if a == run.span.start else "") + refs
        elif refs:  # the number is glued to the last word so that it never starts a line alone
            head, last = _split_last_word(text[a:b])
            inner = f'{escape(head, quote=False)}<span class="glue">{escape(last, quote=False)}{refs}</span>'
        else:
            inner = escape(text[a:b], quote=False)
        covering = sorted((n for n in inside if n.finding.start <= a and b <= n.finding.end),
                          key=lambda n: (n.finding.end - n.finding.start, n.number))
        if covering and inner:
            sev = max(n.finding.severity for n in covering)
            parts.append(f'<mark class="hl sev-{sev}" data-f="{" ".join(n.id for n in covering)}">{inner}</mark>')
        else:
            parts.append(inner)
    return "".join(parts)


def _split_last_word(piece: str) -> tuple[str, str]:
    words = piece.rstrip().split()
    cut = len(piece.rstrip()) - len(words[-1]) if words else 0
    return piece[:cut], piece[cut:]


def _ref(n: Numbered) -> str:
    f = n.finding
    return (
        f'<button type="button" class="ref sev-{f.severity}" id="ref-{n.id}" data-f="{n.id}" '
        f'aria-expanded="false" aria-controls="card-{n.id}" '
        f'aria-label="Finding {n.number}: {f.severity}, {escape(f.rule)}">'
        f'<span aria-hidden="true">{ICONS[f.severity]}</span>{n.number}</button>'
    )


def _cards(doc: Document, inside: list[Numbered], why: Callable[[str], str], *, quote: bool = False) -> str:
    if not inside:
        return ""
    return '<div class="cards">' + "".join(_card(doc, n, why(n.finding.rule), quote) for n in inside) + "</div>"


def _card(doc: Document, n: Numbered, why: str, quote: bool) -> str:
    """Everything about one finding: severity, rule, place, message, why, suggestion, actions."""
    f = n.finding
    line, col = doc.position(f.start)
    rows = [
        f'<section class="card sev-{f.severity}" id="card-{n.id}" data-f="{n.id}" tabindex="-1" '
        f'aria-labelledby="card-{n.id}-title">',
        f'<p class="card-title" id="card-{n.id}-title"><span class="badge"><span aria-hidden="true">'
        f"{ICONS[f.severity]}</span> {str(f.severity).capitalize()}</span> <span class=\"num\">{n.number}.</span> "
        f'<code>{escape(f.rule)}</code> <span class="pos">line {line}, column {col}</span></p>',
        f'<p class="msg">{escape(f.message)}</p>',
    ]
    if quote:
        rows.append(f'<p class="flagged">Flagged: <q>{escape(" ".join(readable(doc, Span(f.start, f.end)).split()))}</q></p>')
    if why:
        rows.append(f'<p class="why"><strong>Why it matters:</strong> {escape(why)}</p>')
    if f.suggestions:
        options = " or ".join("(remove it)" if not s else f"<q>{escape(s)}</q>" for s in f.suggestions)
        safe = " (safe fix)" if f.fixable else ""
        rows.append(f'<p class="suggestion"><strong>Suggestion{safe}:</strong> {options}</p>')
    rows.append(
        f'<p class="card-actions"><button type="button" class="dismiss" data-dismiss="{n.id}" aria-pressed="false">'
        f'Dismiss</button> <button type="button" class="close" data-close="{n.id}">Close</button></p></section>'
    )
    return "".join(rows)


def _loose(doc: Document, loose: list[Numbered], why: Callable[[str], str]) -> str:
    """Findings that span more than one paragraph: listed after the article, not highlighted."""
    items = "".join(f"<li>{_ref(n)} <q>{escape(excerpt(readable(doc, Span(n.finding.start, n.finding.end))))}</q></li>"
                    for n in loose)
    return (
        '<section class="loose" aria-label="Findings across the article"><h3>Across the article</h3>'
        f"<ul>{items}</ul>{_cards(doc, loose, why, quote=True)}</section>"
    )


def excerpt(text: str, limit: int = 80) -> str:
    """The text on one line, cut with an ellipsis past `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
