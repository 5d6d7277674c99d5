"""Reading articles: decoding, front matter, JSON/JSONL, folders, and the offsets they keep."""

from __future__ import annotations

import datetime
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError, MusterError
from pipeline.io.ingest import (
    Article,
    InputFailure,
    count_articles,
    iter_inputs,
    read_articles,
    read_html_article,
    read_pasted,
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


@pytest.mark.parametrize(("name", "kind"), [("a.pdf", "PDF"), ("a.docx", "Word")])
def test_ingest_unsupported_suffix_refused_clearly(tmp_path, name, kind):
    path = tmp_path / name
    path.write_text("Troops arrived.", encoding="utf-8")
    with pytest.raises(InputError, match=f"{kind} input is not supported"):
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
        (str(article_tree / "notes.csv"), None),
    ]
    assert isinstance(items[4], InputFailure)
    assert items[6].reason.startswith("not an article: a .csv file; Muster reads .txt")
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "nk-1", "d", "feed-1", "feed:4"]
    assert count_articles([article_tree]) == 7  # files plus non-blank JSONL lines: an estimate


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
    assert [type(i).__name__ for i in items] == ["InputFailure"] * 4 + ["Article"]
    assert "no such file" in items[0].reason
    assert "directory with no articles" in items[1].reason
    assert items[2].path == str(empty_dir / "readme.csv") and "not an article" in items[2].reason
    assert "empty article" in items[3].reason
    assert str(items[3]) == f"{empty_file}: empty article"


def test_ingest_iter_inputs_exclude(article_tree):
    out = article_tree / "out.jsonl"
    out.write_text(json.dumps({"text": "previous output"}) + "\n")
    paths = {i.path for i in iter_inputs([article_tree], exclude=[out])}
    assert str(out) not in paths
    assert str(out) in {i.path for i in iter_inputs([article_tree])}


# --------------------------------------------------------------------------- properties


#: Text as articles hold it: no control characters but line breaks and tabs (a body of control
#: characters alone is binary data, which ingest rightly refuses).
_prose = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
                 min_size=1).filter(lambda s: s.strip() and not s.startswith(("\ufeff", "---")))


@settings(max_examples=200, deadline=None)
@given(_prose)
def test_ingest_body_is_exactly_the_decoded_text(body):
    assert read_text_article(body.encode("utf-8")).text == body


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40), _prose)
def test_ingest_front_matter_never_changes_the_body(title, body):
    front = f"---\ntitle: {json.dumps(title)}\n---\n"
    article = read_text_article((front + body).encode("utf-8"))
    assert article.text == body


# --------------------------------------------------------------------------- HTML pages


def test_ingest_html_main_text_and_metadata(public_rows, page_of):
    """Every paragraph of the article, in order, and none of the page's boilerplate."""
    from conftest import BOILERPLATE

    for row in public_rows:
        article = read_html_article(page_of(row).encode("utf-8"), path=f"in/{row['id']}.html")
        paragraphs = [p.strip() for p in row["text"].split("\n") if p.strip()]
        positions = [article.text.index(p) for p in paragraphs]
        assert positions == sorted(positions), row["id"]
        for word in BOILERPLATE:
            assert word not in article.text, (row["id"], word)
        assert article.title == row["title"]
        assert article.published == D.fromisoformat(row["published"])
        assert article.published_from == "metadata"
        assert article.url == f"https://news.example.org/world/{row['id']}.html"
        assert article.source == "Example News"
        assert (article.id, article.format, article.warnings) == (row["id"], "html", [])


def test_ingest_html_without_date_uses_the_option(public_rows, page_of):
    row = {**public_rows[0], "id": "undated"}  # the ids hold dates, which the URL would give
    page = page_of(row, dated=False).encode("utf-8")
    assert read_html_article(page).published is None
    article = read_html_article(page, published=D(2020, 1, 2))
    assert (article.published, article.published_from) == (D(2020, 1, 2), "option")


def test_ingest_html_declared_charset(public_rows, page_of):
    row = {**public_rows[0], "text": "\u201cAbout 1,500\u201d soldiers \u2013 officials said."}
    article = read_html_article(page_of(row, charset="windows-1252").encode("cp1252"))
    assert "\u201cAbout 1,500\u201d soldiers \u2013 officials said." in article.text
    assert article.warnings == []


def test_ingest_html_undeclared_cp1252_warns(public_rows, page_of):
    row = {**public_rows[0], "text": "\u201cAbout 1,500\u201d soldiers arrived."}
    page = page_of(row).replace('<meta charset="utf-8">', "").encode("cp1252")
    article = read_html_article(page)
    assert "\u201cAbout 1,500\u201d soldiers arrived." in article.text
    assert "cp1252" in article.warnings[0]


@pytest.mark.parametrize("page", [
    "<html><head><title>Loading</title></head><body></body></html>",
    "<html><body><script>var x = 1;</script></body></html>",
])
def test_ingest_html_without_text_raises(page):
    with pytest.raises(InputError, match="no article text found"):
        read_html_article(page.encode())


def test_ingest_html_file_and_pasted_page(tmp_path, public_rows, page_of):
    page = page_of(public_rows[1])
    for name in ("a.html", "b.HTM", "c.page"):  # an unknown suffix is sniffed
        (tmp_path / name).write_text(page, encoding="utf-8")
        (article,) = read_articles(tmp_path / name)
        assert article.format == "html" and article.title == public_rows[1]["title"]
    pasted = read_pasted(page.encode("utf-16"))
    assert pasted.format == "html" and pasted.path is None
    plain = read_pasted(b"---\ntitle: T\n---\n<b>bold</b> is not a page.")
    assert (plain.format, plain.text) == ("text", "<b>bold</b> is not a page.")


def test_ingest_html_too_large_refused():
    with pytest.raises(InputError, match="larger than the 20 MB"):
        read_html_article(b"<html>" + b" " * 20_000_001)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_ingest_utf16_without_bom_detected(encoding):
    text = "North Korea sent \u201c3,500\u201d soldiers to Russia."
    article = read_text_article(text.encode(encoding))
    assert article.text == text
    assert encoding.upper() in article.warnings[0]


def test_ingest_utf16_bad_bytes_replaced_with_warning():
    data = "Troops arrived.".encode("utf-16") + b"\x00"  # an odd trailing byte
    article = read_text_article(data)
    assert article.text == "Troops arrived.\ufffd"
    assert "replaced by U+FFFD" in article.warnings[0]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.5\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff\xe0", "a JPEG image"),
        (b"GIF89a", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b\x08", "gzip-compressed data"),
        (b"\x7fELF", "an ELF executable"),
        (b"MZ\x90\x00\x03", "a Windows executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
        (b"\x00\x00\x00\x18ftypmp42", "an MP4/QuickTime media file"),
        (b"{\\rtf1\\ansi Troops", "an RTF document"),
    ],
)
def test_ingest_binary_named_by_magic_bytes(head, kind):
    with pytest.raises(InputError, match=f"binary data, not text: {kind}"):
        read_text_article(head + b"Two soldiers were killed." * 3)


def test_ingest_jsonl_utf16_with_bom(tmp_path):
    lines = [json.dumps({"text": "Troops \u201carrived\u201d.", "id": "x"}, ensure_ascii=False),
             "{broken", json.dumps({"text": "Second\u2028line.", "id": "y"}, ensure_ascii=False)]
    path = tmp_path / "windows.jsonl"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    items = list(iter_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Article", "InputFailure", "Article"]
    assert items[0].text == "Troops \u201carrived\u201d." and items[2].text == "Second\u2028line."
    assert items[1].line == 2


def test_ingest_jsonl_binary_is_one_failure(tmp_path):
    path = tmp_path / "photo.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\n\x00\x01" * 500)
    (failure,) = iter_inputs([path])
    assert failure.reason == "binary data, not text: a PNG image" and failure.line is None


# --------------------------------------------------------------------------- bad files


def test_ingest_broken_symlink_and_loops(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_articles(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="symbolic link loop"):
        read_articles(tmp_path / "self.txt")


def test_ingest_folder_links_followed_once(tmp_path):
    """A link to a folder is read (collections are assembled from links), a loop is not."""
    root, elsewhere = tmp_path / "root", tmp_path / "elsewhere"
    (root / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    (elsewhere / "far.txt").write_text("Troops arrived.")
    (root / "sub" / "near.txt").write_text("Troops left.")
    (root / "linked").symlink_to(elsewhere)
    (root / "sub" / "up").symlink_to(root)
    items = list(iter_inputs([root]))
    assert [(type(i).__name__, i.path) for i in items] == [
        ("Article", str(root / "linked" / "far.txt")),
        ("Article", str(root / "sub" / "near.txt")),
        ("InputFailure", str(root / "sub" / "up")),
    ]
    assert "folder already read" in items[2].reason


def test_ingest_fifo_in_folder_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("Troops arrived.")
    items = list(iter_inputs([tmp_path]))  # would hang if the pipe were opened
    assert [type(i).__name__ for i in items] == ["Article", "InputFailure"]
    assert "not a regular file" in items[1].reason


def test_ingest_over_large_file_refused_without_reading(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:
        handle.truncate(300 * 2**20)  # sparse: nothing written
    (failure,) = iter_inputs([path])
    assert "larger than the 256 MB" in failure.reason


def test_ingest_duplicate_ids_and_files(tmp_path):
    """A metadata id seen before is a duplicate (reported, skipped); ids Muster made up from
    file stems that collide are different articles, so the second is renamed."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Troops arrived in {folder}.")
        (tmp_path / folder / "wire.json").write_text(json.dumps({"id": "w1", "text": folder}))
    items = list(iter_inputs([tmp_path, tmp_path / "a" / "report.txt"]))
    summary = [(type(i).__name__, i.id) for i in items]
    second = str(tmp_path / "b" / "report.txt")
    assert summary == [("Article", "report"), ("Article", "w1"), ("Article", second),
                       ("InputFailure", "w1"), ("InputFailure", None)]
    assert "already used by" in items[2].warnings[0]
    assert items[3].reason.startswith(f"duplicate id 'w1': {tmp_path / 'a' / 'wire.json'} has it")
    assert items[4].reason.startswith("duplicate: the same file as")


def test_ingest_duplicate_ids_in_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": "x", "text": t}) for t in ("a", "b", "a")) + "\n")
    items = list(iter_inputs([path]))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("Article", 1), ("InputFailure", 2), ("InputFailure", 3)]
    assert items[1].reason.startswith(f"duplicate id 'x': {path}:1 has it already")


def test_ingest_unreadable_folder_reported(tmp_path, monkeypatch):
    """os.walk skips folders it cannot list unless asked; every one is reported."""
    (tmp_path / "ok.txt").write_text("Troops arrived.")
    (tmp_path / "shut").mkdir()
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("shut"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([tmp_path]))
    assert [(type(i).__name__, i.path) for i in items] == [
        ("Article", str(tmp_path / "ok.txt")), ("InputFailure", str(tmp_path / "shut"))]
    assert items[1].reason == "cannot read folder: Permission denied"


# --- Article built by a caller (issue 15) -------------------------------------------------------


@pytest.mark.parametrize("published", ["2025-03-04", datetime.date(2025, 3, 4),
                                       datetime.datetime(2025, 3, 4, 18, 30)])
def test_ingest_article_coerces_the_published_date(published):
    article = Article(text="Forty soldiers were killed.", published=published)
    assert article.published == datetime.date(2025, 3, 4)
    assert article.published_from == "option"


@pytest.mark.parametrize("published", ["2025-02-30", "March 4", "", 20250304])
def test_ingest_article_refuses_a_bad_published_date(published):
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="published"):
        Article(text="Forty soldiers were killed.", published=published)


@pytest.mark.parametrize(("fields", "name"), [({"text": b"bytes"}, "text"), ({"text": None}, "text"),
                                              ({"text": "x", "title": 5}, "title"),
                                              ({"text": "x", "line": "3"}, "line")])
def test_ingest_article_wrong_field_type_is_a_type_error(fields, name):
    with pytest.raises(TypeError, match=f"Article.{name}"):
        Article(**fields)


def test_ingest_article_published_from_is_the_same_from_cli_and_api(extractor, runner, tmp_path,
                                                                     news_body, cli_extractor):
    """The same article and date give the same ``article`` record from the Python API as from
    ``muster extract --published``: an Article built by hand is not a Muster bug."""
    from pipeline.cli import app

    path = tmp_path / "nk.txt"
    path.write_text(news_body, encoding="utf-8", newline="")
    by_api = extractor.extract_article(Article(text=news_body, id="nk", path=str(path),
                                               published="2025-03-04"))
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-03-04"])
    assert result.exit_code == 0, result.output
    by_cli = json.loads(result.stdout)
    assert by_api["article"] == by_cli["article"]
    assert by_api["article"]["published_from"] == "option"
    assert by_api["events"] == by_cli["events"]
