"""Grade-level formulas that count letters, words and sentences, computed without textstat.

Importing textstat costs about 0.2 s (it loads nltk and pyphen), paid by every run whose
rules include a grade rule, which is most runs. Coleman-Liau and the Automated
Readability Index need only counts, so they are computed here, counting exactly as
textstat 0.7 does (tests/test_grade.py compares the two), so figures stay comparable
with the tool people know.
"""
from __future__ import annotations

import re

_SPACE = re.compile(r"\s")
_PUNCT = re.compile(r"[^\w\s]")
_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s']")
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _words(text: str) -> int:
    """Words once punctuation is removed (apostrophes of contractions kept), as textstat counts them."""
    return len(_PUNCT_KEEP_APOSTROPHE.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split())


def _letters(text: str) -> int:
    return len(_PUNCT.sub("", _SPACE.sub("", text)))


def _sentences(text: str) -> int:
    """Runs ending in . ! or ?, not counting those of two words or fewer; at least one."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    short = sum(1 for s in found if _words(s) <= 2)
    return max(1, len(found) - short)


def coleman_liau_index(text: str) -> float:
    """0.058 L - 0.296 S - 15.8; L letters and S sentences per 100 words."""
    words = _words(text)
    if not words:
        return 0.0
    letters = _letters(text) / words * 100
    sentences = _sentences(text) / words * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


def automated_readability_index(text: str) -> float:
    """4.71 characters per word + 0.5 words per sentence - 21.43 (characters without spaces)."""
    tokens = len(text.split())
    chars_per_word = len(_SPACE.sub("", text)) / tokens if tokens else 0.0
    sentences = _sentences(text)
    words_per_sentence = _words(text) / sentences if sentences else 0.0
    if chars_per_word == 0 or words_per_sentence == 0:
        return 0.0
    return (4.71 * chars_per_word) + (0.5 * words_per_sentence) - 21.43


FORMULAS = {
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
}
