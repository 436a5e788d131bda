"""The command line: exit codes, rule selection, stdin, `rules`, `explain`, `python -m newslint`.

Rules are selected explicitly where the outcome depends on them, so these tests keep
their meaning as the built-in packs grow.
"""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.cli import FORMATS, main
from newslint.config import builtin_rules

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path("examples") / "prisoner-exchange.txt"  # relative to ROOT, as a user types it

VAGUE = "Head\n\nSome observers say the deal is dead.\n"  # one warning (sourcing.vague-source)
REDUNDANT = "Head\n\nThe end result was a draw.\n"  # one info (usage.redundant-phrase)
CLEAN = "Head\n\nDmitry Peskov, the Kremlin spokesman, said the talks would continue.\n"
SELECTED = "sourcing.vague-source,usage.redundant-phrase"


def run(*argv: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """The CLI's exit code, stdout and stderr (stdout is not a terminal: plain output)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path):
    """Write an article and return its path as a string."""

    def make(text: str, name: str = "story.txt") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return make


def test_exit_0_when_nothing_is_found(article):
    assert run("check", "--select", SELECTED, article(CLEAN)) == (0, "", "")


def test_exit_1_when_a_warning_is_found(article):
    path = article(VAGUE)
    code, out, err = run("check", "--select", SELECTED, path)
    assert (code, err) == (1, "")
    assert out == f"{path}:3:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.\n"


@pytest.mark.parametrize(
    "text,fail_on,code",
    [
        (REDUNDANT, None, 0),  # info is below the default floor, warning
        (REDUNDANT, "info", 1),
        (REDUNDANT, "warning", 0),
        (VAGUE, "warning", 1),
        (VAGUE, "error", 0),
        (VAGUE, "info", 1),
        (VAGUE, "never", 0),
    ],
)
def test_fail_on_sets_the_lowest_severity_that_fails(article, text, fail_on, code):
    argv = ["check", "--select", SELECTED, article(text)] + (["--fail-on", fail_on] if fail_on else [])
    got, out, _ = run(*argv)
    assert got == code
    assert out  # the findings are printed whatever the exit code


def test_exit_2_on_an_input_error_even_with_findings_elsewhere(article, tmp_path):
    code, out, err = run("check", "--select", SELECTED, article(VAGUE), str(tmp_path / "gone.txt"))
    assert code == 2
    assert "sourcing.vague-source" in out
    assert err == f"{tmp_path / 'gone.txt'}: no such file or directory\n"


@pytest.mark.parametrize(
    "select,ignore,rules",
    [
        ("sourcing", None, ["sourcing.vague-source"]),
        ("sourcing.vague-source", None, ["sourcing.vague-source"]),
        ("sourcing,usage", None, ["sourcing.vague-source", "usage.redundant-phrase"]),
        (SELECTED, "usage", ["sourcing.vague-source"]),
        (SELECTED, "sourcing.vague-source", ["usage.redundant-phrase"]),
        ("all", "sourcing,usage,readability", []),
    ],
)
def test_select_and_ignore_by_group_and_id(article, select, ignore, rules):
    argv = ["check", "--select", select, article(VAGUE + "\nThe end result was a draw.\n")]
    argv += ["--ignore", ignore] if ignore else []
    _, out, _ = run(*argv)
    assert [line.split()[2] for line in out.splitlines()] == rules


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_or_group_is_one_line_and_exit_2(article, option):
    groups = ", ".join(sorted({r.group for r in builtin_rules()}))
    code, out, err = run("check", option, "sourcing.vague-sources", article(VAGUE))
    assert (code, out) == (2, "")
    assert err == f"{option}: unknown rule or group 'sourcing.vague-sources'; groups are: {groups}\n"


def test_usage_errors_are_one_line_and_exit_2(article):
    code, out, err = run("check", "--format", "xml", article(VAGUE))
    assert (code, out) == (2, "")
    choices = ", ".join(repr(f) for f in FORMATS)
    assert err == f"newslint: argument --format: invalid choice: 'xml' (choose from {choices}) (see 'newslint --help')\n"
    code, _, err = run("check")
    assert code == 2 and err.startswith("newslint: the following arguments are required: PATH")


def test_no_command_prints_help_and_exits_2():
    code, out, _ = run()
    assert code == 2
    assert out.startswith("usage: newslint")


def test_stdin_is_read_as_utf8_bytes_and_named_stdin(monkeypatch):
    text = "Head\r\n\r\nCafé owners — some observers say — agree.\r\n"
    code, out, err = run("check", "--select", SELECTED, "-", stdin=text.encode("utf-8"), monkeypatch=monkeypatch)
    assert (code, err) == (1, "")
    assert out == "<stdin>:3:15: warning sourcing.vague-source Vague source 'some observers': name who says so, or cut the claim.\n"


def test_stdin_that_is_not_utf8_is_an_input_error(monkeypatch):
    code, out, err = run("check", "-", stdin="Café".encode("latin-1"), monkeypatch=monkeypatch)
    assert (code, out) == (2, "")
    assert err == "<stdin>:1:4: not valid UTF-8 (byte 0xe9); save the file as UTF-8\n"


def test_rules_lists_id_severity_and_summary():
    code, out, _ = run("rules")
    assert code == 0
    lines = out.splitlines()
    enabled = [r for r in builtin_rules() if r.enabled]
    assert len(lines) == len(enabled)
    width = max(len(r.id) for r in enabled)
    for line, rule in zip(lines, enabled):
        assert line == f"{rule.id:<{width}}  {str(rule.severity):<7}  {rule.summary}"


def test_explain_unknown_rule_is_one_line_and_exit_2():
    assert run("explain", "sourcing.nope") == (
        2, "", "newslint explain: unknown rule 'sourcing.nope'; 'newslint rules' lists them\n",
    )


def test_python_dash_m_newslint_on_the_example_article():
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "plain", "--select", "sourcing.vague-source", str(EXAMPLE)],
        capture_output=True, text=True, cwd=ROOT, encoding="utf-8",
    )
    assert (proc.returncode, proc.stderr) == (1, "")
    assert [line.split(": ", 1)[0] for line in proc.stdout.splitlines()] == [f"{EXAMPLE}:31:69", f"{EXAMPLE}:37:1"]


def test_python_dash_m_newslint_reads_stdin_and_prints_its_version():
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--select", "sourcing", "-"],
        input=VAGUE.encode("utf-8"), capture_output=True, cwd=ROOT,
    )
    assert proc.returncode == 1
    assert proc.stdout.decode("utf-8").startswith("<stdin>:3:1: warning sourcing.vague-source ")
    version = subprocess.run([sys.executable, "-m", "newslint", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert (version.returncode, version.stdout) == (0, "newslint 0.1.0\n")
