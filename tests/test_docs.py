"""docs/rules.md and docs/check-kinds.md are what the generators print today, and they render.

When a rule file or a kind changes, these fail with the command that regenerates the page.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from clihelp import run
from newslint.checks import KINDS
from newslint.config import builtin_rules
from newslint.docs_gen import KINDS_COMMAND, RULES_COMMAND, slug

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"docs/rules.md": ("rules", RULES_COMMAND), "docs/check-kinds.md": ("kinds", KINDS_COMMAND)}
CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _page(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PAGES)
def test_generated_page_is_current(name):
    command, regenerate = PAGES[name]
    result = run(command, "--format", "markdown")
    assert (result.code, result.err) == (0, "")
    assert result.out == _page(name), f"{name} is stale; regenerate it with: {regenerate}"


def test_rules_page_has_every_rule_under_its_group_and_in_the_contents():
    page = _page("docs/rules.md")
    for rule in builtin_rules():
        assert f"\n### {rule.id}\n" in page
        assert f"| [{rule.id}](#{slug(rule.id)}) |" in page
        assert page.index(f"\n## {rule.group}\n") < page.index(f"\n### {rule.id}\n")


def test_kinds_page_has_every_kind_with_its_options():
    page = _page("docs/check-kinds.md")
    for name in KINDS:
        section = page.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
        for option in _options_read_by(name):
            assert f"| `{option}` |" in section, f"{name}: option {option} is not documented"


def _options_read_by(name: str) -> list[str]:
    """What the kind's own `finish()` lists as accepted, from an option it cannot know."""
    from newslint.checks.options import Options
    from newslint.errors import RuleError
    from newslint.yamlfile import Where

    options = Options(name, {"zz-unknown": 1}, Where("x"))
    try:
        KINDS[name].from_options(options)
    except RuleError:
        pass
    return sorted(set(options.known))


@pytest.mark.parametrize("name", PAGES)
def test_every_table_row_has_as_many_cells_as_its_header(name):
    columns = None
    for n, line in enumerate(_page(name).splitlines(), start=1):
        if not line.startswith("|"):
            columns = None
            continue
        cells = len(CELL_SPLIT.split(line)) - 2
        columns = columns or cells
        assert cells == columns, f"{name}:{n}: {cells} cells in a table of {columns} columns"


@pytest.mark.parametrize("name", PAGES)
def test_every_link_points_at_a_heading_or_a_file(name):
    pages = {p: {slug(h) for h in re.findall(r"^#+ (.+)$", _page(p), re.M)} for p in PAGES}
    for target in re.findall(r"\]\(([^)]+)\)", _page(name)):
        path, _, anchor = target.partition("#")
        page = f"docs/{path}" if path else name
        if anchor:
            assert anchor in pages[page], f"{name}: link {target} names no heading"
        else:
            assert (ROOT / "docs" / path).resolve().is_file(), f"{name}: link {target} names no file"


def test_readme_names_every_kind_and_links_both_pages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    writing = readme.split("\n## Writing a rule\n", 1)[1].split("\n## ", 1)[0]
    assert "[docs/check-kinds.md](docs/check-kinds.md)" in writing
    for name in KINDS:
        assert f"`{name}`" in writing, f"README's 'Writing a rule' should name kind {name}"
    catches = readme.split("\n## What it catches\n", 1)[1].split("\n## ", 1)[0]
    assert "[docs/rules.md](docs/rules.md)" in catches


def test_kinds_lists_each_kind_with_what_it_checks():
    result = run("kinds")
    assert (result.code, result.err) == (0, "")
    starts = [line.split()[0] for line in result.out.splitlines() if line and not line.startswith(" ")]
    assert starts[:-1] == list(KINDS)
    assert result.out.startswith("agentless       Flag judgements in the passive that no one is said to hold")
    assert result.out.endswith("\nEach kind's options and message fields: docs/check-kinds.md.\n")


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.id)
def test_rules_page_reads_the_fields_explain_prints(rule):
    from newslint.ruledoc import SECTIONS, example_paragraphs, facts

    section = _page("docs/rules.md").split(f"\n### {rule.id}\n", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    for key, value in facts(rule).items():
        shown = {
            "kind": f"[`{value}`](check-kinds.md#{slug(value)})",
            "file": f"[{value}](../{value})",
            "aliases": ", ".join(f"`{a}`" for a in rule.aliases),
        }.get(key, value)
        assert shown.replace("|", "\\|") in section, f"{rule.id}: docs/rules.md lacks {key}"
    for heading in SECTIONS:
        assert f"**{heading}" in section
    for text in (rule.summary, rule.why, *rule.references):
        assert text in section
    for example in (*rule.examples_fail, *rule.examples_pass):
        assert "\n\n".join(example_paragraphs(example)) in section
