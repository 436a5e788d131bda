"""Measure the sourcing and attribution rules and the attribution model on the development data.

    python bench/sourcing_eval.py [DATA]          # DATA defaults to ../shared/data

- WikiWeasel (CoNLL-2010 task 1, Wikipedia): sentence-level precision, recall and F1 of the
  sourcing findings against the `uncertain` label.
- PolNeAR: recall of the attribution model's source and cue spans (overlap), its cue precision,
  and how sourcing.vague-source / sourcing.anonymous-source findings line up with annotated sources.
- BBC News: findings per 1,000 words of each sourcing, attribution and consistency rule.

The data is research-use only: it is read from DATA and never copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.config import builtin_rules  # noqa: E402
from newslint.engine import lint  # noqa: E402
from newslint.findings import Span  # noqa: E402
from newslint.readers import read_text  # noqa: E402

GROUPS = ("sourcing", "attribution", "consistency")
SOURCING = ("sourcing.vague-source", "sourcing.anonymous-source", "sourcing.agentless-attribution")
_WORD = re.compile(r"\w+")
# Heuristics for "this annotated source looks vague / anonymous", to see how findings line up.
_VAGUE_HEADS = {"some", "many", "others", "critics", "experts", "analysts", "observers", "commentators", "pundits", "skeptics", "sceptics"}
_ANON_WORDS = {"source", "sources", "insider", "insiders", "familiar", "anonymity"}


def default_data() -> Path:
    """../shared/data from the working directory, else beside the repository's parent folders."""
    for cand in (Path("../shared/data"), ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"):
        if cand.is_dir():
            return cand
    return Path("../shared/data")


def read_jsonl(path: Path):
    """Records of a JSON Lines file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def rules(ids) -> list:
    """The built-in rules with the given ids or groups."""
    return [r for r in builtin_rules() if r.id in ids or r.group in ids]


def wikiweasel(data: Path) -> dict:
    """Sentence-level P/R/F1 of the sourcing findings against the `uncertain` label."""
    chosen = rules(SOURCING)
    tp = fp = fn = tn = 0
    per_rule: Counter[str] = Counter()
    per_rule_tp: Counter[str] = Counter()
    for rec in read_jsonl(data / "wikiweasel" / "train.jsonl"):
        found = {f.rule for f in lint(read_text(rec["text"]), chosen)}
        gold = rec["label"] == "uncertain"
        for r in found:
            per_rule[r] += 1
            per_rule_tp[r] += gold
        tp += bool(found) and gold
        fp += bool(found) and not gold
        fn += (not found) and gold
        tn += (not found) and not gold
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": p, "recall": r, "f1": f1,
            "per_rule": {k: (per_rule[k], per_rule_tp[k]) for k in sorted(per_rule)}}


def _overlaps(span: Span, spans) -> bool:
    return any(span.start < e and s < span.end for s, e in spans)


def _attribution_recall(rec: dict, atts) -> Counter:
    """Counts of annotated sources and cues, and how many the model's attributions overlap."""
    c: Counter[str] = Counter()
    m_src = [(a.speaker.span.start, a.speaker.span.end) for a in atts]
    m_cue = [(a.cue.start, a.cue.end) for a in atts]
    for att in rec["attributions"]:
        srcs = [Span(s["start"], s["end"]) for s in att.get("source", [])]
        cues = [Span(q["start"], q["end"]) for q in att.get("cue", [])]
        c["sources"] += bool(srcs)
        c["cues"] += bool(cues)
        c["source_hits"] += any(_overlaps(s, m_src) for s in srcs)
        c["cue_hits"] += any(_overlaps(q, m_cue) for q in cues)
        if srcs and cues:
            c["pair_hits"] += any(
                any(_overlaps(s, [(a.speaker.span.start, a.speaker.span.end)]) for s in srcs)
                and any(_overlaps(q, [(a.cue.start, a.cue.end)]) for q in cues)
                for a in atts
            )
    gold_cues = [(q["start"], q["end"]) for att in rec["attributions"] for q in att.get("cue", [])]
    c["model"] += len(m_cue)
    c["model_hits"] += sum(_overlaps(Span(*q), gold_cues) for q in m_cue)
    return c


def _lineup(rec: dict, flagged: list[tuple[int, int]]) -> Counter:
    """How vague/anonymous findings line up with annotated sources, and which look-alike sources are flagged."""
    c: Counter[str] = Counter()
    gold = [(s["start"], s["end"]) for att in rec["attributions"] for s in att.get("source", [])]
    c["findings"] += len(flagged)
    c["findings_on_source"] += sum(_overlaps(Span(*f), gold) for f in flagged)
    for att in rec["attributions"]:
        for s in att.get("source", []):
            words = {w.lower() for w in _WORD.findall(s["text"])}
            kind = "anonymous" if words & _ANON_WORDS else "vague" if words & _VAGUE_HEADS else None
            if kind:
                c["looks_" + kind] += 1
                c["flagged_" + kind] += _overlaps(Span(s["start"], s["end"]), flagged)
    return c


def polnear(data: Path) -> dict:
    """Attribution-model recall of annotated sources and cues, and where vague/anonymous findings land."""
    chosen = rules(("sourcing.vague-source", "sourcing.anonymous-source"))
    c: Counter[str] = Counter()
    for rec in read_jsonl(data / "polnear" / "train.jsonl"):
        doc = read_text(rec["text"])
        c += _attribution_recall(rec, doc.attributions)
        c += _lineup(rec, [(f.start, f.end) for f in lint(doc, chosen)])
    return {
        "source_recall": c["source_hits"] / c["sources"], "cue_recall": c["cue_hits"] / c["cues"],
        "pair_recall": c["pair_hits"] / c["sources"], "cue_precision": c["model_hits"] / max(1, c["model"]),
        "n_sources": c["sources"], "n_cues": c["cues"], "model_attributions": c["model"],
        "findings": c["findings"], "findings_on_source": c["findings_on_source"],
        "looks": {k: c["looks_" + k] for k in ("vague", "anonymous")},
        "looks_flagged": {k: c["flagged_" + k] for k in ("vague", "anonymous")},
    }


def bbc(data: Path) -> dict:
    """Findings per 1,000 words of each sourcing, attribution and consistency rule."""
    chosen = rules(GROUPS)
    words = 0
    counts: Counter[str] = Counter()
    start = time.perf_counter()
    for rec in read_jsonl(data / "bbc" / "articles.jsonl"):
        text = rec["title"] + "\n\n" + rec["body"]
        words += len(text.split())
        for f in lint(read_text(text), chosen):
            counts[f.rule] += 1
    seconds = time.perf_counter() - start
    return {"words": words, "seconds": seconds, "per_1000": {r.id: 1000 * counts[r.id] / words for r in chosen},
            "counts": {r.id: counts[r.id] for r in chosen}}


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=None, help="the development data folder (default ../shared/data)")
    parser.add_argument("--only", choices=("wikiweasel", "polnear", "bbc"), help="run one measurement")
    args = parser.parse_args(argv)
    data = args.data or default_data()
    if not data.is_dir():
        print(f"{data}: no such folder; pass the development data folder", file=sys.stderr)
        return 2
    if args.only in (None, "wikiweasel"):
        w = wikiweasel(data)
        print("## WikiWeasel train (sentence level, any sourcing finding = uncertain)\n")
        print(f"precision {w['precision']:.3f}  recall {w['recall']:.3f}  F1 {w['f1']:.3f}  "
              f"(tp {w['tp']}, fp {w['fp']}, fn {w['fn']}, tn {w['tn']})\n")
        for rule, (n, ok) in w["per_rule"].items():
            print(f"- {rule}: {n} sentences flagged, {ok / n:.3f} of them labelled uncertain")
        print()
    if args.only in (None, "polnear"):
        p = polnear(data)
        print("## PolNeAR train (attribution model, overlap matching)\n")
        print(f"source recall {p['source_recall']:.3f} of {p['n_sources']} sources; cue recall {p['cue_recall']:.3f} "
              f"of {p['n_cues']} cues; source+cue pair recall {p['pair_recall']:.3f}; "
              f"cue precision {p['cue_precision']:.3f} of {p['model_attributions']} model attributions\n")
        on = p["findings_on_source"] / p["findings"] if p["findings"] else 0.0
        print(f"vague/anonymous findings: {p['findings']}, of which {on:.3f} overlap an annotated source")
        for kind in ("vague", "anonymous"):
            n = p["looks"].get(kind, 0)
            k = p["looks_flagged"].get(kind, 0)
            print(f"- annotated sources that look {kind}: {n}; flagged {k} ({k / n if n else 0:.3f})")
        print()
    if args.only in (None, "bbc"):
        b = bbc(data)
        print(f"## BBC News ({b['words']:,} words, {b['seconds']:.1f} s)\n")
        print("| rule | findings | per 1,000 words |\n|---|---:|---:|")
        for rule, rate in b["per_1000"].items():
            print(f"| {rule} | {b['counts'][rule]} | {rate:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
