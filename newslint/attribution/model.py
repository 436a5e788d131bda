"""The values the attribution model produces: who is speaking, and what they are said to say."""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Span

# What a speaker is: a named person, an organisation (named or described: "the central bank"),
# a document ("figures", "a report"), a plural group ("analysts", "Russian officials"), one
# unnamed individual ("a source", "an official"), or a pronoun.
SPEAKER_KINDS = ("person", "organisation", "document", "group", "individual", "pronoun")


@dataclass(frozen=True)
class Speaker:
    """The words that name a claim's source, and what the model knows about them.

    `span` covers the noun phrase with any appositive ("Dmitry Peskov, the Kremlin spokesman");
    `phrase` is the noun phrase without the appositive, lower-cased and single-spaced, for
    rules to match; `name` is the canonical name (for a pronoun, its antecedent's);
    `affiliations` are the countries or organisations the text ties the speaker to.
    """

    span: Span
    phrase: str
    head: str
    kind: str
    determiner: str | None = None
    name: str | None = None
    title: str | None = None
    affiliations: tuple[str, ...] = ()
    antecedent: Span | None = None

    @property
    def identified(self) -> bool:
        """True when the text names the speaker or ties them to a country or organisation."""
        return bool(self.name) or bool(self.affiliations)

    @property
    def key(self) -> str | None:
        """What two mentions of one speaker share: the name, else the phrase (none for pronouns left unresolved)."""
        if self.name:
            return self.name.lower()
        if self.kind == "pronoun":
            return None
        return self.phrase


@dataclass(frozen=True)
class Attribution:
    """One attribution: a speaker, the cue that ties them to a claim, and the claim.

    `verb` is the cue's base form ("say", "confirm", "according to", "remarks"); `cue_class`
    is its class from rules/_lexicon/attribution/cues.yaml (speech, opinion, confirm, deny, accuse, judge,
    or source for "according to"); `via` names the construction the speaker was found in:
    subject, inverted, according, agent, relative, possessive or participle.
    """

    speaker: Speaker
    cue: Span
    verb: str
    cue_class: str
    content: Span | None
    sentence: Span
    via: str
