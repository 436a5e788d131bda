"""Shared fixtures: paths to the example article and test data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "prisoner-exchange.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def example_text() -> str:
    """The seed article, decoded exactly as newslint reads it."""
    return EXAMPLE.read_bytes().decode("utf-8")
