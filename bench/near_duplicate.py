"""Cost of the near_duplicate kind (framing.duplicate-sentence) as a document grows.

Documents are built from real BBC News sentences (1x is about one article, 60
sentences; then 4x, 16x and 10,000 sentences), with every 50th sentence repeated
later so that the rule has copies to find. Prints wall time of the rule alone (best
of three; one run for the largest), the pairs left by the length prefilter (the
histogram prefilter then drops most of those) against all pairs, and, up to 16x, the time of a plain all-pairs `cdist` for comparison.

    /work/main/.venv/bin/python bench/near_duplicate.py [DATA]

DATA defaults to ../shared/data; the text is read where it lies and never copied.
"""
from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.checks.near_duplicate import BLOCK  # noqa: E402
from newslint.config import builtin_rules  # noqa: E402
from newslint.engine import lint  # noqa: E402
from newslint.readers import read_text  # noqa: E402
from newslint.segment import paragraphs, sentences  # noqa: E402

SIZES = (("1x", 60), ("4x", 240), ("16x", 960), ("10k", 10_000))


def bbc_sentences(data: Path, limit: int) -> list[str]:
    """Sentences of BBC bodies, in order, without line breaks."""
    out: list[str] = []
    with (data / "bbc" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line)["body"]
            for para in paragraphs(body):
                out.extend(" ".join(body[s.start : s.end].split()) for s in sentences(body, para))
            if len(out) >= limit:
                return out[:limit]
    return out


def document(pool: list[str], n: int) -> str:
    """A headline and n sentences, one paragraph each, with every 50th sentence repeated later."""
    body = list(pool[:n])
    for i in range(0, n - 25, 50):
        body[i + 25] = body[i]
    return "Benchmark document\n\n" + "\n\n".join(body) + "\n"


def timed(fn, repeat: int) -> float:
    """Best wall time of `repeat` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def window_pairs(keys: list[str], threshold: float, block: int = BLOCK) -> int:
    """How many pairs the length-window prefilter lets through to the histogram check."""
    lengths = sorted(len(k) for k in keys)
    stretch = (200 - threshold) / threshold
    total = 0
    for a in range(0, len(lengths), block):
        b = min(a + block, len(lengths))
        total += (b - a) * (bisect.bisect_right(lengths, lengths[b - 1] * stretch) - a)
    return total


def main(argv: list[str] | None = None) -> int:
    """Print one JSON line per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args(argv)
    rule = next(r for r in builtin_rules() if r.id == "framing.duplicate-sentence")
    pool = bbc_sentences(Path(args.data), SIZES[-1][1])
    from rapidfuzz import fuzz, process

    for name, n in SIZES:
        doc = read_text(document(pool, n))
        found = lint(doc, [rule])
        ms = timed(lambda: lint(doc, [rule]), 1 if n >= 10_000 else 3)
        keys = [rule.check.key(doc.prose[s.start : s.end]) for s in doc.sentences]
        row = {"size": name, "sentences": len(doc.sentences), "findings": len(found), "rule_ms": round(ms, 1),
               "length_window_pairs": window_pairs(keys, rule.check.threshold), "all_pairs": len(keys) * (len(keys) - 1) // 2}
        if n <= 1000:
            row["all_pairs_cdist_ms"] = round(timed(lambda: process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=90), 3), 1)
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
