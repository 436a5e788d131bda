"""Configuration files: discovery, extends, per_file, exclude, and located errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from clihelp import CLEAN, VAGUE, run

REDUNDANT = "Talks resume in Istanbul\n\nThe end result was a draw.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A newsroom folder: news/ with two desks, one article each; cwd is tmp_path."""
    monkeypatch.chdir(tmp_path)
    for name in ("news/opinion/a.txt", "news/wires/b.txt"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(VAGUE + "\nThe end result was a draw.\n", encoding="utf-8")
    return tmp_path


HOUSE_RULE = Path(__file__).parent / "data" / "house-rules" / "style" / "ukraine-spelling.yaml"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_of(r) -> list[str]:
    return [line.split()[2] for line in r.out.splitlines()]


def test_no_config_uses_defaults(tree):
    r = run("check", "--format", "plain", "news")
    assert rules_of(r) == ["sourcing.vague-source", "usage.redundant-phrase"] * 2
    assert r.code == 1


def test_yaml_config_select_and_fail_on(tree):
    write(tree / "news/.newslint.yaml", "select: [usage]\nfail_on: warning\n")
    r = run("check", "--format", "plain", "news")
    assert rules_of(r) == ["usage.redundant-phrase"] * 2
    assert r.code == 0  # usage findings are info, below fail_on


def test_nearest_config_wins(tree):
    write(tree / "news/.newslint.yaml", "select: [usage]\n")
    write(tree / "news/wires/.newslint.yaml", "select: [sourcing]\n")
    r = run("check", "--format", "plain", "news")
    assert r.out.splitlines() == [
        "news/opinion/a.txt:5:5: info usage.redundant-phrase 'end result' says the same thing twice; write 'result'.",
        "news/wires/b.txt:3:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.",
    ]


def test_pyproject_table_is_found_and_one_without_it_is_skipped(tree):
    write(tree / "news/pyproject.toml", '[tool.newslint]\nselect = ["usage"]\n')
    write(tree / "news/opinion/pyproject.toml", '[project]\nname = "desk"\n')
    r = run("check", "--format", "plain", "news/opinion/a.txt")
    assert rules_of(r) == ["usage.redundant-phrase"]


def test_yaml_wins_over_pyproject_in_the_same_folder(tree):
    write(tree / "news/pyproject.toml", '[tool.newslint]\nselect = ["usage"]\n')
    write(tree / "news/.newslint.yaml", "select: [sourcing]\n")
    assert rules_of(run("check", "--format", "plain", "news/opinion/a.txt")) == ["sourcing.vague-source"]


def test_config_option_overrides_discovery(tree):
    write(tree / "news/.newslint.yaml", "select: [usage]\n")
    other = write(tree / "elsewhere.yaml", "select: [sourcing]\n")
    r = run("check", "--format", "plain", "--config", str(other), "news/opinion/a.txt")
    assert rules_of(r) == ["sourcing.vague-source"]


def test_cli_select_replaces_and_ignore_adds(tree):
    write(tree / "news/.newslint.yaml", "ignore: [usage]\n")
    assert rules_of(run("check", "--format", "plain", "news/opinion/a.txt")) == ["sourcing.vague-source"]
    assert rules_of(run("check", "--format", "plain", "--ignore", "sourcing", "news/opinion/a.txt")) == []
    r = run("check", "--format", "plain", "--select", "usage,sourcing", "news/opinion/a.txt")
    assert rules_of(r) == ["sourcing.vague-source"]  # the config's ignore still applies


def test_extends_strict_preset(tree):
    write(tree / "news/.newslint.yaml", "extends: strict\nselect: [usage]\n")
    r = run("check", "--format", "plain", "news/opinion/a.txt")
    assert rules_of(r) == ["usage.redundant-phrase"]
    assert r.code == 1  # strict fails on info


def test_extends_a_path_merges_rule_settings(tree):
    write(tree / "house.yaml", "fail_on: error\nrules:\n  usage.redundant-phrase:\n    severity: error\n")
    write(tree / "news/.newslint.yaml", "extends: ../house.yaml\nselect: [usage]\n")
    r = run("check", "--format", "plain", "news/opinion/a.txt")
    assert r.out.split()[1:3] == ["error", "usage.redundant-phrase"]
    assert r.code == 1


def test_per_file_overrides_apply_to_matching_files_only(tree):
    write(tree / "news/.newslint.yaml", 'per_file:\n  "opinion/*.txt":\n    ignore: [sourcing]\n')
    r = run("check", "--format", "plain", "news")
    assert [line.split(":")[0] + " " + line.split()[2] for line in r.out.splitlines()] == [
        "news/opinion/a.txt usage.redundant-phrase",
        "news/wires/b.txt sourcing.vague-source",
        "news/wires/b.txt usage.redundant-phrase",
    ]


def test_exclude_skips_files_even_when_named(tree):
    write(tree / "news/.newslint.yaml", "exclude: ['wires/**']\n")
    r = run("check", "--format", "plain", "news", "news/wires/b.txt")
    assert {line.split(":")[0] for line in r.out.splitlines()} == {"news/opinion/a.txt"}


def test_rule_paths_add_a_house_pack(tree):
    write(tree / "house/style/ukraine-spelling.yaml", HOUSE_RULE.read_text(encoding="utf-8"))
    write(tree / "news/.newslint.yaml", "rule_paths: [../house]\nselect: [style]\n")
    write(tree / "news/opinion/a.txt", "Talks resume\n\nThe talks in Kiev resumed.\n")
    r = run("check", "--format", "plain", "news/opinion/a.txt")
    assert r.out == "news/opinion/a.txt:3:14: info style.ukraine-spelling Write 'Kyiv', not 'Kiev'.\n"




@pytest.mark.parametrize(
    "config,error",
    [
        ("selct: [sourcing]\n",
         '.newslint.yaml:1:1: unknown key "selct"; expected one of: extends, select, ignore, rules, rule_paths, exclude, per_file, fail_on'),
        ("select: 5\n", ".newslint.yaml:1:9: select must be a list of rule ids or groups"),
        ("select:\n  - sourcing\n  - sourcing.vage-source\n",
         ".newslint.yaml:3:5: unknown rule or group 'sourcing.vage-source' in select; groups are: "),
        ("exclude: ['drafts/**']\n", ".newslint.yaml:1:11: exclude glob 'drafts/**' matches no article file under news"),
        ("per_file:\n  '*.md':\n    ignore: [usage]\n", ".newslint.yaml:2:3: per_file glob '*.md' matches no article file under news"),
        ("rules:\n  readability.long-sentence:\n    options:\n      maxx: 3\n",
         '.newslint.yaml:4:7: unknown option "maxx" for kind occurrence; expected one of: '),
        ("rules:\n  readability.long-sentence:\n    severity: fatal\n", ".newslint.yaml:3:15: severity must be one of: info, warning, error"),
        ("rules:\n  nope.rule:\n    severity: info\n", ".newslint.yaml:2:3: unknown rule 'nope.rule'; 'newslint rules' lists them"),
        ("extends: bogus\n", ".newslint.yaml:1:10: unknown preset 'bogus'; expected one of: default, strict, or a path"),
        ("fail_on: sometimes\n", ".newslint.yaml:1:10: fail_on 'sometimes' is not allowed; expected one of: info, warning, error, never"),
        ("rule_paths: [missing]\n", ".newslint.yaml:1:14: rule folder 'missing' does not exist"),
        ("select: [sourcing\n", ".newslint.yaml:2:1: invalid YAML: "),
    ],
)
def test_yaml_config_errors_are_located(tree, config, error):
    write(tree / "news/.newslint.yaml", config)
    r = run("check", "news")
    assert r.code == 2
    assert r.out == ""
    assert len(r.err.splitlines()) == 1
    assert r.err.startswith("news/" + error)


@pytest.mark.parametrize(
    "toml,error",
    [
        ('[project]\nname = "x"\n\n[tool.newslint]\nselect = [\n  "sourcing",\n  "bogus",\n]\n',
         "pyproject.toml:7:3: unknown rule or group 'bogus' in select"),
        ('[tool.newslint]\nfail-on = "error"\n', 'pyproject.toml:2:1: unknown key "fail-on"; expected one of: '),
        ('[tool.newslint]\nrules = { "readability.long-sentence" = { options = { max = "x" } } }\n',
         "pyproject.toml:2:61: option 'max' of kind occurrence must be a number"),
        ('[tool.newslint.rules."readability.long-sentence"]\nseverity = "fatal"\n',
         "pyproject.toml:2:12: severity must be one of: info, warning, error"),
        ("[tool.newslint\nx = 1\n", "pyproject.toml:1:15: invalid TOML: "),
    ],
)
def test_pyproject_errors_are_located(tree, toml, error):
    write(tree / "news/pyproject.toml", toml)
    r = run("check", "news")
    assert r.code == 2
    assert len(r.err.splitlines()) == 1
    assert r.err.startswith("news/" + error)


def test_extends_cycle_is_an_error(tree):
    write(tree / "news/.newslint.yaml", "extends: ../a.yaml\n")
    write(tree / "a.yaml", "extends: b.yaml\n")
    write(tree / "b.yaml", "extends: a.yaml\n")
    r = run("check", "news")
    assert r.code == 2
    assert r.err == "b.yaml: extends forms a cycle: news/.newslint.yaml -> a.yaml -> b.yaml -> a.yaml\n"


def test_unknown_cli_select_is_an_error(tree):
    r = run("check", "--select", "sourcing,bogus", "news")
    from newslint.config import builtin_rules

    groups = ", ".join(sorted({rule.group for rule in builtin_rules()}))
    assert (r.code, r.err) == (2, f"--select: unknown rule or group 'bogus'; groups are: {groups}\n")


def test_glob_argument_matching_nothing_is_an_error(tree):
    r = run("check", "news/**/*.md")
    assert (r.code, r.err) == (2, "news/**/*.md: glob matches no file\n")
    assert run("check", "--format", "plain", "news/**/*.txt").out.count("sourcing.vague-source") == 2


def test_config_command_prints_the_resolved_config(tree):
    write(tree / "news/.newslint.yaml", "extends: strict\nignore: [readability]\nper_file:\n  'opinion/**':\n    ignore: [sourcing]\n")
    r = run("config", "news/opinion/a.txt")
    assert r.code == 0
    head, _, active = r.out.partition("active_rules:\n")
    assert head == (
        "source: news/.newslint.yaml\nextends: strict\nselect:\n- all\nignore:\n- sourcing\n- readability\n"
        "fail_on: info\nrule_paths: []\nexclude: []\nrules: {}\n"
    )
    assert "- usage.redundant-phrase (info)\n" in active
    assert "sourcing." not in active and "readability." not in active
    folder = run("config", "news").out
    assert "per_file:\n  opinion/**:\n    ignore:\n    - sourcing\n" in folder
    assert "- sourcing.vague-source (warning)" in folder



def test_readme_example_config_is_valid(tmp_path, monkeypatch):
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Configuration"):]
    example = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".newslint.yaml", example)
    (tmp_path / "house-rules").mkdir()
    write(tmp_path / "archive/old.txt", VAGUE)
    write(tmp_path / "opinion/column.txt", VAGUE)
    r = run("check", "--format", "plain", ".")
    assert (r.code, r.err) == (1, "")
    assert r.out.startswith("opinion/column.txt:3:1: warning sourcing.vague-source")


def test_config_command_says_when_a_file_is_excluded(tree):
    write(tree / "news/pyproject.toml", '[tool.newslint]\nexclude = ["wires"]\n')
    out = run("config", "news/wires/b.txt").out
    assert out.startswith("source: news/pyproject.toml\nexcluded: true\n")
