"""The explain trace: which rule decided each field of an event, and why a number was not one.

Every event carries a ``why`` dict while it is assembled: field name -> rule id
(``"<field>.<rule>"``, e.g. ``"date.lede_next_sentence"``). Readers of one clause set it when
they build the event (``decided``); every later step and article-level pass runs through
``step``, which compares the event's fields before and after and credits each field it changed
to that step. So a new rule cannot change a field without the trace saying so. The output
carries ``why`` only when asked (``--explain``); ``schema`` drops it otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

#: The fields of an event that a rule decides (and the trace names a rule for).
DECIDED = ("type", "outcome", "civilian", "actor", "count", "location", "date", "source",
           "trigger", "planned", "cumulative", "released", "hedge", "reported_date",
           "is_total", "part_of")


def decided(event: dict, rules: dict[str, str]) -> None:
    """Record the rule ids of the fields one clause reader set (fields left empty get none)."""
    why = event.setdefault("why", {})
    for name, rule in rules.items():
        if _has_value(name, event.get(name)):
            why[name] = rule


@contextmanager
def step(events: list[dict], name: str) -> Iterator[None]:
    """Credit every field the body changes, on any of ``events``, to rule ``<field>.<name>``."""
    before = [(event, {f: event.get(f) for f in DECIDED}) for event in events]
    yield
    for event, fields in before:
        credit(event, fields, name)


def credit(event: dict, before: dict, name: str) -> None:
    """Name ``name`` as the rule of each field that differs from ``before``."""
    why = event.setdefault("why", {})
    for field, old in before.items():
        new = event.get(field)
        if new is old or new == old:
            continue
        if _has_value(field, new):
            why[field] = f"{field}.{name}"
        else:
            why.pop(field, None)


def _has_value(field: str, value) -> bool:
    """Whether a field holds a decision: a value, or for ``civilian`` also False (combatants);
    other flags left False were not raised by any rule."""
    if field == "civilian":
        return value is not None
    return value is not None and value is not False


#: What a number the NER labelled is, when the count grammar did not read it as a count.
_ENTITY_REASONS = {
    "ORDINAL": "not_count.ordinal", "PERCENT": "not_count.percentage", "DATE": "not_count.date",
    "TIME": "not_count.time", "MONEY": "not_count.money", "QUANTITY": "not_count.quantity",
}


def unexplained_numbers(doc, events: list[dict], rejected: list[dict],
                        quantities: list[dict]) -> list[dict]:
    """Why each remaining number of the article is not an event: every number-like token
    that is neither an event's count nor already in ``rejected``.

    A figure retold in a sentence an event lists among its ``mentions`` is that event's
    restatement; a number inside a quantity is a measure, not people; otherwise the NER's
    label says what it is (an ordinal, a percentage, a date...), and what is left is a figure
    the count grammar does not read as a head count (a year, a decimal, a serial number)."""
    taken = [(e["count"]["start"], e["count"]["end"]) for e in events]
    taken += [(r["start"], r["end"]) for r in rejected]
    measures = [(q["start"], q["end"]) for q in quantities]
    found = []
    for token in doc:
        if not (token.like_num or any(ch.isdigit() for ch in token.text)):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s <= start and end <= e for s, e in taken):
            continue
        found.append({"start": start, "end": end, "why": _why_not(token, start, end, events, measures)})
    return found


def _why_not(token, start: int, end: int, events: list[dict], measures: list) -> str:
    for index, event in enumerate(events):
        if any(m["start"] <= start < m["end"] for m in event["mentions"]) and token.like_num and (
                str(event["count"]["value"]) == token.text.replace(",", "")):
            return f"restatement_of_event.{index}"
    if any(s <= start and end <= e for s, e in measures):
        return "not_count.quantity_with_unit"
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in ("%", "percent", "per"):
        return "not_count.percentage"
    if token.ent_type_ in _ENTITY_REASONS:
        return _ENTITY_REASONS[token.ent_type_]
    if token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2100:
        return "not_count.year"
    return "not_count.count_grammar"
