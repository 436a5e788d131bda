"""own_side: flag a speaker said to accuse (or to avoid accusing) their own country or organisation.

"Ukrainian President Volodymyr Zelenskyy ... His remarks ... avoiding direct accusations against
Ukraine": the speaker's affiliation (Ukraine) is the target of the accusation. That is almost
always a wrong name or a reversed sentence. Reads `Document.attributions` for the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..attribution.model import Attribution
from ..attribution.targets import target_after
from ..findings import Hit, Span
from .base import Context
from .options import Options
from .phrases import Matcher, compile_matcher


@dataclass(frozen=True)
class OwnSide:
    """Options: `cues` (phrases after which the target is named: "accusations against", "blamed"),
    `require_title` (default true: only a speaker holding a title or office - a president, a
    minister, a general manager - speaks for their side).
    """

    cues: Matcher
    require_title: bool
    fields = ("match", "speaker", "side")
    scopes = ("sentence", "paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "OwnSide":
        """Compile the cue phrases once."""
        cues = compile_matcher(options, options.str_list("cues", required=True), [], ignore_case=True)
        require_title = options.bool("require_title", True)
        options.finish()
        return cls(cues, require_title)

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield each accusation whose target is the speaker's own side."""
        doc = context.doc
        for unit in context.units:
            for start, end in self.cues.finditer(context.text, unit.start, unit.end):
                sentence = doc.sentence_at(start)
                if sentence is None:
                    continue
                att = _speaker_for(doc.attributions, Span(start, end), sentence)
                if att is None:
                    continue
                sp = att.speaker
                if not sp.affiliations or (self.require_title and not sp.title):
                    continue
                side, target = target_after(doc, end, sentence.end)
                if side is not None and side in sp.affiliations:
                    who = sp.name or " ".join(doc.slice(sp.span).split())
                    yield Hit(start, target.end, {"speaker": who, "side": side})


def _speaker_for(atts: tuple[Attribution, ...], cue: Span, sentence: Span) -> Attribution | None:
    """The attribution the accusation belongs to: its own cue, else the nearest before it in the sentence."""
    here = [a for a in atts if a.sentence == sentence]
    own = [a for a in here if a.cue.overlaps(cue)]
    if own:
        return own[0]
    before = [a for a in here if a.cue.end <= cue.start]
    return before[-1] if before else None
