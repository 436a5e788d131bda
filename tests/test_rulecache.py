"""The start-up cache of parsed rule files: a hit skips the YAML parser, an edit is never missed,
errors in cached rules keep their exact locations, and a broken cache dir is harmless."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint import rulecache
from newslint.errors import RuleError
from newslint.ruleset import load_rules_dir

RULE = """\
id: usage.wordy
kind: existence
severity: info
message: "Wordy: '{match}'."
summary: Flags wordy phrases.
why: >
  Short words read faster; every style guide from AP to the BBC asks reporters to
  prefer the plain word over the padded phrase.
references: ["AP Stylebook"]
options:
  tokens: [at this point in time, in order to]
examples:
  fail: ["We met in order to talk."]
  pass: ["We met to talk."]
"""


@pytest.fixture
def rules_root(tmp_path, monkeypatch) -> Path:
    """A rule folder with one rule, and a private cache dir."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "rules"
    (root / "usage").mkdir(parents=True)
    (root / "usage" / "wordy.yaml").write_text(RULE, encoding="utf-8")
    return root


def _no_parsing(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("YAML was parsed although the cache should have answered")

    monkeypatch.setattr(rulecache, "load_yaml", refuse)


def test_second_load_is_served_from_cache(rules_root, monkeypatch):
    first = load_rules_dir(rules_root, cache=True)
    _no_parsing(monkeypatch)
    second = load_rules_dir(rules_root, cache=True)
    assert [(r.id, r.message, dict(r.raw_options)) for r in second] == [
        ("usage.wordy", "Wordy: '{match}'.", {"tokens": ["at this point in time", "in order to"]})
    ]
    assert [r.id for r in first] == [r.id for r in second]


def test_an_edited_rule_file_is_read_again(rules_root):
    load_rules_dir(rules_root, cache=True)
    path = rules_root / "usage" / "wordy.yaml"
    path.write_text(RULE.replace("severity: info", "severity: error"), encoding="utf-8")
    (rule,) = load_rules_dir(rules_root, cache=True)
    assert str(rule.severity) == "error"


def test_cached_rule_errors_keep_their_line_and_column(rules_root):
    load_rules_dir(rules_root, cache=True)
    (rule,) = load_rules_dir(rules_root, cache=True)
    with pytest.raises(RuleError) as err:
        rule.configured(options={"maxx": 3})
    assert str(err.value).startswith(f"{rules_root}/usage/wordy.yaml:11:3: unknown option \"maxx\" for kind existence; ")


def test_unwritable_or_damaged_cache_is_ignored(rules_root, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "cache"))
    assert [r.id for r in load_rules_dir(rules_root, cache=True)] == ["usage.wordy"]
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache2"))
    load_rules_dir(rules_root, cache=True)
    for file in (tmp_path / "cache2").iterdir():
        file.write_text("{not json", encoding="utf-8")
    assert [r.id for r in load_rules_dir(rules_root, cache=True)] == ["usage.wordy"]


def test_empty_cache_dir_setting_turns_the_cache_off(rules_root, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", "")
    load_rules_dir(rules_root, cache=True)
    assert rulecache.cache_dir() is None
    assert not (tmp_path / "cache").exists()


def test_data_files_beside_the_rules_are_cached_and_never_stale(rules_root, monkeypatch):
    from newslint import yamlfile

    lexicon = rules_root / "_lexicon" / "words.yaml"
    lexicon.parent.mkdir()
    lexicon.write_text("tokens: [alpha, beta]\n", encoding="utf-8")
    load_rules_dir(rules_root, cache=True)  # miss: parses and records the lexicon too
    load_rules_dir(rules_root, cache=True)  # hit: the lexicon's parse is handed to load_yaml
    real_parse = yamlfile.parse_yaml
    monkeypatch.setattr(yamlfile, "parse_yaml", lambda *a: pytest.fail("parsed a cached data file"))
    assert yamlfile.load_yaml(lexicon, "rules/_lexicon/words.yaml")[0] == {"tokens": ["alpha", "beta"]}
    monkeypatch.setattr(yamlfile, "parse_yaml", real_parse)
    lexicon.write_text("tokens: [gamma]\n", encoding="utf-8")
    load_rules_dir(rules_root, cache=True)
    assert yamlfile.load_yaml(lexicon, "rules/_lexicon/words.yaml")[0] == {"tokens": ["gamma"]}
