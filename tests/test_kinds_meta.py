"""Meta-tests over the check kinds and the rules' documentation fields.

Every kind in KINDS earns its place: a built-in rule uses it, or it is listed in
HOUSE_KINDS below, and docs/check-kinds.md then says it is there for house rules.
Every kind documents itself (docstrings, message fields, the scopes it suits), and
every rule names its authority in non-empty references.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newslint.checks import KINDS
from newslint.config import builtin_rules
from newslint.document import SCOPES
from newslint.kinddoc import describe

ROOT = Path(__file__).resolve().parent.parent
RULES = builtin_rules()
USED = {r.kind for r in RULES}
# Kinds no built-in rule uses, kept for newsrooms' own rules. Today: none.
HOUSE_KINDS: frozenset[str] = frozenset()


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_is_used_by_a_builtin_rule_or_kept_for_house_rules(name):
    assert name in USED or name in HOUSE_KINDS, (
        f"no built-in rule uses kind {name}: write one, or add it to HOUSE_KINDS if it is for house rules"
    )
    assert not (name in USED and name in HOUSE_KINDS), f"{name} is used by a built-in rule; drop it from HOUSE_KINDS"


def test_house_kinds_are_registered_and_documented_as_such():
    page = (ROOT / "docs" / "check-kinds.md").read_text(encoding="utf-8")
    for name in HOUSE_KINDS:
        assert name in KINDS
        section = page.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
        assert "no built-in rule; it is there for house rules" in section


@pytest.mark.parametrize("name", sorted(KINDS))
def test_kind_documents_itself(name):
    cls = KINDS[name]
    doc = describe(name, cls)
    module = sys.modules[cls.__module__].__doc__ or ""
    assert module.startswith(f"{name}:"), f"the module docstring of kind {name} opens with '{name}: what it flags'"
    assert doc.summary and doc.hits, f"kind {name} needs a module and a class docstring"
    assert doc.fields, f"kind {name} lists the message fields its hits fill"
    assert doc.options, f"kind {name} reads its options through checks/options.py"
    scopes = getattr(cls, "scopes", None)
    assert scopes and set(scopes) <= set(SCOPES), (
        f"kind {name} declares the scopes it suits: scopes = (...) from {', '.join(SCOPES)}"
    )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_scope_is_one_its_kind_suits(rule):
    scopes = getattr(KINDS[rule.kind], "scopes", ())
    assert rule.scope in scopes, f"{rule.id}: scope {rule.scope} is not one kind {rule.kind} suits ({', '.join(scopes)})"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_non_empty_references(rule):
    assert rule.references, f"{rule.id} names its authority in references"
    for ref in rule.references:
        assert ref.startswith("https://") or (ref.strip() == ref and len(ref.split()) >= 2), (
            f"{rule.id}: reference {ref!r} should name a source (a title, or an https:// address)"
        )
