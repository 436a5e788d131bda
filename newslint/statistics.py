"""--statistics: how many findings each rule gave, most first, and how many are fixable."""
from __future__ import annotations

from collections import Counter

from .results import FileResult


def rule_counts(results: list[FileResult]) -> list[tuple[str, int, int]]:
    """(rule, findings, fixable findings) per rule, most findings first, then by rule id."""
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    for r in results:
        for f in r.findings:
            counts[f.rule] += 1
            fixable[f.rule] += f.fix is not None
    return [(rule, n, fixable[rule]) for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def statistics(results: list[FileResult]) -> list[str]:
    """Lines of `count  rule  [*] fixable` (most frequent first), then a total."""
    rows = rule_counts(results)
    if not rows:
        return ["0 findings"]
    width = max(len(rule) for rule, _, _ in rows)
    digits = len(str(rows[0][1]))
    lines = [f"{n:>{digits}}  {rule:<{width}}{f'  [*] {fix} fixable' if fix else ''}".rstrip() for rule, n, fix in rows]
    total, fixes = sum(n for _, n, _ in rows), sum(fix for _, _, fix in rows)
    lines.append(f"{total} finding{'s' if total != 1 else ''} from {len(rows)} rule{'s' if len(rows) != 1 else ''}"
                 + fixable_note(fixes))
    return lines


def fixable_note(fixes: int) -> str:
    """The closing words about safe fixes, or nothing when there are none."""
    return f"; {fixes} fixable with --fix" if fixes else ""
