"""The seed article: every vague, anonymous and agentless source is flagged, the Zelenskyy
contradiction is an error, and the named sources are left alone."""
from __future__ import annotations

from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

GROUPS = ("sourcing", "attribution", "consistency")


def test_seed_article_sourcing_and_attribution(example_text):
    doc = read_text(example_text, "prisoner-exchange.txt")
    rules = [r for r in builtin_rules() if r.group in GROUPS and r.enabled]  # weasel-words: tests/rules
    got = [(doc.position(f.start)[0], f.rule, str(f.severity), f.text) for f in lint(doc, rules)]
    assert got == [
        (9, "sourcing.agentless-attribution", "warning", "has been hailed as"),
        (25, "attribution.self-accusation", "error", "accusations against Ukraine"),
        (31, "sourcing.agentless-attribution", "warning", "welcomed by some"),
        (31, "sourcing.vague-source", "warning", "analysts who question"),
        (33, "sourcing.anonymous-source", "warning", "a source in the Russian negotiation group"),
        (37, "sourcing.vague-source", "warning", "Some observers"),
    ]


def test_seed_article_self_accusation_message(example_text):
    doc = read_text(example_text, "prisoner-exchange.txt")
    rule = next(r for r in builtin_rules() if r.id == "attribution.self-accusation")
    [finding] = lint(doc, [rule])
    assert finding.message == (
        "'accusations against Ukraine': Volodymyr Zelenskyy speaks for Ukraine, so this has them "
        "accusing their own side; check the name or who accuses whom."
    )
