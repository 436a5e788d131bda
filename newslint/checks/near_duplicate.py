"""near_duplicate: a sentence or paragraph that repeats, or nearly repeats, an earlier one.

Similarity is rapidfuzz's `ratio` (normalized Indel similarity, 0-100) on text folded
to lower case with punctuation removed, or on its sorted words (`token_sort_ratio`).
Cost stays near-linear: a pair can only reach the threshold when the two lengths are
close (ratio <= 200 * shorter / (shorter + longer)), so units are sorted by length and
each block of them is scored against its length window only, by `process.cdist` with a
score cutoff (bench/near_duplicate.py measures it).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context
from .options import Options

SCORERS = ("ratio", "token_sort_ratio")
BLOCK = 256


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
            inside = [s for s in context.doc.sentences if para.contains(s)]
            if len(inside) >= self.defer_paragraphs and all(s in repeated for s in inside):
                skip.update(index[s] for s in inside)
        return skip


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


def best_earlier(keys: list[str], threshold: float) -> dict[int, tuple[int, float]]:
    """For each key alike to an earlier one: (index of the most alike earlier key, score)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    order = sorted(range(len(keys)), key=lambda k: len(keys[k]))
    lengths = [len(keys[k]) for k in order]
    stretch = (200 - threshold) / threshold  # longest partner a length can have
    best: dict[int, tuple[int, float]] = {}
    for a in range(0, len(order), BLOCK):
        block = order[a : a + BLOCK]
        stop = bisect.bisect_right(lengths, lengths[a + len(block) - 1] * stretch)
        window = order[a:stop]
        scores = process.cdist(
            [keys[k] for k in block], [keys[k] for k in window],
            scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.float32,
        )
        for r, c in zip(*np.nonzero(scores)):
            i, j = sorted((block[r], window[c]))
            if i != j:
                _keep(best, j, i, float(scores[r, c]))
    return best


def _keep(best: dict[int, tuple[int, float]], j: int, i: int, score: float) -> None:
    """Record i as j's earlier copy if it is more alike (or as alike and earlier)."""
    old = best.get(j)
    if old is None or score > old[1] or (score == old[1] and i < old[0]):
        best[j] = (i, score)
