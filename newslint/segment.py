"""Split text into paragraphs, sentences and direct quotations, as offset spans.

Our own splitter, chosen over pysbd and syntok by measurement (docs/segmentation.md):
it keeps exact offsets, knows news abbreviations (Gov., Sen., U.S., Jan.) and runs
an order of magnitude faster. All functions take the masked text, where regions that
are never linted (code, front matter, comments) are already blanked to spaces.
"""
from __future__ import annotations

import re
from typing import Iterator

from .findings import Span

# Abbreviations that never end a sentence: titles before a name, months before a
# day, and Latin shorthand that is always followed by more of the sentence.
TITLES = frozenset(
    "Mr Mrs Ms Mx Dr Prof Gov Sen Rep Gen Lt Col Capt Cmdr Sgt Adm Maj Cpl Pvt Rev Fr "
    "Sr Jr St Hon Pres Supt Insp Det Amb Atty Gens Reps Sens Mt Ft No Nos Nr Vol Art "
    "vs etc al approx est dept Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Ave Blvd Rd Gov't Figs Fig pp ch".split()
)
# Words that can end a sentence but usually do not ("Acme Inc. said"): a break
# is made after them only when a typical sentence opener follows.
SOMETIMES_FINAL = frozenset("Inc Corp Co Ltd Bros Plc LLC Assn Univ Mass Calif Fla".split())
OPENERS = frozenset(
    "The A An He She It They We I You This That These Those His Her Its Their Our But And "
    "Yet So Or In On At For After Before When While If As Some Many Most There Here "
    "Officials Police".split()
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r]*\n|\r[ \t\f\v]*\r(?!\n)")
_CANDIDATE = re.compile(r"(?:[.!?]+|…)[\"'”’)\]»]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’.]*)$")
_DOUBLE_QUOTES = re.compile(r"[\"“”«»„]")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Blocks of text between blank lines, trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for brk in _PARAGRAPH_BREAK.finditer(text, start, end):
        add_trimmed(text, pos, brk.start(), spans)
        pos = brk.end()
    add_trimmed(text, pos, end, spans)
    return spans


def add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append text[start:end] without its leading and trailing white space, if any remains."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Span(start, end))


def sentences(text: str, block: Span) -> list[Span]:
    """Sentences of one paragraph, each trimmed; the last runs to the block's end."""
    spans: list[Span] = []
    pos = block.start
    for cand in _CANDIDATE.finditer(text, block.start, block.end):
        if _is_boundary(text, cand, block.end):
            add_trimmed(text, pos, cand.end(), spans)
            pos = cand.end()
    add_trimmed(text, pos, block.end, spans)
    return spans


def _is_boundary(text: str, cand: re.Match[str], limit: int) -> bool:
    """Decide whether a run of terminal punctuation ends a sentence."""
    nxt = _next_word(text, cand.end(), limit)
    if not nxt:
        return False  # the block's own end closes the last sentence
    first = nxt[0]
    if first.islower():
        return False  # "e.g. this", "“Why?” he asked"
    mark = cand.group()
    if mark[0] != "." or mark.startswith(".."):
        return not mark.startswith(("..", "…")) or first.isupper()
    before = _WORD_BEFORE.search(text, max(0, cand.start() - 40), cand.start())
    if not before:
        return True
    word = before.group(1)
    bare = word.rstrip(".")
    if bare in TITLES or bare.rstrip("'’") in TITLES:
        return False
    if len(bare) == 1 and bare.isupper():
        return False  # an initial: "John F. Kennedy"
    if "." in bare or bare in SOMETIMES_FINAL:
        # "U.S." or "Inc." ends a sentence only before a typical opener.
        return nxt.strip("\"'“‘(") in OPENERS
    return True


def _next_word(text: str, pos: int, limit: int) -> str:
    """The next run of non-space characters after pos, within limit."""
    while pos < limit and text[pos].isspace():
        pos += 1
    end = pos
    while end < limit and not text[end].isspace():
        end += 1
    return text[pos:end]


def quotations(text: str, block: Span) -> Iterator[Span]:
    """Direct quotations in double quotes (straight or curly), marks included.

    A quotation left open at the end of a paragraph runs to the paragraph's end,
    following the news convention for quotes that continue into the next paragraph.
    """
    opened: int | None = None
    for mark in _DOUBLE_QUOTES.finditer(text, block.start, block.end):
        ch = mark.group()
        if opened is None:
            if ch not in "”»":
                opened = mark.start()
        elif ch not in "“«„":
            yield Span(opened, mark.end())
            opened = None
        else:
            opened = mark.start()  # a stray opener restarts the quotation
    if opened is not None:
        yield Span(opened, block.end)
