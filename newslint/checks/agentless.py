"""agentless: flag judgements in the passive that no one is said to hold ("has been hailed as",
"is seen by many as", "it is said"), read from the article's tokens.

A listed participle after a form of "be" (with adverbs between: "is widely seen") is a hit
unless an agent follows in the same clause ("was praised by the committee"). An agent that is
only a quantifier ("by many", "by some") names nobody and counts as none.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..attribution.tokens import Token, units_tokens
from ..findings import Hit
from .base import Context
from .options import Options
from .phrases import Matcher, compile_matcher, normalize

_BE = frozenset("is are was were be been being am".split())
_AUX = frozenset("has have had will would may might can could must should shall".split())
_CLAUSE_END = frozenset(",;:.!?()—–")
_OPENERS = frozenset(",;:—–-(") | frozenset("while though although if when once".split())
_AFTER_AGENT = frozenset("as to for in with that and but because though while".split())


@dataclass(frozen=True)
class Agentless:
    """Options: `verbs` (participles of judgement, flagged whenever passive and agentless; may be
    phrases such as "met with criticism"), `complement_verbs` (flagged only when followed by one of
    `complements`, by a vague agent, or with "it" as subject: "is said to be", "it is said"),
    `complements`, `adverbs` (allowed between "be" and the participle), `vague_agents`,
    `tokens` (words that report hearsay by themselves: "reportedly").
    """

    verbs: dict[str, tuple[tuple[str, ...], ...]]
    complement_verbs: dict[str, tuple[tuple[str, ...], ...]]
    complements: dict[str, tuple[tuple[str, ...], ...]]
    adverbs: frozenset[str]
    vague_agents: frozenset[str]
    tokens: Matcher | None
    fields = ("match",)
    scopes = ("sentence", "paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Agentless":
        """Read the word lists once."""
        def words(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
            return _index({tuple(normalize(p).split()) for p in options.str_list(name)})

        verbs, comp_verbs, complements = words("verbs"), words("complement_verbs"), words("complements")
        adverbs = frozenset(normalize(a) for a in options.str_list("adverbs"))
        vague = frozenset(normalize(a) for a in options.str_list("vague_agents"))
        tokens = compile_matcher(options, options.str_list("tokens"), [], ignore_case=True)
        options.finish()
        if not verbs and not comp_verbs:
            raise options.error("verbs", "or 'complement_verbs' must list at least one participle")
        return cls(verbs, comp_verbs, complements, adverbs, vague, tokens)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield each agentless passive of judgement in each unit."""
        for unit, unit_toks in zip(context.units, units_tokens(context.doc, context.text, context.units)):
            toks = [t for t in unit_toks if not t.text.isspace()]
            lows = [t.lower for t in toks]
            for i in range(len(toks)):
                hit = self._at(toks, lows, i)
                if hit is not None:
                    yield hit
            if self.tokens is not None:
                for start, end in self.tokens.finditer(context.text, unit.start, unit.end):
                    yield Hit(start, end)

    def _at(self, toks: list[Token], lows: list[str], i: int) -> Hit | None:
        """A hit for a participle phrase starting at token i, if it is an agentless passive."""
        needs_complement = False
        length = _starts(lows, i, self.verbs)
        if not length:
            length = _starts(lows, i, self.complement_verbs)
            needs_complement = True
        if not length:
            return None
        start, subject_it, passive = self._auxiliaries(lows, i)
        end = i + length
        agent, vague_end = self._agent(lows, end)
        if agent == "named":
            return None
        vague = agent == "vague"
        if vague_end is not None:
            end = vague_end
        comp = _starts(lows, end, self.complements)
        if not passive and not vague and not (comp and lows[end] == "as" and self._clause_start(lows, i)):
            return None  # a bare participle counts only opening a clause: ", widely seen as", ", billed as"
        if needs_complement and not (comp or vague or subject_it):
            return None
        if comp and lows[end] == "as":
            end += 1
        first = start - 1 if subject_it else start
        return Hit(toks[first].start, toks[end - 1].end)

    def _agent(self, lows: list[str], i: int) -> tuple[str | None, int | None]:
        """("named" | "vague" | None, end of "by many" when it directly follows) for the clause after token i."""
        k = i
        while k < len(lows) and lows[k] not in _CLAUSE_END:
            if lows[k] == "by" and k + 1 < len(lows):
                after = lows[k + 2] if k + 2 < len(lows) else "."
                if lows[k + 1] in self.vague_agents:
                    bare = after in _AFTER_AGENT or after in _CLAUSE_END
                    return "vague", (k + 2 if k == i and bare else None)
                return "named", None
            k += 1
        return None, None

    def _clause_start(self, lows: list[str], i: int) -> bool:
        """True when only adverbs stand between the participle and a comma, a dash or the sentence start."""
        k = i - 1
        while k >= 0 and lows[k] in self.adverbs:
            k -= 1
        return k < 0 or lows[k] in _OPENERS

    def _auxiliaries(self, lows: list[str], i: int) -> tuple[int, bool, bool]:
        """(first token of the verb group, whether its subject is "it", whether a form of "be" precedes)."""
        k = i - 1
        while k >= 0 and (lows[k] in self.adverbs or lows[k] in ("not", "never")):
            k -= 1
        if k < 0 or lows[k] not in _BE:
            return i, False, False
        while k - 1 >= 0 and (lows[k - 1] in _BE or lows[k - 1] in _AUX or lows[k - 1] in ("not", "never")):
            k -= 1
        return k, k > 0 and lows[k - 1] == "it", True


def _starts(lows: list[str], i: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length of the longest phrase starting at token i, or 0 (phrases indexed by first word)."""
    if i >= len(lows):
        return 0
    for phrase in phrases.get(lows[i], ()):
        if tuple(lows[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _index(phrases: set[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}
