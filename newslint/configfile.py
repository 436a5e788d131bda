"""Find, read, layer and validate configuration files.

For each checked file the nearest `.newslint.yaml`, or `pyproject.toml` with a
`[tool.newslint]` table, in its folder or a parent wins (`--config` overrides). A file
may `extends` a preset (`default`, `strict`) or another config file. Each file is
validated when it is loaded, with errors located at its own lines: unknown keys, wrong
types, unknown rules, options a rule's kind rejects, globs that match no article.
"""
from __future__ import annotations

import os
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import DEFAULT, Config, available_rules, excluded, for_file, from_mapping, inherit, override, rules_for
from .errors import ConfigError, NewslintError

YAML_NAME = ".newslint.yaml"
PYPROJECT = "pyproject.toml"
PRESETS_DIR = Path(__file__).resolve().parent / "presets"


def display(path: Path) -> str:
    """A path as users see it: relative to the working folder when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def presets() -> list[str]:
    """Names of the built-in presets."""
    return sorted(p.stem for p in PRESETS_DIR.glob("*.yaml"))


@lru_cache(maxsize=1024)
def find_config(folder: Path) -> Path | None:
    """The config file that governs files in `folder`: the nearest one up the tree."""
    yaml_file = folder / YAML_NAME
    if yaml_file.is_file():
        return yaml_file
    pyproject = folder / PYPROJECT
    if pyproject.is_file() and _has_newslint_table(pyproject):
        return pyproject
    return None if folder.parent == folder else find_config(folder.parent)


def _has_newslint_table(path: Path) -> bool:
    return isinstance(_read_toml(path).get("tool", {}).get("newslint"), dict)


@lru_cache(maxsize=64)
def _read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a syntax error is a ConfigError with line and column."""
    import re

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(display(path), f"cannot read file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        loc = f"{display(path)}:{m.group(1)}:{m.group(2)}" if m else display(path)
        raise ConfigError(loc, f"invalid TOML: {re.sub(r' [(]at line.*', '', str(exc))}") from None


def _read(path: Path) -> tuple[Any, Any]:
    """The config mapping of a file and its locations (YAML, pyproject.toml or other TOML)."""
    from .tomlwhere import TomlWhere
    from .yamlfile import load_yaml

    shown = display(path)
    if path.suffix == ".toml":
        data = _read_toml(path)
        base: tuple[str, ...] = ()
        if path.name == PYPROJECT:
            data = data.get("tool", {}).get("newslint")
            base = ("tool", "newslint")
            if data is None:
                raise ConfigError(shown, "has no [tool.newslint] table")
        return data, TomlWhere(shown, path.read_text(encoding="utf-8"), base)
    data, where = load_yaml(path, shown)
    return ({} if data is None else data), where


@lru_cache(maxsize=64)
def load_config(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    """A config file, with what it extends merged in, validated; cached per file."""
    path = path.resolve()
    if path in _seen:
        chain = " -> ".join(display(p) for p in (*_seen, path))
        raise ConfigError(display(_seen[-1]), f"extends forms a cycle: {chain}")
    if not path.is_file():
        raise ConfigError(display(path), "config file does not exist")
    data, where = _read(path)
    layer = from_mapping(data, where, root=str(path.parent))
    layer = replace(layer, rule_paths=tuple(_folder(path.parent, p, where, i) for i, p in enumerate(layer.rule_paths)))
    merged = layer
    if layer.extends:
        merged = inherit(layer, _parent(layer, path, where, (*_seen, path)))
    _validate(merged, layer)
    return merged


def _folder(base: Path, value: str, where: Any, index: int) -> str:
    """A rule_paths entry resolved against the config file's folder; it must exist."""
    folder = (base / value).resolve()
    if not folder.is_dir():
        raise ConfigError(where.child("rule_paths").item(index), f"rule folder {value!r} does not exist")
    return str(folder)


def _parent(layer: Config, path: Path, where: Any, seen: tuple[Path, ...]) -> Config:
    """What `extends` names: a built-in preset, or a config file relative to this one."""
    name = layer.extends
    if "/" not in name and "\\" not in name and not name.endswith((".yaml", ".yml", ".toml")):
        preset = PRESETS_DIR / f"{name}.yaml"
        if not preset.is_file():
            raise ConfigError(where.value("extends"), f"unknown preset {name!r}; expected one of: {', '.join(presets())}, or a path")
        return load_config(preset, seen)
    target = (path.parent / name).resolve()
    if not target.is_file():
        raise ConfigError(where.value("extends"), f"extends {name!r}: no such config file")
    return load_config(target, seen)


def _validate(merged: Config, layer: Config) -> None:
    """Compile the rules this file asks for, and check that its globs match articles."""
    rules_for(merged)
    available_rules(merged)
    base = replace(merged, per_file=())
    for entry in layer.per_file:
        rules_for(override(base, entry))
    if not layer.exclude and not layer.per_file:
        return
    articles = _articles(layer.root)
    sub = layer.where.child("exclude")
    for i, glob in enumerate(layer.exclude):
        if not any(_match(glob, a) for a in articles):
            raise ConfigError(sub.item(i), f"exclude glob {glob!r} matches no article file under {display(Path(layer.root))}")
    per_file = layer.where.child("per_file")
    for entry in layer.per_file:
        if not any(_match(entry.glob, a) for a in articles):
            raise ConfigError(per_file.key(entry.glob), f"per_file glob {entry.glob!r} matches no article file under {display(Path(layer.root))}")


def _match(glob: str, relpath: str) -> bool:
    from .globs import matches

    return matches(glob, relpath)


@lru_cache(maxsize=16)
def _articles(root: str) -> tuple[str, ...]:
    """Article files below a config's folder, as posix paths relative to it."""
    from .inputs import _walk

    return tuple(str(p.relative_to(root)).replace(os.sep, "/") for p in _walk(Path(root)))


def config_for(path: str | None, explicit: str | None = None) -> Config:
    """The config governing a file or folder (for stdin, the working folder), before per_file."""
    if explicit:
        return load_config(Path(explicit))
    if path in (None, "-"):
        folder = "."
    elif os.path.isdir(path):
        folder = path
    else:
        folder = os.path.dirname(path) or "."
    return _config_in(os.getcwd(), folder)


@lru_cache(maxsize=1024)
def _config_in(cwd: str, folder: str) -> Config:
    """Config of a folder, resolved once per folder rather than once per file."""
    found = find_config(Path(cwd, folder).resolve())
    return DEFAULT if found is None else load_config(found)


def file_config(path: str | None, explicit: str | None = None) -> Config | None:
    """The effective config of one file with per_file applied; None when it is excluded."""
    config = config_for(path, explicit)
    real = None if path in (None, "-") else path
    if excluded(config, real):
        return None
    return for_file(config, real)


def check_cli_names(config: Config, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None) -> None:
    """--select/--ignore must name rules or groups that exist."""
    from .ruleset import select as choose

    try:
        choose(available_rules(config), select or (), ignore or ())
    except NewslintError as exc:
        raise ConfigError(exc.where, exc.what) from None


def describe(path: str | None, explicit: str | None = None) -> str:
    """The resolved configuration for a file or folder, as YAML a user could paste."""
    import io

    from ruamel.yaml import YAML

    config = config_for(path, explicit)
    is_file = path not in (None, "-") and Path(path).is_file()
    effective = file_config(path, explicit) if is_file else replace(config, per_file=())
    data: dict[str, Any] = {"source": config.source, "extends": config.extends or None}
    if is_file and effective is None:
        data["excluded"] = True
    eff = effective or config
    data.update(
        select=list(eff.select) or ["(every rule on by default)"],
        ignore=list(eff.ignore),
        fail_on=eff.fail_on,
        rule_paths=[display(Path(p)) for p in eff.rule_paths],
        exclude=list(config.exclude),
        rules={k: {"severity": v} for k, v in eff.severity},
    )
    for rule_id, opts in eff.options:
        data["rules"].setdefault(rule_id, {})["options"] = dict(opts)
    if not is_file:
        data["per_file"] = {e.glob: _entry(e) for e in config.per_file}
    data["active_rules"] = [f"{r.id} ({r.severity})" for r in rules_for(eff)]
    out = io.StringIO()
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.dump({k: v for k, v in data.items() if v is not None}, out)
    return out.getvalue()


def _entry(entry: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if entry.select is not None:
        out["select"] = list(entry.select)
    if entry.ignore:
        out["ignore"] = list(entry.ignore)
    rules: dict[str, Any] = {k: {"severity": v} for k, v in entry.severity}
    for rule_id, opts in entry.options:
        rules.setdefault(rule_id, {})["options"] = dict(opts)
    if rules:
        out["rules"] = rules
    return out


def clear_caches() -> None:
    """Forget config files read so far (each command-line run starts afresh)."""
    for fn in (find_config, _config_in, _read_toml, load_config, _articles):
        fn.cache_clear()
