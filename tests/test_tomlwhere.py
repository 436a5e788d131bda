"""pyproject.toml locations: tomllib has none, so newslint finds keys, values and items itself."""
from __future__ import annotations

from newslint.tomlwhere import TomlWhere

TEXT = '''\
[project]
name = "desk"
description = """A "quoted" name,
over two lines"""

[tool.newslint]
select = [
  "sourcing",   # a comment, with "quotes"
  'usage',
]
rules."readability.long-sentence" = { severity = "info", options = { max = 40 } }
fail_on = "error"

[tool.newslint.per_file."opinion/**"]
ignore = ["style"]

[[tool.other]]
x = 1
'''


def where() -> TomlWhere:
    return TomlWhere("pyproject.toml", TEXT, ("tool", "newslint"))


def test_keys_values_and_items_are_located():
    w = where()
    assert w.here() == "pyproject.toml:6:1"
    assert w.key("select") == "pyproject.toml:7:1"
    assert w.child("select").item(0) == "pyproject.toml:8:3"
    assert w.child("select").item(1) == "pyproject.toml:9:3"
    assert w.value("fail_on") == "pyproject.toml:12:11"


def test_dotted_keys_and_inline_tables():
    line = TEXT.splitlines()[10]
    rule = where().child("rules").child("readability.long-sentence")
    info = line.index('"info"') + 1
    assert rule.value("severity") == f"pyproject.toml:11:{info}"
    assert rule.child("options").value("max") == f"pyproject.toml:11:{line.index('40') + 1}"


def test_quoted_table_headers():
    entry = where().child("per_file").child("opinion/**")
    assert entry.here() == "pyproject.toml:14:1"
    assert entry.child("ignore").item(0) == "pyproject.toml:15:11"


def test_unplaceable_keys_fall_back_to_the_nearest_known_one():
    w = where()
    assert w.key("missing") == "pyproject.toml:6:1"
    assert TomlWhere("x.toml", "", ("tool", "newslint")).key("select") == "x.toml: [tool.newslint.select]"
