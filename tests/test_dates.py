"""Tests for ``pipeline.text.dates``: one table of expressions with their expected normalization,
then the behaviours around it (no publication date, bad settings, caching, never raising)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.text.dates import DateNormalizer, normalize_date
from pipeline.text.timex import names_no_day
from pipeline.errors import ConfigError

KEYS = {"value", "start_date", "end_date", "granularity", "relative"}
TUE = "2025-03-04"  # a Tuesday; most rows resolve against it

# (expression, publication date, value, granularity, relative)
TABLE = [
    # --- weekdays: most recent on or before publication, the publication day included
    ("Tuesday", TUE, "2025-03-04", "day", True),
    ("Monday", TUE, "2025-03-03", "day", True),
    ("on Friday", TUE, "2025-02-28", "day", True),
    ("late Tuesday", TUE, "2025-03-04", "day", True),
    ("Saturday morning", TUE, "2025-03-01", "day", True),
    ("Sunday night", TUE, "2025-03-02", "day", True),
    ("early Monday", TUE, "2025-03-03", "day", True),
    ("Tuesday at 10:30 a.m.", TUE, "2025-03-04", "day", True),
    ("Thursday's", TUE, "2025-02-27", "day", True),
    ("last Tuesday", TUE, "2025-02-25", "day", True),
    ("next Tuesday", TUE, "2025-03-11", "day", True),
    ("this Thursday", TUE, "2025-03-06", "day", True),
    # --- days around publication
    ("today", TUE, "2025-03-04", "day", True),
    ("earlier today", TUE, "2025-03-04", "day", True),
    ("tonight", TUE, "2025-03-04", "day", True),
    ("this morning", TUE, "2025-03-04", "day", True),
    ("in the morning", TUE, "2025-03-04", "day", True),
    ("overnight", TUE, "2025-03-03/2025-03-04", "day", True),  # the night that ended today
    ("June fifth", TUE, "2024-06-05", "day", True),  # spelled-out day of the month
    ("on February the twenty-first", TUE, "2025-02-21", "day", True),
    ("overnight Saturday", TUE, "2025-03-01/2025-03-02", "day", True),  # into Sunday
    ("overnight Monday", TUE, "2025-03-03/2025-03-04", "day", True),
    ("overnight Tuesday", TUE, "2025-03-04", "day", True),  # not past the story's day
    ("yesterday", TUE, "2025-03-03", "day", True),
    ("yesterday afternoon", TUE, "2025-03-03", "day", True),
    ("last night", TUE, "2025-03-03", "day", True),
    ("the day before yesterday", TUE, "2025-03-02", "day", True),
    # --- days counted from a named day ("the day before" alone is the narrative's, anchored)
    ("the day before last Tuesday", TUE, "2025-02-24", "day", True),
    ("two days after March 1", TUE, "2025-03-03", "day", True),
    ("a week after Feb. 2", TUE, "2025-02-09", "day", True),
    ("three days before Jan. 20, 2025", TUE, "2025-01-17", "day", False),
    ("the week of March 3", TUE, "2025-03-03/2025-03-09", "week", True),
    ("the week of Jan. 6, 2025", TUE, "2025-01-06/2025-01-12", "week", False),
    ("tomorrow", TUE, "2025-03-05", "day", True),
    ("3 days ago", TUE, "2025-03-01", "day", True),
    ("48 hours ago", TUE, "2025-03-02", "day", True),
    # --- weeks and weekends
    ("last week", TUE, "2025-02-24/2025-03-02", "week", True),
    ("the previous week", TUE, "2025-02-24/2025-03-02", "week", True),
    ("this week", TUE, "2025-03-03/2025-03-09", "week", True),
    ("next week", TUE, "2025-03-10/2025-03-16", "week", True),
    ("earlier this week", TUE, "2025-03-03", "week", True),  # Monday to the day before
    ("earlier this week", "2025-03-07", "2025-03-03/2025-03-06", "week", True),
    ("earlier in the week", "2025-03-07", "2025-03-03/2025-03-06", "week", True),
    ("later in the week", TUE, "2025-03-04/2025-03-09", "week", True),
    ("earlier in the month", "2025-03-20", "2025-03", "month", True),
    ("the week before last", TUE, "2025-02-17/2025-02-23", "week", True),
    ("two weeks ago", TUE, "2025-02-17/2025-02-23", "week", True),
    # --- a few days or weeks to come, a few days past: the report's month (to the months the
    # reach falls in), and the three days up to the report
    ("in the coming days", TUE, "2025-03", "month", True),
    ("the next few days", TUE, "2025-03", "month", True),
    ("in the coming weeks", TUE, "2025-03/2025-04", "month", True),
    ("over the past few days", TUE, "2025-03-01/2025-03-04", "day", True),
    # --- a period named after "ago", that many years back
    ("a year ago this month", TUE, "2024-03", "month", True),
    ("One year ago this week", TUE, "2024-03-03/2024-03-09", "week", True),
    ("two years ago last week", TUE, "2023-02-24/2023-03-02", "week", True),
    ("a year ago today", TUE, "2024-03-04", "day", True),
    ("three years ago yesterday", TUE, "2022-03-03", "day", True),
    ("over the weekend", TUE, "2025-03-01/2025-03-02", "day", True),
    ("the weekend", TUE, "2025-03-01/2025-03-02", "day", True),
    ("last weekend", TUE, "2025-03-01/2025-03-02", "day", True),
    ("this past weekend", TUE, "2025-03-01/2025-03-02", "day", True),
    ("this weekend", TUE, "2025-03-08/2025-03-09", "day", True),
    ("next weekend", TUE, "2025-03-15/2025-03-16", "day", True),
    # --- months and years relative to publication
    ("last month", TUE, "2025-02", "month", True),
    ("this month", TUE, "2025-03", "month", True),
    ("next month", TUE, "2025-04", "month", True),
    ("earlier this month", TUE, "2025-03", "month", True),
    ("later this month", TUE, "2025-03", "month", True),
    ("a month ago", TUE, "2025-02", "month", True),
    ("six months ago", TUE, "2024-09", "month", True),
    ("last year", TUE, "2024", "year", True),
    ("last year's", TUE, "2024", "year", True),
    ("the previous year", TUE, "2024", "year", True),
    ("this year", TUE, "2025", "year", True),
    ("next year", TUE, "2026", "year", True),
    ("earlier this year", TUE, "2025", "year", True),
    ("later this year", TUE, "2025", "year", True),
    ("a year ago", TUE, "2024", "year", True),
    ("2 years ago", TUE, "2023", "year", True),
    ("a decade ago", TUE, "2015", "year", True),
    # --- named months without a year
    ("October last year", TUE, "2024-10", "month", True),
    ("in October last year", TUE, "2024-10", "month", True),
    ("October of last year", TUE, "2024-10", "month", True),
    ("last October", TUE, "2024-10", "month", True),
    ("last June", TUE, "2024-06", "month", True),
    ("last March", TUE, "2024-03", "month", True),
    ("in October", TUE, "2024-10", "month", True),
    ("this October", TUE, "2025-10", "month", True),
    ("next October", TUE, "2025-10", "month", True),
    ("March", TUE, "2025-03", "month", True),
    ("in April", TUE, "2025-04", "month", True),  # within the 31-day window after publication
    ("in April", "2025-02-20", "2024-04", "month", True),
    ("the month of May", TUE, "2024-05", "month", True),
    ("may", TUE, "2024-05", "month", True),
    # --- days without a year
    ("on March 5", TUE, "2025-03-05", "day", True),
    ("March 10", TUE, "2025-03-10", "day", True),
    ("September 11", TUE, "2024-09-11", "day", True),
    ("12 Nov", TUE, "2024-11-12", "day", True),
    ("the night of Oct. 6", TUE, "2024-10-06", "day", True),
    ("Oct. 4 another 13th", "2004-10-07", "2004-10-04", "day", True),  # an entity spaCy overran
    ("the holy month of Ramadan last week", "2015-06-26", "2015-06-15/2015-06-21", "week", True),
    ("Dec. 28", "2025-01-05", "2024-12-28", "day", True),
    ("Feb 29", TUE, "2024-02-29", "day", True),
    # --- day intervals
    ("February 23-26", TUE, "2025-02-23/2025-02-26", "day", True),
    ("23-26 February", TUE, "2025-02-23/2025-02-26", "day", True),
    ("February 23-26, 2025", None, "2025-02-23/2025-02-26", "day", False),
    ("3-5 March 2024", None, "2024-03-03/2024-03-05", "day", False),
    ("March 3 to 5, 2024", None, "2024-03-03/2024-03-05", "day", False),
    ("March 3 and 4", TUE, "2025-03-03/2025-03-04", "day", True),
    ("the 3rd and 4th of March", TUE, "2025-03-03/2025-03-04", "day", True),
    ("February 23-March 2", TUE, "2025-02-23/2025-03-02", "day", True),
    ("Tuesday and Wednesday", TUE, "2025-02-25/2025-02-26", "day", True),
    ("from Monday to Wednesday", TUE, "2025-02-24/2025-02-26", "day", True),
    ("yesterday and today", TUE, "2025-03-03/2025-03-04", "day", True),
    # --- rolling windows ending on publication
    ("in the past 24 hours", TUE, "2025-03-03/2025-03-04", "day", True),
    ("the past 48 hours", TUE, "2025-03-02/2025-03-04", "day", True),
    ("the last 72 hours", TUE, "2025-03-01/2025-03-04", "day", True),
    ("past 12 hours", TUE, "2025-03-03/2025-03-04", "day", True),
    ("past two days", TUE, "2025-03-02/2025-03-04", "day", True),
    ("the past week", TUE, "2025-02-25/2025-03-04", "week", True),
    ("the last three months", TUE, "2024-12-04/2025-03-04", "month", True),
    ("the last two years", TUE, "2023-03-04/2025-03-04", "year", True),
    # --- since X: X/publication, granularity from X
    ("since May 1", TUE, "2024-05-01/2025-03-04", "day", True),
    ("since May 1", "2003-10-29", "2003-05-01/2003-10-29", "day", True),
    ("since 2002", TUE, "2002/2025-03-04", "year", True),
    ("since October 2023", TUE, "2023-10/2025-03-04", "month", True),
    ("since last week", TUE, "2025-02-24/2025-03-04", "week", True),
    ("since early 2011", TUE, "2011-01/2025-03-04", "month", True),
    ("ever since the 1990s", TUE, "1990/2025-03-04", "year", True),
    # --- month and year intervals
    ("between January and February 2023", TUE, "2023-01/2023-02", "month", False),
    ("January-February 2023", None, "2023-01/2023-02", "month", False),
    ("from July to November", TUE, "2024-07/2024-11", "month", True),
    ("from 2001 to 2005", None, "2001/2005", "year", False),
    ("between 2001 and 2005", None, "2001/2005", "year", False),
    ("2011-2012", None, "2011/2012", "year", False),
    ("1990-91", None, "1990/1991", "year", False),
    # --- vague parts of a year
    ("early 2011", None, "2011-01/2011-03", "month", False),
    ("mid-2011", None, "2011-05/2011-08", "month", False),
    ("late 2011", None, "2011-10/2011-12", "month", False),
    ("the end of 2011", None, "2011-10/2011-12", "month", False),
    ("the beginning of 2011", None, "2011-01/2011-03", "month", False),
    ("the first part of 2010", None, "2010-01/2010-06", "month", False),
    ("the first half of 2010", None, "2010-01/2010-06", "month", False),
    ("the second half of 2010", None, "2010-07/2010-12", "month", False),
    ("the early months of 2009", None, "2009-01/2009-04", "month", False),
    ("the first quarter of 2010", None, "2010-01/2010-03", "month", False),
    ("Q3 2010", None, "2010-07/2010-09", "month", False),
    ("early last year", TUE, "2024-01/2024-03", "month", True),
    ("late last year", TUE, "2024-10/2024-12", "month", True),
    ("the end of last year", TUE, "2024-10/2024-12", "month", True),
    ("the first six months of this year", TUE, "2025-01/2025-06", "month", True),
    # --- vague parts of a month: the month is the value
    ("early March", TUE, "2025-03", "month", True),
    ("mid-March", TUE, "2025-03", "month", True),
    ("late March", TUE, "2025-03", "month", True),
    ("the end of March", TUE, "2025-03", "month", True),
    ("early March 2024", None, "2024-03", "month", False),
    ("late October last year", TUE, "2024-10", "month", True),
    ("the first week of March", TUE, "2025-03", "month", True),
    # --- seasons
    ("spring 2009", None, "2009-03/2009-05", "season", False),
    ("the spring of 2009", None, "2009-03/2009-05", "season", False),
    ("in the spring", "2009-04-03", "2009-03/2009-05", "season", True),
    ("spring", TUE, "2025-03/2025-05", "season", True),
    ("summer", TUE, "2024-06/2024-08", "season", True),
    ("last summer", TUE, "2024-06/2024-08", "season", True),
    ("this summer", TUE, "2025-06/2025-08", "season", True),
    ("next spring", TUE, "2026-03/2026-05", "season", True),
    ("fall 2011", None, "2011-09/2011-11", "season", False),
    ("autumn 2011", None, "2011-09/2011-11", "season", False),
    ("in winter 2012", "2012-08-01", "2012-12/2013-02", "season", False),
    ("winter", TUE, "2024-12/2025-02", "season", True),
    ("last winter", TUE, "2024-12/2025-02", "season", True),
    ("mid-summer", "2011-05-25", "2011-07", "month", True),  # summer starts within the window
    ("early summer 2010", None, "2010-06", "month", False),
    ("late autumn 2011", None, "2011-11", "month", False),
    ("midwinter", TUE, "2025-01", "month", True),
    # --- decades
    ("the 1990s", None, "1990/1999", "year", False),
    ("1990s", None, "1990/1999", "year", False),
    ("the early 1990s", None, "1990/1993", "year", False),
    ("the late 1980s", None, "1987/1989", "year", False),
    ("the mid-2000s", None, "2004/2006", "year", False),
    ("the '90s", None, "1990/1999", "year", False),
    # --- absolute dates
    ("Dec. 31, 2011", None, "2011-12-31", "day", False),
    ("31 December 2011", None, "2011-12-31", "day", False),
    ("December 31st, 2011", None, "2011-12-31", "day", False),
    ("the 31st of December 2011", None, "2011-12-31", "day", False),
    ("2011-12-31", None, "2011-12-31", "day", False),
    ("2001-09-11T08:46:00", None, "2001-09-11", "day", False),
    ("12/31/2011", None, "2011-12-31", "day", False),
    ("31/12/2011", None, "2011-12-31", "day", False),
    ("1/2/2011", None, "2011-01-02", "day", False),
    ("31.12.2011", None, "2011-12-31", "day", False),
    ("Monday, Oct. 6, 2003", None, "2003-10-06", "day", False),
    ("Oct. 7, 2023, at 6:30 a.m.", None, "2023-10-07", "day", False),
    ("2011, December 31", None, "2011-12-31", "day", False),
    ("2011-12", None, "2011-12", "month", False),
    ("March 2015", TUE, "2015-03", "month", False),
    ("Sept. 2011", None, "2011-09", "month", False),
    ("October 2023", None, "2023-10", "month", False),
    ("2015", None, "2015", "year", False),
    ("in 2015", None, "2015", "year", False),
    ("the year 2015", None, "2015", "year", False),
    # --- dateparser fallback: calendar forms the rules do not know
    ("31-Dec-2011", None, "2011-12-31", "day", False),
    ("Dec-2011", None, "2011-12", "month", False),
    ("2011.12.31", None, "2011-12-31", "day", False),
    # --- anaphoric: a date, but not resolvable from the text alone
    ("the next day", TUE, None, "day", True),
    ("two days later", TUE, None, "day", True),
    ("a day earlier", TUE, None, "day", True),
    ("the following week", TUE, None, "week", True),
    ("that year", TUE, None, "year", True),
]

# Every date surface in the devset gold (/work/shared/devset/gold.jsonl) with the article's
# publication date; the xfail ones need context or world knowledge the surface does not carry.
GOLD = [
    ("in October last year", "2025-03-04", "2024-10", "month", True),
    ("at dawn Friday", "2015-06-26", "2015-06-26", "day", True),
    ("In April", "2015-06-26", "2015-04", "month", True),
    ("Friday", "2016-01-15", "2016-01-15", "day", True),
    ("in June and in September of last year", "2016-01-15", "2015-06/2015-09", "month", True),
    ("On January 31", "2024-01-31", "2024-01-31", "day", True),
    ("last week", "2024-01-31", "2024-01-22/2024-01-28", "week", True),
    ("Oct. 6", "2004-10-07", "2004-10-06", "day", True),
    ("Oct. 4", "2004-10-07", "2004-10-04", "day", True),
    ("late Tuesday", "2003-10-29", "2003-10-28", "day", True),
    ("Tuesday", "2003-10-29", "2003-10-28", "day", True),
    ("today", "2009-12-25", "2009-12-25", "day", True),
    ("on the same day", "2009-12-25", "2009-12-25", "day", True),
    ("on Thursday", "2009-12-25", "2009-12-24", "day", True),
    ("begins in mid-summer and continues through the fall of 2011", "2011-05-25",
     "2011-07/2011-11", "season", False),
    ("immediately", "2008-11-20", "2008-11-20", "day", True),
    ("Wednesday night and Thursday morning", "2006-05-18", "2006-05-17/2006-05-18", "day", True),
    ("late Wednesday night", "2006-05-18", "2006-05-17", "day", True),
    ("Wednesday night", "2006-05-18", "2006-05-17", "day", True),
    ("Thursday", "2006-05-18", "2006-05-18", "day", True),
    ("since 2002", "2006-05-18", "2002/2006-05-18", "year", True),
    ("Over the past 48 hours", "2022-12-20", "2022-12-18/2022-12-20", "day", True),
    pytest.param(
        "in the spring and through the summer of 2009", "2009-04-03", "2009-03/2009-09", "season",
        False, marks=pytest.mark.xfail(strict=True, reason="gold ends summer in September; the "
                                       "guidelines' summer is 06-08, which gives 2009-03/2009-08"),
    ),
    pytest.param(
        "since the war started nearly 2 years ago", "2024-01-31", "2022-02/2024-01-31", "month",
        True, marks=pytest.mark.xfail(strict=True, reason="the month is world knowledge "
                                      "(February 2022); the text gives 2 years ago"),
    ),
    pytest.param(
        "since President Bush declared major combat operations over on May 1", "2003-10-29",
        "2003-05-01/2003-10-28", "day", True,
        marks=pytest.mark.xfail(strict=True, reason="gold ends the running total on the event "
                                "day given in another sentence; the surface gives publication"),
    ),
    pytest.param(
        "during the war that began March 20", "2003-10-29", "2003-03-20/2003-05-01", "day", True,
        marks=pytest.mark.xfail(strict=True, reason="the end of the war is world knowledge"),
    ),
    pytest.param(
        "since Israel launched its ground offensive", "2025-01-11", "2023-10/2025-01-11", "month",
        True, marks=pytest.mark.xfail(strict=True, reason="the start is world knowledge"),
    ),
]

NOT_DATES = [
    "five years", "20 hours", "15 months", "two days", "for five years", "several years",
    "30 years old", "1,500", "3500", "42", "10:30 a.m.", "noon", "midnight", "now", "recently",
    "daily", "weekly", "currently", "soon", "the past", "recent years", "recent days",
    "hours", "the war", "soldiers", "fall of Kabul",
    "February 30", "February 29, 2023", "32 March", "13/13/2011", "since", "between and", "",
    "   ", "-", "mid-", "early", "since Israel launched its ground offensive",
]


@pytest.mark.parametrize("text,published,value,granularity,relative", TABLE + GOLD)
def test_dates_table(text, published, value, granularity, relative):
    result = normalize_date(text, published=published)
    assert result is not None, text
    assert set(result) == KEYS
    assert (result["value"], result["granularity"], result["relative"]) == (value, granularity, relative)


@pytest.mark.parametrize(
    "text,published,start,end",
    [
        ("October last year", TUE, "2024-10-01", "2024-10-31"),
        ("Oct. 6", "2004-10-07", "2004-10-06", "2004-10-06"),
        ("2015", None, "2015-01-01", "2015-12-31"),
        ("last week", "2024-01-31", "2024-01-22", "2024-01-28"),
        ("February 23-26", TUE, "2025-02-23", "2025-02-26"),
        ("early March", TUE, "2025-03-01", "2025-03-10"),
        ("mid-March", TUE, "2025-03-11", "2025-03-20"),
        ("late February 2024", None, "2024-02-21", "2024-02-29"),
        ("in winter 2012", None, "2012-12-01", "2013-02-28"),
        ("earlier this month", TUE, "2025-03-01", "2025-03-03"),
        ("earlier this year", TUE, "2025-01-01", "2025-03-03"),
        ("later this month", TUE, "2025-03-04", "2025-03-31"),
        ("since 2002", "2006-05-18", "2002-01-01", "2006-05-18"),
        ("the 1990s", None, "1990-01-01", "1999-12-31"),
        ("March 2015", None, "2015-03-01", "2015-03-31"),
    ],
)
def test_dates_bounds(text, published, start, end):
    result = normalize_date(text, published=published)
    assert (result["start_date"], result["end_date"]) == (start, end)


@pytest.mark.parametrize("text", NOT_DATES)
def test_dates_not_a_date_is_none(text):
    assert normalize_date(text, published=TUE) is None
    assert normalize_date(text) is None


@pytest.mark.parametrize(
    "text,granularity",
    [
        ("last week", "week"), ("Tuesday", "day"), ("October last year", "month"),
        ("yesterday", "day"), ("February 23-26", "day"), ("since 2002", "year"),
        ("in October", "month"), ("summer", "season"), ("the past 48 hours", "day"),
        ("on March 5", "day"), ("next year", "year"), ("the next day", "day"),
    ],
)
def test_dates_relative_unresolved_without_publication(text, granularity):
    """SPEC: relative dates stay unresolved without a publication date, never resolved
    against today's date."""
    assert normalize_date(text) == {
        "value": None, "start_date": None, "end_date": None,
        "granularity": granularity, "relative": True,
    }


@pytest.mark.parametrize(
    "text,value",
    [("March 3, 2024", "2024-03-03"), ("early 2011", "2011-01/2011-03"), ("the 1990s", "1990/1999"),
     ("between January and February 2023", "2023-01/2023-02"), ("spring 2009", "2009-03/2009-05")],
)
def test_dates_absolute_resolve_without_publication(text, value):
    result = normalize_date(text)
    assert result["value"] == value
    assert result["relative"] is False


def test_dates_published_accepts_date_datetime_and_iso_string():
    expected = normalize_date("Tuesday", published="2003-10-29")
    assert expected["value"] == "2003-10-28"
    assert normalize_date("Tuesday", published=date(2003, 10, 29)) == expected
    assert normalize_date("Tuesday", published=datetime(2003, 10, 29, 23, 59)) == expected


@pytest.mark.parametrize("published", ["2025-3-4", "yesterday", "2025-02-30", "04/03/2025", 20250304])
def test_dates_bad_published_raises_config_error(published):
    with pytest.raises(ConfigError, match=r"\[M003\]"):
        normalize_date("today", published=published)


def test_dates_text_must_be_a_string():
    with pytest.raises(TypeError):
        normalize_date(None)  # type: ignore[arg-type]


def test_dates_cached_results_are_copies():
    normalizer = DateNormalizer()
    first = normalizer.normalize("last week", date(2024, 1, 31))
    first["value"] = "spoiled"
    assert normalizer.normalize("last week", date(2024, 1, 31))["value"] == "2024-01-22/2024-01-28"
    assert normalizer._cached.cache_info().hits == 1


def test_dates_normalizer_positional_published_matches_api():
    assert DateNormalizer().normalize("Oct. 6", date(2004, 10, 7)) == normalize_date(
        "Oct. 6", published="2004-10-07"
    )


@pytest.mark.parametrize(
    "text, ahead_value",
    [
        ("as soon as August", "2007-08"),  # the last August was 2006-08
        ("in April", "2008-04"),  # April 2007 is over
        ("in May", "2007-05"),  # not over yet: this May
        ("in the spring", "2007-03/2007-05"),
        ("on Friday", "2007-05-11"),  # the next Friday, not 2007-05-04
        ("next month", "2007-06"),
        ("last August", "2006-08"),  # past whatever the tense
        ("August 2006", "2006-08"),  # a year given is kept
        ("by May 3", "2007-05-03"),  # a day just gone: a plan fallen due, a story filed late
        ("on May 7", "2007-05-07"),
        ("May 1", "2008-05-01"),  # a week gone: the next one
    ],
)
def test_dates_ahead_is_the_next_one(text, ahead_value):
    """For a time told as still to come ("will deploy as soon as August"), in a story of
    Tuesday 8 May 2007."""
    assert DateNormalizer().normalize(text, "2007-05-08", ahead=True)["value"] == ahead_value


def test_dates_import_does_not_load_dateparser():
    """Importing the module must stay cheap: dateparser loads only when a normalizer is built."""
    code = "import sys, pipeline.text.dates; sys.exit('dateparser' in sys.modules)"
    root = Path(__file__).resolve().parents[1]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), published=st.none() | st.dates())
def test_dates_never_raise_on_any_text(text, published):
    result = normalize_date(text, published=published)
    assert result is None or set(result) == KEYS
    if result is not None:
        assert result["granularity"] in {"year", "season", "month", "week", "day"}
        assert isinstance(result["relative"], bool)
        if result["value"] is not None:
            assert result["start_date"] <= result["end_date"]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            "since from between and to through the last next this early mid late in on of year"
            " week month weekend Tuesday Friday March Oct. 6 23-26 2011 1990s spring winter past"
            " 48 hours ago yesterday today night morning , - a two".split()
        ),
        max_size=8,
    ),
    published=st.none() | st.dates(),
)
def test_dates_never_raise_on_date_like_word_salad(words, published):
    """Random text rarely reaches the rules; shuffled date words exercise them."""
    result = normalize_date(" ".join(words), published=published)
    assert result is None or set(result) == KEYS


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The convoy was hit Friday evening.", ["Friday evening"]),
        ("Attacks in June and in September of last year killed dozens.",
         ["June and in September of last year"]),
        ("They will deploy in the spring and through the summer of 2009.",
         ["the spring and through the summer of 2009"]),
        ("Fighting on Monday and Tuesday left 12 dead.", ["Monday and Tuesday"]),
    ],
)
def test_dates_expressions_found_whole_in_a_sentence(extractor, text, expected):
    """Entities spaCy splits ("Friday" + "evening", "June" ... "September of last year") are
    one date expression for the article's ``dates`` and its events."""
    from pipeline.rules.time import find_date_spans

    assert [span.text for span in find_date_spans(extractor.nlp(text))] == expected


# The tagger may run a date into the count of people right after it ("In 2020 1,200 civilians
# died"): the date ends before the count, and the count stays a count.
@pytest.mark.parametrize("text, expected", [
    ("In 2019 3,400 fighters surrendered, officials said.", ["2019"]),
    ("Over that year 1,200 civilians died, the UN says.", ["that year"]),
    ("By March 2021 600 soldiers had been wounded.", ["March 2021"]),
])
def test_a_date_stops_before_the_count_of_people_after_it(extractor, text, expected):
    from pipeline.rules.time import find_date_spans

    assert [span.text for span in find_date_spans(extractor.nlp(text))] == expected


# "overnight" on the verb of the harm is the night that ended on the report's day, also where the
# NER leaves it unlabelled; "an overnight raid" only says what kind of raid it was.
@pytest.mark.parametrize("text, expected", [
    ("Russian shelling of the city of Kherson overnight killed two civilians, officials said.",
     "2023-06-05/2023-06-06"),
    ("Drones struck the port overnight, wounding four workers.", "2023-06-05/2023-06-06"),
    ("Four workers were wounded overnight when drones struck the port.", "2023-06-05/2023-06-06"),
])
def test_overnight_on_the_verb_is_last_night(text, expected):
    event = pipeline.extract(text, published="2023-06-06")["events"][0]
    assert (event["date"] or {}).get("value") == expected


# People taken for an incident ("arrested in connection with the bombing, which killed 30 on
# New Year's Eve") are taken after it: the incident's day is its dead's, not the arrests'.
@pytest.mark.parametrize("text, expected", [
    ("Police said 14 suspects had been arrested in connection with the bombing, which killed 30 "
     "people on New Year's Eve.", [("captured", None), ("killed", "2022-12-31")]),
    ("Police detained six men over the ambush that killed four soldiers on Monday.",
     [("captured", None), ("killed", "2023-06-05")]),
    ("In a gun battle that took place on Sunday, eight insurgents were killed.", [("killed", "2023-06-04")]),
])
def test_people_taken_for_an_incident_are_not_taken_on_its_day(text, expected):
    events = pipeline.extract(text, published="2023-06-06")["events"]
    assert [(e["outcome"], (e["date"] or {}).get("value")) for e in events] == expected


# A clock time alone, in a sentence that names no day, puts the event on the report's day (as
# "this morning" does, GUIDELINES §10); a day named beside it wins.
@pytest.mark.parametrize("text, expected", [
    ("Twenty people were killed in a bombing at 9am local time in Kabul.", ("2023-06-06", "9am")),
    ("The bomb went off at 10:30 a.m., killing four soldiers.", ("2023-06-06", "10:30 a.m.")),
    ("On Monday at 9 pm, rebels killed two soldiers.", ("2023-06-05", "Monday")),
    ("The attack began at 6am on Sunday and killed five guards.", ("2023-06-04", "Sunday")),
    # a dot between the hour and the minutes, as British and South Asian reports write it; the
    # small model tags "about 7.45" a figure, so the half of the day is what finds it
    ("Gunmen shot dead three guards at about 7.45 a.m local time.", ("2023-06-06", "7.45 a.m local time")),
    ("A mortar round wounded nine recruits at 11.15pm.", ("2023-06-06", "11.15pm")),
    ("Shortly after 6.30 p.m. a car bomb killed two officers outside the ministry.", ("2023-06-06", "6.30 p.m.")),
])
def test_a_clock_time_alone_is_the_report_s_day(text, expected):
    event = pipeline.extract(text, published="2023-06-06")["events"][0]
    assert (event["date"]["value"], event["date"]["text"]) == expected


# A part of the day written with a hyphen is read as the words are ("the late-night attack" is
# late at night on the report's day, GUIDELINES §10); a day named in the same clause wins over it.
@pytest.mark.parametrize("text, expected", [
    ("The late-night attack on a border post killed four guards.", ("2023-06-06", "late-night")),
    ("An early-morning ambush wounded six conscripts.", ("2023-06-06", "early-morning")),
    ("The late-night attack on Sunday killed four guards.", ("2023-06-04", "Sunday")),
    ("A late-evening mortar strike in the port killed three sailors on Saturday, officials said.",
     ("2023-06-03", "Saturday")),
])
def test_a_part_of_the_day_alone_and_beside_a_day(text, expected):
    event = pipeline.extract(text, published="2023-06-06")["events"][0]
    assert (event["date"]["value"], event["date"]["text"]) == expected


def test_a_clock_time_in_a_plan_is_no_day():
    event = pipeline.extract("The 500 troops will begin patrolling the port at 8am.", published="2023-06-06")["events"][0]
    assert event["date"] is None


# "Rebels attacked Kramatorsk Monday": the small model often runs a weekday told right after a
# place into the place's name ("Kramatorsk Monday" as a person, "Kherson Friday" as an
# organization). The weekday is the event's day, and the place is the town alone.
@pytest.mark.parametrize("text, day, place", [
    ("Rebels attacked Kramatorsk Monday, wounding eight soldiers.", "2023-11-13", "Kramatorsk"),
    ("Shelling hit the city of Kherson Friday, killing three people.", "2023-11-10", "Kherson"),
    ("Shelling hit the city of Zaporizhzhia Wednesday, killing three people.", "2023-11-15", "Zaporizhzhia"),
    ("A drone struck a market in Lashkar Gah Friday, killing four civilians.", "2023-11-10", "Lashkar Gah"),
    ("Shelling hit the city of Bakhmut Sunday, killing three people.", "2023-11-12", "Bakhmut"),
    ("Shelling hit the city of Goma Sunday, killing three people.", "2023-11-12", "Goma"),
])
def test_a_weekday_run_into_a_place_name_is_the_day(text, day, place):
    result = pipeline.extract(text, published="2023-11-15")
    event = result["events"][0]
    assert event["date"]["value"] == day
    assert event["location"]["text"].endswith(place)
    assert any(d["value"] == day for d in result["dates"])


@pytest.mark.parametrize("text", [
    "Thousands marched on Easter Sunday in the capital, where police arrested 40 people.",
    "Veterans recalled Bloody Sunday, when soldiers shot dead 13 marchers in 1972.",
])
def test_a_name_that_ends_in_a_weekday_keeps_it(text):
    """A holiday or an event named with its weekday is not last week's day of that name."""
    for event in pipeline.extract(text, published="2023-11-15")["events"]:
        assert (event["date"] or {}).get("value") not in ("2023-11-12",)


# An incident told in a clause on its noun ("a shooting that left three people dead") is not
# dated by what the sentence says was done later about it or about someone in it: a sentence,
# an arrest, a release, an inquiry. Its day is its own clause's, or the incident's, or none.
@pytest.mark.parametrize("text, count", [
    ("Jones, the gunman in a shooting that left three people dead, was sentenced Friday to life in prison.", "three"),
    ("The inspectors arrived in the town on Monday to investigate a jailbreak in which one guard was killed.", "one"),
    ("The man accused of a bombing that killed 12 people was arrested on Tuesday.", "12"),
    ("The suspect in an attack that wounded five soldiers was released from jail Friday.", "five"),
    ("A court on Monday convicted the leader of a raid that killed nine villagers.", "nine"),
    ("Police on Friday arrested two men over a bombing that killed six people.", "six"),
])
def test_a_later_act_does_not_date_the_incident_told_in_a_clause(text, count):
    event = next(e for e in pipeline.extract(text, published="2023-11-15")["events"] if e["count"]["text"] == count)
    assert event["date"] is None


@pytest.mark.parametrize("text, count, day", [
    # the sentence tells the incident itself: its day dates the clause on it
    ("Five soldiers were killed Monday in an ambush that also wounded three civilians.", "three", "2023-11-13"),
    ("The bombing, which killed 12 people, happened on Tuesday near the market.", "12", "2023-11-14"),
    ("Gunmen stormed a hotel on Sunday in an attack that killed 20 guests.", "20", "2023-11-12"),
    ("A bombing that wounded 30 people rocked the market on Friday.", "30", "2023-11-10"),
    ("A drone strike that killed four fighters on Tuesday was condemned by the group.", "four", "2023-11-14"),
    ("Police on Friday arrested two men over a bombing that killed six people.", "two", "2023-11-10"),
])
def test_the_incident_s_own_sentence_dates_the_clause_on_it(text, count, day):
    event = next(e for e in pipeline.extract(text, published="2023-11-15")["events"] if e["count"]["text"] == count)
    assert event["date"]["value"] == day


# The first or last N months of a year are those months, not the whole year (as "the first
# half of 2010" is 01/06): "the first seven months of 2019" is 2019-01/2019-07, "the last three
# months of 2018" 2018-10/2018-12, "the first eight months of the year" this year's.
@pytest.mark.parametrize("text, value", [
    ("the first seven months of 2019", "2019-01/2019-07"),
    ("the last three months of 2018", "2018-10/2018-12"),
    ("the first eight months of the year", "2020-01/2020-08"),
    ("the first two months of this year", "2020-01/2020-02"),
    ("the final four months of last year", "2019-09/2019-12"),
    ("first 10 months of 2017", "2017-01/2017-10"),
])
def test_the_first_or_last_months_of_a_year(text, value):
    assert pipeline.normalize_date(text, published="2020-07-17")["value"] == value


# A time of day alone names no day: in a narrative it goes on the day told before, so it
# dates no other incident (places.dates_another_day). One that names its day does.
@pytest.mark.parametrize("text, alone", [
    ("at dawn", True), ("in the evening", True), ("at about 4 a.m.", True), ("shortly after midnight", True),
    ("this morning", False), ("last night", False), ("overnight", False), ("Tuesday evening", False),
    ("tonight", False),
    # the 24-hour clock with its zone, a zone after the hour, a hedged "midnight", "pre-dawn"
    ("at approximately 1300 local time", True), ("1230 UTC/0730 EST", True), ("around 2:15 p.m. IST", True),
    ("a little before midnight", True), ("pre-dawn", True), ("the predawn", True),
    ("1300 local time Friday", False), ("in 1300", False),
])
def test_a_time_of_day_alone_names_no_day(text, alone):
    assert names_no_day(text) is alone


# A weekday told with its week ("Wednesday last week", "on Monday of last week", "Friday next
# week", "Tuesday this week") is that day of that calendar week (GUIDELINES §5: last week is
# the previous Monday-Sunday), not the whole week. Published on Wednesday 2021-03-17.
@pytest.mark.parametrize("text, value", [
    ("Wednesday last week", "2021-03-10"),
    ("on Monday of last week", "2021-03-08"),
    ("Sunday last week", "2021-03-14"),
    ("Friday of the previous week", "2021-03-12"),
    ("Tuesday this week", "2021-03-16"),
    ("Friday next week", "2021-03-26"),
])
def test_a_weekday_told_with_its_week(text, value):
    assert normalize_date(text, published="2021-03-17")["value"] == value
