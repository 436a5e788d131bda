"""Pieces of a sentence around a cue that several constructions need: the claim before or after
the cue, an appositive title, the quotation beside a speaker, the sentence's subject.
"""
from __future__ import annotations

from dataclasses import replace

from ..findings import Span
from .grammar import AUXILIARIES, DETERMINERS, QUANTIFIERS
from .lexicon import Lexicon
from .model import Attribution
from .phrases import phrase_after
from .speakers import NameContext, is_name_word
from .tokens import Token, near

QUOTE_MARKS = frozenset("“”\"«»„")
_LEAD_INS = frozenset({"that", ":", ",", "—", "–", "-"})


def appositive_after(toks: list[Token], e: int, lex: Lexicon) -> list[Token]:
    """", the Kremlin spokesman" after a speaker: a comma and a phrase with a title, up to the next comma."""
    if e >= len(toks) or toks[e].text != ",":
        return []
    end = e + 1
    while end < len(toks) and toks[end].text not in ",.;:" and not toks[end].quoted and end - e <= 10:
        end += 1
    seg = toks[e + 1 : end]
    if seg and any(t.lower in lex.titles for t in seg) and not any(t.lower in AUXILIARIES for t in seg):
        return seg
    return []


def looks_appositive(seg: list[Token], lex: Lexicon, ctx: NameContext) -> bool:
    """A comma-enclosed phrase that renames the subject: a title ("the Kremlin spokesman") or a name."""
    if not seg or len(seg) > 10:
        return False
    words = [t for t in seg if t.is_word]
    return any(t.lower in lex.titles for t in seg) or (bool(words) and all(is_name_word(t, lex, ctx) for t in words))


def starts_speaker(tok: Token, lex: Lexicon, ctx: NameContext) -> bool:
    """Whether a phrase after an inverted cue can be its speaker: "said the minister", "said Peskov", "said he"."""
    low = tok.lower
    return low in DETERMINERS or low in ("he", "she", "they", "i", "we") or low in QUANTIFIERS or is_name_word(tok, lex, ctx) or low in lex.titles


def after(toks: list[Token], i: int, lex: Lexicon) -> Span | None:
    """The claim after a cue: the rest of the sentence, past "that", a colon, or the person told."""
    k = i + 1
    if toks[i].lower in ("told", "tell", "tells", "telling") and k < len(toks):
        k += len(phrase_after(toks, k, len(toks)))
    while k < len(toks) and toks[k].lower in _LEAD_INS:
        k += 1
    return span_of_words(toks[k:])


def before(toks: list[Token], i: int) -> Span | None:
    """The claim before a cue or an "according to": the sentence up to it."""
    return span_of_words(toks[:i])


def span_of_words(toks: list[Token]) -> Span | None:
    """The span of tokens without leading or trailing punctuation (quotation marks kept)."""
    words = [k for k, t in enumerate(toks) if t.is_word or t.text in QUOTE_MARKS]
    if not words:
        return None
    return Span(toks[words[0]].start, toks[words[-1]].end)


def with_quote(att: Attribution, quotes: tuple[Span, ...]) -> Attribution:
    """A quotation beside the speaker and cue is the claim: "“...,” Peskov said" and "Peskov said: “...”"."""
    sentence = att.sentence
    around = Span(max(0, sentence.start - 1), sentence.end + 1)  # a wider span: quotations inside it, even empty
    inside = [q for q in near(quotes, around) if sentence.contains(q) or sentence.overlaps(q)]
    if not inside:
        return att
    lo = min(att.speaker.span.start, att.cue.start)
    hi = max(att.speaker.span.end, att.cue.end)
    before = [q for q in inside if q.end <= lo]
    after = [q for q in inside if q.start >= hi]
    if after and (not before or after[0].start - hi <= lo - before[-1].end):
        return replace(att, content=after[0])
    if before:
        return replace(att, content=before[-1])
    return att


def sentence_subject(toks: list[Token], lex: Lexicon, ctx: NameContext) -> list[Token]:
    """The sentence's opening noun phrase when it names someone: a pronoun, a name, or "the" + a title."""
    words = [k for k, t in enumerate(toks) if t.is_word and not t.quoted]
    if not words:
        return []
    phrase = phrase_after(toks, words[0], len(toks))
    if not phrase:
        return []
    first = phrase[0]
    if first.lower in ("he", "she", "they", "i", "we") or is_name_word(first, lex, ctx):
        return phrase
    if first.lower in DETERMINERS and any(t.lower in lex.titles for t in phrase):
        return phrase
    return []
