"""Measure sourcing.weasel-words on WikiWeasel, held out, and its cost on BBC News.

    python bench/weasel_eval.py DATA                       # held-out figures and BBC cost
    python bench/weasel_eval.py DATA --half tune --phrases 30   # the half used for tuning

DATA is the shared data folder (its text is read, never copied into the repository).

WikiWeasel (CoNLL-2010 task 1, Wikipedia sentences, label `uncertain`) is split in two
halves by the SHA-256 of each record's id (first byte even: `tune`, odd: `held-out`).
The rule's exceptions and the words dropped from it were decided on the `tune` half
only; the figures to quote are the `held-out` half's. A sentence is predicted uncertain
when any rule of a configuration flags it:

  (a) the sourcing rules on by default;
  (b) (a) + style.hedging + style.puffery;
  (c) (b) + sourcing.weasel-words;
  (d) sourcing.weasel-words alone.

`--phrases N` lists the N matched phrases of the new rule that fire most, with the share of
their sentences labelled uncertain; `--errors N` prints N missed and N false sentences. Both
are refused on the held-out half, so that it is never read while tuning.
BBC News: findings of sourcing.weasel-words per 1,000 words, articles flagged, how many fall
on words that a sibling rule (vague-source, agentless-attribution, hedging, ...) already flags,
and its commonest phrases: the rule's cost on professionally edited news.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data as D  # noqa: E402
from newslint.config import builtin_rules  # noqa: E402
from newslint.engine import lint  # noqa: E402
from newslint.readers import read_text  # noqa: E402

WEASEL = "sourcing.weasel-words"
STYLE = ("style.hedging", "style.puffery")
# Rules whose phrases weasel-words leaves to them (see its exception_patterns).
SIBLINGS = (
    "sourcing.agentless-attribution", "sourcing.anonymous-source", "sourcing.vague-source",
    "style.editorializing", "style.hedging", "style.puffery",
)
HALVES = ("tune", "held-out")


def half_of(record_id: str) -> str:
    """The half a WikiWeasel record belongs to, fixed by its id alone."""
    return HALVES[hashlib.sha256(record_id.encode("utf-8")).digest()[0] % 2]


def configurations() -> dict[str, frozenset[str]]:
    """The rule sets compared, by label."""
    default_sourcing = frozenset(r.id for r in builtin_rules() if r.group == "sourcing" and r.enabled)
    b = default_sourcing | frozenset(STYLE)
    return {
        "(a) sourcing rules on by default": default_sourcing,
        "(b) (a) + style.hedging + style.puffery": b,
        "(c) (b) + sourcing.weasel-words": b | {WEASEL},
        "(d) sourcing.weasel-words alone": frozenset({WEASEL}),
    }


def wikiweasel(data: Path, half: str, phrases: int, errors: int) -> None:
    """Score each configuration on one half; lint each sentence once with every rule involved."""
    configs = configurations()
    wanted = frozenset().union(*configs.values())
    rules = [r for r in builtin_rules() if r.id in wanted]
    scores = {label: D.PRF() for label in configs}
    matched: Counter[str] = Counter()
    matched_gold: Counter[str] = Counter()
    missed, false = [], []
    n = 0
    for rec in D.read_jsonl(data / "wikiweasel" / "train.jsonl"):
        if half != "both" and half_of(rec["id"]) != half:
            continue
        n += 1
        findings = lint(read_text(rec["text"]), rules)
        fired = {f.rule for f in findings}
        gold = rec["label"] == "uncertain"
        for label, ids in configs.items():
            scores[label].add(bool(fired & ids), gold)
        for phrase in {" ".join(f.text.lower().split()) for f in findings if f.rule == WEASEL}:
            matched[phrase] += 1
            matched_gold[phrase] += gold
        predicted = bool(fired & configs["(c) (b) + sourcing.weasel-words"])
        if gold and not predicted:
            missed.append(rec["text"])
        elif predicted and not gold:
            false.append(f"{rec['text']}  <- {sorted((f.rule, f.text) for f in findings)}")
    uncertain = scores["(a) sourcing rules on by default"]
    label = "both halves" if half == "both" else f"{half} half"
    print(f"## WikiWeasel, {label} ({n:,} sentences, {uncertain.tp + uncertain.fn:,} uncertain)\n")
    print("| rules | precision | recall | F1 | flagged |\n|---|---:|---:|---:|---:|")
    for label, s in scores.items():
        print(f"| {label} | {D.fmt(s.precision, 3)} | {D.fmt(s.recall, 3)} | {D.fmt(s.f1, 3)} | {s.tp + s.fp:,} |")
    print()
    if phrases:
        print(f"Phrases of {WEASEL} (sentences, share labelled uncertain):\n")
        for phrase, count in matched.most_common(phrases):
            print(f"- {phrase}: {count}, {matched_gold[phrase] / count:.2f}")
        print()
    for title, rows in (("Missed by (c)", missed), ("Flagged by (c), labelled certain", false)):
        if errors:
            print(f"{title} (first {errors} of {len(rows)}):\n")
            print("\n".join(f"- {t}" for t in rows[:errors]), "\n")


def bbc(data: Path, phrases: int) -> None:
    """Findings per 1,000 words of the new rule on BBC News, its overlap with its siblings, its commonest phrases."""
    rules = [r for r in builtin_rules() if r.id == WEASEL or r.id in SIBLINGS]
    words = articles = flagged = findings = doubled = 0
    seen: Counter[str] = Counter()
    for rec in D.read_jsonl(data / "bbc" / "articles.jsonl"):
        text = rec["title"] + "\n\n" + rec["body"]
        words += len(text.split())
        articles += 1
        found = lint(read_text(text), rules)
        mine = [f for f in found if f.rule == WEASEL]
        theirs = [f for f in found if f.rule != WEASEL]
        findings += len(mine)
        flagged += bool(mine)
        doubled += sum(any(m.start < t.end and t.start < m.end for t in theirs) for m in mine)
        seen.update(" ".join(f.text.lower().split()) for f in mine)
    print(f"## BBC News ({articles:,} articles, {words:,} words)\n")
    print("| rule | findings | per 1,000 words | articles flagged | on words a sibling rule flags |")
    print("|---|---:|---:|---:|---:|")
    print(f"| {WEASEL} | {findings:,} | {1000 * findings / words:.2f} | {flagged / articles:.1%} | {doubled} |\n")
    if phrases:
        print("Commonest phrases: " + ", ".join(f"{p} {c}" for p, c in seen.most_common(phrases)) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the measurements, print Markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the development data folder (holding wikiweasel/ and bbc/)")
    parser.add_argument("--half", choices=(*HALVES, "both"), default="held-out", help="WikiWeasel half to score")
    parser.add_argument("--only", choices=("wikiweasel", "bbc"), help="run one measurement")
    parser.add_argument("--phrases", type=int, default=0, metavar="N", help="list the N commonest matched phrases")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N misses and N false alarms")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data}: no such folder; pass the development data folder", file=sys.stderr)
        return 2
    if args.half != "tune" and (args.errors or args.phrases) and args.only != "bbc":
        print("--phrases and --errors are for tuning: only with --half tune (or --only bbc)", file=sys.stderr)
        return 2
    if args.only in (None, "wikiweasel"):
        wikiweasel(args.data, args.half, args.phrases, args.errors)
    if args.only in (None, "bbc"):
        bbc(args.data, args.phrases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
