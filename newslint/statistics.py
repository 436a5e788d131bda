"""--statistics: how many findings each rule gave, most first, and how many are fixable."""
from __future__ import annotations

from collections import Counter

from .results import FileResult


def statistics(results: list[FileResult]) -> list[str]:
    """Lines of `count  rule  [*] fixable` (most frequent first), then a total."""
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    for r in results:
        for f in r.findings:
            counts[f.rule] += 1
            fixable[f.rule] += f.fix is not None
    if not counts:
        return ["0 findings"]
    width = max(len(rule) for rule in counts)
    digits = len(str(max(counts.values())))
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        fix = f"  [*] {fixable[rule]} fixable" if fixable[rule] else ""
        lines.append(f"{n:>{digits}}  {rule:<{width}}{fix}".rstrip())
    total, fixes = sum(counts.values()), sum(fixable.values())
    lines.append(f"{total} finding{'s' if total != 1 else ''} from {len(counts)} rule{'s' if len(counts) != 1 else ''}"
                 + (f"; {fixes} fixable with --fix" if fixes else ""))
    return lines
