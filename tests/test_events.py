"""Golden and devset tests for the whole pipeline (model loaded once per session).

The devset (tests/data/devset) holds real articles with hand-made gold events; the scorer is
SPEC's matching rule (pipeline.evaluate).
"""


import json
from pathlib import Path

import pytest

from pipeline.evaluate import match_article, score

SEED_ID = "seed_2025_03_04_nk_kursk"


def _actor_value(event):
    actor = event["actor"] or {}
    country = actor.get("country")
    return country if country is not None else actor.get("group")


def test_events_seed_finds_every_gold_event(devset_gold, devset_output):
    gold = devset_gold[SEED_ID]["events"]
    predicted = devset_output[SEED_ID]["events"]
    pairs = dict(match_article(gold, predicted))
    missing = [g["count"]["surface"] for i, g in enumerate(gold) if i not in pairs]
    assert not missing, f"seed events not found: {missing}"
    for g, p in pairs.items():
        expected = gold[g]["actor"]["value"]
        found = _actor_value(predicted[p])
        if isinstance(expected, list):
            assert sorted(found or []) == sorted(expected), gold[g]["id"]
        else:
            assert found == expected, gold[g]["id"]


def test_events_seed_ignores_its_traps(devset_gold, devset_output):
    body = devset_output[SEED_ID]
    counted = {(e["count"]["start"], e["count"]["end"]) for e in body["events"]}
    for trap in devset_gold[SEED_ID]["hard_negatives"]:
        start, end = trap["span"]
        assert not any(s < end and start < e for s, e in counted), trap


# Event F1 and field accuracies as measured when each floor was set, minus 0.02 and 0.05.
SET_FLOORS = {
    # issue 3's own set: 0.804 F1 before any rule was tuned on it, 0.913 when this was set
    "extra": (0.88, {"actor": 0.68, "location": 0.80, "date": 0.77, "source": 0.88, "civilian": 0.87}),
    # annotated blind: 0.764 F1 the first time Muster ran on it, 0.854 when this was set
    "heldout": (0.83, {"actor": 0.58, "location": 0.70, "date": 0.56, "source": 0.90, "civilian": 0.92}),
    # annotated blind too: 0.667 F1 on its first run, 0.867 when this was set
    "blind": (0.84, {"actor": 0.64, "location": 0.47, "date": 0.67, "source": 0.83, "civilian": 0.95}),
    # issue 12's fresh blind set: its first run (0.735 F1), no rule tuned on it
    "unseen": (0.71, {"actor": 0.45, "location": 0.33, "date": 0.61, "source": 0.78, "civilian": 0.89}),
    # issue 12's fresh blind sets b (Asia) and c (Europe, Americas): their first runs (0.830 and
    # 0.784 F1), no rule tuned on them
    "unseen_b": (0.80, {"actor": 0.54, "location": 0.50, "date": 0.63, "source": 0.81, "civilian": 0.72}),
    "unseen_c": (0.75, {"actor": 0.75, "location": 0.45, "date": 0.40, "source": 0.95, "civilian": 0.75}),
    # issue 12's fresh blind sets d (Africa, Middle East) and e (South Asia, Balkans): their
    # first runs at 762254b (0.935 and 0.960 F1); their misses have not been read
    "unseen_d": (0.91, {"actor": 0.39, "location": 0.64, "date": 0.70, "source": 0.95, "civilian": 0.77}),
    "unseen_e": (0.94, {"actor": 0.28, "location": 0.36, "date": 0.36, "source": 0.95, "civilian": 0.95}),
    # issue 12's fresh blind set f: first run at d56a192 0.710 F1; two more deployments found
    # since (a unit's size, then soldiers "flown to" a place: issue 13's phenomena) lowered its
    # field shares, each new event one more matched with fields of its own; misses not read
    "unseen_f": (0.72, {"actor": 0.61, "location": 0.50, "date": 0.66, "source": 0.86, "civilian": 0.86}),
    # issue 12's fresh blind set g: first run at 493dbfd (0.938 F1); misses not read
    "unseen_g": (0.91, {"actor": 0.76, "location": 0.52, "date": 0.58, "source": 0.79, "civilian": 0.87}),
    # issue 12's fresh blind set h: first run at bb29d17 (0.849 F1); misses not read
    "unseen_h": (0.82, {"actor": 0.78, "location": 0.62, "date": 0.69, "source": 0.78, "civilian": 0.82}),
    # issue 12's fresh blind set i: first run at e879706 (0.844 F1); misses not read
    "unseen_i": (0.81, {"actor": 0.52, "location": 0.56, "date": 0.67, "source": 0.85, "civilian": 0.89}),
    # issue 12's fresh blind set j: first run at afe9ff0 (0.892 F1); misses not read
    "unseen_j": (0.87, {"actor": 0.70, "location": 0.66, "date": 0.67, "source": 0.89, "civilian": 0.78}),
    # issue 12's fresh blind set l (odd years): first run at e5517f9 (0.931 F1); misses not read
    # issue 12's fresh blind set k (even years): first run at e5517f9 (0.865 F1); misses not read
    "unseen_k": (0.83, {"actor": 0.81, "location": 0.78, "date": 0.62, "source": 0.93, "civilian": 0.75}),
    # l's actor floor 0.93 -> 0.92 in stop 35: one more event matched ("one of Muhammad's
    # sons", family nouns now count) with its actor unread; the actors right are unchanged
    "unseen_l": (0.90, {"actor": 0.92, "location": 0.70, "date": 0.67, "source": 0.78, "civilian": 0.95}),
    # issue 12's fresh blind sets m and n (Wikinews, even and odd page ids): first runs at
    # f6de88e (0.742 and 0.776 F1); misses read in stop 33 (tuned since)
    "unseen_m": (0.72, {"actor": 0.63, "location": 0.42, "date": 0.39, "source": 0.78, "civilian": 0.81}),
    "unseen_n": (0.75, {"actor": 0.70, "location": 0.57, "date": 0.56, "source": 0.81, "civilian": 0.78}),
    # issue 12's fresh blind sets o and p (VOA and DoD, even and odd years): first runs at
    # e8521cb (0.889 and 0.844 F1); o's misses read in stop 33 (tuned since), p's not read
    "unseen_o": (0.86, {"actor": 0.68, "location": 0.63, "date": 0.68, "source": 0.82, "civilian": 0.91}),
    "unseen_p": (0.82, {"actor": 0.78, "location": 0.68, "date": 0.78, "source": 0.86, "civilian": 0.94}),
    # issue 12's fresh blind set q (VOA and DoD, even years, half from 2014 on): first run at
    # 01a0a59 (0.800 F1); misses not read
    "unseen_q": (0.78, {"actor": 0.80, "location": 0.67, "date": 0.58, "source": 0.84, "civilian": 0.88}),
    # and r (odd years, seven from 2015 on): first run at 01a0a59 (0.874 F1); misses not read
    "unseen_r": (0.85, {"actor": 0.65, "location": 0.80, "date": 0.76, "source": 0.92, "civilian": 0.94}),
    # issue 12's fresh blind sets s and t (Wikinews, two disjoint halves of the stream's unused
    # conflict reports): first runs at ba9bfbc (0.811 and 0.785 F1); misses not read. s's source
    # floor is 0.89 from stop 50: two figures a spokesman retells in a quotation now carry his
    # name, where the gold took them from the unattributed sentence before
    "unseen_s": (0.79, {"actor": 0.67, "location": 0.60, "date": 0.67, "source": 0.89, "civilian": 0.76}),
    "unseen_t": (0.76, {"actor": 0.68, "location": 0.62, "date": 0.88, "source": 0.88, "civilian": 0.84}),
    # issue 12's fresh blind set u (Wikinews, 23 articles, 98 events, annotated blind in stop
    # 33): first run at de123a8 (0.842 F1, actor 0.792, location 0.597, date 0.779, source
    # 0.857, civilian 0.857); misses not read
    "unseen_u": (0.82, {"actor": 0.77, "location": 0.57, "date": 0.75, "source": 0.83, "civilian": 0.83}),
    # v: misses read in stop 36 (tuned since); actor 0.79 from stop 59, when one more true
    # event with no side was found (93 of 116 -> 93 of 117 matched)
    "unseen_v": (0.79, {"actor": 0.79, "location": 0.64, "date": 0.72, "source": 0.86, "civilian": 0.86}),
    # issue 12's fresh blind set w (21 Wikinews and 9 VOA/DoD articles, 146 events, annotated
    # blind in stop 35): first run at 03482fa (0.809 F1, actor 0.807, location 0.640, date
    # 0.658, source 0.798, civilian 0.860); misses not read. Floors three points under it.
    "unseen_w": (0.78, {"actor": 0.78, "location": 0.61, "date": 0.63, "source": 0.77, "civilian": 0.83}),
    # issue 12's fresh blind set x (23 Wikinews and 7 VOA/Army/DoD articles, 124 events,
    # annotated blind in stop 36): first run at 870700f (0.838 F1, actor 0.786, location 0.714,
    # date 0.663, source 0.867, civilian 0.878); misses not read. Floors three points under it.
    # x's misses read in stop 38 (tuned since).
    "unseen_x": (0.80, {"actor": 0.75, "location": 0.68, "date": 0.63, "source": 0.83, "civilian": 0.84}),
    # issue 12's fresh blind set y (28 Wikinews and 2 VOA articles, 122 events, annotated
    # blind in stop 37): first run at 52a1566 (0.852 F1, actor 0.716, location 0.611, date
    # 0.811, source 0.853, civilian 0.863). Floors three points under it, but date four: stop
    # 37's clock time as the report's day (GUIDELINES §10, as "in the morning") cost three
    # dates whose annotator left a clock time undated (0.779 at 06ef50c). Location 0.54: stop
    # 38's rule that "U.S. warplanes" names no ground made one raid's report (Isahaqi) about
    # Iraq, not the United States, so four figures told after the opening now take the
    # opening's Iraqi place; they had taken the village told later only because every Iraqi
    # place was filtered out as not in the wrong country (0.547; actor 0.716 -> 0.758, country
    # 78/87 -> 82/87, within 25 km 34/61 -> 38/61).
    "unseen_y": (0.82, {"actor": 0.68, "location": 0.54, "date": 0.77, "source": 0.82, "civilian": 0.83}),
    # issue 12's fresh blind set z (16 Wikinews and 14 VOA/DoD/White House/State Department
    # texts, 130 events, annotated blind in stop 38): first run at ceadff2 (0.825 F1, actor
    # 0.707, location 0.657, date 0.646, source 0.909, civilian 0.838), the same at the end of
    # stop 38 (country 76 of 92), when its location and date misses were read (one change
    # after, 8cbd78d, moved none of its figures).
    # Floors three points under it.
    "unseen_z": (0.79, {"actor": 0.67, "location": 0.62, "date": 0.61, "source": 0.87, "civilian": 0.80}),
    # fresh blind set aa (21 Wikinews and 4 DoD/State Department/VOA/AFRICOM texts, 64 events,
    # annotated blind at the start of stop 39): first run at 9f48f8f (0.937 F1, actor 0.780,
    # location 0.814, date 0.797, source 0.864, civilian 0.864; country 55 of 56, within
    # 25 km 32 of 44). Floors three points under it.
    "unseen_aa": (0.90, {"actor": 0.75, "location": 0.78, "date": 0.76, "source": 0.83, "civilian": 0.83}),
    # fresh blind set ab (22 Wikinews and 8 VOA texts, 151 events, annotated blind in stop
    # 39): first run at 9f48f8f, the stop's start (0.847 F1, actor 0.824, location 0.622,
    # date 0.714, source 0.950, civilian 0.849; country 97 of 111, within 25 km 43 of 84),
    # the same at the end of stop 39, when its location and date misses were read (nothing
    # changed after). Floors three points under it.
    "unseen_ab": (0.81, {"actor": 0.79, "location": 0.59, "date": 0.68, "source": 0.92, "civilian": 0.81}),
    # fresh blind set ad (27 Wikinews articles, 127 events, annotated blind at the start of
    # stop 40): first run at bd7753c, the stop's start (0.843 F1, actor 0.727, location
    # 0.576, date 0.596, source 0.848, civilian 0.838; country 76 of 92, within 25 km 17 of
    # 56). Floors three points under it.
    "unseen_ad": (0.81, {"actor": 0.69, "location": 0.54, "date": 0.56, "source": 0.81, "civilian": 0.80}),
    # fresh blind set ac (35 VOA, State Department, DoD, Marine Corps, Army, AFRICOM and DVIDS
    # texts, 32 of them from 2015 or later, 120 events, annotated blind at the start of stop
    # 40): first run at bd7753c, the stop's start (0.902 F1, actor 0.717, location 0.708, date
    # 0.792, source 0.877, civilian 0.877; country 89 of 98, within 25 km 40 of 69). Floors
    # three points under it.
    "unseen_ac": (0.87, {"actor": 0.68, "location": 0.67, "date": 0.76, "source": 0.84, "civilian": 0.84}),
    # fresh blind set ae (17 VOA, DoD, CENTCOM, embassy and CRS texts, 2015-2025, 35 events,
    # annotated blind at the start of stop 41; small, see its README): first run at 34de0fa,
    # the stop's start (0.812 F1, actor 0.692, location 0.615, date 0.692, source 0.923,
    # civilian 0.538; country 20 of 21, within 25 km 4 of 11). Floors three points under it.
    "unseen_ae": (0.78, {"actor": 0.66, "location": 0.58, "date": 0.66, "source": 0.89, "civilian": 0.50}),
    # fresh blind set af (33 Wikinews articles, 2005-2009, 121 events, 26 of them presences or
    # deployments, annotated blind at the start of stop 41): first run at 34de0fa, the stop's
    # start (0.793 F1, actor 0.864, location 0.545, date 0.602, source 0.864, civilian 0.886;
    # country 59 of 77, within 25 km 16 of 34). Floors three points under it. Its missed events
    # were read in stop 42 (tuned since): six more matched, with a right date for one of them
    # (dates right 53 -> 54, matched 89 -> 95), took its date share to 0.568; the date floor
    # follows the share down (0.57 -> 0.55), the dates right did not fall.
    "unseen_af": (0.76, {"actor": 0.83, "location": 0.51, "date": 0.55, "source": 0.83, "civilian": 0.85}),
    # fresh blind set ag (37 Wikinews articles, 2005-2008, 123 events, 21 of them presences or
    # deployments; Somalia, Nepal, Sri Lanka, Turkey, Iraq, Iran and others; annotated blind at
    # the start of stop 42): first run at effe618, the stop's start (0.823 F1, actor 0.731,
    # location 0.688, date 0.645, source 0.860, civilian 0.828; country 76 of 87, within 25 km
    # 34 of 49). Floors three points under it.
    "unseen_ag": (0.79, {"actor": 0.70, "location": 0.65, "date": 0.61, "source": 0.83, "civilian": 0.79}),
    # fresh blind set ah (33 VOA and DoD texts, 2006-2018, 132 events, 34 of them presences or
    # deployments; Afghanistan, Pakistan, Iraq, Sudan, DR Congo and others; annotated blind at
    # the start of stop 42): first run at effe618 (0.847 F1, actor 0.811, location 0.793, date
    # 0.766, source 0.937, civilian 0.946; country 104 of 109, within 25 km 18 of 39). Floors
    # three points under it.
    "unseen_ah": (0.81, {"actor": 0.78, "location": 0.76, "date": 0.73, "source": 0.90, "civilian": 0.91}),
    # fresh blind set ai (34 Wikinews articles, 2005-2020, most 2005-2009, 122 events, 9 of them
    # presences or deployments; Iraq, Israel and Gaza, Afghanistan and others; annotated blind at
    # the start of stop 43): first run at 215344d, the stop's start (0.774 F1, actor 0.629,
    # location 0.573, date 0.596, source 0.865, civilian 0.775; country 58 of 79, within 25 km 33
    # of 58). Floors three points under it.
    "unseen_ai": (0.74, {"actor": 0.59, "location": 0.54, "date": 0.56, "source": 0.83, "civilian": 0.74}),
    # fresh blind set aj (31 US government texts, 26 of them Voice of America, 2002-2025, 140
    # events, 13 of them presences or deployments; Iraq, Afghanistan, Somalia, Kosovo and others;
    # annotated blind at the start of stop 43): first run at 215344d (0.890 F1, actor 0.808,
    # location 0.752, date 0.680, source 0.872, civilian 0.848; country 114 of 121, within 25 km
    # 45 of 76). Floors three points under it.
    "unseen_aj": (0.86, {"actor": 0.77, "location": 0.72, "date": 0.65, "source": 0.84, "civilian": 0.81}),
    # fresh blind set ak (12 US government texts, 9 of them Voice of America, 2013-2020, 55
    # events, 8 of them presences or deployments; Somalia, Algeria, Mali, South Sudan, Niger,
    # Cameroon, Liberia, Myanmar; annotated blind at the start of stop 44): first run at 57209ec,
    # the stop's start (0.909 F1, actor 0.700, location 0.640, date 0.840, source 0.860, civilian
    # 0.980; country 46 of 50, within 25 km 10 of 46). Floors three points under it.
    "unseen_ak": (0.87, {"actor": 0.67, "location": 0.61, "date": 0.81, "source": 0.83, "civilian": 0.95}),
    # fresh blind set al (24 US government texts, 16 of them Voice of America, 2003-2014, 123
    # events, 4 of them presences or deployments; Iraq, Afghanistan, Pakistan, Kashmir, Gaza,
    # Lebanon, Yemen and others; annotated blind at the start of stop 44): first run at 57209ec
    # (0.916 F1, actor 0.728, location 0.702, date 0.789, source 0.947, civilian 0.825; country 96
    # of 113, within 25 km 50 of 80). Floors three points under it.
    "unseen_al": (0.88, {"actor": 0.69, "location": 0.67, "date": 0.75, "source": 0.91, "civilian": 0.79}),
    # fresh blind set am (49 Wikinews articles, 2004-2006, 124 events, 16 of them presences or
    # deployments; Iraq, Israel and Gaza, southern Thailand, Pakistan and others; annotated blind
    # at the start of stop 45): first run at 8060602, the stop's start (0.730 F1, actor 0.704,
    # location 0.642, date 0.654, source 0.827, civilian 0.765; country 62 of 75, within 25 km
    # 33 of 50). Floors three points under it.
    "unseen_am": (0.69, {"actor": 0.67, "location": 0.61, "date": 0.62, "source": 0.79, "civilian": 0.73}),
    # fresh blind set an (39 Wikinews articles, 2006-2008, 97 events, 9 of them presences or
    # deployments; Iraq, Israel and Gaza, Lebanon, Afghanistan and others; annotated blind at the
    # start of stop 45): first run at 8060602 (0.793 F1, actor 0.915, location 0.662, date 0.746,
    # source 0.887, civilian 0.930; country 48 of 60, within 25 km 10 of 31). Floors three points
    # under it.
    "unseen_an": (0.76, {"actor": 0.88, "location": 0.63, "date": 0.71, "source": 0.85, "civilian": 0.89}),
    # fresh blind set ao (26 Voice of America articles, 2004-2017, 87 events, 19 of them
    # presences or deployments; Kashmir, Nepal, Sri Lanka, Pakistan, Afghanistan, Thailand, the
    # Philippines, Chad, the DR Congo, Haiti and others; annotated blind at the start of stop 57):
    # first run at b98c470, the stop's start (0.831 F1, actor 0.870, location 0.638, date 0.594,
    # source 0.942, civilian 0.913; country 57 of 62, within 25 km 22 of 31). Floors three points
    # under it.
    "unseen_ao": (0.80, {"actor": 0.84, "location": 0.60, "date": 0.56, "source": 0.91, "civilian": 0.88}),
    # fresh blind set ap (22 texts: 21 Wikinews articles, 2004-2008, and a US Central Command
    # release of 2023; 68 events, 6 of them presences; Iraq, Israel, Lebanon and Gaza, Pakistan,
    # Afghanistan, Sri Lanka, Colombia and others; annotated blind at the start of stop 58):
    # first run at f4bfa40, the stop's start (0.866 F1, actor 0.691, location 0.600, date 0.636,
    # source 0.927, civilian 0.800; country 36 of 46, within 25 km 13 of 25). Floors three points
    # under it.
    "unseen_ap": (0.83, {"actor": 0.66, "location": 0.57, "date": 0.60, "source": 0.89, "civilian": 0.77}),
    # fresh blind set aq (30 texts: 20 US government releases, most of them American Forces Press
    # Service, and 10 Wikinews articles, 2005-2019; 106 events, 21 of them presences or
    # deployments; Afghanistan, Iraq, Somalia, Sudan, Syria and others; annotated blind at the
    # start of stop 58): first run at f4bfa40, the stop's start (0.762 F1, actor 0.667, location
    # 0.681, date 0.806, source 0.917, civilian 0.806; country 60 of 68, within 25 km 15 of 19).
    # Floors three points under it.
    "unseen_aq": (0.73, {"actor": 0.63, "location": 0.65, "date": 0.77, "source": 0.88, "civilian": 0.77}),
}


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_events_gold_set_floors(extractor, name):
    """The gold sets beside the devset (tests/data/extra, tests/data/heldout), scored alike."""
    import datetime as dt

    from pipeline.io.ingest import Article

    folder = Path(__file__).parent / "data" / name
    gold = [json.loads(line) for line in open(folder / "gold.jsonl", encoding="utf-8")]
    rows = {r["id"]: r for r in map(json.loads, open(folder / "input.jsonl", encoding="utf-8"))}
    output = {
        article_id: extractor.extract_article(
            Article(text=row["text"], id=article_id, published=dt.date.fromisoformat(row["published"]))
        )
        for article_id, row in rows.items()
    }
    result = score(gold, output).summary()
    f1_floor, floors = SET_FLOORS[name]
    assert result["events"]["f1"] >= f1_floor, result["events"]
    for field_name, floor in floors.items():
        assert result["fields"][field_name] >= floor, (field_name, result["fields"])


def test_events_devset_f1_floor(devset_gold, devset_output):
    result = score(list(devset_gold.values()), devset_output).summary()
    # A regression floor: measured 0.967 when it was set, minus 0.02 (README "Accuracy").
    assert result["events"]["f1"] >= 0.947, result["events"]
    # Field accuracies on matched events, measured minus 0.05. Actor 0.836 since bare "people"
    # stay null (GUIDELINES §10, the double-annotated sets' convention), which this set's one
    # annotator did not follow: 7 of its 8 bare "people" carry the country of their place.
    floors = {"actor": 0.78, "location": 0.84, "date": 0.85, "source": 0.92, "civilian": 0.92}
    for name, floor in floors.items():
        assert result["fields"][name] >= floor, (name, result["fields"])


def test_events_every_span_matches_its_text(devset_inputs, devset_output):
    def walk(obj, body):
        if isinstance(obj, dict):
            if {"text", "start", "end"} <= obj.keys():
                assert body[obj["start"] : obj["end"]] == obj["text"]
            for value in obj.values():
                walk(value, body)
        elif isinstance(obj, list):
            for value in obj:
                walk(value, body)

    for article_id, output in devset_output.items():
        walk(output, devset_inputs[article_id]["text"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two U.S. soldiers were killed on Monday.", [("casualty", "killed", 2, "USA")]),
        ("Russia sent 5,000 troops to Belarus last month.", [("deployment", None, 5000, "RUS")]),
        ("There are more than 1,500 Ukrainian soldiers in the town.", [("presence", None, 1500, "UKR")]),
        ("The attack wounded 30 people, including 19 children.",
         [("casualty", "wounded", 30, None), ("casualty", "wounded", 19, None)]),
        ("Dozens of Taliban fighters were captured.", [("casualty", "captured", None, "Taliban")]),
        ("No soldiers were killed in the attack.", []),
        ("Five of their soldiers would be worth ten of ours.", []),
        ("The army destroyed three helicopters and 12 tanks.", []),
        ("In 2023, the brigade moved to the border.", []),
        ("He was the twelfth Dutch soldier killed in Mali since 2013.",
         [("casualty", "killed", 12, "NLD")]),
        ("She was the first woman killed in the fighting.", []),
        ("About 900 marines, along with 200 medics, will deploy to Kuwait.",
         [("deployment", None, 900, None), ("deployment", None, 200, None)]),
        ("Yesterday another 3rd Battalion soldier was wounded near Kandahar.",
         [("casualty", "wounded", 1, None)]),
        ("The raid ended with the detention of four Hamas operatives.",
         [("casualty", "captured", 4, "Hamas")]),
        ("Three prisoners were killed when the jail was shelled.", [("casualty", "killed", 3, None)]),
        ("The company sent 300 workers to the new plant.", []),
        ("More than 1,000 US Marines arrived in Kuwait on Friday.", [("deployment", None, 1000, "USA")]),
        ("At least nine guards were killed or wounded at the gate.",
         [("casualty", "casualties", 9, None)]),
        ("The president ordered 4,000 more soldiers to Poland.", [("deployment", None, 4000, None)]),
        ("The army told 800 reservists to prepare to deploy to the border.",
         [("deployment", None, 800, None)]),
        ("About 1,200 Turkish troops are now in northern Syria.", [("presence", None, 1200, "TUR")]),
        ("The alliance has 5,000 soldiers in Kosovo.", [("presence", None, 5000, None)]),
        ("The blast was one of the worst losses of the war.", []),
        ("A roadside bomb killed two soldiers and wounded another.",
         [("casualty", "killed", 2, None), ("casualty", "wounded", 1, None)]),
        ("They blamed one another for the attack.", []),
        ("Gunmen shot dead 14 villagers on Sunday.", [("casualty", "killed", 14, None)]),
        ("Police told reporters 10 other soldiers were wounded.", [("casualty", "wounded", 10, None)]),
        ("About 120 aid workers remain in captivity.", [("casualty", "captured", 120, None)]),
        # people a relative clause puts in captivity are captives, whatever verb frees them
        ("Yesterday 40 fishermen who had been held in custody for months were sent home.",
         [("casualty", "captured", 40, None)]),
        # a valuation verb with people as its subject gives a population, not a loss
        ("Ten villagers were abducted. Armenians numbered about 8,000 in the valley.",
         [("casualty", "captured", 10, None)]),
        # "reported killed", "10 more missing": the outcome on the bare figure
        ("Gunmen raided the village; at least 30 were reported killed.",
         [("casualty", "killed", 30, None)]),
        ("Eight soldiers are dead and five more missing after the raid.",
         [("casualty", "killed", 8, None), ("casualty", "missing", 5, None)]),
        # staying somewhere, or a relative clause placing forces, is presence
        ("About 600 British troops will stay in Estonia.", [("presence", None, 600, "GBR")]),
        ("The plan doubles the 300 Dutch soldiers who are in Lithuania.",
         [("presence", None, 300, "NLD")]),
        # ... but forces based somewhere that move elsewhere are deployed
        ("Some 700 marines that are based in Spain will relocate to Italy.",
         [("deployment", None, 700, None)]),
        # "would" in what was announced is its future, not a hypothetical
        ("Paris announced that France would send 900 troops to Chad.",
         [("deployment", None, 900, "FRA")]),
        ("He said France would send 900 troops if the talks failed.", []),
        # armed people are combatants: their numbers around a place are a presence
        ("Some 3,000 armed youths surrounded the town.", [("presence", None, 3000, "militants")]),
        # forces serving, patrolling or simply "in" a place are present
        ("At its peak, 12,000 Italian troops served at 20 bases in the south.",
         [("presence", None, 12000, "ITA")]),
        ("The 700 Ghanaian peacekeepers in Mali will begin patrolling the north.",
         [("presence", None, 700, "GHA")]),
        # a force's strength is a presence, or a deployment when the force deploys
        ("The alliance's 12,000-member force ended its mission, and a 7,000-strong force "
         "deployed in its place.", [("presence", None, 12000, None), ("deployment", None, 7000, None)]),
        ("A 300-strong Estonian contingent is based in Gao.", [("presence", None, 300, "EST")]),
        # idioms and elliptical outcomes
        ("Rebels took 40 aid workers hostage.", [("casualty", "captured", 40, None)]),
        ("Officials said 11 policemen were among those wounded.", [("casualty", "wounded", 11, None)]),
        ("The group said it had killed and wounded scores of soldiers.",
         [("casualty", "casualties", None, None)]),
        ("Police said four Assad loyalists were killed.", [("casualty", "killed", 4, None)]),
        ("About 300 of the marines heading to Kuwait will train local units.",
         [("deployment", None, 300, None)]),
        # the size of the force an incident was fought with
        ("Two policemen died in a clash with about 60 rebels.",
         [("casualty", "killed", 2, None), ("presence", None, 60, "insurgents")]),
        ("Gunmen took dozens of villagers hostage on Monday.", [("casualty", "captured", None, None)]),
        # who kills or wounds is not counted; who suffers it is
        ("Two gunmen killed six soldiers.", [("casualty", "killed", 6, None)]),
        ("A suicide bomber has wounded three policemen.", [("casualty", "wounded", 3, None)]),
        ("Three Malian soldiers lost their lives in the ambush.", [("casualty", "killed", 3, "MLI")]),
        ("Four police officers sustained serious injuries.", [("casualty", "wounded", 4, None)]),
        ("The army lost 40 tanks.", []),
        # a multinational force named with a contributing country is the force
        ("An African Union soldier from Burundi was killed.", [("casualty", "killed", 1, "AU")]),
        # two coordinated singulars are one count of two, of both sides (GUIDELINES §2, §3)
        ("A Kenyan officer and a peacekeeper from Uganda were killed.",
         [("casualty", "killed", 2, ["KEN", "UGA"])]),
        # ... but singulars ending a longer list are claims of their own
        ("Gunmen killed two Canadians, an Eritrean and a Sudanese near the border.",
         [("casualty", "killed", 2, "CAN"), ("casualty", "killed", 1, "ERI"),
          ("casualty", "killed", 1, "SDN")]),
    ],
)
def test_events_sentences(extractor, text, expected):
    from pipeline.io.ingest import Article
    import datetime as dt

    output = extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 1)))
    found = [(e["type"], e["outcome"], e["count"]["value"], _actor_value(e)) for e in output["events"]]
    assert found == expected


def test_events_breakdown_points_to_its_total(extractor):
    from pipeline.io.ingest import Article

    output = extractor.extract_article(
        Article(text="A bomb killed eight people, including two children, in the market.")
    )
    events = output["events"]
    assert [e["count"]["value"] for e in events] == [8, 2]
    assert events[0]["is_total"] and events[1]["part_of"] == 0
    assert events[1]["civilian"] is True


def test_events_relative_dates_need_a_publication_date(extractor):
    from pipeline.io.ingest import Article

    output = extractor.extract_article(Article(text="Four soldiers were killed last week."))
    assert output["events"][0]["date"]["value"] is None
    assert any("publication date" in w for w in output["warnings"])


def test_events_place_from_the_incident_sentence(extractor):
    from pipeline.io.ingest import Article

    text = ("Gunmen stormed a checkpoint in the northern city of Mosul on Monday. "
            "Five soldiers were killed and two were wounded.")
    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["count"]["value"] for e in events] == [5, 2]
    # the site the gunmen stormed, with its city
    assert all(e["location"]["text"] == "a checkpoint in the northern city of Mosul" for e in events)


def test_events_running_total_since_a_date(extractor):
    from pipeline.io.ingest import Article
    import datetime as dt

    text = "The deaths raised to 230 the number of peacekeepers killed since January 2020."
    event = extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 1)))["events"][0]
    assert event["count"]["value"] == 230 and event["cumulative"]
    assert event["date"]["value"] == "2020-01/2024-05-01"


def test_events_civilian_flag_is_per_noun(extractor):
    from pipeline.io.ingest import Article

    text = "Two policemen and a civilian were wounded when gunmen opened fire."
    events = extractor.extract_article(Article(text=text))["events"]
    assert [(e["count"]["value"], e["civilian"]) for e in events] == [(2, False), (1, True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # who the counted people are, by the body they belong to
        ("A town council member and two policemen were killed in the blast.", [(1, True), (2, False)]),
        ("Three service members were wounded by a roadside bomb.", [(3, False)]),
        ("Al-Shabab said four of its members died in the raid.", [(4, False)]),
        # an apposition or a tally names them
        ("Gunmen abducted 20 villagers, mostly women, on Sunday.", [(20, True)]),
        ("The clash raised to 52 the number of soldiers killed this year.", [(52, False)]),
        # a bare count subject stands for the people just named; an object does not
        ("The wounded troopers were flown to a field hospital, where two later died.", [(2, False)]),
        ("Militants stormed the market, killing 12.", [(12, None)]),
        # losses that name no people are the losses of the forces the article counted
        ("Ukraine sent 2,000 troops to the front. Officials reported 150 Ukrainian casualties.",
         [(2000, False), (150, False)]),
        ("Officials reported 150 Ukrainian casualties.", [(150, None)]),
        ("One man was detained near the site.", [(1, None)]),
    ],
)
def test_events_civilian_flag_from_context(extractor, text, expected):
    from pipeline.io.ingest import Article

    events = extractor.extract_article(Article(text=text))["events"]
    assert [(e["count"]["value"], e["civilian"]) for e in events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time of day beside a day is one expression
        ("Twelve prisoners were freed Monday evening.", {"date": "2024-04-29"}),
        # a relative clause on the incident tells its day; one on a place does not
        ("In a clash that broke out on Sunday, six fighters were killed.", {"date": "2024-04-28"}),
        ("Two soldiers were killed near Bakhmut, where fighting has raged since March.",
         {"date": None}),
        # a day right after an incident word is the incident's, not the report's
        ("In fighting Tuesday, officials say a drone strike killed nine soldiers.",
         {"date": "2024-04-30", "reported_date": None}),
        ("Officials said Tuesday a drone strike killed nine soldiers.",
         {"date": None, "reported_date": "2024-04-30"}),
        # "since" on another noun is a comparison, not a running total
        ("A bomb killed 14 soldiers in the deadliest attack since the 2019 ceasefire.",
         {"date": None, "cumulative": False}),
        ("Thirty soldiers have been killed in a wave of attacks since March.",
         {"date": "2024-03/2024-05-01", "cumulative": True}),
        # the next sentence retells the incident with its day and place
        ("A sergeant was killed in a rocket attack. Officials said the attack happened "
         "near Kandahar on Sunday.", {"date": "2024-04-28", "location": "near Kandahar"}),
        # the same speaker goes on telling the incident, across a paragraph break
        ("A spokesman says troops stormed the village late Saturday.\n\n"
         "\"The operation killed 12 gunmen,\" he said.", {"date": "2024-04-27"}),
        ("Officials said Saturday that the talks had failed.\n\n\"Five soldiers died,\" he said.",
         {"date": None}),
        # a definite incident points back to the day it was told
        ("Rebels began the assault on the town late Saturday. Local officials said "
         "11 policemen died in the assault.", {"date": "2024-04-27"}),
        # ... also past a mention that gives no day
        ("Police began the raid in the port late Friday. \"It was a hard raid,\" the "
         "commander said. Four officers were hurt during the raid.", {"date": "2024-04-26"}),
        # a running total raised by deaths on a named day runs to that day
        ("The deaths on Sunday raised to 212 the number of Marines killed "
         "in the province since January.", {"date": "2024-01/2024-04-28", "cumulative": True}),
        # a deployment retold by its definite troops gives its day
        ("The council plans to send 900 more troops to the region. The troops will be "
         "deployed immediately.", {"date": "2024-05-01"}),
        ("The council plans to send 900 more troops to the region. The troops will be "
         "deployed next month.", {"date": "2024-06"}),
        # a planned deployment's year-less month is the next one, not the last
        ("The Pentagon says 3,000 more troops will deploy to Kosovo in March.",
         {"date": "2025-03"}),
        ("The Pentagon says 3,000 troops deployed to Kosovo in March.", {"date": "2024-03"}),
        # an opening with no day takes the incident day the next sentence tells ...
        ("A suicide bomber has killed six soldiers in the north. Officials said the bomber "
         "struck a checkpoint near Kunduz on Monday.", {"date": "2024-04-29"}),
        # ... but not the day it was reported
        ("A suicide bomber has killed six soldiers in the north. Officials said on Monday the "
         "bomber struck a checkpoint.", {"date": None}),
        # "Monday's bombing" points back at the incident like "the bombing"
        ("Six soldiers were killed in a bombing in the north. Insurgents claimed Monday's "
         "bombing in a statement.", {"date": "2024-04-29"}),
        # a toll in the perfect counts from when the war began
        ("The war, which started in 2019, has killed more than 9,000 soldiers.",
         {"date": "2019/2024-05-01", "cumulative": True}),
        ("It is a revolt that began in the 1990s and has claimed 40,000 lives.",
         {"date": "1990/2024-05-01", "cumulative": True}),
        ("The war began in 2019 and killed 900 soldiers in its first year.",
         {"date": "2019", "cumulative": False}),
        # a weekday the NER did not label is still the incident's day
        ("Officials said four soldiers were killed in the late Sunday shelling near the border.",
         {"date": "2024-04-28"}),
        # a strength "now" in a place is the strength on the day of the report
        ("About 2,500 Spanish troops are now in Lebanon.", {"date": "2024-05-01"}),
        # what has happened this week ends by the report's day (a Wednesday)
        ("Fighting has killed at least 90 soldiers this week.", {"date": "2024-04-29/2024-05-01"}),
        # ... even five sentences on
        ("Insurgents launched an attack on the city on Saturday. Residents said the streets "
         "were empty. Shops stayed shut. The army sent reinforcements. The police chief was "
         "targeted. Officials said 10 people were killed in that attack.", {"date": "2024-04-27"}),
        # an incident that went on into a later day spans both days
        ("Gunmen stormed a prison on Sunday night. The siege lasted until Tuesday morning. "
         "Eight guards were killed in the siege.", {"date": "2024-04-28/2024-04-30"}),
    ],
)
def test_events_date_and_place_of_the_incident(extractor, text, expected):
    from pipeline.io.ingest import Article
    import datetime as dt

    (event,) = extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 1)))["events"]
    found = {
        "date": event["date"]["value"] if event["date"] else None,
        "reported_date": event["reported_date"],
        "location": event["location"]["text"] if event["location"] else None,
        "cumulative": event["cumulative"],
    }
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one state force a report names is the side of its unnamed soldiers
        ("The Dutch army has lost three soldiers this year. Two Marines were killed on Monday.",
         ["NLD", "NLD"]),
        ("Dutch and Belgian troops patrolled the area. Two Marines were killed on Monday.",
         [None]),
        # the source names the country
        ("About 1,400 troops are now in Mali, the French defense minister says.", ["FRA"]),
        # "others" after a soldier take the side found for that soldier
        ("U.S. forces were attacked. A soldier was killed and two others were wounded.",
         ["USA", "USA"]),
        # militants are the group just named as fighters, and stay generic otherwise
        ("Hundreds of Taliban fighters attacked the base. Nearly 30 militants were killed.",
         ["Taliban", "Taliban"]),
        ("Nearly 30 militants were killed, police said. A Taliban leader denied it.",
         ["militants"]),
        # the same people named with their side earlier in the sentence
        ("A bomb hit a convoy of Afghan police commandos, killing one commando.", ["AFG"]),
        # an origin the parser hung on the verb
        ("Gunmen killed another peacekeeper from Zambia on Friday.", ["ZMB"]),
    ],
)
def test_events_actor_from_context(extractor, text, expected):
    from pipeline.io.ingest import Article

    events = extractor.extract_article(Article(text=text))["events"]
    assert [_actor_value(e) for e in events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cause's place: a subject that is not people, a when/after clause
        ("Twin bombings near a bus station in the town of Hilla killed nine people.",
         ["near a bus station in the town of Hilla"]),
        ("A roadside bomb killed two soldiers after it exploded near Mosul.", ["near Mosul"]),
        # the place the attack hit, whole (GUIDELINES §10: the most specific phrase)
        ("Five guards were killed or wounded when a bomber struck a checkpoint in Ghazni province.",
         ["a checkpoint in Ghazni province"]),
        # a place that is only a kind of place is not taken from a clause
        ("One man was arrested after a map was found in his home.", [None]),
        # the place of an incident named by its modifier
        ("Six policemen were killed in the Helmand battle.", ["Helmand"]),
        # "near" + a name is a place whatever label the NER gave the name
        ("About 1,500 troops have been deployed near Kursk.", ["near Kursk"]),
        # the direction the parser made the head of the subject
        ("A car bomb northwest of Mosul killed three policemen.", ["northwest of Mosul"]),
        # a local authority reports on its own place; a ministry in the capital does not
        ("The provincial governor in the city of Kherson said shelling killed four people.",
         ["the city of Kherson"]),
        ("Military officials in Kyiv said shelling killed four people.", [None]),
        # a running total does not take the place of the incident told before it
        ("Two soldiers were killed in Mosul on Monday. Forty soldiers have been killed "
         "since January.", ["Mosul", None]),
        # a retelling that places the incident more exactly wins; a less exact one does not
        ("Rebels ambushed a patrol in southern Kunar province, killing five soldiers. The "
         "ambush took place in the Asadabad district.", ["the Asadabad district"]),
        ("Rebels killed five soldiers in the town of Asadabad. The ambush took place in "
         "Kunar province.", ["the town of Asadabad"]),
        # a proper name after "in" or "at" is a place whatever the NER called it, unless it
        # names a group Muster knows
        ("Gunmen attacked a convoy in Sukkur and killed five guards.", ["Sukkur"]),  # NER: ORG
        ("Militants attacked a checkpoint at Karmah, killing four policemen.", ["Karmah"]),
        ("Two fighters were killed in the PKK offensive.", [None]),
        ("Three soldiers were killed in the late Thursday fighting.", [None]),  # a day, not a place
        # a definite incident points back to the town it was told in
        ("Talks resumed in Doha. Markets were calm. Aid arrived. Schools reopened. Gunmen "
         "attacked a market in the town of Gardez. Police sealed the roads. Officials said 10 "
         "police were killed in the attack.", ["the town of Gardez"]),
        # where the wounded were taken, or who said so, is not where they fell
        ("Twelve soldiers were wounded and flown to Ramstein for treatment.", [None]),
        ("According to Damascus, 15 soldiers were killed.", [None]),
    ],
)
def test_events_place_of_the_incident(extractor, text, expected):
    from pipeline.io.ingest import Article

    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["location"]["text"] if e["location"] else None for e in events] == expected


def test_events_the_opening_places_its_incident(extractor):
    from pipeline.io.ingest import Article

    text = ("Rebels killed at least 20 soldiers at dawn and took their base in eastern Chad. "
            "Witnesses said the attackers stormed the base in the town of Abeche. "
            "Later, 40 civilians were reported missing. The government condemned the attack. "
            "Talks are to resume next week.\n\n"
            "In a separate clash, five soldiers were killed in Niger.")
    events = extractor.extract_article(Article(text=text))["events"]
    places = {e["count"]["value"]: e["location"]["text"] if e["location"] else None for e in events}
    assert places[20] == places[40] == "the town of Abeche"
    assert places[5] == "Niger"  # a place of its own is kept


def test_events_a_country_and_a_place_in_it_can_be_one_claim(extractor):
    from pipeline.io.ingest import Article

    text = ("Two Iraqi soldiers were killed north of Baghdad on Monday. The deaths of the two "
            "Iraqi soldiers on Monday raised the toll in Iraq this month to 40.")
    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["count"]["value"] for e in events].count(2) == 1


def test_events_a_described_person_is_not_a_count(extractor):
    from pipeline.io.ingest import Article

    text = "Troops detained five ISIS operatives, including Abu Omar, an ISIS official."
    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["count"]["value"] for e in events] == [5]


def test_events_source_hung_on_a_place_by_the_parser(extractor):
    from pipeline.io.ingest import Article

    text = ("At least 14 civilians were killed in an airstrike on Idlib, "
            "the Syrian Observatory for Human Rights said.")
    event = extractor.extract_article(Article(text=text))["events"][0]
    assert event["source"]["text"] == "the Syrian Observatory for Human Rights said"



def test_events_restatement_merges_once_its_side_is_known(extractor):
    from pipeline.io.ingest import Article

    # the first mention's side comes from its source only after the sentence is read
    text = ("Turkey's interior ministry said the two sides swapped 88 detainees. "
            "\"On March 3, 88 Turkish citizens who were held in captivity were handed back,\" "
            "the ministry said.")
    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["count"]["value"] for e in events] == [88]
    assert events[0]["date"]["text"] == "March 3" and events[0]["mentions"]


def test_events_different_qualifiers_are_different_claims(extractor):
    from pipeline.io.ingest import Article

    text = ("Rebels killed at least 30 soldiers in the raid. "
            "A rebel spokesman said more than 30 soldiers were killed.")
    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["count"]["text"] for e in events] == ["at least 30", "more than 30"]


@pytest.mark.parametrize("text, count", [
    ("Police detained 64 people in the raid on Tuesday. All 64 suspects are in custody.", 64),
    ("Gunmen killed three guards at the gate. All three were shot dead at close range.", 3),
    ("Soldiers captured 12 rebels near the bridge. Exactly 12 rebels were taken prisoner, the army said.", 12),
])
def test_events_a_figure_retold_with_all_or_exactly_is_the_same_claim(extractor, text, count):
    from pipeline.io.ingest import Article

    events = extractor.extract_article(Article(text=text))["events"]
    assert [e["count"]["value"] for e in events] == [count] and events[0]["mentions"]


def test_events_an_incident_going_on_without_a_publication_date(extractor):
    from pipeline.io.ingest import Article

    text = ("Gunmen stormed a prison on Sunday night. The siege lasted until Tuesday morning. "
            "Eight guards were killed in the siege.")
    (event,) = extractor.extract_article(Article(text=text))["events"]
    assert event["date"]["text"] == "Tuesday morning" and event["date"]["value"] is None


def test_events_an_exact_figure_retold_on_a_day_within_the_first(extractor):
    from pipeline.io.ingest import Article
    import datetime as dt

    text = ("One Kenyan soldier was killed on Friday or Saturday in the raids on two towns. "
            "Officials said a Kenyan sergeant was killed in the first town on Friday. "
            "Hundreds of rebels fought on Friday and Saturday. Hundreds of rebels attacked "
            "the second town on Saturday.")
    events = extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 1)))["events"]
    killed = [e for e in events if e["outcome"] == "killed"]
    assert [e["date"]["value"] for e in killed] == ["2024-04-26"]  # one soldier, the exact day
    assert len(events) - len(killed) == 2  # "hundreds" twice may be two groups



def test_events_restatement_of_an_exact_figure_names_the_side(extractor):
    from pipeline.io.ingest import Article

    text = ("Officials said six people died in the raid on Sunday. A police statement said "
            "six Malian soldiers were killed on Sunday in the raid. Later, dozens of people were killed in "
            "other attacks on Sunday, and dozens of Malian soldiers died on Sunday.")
    events = extractor.extract_article(Article(text=text))["events"]
    assert [(e["count"]["text"], _actor_value(e)) for e in events] == [
        ("six", "MLI"), ("dozens", None), ("dozens", "MLI")]  # a vague figure twice may be two


@pytest.mark.parametrize("sentence, cumulative", [
    ("Militants have killed 40 soldiers in the province so far this year.", True),
    ("Some 300 policemen have been killed in the region to date, officials said.", True),
    ("The insurgency has claimed 2,000 civilian lives thus far, the monitor said.", True),
    ("Rebels killed 12 soldiers in an ambush on Tuesday.", False),
    ("Altogether 9 soldiers were killed when the convoy was hit on Monday.", False),
])
def test_events_running_total_cues_from_the_lexicon(extractor, sentence, cumulative):
    import datetime as dt

    from pipeline.io.ingest import Article

    result = extractor.extract_article(Article(text=sentence, published=dt.date(2024, 5, 2)))
    assert result["events"]
    assert result["events"][0]["cumulative"] is cumulative


@pytest.mark.parametrize("text, expected", [
    # the opening sums up what the next paragraph tells in full: one soldier, dated
    ("One Chadian peacekeeper has been killed and two others hurt, the U.N. mission said. "
     "Its chief called for calm.\n\nA Chadian peacekeeper was killed and two Chadian "
     "colleagues were wounded on Monday when their convoy hit a mine.",
     [("killed", 1, "2024-04-29"), ("wounded", 2, "2024-04-29")]),
    # not the opening: a soldier told twice with one day is two soldiers
    ("Fighting flared in the north on Tuesday. One Chadian soldier was killed near Aguelhok. "
     "Later, a Chadian soldier was killed on Monday near Tessalit.",
     [("killed", 1, "2024-04-30"), ("killed", 1, "2024-04-29")]),
    # the opening's soldier of another side is another soldier
    ("One Malian soldier was killed in an ambush, the army said. A Chadian peacekeeper was "
     "killed on Monday.", [("killed", 1, "2024-04-29"), ("killed", 1, "2024-04-29")]),
])
def test_events_the_opening_sums_up_a_figure_told_in_full_later(extractor, text, expected):
    from pipeline.io.ingest import Article
    import datetime as dt

    events = extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 1)))["events"]
    assert [(e["outcome"], e["count"]["value"], e["date"] and e["date"]["value"]) for e in events] == expected


def test_a_blank_line_ends_the_sentence_even_after_a_closing_quote():
    import pipeline

    text = ('Crowds cheered the convoy, chanting "Peace now."\n\n'
            "Two thousand soldiers will deploy to the capital next week.")
    [event] = pipeline.extract(text, published="2021-03-17")["events"]
    assert text[event["sentence"]["start"]:].startswith("Two thousand soldiers")


# A "since" clause at the end of a coordination is the running total of every figure in it,
# unless a figure tells its own time.
@pytest.mark.parametrize("text, expected", [
    ("Health officials say more than 300 people have been killed and more than 900 wounded since "
     "the clashes erupted.", [("more than 300", True), ("more than 900", True)]),
    ("Five soldiers were killed on Monday and 40 others have been wounded since the offensive "
     "began.", [("Five", False), ("40", True)]),
])
def test_a_since_clause_runs_over_the_figures_joined_to_it(text, expected):
    import pipeline

    assert [(e["count"]["text"], e["cumulative"]) for e in
            pipeline.extract(text, published="2021-03-17")["events"]] == expected


# A force's size told with a verb of strength is its presence (GUIDELINES §2: a force of N).
@pytest.mark.parametrize("text, count", [
    ("The U.N. mission in Mali comprises some 9,000 peacekeepers.", "some 9,000"),
    ("The AU force in Somalia totals 22,000 soldiers.", "22,000"),
    ("The regional force includes 1,600 soldiers from Chad.", "1,600"),
])
def test_a_force_s_size_told_with_a_verb_of_strength_is_a_presence(text, count):
    import pipeline

    [event] = pipeline.extract(text, published="2021-03-17")["events"]
    assert (event["type"], event["count"]["text"]) == ("presence", count)


# A deployment told by its noun: "the repositioning of 250 soldiers to Romania"; families moved
# are no deployment.
@pytest.mark.parametrize("text, expected", [
    ("The ministry announced the repositioning of approximately 400 soldiers to Estonia.",
     [("deployment", "approximately 400")]),
    ("The relocation of 1,500 Marines to Guam will begin next year.", [("deployment", "1,500")]),
    ("The relocation of 300 families from the valley began on Monday.", []),
])
def test_a_deployment_told_by_a_noun_of_moving_troops(text, expected):
    import pipeline

    assert [(e["type"], e["count"]["text"]) for e in pipeline.extract(text, published="2021-03-17")["events"]] == expected


# A force said to be stationed somewhere that is now on the move: where it goes is the event
# (a deployment), not where it was based; a force that stays put is still a presence.
@pytest.mark.parametrize("text, expected", [
    ("Some 300 marines stationed in Djibouti are flying into the port city to protect the embassy.",
     [("deployment", "Some 300", "the port city")]),
    ("About 600 soldiers garrisoned in Kosovo will sail to Cyprus next week.",
     [("deployment", "About 600", "Cyprus")]),
    ("The 900 troops stationed in Romania headed to the Bulgarian border on Tuesday.",
     [("deployment", "900", "the Bulgarian border")]),
    ("The 900 troops stationed in Romania held an exercise on Tuesday.",
     [("presence", "900", "Romania")]),
])
def test_a_stationed_force_on_the_move_is_deployed(text, expected):
    import pipeline

    events = pipeline.extract(text, published="2021-03-17")["events"]
    assert [(e["type"], e["count"]["text"], (e["location"] or {}).get("text")) for e in events] == expected


# Troops on board move with their ship or convoy: its arrival is their deployment.
@pytest.mark.parametrize("text, expected", [
    ("The USS Kearsarge, with 2,000 Marines aboard, arrived in the Red Sea on Friday.",
     [("deployment", "2,000")]),
    ("A transport ship carrying 400 soldiers reached the port of Aden on Monday.",
     [("deployment", "400")]),
    ("A ferry with 200 passengers aboard arrived in port on Monday.", []),
    ("A bus carrying 30 soldiers was hit by a roadside bomb.", []),
])
def test_troops_aboard_move_with_their_carrier(text, expected):
    import pipeline

    assert [(e["type"], e["count"]["text"]) for e in pipeline.extract(text, published="2021-03-17")["events"]] == expected


# The size of an attacking group told with a light verb and an attack noun is a presence
# (GUIDELINES §2), as with the verb itself ("200 militants attacked").
@pytest.mark.parametrize("text, expected", [
    ("Hundreds of Boko Haram fighters launched attacks on three villages.", [("presence", "Hundreds")]),
    ("About 200 militants carried out a raid on the base on Sunday.", [("presence", "About 200")]),
    ("The party launched a campaign with 300 volunteers.", []),
])
def test_an_attacking_group_told_with_a_light_verb(text, expected):
    import pipeline

    assert [(e["type"], e["count"]["text"]) for e in pipeline.extract(text, published="2021-03-17")["events"]] == expected


def test_people_killed_while_they_attacked_are_killed():
    import pipeline

    text = "The army says it has killed dozens of rebels who were carrying out an attack on a border post."
    assert [(e["type"], e["outcome"]) for e in pipeline.extract(text, published="2021-03-17")["events"]] == [
        ("casualty", "killed")]


# A toll of "the fighting" in the present perfect, right after the text told when the war
# began, is the war's running total (GUIDELINES §5), not the day's incident.
@pytest.mark.parametrize("text, value", [
    ("Gunmen shot two police officers on Friday. The separatist revolt began in 1996. More than "
     "9,000 people have been killed in the violence.", "1996/2024-05-02"),
    ("Government troops have battled the rebels since 2011. Over 4,000 combatants have died in the "
     "fighting.", "2011/2024-05-02"),
    ("The uprising started in March 2019. Some 600 protesters have been killed in the unrest, "
     "activists say.", "2019-03/2024-05-02"),
])
def test_a_toll_of_the_fighting_after_the_war_s_start_is_its_running_total(extractor, text, value):
    last = _extract(extractor, text)["events"][-1]
    assert (last["cumulative"], last["date"]["value"]) == (True, value)


@pytest.mark.parametrize("text", [
    # no start of a war told: a day's fighting told in the perfect
    "Rebels stormed the garrison on Monday. Three soldiers have been killed in the fighting.",
    # its own time
    "The war began in 2014. Five soldiers have been killed in the fighting since Sunday.",
])
def test_a_toll_of_the_fighting_without_the_war_s_start_is_no_war_total(extractor, text):
    last = _extract(extractor, text)["events"][-1]
    assert not (last["date"] or {}).get("value", "").startswith(("2014/", "2014"))
    assert last["date"] is not None


def _extract(extractor, text: str) -> dict:
    import datetime as dt

    from pipeline.io.ingest import Article

    return extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 2)))


# A second count joined to the first with a time of its own takes that time; a time told as
# "N days after/before" something takes its day from the clause that tells when that was.
@pytest.mark.parametrize("text, values", [
    ("Militants killed 6 herders on Sunday night and 2 more on Monday morning.",
     ["2024-04-28", "2024-04-29"]),
    ("Bandits seized 9 travellers on Friday and 4 traders on Saturday.", ["2024-04-26", "2024-04-27"]),
    ("Nine soldiers were killed on Tuesday and five wounded.", ["2024-04-30", "2024-04-30"]),
    ("Twelve police officers were killed a day after the ceasefire collapsed on Sunday.", ["2024-04-29"]),
    ("A week after the raid on the camp on April 2, 4 soldiers died of their wounds.", ["2024-04-09"]),
])
def test_a_count_s_own_time_and_a_time_told_from_another(extractor, text, values):
    assert [e["date"]["value"] for e in _extract(extractor, text)["events"]] == values


# "this Friday" told of the past in a Monday story is the Friday just gone.
@pytest.mark.parametrize("text, value", [
    ("The rebels said they took the town this Friday, killing 14 soldiers.", "2024-04-26"),
    ("Gunmen killed 6 villagers this Tuesday.", "2024-04-23"),
])
def test_this_weekday_told_of_the_past_is_the_last_one(extractor, text, value):
    import datetime as dt

    from pipeline.io.ingest import Article

    event = extractor.extract_article(Article(text=text, published=dt.date(2024, 4, 29)))["events"][0]
    assert event["date"]["value"] == value


# A dateline's day is the day the story was filed, never an event's (GUIDELINES §5), whatever
# the tagger ran it into and whatever agency credit stands before its dash.
@pytest.mark.parametrize("text", [
    "May 2, 2024 - Army units killed six insurgents near the dam, officers said.",
    "May 1, 2024 - Government troops killed four rebels in the hills, the army said.",
    "KABUL, May 2 (Reuters) - Gunmen killed five policemen in Logar province.",
    "BAMAKO, May 1 (AFP) – Jihadists killed 11 soldiers in central Mali.",
    "NAIROBI, May 2, 2024 — Raiders abducted 14 herders in the north, police said.",
    "Apr. 30, 2024 - Coalition forces detained 21 suspects during recent operations, officials said.",
])
def test_a_dateline_s_day_is_not_the_event_s(extractor, text):
    (event,) = _extract(extractor, text)["events"]
    assert event["date"] is None


# A date between the clause reported and its speaker ends the clause: the event's day. The day
# of the telling comes with the speaker.
@pytest.mark.parametrize("text, value, reported", [
    ("Two Marines were killed in an ambush in Ramadi, Iraq, April 30, military officials said.",
     "2024-04-30", None),
    ("Four guards were wounded in a raid on the depot April 29, the ministry said.", "2024-04-29", None),
    ("Three medics were abducted near the clinic, Apr. 28, aid workers in the capital said.",
     "2024-04-28", None),
    ("Nine soldiers were killed at a checkpoint on Tuesday, officials in the province said.",
     "2024-04-30", None),
    ("Nine soldiers were killed at a checkpoint, officials said Tuesday.", None, "2024-04-30"),
])
def test_a_date_before_the_speaker_is_the_event_s(extractor, text, value, reported):
    (event,) = _extract(extractor, text)["events"]
    assert (event["date"] or {}).get("value") == value
    assert event["reported_date"] == reported


# A running total's start told in a "since" clause is no report day, even when the parser hangs
# it on the reporting verb.
@pytest.mark.parametrize("text, value", [
    ("Officials have confirmed the deaths of 40 soldiers since the rebels stormed the town on Sunday.",
     "2024-04-28/2024-05-02"),
    ("The army reported 25 troops killed since the offensive began on April 20.", "2024-04-20/2024-05-02"),
    ("Medics have counted 60 wounded since the shelling started on Monday.", "2024-04-29/2024-05-02"),
    ("Police said 30 protesters were detained since the march began on Saturday.", "2024-04-27/2024-05-02"),
])
def test_a_since_clause_is_no_report_day(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert event["date"]["value"] == value


# The opening sentence tells the report's own incident, however long before the report it was:
# the figures told after it take its day. A day long past told later is background.
@pytest.mark.parametrize("text, values", [
    ("On April 15, an air strike in the valley killed 12 people, officials said. Eight of the dead "
     "were fighters, the statement continued. The governor said that 11 civilians were killed.",
     ["2024-04-15", "2024-04-15", "2024-04-15"]),
    ("Militants stormed a border post on April 10, killing nine guards. Residents heard gunfire "
     "for hours. Four more guards died of their wounds.", ["2024-04-10", "2024-04-10"]),
    ("Gunmen attacked a convoy near the pass on April 2, killing six drivers. Villagers helped "
     "carry the injured. Ten more drivers were wounded, the district chief said.",
     ["2024-04-02", "2024-04-02"]),
])
def test_the_opening_sentence_s_day_holds_however_old(extractor, text, values):
    found = [(e["date"] or {}).get("value") for e in _extract(extractor, text)["events"]]
    assert found == values


# A place ends before the date that trails it, however the parser hung the day on the place.
@pytest.mark.parametrize("text, place, country", [
    ("Two Marines were killed in an ambush in Ramadi, Iraq, April 30, officials said.", "Ramadi", "Iraq"),
    ("Five police were hurt in a blast in Kirkuk, Iraq, April 29, police said.", "Kirkuk", "Iraq"),
    ("Three soldiers were killed near Gao, Mali, on Monday.", "near Gao", "Mali"),
    ("Seven villagers were kidnapped in Zamfara, Nigeria, last week.", "Zamfara", "Nigeria"),
    ("Four rangers were wounded in Garissa, Kenya, Apr. 29, the service said.", "Garissa", "Kenya"),
])
def test_a_place_ends_before_its_trailing_date(extractor, text, place, country):
    (event,) = _extract(extractor, text)["events"]
    assert event["location"]["text"] in (place, f"{place}, {country}")


# "the deadliest day since May 4, when five soldiers died": the "when" clause tells what
# happened on that day, once; it is no running total since it.
@pytest.mark.parametrize("text, value", [
    ("The ambush was the deadliest day for the army since 4 March 2023, when five soldiers died "
     "in a bombing.", "2023-03-04"),
    ("The bombing was the deadliest since 2019, when 30 pilgrims were killed near Karbala.", "2019"),
    ("It was the worst loss for the navy since March 2, when 11 sailors died.", "2024-03-02"),
    ("The raid was the biggest since January 9, 2022, when police detained 60 suspects.", "2022-01-09"),
    ("It is the heaviest toll since April 20, when a shell killed 14 villagers.", "2024-04-20"),
])
def test_a_when_clause_after_since_tells_that_day(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert (event["date"]["value"], event["cumulative"]) == (value, False)


# ... while "since" that governs the figure's clause stays a running total.
@pytest.mark.parametrize("text, value", [
    ("Gunmen have killed 40 villagers since May 4, when the rebels took the town.", "2023-05-04/2024-05-02"),
    ("Since April 4, when the rebels took the town, gunmen have killed 40 villagers.",
     "2024-04-04/2024-05-02"),
])
def test_a_running_total_since_a_day_told_with_when(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert event["cumulative"] and event["date"]["value"] == value


# A month or weekday name is a time, never a town, though GeoNames has places called so.
@pytest.mark.parametrize("text", [
    "The 12 April attack killed six soldiers.",
    "The June bombing wounded 20 shoppers.",
    "A Friday ambush killed four guards.",
    "The March offensive left 300 fighters dead.",
])
def test_a_calendar_word_on_an_incident_is_no_place(extractor, text):
    (event,) = _extract(extractor, text)["events"]
    assert event["location"] is None


# An undated opening figure takes the day a later sentence gives its incident, even when that
# sentence goes on to date another figure of its own.
@pytest.mark.parametrize("text, values", [
    ("Three soldiers have been killed by a roadside bomb in the south, the ministry said. Two "
     "others were wounded. The 28 April attack is the deadliest for the army since 4 March 2023, "
     "when five soldiers died in an ambush.", ["2024-04-28", "2024-04-28", "2023-03-04"]),
    ("Four guards died in a bombing at the prison. Tuesday's bombing was the worst since 2021, "
     "when 30 inmates were killed in a riot.", ["2024-04-30", "2021"]),
])
def test_an_incident_s_day_told_beside_another_dated_figure(extractor, text, values):
    assert [(e["date"] or {}).get("value") for e in _extract(extractor, text)["events"]] == values


# A figure told of a day long before the report is history: it never merges with an undated
# figure of the same size told as the news.
def test_a_figure_long_past_is_not_a_restatement_of_the_news(extractor):
    text = ("Three soldiers have been killed by a roadside bomb in the south, the ministry said. "
            "It was the deadliest attack since 4 March 2023, when three soldiers were killed in an ambush.")
    events = _extract(extractor, text)["events"]
    assert [(e["count"]["value"], (e["date"] or {}).get("value")) for e in events] == [
        (3, None), (3, "2023-03-04")]


# An opening that sums up the latest of two incidents merges with the figure told on that
# incident's day, not with the same-sized figure of the day before.
def test_the_opening_merges_with_the_figure_of_its_own_day(extractor):
    text = ("Another peacekeeper has been killed in the capital, the second to die there in two days.\n\n"
            "The spokesman says the latest attack took place early Wednesday near the port.\n\n"
            "\"A bomb claimed the life of one of our soldiers,\" he said.\n\n"
            "The bombing followed Tuesday's clash with insurgents near the market. One peacekeeper "
            "died and two others were wounded.")
    found = [(e["count"]["value"], e["outcome"], (e["date"] or {}).get("value"))
             for e in _extract(extractor, text)["events"]]
    assert (1, "killed", "2024-05-01") in found and (1, "killed", "2024-04-30") in found


# As near in the parse, the more exact of two times is the event's.
@pytest.mark.parametrize("text, value", [
    ("The fighting was the second this month; on April 3 there was a clash in which rebels fired "
     "on a patrol, wounding two soldiers.", "2024-04-03"),
    ("It was the third raid this year; on March 9 there was an attack in which gunmen killed six "
     "farmers.", "2024-03-09"),
    ("This week was tense; on Monday there was an ambush in which bandits abducted nine travellers.",
     "2024-04-29"),
])
def test_the_more_exact_of_two_near_times_wins(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert event["date"]["value"] == value


# A count told inside "N days after <incident>" is as many days before the day its sentence
# tells, or before the report's day (a Thursday) when the sentence speaks in the present.
@pytest.mark.parametrize("text, value", [
    ("Tension was high on Wednesday, two days after a bombing in the market that killed 14 shoppers.",
     "2024-04-29"),
    ("Security remains tight in the province a day after fierce clashes between troops and "
     "militants killed at least 60 people.", "2024-05-01"),
    ("Shops stay shut a day after gunmen killed 11 traders in the bazaar.", "2024-05-01"),
    ("Schools reopened on Tuesday, three days after a raid in which soldiers detained 40 students.",
     "2024-04-27"),
    ("The town is calm two days after a mortar attack that wounded 25 villagers.", "2024-04-30"),
])
def test_a_count_days_after_an_incident(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert event["date"]["value"] == value


# An incident that "since" compares with, told in a clause of its own ("since the 2015
# bombings, in which 40 people died"): that clause's figures are of that incident, on its day,
# and no running total since it.
@pytest.mark.parametrize("text, value", [
    ("It was the deadliest attack in the country since the 2015 bombings, in which 40 people died.",
     "2015"),
    ("The raid was the worst since the March 2 ambush, in which six soldiers were killed.", "2024-03-02"),
    ("The blast was the deadliest since the 2017 truck bombing, which killed more than 500 people.",
     "2017"),
    ("It was the worst assault on the base since a 2020 raid in which insurgents killed 11 guards.",
     "2020"),
    ("This is the heaviest shelling since the 2022 siege, when troops wounded 70 residents.", "2022"),
])
def test_an_incident_since_compared_with_is_told_on_its_day(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert (event["date"]["value"], event["cumulative"]) == (value, False)


# A figure told inside "a week after <incident>" whose own clause names its day is on that day,
# not counted back from the sentence's.
@pytest.mark.parametrize("text, value", [
    ("A similar attack took place a week after a car bomb on March 3 killed 20 people near the market.",
     "2024-03-03"),
    ("The ambush came two days after a roadside bomb on Friday killed four soldiers.", "2024-04-26"),
    ("Unrest spread a month after a raid on 14 March in which police detained 30 students.",
     "2024-03-14"),
])
def test_a_count_after_an_incident_with_its_own_day(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert event["date"]["value"] == value


# A clause on the incident that "left" the people harmed tells the day it left them so.
@pytest.mark.parametrize("text, value", [
    ("The ambush, which took place near the town of Damboa on Monday, also left five soldiers wounded.",
     "2024-04-29"),
    ("The bombing, which happened on Sunday near a mosque, left nine worshippers dead.", "2024-04-28"),
    ("The raid, which began on Tuesday night, left three guards injured.", "2024-04-30"),
])
def test_the_incident_s_own_clause_dates_what_it_left(extractor, text, value):
    (event,) = _extract(extractor, text)["events"]
    assert event["date"]["value"] == value


# A part of the day "of" a day ("the night of 12 March") is one expression, that day, even when
# the tagger leaves the day's number out of its date.
@pytest.mark.parametrize("text, value", [
    ("On the night of 12 March, rebels attacked the base, killing nine soldiers.", "2024-03-12"),
    ("On the morning of April 28, gunmen killed four guards.", "2024-04-28"),
    ("On the evening of Tuesday, a shell wounded six children.", "2024-04-30"),
    ("On the night of the 3rd of April, militants abducted 12 workers.", "2024-04-03"),
])
def test_a_part_of_the_day_of_a_day(extractor, text, value):
    result = _extract(extractor, text)
    (event,) = result["events"]
    assert event["date"]["value"] == value
    assert [d["value"] for d in result["dates"]] == [value]


# "is to send", "are to deploy": an arrangement told with "be to" is planned, as "will" is.
@pytest.mark.parametrize("text, planned", [
    ("Britain is to send an extra 800 troops to Afghanistan.", True),
    ("The 500 soldiers are to deploy to Kosovo in May.", True),
    ("Poland was to send 300 troops to Chad before the plan was dropped.", True),
    ("Britain sent 800 troops to Afghanistan.", False),
])
def test_be_to_is_a_plan(extractor, text, planned):
    (event,) = _extract(extractor, text)["events"]
    assert (event["type"], event["planned"]) == ("deployment", planned)


# "The first of 900 troops landed": the first to arrive are the vanguard of a force that is
# coming; the deployment is the whole force. Not a force leaving, nor the dead or wounded.
@pytest.mark.parametrize("text, expected", [
    ("The first of 900 Ugandan troops landed in Mogadishu on Tuesday.", [("deployment", 900)]),
    ("They are the first of about 3,000 Soldiers from the brigade to deploy to Poland.",
     [("deployment", 3000)]),
    ("The first of 250 Marines arrived in Darwin on Monday.", [("deployment", 250)]),
    ("The first of 2,000 troops left Iraq on Friday.", []),
    ("Four of the 900 troops were wounded.", [("casualty", 4)]),
])
def test_the_first_of_a_force_to_arrive(extractor, text, expected):
    events = _extract(extractor, text)["events"]
    assert [(e["type"], e["count"]["value"]) for e in events] == expected


# Times told from the day the narrative last dated, which the tagger often leaves out of its
# dates: "the following day" is the day after it, "hours later" and "the same day" are that day.
@pytest.mark.parametrize("text, value", [
    ("Rebels attacked the town on Saturday. The following day, an air strike killed 12 rebels.",
     "2024-04-28"),
    ("Gunmen stormed a school on March 3. Hours later, troops killed eight of the gunmen.", "2024-03-03"),
    ("Militants overran a post on April 9. Minutes later, a second blast wounded 14 soldiers.",
     "2024-04-09"),
    ("A convoy was ambushed on Monday. The same day, a roadside bomb killed three policemen.",
     "2024-04-29"),
])
def test_a_time_told_from_the_last_dated_day(extractor, text, value):
    events = _extract(extractor, text)["events"]
    assert events[-1]["date"]["value"] == value


# A country offering forces ("has volunteered", "pledged", "offered", "promised") announces a
# deployment not yet made: planned, sent where the force or mission it is for serves.
@pytest.mark.parametrize("text, place", [
    ("Italy has volunteered up to 2,000 soldiers for the new force in Lebanon.", "Lebanon"),
    ("Ghana offered 500 troops to the AU mission in Somalia.", "Somalia"),
    ("Kenya has pledged 1,000 police officers for the mission in Haiti.", "Haiti"),
    ("The government promised 300 more soldiers for the operation.", None),
])
def test_forces_offered_are_a_planned_deployment(extractor, text, place):
    (event,) = _extract(extractor, text)["events"]
    assert (event["type"], event["planned"], (event["location"] or {}).get("text")) == ("deployment", True, place)


@pytest.mark.parametrize("text", [
    "The ministry had offered a $5 million reward for information on the other 6 members of the council.",
    "The US had offered a $5 million bounty for information leading to his arrest, as well as the "
    "other 6 members of the group's council.",
])
def test_people_named_under_what_is_offered_are_not_offered(extractor, text):
    assert _extract(extractor, text)["events"] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a story filed on the period's first day: what has happened "this week" is that day,
        # never the days still to come
        ("Fighting has killed at least 90 soldiers this week.", "2024-04-29", "2024-04-29"),
        ("Rebels in the hills shot dead 14 policemen this week, the governor said.", "2024-04-29", "2024-04-29"),
        ("Insurgents have wounded 23 troops in raids this weekend.", "2024-05-04", "2024-05-04"),
        # a day later it runs from the period's start to the report's day
        ("Fighting has killed at least 90 soldiers this week.", "2024-04-30", "2024-04-29/2024-04-30"),
        ("Insurgents have wounded 23 troops in raids this weekend.", "2024-05-05", "2024-05-04/2024-05-05"),
        # what is planned for the period keeps all of it
        ("The ministry will deploy 400 more troops to the border this week.", "2024-04-29",
         "2024-04-29/2024-05-05"),
    ],
)
def test_this_period_ends_by_the_report_day(extractor, text, published, expected):
    from pipeline.io.ingest import Article
    import datetime as dt

    (event,) = extractor.extract_article(Article(text=text, published=dt.date.fromisoformat(published)))["events"]
    assert event["date"]["value"] == expected
