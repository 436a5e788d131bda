"""Rules: load one YAML file per rule, validate it strictly with locations, select by id or group."""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from .document import SCOPES
from .errors import NewslintError, RuleError
from .findings import SEVERITY_NAMES, Severity
from .yamlfile import Where, load_yaml

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
REQUIRED = ("id", "kind", "severity", "message", "summary", "why", "examples")
OPTIONAL = ("scope", "options", "aliases", "quotes", "fix", "enabled", "references")
FIX_MODES = ("safe", "none")


@dataclass(frozen=True)
class Rule:
    """One rule: metadata for people, and the compiled check that finds hits."""

    id: str
    kind: str
    severity: Severity
    scope: str
    message: str
    summary: str
    why: str
    check: Any = field(repr=False, compare=False)
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    quotes: bool = False
    fix: str = "none"
    enabled: bool = True
    references: tuple[str, ...] = ()
    path: str = ""
    raw_options: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    where: Where | None = field(default=None, repr=False, compare=False)

    @property
    def group(self) -> str:
        """The part of the id before the dot: the rule's folder."""
        return self.id.split(".", 1)[0]

    def configured(self, *, severity: Severity | None = None, options: Mapping[str, Any] | None = None, where: Where | None = None) -> "Rule":
        """A copy with another severity or extra options (validated like the rule file's own)."""
        rule = self if severity is None else replace(self, severity=severity)
        if options:
            merged = {**dict(self.raw_options), **dict(options)}
            opt_where = where or self.where.child("options")
            check = compile_check(self.kind, merged, opt_where)
            rule = replace(rule, check=check, raw_options=merged)
        return rule


def compile_check(kind: str, options: Mapping[str, Any], where: Where) -> Any:
    """Instantiate a check kind from options; errors are located at `where`."""
    from .checks import KINDS
    from .checks.options import Options

    return KINDS[kind].from_options(Options(kind, options, where))


def builtin_rules_dir() -> Path:
    """The rules/ folder: packed into the wheel as newslint/rules, or top-level in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "rules"
    return installed if installed.is_dir() else here.parent / "rules"


def load_rule(path: Path, display: str, group: str | None = None, parsed: tuple[Any, Where] | None = None) -> Rule:
    """Load and validate one rule file (`parsed`: its data and locations, when already read)."""
    data, where = parsed or load_yaml(path, display)
    if not isinstance(data, Mapping):
        raise RuleError(f"{display}:1:1", "a rule file must be a mapping of keys such as id, kind, severity")
    for key in data:
        if key not in REQUIRED + OPTIONAL:
            allowed = ", ".join(REQUIRED + OPTIONAL)
            raise RuleError(where.key(key), f'unknown key "{key}"; expected one of: {allowed}')
    for key in REQUIRED:
        if key not in data:
            raise RuleError(where.here(), f'missing required key "{key}"; a rule needs: {", ".join(REQUIRED)}')
    rule_id = _text(data, "id", where)
    if not ID_PATTERN.match(rule_id):
        raise RuleError(where.value("id"), f"id {rule_id!r} must be <group>.<name> in lower case with hyphens")
    expected = f"{group}.{path.stem}" if group else None
    if expected and rule_id != expected:
        raise RuleError(where.value("id"), f"id {rule_id!r} does not match the file's place; expected {expected!r}")
    from .checks import KINDS

    kind = _text(data, "kind", where)
    if kind not in KINDS:
        raise RuleError(where.value("kind"), f"unknown kind {kind!r}; expected one of: {', '.join(sorted(KINDS))}")
    severity = _choice(data, "severity", SEVERITY_NAMES, where)
    scope = _choice(data, "scope", SCOPES, where, default="sentence")
    fix = _choice(data, "fix", FIX_MODES, where, default="none")
    options = data.get("options") or {}
    check = compile_check(kind, options, where.child("options"))
    message = _text(data, "message", where)
    _check_template(message, KINDS[kind].fields, where, kind)
    fail, passing = _examples(data, where)
    return Rule(
        id=rule_id,
        kind=kind,
        severity=Severity.parse(severity),
        scope=scope,
        message=message,
        summary=_text(data, "summary", where),
        why=" ".join(_text(data, "why", where).split()),
        check=check,
        examples_fail=fail,
        examples_pass=passing,
        aliases=tuple(_str_list(data, "aliases", where)),
        quotes=_bool(data, "quotes", where, False),
        fix=fix,
        enabled=_bool(data, "enabled", where, True),
        references=tuple(_str_list(data, "references", where)),
        path=display,
        raw_options=dict(options),
        where=where,
    )


def _text(data: Mapping, key: str, where: Where) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(where.value(key), f'"{key}" must be a non-empty string')
    return str(value)


def _choice(data: Mapping, key: str, choices: tuple[str, ...], where: Where, default: str | None = None) -> str:
    value = data.get(key, default)
    if value not in choices:
        raise RuleError(where.value(key), f'{key} {value!r} is not allowed; expected one of: {", ".join(choices)}')
    return str(value)


def _bool(data: Mapping, key: str, where: Where, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise RuleError(where.value(key), f'"{key}" must be true or false')
    return value


def _str_list(data: Mapping, key: str, where: Where) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(where.value(key), f'"{key}" must be a list of strings')
    return [str(v) for v in value]


def _check_template(message: str, fields: tuple[str, ...], where: Where, kind: str) -> None:
    """Reject unknown {fields}; the location is looked up only on error (it may need a parse)."""
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
    except ValueError as exc:
        raise RuleError(where.value("message"), f"message is not a valid template ({exc}); use {{field}} and {{{{ for a brace") from None
    for name in names:
        if name not in fields:
            raise RuleError(where.value("message"), f"message uses {{{name}}}, which kind {kind} does not provide; expected one of: {', '.join(fields)}")


def _examples(data: Mapping, where: Where) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ex = data.get("examples")
    sub = where.child("examples")
    if not isinstance(ex, Mapping):
        raise RuleError(where.value("examples"), 'examples must be a mapping with "fail" and "pass" lists')
    out = []
    for key in ("fail", "pass"):
        items = ex.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise RuleError(sub.value(key) if key in ex else sub.here(), f'examples need a non-empty "{key}" list of texts')
        out.append(tuple(str(i) for i in items))
    for key in ex:
        if key not in ("fail", "pass"):
            raise RuleError(sub.key(key), f'unknown key "{key}" in examples; expected one of: fail, pass')
    return out[0], out[1]


def load_rules_dir(root: Path, display_root: str | None = None, *, cache: bool = False) -> list[Rule]:
    """Every `<group>/<name>.yaml` under `root`, sorted by id; ids must be unique.

    Folders whose names start with `_` hold data that rules share (demonyms, titles)
    and are not rules themselves. With `cache`, parsed YAML is kept on disk keyed by
    the files' bytes (rulecache.py): start-up then skips the YAML parser.
    """
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    if not root.is_dir():
        raise NewslintError(str(root), "rule folder does not exist")
    # data folders such as rules/_lexicon hold word lists, not rules
    paths = [p for p in sorted(root.glob("*/*.y*ml")) if not p.parent.name.startswith(("_", "."))]
    parsed = None
    if cache:
        from .rulecache import FolderCache

        parsed = FolderCache(root, paths)
    for path in paths:
        display = f"{display_root}/{path.parent.name}/{path.name}" if display_root else str(path)
        if path.suffix != ".yaml":
            raise RuleError(display + ":1:1", f"rule files end in .yaml; rename it to {path.stem}.yaml")
        data = parsed.parse(path, display) if parsed is not None else None
        rule = load_rule(path, display, group=path.parent.name, parsed=data)
        for name in (rule.id, *rule.aliases):
            if name in seen:
                raise RuleError(display + ":1:1", f"rule id {name!r} is already used by {seen[name]}")
            seen[name] = display
        rules.append(rule)
    if parsed is not None:
        parsed.save()
    return sorted(rules, key=lambda r: r.id)


def load_builtin_rules() -> list[Rule]:
    """The default packs shipped in the wheel (parsed YAML cached on disk)."""
    return load_rules_dir(builtin_rules_dir(), "rules", cache=True)


def select(rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = (), where: str = "--select") -> list[Rule]:
    """Rules chosen by ids, aliases or group names; with no `select`, every enabled rule.

    A rule that is off by default runs only when named by its id (or alias), or by `all`:
    selecting its group keeps the group's default set, so `--select sourcing` does not
    bring in a rule a house has to opt into.
    """
    rules = list(rules)
    select, ignore = list(select), list(ignore)
    _check_names(rules, select, where)
    _check_names(rules, ignore, where.replace("select", "ignore"))
    chosen = [r for r in rules if _chosen(r, select)] if select else [r for r in rules if r.enabled]
    return [r for r in chosen if not _named(r, ignore)]


def _chosen(rule: Rule, names: list[str]) -> bool:
    """Selected: named by id, alias or `all`; or, when on by default, by its group."""
    if any(n in (rule.id, *rule.aliases) or n == "all" for n in names):
        return True
    return rule.enabled and rule.group in names


def _named(rule: Rule, names: list[str]) -> bool:
    return any(n in (rule.id, rule.group, *rule.aliases) or n == "all" for n in names)


def _check_names(rules: list[Rule], names: list[str], where: str) -> None:
    known = {"all"} | {r.id for r in rules} | {r.group for r in rules} | {a for r in rules for a in r.aliases}
    for name in names:
        if name not in known:
            groups = ", ".join(sorted({r.group for r in rules}))
            raise NewslintError(where, f"unknown rule or group {name!r}; groups are: {groups}")
