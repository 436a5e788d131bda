"""Locations inside a TOML file, so pyproject.toml config errors name a line and column.

`tomllib` gives values but no positions. This module scans the text once, recording
where each key, value and array item starts under its full key path, and offers the
same interface as `yamlfile.Where`. The scan is for positions only: values always come
from `tomllib`. Anything the scanner cannot place falls back to the nearest enclosing
key it did place, and a key path it cannot place at all is named as a dotted path.
"""
from __future__ import annotations

import re
from typing import Any

Path_ = tuple[Any, ...]
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_WS = " \t"


class _Scanner:
    """One pass over TOML text: positions of keys, values and array items by key path."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.keys: dict[Path_, int] = {}
        self.values: dict[Path_, int] = {}
        self.tables: dict[Path_, int] = {}
        self.array_counts: dict[Path_, int] = {}

    def run(self) -> "_Scanner":
        """Scan the whole text; stops quietly at anything malformed (tomllib reports that)."""
        table: Path_ = ()
        try:
            while self._skip_blank_lines():
                if self.text.startswith("[", self.i):
                    table = self._header()
                else:
                    self._key_value(table)
        except (IndexError, ValueError):
            pass
        return self

    def _skip_blank_lines(self) -> bool:
        text = self.text
        while self.i < len(text):
            ch = text[self.i]
            if ch in " \t\r\n":
                self.i += 1
            elif ch == "#":
                while self.i < len(text) and text[self.i] != "\n":
                    self.i += 1
            else:
                return True
        return False

    def _skip_ws(self, newlines: bool = False) -> None:
        skip = _WS + ("\r\n" if newlines else "")
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch in skip:
                self.i += 1
            elif newlines and ch == "#":
                while self.i < len(self.text) and self.text[self.i] != "\n":
                    self.i += 1
            else:
                return

    def _header(self) -> Path_:
        is_array = self.text.startswith("[[", self.i)
        start = self.i
        self.i += 2 if is_array else 1
        self._skip_ws()
        path = self._dotted_key()
        self._skip_ws()
        self.i += 2 if is_array else 1
        if is_array:
            index = self.array_counts.get(path, 0)
            self.array_counts[path] = index + 1
            self.keys.setdefault(path, start)
            path = path + (index,)
        self.tables.setdefault(path, start)
        self.keys.setdefault(path, start)
        return path

    def _dotted_key(self) -> Path_:
        parts = [self._simple_key()]
        self._skip_ws()
        while self.text.startswith(".", self.i):
            self.i += 1
            self._skip_ws()
            parts.append(self._simple_key())
            self._skip_ws()
        return tuple(parts)

    def _simple_key(self) -> str:
        ch = self.text[self.i]
        if ch in "\"'":
            return self._string()
        m = _BARE.match(self.text, self.i)
        if not m:
            raise ValueError("bad key")
        self.i = m.end()
        return m.group(0)

    def _key_value(self, table: Path_) -> None:
        key_start = self.i
        path = table + self._dotted_key()
        self._skip_ws()
        if not self.text.startswith("=", self.i):
            raise ValueError("expected =")
        self.i += 1
        self._skip_ws()
        self.keys.setdefault(path, key_start)
        self._value(path)

    def _value(self, path: Path_) -> None:
        self.values.setdefault(path, self.i)
        ch = self.text[self.i]
        if ch in "\"'":
            self._string()
        elif ch == "[":
            self._array(path)
        elif ch == "{":
            self._inline_table(path)
        else:
            while self.i < len(self.text) and self.text[self.i] not in ",]}\r\n#":
                self.i += 1

    def _array(self, path: Path_) -> None:
        self.i += 1
        index = 0
        while True:
            self._skip_ws(newlines=True)
            if self.text[self.i] == "]":
                self.i += 1
                return
            self._value(path + (index,))
            index += 1
            self._skip_ws(newlines=True)
            if self.text[self.i] == ",":
                self.i += 1

    def _inline_table(self, path: Path_) -> None:
        self.i += 1
        while True:
            self._skip_ws(newlines=True)
            if self.text[self.i] == "}":
                self.i += 1
                return
            self._key_value(path)
            self._skip_ws(newlines=True)
            if self.text[self.i] == ",":
                self.i += 1

    def _string(self) -> str:
        text, quote = self.text, self.text[self.i]
        if text.startswith(quote * 3, self.i):
            end = text.index(quote * 3, self.i + 3)
            while text.startswith(quote, end + 3):  # up to two quotes may close the content
                end += 1
            raw, self.i = text[self.i + 3 : end], end + 3
            return raw
        j = self.i + 1
        while text[j] != quote:
            j += 2 if (quote == '"' and text[j] == "\\") else 1
            if text[j - 1] == "\n":
                raise ValueError("newline in string")
        raw, self.i = text[self.i + 1 : j], j + 1
        if quote == '"' and "\\" in raw:
            import json

            raw = json.loads(f'"{raw}"')
        return raw


class TomlWhere:
    """Locations inside one TOML table, with the interface of `yamlfile.Where`."""

    def __init__(self, path: str, text: str, base: Path_ = ()) -> None:
        self.path = path
        self.text = text
        self.base = base
        self._scan = _Scanner(text).run()

    def _sub(self, base: Path_) -> "TomlWhere":
        sub = object.__new__(TomlWhere)
        sub.path, sub.text, sub.base, sub._scan = self.path, self.text, base, self._scan
        return sub

    def _at(self, offset: int) -> str:
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return f"{self.path}:{line}:{col}"

    def _find(self, table: dict[Path_, int], path: Path_) -> str:
        for n in range(len(path), 0, -1):
            for where in (table, self._scan.keys, self._scan.tables):
                if path[:n] in where:
                    return self._at(where[path[:n]])
        return f"{self.path}: [{'.'.join(str(p) for p in path)}]"

    def here(self) -> str:
        """Location of this table (its header, or the key that holds it)."""
        return self._find(self._scan.tables, self.base)

    def key(self, name: Any) -> str:
        """Location of a key of this table."""
        return self._find(self._scan.keys, self.base + (name,))

    def value(self, name: Any) -> str:
        """Location of a key's value."""
        return self._find(self._scan.values, self.base + (name,))

    def item(self, index: int) -> str:
        """Location of the index-th item of this array."""
        return self._find(self._scan.values, self.base + (index,))

    def child(self, name: Any) -> "TomlWhere":
        """Locations inside the table or array stored under `name`."""
        return self._sub(self.base + (name,))
