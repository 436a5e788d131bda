"""docs/rules.md and docs/check-kinds.md, generated from the rule files and the kinds.

`newslint rules --format markdown` and `newslint kinds --format markdown` print them;
tests/test_docs.py fails when a committed file differs from what they print.
"""
from __future__ import annotations

import re
from typing import Iterable

from .kinddoc import KindDoc, show_default
from .ruledoc import example_paragraphs, facts, option_views
from .ruleset import Rule

RULES_COMMAND = "newslint rules --format markdown > docs/rules.md"
KINDS_COMMAND = "newslint kinds --format markdown > docs/check-kinds.md"


def slug(heading: str) -> str:
    """The anchor GitHub (and Python-Markdown) give a heading: `sourcing.vague-source` -> sourcingvague-source."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def code(text: str) -> str:
    """Inline code that survives backticks (in a table, pass the whole cell through `cell`)."""
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(text: str) -> str:
    """Text for a table cell: a pipe, even inside inline code, is escaped (GitHub's tables)."""
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(rules: Iterable[Rule]) -> str:
    """The reference of every rule, by group, with a table of contents."""
    rules = sorted(rules, key=lambda r: r.id)
    groups = sorted({r.group for r in rules})
    out = [
        "# Rules", "",
        f"<!-- Generated from rules/ by `{RULES_COMMAND}`; edit the rule files, not this page. -->", "",
        f"newslint ships {len(rules)} rules in {len(groups)} groups. Each is one YAML file, "
        "`rules/<group>/<name>.yaml`, that sets the options of one [check kind](check-kinds.md); "
        "`newslint explain RULE` prints the same fields in a terminal. A rule that is off by "
        "default runs when `--select` (or `select:` in the config) names it or its group.", "",
        "## Contents", "",
        "| rule | severity | default | fixable | summary |", "|---|---|---|---|---|",
    ]
    for r in rules:
        f = facts(r)
        out.append(f"| [{r.id}](#{slug(r.id)}) | {f['severity']} | {'on' if r.enabled else 'off'} | "
                   f"{'yes' if r.fix == 'safe' else 'no'} | {cell(r.summary)} |")
    for group in groups:
        out += ["", f"## {group}"]
        for r in rules:
            if r.group == group:
                out += ["", *_rule_section(r)]
    return "\n".join(out) + "\n"


def _rule_section(r: Rule) -> list[str]:
    f = facts(r)
    kind = f"[{code(r.kind)}](check-kinds.md#{slug(r.kind)})"
    out = [f"### {r.id}", "", r.summary, "",
           "| severity | scope | kind | default | fixable | quotations |", "|---|---|---|---|---|---|",
           f"| {f['severity']} | {f['scope']} | {kind} | {cell(f['default'])} | {cell(f['fixable'])} | {f['quotations']} |", ""]
    if "aliases" in f:
        out.append(f"- **aliases:** {', '.join(code(a) for a in r.aliases)}")
    out += [f"- **message:** {code(f['message'])}", f"- **file:** [{r.path}](../{r.path})", "",
            f"**Why.** {r.why}", "", "**References**", ""]
    out += [f"- <{ref}>" if ref.startswith(("http://", "https://")) else f"- {ref}" for ref in r.references]
    out += ["", "**Options**", ""]
    views = option_views(r, code)
    if views:
        out += ["| option | value |", "|---|---|"]
        out += [f"| {code(v.name)} | {cell(v.text())} |" for v in views]
    else:
        out.append(f"None set: the defaults of kind {code(r.kind)}.")
    for title, texts in (("Flagged", r.examples_fail), ("Not flagged", r.examples_pass)):
        out += ["", f"**{title}**"]
        for text in texts:
            out += ["", "```text", *_blank_between(example_paragraphs(text)), "```"]
    return out


def _blank_between(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        out += (["", p] if out else [p])
    return out


def kinds_markdown(kinds: Iterable[KindDoc], rules: Iterable[Rule]) -> str:
    """Every check kind: what it does, its options, message fields, scopes and the rules using it."""
    kinds, rules = list(kinds), sorted(rules, key=lambda r: r.id)
    out = [
        "# Check kinds", "",
        f"<!-- Generated from newslint/checks/ by `{KINDS_COMMAND}`; edit the kinds' docstrings, not this page. -->", "",
        "A rule names one check kind in `kind:` and sets that kind's options in `options:`; "
        "an option the kind does not read, or a value of the wrong type, stops the run with the "
        "rule file's line and column. The option tables below are read from each kind's own code. "
        "A rule's message may use the kind's message fields, such as `{match}`. "
        "The scopes are those the kind is written for; the rule's `scope:` picks the units it runs on. "
        f"[The rules](rules.md) show each kind in use. There are {len(kinds)} kinds:", "",
        "| kind | what it checks | built-in rules |", "|---|---|---|",
    ]
    users = {k.name: [r for r in rules if r.kind == k.name] for k in kinds}
    out += [f"| [{code(k.name)}](#{slug(k.name)}) | {cell(k.summary)} | {len(users[k.name])} |" for k in kinds]
    for k in kinds:
        out += ["", *_kind_section(k, users[k.name])]
    return "\n".join(out) + "\n"


def _kind_section(k: KindDoc, users: list[Rule]) -> list[str]:
    used = ", ".join(f"[{r.id}](rules.md#{slug(r.id)})" for r in users)
    out = [f"## {k.name}", "", k.summary, "",
           f"- **scopes it suits:** {', '.join(k.scopes) or 'not declared'}",
           f"- **message fields:** {', '.join(code('{' + f + '}') for f in k.fields)}",
           f"- **used by:** {used or 'no built-in rule; it is there for house rules'}"]
    if k.refusal:
        out.append(f"- **with no options, the error is:** {k.refusal}")
    out.append("")
    if k.hits:
        out += [k.hits, ""]
    if k.options:
        out += ["| option | type | default | allowed |", "|---|---|---|---|"]
        for o in k.options:
            default = show_default(o)
            shown = cell(code(default)) if default and not o.required else default
            out.append(f"| {code(o.name)} | {o.type} | {shown} | {cell(o.allowed)} |")
    else:
        out.append("No options.")
    if k.details:
        out += ["", k.details]
    return out
