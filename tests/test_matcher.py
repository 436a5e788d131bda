"""The phrase matcher (checks/phrases.py): whole words, any white space, either apostrophe, exact offsets.

The matcher searches a window of the text (one unit plus a character of context on
each side) rather than the whole text; these tests pin that it finds exactly what a
search of the whole text limited to the unit finds.
"""
from __future__ import annotations

import pytest

from newslint.checks.options import Options
from newslint.checks.phrases import compile_matcher
from newslint.document import Document
from newslint.yamlfile import Where



def matcher(tokens=(), patterns=(), ignore_case=True, whole_words=True):
    """Compile a matcher as a rule's options would."""
    return compile_matcher(Options("existence", {}, Where("test")), list(tokens), list(patterns),
                           ignore_case=ignore_case, whole_words=whole_words)


def reference(m, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Matches of a search over the whole text limited to [start, end), filtered like the matcher."""
    found = []
    for hit in m.regex.finditer(text, start, end):
        s, e = hit.span()
        if s == e:
            continue
        if m.whole_words and (
            (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_") and (text[s].isalnum() or text[s] == "_"))
            or (e < len(text) and (text[e].isalnum() or text[e] == "_") and (text[e - 1].isalnum() or text[e - 1] == "_"))
        ):
            continue
        found.append((s, e))
    return found


@pytest.mark.parametrize(
    "text,start,end,expected",
    [
        ("Some observers said so.", 0, 23, [(0, 14)]),
        ("Some\n  observers said so.", 0, 25, [(0, 16)]),  # any run of white space
        ("xsome observers said so.", 1, 24, []),  # the unit starts inside a word
        ("They saw some observersx.", 0, 25, []),  # the unit ends inside a word
        ("Zürich: some observers.", 8, 23, [(8, 22)]),
        ("éSome observers.", 1, 16, []),  # non-ASCII letters count as word characters
        ("Some observers. Some observers.", 16, 31, [(16, 30)]),  # only inside the unit
    ],
)
def test_whole_word_phrase_spans(text, start, end, expected):
    m = matcher(["some observers"])
    assert list(m.finditer(text, start, end)) == expected
    assert reference(m, text, start, end) == expected


def test_either_apostrophe_matches():
    m = matcher(["it's believed"])
    text = "It’s believed, and it's believed."
    assert list(m.finditer(text, 0, len(text))) == [(0, 13), (19, 32)]


def test_case_sensitive_option():
    m = matcher(["Some observers"], ignore_case=False)
    assert list(m.finditer("some observers. Some observers.", 0, 31)) == [(16, 30)]


def test_anchored_pattern_matches_only_at_the_start_of_the_text():
    m = matcher(patterns=["^Some"])
    text = "Some said. Some left."
    assert list(m.finditer(text, 0, 10)) == [(0, 4)]
    assert list(m.finditer(text, 11, 21)) == []


def test_word_boundary_pattern_sees_the_neighbours_of_the_unit():
    m = matcher(patterns=[r"\bobservers\b"], whole_words=False)
    text = "Some observers. Co-observers too."
    assert list(m.finditer(text, 5, 15)) == [(5, 14)]
    assert list(m.finditer(text, 19, 28)) == reference(m, text, 19, 28)


def test_windowed_search_equals_the_whole_text_search_on_every_sentence(example_text):
    m = matcher(["some observers", "analysts who question", "the", "of the", "said"])
    doc = Document.build(example_text)
    total = 0
    for unit in doc.units("sentence") + doc.paragraphs:
        got = list(m.finditer(example_text, unit.start, unit.end))
        assert got == reference(m, example_text, unit.start, unit.end)
        total += len(got)
    assert total > 100
