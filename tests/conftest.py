"""Shared fixtures: one Extractor per test session, a CLI runner, article files built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

#: A short article whose figures a working pipeline turns into events.
NEWS_BODY = (
    "North Korea has sent 3,500 additional soldiers to Russia, according to South Korea's "
    "spy agency.\r\nAbout 1,500 North Korean troops have been deployed near Kursk, and "
    "dozens were killed last week.\r\n"
)
NEWS_FRONT = "---\ntitle: \"Pyongyang sends more troops\"\npublished: 2025-03-04\nid: nk-1\n---\n"


@pytest.fixture(scope="session")
def extractor():
    """The Extractor every CLI test shares (loading the model takes about a second)."""
    from pipeline.api import Extractor

    return Extractor()


@pytest.fixture
def cli_extractor(extractor, monkeypatch):
    """Make the CLI's ``api.Extractor(model=None)`` return the session's Extractor."""
    import pipeline.api

    build = pipeline.api.Extractor

    def shared(model=None):
        return extractor if model is None else build(model=model)

    monkeypatch.setattr(pipeline.api, "Extractor", shared)
    return extractor


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def news_body() -> str:
    """The body of the sample article (CRLF lines, curly-free ASCII)."""
    return NEWS_BODY


@pytest.fixture
def news_file(tmp_path) -> tuple[Path, str]:
    """A Markdown article with front matter and CRLF lines; returns (path, body)."""
    path = tmp_path / "nk.md"
    path.write_bytes((NEWS_FRONT + NEWS_BODY).encode("utf-8"))
    return path, NEWS_BODY


@pytest.fixture
def article_tree(tmp_path) -> Path:
    """A folder of articles: nested files, files to ignore, and a .jsonl with a broken line."""
    root = tmp_path / "articles"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(NEWS_BODY, encoding="utf-8", newline="")
    (root / "b" / "c.md").write_text(NEWS_FRONT + NEWS_BODY, encoding="utf-8", newline="")
    (root / "b" / "deep" / "d.json").write_text(json.dumps({"text": NEWS_BODY, "id": "d"}),
                                                encoding="utf-8")
    lines = [json.dumps({"text": NEWS_BODY, "id": "feed-1"}), "{not json", "",
             json.dumps({"text": NEWS_BODY})]
    (root / "b" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(NEWS_BODY, encoding="utf-8")
    (root / ".git" / "x.txt").write_text(NEWS_BODY, encoding="utf-8")
    return root


@pytest.fixture
def mixed_jsonl(tmp_path) -> Path:
    """A .jsonl whose lines 1 and 7 are articles; 2, 5, 6 and 8 are broken; 3, 4 blank."""
    lines = [
        json.dumps({"text": "First article.\r\n", "id": "a1", "published": "2025-03-04"}),
        "{broken json",
        "",
        "   ",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": ["not", "a", "string"]}),
        json.dumps({"text": "Seventh\u2028line with a raw line separator."}, ensure_ascii=False),
        json.dumps([1, 2]),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _walk_spans(obj):
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            yield obj
        for value in obj.values():
            yield from _walk_spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk_spans(value)


@pytest.fixture
def assert_spans():
    """``assert_spans(body, result)``: every span dict in an output obeys body[start:end]==text."""

    def check(body: str, result: dict) -> int:
        spans = list(_walk_spans(result.get("events", [])))
        spans += list(_walk_spans(result.get("dates", [])))
        for span in spans:
            assert 0 <= span["start"] <= span["end"] <= len(body), span
            assert body[span["start"]:span["end"]] == span["text"], span
        return len(spans)

    return check


DEVSET = Path(__file__).parent / "data" / "devset"


def _read_jsonl(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: row for row in rows}


@pytest.fixture(scope="session")
def devset_gold() -> dict:
    """Gold events of the development set, by article id."""
    return _read_jsonl(DEVSET / "gold.jsonl")


@pytest.fixture(scope="session")
def devset_inputs() -> dict:
    """The development set's articles as Muster input rows, by article id."""
    return _read_jsonl(DEVSET / "input.jsonl")


@pytest.fixture(scope="session")
def devset_output(extractor, devset_inputs) -> dict:
    """Muster's output for every devset article, by article id (computed once)."""
    import datetime as dt

    from pipeline.ingest import Article

    return {
        article_id: extractor.extract_article(
            Article(text=row["text"], id=article_id,
                    published=dt.date.fromisoformat(row["published"]), published_from="metadata")
        )
        for article_id, row in devset_inputs.items()
    }
