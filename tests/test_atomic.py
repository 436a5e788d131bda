"""The one atomic writer (newslint/atomic.py) behind --fix, `newslint review` and baseline writes."""
from __future__ import annotations

import json
import os
import stat

import pytest

from clihelp import run
from newslint.atomic import ReadOnlyFile, write_atomic
from newslint.baseline import Entry, save
from newslint.errors import NewslintError

ARTICLE = "Talks resume in Istanbul\n\nSome observers suggest the talks will fail.\n"


def test_text_is_written_as_given_bom_and_crlf_included(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"old\n")
    write_atomic(path, "\ufeffHead\r\n\r\nBody.\r\n")
    assert path.read_bytes() == b"\xef\xbb\xbfHead\r\n\r\nBody.\r\n"


def test_a_new_file_is_created_with_the_umask_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.json", "{}\n")
    finally:
        os.umask(old)
    assert (tmp_path / "new.json").read_text(encoding="utf-8") == "{}\n"
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json"]


def test_a_read_only_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o444)
    with pytest.raises(ReadOnlyFile) as exc:
        write_atomic(path, "new")
    assert (exc.value.strerror, exc.value.filename) == ("file is read-only", str(path))
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch, failing):
    path = tmp_path / "story.txt"
    path.write_text("old", encoding="utf-8")

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(f"newslint.atomic.os.{failing}", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_the_owner_is_kept_where_allowed(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("old", encoding="utf-8")
    os.chown(path, 1234, 5678)
    write_atomic(path, "new")
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 5678)


def test_save_writes_a_baseline_atomically_keeping_its_mode(tmp_path):
    path = tmp_path / "base.json"
    path.write_text("{}", encoding="utf-8")
    os.chmod(path, 0o600)
    save(path, [Entry("a.txt", "sourcing.vague-source", "0123456789abcdef", "some say")])
    assert json.loads(path.read_text(encoding="utf-8"))["entries"][0]["text"] == "some say"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    os.chmod(path, 0o400)
    with pytest.raises(NewslintError) as exc:
        save(path, [])
    assert str(exc.value) == f"{path}: cannot write baseline (file is read-only)"


def test_write_baseline_to_a_read_only_file_is_one_line_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "base.json").write_text('{"version": 1, "entries": []}\n', encoding="utf-8")
    os.chmod(tmp_path / "base.json", 0o444)
    r = run("check", "--write-baseline", "base.json", "story.txt")
    assert (r.code, r.out, r.err) == (2, "", "base.json: cannot write baseline (file is read-only)\n")
    assert (tmp_path / "base.json").read_text(encoding="utf-8") == '{"version": 1, "entries": []}\n'

