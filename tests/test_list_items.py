"""An article's list items are sentences of their own (issue 12): a round-up of incidents told
as a bulleted list ("* 9 soldiers killed in ...", Wikinews' inline ":*", items separated by
"<br>", numbered items) was read as one sentence, so every item took the first item's place.
Each item now keeps its own place and count; the lede that introduces the list still gives the
items its day. Every sentence is the tests' own."""

from __future__ import annotations

import pytest

import pipeline

PUBLISHED = "2021-03-06"  # a Saturday


def _places(text: str) -> list[tuple[int, str | None]]:
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    return [(e["count"]["value"], e["location"] and e["location"]["text"].split()[-1]) for e in events]


@pytest.mark.parametrize("items", [
    # one item per line, with the markers people and wikis write
    "\n* 4 soldiers killed by a roadside bomb near Kandahar\n* 12 police wounded in a blast in Herat\n"
    "* 3 civilians killed by a mortar round in Kunduz\n",
    "\n- 4 soldiers killed by a roadside bomb near Kandahar\n- 12 police wounded in a blast in Herat\n"
    "- 3 civilians killed by a mortar round in Kunduz\n",
    "\n• 4 soldiers killed by a roadside bomb near Kandahar\n• 12 police wounded in a blast in Herat\n"
    "• 3 civilians killed by a mortar round in Kunduz\n",
    "\n  1. 4 soldiers killed by a roadside bomb near Kandahar\n  2. 12 police wounded in a blast in Herat\n"
    "  3. 3 civilians killed by a mortar round in Kunduz\n",
    # a wiki's inline bullets and line breaks, left in the text by the export
    " :* 4 soldiers killed by a roadside bomb near Kandahar :* 12 police wounded in a blast in Herat "
    ":* 3 civilians killed by a mortar round in Kunduz",
    " 4 soldiers killed by a roadside bomb near Kandahar<br> 12 police wounded in a blast in Herat<br/>"
    " 3 civilians killed by a mortar round in Kunduz<br>",
])
def test_each_list_item_keeps_its_own_place(items):
    text = "Other attacks reported across Afghanistan on Friday include:" + items
    assert _places(text) == [(4, "Kandahar"), (12, "Herat"), (3, "Kunduz")]


def test_the_lede_of_a_list_gives_its_items_their_day():
    text = ("The following attacks took place on Thursday:\n* 4 soldiers killed by a roadside bomb "
            "near Kandahar\n* 12 police wounded in a blast in Herat\n")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    assert [e["date"] and e["date"]["value"] for e in events] == ["2021-03-04", "2021-03-04"]


@pytest.mark.parametrize("text, expected", [
    # a dash inside a line, or a hyphen that starts a word, is no list
    ("Four soldiers - all of them conscripts - were killed near Kandahar.", [(4, "Kandahar")]),
    ("The convoy was hit near Herat.\n-12 degrees froze the road, and 3 drivers were hurt in Kunduz.",
     [(3, "Kunduz")]),
    # a line that opens with a count is no numbered item
    ("Police said:\n12 people were wounded in a blast in Herat.", [(12, "Herat")]),
])
def test_what_is_no_list_marker_changes_nothing(text, expected):
    assert _places(text) == expected


def test_spans_hold_on_list_items():
    text = ("Reports on Friday include: :* 4 soldiers killed near Kandahar<br> :* 12 police "
            "wounded in Herat\n- 3 civilians killed in Kunduz")
    result = pipeline.extract(text, published=PUBLISHED)
    assert len(result["events"]) == 3
    for event in result["events"]:
        for field in ("count", "location", "trigger", "source"):
            value = event[field]
            if value:
                assert text[value["start"]:value["end"]] == value["text"]


def test_an_item_that_names_no_place_takes_the_lead_in_s_not_the_item_before():
    text = ("Fighting in Helmand province on Thursday left these casualties:\n"
            "* 5 soldiers killed in an ambush near Sangin\n"
            "* 8 insurgents killed in air strikes\n")
    assert _places(text) == [(5, "Sangin"), (8, "province")]


def test_the_same_figure_in_two_items_is_two_claims():
    text = ("Attacks on Thursday included:\n* 1 soldier killed by a sniper in Kirkuk\n"
            "* 1 soldier killed by a sniper in Mosul\n* 2 police wounded in Tikrit\n"
            "* 2 police wounded in Baiji\n")
    assert _places(text) == [(1, "Kirkuk"), (1, "Mosul"), (2, "Tikrit"), (2, "Baiji")]
