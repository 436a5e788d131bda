"""Find the attributions of a Document: "X said", "said X", "X, the Y of Z, said", "according to X",
"X told reporters", "as noted by X", "analysts who question", "His remarks", quotations with their
speakers; then resolve pronouns and surnames (mentions.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Span
from .clauses import after, appositive_after, before, with_quote
from .grammar import AUXILIARIES, DETERMINERS, POSSESSIVE_PRONOUNS
from .lexicon import Lexicon, load_lexicon
from .mentions import person_mentions, resolve
from .model import Attribution
from .phrases import phrase_after, phrase_before
from .speakers import NameContext, is_name_word, make_speaker
from .tokens import Token, sentence_tokens, tokenize
from .verbs import verb_attribution

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

def lexicon_for(doc: "Document") -> Lexicon:
    """The built-in lexicon plus the entities the document was given (from configuration)."""
    return load_lexicon().with_entities(tuple(getattr(doc, "entities", ()) or ()))


def find_attributions(doc: "Document") -> list[Attribution]:
    """Every attribution in the article, in text order, with speakers resolved."""
    lex = lexicon_for(doc)
    units = doc.units("sentence")
    tokens = sentence_tokens(doc, doc.lintable)
    ctx = name_context(tokens)
    found: list[Attribution] = []
    mentions = []
    for unit, toks in zip(units, tokens):
        found.extend(sentence_attributions(toks, unit, lex, ctx, doc.quotes))
        if unit != doc.headline:
            mentions.extend(person_mentions([t for t in toks if not t.quoted], lex, ctx))
    return resolve(found, mentions, lex)


def name_context(tokens: list[list[Token]]) -> NameContext:
    """Which words the article capitalises mid-sentence, which it writes in lower case, where sentences start."""
    mid, lowers, starts = set(), set(), set()
    for toks in tokens:
        words = [t for t in toks if t.is_word]
        if words:
            starts.add(words[0].start)
        for k, tok in enumerate(words):
            if tok.is_capitalised and k > 0 and not toks[0].quoted:
                mid.add(tok.text)
            elif not tok.is_capitalised:
                lowers.add(tok.lower)
    return NameContext(frozenset(mid), frozenset(lowers), frozenset(starts))


def sentence_attributions(toks: list[Token], unit: Span, lex: Lexicon, ctx: NameContext, quotes: tuple[Span, ...]) -> list[Attribution]:
    """The attributions whose cue lies in one sentence."""
    out: list[Attribution] = []
    for i, tok in enumerate(toks):
        if tok.quoted or not tok.is_word:
            continue
        low = tok.lower
        att = None
        if low == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            att = _according(toks, i, unit, lex, ctx)
        else:
            if low in lex.nouns:
                att = _noun(toks, i, unit, lex, ctx)
            if att is None and low in lex.verbs and (not tok.is_capitalised or tok.start in ctx.sentence_starts):
                att = verb_attribution(toks, i, unit, lex, ctx, out)
        if att is not None:
            out.append(with_quote(att, quotes))
    return out


def _noun(toks: list[Token], i: int, unit: Span, lex: Lexicon, ctx: NameContext) -> Attribution | None:
    """A speech noun with its possessor ("His remarks", "the ministry's statement") or agent ("comments by X")."""
    tok = toks[i]
    k = i - 1
    while k >= 0 and k >= i - 3 and toks[k].is_word and not toks[k].is_capitalised and toks[k].lower not in POSSESSIVE_PRONOUNS \
            and toks[k].lower not in DETERMINERS and toks[k].lower not in AUXILIARIES:
        k -= 1  # adjectives: "his carefully worded remarks"
    phrase: list[Token] = []
    if k >= 0 and toks[k].lower in POSSESSIVE_PRONOUNS and not toks[k].quoted:
        phrase = [toks[k]]
    elif k >= 0 and toks[k].is_possessive and not toks[k].quoted:
        phrase = phrase_before(toks, k - 1, 0, lex.verbs)
    elif i + 2 < len(toks) and toks[i + 1].lower in ("by", "from", "of") and not toks[i + 2].quoted:
        phrase = phrase_after(toks, i + 2, len(toks))
        if toks[i + 1].lower == "of" and not any(is_name_word(t, lex, ctx) for t in phrase):
            return None  # "criticism of the plan" names the target, not the speaker
    if not phrase:
        return None
    speaker = make_speaker(phrase, [], lex, ctx)
    if speaker is None:
        return None
    return Attribution(speaker, Span(tok.start, tok.end), tok.lower, lex.nouns[tok.lower], after(toks, i, lex), unit, "possessive")


def _according(toks: list[Token], i: int, unit: Span, lex: Lexicon, ctx: NameContext) -> Attribution | None:
    """"according to X": X is the source; the rest of the sentence is the claim."""
    phrase = phrase_after(toks, i + 2, len(toks))
    if not phrase:
        return None
    appositive = appositive_after(toks, i + 2 + len(phrase), lex)
    speaker = make_speaker(phrase, appositive, lex, ctx)
    if speaker is None:
        return None
    first = next((t for t in toks if t.is_word), None)
    if first is toks[i]:
        content = after(toks, i + 1 + len(phrase) + (len(appositive) + 1 if appositive else 0), lex)
    else:
        content = before(toks, i)
    return Attribution(speaker, Span(toks[i].start, toks[i + 1].end), "according to", "source", content, unit, "according")
