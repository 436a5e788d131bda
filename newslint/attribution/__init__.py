"""The attribution model: who says what in an article, found by pattern analysis of sentences.

`Document.attributions` (document.py) calls `find_attributions` once per article. Rules read
the result: sourcing.vague-source and sourcing.anonymous-source look at speakers,
attribution.self-accusation at speakers' affiliations, attribution.conflicting-quote and
attribution.confirm-deny at what each speaker is said to say. Word lists are data in
rules/_lexicon/; users add their own people and organisations as `entities` in config.
"""
from __future__ import annotations

from .entities import Entity
from .finder import find_attributions
from .model import Attribution, Speaker

__all__ = ["Attribution", "Entity", "Speaker", "find_attributions"]
