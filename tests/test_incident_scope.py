"""What belongs to the incident an event is told in, and what does not (issue 12): an incident
that only says who someone is, a name the tagger swallowed into a date, where people were taken
from, a town an attack stormed, the dawn or clock time of a day named by no date, the day of a
raid told in the event's own sentence, the owner of "its"/"their", a speaker put after the
verb, a force's level before and after a change, and forces a clause says are going. Every
sentence is the tests' own."""

from __future__ import annotations

import pytest

import pipeline

PUBLISHED = "2019-11-14"  # a Thursday


def _events(text: str) -> list[dict]:
    return pipeline.extract(text, published=PUBLISHED)["events"]


def _field(event: dict, name: str):
    value = event[name]
    if value is None:
        return None
    return value.get("value") if name == "date" else value["text"]


# An incident told only to say who someone is ("a commander linked to the bombing of X") is not
# the incident of the sentence: its place and day are not the killing's, and a sentence that
# mentions it does not retell the incident before.
@pytest.mark.parametrize("text, expected", [
    ("Special forces killed a militia commander linked to the 2016 bombing of a bus station in "
     "Kaduna.", [None]),
    ("Police shot dead a man wanted for the Christmas Day attack on a church in Jos.", [None]),
    ("Soldiers captured a planner behind last month's assault on a prison in Maiduguri.", [None]),
    # the people who made or suffered it are of that incident
    ("Troops killed nine fighters who took part in the raid on a depot in Kaduna.", ["Kaduna"]),
])
def test_an_incident_that_says_who_someone_is_gives_no_place(text, expected):
    assert [_field(e, "location") and _field(e, "location").split()[-1] for e in _events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Army commandos killed an insurgent leader tied to the New Year's Eve bombing of a hotel.",
     [None]),
    ("Police arrested two men accused of Sunday's bombing of a market.", [None]),
])
def test_an_incident_that_says_who_someone_is_gives_no_day(text, expected):
    assert [_field(e, "date") for e in _events(text)] == expected


def test_a_later_mention_that_says_who_someone_is_does_not_retell_the_incident():
    text = ("Gunmen attacked a police station in Gombe on Tuesday, and four attackers were killed. "
            "Separately, officials named a cleric tied to the 2014 attack on a school in Potiskum.")
    first = _events(text)[0]
    assert (_field(first, "location"), _field(first, "date")) == ("a police station in Gombe", "2019-11-12")


# "the city of Jos last week": the small model may tag "Jos last week" a date; the name after
# "of" on a kind of place is still the place's.
@pytest.mark.parametrize("text, place", [
    ("A car bomb in the city of Jos last week killed 12 people.", "the city of Jos"),
    ("Seven civilians died in the town of Bama last month.", "the town of Bama"),
])
def test_a_name_the_tagger_took_for_a_date_stays_in_the_place(text, place):
    assert _field(_events(text)[0], "location") == place


# People taken captive "from" a place were taken there (GUIDELINES §10: a capture takes the
# place where it happened); land seized "from" a country names no place of harm.
@pytest.mark.parametrize("text, place", [
    ("Gunmen abducted 30 pupils from a boarding school in the village of Kankara.",
     "a boarding school in the village of Kankara"),
    ("Rebels still hold 14 aid workers kidnapped from a clinic near Bunia.", "a clinic near Bunia"),
    ("Eight fishermen were seized from their boats off the coast of Eyl.", "their boats off the coast of Eyl"),
])
def test_people_taken_from_a_place_were_taken_there(text, place):
    assert place.endswith(_field(_events(text)[0], "location") or "(none)") or \
        _field(_events(text)[0], "location") == place


def test_land_seized_from_a_country_is_no_place_of_harm():
    text = "Separatists seized the enclave from Armenia in a war that killed 20,000 people."
    assert _field(_events(text)[0], "location") != "Armenia"


# A sentence that tells an attack with no figure ("troops stormed the town of X at dawn") gives
# the figures after it their place and their day: dawn with no day named is the report's day
# (GUIDELINES §10, as "in the morning").
def test_a_stormed_town_and_its_dawn_give_the_next_figures_their_place_and_day():
    text = ("Commandos stormed the village of Garin Dogo at dawn. Six gunmen were killed and two "
            "soldiers were wounded in the operation.")
    assert [(_field(e, "location"), _field(e, "date")) for e in _events(text)] == [
        ("the village of Garin Dogo", PUBLISHED)] * 2


# "stormed the Nad Ali district": a kind of place whose name comes before it is the site the
# attack struck, and the place of the incident's figures told around it.
@pytest.mark.parametrize("text, expected", [
    ("A police post in southern Afghanistan came under fire today, killing a policeman. About 40 "
     "gunmen stormed the Nad Ali district, a spokesman said.", ["the Nad Ali district"] * 2),
    ("Rebels overran the Kalehe district on Monday and killed 12 civilians.", ["the Kalehe district"]),
    ("Militants attacked the Sangin district overnight. Three soldiers were killed.",
     ["the Sangin district"]),
])
def test_a_district_an_attack_stormed_places_its_figures(text, expected):
    assert [_field(e, "location") for e in _events(text)] == expected


@pytest.mark.parametrize("text", [
    "Five villagers were killed at dawn near Dikwa.",
    "Five villagers were killed at about 4:40 local time near Dikwa.",
    "Five villagers were killed near Dikwa at 02:15 GMT.",
    # the 24-hour clock with its zone, which the tagger leaves out or calls a year
    "Five villagers were killed near Dikwa at about 0415 GMT.",
    "Five villagers were killed near Dikwa at 1430 UTC.",
    # a participle going on from the clause that tells the time
    "Gunmen opened fire on a market near Dikwa at 1430 GMT, killing five villagers.",
    "Gunmen raided a village near Dikwa at 6:30 local time, killing five villagers.",
])
def test_dawn_or_a_clock_time_alone_is_the_report_s_day(text):
    assert _field(_events(text)[0], "date") == PUBLISHED


# Every way a report writes a time of day with no day is read as one: the 24-hour clock with
# "local time", a time zone after the hour, "noon" and "midnight" with a hedge, a dawn written
# "pre-dawn". With no other day told, it is the report's day (GUIDELINES §10).
@pytest.mark.parametrize("text", [
    "Five villagers were killed near Dikwa at approximately 1300 local time.",
    "Five villagers were killed near Dikwa shortly after noon.",
    "Five villagers were killed near Dikwa at around 2:15 p.m. IST.",
    "Five villagers were killed near Dikwa a little before midnight.",
    "Five villagers were killed in a pre-dawn raid near Dikwa.",
    "Five villagers were killed near Dikwa in a predawn raid.",
])
def test_each_way_of_writing_a_dayless_time_is_the_report_s_day(text):
    assert _field(_events(text)[0], "date") == PUBLISHED


# An opening with no day takes the report's day from the next sentence when that sentence tells
# the incident by a time of day alone, however the time is written.
@pytest.mark.parametrize("text", [
    "A car bomb has killed eleven recruits outside an army base in the north. The bomber struck "
    "shortly after noon at the main gate.",
    "A roadside bomb has killed two engineers near the town of Gereshk. Their truck was hit at "
    "approximately 0940 local time.",
    "Gunmen have killed seven guards at a mine in the east. The gunmen arrived in the pre-dawn "
    "darkness and opened fire.",
])
def test_an_opening_takes_the_day_of_a_time_of_day_told_next(text):
    assert [_field(e, "date") for e in _events(text)] == [PUBLISHED]


# A shooting or a stabbing is an incident as an attack is: the sentence that tells its day
# dates the casualties told after it.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen opened fire on a wedding party in a village near Kaduna. The shooting happened on "
     "Sunday evening, police said. Four guests were killed.", ["2019-11-10"]),
    ("A man attacked worshippers at a mosque in the city. The stabbing took place on Tuesday "
     "afternoon. Three worshippers were wounded.", ["2019-11-12"]),
    ("The shooting took place at about 9 p.m. near the market. Two guards were killed in the "
     "shooting.", [PUBLISHED]),
])
def test_a_shooting_or_a_stabbing_tells_its_incident_s_day(text, expected):
    assert [_field(e, "date") for e in _events(text)] == expected


# A time of day with no day goes on the day the narrative told before: it does not move the
# incident to the report's day ("On Monday ... The assault began at about 3 a.m.").
@pytest.mark.parametrize("text", [
    "On Monday, rebels stormed a garrison near Dikwa. The assault began at about 3 a.m. Four "
    "soldiers were killed.",
    "Rebels stormed a garrison near Dikwa late on Monday. The attack started shortly before "
    "midnight. Four soldiers were killed.",
])
def test_a_time_of_day_keeps_the_incident_s_day_told_before(text):
    assert [_field(e, "date") for e in _events(text)] == ["2019-11-11"]


def test_a_clock_time_told_later_of_the_incident_dates_its_figures():
    text = ("At least nine people were killed in blasts in the town of Kuje. Police said three "
            "suspects were arrested. The explosions went off at about 9:10 local time (08:10 GMT).")
    assert [_field(e, "date") for e in _events(text)] == [PUBLISHED, PUBLISHED]


def test_a_clock_time_of_something_else_dates_nothing():
    text = "The curfew begins at 20:00 GMT, after 14 protesters were killed in the capital."
    assert _field(_events(text)[0], "date") is None


def test_dawn_next_to_a_named_day_gives_way_to_the_day():
    text = "Rebels attacked the garrison before dawn on Tuesday, killing 11 soldiers."
    assert _field(_events(text)[0], "date") == "2019-11-12"


# The day of an incident named in the event's own sentence ("Tuesday's raid ... confirmed the
# death of six") is the event's, when nothing else dates it; arrests over an incident came after it.
def test_the_day_of_the_raid_the_sentence_names_is_its_figures_day():
    text = ("The ministry said Tuesday's raid on the outpost was repelled and confirmed the death "
            "of four soldiers.")
    assert _field(_events(text)[0], "date") == "2019-11-12"


def test_people_arrested_over_an_incident_are_not_taken_on_its_day():
    text = "Police arrested five men over Tuesday's raid on the outpost."
    assert _field(_events(text)[0], "date") is None


# "Yobe state late Monday": the noun "state" is no reporting verb, so the day after it is the
# incident's, not the report's.
def test_a_day_after_the_noun_state_is_not_a_report_day():
    text = ("At least 20 soldiers are dead after gunmen attacked a base in the town of Geidam. "
            "Hundreds of gunmen stormed the town in Yobe state late Monday.")
    assert _field(_events(text)[0], "date") == "2019-11-11"


# "its"/"their" on the people counted: the side whose clause holds them, read up through a
# reporting verb; not the side that harmed them.
@pytest.mark.parametrize("text, code", [
    ("Estonia has decided to keep their 40 soldiers in Mali until June.", "EST"),
    ("Norwegian officials confirmed that three of its nationals were kidnapped in the Sahel.", "NOR"),
    ("The Chadian army said 12 of its soldiers were killed near Lake Chad.", "TCD"),
])
def test_its_and_their_belong_to_the_clause_s_side(text, code):
    assert _events(text)[0]["actor"]["country"] == code


def test_their_is_not_the_side_that_harmed_them():
    text = "French troops killed 20 of their fighters in an air raid near Menaka."
    actor = _events(text)[0]["actor"]
    assert actor is None or actor.get("country") != "FRA"


# A speaker set after the verb ("..., reported officials"), whatever the parser made of it.
@pytest.mark.parametrize("text, source", [
    ("Fourteen people died when the bus hit a mine, reported officials.", "reported officials"),
    ("The blast killed nine shoppers, said police, and wounded dozens more.", "said police"),
    ("Gunmen wounded six guards at the gate on Friday, reported local media, before fleeing.",
     "reported local media"),
])
def test_a_speaker_after_the_verb_is_the_source(text, source):
    assert _field(_events(text)[0], "source") == source


# A change of a force's level "from N to M": the level it is at now (a presence, neither planned
# nor dated by the change) and the one it will be at (planned); a change already made leaves
# the old level in the past. Not a change of anything else.
@pytest.mark.parametrize("text, expected", [
    ("Germany plans to cut its contingent in Lithuania from 1,200 to 800 next year.",
     [(1200, False, None), (800, True, "2020")]),
    ("The alliance will raise the number of troops in Kosovo from 3,500 to 4,500.",
     [(3500, False, None), (4500, True, None)]),
    ("The mission is expanding its force from 6,000 to 8,000 peacekeepers.",
     [(6000, False, None), (8000, True, None)]),
    ("The U.N. had reduced its peacekeepers in Darfur from 9,000 to 6,500 in March.",
     [(6500, False, "2019-03")]),
])
def test_a_force_level_before_and_after_a_change(text, expected):
    events = _events(text)
    assert all(e["type"] == "presence" for e in events)
    assert [(e["count"]["value"], e["planned"], _field(e, "date")) for e in events] == expected


@pytest.mark.parametrize("text", [
    "The rebels increased their attacks from 3 to 10 a day.",
    "The army withdrew from 4 bases to 2 camps.",
    "Prices of food rose from 300 to 450 shillings.",
    # units are no counts of people (GUIDELINES §2)
    "The army cut its troops in the province from three brigades to two.",
])
def test_a_change_of_anything_else_is_no_force_level(text):
    assert _events(text) == []


# "last month" is the calendar month before the report's (GUIDELINES §5), not a window up to
# the report: a toll told in it is no running total. "the past month" is such a window.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 23 villagers in Zamfara last month.", ("2019-10", False)),
    ("Rebels still hold 40 hostages seized from a bus last week.", ("2019-11-04/2019-11-10", False)),
    ("Bandits have killed 23 villagers in Zamfara over the past month.", ("2019-10-14/2019-11-14", True)),
])
def test_last_month_is_a_calendar_month_not_a_window(text, expected):
    event = _events(text)[0]
    assert (_field(event, "date"), event["cumulative"]) == expected


# A day long before the report, told in passing between the figures and the mention of the
# incident that dates them, is background: the search for the incident's day reads past it.
def test_a_day_long_ago_told_between_does_not_hide_the_incident_s_day():
    text = ("A car bomb killed six people in a suburb of the capital. The victim had been "
            "investigating the murder of a judge in March 2011. Police said today's explosion "
            "was a warning to investigators.")
    assert _field(_events(text)[0], "date") == PUBLISHED


# A name the phrase puts inside a province or a country named after it lies there: a namesake
# elsewhere is no candidate, and the province stands when the village is unknown.
@pytest.mark.parametrize("text, country, admin1", [
    ("Gunmen killed seven worshippers at a mosque in the village of Tanda in Kano state.", "NGA", "Kano"),
    ("Two soldiers were killed in Musa Qala, Helmand, on Monday.", "AFG", "Helmand"),
])
def test_a_place_lies_inside_what_its_phrase_names(text, country, admin1):
    location = _events(text)[0]["location"]
    assert (location["country"], location["admin1"]) == (country, admin1)


# A bearing told of the incident ("in a raid 30 kilometres north of Baghdad") is its place;
# one set off by a comma after a named place only says where that place lies.
@pytest.mark.parametrize("text, place", [
    ("Security forces killed 15 militants in a raid 30 kilometres north of Baghdad.",
     "30 kilometres north of Baghdad"),
    ("Two soldiers died in an ambush south of Kandahar on Monday.", "south of Kandahar"),
    # the parser may hang the bearing on the incident as an apposition
    ("Nine recruits were killed in a car bombing west of Ramadi on Sunday.", "west of Ramadi"),
    ("Six villagers died in an air strike east of Idlib.", "east of Idlib"),
    ("Three guards were wounded in an attack north of Garissa late Friday.", "north of Garissa"),
    ("A soldier was killed during an operation near Jilib, Somalia, about 60 miles north of Kismayo.",
     "near Jilib"),
])
def test_a_bearing_of_the_incident_is_its_place(text, place):
    assert (_field(_events(text)[0], "location") or "").startswith(place)


# "the border with X": the whole phrase, and X is the neighbour, not where it happened.
def test_the_border_with_a_country_names_the_neighbour_not_the_place():
    location = _events("Two soldiers were killed in clashes along the border with Pakistan.")[0]["location"]
    assert location["text"] == "along the border with Pakistan"
    assert location["country"] != "PAK"


# "In Kandahar, ... In Khost, ... on Saturday": a sentence that opens on another place tells
# another incident; its day is not the opening's.
def test_a_sentence_opening_on_another_place_gives_the_opening_no_day():
    text = ("In Kandahar, a suicide bomber killed five people at a checkpoint. In Khost, gunmen "
            "killed three policemen on Saturday.")
    assert [_field(e, "date") for e in _events(text)] == [None, "2019-11-09"]


# Forces a clause says begin, are due or plan to go ("who will begin deploying") are a
# deployment, planned or not by the clause's own tense, placed where the going takes them.
@pytest.mark.parametrize("text, expected", [
    ("The rotation will involve about 250 Marines, who will begin deploying in December.",
     [(250, True, "2019-12", None)]),
    ("Some 300 paratroopers, who are due to deploy next month, held a parade in Vicenza.",
     [(300, True, "2019-12", None)]),
    ("The 60 peacekeepers who began arriving in Goma on Monday will guard the airport.",
     [(60, False, "2019-11-11", "Goma")]),
])
def test_forces_a_clause_says_are_going_are_a_deployment(text, expected):
    events = _events(text)
    assert all(e["type"] == "deployment" for e in events)
    assert [(e["count"]["value"], e["planned"], _field(e, "date"), _field(e, "location"))
            for e in events] == expected


# An opening that goes from place to place ("In eastern Logar province, a schoolgirl died")
# tells other incidents: their places are not the lede's.
def test_the_opening_s_other_places_do_not_place_the_lede():
    text = ("A U.S. service member was killed in action in Afghanistan on Monday, NATO said. "
            "At least five civilians were killed when their vehicle struck a roadside bomb in "
            "western Farah province on Sunday. In eastern Logar province, a schoolgirl died in the "
            "crossfire during a battle between the Taliban and the security forces.")
    assert _field(_events(text)[0], "location") == "Afghanistan"


# The day of a statement ("in Sunday's statement", "in a statement on Monday") is the report's
# day, not the incident's.
@pytest.mark.parametrize("text, expected", [
    ("Four soldiers were wounded in the attack, the army said in Sunday's statement.", (None, "2019-11-10")),
    ("The army said in a statement on Monday that six soldiers were killed.", (None, "2019-11-11")),
    ("Six soldiers were killed on Friday, the army said in a statement on Monday.", ("2019-11-08", None)),
    # a verb is no statement: "released Friday evening" is when it happened
    ("Twelve hostages were released Friday evening.", ("2019-11-08", None)),
])
def test_the_day_of_a_statement_is_the_report_s(text, expected):
    event = _events(text)[0]
    assert (_field(event, "date"), event["reported_date"]) == expected


# A war's length told on the war ("a seven-year insurgency that has claimed thousands of
# lives", "died in the 14-month conflict") is its toll's window, up to the report, not another
# length in the sentence. It tells when the war began only to its unit: the year or month.
@pytest.mark.parametrize("text, expected", [
    ("It was the second coup in eight months, driven by a seven-year insurgency that has claimed "
     "thousands of lives.", "2012/2019-11-14"),
    ("The three-year war has killed 10,000 people.", "2016/2019-11-14"),
    # the toll told "in" or "during" the aged war, up to now
    ("Aid groups say more than 4,000 people have died in the 14-month conflict.",
     "2018-09/2019-11-14"),
    ("At least 900 civilians have been killed during the six-week siege of the town.",
     "2019-10-03/2019-11-14"),
    ("Some 2,300 fighters have been killed in the nearly two-year-old insurgency, officials say.",
     "2017/2019-11-14"),
    ("Over 600 people have been wounded in the 20-day old offensive.", "2019-10-25/2019-11-14"),
    ("Hundreds of homes burned and at least 85 people have died in the three-month-long unrest.",
     "2019-08/2019-11-14"),
])
def test_a_war_s_length_told_on_it_is_its_toll_s_window(text, expected):
    event = _events(text)[0]
    assert (_field(event, "date"), event["cumulative"]) == (expected, True)


# Not a window up to the report: a finished war's length told in the past ("were killed in
# the 34-day war"), and an offensive with no length, which may be one attack.
@pytest.mark.parametrize("text", [
    "About 1,100 people were killed in the 34-day war between the two countries in 2006.",
    "A rebel offensive near the river has killed six soldiers, officials said.",
    "Militants have killed nine villagers in a two-day raid on the valley.",
])
def test_a_length_not_up_to_the_report_is_no_toll_window(text):
    event = _events(text)[0]
    assert not event["cumulative"] and "/2019-11-14" not in (_field(event, "date") or "")


# Unnamed soldiers take the side of the last force counted with one, but never an armed
# group's: soldiers are a state's (or a mission's) force.
def test_unnamed_soldiers_are_no_armed_group_s():
    text = ("Militants attacked a Somali army base near Baidoa on Friday, killing at least seven "
            "Somali soldiers, an officer said. He said troops killed three al-Shabab members during "
            "the attack. A spokesman for the group said it had killed more than 10 soldiers.")
    actors = [(e["count"]["text"], (e["actor"] or {}).get("country") or (e["actor"] or {}).get("group"))
              for e in _events(text)]
    assert actors[-1] == ("more than 10", "SOM")


# People told as those a harm or capture befell ("the arrest of two members who moved into
# the village") are that event; what their own clause says they did is not another one.
@pytest.mark.parametrize("text, expected", [
    ("It was a reprisal for the arrest of two militia members who moved into the village in May.",
     [("casualty", "captured", 2)]),
    ("Police announced the killing of four gunmen who had travelled to the town from the border.",
     [("casualty", "killed", 4)]),
    # forces whose clause moves them, with no harm told, are still deployed
    ("The 500 troops who moved into the town on Monday will stay for a month.",
     [("deployment", None, 500)]),
])
def test_people_a_harm_befell_are_that_event(text, expected):
    assert [(e["type"], e["outcome"], e["count"]["value"]) for e in _events(text)] == expected


# "killed over the past week, 12 of them yesterday": a count of some of those counted, set off
# after the clause with a time of its own, is an event of that time; the total keeps its own
# window, not the part's day.
@pytest.mark.parametrize("text, expected", [
    ("Hospital staff said 45 people had died over the past week, 12 of them yesterday.",
     [("45", "2019-11-07/2019-11-14"), ("12", "2019-11-13")]),
    ("Officials said 200 villagers have been killed in the past seven days, 30 of them on "
     "Tuesday alone.", [("200", "2019-11-07/2019-11-14"), ("30", "2019-11-12")]),
    ("At least 60 fighters were captured during the past week, 25 of them on Monday.",
     [("At least 60", "2019-11-07/2019-11-14"), ("25", "2019-11-11")]),
    ("More than 90 civilians have been reported to be killed in the past seven days, 14 of "
     "them today.", [("More than 90", "2019-11-07/2019-11-14"), ("14", "2019-11-14")]),
    # a part with no time of its own takes nothing from the total's clause
    ("Nine soldiers were wounded on Sunday, three of them seriously.", [("Nine", "2019-11-10")]),
])
def test_a_part_with_its_own_day_is_its_own_event(text, expected):
    assert [(e["count"]["text"], _field(e, "date")) for e in _events(text)] == expected


# Two counts whose nouns differ in age or sex are different people, never one claim retold,
# even of one side on one day ("two men" in one telling, "two women" in another).
@pytest.mark.parametrize("text, expected", [
    ("Troops raided a farm near the village of Kafr Dan on Tuesday, killing two men and three "
     "boys, police said. The army said only five people died on Tuesday: two women, two girls and "
     "a child.", ["two men", "three boys", "five people", "two women", "two girls", "a child"]),
    ("A drone struck a car near Marib on Tuesday, killing a man, officials said. Residents said a "
     "woman was also killed on Tuesday.", ["a man", "a woman"]),
    # the same people told twice are still one claim
    ("Gunmen killed two children near Marib on Tuesday. The two children were killed on Tuesday "
     "as they walked to school, officials said.", ["two children"]),
])
def test_counts_of_other_people_are_not_merged(text, expected):
    assert [f'{e["count"]["text"]} {e["count"]["unit"]}' for e in _events(text)] == expected


# The country that has or keeps the counted forces owns them, also when a participle says
# where they are ("Norway had 170 soldiers stationed in Iraq": the participle is the trigger).
@pytest.mark.parametrize("text, expected", [
    ("Previously Denmark had about 400 soldiers stationed in Basra.", "DNK"),
    ("Poland currently keeps 2,500 troops deployed in the south of the country.", "POL"),
    ("Canada has roughly 900 soldiers based near Kandahar.", "CAN"),
    # a force acted on is not the subject's
    ("Rebels attacked 200 soldiers stationed near Goma.", None),
])
def test_the_country_that_has_a_force_owns_it(text, expected):
    assert (_events(text)[0]["actor"] or {}).get("country") == expected


# "there was an explosion in Kunduz this morning": an incident told as what there was (its
# article is indefinite because the construction asks for it) retells the incident, and its
# day dates the figures told before it with none.
@pytest.mark.parametrize("text, expected", [
    ("At least 30 people were killed in a bombing in the city of Kunduz. Officials said the blast "
     "targeted a wedding. A police spokesman said there was a huge explosion near the market on "
     "Tuesday.", ["2019-11-12"]),
    ("Dozens of people died in a bombing in Afghanistan. The bombing took place in the Kunduz "
     "city area. A news agency said the bombing took place during a horse race. A spokesman said "
     "\"there was an explosion in Kunduz this morning\".", [PUBLISHED]),
    # another incident's day does not
    ("At least 30 people were killed in a bombing in the city of Kunduz. Separately, there was an "
     "explosion in Herat on Tuesday.", [None]),
])
def test_an_incident_told_as_what_there_was_gives_its_day(text, expected):
    assert [_field(e, "date") for e in _events(text)] == expected


# The day of an incident told once, late in a report about it ("the strike, which occurred
# early Wednesday", seven sentences on), dates the opening's undated figures, when no sentence
# between turns to another incident or tells another day.
_LATE_DAY = ("Nine soldiers were killed and three wounded when a coalition strike hit their "
             "checkpoint. Helicopters mistakenly fired on the post in the province of Khost. The army "
             "says the soldiers were guarding a road. It says the attack has hurt morale. A general "
             "says the ministry condemns the incident. He says those responsible will be punished. "
             "Such charges would be unprecedented. Officials will meet to discuss the strike, which "
             "occurred in the early morning hours Wednesday.")


def test_an_incident_s_day_told_late_dates_the_opening():
    assert [_field(e, "date") for e in _events(_LATE_DAY)] == ["2019-11-13", "2019-11-13"]


def test_an_incident_s_day_told_late_stops_at_another_incident():
    text = _LATE_DAY.replace("Such charges would be unprecedented.",
                             "Separately, a bomb killed two policemen in Kabul.")
    assert [_field(e, "date") for e in _events(text)[:2]] == [None, None]


# A running toll's theatre is the first country, region or province the report names; with
# none, the report's country where the text names it, never the one town its incident struck.
@pytest.mark.parametrize("text, expected", [
    ("Rebels attacked a bus near the town of Dhupguri on Tuesday, killing four passengers, police "
     "said. Officials in India said the rebels want a separate state. More than 10,000 people have "
     "died in the insurgency in the past decade.", "India"),
    ("Gunmen stormed a school in the village of Kafin Madaki on Monday, killing three teachers. "
     "Police in Nigeria said the attackers fled. Nigeria has struggled to stop such raids. About "
     "2,000 people have been killed in such attacks since 2015.", "Nigeria"),
])
def test_a_running_toll_is_not_the_town_s(text, expected):
    assert _field(_events(text)[-1], "location") == expected


# A site the attack struck is the most specific place (GUIDELINES §5), named or not, whatever
# the NER called its name: a mosque, a dam, an embassy, a hotel, a beach, a stadium.
@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber killed 14 worshippers at the Nuri Mosque in Mosul on Friday.",
     "the Nuri Mosque in Mosul"),
    ("A car bomb exploded outside the Danish embassy in Islamabad, killing six people.",
     "outside the Danish embassy in Islamabad"),
    ("Gunmen opened fire on guests at a hotel in Bamako, killing 20 people.", "a hotel in Bamako"),
    ("A bomb hidden in a bag killed 9 people at a crowded cafe in the town of Ramadi.",
     "a crowded cafe in the town of Ramadi"),
    ("Two soldiers were wounded when rockets hit the Kajaki Dam in Helmand province.",
     "the Kajaki Dam in Helmand province"),
    ("Police arrested 40 fans at a stadium in Kampala after the blast.", "a stadium in Kampala"),
    ("Three fishermen were killed by a mine on a beach near Aden.", "a beach near Aden"),
])
def test_the_site_an_attack_struck_is_its_place(text, expected):
    assert _field(_events(text)[0], "location") == expected


# "the hotel" with nothing else is the hotel told before with its town, or the place named last.
@pytest.mark.parametrize("text, expected", [
    ("Militants stormed a hotel in the town of Jowhar on Monday. Eleven guests were killed in the "
     "hotel, officials said.", "a hotel in the town of Jowhar"),
    ("Gunmen attacked villagers in Kamonyi district on Sunday. A priest was shot dead in the church.",
     "Kamonyi district"),
    ("A blast struck a market in the city of Quetta. Nine traders died at the market.",
     "a market in the city of Quetta"),
])
def test_a_bare_site_is_the_one_told_before(text, expected):
    assert _field(_events(text)[-1], "location") == expected


def test_letters_in_brackets_are_no_place_of_their_own():
    # "ANA" restates the army's name; it is not Anah, Iraq
    text = ("Taliban fighters attacked the Afghan National Army (ANA) base in Faryab province, "
            "killing 12 soldiers.")
    location = _events(text)[0]["location"]
    assert location["country"] == "AFG"


# A day that opens the sentence before the speaker ("Also Monday, police said ...") is the day
# of what is told, as "On Monday, police said ..." is; not when the telling names its own day.
@pytest.mark.parametrize("text, expected", [
    ("Also Monday, police said gunmen killed four farmers near Maiduguri.", "2019-11-11"),
    ("Elsewhere Tuesday, officials said a roadside bomb wounded six soldiers in Kunar.", "2019-11-12"),
    ("Separately Sunday, the army said its troops captured 12 rebels in the hills.", "2019-11-10"),
    ("Meanwhile Wednesday, residents say shelling killed three children in the old town.", "2019-11-13"),
    ("Also Thursday, the monitor said the toll from Tuesday's air raids rose to 40.", "2019-11-12"),
    ("Police said Thursday that a bomb wounded three people at the bus station.", None),
])
def test_a_day_that_opens_the_sentence_dates_what_is_told(text, expected):
    assert _field(_events(text)[0], "date") == expected


# A sending verb told as a present state with a place it is in is where a force is (presence);
# sent somewhere, on the way, done or to come, it is a deployment.
@pytest.mark.parametrize("text, expected", [
    ("Some 9,000 Nigerian soldiers are deployed across the delta.", "presence"),
    ("About 1,200 Marines remain deployed in the Gulf of Aden.", "presence"),
    ("Roughly 4,000 police are stationed along the highway.", "presence"),
    ("An estimated 700 Chadian troops are deployed at the airport, officials said.", "presence"),
    ("Around 2,500 Kenyan soldiers are currently deployed in southern Somalia.", "presence"),
    ("About 400 soldiers were deployed to the border town on Friday.", "deployment"),
    ("Some 1,500 troops are being deployed in the capital ahead of the vote.", "deployment"),
    ("A further 800 troops will be deployed in the north next month.", "deployment"),
    ("The ministry has deployed 3,000 police in the city.", "deployment"),
    ("About 600 paratroopers are deployed to the region every spring.", "deployment"),
])
def test_a_force_deployed_as_a_state_is_present(text, expected):
    assert [e["type"] for e in _events(text)] == [expected]


def test_a_force_currently_deployed_is_there_on_the_day_of_the_report():
    event = _events("Around 2,500 Kenyan soldiers are currently deployed in southern Somalia.")[0]
    assert _field(event, "date") == PUBLISHED


# Figures listed place by place with their verb left out ("eight in Kano, six in Kaduna and
# eight in Zaria") are each a claim with its own place, however the parser hangs the items;
# a figure coordinated with a place is the next item, not part of the place's name (the total
# before them is no one item's: see the next test).
@pytest.mark.parametrize("text, expected", [
    ("Witnesses said 22 people were hurt, including eight students in Kano, six in Kaduna and "
     "eight in Zaria.", [(22, None), (8, "Kano"), (6, "Kaduna"), (8, "Zaria")]),
    ("At least 25 people were killed across the region: 11 in Gao, eight in Timbuktu and six in "
     "Kidal.", [(25, "across the region"), (11, "Gao"), (8, "Timbuktu"), (6, "Kidal")]),
    # parsed as the rules already read them
    ("Rights groups said 40 people were killed on Friday, including 15 civilians in Idlib, 11 in "
     "Hama and nine in Latakia.", [(40, None), (15, "Idlib"), (11, "Hama"), (9, "Latakia")]),
    ("Three soldiers were killed in Kunduz and two in Baghlan.", [(3, "Kunduz"), (2, "Baghlan")]),
])
def test_figures_listed_place_by_place_keep_their_places(text, expected):
    assert [(e["count"]["value"], _field(e, "location")) for e in _events(text)] == expected


# A figure its sentence breaks down place by place is a total over those places: not the first
# item's place, but the most specific place told that holds them all, else none.
@pytest.mark.parametrize("text, expected", [
    ("Rights groups said 40 people were killed on Friday, including 15 civilians in Idlib, 11 in "
     "Hama and nine in Latakia.", None),
    ("The army said 18 soldiers died, including seven conscripts in Donetsk, six in Luhansk and "
     "five in Kharkiv.", None),
    ("At least 30 people were killed in Helmand province on Sunday, including 14 in Lashkar Gah, "
     "10 in Sangin and six in Gereshk.", "Helmand province"),
    # one place for the whole and its part: the part's place is the whole's
    ("Nine people were killed in Kunduz, including four policemen.", "Kunduz"),
])
def test_a_total_broken_down_by_place_is_no_one_item_s(text, expected):
    assert _field(_events(text)[0], "location") == expected


# Militants counted without a name in a clause whose "when"/"after"/"as" clause tells the
# incident a named armed group made are that group's (GUIDELINES §3: the text identifies the
# group for those people), however the parser hangs that clause; the soldiers beside them keep
# their own side, and two groups named there give none.
@pytest.mark.parametrize("text, expected", [
    ("Five soldiers and 12 militants were killed on Monday when al-Shabab attacked a base near "
     "Kismayo.", [("Five", None), ("12", "al-Shabab")]),
    ("Nine soldiers and 14 militants died Sunday when Boko Haram fighters raided a camp.",
     [("Nine", None), ("14", "Boko Haram")]),
    ("Eight police officers and 20 insurgents died after the Taliban stormed a district centre.",
     [("Eight", None), ("20", "Taliban")]),
    ("Troops killed 30 militants as Boko Haram tried to overrun the town.", [("30", "Boko Haram")]),
    ("Twelve militants were killed when al-Shabab and Islamic State fighters clashed.", [("Twelve", "militants")]),
])
def test_militants_of_the_group_whose_attack_the_clause_tells(text, expected):
    actors = [(e["count"]["text"], (e["actor"] or {}).get("group")) for e in _events(text)]
    assert actors == expected


# A force's strength told "at present" or "at this time" is its strength on the report's day,
# as "now" and "currently" are; "at that time" is another day's, which the text does not give.
@pytest.mark.parametrize("text, expected", [
    ("Around 12,000 foreign troops are on the ground in the country at this time.", "2019-11-14"),
    ("About 4,000 soldiers are deployed in the region at present.", "2019-11-14"),
    ("Some 800 peacekeepers are in the border zone at the moment.", "2019-11-14"),
    ("Roughly 2,500 Marines are stationed on the island at the present time.", "2019-11-14"),
    ("About 4,000 soldiers were in the region at that time.", None),
    ("About 4,000 soldiers are in the region.", None),
])
def test_a_strength_told_at_present(text, expected):
    events = _events(text)
    assert [e["type"] for e in events] == ["presence"]
    assert _field(events[0], "date") == expected


# An opening that sums up what the next paragraphs tell in full ("Two soldiers and a medic have
# been killed in recent days") is one claim with each full telling (GUIDELINES §6: the fuller
# sentence is primary), even when a scrap of the page ("Share") stands before it, its time has no
# reading ("in recent days") or the place it was given came from elsewhere in the article.
def test_an_opening_summary_retold_in_full_is_one_claim():
    text = ("Share  Two Italian soldiers and a Spanish medic have been killed in Afghanistan in "
            "recent days. Fighting has spread across Farah province this month. The Italian Defence "
            "Ministry said two Italian soldiers were killed on Tuesday in an ambush near Herat. A "
            "Spanish medic was killed on Monday when a mine struck his vehicle near Qala-i-Naw.")
    events = pipeline.extract(text, published="2009-06-12")["events"]
    told = [(e["count"]["text"], _field(e, "date"), [m["start"] for m in e["mentions"]]) for e in events]
    assert told == [("two", "2009-06-09", [7]), ("A", "2009-06-08", [7])]


# A day set between the speaker and the reporting verb ("Military sources on Wednesday said") is
# the day of the telling, as "said Wednesday" is (GUIDELINES §5: reported_date, no event date); a
# day that opens the sentence ("On Wednesday, officials said") or ends the clause told stays the
# event's, and so does one on a verb that tells no clause ("showed new tactics on Saturday").
@pytest.mark.parametrize("text, expected", [
    ("Army sources on Wednesday said that 33 militants were killed in the strikes.", None),
    ("Officials on Monday said 12 soldiers were wounded in the blast.", None),
    ("The ministry on Tuesday reported that 40 rebels were captured.", None),
    ("On Monday, officials said 12 soldiers were wounded in the blast.", "2019-11-11"),
    ("Twelve soldiers were wounded in a blast on Monday, officials said.", "2019-11-11"),
    ("Officials said 12 soldiers were wounded on Monday in the blast.", "2019-11-11"),
    ("Rebels showed new tactics on Saturday when they ambushed a convoy and killed five soldiers.",
     "2019-11-09"),
])
def test_a_day_between_speaker_and_verb_is_the_telling_s(text, expected):
    assert _field(_events(text)[0], "date") == expected


# "The past couple of days" and "weeks" are the last two days or weeks, as "the past two days" is.
@pytest.mark.parametrize("text, expected", [
    ("More than 3,000 troops arrived in the city during the past couple of days.", "2019-11-12/2019-11-14"),
    ("Fighting over the past couple of weeks has killed 40 people.", "2019-10-31/2019-11-14"),
    ("Over the last couple of days, 15 police officers were wounded.", "2019-11-12/2019-11-14"),
])
def test_the_past_couple_of_days(text, expected):
    assert _field(_events(text)[0], "date") == expected


# A reporting verb with an object of its own ("showed new tactics", "confirmed the deaths")
# reports that object, not a figure told in a "when", "as" or "after" clause on it; a reporting
# verb whose clause holds the figure, or one with no object, still gives it.
@pytest.mark.parametrize("text, expected", [
    ("Insurgents showed new tactics on Saturday as they killed five soldiers.", None),
    ("The government announced a curfew after rioters killed nine police officers.", None),
    ("Police said 12 people were killed when gunmen attacked a bus.", "Police said"),
    ("Officials reported the attack, in which 12 soldiers died.", "Officials reported"),
    ("The ministry said on Monday that 40 rebels were captured.", "The ministry said"),
    ("Witnesses said five people died as the shells struck the market.", "Witnesses said"),
])
def test_a_reporting_verb_with_an_object_of_its_own(text, expected):
    source = _events(text)[0]["source"]
    assert (source or {}).get("text") == expected


# The counted people told harmed again by "the" and their noun, with no count of their own:
# that sentence tells their harm in full, and its place and day are theirs (stop 45).
@pytest.mark.parametrize("text, place, day", [
    ("Two attacks in Somalia have wounded six Kenyan soldiers and killed a district official.\n\n"
     "The soldiers were wounded on Tuesday when their truck struck a mine near the town of Dhobley.",
     "near the town of Dhobley", "2019-11-12"),
    ("Clashes in Nigeria killed 14 herders, a farmers' union says.\n\n"
     "The herders were killed Monday in Guma, a district of Benue state, local officials said.",
     "Guma", "2019-11-11"),
    ("Militants in Mali abducted three engineers, officials say. The engineers were seized on "
     "Sunday outside the town of Kidal.", "outside the town of Kidal", "2019-11-10"),
])
def test_the_people_told_harmed_again_give_their_place_and_day(text, place, day):
    first = _events(text)[0]
    assert place in _field(first, "location")
    assert _field(first, "date") == day


@pytest.mark.parametrize("text", [
    # other people harmed: "the police" are not the counted soldiers
    "Two attacks in Somalia have wounded six Kenyan soldiers.\n\nThe police were wounded on "
    "Tuesday near the town of Dhobley.",
    # the same people, but another outcome: a killing is not where they were wounded
    "Two attacks in Somalia have wounded six Kenyan soldiers.\n\nThe soldiers were killed on "
    "Tuesday near the town of Dhobley.",
])
def test_other_people_or_another_outcome_retell_nothing(text):
    first = _events(text)[0]
    assert _field(first, "location") == "Somalia"


# A place that opens the sentence, set off by a comma, on the reporting verb sets the scene of
# the casualty reported, when the reported clause names no place of its own.
@pytest.mark.parametrize("text, place", [
    ("In northern Zabul province, Afghan officials say unidentified gunmen killed a district judge.",
     "Zabul province"),
    ("In eastern Paktika province, Afghan officials say a roadside bomb killed three policemen.",
     "Paktika province"),
    ("A bomb in Kabul killed three soldiers on Friday. In the western province of Farah, police "
     "say gunmen shot dead two teachers.", "the western province of Farah"),
    # a part of a capital is a scene, where the capital alone is where officials speak
    ("In western Kabul, police said a bomb killed three guards.", "western Kabul"),
    # the reported clause's own place wins, and so does the place the cause was told at
    ("In Kandahar city, officials said 12 soldiers died in an ambush in Zhari district.",
     "Zhari district"),
    ("In Kirkuk, police said four guards were killed when a car bomb exploded in the Rahimawa "
     "district.", "the Rahimawa district"),
])
def test_a_place_opening_the_report_is_the_scene_of_the_harm(text, place):
    assert place in _field(_events(text)[-1], "location")


@pytest.mark.parametrize("text", [
    # a country or a part of one is left to the passes that read on
    "In southern Iraq, authorities say gunmen killed two interpreters.",
    # not a place: a statement
    "In a statement, the army said 12 militants were killed.",
    # a capital is where ministries speak from
    "In Sanaa, the interior ministry said gunmen killed four soldiers.",
    "In Sanaa, Yemen, the interior ministry said gunmen killed four soldiers.",
])
def test_no_scene_from_a_country_a_capital_or_a_statement(text):
    event = pipeline.extract(text, published=PUBLISHED, explain=True)["events"][0]
    assert event["why"].get("location") != "location.own_clause" or event["location"]["text"] not in (
        "southern Iraq", "Sanaa", "Sanaa, Yemen", "a statement")


def test_a_scene_does_not_place_a_force_told_elsewhere():
    text = ("In Geneva, a UN spokesman said the mission in Darfur would grow from 7,000 "
            "to 9,000 troops.")
    assert all("Geneva" not in (_field(e, "location") or "") for e in _events(text))


# A claim told first for a whole country and then in full where it happened takes the place
# of the full telling (GUIDELINES §5, §6).
def test_a_summary_s_country_gives_way_to_the_place_its_full_telling_names():
    text = ("Violence in Afghanistan has killed a provincial judge and wounded four police officers.\n\n"
            "The police officers were hurt in a separate blast.\n\n"
            "In northern Baghlan province, officials say unknown gunmen killed a provincial judge "
            "on Saturday.")
    judge = [e for e in _events(text) if e["outcome"] == "killed"]
    assert len(judge) == 1
    assert "Baghlan" in _field(judge[0], "location")


# A sentence that opens before the incident ("Before the ambush, ...") tells an earlier time:
# its figures are not on the incident's day. "Before the clash ended," is still the incident's.
@pytest.mark.parametrize("text, count, expected", [
    ("Rebels ambushed an army patrol in Ayacucho province on Tuesday, killing 12 soldiers. Before the "
     "ambush, the army said five rebels had died in clashes.", "five", None),
    ("Gunmen attacked a police station in Kano on Monday, killing four officers. Prior to the attack, "
     "two guards had been kidnapped from the station.", "two", None),
    ("A car bomb exploded at a checkpoint in Mosul on Wednesday, killing nine soldiers. Before the "
     "bombing, militants had wounded three police officers in the same district.", "three", None),
    ("Troops clashed with rebels near Goma on Sunday. Before the clash ended, 14 rebels were killed.",
     "14", "2019-11-10"),
])
def test_a_sentence_that_opens_before_the_incident_is_not_on_its_day(text, count, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    (event,) = [e for e in events if e["count"]["text"] == count]
    assert (event["date"] or {}).get("value") == expected


# A total told of several incidents ("Two separate airstrikes killed 21 civilians in northern
# Yemen") keeps its own place when the next sentences place each incident.
@pytest.mark.parametrize("text, place", [
    ("Two separate airstrikes on Saturday killed at least 21 civilians in northern Yemen. One strike "
     "hit a house in the Beit Saadan area, killing nine people. The other hit a market in Hairan "
     "district, killing 12.", "northern Yemen"),
    ("Twin bombings killed 30 people in Iraq on Sunday. One bomb exploded in a market in Hilla, "
     "killing 18, and another struck a bus station in Kirkuk.", "Iraq"),
    ("Three roadside bombs wounded 14 soldiers in Afghanistan on Monday. The first struck a convoy "
     "near Sangin.", "Afghanistan"),
])
def test_a_total_of_several_incidents_keeps_its_own_place(text, place):
    event = pipeline.extract(text, published=PUBLISHED)["events"][0]
    assert event["location"]["text"] == place


# "Last April", "last March": a named calendar period before the report's, as "last month"
# is, not a window reaching to the report's day ("the past three months"), so no running total.
@pytest.mark.parametrize("text, value, cumulative", [
    ("Last April, rebels killed a total of 20 soldiers in two attacks on army posts.", "2019-04", False),
    ("Gunmen killed 11 miners in the province last March, officials said.", "2019-03", False),
    ("Over the past three months, 40 soldiers have been killed in the province.", "2019-08-14/2019-11-14", True),
])
def test_a_named_month_last_year_is_no_window_to_the_report(text, value, cumulative):
    (event,) = pipeline.extract(text, published=PUBLISHED)["events"]
    assert (event["date"]["value"], event["cumulative"]) == (value, cumulative)


# A sentence that turns to another incident ("Elsewhere in the country, ...", "Separately,
# ...", "In a separate attack, ...") takes no place from the incident before it; its own place,
# or none (GUIDELINES §5: the place the article ties to this event).
@pytest.mark.parametrize("text, expected", [
    ("Rebels killed eight soldiers in Ituri province on Monday. Elsewhere in the country, a mine "
     "killed three farmers on Tuesday.", [("eight", "Ituri province"), ("three", None)]),
    ("Gunmen shot dead five police officers in Zamfara state. Separately, a bomb wounded two "
     "traders.", [("five", "Zamfara state"), ("two", None)]),
    ("Troops killed 11 militants near Kunduz. In a separate attack, a suicide bomber killed four "
     "guards.", [("11", "near Kunduz"), ("four", None)]),
    # its own place stays
    ("Rebels killed eight soldiers in Ituri province on Monday. Elsewhere, a mine killed three "
     "farmers near Goma.", [("eight", "Ituri province"), ("three", "near Goma")]),
    # the next sentence places the new incident itself
    ("Government jets bombed Idlib in Syria on Monday, killing nine people. Meanwhile, rebels freed "
     "12 captives, a monitoring group said. They were freed in the town of Manbij.",
     [("nine", "Idlib"), ("12", "the town of Manbij")]),
    # no turn: the place before carries on
    ("Rebels attacked a base in Ituri province on Monday. Eight soldiers were killed.",
     [("Eight", "a base in Ituri province")]),
])
def test_a_turn_to_another_incident_takes_no_place_from_before(text, expected):
    assert [(e["count"]["text"], _field(e, "location")) for e in _events(text)] == expected


# "Elsewhere" inside the sentence turns to another incident too ("Attacks elsewhere in the
# province killed 12"): no day or place of the incident before is theirs.
@pytest.mark.parametrize("text, expected", [
    ("Rebels killed six guards at a mine near Bunia on Monday. Attacks elsewhere in the province "
     "killed at least 12 people.", [("six", "2019-11-11"), ("at least 12", None)]),
    ("A bomb killed four traders in the Sadr City market on Monday. At least nine people were "
     "wounded elsewhere in the capital.", [("four", "2019-11-11"), ("At least nine", None)]),
    # where someone fled, or where the wounded went, turns to nothing
    ("Gunmen killed six guards at a mine near Bunia on Monday. Nine miners were wounded before "
     "they fled elsewhere.", [("six", "2019-11-11"), ("Nine", "2019-11-11")]),
])
def test_elsewhere_in_a_sentence_turns_to_another_incident(text, expected):
    assert [(e["count"]["text"], _field(e, "date")) for e in _events(text)] == expected


# A killing told as what the incident came after ("The blast followed the killing of 20
# pilgrims") happened before its day: it takes none of the days around it.
@pytest.mark.parametrize("text, expected", [
    ("A car bomb killed nine soldiers near Kirkuk on Tuesday. The blast followed the killing of "
     "20 pilgrims at a shrine.", [("nine", "2019-11-12"), ("20", None)]),
    ("A car bomb killed nine soldiers near Kirkuk on Tuesday. The blast came after the massacre of "
     "20 pilgrims at a shrine.", [("nine", "2019-11-12"), ("20", None)]),
])
def test_a_killing_the_incident_followed_takes_no_day_around_it(text, expected):
    assert [(e["count"]["text"], _field(e, "date")) for e in _events(text)] == expected


# The incident is told once (issue 12): a figure told a few sentences after the incident, with
# no place of its own, is where the incident was, as it is on the incident's day: the place the
# sentence that gave its day names ("ambushed an army convoy near Gao on Saturday"), past
# sentences between that add no place or day. Not when that sentence names several places, nor
# past a turn to another incident, nor for a figure dated from its own sentence.
@pytest.mark.parametrize("text, place", [
    ("Jihadists ambushed an army convoy near Gao on Saturday. The soldiers fought back for several "
     "hours. The army said 14 soldiers died in the fighting.", "near Gao"),
    ("Jihadists ambushed an army convoy near Gao on Saturday. The soldiers fought back for several "
     "hours. The army said 14 soldiers died.", "near Gao"),
    ("Gunmen opened fire at a market near Bama on Tuesday. They set fire to stalls and shops. "
     "Residents said 20 traders were killed.", "a market near Bama"),
    ("Rebels shelled the outskirts of Malakal on Monday. Thousands fled across the river. Aid "
     "workers later counted 31 dead.", "the outskirts of Malakal"),
    # several places where the day was told
    ("Jihadists attacked army posts in Gao and Kidal on Saturday. The soldiers fought back for "
     "hours. The army said 14 soldiers died.", None),
    # a turn to another incident
    ("Jihadists ambushed an army convoy near Gao on Saturday. The soldiers fought back for hours. "
     "In a separate attack, 14 soldiers died.", None),
])
def test_a_figure_told_later_is_where_its_incident_was(text, place):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["location"] or {}).get("text") == place


# "Others" counted after people of two sides ("two soldiers and two militants ... 20 others")
# are others than both: no side of either.
@pytest.mark.parametrize("text, actor", [
    ("Two soldiers and two militants have been killed and more than 20 others have been injured.", None),
    ("Three policemen and a Taliban fighter died, and five others were wounded.", None),
    # one side: the others are of it
    ("Four Taliban fighters were killed and two others captured.", "Taliban"),
])
def test_others_after_two_sides_are_of_neither(text, actor):
    event = _events(text)[-1]
    assert ((event["actor"] or {}).get("group") or (event["actor"] or {}).get("country")) == actor
