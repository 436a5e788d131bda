"""Read YAML with line numbers, so that every complaint about a rule or config file is located."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import NewslintError


class Where:
    """Locations inside one YAML mapping: `where.key("max")` -> "path:9:3"."""

    def __init__(self, path: str, node: Any = None, fallback: tuple[int, int] = (1, 1)) -> None:
        self.path = path
        self.node = node
        self.fallback = fallback

    def _at(self, pos: tuple[int, int] | None) -> str:
        line, col = (pos[0] + 1, pos[1] + 1) if pos else self.fallback
        return f"{self.path}:{line}:{col}"

    def here(self) -> str:
        """Location of the mapping itself."""
        lc = getattr(self.node, "lc", None)
        if lc is not None and lc.line is not None:
            return self._at((lc.line, lc.col))
        return f"{self.path}:{self.fallback[0]}:{self.fallback[1]}"

    def key(self, name: Any) -> str:
        """Location of a key in this mapping (the mapping's own location if absent)."""
        try:
            return self._at(tuple(self.node.lc.key(name)))
        except (AttributeError, KeyError, TypeError):
            return self.here()

    def value(self, name: Any) -> str:
        """Location of a key's value."""
        try:
            return self._at(tuple(self.node.lc.value(name)))
        except (AttributeError, KeyError, TypeError):
            return self.key(name)

    def item(self, index: int) -> str:
        """Location of the index-th item of this sequence."""
        try:
            return self._at(tuple(self.node.lc.item(index)))
        except (AttributeError, KeyError, TypeError, IndexError):
            return self.here()

    def child(self, name: Any) -> "Where":
        """A Where for the mapping or sequence stored under `name`."""
        try:
            sub = self.node[name]
        except (KeyError, TypeError, IndexError):
            sub = None
        line_col = self.value(name).rsplit(":", 2)[1:]
        return Where(self.path, sub, (int(line_col[0]), int(line_col[1])))


def load_yaml(path: str | Path, display: str | None = None, *, fresh: bool = False) -> tuple[Any, Where]:
    """Parse a YAML file keeping line numbers; syntax errors become located NewslintErrors.

    A built-in data file whose parse is in the start-up cache (rulecache.py) is served
    from there unless `fresh`.
    """
    where = display or str(path)
    if not fresh:
        from .rulecache import preloaded

        hit = preloaded(path, where)
        if hit is not None:
            return hit
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NewslintError(where, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NewslintError(where, f"cannot read file ({exc})") from None
    return parse_yaml(text, where)


def parse_yaml(text: str, where: str) -> tuple[Any, Where]:
    """Parse YAML text (round-trip mode keeps positions)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark else where
        raise NewslintError(loc, f"invalid YAML: {exc.problem or exc.context}") from None
    except YAMLError as exc:
        raise NewslintError(where, f"invalid YAML: {exc}") from None
    return data, Where(where, data)
