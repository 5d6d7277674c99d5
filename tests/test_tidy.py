"""Markup residue in converted web text (``pipeline.text.tidy``): the model reads the text
without it, and every span still indexes the text as given. Sentences are our own."""

from __future__ import annotations

import random

import pytest

import pipeline
from pipeline.schema import check_spans
from pipeline.text.tidy import tidy, to_original

RESIDUE = [
    ("Four African Union  peacekeeper s were killed near Nyala  .",
     "Four African Union  peacekeepers were killed near Nyala."),
    ("The army ( AU ) said 12 rebels died in Kismayo  , officials said.",
     "The army (AU) said 12 rebels died in Kismayo, officials said."),
    ("Clean text stays as it is.", "Clean text stays as it is."),
]


@pytest.mark.parametrize("text, expected", RESIDUE)
def test_tidy_only_deletes_spaces_and_maps_every_kept_character(text, expected):
    tidied, origin = tidy(text)
    assert tidied == expected
    if origin is None:
        assert tidied == text
        return
    assert len(origin) == len(tidied) + 1 and origin[-1] == len(text)
    assert all(text[o] == c for o, c in zip(origin, tidied))
    assert all(text[i].isspace() for i in set(range(len(text))) - set(origin))


def test_line_breaks_and_words_are_never_touched():
    text = "Two soldiers were wounded .\n\nThree more  died  in  Gao ."
    assert tidy(text)[0] == "Two soldiers were wounded.\n\nThree more  died  in  Gao."


def test_spans_move_back_onto_the_text_as_given():
    text = "Gunmen killed 9 police officer s in Herat  ."
    tidied, origin = tidy(text)
    start = tidied.index("police officers")
    found = {"events": [{"count": {"text": "x", "start": start, "end": start + len("police officers")}}]}
    to_original(found, origin, text)
    span = found["events"][0]["count"]
    assert text[span["start"]:span["end"]] == span["text"] == "police officer s"


def test_a_plural_cut_off_by_a_link_still_counts_its_people():
    events = pipeline.extract("Seven United Nations  peacekeeper s are dead after the attack on the base  .",
                              published="2008-07-10")["events"]
    assert [(e["outcome"], e["count"]["value"], (e["actor"] or {}).get("group")) for e in events] == [
        ("killed", 7, "UN")]


def test_every_span_indexes_the_text_as_given_whatever_the_residue():
    rng = random.Random(7)
    base = ("On Monday , rebels killed 14 soldier s near Gao  , the army said . Another 20 were "
            "wounded in Kidal ( Mali ) on Tuesday , officials said .")
    for _ in range(12):
        words = base.split(" ")
        text = " ".join(w + " " * rng.choice((0, 0, 1, 2)) for w in words).strip()
        result = pipeline.extract(text, published="2012-04-03")
        check_spans(text, result)  # raises on any span that is not its text's slice
        assert result["events"]


# A section label or category title left before the first sentence with no stop between them
# is ended there, so the sentence and its events are read without it.
@pytest.mark.parametrize("text, expected", [
    ("Sudan conflict  Nine Kenyan peacekeepers were killed and 14 wounded near Juba on Sunday.",
     [("killed", 9, "KEN"), ("wounded", 14, "KEN")]),
    ("Chad infobox  Two Irish soldiers were wounded Friday.", [("wounded", 2, "IRL")]),
])
def test_a_label_before_the_first_sentence_is_read_apart(text, expected):
    events = pipeline.extract(text, published="2008-03-10")["events"]
    assert [(e["outcome"], e["count"]["value"], (e["actor"] or {}).get("country")) for e in events] == expected


@pytest.mark.parametrize("text", [
    "According to United States  President Bush, 12 soldiers died.",
    "The Argentine  President, Nestor Kirchner, spoke.",
    "Clean text. Two soldiers died.",
])
def test_a_phrase_with_function_words_is_no_label(text):
    tidied, _ = tidy(text)
    assert "\n" not in tidied


# A label's gap that another residue rule would also trim (the spaces after an opening bracket)
# is kept whole for its full stop: no crash, every span on the text as given.
@pytest.mark.parametrize("text", [
    "(  3,500. 3,500 soldiers were killed including 3,500 North Korean and 3,500 soldiers. ",
    "[  Iraq  Twelve soldiers were killed on Monday.",
    "(  Mali war  Nine soldiers were wounded.",
])
def test_a_label_gap_another_rule_trims_is_kept_whole(text):
    tidied, origin = tidy(text)
    assert origin is None or len(origin) == len(tidied) + 1
    check_spans(text, pipeline.extract(text, published="2012-04-03"))
