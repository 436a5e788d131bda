"""Configuration: which rules run, at what severity, with which options.

A Config is plain data, validated from a mapping (`.newslint.yaml` or the
`[tool.newslint]` table of pyproject.toml) by `from_mapping`. `rules_for(config)` turns
it into compiled rules, cached so that many files checked with one configuration
compile their rules once. Finding and layering config files is configfile.py's job.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .attribution.entities import Entity, parse_entities
from .errors import ConfigError
from .findings import SEVERITY_NAMES, Severity
from .ruleset import Rule, load_builtin_rules, load_rules_dir, select
from .yamlfile import Where

FAIL_ON = (*SEVERITY_NAMES, "never")
KNOWN_KEYS = ("extends", "select", "ignore", "rules", "rule_paths", "exclude", "per_file", "fail_on", "entities")
PER_FILE_KEYS = ("select", "ignore", "rules")


@dataclass(frozen=True)
class PerFile:
    """Overrides for the files a glob matches (relative to the config file's folder)."""

    glob: str
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    options: tuple[tuple[str, Any], ...] = ()
    root: str = ""
    where: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Config:
    """Resolved settings. `where` locates the file they came from, for error messages.

    `root` is the folder that `exclude` and `per_file` globs are relative to; `keys`
    names the keys the file set itself, so that `extends` knows what it overrides.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    options: tuple[tuple[str, Any], ...] = ()
    rule_paths: tuple[str, ...] = ()
    fail_on: str = "warning"
    exclude: tuple[str, ...] = ()
    per_file: tuple[PerFile, ...] = ()
    extends: str = ""
    root: str = ""
    entities: tuple[Entity, ...] = ()
    source: str = "<defaults>"
    where: Any = field(default=None, compare=False, hash=False, repr=False)
    keys: frozenset[str] = field(default=frozenset(), compare=False, hash=False, repr=False)

    def __hash__(self) -> int:  # options hold dicts; hash what identifies the config
        return hash(repr(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))


DEFAULT = Config()


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """The shipped rule packs, loaded once per process."""
    return tuple(load_builtin_rules())


@lru_cache(maxsize=16)
def rule_pack(folder: str) -> tuple[Rule, ...]:
    """A folder of the user's own rules, loaded once per process."""
    return tuple(load_rules_dir(Path(folder)))


def available_rules(config: Config = DEFAULT) -> list[Rule]:
    """Built-in rules plus those of the config's `rule_paths`."""
    rules = list(builtin_rules())
    for folder in config.rule_paths:
        rules.extend(rule_pack(folder))
    return rules


@lru_cache(maxsize=64)
def rules_for(config: Config = DEFAULT) -> tuple[Rule, ...]:
    """The rules a configuration runs, with its severity and option overrides applied."""
    rules = available_rules(config)
    where = config.where
    _check_listed(rules, config)
    chosen = select(rules, config.select, config.ignore, where=_loc(where, "select", config.source))
    by_id = {alias: r.id for r in rules for alias in (r.id, *r.aliases)}
    severity = dict(config.severity)
    options = dict(config.options)
    for name in list(severity) + list(options):
        if name not in by_id:
            loc = where.child("rules").key(name) if where is not None else config.source
            raise ConfigError(loc, f"unknown rule {name!r}; 'newslint rules' lists them")
    severity = {by_id[k]: v for k, v in severity.items()}
    options = {by_id[k]: v for k, v in options.items()}
    out = []
    for rule in chosen:
        sev = Severity.parse(severity[rule.id]) if rule.id in severity else None
        opt_where = where.child("rules").child(rule.id).child("options") if where is not None else None
        out.append(rule.configured(severity=sev, options=options.get(rule.id), where=opt_where))
    return tuple(out)


def _check_listed(rules: list[Rule], config: Config) -> None:
    """Each name in select/ignore must be a rule, alias, group or `all`; errors name the item."""
    if config.where is None:
        return
    known = {"all"} | {n for r in rules for n in (r.id, r.group, *r.aliases)}
    groups = ", ".join(sorted({r.group for r in rules}))
    for key in ("select", "ignore"):
        sub = config.where.child(key)
        for i, name in enumerate(getattr(config, key)):
            if name not in known:
                raise ConfigError(sub.item(i), f"unknown rule or group {name!r} in {key}; groups are: {groups}")


def _loc(where: Any, key: str, source: str) -> str:
    return where.key(key) if where is not None else source


def from_mapping(data: Mapping[str, Any], where: Where, root: str = "") -> Config:
    """Validate a configuration mapping (from .newslint.yaml or pyproject.toml)."""
    if not isinstance(data, Mapping):
        raise ConfigError(where.here(), f"configuration must be a mapping of keys: {', '.join(KNOWN_KEYS)}")
    for key in data:
        if key not in KNOWN_KEYS:
            raise ConfigError(where.key(key), f'unknown key "{key}"; expected one of: {", ".join(KNOWN_KEYS)}')
    fail_on = data.get("fail_on", "warning")
    if fail_on not in FAIL_ON:
        raise ConfigError(where.value("fail_on"), f"fail_on {fail_on!r} is not allowed; expected one of: {', '.join(FAIL_ON)}")
    extends = data.get("extends", "")
    if not isinstance(extends, str):
        raise ConfigError(where.value("extends"), "extends must be a preset name (default, strict) or a path to a config file")
    severity, options = _rule_settings(data.get("rules"), where)
    return Config(
        select=_names(data, "select", where),
        ignore=_names(data, "ignore", where),
        severity=severity,
        options=options,
        rule_paths=_names(data, "rule_paths", where, what="folders of rule files"),
        fail_on=str(fail_on),
        exclude=_names(data, "exclude", where, what="glob patterns"),
        per_file=_per_file(data.get("per_file"), where, root),
        extends=extends,
        root=root,
        entities=parse_entities(data.get("entities"), where.child("entities"), ConfigError),
        source=where.path,
        where=where,
        keys=frozenset(str(k) for k in data),
    )


def _rule_settings(rules: Any, where: Any) -> tuple[tuple, tuple]:
    """The `rules:` mapping: rule id -> {severity, options}, validated with locations."""
    severity, options = [], []
    rules = rules or {}
    if not isinstance(rules, Mapping):
        raise ConfigError(where.value("rules"), "rules must map rule ids to {severity, options}")
    sub = where.child("rules")
    for rule_id, settings in rules.items():
        if not isinstance(settings, Mapping):
            raise ConfigError(sub.value(rule_id), "a rule's settings must be a mapping with severity and/or options")
        rule_where = sub.child(rule_id)
        for key in settings:
            if key not in ("severity", "options"):
                raise ConfigError(rule_where.key(key), f'unknown key "{key}"; expected one of: severity, options')
        if "severity" in settings:
            if settings["severity"] not in SEVERITY_NAMES:
                raise ConfigError(rule_where.value("severity"), f"severity must be one of: {', '.join(SEVERITY_NAMES)}")
            severity.append((str(rule_id), str(settings["severity"])))
        if "options" in settings:
            if not isinstance(settings["options"] or {}, Mapping):
                raise ConfigError(rule_where.value("options"), "options must be a mapping of option names to values")
            options.append((str(rule_id), dict(settings["options"] or {})))
    return tuple(severity), tuple(options)


def _per_file(data: Any, where: Any, root: str) -> tuple[PerFile, ...]:
    """The `per_file:` mapping: glob -> {select, ignore, rules}."""
    if data is None:
        return ()
    if not isinstance(data, Mapping):
        raise ConfigError(where.value("per_file"), "per_file must map globs to {select, ignore, rules}")
    sub = where.child("per_file")
    out = []
    for glob, settings in data.items():
        entry = sub.child(glob)
        if not isinstance(settings, Mapping):
            raise ConfigError(sub.value(glob), f"per_file settings must be a mapping with keys: {', '.join(PER_FILE_KEYS)}")
        for key in settings:
            if key not in PER_FILE_KEYS:
                raise ConfigError(entry.key(key), f'unknown key "{key}" in per_file; expected one of: {", ".join(PER_FILE_KEYS)}')
        severity, options = _rule_settings(settings.get("rules"), entry)
        chosen = _names(settings, "select", entry) if "select" in settings else None
        out.append(PerFile(str(glob), chosen, _names(settings, "ignore", entry), severity, options, root, entry))
    return tuple(out)


def _names(data: Mapping[str, Any], key: str, where: Any, what: str = "rule ids or groups") -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where.value(key), f"{key} must be a list of {what}")
    return tuple(str(v) for v in value)


def inherit(child: Config, parent: Config) -> Config:
    """`child` extending `parent`: keys the child sets win; per-rule settings and per_file add up."""
    merged = {f.name: getattr(child if f.name in child.keys else parent, f.name) for f in fields(Config) if f.name in KNOWN_KEYS}
    options = dict(parent.options)
    for rule_id, opts in child.options:
        options[rule_id] = {**options.get(rule_id, {}), **opts}
    merged["severity"] = tuple({**dict(parent.severity), **dict(child.severity)}.items())
    merged["options"] = tuple(options.items())
    merged["per_file"] = parent.per_file + child.per_file
    merged["extends"] = child.extends
    root = child.root if "exclude" in child.keys else parent.root  # exclude globs keep their folder
    return replace(child, **merged, root=root, keys=child.keys | parent.keys)


def for_file(config: Config, path: str | None) -> Config:
    """The config for one file: the per_file overrides whose globs match it, applied in order."""
    from .globs import matches_under

    if path is None or not config.per_file:
        return replace(config, per_file=())
    for entry in config.per_file:
        if matches_under(entry.glob, entry.root, path):
            config = override(config, entry)
    return replace(config, per_file=())


def excluded(config: Config, path: str | None) -> bool:
    """True when one of the config's `exclude` globs matches the file."""
    from .globs import matches_under

    return path is not None and any(matches_under(g, config.root, path) for g in config.exclude)


def override(config: Config, entry: PerFile) -> Config:
    """Apply one per_file entry: select replaces, ignore adds, rule settings merge."""
    options = dict(config.options)
    for rule_id, opts in entry.options:
        options[rule_id] = {**options.get(rule_id, {}), **opts}
    return replace(
        config,
        select=config.select if entry.select is None else entry.select,
        ignore=entry.ignore + config.ignore,  # entry first: error locations index its items
        severity=tuple({**dict(config.severity), **dict(entry.severity)}.items()),
        options=tuple(options.items()),
        where=entry.where,
    )
