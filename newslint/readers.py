"""Turn a file's bytes into a Document: decoding, headline, blocks, and regions never linted.

`.txt`: the first line is the headline when it stands alone as a paragraph; the rest
are paragraphs separated by blank lines. `.md`: the headline comes from front matter
(`title` or `headline`), else the first `#` heading; front matter, code, HTML comments
and link URLs are never linted. Offsets index the decoded text exactly: a byte-order
mark stays in the text as character 0 (it is never part of a finding).
"""
from __future__ import annotations

import re
from pathlib import Path

from . import segment
from .document import Document, blank_out
from .errors import InputError
from .findings import Span

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES
BOM = "\ufeff"

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 strictly; binary or non-UTF-8 input is an InputError naming the file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(where, "UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(where, "binary file (contains NUL bytes); expected UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        raise InputError(
            f"{where}:{line}:{column}",
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
        ) from None


def read_path(path: str | Path, display: str | None = None) -> Document:
    """Read an article file from disk; errors name the file."""
    where = display or str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except IsADirectoryError:
        raise InputError(where, "is a directory; expected a .txt or .md file") from None
    except OSError as exc:
        raise InputError(where, f"cannot read file ({exc.strerror or exc})") from None
    return read_bytes(data, where, markdown=is_markdown(where))


def read_bytes(data: bytes, where: str, *, markdown: bool = False) -> Document:
    """Decode and parse; empty or blank input is an InputError."""
    text = decode(data, where)
    if not text.lstrip(BOM):
        raise InputError(where, "empty file; nothing to check")
    if not text.lstrip(BOM).strip():
        raise InputError(where, "file holds only white space; nothing to check")
    return read_text(text, where, markdown=markdown)


def is_markdown(path: str) -> bool:
    """True for Markdown file names."""
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def read_text(text: str, path: str | None = None, *, markdown: bool = False) -> Document:
    """Parse already decoded text as plain text or Markdown."""
    if markdown:
        from .markdown import parse_markdown

        return parse_markdown(text, path)
    return parse_plain(text, path)


def parse_plain(text: str, path: str | None = None) -> Document:
    """Plain text: an optional headline line, then blank-line separated paragraphs.

    `<!-- newslint-... -->` directives are skipped, so they never count as prose.
    """
    from .suppression import DIRECTIVE

    skipped = ((Span(0, 1),) if text.startswith(BOM) else ()) + tuple(
        Span(m.start(), m.end()) for m in DIRECTIVE.finditer(text)  # newslint's own comments
    )
    blocks = segment.paragraphs(blank_out(text, skipped))
    headline = None
    if blocks and _is_headline(text, blocks):
        headline, blocks = blocks[0], blocks[1:]
    return Document.build(text, path, headline=headline, blocks=blocks, skipped=skipped)


def _is_headline(text: str, blocks: list[Span]) -> bool:
    """A first block of one line is the headline; alone in the file, only if unpunctuated."""
    first = text[blocks[0].start : blocks[0].end]
    if "\n" in first or "\r" in first:
        return False
    if len(blocks) > 1:
        return True
    return not _SENTENCE_END.search(first)
