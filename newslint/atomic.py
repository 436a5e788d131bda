"""Write a file all at once: a reader (or a crash) never sees half of an article or baseline.

The one writer behind `--fix`, the fixes of `newslint review` and every baseline write.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path


class ReadOnlyFile(PermissionError):
    """The file exists but may not be written: it is left as it was."""


def write_atomic(path: str | Path, text: str) -> None:
    """Replace (or create) `path` with `text` via a temporary file in its folder and os.replace.

    The text is written as given, UTF-8 encoded, so a byte-order mark and CRLF line
    endings in it stay. An existing file keeps its permission bits and, where allowed,
    its owner; a symbolic link keeps pointing at the file it named, which is the one
    replaced. A new file gets the usual umask mode. A read-only file raises ReadOnlyFile;
    any failure raises OSError and leaves the original and no temporary file behind.
    """
    target = Path(os.path.realpath(path))
    try:
        old = target.stat()
    except FileNotFoundError:
        old = None
    if old is not None and (not old.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK)):
        raise ReadOnlyFile(errno.EACCES, "file is read-only", str(path))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".newslint-tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(old.st_mode) if old else 0o666 & ~_umask())
        if old is not None:
            _keep_owner(tmp, old)
        os.replace(tmp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _keep_owner(tmp: str, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group where we may (as root, say)."""
    if hasattr(os, "chown") and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        with suppress(PermissionError):
            os.chown(tmp, old.st_uid, old.st_gid)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
