"""Noun phrases around a cue, read from tokens without a parser: backwards for a subject
("Ukrainian President Volodymyr Zelenskyy confirmed"), forwards for an agent or inverted
speaker ("according to figures published by the central bank", "said the minister").
"""
from __future__ import annotations

from .grammar import (
    ADVERBS, AUXILIARIES, BE_FORMS, CHANNELS, CONTROL_VERBS, DETERMINERS, NEGATIONS, NP_PREPOSITIONS,
    POSSESSIVE_PRONOUNS, PRONOUNS, QUANTIFIERS, STOP, TIME_WORDS, TO_LINKS,
)
from .tokens import Token

MAX_PHRASE = 12
_RELATIVES = frozenset("who which whose whom".split())
_CLAUSE_WORDS = frozenset("however meanwhile though also instead too in on at for after before during speaking asked".split())


def _is_adverb(tok: Token) -> bool:
    low = tok.lower
    return low in ADVERBS or (low.endswith("ly") and len(low) > 4 and not tok.is_capitalised and low not in _LY_NOUNS)


_LY_NOUNS = frozenset("family ally assembly supply rally reply monopoly anomaly belly jelly bully tally".split())


def skip_to_subject(tokens: list[Token], i: int, lo: int) -> tuple[int, bool, bool]:
    """From the token before a cue, step back over adverbs, auxiliaries, "to" and control verbs.

    Returns the index where the subject should end, whether a form of "be" was crossed
    (a passive: "the exchange was confirmed" has no speaker before the verb) and whether a
    control verb was ("declining to blame").
    """
    passive = control = False
    while i >= lo:
        tok = tokens[i]
        low = tok.lower
        if tok.quoted or (tok.is_capitalised and not _is_time(tokens, i, lo)):
            break
        control = control or low in CONTROL_VERBS
        if low in BE_FORMS and not tok.is_possessive:
            passive = True
        if low in AUXILIARIES or low in NEGATIONS or low == "to" or low in CONTROL_VERBS or _is_adverb(tok):
            i -= 1
        elif _is_time(tokens, i, lo):
            i = _skip_time(tokens, i, lo)
        elif low in CHANNELS and i - 2 >= lo and tokens[i - 1].lower in DETERMINERS and tokens[i - 2].lower in ("in", "on"):
            i -= 3  # "the ministry in a statement said"
        else:
            break
    return i, passive, control


_TIME_LEADS = frozenset("on last this next earlier late early in at since until by the".split())


def _is_time(tokens: list[Token], i: int, lo: int) -> bool:
    """A time word used as one: "on Monday", "last week", "in May" (not "Theresa May")."""
    low = tokens[i].lower
    if low not in TIME_WORDS:
        return False
    if not tokens[i].is_capitalised or low in ("today", "yesterday", "tonight"):
        return True
    return i > lo and tokens[i - 1].lower in _TIME_LEADS


def _skip_time(tokens: list[Token], i: int, lo: int) -> int:
    """Step back over a time phrase: "on Monday", "earlier this week", "last month"."""
    i -= 1
    while i >= lo and tokens[i].lower in ("on", "last", "this", "next", "earlier", "late", "early", "in", "at", "the", "on"):
        i -= 1
    return i


def phrase_before(tokens: list[Token], i: int, lo: int, verbs: frozenset[str] | dict = frozenset()) -> list[Token]:
    """The noun phrase ending at tokens[i], read backwards no further than `lo` (or a word in `verbs`)."""
    out: list[Token] = []
    while i >= lo and len(out) < MAX_PHRASE:
        tok = tokens[i]
        low = tok.lower
        if tok.quoted:
            break
        if tok.is_possessive:
            out.append(tok)
            i -= 1
            continue
        if not tok.is_word:
            break
        if low == "to" and i > lo and tokens[i - 1].lower in TO_LINKS:
            out.append(tok)
            i -= 1
            continue
        if (low in STOP or low in TIME_WORDS) and (not tok.is_capitalised or i == lo):
            break
        if low in verbs and not tok.is_capitalised:
            break
        if low in PRONOUNS:
            if not out:
                out.append(tok)
            break
        out.append(tok)
        if low in DETERMINERS or low in QUANTIFIERS or low.isdigit() or low in POSSESSIVE_PRONOUNS:
            prev = tokens[i - 1] if i > lo else None
            if prev is not None and not prev.quoted and prev.lower in NP_PREPOSITIONS:
                out.append(prev)
                i -= 2
                continue
            break
        i -= 1
    out.reverse()
    while out and (out[0].lower in NP_PREPOSITIONS or out[0].is_possessive):
        out.pop(0)
    return out


def phrase_after(tokens: list[Token], i: int, hi: int) -> list[Token]:
    """The noun phrase starting at tokens[i], read forwards to before `hi`."""
    out: list[Token] = []
    while i < hi and len(out) < MAX_PHRASE:
        tok = tokens[i]
        low = tok.lower
        if tok.quoted:
            break
        if tok.is_possessive:
            if out:
                out.append(tok)
            i += 1
            continue
        if not tok.is_word:
            break
        if low in STOP and low not in NP_PREPOSITIONS and not tok.is_capitalised:
            break
        if low in TIME_WORDS and not tok.is_capitalised:
            break
        if low in PRONOUNS:
            if not out:
                out.append(tok)
            break
        if out and (low in DETERMINERS or low in POSSESSIVE_PRONOUNS) and out[-1].lower not in NP_PREPOSITIONS and not out[-1].is_possessive:
            break  # "according to the ministry the talks ..." - a new phrase starts
        out.append(tok)
        i += 1
    while out and (out[-1].lower in NP_PREPOSITIONS or out[-1].lower in DETERMINERS or out[-1].is_possessive):
        out.pop()
    return out


def core(phrase: list[Token]) -> list[Token]:
    """The phrase up to its first post-modifier: "a source" of "a source in the group"."""
    for k, tok in enumerate(phrase):
        if k == 0:
            continue
        low = tok.lower
        if low in NP_PREPOSITIONS and low != "to":
            return phrase[:k]
        if low.endswith("ed") and not tok.is_capitalised and k + 1 < len(phrase) and phrase[k + 1].lower in NP_PREPOSITIONS:
            return phrase[:k]  # "figures published by ..."
    return phrase


def head_of(phrase: list[Token]) -> Token | None:
    """The phrase's head word: the last word of its core."""
    words = [t for t in core(phrase) if t.is_word]
    return words[-1] if words else None


def clause_between(tokens: list[Token], comma: int, lo: int) -> tuple[int, str] | None:
    """For a comma just before a cue, find the opening comma of an appositive or aside.

    Returns (index of the opening comma, "appositive" | "aside"), or None when there is none.
    "Dmitry Peskov, the Kremlin spokesman, said" is an appositive; "The ministry, which ...,
    said" and "The ministry, in a statement, said" are asides to step over.
    """
    k = comma - 1
    while k >= lo and not (tokens[k].text in ",(" or tokens[k].quoted):
        k -= 1
    if k < lo or tokens[k].quoted or k == comma - 1:
        return None
    first = tokens[k + 1]
    if first.lower in _RELATIVES or first.lower in _CLAUSE_WORDS:
        return k, "aside"
    if any(t.lower in AUXILIARIES for t in tokens[k + 1 : comma]):
        return k, "aside"
    return k, "appositive"
