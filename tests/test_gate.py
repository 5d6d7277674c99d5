"""The relevance gate (issue 14): articles that cannot hold an event skip NER and the parser,
and articles whose event windows, read first, hold no event skip the rest; it loses nothing: on
every gold set in the repo, an article it turns away has no gold event and no event in the
committed golden output. Sentences are the tests' own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.api import GATE_REASON, WINDOWS_REASON, default_extractor
from pipeline.cli import app
from pipeline.io.ingest import Article
from pipeline.text.dates import coerce_published
from pipeline.text.gate import _sentences, event_windows, may_hold_event, sentence_may_hold_event

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
GOLD_SETS = sorted(p.name for p in DATA.iterdir() if (p / "gold.jsonl").is_file())


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", GOLD_SETS)
def test_the_gate_passes_every_article_with_a_gold_event(name):
    texts = {row["id"]: row["text"] for row in _rows(DATA / name / "input.jsonl")}
    turned_away = [row["id"] for row in _rows(DATA / name / "gold.jsonl")
                   if row["events"] and not may_hold_event(texts[row["id"]])]
    assert turned_away == []


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.jsonl")), ids=lambda p: p.stem)
def test_the_gate_turns_away_no_article_muster_finds_an_event_in(path):
    """Articles the gate skips have no event in the golden output (made without the gate), so
    the events with the gate are exactly those without it."""
    lost = [row["article"]["id"] for row in _rows(path)
            if row["events"] and not may_hold_event(row["article"].get("text") or _body(row))]
    assert lost == []


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.jsonl")), ids=lambda p: p.stem)
def test_no_article_muster_finds_an_event_in_is_turned_away_after_its_windows(path):
    """The second step: the windows of every article with an event in the golden output, read
    first, hold an event, so the article is read whole, exactly as without the gate."""
    rows = [row for row in _rows(path) if row["events"]]
    articles = {i: Article(text=row["article"].get("text") or _body(row), id=row["article"]["id"],
                           published=coerce_published(row["article"].get("published")))
                for i, row in enumerate(rows)}
    reasons = default_extractor()._gate(articles, max_chars=100_000)[0]
    assert [articles[i].id for i in reasons] == []


def _body(row: dict) -> str:
    for name in GOLD_SETS:
        for item in _rows(DATA / name / "input.jsonl"):
            if item["id"] == row["article"]["id"]:
                return item["text"]
    path = Path(__file__).parent.parent / (row["article"].get("path") or "")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


@pytest.mark.parametrize("sentence", [
    "Rebels killed 12 soldiers near the town on Sunday.",
    "A soldier was wounded by a sniper.",
    "The Pentagon is sending 3,000 more troops to the region.",
    "About 1,500 Ukrainian soldiers remain in the enclave.",
    "NATO's 60,000-member force completed its mission.",
    "Gunmen kidnapped two aid workers outside the camp.",
    "Dozens of civilians died in the shelling.",
    "The seventeenth Canadian killed in the war was buried today.",
    "Officials said 40 people were hurt in the blast.",
    "Some 200 peacekeepers were deployed to the border.",
    "The militia freed 21 hostages after talks.",
    "An Afghan interpreter was abducted on the road.",
    "Church bombings at Christmas claimed the lives of 19 people.",
])
def test_sentences_that_may_hold_an_event_pass(sentence):
    assert sentence_may_hold_event(sentence)


@pytest.mark.parametrize("sentence", [
    "The central bank raised interest rates by 0.5 percentage points on Tuesday.",
    "The team won 3-1 in front of 40,000 fans.",
    "Parliament passed the budget by 212 votes to 190.",
    "The company will release its new phone in 2022.",
    "Shares fell 4% after the announcement.",
    "The minister met her counterpart for two hours.",
    "A new museum opened in the capital.",
    "The film sold 2 million tickets in its first week.",
    "Scientists found 12 new species in the forest.",
    "The election drew a record turnout.",
    "The concert was held in a stadium with 40,000 seats.",
    "She took office in 2019 after winning 52 percent of the vote.",
    "The government approved 12 new schools.",
    "The studio will release 3 films next year.",
    "Shares of the military contractor rose 6 percent.",
])
def test_sentences_with_no_event_are_turned_away(sentence):
    assert not sentence_may_hold_event(sentence)


@pytest.mark.parametrize("sentence", [
    "The gunmen held 12 passengers for two days.",
    "Rebels took 30 soldiers prisoner.",
    "A 5,000-strong brigade reached the border.",
    "The 16,000-member force patrolled the streets.",
    "The battalion, which numbers about 600, moved north.",
])
def test_words_that_are_often_something_else_pass_with_people_or_a_count_beside_them(sentence):
    assert sentence_may_hold_event(sentence)


def test_a_move_passes_when_the_article_names_a_force():
    assert may_hold_event("The U.S. has troops in the region. It will send 500 more next month.")
    assert not may_hold_event("The band has fans in the region. It will send 500 more tickets.")
    assert not may_hold_event("Some 200 people arrived at the festival on Friday.")


def test_a_count_and_its_event_word_must_share_a_sentence():
    assert not may_hold_event("The court heard 12 witnesses. The war ended in 1995.")
    assert may_hold_event("The court heard witnesses. Rebels killed 12 soldiers.")


def test_a_gated_article_says_so_and_no_gate_processes_it():
    text = "The central bank raised interest rates on Tuesday, the third rise this year."
    gated = pipeline.extract(text, published="2021-06-14", gate=True)
    assert gated["skipped"].startswith("gate:") and gated["events"] == [] and gated["dates"] == []
    full = pipeline.extract(text, published="2021-06-14")
    assert "skipped" not in full and full["dates"]


def test_an_article_with_an_event_is_processed_the_same_with_the_gate():
    text = "Rebels killed 12 soldiers near Goma on Sunday, the army said."
    assert pipeline.extract(text, published="2021-06-14", gate=True) == pipeline.extract(
        text, published="2021-06-14")


def test_batch_counts_the_articles_the_gate_skipped(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "The team won 3-1 in front of 40,000 fans on Sunday.",
                    "published": "2021-06-14"}) + "\n"
        + json.dumps({"id": "b", "text": "Rebels killed 12 soldiers near Goma on Sunday.",
                      "published": "2021-06-14"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 skipped by the relevance gate" in result.output
    rows = _rows(out)
    assert rows[0]["skipped"].startswith("gate:") and rows[1]["events"]
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--workers", "1",
                                      "--no-gate"])
    assert result.exit_code == 0 and "relevance gate" not in result.output
    assert "skipped" not in _rows(out)[0]


@pytest.mark.parametrize("sentence", [
    "Hundreds of service members will take part in the exercise.",
    "About 40 crew members stayed aboard the frigate.",
    "Some 300 militia members guard the pass.",
    "Dozens of army members joined the parade in the capital.",
])
def test_members_of_a_combatant_body_are_a_force(sentence):
    assert sentence_may_hold_event(sentence)


# A force word among the first or last words of a sentence still reaches a count beside it:
# its reach runs to the sentence's edge (a figure opening the sentence was out of reach).
@pytest.mark.parametrize("sentence", [
    "3,000 troops are taking part in the drills.",
    "12,500 soldiers — most of them conscripts — remain in the province.",
    "400 marines stayed on the ships.",
    "Some 900 paratroopers are in the exercise area.",
    "The exercise involves 2,000 sailors.",
    "On the island are 150 commandos.",
])
def test_a_force_word_reaches_a_count_at_the_sentence_edge(sentence):
    assert sentence_may_hold_event(sentence)


def test_members_of_a_civilian_body_are_no_force():
    assert not sentence_may_hold_event("Dozens of council members joined the parade in the capital.")


@pytest.mark.parametrize("text, pieces", [
    ("Five U.S. soldiers were killed. The rest went home.",
     ["Five U.S. soldiers were killed.", "The rest went home."]),
    ("Lt. Gen. Ray Odom said on Sept. 3 that 40 marines landed. Then it rained.",
     ["Lt. Gen. Ray Odom said on Sept. 3 that 40 marines landed.", "Then it rained."]),
    ("The toll rose to 12 in the town of St. Marc. more were missing.",
     ["The toll rose to 12 in the town of St. Marc. more were missing."]),
    ("A headline.\n\nNext paragraph.", ["A headline.", "Next paragraph."]),
    ("Troops left the U.N.\n\nBase camp closed.", ["Troops left the U.N.", "Base camp closed."]),
])
def test_the_gate_never_ends_a_sentence_at_an_abbreviation(text, pieces):
    assert [text[a:b] for a, b in _sentences(text)] == pieces


def test_windows_are_the_sentences_that_may_hold_an_event_with_their_neighbours():
    text = ("The match began late. Fans sang. Rebels killed 12 soldiers on Sunday. The army "
            "said so. Rain fell. Shops shut. Trains ran late. Police arrested two men.")
    windows = [text[a:b] for a, b in event_windows(text)]
    assert windows == ["Fans sang. Rebels killed 12 soldiers on Sunday. The army said so.",
                       "Trains ran late. Police arrested two men."]
    assert event_windows("The match began late. Fans sang loudly.") == []


#: A council story with one sentence that has a count and an event word but holds no event.
_COUNCIL = """The city council met on Tuesday to debate the new budget, which the mayor called a turning point for local schools.

Council members argued for hours over the cost of road repairs and a new library in the north of the city.

One councillor said the plan would have killed 40 jobs at the depot, a claim the mayor rejected.

The vote was delayed until next month, when the council will meet again to hear from residents.

Local businesses have asked for lower taxes, and the chamber of commerce said it would publish its own proposal in the spring.

The library, first planned a decade ago, would hold a reading room, a cafe and space for evening classes.

Residents who spoke at the meeting were divided, some praising the schools plan and others the road repairs."""


def test_an_article_whose_windows_hold_no_event_is_skipped_after_reading_them():
    gated = pipeline.extract(_COUNCIL, published="2021-06-14", gate=True)
    assert gated["skipped"] == WINDOWS_REASON and gated["events"] == [] and gated["dates"] == []
    full = pipeline.extract(_COUNCIL, published="2021-06-14")
    assert "skipped" not in full and full["events"] == [] and full["dates"]


def test_an_article_whose_windows_hold_an_event_is_read_whole():
    text = _COUNCIL.replace("One councillor said the plan would have killed 40 jobs at the depot",
                            "Gunmen killed two guards at the depot overnight, police said")
    assert pipeline.extract(text, published="2021-06-14", gate=True) == pipeline.extract(
        text, published="2021-06-14")


def test_the_two_steps_give_their_own_reasons():
    extractor = default_extractor()
    articles = {0: Article(text="The team won 3-1 in front of 40,000 fans.", id="a"),
                1: Article(text=_COUNCIL, id="b"),
                2: Article(text="Rebels killed 12 soldiers near Goma on Sunday.", id="c")}
    assert extractor._gate(articles, max_chars=100_000)[0] == {0: GATE_REASON, 1: WINDOWS_REASON}


@pytest.mark.parametrize("text, reason", [
    ("The team won 3-1 in front of 40,000 fans on Sunday.", "gate: no sentence"),
    (_COUNCIL, "gate: the sentences that could hold an event were read"),
])
def test_the_table_says_an_article_was_not_read_and_why(tmp_path, text, reason):
    """A pasted article the gate turned away is not shown as one with no events."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2021-06-14", "--gate",
                                      "--format", "table"])
    assert result.exit_code == 0, result.output
    assert f"not read: {reason}" in result.output and "no events found" not in result.output


#: A long article: two council pieces whose windows hold no event around one with an attack.
_ATTACK = ("Gunmen killed two guards at a fuel depot outside Goma on Sunday night, police said. "
           "The attackers fled into the hills before soldiers arrived.")
_LONG = "\n\n".join([_COUNCIL, _ATTACK, _COUNCIL])
_PIECE = len(_COUNCIL) + 10  # three pieces: the first council story alone


def _event_keys(record: dict) -> list[tuple]:
    return [(e["type"], e["count"]["start"], e["trigger"]["start"]) for e in record["events"]]


def test_each_piece_of_a_long_article_is_gated_as_an_article_would_be():
    """A long article is read in pieces, each alone, so the gate judges each piece alone: the
    council pieces are not parsed, the attack is, and the events are those read without the
    gate. The record says which pieces were not parsed, since their dates are not listed."""
    extractor = default_extractor()
    article = Article(text=_LONG, id="long", published=coerce_published("2021-06-14"))
    gated = extractor.extract_article(article, max_chars=_PIECE, gate=True)
    full = extractor.extract_article(article, max_chars=_PIECE)
    assert _event_keys(gated) == _event_keys(full) and gated["events"]
    assert "skipped" not in gated
    assert any(w.startswith("gate: 2 of the 3 pieces") for w in gated["warnings"])
    first_piece_end = _LONG.index(_ATTACK)  # the first council piece: its dates are not read
    assert gated["dates"] and all(d["start"] >= first_piece_end for d in gated["dates"])
    assert any(d["start"] < first_piece_end for d in full["dates"])


def test_a_long_article_with_no_piece_to_read_is_skipped():
    extractor = default_extractor()
    article = Article(text="\n\n".join([_COUNCIL] * 3), id="long",
                      published=coerce_published("2021-06-14"))
    gated = extractor.extract_article(article, max_chars=_PIECE, gate=True)
    assert gated["skipped"] == WINDOWS_REASON and gated["events"] == [] and gated["dates"] == []
    assert extractor._gate({0: article}, max_chars=_PIECE)[0] == {0: WINDOWS_REASON}


def test_a_stream_gates_the_pieces_of_a_long_article_as_one_article_is_gated():
    extractor = default_extractor()
    articles = [Article(text=_LONG, id="long", published=coerce_published("2021-06-14")),
                Article(text=_ATTACK, id="short", published=coerce_published("2021-06-14"))]
    streamed = [r for _, r in extractor.extract_stream(articles, max_chars=_PIECE)]
    assert streamed[0] == extractor.extract_article(articles[0], max_chars=_PIECE, gate=True)
    assert any(w.startswith("gate: 2 of the 3 pieces") for w in streamed[0]["warnings"])
    assert streamed[1]["events"]


def test_blank_pieces_are_neither_gated_nor_counted():
    """Blank pieces are never read, with or without the gate: no warning counts them."""
    text = _ATTACK + "\n\n" + " " * 600 + "\n\n" + _ATTACK
    article = Article(text=text, id="blank", published=coerce_published("2021-06-14"))
    gated = default_extractor().extract_article(article, max_chars=200, gate=True)
    assert not any(w.startswith("gate:") for w in gated["warnings"])
    assert _event_keys(gated) == _event_keys(default_extractor().extract_article(article, max_chars=200))
