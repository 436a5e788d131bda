"""What a phrase refers to, for rules that compare a speaker's side with the side a sentence
names: the target of "accusations against Ukraine" is Ukraine, of "blamed the utility" the utility.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Span
from .grammar import DETERMINERS
from .phrases import core, phrase_after
from .speakers import join
from .tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document


def target_after(doc: "Document", offset: int, limit: int) -> tuple[str | None, Span | None]:
    """The entity the noun phrase starting at `offset` names as a whole, and the phrase's span.

    Only a phrase that is itself a country, a known organisation or a described organisation
    ("the utility") counts: "Ukrainian forces" or "France's handling" are parts of a side, not it.
    """
    from .finder import lexicon_for

    toks = [t for t in tokenize(doc.lintable, Span(offset, limit), doc.quotes) if not t.quoted]
    phrase = phrase_after(toks, 0, len(toks))
    kore = core(phrase)
    if not kore:
        return None, None
    span = Span(kore[0].start, kore[-1].end)
    words = [t for t in kore if t.is_word]
    lex = lexicon_for(doc)
    bare = words[1:] if words and words[0].lower in DETERMINERS else words
    if not bare:
        return None, None
    entity = lex.entity(join(words)) or lex.entity(join(bare))
    if entity:
        return (None, None) if entity in lex.persons else (entity, span)
    if len(bare) == 1 and bare[0].lower in lex.org_heads and words[0].lower == "the":
        return "the " + bare[0].lower, span
    return None, None
