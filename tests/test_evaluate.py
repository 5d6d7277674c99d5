"""The scorer's explanations: what happened to a missed count, which rule chose a wrong field."""

from __future__ import annotations

from datetime import date

from pipeline.evaluate import explain_field, explain_miss, format_report, score
from pipeline.io.ingest import Article


def _gold_event(text: str, phrase: str, **fields) -> dict:
    start = text.index(phrase)
    event = {"type": "casualty", "outcome": "killed",
             "count": {"surface": phrase, "span": [start, start + len(phrase)], "value": None,
                       "low": None, "high": None},
             "sentence": {"span": [0, len(text)]}}
    event["count"].update(fields)
    return event


def test_evaluate_explain_miss_names_the_rejecting_rule(extractor):
    text = "Gunmen killed 10% of the villagers in Tarin Kot on Monday."
    result = extractor.extract_article(Article(text=text, published=date(2024, 4, 3)), explain=True)
    gold = _gold_event(text, "10", value=10)
    assert explain_miss(gold, result).startswith("its count '10' was rejected: not_count.percentage")


def test_evaluate_explain_miss_when_the_count_was_read_otherwise(extractor):
    text = "Militants wounded 12 soldiers near Kunduz on Monday."
    result = extractor.extract_article(Article(text=text, published=date(2024, 4, 3)), explain=True)
    gold = _gold_event(text, "12", value=12)  # gold says killed; Muster reads wounded
    assert "does not match" in explain_miss(gold, result)


def test_evaluate_explain_miss_never_seen():
    text = "The ministry gave no toll."
    gold = _gold_event(text, "no toll", value=0)
    assert explain_miss(gold, {"events": [], "rejected": []}) == (
        "its count was never seen as a count of people")


def test_evaluate_explain_field_names_rule_or_absence():
    pred = {"location": {"text": "Iraq"}, "why": {"location": "location.lede_place"},
            "date": None, "actor": None}
    assert explain_field("location", pred) == "chosen by location.lede_place"
    assert explain_field("date", pred) == "no rule found a date"
    assert explain_field("actor", pred) == "no rule found a side"


def test_evaluate_report_prints_explanations_and_readable_vague_counts(extractor):
    text = "Dozens of soldiers were killed in Kismayo on Monday. Rebels lost 5% of their men."
    result = extractor.extract_article(Article(text=text, published=date(2024, 4, 3)), explain=True)
    gold = [{"id": "a", "events": [
        _gold_event(text, "Dozens", low=24),
        _gold_event(text, "5", value=5),
    ]}]
    report = format_report(score(gold, {"a": result}))
    assert "(24 or more)" in report or "24 or more" in report
    assert "why: its count '5' was rejected: not_count.percentage" in report


def test_evaluate_report_lists_events_off_the_map(extractor):
    text = "Gunmen killed 12 soldiers in Kandahar on Monday. Rebels killed 7 soldiers in Jalalabad."
    result = extractor.extract_article(Article(text=text, id="a", published=date(2024, 4, 3)))
    near = _gold_event(text, "12", value=12)
    near["location"] = {"surface": "Kandahar", "country": "AFG", "lat": 31.61, "lon": 65.71}
    far = _gold_event(text, "7", value=7)  # a gold point 300 km off and the wrong country
    far["location"] = {"surface": "Jalalabad", "country": "PAK", "lat": 34.0, "lon": 71.5}
    scored = score([{"id": "a", "events": [near, far]}], {"a": result})
    assert scored.summary()["geo"]["country"] == 0.5
    report = format_report(scored, details=True)
    assert "OFF THE MAP: 1" in report
    off = report.split("OFF THE MAP: 1")[1]
    assert "'7' (7) country: gold 'PAK' / found 'AFG'; point:" in off and "'12'" not in off
