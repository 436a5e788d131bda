"""Turn a noun phrase into a Speaker: what kind of source it is, its name, title and affiliations.

"Ukrainian President Volodymyr Zelenskyy" is a person named Volodymyr Zelenskyy, titled
president, affiliated with Ukraine; "Poland's interior ministry" an organisation affiliated
with Poland; "Some observers" a group; "a source in the Russian negotiation group" an
unnamed individual affiliated with Russia; "figures published by the central bank" a document.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Span
from .grammar import DETERMINERS, HONORIFICS, MONTHS_AND_DAYS, PLURALS, POSSESSIVE_PRONOUNS, PRONOUNS, QUANTIFIERS, STOP
from .lexicon import Lexicon
from .model import Speaker
from .phrases import core, head_of
from .tokens import Token, span_of

_FUNCTION_WORDS = DETERMINERS | QUANTIFIERS | PRONOUNS | POSSESSIVE_PRONOUNS | STOP


@dataclass(frozen=True)
class NameContext:
    """What the whole article says about capitalised words, to tell names from sentence openers."""

    mid_caps: frozenset[str]
    lowers: frozenset[str]
    sentence_starts: frozenset[int]


def is_name_word(tok: Token, lex: Lexicon, ctx: NameContext) -> bool:
    """True for a capitalised word that is part of a person's or organisation's name."""
    if not tok.is_word or not tok.is_capitalised:
        return False
    low = tok.lower
    ent = lex.entity(tok.text)
    if ent:
        return ent in lex.persons
    if low in _FUNCTION_WORDS or low in HONORIFICS or low in lex.titles or low in lex.title_modifiers or low in MONTHS_AND_DAYS:
        return False
    if lex.demonym(low) or low in lex.org_heads or low in lex.documents or low in lex.places:
        return False
    if tok.start in ctx.sentence_starts:
        if tok.text in ctx.mid_caps:
            return True
        return low not in ctx.lowers and not low.endswith("s")
    return True


def continues_name(tok: Token) -> bool:
    """A capitalised month or auxiliary right after a name word is part of the name: "Theresa May", "Will"."""
    return tok.is_word and tok.is_capitalised and (tok.lower in MONTHS_AND_DAYS or tok.lower in STOP)


def name_runs(tokens: list[Token], lex: Lexicon, ctx: NameContext) -> list[list[Token]]:
    """Maximal runs of name words ("Volodymyr Zelenskyy"), in order."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        if is_name_word(tok, lex, ctx) or (current and continues_name(tok)):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def join(tokens: list[Token]) -> str:
    """Tokens as text with single spaces, the possessive ending attached."""
    out = ""
    for tok in tokens:
        out += tok.text if (tok.is_possessive or not out) else " " + tok.text
    return out


def affiliations(tokens: list[Token], lex: Lexicon, exclude: set[int] = frozenset(), runs: bool = True) -> tuple[str, ...]:
    """Countries and organisations the tokens tie a speaker to, in order of appearance.

    With `runs`, a capitalised name after at/for/of/with/from counts too ("analysts at Goldman
    Sachs"); an organisation's own name ("Ministry of Defense") turns it off.
    """
    found: list[str] = []
    words = [t for t in tokens if t.start not in exclude]
    i = 0
    while i < len(words):
        step = 1
        for n in range(min(lex.max_words, len(words) - i), 0, -1):
            chunk = words[i : i + n]
            if not all(t.is_word for t in chunk):
                continue
            ent = lex.entity(" ".join(t.text for t in chunk))
            if ent and (n > 1 or chunk[0].is_capitalised):
                found.extend([ent] if ent not in lex.persons else [])
                found.extend([lex.affiliation_of[ent]] if ent in lex.affiliation_of else [])
                step = n
                break
        else:
            tok = words[i]
            country = lex.demonym(tok.text) if tok.is_capitalised else None
            if country:
                found.append(country)
            elif tok.lower in lex.org_heads and _owner_or_object(words, i):
                found.append("the " + tok.lower)
            elif runs and tok.lower in _OF_ORGANISATION and i + 1 < len(words):
                run = _capitalised_run(words, i + 1)
                if run:
                    found.append(join(run))  # "analysts at Goldman Sachs", "a spokesman for Acme"
                    step = 1 + len(run)
        i += step
    return tuple(dict.fromkeys(found))


_OF_ORGANISATION = frozenset({"at", "for", "of", "with", "from"})


def _capitalised_run(words: list[Token], i: int) -> list[Token]:
    """Capitalised words from i on (after an optional "the"), such as "Goldman Sachs"."""
    if i < len(words) and words[i].lower == "the":
        i += 1
    run = []
    while i < len(words) and words[i].is_word and words[i].is_capitalised:
        run.append(words[i])
        i += 1
    return run


def _owner_or_object(words: list[Token], i: int) -> bool:
    """An organisation word that owns ("the utility's") or is the object of for/of/at ("for the ministry")."""
    if i + 1 < len(words) and words[i + 1].is_possessive:
        return True
    j = i - 1
    while j >= 0 and words[j].is_word and not words[j].is_capitalised and words[j].lower not in ("for", "of", "at", "with"):
        if words[j].lower in DETERMINERS:
            j -= 1
            break
        j -= 1
    return j >= 0 and words[j].lower in ("for", "of", "at", "with")


def make_speaker(phrase: list[Token], appositive: list[Token], lex: Lexicon, ctx: NameContext) -> Speaker | None:
    """Classify a noun phrase (with any appositive) as a speaker; None if it names nobody."""
    head = head_of(phrase)
    if head is None:
        return None
    words = [t for t in phrase if t.is_word]
    first = words[0].lower
    determiner = first if (first in DETERMINERS or first in QUANTIFIERS or first in POSSESSIVE_PRONOUNS or first.isdigit()) and len(words) > 1 else None
    kind, name, name_tokens = _classify(phrase, appositive, head, lex, ctx)
    title = next((t.lower for t in reversed(core(phrase) + appositive) if t.lower in lex.titles), None)
    exclude = {t.start for t in name_tokens}
    affs = affiliations(phrase + appositive, lex, exclude, runs=kind != "organisation")
    if name and name in lex.affiliation_of:
        affs = tuple(dict.fromkeys((*affs, lex.affiliation_of[name])))
    if name and not title:
        title = lex.titles_of.get(name)
    return Speaker(
        span=span_of(phrase + appositive) if appositive else span_of(phrase),
        phrase=join(phrase).lower().replace("’", "'"),
        head=head.lower,
        kind=kind,
        determiner=determiner,
        name=name,
        title=title,
        affiliations=affs,
    )


def _classify(phrase: list[Token], appositive: list[Token], head: Token, lex: Lexicon, ctx: NameContext) -> tuple[str, str | None, list[Token]]:
    """(kind, name, tokens of the name) for a phrase and its appositive."""
    low = head.lower
    words = [t for t in phrase if t.is_word]
    if len(words) == 1 and (low in PRONOUNS or low in POSSESSIVE_PRONOUNS):
        return "pronoun", None, []
    kore = core(phrase)
    for run in name_runs(kore, lex, ctx) + name_runs(appositive, lex, ctx):
        name = join(run)
        ent = lex.entity(name)
        if ent in lex.persons:
            return "person", ent, run
    ent = _entity_at_head(kore, head, lex)
    if ent:
        return ("person" if ent in lex.persons else "organisation"), ent, []
    if low in lex.org_heads or (head.text.isupper() and len(head.text) > 1 and low not in lex.titles):
        caps = [t for t in kore if t.is_capitalised and t.lower not in DETERMINERS]
        return "organisation", (join(phrase[phrase.index(caps[0]):]) if caps else None), []
    if low in lex.documents:
        return "document", None, []
    runs = name_runs(kore, lex, ctx) or name_runs(appositive, lex, ctx)
    if runs:
        run = max(runs, key=len)
        return "person", join(run), run
    plural = (low.endswith("s") and not low.endswith("ss")) or low in PLURALS
    return ("group" if plural else "individual"), None, []


def _entity_at_head(kore: list[Token], head: Token, lex: Lexicon) -> str | None:
    """A known entity whose name ends at the head: "the Kremlin", "Russia", "the White House"."""
    idx = kore.index(head)
    for n in range(min(lex.max_words, idx + 1), 0, -1):
        chunk = kore[idx - n + 1 : idx + 1]
        if all(t.is_word for t in chunk):
            ent = lex.entity(" ".join(t.text for t in chunk))
            if ent:
                return ent
    return None


def phrase_span(tokens: list[Token]) -> Span:
    """The span of a non-empty token list."""
    return span_of(tokens)
