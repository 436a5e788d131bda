"""Closed-class English words the attribution model needs: determiners, pronouns, auxiliaries.

These are grammar, not subject matter, so they live in code; the subject-matter lists
(countries, titles, organisations, cues) are data under rules/_lexicon/attribution/.
"""
from __future__ import annotations

DETERMINERS = frozenset("a an the this that these those another each every any no".split())
POSSESSIVE_PRONOUNS = frozenset("his her their its my our your".split())
NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands".split()
)
QUANTIFIERS = frozenset("some many most several various certain numerous few all both other others".split()) | NUMBERS
PERSON_PRONOUNS = frozenset("he she him".split())
PRONOUNS = frozenset("he she they it i we you him them".split())
AUXILIARIES = frozenset(
    "is are was were be been being am has have had do does did will would can could may might must shall should".split()
)
BE_FORMS = frozenset("is are was were be been being am 's".split())
NEGATIONS = frozenset("not n't never no".split())
# Words that may stand between a subject and its cue verb: "X has also repeatedly said".
ADVERBS = frozenset(
    "also again already earlier later previously repeatedly recently separately publicly privately "
    "first last once then now still further subsequently initially originally today yesterday tonight "
    "reportedly allegedly apparently similarly likewise however meanwhile even only just long often "
    "sometimes frequently always".split()
)
# Verbs that pass their subject to a following cue: "X declined to blame", "X avoided accusing".
CONTROL_VERBS = frozenset(
    "avoided avoiding avoids declined declining declines refused refusing refuses sought seeking seeks "
    "tried trying tries wanted wanting wants chose choosing decided deciding continued continuing "
    "went going began beginning stopped stopping appeared appearing seemed seeming hesitated "
    "hesitating failed failing stopped declines planned planning went on".split()
)
# Words that end a noun phrase read backwards from a cue (conjunctions, relatives, verbs).
STOP = frozenset(
    "and or but nor that which who whom whose when while where because since as if than though although "
    "after before until unless so to there here what how why whether by not also".split()
) | AUXILIARIES | NEGATIONS
# Prepositions that join a noun phrase's head to what follows: "a source in the group".
NP_PREPOSITIONS = frozenset("of in at for from with on within inside near among to by about close familiar".split())
# Words before "to" that keep a phrase going: "a source close to the president".
TO_LINKS = frozenset("close closer loyal near linked connected allied".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon "
    "evening night day today yesterday tomorrow january february march april may june july august "
    "september october november december".split()
)
MONTHS_AND_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december".split()
)
# Nouns that can sit in "in a statement" between a subject and its verb.
CHANNELS = frozenset("statement interview email letter post video speech briefing tweet broadcast address".split())
# Plural nouns without a final -s.
PLURALS = frozenset("people police staff personnel public many some others most few several all both".split())
# Courtesy titles that precede a name but are not part of it.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady".split())
