"""Rule files are validated strictly: each mistake gives `path:line:col: what is wrong; what is allowed`.

The bad rule files are written into a temporary rules folder and loaded with
`load_rules_dir` (displayed as `rules/...`), and once through the command line.
"""
from __future__ import annotations

import io

import pytest

from newslint import config, ruleset
from newslint.cli import main
from newslint.errors import NewslintError, RuleError
from newslint.checks import KINDS
from newslint.checks.options import Options
from newslint.ruleset import load_rules_dir, select
from newslint.yamlfile import Where

GOOD = """\
id: readability.long-sentence
kind: occurrence
severity: info
scope: sentence
message: "Sentence has {count} words; aim for {max} or fewer."
summary: Flags sentences too long to read in one pass.
why: Readers lose the thread of a long sentence.
options:
  max: 35
examples:
  fail: ["One two three four five six."]
  pass: ["One two."]
"""
WHERE = "rules/readability/long-sentence.yaml"


def _options_read_by(kind: str, options: dict) -> str:
    """The options a kind reads, as its unknown-option error lists them (kinds may gain options)."""
    opts = Options(kind, options, Where("test"))
    KINDS[kind].from_options(opts)
    return ", ".join(sorted(set(opts.known)))


OCCURRENCE_OPTIONS = _options_read_by("occurrence", {"max": 35})
KEYS = "id, kind, severity, message, summary, why, examples, scope, options, aliases, quotes, fix, enabled, references"


def load(tmp_path, text: str, name: str = "readability/long-sentence.yaml"):
    """Write one rule file into tmp_path/rules and load the folder."""
    path = tmp_path / "rules" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_rules_dir(tmp_path / "rules", "rules")


def error(tmp_path, text: str, name: str = "readability/long-sentence.yaml") -> str:
    """The one-line error a bad rule file gives."""
    with pytest.raises(NewslintError) as exc:
        load(tmp_path, text, name)
    return str(exc.value)


def test_the_good_rule_loads(tmp_path):
    (rule,) = load(tmp_path, GOOD)
    assert (rule.id, rule.group, rule.kind, str(rule.severity), rule.scope) == (
        "readability.long-sentence", "readability", "occurrence", "info", "sentence",
    )
    assert rule.path == WHERE


@pytest.mark.parametrize(
    "old,new,expected",
    [
        ("  max: 35", "  maxx: 35",
         '9:3: unknown option "maxx" for kind occurrence; expected one of: ' + OCCURRENCE_OPTIONS),
        ("why:", "whyy:", f'7:1: unknown key "whyy"; expected one of: {KEYS}'),
        ("summary: Flags sentences too long to read in one pass.\n", "",
         '1:1: missing required key "summary"; a rule needs: id, kind, severity, message, summary, why, examples'),
        ("id: readability.long-sentence", "id: Readability.Long_Sentence",
         "1:5: id 'Readability.Long_Sentence' must be <group>.<name> in lower case with hyphens"),
        ("id: readability.long-sentence", "id: readability.long-sentences",
         "1:5: id 'readability.long-sentences' does not match the file's place; expected 'readability.long-sentence'"),
        ("kind: occurrence", "kind: occurence",
         "2:7: unknown kind 'occurence'; expected one of: " + ", ".join(sorted(KINDS))),
        ("severity: info", "severity: high", "3:11: severity 'high' is not allowed; expected one of: info, warning, error"),
        ("scope: sentence", "scope: line",
         "4:8: scope 'line' is not allowed; expected one of: headline, sentence, paragraph, document"),
        ("{max}", "{maximum}",
         "5:10: message uses {maximum}, which kind occurrence does not provide; expected one of: count, max, min, metric"),
        ("{max}", "{max",
         "5:10: message is not a valid template (expected '}' before end of string); use {field} and {{ for a brace"),
        ('  pass: ["One two."]\n', "", '11:3: examples need a non-empty "pass" list of texts'),
        ('  pass: ["One two."]', "  pass: []", '12:9: examples need a non-empty "pass" list of texts'),
        ('examples:\n  fail: ["One two three four five six."]\n  pass: ["One two."]\n', "",
         '1:1: missing required key "examples"; a rule needs: id, kind, severity, message, summary, why, examples'),
        ('  pass: ["One two."]', '  pass: ["One two."]\n  maybe: ["One."]',
         '13:3: unknown key "maybe" in examples; expected one of: fail, pass'),
        ("  max: 35", "  metric: matches\n  max: 3\n  patterns: ['(?<=said )quietly']",
         "11:14: pattern is not valid RE2 syntax (invalid perl operator: (?<=); lookarounds and backreferences are not supported"),
        ("  max: 35", "  metric: lines\n  max: 3",
         "9:11: option 'metric' of kind occurrence is 'lines'; expected one of: words, sentences, characters, matches, grade"),
        ("  max: 35", "  metric: words", "9:3: option 'max' of kind occurrence or 'min' must be set"),
        ("severity: info", "severity: [info", "4:6: invalid YAML: expected ',' or ']', but got ':'"),
        ("scope: sentence", "scope: sentence\nenabled: maybe", '5:10: "enabled" must be true or false'),
        ("scope: sentence", "scope: sentence\nfix: always", "5:6: fix 'always' is not allowed; expected one of: safe, none"),
        ("scope: sentence", "scope: sentence\naliases: readability.long", '5:10: "aliases" must be a list of strings'),
    ],
)
def test_rule_file_errors_are_located_and_say_what_is_allowed(tmp_path, old, new, expected):
    assert old in GOOD
    assert error(tmp_path, GOOD.replace(old, new, 1)) == f"{WHERE}:{expected}"


def test_a_rule_file_that_is_not_a_mapping(tmp_path):
    assert error(tmp_path, "- id: x\n") == f"{WHERE}:1:1: a rule file must be a mapping of keys such as id, kind, severity"
    assert error(tmp_path, "") == f"{WHERE}:1:1: a rule file must be a mapping of keys such as id, kind, severity"


def test_a_yml_rule_file_is_not_silently_skipped(tmp_path):
    assert error(tmp_path, GOOD, "readability/long-sentence.yml") == (
        "rules/readability/long-sentence.yml:1:1: rule files end in .yaml; rename it to long-sentence.yaml"
    )


def test_duplicate_ids_through_aliases(tmp_path):
    load(tmp_path, GOOD)
    other = GOOD.replace("readability.long-sentence", "readability.wordy").replace(
        "scope: sentence", "scope: sentence\naliases: [readability.long-sentence]"
    )
    assert error(tmp_path, other, "readability/wordy.yaml") == (
        "rules/readability/wordy.yaml:1:1: rule id 'readability.long-sentence' is already used by rules/readability/long-sentence.yaml"
    )


def test_data_folders_starting_with_underscore_are_not_rules(tmp_path):
    (tmp_path / "rules" / "_lexicon").mkdir(parents=True)
    (tmp_path / "rules" / "_lexicon" / "titles.yaml").write_text("- Mr\n- Mrs\n")
    assert [r.id for r in load(tmp_path, GOOD)] == ["readability.long-sentence"]


def test_missing_rules_folder(tmp_path):
    with pytest.raises(NewslintError) as exc:
        load_rules_dir(tmp_path / "nowhere")
    assert str(exc.value) == f"{tmp_path / 'nowhere'}: rule folder does not exist"


def test_select_and_ignore_by_group_id_and_alias(tmp_path):
    load(tmp_path, GOOD)
    load(tmp_path, GOOD.replace("readability.long-sentence", "style.wordy").replace(
        "scope: sentence", "scope: sentence\naliases: [style.verbose]\nenabled: false"), "style/wordy.yaml")
    rules = load_rules_dir(tmp_path / "rules", "rules")
    ids = lambda chosen: [r.id for r in chosen]  # noqa: E731
    assert ids(select(rules)) == ["readability.long-sentence"]  # off by default
    assert ids(select(rules, ["style"])) == []  # a group keeps its default set
    assert ids(select(rules, ["style.wordy"])) == ["style.wordy"]  # naming the rule turns it on
    assert ids(select(rules, ["style.verbose"])) == ["style.wordy"]
    assert ids(select(rules, ["all"], ["readability"])) == ["style.wordy"]
    with pytest.raises(NewslintError) as exc:
        select(rules, ["sourcing"])
    assert str(exc.value) == "--select: unknown rule or group 'sourcing'; groups are: readability, style"
    with pytest.raises(NewslintError) as exc:
        select(rules, [], ["readability.long"])
    assert str(exc.value) == "--ignore: unknown rule or group 'readability.long'; groups are: readability, style"


def test_configured_options_are_validated_like_the_file(tmp_path):
    (rule,) = load(tmp_path, GOOD)
    assert rule.configured(options={"max": 5}).check.maximum == 5
    with pytest.raises(RuleError) as exc:
        rule.configured(options={"maxx": 5})
    assert str(exc.value) == (
        f'{WHERE}:9:3: unknown option "maxx" for kind occurrence; expected one of: {OCCURRENCE_OPTIONS}'
    )


@pytest.fixture
def rules_folder(tmp_path, monkeypatch):
    """Point the built-in rules at a temporary folder for one test."""
    monkeypatch.setattr(ruleset, "builtin_rules_dir", lambda: tmp_path / "rules")
    config.builtin_rules.cache_clear()
    config.rules_for.cache_clear()
    yield tmp_path
    config.builtin_rules.cache_clear()
    config.rules_for.cache_clear()


def test_a_bad_rule_file_stops_the_cli_with_one_line_and_exit_2(rules_folder):
    path = rules_folder / "rules" / "readability" / "long-sentence.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(GOOD.replace("  max: 35", "  maxx: 35"), encoding="utf-8")
    article = rules_folder / "story.txt"
    article.write_text("Head\n\nOne two three.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    for argv in (["check", str(article)], ["rules"], ["explain", "readability.long-sentence"]):
        code = main(argv, stdout=out, stderr=err)
        assert code == 2
    assert out.getvalue() == ""
    line = f'{WHERE}:9:3: unknown option "maxx" for kind occurrence; expected one of: {OCCURRENCE_OPTIONS}\n'
    assert err.getvalue() == line * 3


def test_a_bad_rule_in_a_configured_rule_folder_exits_2_naming_its_file(tmp_path, monkeypatch):
    rule = tmp_path / "house" / "readability" / "long-sentence.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(GOOD.replace("  max: 35", "  maxx: 35"), encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rule_paths: [house]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Head\n\nOne two three.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config.rule_pack.cache_clear()
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "story.txt"], stdout=out, stderr=err) == 2
    assert out.getvalue() == ""
    assert err.getvalue() == (
        f'{rule}:9:3: unknown option "maxx" for kind occurrence; expected one of: '
        f"{OCCURRENCE_OPTIONS}\n"
    )
