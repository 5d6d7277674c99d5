"""Times told from another event, not from the report (issue 12: "the day before", "two days
after the bombing" anchor on the incident the narrative last dated). Sentences are our own."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.text.dates import anchored_shift

PUBLISHED = "2021-06-14"  # a Monday


@pytest.mark.parametrize("text, shift", [
    ("the day before", -1), ("The day before", -1), ("the previous day", -1),
    ("the night before", -1), ("the next day", 1), ("the following day", 1),
    ("On the following morning", 1), ("the day after", 1), ("a day later", 1),
    ("two days later", 2), ("Two days after", 2), ("three days earlier", -3),
    ("a week later", 7), ("two weeks after", 14), ("10 days later", 10),
    ("later that day", 0), ("Earlier that day", 0), ("that night", 0), ("that evening", 0),
    ("earlier the same day", 0), ("later the same day", 0), ("the same night", 0),
    ("The same evening", 0), ("that same day", 0), ("on the same morning", 0),
])
def test_expressions_told_from_another_event(text, shift):
    assert anchored_shift(text) == shift


@pytest.mark.parametrize("text", ["yesterday", "last week", "two days ago", "Monday",
                                  "more than three weeks after", "late Tuesday", "the day"])
def test_expressions_told_from_the_report_are_not_anchored(text):
    assert anchored_shift(text) is None


@pytest.mark.parametrize("text, value", [
    ("A suicide bomber struck a police post in Kirkuk on Wednesday. The day before, gunmen had "
     "killed four soldiers near the city.", "2021-06-08"),
    ("Militants attacked a convoy on June 3. Two days after the attack, five more soldiers were "
     "killed in an ambush.", "2021-06-05"),
    ("The army launched an offensive on March 2. On the following day, 20 rebels were killed.",
     "2021-03-03"),
    ("Rebels seized the town on May 28. Three days later, government troops killed 40 rebels there.",
     "2021-05-31"),
    ("Fighting broke out on May 20. A week later, 300 troops were sent to the border.", "2021-05-27"),
    ("Mortars hit the airfield on June 9. Later that day, six soldiers were wounded in an ambush "
     "on the road to the city.", "2021-06-09"),
    ("Rebels shelled the harbour on Thursday. Later that day, militants "
     "ambushed a patrol east of the port. Two soldiers were wounded.", "2021-06-10"),
])
def test_an_event_told_from_another_takes_that_day(text, value):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"]["value"] for e in events] == [value]


def test_with_no_day_told_before_an_anchored_time_stays_unresolved():
    result = pipeline.extract("The day before, gunmen had killed four soldiers.", published=PUBLISHED)
    assert all(d["value"] is None for d in result["dates"] if d["text"].lower().startswith("the day"))


def test_a_date_never_runs_across_two_sentences():
    text = "Militants attacked a convoy on June 3. Two days after the attack, five soldiers died."
    for found in pipeline.extract(text, published=PUBLISHED)["dates"]:
        assert ". " not in found["text"]


# The day of an incident, told once, for its later casualties (issue 12).
def test_later_casualties_of_an_incident_take_its_day_across_paragraphs():
    text = ("Insurgents attacked an army outpost near Baidoa on Sunday, killing six soldiers.\n\n"
            "Local officials said the fighting lasted for hours.\n\n"
            "Two more soldiers later died of their wounds, the officials said.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"]["value"] for e in events] == ["2021-06-13", "2021-06-13"]
    assert events[1]["date"]["from_context"] is True


@pytest.mark.parametrize("text, date, reported", [
    # the incident's day told before, the figure given on a later day: the incident's day
    ("Gunmen attacked a police post near Dori late Saturday. Nine policemen were killed, the "
     "governor said Sunday.", "2021-06-12", None),
    ("Rebels raided the town of Beni on Friday. Four civilians died, officials said Sunday.",
     "2021-06-11", None),
    # the incident told by its verb ("exploded", "shelled"), the figure in the next sentence
    ("A car bomb exploded outside an army base near Afgoye on Saturday. The army said 14 "
     "soldiers died.", "2021-06-12", None),
    ("Rebels shelled the town of Beni on Friday. Four civilians died, officials said Sunday.",
     "2021-06-11", None),
    # only the report's day: the date stays null and reported_date holds that day (GUIDELINES §5)
    ("Nine policemen were killed in an attack near Dori, the governor said Sunday.", None, "2021-06-13"),
])
def test_a_figure_given_later_keeps_its_incident_s_day(text, date, reported):
    [event] = pipeline.extract(text, published=PUBLISHED)["events"]
    assert ((event["date"] or {}).get("value"), event["reported_date"]) == (date, reported)


def test_another_incident_does_not_take_the_first_one_s_day():
    text = ("Insurgents attacked an army outpost near Baidoa on Sunday, killing six soldiers.\n\n"
            "Separately, three policemen were wounded in a bombing in Mogadishu.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert events[0]["date"]["value"] == "2021-06-13" and events[1]["date"] is None


def test_a_day_long_before_the_report_is_background_not_the_incident():
    text = ("The group has fought the army since its attack on March 3, 2019, which killed 40 "
            "soldiers. Three soldiers were killed in a new clash, officials said.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert events[-1]["date"] is None


def test_running_totals_neither_give_nor_take_the_incident_s_day():
    text = ("Militants killed four soldiers near the border on Saturday. More than 300 soldiers "
            "have been killed since January.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert events[0]["date"]["value"] == "2021-06-12"
    assert events[1]["cumulative"] and events[1]["date"]["text"].startswith("since")


# Months and years told from another time count from the last date named, at their own precision.
@pytest.mark.parametrize("text, expected", [
    ("a year later", (12, "year")), ("A year earlier", (-12, "year")),
    ("two months later", (2, "month")), ("three years after", (36, "year")),
    ("six months before", (-6, "month")), ("18 months later", (18, "month")),
])
def test_months_and_years_told_from_another_time(text, expected):
    from pipeline.text.dates import anchored_months

    assert anchored_months(text) == expected


@pytest.mark.parametrize("text", ["a year ago", "last year", "two months", "in two years", "the year after next"])
def test_months_and_years_told_from_the_report_are_not_anchored(text):
    from pipeline.text.dates import anchored_months

    assert anchored_months(text) is None


@pytest.mark.parametrize("text, value", [
    ("Rebels seized the town in March 2011. A year later, government troops killed 40 rebels there.", "2012"),
    ("The army retook the valley on June 3, 2014. Two months later, 12 soldiers were killed in an ambush.",
     "2014-08"),
    ("The war began in 2003. Three years after the invasion, 3,000 troops were still deployed there.", "2006"),
    ("Militants overran the base in October 2015. Six months earlier, 200 troops had been sent there.",
     "2015-04"),
])
def test_an_event_told_months_or_years_from_another_takes_that_time(text, value):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"]["value"] for e in events] == [value]


def test_with_no_date_before_a_year_earlier_stays_unresolved():
    result = pipeline.extract("A year earlier, gunmen had killed nine villagers.", published=PUBLISHED)
    assert [d["value"] for d in result["dates"]] == [None]


# A sentence that tells the incident with its day but no count dates the casualties after it.
@pytest.mark.parametrize("text, value", [
    ("This morning, two car bombs struck the port district of the city. The first blast killed "
     "nine dockworkers and wounded 30.", "2021-06-14"),
    ("On Saturday, militants attacked a convoy on the road to the airport. Six soldiers and a "
     "driver were killed, the army said.", "2021-06-12"),
    ("Heavy clashes broke out in the valley on Friday night.\n\nAt least 14 fighters died, "
     "according to a local official.", "2021-06-11"),
])
def test_a_day_told_with_the_incident_dates_its_casualties(text, value):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert events and all(e["date"]["value"] == value for e in events)


def test_a_day_told_without_an_incident_dates_nothing():
    text = "On Saturday, the president met the envoy in the capital. Six soldiers were killed."
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"] for e in events] == [None]


# A past perfect under a clause that holds a date tells what happened before that day: the
# date is the telling's ("published ... Monday, replacing an estimate that 45 had been
# killed"), unless it hangs on the event's own verb ("By Monday, rebels had killed").
@pytest.mark.parametrize("text, date, reported", [
    ("The agency published its report on Monday, replacing an estimate that 45 civilians had "
     "been killed.", None, "2024-04-29"),
    ("The army corrected its figures on Monday, dropping an earlier claim that 30 soldiers had "
     "died in the raid.", None, "2024-04-29"),
    ("By Monday, rebels had killed 30 soldiers in the province.", "2024-04-29", None),
    ("Officials said on Monday that 30 soldiers had been killed on Sunday.", "2024-04-28", None),
])
def test_a_past_perfect_happened_before_the_day_it_was_told(text, date, reported):
    (event,) = pipeline.extract(text, published="2024-05-01")["events"]
    assert (event["date"] and event["date"]["value"], event.get("reported_date")) == (date, reported)


# A toll told in a clause on what came before ("following clashes that left 30 dead") is not
# dated by the clause it hangs on; a consequence told the same way ("sparking battles that
# left 12 dead") is.
@pytest.mark.parametrize("text, date", [
    ("Calm was reported in the city on Sunday, following clashes that left 30 people dead.", None),
    ("Shops reopened on Sunday after clashes that killed 40 fighters.", None),
    ("Rebels attacked two bases on Friday, sparking battles that left 12 attackers dead.", "2024-04-26"),
    ("The attack on Sunday, which killed 12 soldiers, was the worst this year.", "2024-04-28"),
])
def test_a_toll_told_as_what_came_before_keeps_no_later_day(text, date):
    (event,) = pipeline.extract(text, published="2024-05-01")["events"]
    assert (event["date"] and event["date"]["value"]) == date


# A passive reporting verb with no one reporting tells what happened that day.
def test_what_was_reported_happened_on_its_day():
    presence, _ = pipeline.extract(
        "Relative calm was reported in the Malian capital of Bamako Sunday, as hundreds of French "
        "troops patrolled the streets following violence that left more than 300 people dead.",
        published="2024-05-01")["events"]
    assert (presence["date"]["value"], presence.get("reported_date")) == ("2024-04-28", None)


# A clause that tells its time too loosely for a calendar keeps that time, with no value, and
# takes no day from another sentence: a number is never silently given a date.
@pytest.mark.parametrize("text, said", [
    ("Gunmen raided a market on Saturday. Feuds between the clans have killed thousands of "
     "herders in recent years.", "recent years"),
    ("A convoy was ambushed on Sunday. Roadside bombs have wounded hundreds of soldiers in "
     "recent months.", "recent months"),
    ("Troops repelled an assault on Friday. The insurgency has killed 5,000 policemen over "
     "the past few years.", "the past few years"),
])
def test_a_vague_time_of_its_own_keeps_the_event_off_the_calendar(text, said):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert event["date"]["text"] == said
    assert event["date"]["value"] is None and event["date"]["precision"] is None


def test_a_vague_time_is_not_a_day_for_an_event_told_exactly():
    events = pipeline.extract("Militants have killed hundreds of people in recent years. On "
                              "Sunday, they killed six soldiers near the border.",
                              published=PUBLISHED)["events"]
    assert [e["date"]["value"] for e in events] == [None, "2021-06-13"]


def test_a_vague_time_in_another_clause_of_the_sentence_is_not_the_event_s():
    event = pipeline.extract("Gunmen killed at least nine villagers near the river late Saturday, "
                             "adding to dozens of deaths in recent months.",
                             published=PUBLISHED)["events"][0]
    assert (event["count"]["text"], event["date"]["value"]) == ("at least nine", "2021-06-12")


def test_the_report_s_day_is_apart_from_the_period_it_announces():
    out = pipeline.extract("The army announced today the spring 2022 deployment of some 450 "
                           "soldiers to Niger.", published=PUBLISHED)
    assert [(d["text"], d["value"]) for d in out["dates"]] == [
        ("today", "2021-06-14"), ("the spring 2022", "2022-03/2022-05")]
    assert out["events"][0]["date"]["value"] == "2022-03/2022-05"


def test_a_day_told_of_armed_men_acting_dates_the_losses_after_it():
    text = ("On Sunday, a man killed himself at a checkpoint in the north. Early Monday, a suicide "
            "attacker detonated his vehicle in a crowd of recruits. Officials said the blast killed 15.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"]["value"] for e in events if e["count"]["value"] == 15] == ["2021-06-14"]


# An event told inside "a day after ..." / "two days before ..." lies that far from the day the
# sentence names; an event told after such an expression still counts forward from its anchor.
@pytest.mark.parametrize("text, expected", [
    ("Twelve soldiers were killed on Friday, a day after militants killed four police.",
     [(12, "2021-06-11"), (4, "2021-06-10")]),
    ("The ambush on Friday came two days after rebels killed six soldiers near the border.",
     [(6, "2021-06-09")]),
    ("Troops clashed with rebels on Friday, a day after militants attacked a base, killing one soldier.",
     [(1, "2021-06-10")]),
    ("Militants attacked a convoy on June 3. Two days after the attack, five soldiers died.",
     [(5, "2021-06-05")]),
])
def test_an_event_told_a_day_after_another(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"]["value"]) for e in events] == expected


def _dates(text: str) -> list[tuple]:
    return [(e["count"]["text"], e["date"] and e["date"]["value"])
            for e in pipeline.extract(text, published=PUBLISHED)["events"]]


# A report opens with an undated summary and tells the day a little later, after a line that
# introduces the correspondent or a sentence that adds no day: the opening's figures take the
# first day told for the incident within the next few sentences, never past a turn to
# another incident.
@pytest.mark.parametrize("text, expected", [
    ("Two car bombs in Iraq have killed at least 19 people near a market in Kirkuk. Our "
     "correspondent in Baghdad has more. The first car exploded outside the market on Saturday.",
     [("at least 19", "2021-06-12")]),
    ("A rebel assault on a garrison town has left 30 soldiers dead. Our correspondent in the "
     "capital has details. Officials said the assault on the town began before dawn on "
     "Friday.", [("30", "2021-06-11")]),
    ("Insurgents have attacked two ministries in the capital, killing at least 12 guards. "
     "Some of the attackers held out in the building for hours. The assault began shortly after 9 in the "
     "morning.", [("at least 12", "2021-06-14")]),
    # a turn to another incident ends the search
    ("A mortar attack has killed four soldiers at an outpost in the north. Our correspondent "
     "has the details. In a separate attack, gunmen shot a policeman on Thursday.",
     [("four", None)]),
    # the day is the report's, not the incident's
    ("A bombing has killed 15 people in the city. The minister said on Saturday that he "
     "would resign.", [("15", None)]),
])
def test_the_opening_takes_the_day_told_a_little_later(text, expected):
    assert _dates(text)[: len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # two sentences on, a day that tells something else than the incident is not its day
    ("Rebels have freed 12 aid workers they held in the hills. Our correspondent has more. "
     "The workers reached the capital late Thursday.", [("12", None)]),
    ("One soldier has been killed in fighting near the border. Talks on a truce stalled "
     "again. The army said late Friday that more troops were on their way.", [("One", None)]),
])
def test_a_later_day_of_something_else_is_not_the_opening_s(text, expected):
    assert _dates(text)[: len(expected)] == expected


# Attacks spoken of as a kind ("These bombings have grown today into a daily threat") are no
# incident whose day a later toll takes; the day told of the incident itself is.
def test_attacks_of_a_kind_give_no_day_to_a_later_toll():
    text = ("On Saturday a car bomb killed nine police officers at a station in Herat. "
            "\"These bombings have grown today into a daily threat,\" the governor said. "
            "The Taliban said 20 of their fighters died in the fighting.")
    assert _dates(text) == [("nine", "2021-06-12"), ("20", "2021-06-12")]


# Harm told inside what the incident in focus came after happened before its day: it takes no
# day from the sentences around it, and never one counted forward past the report.
@pytest.mark.parametrize("text, expected", [
    ("Militants attacked a base in Kunar on Friday, killing seven soldiers. The attack followed "
     "the bombing of a mosque in Kabul, where 12 worshippers died.",
     [("seven", "2021-06-11"), ("12", None)]),
    ("Gunmen killed six soldiers at a checkpoint near Jalalabad on Friday. The ambush came two "
     "months after the raid on the prison in Kandahar, in which 40 inmates were killed.",
     [("six", "2021-06-11"), ("40", None)]),
    ("Gunmen killed six soldiers at a checkpoint near Jalalabad on Friday. A day later, 40 "
     "inmates were killed in a riot at the prison in Kandahar.",
     [("six", "2021-06-11"), ("40", "2021-06-12")]),
])
def test_harm_told_as_what_the_incident_came_after(text, expected):
    assert _dates(text) == expected


def test_a_past_casualty_is_never_dated_after_the_report():
    text = ("A suicide bomber killed 16 soldiers in Bannu on Saturday. The attack came three "
            "months after the siege of the mosque, when almost 100 people were killed.")
    for _, value in _dates(text):
        assert value is None or value <= "2021-06-15", value


# Attacks told over a window of years ("the attacks of the past three years") are many
# incidents: "the attack" a later toll points back at is the one told with its day.
def test_a_window_of_years_is_no_incident_s_day():
    text = ("A grenade attack on a market in Sopore killed three people on Saturday. Police said "
            "the attacks of the past two years had been rarer. Fifteen others were injured in the attack.")
    assert _dates(text) == [("three", "2021-06-12"), ("Fifteen", "2021-06-12")]


# "killed in a separate bombing": the sentence turns to another incident, which takes no day
# from the one told before it.
def test_a_separate_incident_takes_no_earlier_day():
    text = ("Nine soldiers were killed on Thursday when their convoy was bombed near Bannu. "
            "Officials said more attacks were feared. At least 20 civilians were killed in a "
            "separate bombing in Quetta.")
    assert _dates(text) == [("Nine", "2021-06-10"), ("At least 20", None)]


# An incident told "last week" is a week-long day for the casualties told after it, as a day is.
@pytest.mark.parametrize("text, expected", [
    ("A drone strike on a compound in Bajaur killed 12 people last week. Local elders said the "
     "compound belonged to a tribal chief. Three children were among the dead, they said.",
     [(12, "2021-06-07/2021-06-13"), (3, "2021-06-07/2021-06-13")]),
    ("Rebels overran an army post near Beni last week, killing nine soldiers. Separately, two "
     "aid workers were abducted.", [(9, "2021-06-07/2021-06-13"), (2, None)]),
])
def test_an_incident_told_last_week_dates_its_later_casualties(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# A place the tagger did not label but the gazetteer knows ("in Bajaur") is as exact as a
# town: an incident retold later ("killed in the attack") takes it.
def test_a_retold_incident_takes_a_town_the_tagger_did_not_label():
    text = ("Officials said a senior commander was killed in the missile strike in Bajaur which "
            "killed 18 people on Friday. He was identified by local officials. The sources said "
            "he was at the compound that was hit. Villagers have searched for the graves of four "
            "militants killed in the attack.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["location"] and e["location"]["text"]) for e in events][-1] == (4, "Bajaur")


# A war's toll told in a clause on the war ("a conflict that has killed 50,000") is not dated by
# what is done about the war ("agreed on Monday to end ...").
@pytest.mark.parametrize("text, expected", [
    ("The government and the rebels agreed on Monday to end a conflict that has killed 50,000 people.",
     [(50000, None)]),
    ("Mediators met on Friday to discuss the insurgency, which has killed 3,000 soldiers since 2015.",
     [(3000, "2015/2021-06-14")]),
])
def test_a_war_s_toll_is_not_dated_by_what_is_done_about_the_war(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# An undated opening takes the next sentence's day only when that day is the incident's, not
# the day of what it came after or of a thing that began earlier.
@pytest.mark.parametrize("text, expected", [
    ("Two students were shot dead after clashes with police at the campus. The deaths come after "
     "a week of unrest during strikes that began last Wednesday.", [(2, None)]),
    ("Two students were shot dead at the campus. The killings came after police stormed the "
     "dormitories on Tuesday.", [(2, None)]),
    ("A car bomb has killed nine soldiers. The bomber struck a patrol base on Saturday.",
     [(9, "2021-06-12")]),
])
def test_an_opening_takes_no_day_of_what_its_incident_came_after(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# An undated opening whose day is told later, on a mention of the same incident ("Sunday's
# bombing", "the Thursday morning raid"), takes that day; not past a turn to another incident
# or another day told between, nor for a toll of several incidents.
@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb has killed eleven police officers in the south. Officials fear the toll "
     "will rise. Residents said the road had been closed for weeks. Analysts say Sunday's "
     "bombing was meant to warn the villagers.", [(11, "2021-06-13")]),
    ("Gunmen have stormed an army post near the border. Troops killed 14 of the attackers, and "
     "three soldiers died, an army spokesman said. Shops were burned in the Thursday morning "
     "raid, witnesses said.", [(14, "2021-06-10"), (3, "2021-06-10")]),
    ("Rebels have killed nine soldiers in the hills. Separately, police said Friday's ambush "
     "near the capital left no one hurt.", [(9, None)]),
    ("Militants have killed six guards at a mine. Officials gave no details. On Tuesday, "
     "soldiers cleared a road nearby. Saturday's attack was the worst this year.", [(6, None)]),
    ("Bomb attacks have killed 20 people this month. Friday's blast in the market was the "
     "deadliest.", [(20, "2021-06-01/2021-06-14")]),  # a running total of the month, to the report
    # the day told on the mention's own predicate ("The bomb struck ... late Friday")
    ("A roadside bomb in Syria has killed a French soldier, officials said Saturday. The bomb "
     "struck his armored car late Friday east of Raqqa, a military source said.", [(1, "2021-06-11")]),
    ("A suicide blast has killed 16 people at a wedding hall, police said. The explosion "
     "happened on Thursday evening as guests arrived.", [(16, "2021-06-10")]),
    ("A car bomb has killed seven recruits outside a police academy. The attack was the second "
     "this week, and a curfew was imposed on Wednesday.", [(7, None)]),
])
def test_an_undated_opening_takes_the_day_a_later_mention_of_its_incident_gives(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# The people counted who made the attack that killed them: the attack's day is the event's.
@pytest.mark.parametrize("text, expected", [
    ("Troops shot dead three gunmen who raided a checkpoint in the town on Saturday.",
     [(3, "2021-06-12")]),
    ("Troops killed 12 fighters who launched an assault on the garrison early Friday.",
     [(12, "2021-06-11")]),
    ("Gunners killed six rebels who shelled the base on Sunday.", [(6, "2021-06-13")]),
    # an earlier deed is not the event's day, nor a watch the people counted kept
    ("Rebels killed three soldiers who guarded the bridge on Sunday nights.", [(3, None)]),
    ("Soldiers killed two militants who had ambushed a convoy in May.", [(2, None)]),
    ("Commandos arrested four men who planned the bombing last year.", [(4, None)]),
])
def test_an_attack_made_by_the_people_counted_gives_its_day(text, expected):
    events = [e for e in pipeline.extract(text, published=PUBLISHED)["events"] if e["type"] == "casualty"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# The size of a force that made an attack is of the incident, on its day; a force that guards
# or patrols is not dated by the incident.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a police post in the town on Saturday, killing four officers. About 30 "
     "fighters stormed the compound.", [(4, "2021-06-12"), (30, "2021-06-12")]),
    ("Rebels struck the garrison late Friday. Some 200 rebels besieged the barracks for hours.",
     [(200, "2021-06-11")]),
    ("Militants killed five soldiers on Saturday. Residents fled the area. About 1,500 troops "
     "patrol the province.",
     [(5, "2021-06-12"), (1500, None)]),
])
def test_an_attacking_force_takes_its_incident_s_day(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# Figures that break down a total told over a few days fall in the total's window.
@pytest.mark.parametrize("text, expected", [
    ("Insurgents have killed seven policemen in separate attacks since Friday. Five officers died "
     "when a bomb hit their truck, and two were shot dead at a checkpoint.",
     [(7, "2021-06-11/2021-06-14"), (5, "2021-06-11/2021-06-14"), (2, "2021-06-11/2021-06-14")]),
    # a figure larger than the total, or of another side, is not one of its parts
    ("Insurgents have killed three policemen since Friday. Nine soldiers died in an ambush.",
     [(3, "2021-06-11/2021-06-14"), (9, None)]),
    # a war's toll is no window of its parts
    ("The war has killed 10,000 people since 2019. Four civilians died in a bombing.",
     [(10000, "2019/2021-06-14"), (4, None)]),
])
def test_the_parts_of_a_total_told_over_a_few_days_fall_in_its_window(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


# A tally raised to a figure over a period the clause names is a running total from the
# period's start to the report's day; a toll raised with no period is one incident's.
@pytest.mark.parametrize("text, expected", [
    ("A Marine was killed on Sunday, which brings to 14 the number of U.S. deaths in Syria this "
     "year.", [(1, False, "2021-06-13"), (14, True, "2021-01-01/2021-06-14")]),
    ("The ambush brought to 23 the number of peacekeepers killed in Mali this year.",
     [(23, True, "2021-01-01/2021-06-14")]),
    ("The death toll from the bombing climbed to 57 on Sunday.", [(57, False, "2021-06-13")]),
])
def test_a_tally_raised_over_a_period_is_a_running_total(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [(e["count"]["value"], e["cumulative"], e["date"] and e["date"]["value"]) for e in events] == expected


# "X came N days after <incident>", with X's day told in an earlier sentence: the incident's
# count is N days before that day, not N days after it.
@pytest.mark.parametrize("text, count, value", [
    ("Missiles struck Kyiv on Tuesday, wounding six people. The strikes came one day after a "
     "wave of missiles killed at least 20 people.", "at least 20", "2021-06-07"),
    ("Rebels shelled the base on June 9. The shelling came two days after another attack that "
     "left at least 30 soldiers dead.", "at least 30", "2021-06-07"),
    ("Gunmen raided the village on Friday. The raid came three days after militants killed "
     "eleven policemen nearby.", "eleven", "2021-06-08"),
])
def test_an_incident_told_days_before_the_one_last_dated(text, count, value):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert next(e for e in events if e["count"]["text"] == count)["date"]["value"] == value


# The day written between an incident noun and the relative clause telling its toll is the
# incident's, however the parser hangs it: not the day of the sentence's main verb.
@pytest.mark.parametrize("text, expected", [
    ("Today saw talks between army chiefs following a border clash yesterday which left two "
     "soldiers dead and eight troops captured.", ["2021-06-13", "2021-06-13"]),
    ("Talks were held today after a clash yesterday that left three soldiers dead.", ["2021-06-13"]),
    ("The envoy arrived on Friday, days after an ambush on Tuesday that killed six soldiers.",
     ["2021-06-08"]),
    ("Leaders met today to discuss the raid on Saturday which killed nine policemen.", ["2021-06-12"]),
    # the clause names its own day: that one
    ("Officials spoke today about a clash which on Sunday left four soldiers dead.", ["2021-06-13"]),
    # no incident noun before the day: the parse decides
    ("Police said yesterday that four soldiers were killed today.", ["2021-06-14"]),
])
def test_an_incident_s_day_beside_it(text, expected):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"]["value"] for e in events] == expected


@pytest.mark.parametrize("text, count", [
    ("Security is tight in the city a day after clashes killed 60 people.", "60"),
    ("The town remains calm two days after a bombing that killed 14 people.", "14"),
    ("Police stay on alert a day after gunmen killed five guards.", "five"),
])
def test_told_from_the_report_with_no_publication_date(text, count):
    """"remains calm two days after a bombing": the anchor is the report's day, which an
    article with no publication date does not give. The event is found, with no day (or the
    phrase left unresolved), not an error."""
    result = pipeline.extract(text)
    assert [e["count"]["text"] for e in result["events"]] == [count]
    assert (result["events"][0]["date"] or {}).get("value") is None
    dated = pipeline.extract(text, published=PUBLISHED)["events"][0]["date"]
    assert dated is not None and dated["value"] < PUBLISHED


# "N days after <something>" counts from when that something happened. A clause of its own or a
# thing that is no incident told before ("the election") is no day the narrative dated: with no
# day told for it, the figure beside it is not dated from the narrative's last day (stop 45).
@pytest.mark.parametrize("text", [
    "Rebels stormed the base on Sunday. The rebels said they killed 40 soldiers there, a day "
    "after the garrison had refused to surrender.",
    "Fighting broke out on Friday. Gunmen shot dead six guards two days after the governor "
    "resigned.",
    "A car bomb killed five people on Saturday. A week after the election, gunmen kidnapped "
    "three aid workers.",
])
def test_a_time_counted_from_an_untold_event_is_no_day_of_the_narrative(text):
    last = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert last["date"] is None or last["date"]["value"] is None


@pytest.mark.parametrize("text, value", [
    # the incident the narrative told: its day
    ("A car bomb killed five people on Saturday. Two days after the bombing, gunmen kidnapped "
     "three aid workers.", "2021-06-14"),
    # the count inside the clause: the narrative's day is the main clause's
    ("Clashes broke out on Friday. The clashes came a day after troops killed 12 protesters.",
     "2021-06-10"),
])
def test_a_time_counted_from_a_told_event_keeps_its_day(text, value):
    last = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert last["date"]["value"] == value


# The sentence that tells the attack by its verb ("stormed", "overran", "assaulted") tells the
# incident's day, as one that names it by a noun does ("the attack") or by armed people as its
# subject ("Rebels stormed"), when a named group did it ("The Taliban stormed"): the
# casualties told after it, undated, are of that incident (GUIDELINES §5, a date from
# context). A named group's meeting tells none, nor does a place "surrounded" by a crowd.
@pytest.mark.parametrize("text, dates", [
    ("The ADF stormed an army base in Ituri province on Saturday. Nine soldiers were killed, "
     "the army said.", ["2021-03-13"]),
    ("Al-Qaida's affiliate ambushed a police convoy near Gao on Monday. Four officers died and three were "
     "wounded.", ["2021-03-15", "2021-03-15"]),
    ("The Taliban overran a checkpoint outside Kunduz on Sunday. Seven policemen were killed, "
     "officials said.", ["2021-03-14"]),
    ("Islamic State assaulted the town hall in Palma on Friday. At least 12 civilians were killed.",
     ["2021-03-12"]),
    ("Boko Haram raided a village in Borno state on Tuesday. Residents said 15 people were killed.",
     ["2021-03-16"]),
    ("The army shelled rebel positions on Monday. Separately, five civilians were killed in a "
     "bombing in Kabul.", [None]),
    ("Protesters surrounded the parliament on Monday. Six soldiers were killed, officials said.",
     [None]),
    ("The Taliban met the delegation in Doha on Monday. Six soldiers were killed, officials "
     "said.", [None]),
])
def test_the_attack_told_by_its_verb_dates_its_casualties(text, dates):
    events = pipeline.extract(text, published="2021-03-17")["events"]  # a Wednesday
    assert [e["date"] and e["date"]["value"] for e in events] == dates


# A day right after the reporting verb is the report's, even where the parser hangs it on the
# harm, when the harm's clause tells a time of its own ("said on Monday they had killed 120
# soldiers over the weekend"); with no other time, what the parse says stands.
@pytest.mark.parametrize("text, value", [
    ("Tigrayan forces said on Monday they had killed 120 government soldiers over the weekend "
     "in fighting near Kobo.", "2021-03-13/2021-03-14"),
    ("The army said on Monday its troops killed 30 militants in raids on Saturday near Dikwa.",
     "2021-03-13"),
    ("Police said on Tuesday that gunmen had killed six people on Sunday night in Kaduna.",
     "2021-03-14"),
    ("Police said on Monday gunmen killed five people in Kaduna.", "2021-03-15"),
])
def test_the_report_s_day_gives_way_to_the_harm_s_own_time(text, value):
    (event,) = pipeline.extract(text, published="2021-03-17")["events"]  # a Wednesday
    assert event["date"]["value"] == value


# The NER often tags no date at the head of a new paragraph: "The day before", "A day after the
# attack", "Two weeks later" told there still count from the day the narrative last dated.
@pytest.mark.parametrize("text, value", [
    ("A suicide bomber struck a mosque in Quetta on Friday, police said.\n\nThe day before, gunmen "
     "had killed four policemen in the nearby Pishin district.", "2021-06-10"),
    ("Insurgents overran an army post in Kidal on Tuesday, killing six soldiers.\n\nA day after the "
     "attack, gunmen abducted five aid workers near Tessalit.", "2021-06-09"),
    ("Rebels blew up a bridge north of Goma on June 2.\n\nTwo days after the blast, an ambush on "
     "the road killed seven soldiers.", "2021-06-04"),
    ("The militia seized the airport on May 20.\n\nThree weeks later, 12 militiamen were killed "
     "when troops retook it.", "2021-06-10"),
    ("Troops stormed the rebel camp on Sunday.\n\nThe previous day, an air strike had killed nine "
     "fighters there.", "2021-06-12"),
])
def test_a_time_told_from_the_narrative_at_a_paragraph_s_head(text, value):
    dates = [e["date"] and e["date"]["value"] for e in pipeline.extract(text, published=PUBLISHED)["events"]]
    assert dates[-1] == value


def test_the_day_before_yesterday_stays_told_from_the_report():
    text = ("Troops shelled the village on Thursday.\n\nThe day before yesterday, rebels killed three "
            "soldiers at a checkpoint.")
    (event,) = pipeline.extract(text, published=PUBLISHED)["events"]
    assert event["date"]["value"] == "2021-06-12"


# A sentence that opens on a time told apart from the narrative's day ("Two days after the
# attack, ...", "The day before, ...", "A week later, ...") tells another incident: its day is
# never the day of what the sentences before it told, and it takes none of theirs.
@pytest.mark.parametrize("text, values", [
    ("Gunmen stormed a police post in Garissa on Saturday, killing three officers. The attackers "
     "lost five fighters, police said.\n\nTwo days after the attack, a roadside bomb killed four "
     "soldiers near Mandera.", ["2021-06-12", "2021-06-12", "2021-06-14"]),
    ("Rebels shelled the town of Beni on Wednesday, killing six civilians. The army said 11 rebels "
     "died in the fighting. Four days later, an ambush killed nine soldiers on the road to Butembo.",
     ["2021-06-09", "2021-06-09", "2021-06-13"]),
    ("A drone strike hit a fuel depot in Marib on Friday. Nine guards were wounded.\n\nThe day before, "
     "Houthi fighters had killed two tribesmen in al-Jawf.", ["2021-06-11", "2021-06-10"]),
    ("Militants attacked an army base in Bakool region on Saturday, killing four soldiers, an "
     "officer said. The militants claimed they had killed 12 soldiers.\n\nTwo days after the "
     "attack, a mortar shell killed a boy in Mogadishu.", ["2021-06-12", "2021-06-12", "2021-06-14"]),
    ("Rebels stormed a police station in Kismayo on Saturday, killing three officers.\n\nThe "
     "rebels, who used grenades in the assault, lost six fighters, police said. The rebels claimed "
     "they had killed 10 officers.\n\nTwo days after the assault, a bomb killed a trader in Baidoa.",
     ["2021-06-12", "2021-06-12", "2021-06-12", "2021-06-14"]),
])
def test_a_sentence_opening_on_a_time_apart_tells_another_incident(text, values):
    assert [value for _, value in _dates(text)] == values


# The day of a statement is no day the narrative counts from: "The day before" after "said in a
# statement on Sunday" is the day before the incident told, not Saturday. (A day on the verb
# itself, "officials said on Sunday", often is the incident's day too, and stays an anchor.)
@pytest.mark.parametrize("text, value", [
    ("Gunmen ambushed a convoy near Gao early on Friday, killing six soldiers, the army said in a "
     "statement on Sunday.\n\nThe day before the ambush, the gunmen had wounded three guards at a "
     "checkpoint, the statement said.", "2021-06-10"),
    ("A missile struck a market in Kherson on Thursday, killing five people, the governor said in "
     "Saturday's briefing.\n\nA day earlier, a drone killed two men in the city.", "2021-06-09"),
    ("Militants killed 30 villagers in Mopti region on Friday, according to a statement from the "
     "governor on Sunday.\n\nThe day before, an army patrol had lost four soldiers to a mine.",
     "2021-06-10"),
])
def test_the_day_of_a_statement_is_not_counted_from(text, value):
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert events[-1]["date"]["value"] == value


# A look back ("The day before, ...", "A week earlier, ...") is an aside: the report then comes
# back to its incident, and what it tells after the aside with no day of its own is that
# incident's, not the aside's day.
@pytest.mark.parametrize("text, values", [
    ("Gunmen ambushed a convoy near Gao early on Friday, killing six soldiers.\n\nThe day before, "
     "the gunmen had wounded three guards at a checkpoint.\n\nThe army said its troops killed about "
     "15 attackers during the fighting.", ["2021-06-11", "2021-06-10", "2021-06-11"]),
    ("Rebels overran a base near Beni on Thursday, killing nine soldiers. A week earlier, the same "
     "group had abducted 12 farmers.\n\nThe army said 20 rebels died in the battle.",
     ["2021-06-10", "2021-06-03", "2021-06-10"]),
    ("Gunmen ambushed a convoy near Gao early on Friday, killing six soldiers.\n\nThe day before "
     "the ambush, the gunmen had attacked a checkpoint, wounding three guards.\n\nThe army said "
     "its troops killed about 15 attackers during the fighting.", ["2021-06-11", "2021-06-10", "2021-06-11"]),
])
def test_a_look_back_is_an_aside(text, values):
    assert [value for _, value in _dates(text)] == values


# A later telling of the incident ("A day later, the army said 14 soldiers had been killed"):
# a time counted forward that opens a report, whose figure looks back (a past perfect) or
# tells of no new attack or place, is when the figure was given. The incident is the one told
# before, with its day and place; the shifted day is the report's. A new attack told so ("Two
# days later, police said a bomb killed four soldiers in Mandera") is still another incident.
@pytest.mark.parametrize("text, date, place", [
    ("Jihadists ambushed an army convoy near Gao on Saturday. A day later, the army said 14 "
     "soldiers had been killed.", "2021-06-12", "near Gao"),
    ("Gunmen raided a police post in Garissa on Thursday. Two days after the raid, police said "
     "four officers had died.", "2021-06-10", "Garissa"),
    ("A bomb tore through a market in Maiduguri on Wednesday. A day later, officials said the "
     "blast killed 19 people.", "2021-06-09", "Maiduguri"),
    ("Fighters stormed a base near Beni on Friday. The next day, the army announced that 11 "
     "soldiers were killed in the assault.", "2021-06-11", "near Beni"),
    ("Rebels shelled the town of Kaya on Wednesday. Two days later, the governor confirmed that "
     "six civilians had lost their lives.", "2021-06-09", "Kaya"),
    # a new attack, told on the later day, is that day's
    ("Rebels attacked a camp near Bunia on Friday. Two days later, police said a bomb killed "
     "four soldiers in Mandera.", "2021-06-13", "Mandera"),
    ("Rebels attacked a camp near Bunia on Friday. A day later, police said gunmen killed three "
     "traders in Komanda.", "2021-06-12", "Komanda"),
])
def test_a_later_telling_of_the_incident(text, date, place):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["date"] or {}).get("value") == date
    assert place in ((event["location"] or {}).get("text") or "")


# A day on a telling to someone ("told AFP on Thursday", "told reporters on Friday") is the
# day of the report, as "said on Thursday" is: the event's date stays null and reported_date
# holds the day (GUIDELINES §5). A day of the clause's own stays the event's.
@pytest.mark.parametrize("text, date, reported", [
    ("Bandits killed 14 herders near Gusau, a local official told AFP on Thursday.", None, "2021-06-10"),
    ("Rebels shot dead six soldiers in an ambush, the army told reporters on Friday.", None, "2021-06-11"),
    ("Four police officers died in the blast, a spokesman told The Associated Press on Sunday.",
     None, "2021-06-13"),
    ("Two medics were wounded by shelling, the governor told local television on Saturday.", None, "2021-06-12"),
    # a verb that tells no one ("showed a new tactic"): its day is the event's
    ("Rebels showed a new tactic on Saturday, posing as police to reach a checkpoint and kill "
     "four guards.", "2021-06-12", None),
    # the clause tells its own day (reported_date is kept only when the report's day is all
    # the text gives)
    ("Bandits killed 14 herders near Gusau on Tuesday, a local official told AFP on Thursday.",
     "2021-06-08", None),
])
def test_a_day_on_telling_someone_is_the_report_s(text, date, reported):
    [event] = pipeline.extract(text, published=PUBLISHED)["events"]
    assert ((event["date"] or {}).get("value"), event["reported_date"]) == (date, reported)


# A clock time with no day of its own ("at about 3 a.m.") is on the day the sentence before
# told for the incident, not the report's: the narrative goes on telling that day. With no day
# told before, it stays the report's day (GUIDELINES §10); a day of a statement tells no
# incident's day; a turn to another incident takes nothing from before.
@pytest.mark.parametrize("text, date", [
    ("Rebels attacked the garrison on Wednesday. The fighters struck the barracks at about 3 a.m., "
     "killing four soldiers.", "2021-06-09"),
    ("Gunmen raided the village of Koro late on Saturday. They opened fire at 11 p.m., killing six "
     "farmers, police said.", "2021-06-12"),
    # no day told before: the report's day
    ("Troops clashed with militants in the hills. Shells hit the camp at 5 a.m., killing two "
     "soldiers.", PUBLISHED),
    # the day before is only the statement's
    ("The army said on Friday that it had repelled the raid. A rocket hit the base at 2 a.m., "
     "wounding three guards.", PUBLISHED),
    # a turn to another incident
    ("Rebels attacked the garrison on Wednesday. Separately, a bomb exploded at 9 a.m., killing two "
     "traders.", PUBLISHED),
])
def test_a_clock_time_is_on_the_day_told_before(text, date):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["date"] or {}).get("value") == date


# A running total counted from something the report dated before ("since the vote", "since
# her death", "since the offensive began", "since then", "have died since") runs from that
# day to the report's (GUIDELINES §5: since X is X/<publication date>): the day told with the
# same thing before, else the day the sentence right before tells. A war that began before
# what was dated last, a "since" of cause, and a total with a start of its own keep theirs.
@pytest.mark.parametrize("text, date", [
    ("The disputed election was held on May 30. Officials say nearly 80 people have been killed "
     "since the vote.", "2021-05-30/2021-06-14"),
    ("The opposition leader was assassinated on Thursday. Unrest since her death has killed 32 "
     "people.", "2021-06-10/2021-06-14"),
    ("The army launched its offensive on June 1. Since the offensive began, 43 soldiers have been "
     "killed.", "2021-06-01/2021-06-14"),
    ("Rebels seized the town on June 2. Since then, at least 60 civilians have been killed.",
     "2021-06-02/2021-06-14"),
    ("Rebels seized the town on June 2. At least 60 civilians have been killed there since.",
     "2021-06-02/2021-06-14"),
    ("The ceasefire collapsed on June 3. More than 90 fighters have died since the truce ended.",
     "2021-06-03/2021-06-14"),
    ("The June 3 coup plunged the country into chaos. Security forces have killed 70 protesters "
     "since the coup.", "2021-06-03/2021-06-14"),
    ("The offensive began on June 1. The army stormed two villages on Friday. Since the offensive "
     "began, 43 soldiers have been killed.", "2021-06-01/2021-06-14"),
    # what was dated last is not when the war began
    ("Rebels killed five soldiers on Monday. More than 3,000 people have died since the war began.",
     None),
    # a "since" of cause
    ("The convoy left on Monday. Since the road was mined, four soldiers were killed.", None),
])
def test_a_running_total_since_something_dated_before(text, date):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["date"] or {}).get("value") == date


# A period told with a superlative ("the deadliest in the city this year", "the worst attack this
# month", "the first raid in months") is the window of a comparison, not the incident's time: a
# day the sentence tells of the incident wins, and a sentence with no day leaves it undated.
@pytest.mark.parametrize("text, date", [
    ("The bombing on Sunday was the deadliest in the city this year. It killed seven people, "
     "police said.", "2021-06-13"),
    ("Sunday's bombing was the worst in Kabul this year. It killed seven people.", "2021-06-13"),
    ("The raid on Thursday was the deadliest attack on the town this month. Rebels killed four "
     "guards.", "2021-06-10"),
    ("Friday's ambush was the first on the highway in months. It left six soldiers dead.", "2021-06-11"),
    # a day with the superlative is the incident's own
    ("Rebels killed nine soldiers in the deadliest attack on Saturday.", "2021-06-12"),
])
def test_a_superlative_s_window_is_not_the_incident_s_time(text, date):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["date"] or {}).get("value") == date


# "The same night", "earlier the same day": the day the narrative told, never the report's.
@pytest.mark.parametrize("text, date", [
    ("Gunmen killed six soldiers near Kalat on Sunday. In a separate attack earlier the same day, "
     "10 policemen were killed near Quetta.", "2021-06-13"),
    ("Militants attacked a base near Bosaso on Saturday. Police detained five suspected militants "
     "in the town the same night.", "2021-06-12"),
    ("Rebels stormed a village near Beni on Friday, killing eight people. The same evening, an "
     "ambush killed three soldiers near Oicha.", "2021-06-11"),
    ("Troops shelled rebel positions on Thursday. Later the same day, a drone strike killed four "
     "fighters near Idlib.", "2021-06-10"),
    ("A mine hit a bus near Kidal on Wednesday. That same day, gunmen killed two herders in "
     "Menaka.", "2021-06-09"),
])
def test_the_same_day_is_the_day_told_before(text, date):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["date"] or {}).get("value") == date


# A past time in a clause joined to a present one with a subject of its own ("expelled French
# troops last year, and 1,000 U.S. troops remain stationed") dates that clause only; clauses
# of one narrative in the past share their day.
@pytest.mark.parametrize("text, date", [
    ("Niger's junta expelled French troops last year, and some 1,000 U.S. troops remain stationed "
     "at a drone base near Agadez.", None),
    ("Rebels seized the town in March, and about 2,000 soldiers are now deployed around it.", "2021-06-14"),
    ("The mission ended its patrols in 2019, and 300 peacekeepers remain in the province.", None),
    ("Militants overran the base last month, and 40 soldiers are still missing.", None),
    # one narrative in the past
    ("Gunmen attacked the village on Monday, and five people were killed.", "2021-06-14"),
    ("Rebels attacked on Monday and killed 12 soldiers.", "2021-06-14"),
])
def test_a_past_clause_beside_a_present_one_dates_only_itself(text, date):
    event = pipeline.extract(text, published=PUBLISHED)["events"][-1]
    assert (event["date"] or {}).get("value") == date


# What a report says its incident follows came before it: a day told of that ("This follows a
# suicide bombing on Saturday that killed 40") is that earlier incident's, not the opening's,
# and a later sentence that retells the opening's incident on another day places neither.
@pytest.mark.parametrize("text, expected", [
    ("Two car bombs have killed at least 11 people in the east. This follows a suicide bombing on "
     "Saturday that killed 40 people. The latest blasts struck early Monday in the town of Bouira.",
     [("at least 11", "2021-06-14"), ("40", "2021-06-12")]),
    ("Gunmen have killed six soldiers at a checkpoint. It follows an ambush on Friday that left "
     "nine police officers dead. The latest attack took place on Sunday near Kidal.",
     [("six", "2021-06-13"), ("nine", "2021-06-11")]),
    ("A roadside bomb has wounded four peacekeepers. The blast followed clashes on Thursday in "
     "which 12 rebels died.", [("four", None), ("12", "2021-06-10")]),
])
def test_what_the_incident_follows_is_dated_apart(text, expected):
    assert _dates(text)[: len(expected)] == expected


def test_a_retelling_on_another_day_places_no_earlier_incident():
    text = ("Two car bombs have killed at least 11 people in the east. This follows a suicide bombing "
            "on Saturday that killed 40 people. The latest blasts struck early Monday in the town of Bouira.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    forty = next(e for e in events if e["count"]["text"] == "40")
    assert "Bouira" not in (forty["location"] or {}).get("text", "")


# A bomber who "blew herself up", gunmen who "gunned down" guards, a bomber who "detonated" a
# vest: the sentence tells the attack, so a lede two sentences before takes its day.
@pytest.mark.parametrize("text, expected", [
    ("A suicide bombing in the capital has killed at least 12 people. The attack came a day after "
     "talks collapsed. Police say a woman blew herself up Saturday morning at a checkpoint.",
     [("at least 12", "2021-06-12")]),
    ("An attack on a border post has killed nine guards. The post had been attacked before. "
     "Officials say gunmen gunned down the guards late Sunday.", [("nine", "2021-06-13")]),
    ("A bombing at a market has killed 15 people. Security had been tight for weeks. A bomber "
     "detonated his vest on Friday near the main gate.", [("15", "2021-06-11")]),
])
def test_a_bomber_blowing_up_tells_the_attack_s_day(text, expected):
    assert _dates(text)[: len(expected)] == expected
