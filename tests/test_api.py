"""The public Python API (SPEC.md "Python API"): ``pipeline.extract``, ``parse_count``,
``normalize_date``, their argument checks, and the output contract on arbitrary text.

The property tests call ``pipeline.extract`` itself (one default model per process), not the
session ``extractor`` fixture, because the lazy export and ``published`` parsing are part of what
they test. ``MUSTER_API_EXAMPLES`` raises their example count for a longer crash hunt.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import pipeline

SPEC_KEYS = {"article", "events", "dates", "warnings"}
EVENT_TYPES = {"deployment", "presence", "casualty"}
OUTCOMES = {"killed", "wounded", "captured", "missing", "casualties"}
GRANULARITIES = {"year", "season", "month", "week", "day"}
COUNT_KEYS = {"value", "low", "high", "approx", "unit"}
DATE_KEYS = {"value", "start_date", "end_date", "granularity", "relative"}

EXAMPLES = int(os.environ.get("MUSTER_API_EXAMPLES", "120"))


# --- output checks (walk the whole object, not only events and dates) -------------------------


def _walk(obj):
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            yield from _walk(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk(value)


def _check_bounds(body: str, record: dict) -> None:
    start, end = record["start"], record["end"]
    assert isinstance(start, int) and isinstance(end, int), record
    assert 0 <= start <= end <= len(body), record


def _check_count(count: dict) -> None:
    value, low, high = count["value"], count["low"], count["high"]
    assert value is None or isinstance(value, int), count
    if value is not None:
        assert low is None or low <= value, count
        assert high is None or value <= high, count
    if low is not None and high is not None:
        assert low <= high, count
    assert not (value is None and low is None and high is None), count


def _check_date(date: dict) -> None:
    assert DATE_KEYS <= date.keys(), date
    if "type" in date and date["value"] is None and date["granularity"] is None:
        # a dates entry with no calendar value (a duration, a set, "now"): its TIMEX3 value
        assert date["type"] in ("date", "time", "duration", "set") and date["relative"] is False, date
        return
    assert date["granularity"] in GRANULARITIES, date
    assert isinstance(date["relative"], bool), date
    if date["start_date"] is not None and date["end_date"] is not None:
        assert date["start_date"] <= date["end_date"], date


def _check_output(body: str, result: dict, published=None) -> None:
    """The SPEC contract every ``extract`` result must meet, whatever the text."""
    assert SPEC_KEYS <= result.keys()
    assert result["article"]["chars"] == len(body)
    assert result["article"]["published"] == (published.isoformat() if published else None)
    assert all(isinstance(w, str) for w in result["warnings"])
    for record in _walk(result):
        if {"start", "end"} <= record.keys():
            _check_bounds(body, record)
            if "text" in record:
                assert body[record["start"]:record["end"]] == record["text"], record
    for date in result["dates"]:
        _check_date(date)
    events = result["events"]
    for event in events:
        assert event["type"] in EVENT_TYPES, event
        if event["type"] == "casualty":
            assert event["outcome"] in OUTCOMES, event
        else:
            assert event["outcome"] is None, event
        _check_count(event["count"])
        if event["date"] is not None:
            _check_date(event["date"])
        part_of = event["part_of"]
        if part_of is not None:
            assert isinstance(part_of, int) and 0 <= part_of < len(events), event
    _check_breakdowns(events)
    _check_part_of_names_another_event(events)


def _check_breakdowns(events: list[dict]) -> None:
    """The event a breakdown's ``part_of`` names is a total (kept when restatements merge)."""
    for event in events:
        if event["part_of"] is not None:
            assert events[event["part_of"]]["is_total"] is True, (event, events[event["part_of"]])


def _check_part_of_names_another_event(events: list[dict]) -> None:
    """A breakdown is never its own total."""
    for index, event in enumerate(events):
        assert event["part_of"] != index, event


# --- strategies ---------------------------------------------------------------------------------

NUMBERS = ["3,500", "12", "1.5 million", "twelve", "a dozen", "dozens of", "at least 40",
           "between 200 and 300", "more than 1,000", "about 1,500", "up to 3,085", "nearly 30",
           "hundreds of", "several", "tens of thousands of", "thousands of", "scores of",
           "several hundred", "two", "one", "another 40", "an estimated 4,000", "all 74",
           "0", "-5", "10%", "2023", "1,000,000,000,000", "third", "5-10", "3 to 4"]
NATIONS = ["North Korean", "U.S.", "Taleban", "Russian", "Ukrainian", "British", "Afghan",
           "Russian and North Korean", "Israeli", "Hamas", "NATO", "Pakistani"]
PEOPLE = ["soldiers", "troops", "civilians", "people", "militants", "fighters", "children",
          "servicemen", "marines", "police officers", "prisoners", "others", "soldier"]
VERBS = ["were killed", "sent", "deployed to", "wounded", "were wounded", "have been deployed",
         "died", "were captured", "went missing", "are stationed", "arrived", "killed",
         "including", "casualties", "according to officials", "said", "will send",
         "were reportedly killed", "were released"]
PLACES = ["near Kursk", "in southern Afghanistan", "to Russia", "in Gaza", "in Helmand province",
          "at the border", "in eastern Ukraine", "Kabul"]
DATES = ["last week", "on Tuesday", "October last year", "since May 1", "February 23-26",
         "in 2024", "yesterday", "last October", "in the spring", "on 3 October 2024",
         "two days ago", "this year"]
NOISE = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\r\n", "\r", "\n\n", "\t",
         "\U0001f600", "\U0001f1fa\U0001f1e6", "e\u0301", "\u0301", "\u2028", "\u2029",
         "\x00", "\u00a0", "\u200b", "\ufeff", "\u3000", "(", ")", "--", "\u2014", "...",
         "<b>", "&amp;", "Sgt.", "Rep. Yu Yong-weon", "Ukraine's military intelligence"]
SEPARATORS = [" ", " ", " ", "  ", ", ", "; ", " - ", "\t", "\r\n", "\n", "\u00a0", "",
              "\u2028", ". ", ": ", " \u201c", "\u201d ", "\x00"]
SENTENCE_ENDS = [". ", ".\r\n", ".\n\n", "! ", "? ", "\u2028", "", " ", ".\u201d ", ".\t"]

_case = st.sampled_from([str, str, str, str.upper, str.lower, str.title])
_piece = st.builds(
    lambda word, case: case(word),
    st.sampled_from(NUMBERS + NATIONS + PEOPLE + VERBS + PLACES + DATES + NOISE),
    _case,
)


@st.composite
def _clause(draw) -> list[str]:
    """Pieces in a news order (count, nation, people, verb, place, date), some dropped or
    swapped for noise, so that real events come out as well as near misses."""
    slots = [NUMBERS, NATIONS, PEOPLE, VERBS, PLACES, DATES]
    pieces = []
    for slot in slots:
        choice = draw(st.integers(0, 9))
        if choice < 7:
            pieces.append(draw(st.sampled_from(slot)))
        elif choice == 7:
            pieces.append(draw(st.sampled_from(NOISE)))
    if draw(st.booleans()):
        pieces.insert(0, draw(st.sampled_from(NATIONS)))
    return pieces


_breakdown = st.tuples(  # a total and its parts: "15 people were killed, including 12 militants"
    st.sampled_from(NUMBERS), st.sampled_from(PEOPLE), st.sampled_from(VERBS),
    st.just("including"), st.sampled_from(NUMBERS), st.sampled_from(NATIONS + PEOPLE),
    st.sampled_from(["and", "among them"]), st.sampled_from(NUMBERS), st.sampled_from(PEOPLE),
).map(list)

_sentence_pieces = st.one_of(_clause(), _breakdown, st.lists(_piece, min_size=1, max_size=12))


@st.composite
def news_like(draw) -> str:
    """An article of up to six sentences built from news pieces joined by random separators."""
    out = []
    for pieces in draw(st.lists(_sentence_pieces, min_size=1, max_size=6)):
        for piece in pieces:
            out.append(piece)
            out.append(draw(st.sampled_from(SEPARATORS)))
        if out:  # a clause may draw no pieces at all
            out[-1] = draw(st.sampled_from(SENTENCE_ENDS))
    return "".join(out)


_published = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.text(), published=_published)
@example(text="", published=None)
@example(text="\x00\u2028\r\n\t\U0001f600e\u0301", published=dt.date(2025, 3, 4))
def test_api_extract_never_raises_on_any_text(text, published):
    _check_output(text, pipeline.extract(text, published=published), published)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=news_like(), published=_published)
@example(
    text="North Korea has sent 3,500 additional soldiers to Russia, according to South Korea's "
         "spy agency.\r\nAbout 1,500 North Korean troops have been deployed near Kursk, and "
         "dozens were killed last week.\r\n",
    published=dt.date(2025, 3, 4),
)
@example(text="Fifteen people were killed, including 12 militants, on Tuesday.",
         published=dt.date(2025, 3, 4))
@example(text="Between 200 and 300 \u201cTaleban\u201d fighters were killed\u2028in southern "
              "Afghanistan\tOctober last year \U0001f600.", published=None)
def test_api_extract_never_raises_on_news_like_text(text, published):
    _check_output(text, pipeline.extract(text, published=published), published)


@pytest.mark.parametrize(
    "text",
    [
        ("20 soldiers were killed, including 12 militants. "
         "20 soldiers were killed in Helmand province."),
        ("3,500. 3,500 soldiers were captured including 3,500 North Korean and 3,500 soldiers. "
         "3,500 were captured in southern Afghanistan. "),
    ],
)
def test_api_extract_breakdown_points_at_a_total(text):
    result = pipeline.extract(text)
    _check_output(text, result)
    assert any(event["part_of"] is not None for event in result["events"])
    _check_breakdowns(result["events"])


@pytest.mark.parametrize(
    "text",
    [
        "20 soldiers were killed. 20 soldiers were killed, including 20 soldiers.",
        "about 1,500\r\nprisoners! about 1,500 \u201cprisoners including, about 1,500\tprisoners. ",
    ],
)
def test_api_extract_breakdown_is_not_its_own_total(text):
    result = pipeline.extract(text)
    _check_output(text, result)
    _check_part_of_names_another_event(result["events"])


@pytest.mark.parametrize("text", ["\ud800", "Two soldiers were killed \udcff near Kursk."])
def test_api_extract_lone_surrogate_is_not_a_stage_error(text):
    try:
        result = pipeline.extract(text)
    except pipeline.InputError:
        return
    _check_output(text, result)


# --- arguments ----------------------------------------------------------------------------------


def test_api_extract_finds_events_with_exact_spans(news_body, assert_spans):
    """Guards the properties against passing vacuously: this text does give events."""
    result = pipeline.extract(news_body, published="2025-03-04")
    assert result["events"]
    assert assert_spans(news_body, result) > 0
    _check_output(news_body, result, dt.date(2025, 3, 4))


@pytest.mark.parametrize("published", [dt.date(2025, 3, 4), "2025-03-04"])
def test_api_extract_accepts_published_date_or_iso_string(news_body, published):
    result = pipeline.extract(news_body, published=published)
    assert result["article"]["published"] == "2025-03-04"
    assert result["article"]["published_from"] == "option"  # as the CLI's --published
    week = [d for d in result["dates"] if d["text"] == "last week"]
    assert week and week[0]["value"] == "2025-02-24/2025-03-02"


def test_api_extract_published_forms_give_the_same_output(news_body):
    as_date = pipeline.extract(news_body, published=dt.date(2025, 3, 4))
    as_string = pipeline.extract(news_body, published="2025-03-04")
    assert as_date == as_string


def test_api_extract_without_published_leaves_relative_dates_unresolved(news_body):
    result = pipeline.extract(news_body)
    assert result["article"]["published"] is None
    week = [d for d in result["dates"] if d["text"] == "last week"]
    assert week and week[0]["value"] is None and week[0]["relative"] is True
    assert any("publication date" in w for w in result["warnings"])


@pytest.mark.parametrize("published", ["yesterday", "2025-13-01", "04/03/2025", "", "March 4",
                                       "2025-02-30"])
def test_api_extract_bad_published_raises_config_error(published):
    with pytest.raises(pipeline.ConfigError):
        pipeline.extract("Two soldiers were killed.", published=published)


@pytest.mark.parametrize("text", [None, b"Two soldiers were killed.", 42, ["text"]])
def test_api_extract_non_str_raises_type_error(text):
    with pytest.raises(TypeError):
        pipeline.extract(text)


@pytest.mark.parametrize("text", ["", " ", "\r\n\t ", "\u2028\u2029", "\u00a0\u3000\u200b",
                                  "\n" * 50])
def test_api_extract_empty_or_blank_text_gives_no_events(text):
    result = pipeline.extract(text, published="2025-03-04")
    assert result["events"] == []
    assert result["dates"] == []
    _check_output(text, result, dt.date(2025, 3, 4))


# --- parse_count and normalize_date -------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("about 1,500 soldiers",
         {"value": 1500, "low": None, "high": None, "approx": "about", "unit": "soldiers"}),
        ("dozens", {"value": None, "low": 24, "high": None, "approx": "dozens", "unit": None}),
    ],
)
def test_api_parse_count_from_package(text, expected):
    from pipeline import parse_count

    result = parse_count(text)
    assert set(result) == COUNT_KEYS
    assert result == expected


def test_api_parse_count_not_a_count_is_none():
    assert pipeline.parse_count("no figures here") is None


@pytest.mark.parametrize("published", ["2025-03-04", dt.date(2025, 3, 4)])
def test_api_normalize_date_from_package(published):
    from pipeline import normalize_date

    result = normalize_date("October last year", published=published)
    assert set(result) == DATE_KEYS
    assert result["value"] == "2024-10"
    assert (result["start_date"], result["end_date"]) == ("2024-10-01", "2024-10-31")
    assert result["granularity"] == "month"
    assert result["relative"] is True


def test_api_normalize_date_not_a_date_is_none():
    assert pipeline.normalize_date("five years", published="2025-03-04") is None


# --- the package --------------------------------------------------------------------------------


def test_api_exports_errors_in_one_family():
    for name in ("ConfigError", "InputError", "ModelError", "StageError"):
        assert issubclass(getattr(pipeline, name), pipeline.MusterError)


def test_api_import_does_not_load_spacy():
    code = "import pipeline, sys; assert 'spacy' not in sys.modules"
    root = Path(__file__).resolve().parents[1]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


def test_api_extract_stream_equals_one_by_one(extractor, devset_inputs):
    """Batching through nlp.pipe changes speed, not output; failures stay in place."""
    from pipeline.io.ingest import Article, InputFailure

    articles = [Article(text=row["text"], id=key, published=dt.date.fromisoformat(row["published"]))
                for key, row in sorted(devset_inputs.items())]
    bad = Article(text="\ud800 broken", id="bad")
    failure = InputFailure(path="x.jsonl", line=3, reason="not valid JSON")
    items = articles[:5] + [bad, failure] + articles[5:]
    streamed = list(extractor.extract_stream(items, batch_size=4))
    assert [item for item, _ in streamed] == items
    assert isinstance(streamed[5][1], pipeline.InputError) and streamed[6][1] is None
    one_by_one = [extractor.extract_article(a) for a in articles]
    assert [r for _, r in streamed[:5] + streamed[7:]] == one_by_one


def test_api_errors_survive_pickling():
    """Errors cross process boundaries (muster batch --workers) with code, detail and place."""
    import pickle

    from pipeline.errors import LanguageError

    error = LanguageError("not English", where="a.txt", language="fr", score=0.99)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is LanguageError and str(copy) == str(error)
    assert (copy.code, copy.detail, copy.where, copy.language) == ("M005", "not English", "a.txt", "fr")


@pytest.mark.parametrize("figure", ["15\u200b00", "1\u200d500", "\ufeff1500"[0:0] + "15\u00ad00",
                                    "1\u0665" + "00"])
def test_api_unreadable_figure_is_warned_never_dropped_silently(figure):
    text = f"Officials said {figure} soldiers were deployed to the region on Monday."
    result = pipeline.extract(text, published="2024-01-08", explain=True)
    assert not result["events"]
    assert any("a figure was not read" in w and repr(figure) in w for w in result["warnings"])
    assert any(r["why"] == "not_count.unreadable_figure" and r["text"] == figure
               for r in result["rejected"])


def test_api_progress_reports_each_piece_of_a_long_article(extractor):
    from pipeline.io.ingest import Article

    text = ("Five soldiers were killed near Kandahar on Monday. " * 40 + "\n\n") * 5
    seen = []
    extractor.extract_article(Article(text=text), max_chars=2_000,
                              progress=lambda done, total: seen.append((done, total)))
    total = seen[0][1]
    assert total > 1 and seen == [(k, total) for k in range(1, total + 1)]
    seen.clear()
    extractor.extract_article(Article(text="Five soldiers were killed."),
                              progress=lambda done, total: seen.append((done, total)))
    assert seen == []
