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

    from pipeline.io.ingest import Article

    return {
        article_id: extractor.extract_article(
            Article(text=row["text"], id=article_id,
                    published=dt.date.fromisoformat(row["published"]), published_from="metadata")
        )
        for article_id, row in devset_inputs.items()
    }


# --------------------------------------------------------------------------- hostile input

#: Devset articles that are US federal government works (public domain): the ones saved as
#: web pages and hostile-folder articles below.
PUBLIC_DOMAIN = ("voa_", "afps_", "dod_", "centcom_")

#: Short news paragraphs written for these tests, in languages Muster does not read.
FOREIGN = {
    "fr": "L'armée a déployé environ 1 500 soldats supplémentaires près de la frontière "
          "mercredi, selon le ministère de la Défense. Les autorités locales ont signalé que "
          "douze civils avaient été blessés lors des combats de la semaine dernière.",
    "ru": "По данным министерства обороны, в среду армия направила к границе около 1500 "
          "дополнительных военнослужащих. Местные власти сообщили, что на прошлой неделе в "
          "ходе боёв были ранены двенадцать мирных жителей.",
    "es": "El ejército desplegó unos 1.500 soldados adicionales cerca de la frontera el "
          "miércoles, según el Ministerio de Defensa. Las autoridades locales informaron de "
          "que doce civiles resultaron heridos en los combates de la semana pasada.",
}


def saved_page(row: dict, *, charset: str = "utf-8", dated: bool = True, lang: str = "en") -> str:
    """A news page as a browser saves it: the article's paragraphs inside a realistic page
    (head metadata and JSON-LD, scripts, styles, a cookie banner, navigation, search, share
    buttons, related stories, footer), like the pages analysts collect."""
    import html

    esc = html.escape
    paragraphs = "\n".join(f"      <p>{esc(p)}</p>" for p in row["text"].split("\n") if p.strip())
    date = row.get("published")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": row["title"]}
    if dated and date:
        ld["datePublished"] = date
    meta_date = (f'<meta property="article:published_time" content="{date}T09:30:00Z">\n  '
                 f'<meta name="date" content="{date}">' if dated and date else "")
    byline_date = f' · <time datetime="{date}">{date}</time>' if dated and date else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="{charset}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(row['title'])} | Example News</title>
  <meta property="og:title" content="{esc(row['title'])}">
  <meta property="og:site_name" content="Example News">
  {meta_date}
  <link rel="canonical" href="https://news.example.org/world/{row['id']}.html">
  <script type="application/ld+json">{json.dumps(ld)}</script>
  <style>body {{ font-family: Georgia, serif; }} .cookie-banner {{ position: fixed; bottom: 0; }}</style>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-12345'); var adSlots = [300, 250, 728, 90];</script>
</head>
<body>
  <div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience and
  to show you relevant advertising. By continuing to browse you agree to our use of cookies.
  <button>Accept all cookies</button> <button>Manage settings</button></div>
  <header>
    <a class="logo" href="/">Example News</a>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
    <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/video">Video</a></li></ul></nav>
    <form role="search"><input type="search" placeholder="Search Example News"></form>
  </header>
  <main>
    <article>
      <h1>{esc(row['title'])}</h1>
      <div class="byline">By Staff Reporter{byline_date}</div>
{paragraphs}
      <div class="share">Share on Facebook · Share on X · Email this article · Print</div>
    </article>
    <aside class="related"><h2>Related stories</h2><ul>
      <li><a href="/business/1">Markets rally as technology shares climb for a third day</a></li>
      <li><a href="/life/2">Ten recipes for a quick weeknight dinner</a></li>
      <li><a href="/weather/3">Storms expected over the weekend across the region</a></li>
    </ul></aside>
  </main>
  <footer>
    <p>© 2025 Example News. All rights reserved.</p>
    <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
    <li><a href="/contact">Contact us</a></li></ul>
    <p>Subscribe to our newsletter for the latest headlines delivered every morning.</p>
  </footer>
  <script src="/static/app.js"></script>
</body>
</html>
"""


#: Words of the page boilerplate above that must never reach an extracted text.
BOILERPLATE = ("cookies", "Politics", "Related stories", "recipes", "Privacy policy",
               "newsletter", "Share on Facebook", "Search Example News", "dataLayer")


@pytest.fixture(scope="session")
def foreign_news() -> dict[str, str]:
    """News paragraphs in languages Muster does not read, by ISO 639-1 code."""
    return dict(FOREIGN)


@pytest.fixture(scope="session")
def public_rows(devset_inputs) -> list[dict]:
    """The ten public-domain devset articles, as input rows."""
    return [row for key, row in devset_inputs.items() if key.startswith(PUBLIC_DOMAIN)]


@pytest.fixture
def page_of():
    """``page_of(row, charset=..., dated=..., lang=...)``: a saved news page (see saved_page)."""
    return saved_page


def _front(row: dict) -> str:
    return (f"---\ntitle: {json.dumps(row['title'])}\npublished: {row['published']}\n"
            f"id: {row['id']}\n---\n")


@pytest.fixture
def hostile_folder(tmp_path, public_rows):
    """A folder as analysts collect them: 10 good articles in every accepted form and encoding,
    and more than 30 hostile files and inputs, each with the reason Muster must give.

    Returns a dict: ``inputs`` (the paths to give ``muster batch``), ``good`` (article id ->
    the body spans must index into, or None for HTML, whose text the output carries), ``bad``
    (``(path, line)`` -> ``(stage, words the reason must contain)``) and ``ids`` (which good
    article is the ``cp1252`` one, the ``long`` one, the one with a ``bad_date``).
    """
    import os

    root = tmp_path / "collected"
    sub = root / "downloads"
    sub.mkdir(parents=True)
    rows = {row["id"]: row for row in public_rows}
    r = list(rows.values())
    good: dict[str, str | None] = {}
    bad: dict[tuple[str, int | None], tuple[str, str]] = {}

    def put(name: str, data: bytes | str, *, folder=root):
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def expect(path, reason: str, line: int | None = None, stage: str = "ingest"):
        bad[(str(path), line)] = (stage, reason)

    # ---- 10 good articles
    put("a_plain.txt", _front(r[0]) + r[0]["text"])
    good[r[0]["id"]] = r[0]["text"]
    put("b_crlf.md", (_front(r[1]) + r[1]["text"]).replace("\n", "\r\n"))
    good[r[1]["id"]] = r[1]["text"].replace("\n", "\r\n")
    put("c_bom.txt", b"\xef\xbb\xbf" + (_front(r[2]) + r[2]["text"]).encode("utf-8"))
    good[r[2]["id"]] = r[2]["text"]
    put("d_utf16.txt", (_front(r[3]) + r[3]["text"]).encode("utf-16"))
    good[r[3]["id"]] = r[3]["text"]
    cp = r[4]["text"].replace("'", "\u2019") + "\n\u201cThe figures are final,\u201d he said \u2013 twice."
    put("e_windows.txt", (_front(r[4]) + cp).encode("cp1252"))
    good[r[4]["id"]] = cp
    put("f_page.html", saved_page(r[5]))
    good["f_page"] = None
    put("g_page.htm", saved_page(r[6], charset="windows-1252").encode("cp1252", "replace"),
        folder=sub)
    good["g_page"] = None
    put("h_one.json", json.dumps(r[7]))
    good[r[7]["id"]] = r[7]["text"]
    long_text = "\n\n".join(row["text"] for row in r)  # ~15,000 characters: read in pieces
    put("i_long.txt", long_text, folder=sub)
    good["i_long"] = long_text
    feed = [
        json.dumps({**r[8], "published": "last Tuesday"}),  # unparseable date: a warning only
        "{broken json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "  \n "}),
        json.dumps({"id": r[8]["id"], "text": r[9]["text"]}),  # a duplicate id
        json.dumps({"id": "surrogate", "text": "Two soldiers \ud800 were killed."}),
    ]
    feed_path = put("j_feed.jsonl", "\n".join(feed) + "\n", folder=sub)
    good[r[8]["id"]] = r[8]["text"]
    expect(feed_path, "not valid JSON", 2)
    expect(feed_path, "object has no 'text'", 3)
    expect(feed_path, "'text' must be a string, got a number", 4)
    expect(feed_path, "empty article", 5)
    expect(feed_path, f"duplicate id {r[8]['id']!r}", 6)
    expect(feed_path, "unpaired UTF-16 surrogates", 7)

    # ---- empty, binary, not articles
    expect(put("empty.txt", b""), "empty article")
    expect(put("blank.md", " \r\n\t\n\n"), "empty article")
    expect(put("meta_only.md", "---\ntitle: Only a title\n---\n"), "empty article")
    expect(put("bom_only.txt", b"\xef\xbb\xbf"), "empty article")
    expect(put("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"),
           "not an article: a PDF document")
    expect(put("scan.txt", b"%PDF-1.4\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02"),
           "binary data, not text: a PDF document")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
    expect(put("photo.png", png), "not an article: a PNG image")
    expect(put("photo.txt", png), "binary data, not text: a PNG image")
    expect(put("map.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "not an article: a JPEG image")
    zipped = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40))
    expect(put("archive.zip", zipped), "not an article: a ZIP archive")
    expect(put("letter.docx", zipped), "not an article: a ZIP archive")
    expect(put("bundle.json", zipped), "binary data, not text: a ZIP archive")
    expect(put("dump.jsonl", b"\x1f\x8b\x08\x00" + bytes(range(200)) + b"\n" * 5),
           "binary data, not text: gzip-compressed data")
    elf = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
    expect(put("program", elf), "not an article: an ELF executable")
    expect(put("tool.md", elf), "binary data, not text: an ELF executable")
    expect(put("noise.txt", bytes((i * 37 + 11) % 256 for i in range(4096))), "binary data")
    expect(put("notes.csv", "id,count\n1,1500\n"), "not an article: a .csv file")
    expect(put("README", "Collected for the Kursk project.\n"), "a file without a suffix")
    expect(put("index.html", "<html><head><title>Loading</title></head><body></body></html>",
               folder=sub), "no article text found")
    huge = root / "giant.txt"
    with open(huge, "wb") as handle:  # a sparse file: 300 MB on paper, nothing on disk
        handle.truncate(300 * 2**20)
    expect(huge, "larger than the 256 MB")

    # ---- malformed JSON files
    expect(put("broken.json", '{"text": "Troops arrived",'), "not valid JSON")
    expect(put("no_text.json", '{"title": "x"}'), "object has no 'text'")
    expect(put("text_list.json", '{"text": ["a", "b"]}'), "'text' must be a string")
    expect(put("many.json", '[{"text": "a"}]'), "is a JSON array")
    expect(put("z_copy.json", json.dumps({"id": r[7]["id"], "text": r[9]["text"]})),
           f"duplicate id {r[7]['id']!r}")

    # ---- not English
    expect(put("le_monde.txt", FOREIGN["fr"]), "language 'fr'", stage="language")
    expect(put("ria.md", FOREIGN["ru"]), "language 'ru'", stage="language")
    spanish = {"id": "es", "title": "Despliegue", "published": "2025-03-04",
               "text": FOREIGN["es"] + "\n" + FOREIGN["es"]}
    expect(put("el_pais.html", saved_page(spanish, lang="es"), folder=sub), "language 'es'",
           stage="language")

    # ---- links, pipes, permissions, paths
    (root / "dangling.txt").symlink_to(root / "deleted.txt")
    expect(root / "dangling.txt", "broken symbolic link")
    (root / "self.txt").symlink_to(root / "self.txt")
    expect(root / "self.txt", "symbolic link loop")
    (root / "ping.md").symlink_to(root / "pong.md")
    (root / "pong.md").symlink_to(root / "ping.md")
    expect(root / "ping.md", "symbolic link loop")
    expect(root / "pong.md", "symbolic link loop")
    (sub / "back").symlink_to(root)
    expect(sub / "back", "folder already read")
    (root / "alias.txt").symlink_to(root / "a_plain.txt")
    expect(root / "alias.txt", "duplicate: the same file as")
    os.mkfifo(root / "pipe.txt")
    expect(root / "pipe.txt", "not a regular file")
    if os.geteuid() != 0:  # root reads anything: these would be good files
        locked = put("locked.txt", r[0]["text"])
        locked.chmod(0)
        expect(locked, "cannot read: Permission denied")
        shut = root / "shut"
        shut.mkdir()
        put("inside.txt", r[0]["text"], folder=shut)
        shut.chmod(0)
        expect(shut, "cannot read folder: Permission denied")
    empty_dir = tmp_path / "nothing_here"
    empty_dir.mkdir()
    expect(empty_dir, "is a directory with no articles")
    missing = tmp_path / "missing.txt"
    expect(missing, "no such file")
    again = root / "a_plain.txt"
    expect(again, "duplicate: the same file as")  # given twice: in the folder and by name
    ids = {"cp1252": r[4]["id"], "long": "i_long", "bad_date": r[8]["id"]}
    yield {"inputs": [root, empty_dir, missing, again], "good": good, "bad": bad, "ids": ids}
    if os.geteuid() != 0:
        (root / "shut").chmod(0o700)  # let pytest clean up


@pytest.fixture
def input_folder(tmp_path):
    """Build ``tmp_path/in`` from ``{file name: text}`` (UTF-8) and return it: the folder most
    batch tests give ``muster batch``."""
    def build(files: dict[str, str]) -> Path:
        folder = tmp_path / "in"
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder
    return build
