"""newslint: an editorial quality linter for news copy.

    >>> import newslint
    >>> findings = newslint.check_text(open("article.txt").read())

The public API is `check_text`, `check_file`, `Finding`, `Severity`, `Config`.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["check_text", "check_file", "Finding", "Severity", "Config", "__version__"]


def __getattr__(name: str):
    """Import the API on first use, keeping `import newslint` (and the CLI's start-up) cheap."""
    if name in ("check_text", "check_file"):
        from . import api

        return getattr(api, name)
    if name in ("Finding", "Severity"):
        from . import findings

        return getattr(findings, name)
    if name == "Config":
        from .config import Config

        return Config
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
