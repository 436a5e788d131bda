"""Configuration `entities` (validated with located errors) reach the attribution model, and the
sourcing kinds reject malformed options with located errors."""
from __future__ import annotations

import pytest

from newslint import check_text
from newslint.config import from_mapping
from newslint.errors import ConfigError, RuleError
from newslint.ruleset import load_rule
from newslint.yamlfile import parse_yaml

CONFIG = """\
entities:
  - name: Ana Flores
    aliases: [Flores]
    affiliation: Springfield Water
    title: general manager
  - name: Springfield Water
    kind: organisation
    aliases: [the utility]
"""


def config_of(text: str):
    data, where = parse_yaml(text, ".newslint.yaml")
    return from_mapping(data, where)


def test_entities_are_read():
    cfg = config_of(CONFIG)
    assert [(e.name, e.aliases, e.affiliation, e.kind, e.title) for e in cfg.entities] == [
        ("Ana Flores", ("Flores",), "Springfield Water", "person", "general manager"),
        ("Springfield Water", ("the utility",), None, "organisation", None),
    ]


def test_entities_reach_the_rules():
    text = "Water was cut for two days. Later, Flores blamed the utility for the outage."
    rule_ids = lambda fs: [(f.rule, f.text) for f in fs if f.rule == "attribution.self-accusation"]
    assert rule_ids(check_text(text)) == []
    assert rule_ids(check_text(text, config=config_of(CONFIG))) == [("attribution.self-accusation", "blamed the utility")]


@pytest.mark.parametrize("text,message", [
    ("entities: {name: x}\n", ".newslint.yaml:1:11: entities must be a list of mappings with keys: name, aliases, affiliation, kind, title"),
    ("entities:\n  - name: X\n    role: y\n", '.newslint.yaml:3:5: unknown key "role" in entity; expected one of: name, aliases, affiliation, kind, title'),
    ("entities:\n  - aliases: [X]\n", '.newslint.yaml:2:5: an entity needs a non-empty "name"'),
    ("entities:\n  - name: X\n    kind: city\n", ".newslint.yaml:3:11: kind 'city' is not allowed; expected one of: person, organisation, country"),
    ("entities:\n  - name: X\n    aliases: Y\n", ".newslint.yaml:3:14: aliases must be a list of non-empty strings"),
])
def test_entity_errors_are_located(text, message):
    with pytest.raises(ConfigError) as err:
        config_of(text)
    assert str(err.value) == message


RULE = """\
id: sourcing.test-source
kind: source
severity: warning
message: "x {{match}}"
summary: s
why: w
examples: {{fail: [a], pass: [b]}}
options:
{options}
"""


@pytest.mark.parametrize("options,message", [
    ('  speakers: ["{quantifier} {group}"]\n  lists: {quantifier: [some]}',
     "speaker pattern uses {group}, which 'lists' does not define; defined: quantifier"),
    ('  speakers: ["{quantifier} *"]\n  lists: {quantifier: [some]}',
     "speaker pattern '{quantifier} *' must not end with *; end it with a word or a {list}"),
    ('  speakers: [critics]\n  skip: [famous]', "option 'skip' of kind source item 'famous' is not allowed; expected any of: named, affiliated"),
    ('  speakers: [critics]\n  unless_within: page', "option 'unless_within' of kind source is 'page'; expected one of: sentence, paragraph"),
    ('  speakers: [critics]\n  lists: {bare: []}', "list 'bare' must be a non-empty list of words or phrases"),
])
def test_source_option_errors(tmp_path, options, message):
    path = tmp_path / "test-source.yaml"
    path.write_text(RULE.format(options=options), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rule(path, "rules/sourcing/test-source.yaml")
    assert str(err.value).split(": ", 1)[1] == message
    assert str(err.value).startswith("rules/sourcing/test-source.yaml:")


def test_entities_from_a_config_file_reach_the_command_line(tmp_path, monkeypatch):
    import io

    from newslint.cli import main

    (tmp_path / ".newslint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "story.txt").write_text("Water is back.\n\nLater, Flores blamed the utility for the outage.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", "plain", "--select", "attribution", "story.txt"], stdout=out, stderr=err)
    assert (code, err.getvalue()) == (1, "")
    assert out.getvalue() == (
        "story.txt:3:15: error attribution.self-accusation 'blamed the utility': Ana Flores speaks for "
        "Springfield Water, so this has them accusing their own side; check the name or who accuses whom.\n"
    )
