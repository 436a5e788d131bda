"""source: flag attributions whose speaker matches a description (vague groups, unnamed sources).

Reads the article's attribution model (`Document.attributions`): "Some observers suggest",
"analysts who question", "according to some", "as noted by a source in the negotiation group".
A speaker the text names, or ties to a country or organisation, can be exempted (`skip`), and
an explanation nearby (`unless`: "not authorized to discuss") cancels the hit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Hit, Span
from .base import Context, inside_units
from .options import Options
from .phrases import Matcher, compile_matcher
from .speaker_patterns import compile_anywhere, compile_speakers, read_lists

SKIPS = ("named", "affiliated")


@dataclass(frozen=True)
class Source:
    """Hits on speakers whose phrase matches `speakers` (see speaker_patterns.py), plus any `tokens`.

    Options: `speakers` (patterns), `lists` (words the patterns name), `skip` (named,
    affiliated: speakers never flagged; default both), `unless` / `unless_patterns` with
    `unless_within` (sentence or paragraph), `anywhere` (speaker patterns matched in running
    text, not only where the model finds a cue: "some historians trace it back"), `tokens` /
    `patterns` (phrases flagged wherever they appear, for sources the model has no cue for).
    """

    speakers: re.Pattern[str]
    skip: frozenset[str]
    unless: Matcher | None
    unless_within: str
    phrases: tuple[Matcher, ...]
    fields = ("match", "speaker")
    scopes = ("sentence", "paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Source":
        """Compile speaker patterns, explanations and phrases once."""
        lists = read_lists(options)
        speakers = compile_speakers(options, "speakers", lists)
        skip = options.str_list("skip", default=SKIPS)
        for i, item in enumerate(skip):
            if item not in SKIPS:
                raise options.error("skip", f"item {item!r} is not allowed; expected any of: {', '.join(SKIPS)}")
        within = options.str("unless_within", "sentence", choices=("sentence", "paragraph"))
        unless = compile_matcher(options, options.str_list("unless"), options.str_list("unless_patterns"),
                                 ignore_case=True, patterns_option="unless_patterns")
        phrases = compile_matcher(options, options.str_list("tokens"), options.str_list("patterns"), ignore_case=True)
        anywhere = compile_anywhere(options, "anywhere", lists)
        options.finish()
        return cls(speakers, frozenset(skip), unless, within, tuple(m for m in (phrases, anywhere) if m is not None))

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield matching speakers, then matching phrases, each once."""
        doc, text = context.doc, context.text
        seen: set[Span] = set()
        inside = inside_units(context.units)
        for att in doc.attributions:
            sp = att.speaker
            if sp.span in seen or not inside(att.cue):
                continue
            if ("named" in self.skip and sp.name) or ("affiliated" in self.skip and sp.affiliations):
                continue
            if not self.speakers.search(sp.phrase) or self._explained(context, att.sentence):
                continue
            seen.add(sp.span)
            span = _shown(att)
            yield Hit(span.start, span.end, {"speaker": " ".join(doc.slice(sp.span).split())})
        for matcher in self.phrases:
            for unit in context.units:
                for start, end in matcher.finditer(text, unit.start, unit.end):
                    sentence = doc.sentence_at(start) or unit
                    if not any(s.overlaps(Span(start, end)) for s in seen) and not self._explained(context, sentence):
                        seen.add(Span(start, end))
                        yield Hit(start, end, {"speaker": " ".join(text[start:end].split())})

    def _explained(self, context: Context, sentence: Span) -> bool:
        """True when an `unless` phrase occurs in the speaker's sentence or paragraph."""
        if self.unless is None:
            return False
        where = sentence
        if self.unless_within == "paragraph":
            where = next((p for p in context.doc.paragraphs if p.contains(sentence)), sentence)
        return any(True for _ in self.unless.finditer(context.text, where.start, where.end))


def _shown(att) -> Span:
    """The words a finding marks: the speaker, with the cue when it makes the vagueness
    ("According to some", "analysts who question")."""
    sp = att.speaker.span
    if att.via == "according" and att.cue.end <= sp.start:
        return Span(att.cue.start, sp.end)
    if att.via == "relative" and att.cue.start >= sp.end and att.cue.start - sp.end <= 12:
        return Span(sp.start, att.cue.end)
    return sp
