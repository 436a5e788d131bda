"""The attribution model on sentences written for these tests: who speaks, through which cue,
saying what, for which side; pronouns and surnames resolved; user entities from config."""
from __future__ import annotations

import pytest

from newslint.attribution import Entity
from newslint.readers import read_text


def attributions(text: str, entities: tuple[Entity, ...] = ()):
    doc = read_text(text).with_entities(entities)
    return doc, doc.attributions


def one(text: str, entities: tuple[Entity, ...] = ()):
    doc, atts = attributions(text, entities)
    assert len(atts) == 1, [(doc.slice(a.speaker.span), doc.slice(a.cue)) for a in atts]
    return doc, atts[0]


def test_named_speaker_with_appositive_title_and_affiliation():
    doc, att = one("Dmitry Peskov, the Kremlin spokesman, said the talks would continue.")
    sp = att.speaker
    assert doc.slice(sp.span) == "Dmitry Peskov, the Kremlin spokesman"
    assert (sp.kind, sp.name, sp.title, sp.affiliations) == ("person", "Dmitry Peskov", "spokesman", ("Russia",))
    assert (doc.slice(att.cue), att.verb, att.cue_class, att.via) == ("said", "say", "speech", "subject")
    assert doc.slice(att.content) == "the talks would continue"


def test_demonym_title_and_name():
    doc, att = one("Ukrainian President Volodymyr Zelenskyy confirmed the exchange.")
    sp = att.speaker
    assert doc.slice(sp.span) == "Ukrainian President Volodymyr Zelenskyy"
    assert (sp.name, sp.title, sp.affiliations) == ("Volodymyr Zelenskyy", "president", ("Ukraine",))
    assert att.cue_class == "confirm"


def test_organisations_named_and_described():
    doc, atts = attributions(
        "The National Weather Service said in a bulletin that the storm would weaken. "
        "Poland’s interior ministry said the border would stay open. "
        "The Ministry of Defense of Russia confirmed the exchange on June 19."
    )
    got = [(doc.slice(a.speaker.span), a.speaker.kind, a.speaker.name, a.speaker.affiliations) for a in atts]
    assert got == [
        ("The National Weather Service", "organisation", "National Weather Service", ()),
        ("Poland’s interior ministry", "organisation", "Poland’s interior ministry", ("Poland",)),
        ("The Ministry of Defense of Russia", "organisation", "Ministry of Defense of Russia", ("Russia",)),
    ]


def test_according_to_a_document():
    doc, att = one("Inflation slowed in May, according to figures published by the central bank.")
    assert doc.slice(att.speaker.span) == "figures published by the central bank"
    assert (att.speaker.kind, att.speaker.head, att.via) == ("document", "figures", "according")
    assert doc.slice(att.cue) == "according to"
    assert doc.slice(att.content) == "Inflation slowed in May"


def test_inverted_speaker_after_a_quotation():
    doc, att = one("“We will keep the water running,” said Ana Flores, the utility’s general manager.")
    assert doc.slice(att.speaker.span) == "Ana Flores, the utility’s general manager"
    assert (att.speaker.name, att.speaker.affiliations, att.via) == ("Ana Flores", ("the utility",), "inverted")
    assert doc.slice(att.content) == "“We will keep the water running,”"


def test_role_then_name_appositive():
    doc, att = one("The utility's general manager, Ana Flores, blamed the storm for the outage.")
    assert doc.slice(att.speaker.span) == "The utility's general manager, Ana Flores"
    assert (att.speaker.name, att.speaker.title, att.cue_class) == ("Ana Flores", "manager", "accuse")


def test_pronoun_and_surname_resolve_to_the_named_person():
    doc, atts = attributions(
        "Ukrainian President Volodymyr Zelenskyy confirmed the exchange. "
        "His remarks, however, were carefully worded. "
        "Zelenskyy’s confirmation came late. He hinted at more swaps."
    )
    his = next(a for a in atts if doc.slice(a.cue) == "remarks")
    assert (his.speaker.kind, his.speaker.name, his.speaker.affiliations, his.speaker.title) == (
        "pronoun", "Volodymyr Zelenskyy", ("Ukraine",), "president")
    assert doc.slice(his.speaker.antecedent) == "Volodymyr Zelenskyy"
    surname = next(a for a in atts if doc.slice(a.cue) == "confirmation")
    assert (doc.slice(surname.speaker.span), surname.speaker.name, surname.via) == ("Zelenskyy", "Volodymyr Zelenskyy", "possessive")
    he = next(a for a in atts if doc.slice(a.cue) == "hinted")
    assert he.speaker.name == "Volodymyr Zelenskyy"


def test_it_resolves_to_the_last_organisation():
    doc, atts = attributions("The National Weather Service said the storm would weaken. It added that rain would follow.")
    assert atts[1].speaker.kind == "pronoun" and atts[1].speaker.name == "National Weather Service"


def test_passive_agent_and_relative_clause():
    doc, atts = attributions(
        "The exchanges, as noted by a source in the Russian negotiation group, add complexity. "
        "The plan was met with skepticism by analysts who question its cost."
    )
    got = [(doc.slice(a.speaker.span), a.speaker.kind, a.speaker.determiner, a.via) for a in atts]
    assert got == [
        ("a source in the Russian negotiation group", "individual", "a", "agent"),
        ("analysts", "group", None, "relative"),
    ]
    assert atts[0].speaker.affiliations == ("Russia",)


def test_passive_without_agent_and_quantifier_agents_name_nobody():
    _, atts = attributions("The exchange was confirmed on June 19. The deal was welcomed by some.")
    assert atts == ()


def test_participle_and_coordinated_cues_keep_the_speaker():
    doc, atts = attributions("Zelenskyy confirmed the exchange, stating that more would follow, and added that talks go on.")
    assert [(doc.slice(a.cue), a.speaker.name, a.via) for a in atts] == [
        ("confirmed", "Zelenskyy", "subject"), ("stating", "Zelenskyy", "participle"), ("added", "Zelenskyy", "participle"),
    ]


def test_control_verb_passes_the_subject():
    doc, atts = attributions("A French minister, declining to blame France, said the fault lay elsewhere.")
    assert [(doc.slice(a.speaker.span), doc.slice(a.cue), a.speaker.affiliations) for a in atts] == [
        ("A French minister", "blame", ("France",)), ("A French minister", "said", ("France",)),
    ]


@pytest.mark.parametrize("text", [
    "The party hopes to get some affirming language into the text.",
    "The rule covers many state workers.",
    "In some states, early voting begins in May.",
    "This claim is new.",
])
def test_nouns_that_look_like_cues_are_not_attributions(text):
    assert attributions(text)[1] == ()


def test_names_with_month_or_auxiliary_words():
    doc, att = one("Theresa May said the vote would go ahead.")
    assert att.speaker.name == "Theresa May"


def test_user_entities_give_names_affiliations_and_titles():
    entities = (
        Entity("Ana Flores", ("Flores",), "Springfield Water", "person", "general manager"),
        Entity("Springfield Water", ("the utility",), None, "organisation"),
    )
    doc, att = one("Later, Flores blamed the utility for the outage.", entities)
    assert (att.speaker.kind, att.speaker.name, att.speaker.title, att.speaker.affiliations) == (
        "person", "Ana Flores", "general manager", ("Springfield Water",))
    _, plain = one("Later, Flores blamed the utility for the outage.")
    assert (plain.speaker.name, plain.speaker.affiliations, plain.speaker.title) == ("Flores", (), None)
