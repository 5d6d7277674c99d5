"""Who is counted, and where: look names up in ``models/places.json``.

The entity ruler (see ``nlp.py``) tags every table name with its code in ``ent_id_``; this
module answers the same question for text the statistical NER found on its own, so there is
one table and one lookup for country codes, group names and generic armed actors.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import load_json


@dataclass(frozen=True)
class ActorCode:
    """What a name refers to: a country (ISO alpha-3), a named group, or a generic armed class."""

    code: str
    kind: str  # "country" | "group" | "generic"


@lru_cache(maxsize=1)
def _table() -> dict[str, ActorCode]:
    places = load_json("places.json")
    table: dict[str, ActorCode] = {}
    for code, entry in places["countries"].items():
        for text in entry.get("names", []) + entry.get("demonyms", []):
            table.setdefault(text.lower(), ActorCode(code, "country"))
    for code, names in places.get("armed_forces", {}).items():
        for text in names:
            table.setdefault(text.lower(), ActorCode(code, "country"))
    for group, names in places.get("groups", {}).items():
        for text in names:
            table.setdefault(text.lower(), ActorCode(group, "group"))
    for canonical, words in places.get("generic_armed", {}).items():
        for text in words:
            table.setdefault(text.lower(), ActorCode(canonical, "generic"))
    return table


def lookup(text: str) -> ActorCode | None:
    """The actor a name denotes ("North Korean" -> PRK, "Taleban" -> Taliban), or None.

    Tolerates a possessive and a leading "the" ("North Korea's", "the Taliban").
    """
    key = text.strip().lower()
    for suffix in ("'s", "’s", "'", "’"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    if key.startswith("the "):
        key = key[4:]
    return _table().get(key)


def entity_code(ent) -> str | None:
    """The actor code of a spaCy entity: the one the entity ruler stored in ``ent_id_``, else
    the table's answer for the text the statistical NER found on its own."""
    if ent.ent_id_:
        return ent.ent_id_
    found = lookup(ent.text)
    return found.code if found is not None else None


def is_country_code(value) -> bool:
    """True for an ISO alpha-3 code or a list of them (the SPEC's joint-force actor)."""
    if isinstance(value, list):
        return bool(value) and all(is_country_code(v) for v in value)
    return isinstance(value, str) and len(value) == 3 and value.isupper()


@lru_cache(maxsize=1)
def _multinational() -> frozenset:
    return frozenset(load_json("places.json").get("multinational", []))


def is_multinational(code) -> bool:
    """True for a multinational force (UN, AU, NATO, coalition)."""
    return isinstance(code, str) and code in _multinational()


def is_armed_group(code) -> bool:
    """True for a named non-state armed group (Taliban, al-Shabab), not a country, a
    multinational force (UN, AU, NATO, coalition) or a generic class."""
    return (isinstance(code, str) and not is_country_code(code) and code not in _multinational()
            and not is_generic(code))


def is_generic(name: str) -> bool:
    """True for a generic armed class ("militants", "insurgents"), not a named group."""
    found = lookup(name)
    return found is not None and found.kind == "generic"
