"""Entities a user names in configuration: a person or organisation, its aliases, its affiliation.

    entities:
      - name: Ana Flores
        aliases: [Flores]
        affiliation: Springfield Water
        title: general manager
      - name: Springfield Water
        kind: organisation
        aliases: [the utility]

The attribution model treats each alias as the entity's name and gives the entity's speakers
its affiliation and title, so attribution.self-accusation can see "Flores blamed the utility".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

ENTITY_KINDS = ("person", "organisation", "country")
ENTITY_KEYS = ("name", "aliases", "affiliation", "kind", "title")


@dataclass(frozen=True)
class Entity:
    """A named person, organisation or country the article may mention."""

    name: str
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    kind: str = "person"
    title: str | None = None


def parse_entities(value: Any, where: Any, error: type[Exception]) -> tuple[Entity, ...]:
    """Validate a configuration's `entities` list; `where` is its yamlfile.Where, `error` the class to raise."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise error(where.here(), f"entities must be a list of mappings with keys: {', '.join(ENTITY_KEYS)}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise error(where.item(i), f"entity {i + 1} must be a mapping with keys: {', '.join(ENTITY_KEYS)}")
        out.append(_entity(item, _item_where(where, value, i), error))
    return tuple(out)


def _item_where(where: Any, seq: list, i: int) -> Any:
    """A Where for the i-th mapping of a YAML sequence (yamlfile.Where.child is for mappings)."""
    line, col = where.item(i).rsplit(":", 2)[1:]
    return type(where)(where.path, seq[i], (int(line), int(col)))


def _entity(item: Mapping[str, Any], where: Any, error: type[Exception]) -> Entity:
    for key in item:
        if key not in ENTITY_KEYS:
            raise error(where.key(key), f'unknown key "{key}" in entity; expected one of: {", ".join(ENTITY_KEYS)}')
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise error(where.value("name") if "name" in item else where.here(), "an entity needs a non-empty \"name\"")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise error(where.value("aliases"), "aliases must be a list of non-empty strings")
    affiliation = item.get("affiliation")
    if affiliation is not None and (not isinstance(affiliation, str) or not affiliation.strip()):
        raise error(where.value("affiliation"), "affiliation must be a non-empty string")
    kind = item.get("kind", "person")
    if kind not in ENTITY_KINDS:
        raise error(where.value("kind"), f"kind {kind!r} is not allowed; expected one of: {', '.join(ENTITY_KINDS)}")
    title = item.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise error(where.value("title"), "title must be a non-empty string")
    return Entity(name.strip(), tuple(a.strip() for a in aliases), affiliation.strip() if affiliation else None,
                  kind, title.strip().lower() if title else None)
