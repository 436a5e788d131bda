"""Attributions around a cue verb: "X said", "said X", "X, the Y, said", "as noted by X",
"analysts who question", "X confirmed ..., stating that", "X, declining to blame Y,".
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Span
from .clauses import QUOTE_MARKS, after, appositive_after, before, looks_appositive, sentence_subject, starts_speaker
from .grammar import DETERMINERS, POSSESSIVE_PRONOUNS, QUANTIFIERS
from .lexicon import Lexicon
from .model import Attribution
from .phrases import clause_between, phrase_after, phrase_before, skip_to_subject
from .speakers import NameContext, make_speaker
from .tokens import Token

_INVERTED = frozenset(
    "said says added asked wrote told explained noted continued insisted argued warned replied stated "
    "recalled declared answered".split()
)
_PARTICIPLES = frozenset("said told thought written".split())
_CLAUSE_STARTERS = frozenset("that the a an it he she they we i this these those there his her their its , : “ \" ‘".split())


@dataclass(frozen=True)
class Site:
    """One cue verb in its sentence, with what every construction needs to build an attribution."""

    toks: list[Token]
    i: int
    unit: Span
    lex: Lexicon
    ctx: NameContext
    lemma: str
    cls: str

    @property
    def form(self) -> str:
        """The cue as written, lower case."""
        return self.toks[self.i].lower

    @property
    def participle(self) -> bool:
        """True for a past participle form ("confirmed", "said", "written")."""
        return self.form.endswith(("ed", "en")) or self.form in _PARTICIPLES

    def make(self, phrase: list[Token], appositive: list[Token], via: str, content: Span | None) -> Attribution | None:
        """An attribution with this cue, if the phrase names a speaker."""
        speaker = make_speaker(phrase, appositive, self.lex, self.ctx) if phrase else None
        cue = Span(self.toks[self.i].start, self.toks[self.i].end)
        return Attribution(speaker, cue, self.lemma, self.cls, content, self.unit, via) if speaker else None

    def after(self) -> Span | None:
        """The claim after the cue."""
        return after(self.toks, self.i, self.lex)


def verb_attribution(toks: list[Token], i: int, unit: Span, lex: Lexicon, ctx: NameContext, earlier: list[Attribution]) -> Attribution | None:
    """An attribution around the cue verb at toks[i], trying each construction in turn."""
    site = _site(toks, i, unit, lex, ctx)
    if site is None:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.lower == "by" and site.participle:
        return _agent(site)
    j, passive, control = skip_to_subject(toks, i - 1, 0)
    if j < 0:
        return None
    prev = toks[j]
    if prev.lower in ("who", "that", "which") and not prev.quoted:
        k = j - 2 if j > 0 and toks[j - 1].text == "," else j - 1
        return site.make(phrase_before(toks, k, 0), [], "relative", site.after())
    if passive and site.participle:
        return None  # "the exchange was confirmed": no speaker before the verb
    if (prev.text == "," and site.form.endswith("ing")) or prev.lower in ("and", "but"):
        att = _same_speaker(site, earlier)
        if att is not None or prev.lower in ("and", "but"):
            return att
    if prev.text == ",":
        found, att = _around_comma(site, j, control)
        if found:
            return att
    if prev.text == "," or (prev.quoted and prev.text in QUOTE_MARKS):
        return _inverted(site, j)
    return _subject(site, j)


def _site(toks: list[Token], i: int, unit: Span, lex: Lexicon, ctx: NameContext) -> Site | None:
    """The cue as a verb, or None when it reads as a noun ("the claim", "many state workers")."""
    form = toks[i].lower
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if form in lex.ambiguous and not (nxt and nxt.lower in ("that", ":", ",")):
        return None
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and (prev.lower in DETERMINERS or prev.lower in POSSESSIVE_PRONOUNS or prev.is_possessive):
        return None  # "the claim", "his statement": a noun, not a verb
    lemma, cls = lex.verbs[form]
    return Site(toks, i, unit, lex, ctx, lemma, cls)


def _agent(site: Site) -> Attribution | None:
    """"as noted by X", "was confirmed by X"; an agent that is only "some" or "many" names nobody."""
    toks, i = site.toks, site.i
    agent = phrase_after(toks, i + 2, len(toks))
    if not agent or (len(agent) == 1 and agent[0].lower in QUANTIFIERS):
        return None  # "welcomed by some": agentless, not a source
    return site.make(agent, appositive_after(toks, i + 2 + len(agent), site.lex), "agent", before(toks, i))


def _same_speaker(site: Site, earlier: list[Attribution]) -> Attribution | None:
    """"X confirmed the exchange, stating that ..." and "X praised Y and said ...": X again."""
    if earlier and earlier[-1].sentence == site.unit:
        prior = earlier[-1]
        cue = Span(site.toks[site.i].start, site.toks[site.i].end)
        return Attribution(prior.speaker, cue, site.lemma, site.cls, site.after(), site.unit, "participle")
    subject = sentence_subject(site.toks, site.lex, site.ctx)
    return site.make(subject, [], "participle", site.after()) if subject else None


def _around_comma(site: Site, j: int, control: bool) -> tuple[bool, Attribution | None]:
    """"X, the Y, said", "X, which ..., said", "X, declining to blame Y,": (construction found?, attribution)."""
    toks = site.toks
    clause = clause_between(toks, j, 0)
    if clause is not None:
        k, what = clause
        if what == "appositive" and looks_appositive(toks[k + 1 : j], site.lex, site.ctx):
            phrase = phrase_before(toks, k - 1, 0)
            appositive = toks[k + 1 : j] if phrase else []
            return True, site.make(phrase or toks[k + 1 : j], appositive, "subject", site.after())
        k2 = skip_to_subject(toks, k - 1, 0)[0]
        return True, site.make(phrase_before(toks, k2, 0), [], "subject", site.after())
    if control:
        return True, site.make(phrase_before(toks, j - 1, 0), [], "subject", site.after())
    return False, None


def _inverted(site: Site, j: int) -> Attribution | None:
    """"“...,” said Peskov" and "..., said the minister": the speaker follows the cue."""
    toks, i = site.toks, site.i
    if site.form not in _INVERTED:
        return None
    phrase = phrase_after(toks, i + 1, len(toks))
    if not phrase or not starts_speaker(phrase[0], site.lex, site.ctx):
        return None
    return site.make(phrase, appositive_after(toks, i + 1 + len(phrase), site.lex), "inverted", before(toks, j + 1))


def _subject(site: Site, j: int) -> Attribution | None:
    """"X said": the noun phrase before the cue (after adverbs and auxiliaries)."""
    phrase = phrase_before(site.toks, j, 0, site.lex.verbs)
    if len(phrase) == 1 and phrase[0].lower in QUANTIFIERS and j == site.i - 1 and not _clause_follows(site):
        return None  # "some affirming language": a noun phrase, not "some say"
    return site.make(phrase, [], "subject", site.after())


def _clause_follows(site: Site) -> bool:
    """Whether a verb right after a bare quantifier starts a clause, as in "some say the ..." or "many believe Trump"."""
    if site.form in site.lex.ambiguous or site.form.endswith("ing"):
        return False
    toks, i = site.toks, site.i
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.lower in _CLAUSE_STARTERS or nxt.is_capitalised or nxt.text in ".,;"
