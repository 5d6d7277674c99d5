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
