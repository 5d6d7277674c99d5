"""Reading articles: decoding, front matter, JSON/JSONL, folders, and the offsets they keep."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError, MusterError
from pipeline.ingest import (
    Article,
    InputFailure,
    count_articles,
    iter_inputs,
    read_articles,
    read_text_article,
)

D = datetime.date


def _span(body: str, needle: str) -> tuple[int, int]:
    start = body.index(needle)
    return start, start + len(needle)


# --------------------------------------------------------------------------- decoding


def test_ingest_plain_text_kept_exactly():
    text = "  North Korea sent “3,500” soldiers.\r\n\r\n\tThen more…  \n"
    article = read_text_article(text.encode("utf-8"))
    assert article.text == text
    assert article.warnings == []
    assert article.id is None and article.path is None


def test_ingest_crlf_preserved(tmp_path):
    raw = b"Line one.\r\nLine two with 1,500 troops.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    (article,) = read_articles(path)
    assert article.text == raw.decode("utf-8")
    start, end = _span(article.text, "1,500 troops")
    assert raw.decode("utf-8")[start:end] == "1,500 troops"


def test_ingest_utf8_bom_stripped_and_not_counted():
    article = read_text_article(b"\xef\xbb\xbfNorth Korea sent troops.")
    assert article.text == "North Korea sent troops."
    assert _span(article.text, "North Korea") == (0, 11)
    assert article.warnings == []


def test_ingest_cp1252_fallback_warns():
    article = read_text_article(b"\x93About 1,500\x94 soldiers \x96 officials said.")
    assert article.text == "“About 1,500” soldiers – officials said."
    assert len(article.warnings) == 1
    assert "cp1252" in article.warnings[0] and "UTF-8" in article.warnings[0]


def test_ingest_latin1_fallback_when_not_cp1252():
    article = read_text_article(b"Troops \x81 in Kursk \xe9t\xe9.")  # 0x81 is unassigned in cp1252
    assert article.text == "Troops \x81 in Kursk été."
    assert "latin-1" in article.warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_ingest_utf16_and_utf32_with_bom(encoding):
    text = "North Korea sent 3,500 soldiers."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert read_text_article(data).text == text


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03PK\x00\x00binary", bytes(range(256)) * 4])
def test_ingest_binary_refused(data):
    with pytest.raises(InputError, match="binary"):
        read_text_article(data)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", "\ufeff".encode("utf-8")])
def test_ingest_empty_article_raises(data):
    with pytest.raises(InputError, match="empty article"):
        read_text_article(data)


def test_ingest_errors_belong_to_the_family():
    assert issubclass(InputError, MusterError)


# --------------------------------------------------------------------------- front matter


def test_ingest_front_matter_parsed_and_removed():
    front = (
        "---\n"
        'title: "Seoul: 3,500 more troops"\n'
        "published: 2025-03-04\n"
        "url: https://example.org/a?b=1#c\n"
        "source: 'Yonhap''s wire'\n"
        "id: nk-kursk   # a comment\n"
        "tags:\n"
        "  - korea\n"
        "  - russia\n"
        "author:\n"
        "  name: Kim\n"
        "---\n"
    )
    body = "North Korea sent 3,500 soldiers to Russia.\n"
    article = read_text_article((front + body).encode("utf-8"), path="in/nk.md")
    assert article.text == body
    assert article.title == "Seoul: 3,500 more troops"
    assert article.published == D(2025, 3, 4) and article.published_from == "metadata"
    assert article.url == "https://example.org/a?b=1#c"
    assert article.source == "Yonhap's wire"
    assert article.id == "nk-kursk"
    assert article.path == "in/nk.md"
    start, end = _span(article.text, "3,500 soldiers")
    assert article.text[start:end] == "3,500 soldiers"
    assert (front + body)[len(front) + start:len(front) + end] == "3,500 soldiers"


def test_ingest_front_matter_crlf_and_bom():
    data = "\ufeff---\r\ntitle: Hello\r\ndate: 2024-10-03\r\n---\r\nBody line.\r\nNext.\r\n"
    article = read_text_article(data.encode("utf-8"))
    assert article.text == "Body line.\r\nNext.\r\n"
    assert article.title == "Hello"
    assert article.published == D(2024, 10, 3)


def test_ingest_front_matter_keys_case_and_nulls():
    article = read_text_article(b"---\nTitle: ~\nURL: null\nSource:\n---\nText.")
    assert (article.title, article.url, article.source) == (None, None, None)
    assert article.text == "Text."


@pytest.mark.parametrize(
    "text",
    [
        "---\nNot a key value line at all.\n---\nBody.",  # Markdown rules around prose
        "---\ntitle: Unclosed\nBody that never closes the block.",
        "--- \n\n---\nAn empty block is no front matter.",
        "Body first.\n---\ntitle: late\n---\n",
    ],
)
def test_ingest_not_front_matter_left_in_body(text):
    article = read_text_article(text.encode("utf-8"))
    assert article.text == text
    assert article.title is None


def test_ingest_front_matter_without_body_is_empty():
    with pytest.raises(InputError, match="empty article"):
        read_text_article(b"---\ntitle: Only metadata\n---\n")


# --------------------------------------------------------------------------- publication date


@pytest.mark.parametrize(
    ("meta", "option", "expected", "origin"),
    [
        ("published: 2025-03-04\n", None, D(2025, 3, 4), "metadata"),
        ("published: 2025-03-04\n", D(2020, 1, 1), D(2025, 3, 4), "metadata"),
        ("date: 2024-10-03T08:15:00Z\n", None, D(2024, 10, 3), "metadata"),
        ("published: '2024-10-03 08:15'\n", None, D(2024, 10, 3), "metadata"),
        ("title: x\n", D(2020, 1, 1), D(2020, 1, 1), "option"),
        ("title: x\n", None, None, None),
    ],
)
def test_ingest_published_precedence(meta, option, expected, origin):
    article = read_text_article(f"---\n{meta}---\nText.".encode(), published=option)
    assert article.published == expected
    assert article.published_from == origin
    assert article.warnings == []


@pytest.mark.parametrize("value", ["March 4, 2025", "2025-02-30", "04/03/2025", "yesterday"])
def test_ingest_bad_published_warns_and_falls_back(value):
    data = f"---\npublished: {value}\n---\nText.".encode()
    article = read_text_article(data, published=D(2021, 5, 6))
    assert article.published == D(2021, 5, 6) and article.published_from == "option"
    assert len(article.warnings) == 1 and value in article.warnings[0]
    assert read_text_article(data).published is None


# --------------------------------------------------------------------------- files


def test_ingest_file_id_is_stem(tmp_path):
    path = tmp_path / "seed_2025.txt"
    path.write_text("North Korea sent troops.", encoding="utf-8")
    (article,) = read_articles(str(path), published=D(2025, 3, 4))
    assert article.id == "seed_2025"
    assert article.path == str(path)
    assert article.published_from == "option"


def test_ingest_nonexistent_path_raises(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_articles(tmp_path / "missing.txt")


def test_ingest_directory_given_to_read_articles(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_articles(tmp_path)


def test_ingest_empty_file_raises(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty article") as info:
        read_articles(path)
    assert str(path) in str(info.value)


def test_ingest_html_refused_clearly(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body>Troops</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="HTML"):
        read_articles(path)


def test_ingest_unknown_suffix_read_as_text(tmp_path):
    path = tmp_path / "article.text"
    path.write_text("Troops arrived.", encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text == "Troops arrived."


# --------------------------------------------------------------------------- JSON


def test_ingest_json_object(tmp_path):
    body = "  1,500 troops\r\n arrived near Kursk.  "
    path = tmp_path / "one.json"
    obj = {"text": body, "title": "T", "published": "2025-03-04", "url": None,
           "source": "VOA", "extra": [1, 2]}
    path.write_text(json.dumps(obj), encoding="utf-8")
    (article,) = read_articles(path)
    assert article.text == body
    assert (article.id, article.title, article.source, article.url) == ("one", "T", "VOA", None)
    assert article.published == D(2025, 3, 4) and article.published_from == "metadata"
    assert article.line is None


def test_ingest_json_publication_date_alias_and_numeric_id(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "x y", "id": 7, "publication_date": "2024-01-31"}))
    (article,) = read_articles(path)
    assert article.id == "7" and article.published == D(2024, 1, 31)


def test_ingest_json_non_string_metadata_warns(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "x y", "title": ["a"], "published": 20250304}))
    (article,) = read_articles(path)
    assert article.title is None and article.published is None
    assert len(article.warnings) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": "no text"}', "object has no 'text'"),
        ('{"text": 42}', "'text' must be a string"),
        ('{"text": null}', "'text' must be a string"),
        ('{"text": "   "}', "empty article"),
        ('[{"text": "a"}]', "JSON array"),
        ('"just a string"', "expected a JSON object"),
        ('{"text": "a",', "not valid JSON"),
        ("", "empty article"),
    ],
)
def test_ingest_json_bad(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        list(read_articles(path))
    assert str(path) in str(info.value)


# --------------------------------------------------------------------------- JSON Lines


def test_ingest_jsonl_good_and_bad_lines(mixed_jsonl):
    items = list(iter_inputs([mixed_jsonl], published=D(2020, 1, 1)))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, InputFailure)]
    assert [a.line for a in good] == [1, 7]
    assert [a.id for a in good] == ["a1", "feed:7"]
    assert good[0].text == "First article.\r\n"
    assert good[0].published_from == "metadata" and good[1].published_from == "option"
    assert good[1].text == "Seventh\u2028line with a raw line separator."
    assert [(f.line, f.path) for f in bad] == [(2, str(mixed_jsonl)), (5, str(mixed_jsonl)),
                                                (6, str(mixed_jsonl)), (8, str(mixed_jsonl))]
    assert "not valid JSON" in bad[0].reason
    assert "no 'text'" in bad[1].reason
    assert "must be a string" in bad[2].reason
    assert "JSON object" in bad[3].reason
    assert str(bad[0]).startswith(f"{mixed_jsonl}:2: not valid JSON")


def test_ingest_jsonl_strict_reader_names_the_line(mixed_jsonl):
    articles = read_articles(mixed_jsonl)
    assert next(articles).id == "a1"
    with pytest.raises(InputError, match=r"feed\.jsonl:2: not valid JSON"):
        next(articles)


def test_ingest_jsonl_mis_encoded_line_warns_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "caf\xc3\xa9"}\n{"text": "\x93quoted\x94"}\n')
    first, second = read_articles(path)
    assert first.text == "café" and first.warnings == []
    assert second.text == "“quoted”" and "cp1252" in second.warnings[0]


def test_ingest_jsonl_blank_file(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text("\n\n  \n", encoding="utf-8")
    (failure,) = iter_inputs([path])
    assert isinstance(failure, InputFailure) and "no articles" in failure.reason
    with pytest.raises(InputError, match="no articles"):
        list(read_articles(path))


def test_ingest_jsonl_absurd_values_fail_cleanly(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text("[" * 100000 + "\n" + '{"text": 1' + "0" * 5000 + "}\n" + '{"text": "ok"}\n')
    items = list(iter_inputs([path]))
    assert [type(i).__name__ for i in items] == ["InputFailure", "InputFailure", "Article"]


# --------------------------------------------------------------------------- folders and batches


def test_ingest_folder_recursive_sorted_filtered(article_tree):
    items = list(iter_inputs([article_tree]))
    where = [(i.path, i.line) for i in items]
    assert where == [
        (str(article_tree / "a.txt"), None),
        (str(article_tree / "b" / "c.md"), None),
        (str(article_tree / "b" / "deep" / "d.json"), None),
        (str(article_tree / "b" / "feed.jsonl"), 1),
        (str(article_tree / "b" / "feed.jsonl"), 2),
        (str(article_tree / "b" / "feed.jsonl"), 4),
    ]
    assert isinstance(items[4], InputFailure)
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "nk-1", "d", "feed-1", "feed:4"]
    assert count_articles([article_tree]) == 6  # files plus non-blank JSONL lines: an estimate


def test_ingest_iter_inputs_keeps_going(tmp_path, article_tree):
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (empty_dir / "readme.csv").write_text("x")
    empty_file = tmp_path / "empty.txt"
    empty_file.write_text("")
    good = tmp_path / "good.txt"
    good.write_text("Troops arrived.")
    inputs = [tmp_path / "missing.txt", empty_dir, empty_file, good]
    items = list(iter_inputs(inputs))
    assert [type(i).__name__ for i in items] == ["InputFailure"] * 3 + ["Article"]
    assert "no such file" in items[0].reason
    assert "directory with no articles" in items[1].reason
    assert "empty article" in items[2].reason
    assert str(items[2]) == f"{empty_file}: empty article"


def test_ingest_iter_inputs_exclude(article_tree):
    out = article_tree / "out.jsonl"
    out.write_text(json.dumps({"text": "previous output"}) + "\n")
    paths = {i.path for i in iter_inputs([article_tree], exclude=[out])}
    assert str(out) not in paths
    assert str(out) in {i.path for i in iter_inputs([article_tree])}


# --------------------------------------------------------------------------- properties


_text = st.text(min_size=1).filter(
    lambda s: s.strip() and not s.startswith(("\ufeff", "---")) and "\x00" not in s
)


@settings(max_examples=200, deadline=None)
@given(_text)
def test_ingest_body_is_exactly_the_decoded_text(body):
    assert read_text_article(body.encode("utf-8")).text == body


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40), _text)
def test_ingest_front_matter_never_changes_the_body(title, body):
    front = f"---\ntitle: {json.dumps(title)}\n---\n"
    article = read_text_article((front + body).encode("utf-8"))
    assert article.text == body
