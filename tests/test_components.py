"""Muster as spaCy components: the entry point, the stage factories, the explain trace."""

from __future__ import annotations

import json
from datetime import date
import subprocess
import sys
from pathlib import Path

import pytest

DEVSET = Path(__file__).parent / "data" / "devset" / "input.jsonl"
SEED = Path(__file__).parent.parent / "samples" / "articles" / "seed.txt"


def _devset_articles() -> list[dict]:
    return [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def user_nlp():
    """A pipeline built the way a user builds one: spaCy's own load, then add_pipe."""
    import spacy

    from pipeline.components.model import default_model_names

    for name in default_model_names():
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    nlp.add_pipe("muster")
    return nlp


def test_components_add_pipe_without_importing_pipeline():
    # the user's code never imports pipeline: spaCy finds the factories by entry point
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('muster_counts', 'muster_dates', 'muster_events', 'muster_quantities',"
        " 'muster_places', 'muster'):\n"
        "    assert nlp.has_factory(name), name\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_components_places_ruler_goes_before_ner(user_nlp):
    names = user_nlp.pipe_names
    assert names.index("muster_places") < names.index("ner") < names.index("muster")
    assert names[-1] == "muster"


def test_components_add_pipe_equals_extract_on_the_devset(user_nlp, extractor):
    from pipeline.api import extract

    for article in _devset_articles():
        doc = user_nlp.make_doc(article["text"])
        doc._.muster_published = article["published"]
        doc = user_nlp(doc)
        expected = extract(article["text"], published=article["published"])
        found = doc._.muster
        assert set(found) == {"events", "dates", "quantities", "warnings"}
        assert found["events"] == expected["events"], article["id"]
        assert found["dates"] == expected["dates"], article["id"]


def test_components_stage_factories_fill_span_groups(user_nlp):
    text = ("Rebels killed 14 soldiers near the town of Aru on Tuesday, three days after "
            "2,000 troops arrived.")
    doc = user_nlp.make_doc(text)
    doc._.muster_published = "2024-05-10"
    doc = user_nlp(doc)
    counts = [span.text for span in doc.spans["muster_counts"]]
    assert "14" in counts and "2,000" in counts
    values = doc._.muster_values["muster_counts"]
    assert len(values) == len(doc.spans["muster_counts"])
    assert all(text[v["start"]:v["end"]] == s.text for v, s in zip(values, doc.spans["muster_counts"]))
    assert [span.text for span in doc.spans["muster_dates"]][:1] == ["Tuesday"]
    assert doc._.muster_values["muster_dates"][0]["value"] == "2024-05-07"


def test_components_analyze_pipes_finds_no_problem(user_nlp):
    analysis = user_nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]


def test_components_explain_gives_a_rule_for_every_field(extractor):
    from pipeline.article.trace import DECIDED

    article = _devset_articles()[0]
    from pipeline.io.ingest import Article

    result = extractor.extract_article(
        Article(text=article["text"], published=date.fromisoformat(article["published"])), explain=True)
    assert result["events"]
    for event in result["events"]:
        why = event["why"]
        for field in DECIDED:
            value = event[field]
            if value is not None and (value is not False or field == "civilian"):
                assert field in why, (field, event)
        assert all(isinstance(rule, str) and rule for rule in why.values())


def test_components_explain_names_why_seed_numbers_are_not_events(extractor):
    from pipeline.io.ingest import Article

    text = SEED.read_text(encoding="utf-8")
    result = extractor.extract_article(Article(text=text, published=date(2025, 3, 4)), explain=True)
    reasons = {(r["text"], r["start"]): r["why"] for r in result["rejected"]}
    for item in result["rejected"]:
        assert text[item["start"]:item["end"]] == item["text"]

    def reason_of(phrase: str, word: str) -> str:
        at = text.index(phrase) + phrase.index(word)
        return reasons[(word, at)]

    assert reason_of("a third deployment", "third") == "not_count.ordinal"
    assert reason_of("about 10% presumed dead", "10") == "not_count.percentage"
    assert reason_of("compare to ten Russian", "ten") == "no_trigger.comparison"
    assert reason_of("five North Korean soldiers are said", "five") == "no_trigger.comparison"


def test_components_explain_off_leaves_output_unchanged(extractor):
    from pipeline.io.ingest import Article

    text = SEED.read_text(encoding="utf-8")
    plain = extractor.extract_article(Article(text=text, published=date(2025, 3, 4)))
    explained = extractor.extract_article(Article(text=text, published=date(2025, 3, 4)), explain=True)
    assert "rejected" not in plain and all("why" not in e for e in plain["events"])
    for a, b in zip(plain["events"], explained["events"]):
        assert {k: v for k, v in b.items() if k != "why"} == a


@pytest.mark.parametrize("sentence, field, rule", [
    ("Militants killed 12 soldiers at a checkpoint in Baidoa on Monday. Four police officers "
     "were also killed.", "date", "date.previous_sentence"),
    ("A bomb exploded near the market in Jalalabad. Six civilians died in the blast, "
     "officials said.", "location", "location.same_or_previous_sentence"),
])
def test_components_explain_names_context_rules(extractor, sentence, field, rule):
    from pipeline.io.ingest import Article

    result = extractor.extract_article(Article(text=sentence, published=date(2024, 3, 6)), explain=True)
    event = result["events"][-1]
    assert event[field] is not None
    assert event["why"][field] == rule


def test_components_saved_pipeline_with_muster_loads_as_a_model(user_nlp, tmp_path):
    """``muster --model PATH`` on a pipeline saved with Muster in it: not added twice, and
    the same events."""
    from pipeline.api import Extractor
    from pipeline.io.ingest import Article

    user_nlp.to_disk(tmp_path / "saved")
    extractor = Extractor(model=str(tmp_path / "saved"))
    assert extractor.nlp.pipe_names.count("muster") == 1
    text = "Twelve soldiers were killed near Bakhmut on Sunday, the army said."
    article = Article(text=text, published=date(2023, 5, 2))
    found = extractor.extract_article(article)
    assert [e["count"]["value"] for e in found["events"]] == [12]


def test_components_quantities_in_the_output_are_measures_never_people(extractor):
    from pipeline.io.ingest import Article

    text = ("A convoy carrying 3 tonnes of flour was shelled 25 km north of Kramatorsk on "
            "Tuesday, killing 4 civilians. Donors pledged $12 million for repairs, and 155mm "
            "shells fell within 800 metres of the depot where 40 soldiers were stationed.")
    result = extractor.extract_article(Article(text=text, published=date(2024, 3, 14)))
    found = {(q["text"], q["unit"], q["entity"]) for q in result["quantities"]}
    assert ("3 tonnes", "tonne", "mass") in found
    assert ("25 km", "kilometre", "length") in found
    assert any(q["value"] == 12_000_000 and q["entity"] == "currency" for q in result["quantities"])
    assert any(q["text"].startswith("155") for q in result["quantities"])
    assert ("800 metres", "metre", "length") in found
    counts = {e["count"]["value"] for e in result["events"]}
    assert {4, 40} <= counts
    for q in result["quantities"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["text"] not in ("4 civilians", "40 soldiers")


@pytest.mark.parametrize("text, distance, direction", [
    ("Shelling killed 3 soldiers 30 km south of Izium on Monday.", 30.0, "S"),
    ("A roadside bomb killed five policemen about 20 miles northwest of Kabul on Sunday.", 32.2, "NW"),
])
def test_components_distance_from_a_place_is_the_location_offset(extractor, text, distance, direction):
    from pipeline.io.ingest import Article

    result = extractor.extract_article(Article(text=text, published=date(2024, 3, 14)), explain=True)
    place = result["events"][0]["location"]
    assert place["offset"]["distance_km"] == distance and place["offset"]["direction"] == direction
    assert text[place["offset"]["start"]:place["offset"]["end"]] == place["offset"]["text"]
    assert result["events"][0]["why"]["location_offset"] == "location.distance_from_place"


def test_components_no_offset_for_a_distance_not_tied_to_the_place(extractor):
    from pipeline.io.ingest import Article

    text = "Troops marched 30 km on Monday. Two soldiers were killed in Bakhmut on Tuesday."
    result = extractor.extract_article(Article(text=text, published=date(2024, 3, 14)))
    assert all("offset" not in (e["location"] or {}) for e in result["events"])


def test_the_indexed_attribute_ruler_writes_what_the_model_s_own_does():
    """``attributes.speed_up`` only changes how the model's attribute ruler finds its matches:
    parts of speech, morphology and lemmas are the same on real articles of every set."""
    from pipeline.components.attributes import IndexedMatcher, speed_up
    from pipeline.components.model import load_model

    stock, indexed = load_model(), load_model()
    speed_up(indexed)
    assert isinstance(indexed.get_pipe("attribute_ruler").matcher, IndexedMatcher)
    data = Path(__file__).parent / "data"
    texts = [json.loads(line)["text"] for folder in sorted(data.iterdir())
             if (folder / "input.jsonl").is_file()
             for line in (folder / "input.jsonl").read_text(encoding="utf-8").splitlines()[:4]]
    texts.append("Y'all ain't gonna believe it: there were 3 soldiers, nothin' more.  Let's go.")
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts)):
        assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b]
    assert indexed.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


SENTENCE_SETS = ("extra", "unseen_af", "unseen_w", "unseen_ad")


def _starts_mid_clause(doc) -> list[str]:
    """Sentence starts right after a word, a number, a comma or a bracket that follows no
    full stop, on the same line: where no sentence can begin."""
    found = []
    for sentence in list(doc.sents)[1:]:
        before, first = doc[sentence.start - 1], doc[sentence.start]
        if "\n" in before.text_with_ws or before.is_space or first.is_space:
            continue
        bracket = before.text == ")" and not (sentence.start > 1 and doc[sentence.start - 2].text[-1:] in ".!?;")
        if before.is_alpha or before.like_num or before.text == "," or bracket:
            found.append(doc[max(0, sentence.start - 4) : sentence.start + 4].text)
    return found


@pytest.mark.parametrize("name", SENTENCE_SETS)
def test_no_sentence_starts_in_the_middle_of_a_clause(extractor, name):
    """The parser alone split some sentences after a word or a bracket ("... (FARC) | Thursday
    in a bombing raid, an army official said"), so the day went to another sentence than the
    killing it dates; the line reader now forbids a start there."""
    path = Path(__file__).parent / "data" / name / "input.jsonl"
    with path.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    found = []
    for article in articles:
        doc = extractor.nlp(extractor._prepared(article["text"], article.get("published"), False))
        found += _starts_mid_clause(doc)
    assert found == []


@pytest.mark.parametrize("text, date, source", [
    ("The navy rescued 30 sailors held by the Movement for the Emancipation of the Niger Delta "
     "(MEND) Wednesday, a spokesman said.", "2024-05-15", "a spokesman said"),
    ("Troops killed 12 members of the National Liberation Army (ELN) Sunday in an air raid, a "
     "colonel said.", "2024-05-12", "a colonel said"),
])
def test_a_day_after_a_bracketed_name_dates_the_clause_it_ends(extractor, text, date, source):
    from pipeline.io.ingest import Article
    import datetime as dt

    (event,) = extractor.extract_article(Article(text=text, published=dt.date(2024, 5, 16)))["events"]
    assert (event["date"]["value"], event["source"]["text"]) == (date, source)
