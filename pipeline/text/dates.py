"""Normalize one date expression ("October last year", "late Tuesday") to ISO 8601.

Why our own rules come first: dateparser 1.5 is a good parser of *absolute* dates but, measured
on news text, it misses "October last year", "last June" and "early 2011", turns "February 23-26"
into 1926 or 2026, resolves "Tuesday" in a Tuesday story to the week before, and reads durations
("five years", "20 hours") as dates. So this module is two layers:

1. **A table of rules** (``_RULES``), each a regular expression over a normalized copy of the text
   and a handler that builds the period. Composite expressions (``since X``, ``X and Y``,
   ``between X and Y``, ``from X to Y``) are split and their parts parsed with the same table;
   a date at the end or start of a longer phrase ("since the war started two years ago",
   an entity spaCy overran) is found the same way.
2. **A dateparser fallback** for absolute dates written in forms the table does not know
   ("31-Dec-2011", "Dec-2011", "2011.12.31"), and only when the text looks like a calendar date
   (a month name or a full numeric date): dateparser's relative-time and timestamp parsers are
   switched off, so durations and bare numbers never become dates. Its ``period`` gives the
   granularity and the day it invents for "March 2015" is dropped.

Output (SPEC.md, "Every date in the article"): ``{"value", "start_date", "end_date",
"granularity", "relative"}``. ``relative`` is true exactly when the publication date was consulted;
without a publication date such expressions keep their granularity but come back with ``value``,
``start_date`` and ``end_date`` None (never resolved against today's date).

Choices the guidelines leave open (GUIDELINES.md section 5 settles the rest):

- Values are ISO 8601 at the precision the text gives; intervals are ``start/end``. Weeks are
  Monday-Sunday day intervals (``2024-01-22/2024-01-28``, granularity ``week``) and seasons are
  month intervals (``2009-03/2009-05``, granularity ``season``), not TimeML's ``2024-W04`` /
  ``2009-SP``, because SPEC values are plain ISO 8601.
- A decade ("the 1990s") is ``1990/1999`` with granularity ``year`` (TimeML would write ``199``,
  which is not an ISO 8601 interval and SPEC has no ``decade`` granularity).
- Vague parts of a year are month intervals with granularity ``month``: early ``01/03``, mid
  ``05/08``, late and "the end of" ``10/12``, first half / first part ``01/06``, second half /
  latter part ``07/12``, "the early months of" ``01/04``, quarters. Parts of a month ("early
  March", "mid-March", "late March": days 1-10, 11-20, 21-end) keep the month as ``value`` and
  narrow only ``start_date``/``end_date``; parts of a season are its first, middle or last month
  ("mid-summer" -> ``07``).
- A month or day without a year ("in April", "February 23-26") takes the most recent such date
  on or before publication, or up to ``FUTURE_WINDOW_DAYS`` (31) after it, so a story written
  on 4 March about "March 10" or "in April" means this year. Weekdays take the most recent such
  day on or before publication, the publication day included ("Friday" in a Friday story).
- Winter YYYY is December YYYY to February YYYY+1 (guidelines: "in winter 2012" -> 2012-12/2013-02).
- An interval of several parts ("in the spring and through the summer of 2009") runs from the
  start of the first to the end of the last, with the coarsest granularity among them.
- "since X" and the rolling windows ("the past 48 hours") end on the publication day; ``since``
  takes its granularity from X, rolling windows from the unit they count in.
- ``YYYY-MM`` is always a year-month ("2011-12" is December 2011, not 2011-2012); "1990-91"
  (second part over 12) is a year range. A bare number is a year only from 1800 to 2100.
- "the same day" and "immediately" are the publication day (gold convention); parts of the day
  with no day named ("this morning", "overnight", "in the morning") too, "last night" the day
  before. Anaphoric expressions ("the next day", "three days later", "that year") are dates but
  are not resolvable from the text alone: relative, with value None.
- Not dates (None): durations ("five years"), ages, bare numbers, clock times alone
  ("10:30 a.m.", "noon"), "now", "recently", "recent years", "the past", "daily".
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Callable

from dateutil.easter import easter

from pipeline.errors import ConfigError
from pipeline.resources import load_json
from pipeline.text import calendar_names

__all__ = ["DateNormalizer", "normalize_date", "number_value", "FUTURE_WINDOW_DAYS"]

#: How far after the publication date a year-less date may fall ("on March 10" in a 4 March story).
FUTURE_WINDOW_DAYS = 31
#: Longer strings are sentences, not date expressions; the cap also bounds the work per call.
MAX_CHARS = 200
#: Stands in for a missing publication date so relative rules still run (and report their
#: granularity); any value computed from it is discarded.
_PLACEHOLDER = date(2000, 6, 15)
_BARE_YEARS = range(1800, 2101)
_COARSENESS = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}


# --------------------------------------------------------------------------------------------
# Periods and the reference date
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    """A resolved expression; ``start``/``end``/``value`` are None for an anaphoric one."""

    start: date | None
    end: date | None
    granularity: str
    value: str | None

    @property
    def first(self) -> str:
        """The start part of ``value`` (the whole value when it is not an interval)."""
        return self.value.split("/")[0]

    @property
    def last(self) -> str:
        return self.value.split("/")[-1]


class _Ref:
    """The date relative expressions resolve against, remembering whether anyone asked for it.

    Reading ``day`` marks the expression relative; that is how ``relative`` is computed, so no
    rule has to declare it (and "March 5" is relative while "March 5, 2024" is not).
    """

    __slots__ = ("_day", "window", "used")

    def __init__(self, day: date, window: int):
        self._day = day
        self.window = window
        self.used = False

    @property
    def day(self) -> date:
        self.used = True
        return self._day

    def fork(self) -> "_Ref":
        return _Ref(self._day, self.window)


def _day(d: date) -> _Period:
    return _Period(d, d, "day", d.isoformat())


def _days(start: date, end: date, granularity: str = "day") -> _Period:
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return _Period(start, end, granularity, value)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month(year: int, month: int, first: int = 1, last: int | None = None) -> _Period:
    """A calendar month; ``first``/``last`` narrow the bounds ("late March") but not the value."""
    end_day = min(last or 31, _last_day(year, month))
    return _Period(date(year, month, first), date(year, month, end_day), "month", f"{year:04d}-{month:02d}")


def _months(y1: int, m1: int, y2: int, m2: int, granularity: str = "month") -> _Period:
    value = f"{y1:04d}-{m1:02d}" if (y1, m1) == (y2, m2) else f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
    return _Period(date(y1, m1, 1), date(y2, m2, _last_day(y2, m2)), granularity, value)


def _year(year: int, start: date | None = None, end: date | None = None) -> _Period:
    return _Period(start or date(year, 1, 1), end or date(year, 12, 31), "year", f"{year:04d}")


def _week(monday: date) -> _Period:
    return _days(monday, monday + timedelta(days=6), "week")


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _recent_year(ref: _Ref, month: int, day: int = 1) -> int:
    """The year of the most recent ``month``/``day`` on or before the reference date plus the
    window (skipping years where the day does not exist, such as 29 February)."""
    limit = ref.day + timedelta(days=ref.window)
    for year in range(limit.year, limit.year - 9, -1):
        try:
            if date(year, month, day) <= limit:
                return year
        except ValueError:
            continue
    raise ValueError(f"no {month}/{day} near {limit}")


#: Words that place an expression in the past whatever the tense around it.
_PAST = re.compile(r"\b(?:last|ago|earlier|previous|yesterday|since|past|before)\b")


def _years_later(day: date, n: int) -> date:
    """The same day ``n`` years later (earlier for a negative ``n``); 29 February falls on
    the 28th in a year without one."""
    return day.replace(year=day.year + n, day=min(day.day, _last_day(day.year + n, day.month)))


def _unresolved(granularity: str, ref: _Ref) -> _Period:
    """An anaphoric expression: relative (it needs a reference point) but not resolvable here."""
    ref.used = True
    return _Period(None, None, granularity, None)


# --------------------------------------------------------------------------------------------
# Text normalization and vocabulary
# --------------------------------------------------------------------------------------------

# From the one calendar (models/calendar.json): months and weekdays by their first three
# letters, every written month form, the weekday forms long enough to be unambiguous.
_MONTHS = {name[:3]: number for name, number in calendar_names.MONTHS.items()}
_MON_WORDS = calendar_names.alternation(calendar_names.MONTH_FORMS)
_WEEKDAYS = {name[:3]: index for name, index in calendar_names.WEEKDAYS.items()}
_SEASONS = calendar_names.SEASONS
_WORDS = load_json("date_words.json")  # the normalizer's own words, besides the calendar
_NUMBER_WORDS: dict[str, int] = _WORDS["number_words"]
_TENS: dict[str, int] = _WORDS["tens"]
#: Words around a day name that do not change which day it is ("late Wednesday night").
_FILLER = frozenset(_WORDS["filler_words"])
#: Parts of the day that, with no day named, mean the publication day (guidelines, section 10).
PARTS_OF_DAY = frozenset(_WORDS["parts_of_day"])
#: Single words that are dates only when they are the whole expression, never inside a clause.
_AMBIGUOUS = frozenset(_WORDS["ambiguous_words"])

_CLOCK = re.compile(
    r"\b[0-9]{1,2}(?:[:.][0-9]{2}){0,2} ?(?:am|pm)\b|\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\b"
    r"|\b[0-9]{4} ?(?:gmt|utc|hrs|hours)\b",
    re.ASCII,
)
_LEAD = re.compile(
    r"(?:in|on|at|during|by|of|as of|for|around|about|approximately|roughly|nearly|almost|some"
    r"|sometime|some time|circa|ca|until|till|up to|through|throughout|before|after|from|over"
    r"|just|only|more than|less than|starting|starting in|beginning in|effective|as early as"
    r"|as late as|no later than|not until|sometime in) ",
    re.ASCII,
)


_ORDINAL_WORDS: dict[str, int] = _WORDS["ordinal_days"]
_SPELLED_DAY = re.compile(r"\b(?P<mon>" + _MON_WORDS + r") (?:the )?(?P<ord>" + "|".join(
    sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\b")


def _spelled_days(s: str) -> str:
    """"June fifth" -> "june 5" (a spoken or wire style the numeric rules then read)."""
    return _SPELLED_DAY.sub(lambda m: f"{m['mon']} {_ORDINAL_WORDS[m['ord']]}", s)


_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPELLED_YEAR = re.compile(
    r"\b(?P<century>nineteen|twenty)[ -](?P<tens>" + "|".join(_TENS) + r")(?:[ -](?P<unit>"
    + "|".join(_UNITS_WORDS) + r"))?\b|\btwo thousand(?: and)?(?: (?P<small>"
    + "|".join(w for w, n in _NUMBER_WORDS.items() if " " not in w and n < 20 and w not in ("a", "an"))
    + r"))?\b")


def _spelled_years(s: str) -> str:
    """"nineteen ninety-four" -> "1994", "two thousand and one" -> "2001" (transcripts)."""
    def year(m: re.Match) -> str:
        if m["century"]:
            return str((19 if m["century"] == "nineteen" else 20) * 100 + _TENS[m["tens"]]
                       + (_UNITS_WORDS.index(m["unit"]) + 1 if m["unit"] else 0))
        return str(2000 + (_NUMBER_WORDS[m["small"]] if m["small"] else 0))
    return _SPELLED_YEAR.sub(year, s)


def _clean(text: str) -> str:
    """Lowercase, drop the punctuation that only decorates dates ("Dec. 31, 2011"), keep the
    punctuation that carries meaning (digits' separators, hyphens, thousands commas)."""
    s = text.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s).lower()
    s = re.sub(r"\b([ap])\.\s?m\.?", r"\1m", s)
    s = re.sub(r"(?<![0-9])\.|\.(?![0-9])", " ", s)
    s = re.sub(r",(?![0-9]{3}\b)", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"'(?![0-9])", " ", s)
    s = re.sub(r"[^a-z0-9' \-/:.,]", " ", s)
    s = re.sub(r"\bmid(summer|winter)\b", r"mid-\1", s)
    s = re.sub(r"\b(late|early)-(night|morning|afternoon|evening)\b", r"\1 \2", s)  # "late-night": late night
    s = re.sub(r"\bpre-?dawn\b", "before dawn", s)  # "the pre-dawn raid": before dawn
    return _spelled_years(_spelled_days(" ".join(s.split()).strip(" -/,")))


#: Holiday names as ``_clean`` writes them ("new year day") -> their rule.
_HOLIDAY_RULES: dict[str, dict] = {_clean(name): rule for name, rule in calendar_names.HOLIDAYS.items()}


def _strip_lead(s: str) -> str:
    """Drop leading prepositions and hedges ("in", "on", "around", "over") a rule never needs."""
    while True:
        m = _LEAD.match(s)
        if not m or m.end() == len(s):
            return s
        s = s[m.end():]


def number_value(word: str) -> int | None:
    """A small count written in digits or words ("12", "two", "twenty-four", "a couple of")."""
    word = word.replace("-", " ")
    if word.isdigit():
        return int(word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    parts = word.split()
    if parts and parts[0] in _TENS:
        rest = _NUMBER_WORDS.get(" ".join(parts[1:]), 0) if len(parts) > 1 else 0
        return _TENS[parts[0]] + rest if rest < 10 else None
    return None


_NUM = (
    r"(?P<n>[0-9]{1,4}|a couple of|couple of|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen)"
)
_MON = rf"(?P<mon>{_MON_WORDS})"
_DAY = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
_YEARISH = r"(?:(?P<y>[0-9]{4})|(?:of )?(?P<rel>last|this|next|previous|the previous) year)"
_WD_PREFIX = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu"
    r"|thur|thurs|fri|sat|sun) )?"
)
_WEEKDAY = rf"(?P<wd>{calendar_names.alternation(f for f in calendar_names.WEEKDAY_FORMS if len(f) >= 4)})"
#: "this Friday": a weekday of the publication week, which a past context puts in the week before
#: when it lies after the publication day.
_THIS_WEEKDAY = re.compile(rf"\bthis {_WEEKDAY}\b")
#: What the "ahead" rule moves by a week, not a year: a weekday anywhere in an expression, or
#: the weekend ("by the end of the weekend").
_WEEK_SCALE = re.compile(rf"\b(?:{_WEEKDAY}|weekends?)\b")
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_SHIFT = r"(?P<mod>last|this|next|this past|this coming|past|coming|previous)"


#: How many days before the report a day named by month and number, in a clause about a time
#: to come, is still read as the one just gone (``_just_gone``).
JUST_GONE_DAYS = 6


def _just_gone(s: str, period: _Period, published: date) -> bool:
    """A day named by its month and number that went by in the days before the report ("to
    return the child by Jan. 14" in a story of Jan. 15): still this year's, as a plan that fell
    due or a story filed late tells it, not one a year away. A weekday is moved by a week
    instead (``_WEEK_SCALE``); a stretch from now ("from now until March 2", two weeks gone) is
    the next one."""
    return (period.granularity == "day" and not _WEEK_SCALE.search(s)
            and published - period.end <= timedelta(days=JUST_GONE_DAYS))


def _month_of(m: re.Match, group: str = "mon") -> int:
    return _MONTHS[m[group][:3]]


def _year_of(m: re.Match, ref: _Ref) -> int | None:
    """The explicit year, or one relative to the reference ("last year"); None when neither."""
    if m.groupdict().get("y"):
        return int(m["y"])
    rel = m.groupdict().get("rel")
    if rel:
        return ref.day.year + {"last": -1, "previous": -1, "the previous": -1, "this": 0, "next": 1}[rel]
    return None


# --------------------------------------------------------------------------------------------
# Rule handlers: (match, reference) -> period or None. A date that does not exist raises
# ValueError, which makes the whole expression "not a date" (see _match_rules).
# --------------------------------------------------------------------------------------------


def _iso_day(m, ref):
    return _day(date(int(m["y"]), int(m["m"]), int(m["d"])))


def _iso_month(m, ref):
    return _month(int(m["y"]), int(m["m"]))


def _year_range_short(m, ref):
    y1 = int(m["y1"])
    y2 = y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        return None
    return _Period(date(y1, 1, 1), date(y2, 12, 31), "year", f"{y1:04d}/{y2:04d}")


def _numeric(m, ref):
    """US order (M/D/Y) for slashes as English news writes them, unless the first part is over
    12; day first for dots ("31.12.2011"), as Europe writes them."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if y < 50 else 1900
    month, day = (b, a) if m["sep"] == "." or a > 12 else (a, b)
    return _day(date(y, month, day))


def _month_day(m, ref):
    month, day = _month_of(m), int(m["d"])
    year = _year_of(m, ref)
    return _day(date(year if year is not None else _recent_year(ref, month, day), month, day))


def _month_day_range(m, ref):
    month, d1, d2 = _month_of(m), int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    year = _year_of(m, ref)
    if year is None:
        year = _recent_year(ref, month, d1)
    return _days(date(year, month, d1), date(year, month, d2))


def _month_year(m, ref):
    return _month(int(m["y"]), _month_of(m))


def _month_rel_year(m, ref):
    return _month(_year_of(m, ref), _month_of(m))


def _shifted_month(m, ref):
    """"last June" is the most recent June before the current month; "next June" the first
    after it; "this June" the one in the publication year."""
    month, mod, today = _month_of(m), m["mod"], ref.day
    if mod in ("last", "past", "this past", "previous"):
        year = today.year if month < today.month else today.year - 1
    elif mod in ("next", "coming", "this coming"):
        year = today.year if month > today.month else today.year + 1
    else:
        year = today.year
    return _month(year, month)


def _bare_month(m, ref):
    month = _month_of(m)
    return _month(_recent_year(ref, month), month)


#: A vague part of a month: its first and last day (None: the month's last; negative: from the end).
_MONTH_PARTS = {part: tuple(days) for part, days in _WORDS["month_parts"].items()}


def _part_of_month(m, ref):
    month = _month_of(m)
    year = _year_of(m, ref)
    if year is None:
        year = _recent_year(ref, month)
    first, last = _MONTH_PARTS[m["part"]]
    if first < 0:
        first = _last_day(year, month) + first + 1
    return _month(year, month, first, last)


#: A vague part of a year: its first and last month ("late 2011": October to December).
_YEAR_PARTS = {part: tuple(months) for part, months in _WORDS["year_parts"].items()}


def _part_of_year(m, ref):
    year = _year_of(m, ref)
    if year is None:  # "the end of the year"
        year = ref.day.year
    first, last = _YEAR_PARTS[m["part"]]
    return _months(year, first, year, last)


def _months_of_year(m, ref):
    """"the first seven months of 2019": those months (01/07); "the last three months of 2018"
    (10/12); "the first eight months of the year" of the reference day's year."""
    year = _year_of(m, ref)
    if year is None:  # "the first eight months of the year"
        year = ref.day.year
    n = number_value(m["n"])
    if n is None or not 1 <= n <= 12:
        return None
    return _months(year, 1, year, n) if m["end"] == "first" else _months(year, 13 - n, year, 12)


def _quarter(m, ref):
    """"the third quarter", "third-quarter", "the fiscal first quarter" with no year: the most
    recent such quarter begun by the reference day; "this quarter" the current one, "last
    quarter" the one before."""
    today = ref.day
    current = (today.month - 1) // 3 + 1
    if m["ord"]:
        q = int(m["ord"][0]) if m["ord"][0].isdigit() else _ORDINAL_WORDS[m["ord"]]
        year = _year_of(m, ref) if m["y"] or m["rel"] else None
        if year is None:
            year = today.year if q <= current else today.year - 1
    else:
        q, year = current, today.year
        if m["mod"] in ("last", "previous", "the previous", "the latest", "latest", "the"):
            q, year = (q - 1, year) if q > 1 else (4, year - 1)
    first = 3 * (q - 1) + 1
    return _months(year, first, year, first + 2)


def _bare_year(m, ref):
    year = int(m["y"])
    if not m["the"] and year not in _BARE_YEARS:
        return None
    return _year(year)


def _decade(m, ref):
    start = int(m["c"]) * 10 if m["c"] else (1900 if int(m["d2"]) >= 3 else 2000) + int(m["d2"]) * 10
    first, last = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}[m["part"]]
    return _Period(date(start + first, 1, 1), date(start + last, 12, 31), "year",
                   f"{start + first:04d}/{start + last:04d}")


def _century(m, ref):
    """"the 20th century", "the twentieth century": its hundred years, 1900/1999 as TimeML
    counts them (TIMEX3 ``19``), early, mid or late ones a third of it."""
    n = int(m["n"]) if m["n"] else _ORDINAL_WORDS.get(m["w"])
    if not n or not 1 <= n <= 21:
        return None
    start = (n - 1) * 100
    first, last = {None: (0, 99), "early": (0, 32), "mid": (33, 65), "late": (66, 99)}[m["part"]]
    return _Period(date(start + first, 1, 1), date(start + last, 12, 31), "year",
                   f"{start + first:04d}/{start + last:04d}")


def _holiday_in(rule: dict, year: int) -> date:
    """The day a holiday falls on in one year (``calendar_names.HOLIDAYS``' rules)."""
    if "easter" in rule:
        return easter(year) + timedelta(days=rule["easter"])
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    days = [d for d in range(1, _last_day(year, rule["month"]) + 1)
            if date(year, rule["month"], d).weekday() == rule["weekday"]]
    return date(year, rule["month"], days[rule["nth"] - 1 if rule["nth"] > 0 else rule["nth"]])


def _holiday(m, ref):
    """"on Christmas Eve", "New Year's Day 2007", "last Thanksgiving": the holiday of the year
    given, else the latest one up to the reference (and its window: a story may look ahead);
    "last" the latest before the reference day, "next" the first after it."""
    rule = _HOLIDAY_RULES[m["name"]]
    if m["y"]:
        return _day(_holiday_in(rule, int(m["y"])))
    today = ref.day
    if m["rel"] == "this":
        return _day(_holiday_in(rule, today.year))
    if m["rel"] in ("next", "this coming"):
        return _day(next(d for y in (today.year, today.year + 1) if (d := _holiday_in(rule, y)) > today))
    limit = today - timedelta(days=1) if m["rel"] == "last" else today + timedelta(days=ref.window)
    return _day(next(d for y in (limit.year, limit.year - 1) if (d := _holiday_in(rule, y)) <= limit))


def _season_bounds(season: str, year: int) -> tuple[date, date]:
    m1, m2 = _SEASONS[season]
    y2 = year + 1 if m2 < m1 else year
    return date(year, m1, 1), date(y2, m2, _last_day(y2, m2))


def _season(m, ref):
    """Seasons are month intervals; "early/mid/late" pick its first, middle or last month.
    Without a year: "last summer" is the most recent one already over, "next summer" the first
    not yet begun, "this summer" the one under way or else the one in the publication year, and
    a bare "summer" the most recent one begun by publication plus the window."""
    season, mod = m["season"], m["mod"]
    year = _year_of(m, ref)
    if year is None:
        today = ref.day
        limit = today + timedelta(days=ref.window)
        occurrences = [(y, *_season_bounds(season, y)) for y in range(today.year + 1, today.year - 3, -1)]
        if mod in ("last", "past", "this past", "previous"):
            year = next(y for y, _start, end in occurrences if end < today)
        elif mod in ("next", "coming", "this coming"):
            year = [y for y, start, _end in occurrences if start > today][-1]
        elif mod == "this":
            year = next((y for y, start, end in occurrences if start <= today <= end), today.year)
        else:
            year = next(y for y, start, _end in occurrences if start <= limit)
    start, end = _season_bounds(season, year)
    part = m["part"]
    if part:
        index = {"early": 0, "the beginning of": 0, "the start of": 0, "mid": 1,
                 "the middle of": 1, "late": 2, "the end of": 2}[part]
        y, mo = _shift_month(start.year, start.month, index)
        return _month(y, mo)
    return _months(start.year, start.month, end.year, end.month, "season")


def _calendar_unit(m, ref):
    """"last week" is the previous Monday-Sunday week, "last month" the previous calendar month."""
    offset = {"last": -1, "previous": -1, "the previous": -1, "this": 0, "the current": 0,
              "current": 0, "next": 1, "the coming": 1, "coming": 1}[m["mod"]]
    return _unit_period(m["unit"], offset, ref.day)


def _unit_period(unit: str, offset: int, today: date) -> _Period:
    if unit == "week":
        return _week(today - timedelta(days=today.weekday()) + timedelta(weeks=offset))
    if unit == "month":
        return _month(*_shift_month(today.year, today.month, offset))
    return _year(today.year + offset)


def _before_last(m, ref):
    return _unit_period(m["unit"], -2, ref.day)


def _earlier_later_this(m, ref):
    """"earlier this month" ("earlier in the month") keeps the month as value; its bounds end the day before the
    report, which tells what happened earlier than its own day ("earlier this week" in a
    Friday story: Monday to Thursday, the gold sets' convention); "later this month" runs from
    the report's day to the month's end."""
    today, unit = ref.day, m["unit"]
    whole = _unit_period(unit, 0, today)
    if m["when"] == "earlier":
        start, end = whole.start, max(whole.start, today - timedelta(days=1))
    else:
        start, end = today, whole.end
    if unit == "week":
        return _days(start, end, "week")
    return _Period(start, end, whole.granularity, whole.value)


def _weekend(m, ref):
    """"(over) the weekend" is the most recent Saturday-Sunday (guidelines, section 10); "this
    weekend" the one closing the publication week; "next weekend" the one after."""
    today, mod = ref.day, m["mod"]
    if mod in ("this", "this coming", "coming", "next"):
        saturday = today - timedelta(days=today.weekday()) + timedelta(days=5)
        if mod == "next" or (mod != "this" and saturday < today):
            saturday += timedelta(weeks=1)
    else:
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)
        if mod == "last" and today.weekday() >= 5:
            saturday -= timedelta(weeks=1)
    return _days(saturday, saturday + timedelta(days=1))


def _years_ago_then(m, ref):
    """"One year ago this month", "two years ago last week", "a year ago on Friday": the
    period named after "ago", that many years back (a month stays a month, a day a day)."""
    n = number_value(m["n"])
    then = _match_rules(m["then"], ref)
    if n is None or then is None or then.start is None:
        return None
    if then.granularity == "month":
        return _month(then.start.year - n, then.start.month)
    start, end = (_years_later(d, -n) for d in (then.start, then.end))
    return _days(start, end, then.granularity)


#: How far "the coming days/weeks/months" and "the past few days" reach, in days: a few days
#: are three, a few weeks four (the gold sets' readings, approximate by nature).
_FEW_DAYS = {"day": 3, "week": 28, "month": 90}


def _coming_or_past_few(m, ref):
    """"in the coming days", "the next few weeks": from the report's day on, valued as the
    months they fall in ("in the coming days" in a February story is 2022-02, the held-out
    set's convention); "over the past few days": the days up to the report's day."""
    today, unit = ref.day, m["unit"] or m["days"]
    reach = timedelta(days=_FEW_DAYS[unit])
    if m["back"]:
        return _days(today - reach, today, unit)
    end = today + (timedelta(days=7) if unit == "day" else reach)
    whole = _months(today.year, today.month, end.year, end.month, "month")
    if unit == "day":  # a week at most: the report's month, whatever the bounds
        whole = _month(today.year, today.month)
    return _Period(today, end, whole.granularity, whole.value)


def _ago(m, ref):
    n = number_value(m["n"])
    if n is None:
        return None
    today, unit = ref.day, m["unit"]
    if unit == "hour":
        return _day(today - timedelta(days=n // 24))
    if unit == "day":
        return _day(today - timedelta(days=n))
    if unit == "week":
        return _unit_period("week", -n, today)
    if unit == "month":
        return _month(*_shift_month(today.year, today.month, -n))
    return _year(today.year - n * (10 if unit == "decade" else 1))


def _rolling(m, ref):
    """"the past 48 hours" -> (publication - 2 days)/publication; granularity is the unit."""
    n = number_value(m["n"]) if m["n"] else 1
    if not n:
        return None
    today, unit = ref.day, m["unit"] or m["unit1"]
    if unit == "hour":
        start = today - timedelta(days=max(1, math.ceil(n / 24)))
    elif unit == "day":
        start = today - timedelta(days=n)
    elif unit == "week":
        start = today - timedelta(weeks=n)
    else:
        months = n if unit == "month" else 12 * n
        y, mo = _shift_month(today.year, today.month, -months)
        start = date(y, mo, min(today.day, _last_day(y, mo)))
    granularity = "day" if unit == "hour" else unit
    return _Period(start, today, granularity, f"{start.isoformat()}/{today.isoformat()}")


def _relative_day(m, ref):
    offset = {"today": 0, "tonight": 0, "the same day": 0, "immediately": 0, "yesterday": -1,
              "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
              "last night": -1}[m[0]]
    return _day(ref.day + timedelta(days=offset))


def _anaphoric(m, ref):
    groups = m.groupdict()
    unit = groups.get("unit") or groups.get("unit2") or groups.get("unit3") or "day"
    return _unresolved(unit, ref)


def _weekday(m, ref):
    """The most recent such day on or before publication ("Friday" in a Friday story is that
    day); "last Friday" strictly before, "next Friday" strictly after, "this Friday" in the
    publication week."""
    wd = _WEEKDAYS[m["wd"][:3]]
    today, mod = ref.day, m["mod"]
    if mod in ("next", "coming", "this coming"):
        return _day(today + timedelta(days=(wd - today.weekday() - 1) % 7 + 1))
    if mod == "this":
        return _day(today - timedelta(days=today.weekday()) + timedelta(days=wd))
    if mod in ("last", "past", "this past", "previous"):
        today -= timedelta(days=1)
    return _day(today - timedelta(days=(today.weekday() - wd) % 7))


def _weekday_of_week(m, ref):
    """"Wednesday last week", "on Monday of last week", "Friday next week": that day of that
    calendar week (Monday to Sunday, as "last week" is), not the whole week."""
    offset = {"last": -1, "previous": -1, "the previous": -1, "this": 0, "next": 1, "the coming": 1,
              "coming": 1}[m["mod"]]
    week = _unit_period("week", offset, ref.day)
    return _day(week.start + timedelta(days=_WEEKDAYS[m["wd"][:3]]))


_Handler = Callable[[re.Match, _Ref], "_Period | None"]

#: The rule table, tried in order; each pattern must match the whole normalized expression.
_RULE_SOURCES: list[tuple[str, str, _Handler]] = [
    ("iso_day",  # a time after the date ("2001-09-11T08:46:00+05:00") is dropped
     r"(?P<y>[0-9]{4})[-/](?P<m>[0-9]{1,2})[-/](?P<d>[0-9]{1,2})(?:t[0-9:.]+z?(?: ?[0-9:]+|-[0-9:]+)?)?",
     _iso_day),
    ("iso_month", r"(?P<y>[0-9]{4})-(?P<m>0[1-9]|1[0-2])", _iso_month),
    ("year_range_short", r"(?P<y1>[0-9]{4}) ?- ?(?P<y2>[0-9]{2})", _year_range_short),
    ("numeric", r"(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})", _numeric),
    ("month_day_range",
     rf"{_MON} (?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)? ?(?:-|to|and|through|until) ?(?P<d2>[0-9]{{1,2}})"
     rf"(?:st|nd|rd|th)?(?: {_YEARISH})?", _month_day_range),
    ("day_range_month",
     rf"(?:the )?(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)? ?(?:-|to|and|through|until) ?(?:the )?"
     rf"(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MON}(?: {_YEARISH})?", _month_day_range),
    ("year_month_day", rf"(?P<y>[0-9]{{4}}) {_MON} {_DAY}", _month_day),
    ("month_day", rf"{_WD_PREFIX}{_MON} (?:the )?{_DAY}(?: {_YEARISH})?", _month_day),
    ("day_month", rf"{_WD_PREFIX}(?:the )?{_DAY} (?:of )?{_MON}(?: {_YEARISH})?", _month_day),
    ("part_of_month",
     rf"(?P<part>{'|'.join(sorted(_MONTH_PARTS, key=len, reverse=True))})[ -]?{_MON}"
     rf"(?: (?:of )?{_YEARISH})?", _part_of_month),
    ("month_year", rf"(?:the month of )?{_MON}(?: of)? (?P<y>[0-9]{{4}})", _month_year),
    ("month_rel_year", rf"{_MON} (?:of )?(?P<rel>last|this|next|previous|the previous) year",
     _month_rel_year),
    ("shifted_month", rf"{_SHIFT} {_MON}", _shifted_month),
    ("month", rf"(?:the month of )?{_MON}", _bare_month),
    ("season",
     r"(?:(?P<part>early|mid|late|the beginning of|the start of|the middle of|the end of)[ -]?)?"
     rf"(?:(?P<mod>last|this|next|this past|this coming|past|coming|previous|the) )?{_SEASON}"
     rf"(?: (?:of )?{_YEARISH})?", _season),
    ("months_of_year",
     rf"(?:the )?(?P<end>first|last|final) {_NUM} months (?:of )?"
     r"(?:(?P<y>[0-9]{4})|(?P<rel>last|this|next|previous|the previous) year|the year)", _months_of_year),
    ("part_of_year",
     rf"(?P<part>{'|'.join(sorted(_YEAR_PARTS, key=len, reverse=True))})[ -]?(?:the year )?"
     r"(?:(?P<y>[0-9]{4})|(?P<rel>last|this|next|previous|the previous) year|the year)", _part_of_year),
    ("quarter",
     r"(?:the |its |this )?(?:(?P<y>[0-9]{4}) |(?P<rel>last|this|next) year )?(?:fiscal )?"
     r"(?P<ord>first|second|third|fourth|[1-4](?:st|nd|rd|th))[ -](?:fiscal )?quarter"
     r"|(?P<mod>this|the current|current|last|previous|the previous|the latest|latest|the) (?:fiscal )?quarter",
     _quarter),
    ("year", r"(?P<the>the year )?(?P<y>[0-9]{4})", _bare_year),
    ("decade", r"(?:the )?(?:(?P<part>early|mid|late)[ -]?)?(?:(?P<c>[0-9]{3})0s|'(?P<d2>[0-9])0s)", _decade),
    ("century", r"(?:the )?(?:(?P<part>early|mid|late)[ -]?)?(?:(?P<n>[0-9]{1,2})(?:st|nd|rd|th)|(?P<w>"
     + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")) century", _century),
    ("holiday", r"(?:(?P<rel>last|this|next|this past|this coming) )?(?P<name>"
     + calendar_names.alternation(_HOLIDAY_RULES) + r")(?: (?:of )?(?P<y>[0-9]{4}))?", _holiday),
    ("earlier_later_this", r"(?P<when>earlier|later) (?:this|in the) (?P<unit>week|month|year)", _earlier_later_this),
    ("before_last", r"the (?P<unit>week|month|year) before last", _before_last),
    ("calendar_unit",
     r"(?P<mod>last|previous|the previous|this|the current|current|next|the coming|coming)"
     r" (?P<unit>week|month|year)", _calendar_unit),
    ("weekend",
     r"(?:(?P<mod>the|this|last|this past|past|next|this coming|coming) )?weekend", _weekend),
    ("coming_or_past_few",
     r"(?:the )?(?:(?P<dir>coming|next)(?: few| several)? (?P<unit>day|week|month)"
     r"|(?P<back>past|last) (?:few|several) (?P<days>day))s",
     _coming_or_past_few),
    ("years_ago_then", rf"{_NUM} years? ago (?P<then>(?:this|last) (?:week|month)|today|yesterday"
     rf"|(?:on |last )?{_WEEKDAY})", _years_ago_then),
    ("ago", rf"{_NUM} (?P<unit>hour|day|week|month|year|decade)s? ago", _ago),
    ("rolling",
     rf"(?:the )?(?:past|last|previous|preceding) (?:{_NUM} (?P<unit>hour|day|week|month|year)s?"
     r"|(?P<unit1>hour|day|week|month|year))", _rolling),
    ("relative_day",
     r"today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow"
     r"|the same day|immediately|last night", _relative_day),
    ("anaphoric",
     r"(?:the )?(?:next|following|previous|preceding) day|the (?:next|following) (?P<unit>week|month|year)"
     r"|the day (?:before|after)|that (?:same )?(?P<unit2>day|week|month|year)"
     rf"|{_NUM} (?P<unit3>day|week|month|year)s? (?:later|earlier|before|after)", _anaphoric),
    ("weekday_of_week",
     rf"{_WEEKDAY} (?:of )?(?P<mod>last|previous|the previous|this|next|the coming|coming) week", _weekday_of_week),
    ("weekday", rf"(?:{_SHIFT} )?{_WEEKDAY}", _weekday),
]
_RULES = [(name, re.compile(pattern, re.ASCII), handler) for name, pattern, handler in _RULE_SOURCES]


# --------------------------------------------------------------------------------------------
# Putting rules together: one expression, "since X", and "X and/to/through Y"
# --------------------------------------------------------------------------------------------


class _NotADate(Exception):
    """A rule matched the shape of a date that does not exist ("February 30", "32 March"):
    the whole expression is then not a date, rather than whatever a looser rule makes of it."""


def _match_rules(s: str, ref: _Ref) -> _Period | None:
    for _name, pattern, handler in _RULES:
        m = pattern.fullmatch(s)
        if not m:
            continue
        attempt = ref.fork()
        try:
            period = handler(m, attempt)
        except ValueError as error:
            raise _NotADate(s) from error
        if period is not None:
            ref.used = ref.used or attempt.used
            return period
    return None


def _time_of_day(s: str, ref: _Ref) -> _Period | None:
    """"this morning", "in the morning" with no day named -> publication day; "last night" ->
    the day before; "overnight" -> the night that ended on the report's day (the day before
    and the report's day, as "overnight Saturday" is Saturday into Sunday). Clock times alone
    ("10:30 a.m.") are not dates."""
    tokens = set(_CLOCK.sub(" ", s).split())
    if not tokens or not tokens & PARTS_OF_DAY or not tokens <= _FILLER | {"this", "last", "tonight"}:
        return None
    if tokens == {"overnight"}:
        return _days(ref.day - timedelta(days=1), ref.day)
    return _day(ref.day - timedelta(days=1 if "last" in tokens else 0))


def _point(s: str, ref: _Ref) -> _Period | None:
    """One date expression; a second pass drops time-of-day words around a day ("late Wednesday
    night" -> "wednesday") and accepts only a day from it."""
    s = _strip_lead(s)
    if not s:
        return None
    period = _match_rules(s, ref) or _time_of_day(s, ref)
    if period is not None:
        return period
    bare = " ".join(t for t in _CLOCK.sub(" ", s).split() if t not in _FILLER)
    if bare and bare != s:
        attempt = ref.fork()
        period = _match_rules(bare, attempt)
        if period is not None and period.granularity == "day":
            ref.used = ref.used or attempt.used
            if "overnight" in s.split() and period.start is not None and period.start < ref.day:
                # "overnight Saturday": the night from Saturday into Sunday
                return _days(period.start, period.start + timedelta(days=1))
            return period
    return None


def _find_point_text(chunk: str) -> str | None:
    """The longest tail, else the longest head, of ``chunk`` that is a date ("begins in
    mid-summer" -> "in mid-summer", "Oct. 4 another 13th" -> "oct 4"), so words around the
    date ("since the war started two years ago") do not hide it."""
    words = chunk.split()[-14:]
    tails = [words[i:] for i in range(len(words))]
    heads = [words[:j] for j in range(len(words) - 1, 0, -1)]
    for i, candidate_words in enumerate(tails + heads):
        candidate = " ".join(candidate_words)
        if i and candidate in _AMBIGUOUS:
            continue
        try:
            if _point(candidate, _Ref(_PLACEHOLDER, 0)) is not None:
                return candidate
        except (_NotADate, OverflowError):
            continue
    return None


_CONNECTOR = re.compile(r" (?:(?:and|to|through|thru|until|till|into|and then|then|or) )+| - ", re.ASCII)
_SPLIT_DASHES = [
    # "23-26", "2011-2012", but not the dashes inside "2011-12-31"
    re.compile(r"(?<![0-9]{4}-[0-9]{2})(?<=[0-9])-(?=[0-9])(?![0-9]{1,2}-[0-9])", re.ASCII),
    # "January-February 2023", but not "mid-March"
    re.compile(rf"\b(?P<a>{_MON_WORDS})-(?=(?:{_MON_WORDS})\b)", re.ASCII),
    # "February 23-March 2"
    re.compile(r"(?<=[0-9])-(?=[a-z])", re.ASCII),
]


def _composite(s: str, ref: _Ref, *, single: bool = False) -> _Period | None:
    """"between January and February 2023", "Wednesday night and Thursday morning",
    "in the spring and through the summer of 2009": the interval from the first date to the
    last. Parts are resolved right to left, each earlier part against the start of the next,
    so a year given once ("January and February 2023", "June and September of last year")
    carries over and weekdays stay in order. With ``single``, one date inside a clause is
    enough ("during the war that began March 20")."""
    s = re.sub(r"^(?:between|from) ", "", s)
    s = _SPLIT_DASHES[0].sub(" - ", s)
    s = _SPLIT_DASHES[1].sub(r"\g<a> - ", s)
    s = _SPLIT_DASHES[2].sub(" - ", s)
    texts = [found for chunk in _CONNECTOR.split(s) if (found := _find_point_text(chunk))]
    if len(texts) < (1 if single else 2):
        return None
    periods: list[_Period] = []
    part_ref = ref
    for text in reversed(texts):
        period = _point(text, part_ref)
        if period is None:
            continue
        if period.start is None:  # an anaphoric part ("the next day") anchors nothing
            if len(texts) == 1:
                return period
            continue
        periods.append(period)
        part_ref = _Ref(period.start, 0)
    if not periods:
        return None
    if len(periods) == 1:
        return periods[0]
    first = min(periods, key=lambda p: p.start)
    last = max(periods, key=lambda p: p.end)
    granularity = max((p.granularity for p in periods), key=_COARSENESS.__getitem__)
    value = first.first if first.first == last.last else f"{first.first}/{last.last}"
    return _Period(first.start, last.end, granularity, value)


def _since(s: str, ref: _Ref) -> _Period | None:
    """"since X" -> X/publication day (a running total); the date may end a clause ("since
    President Bush declared major combat operations over on May 1")."""
    m = re.search(r"(?:^| )(?:ever )?since (?P<rest>.+)$", s)
    if not m:
        return None
    window, ref.window = ref.window, 0  # what "since" starts from is never after publication
    try:
        period = _point(m["rest"], ref) or _composite(m["rest"], ref, single=True)
    finally:
        ref.window = window
    if period is None:
        return None
    if period.start is None:
        return period
    today = ref.day
    if period.start > today:
        return period  # "since" a date after publication: keep the date, claim no interval
    value = period.first if period.first == today.isoformat() else f"{period.first}/{today.isoformat()}"
    return _Period(period.start, today, period.granularity, value)


# --------------------------------------------------------------------------------------------
# The dateparser fallback and the public API
# --------------------------------------------------------------------------------------------

#: A calendar-looking text: a month name or a full numeric date. Anything else never reaches
#: dateparser, which would read "20 hours" or "five years" as dates.
_DATEISH = re.compile(
    rf"\b(?:{_MON_WORDS})\b|\b[0-9]{{1,4}}[./-][0-9]{{1,2}}[./-][0-9]{{1,4}}\b", re.ASCII
)
_HAS_YEAR = re.compile(r"\b[0-9]{4}\b|\b[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2}\b", re.ASCII)
_PERIODS = {"day": "day", "time": "day", "part_of_day": "day", "week": "week", "month": "month",
            "year": "year"}
_DATEPARSER_SETTINGS = {
    # Relative phrases are handled by the rules above; only absolute parsing is wanted here, and
    # a fixed base keeps dateparser from ever consulting today's date.
    "PARSERS": ["custom-formats", "absolute-time"],
    "RELATIVE_BASE": datetime(_PLACEHOLDER.year, _PLACEHOLDER.month, _PLACEHOLDER.day),
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": True,
}


def coerce_published(published) -> date | None:
    """``published`` as a date: a date, a datetime, or an ISO ``YYYY-MM-DD`` string."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        text = published.strip()
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                pass
        raise ConfigError(
            f"published must be an ISO date YYYY-MM-DD (for example published='2025-03-04'), "
            f"not {published!r}"
        )
    raise ConfigError(
        f"published must be a datetime.date or an ISO 'YYYY-MM-DD' string, not {type(published).__name__}"
    )


#: "(the) (two) day(s)/week(s) before/after <a day>", "the week of <a day>" (``_clean``ed); the
#: shift is ``anchored_shift``'s reading of the words before the day.
_FROM_A_NAMED_DAY = re.compile(
    r"^(?:the )?(?:(?P<week_of>week of )|(?P<shift>(?:[a-z]+ |\d+ )?(?:days?|weeks?) (?:before|after)) )"
    r"(?P<rest>.+)$")


class DateNormalizer:
    """Normalizes date expressions; build one per process and reuse it.

    It holds one dateparser ``DateDataParser`` (building one loads locale data) and an LRU cache
    keyed by ``(text, published)``, because articles repeat the same expressions ("Tuesday").
    dateparser is imported here, not at module import, so ``import pipeline.text.dates`` stays cheap.
    """

    def __init__(self, *, cache_size: int = 4096):
        from dateparser.date import DateDataParser

        self._parser = DateDataParser(languages=["en"], settings=_DATEPARSER_SETTINGS)
        self._cached = lru_cache(maxsize=cache_size)(self._normalize)

    def normalize(self, text: str, published: date | str | None = None, *,
                  ahead: bool | str = False) -> dict | None:
        """The SPEC dict for one date expression, or None when it is not a date.

        Args:
            text: the expression as written ("October last year", "late Tuesday").
            published: the publication date that relative expressions resolve against.
            ahead: the expression tells a time still to come ("troops will deploy in August"):
                a month or season without a year is the next one, within a year of publication;
                ``"near"``: whichever of the last one and the next one is nearer the publication
                day (a clause that tells neither plainly: "could arrive as early as Tuesday");
                ``"past"``: a past-tense clause ("captured the town this Friday"), where "this
                Friday" after the publication day is the one just gone.

        Raises:
            TypeError: ``text`` is not a string.
            ConfigError: ``published`` is not a date or an ISO ``YYYY-MM-DD`` string.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        result = self._cached(text, coerce_published(published), ahead)
        return None if result is None else dict(result)

    def _normalize(self, text: str, published: date | None, ahead: bool | str = False) -> dict | None:
        if len(text) > MAX_CHARS:
            return None
        s = _clean(text)
        if not s:
            return None
        ref = _Ref(published or _PLACEHOLDER, FUTURE_WINDOW_DAYS)
        period = self._period(s, ref)
        if period is None:
            return None
        if ahead in (True, "near") and published is not None and ref.used and period.end is not None \
                and period.end < published and not _PAST.search(s) and not _just_gone(s, period, published):
            # "will deploy in August" in a May story: the next August, not the last one;
            # "on Friday", the next Friday
            later = published + timedelta(days=7) if _WEEK_SCALE.search(s) else _years_later(published, 1)
            coming = self._period(s, _Ref(later, FUTURE_WINDOW_DAYS)) or period
            if ahead != "near" or coming.start is None or coming.start - published < published - period.end:
                period = coming
        if ahead == "past" and published is not None and ref.used and period.start is not None \
                and period.start > published and _THIS_WEEKDAY.search(s):
            # "captured the town this Friday" in a Monday story: the Friday just gone, as a
            # past context tells it, not the one to come
            period = self._period(s, _Ref(published - timedelta(days=7), FUTURE_WINDOW_DAYS)) or period
        resolved = period.start is not None and not (ref.used and published is None)
        return {
            "value": period.value if resolved else None,
            "start_date": period.start.isoformat() if resolved else None,
            "end_date": period.end.isoformat() if resolved else None,
            "granularity": period.granularity,
            "relative": ref.used,
        }

    def _period(self, s: str, ref: _Ref) -> _Period | None:
        try:
            return (
                self._from_a_named_day(s, ref)
                or _point(s, ref)
                or _since(s, ref)
                or _composite(s, ref)
                or self._fallback(s, ref)
                or _composite(s, ref, single=True)
            )
        except (_NotADate, ValueError, OverflowError):
            return None

    def _from_a_named_day(self, s: str, ref: _Ref) -> _Period | None:
        """"the day before last Tuesday", "two days after March 3": that many days from the day
        named; "the week of March 6": the week that holds it. None when what follows names no
        single day ("the day before the vote": the narrative's anchor, ``anchored_shift``)."""
        m = _FROM_A_NAMED_DAY.match(s)
        if m is None:
            return None
        named = self._period(m["rest"], ref)
        if named is None or named.start is None or named.start != named.end:
            return None
        if m["week_of"]:
            return _week(named.start - timedelta(days=named.start.weekday()))
        shift = anchored_shift(m["shift"])
        return _day(named.start + timedelta(days=shift)) if shift is not None else None

    def _fallback(self, s: str, ref: _Ref) -> _Period | None:
        """dateparser for calendar dates the rules do not know; a missing year is filled in by
        the same rule as the table's, and the day it invents for a month is dropped."""
        if not _DATEISH.search(s):
            return None
        try:
            data = self._parser.get_date_data(s)
        except Exception:  # a third-party parser on arbitrary text: "not a date", never a crash
            return None
        found, granularity = data.date_obj, _PERIODS.get(data.period)
        if found is None or granularity is None:
            return None
        year = found.year
        if not _HAS_YEAR.search(s):
            if granularity in ("year", "week"):
                return None
            year = _recent_year(ref, found.month, found.day if granularity == "day" else 1)
        if granularity == "year":
            return _year(year)
        if granularity == "month":
            return _month(year, found.month)
        day = date(year, found.month, found.day)
        if granularity == "week":
            return _week(day - timedelta(days=day.weekday()))
        return _day(day)


_default: DateNormalizer | None = None


def normalize_date(text: str, *, published: date | str | None = None) -> dict | None:
    """SPEC API: ``{"value", "start_date", "end_date", "granularity", "relative"}`` for one date
    expression, or None when it is not a date (durations like "five years", "20 hours").

    Uses one module-level :class:`DateNormalizer`, built on first use.
    """
    global _default
    if _default is None:
        _default = DateNormalizer()
    return _default.normalize(text, published)


# --------------------------------------------------------------------------------------------
# Which spans of a parsed Doc are date expressions
# --------------------------------------------------------------------------------------------


#: Times told too loosely to put on a calendar ("in recent years"), as data.
_VAGUE_LEAD = re.compile(r"^(?:(?:in|over|during|for|throughout)\s+)?(?:the\s+)?")


def _bare_period(text: str) -> str:
    return _VAGUE_LEAD.sub("", " ".join(text.lower().split()))


_VAGUE_PERIODS = frozenset(_bare_period(p) for p in _WORDS["vague_periods"])


def vague_period(text: str) -> bool:
    """Whether an expression tells a time no calendar holds: "in recent years", "over the
    past few months", "for decades" (date_words.json ``vague_periods``)."""
    return _bare_period(text) in _VAGUE_PERIODS


def days_spanned(record: dict | None) -> int | None:
    """The days from a normalized date's first day to its last (0 for one day), or None when
    it has no resolved interval."""
    if not record or not record.get("start_date") or not record.get("end_date"):
        return None
    return (date.fromisoformat(record["end_date"]) - date.fromisoformat(record["start_date"])).days


def precision(record: dict) -> int | None:
    """ACLED's time_precision of a normalized date: 1 a day, 2 a week or a range of up to 7
    days ("February 23-26"), 3 a month or wider (a month, a season, a year, a longer range).
    None when the date could not be resolved."""
    if (spanned := days_spanned(record)) is not None:
        days = spanned + 1
        return 1 if days <= 1 else 2 if days <= 7 else 3
    if record.get("value") is None:
        return None
    return {"day": 1, "week": 2}.get(record.get("granularity"), 3)


_ANCHORED = re.compile(
    r"^(?:on |in )?(?:the )?(?:"
    r"(?P<back1>(?:day|night|evening|morning) (?:before(?! yesterday)|earlier)|(?:previous|preceding) (?:day|night|evening|morning))"
    r"|(?P<next1>(?:next|following) (?:day|night|evening|morning)|day after(?! tomorrow)|(?:a|one) day later)"
    r"|(?P<same>(?:later |earlier )?(?:that |that same |the same |same )(?:day|night|evening|morning|afternoon)"
    r"|(?:hours|minutes|moments) later)"
    r"|(?P<n>[a-z]+|[0-9]+) (?P<unit>days?|weeks?) (?P<dir>later|after|afterwards?|earlier|before)"
    r")\b")


#: Expressions told from the day the narrative last dated that the tagger often leaves out of
#: its dates ("The following day, an air strike killed 12", "Hours later, troops killed eight").
ANCHORED_UNLABELLED = re.compile(
    r"\b(?:the (?:following|next) (?:day|morning|night|evening)|(?:hours|minutes|moments) later"
    r"|(?:later|earlier) (?:that|that same|the same) (?:day|night|evening|morning|afternoon)"
    r"|(?:that|the) same (?:day|night|evening|morning|afternoon))\b", re.IGNORECASE)

#: The same told at the head of a sentence, where the tagger, after a paragraph break, often
#: sees no date: "The day before, ...", "A day after the attack, ...", "Two weeks later, ..."
#: (not "the day before yesterday", told from the report). Inside a sentence the tagger finds
#: most of them, and TimeML leaves the rest unmarked.
ANCHORED_OPENING = re.compile(
    r"\b(?:the (?:day|night|evening|morning) before(?! yesterday)|the (?:previous|preceding) (?:day|night)"
    r"|the day after(?! tomorrow)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) "
    r"(?:days?|weeks?) (?:later|after|afterwards?|earlier|before))\b", re.IGNORECASE)


def anchored_shift(text: str) -> int | None:
    """The days from the event an expression is told relative to, when it is told relative to
    one: "the day before" -1, "the next day" +1, "two days after the attack" +2, "a week later"
    +7, "three days earlier" -3, "later that day", "hours later", "the same day" 0; None for any other expression. Such a date is the day of the
    event the narrative last dated, not a day counted from the report (TimeML's anchor)."""
    m = _ANCHORED.match(_clean(text))
    if m is None:
        return None
    if m["same"]:
        return 0  # "later that day", "that night": the day the narrative last dated
    if m["back1"]:
        return -1
    if m["next1"]:
        return 1
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS.get(m["n"])
    if n is None:
        return None
    days = n * (7 if m["unit"].startswith("week") else 1)
    return -days if m["dir"] in ("earlier", "before") else days


_ANCHORED_MONTHS = re.compile(
    r"^(?:on |in )?(?:the )?(?P<n>[a-z]+|[0-9]+) (?P<unit>months?|years?) "
    r"(?P<dir>later|after|afterwards?|earlier|before)\b")


_YEAR_AGO_WORD = re.compile(r"\byear-(?:ago|earlier)\b")


def anchored_months(text: str) -> tuple[int, str] | None:
    """The months from the time an expression is told relative to, and the granularity it
    gives: "a year later" (12, "year"), "two months earlier" (-2, "month"), "three years after
    the war" (36, "year"); None for any other expression. Counted from the last date the
    article named (TimeML's anchor), like ``anchored_shift`` for days."""
    s = _clean(text)
    if _YEAR_AGO_WORD.search(s):
        return -12, "year"  # "the year-ago quarter", "year-earlier sales"
    m = _ANCHORED_MONTHS.match(s)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS.get(m["n"])
    if n is None:
        return None
    unit = "year" if m["unit"].startswith("year") else "month"
    months = n * (12 if unit == "year" else 1)
    return (-months if m["dir"] in ("earlier", "before") else months), unit


def from_anchor_months(anchor: dict, months: int, granularity: str) -> dict:
    """The month or year ``months`` months from an anchor date's start. A look back by whole
    years from a month or a run of months ("the third quarter ... up from $1.4 billion a year
    earlier", "in March, twice as many as a year before") is that same period in the earlier
    year, as a comparison means it; any other shift is the month or the year it lands in."""
    start = date.fromisoformat(anchor["start_date"])
    if granularity == "year" and months < 0 and anchor.get("granularity") == "month":
        end = date.fromisoformat(anchor["end_date"])
        return _record(_months(*_shift_month(start.year, start.month, months),
                               *_shift_month(end.year, end.month, months)))
    year, month = _shift_month(start.year, start.month, months)
    return _record(_year(year) if granularity == "year" else _month(year, month))


def months_ending(year: int, month: int, count: int) -> dict:
    """The run of ``count`` whole months that ends with ``month`` of ``year`` ("the quarter
    ended Sept. 30": July to September)."""
    return _record(_months(*_shift_month(year, month, 1 - count), year, month))


def _record(period: _Period) -> dict:
    """A period told from another time, as a SPEC date record."""
    return {"value": period.value, "start_date": period.start.isoformat(),
            "end_date": period.end.isoformat(), "granularity": period.granularity, "relative": True}


def from_anchor(anchor: dict, shift: int) -> dict:
    """The day ``shift`` days from an anchor date (a resolved one-day record)."""
    day = (date.fromisoformat(anchor["start_date"]) + timedelta(days=shift)).isoformat()
    return {"value": day, "start_date": day, "end_date": day, "granularity": "day", "relative": True}

