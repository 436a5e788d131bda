"""The near_duplicate prefilters are exact: they find the same pairs as scoring every pair."""
from __future__ import annotations

import random

from rapidfuzz import fuzz

from newslint.checks.near_duplicate import best_earlier

WORDS = "the soldiers were flown to belarus for medical care before returning home officials said talks resume".split()


def _brute(keys: list[str], threshold: float) -> dict[int, tuple[int, float]]:
    best: dict[int, tuple[int, float]] = {}
    for j in range(len(keys)):
        for i in range(j):
            score = fuzz.ratio(keys[i], keys[j])
            if score >= threshold and (j not in best or score > best[j][1]):
                best[j] = (i, score)
    return best


def _corpus(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    keys: list[str] = []
    for _ in range(n):
        if keys and rng.random() < 0.3:
            words = rng.choice(keys).split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)  # a near copy
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 14))]
        keys.append(" ".join(words))
    return keys


def test_prefiltered_pairs_equal_all_pairs():
    for seed in range(5):
        keys = _corpus(seed, 300)
        for threshold in (80.0, 90.0):
            got = best_earlier(keys, threshold)
            want = _brute(keys, threshold)
            assert {j: round(s, 6) for j, (_, s) in got.items()} == {j: round(s, 6) for j, (_, s) in want.items()}
            for j, (i, score) in got.items():
                assert round(fuzz.ratio(keys[i], keys[j]), 6) == round(score, 6) and i < j


def test_small_and_large_paths_agree():
    keys = _corpus(7, 450)
    from newslint.checks.near_duplicate import _best_earlier_small

    assert best_earlier(keys, 88.0) == _best_earlier_small(keys, 88.0)
