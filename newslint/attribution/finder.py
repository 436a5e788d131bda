"""Find the attributions of a Document: "X said", "said X", "X, the Y of Z, said", "according to X",
"X told reporters", "as noted by X", "analysts who question", "His remarks", quotations with their
speakers; then resolve pronouns and surnames (mentions.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Span
from .grammar import AUXILIARIES, DETERMINERS, POSSESSIVE_PRONOUNS, QUANTIFIERS
from .lexicon import Lexicon, load_lexicon
from .mentions import person_mentions, resolve
from .model import Attribution
from .phrases import clause_between, phrase_after, phrase_before, skip_to_subject
from .speakers import NameContext, is_name_word, make_speaker
from .tokens import Token, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_INVERTED = frozenset(
    "said says added asked wrote told explained noted continued insisted argued warned replied stated "
    "recalled declared answered".split()
)
_PARTICIPLES = frozenset("said told thought written".split())
_QUOTE_MARKS = frozenset("“”\"«»„")
_LEAD_INS = frozenset({"that", ":", ",", "—", "–", "-"})


def lexicon_for(doc: "Document") -> Lexicon:
    """The built-in lexicon plus the entities the document was given (from configuration)."""
    return load_lexicon().with_entities(tuple(getattr(doc, "entities", ()) or ()))


def find_attributions(doc: "Document") -> list[Attribution]:
    """Every attribution in the article, in text order, with speakers resolved."""
    lex = lexicon_for(doc)
    units = doc.units("sentence")
    tokens = [tokenize(doc.lintable, u, doc.quotes) for u in units]
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
                att = _verb(toks, i, unit, lex, ctx, out)
        if att is not None:
            out.append(_with_quote(att, quotes))
    return out


def _verb(toks: list[Token], i: int, unit: Span, lex: Lexicon, ctx: NameContext, earlier: list[Attribution]) -> Attribution | None:
    """An attribution around a cue verb, trying each construction in turn."""
    tok = toks[i]
    form = tok.lower
    lemma, cls = lex.verbs[form]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if form in lex.ambiguous and not (nxt and nxt.lower in ("that", ":", ",")):
        return None
    participle = form.endswith(("ed", "en")) or form in _PARTICIPLES
    cue = Span(tok.start, tok.end)
    before = toks[i - 1] if i > 0 else None
    if before is not None and (before.lower in DETERMINERS or before.lower in POSSESSIVE_PRONOUNS or before.is_possessive):
        return None  # "the claim", "his statement": a noun, not a verb

    def make(phrase, appositive, via, content):
        speaker = make_speaker(phrase, appositive, lex, ctx) if phrase else None
        return Attribution(speaker, cue, lemma, cls, content, unit, via) if speaker else None

    if nxt is not None and nxt.lower == "by" and participle:
        agent = phrase_after(toks, i + 2, len(toks))
        if not agent or (len(agent) == 1 and agent[0].lower in QUANTIFIERS):
            return None  # "welcomed by some" names nobody: agentless, not a source
        return make(agent, _appositive_after(toks, i + 2 + len(agent), lex), "agent", _before(toks, i))
    j, passive, control = skip_to_subject(toks, i - 1, 0)
    if j < 0:
        return None
    prev = toks[j]
    if prev.lower in ("who", "that", "which") and not prev.quoted:
        k = j - 2 if j > 0 and toks[j - 1].text == "," else j - 1
        return make(phrase_before(toks, k, 0), [], "relative", _after(toks, i, lex))
    if passive and participle:
        return None
    if (prev.text == "," and form.endswith("ing")) or prev.lower in ("and", "but"):
        # "X confirmed the exchange, stating that ..." / "X praised Y and said ...": the same speaker
        if earlier and earlier[-1].sentence == unit:
            return Attribution(earlier[-1].speaker, cue, lemma, cls, _after(toks, i, lex), unit, "participle")
        subject = _sentence_subject(toks, lex, ctx)
        if subject:
            return make(subject, [], "participle", _after(toks, i, lex))
        if prev.lower in ("and", "but"):
            return None
    if prev.text == ",":
        clause = clause_between(toks, j, 0)
        if clause is not None:
            k, what = clause
            if what == "appositive" and _looks_appositive(toks[k + 1 : j], lex, ctx):
                phrase = phrase_before(toks, k - 1, 0)
                return make(phrase or toks[k + 1 : j], toks[k + 1 : j] if phrase else [], "subject", _after(toks, i, lex))
            k2 = skip_to_subject(toks, k - 1, 0)[0]
            return make(phrase_before(toks, k2, 0), [], "subject", _after(toks, i, lex))
    if prev.text == "," and control:
        return make(phrase_before(toks, j - 1, 0), [], "subject", _after(toks, i, lex))  # "X, declining to blame Y,"
    if prev.text == "," or (prev.quoted and prev.text in _QUOTE_MARKS):
        if form in _INVERTED:
            phrase = phrase_after(toks, i + 1, len(toks))
            if phrase and _starts_speaker(phrase[0], lex, ctx):
                return make(phrase, _appositive_after(toks, i + 1 + len(phrase), lex), "inverted", _before(toks, j + 1))
        return None
    phrase = phrase_before(toks, j, 0, lex.verbs)
    if len(phrase) == 1 and phrase[0].lower in QUANTIFIERS and j == i - 1 and not _clause_follows(toks, i, form, lex):
        return None  # "many state workers", "some affirming language": a noun phrase, not "some say"
    return make(phrase, [], "subject", _after(toks, i, lex))


_CLAUSE_STARTERS = frozenset("that the a an it he she they we i this these those there his her their its , : “ \" ‘".split())


def _clause_follows(toks: list[Token], i: int, form: str, lex: Lexicon) -> bool:
    """Whether a verb right after a bare quantifier starts a clause, as in "some say the ..." or "many believe Trump"."""
    if form in lex.ambiguous or form.endswith("ing"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.lower in _CLAUSE_STARTERS or nxt.is_capitalised or nxt.text in ".,;"


def _sentence_subject(toks: list[Token], lex: Lexicon, ctx: NameContext) -> list[Token]:
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
    return Attribution(speaker, Span(tok.start, tok.end), tok.lower, lex.nouns[tok.lower], _after(toks, i, lex), unit, "possessive")


def _according(toks: list[Token], i: int, unit: Span, lex: Lexicon, ctx: NameContext) -> Attribution | None:
    """"according to X": X is the source; the rest of the sentence is the claim."""
    phrase = phrase_after(toks, i + 2, len(toks))
    if not phrase:
        return None
    appositive = _appositive_after(toks, i + 2 + len(phrase), lex)
    speaker = make_speaker(phrase, appositive, lex, ctx)
    if speaker is None:
        return None
    first = next((t for t in toks if t.is_word), None)
    if first is toks[i]:
        content = _after(toks, i + 1 + len(phrase) + (len(appositive) + 1 if appositive else 0), lex)
    else:
        content = _before(toks, i)
    return Attribution(speaker, Span(toks[i].start, toks[i + 1].end), "according to", "source", content, unit, "according")


def _appositive_after(toks: list[Token], e: int, lex: Lexicon) -> list[Token]:
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


def _looks_appositive(seg: list[Token], lex: Lexicon, ctx: NameContext) -> bool:
    """A comma-enclosed phrase that renames the subject: a title ("the Kremlin spokesman") or a name."""
    if not seg or len(seg) > 10:
        return False
    words = [t for t in seg if t.is_word]
    return any(t.lower in lex.titles for t in seg) or (bool(words) and all(is_name_word(t, lex, ctx) for t in words))


def _starts_speaker(tok: Token, lex: Lexicon, ctx: NameContext) -> bool:
    """Whether a phrase after an inverted cue can be its speaker: "said the minister", "said Peskov", "said he"."""
    low = tok.lower
    return low in DETERMINERS or low in ("he", "she", "they", "i", "we") or low in QUANTIFIERS or is_name_word(tok, lex, ctx) or low in lex.titles


def _after(toks: list[Token], i: int, lex: Lexicon) -> Span | None:
    """The claim after a cue: the rest of the sentence, past "that", a colon, or the person told."""
    k = i + 1
    if toks[i].lower in ("told", "tell", "tells", "telling") and k < len(toks):
        k += len(phrase_after(toks, k, len(toks)))
    while k < len(toks) and toks[k].lower in _LEAD_INS:
        k += 1
    return _span(toks[k:])


def _before(toks: list[Token], i: int) -> Span | None:
    """The claim before a cue or an "according to": the sentence up to it."""
    return _span(toks[:i])


def _span(toks: list[Token]) -> Span | None:
    """The span of tokens without leading or trailing punctuation (quotation marks kept)."""
    words = [k for k, t in enumerate(toks) if t.is_word or t.text in _QUOTE_MARKS]
    if not words:
        return None
    return Span(toks[words[0]].start, toks[words[-1]].end)


def _with_quote(att: Attribution, quotes: tuple[Span, ...]) -> Attribution:
    """A quotation beside the speaker and cue is the claim: "“...,” Peskov said" and "Peskov said: “...”"."""
    from dataclasses import replace

    inside = [q for q in quotes if att.sentence.contains(q) or att.sentence.overlaps(q)]
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
