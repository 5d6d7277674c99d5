"""The one calendar: month and weekday names, their abbreviations and the seasons, from
``models/calendar.json``. Every module that knows a month or a weekday reads it here."""

from __future__ import annotations

from pipeline.resources import load_json

_DATA = load_json("calendar.json")

#: Full month names -> 1-12.
MONTHS: dict[str, int] = dict(_DATA["months"])
#: Every written form of a month (full names and abbreviations, "sept" too) -> 1-12.
MONTH_FORMS: dict[str, int] = {**MONTHS, **_DATA["month_abbreviations"]}
#: Full weekday names -> 0 (Monday) - 6.
WEEKDAYS: dict[str, int] = dict(_DATA["weekdays"])
#: Every written form of a weekday -> 0-6.
WEEKDAY_FORMS: dict[str, int] = {**WEEKDAYS, **_DATA["weekday_abbreviations"]}
#: Season -> (first month, last month).
SEASONS: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in _DATA["seasons"].items()}
#: Named days ("Christmas Eve", "Thanksgiving") -> how a year fixes them: {"month", "day"}, the
#: nth weekday of a month {"month", "weekday", "nth"} (nth -1: the last), or {"easter": days}.
HOLIDAYS: dict[str, dict] = dict(_DATA["holidays"])
#: Full month and weekday names: words that name a time, never a place or a person.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
VERSION = _DATA["version"]


def alternation(forms) -> str:
    """A regex alternation of ``forms``, longest first, so "september" wins over "sep"."""
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))
