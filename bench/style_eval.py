"""Measure the house-style packs (style, readability, usage, headline) on the development data.

    python bench/style_eval.py [DATA] [--phrases N]

DATA is the shared data folder (default ../shared/data); its text is read, never
copied. Prints, as Markdown tables:

1. BASIL: precision and recall of style.editorializing against `lexical_bias` spans
   outside quotations (a finding counts when it overlaps a span).
2. PTC: recall of all style.* rules together, and of each, on the Loaded_Language,
   Thought-terminating_Cliches and Exaggeration,Minimisation spans.
3. BBC and PolNeAR: findings per 1,000 words and the share of articles flagged, for
   every rule of the four groups (rules off by default included and marked), most
   frequent first. BBC paragraphs were merged in the data set; PolNeAR keeps them.
4. Clickbait headlines: headline.* findings per 1,000 headlines on each half.

`--phrases N` also lists, per rule, the N matched phrases that fire most on BBC and
PolNeAR: the list to read when narrowing a rule. `--only PART` runs one part.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newslint.checks.occurrence import count_words  # noqa: E402
from newslint.config import builtin_rules  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.engine import lint  # noqa: E402
from newslint.findings import Span  # noqa: E402
from newslint.readers import read_text  # noqa: E402

GROUPS = ("style", "readability", "usage", "headline")
SAID = {"said", "says", "saying"}
PTC_LABELS = ("Loaded_Language", "Thought-terminating_Cliches", "Exaggeration,Minimisation")


def records(path: Path):
    """JSON Lines records of one data file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def basil(data: Path, rules) -> None:
    """Precision and recall of style.editorializing on BASIL lexical_bias outside quotes."""
    rule = [r for r in rules if r.id == "style.editorializing"]
    found: Counter = Counter()
    hit: Counter = Counter()
    gold_total = gold_hit = 0
    for rec in records(data / "basil" / "articles.jsonl"):
        gold = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "lexical_bias" and s["quote"] == "no"]
        findings = lint(read_text(rec["text"]), rule)
        for f in findings:
            kind = "attribution verbs" if set(f.suggestions) & SAID else "loaded words"
            found[kind] += 1
            hit[kind] += any(overlaps((f.start, f.end), g) for g in gold)
        gold_total += len(gold)
        gold_hit += sum(1 for g in gold if any(overlaps((f.start, f.end), g) for f in findings))
    print("## BASIL: style.editorializing vs lexical_bias outside quotes\n")
    print("| findings | count | overlapping a span | precision |\n|---|---|---|---|")
    for kind in ("loaded words", "attribution verbs"):
        print(f"| {kind} | {found[kind]} | {hit[kind]} | {_pct(hit[kind], found[kind])} |")
    total, good = sum(found.values()), sum(hit.values())
    print(f"| all | {total} | {good} | {_pct(good, total)} |\n")
    print(f"Recall: {gold_hit} of {gold_total} spans found ({_pct(gold_hit, gold_total)}).\n")


def ptc(data: Path, rules) -> None:
    """Recall of style.* on three PTC techniques, all rules together and each alone."""
    style = [r for r in rules if r.group == "style"]
    totals: Counter = Counter()
    caught: Counter = Counter()
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for rec in records(data / "ptc" / "articles.jsonl"):
        findings = lint(read_text(rec["text"]), style)
        for s in rec["spans"]:
            if s["label"] not in PTC_LABELS:
                continue
            g = (s["start"], s["end"])
            totals[s["label"]] += 1
            rules_here = {f.rule for f in findings if overlaps((f.start, f.end), g) and f.end - f.start < 2000}
            caught[s["label"]] += bool(rules_here)
            for rid in rules_here:
                by_rule[rid][s["label"]] += 1
    print("## PTC: recall of style.* (span-level findings; a whole-article finding does not count)\n")
    print("| technique | spans | found by style.* | recall |\n|---|---|---|---|")
    for label in PTC_LABELS:
        print(f"| {label} | {totals[label]} | {caught[label]} | {_pct(caught[label], totals[label])} |")
    print("\n| rule | " + " | ".join(PTC_LABELS) + " |\n|---|" + "---|" * len(PTC_LABELS))
    for rid in sorted(by_rule):
        print(f"| {rid} | " + " | ".join(str(by_rule[rid][lab]) for lab in PTC_LABELS) + " |")
    print()


def bbc(data: Path, rules, phrases: int) -> None:
    """Findings per 1,000 words and share of articles flagged, per rule, on BBC News."""
    texts = (f"{rec['title']}\n\n{rec['body']}" for rec in records(data / "bbc" / "articles.jsonl"))
    rates("BBC News", texts, rules, phrases)


def polnear(data: Path, rules, phrases: int) -> None:
    """The same table on PolNeAR: US political news whose paragraphs are kept as published."""
    texts = (rec["text"] for rec in records(data / "polnear" / "train.jsonl"))
    # The corpus adds a full stop to every headline, so headline rules are measured elsewhere.
    rates("PolNeAR", texts, [r for r in rules if r.group != "headline"], phrases)


def rates(name: str, texts, rules, phrases: int) -> None:
    """Print findings per 1,000 words and articles flagged for every rule of the four groups."""
    chosen = [r for r in rules if r.group in GROUPS]
    counts: Counter = Counter()
    flagged: Counter = Counter()
    matched: dict[str, Counter] = defaultdict(Counter)
    words = articles = 0
    for text in texts:
        findings = lint(read_text(text), chosen)
        articles += 1
        words += count_words(text, 0, len(text))
        for rid, n in Counter(f.rule for f in findings).items():
            counts[rid] += n
            flagged[rid] += 1
        for f in findings:
            if f.end - f.start < 80:
                matched[f.rule][" ".join(f.text.lower().split())] += 1
    print(f"## {name}: {articles} articles, {words} words\n")
    print("| rule | severity | findings | per 1,000 words | articles flagged |\n|---|---|---|---|---|")
    for r in sorted(chosen, key=lambda r: (-counts[r.id], r.id)):
        off = " (off)" if not r.enabled else ""
        print(f"| {r.id}{off} | {r.severity} | {counts[r.id]} | {1000 * counts[r.id] / words:.2f} | {_pct(flagged[r.id], articles)} |")
    print()
    if phrases:
        print(f"### Most frequent matches on {name}\n")
        for rid in sorted(matched):
            top = ", ".join(f"{t} ({n})" for t, n in matched[rid].most_common(phrases))
            print(f"- {rid}: {top}")
        print()


def headlines(data: Path, rules) -> None:
    """headline.* findings per 1,000 headlines, clickbait half against not_clickbait half."""
    chosen = [r for r in rules if r.group == "headline"]
    counts: dict[str, Counter] = {"not_clickbait": Counter(), "clickbait": Counter()}
    sizes: Counter = Counter()
    for rec in records(data / "headlines" / "clickbait.jsonl"):
        text = rec["text"].strip()
        if not text:
            continue
        doc = Document.build(text, headline=Span(0, len(text)), blocks=[])
        sizes[rec["label"]] += 1
        for f in lint(doc, chosen):
            counts[rec["label"]][f.rule] += 1
    n_ok, n_cb = sizes["not_clickbait"], sizes["clickbait"]
    print(f"## Headlines: {n_ok} not_clickbait, {n_cb} clickbait (no body: headline.claim-absent cannot fire)\n")
    print("| rule | per 1,000 not_clickbait | per 1,000 clickbait |\n|---|---|---|")
    for r in chosen:
        off = " (off)" if not r.enabled else ""
        a, b = counts["not_clickbait"][r.id], counts["clickbait"][r.id]
        print(f"| {r.id}{off} | {1000 * a / max(n_ok, 1):.1f} | {1000 * b / max(n_cb, 1):.1f} |")
    print()


PARTS = ("basil", "ptc", "bbc", "polnear", "headlines")


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", default="../shared/data", help="the shared data folder")
    parser.add_argument("--phrases", type=int, default=0, help="list the N most frequent matches per rule on BBC")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only these parts")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "bbc" / "articles.jsonl").is_file():
        print(f"{data}: not the shared data folder (no bbc/articles.jsonl)", file=sys.stderr)
        return 2
    rules = list(builtin_rules())
    for part in args.only or PARTS:
        if part in ("bbc", "polnear"):
            globals()[part](data, rules, args.phrases)
        else:
            globals()[part](data, rules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
