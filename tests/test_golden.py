"""Golden output: exactly what users see from each reporter, with the default rules.

Each article is checked with the default rules and the output compared byte for byte
with `tests/golden/<article>.<format>`: rich rendered 100 columns wide without colour,
plain, and JSON. A change in what users see therefore shows up in review as a diff of
these files. When the change is intended (a new rule, a reworded message), regenerate:

    NEWSLINT_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

and read the diff before committing it (docs/development.md).
"""
from __future__ import annotations

import difflib
import io
import os
from pathlib import Path

import pytest

from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
ARTICLES = ["examples/prisoner-exchange.txt", "tests/golden/wire-story.md"]
FORMATS = {"rich": ["--format", "rich", "--color", "never"], "plain": ["--format", "plain"], "json": ["--format", "json"]}
UPDATE = os.environ.get("NEWSLINT_UPDATE_GOLDEN") == "1"


def render(article: str, fmt: str) -> str:
    """What `newslint check` prints for one article in one format (stdout is not a terminal)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *FORMATS[fmt], article], stdout=out, stderr=err)
    assert code in (0, 1), err.getvalue()
    return out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("article", ARTICLES)
def test_golden_output(article, fmt, monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the output are as a user in a checkout types them
    for name in ("COLUMNS", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    got = render(article, fmt)
    golden = GOLDEN / f"{Path(article).name}.{fmt}"
    if UPDATE:
        golden.write_text(got, encoding="utf-8", newline="\n")
    want = golden.read_text(encoding="utf-8") if golden.exists() else ""
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), str(golden), "now"))
        pytest.fail(f"output changed; if intended, run NEWSLINT_UPDATE_GOLDEN=1 pytest tests/test_golden.py\n{diff}")


def test_every_golden_file_belongs_to_an_article_and_format():
    expected = {f"{Path(a).name}.{fmt}" for a in ARTICLES for fmt in FORMATS}
    present = {p.name for p in GOLDEN.iterdir() if p.suffix.lstrip(".") in FORMATS}
    assert present == expected
