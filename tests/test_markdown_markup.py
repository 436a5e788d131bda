"""Markdown emphasis delimiters and a heading's closing #s are markup: skipped, never linted."""
from __future__ import annotations

import pytest

from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

VAGUE = [r for r in builtin_rules() if r.id == "sourcing.vague-source"]


@pytest.mark.parametrize(
    "line,lintable",
    [
        ("Some **observers** agree.", "Some   observers   agree."),
        ("Some *observers* and __critics__ and _others_.", "Some  observers  and   critics   and  others ."),
        ("***Both*** here.", "   Both    here."),
        ("5 * 3 * 2 is not emphasis, nor is snake_case_name.", "5 * 3 * 2 is not emphasis, nor is snake_case_name."),
        ("A footnote mark* and a lone * stay.", "A footnote mark* and a lone * stay."),
        ("*Unclosed emphasis stays.", "*Unclosed emphasis stays."),
        (r"Escaped \*stars\* stay.", r"Escaped \*stars\* stay."),
    ],
)
def test_emphasis_delimiters_are_blanked(line, lintable):
    doc = read_text(f"# Head\n\n{line}\n", markdown=True)
    assert doc.lintable.split("\n")[2] == lintable


def test_a_heading_closing_sequence_is_blanked():
    doc = read_text("# Talks resume ##\n\nBody.\n", markdown=True)
    assert doc.slice(doc.headline) == "Talks resume"


def test_a_phrase_is_found_through_emphasis_with_offsets_into_the_file():
    text = "# Head\n\nSome *observers* agree.\n"
    (f,) = lint(read_text(text, markdown=True), VAGUE)
    assert (f.start, f.end, f.text) == (8, 23, "Some *observers")
