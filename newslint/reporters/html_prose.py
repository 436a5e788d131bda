"""What the review page shows of a block: its prose, without the markup newslint skips.

A Markdown article's blocks still hold the markup the reader blanked for linting (link
targets, `**`, a blockquote's `>`, a heading's closing `#`s): the page hides those runs so
that editors read the story, not its source. Runs that hold words a reader of the
published page would see (inline code, a bare or angle-bracket URL) are shown as they
read, dimmed. Nothing moves: highlights are still cut at the findings' own offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ..document import Document
from ..findings import Span

_SHOWN = re.compile(r"`(?P<code>[^`\n]+)`|<(?P<link>(?:https?://|mailto:)[^>]*)>|(?P<url>https?://\S+)")


@dataclass(frozen=True)
class Hidden:
    """A run of skipped text and what stands in its place on the page."""

    span: Span
    text: str = ""  # plain text shown instead; "" hides the run
    code: bool = False

    @property
    def html(self) -> str:
        """The stand-in as HTML: dimmed code or URL, a space, or nothing."""
        if not self.text.strip():
            return self.text
        tag = "code" if self.code else "span"
        return f'<{tag} class="skipped">{escape(self.text, quote=False)}</{tag}>'


def hidden_runs(doc: Document, within: Span, findings: list[Span]) -> list[Hidden]:
    """Skipped runs inside `within`, in order; a run that holds a whole finding stays as written."""
    out = []
    for run in _merged(doc.skipped, within):
        raw = doc.text[run.start : run.end]
        shown = _SHOWN.fullmatch(raw)
        if any(run.contains(f) for f in findings) or (shown and any(run.overlaps(f) for f in findings)):
            continue
        if shown:
            out.append(Hidden(run, shown.group("code") or shown.group("link") or shown.group("url"), bool(shown.group("code"))))
        else:
            out.append(Hidden(run, " " if "\n" in raw or _joins(doc.text, run) else ""))
    return out


def readable(doc: Document, span: Span) -> str:
    """The span's text as the page shows it (for excerpts); its own text when nothing would be left."""
    parts, pos = [], span.start
    for h in hidden_runs(doc, span, []):
        parts += [doc.text[pos : h.span.start], h.text]
        pos = h.span.end
    parts.append(doc.text[pos : span.end])
    shown = "".join(parts)
    return shown if shown.strip() else doc.slice(span)


def _merged(skipped: tuple[Span, ...], within: Span) -> list[Span]:
    """The skipped spans clipped to `within`, overlapping ones joined (touching ones stay apart)."""
    runs: list[Span] = []
    for s in sorted(skipped):
        a, b = max(s.start, within.start), min(s.end, within.end)
        if a >= b:
            continue
        if runs and a < runs[-1].end:
            runs[-1] = Span(runs[-1].start, max(runs[-1].end, b))
        else:
            runs.append(Span(a, b))
    return runs


def _joins(text: str, run: Span) -> bool:
    """True when hiding the run would run two words together."""
    return 0 < run.start and run.end < len(text) and text[run.start - 1].isalnum() and text[run.end].isalnum()
