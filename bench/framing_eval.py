"""Measure the framing and headline rules on the development data (not shipped, not a test).

Recall: the share of PTC `Repetition` spans (propaganda-technique annotations of repeated
words and phrases) that a framing.* finding overlaps. False alarms: framing.* and
headline.* findings per 1,000 words of BBC News copy, which is professionally edited.

    /work/main/.venv/bin/python bench/framing_eval.py [DATA] [--set RULE.OPTION=VALUE ...]

DATA defaults to ../shared/data. `--set` overrides a rule option for a sweep, e.g.
`--set framing.overused-word.per_1000=6`. The data is research-use only: this script
reads it where it lies and prints figures; it never copies text into the repository.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks.occurrence import count_words  # noqa: E402
from newslint.config import builtin_rules  # noqa: E402
from newslint.engine import lint  # noqa: E402
from newslint.readers import read_text  # noqa: E402

GROUPS = ("framing", "headline")


def load(path: Path) -> list[dict]:
    """JSON Lines records."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def rules(overrides: list[str]) -> list:
    """The framing and headline rules, with `RULE.OPTION=VALUE` overrides applied."""
    chosen = {r.id: r for r in builtin_rules() if r.group in GROUPS}
    extra: dict[str, dict] = {}
    for item in overrides:
        name, _, value = item.partition("=")
        rule_id, _, option = name.rpartition(".")
        extra.setdefault(rule_id, {})[option] = json.loads(value)
    for rule_id, options in extra.items():
        chosen[rule_id] = chosen[rule_id].configured(options=options)
    return sorted(chosen.values(), key=lambda r: r.id)


def ptc_recall(data: Path, chosen: list) -> dict:
    """Recall of PTC Repetition spans by framing.* findings, overall and per rule."""
    total = hit = quoted = 0
    per_rule: Counter = Counter()
    for rec in load(data / "ptc" / "articles.jsonl"):
        doc = read_text(rec["text"])
        found = [f for f in lint(doc, chosen) if f.rule.startswith("framing.")]
        for span in rec["spans"]:
            if span["label"] != "Repetition":
                continue
            total += 1
            s, e = span["start"], span["end"]
            quoted += any(q.start <= s and e <= q.end for q in doc.quotes)
            rules_here = {f.rule for f in found if f.start < e and s < f.end}
            hit += bool(rules_here)
            per_rule.update(rules_here)
    return {"spans": total, "recalled": hit, "recall": hit / total if total else 0.0,
            "inside_quotes": quoted, "per_rule": dict(per_rule)}


def bbc_rate(data: Path, chosen: list) -> dict:
    """Findings per 1,000 words of BBC copy, overall and per rule."""
    words = 0
    per_rule: Counter = Counter()
    articles_with: Counter = Counter()
    for rec in load(data / "bbc" / "articles.jsonl"):
        text = f"{rec['title']}\n\n{rec['body']}"
        words += count_words(rec["body"], 0, len(rec["body"]))
        found = lint(read_text(text), chosen)
        per_rule.update(f.rule for f in found)
        articles_with.update({f.rule for f in found})
    total = sum(per_rule.values())
    return {"words": words, "findings": total, "per_1000": 1000 * total / words,
            "per_rule_per_1000": {k: round(1000 * v / words, 3) for k, v in sorted(per_rule.items())},
            "articles_with": dict(sorted(articles_with.items()))}


def main(argv: list[str] | None = None) -> int:
    """Print recall on PTC and the false-alarm rate on BBC as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--set", action="append", default=[], metavar="RULE.OPTION=VALUE")
    args = parser.parse_args(argv)
    data = Path(args.data)
    chosen = rules(args.set)
    report = {"rules": [r.id for r in chosen], "overrides": args.set,
              "ptc": ptc_recall(data, chosen), "bbc": bbc_rate(data, chosen)}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
