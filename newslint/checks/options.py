"""Typed, located access to a rule's `options:` mapping, shared by every check kind.

A kind reads each option it knows once; `finish()` then rejects any it did not read,
naming the file, line and column, and listing what the kind accepts.
"""
from __future__ import annotations

from typing import Any, Mapping

from ..errors import RuleError
from ..yamlfile import Where


class Options:
    """The options of one rule, consumed by a kind's `from_options`."""

    def __init__(self, kind: str, data: Mapping[str, Any] | None, where: Where) -> None:
        if data is not None and not isinstance(data, Mapping):
            raise RuleError(where.here(), f"options must be a mapping for kind {kind}")
        self.kind = kind
        self.data = dict(data or {})
        self.where = where
        self.known: list[str] = []

    def _get(self, name: str, default: Any) -> Any:
        self.known.append(name)
        return self.data.get(name, default)

    def error(self, name: str, what: str) -> RuleError:
        """A RuleError located at the option's value."""
        return RuleError(self.where.value(name), f"option {name!r} of kind {self.kind} {what}")

    def bool(self, name: str, default: bool) -> bool:
        """A true/false option."""
        value = self._get(name, default)
        if not isinstance(value, bool):
            raise self.error(name, "must be true or false")
        return value

    def int(self, name: str, default: int | None, *, minimum: int = 0) -> int | None:
        """A whole-number option at or above `minimum`."""
        value = self._get(name, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(name, f"must be a whole number >= {minimum}")
        return value

    def number(self, name: str, default: float | None, *, minimum: float = 0.0, maximum: float | None = None) -> float | None:
        """A numeric option within bounds."""
        value = self._get(name, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(name, "must be a number")
        if value < minimum or (maximum is not None and value > maximum):
            upper = f" and <= {maximum}" if maximum is not None else ""
            raise self.error(name, f"must be >= {minimum}{upper}")
        return float(value)

    def str(self, name: str, default: str | None, *, choices: tuple[str, ...] | None = None) -> str | None:
        """A text option, optionally one of `choices`."""
        value = self._get(name, default)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(name, "must be a string")
        if choices and value not in choices:
            raise self.error(name, f"is {value!r}; expected one of: {', '.join(choices)}")
        return value

    def str_list(self, name: str, *, required: bool = False, default: tuple[str, ...] = ()) -> list[str]:
        """A list of non-empty strings; `default` when the rule does not set it."""
        value = self._get(name, None)
        if value is None:
            if required:
                raise RuleError(self.where.here(), f"kind {self.kind} needs option {name!r}")
            return list(default)
        if not isinstance(value, list):
            raise self.error(name, "must be a list of strings")
        sub = self.where.child(name)
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise RuleError(sub.item(i), f"option {name!r} of kind {self.kind}: item {i + 1} must be a non-empty string")
        return [str(v) for v in value]

    def mapping(self, name: str, *, required: bool = False) -> dict[str, Any]:
        """A mapping option (e.g. a substitution table)."""
        value = self._get(name, None)
        if value is None:
            if required:
                raise RuleError(self.where.here(), f"kind {self.kind} needs option {name!r}")
            return {}
        if not isinstance(value, Mapping):
            raise self.error(name, "must be a mapping")
        return dict(value)

    def raw(self, name: str, default: Any = None) -> Any:
        """An option whose shape the kind validates itself."""
        return self._get(name, default)

    def finish(self) -> None:
        """Reject options the kind did not read."""
        for name in self.data:
            if name not in self.known:
                allowed = ", ".join(sorted(set(self.known))) or "(none)"
                raise RuleError(
                    self.where.key(name),
                    f"unknown option \"{name}\" for kind {self.kind}; expected one of: {allowed}",
                )
