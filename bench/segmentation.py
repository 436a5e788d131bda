"""Measure sentence splitters on gold news sentence boundaries: accuracy and speed.

    python bench/segmentation.py /work/shared/data            # all splitters that are installed
    python bench/segmentation.py DATA --only newslint --errors 20

Gold: the Propaganda Techniques Corpus (DATA/ptc/articles.jsonl) stores real news articles
one sentence per line, paragraphs separated by blank lines. Each paragraph's lines are
joined with single spaces; a splitter must recover the places where lines were joined.
A boundary is the offset where a sentence (other than a paragraph's first) starts.

Reported per splitter: precision, recall and F1 of boundaries; recall on the "punctuated"
boundaries only (the line before ends in . ! ? or an ellipsis, possibly followed by a
closing quote or bracket: the boundaries punctuation can reveal; headings and lines ending
in a colon cannot be found once joined); speed in sentences/s and MB/s of UTF-8 text, and
the time of a first import in a fresh interpreter. The data is read-only research material: this script prints figures, and
with --errors a few disagreements for development, but copies nothing into the repository.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PUNCTUATED = re.compile(r"(?:[.!?]|…)[\"'”’)\]»]*$")


@dataclass(frozen=True)
class Paragraph:
    """A joined paragraph and its gold boundaries (offsets where a sentence starts)."""

    text: str
    gold: frozenset[int]
    punctuated: frozenset[int]


def load_paragraphs(data: Path) -> list[Paragraph]:
    """Every paragraph of every PTC article, lines joined with one space."""
    out: list[Paragraph] = []
    with open(data / "ptc" / "articles.jsonl", encoding="utf-8") as fh:
        for raw in fh:
            text = json.loads(raw)["text"]
            for block in re.split(r"\n[ \t]*\n", text):
                lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
                if lines:
                    out.append(_join(lines))
    return out


def _join(lines: list[str]) -> Paragraph:
    gold, punct, pos = set(), set(), 0
    for prev, line in zip([None, *lines], lines):
        if prev is not None:
            pos += 1
            gold.add(pos)
            if PUNCTUATED.search(prev):
                punct.add(pos)
        pos += len(line)
    return Paragraph(" ".join(lines), frozenset(gold), frozenset(punct))


# Each splitter: () -> (paragraph text -> sentence start offsets). Setup is timed as import cost.
def _newslint() -> Callable[[str], list[int]]:
    from newslint.findings import Span
    from newslint.segment import sentences

    return lambda text: [s.start for s in sentences(text, Span(0, len(text)))]


def _pysbd() -> Callable[[str], list[int]]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [s.start for s in seg.segment(text)]


def _syntok() -> Callable[[str], list[int]]:
    from syntok import segmenter

    return lambda text: [sent[0].offset for para in segmenter.analyze(text) for sent in para if sent]


def _blingfire() -> Callable[[str], list[int]]:
    import blingfire

    return lambda text: [s for s, _ in blingfire.text_to_sentences_and_offsets(text)[1]] if text.strip() else []


SPLITTERS: dict[str, Callable[[], Callable[[str], list[int]]]] = {
    "newslint": _newslint,
    "pysbd": _pysbd,
    "syntok": _syntok,
    "blingfire": _blingfire,
}


MODULES = {"newslint": "newslint.segment", "pysbd": "pysbd", "syntok": "syntok.segmenter", "blingfire": "blingfire"}


def _snap(text: str, offset: int) -> int:
    """Move an offset forward past white space, so splitters that keep it agree."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def evaluate(name: str, paragraphs: list[Paragraph], errors: int, repeat: int = 3) -> dict[str, float] | None:
    """Run one splitter over every paragraph; boundary P/R/F1 and speed."""
    try:
        split = SPLITTERS[name]()
    except ImportError:
        return None
    elapsed = float("inf")
    for _ in range(repeat):  # the best of a few runs: the machine is shared
        t0 = time.perf_counter()
        starts = [split(p.text) for p in paragraphs]
        elapsed = min(elapsed, time.perf_counter() - t0)
    predicted = [{_snap(p.text, s) for s in offsets} for p, offsets in zip(paragraphs, starts)]
    tp = fp = fn = tp_punct = n_punct = 0
    disagreements: list[tuple[str, str, int]] = []
    for p, starts in zip(paragraphs, predicted):
        pred = {s for s in starts if 0 < s < len(p.text)}
        tp += len(pred & p.gold)
        fp += len(pred - p.gold)
        fn += len(p.gold - pred)
        tp_punct += len(pred & p.punctuated)
        n_punct += len(p.punctuated)
        disagreements += [("missed", p.text, off) for off in sorted(p.punctuated - pred)]
        disagreements += [("extra", p.text, off) for off in sorted(pred - p.gold)]
    _show_sample(disagreements, errors)
    sentences = sum(len(p.gold) + 1 for p in paragraphs)
    mb = sum(len(p.text.encode("utf-8")) for p in paragraphs) / 1e6
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "recall_punctuated": tp_punct / n_punct if n_punct else 0.0,
        "false_splits": fp,
        "missed": fn,
        "sentences_per_s": sentences / elapsed,
        "mb_per_s": mb / elapsed,
        "import_s": import_seconds(MODULES[name]) or 0.0,
    }


def _show_sample(disagreements: list[tuple[str, str, int]], n: int) -> None:
    """Print a fixed random sample of disagreements with the gold, for auditing by hand."""
    for kind, text, off in sorted(random.Random(0).sample(disagreements, min(n, len(disagreements)))):
        print(f"  {kind:6} …{text[max(0, off - 60):off]}⏎{text[off:off + 40]}…")


def import_seconds(module: str) -> float | None:
    """Wall time of a first `import module` in a fresh interpreter (None if not installed)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    return float(proc.stdout) if proc.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table of the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the development data folder (holds ptc/articles.jsonl)")
    parser.add_argument("--only", help="comma-separated splitter names", default=",".join(SPLITTERS))
    parser.add_argument("--errors", type=int, default=0, help="print a random sample of this many disagreements per splitter")
    parser.add_argument("--repeat", type=int, default=3, help="time this many runs and keep the fastest")
    args = parser.parse_args(argv)
    paragraphs = load_paragraphs(args.data)
    gold = sum(len(p.gold) for p in paragraphs)
    punct = sum(len(p.punctuated) for p in paragraphs)
    size = sum(len(p.text.encode("utf-8")) for p in paragraphs) / 1e6
    print(f"{len(paragraphs)} paragraphs, {gold} gold boundaries ({punct} after terminal punctuation), {size:.2f} MB\n")
    rows = []
    for name in args.only.split(","):
        if args.errors:
            print(f"{name}:")
        result = evaluate(name, paragraphs, args.errors, args.repeat)
        if result is None:
            print(f"{name}: not installed, skipped")
            continue
        rows.append((name, result))
    print("| splitter | precision | recall | F1 | recall (punctuated) | false splits | missed | sentences/s | MB/s | import s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(
            f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['recall_punctuated']:.3f} "
            f"| {r['false_splits']} | {r['missed']} | {r['sentences_per_s']:,.0f} | {r['mb_per_s']:.2f} | {r['import_s']:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
