"""How well newslint's rules agree with annotated news and encyclopedia text, per rule group.

    python bench/quality.py [DATA] [--jobs 2] [--sample N] [--select IDS] [--no-write]

DATA is the development data folder (default: ../shared/data; see its README.md). Prints a
Markdown report and rewrites the generated section of docs/quality.md with it, the exact
command, date, machine and newslint commit. Findings are matched to gold spans by overlap
of character offsets; rules are grouped by the prefix of their id, so the report covers
whatever rules exist. The data is read-only research material: only figures are written.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data as D  # noqa: E402

DOC = D.ROOT / "docs" / "quality.md"
CONLL_BEST_WIKI_F1 = 0.60  # Farkas et al. 2010, CoNLL-2010 shared task 1, Wikipedia (best system F1 60.2)
SPAN_MAX = 300  # characters; longer findings are left out of span-overlap scores
WEASEL_RULE = "sourcing.weasel-words"
HEDGE_WORDS = re.compile(r"hedg|weasel|peacock|puff|vague|unattributed|anonymous")
PTC_EXPECTED = {
    "Repetition": "framing",
    "Loaded_Language": "style",
    "Name_Calling,Labeling": "style",
    "Exaggeration,Minimisation": "style",
    "Thought-terminating_Cliches": "style",
    "Slogans": "style",
    "Doubt": "sourcing",
    "Appeal_to_Authority": "sourcing",
}
INTRO = """# Quality: how often newslint agrees with annotated text

Every figure below comes from `bench/quality.py`, run on the project's development data (public
research corpora: see the data folder's README). Rerun it with the command shown to check a number.
Findings are matched to gold spans by character overlap; rule groups are the prefix of the rule id.
"""


def main(argv: list[str] | None = None) -> int:
    """Run every section and write the report."""
    args = _parser().parse_args(argv)
    data = Path(args.data)
    if not (data / "README.md").exists() and not any(data.glob("*/*.jsonl")):
        print(f"{data}: not a data folder (expected bbc/, wikiweasel/, ... with .jsonl files)", file=sys.stderr)
        return 2
    select = tuple(args.select.split(",")) if args.select else ()
    start = time.perf_counter()
    sections = [_rules_section(select, args)]
    only = {o.strip().lower() for o in args.only.split(",") if o.strip()}
    for name, fn in SECTIONS:
        if only and name.lower().split()[0] not in only:
            continue
        path = data / FILES[name]
        if not path.exists():
            sections.append(f"## {name}\n\nSkipped: {path} not found.")
            continue
        D.progress(f"{name} ...")
        t0 = time.perf_counter()
        sections.append(fn(data, args, select))
        D.progress(f"  {name}: {time.perf_counter() - t0:.1f} s")
    argv_shown = ["python", "bench/quality.py", *(argv if argv is not None else sys.argv[1:])]
    info = D.run_info(argv_shown)
    elapsed = time.perf_counter() - start
    body = "\n\n".join([D.info_block(info) + f"\n- Run time: {elapsed:.0f} s with {args.jobs} process(es)", *sections])
    print(body)
    if not args.no_write:
        D.write_section(DOC, "quality", body, INTRO)
        D.progress(f"wrote {DOC}")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("data", nargs="?", default=str(D.default_data_dir()), help="development data folder")
    p.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--sample", type=int, default=None, metavar="N",
                   help="at most N records per corpus, chosen with a fixed seed (default: all)")
    p.add_argument("--select", default="", metavar="IDS", help="rules or groups to run (default: the default rules)")
    p.add_argument("--only", default="", metavar="NAMES",
                   help="only these sections: bbc, wikiweasel, ptc, polnear, basil, headlines (comma-separated)")
    p.add_argument("--top", type=int, default=15, help="rules listed in per-rule tables")
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/quality.md alone")
    return p


FILES = {
    "BBC News": "bbc/articles.jsonl",
    "WikiWeasel": "wikiweasel/train.jsonl",
    "PTC": "ptc/articles.jsonl",
    "PolNeAR": "polnear/train.jsonl",
    "BASIL": "basil/articles.jsonl",
    "Headlines": "headlines/clickbait.jsonl",
}


def _sampled(records: list, args) -> tuple[list, str]:
    chosen = D.sample(records, args.sample)
    note = f" (a fixed-seed sample of {len(chosen):,} of {len(records):,})" if len(chosen) < len(records) else ""
    return chosen, note


def _rules_section(select: tuple[str, ...], args) -> str:
    info = D.rules_info(select)
    run = [i for i in info if i[2]]
    groups = Counter(D.group_of(rid) for rid, _, _ in run)
    listed = ", ".join(f"{g} {n}" for g, n in sorted(groups.items()))
    off = len(info) - len(run)
    return (f"## Rules in this run\n\n{len(run)} rules ({listed}); {off} built-in rule(s) not run "
            f"({'off by default' if not select else 'not selected'}).")


# ---------------------------------------------------------------- BBC


def bbc(data: Path, args, select) -> str:
    """Findings per 1,000 words on professionally edited copy: the false-alarm rate."""
    records, note = _sampled(D.load_bbc(data), args)
    linted = D.lint_many([r.text for r in records], jobs=args.jobs, select=select)
    words = sum(D.count_words(r.text) for r in records)
    by_rule, articles_with = Counter(), Counter()
    for result in linted:
        rules = [f[0] for f in result.findings]
        by_rule.update(rules)
        articles_with.update(set(rules))
    by_group = Counter()
    for rule, n in by_rule.items():
        by_group[D.group_of(rule)] += n
    per_k = lambda n: f"{1000 * n / words:.2f}"  # noqa: E731
    total = sum(by_rule.values())
    lines = [
        f"## BBC News: findings per 1,000 words on edited copy\n",
        f"{len(records):,} articles{note}, {words:,} words; {total:,} findings = **{per_k(total)} per 1,000 words**. "
        "BBC copy is professionally edited, so most findings here are false alarms or matters of house style.",
        _errors(linted),
        "",
        D.table(["group", "findings", "per 1,000 words"], [(g, f"{n:,}", per_k(n)) for g, n in by_group.most_common()]),
        "",
        f"Rules that fire most (top {args.top}):\n",
        D.table(
            ["rule", "findings", "per 1,000 words", "articles with one"],
            [(r, f"{n:,}", per_k(n), f"{100 * articles_with[r] / len(records):.0f}%") for r, n in by_rule.most_common(args.top)],
        ),
    ]
    return _join(lines)


# ---------------------------------------------------------------- WikiWeasel


def wikiweasel(data: Path, args, select) -> str:
    """Sentence level: does a sentence with a sourcing/hedging finding carry an uncertainty cue?"""
    records, note = _sampled(D.load_wikiweasel(data), args)
    linted = D.lint_many([r.text for r in records], jobs=args.jobs, select=select)
    gold = [r.label == "uncertain" for r in records]
    rules_seen = sorted({f[0] for res in linted for f in res.findings})
    groups = sorted({D.group_of(r) for r in rules_seen})
    weasel_rules = {r for r in rules_seen if D.group_of(r) == "sourcing" or HEDGE_WORDS.search(r)}
    rows = []
    predictors = [("**sourcing + hedging** (" + ", ".join(sorted(weasel_rules)) + ")", weasel_rules)]
    predictors += [(g + ".*", {r for r in rules_seen if D.group_of(r) == g}) for g in groups]
    for label, rules in predictors:
        score = D.PRF()
        for res, g in zip(linted, gold):
            score.add(any(f[0] in rules for f in res.findings), g)
        rows.append((label, score.tp + score.fp, D.fmt(score.precision), D.fmt(score.recall), D.fmt(score.f1)))
    rows[1:1] = _with_weasel_words(records, gold, weasel_rules, args, select)
    per_rule = []
    for rule in rules_seen:
        fired = [g for res, g in zip(linted, gold) if any(f[0] == rule for f in res.findings)]
        per_rule.append((len(fired), rule, sum(fired)))
    per_rule.sort(reverse=True)
    return _join([
        "## WikiWeasel: sentences with weasel words, hedges or puffery\n",
        f"{len(records):,} Wikipedia sentences{note}, {sum(gold):,} labelled `uncertain`. A sentence counts as "
        "predicted uncertain when a rule of the row fires in it. Sourcing + hedging = the `sourcing` group and "
        f"any rule whose id names hedging, weasel words, peacock terms or vague/anonymous sources. Reference: "
        f"the best CoNLL-2010 system on this Wikipedia task scored **F1 {CONLL_BEST_WIKI_F1:.2f}** "
        "(Farkas et al. 2010) with a model trained on this data; newslint's rules were not.",
        _errors(linted),
        "",
        D.table(["predictor", "sentences flagged", "precision", "recall", "F1"], rows),
        "",
        f"Per rule (top {args.top} by sentences flagged): precision = share of flagged sentences labelled uncertain.\n",
        D.table(["rule", "sentences flagged", "precision"],
                [(r, n, D.fmt(k / n if n else None)) for n, r, k in per_rule[: args.top]]),
    ])


def _with_weasel_words(records, gold, weasel_rules, args, select) -> list[tuple]:
    """The same predictor plus `sourcing.weasel-words`, the off-by-default rule for encyclopedic copy."""
    from newslint.config import builtin_rules

    if select or not any(r.id == WEASEL_RULE for r in builtin_rules()):
        return []
    groups = tuple(sorted({D.group_of(r.id) for r in builtin_rules()}))
    linted = D.lint_many([r.text for r in records], jobs=args.jobs, select=groups + (WEASEL_RULE,))
    rules = weasel_rules | {WEASEL_RULE}
    score = D.PRF()
    for res, g in zip(linted, gold):
        score.add(any(f[0] in rules for f in res.findings), g)
    label = f"sourcing + hedging + `{WEASEL_RULE}` (off by default; held-out figures in docs/sourcing.md)"
    return [(label, score.tp + score.fp, D.fmt(score.precision), D.fmt(score.recall), D.fmt(score.f1))]


# ---------------------------------------------------------------- PTC


def ptc(data: Path, args, select) -> str:
    """Recall of propaganda-technique spans by rule group, and how many findings sit on any such span."""
    records, note = _sampled(D.load_ptc(data), args)
    linted = _span_sized(D.lint_many([r.text for r in records], jobs=args.jobs, select=select))
    labels = Counter(s.label for r in records for s in r.spans)
    groups = sorted({D.group_of(f[0]) for res in linted for f in res.findings})
    found = defaultdict(Counter)  # label -> group -> spans overlapped
    for rec, res in zip(records, linted):
        for span in rec.spans:
            hit_groups = {D.group_of(f[0]) for f in res.findings if D.overlaps(f[1], f[2], span.start, span.end)}
            for g in hit_groups | ({"any"} if hit_groups else set()):
                found[span.label][g] += 1
    rows = []
    for label, n in labels.most_common():
        expected = PTC_EXPECTED.get(label)
        cells = []
        for g in [*groups, "any"]:
            value = f"{found[label][g] / n:.2f}"
            cells.append(f"**{value}**" if g == expected else value)
        rows.append((label, n, *cells))
    on_span = Counter()
    per_group = Counter()
    for rec, res in zip(records, linted):
        for rule, s, e in res.findings:
            per_group[D.group_of(rule)] += 1
            on_span[D.group_of(rule)] += D.any_overlap(s, e, rec.spans)
    share = [(g, per_group[g], f"{on_span[g] / per_group[g]:.2f}") for g in groups]
    return _join([
        "## PTC: propaganda techniques in news articles\n",
        f"{len(records)} articles{note}; recall = share of gold spans of a technique overlapped by a finding of "
        "the group (bold: the group meant to catch it — Repetition by framing, loaded language and clichés "
        f"by style). Findings longer than {SPAN_MAX} characters (whole paragraphs) are left out. PTC marks "
        "techniques, not every editorial problem, and many of its outlets are partisan.",
        _errors(linted),
        "",
        D.table(["technique", "spans", *groups, "any"], rows),
        "",
        "Share of each group's findings that overlap any technique span (a loose precision: unannotated "
        "problems count against it):\n",
        D.table(["group", "findings", "on a technique span"], share),
    ])


# ---------------------------------------------------------------- PolNeAR


def polnear(data: Path, args, select) -> str:
    """Attribution model recall against gold Source/Cue/Content spans; sourcing findings on sources."""
    records, note = _sampled(D.load_polnear(data), args)
    linted = D.lint_many([r.text for r in records], jobs=args.jobs, attributions=True, select=select)
    out = ["## PolNeAR: attribution in political news\n"]
    gold_rel = [a for r in records for a in r.meta["attributions"]]
    out.append(f"{len(records)} articles{note}, {len(gold_rel):,} gold attributions "
               f"({sum(a['type'] == 'Attribution' for a in gold_rel):,} with a source).")
    if _errors(linted):
        out.append(_errors(linted))
    if all(res.attributions is None for res in linted if res.error is None):
        out.append("\nAttribution model: **not present** in this newslint (`Document.attributions` is missing), "
                   "so attribution recall is not measured.")
    else:
        out.append("\n" + _attribution_recall(records, linted))
    out.append("\n" + _findings_on_gold(records, linted, ("Source", "Cue")))
    return "\n".join(out)


def _attribution_recall(records, linted) -> str:
    parts = Counter()
    totals = Counter()
    predicted, predicted_ok = 0, 0
    for rec, res in zip(records, linted):
        found = res.attributions or ()
        gold_src = [s for a in rec.meta["attributions"] for s in a.get("source") or []]
        gold_cue = [s for a in rec.meta["attributions"] for s in a.get("cue") or []]
        for a in rec.meta["attributions"]:
            for part in ("source", "cue", "content"):
                spans = a.get(part) or []
                if not spans:
                    continue
                totals[part] += 1
                mine = [s for f in found for s in f.get(part, [])]
                parts[part] += any(D.any_overlap(s["start"], s["end"], mine) for s in spans)
            if a.get("source") and a.get("cue"):
                totals["relation"] += 1
                parts["relation"] += any(
                    any(D.any_overlap(s["start"], s["end"], f.get("source", [])) for s in a["source"])
                    and any(D.any_overlap(s["start"], s["end"], f.get("cue", [])) for s in a["cue"])
                    for f in found
                )
        for f in found:
            predicted += 1
            gold_pairs = [(s["start"], s["end"]) for s in gold_src + gold_cue]
            predicted_ok += any(D.any_overlap(s, e, gold_pairs) for s, e in f.get("source", []) + f.get("cue", []))
    rows = [(p, totals[p], f"{parts[p] / totals[p]:.2f}" if totals[p] else "–") for p in ("source", "cue", "content", "relation")]
    return "\n".join([
        "Attribution model recall: share of gold attributions whose part overlaps a part of the same kind "
        "found by `Document.attributions` (relation: source and cue of one found attribution both overlap).\n",
        D.table(["part", "gold", "recall"], rows),
        "",
        f"Found attributions: {predicted:,}; {predicted_ok / predicted:.2f} have a source or cue on a gold one "
        "(PolNeAR also annotates attributions newslint does not model, such as opinions and beliefs)."
        if predicted else "Found attributions: 0.",
    ])


def _findings_on_gold(records, linted, labels: tuple[str, ...]) -> str:
    per_rule, on_gold = Counter(), Counter()
    for rec, res in zip(records, linted):
        gold = [s for s in rec.spans if s.label in labels]
        for rule, s, e in res.findings:
            g = D.group_of(rule)
            if g in ("sourcing", "attribution"):
                per_rule[rule] += 1
                on_gold[rule] += D.any_overlap(s, e, gold)
    if not per_rule:
        return "No sourcing.* or attribution.* findings on this corpus."
    return "\n".join([
        "Sourcing and attribution findings that overlap a gold Source or Cue span (a vague-source finding "
        "should sit on the source it complains about):\n",
        D.table(["rule", "findings", "on a gold source or cue"],
                [(r, n, f"{on_gold[r] / n:.2f}") for r, n in per_rule.most_common()]),
    ])


# ---------------------------------------------------------------- BASIL


def basil(data: Path, args, select) -> str:
    """Editorializing: lexical_bias spans outside quotes, span-level precision and recall per group."""
    records, note = _sampled(D.load_basil(data), args)
    linted = _span_sized(D.lint_many([r.text for r in records], jobs=args.jobs, select=select))
    groups = sorted({D.group_of(f[0]) for res in linted for f in res.findings})
    rule_prec: dict[str, D.PRF] = defaultdict(D.PRF)
    rows = []
    for group in [*groups, "any"]:
        findings = on_span = covered = gold_n = 0
        for rec, res in zip(records, linted):
            lexical = [s for s in rec.spans if s.label == "lexical_bias"]
            mine = [f for f in res.findings if group == "any" or D.group_of(f[0]) == group]
            for rule, s, e in mine:
                ok = D.any_overlap(s, e, lexical)  # a finding on a quoted bias span is no false alarm
                findings += 1
                on_span += ok
                if group == "any":
                    rule_prec[rule].add(True, ok)
            for g in lexical:
                if g.extra.get("quote") != "yes":
                    gold_n += 1
                    covered += D.any_overlap(g.start, g.end, [(f[1], f[2]) for f in mine])
        p = on_span / findings if findings else None
        r = covered / gold_n if gold_n else None
        f1 = 2 * p * r / (p + r) if p and r else None
        rows.append((group, findings, D.fmt(p), D.fmt(r), D.fmt(f1)))
    top = sorted(rule_prec.items(), key=lambda kv: -(kv[1].tp + kv[1].fp))[: args.top]
    return _join([
        "## BASIL: editorializing (lexical bias outside quotations)\n",
        f"{len(records)} articles{note} (Fox News, New York Times, HuffPost on the same events), "
        f"{gold_n:,} `lexical_bias` spans outside quotations. Precision = share of findings overlapping a "
        "lexical-bias span; recall = share of gold spans overlapped by a finding of the group; findings "
        f"longer than {SPAN_MAX} characters (whole paragraphs) are left out. BASIL marks "
        "bias, not every style problem, so other groups' precision here is not their real precision.",
        _errors(linted),
        "",
        D.table(["group", "findings", "precision", "recall", "F1"], rows),
        "",
        f"Per rule (top {args.top} by findings):\n",
        D.table(["rule", "findings", "precision"], [(r, s.tp + s.fp, D.fmt(s.precision)) for r, s in top]),
    ])


# ---------------------------------------------------------------- headlines


def headlines(data: Path, args, select) -> str:
    """Findings per 1,000 headlines on clickbait and on news headlines: a headline rule should tell them apart."""
    records, note = _sampled(D.load_headlines(data), args)
    linted = D.lint_many([r.text for r in records], jobs=args.jobs, as_headline=True, select=select)
    halves = {"clickbait": 0, "not_clickbait": 0}
    counts: dict[str, Counter] = {k: Counter() for k in halves}
    flagged: dict[str, Counter] = {k: Counter() for k in halves}
    for rec, res in zip(records, linted):
        halves[rec.label] += 1
        counts[rec.label].update(f[0] for f in res.findings)
        flagged[rec.label].update({D.group_of(f[0]) for f in res.findings})
    per_k = lambda label, n: f"{1000 * n / halves[label]:.1f}" if halves[label] else "–"  # noqa: E731
    groups = sorted({D.group_of(r) for c in counts.values() for r in c})
    group_rows = []
    for g in groups:
        cb = sum(n for r, n in counts["clickbait"].items() if D.group_of(r) == g)
        nc = sum(n for r, n in counts["not_clickbait"].items() if D.group_of(r) == g)
        group_rows.append((g, per_k("clickbait", cb), per_k("not_clickbait", nc), _ratio(cb / max(halves["clickbait"], 1), nc / max(halves["not_clickbait"], 1))))
    rules = Counter()
    for c in counts.values():
        rules.update(c)
    rule_rows = [
        (r, per_k("clickbait", counts["clickbait"][r]), per_k("not_clickbait", counts["not_clickbait"][r]),
         _ratio(counts["clickbait"][r] / max(halves["clickbait"], 1), counts["not_clickbait"][r] / max(halves["not_clickbait"], 1)))
        for r, _ in rules.most_common(args.top)
    ]
    score = D.PRF()
    for rec, res in zip(records, linted):
        score.add(any(D.group_of(f[0]) == "headline" for f in res.findings), rec.label == "clickbait")
    return _join([
        "## Headlines: clickbait and news headlines\n",
        f"{len(records):,} headlines{note}: {halves['clickbait']:,} clickbait, {halves['not_clickbait']:,} news. "
        "Each is linted as a headline on its own. A good headline rule fires far more often on the clickbait half.",
        _errors(linted),
        "",
        D.table(["group", "per 1,000 clickbait", "per 1,000 news", "ratio"], group_rows),
        "",
        f"Per rule (top {args.top}):\n",
        D.table(["rule", "per 1,000 clickbait", "per 1,000 news", "ratio"], rule_rows),
        "",
        f"Any headline.* finding as a clickbait detector: precision {D.fmt(score.precision)}, "
        f"recall {D.fmt(score.recall)}, F1 {D.fmt(score.f1)}.",
    ])


def _ratio(a: float, b: float) -> str:
    if b == 0:
        return "–" if a == 0 else "∞"
    return f"{a / b:.1f}×"


def _span_sized(linted: list) -> list:
    """Findings short enough to be compared with gold spans by overlap.

    A finding that covers a whole paragraph or article (long-paragraph, grade level) overlaps
    every span inside it and says nothing about any of them.
    """
    return [D.Linted(tuple(f for f in res.findings if f[2] - f[1] <= SPAN_MAX), res.attributions, res.error)
            for res in linted]


def _join(lines: list) -> str:
    """Lines of a section; None (an absent note) is left out."""
    return "\n".join(x for x in lines if x is not None)


def _errors(linted) -> str | None:
    errors = [r.error for r in linted if r.error]
    if not errors:
        return None
    return f"\n**{len(errors)} text(s) failed to lint**; first: `{errors[0]}`"


SECTIONS = [
    ("BBC News", bbc),
    ("WikiWeasel", wikiweasel),
    ("PTC", ptc),
    ("PolNeAR", polnear),
    ("BASIL", basil),
    ("Headlines", headlines),
]

if __name__ == "__main__":
    sys.exit(main())
