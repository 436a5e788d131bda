"""The safe fix of headline.duplicated: applied once it removes the copy and its blank line; a second run finds nothing."""
from __future__ import annotations

import pytest

from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

RULE = next(r for r in builtin_rules() if r.id == "headline.duplicated")


def fix_once(text: str, markdown: bool = False) -> str:
    """Apply every fix of the rule, last first, as --fix does."""
    findings = lint(read_text(text, markdown=markdown), [RULE])
    for f in sorted(findings, key=lambda f: f.fix.start, reverse=True):
        text = text[: f.fix.start] + f.fix.replacement + text[f.fix.end :]
    return text


@pytest.mark.parametrize(
    "before,after,markdown",
    [
        ("Soldiers Return Home Today\n\nSoldiers Return Home Today\n\nThe group landed.\n",
         "Soldiers Return Home Today\n\nThe group landed.\n", False),
        ("Soldiers Return Home Today\r\n\r\nSoldiers Return Home Today\r\n\r\nThe group landed.\r\n",
         "Soldiers Return Home Today\r\n\r\nThe group landed.\r\n", False),
        ("Soldiers Return Home Today\n\nSoldiers Return Home Today\nThe group landed.\n",
         "Soldiers Return Home Today\n\nThe group landed.\n", False),
        ("Soldiers Return Home Today\n\nSoldiers return home today. The group landed.\n",
         "Soldiers Return Home Today\n\nThe group landed.\n", False),
        ("Soldiers Return Home Today\n\nThe group landed.\n\nSoldiers Return Home Today\n",
         "Soldiers Return Home Today\n\nThe group landed.\n", False),
        ("---\ntitle: Soldiers Return Home Today\n---\n\n# Soldiers Return Home Today\n\n## Soldiers Return Home Today\n\nThe group landed.\n",
         "---\ntitle: Soldiers Return Home Today\n---\n\n# Soldiers Return Home Today\n\nThe group landed.\n", True),
    ],
    ids=["paragraph", "crlf", "own-line", "first-sentence", "last-paragraph", "markdown-heading"],
)
def test_fix_removes_the_copy_and_a_second_run_changes_nothing(before, after, markdown):
    fixed = fix_once(before, markdown)
    assert fixed == after
    assert fix_once(fixed, markdown) == fixed


def test_seed_article_headline_copy_is_fixable(example_text):
    findings = lint(read_text(example_text), [RULE])
    assert [(f.start, f.end, f.fixable) for f in findings] == [(121, 240, True)]
    fixed = fix_once(example_text)
    assert fixed.startswith(example_text[:121] + "The arrival of the sixth group")
