"""rich: the article as an editor reads it, flagged words marked, each finding beneath its paragraph.

Readable without colour too: every flagged span is followed by its number, `[1]`,
and the findings under the paragraph carry the same numbers.
"""
from __future__ import annotations

from typing import TextIO

from ..findings import Finding, Span
from ..results import FileResult, Summary
from . import COLOURS, ICONS

STYLES = {sev: f"{colour} underline" for sev, colour in COLOURS.items()}


def render(results: list[FileResult], out: TextIO, options=None) -> None:
    """Print each file's flagged paragraphs with their findings, then the per-rule table.

    That table is the --statistics table too (with a fixable column), so the command line
    does not print statistics again after this report.
    """
    import io

    from rich.console import Console

    color = bool(options and options.color)
    width = (options.width if options else None) or 100
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=not color, color_system="standard" if color else None,
                      highlight=False, emoji=False, force_terminal=color, soft_wrap=False)
    for result in results:
        if result.document is not None and result.findings:
            _file(console, result)
    _summary(console, results, bool(options and options.statistics))
    # Padding from wrapped table cells is noise in terminals and diffs alike.
    out.write("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")))


def _groups(result: FileResult) -> tuple[list[tuple[Span, list[Finding]]], list[Finding]]:
    """Findings grouped under the sentence (else paragraph) that holds them; the rest apart."""
    doc = result.document
    head = [doc.headline] if doc.headline else []
    groups: dict[Span, list[Finding]] = {}
    loose: list[Finding] = []
    for f in result.findings:
        sentence = doc.sentence_at(f.start)
        candidates = [u for u in [sentence, *head, *doc.paragraphs] if u is not None]
        home = next((u for u in candidates if u.start <= f.start and f.end <= u.end), None)
        if home is None:
            loose.append(f)
        else:
            groups.setdefault(home, []).append(f)
    return sorted(groups.items(), key=lambda kv: kv[0]), loose


def _file(console, result: FileResult) -> None:
    from rich.rule import Rule as Line

    doc = result.document
    console.print(Line(f"[bold]{result.path}[/]", align="left", style="dim"))
    groups, loose = _groups(result)
    if doc.headline and doc.headline not in (unit for unit, _ in groups):
        console.print(doc.slice(doc.headline), style="bold")  # a flagged headline is shown below, annotated
        console.print()
    number = 0
    for unit, inside in groups:
        numbered = [(number + i + 1, f) for i, f in enumerate(inside)]
        number += len(inside)
        console.print(_annotated(doc.text, unit, numbered))
        console.print(_finding_table(numbered, doc))
        console.print()
    if loose:
        console.print("[bold]Across the article[/]")
        numbered = [(number + i + 1, f) for i, f in enumerate(loose)]
        console.print(_finding_table(numbered, doc))
        console.print()


def _annotated(text: str, block: Span, numbered: list[tuple[int, Finding]]):
    """The block's text with each finding's span styled and followed by its number."""
    from rich.text import Text

    out = Text()
    cuts = sorted({block.start, block.end, *(f.start for _, f in numbered), *(f.end for _, f in numbered)})
    for a, b in zip(cuts, cuts[1:]):
        covering = [f for _, f in numbered if f.start <= a and b <= f.end]
        style = STYLES[max(f.severity for f in covering)] if covering else ""
        out.append(text[a:b].replace("\r\n", "\n").replace("\r", "\n"), style=style)
        for n, f in numbered:
            if f.end == b:
                out.append(f"[{n}]", style="bold " + COLOURS[f.severity])
    return out


def _finding_table(numbered: list[tuple[int, Finding]], doc):
    """Findings as a two-column grid, so wrapped messages keep their indent."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for n, f in numbered:
        line, col = doc.position(f.start)
        body = Text()
        body.append(f"{ICONS[f.severity]} {f.severity}", style=COLOURS[f.severity])
        body.append(f" {f.rule}", style="bold")
        body.append(f" {line}:{col}", style="dim")
        body.append(f" {f.message}")
        if f.suggestions:
            body.append("\n→ " + " | ".join(f"'{s}'" if s else "(remove)" for s in f.suggestions), style="green")
        grid.add_row(Text(f"  [{n}]", style="bold"), body)
    return grid


def _summary(console, results: list[FileResult], statistics: bool) -> None:
    """The per-rule table (with a fixable column under --statistics) and the closing line."""
    from rich.table import Table

    from ..statistics import fixable_note, rule_counts

    s = Summary.of(results)
    rows = rule_counts(results)
    if rows:
        table = Table(title=None, show_edge=False, box=None, pad_edge=False)
        table.add_column("rule", style="bold")
        table.add_column("count", justify="right")
        if statistics:
            table.add_column("fixable", justify="right")
        for rule, count, fixable in rows:
            table.add_row(rule, str(count), *([str(fixable) if fixable else ""] if statistics else []))
        console.print(table)
    sev = s.by_severity
    checked = s.files - s.errors
    console.print(
        f"{s.findings} finding{'s' if s.findings != 1 else ''} in {checked} file{'s' if checked != 1 else ''} "
        f"({sev.get('error', 0)} error, {sev.get('warning', 0)} warning, {sev.get('info', 0)} info)"
        + (fixable_note(sum(fix for _, _, fix in rows)) if statistics else "")
        + (f"; {s.errors} file{'s' if s.errors != 1 else ''} could not be checked" if s.errors else "")
    )
