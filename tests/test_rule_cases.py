"""Behaviour cases per rule, as data: tests/rules/<rule-id>.yaml.

A case gives a `text` (read as a .txt article, or as Markdown with `markdown: true`)
and the `findings` the rule must give: a list of mappings compared on the keys they
name (`text`, `start`, `end`, `line`, `column`, `message`, `suggestions`, `severity`), or
an empty list. Run one rule's cases with `pytest -k sourcing.vague-source`.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text

CASES_DIR = Path(__file__).parent / "rules"
RULES = {r.id: r for r in builtin_rules()}


def _cases():
    yaml = YAML(typ="safe", pure=True)
    for path in sorted(CASES_DIR.glob("*.yaml")):
        rule_id = path.stem
        for i, case in enumerate(yaml.load(path.read_text(encoding="utf-8"))["cases"]):
            name = case.get("name", str(i + 1))
            yield pytest.param(rule_id, case, id=f"{rule_id}::{name}")


def _record(doc, f) -> dict:
    line, col = doc.position(f.start)
    return {
        "text": f.text, "start": f.start, "end": f.end, "line": line, "column": col,
        "message": f.message, "suggestions": list(f.suggestions), "severity": str(f.severity),
    }


@pytest.mark.parametrize("rule_id,case", list(_cases()))
def test_rule_case(rule_id, case):
    assert rule_id in RULES, f"tests/rules/{rule_id}.yaml names no rule"
    doc = read_text(case["text"], markdown=bool(case.get("markdown")))
    rule = RULES[rule_id]
    if case.get("options"):
        rule = rule.configured(options=case["options"])
    got = [_record(doc, f) for f in lint(doc, [rule])]
    want = case["findings"]
    assert len(got) == len(want), f"expected {len(want)} findings, got {got}"
    for g, w in zip(got, want):
        assert {k: g[k] for k in w} == w
    for g in got:
        assert doc.text[g["start"] : g["end"]] == g["text"]


def test_every_case_file_names_a_rule():
    for path in CASES_DIR.glob("*.yaml"):
        assert path.stem in RULES, path.name
