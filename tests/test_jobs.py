"""--jobs: parallel processes give the serial run's output, in the same order; progress on a terminal."""
from __future__ import annotations

import pytest

from clihelp import run
from newslint import config as config_module
from newslint import ruleset

PARAGRAPHS = [
    "Some observers suggest the talks will fail.",
    "The end result was a draw.",
    "Dmitry Peskov, the Kremlin spokesman, said the talks would continue.",
    "Many observers say the past history of the talks matters.",
]


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """24 articles with different findings, and one file that cannot be read."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(24):
        body = "\n\n".join(PARAGRAPHS[j % 4] for j in range(i % 5 + 1))
        (folder / f"story-{i:02}.txt").write_text(f"Story {i}\n\n{body}\n", encoding="utf-8")
    (folder / "story-07b.txt").write_bytes(b"\xff\xfe not utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["plain", "json", "sarif", "github"])
def test_parallel_output_is_identical_to_serial(archive, fmt):
    serial = run("check", "--format", fmt, "--jobs", "1", "archive")
    parallel = run("check", "--format", fmt, "--jobs", "2", "archive")
    assert parallel.out == serial.out
    assert parallel.err == serial.err == "archive/story-07b.txt: UTF-16 text (it starts with a UTF-16 byte-order mark); save the file as UTF-8\n"
    assert parallel.code == serial.code == 2


def test_parallel_output_keeps_the_file_order(archive):
    out = run("check", "--format", "plain", "--jobs", "2", "archive").out
    paths = [line.split(":")[0] for line in out.splitlines()]
    assert paths == sorted(paths)
    assert len(set(paths)) == 24


def test_parallel_fix_matches_serial_fix(archive, tmp_path):
    import shutil

    shutil.copytree(archive, tmp_path / "copy")
    run("check", "--fix", "--jobs", "1", "archive")
    run("check", "--fix", "--jobs", "2", "copy")
    for path in sorted(archive.glob("*.txt")):
        assert (tmp_path / "copy" / path.name).read_bytes() == path.read_bytes()


def test_rules_are_compiled_once_for_many_files(archive, monkeypatch):
    calls = []
    real = ruleset.compile_check

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(ruleset, "compile_check", counting)
    config_module.builtin_rules.cache_clear()
    config_module.rules_for.cache_clear()
    run("check", "--jobs", "1", "archive")
    run("check", "--jobs", "1", "archive")
    assert len(calls) == len(config_module.builtin_rules())  # one compile per rule, not per file or run


def test_progress_bar_on_a_terminal_for_many_files(archive):
    r = run("check", "--format", "plain", "--jobs", "1", "archive", err_tty=True)
    assert "checking" in r.err


def test_no_progress_bar_when_stderr_is_not_a_terminal_or_files_are_few(archive):
    assert "checking" not in run("check", "--format", "plain", "archive").err
    assert "checking" not in run("check", "--format", "plain", "archive/story-01.txt", err_tty=True).err


def test_jobs_must_be_a_number(archive):
    r = run("check", "--jobs", "many", "archive")
    assert r.code == 2
    assert r.err.startswith("newslint: argument --jobs/-j: --jobs must be a whole number, not 'many'")
