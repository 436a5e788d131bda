"""--fix and --diff: safe fixes written atomically, idempotent, never touching unfixable files."""
from __future__ import annotations

import os
import stat

import pytest

from clihelp import run
from newslint.findings import Edit, Finding, Severity
from newslint.fixes import apply_edits, choose_edits

REDUNDANT = "Talks resume in Istanbul\n\nThe end result was a draw. Both sides drew on their past history.\n"
FIXED = "Talks resume in Istanbul\n\nThe result was a draw. Both sides drew on their history.\n"


@pytest.fixture
def story(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "story.txt"
    path.write_text(REDUNDANT, encoding="utf-8")
    return path


def test_fix_writes_safe_fixes_and_reports_what_remains(story):
    story.write_text(REDUNDANT + "\nSome observers suggest more.\n", encoding="utf-8")
    r = run("check", "--format", "plain", "--fix", "story.txt")
    assert story.read_text(encoding="utf-8") == FIXED + "\nSome observers suggest more.\n"
    assert r.err == "Fixed 2 finding(s) in 1 file(s).\n"
    assert r.out == "story.txt:5:1: warning sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim.\n"
    assert r.code == 1


def test_second_fix_run_changes_nothing(story):
    assert run("check", "--fix", "story.txt").code == 0
    first = story.read_bytes()
    before = os.stat(story)
    r = run("check", "--fix", "story.txt")
    assert story.read_bytes() == first == FIXED.encode("utf-8")
    assert (os.stat(story).st_ino, os.stat(story).st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert r.err == "Fixed 0 finding(s) in 0 file(s).\n"


def test_file_without_fixes_is_never_touched(story):
    story.write_text("Talks resume\n\nSome observers suggest more.\n", encoding="utf-8")
    before = os.stat(story)
    run("check", "--fix", "story.txt")
    after = os.stat(story)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_fix_keeps_permissions_line_endings_and_bom(story):
    story.write_bytes(("\ufeff" + REDUNDANT).replace("\n", "\r\n").encode("utf-8"))
    os.chmod(story, 0o640)
    run("check", "--fix", "story.txt")
    assert story.read_bytes() == ("\ufeff" + FIXED).replace("\n", "\r\n").encode("utf-8")
    assert stat.S_IMODE(os.stat(story).st_mode) == 0o640
    assert [p.name for p in story.parent.iterdir()] == ["story.txt"]


def test_read_only_file_is_left_untouched(story):
    os.chmod(story, 0o444)
    r = run("check", "--fix", "story.txt")
    assert r.code == 2
    assert r.err.splitlines()[0] == "story.txt: file is read-only; fixes not written, file left unchanged"
    assert story.read_text(encoding="utf-8") == REDUNDANT


def test_failed_write_leaves_the_original_and_no_temporary_file(story, monkeypatch):
    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newslint.atomic.os.replace", refuse)
    r = run("check", "--fix", "story.txt")
    assert r.code == 2
    assert r.err.splitlines()[0] == "story.txt: cannot write fixes (No space left on device); file left unchanged"
    assert story.read_text(encoding="utf-8") == REDUNDANT
    assert [p.name for p in story.parent.iterdir()] == ["story.txt"]


def test_diff_prints_a_unified_diff_and_writes_nothing(story):
    r = run("check", "--diff", "story.txt")
    assert r.out == (
        "--- a/story.txt\n+++ b/story.txt\n@@ -1,3 +1,3 @@\n Talks resume in Istanbul\n \n"
        "-The end result was a draw. Both sides drew on their past history.\n"
        "+The result was a draw. Both sides drew on their history.\n"
    )
    assert r.err == "Would fix 2 finding(s) in 1 file(s).\n"
    assert r.code == 1
    assert story.read_text(encoding="utf-8") == REDUNDANT


def test_diff_marks_a_missing_final_newline(story):
    story.write_text(REDUNDANT.rstrip("\n"), encoding="utf-8")
    assert run("check", "--diff", "story.txt").out.endswith("their history.\n\\ No newline at end of file\n")


def test_diff_of_a_clean_file_is_empty(story):
    story.write_text("Talks resume\n\nIt rained.\n", encoding="utf-8")
    r = run("check", "--diff", "story.txt")
    assert (r.code, r.out) == (0, "")


def test_fix_respects_suppressions(story):
    story.write_text("Talks resume\n\n<!-- newslint-disable-next-line usage -->\nThe end result was a draw.\n", encoding="utf-8")
    run("check", "--fix", "story.txt")
    assert "end result" in story.read_text(encoding="utf-8")


def test_fix_of_stdin_is_refused(monkeypatch, story):
    import io

    class Stdin:
        buffer = io.BytesIO(REDUNDANT.encode("utf-8"))

    monkeypatch.setattr("sys.stdin", Stdin)
    r = run("check", "--fix", "-")
    assert (r.code, r.err.splitlines()[0]) == (2, "<stdin>: cannot --fix standard input; use --diff to see the fixes")


def _finding(start: int, end: int, rule: str, replacement: str) -> Finding:
    return Finding(rule, Severity.INFO, "m", start, end, "x", (replacement,), Edit(start, end, replacement))


def test_overlapping_fixes_are_resolved_the_same_way_whatever_the_order():
    findings = [_finding(4, 14, "b.rule", "X"), _finding(0, 10, "a.rule", "Y"), _finding(4, 14, "a.rule", "Z"),
                _finding(10, 12, "c.rule", "W"), _finding(12, 14, "c.rule", "V")]
    want = [Edit(0, 10, "Y"), Edit(10, 12, "W"), Edit(12, 14, "V")]
    assert choose_edits(findings) == want
    assert choose_edits(list(reversed(findings))) == want
    assert apply_edits("0123456789abcdef", want) == "YWVef"


def test_identical_fixes_from_two_rules_apply_once():
    assert choose_edits([_finding(0, 3, "a.rule", "x"), _finding(0, 3, "b.rule", "x")]) == [Edit(0, 3, "x")]
