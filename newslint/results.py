"""FileResult: what checking one input produced, handed to reporters."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .document import Document
from .findings import Finding, Severity


@dataclass(frozen=True)
class FileResult:
    """One input's findings, or the error that stopped it from being checked."""

    path: str
    document: Document | None = None
    findings: tuple[Finding, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Summary:
    """Counts over all results, for reporters' closing lines and the exit code."""

    files: int
    findings: int
    by_severity: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)
    errors: int = 0

    @classmethod
    def of(cls, results: list[FileResult]) -> "Summary":
        """Count findings by severity and by rule."""
        sev: Counter[str] = Counter({str(s): 0 for s in sorted(Severity, reverse=True)})
        rules: Counter[str] = Counter()
        total = 0
        for r in results:
            for f in r.findings:
                sev[str(f.severity)] += 1
                rules[f.rule] += 1
                total += 1
        return cls(
            files=len(results),
            findings=total,
            by_severity=dict(sev),
            by_rule=dict(sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))),
            errors=sum(1 for r in results if r.error),
        )
