"""Grade levels are computed without textstat but give textstat's figures, to the last digit."""
from __future__ import annotations

import pytest

from newslint.checks.grade import FORMULAS
from newslint.readers import read_text

TRICKY = [
    "",
    "Hi.",
    "Yes. No. Maybe so, said the minister.",
    "U.S. officials don't say 'no' -- they say \"not yet\"; it's the 3rd time in 2024!",
    "Zelensky’s aides — who’d asked for anonymity — said talks would resume in Istanbul…",
    "no punctuation at all in this line of words",
    "Ça va? Très bien. Das Gespräch dauerte 3½ Stunden!",
]


def _texts(example_text: str) -> list[str]:
    doc = read_text(example_text)
    return TRICKY + [doc.slice(s) for s in doc.sentences + doc.paragraphs] + [example_text]


@pytest.mark.parametrize("formula", sorted(FORMULAS))
def test_grade_formulas_match_textstat(formula, example_text):
    textstat = pytest.importorskip("textstat")
    for text in _texts(example_text):
        assert FORMULAS[formula](text) == pytest.approx(getattr(textstat, formula)(text), abs=1e-9), text


def test_seed_article_grade_is_the_documented_figure(example_text):
    assert round(FORMULAS["coleman_liau_index"](example_text), 1) == 15.0
