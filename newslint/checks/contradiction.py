"""contradiction: flag a claim that reverses an earlier one in the same article.

Two patterns, both read from the article model: one source said to confirm something and later
to deny it (`affirm` and `deny` cue classes from rules/_lexicon/attribution/cues.yaml, same speaker, same
thing), and a passive statement reversed ("the bridge was inspected in May" / "the bridge had
not been inspected since 2019"). The later statement is flagged and the earlier one quoted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..attribution.statements import object_of, passive_statements
from ..findings import Hit, Span
from .base import Context, inside_units
from .options import Options


@dataclass(frozen=True)
class Contradiction:
    """Options: `affirm` and `deny` (cue classes; default [confirm] and [deny]),
    `min_similarity` (0-100: how alike the two things must be; default 85), `passives` (default true).
    """

    affirm: frozenset[str]
    deny: frozenset[str]
    min_similarity: float
    passives: bool
    fields = ("match", "earlier")
    scopes = ("document",)

    @classmethod
    def from_options(cls, options: Options) -> "Contradiction":
        """Read the cue classes and thresholds."""
        affirm = options.str_list("affirm", default=("confirm",))
        deny = options.str_list("deny", default=("deny",))
        similarity = options.number("min_similarity", 85.0, minimum=0.0, maximum=100.0)
        passives = options.bool("passives", True)
        options.finish()
        return cls(frozenset(affirm), frozenset(deny), similarity, passives)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield later claims that reverse earlier ones."""
        from rapidfuzz import fuzz

        claims = list(self._claims(context))
        flagged: set[Span] = set()
        inside = inside_units(context.units)
        earlier: dict[str, list[tuple]] = {}  # claims so far by who or what they are about: only those can clash
        for span, key, about, positive, text in claims:
            same = earlier.setdefault(key, [])
            same.append((span, key, about, positive, text))
            if not inside(span):
                continue
            for _, key0, about0, positive0, text0 in same[:-1]:
                if key0 == key and positive0 != positive and fuzz.ratio(about, about0) >= self.min_similarity and span not in flagged:
                    flagged.add(span)
                    yield Hit(span.start, span.end, {"earlier": text0})
                    break

    def _claims(self, context: Context) -> Iterator[tuple[Span, str, str, bool, str]]:
        """(span, who or what, the thing, positive?, text) for every checkable claim, in text order."""
        doc = context.doc
        out = []
        for att in doc.attributions:
            key = att.speaker.key
            if key is None or att.cue_class not in self.affirm | self.deny:
                continue
            obj = object_of(doc, att)
            if obj is not None:
                about, span = obj
                whole = Span(att.cue.start, span.end) if span.start >= att.cue.start else att.cue
                out.append((whole, "said:" + key, about, att.cue_class in self.affirm, " ".join(doc.slice(whole).split())))
        if self.passives:
            for st in passive_statements(doc, doc.units("sentence")):
                out.append((st.span, "passive:" + st.predicate, st.subject, st.positive, " ".join(doc.slice(st.span).split())))
        return iter(sorted(out, key=lambda c: c[0].start))
