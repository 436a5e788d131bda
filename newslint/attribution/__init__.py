"""The attribution model: who says what in an article, found by pattern analysis of sentences.

`Document.attributions` (document.py) calls `find_attributions` once per article. Rules read
the result: sourcing.vague-source and sourcing.anonymous-source look at speakers,
attribution.self-accusation at speakers' affiliations, attribution.conflicting-quote and
attribution.confirm-deny at what each speaker is said to say. Word lists are data in
rules/_lexicon/attribution/; users add their own people and organisations as `entities` in config.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Attribution", "Entity", "Speaker", "find_attributions"]


def __getattr__(name: str) -> Any:
    """Import on first use, so that reading a configuration does not load the whole model."""
    if name == "find_attributions":
        from .finder import find_attributions

        return find_attributions
    if name in ("Attribution", "Speaker"):
        from . import model

        return getattr(model, name)
    if name == "Entity":
        from .entities import Entity

        return Entity
    raise AttributeError(f"module 'newslint.attribution' has no attribute {name!r}")
