"""JSON output, version 1: matches docs/json-output.schema.json, and every field means what the docs say.

The schema lets consumers ignore keys added later; these tests also pin the exact
key sets, so adding a key means documenting it (docs/json-output.md) first.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "json-output.schema.json").read_text(encoding="utf-8"))
EXAMPLE = ROOT / "examples" / "prisoner-exchange.txt"


def run_json(*argv: str) -> tuple[int, dict]:
    """Run `newslint check --format json` and parse what it prints."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", "json", *argv], stdout=out, stderr=err)
    return code, json.loads(out.getvalue())


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, counting \\r\\n, \\r and \\n as line ends."""
    lines = re.split(r"\r\n|\r|\n", text[:offset])
    return len(lines), len(lines[-1]) + 1


def check_against_file(finding: dict, text: str) -> None:
    """The finding's offsets, text and positions agree with the file's own text."""
    assert 0 <= finding["start"] <= finding["end"] <= len(text)
    assert text[finding["start"] : finding["end"]] == finding["text"]
    assert (finding["line"], finding["column"]) == position(text, finding["start"])
    assert (finding["end_line"], finding["end_column"]) == position(text, finding["end"])


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_example_article_with_the_default_rules_matches_the_schema():
    code, report = run_json(str(EXAMPLE))
    jsonschema.validate(report, SCHEMA)
    assert code == 1
    assert report["version"] == 1 and report["errors"] == []
    (file,) = report["files"]
    assert file["path"] == str(EXAMPLE)
    text = EXAMPLE.read_bytes().decode("utf-8")
    for finding in file["findings"]:
        check_against_file(finding, text)
    order = [(f["start"], f["end"], f["rule"]) for f in file["findings"]]
    assert order == sorted(order)
    summary = report["summary"]
    assert summary["files"] == 1 and summary["findings"] == len(file["findings"])
    for severity in ("error", "warning", "info"):
        assert summary[severity] == sum(f["severity"] == severity for f in file["findings"])


def test_the_documented_vague_source_findings_on_the_example():
    _, report = run_json("--select", "sourcing.vague-source", str(EXAMPLE))
    assert report["files"][0]["findings"] == [
        {
            "rule": "sourcing.vague-source", "severity": "warning",
            "message": "Vague source 'analysts who question': name who says so, or cut the claim.",
            "start": 2280, "end": 2301, "line": 31, "column": 69, "end_line": 31, "end_column": 90,
            "text": "analysts who question", "suggestions": [], "fix": None,
        },
        {
            "rule": "sourcing.vague-source", "severity": "warning",
            "message": "Vague source 'Some observers': name who says so, or cut the claim.",
            "start": 2627, "end": 2641, "line": 37, "column": 1, "end_line": 37, "end_column": 15,
            "text": "Some observers", "suggestions": [], "fix": None,
        },
    ]
    assert report["summary"] == {"files": 1, "findings": 2, "error": 0, "warning": 2, "info": 0}


def test_key_sets_are_exactly_the_documented_ones():
    _, report = run_json(str(EXAMPLE))
    assert set(report) == set(SCHEMA["properties"])
    assert set(report["summary"]) == set(SCHEMA["$defs"]["summary"]["properties"])
    for file in report["files"]:
        assert set(file) == set(SCHEMA["$defs"]["file"]["properties"])
        for finding in file["findings"]:
            assert set(finding) == set(SCHEMA["$defs"]["finding"]["properties"])


def test_fix_edit_and_suggestions(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Head\r\n\r\nThe end result was a draw.\r\n", encoding="utf-8")
    _, report = run_json("--select", "usage.redundant-phrase", str(path))
    jsonschema.validate(report, SCHEMA)
    (finding,) = report["files"][0]["findings"]
    assert finding["suggestions"] == ["result"]
    assert finding["fix"] == {"start": 12, "end": 22, "replacement": "result"}
    text = path.read_bytes().decode("utf-8")
    check_against_file(finding, text)
    fixed = text[: finding["fix"]["start"]] + finding["fix"]["replacement"] + text[finding["fix"]["end"] :]
    assert fixed == "Head\r\n\r\nThe result was a draw.\r\n"


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffHeadline\r\n\r\nSome observers say\tso, and some observers agree.\r\n",
        "Headline\r\rSome observers agree.\rSome observers — “not us” — say so.",
        "---\ntitle: Some observers doubt it\n---\n\n```\nsome observers\n```\n\nSome observers say so.\n",
    ],
    ids=["bom-crlf-tab", "lone-cr", "markdown"],
)
def test_text_and_positions_agree_with_awkward_files(tmp_path, content):
    path = tmp_path / ("story.md" if content.startswith("---") else "story.txt")
    path.write_bytes(content.encode("utf-8"))
    _, report = run_json("--select", "sourcing.vague-source", str(path))
    jsonschema.validate(report, SCHEMA)
    findings = report["files"][0]["findings"]
    assert len(findings) == 2
    for finding in findings:
        check_against_file(finding, content)


def test_unreadable_files_are_listed_under_errors(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Head\n\nSome observers say so.\n", encoding="utf-8")
    code, report = run_json("--select", "sourcing", str(good), str(tmp_path / "gone.txt"))
    jsonschema.validate(report, SCHEMA)
    assert code == 2
    assert [f["path"] for f in report["files"]] == [str(good)]
    assert report["errors"] == [{"path": str(tmp_path / "gone.txt"), "message": f"{tmp_path / 'gone.txt'}: no such file or directory"}]
    assert report["summary"] == {"files": 2, "findings": 1, "error": 0, "warning": 1, "info": 0}


def test_a_file_without_findings_is_listed_with_an_empty_list(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("Head\n\nThe minister said the talks would continue.\n", encoding="utf-8")
    code, report = run_json("--select", "sourcing", str(path))
    assert code == 0
    assert report["files"] == [{"path": str(path), "findings": []}]
