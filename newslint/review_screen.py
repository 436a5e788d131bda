"""The terminal side of `newslint review`: show one finding in context, read one key."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from .document import Document
from .findings import Finding, Span
from .reporters import COLOURS, ICONS

QUIT = "q"
CONTEXT_LIMIT = 700


@dataclass(frozen=True)
class Screen:
    """Where the review talks to the editor: a rich console and a function that reads one key."""

    console: object
    read_key: Callable[[], str]

    def say(self, text: str, style: str = "") -> None:
        """Print one plain message (never read as rich markup)."""
        self.console.print(text, style=style, highlight=False, markup=False)

    def ask(self, choices: dict[str, str]) -> str:
        """Show the keys and wait for one of them; end of input counts as quit."""
        from rich.text import Text

        prompt = Text()
        for key, label in choices.items():
            prompt.append(f"[{key}]", style="bold")
            prompt.append(f" {label}  ")
        self.console.print(prompt)
        while True:
            key = self.read_key()
            if key == "" or key == "\x04":
                return QUIT
            key = key.lower()
            if key in choices:
                return key
            self.say(f"Press {', '.join(choices)}.", style="dim")


def context_span(doc: Document, f: Finding) -> Span:
    """The flagged sentence with the sentences either side of it in the same paragraph."""
    block = next((b for b in (doc.headline, *doc.paragraphs) if b and b.start <= f.start and f.end <= b.end), None)
    if block is None:
        return Span(f.start, f.end)
    inside = [s for s in doc.sentences if block.contains(s)]
    around = [k for k, s in enumerate(inside) if s.overlaps(Span(f.start, max(f.end, f.start + 1)))]
    if not around:
        return block
    first, last = max(around[0] - 1, 0), min(around[-1] + 1, len(inside) - 1)
    span = Span(min(inside[first].start, f.start), max(inside[last].end, f.end))
    if len(span) > CONTEXT_LIMIT:
        span = Span(min(inside[around[0]].start, f.start), max(inside[around[-1]].end, f.end))
    return span


def show(screen: Screen, path: str, doc: Document, f: Finding, number: int, total: int, why: str = "") -> None:
    """One finding: where it is, the sentence in context with the words marked, why, what to do."""
    from rich.rule import Rule as Line
    from rich.text import Text

    console = screen.console
    line, col = doc.position(f.start)
    console.print(Line(f"{path} · {number} of {total}", align="left", style="dim"))
    head = Text()
    head.append(f"{ICONS[f.severity]} {f.severity}", style=COLOURS[f.severity])
    head.append(f"  {f.rule}", style="bold")
    head.append(f"  line {line}, column {col}", style="dim")
    console.print(head)
    span = context_span(doc, f)
    body = Text("  ")
    body.append(_flat(doc.text[span.start : f.start]))
    body.append("»" + _flat(doc.text[f.start : f.end]) + "«", style="bold reverse")
    body.append(_flat(doc.text[f.end : span.end]))
    console.print(body)
    console.print(Text(f.message, style="bold"))
    if why:
        console.print(Text(f"Why: {why}", style="dim"))
    if f.suggestions:
        options = " | ".join(f"'{s}'" if s else "(remove)" for s in f.suggestions)
        console.print(Text(f"Suggestion: {options}" + ("  (safe fix: press f)" if f.fix else ""), style="green"))


def _flat(text: str) -> str:
    """Line breaks inside a paragraph read as spaces on the screen."""
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def read_key_from(fd: int) -> Callable[[], str]:
    """A function that reads one key press from a terminal in cbreak mode (no Enter needed)."""
    import select

    def read() -> str:
        data = os.read(fd, 1)
        if data == b"\x1b":  # an arrow or function key: swallow the rest of its sequence
            while select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 16)
            return "\x1b"
        return data.decode("utf-8", "replace")

    return read
