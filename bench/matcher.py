"""Measure phrase matching: one 300-phrase list over about 1 MB of BBC prose, Python re vs RE2.

    python bench/matcher.py /work/shared/data            # DATA holds bbc/articles.jsonl

The prose is the first BBC News articles (title and body) up to 1 MB of UTF-8. The
300 phrases are word pairs and triples drawn at random (fixed seed) from *other* BBC
articles, so some occur in the measured text and most do not, as with a real rule's
word list. Every engine must report the same number of matches.

Engines:
- `re alternation`: Python `re`, one `\\b(?:a|b|...)\\b` pattern, case-insensitive.
- `re2 alternation`: the same pattern compiled by google-re2.
- `newslint matcher`: what a rule compiles to (checks/phrases.py: RE2, any white space
  between words, either apostrophe, whole words), run over the whole text at once.
- `newslint per sentence`: the same matcher as the engine runs it, once per sentence of
  one long Document, which shows the cost of each call.

The data is read-only research material: this script prints figures only.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = 1_000_000
PHRASES = 300


def load_prose(data: Path) -> tuple[str, list[str]]:
    """About 1 MB of articles to search, and the rest of the articles to draw phrases from."""
    measured, rest, size = [], [], 0
    with open(data / "bbc" / "articles.jsonl", encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            article = f"{record['title']}\n\n{record['body']}"
            if size < SIZE:
                measured.append(article)
                size += len(article.encode("utf-8")) + 2
            else:
                rest.append(article)
    return "\n\n".join(measured), rest


def draw_phrases(articles: list[str], n: int = PHRASES, seed: int = 0) -> list[str]:
    """n distinct lower-case word pairs and triples from the held-out articles."""
    grams: set[str] = set()
    for text in articles:
        words = re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())
        for k in (2, 3):
            grams.update(" ".join(words[i : i + k]) for i in range(len(words) - k + 1))
    return random.Random(seed).sample(sorted(grams), n)


def plain_pattern(phrases: list[str]) -> str:
    """One alternation of the escaped phrases, longest first, at word boundaries."""
    return r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b"


def engines(phrases: list[str], text: str) -> dict[str, tuple[Callable[[], object], Callable[[object], Iterator]]]:
    """name -> (compile, run) for each engine."""
    import re2

    from newslint.checks.options import Options
    from newslint.checks.phrases import compile_matcher
    from newslint.document import Document
    from newslint.yamlfile import Where

    pattern = plain_pattern(phrases)
    re2_options = re2.Options()
    re2_options.case_sensitive = False
    doc = Document.build(text)

    def newslint_matcher():
        return compile_matcher(Options("existence", {}, Where("bench")), phrases, [], ignore_case=True)

    return {
        "re alternation": (lambda: re.compile(pattern, re.IGNORECASE), lambda rx: rx.finditer(text)),
        "re2 alternation": (lambda: re2.compile(pattern, re2_options), lambda rx: rx.finditer(text)),
        "newslint matcher": (newslint_matcher, lambda m: m.finditer(text, 0, len(text))),
        "newslint per sentence": (
            newslint_matcher,
            lambda m: (hit for s in doc.sentences for hit in m.finditer(text, s.start, s.end)),
        ),
    }


def measure(compile_: Callable[[], object], run: Callable[[object], Iterator], repeat: int) -> tuple[float, float, int]:
    """Compile time, best search time of `repeat` runs, and the number of matches."""
    t0 = time.perf_counter()
    compiled = compile_()
    compile_s = time.perf_counter() - t0
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = sum(1 for _ in run(compiled))
        best = min(best, time.perf_counter() - t0)
    return compile_s, best, count


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table of the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the development data folder (holds bbc/articles.jsonl)")
    parser.add_argument("--repeat", type=int, default=3, help="time this many runs and keep the fastest")
    parser.add_argument("--only", help="comma-separated engine names")
    args = parser.parse_args(argv)
    text, rest = load_prose(args.data)
    phrases = draw_phrases(rest)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"{mb:.2f} MB of prose, {len(phrases)} phrases\n")
    print("| engine | compile ms | search s | MB/s | matches |")
    print("|---|---|---|---|---|")
    chosen = args.only.split(",") if args.only else None
    for name, (compile_, run) in engines(phrases, text).items():
        if chosen and name not in chosen:
            continue
        compile_s, search_s, count = measure(compile_, run, args.repeat)
        print(f"| {name} | {compile_s * 1000:.1f} | {search_s:.3f} | {mb / search_s:.1f} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
