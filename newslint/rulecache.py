"""Start-up cache: the parsed YAML of a rule folder, kept as JSON in the user's cache dir.

Parsing YAML with line numbers (ruamel's round-trip mode) is most of newslint's
start-up cost, and it grows with every rule file. The cache keeps only what the
parser returned, keyed by newslint's version and the path and bytes of every rule
file in the folder, so any edit, added or removed file is a miss. Validation and
compilation still run on every load: a change to newslint's checks is never hidden
by a stale entry. When a cached rule needs a location for an error, its file is
parsed then (`LazyWhere`). An unwritable or damaged cache is ignored.

`NEWSLINT_CACHE_DIR` moves the cache; set it to an empty string to turn it off.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

from .errors import NewslintError
from .yamlfile import Where, load_yaml

FORMAT = 1


def cache_dir() -> Path | None:
    """Where cache files go: NEWSLINT_CACHE_DIR, else the platform's user cache folder."""
    env = os.environ.get("NEWSLINT_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return base / "newslint"


class LazyWhere(Where):
    """A Where whose file is parsed only when a location is asked for (that is, on an error)."""

    def __init__(self, resolve: Callable[[], Where], path: str) -> None:  # noqa: D107
        self._resolve = resolve
        self._real: Where | None = None
        self.path = path

    def _where(self) -> Where:
        if self._real is None:
            self._real = self._resolve()
        return self._real

    @property
    def node(self) -> Any:  # type: ignore[override]
        """The parsed YAML node (parses the file)."""
        return self._where().node

    @property
    def fallback(self) -> tuple[int, int]:  # type: ignore[override]
        """The position used when a key has none."""
        return self._where().fallback

    def here(self) -> str:
        """Location of the mapping itself."""
        return self._where().here()

    def key(self, name: Any) -> str:
        """Location of a key."""
        return self._where().key(name)

    def value(self, name: Any) -> str:
        """Location of a key's value."""
        return self._where().value(name)

    def item(self, index: int) -> str:
        """Location of a sequence item."""
        return self._where().item(index)

    def child(self, name: Any) -> "Where":
        """A lazy Where for the node under `name`."""
        return LazyWhere(lambda: self._where().child(name), self.path)


_PRELOADED: dict[str, Any] = {}


def preloaded(path: str | Path, display: str) -> tuple[Any, Where] | None:
    """The cached parse of a data file (rules/_lexicon/...) whose bytes this process hashed, if any."""
    data = _PRELOADED.get(str(Path(path).resolve()))
    if data is None:
        return None
    return data, LazyWhere(lambda: load_yaml(path, display, fresh=True)[1], display)


class FolderCache:
    """The parsed rule files of one folder: served from the cache on a hit, recorded on a miss.

    Data folders (`_lexicon`) are part of the key and the cache too: on a hit their parsed
    data is handed to `load_yaml` (see `preloaded`), so kinds that read them skip the parser.
    """

    def __init__(self, root: Path, paths: list[Path]) -> None:  # noqa: D107
        self.root = root
        self.data_paths = sorted(p for p in root.glob("_*/*.yaml"))
        self.file = _cache_file(root)
        self.key = _key(root, [*paths, *self.data_paths])
        self.cached = _read(self.file, self.key) if self.file and self.key else None
        self.fresh: dict[str, Any] | None = {} if self.cached is None and self.key else None
        for path in self.data_paths:
            _PRELOADED.pop(str(path.resolve()), None)  # what an earlier load cached may be stale now
            rel = path.relative_to(root).as_posix()
            if self.cached is not None and rel in self.cached:
                _PRELOADED[str(path.resolve())] = self.cached[rel]

    def parse(self, path: Path, display: str) -> tuple[Any, Where]:
        """The file's data and a Where for its locations."""
        rel = path.relative_to(self.root).as_posix()
        if self.cached is not None and rel in self.cached:
            return self.cached[rel], LazyWhere(lambda: load_yaml(path, display, fresh=True)[1], display)
        data, where = load_yaml(path, display)
        if self.fresh is not None:
            try:
                self.fresh[rel] = to_plain(data)
            except TypeError:
                self.fresh = None  # a value JSON cannot hold: do not cache this folder
        return data, where

    def save(self) -> None:
        """Write what was parsed on a miss; any OS error leaves the cache as it was."""
        if self.fresh is None or self.file is None:
            return
        for path in self.data_paths:
            try:
                self.fresh[path.relative_to(self.root).as_posix()] = to_plain(load_yaml(path, str(path))[0])
            except (TypeError, NewslintError):
                return  # a data file that cannot be cached or parsed: its user reports it
        payload = json.dumps({"format": FORMAT, "key": self.key, "files": self.fresh}, ensure_ascii=False)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".rules-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(payload)
                os.replace(tmp, self.file)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass


def to_plain(value: Any) -> Any:
    """The parser's data as JSON types (ruamel's str/int/float subclasses become plain ones)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("non-string key")
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    raise TypeError(f"cannot cache {type(value).__name__}")


def _cache_file(root: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    name = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return folder / f"rules-{name}.json"


def _key(root: Path, paths: list[Path]) -> str | None:
    """Hash of newslint's version and every rule file's relative path and bytes."""
    from . import __version__

    digest = hashlib.sha256(f"newslint {__version__} cache {FORMAT}\0".encode())
    try:
        for path in paths:
            data = path.read_bytes()
            digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode("utf-8", "surrogatepass"))
            digest.update(data)
    except OSError:
        return None  # load_yaml will report the unreadable file
    return digest.hexdigest()


def _read(file: Path, key: str) -> dict[str, Any] | None:
    try:
        payload = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("key") != key:
        return None
    files = payload.get("files")
    return files if isinstance(files, dict) else None
