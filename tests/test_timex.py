"""The dates list held to TimeML (issue 13): each entry's TIMEX3 ``type`` and ``timex``, the
time expressions that are not dates (durations, sets, "now"), weeks and seasons in TIMEX3
notation, times of day, a month or weekday still to come, year ranges. Every sentence is the
tests' own."""

from __future__ import annotations

import re

import pytest

import pipeline
from pipeline.text.timex import TYPES, timex_of

#: A Wednesday.
PUBLISHED = "2021-03-17"


def _dates(text: str, published: str | None = PUBLISHED) -> list[tuple]:
    return [(d["text"], d["type"], d["timex"]) for d in pipeline.extract(text, published=published)["dates"]]


# --- one expression: timex_of -----------------------------------------------------------------

DURATIONS = [
    ("five years", "P5Y"),
    ("the past two months", "P2M"),
    ("the last three weeks", "P3W"),
    ("the next 14 days", "P14D"),
    ("more than four hours", "PT4H"),
    ("nearly an hour", "PT1H"),
    ("a week", "P1W"),
    ("a two-year", "P2Y"),
    ("a three-year period", "P3Y"),
    ("up to 90 days", "P90D"),
    ("two decades", "P20Y"),
    ("several years", "PXY"),
    ("the next few days", "PXD"),
    ("the next 12 to 18 months", "PXM"),
    ("months", "PXM"),
    ("a couple of years", "P2Y"),
    ("45 minutes", "PT45M"),
]


@pytest.mark.parametrize("text, timex", DURATIONS)
def test_timex_durations(text, timex):
    assert timex_of(text, published=PUBLISHED) == {"type": "duration", "timex": timex}


# Dates and lengths that must NOT be read as durations.
NOT_DURATIONS = ["last year", "the year", "two years ago", "this week", "the 1998 quarter",
                 "a year earlier", "52 years old", "the past year", "next month", "three days later"]


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_timex_not_durations(text):
    found = timex_of(text, published=PUBLISHED)
    assert found is None or found["type"] != "duration"


REFERENCES = [
    ("now", "PRESENT_REF"), ("Now", "PRESENT_REF"), ("currently", "PRESENT_REF"),
    ("these days", "PRESENT_REF"), ("at present", "PRESENT_REF"), ("right now", "PRESENT_REF"),
    ("recently", "PAST_REF"), ("the past", "PAST_REF"), ("the future", "FUTURE_REF"),
    ("the near future", "FUTURE_REF"), ("the short term", "FUTURE_REF"),
]


@pytest.mark.parametrize("text, timex", REFERENCES)
def test_timex_present_past_and_future_references(text, timex):
    assert timex_of(text) == {"type": "date", "timex": timex}


CALENDAR = [
    ("this week", "2021-W11"),          # ISO week of 15-21 March 2021
    ("last week", "2021-W10"),
    ("next week", "2021-W12"),
    ("earlier this week", "2021-W11"),  # a part of the week is written as the week
    ("later this week", "2021-W11"),
    ("the weekend", "2021-W10-WE"),     # the last weekend before a Wednesday
    ("last summer", "2020-SU"),
    ("the winter of 2019", "2019-WI"),
    ("this spring", "2021-SP"),
    ("the 1990s", "199"),
    ("the late 1970s", "197"),
    ("early 2011", "2011"),             # TimeML: the year (the ISO value keeps months 01-03)
    ("the end of 2015", "2015"),
    ("the first half of 2019", "2019-H1"),
    ("the second quarter of 2020", "2020-Q2"),
    ("the fourth quarter", "2020-Q4"),  # the latest fourth quarter begun by March 2021
    ("the first quarter", "2021-Q1"),
    ("last quarter", "2020-Q4"),
    ("March 3", "2021-03-03"),
    ("October 2019", "2019-10"),
    ("nineteen ninety-four", "1994"),
    ("the year two thousand", "2000"),
    ("since early May 2020", "2020-05"),
    ("the 20th century", "19"),          # TimeML's century: its first two digits
    ("the nineteenth century", "18"),
    ("the late 18th century", "17"),
]


@pytest.mark.parametrize("text, timex", CALENDAR)
def test_timex_calendar_periods_in_timex3_notation(text, timex):
    assert timex_of(text, published=PUBLISHED) == {"type": "date", "timex": timex}


TIMES = [
    ("this morning", "2021-03-17TMO"),
    ("last night", "2021-03-16TNI"),
    ("Monday afternoon", "2021-03-15TAF"),
    ("late Tuesday evening", "2021-03-16TEV"),
    ("noon Sunday", "2021-03-14T12:00"),
    ("midnight Friday", "2021-03-12T24"),
    ("Saturday at 7:30 p.m.", "2021-03-13T19:30"),
    ("at 6 am", "2021-03-17T06:00"),
    ("around 21:15", "2021-03-17T21:15"),
    ("at 8.45 a.m.", "2021-03-17T08:45"),
    ("Sunday at 9.30pm", "2021-03-14T21:30"),
    ("overnight", "2021-03-17TNI"),
    # an hour told with its part of the day is that hour
    ("at 4 in the morning", "2021-03-17T04:00"),
    ("three in the afternoon", "2021-03-17T15:00"),
    ("at 10 at night", "2021-03-17T22:00"),
    ("eight in the evening", "2021-03-17T20:00"),
    ("at two at night", "2021-03-17T02:00"),
    ("12 at night", "2021-03-17T24"),
]


@pytest.mark.parametrize("text, timex", TIMES)
def test_timex_times_of_day(text, timex):
    assert timex_of(text, published=PUBLISHED) == {"type": "time", "timex": timex}


SETS = [
    ("daily", "P1D"), ("weekly", "P1W"), ("annually", "P1Y"), ("hourly", "PT1H"),
    ("every month", "P1M"), ("each year", "P1Y"), ("every two weeks", "P2W"),
    ("every Thursday", "XXXX-WXX-4"), ("each July", "XXXX-07"), ("every 6 hours", "PT6H"),
]


@pytest.mark.parametrize("text, timex", SETS)
def test_timex_sets(text, timex):
    assert timex_of(text, published=PUBLISHED) == {"type": "set", "timex": timex}


def test_timex_unresolvable_date_has_no_value_but_is_a_date():
    assert timex_of("that year", published=PUBLISHED) == {"type": "date", "timex": None}
    assert timex_of("March 3") == {"type": "date", "timex": None}  # no publication date


@pytest.mark.parametrize("text", ["", "the soldiers", "1,500 troops", "Kursk", "ten", "8.45", "a 2.5 rise"])
def test_timex_not_time_expressions(text):
    assert timex_of(text, published=PUBLISHED) is None


# --- the dates list of an article ---------------------------------------------------------------

def test_dates_list_holds_durations_sets_and_references_beside_dates():
    text = ("The militia has held the valley for five years and now patrols it every week. "
            "Rebels recently shelled the depot, killing 4 guards on Monday afternoon.")
    found = _dates(text)
    assert ("five years", "duration", "P5Y") in found
    assert ("now", "date", "PRESENT_REF") in found
    assert ("recently", "date", "PAST_REF") in found
    assert ("Monday afternoon", "time", "2021-03-15TAF") in found


def test_dates_list_entries_without_a_calendar_value_have_null_values():
    entry = next(d for d in pipeline.extract("Now the convoy has been stuck for three days, a "
                                             "spokesman said.", published=PUBLISHED)["dates"]
                 if d["type"] == "duration")
    assert entry["value"] is None and entry["start_date"] is None and entry["granularity"] is None
    assert entry["relative"] is False


# A month or a weekday in a clause about a time still to come is the next one.
FUTURE = [
    ("The envoys will meet again in June.", "June", "2021-06"),
    ("Talks are scheduled to resume on Monday in Geneva.", "Monday", "2021-03-22"),
    ("The brigade will rotate home in February, the ministry said.", "February", "2022-02"),
    ("Officials said the convoy would leave on Saturday.", "Saturday", "2021-03-20"),
    ("The two sides meet Friday to discuss the ceasefire.", "Friday", "2021-03-19"),
    ("The garrison expects to be relieved in January.", "January", "2022-01"),
    # the clause's verb however far up ("will be named commander for a mission in December"),
    # and a deadline on a verb not in the simple past
    ("Officials said a colonel will be named commander for a mission in December.", "December", "2021-12"),
    ("The ceasefire talks are supposed to conclude by May.", "May", "2021-05"),
    ("Donors have extended the emergency loans through January.", "January", "2022-01"),
    # "due to": a plan on a timetable
    ("The report on the massacre is due to be released in June.", "June", "2021-06"),
    ("The second battalion is due to arrive on Monday.", "Monday", "2021-03-22"),
    # the weekend to come is days away, not a year
    ("Reinforcements will arrive over the weekend.", "the weekend", "2021-W11-WE"),
    ("The troops will be in place by the end of the weekend.", "the end of the weekend", "2021-W11-WE"),
    # "between now and" a day, "from now until" a day: a stretch still to come
    ("He stays in the country between now and Feb. 10.", "Feb. 10", "2022-02-10"),
    ("The ceasefire holds from now until March 2.", "March 2", "2022-03-02"),
    ("Troops remain on alert between now and Sunday.", "Sunday", "2021-03-21"),
    ("The envoys are not to be expelled between now and June.", "June", "2021-06"),
]


@pytest.mark.parametrize("text, word, timex", FUTURE)
def test_dates_list_future_context_takes_the_next_month_or_weekday(text, word, timex):
    assert (word, "date", timex) in _dates(text)


# ... and without such a clause, the last one (unchanged).
PAST = [
    ("Rebels attacked the post in June.", "June", "2020-06"),
    ("The army said on Monday that 12 soldiers died.", "Monday", "2021-03-15"),
    ("Gunmen killed three villagers on Saturday.", "Saturday", "2021-03-13"),
    ("The ministry announced on Friday that troops would leave.", "Friday", "2021-03-12"),
    ("The fighting had ended by May.", "May", "2020-05"),
    ("Rebels killed 12 soldiers in an ambush in December.", "December", "2020-12"),
    ("Rebels shelled the town over the weekend.", "the weekend", "2021-W10-WE"),
]


@pytest.mark.parametrize("text, word, timex", PAST)
def test_dates_list_past_context_keeps_the_last_month_or_weekday(text, word, timex):
    assert (word, "date", timex) in _dates(text)


@pytest.mark.parametrize("text, years", [
    ("Fighting in 2014-2015 displaced thousands of families.", ["2014", "2015"]),
    ("During the 1992-95 war the town changed hands twice.", ["1992", "1995"]),
    ("The valley flooded in 2003, 2007 and 2011.", ["2003", "2007", "2011"]),
    ("Elections were held in 1996, 1999, 2004.", ["1996", "1999", "2004"]),
    ("The militia held the pass in 1994, 1995 and 1997.", ["1994", "1995", "1997"]),
    # two years in one token the tagger calls a figure; a figure of people stays a count
    ("The 2003–2011 war ended with a withdrawal.", ["2003", "2011"]),
    ("Fighting in 2003–2011 killed thousands.", ["2003", "2011"]),
    ("During the 1992–95 war the town changed hands.", ["1992", "1995"]),
    ("Troops were stationed there from 2001 to 2014.", ["2001", "2014"]),
    ("Rebels killed 2003–2011 civilians.", []),
    ("About 1900-2000 soldiers were deployed.", []),
])
def test_dates_list_year_range_or_list_is_one_expression_per_year(text, years):
    found = pipeline.extract(text, published=PUBLISHED)["dates"]
    assert [d["timex"] for d in found] == years
    assert all(text[d["start"]:d["end"]] == d["text"] for d in found)


@pytest.mark.parametrize("text, parts", [
    ("The curfew held from Jan. 4 to Feb. 9 in the district.", [("Jan. 4", "2021-01-04"), ("Feb. 9", "2021-02-09")]),
    ("Shelling was heaviest on Saturday and Sunday.", [("Saturday", "2021-03-13"), ("Sunday", "2021-03-14")]),
    ("Militias controlled the pass between 1994 and 1997.", [("1994", "1994"), ("1997", "1997")]),
    ("Aid convoys ran this year through February.", [("this year", "2021"), ("February", "2021-02")]),
    ("Patrols were suspended from March 1 until March 8.", [("March 1", "2021-03-01"), ("March 8", "2021-03-08")]),
])
def test_dates_list_two_joined_expressions_are_two(text, parts):
    found = pipeline.extract(text, published=PUBLISHED)["dates"]
    assert [(d["text"], d["timex"]) for d in found] == parts
    assert all(text[d["start"]:d["end"]] == d["text"] for d in found)


# A "since" opens only the phrase or clause it governs: the years told later in the main
# clause ("... has grown to take in Chad in 1992") are dates of their own, not stretched back to
# the sentence's opening "Since".
@pytest.mark.parametrize("text, parts", [
    ("Since its creation in 1975, the league has grown to take in Chad in 1992 and Niger in 2004.",
     [("Since its creation in 1975", "1975"), ("1992", "1992"), ("2004", "2004")]),
    ("Since the truce of March 2019, the militia has fought twice, in May 2020 and in June 2021.",
     [("Since the truce of March 2019", "2019-03"), ("May 2020", "2020-05"), ("June 2021", "2021-06")]),
    # the clause the "since" opens keeps its date
    ("The town has been calm since troops retook it on March 3.", [("since troops retook it on March 3", "2021-03-03")]),
    ("Security has been tight since bombings targeting the market killed scores earlier this year.",
     [("since bombings targeting the market killed scores earlier this year", "2021")]),
    ("More than 900 police officers have been killed since the uprising in 2011.",
     [("since the uprising in 2011", "2011")]),
])
def test_dates_list_a_since_stretches_only_over_its_own_phrase(text, parts):
    found = pipeline.extract(text, published=PUBLISHED)["dates"]
    assert [(d["text"], d["timex"]) for d in found] == parts
    assert all(text[d["start"]:d["end"]] == d["text"] for d in found)


def test_dates_list_a_joined_span_keeps_its_interval_for_events():
    text = "Rebels killed 40 soldiers between Jan. 4 and Feb. 9 in the district."
    event = pipeline.extract(text, published=PUBLISHED)["events"][0]
    assert event["date"]["value"] == "2021-01-04/2021-02-09"


# A recurring time the tagger leaves unlabelled is in the list: "every"/"each" and a unit, or
# an adverb of one.
UNLABELLED_SETS = [
    ("The mothers gather at the gate almost every day to ask for news.", "almost every day", "P1D"),
    ("Gunmen raid the villages daily.", "daily", "P1D"),
    ("She calls her son every day since he was taken.", "every day", "P1D"),
    ("He visits the grave every day and prays for peace.", "every day", "P1D"),
    ("Protesters block the bridge almost every day to demand the release of prisoners.",
     "almost every day", "P1D"),
    ("The guards count the prisoners daily.", "daily", "P1D"),
    ("Women walk to the well every day despite the danger.", "every day", "P1D"),
    ("The army shells the district daily, residents say.", "daily", "P1D"),
    ("Rebels ambush convoys almost every week to seize food.", "almost every week", "P1W"),
    ("Shells fall on the market almost every day.", "almost every day", "P1D"),
    ("Rebels shell the town daily.", "daily", "P1D"),
    ("Aid flights land at the airport every three days.", "every three days", "P3D"),
]


@pytest.mark.parametrize("text, words, timex", UNLABELLED_SETS)
def test_dates_list_holds_recurring_times_the_tagger_leaves_unlabelled(text, words, timex):
    found = [(t, kind, value) for t, kind, value in _dates(text) if t == words]
    assert found and found[0][1] == "set", _dates(text)
    if timex is not None:
        assert found[0][2] == timex


@pytest.mark.parametrize("text", [
    "Each soldier carried two days of water.",  # "each" of people, not of a time
    "Every one of the hostages was freed.",
    "The daily newspaper printed the list.",
    "Everyday life in the city has returned.",
])
def test_dates_list_every_or_each_of_no_time_is_no_set(text):
    assert [kind for _, kind, _ in _dates(text) if kind == "set"] == []


def test_dates_list_adjective_sets_are_not_time_expressions():
    found = _dates("The paper publishes a daily casualty count and a quarterly report.")
    assert not any(kind == "set" for _, kind, _ in found)


@pytest.mark.parametrize("text, season", [
    ("Rebels shelled the outskirts of the region's winter capital overnight.", "winter"),
    ("The envoy flew to the king's summer palace for talks.", "summer"),
    ("Donors sent winter clothing to the camps.", "winter"),
    ("The ministry bought new summer uniforms for the police.", "summer"),
    ("Guards at the governor's summer residence were questioned.", "summer"),
])
def test_dates_list_a_season_naming_a_kind_of_thing_is_not_a_time(text, season):
    assert not any(season in found for found, _, _ in _dates(text))


@pytest.mark.parametrize("text, season", [
    ("The fighting died down in the winter.", "winter"),
    ("Militants regrouped over the summer and struck again.", "summer"),
    ("The winter months were the quietest of the war.", "the winter months"),
    ("Commanders expect the spring offensive to begin soon.", "spring"),
])
def test_dates_list_a_season_as_a_time_stays(text, season):
    assert any(season in found.lower() for found, _, _ in _dates(text))


def test_event_date_not_taken_from_a_season_naming_a_place():
    text = ("Gunmen stormed a police post near the province's winter capital on Saturday, "
            "killing four officers.")
    event = pipeline.extract(text, published=PUBLISHED)["events"][0]
    assert event["date"]["text"] == "Saturday"


def test_dates_list_spans_and_types_are_valid():
    text = ("Since early 2019 the force has lost 30 soldiers. Now, after three years, it will "
            "withdraw in May; the last convoy leaves at 6 a.m. on Sunday, and patrols run daily.")
    for published in (PUBLISHED, None):
        for d in pipeline.extract(text, published=published)["dates"]:
            assert text[d["start"]:d["end"]] == d["text"]
            assert d["type"] in TYPES
            assert d["timex"] is None or re.fullmatch(r"[0-9A-Z_:\-]+", d["timex"])


def test_event_dates_do_not_carry_timex_fields():
    out = pipeline.extract("Gunmen killed three villagers on Saturday.", published=PUBLISHED)
    assert out["events"] and "timex" not in out["events"][0]["date"]


def test_view_shows_the_timex_of_what_has_no_calendar_value():
    from pipeline.ui import view

    body = "Now the militia has held the valley for five years. Rebels killed 4 guards at 8 p.m."
    page = view.render_article(pipeline.extract(body, published=PUBLISHED), body)
    assert "duration &#x27;five years&#x27;: P5Y" in page
    assert "date &#x27;Now&#x27;: PRESENT_REF" in page
    assert "time &#x27;8 p.m.&#x27;: 2021-03-17T20:00" in page


# A present tense or a plan that does not tell a time to come leaves the last month or weekday.
@pytest.mark.parametrize("text, word, timex", [
    ("The rebels control the town since Monday.", "since Monday", "2021-03-15"),
    ("Troops remain in the area after Tuesday's attack.", "Tuesday", "2021-03-16"),
    ("The rebels decided to attack the post on Monday.", "Monday", "2021-03-15"),
    ("The commander planned to withdraw in February but stayed.", "February", "2021-02"),
])
def test_dates_list_present_or_past_plans_keep_the_last_one(text, word, timex):
    assert (word, "date", timex) in _dates(text)


# A look back a year from the time in focus is that same period a year earlier (issue 13).
@pytest.mark.parametrize("text, word, timex", [
    ("Attacks on convoys rose in the third quarter of 2020. A year earlier there had been 40.",
     "A year earlier", "2019-Q3"),
    ("In the fourth quarter of 2020 the mission lost 12 vehicles, against nine vehicles a year earlier.",
     "a year earlier", "2019-Q4"),
    ("Desertions reached 300 in January 2021, up from 120 a year earlier.", "a year earlier", "2020-01"),
    ("Aid deliveries in the second quarter of 2020 fell to 40 convoys from 65 a year ago.",
     "a year ago", "2019-Q2"),
    ("Checkpoint incidents in the third quarter of 2020 numbered 90, compared with 70 last year.",
     "last year", "2019-Q3"),
    ("Recruitment in the first quarter of 2020 fell to 500 from 800 two years ago.", "two years ago", "2018-Q1"),
    # a look back does not move the time in focus: each is told from the quarter
    ("Raids in the third quarter of 2020 rose to 30 from 20 a year earlier. Arrests rose to 90 "
     "from 60 a year earlier.", "a year earlier", "2019-Q3"),
])
def test_dates_list_a_year_back_in_a_comparison_is_the_same_period(text, word, timex):
    found = [d for d in _dates(text) if d[0] == word]
    assert found and all(t == timex for _, _, t in found)


@pytest.mark.parametrize("text, word, timex", [
    # no comparison: a year ago from the report, and "from" that compares nothing
    ("In the third quarter of 2020 the militia seized the town it had lost a year ago.", "a year ago", "2020"),
    ("In March the battalion returned; it had withdrawn from the town last year.", "last year", "2020"),
    # a year later moves the story on at a year's precision, as before
    ("Rebels seized the town in March 2011. A year later the army took it back.", "A year later", "2012"),
])
def test_dates_list_a_year_back_without_a_comparison_keeps_its_year(text, word, timex):
    assert (word, "date", timex) in _dates(text)


@pytest.mark.parametrize("text, word, timex", [
    # a quarter that names what a figure covers is reported after it ends: not the next one
    ("The ministry expects to publish third-quarter casualty figures next month.", "third-quarter", "2020-Q3"),
    ("The contractor will report its losses for the fourth quarter soon.", "the fourth quarter", "2020-Q4"),
])
def test_dates_list_a_quarter_reported_later_is_the_last_one(text, word, timex):
    assert (word, "date", timex) in _dates(text)


@pytest.mark.parametrize("text, parts", [
    ("Arms sales rose in the quarter ended Sept. 30, 2020, the agency said.",
     [("the quarter", "2020-Q3"), ("Sept. 30, 2020", "2020-09-30")]),
    ("The ministry spent $4 billion on the war in the year ended March 31, 2020.",
     [("the year", "P1Y"), ("March 31, 2020", "2020-03-31")]),
    ("Convoys carried 90,000 tonnes in the six months ended Aug. 12, 2020.",
     [("the six months", "P6M"), ("Aug. 12, 2020", "2020-08-12")]),
    # a fiscal quarter keeps its own number
    ("The arms maker lost money in its fourth quarter ended June 30, 2020.",
     [("its fourth quarter", "2020-Q4"), ("June 30, 2020", "2020-06-30")]),
])
def test_dates_list_a_period_told_by_its_last_day_is_two_expressions(text, parts):
    found = pipeline.extract(text, published=PUBLISHED)["dates"]
    assert [(d["text"], d["timex"]) for d in found] == parts
    assert all(text[d["start"]:d["end"]] == d["text"] for d in found)


def test_dates_list_the_new_side_of_a_comparison_is_not_told_a_year_back():
    text = ("In March the ministry said the army grew from fewer than 9,000 soldiers in 2010 to more "
            "than 30,000 last year.")
    assert ("last year", "date", "2020") in _dates(text)


# A clause that tells neither the past nor the future plainly: the nearer of the last and the
# next month or weekday (the report is a Wednesday, 2021-03-17).
@pytest.mark.parametrize("text, word, timex", [
    ("The delegation planned to leave the capital on Thursday.", "Thursday", "2021-03-18"),
    ("The commander has scheduled a briefing Friday on the offensive.", "Friday", "2021-03-19"),
    ("Reinforcements could reach the town as early as Saturday.", "Saturday", "2021-03-20"),
    ("The court might rule on the detainees in April.", "April", "2021-04"),
    ("The new curfew, effective April 2, closes every road at dusk.", "April 2", "2021-04-02"),
    ("Compensation to the families is payable March 30.", "March 30", "2021-03-30"),
    ("Observers say the tribunal sits again in May.", "May", "2021-05"),
    # the nearer one may be the last one
    ("The rebels planned to attack the post on Monday.", "Monday", "2021-03-15"),
    ("The militia might have moved its fighters in February.", "February", "2021-02"),
    ("Residents could hear shelling on Sunday.", "Sunday", "2021-03-14"),
])
def test_dates_list_a_clause_neither_past_nor_future_takes_the_nearer_one(text, word, timex):
    assert (word, "date", timex) in _dates(text)


@pytest.mark.parametrize("text, word, timex", [
    ("Monitors postponed the inspection until Tuesday morning.", "Tuesday morning", "2021-03-23TMO"),
    ("The ministry extended the deadline for the fighters until Tuesday.", "Tuesday", "2021-03-23"),
])
def test_dates_list_a_delay_sets_a_time_still_to_come(text, word, timex):
    assert any(found[0] == word and found[2] == timex for found in _dates(text))


@pytest.mark.parametrize("text, word, timex", [
    ("Attacks rose in the second quarter of 2020, against 30 in the year-ago quarter.", "the year-ago quarter", "2019-Q2"),
    ("Desertions in the third quarter of 2020 doubled from year-earlier levels.", "year-earlier", "2019-Q3"),
    ("Losses in the year-earlier third quarter were lighter.", "the year-earlier third quarter", "2019-Q3"),
])
def test_dates_list_year_ago_words_are_the_same_period_a_year_back(text, word, timex):
    assert any(found[0] == word and found[2] == timex for found in _dates(text))


# Holidays are days: the latest one up to the report (or the year given, or "last"/"next"),
# however the tagger labelled the name; one naming a kind of thing ("the Christmas truce") is none.
@pytest.mark.parametrize("text, published, expected", [
    ("Two soldiers were killed on Christmas Day.", "2007-01-02", ("Christmas Day", "2006-12-25")),
    ("Rebels shelled the town on Christmas Eve.", "2006-12-27", ("Christmas Eve", "2006-12-24")),
    ("Bombs went off just after midnight on New Year's Day.", "2007-01-02", ("New Year's Day", "2007-01-01")),
    ("Celebrations on New Year's Eve were cancelled.", "2007-01-02", ("New Year's Eve", "2006-12-31")),
    ("Five guards were wounded on Thanksgiving Day.", "2006-12-01", ("Thanksgiving Day", "2006-11-23")),
    ("Gunmen attacked a church on Easter Sunday.", "2019-04-23", ("Easter Sunday", "2019-04-21")),
    ("The ceasefire collapsed on Good Friday.", "2019-05-02", ("Good Friday", "2019-04-19")),
    ("The parade was held on Memorial Day 2010.", "2021-03-17", ("Memorial Day 2010", "2010-05-31")),
    ("Troops hope to be home by next Christmas.", "2021-03-17", ("next Christmas", "2021-12-25")),
])
def test_holidays_are_days(text, published, expected):
    dates = pipeline.extract(text, published=published)["dates"]
    assert expected in [(d["text"], d["value"]) for d in dates]


@pytest.mark.parametrize("text", [
    "During the Christmas truce, the guns fell silent.",
    "Halloween costumes sold out in Kabul markets.",
])
def test_a_holiday_naming_a_kind_of_thing_is_no_date(text):
    assert [d["text"] for d in pipeline.extract(text, published="2021-03-17")["dates"]] == []


@pytest.mark.parametrize("text", [
    "The Daily Telegraph said two soldiers were hurt.",
    "A reporter for the Italian daily said the road was closed.",
    "Jane's Defence Weekly said the drills were routine.",
])
def test_dates_list_a_newspaper_is_no_recurring_time(text):
    assert [kind for _, kind, _ in _dates(text) if kind == "set"] == []


# A time of day that names no day of its own is on the day told on the same verb, wherever the
# writer put that day ("at about 9:40 a.m. (0640 GMT) Saturday"); alone, on the report's day.
@pytest.mark.parametrize("text, word, timex", [
    ("The blast at the depot came at about 9:40 a.m. (0640 GMT) Saturday, officials said.",
     "about 9:40 a.m.", "2021-03-13T09:40"),
    ("The mortar fell on the market at 11:15 a.m. on Monday, killing four traders.",
     "11:15 a.m.", "2021-03-15T11:15"),
    ("On Sunday, the militia shelled the bridge at 6 p.m. and withdrew.", "6 p.m.", "2021-03-14T18:00"),
    ("The patrol was ambushed at 2 in the morning (0100 GMT Tuesday) near the river.",
     "2 in the morning", "2021-03-16T02:00"),
    ("The convoy reached the crossing at 3 in the afternoon on March 9, the army said.",
     "3 in the afternoon", "2021-03-09T15:00"),
    # no day on its verb: the report's day, as before
    ("The shelling began at 5 a.m. and lasted for an hour.", "5 a.m.", "2021-03-17T05:00"),
    ("Talks on Monday failed. The shelling began at 5 a.m. and lasted an hour.", "5 a.m.", "2021-03-17T05:00"),
    # a day on another verb of the sentence is not its day
    ("Rebels who seized the town on Friday fired rockets at 7 p.m., a witness said.", "7 p.m.",
     "2021-03-17T19:00"),
    # a time of day told from the present keeps its own day
    ("Gunmen attacked the post this morning, hours after the talks on Monday.", "this morning", "2021-03-17TMO"),
    ("The curfew starts tonight at 9 p.m., a day after the riots on Tuesday.", "tonight", "2021-03-17TNI"),
])
def test_dates_list_a_time_of_day_takes_the_day_on_its_verb(text, word, timex):
    assert (word, "time", timex) in _dates(text)


# A year-less month or day on an infinitive, which has no tense of its own, is the nearer of
# the last and the next ("subpoenaed him to testify on May 4" in a March story is May to come);
# a weekday there keeps the last one.
@pytest.mark.parametrize("text, word, timex", [
    ("The court summoned the general to testify on May 4.", "May 4", "2021-05-04"),
    ("The ministry signed a contract to buy the drones in June.", "June", "2021-06"),
    ("The rebels agreed to hand over their heavy weapons by April 20.", "April 20", "2021-04-20"),
    ("Parliament approved a plan to send 200 engineers to the mission in May.", "May", "2021-05"),
    # the nearer is the last one
    ("The battalion was sent to guard the border in February.", "February", "2021-02"),
    ("Troops were ordered to withdraw from the town on March 2.", "March 2", "2021-03-02"),
    ("The envoy flew to Kabul to meet the governor in January.", "January", "2021-01"),
    ("The rebels decided to attack the post on Monday.", "Monday", "2021-03-15"),
])
def test_dates_list_a_time_on_an_infinitive_is_the_nearer(text, word, timex):
    assert (word, "date", timex) in _dates(text)
