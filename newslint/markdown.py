"""Markdown reader: front matter, headings, lists and code, mapped to spans of the file's text.

Only the prose is linted. Front matter (except the title's value), fenced and indented
code, HTML comments and tags, link URLs, reference definitions, emphasis delimiters
(`*`, `**`, `_`, `__`) and block markers (`#`, `>`, list bullets, a heading's closing
`#`s) are blanked; headings and list items are blocks of their own.
"""
from __future__ import annotations

import re

from .document import Document, blank_out
from .errors import InputError
from .findings import Span
from .segment import add_trimmed

_FRONT_MATTER = re.compile(r"\A(\ufeff?)---[ \t]*\r?\n(.*?)(?:\r?\n|^)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_TITLE_LINE = re.compile(r"^(title|headline)[ \t]*:[ \t]*(?P<q>[\"']?)(?P<v>.*?)(?P=q)[ \t]*$", re.M)
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")  # "## Title ##": the closing sequence
_EMPHASIS = re.compile(  # *em*, **strong**, _em_, __strong__ on one line; only the delimiters are skipped
    r"(?<![\w*\\])(\*{1,3})(?=[^\s*])(?:.*?[^\s*\\])?\1(?![\w*])"
    r"|(?<![\w_\\])(_{1,3})(?=[^\s_])(?:.*?[^\s_\\])?\2(?![\w_])"
)
_SETEXT = re.compile(r"^[ ]{0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE_MARKER = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]]+\]:[ \t]*\S")
_HR = re.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_INLINE_SKIP = re.compile(
    r"<!--.*?-->"  # comments (single-line; multi-line handled separately)
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # link and image targets: ](url "title")
    r"|!?\[|\]"  # link brackets
    r"|<(?:https?://|mailto:)[^>]*>"  # autolinks
    r"|</?[A-Za-z][^>\n]*>"  # HTML tags
    r"|`[^`\n]+`"  # inline code
    r"|https?://\S+",  # bare URLs
    re.S,
)


def parse_markdown(text: str, path: str | None = None) -> Document:
    """Parse Markdown into a Document whose skipped spans cover everything but prose."""
    skipped: list[Span] = []
    headline: Span | None = None
    body_start = 0
    if text.startswith("\ufeff"):
        skipped.append(Span(0, 1))
    fm = _FRONT_MATTER.match(text)
    if fm:
        headline = _front_matter_title(fm, path)
        body_start = fm.end()
        skipped.extend(_minus(Span(len(fm.group(1)), fm.end()), headline))
    for m in re.finditer(r"<!--.*?(?:-->|\Z)", text[body_start:], re.S):
        skipped.append(Span(body_start + m.start(), body_start + m.end()))
    masked = blank_out(text, skipped)
    blocks, heading, more_skipped = _blocks(masked, body_start)
    skipped.extend(more_skipped)
    if headline is None and heading is not None:
        headline = heading
        blocks = [b for b in blocks if b != heading]
    return Document.build(
        text, path, headline=headline, blocks=blocks, skipped=tuple(sorted(skipped)), markup="markdown"
    )


def _front_matter_title(fm: re.Match[str], path: str | None) -> Span | None:
    """The span of the `title` (or `headline`) value, validated as YAML."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    try:
        data = YAML(typ="safe", pure=True).load(fm.group(2))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = (mark.line + 2) if mark else 1
        col = (mark.column + 1) if mark else 1
        raise InputError(f"{path or '<text>'}:{line}:{col}", f"front matter is not valid YAML ({exc.problem})") from None
    if not isinstance(data, dict):
        return None
    for m in _TITLE_LINE.finditer(fm.group(2)):
        value = data.get(m.group(1))
        if not isinstance(value, str) or not value.strip():
            continue
        # The parsed value, found where it is written ("Title # comment" keeps "Title");
        # a value spelled differently in the file (escapes, folding) cannot be a span.
        at = fm.group(2).find(value, m.start("v"), m.end("v") + len(m.group("q")))
        if at >= 0:
            return Span(fm.start(2) + at, fm.start(2) + at + len(value))
    return None


def _minus(whole: Span, hole: Span | None) -> list[Span]:
    """`whole` without `hole`, as zero, one or two spans."""
    if hole is None or not whole.overlaps(hole):
        return [whole]
    parts = [Span(whole.start, hole.start), Span(hole.end, whole.end)]
    return [p for p in parts if len(p)]


def _blocks(masked: str, start: int) -> tuple[list[Span], Span | None, list[Span]]:
    """Walk the lines: blocks of prose, the first heading, and markup to skip."""
    blocks: list[Span] = []
    skipped: list[Span] = []
    heading: Span | None = None
    current: list[int] | None = None  # [start, end] of the block being built
    fence: str | None = None
    prev_blank = True

    def flush() -> None:
        nonlocal current
        if current is not None:
            add_trimmed(masked, current[0], current[1], blocks)
            current = None

    for ls, le in _lines(masked, start):
        line = masked[ls:le]
        if fence is not None:
            skipped.append(Span(ls, le))
            if line.strip().startswith(fence):
                fence = None
            continue
        f = _FENCE.match(line)
        if f:
            flush()
            fence = f.group(1)[0] * 3
            skipped.append(Span(ls, le))
            continue
        if not line.strip():
            flush()
            prev_blank = True
            continue
        if _SETEXT.match(line) and current is not None:
            # "Title" over "=====" (or "-----") is a heading, whatever the underline could also be.
            skipped.append(Span(ls, le))
            flush()
            if heading is None and blocks:
                heading = blocks[-1]
            continue
        if (prev_blank and current is None and line.startswith(("    ", "\t"))) or _REF_DEF.match(line) or _HR.match(line):
            skipped.append(Span(ls, le))
            continue
        prev_blank = False
        marker = _HEADING.match(line) or _LIST_ITEM.match(line) or _QUOTE_MARKER.match(line)
        if marker:
            skipped.append(Span(ls, ls + marker.end()))
            if not _QUOTE_MARKER.match(line) or current is None:
                flush()
        skipped.extend(_inline_markup(masked, ls, le, heading=bool(marker) and bool(_HEADING.match(line))))
        if current is None:
            current = [ls + (marker.end() if marker else 0), le]
        else:
            current[1] = le
        if marker and _HEADING.match(line):
            flush()
            if heading is None and blocks:
                heading = blocks[-1]
    flush()
    # Inline markup inside blocks is blanked, so trim blocks again against the final mask.
    final = blank_out(masked, skipped)
    trimmed: list[Span] = []
    for b in blocks:
        add_trimmed(final, b.start, b.end, trimmed)
    if heading is not None:
        heading = next((b for b in trimmed if heading.contains(b)), None)
    return trimmed, heading, skipped


def _inline_markup(masked: str, start: int, end: int, *, heading: bool) -> list[Span]:
    """Markup within one line: links, tags, code, URLs, emphasis delimiters, a heading's closing #s."""
    spans = [Span(m.start(), m.end()) for m in _INLINE_SKIP.finditer(masked, start, end)]
    for m in _EMPHASIS.finditer(masked, start, end):
        delimiter = len(m.group(1) or m.group(2))
        spans += [Span(m.start(), m.start() + delimiter), Span(m.end() - delimiter, m.end())]
    if heading:
        close = _HEADING_CLOSE.search(masked, start, end)
        if close:
            spans.append(Span(close.start(), close.end()))
    return spans


def _lines(text: str, start: int):
    """(start, end) of each line from `start`, end excluding the line break."""
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        yield pos, end - 1 if end > pos and text[end - 1] == "\r" else end
        pos = end + 1
