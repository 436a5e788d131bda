"""Errors the user can act on: each names where the problem is and what is allowed."""
from __future__ import annotations


class NewslintError(Exception):
    """An error with a location prefix, printed as one line: `where: what; allowed`."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


class RuleError(NewslintError):
    """A rule file is malformed."""


class ConfigError(NewslintError):
    """A configuration file or option is malformed."""


class InputError(NewslintError):
    """An article cannot be read: missing, binary, not text, empty."""
