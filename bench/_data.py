"""Shared helpers for the benchmark scripts: data loaders, span overlap, P/R/F1, parallel linting,
run metadata and regenerated doc sections.

The development data (see its README.md) is read-only research material: these helpers
read it and compute figures; nothing from it is written into the repository.
Every loader takes the data folder as an argument, because users of the project have
their own copy or none.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the checkout's newslint, not an installed one

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def default_data_dir() -> Path:
    """`../shared/data` beside the checkout (or beside its parent, for git worktrees)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "data"


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Gold:
    """A labelled span of a record's text (end exclusive) and the label's extra fields."""

    start: int
    end: int
    label: str
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Record:
    """One text to lint with its gold annotation: spans, a label, or neither."""

    id: str
    text: str
    label: str = ""
    spans: tuple[Gold, ...] = ()
    meta: dict = field(default_factory=dict, compare=False, hash=False)


def read_jsonl(path: Path) -> Iterator[dict]:
    """Records of a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _spans(raw: Iterable[dict]) -> tuple[Gold, ...]:
    keep = ("start", "end", "label", "span_text", "text")
    return tuple(
        Gold(int(s["start"]), int(s["end"]), str(s.get("label", "")), {k: v for k, v in s.items() if k not in keep})
        for s in raw
    )


def load_wikiweasel(data: Path) -> list[Record]:
    """WikiWeasel sentences; label is `uncertain` or `certain`."""
    return [Record(r["id"], r["text"], r["label"]) for r in read_jsonl(data / "wikiweasel" / "train.jsonl")]


def load_ptc(data: Path) -> list[Record]:
    """PTC articles with technique spans."""
    return [Record(r["id"], r["text"], spans=_spans(r["spans"])) for r in read_jsonl(data / "ptc" / "articles.jsonl")]


def load_polnear(data: Path) -> list[Record]:
    """PolNeAR articles; meta['attributions'] holds the gold relations."""
    return [
        Record(r["id"], r["text"], spans=_spans(r["spans"]), meta={"attributions": r["attributions"], "publisher": r.get("publisher")})
        for r in read_jsonl(data / "polnear" / "train.jsonl")
    ]


def load_basil(data: Path) -> list[Record]:
    """BASIL articles with lexical/informational bias spans (extra['quote'] is 'yes' or 'no')."""
    return [
        Record(r["id"], r["text"], spans=_spans(r["spans"]), meta={"source": r.get("source")})
        for r in read_jsonl(data / "basil" / "articles.jsonl")
    ]


def bbc_text(row: dict) -> str:
    """A BBC record as an article file: headline line, blank line, body."""
    return f"{row['title'].strip()}\n\n{row['body'].strip()}\n"


def load_bbc(data: Path) -> list[Record]:
    """BBC News articles as article texts (headline first); label is the topic."""
    return [Record(r["id"], bbc_text(r), r.get("category", "")) for r in read_jsonl(data / "bbc" / "articles.jsonl")]


def load_headlines(data: Path) -> list[Record]:
    """Headlines labelled `clickbait` or `not_clickbait`."""
    return [Record(r["id"], r["text"], r["label"]) for r in read_jsonl(data / "headlines" / "clickbait.jsonl")]


def sample(records: Sequence[Record], n: int | None, seed: int = 8) -> list[Record]:
    """A fixed-seed random subset of n records (all of them when n is None or too large)."""
    if n is None or n >= len(records):
        return list(records)
    return random.Random(seed).sample(list(records), n)


def count_words(text: str) -> int:
    """Words as newslint's occurrence kind counts them (letters/digits joined by ' ’ . -)."""
    return sum(1 for _ in _WORD.finditer(text))


# ---------------------------------------------------------------- spans and scores


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when [a_start, a_end) and [b_start, b_end) share a character."""
    return a_start < b_end and b_start < a_end


def any_overlap(start: int, end: int, spans: Iterable[Any]) -> bool:
    """True when [start, end) overlaps any span (objects with .start/.end or (start, end) pairs)."""
    for s in spans:
        s_start, s_end = (s.start, s.end) if hasattr(s, "start") else (s[0], s[1])
        if s_start < end and start < s_end:
            return True
    return False


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def add(self, predicted: bool, gold: bool) -> None:
        """Count one binary decision."""
        self.tp += predicted and gold
        self.fp += predicted and not gold
        self.fn += gold and not predicted


def fmt(value: float | None, digits: int = 2) -> str:
    """A score for a table: '0.42', or '–' when undefined."""
    return "–" if value is None else f"{value:.{digits}f}"


def group_of(rule_id: str) -> str:
    """A rule id's group: the part before the dot."""
    return rule_id.split(".", 1)[0]


def table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table ('(none)' when there are no rows)."""
    rows = list(rows)
    if not rows:
        return "(none)"
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- linting


@dataclass(frozen=True)
class Linted:
    """What the benchmarks need from one text: (rule, start, end) per finding, and attributions."""

    findings: tuple[tuple[str, int, int], ...]
    attributions: tuple[dict, ...] | None = None  # None: this newslint has no attribution model
    error: str | None = None


_RULES: Any = None


def _rules(select: tuple[str, ...]) -> Any:
    """The rules to run, compiled once per process."""
    global _RULES
    if _RULES is None or _RULES[0] != select:
        from newslint.config import DEFAULT, rules_for

        config = DEFAULT
        if select:
            from dataclasses import replace

            config = replace(DEFAULT, select=select)
        _RULES = (select, rules_for(config))
    return _RULES[1]


def _document(text: str, as_headline: bool) -> Any:
    if as_headline:
        from newslint.document import Document
        from newslint.findings import Span

        return Document.build(text, None, headline=Span(0, len(text)), blocks=[])
    from newslint.readers import read_text

    return read_text(text)


def _attributions(doc: Any) -> tuple[dict, ...] | None:
    """The document's attributions as plain dicts of spans, or None when newslint has none."""
    try:
        found = doc.attributions
    except (AttributeError, ImportError):
        return None
    return tuple(_attribution_spans(a) for a in found)


def _attribution_spans(obj: Any) -> dict:
    """{'source': [(s, e)], 'cue': [...], 'content': [...]} from whatever shape the model uses."""
    out: dict[str, list[tuple[int, int]]] = {}
    names = {"source": ("source", "speaker", "who"), "cue": ("cue", "verb"), "content": ("content", "quote", "what", "span")}
    for kind, attrs in names.items():
        for attr in attrs:
            value = getattr(obj, attr, None)
            spans = _as_spans(value)
            if spans:
                out[kind] = spans
                break
    return out


def _as_spans(value: Any) -> list[tuple[int, int]]:
    if value is None:
        return []
    if hasattr(value, "start") and hasattr(value, "end") and isinstance(getattr(value, "start"), int):
        return [(value.start, value.end)]
    if hasattr(value, "span"):  # e.g. a Speaker: a phrase object that knows its span
        return _as_spans(value.span)
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _as_spans(v)]
    return []


def lint_one(job: tuple[str, bool, bool, tuple[str, ...]]) -> Linted:
    """Lint one text (worker entry point): (text, as_headline, want_attributions, select)."""
    text, as_headline, want_attr, select = job
    from newslint.engine import lint

    try:
        doc = _document(text, as_headline)
        found = tuple((f.rule, f.start, f.end) for f in lint(doc, _rules(select)))
    except Exception as exc:  # noqa: BLE001 - a benchmark reports a crash and goes on
        return Linted((), None, f"{type(exc).__name__}: {exc}")
    return Linted(found, _attributions(doc) if want_attr else None)


def lint_many(
    texts: Sequence[str],
    *,
    jobs: int = 1,
    as_headline: bool = False,
    attributions: bool = False,
    select: tuple[str, ...] = (),
) -> list[Linted]:
    """Lint texts in order, over `jobs` processes (rules compiled once per process)."""
    work = [(t, as_headline, attributions, select) for t in texts]
    _rules(select)  # compile before forking, so workers inherit the rules
    if jobs <= 1 or len(work) < 50:
        return [lint_one(w) for w in work]
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        return pool.map(lint_one, work, chunksize=max(1, len(work) // (jobs * 16)))


def rules_info(select: tuple[str, ...] = ()) -> list[tuple[str, str, bool]]:
    """(id, kind, enabled) of every built-in rule, and whether the run includes it."""
    from newslint.config import builtin_rules

    chosen = {r.id for r in _rules(select)}
    return [(r.id, r.kind, r.id in chosen) for r in builtin_rules()]


# ---------------------------------------------------------------- reports


def run_info(command: Sequence[str]) -> dict[str, str]:
    """When, where and on what code a benchmark ran, for the docs."""
    import newslint

    commit = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    return {
        "command": " ".join(command),
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, load {_load()}",
        "python": platform.python_version(),
        "newslint": f"{newslint.__version__} (commit {commit or 'unknown'}{', with local changes' if dirty else ''})",
    }


def _git(*args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def info_block(info: dict[str, str]) -> str:
    """The run metadata as a Markdown list."""
    return "\n".join(
        [f"- Command: `{info['command']}`"] + [f"- {k.capitalize()}: {v}" for k, v in info.items() if k != "command"]
    )


def write_section(path: Path, name: str, body: str, intro: str) -> None:
    """Replace the generated section `name` of a Markdown file, keeping hand-written text around it.

    A new file starts with `intro`. The section lies between `<!-- begin NAME -->` and `<!-- end NAME -->`.
    """
    begin, end = f"<!-- begin {name} (generated; do not edit by hand) -->", f"<!-- end {name} -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else f"{intro.rstrip()}\n\n"
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        new = head + block + rest.split(end, 1)[1]
    else:
        new = old.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")


def progress(message: str) -> None:
    """A line on stderr, so stdout stays the report."""
    print(message, file=sys.stderr, flush=True)


def timed(label: str) -> Callable:
    """Decorator printing how long a section took, on stderr."""
    import functools
    import time

    def wrap(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            result = fn(*args, **kwargs)
            progress(f"  {label}: {time.perf_counter() - start:.1f} s")
            return result

        return inner

    return wrap
