"""The seed article: its duplicated headline and repeated frames are flagged, and nothing else in framing."""
from __future__ import annotations

from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

RULES = [r for r in builtin_rules() if r.group == "framing" or r.id == "headline.duplicated"]


def test_seed_article_findings_are_exactly_the_repeats(example_text):
    doc = read_text(example_text)
    got = [(f.rule, doc.position(f.start)[0], f.text) for f in lint(doc, RULES)]
    assert got == [
        ("headline.duplicated", 3, example_text.splitlines()[0]),
        ("framing.while-clause", 31, "while welcomed by some"),
        ("framing.met-with", 31, "has been met with"),
        ("framing.remains-unclear", 49, "remain unclear"),
        ("framing.both-and", 57, "both the promise of progress and the shadow"),
    ]

