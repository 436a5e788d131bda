"""near_duplicate: a sentence or paragraph that repeats, or nearly repeats, an earlier one.

Similarity is rapidfuzz's `ratio` (normalized Indel similarity, 0-100) on text folded
to lower case with punctuation removed, or on its sorted words (`token_sort_ratio`).
Cost stays near-linear: a pair can only reach the threshold when the two lengths are
close (ratio <= 200 * shorter / (shorter + longer)) and their character histograms
are close, so units are sorted by length and each block of them is compared, in numpy,
with its length window only; the few pairs left are scored with a score cutoff
(bench/near_duplicate.py measures it: docs/framing.md).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context
from .options import Options
from .words import sentences_in

SCORERS = ("ratio", "token_sort_ratio")
BLOCK = 64
SMALL = 200  # up to this many units, plain pairwise scoring is faster than importing numpy


@dataclass(frozen=True)
class NearDuplicate:
    """A hit on each unit at least `threshold` alike to an earlier one, spanning the later copy.

    Options: `threshold` (0-100, default 90), `scorer` (ratio | token_sort_ratio),
    `min_words` (units shorter than this are never paired: formulaic lines such as
    "The cause is under investigation." recur by design), `min_sentences` (units with
    fewer sentences are left to a sentence rule), `defer_paragraphs` (a sentence
    whose whole paragraph of at least this many sentences repeats is left to the
    paragraph rule; 0 reports it anyway). Units alike to the headline are left to
    the headline rule. Message fields: line (of the earlier copy), score.
    """

    threshold: float
    scorer: str
    min_words: int
    min_sentences: int
    defer_paragraphs: int
    fields = ("line", "score")
    scopes = ("sentence", "paragraph")

    @classmethod
    def from_options(cls, options: Options) -> "NearDuplicate":
        """Read the threshold, scorer and length floors."""
        threshold = options.number("threshold", 90, minimum=1, maximum=100)
        scorer = options.str("scorer", "ratio", choices=SCORERS)
        min_words = options.int("min_words", 8, minimum=1)
        min_sentences = options.int("min_sentences", 1, minimum=1)
        defer = options.int("defer_paragraphs", 2)
        options.finish()
        return cls(threshold, scorer, min_words, min_sentences, defer)

    def run(self, context: Context) -> Iterator[Hit]:
        """Pair each eligible unit with its most alike earlier unit."""
        doc = context.doc
        pairs = [(u, self.key(context.text[u.start : u.end])) for u in context.units if u != doc.headline]
        pairs = [(u, k) for u, k in pairs if self._eligible(context, u, k)]
        units, keys = [u for u, _ in pairs], [k for _, k in pairs]
        headline = self.key(context.text[doc.headline.start : doc.headline.end]) if doc.headline else ""
        earlier = best_earlier(keys, self.threshold)
        skip = self._deferred(context, units, earlier)
        for j, (i, score) in sorted(earlier.items()):
            if j in skip or (headline and _ratio(keys[j], headline) >= self.threshold):
                continue
            line = doc.position(units[i].start)[0]
            yield Hit(units[j].start, units[j].end, {"line": line, "score": int(score)})

    def key(self, text: str) -> str:
        """The text as compared: folded, punctuation removed, words sorted if asked."""
        from rapidfuzz.utils import default_process

        folded = default_process(text.replace("’", "'").replace("'", ""))
        words = folded.split()
        return " ".join(sorted(words) if self.scorer == "token_sort_ratio" else words)

    def _eligible(self, context: Context, unit: Span, key: str) -> bool:
        """Long enough in words, and in sentences for paragraph rules."""
        if key.count(" ") + 1 < self.min_words or not key:
            return False
        if self.min_sentences > 1:
            starts = context.doc.sentence_starts
            count = bisect.bisect_left(starts, unit.end) - bisect.bisect_left(starts, unit.start)
            return count >= self.min_sentences
        return True

    def _deferred(self, context: Context, units: list[Span], earlier: dict) -> set[int]:
        """Indexes of repeated sentences whose whole paragraph repeats (the paragraph rule's)."""
        if not self.defer_paragraphs:
            return set()
        repeated = {units[j] for j in earlier}
        index = {u: k for k, u in enumerate(units)}
        skip: set[int] = set()
        for para in context.doc.paragraphs:
            inside = sentences_in(context.doc, para)
            if len(inside) >= self.defer_paragraphs and all(s in repeated for s in inside):
                skip.update(index[s] for s in inside)
        return skip


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


def best_earlier(keys: list[str], threshold: float) -> dict[int, tuple[int, float]]:
    """For each key alike to an earlier one: (index of the most alike earlier key, score).

    Two exact prefilters run before any pair is scored: lengths must be close, and
    the character-count histograms must be close, since each insertion or deletion
    changes one count by one, so Indel distance >= the histograms' L1 distance.
    """
    if len(keys) <= SMALL:
        return _best_earlier_small(keys, threshold)
    import numpy as np
    from rapidfuzz import fuzz

    order = np.argsort(np.array([len(k) for k in keys], dtype=np.int64), kind="stable")
    lengths = np.array([len(keys[k]) for k in order], dtype=np.int64)
    hist = _histograms([keys[k] for k in order])
    stretch = (200 - threshold) / threshold  # longest partner a length can have
    best: dict[int, tuple[int, float]] = {}
    for a in range(0, len(order), BLOCK):
        b = min(a + BLOCK, len(order))
        stop = int(np.searchsorted(lengths, lengths[b - 1] * stretch, side="right"))
        l1 = np.abs(hist[a:b, None, :] - hist[None, a:stop, :]).sum(axis=-1, dtype=np.int64)
        total = lengths[a:b, None] + lengths[None, a:stop]
        for r, c in zip(*np.nonzero(100 * (total - l1) >= threshold * total)):
            if a + c <= a + r:
                continue  # each pair once, never a key with itself
            i, j = sorted((int(order[a + r]), int(order[a + c])))
            score = fuzz.ratio(keys[i], keys[j], score_cutoff=threshold)
            if score:
                _keep(best, j, i, float(score))
    return best


def _best_earlier_small(keys: list[str], threshold: float) -> dict[int, tuple[int, float]]:
    """The same for an article-sized list, in plain Python: no numpy import for one story.

    Keys are visited in order of length, so each is paired only with the keys whose length
    is close enough (found by bisection) rather than tested against all the others.
    """
    from rapidfuzz import fuzz

    stretch = (200 - threshold) / threshold
    order = sorted(range(len(keys)), key=lambda k: len(keys[k]))
    lengths = [len(keys[k]) for k in order]
    best: dict[int, tuple[int, float]] = {}
    for pos, shorter in enumerate(order):
        stop = bisect.bisect_right(lengths, lengths[pos] * stretch, pos + 1)
        for other in order[pos + 1 : stop]:
            i, j = (other, shorter) if other < shorter else (shorter, other)
            score = fuzz.ratio(keys[i], keys[j], score_cutoff=threshold)
            if score:
                _keep(best, j, i, float(score))
    return best


def _histograms(keys: list[str]):
    """Counts of each key's code points in 16 bins (code point mod 16), as an int16 matrix."""
    import numpy as np

    out = np.zeros((len(keys), 16), dtype=np.int16)
    for row, key in enumerate(keys):
        points = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32)
        out[row] = np.bincount(points % 16, minlength=16)
    return out


def _keep(best: dict[int, tuple[int, float]], j: int, i: int, score: float) -> None:
    """Record i as j's earlier copy if it is more alike (or as alike and earlier)."""
    old = best.get(j)
    if old is None or score > old[1] or (score == old[1] and i < old[0]):
        best[j] = (i, score)
