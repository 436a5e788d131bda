"""Configuration: which rules run, at what severity, with which options.

A Config is plain data. `rules_for(config)` turns it into compiled rules, cached so
that many files checked with one configuration compile their rules once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .attribution.entities import Entity, parse_entities
from .errors import ConfigError
from .findings import SEVERITY_NAMES, Severity
from .ruleset import Rule, load_builtin_rules, load_rules_dir, select
from .yamlfile import Where

FAIL_ON = (*SEVERITY_NAMES, "never")


@dataclass(frozen=True)
class Config:
    """Resolved settings. `where` locates the file they came from, for error messages."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    options: tuple[tuple[str, Any], ...] = ()
    rule_paths: tuple[str, ...] = ()
    fail_on: str = "warning"
    entities: tuple[Entity, ...] = ()
    source: str = "<defaults>"
    where: Where | None = field(default=None, compare=False, hash=False, repr=False)

    def __hash__(self) -> int:  # options hold dicts; hash what identifies the config
        return hash((self.select, self.ignore, self.severity, repr(self.options), self.rule_paths, self.fail_on, self.entities, self.source))


DEFAULT = Config()


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """The shipped rule packs, loaded once per process."""
    return tuple(load_builtin_rules())


@lru_cache(maxsize=16)
def rules_for(config: Config = DEFAULT) -> tuple[Rule, ...]:
    """The rules a configuration runs, with its severity and option overrides applied."""
    rules = list(builtin_rules())
    for folder in config.rule_paths:
        rules.extend(load_rules_dir(Path(folder)))
    where = config.where
    chosen = select(rules, config.select, config.ignore, where=_loc(where, "select", config.source))
    by_id = {alias: r.id for r in rules for alias in (r.id, *r.aliases)}
    severity = dict(config.severity)
    options = dict(config.options)
    for name in list(severity) + list(options):
        if name not in by_id:
            raise ConfigError(_loc(where, name, config.source), f"unknown rule {name!r}")
    severity = {by_id[k]: v for k, v in severity.items()}
    options = {by_id[k]: v for k, v in options.items()}
    out = []
    for rule in chosen:
        sev = Severity.parse(severity[rule.id]) if rule.id in severity else None
        opt_where = where.child("rules").child(rule.id).child("options") if where else None
        out.append(rule.configured(severity=sev, options=options.get(rule.id), where=opt_where))
    return tuple(out)


def _loc(where: Where | None, key: str, source: str) -> str:
    return where.key(key) if where is not None else source


def from_mapping(data: Mapping[str, Any], where: Where) -> Config:
    """Validate a configuration mapping (from .newslint.yaml or pyproject.toml)."""
    known = ("select", "ignore", "rules", "rule_paths", "fail_on", "entities")
    for key in data:
        if key not in known:
            raise ConfigError(where.key(key), f'unknown key "{key}"; expected one of: {", ".join(known)}')
    fail_on = data.get("fail_on", "warning")
    if fail_on not in FAIL_ON:
        raise ConfigError(where.value("fail_on"), f"fail_on {fail_on!r} is not allowed; expected one of: {', '.join(FAIL_ON)}")
    severity, options = [], []
    rules = data.get("rules") or {}
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
            options.append((str(rule_id), dict(settings["options"] or {})))
    return Config(
        select=_names(data, "select", where),
        ignore=_names(data, "ignore", where),
        severity=tuple(severity),
        options=tuple(options),
        rule_paths=_names(data, "rule_paths", where),
        fail_on=str(fail_on),
        entities=parse_entities(data.get("entities"), where.child("entities"), ConfigError),
        source=where.path,
        where=where,
    )


def _names(data: Mapping[str, Any], key: str, where: Where) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where.value(key), f"{key} must be a list of rule ids or groups")
    return tuple(str(v) for v in value)
