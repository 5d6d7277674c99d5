"""The TimeML reading of a date expression: its TIMEX3 ``type`` and ``value`` (``timex``).

The dates list keeps ISO 8601 ``value``/``start_date``/``end_date`` as ``dates.py`` computes them
(events are dated with those), and each entry adds what an analyst comparing with TimeML
tools, or a temporal-relation system downstream, expects:

- ``type``: ``date``, ``time``, ``duration`` or ``set`` (TIMEX3's DATE, TIME, DURATION, SET);
- ``timex``: the TIMEX3 value in its own conventions: ``2013-W12`` for a week, ``2012-SU`` for a
  season, ``1989-Q3``, ``1989-H2``, ``199`` for a decade, ``1998-02-06TMO`` for a part of a day,
  ``1998-02-12T19:15``, ``P90D`` / ``PT4H`` / ``PXY`` for durations, ``PRESENT_REF``,
  ``PAST_REF``, ``FUTURE_REF``, ``P1W`` for "every week"; None when the expression is a date
  that cannot be resolved (an anaphoric "that year" with no anchor).

Why a second layer rather than a second normalizer: the calendar arithmetic (which March, which
week) is ``dates.py``'s alone; this module only re-writes its period in TIMEX3 notation, reading
the expression's words for what ISO 8601 has no notation for (a quarter, a part of the day, a
decade), and reads the three kinds the normalizer refuses on purpose, because they are not a
time an event happened: durations ("five years"), references ("now", "recently") and sets
("daily"). Where TimeML and the guidelines' values differ, the TimeML reading is TimeML's
(GUIDELINES "early 2011" is months 01-03; TIMEX3 is ``2011``, the year, with a modifier).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.resources import load_json
from pipeline.text import calendar_names
from pipeline.text.dates import coerce_published, normalize_date, number_value

__all__ = ["timex_of", "names_no_day", "TYPES", "REFERENCE_WORDS"]

TYPES = ("date", "time", "duration", "set")

_WORDS = load_json("timex.json")
#: Expressions that name the present, the past or the future: "now" -> PRESENT_REF.
REFERENCE_WORDS: dict[str, str] = _WORDS["reference_words"]
#: Words that refer to the present, past or future when a tagger has marked them as a time
#: expression ("the current quarter" aside), too ambiguous for Muster to look for alone.
_REFERENCE_MODIFIERS: dict[str, str] = _WORDS["reference_modifiers"]
_UNITS: dict[str, list] = _WORDS["duration_units"]
_VAGUE = sorted(_WORDS["vague_amounts"], key=len, reverse=True)
#: Adverbs that name a recurring time: "daily" -> P1D.
SET_ADVERBS: dict[str, str] = _WORDS["set_adverbs"]
_PARTS_OF_DAY: dict[str, str] = _WORDS["parts_of_day"]
_DAYLESS_WORDS = frozenset(_WORDS["dayless_time_words"])

_UNIT_PLURALS = {"century": "centuries"}
_UNIT = "(?P<unit>" + "|".join(
    f"{u}s?|{_UNIT_PLURALS[u]}" if u in _UNIT_PLURALS else f"{u}s?"
    for u in sorted(_UNITS, key=len, reverse=True)) + ")"
_NUMBER = r"[0-9]+(?:\.[0-9]+)?|[a-z]+(?:[ -][a-z]+)?"
#: Words before an amount of time that leave it a duration ("the past two years", "more than
#: four hours", "up to 180 days").
_LEAD = (r"(?:(?:the|a|an|past|last|next|previous|coming|first|final|latest|over|more than|less than"
         r"|nearly|almost|about|around|approximately|roughly|some|at least|at most|up to|no more than"
         r"|another|additional|more|only|just|full|entire|whole|each of the|for|within|in)\s)*")
_DURATION = re.compile(
    rf"^(?P<lead>{_LEAD})"
    rf"(?:(?P<vague>{'|'.join(map(re.escape, _VAGUE))})\s|(?P<low>{_NUMBER})(?:\s(?:to|or)\s(?P<high>{_NUMBER}))?[\s-])?"
    rf"(?:(?:more|additional|further|extra)\s)?{_UNIT}(?:[\s-](?:or so|long|period|term|span|stretch))?$")
_NEARLY = re.compile(r"^(?:almost|nearly|virtually|practically)\s+(?=every\b|each\b)")
_EVERY = re.compile(rf"^(?:every|each|per|a|an)\s(?:(?P<n>{_NUMBER})\s)?(?P<what>[a-z]+)$")
_CLOCK = re.compile(r"\b(?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-9]{2}))?\s?(?P<half>am|pm)\b|\b(?P<h24>[0-9]{1,2}):(?P<m24>[0-9]{2})\b"
                    # the 24-hour clock without a colon is a time only with its zone: "1300 local time"
                    r"|\b(?P<h4>[01][0-9]|2[0-3])(?P<m4>[0-5][0-9]) ?(?=gmt\b|utc\b|hrs\b|hours\b|local time\b)")
#: An hour told with its part of the day: "4 in the morning" T04:00, "ten at night" T22:00.
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR_OF_PART = re.compile(
    r"\b(?P<h>[0-9]{1,2}|" + "|".join(_HOUR_WORDS) + r")(?:[:.](?P<m>[0-9]{2}))?(?: o'clock)?"
    r" (?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night))\b")
_DECADE = re.compile(r"[0-9]0s\b|'[0-9]0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")
_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_SEASON_WORD = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\b")
#: A year back from another time ("a year earlier", "last year"), whose period is that time's.
_YEAR_BACK = re.compile(r"\byears? (?:earlier|ago|before)\b|\blast year\b|\byear-(?:ago|earlier)\b")
_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _clean(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"\b([ap])\.\s?m\.?", r"\1m", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9' \-:./]", " ", s)
    return " ".join(s.split()).strip(" .-")


def timex_of(text: str, *, published=None, normalized: dict | None = None) -> dict | None:
    """``{"type", "timex"}`` of one expression, or None when it is no time expression at all.

    ``normalized`` is the expression's ``normalize_date`` record when the caller has it (the
    dates stage does; it may have been resolved for a time still to come); otherwise it is
    computed here with ``published``."""
    s = _clean(text)
    if not s:
        return None
    if s.startswith("since "):
        # "since early September": the interval is the normalizer's; TimeML's expression is
        # the date after "since"
        return timex_of(text[text.lower().index("since") + 5:].strip(), published=published)
    if s in REFERENCE_WORDS or s in _REFERENCE_MODIFIERS:
        return {"type": "date", "timex": REFERENCE_WORDS.get(s) or _REFERENCE_MODIFIERS[s]}
    found = _set(s) or _duration(s)
    if found:
        return found
    if normalized is None:
        normalized = normalize_date(text, published=published)
    if normalized is None:
        return _clock_only(s, coerce_published(published))
    value = normalized.get("value")
    if value is None:
        return {"type": "date", "timex": None}
    return _time(s, value, normalized) or {"type": "date", "timex": _date_value(s, value, normalized)}


def names_no_day(text: str) -> bool:
    """Whether an expression is a time of day and nothing that names its day: "at about 10:35
    a.m. GMT", "4 in the morning", "midnight", "at approximately 1300 local time", "pre-dawn";
    not "this morning", "tonight", "Friday night". Read alone, such a time is on the report's
    day (GUIDELINES §10); in a narrative it is on the day told before, so it dates no other
    incident. The one test of a day-less time, for the dates list and the events alike."""
    s = _clean(text)
    if _clock(s) is None:
        return False
    rest = [word for word in re.split(r"[\s/-]+", _HOUR_OF_PART.sub(" ", _CLOCK.sub(" ", s))) if word]
    return all(word in _DAYLESS_WORDS or word.isdigit() for word in rest)


def _amount(word: str | None) -> str | None:
    """A count of units as TIMEX3 writes it; None when it is not a number."""
    if word is None:
        return None
    if re.fullmatch(r"[0-9]+", word):
        return word
    if re.fullmatch(r"[0-9]+\.[0-9]+", word):
        return word
    n = number_value(word)
    return None if n is None else str(n)


def _duration(s: str) -> dict | None:
    """"five years" P5Y, "the past two months" P2M, "a week" P1W, "two-year" P2Y, "more than
    four hours" PT4H, "several years" PXY, "the next 12 to 18 months" PXM, "months" PXM.
    A singular unit with no amount but "the", "last" or "this" ("the year", "last year") is a
    date, not a duration, and is left to the normalizer."""
    m = _DURATION.match(re.sub(r"\b(?:a )?couple of\b", "2", s))
    if not m:
        return None
    unit = m["unit"]
    singular = next(u for u in _UNITS if unit in (u, u + "s", _UNIT_PLURALS.get(u)))
    plural = unit != singular
    letter, factor = _UNITS[singular]
    lead = m["lead"].split()
    if m["vague"] or m["high"]:
        amount = "X"
    elif m["low"]:
        amount = _amount(m["low"])
        if amount is None or len(amount) == 4:
            return None  # "the 1988 quarter" is a date
    elif plural:
        amount = "X"  # "months", "the years", "centuries"
    elif {"a", "an"} & set(lead) and not {"last", "past", "next", "this"} & set(lead):
        amount = "1"  # "a week", "an additional year", "over a month"
    else:
        return None
    if amount != "X" and factor != 1:
        amount = str(round(float(amount) * factor)) if "." in amount else str(int(amount) * factor)
    if letter.startswith("T"):
        return {"type": "duration", "timex": f"PT{amount}{letter[1]}"}
    return {"type": "duration", "timex": f"P{amount}{letter}"}


def _set(s: str) -> dict | None:
    """"daily" P1D, "every month" P1M, "each year" P1Y, "every two weeks" P2W, "every
    Thursday" XXXX-WXX-4, "each July" XXXX-07; "almost every day" is still every day."""
    s = _NEARLY.sub("", s)
    if s in SET_ADVERBS:
        return {"type": "set", "timex": SET_ADVERBS[s]}
    m = _EVERY.match(s)
    if not m or (s.split()[0] in ("a", "an") and not m["n"]):
        return None
    what = m["what"]
    if m["n"] is None and what in calendar_names.WEEKDAY_FORMS:
        return {"type": "set", "timex": f"XXXX-WXX-{calendar_names.WEEKDAY_FORMS[what] + 1}"}
    month = calendar_names.MONTH_FORMS.get(what)
    if m["n"] is None and month:
        return {"type": "set", "timex": f"XXXX-{month:02d}"}
    unit = what[:-1] if what.endswith("s") and m["n"] else what
    if unit not in _UNITS or s.split()[0] in ("a", "an"):
        return None
    letter, factor = _UNITS[unit]
    amount = _amount(m["n"]) if m["n"] else "1"
    if amount is None:
        return None
    amount = str(int(float(amount) * factor))
    return {"type": "set", "timex": f"PT{amount}{letter[1]}" if letter.startswith("T") else f"P{amount}{letter}"}


def _clock(s: str) -> str | None:
    """The time of day an expression names: "7:15 pm" T19:15, "noon" T12:00, "4 in the
    morning" T04:00, "morning" TMO."""
    m = _HOUR_OF_PART.search(s)
    if m:
        hour = int(m["h"]) if m["h"].isdigit() else number_value(m["h"])
        if 1 <= hour <= 12:
            if m["part"] == "morning":
                hour %= 12  # "12 in the morning" is midnight
            elif m["night"] and hour == 12:
                return "T24"  # "12 at night": midnight, as "midnight Friday" is written
            elif m["part"] or hour >= 6:
                hour = hour % 12 + 12  # "3 in the afternoon", "10 at night"; not "two at night"
            return f"T{hour:02d}:{int(m['m'] or 0):02d}"
    m = _CLOCK.search(s)
    if m:
        if m["h24"] is not None or m["h4"] is not None:
            hour, minute = int(m["h24"] or m["h4"]), int(m["m24"] or m["m4"])
        else:
            hour, minute = int(m["h"]) % 12 + (12 if m["half"] == "pm" else 0), int(m["m"] or 0)
        if hour < 25 and minute < 60:
            return f"T{hour:02d}:{minute:02d}"
    for word in re.split(r"[\s-]", s):
        if word in _PARTS_OF_DAY:
            return _PARTS_OF_DAY[word]
    return None


def _time(s: str, value: str, normalized: dict) -> dict | None:
    """A day with a time of day ("Friday afternoon", "last night", "noon Thursday"); a bare
    "overnight" is the night that ended on the report's day, which TimeML writes on that day."""
    if s == "overnight" and "/" in value:
        value = value.split("/")[1]
    if not _ISO_DAY.match(value):
        return None
    clock = _clock(s)
    return {"type": "time", "timex": value + clock} if clock else None


def _clock_only(s: str, published: date | None) -> dict | None:
    """A time of day with no day named ("at 8 pm", "around 7:15 p.m."): the report's day, as
    TimeML anchors it on the document's creation time."""
    clock = _clock(s)
    if clock is None or not (_CLOCK.search(s) or _HOUR_OF_PART.search(s)) and s not in _PARTS_OF_DAY \
            and not s.startswith(("at ", "around ", "about ")):
        return None
    day = published.isoformat() if published else "XXXX-XX-XX"
    return {"type": "time", "timex": day + clock}


def _date_value(s: str, value: str, normalized: dict) -> str:
    """An ISO 8601 value (or ``start/end`` interval) in TIMEX3 notation."""
    if "/" not in value:
        season = _SEASON_WORD.search(s)
        if season and len(value) == 7 and not calendar_names.MONTH_FORMS.keys() & set(s.split()):
            # "the early summer", "mid-winter": TimeML writes the season, not its month
            name = "fall" if season[0] == "autumn" else season[0]
            first = calendar_names.SEASONS[name][0]
            year = int(value[:4]) - (1 if first == 12 and int(value[5:]) < 12 else 0)
            return f"{year}-{_SEASONS[first]}"
        return value
    first, last = value.split("/")
    granularity = normalized["granularity"]
    start = date.fromisoformat(normalized["start_date"])
    end = date.fromisoformat(normalized["end_date"])
    if normalized["granularity"] == "week" and start.isocalendar()[:2] == end.isocalendar()[:2]:
        # "this week", and a part of one ("earlier this week" up to the report's day): the week
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if "weekend" in s and start.weekday() == 5 and end - start == timedelta(days=1):
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}-WE"
    if normalized["granularity"] == "season" and start.month in _SEASONS:
        return f"{start.year}-{_SEASONS[start.month]}"
    if len(first) == 4 and len(last) == 4 and _DECADE.search(s) and first[:3] == last[:3]:
        return first[:3]  # "the 1990s" 199, "the early 1980s" 198
    if len(first) == 4 and len(last) == 4 and "century" in s and first[:2] == last[:2]:
        return first[:2]  # "the 20th century" 19
    if len(first) == 7 and first[:4] == last[:4]:
        months = (start.month, end.month)
        if ("quarter" in s or _YEAR_BACK.search(s)) and months in ((1, 3), (4, 6), (7, 9), (10, 12)):
            # "the third quarter"; "a year earlier" told from one
            return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
        if "half" in s and months in ((1, 6), (7, 12)):
            return f"{start.year}-H{1 if start.month == 1 else 2}"
        return first[:4]  # "early 2011", "the end of 1990": the year, as TimeML writes it
    if granularity == "year" and len(first) == 10:
        return first[:4]  # "the past year": a rolling window, written as the year it starts in
    if granularity == "month" and len(first) == 10:
        return first[:7]
    return first
