"""What a check kind offers a rule writer, read from the kind itself, for docs/check-kinds.md.

The options come from running the kind's `from_options` on an empty Options that records
each typed read (name, type, default, bounds): the list cannot drift from the code,
because it is the code's own list (the same one `finish()` names in its errors).
"""
from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass
from typing import Any

from .checks.options import Options
from .errors import NewslintError
from .yamlfile import Where


@dataclass(frozen=True)
class OptionSpec:
    """One option a kind reads: its type, its default and what values it allows."""

    name: str
    type: str
    default: Any = None
    allowed: str = ""
    required: bool = False


@dataclass(frozen=True)
class KindDoc:
    """Everything docs/check-kinds.md says about one kind."""

    name: str
    summary: str
    hits: str  # the class docstring: what one hit is, and the options in words
    details: str  # the rest of the module docstring: how it decides
    options: tuple[OptionSpec, ...]
    refusal: str  # the error a rule with no options gets, or ""
    fields: tuple[str, ...]
    scopes: tuple[str, ...]


class _Recorder(Options):
    """Options with no values that write down each read, then answer with the default."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind, {}, Where(f"<kind {kind}>"))
        self.specs: dict[str, OptionSpec] = {}

    def _note(self, name: str, type_: str, default: Any = None, allowed: str = "", required: bool = False) -> None:
        self.specs.setdefault(name, OptionSpec(name, type_, default, allowed, required))

    def bool(self, name: str, default: bool) -> bool:
        self._note(name, "true/false", default)
        return super().bool(name, default)

    def int(self, name: str, default: int | None, *, minimum: int = 0) -> int | None:
        self._note(name, "whole number", default, f">= {minimum}")
        return super().int(name, default, minimum=minimum)

    def number(self, name: str, default: float | None, *, minimum: float = 0.0, maximum: float | None = None) -> float | None:
        bounds = f"{_num(minimum)} to {_num(maximum)}" if maximum is not None else f">= {_num(minimum)}"
        self._note(name, "number", default, bounds)
        return super().number(name, default, minimum=minimum, maximum=maximum)

    def str(self, name: str, default: str | None, *, choices: tuple[str, ...] | None = None) -> str | None:
        self._note(name, "text", default, ", ".join(choices or ()))
        return super().str(name, default, choices=choices)

    def str_list(self, name: str, *, required: bool = False, default: tuple[str, ...] = ()) -> list[str]:
        self._note(name, "list of text", list(default), required=required)
        return super().str_list(name, default=default)

    def mapping(self, name: str, *, required: bool = False) -> dict[str, Any]:
        self._note(name, "mapping", {}, required=required)
        return super().mapping(name)

    def raw(self, name: str, default: Any = None) -> Any:
        self._note(name, "any", default)
        return super().raw(name, default)


def kind_options(name: str, cls: type) -> tuple[tuple[OptionSpec, ...], str]:
    """Every option the kind reads, in the order `from_options` reads them, and what it
    says when a rule sets none (a kind with no phrases or no limit refuses to build)."""
    recorder = _Recorder(name)
    refusal = ""
    try:
        cls.from_options(recorder)
    except NewslintError as exc:
        refusal = exc.what
    return tuple(recorder.specs.values()), refusal


def describe(name: str, cls: type) -> KindDoc:
    """The kind's documentation: its docstrings, options, message fields and scopes."""
    module_doc = inspect.cleandoc(sys.modules[cls.__module__].__doc__ or "")
    first, _, rest = module_doc.partition("\n\n")
    first = " ".join(first.split())
    summary = _sentence(first.split(":", 1)[1] if first.startswith(f"{name}:") else first)
    options, refusal = kind_options(name, cls)
    return KindDoc(
        name=name,
        summary=summary,
        hits=inspect.cleandoc(cls.__doc__ or ""),
        details=rest.strip(),
        options=options,
        refusal=refusal,
        fields=tuple(cls.fields),
        scopes=tuple(getattr(cls, "scopes", ())),
    )


def all_kinds() -> list[KindDoc]:
    """Every registered kind, in the registry's order."""
    from .checks import KINDS

    return [describe(name, cls) for name, cls in KINDS.items()]


def kinds_text(kinds: list[KindDoc], width: int = 80) -> str:
    """`newslint kinds`: each kind's name and what it flags, then where its options are listed."""
    import textwrap

    pad = max(len(k.name) for k in kinds) + 2
    lines = []
    for k in kinds:
        lines += textwrap.wrap(k.summary, width, initial_indent=k.name.ljust(pad), subsequent_indent=" " * pad)
    lines += ["", "Each kind's options and message fields: docs/check-kinds.md."]
    return "\n".join(lines) + "\n"


def show_default(spec: OptionSpec) -> str:
    """The default as a rule file would write it; empty when the option has none."""
    value = spec.default
    if spec.required:
        return "required"
    if value is None or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, float):
        return _num(value)
    return str(value)


def _sentence(text: str) -> str:
    """A docstring's opening as a sentence: capitalised, ending in a full stop."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _num(value: float | None) -> str:
    """35, not 35.0; 12.5 stays."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
