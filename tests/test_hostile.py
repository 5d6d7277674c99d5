"""Hostile input (issue 5): the folders analysts really collect never crash Muster and never
lose an article. A mixed corpus through ``muster batch``; huge files and lines read in pieces
with exact offsets and bounded memory; non-English articles skipped; arbitrary bytes to every
reader give an article or an InputError, nothing else."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.api import DEFAULT_MAX_CHARS
from pipeline.io.chunks import chunk_bounds
from pipeline.cli import app
from pipeline.errors import InputError, LanguageError
from pipeline.io.ingest import (
    Article,
    InputFailure,
    iter_inputs,
    read_articles,
    read_html_article,
    read_pasted,
    read_text_article,
)
from pipeline.io.language import detect, not_english


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- the corpus


def test_hostile_corpus_batch_loses_nothing(runner, cli_extractor, tmp_path, hostile_folder,
                                            assert_spans):
    """Issue 5's "done means": every good article out exactly once, every bad input explained
    in the errors file with its reason, exit status 1, nothing else lost or added."""
    out = tmp_path / "out.jsonl"
    good, bad = hostile_folder["good"], hostile_folder["bad"]
    assert len(good) == 10 and len(bad) >= 30
    args = ["batch", *map(str, hostile_folder["inputs"]), "-o", str(out), "--max-chars", "5000"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output

    records = _lines(out)
    ids = [record["article"]["id"] for record in records]
    assert sorted(ids) == sorted(good)  # each good article exactly once, nothing else
    for record in records:
        body = good[record["article"]["id"]]
        if body is None:  # HTML: the output carries the extracted text the spans index into
            body = record["article"]["text"]
            assert record["article"]["published_from"] == "metadata"
        assert record["article"]["chars"] == len(body)
        assert_spans(body, record)
    assert sum(len(record["events"]) for record in records) >= 30
    warnings = {record["article"]["id"]: " ".join(record["warnings"]) for record in records}
    ids = hostile_folder["ids"]
    assert "decoded as cp1252" in warnings[ids["cp1252"]]
    assert "long article" in warnings[ids["long"]]
    assert "'last Tuesday' is not an ISO date" in warnings[ids["bad_date"]]

    problems = _lines(tmp_path / "out.errors.jsonl")
    found = {(p["path"], p["line"]): p for p in problems}
    assert len(found) == len(problems)  # one line per failure
    assert set(found) == set(bad)
    for key, (stage, words) in bad.items():
        problem = found[key]
        assert words in problem["reason"], (key, problem)
        assert problem["stage"] == stage, (key, problem)
        assert problem["code"] == ("M005" if stage == "language" else "M001"), problem
        assert "\n" not in problem["reason"]
    assert f"10 articles ok, {len(bad)} failed" in result.stderr
    for path, line in bad:
        assert (f"{path}:{line}: " if line else f"{path}: ") in result.stderr


# --------------------------------------------------------------------------- size


def test_chunks_cover_the_text_exactly_and_prefer_big_breaks():
    text = ("First sentence here. Second one follows.\nA new line.\n\nNew paragraph, "
            "and more words. ") * 40
    pieces = list(chunk_bounds(text, 300))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(0 < end - start <= 300 for start, end in pieces)
    assert all(text[:end].endswith("\n\n") for _, end in pieces[:-1])


@pytest.mark.parametrize(
    ("text", "limit", "ends"),
    [
        ("one two three. four five six? seven " * 20, 100, ("? ", ". ")),  # no line breaks
        ("word " * 100, 52, (" ",)),  # no sentence ends
        ("x" * 1000, 300, ("x",)),  # one unbroken token: cut at the limit
        ("line one\r\nline two\r\n" * 30, 100, ("\n",)),
    ],
)
def test_chunks_fall_back_to_smaller_breaks(text, limit, ends):
    pieces = list(chunk_bounds(text, limit))
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(e - s <= limit for s, e in pieces)
    assert all(text[:end].endswith(ends) for _, end in pieces[:-1])


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=1, max_value=50))
def test_chunks_property_exact_cover(text, limit):
    pieces = list(chunk_bounds(text, limit))
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(0 < e - s <= limit for s, e in pieces) or text == ""


def _keyed(result: dict) -> dict:
    """Events by count span, each with its total's count span (``part_of``) and how many
    mentions it has. (Not the date or the mentions' offsets: spaCy may run a sentence across
    the break between two articles of one Doc, and events.py reads some dates from the Doc's
    wider context; a piece narrows both to its own article.)"""
    events = result["events"]
    return {
        (e["count"]["start"], e["count"]["end"]): (
            e["type"], e["outcome"], e["count"]["value"],
            None if e["part_of"] is None else events[e["part_of"]]["count"]["start"],
            len(e["mentions"]),
        )
        for e in events
    }


def test_chunked_article_gives_the_same_events_as_whole(extractor, devset_inputs):
    """Offsets, dates, mentions and part_of indexes are moved back into the whole text."""
    chosen = ("voa_2015_06_26_leego", "seed_2025_03_04_nk_kursk", "voa_2003_10_29_iraq_roadside",
              "wn_2009_12_25_iraq_bombings", "centcom_2022_12_20_syria_raids",
              "voa_2025_01_11_gaza_soldiers")  # mentions and part_of in later pieces too
    text = "\n\n".join(devset_inputs[key]["text"] for key in chosen)  # ~9,300 characters
    article = Article(text=text, id="all")
    whole = extractor.extract_article(article)
    pieces = extractor.extract_article(article, max_chars=3000)
    assert _keyed(pieces) == _keyed(whole)
    assert [d["start"] for d in pieces["dates"]] == [d["start"] for d in whole["dates"]]
    for event in pieces["events"]:  # sentence and mention offsets moved too
        assert event["sentence"]["start"] <= event["count"]["start"] < event["sentence"]["end"]
        for mention in event["mentions"]:
            assert 0 <= mention["start"] < mention["end"] <= len(text)
            assert mention != event["sentence"]
    late = [e for e in whole["events"] if e["count"]["start"] > 1840]  # after the first piece
    assert any(e["part_of"] is not None for e in late) and any(e["mentions"] for e in late)
    count = len(list(chunk_bounds(text, 3000)))
    assert count > 3 and any(f"in {count} pieces" in w for w in pieces["warnings"])
    assert not any("long article" in w for w in whole["warnings"])


def test_two_million_character_line(extractor, devset_inputs, assert_spans):
    """One line of 2,000,000 characters (more than spaCy's max_length) is read in pieces with
    every offset into the line; three copies of an article are found where they are."""
    row = devset_inputs["voa_2015_06_26_leego"]
    copy = row["text"].replace("\n", " ")
    size = 2_000_000
    starts = [0, 1_000_003, size - len(copy) - 7]
    parts, at = [], 0
    for start in starts:
        parts.append(" " * (start - at) + copy)
        at = start + len(copy)
    line = "".join(parts) + " " * (size - at)
    assert len(line) == size and "\n" not in line
    pieces = list(chunk_bounds(line, DEFAULT_MAX_CHARS))
    assert not any(s < start + len(copy) and start < e and not (s <= start and start + len(copy) <= e)
                   for s, e in pieces for start in starts)  # no copy cut in two (precondition)

    single = extractor.extract_article(Article(text=copy))
    result = extractor.extract_article(Article(text=line, id="line"))
    assert result["article"]["chars"] == size
    assert_spans(line, result)
    expected = sorted((e["type"], e["count"]["start"], e["count"]["text"]) for e in single["events"])
    assert expected
    for start in starts:
        here = sorted((e["type"], e["count"]["start"] - start, e["count"]["text"])
                      for e in result["events"] if start <= e["count"]["start"] < start + len(copy))
        assert here == expected


_BIG_RUN = textwrap.dedent("""
    import resource, sys
    from pipeline.cli import app
    try:
        app(sys.argv[1:], prog_name="muster")
    except SystemExit as done:
        status = done.code
    # VmHWM is this program's own peak; ru_maxrss also keeps the peak of the process it was
    # started from (pytest, a gigabyte late in the suite), as Linux carries it across exec
    try:
        with open("/proc/self/status") as proc:
            peak = next(int(line.split()[1]) for line in proc if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak-rss-kib {peak}", file=sys.stderr)
    sys.exit(status)
""")


def test_fifty_megabyte_file_in_bounded_memory(tmp_path, devset_inputs):
    """A 50 MB text file (a dump: a few articles in a sea of blank lines) goes through
    ``muster batch`` in its own process, with exact offsets and a peak RSS far below what
    holding the file as one spaCy Doc would need."""
    rows = [devset_inputs[k] for k in ("voa_2015_06_26_leego", "dod_2009_04_03_afghan_deployment")]
    filler = (" " * 79 + "\n") * 12_500  # 1,000,000 characters of blank lines
    parts = []
    for i in range(50):
        parts.append(filler)
        if i in (0, 24, 49):
            parts.append("\n".join(row["text"] for row in rows) + "\n")
    text = "".join(parts)
    assert len(text) > 50_000_000
    path = tmp_path / "dump.txt"
    path.write_text(text, encoding="utf-8", newline="")
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _BIG_RUN, "batch", str(path), "-o", str(out), "--published",
         "2015-06-26"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    (record,) = _lines(out)
    assert record["article"]["chars"] == len(text)
    spans = 0
    for event in record["events"]:
        for key in ("count", "actor", "location", "trigger"):
            span = event.get(key)
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
                spans += 1
    assert spans > 30 and len(record["events"]) >= 3 * 6
    peak_mib = int(done.stderr.split("peak-rss-kib ")[1].split()[0]) / 1024
    print(f"50 MB file: peak RSS {peak_mib:.0f} MiB")
    assert peak_mib < 1024


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize("language", ["es", "fr", "ru"])
def test_language_detects_foreign_news(foreign_news, language):
    found = not_english(foreign_news[language])
    assert found is not None and found[0] == language and found[1] > 0.5


def test_language_keeps_english_news(devset_inputs):
    for row in devset_inputs.values():
        assert not_english(row["text"]) is None
        for paragraph in row["text"].split("\n"):
            assert not_english(paragraph) is None, paragraph


@pytest.mark.parametrize("text", ["", "Troops arrived near Kursk.", "1,500 2,000 3,400 " * 20,
                                  "Kyiv, Kharkiv, Odesa, Dnipro, Sumy."])
def test_language_too_little_text_is_not_judged(text):
    assert detect(text) is None or not_english(text) is None


def test_language_skips_in_the_api_without_raising(foreign_news):
    result = pipeline.extract(foreign_news["fr"], published="2025-03-04")
    assert result["events"] == [] and result["dates"] == []
    assert result["skipped"].startswith("language 'fr'")
    assert "force_language=True" in result["warnings"][-1]
    forced = pipeline.extract(foreign_news["fr"], published="2025-03-04", force_language=True)
    assert "skipped" not in forced


def test_language_error_from_extractor(extractor, foreign_news):
    with pytest.raises(LanguageError) as info:
        extractor.extract_article(Article(text=foreign_news["ru"], path="ria.md"))
    err = info.value
    assert (err.code, err.language, err.where) == ("M005", "ru", "ria.md")
    assert "--force-language" in str(err) and isinstance(err, InputError)
    forced = extractor.extract_article(Article(text=foreign_news["ru"]), force_language=True)
    assert forced["article"]["chars"] == len(foreign_news["ru"])


# --------------------------------------------------------------------------- fuzzing

_PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"%PDF-",
             b"PK\x03\x04", b"\x7fELF", b"MZ\x00", b"<!DOCTYPE html><html><body><p>",
             b"---\ntitle: x\n---\n", b'{"text": "', b"\x00\x00\xfe\xff"]
_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda prefix, rest: prefix + rest, st.sampled_from(_PREFIXES), st.binary(max_size=500)),
    st.builds(lambda text, enc: text.encode(enc, "replace"), st.text(max_size=500),
              st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
                               "latin-1"])),
)


@settings(max_examples=300, deadline=None)
@given(_bytes)
@example(b"\xff\xfe\x00")  # UTF-16 with an odd byte
@example(b"<html><body>" + b"<div>" * 5000)  # deep nesting
@example("<!doctype html><title>x</title><p>Two soldiers were killed.\u2028</p>".encode())
def test_hostile_readers_raise_only_input_errors(data):
    for read in (read_text_article, read_html_article, read_pasted):
        try:
            article = read(data) if read is read_pasted else read(data, path="in.x")
        except InputError:
            continue
        assert isinstance(article.text, str) and article.text.strip()
        assert all(isinstance(w, str) for w in article.warnings)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_bytes, suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".bin"]))
def test_hostile_files_give_articles_or_failures(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    items = list(iter_inputs([path]))
    assert items and all(isinstance(item, (Article, InputFailure)) for item in items)
    try:
        list(read_articles(path))
    except InputError:
        pass


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=1500))
def test_hostile_text_in_small_pieces_keeps_spans(extractor, text):
    """Any text read in the smallest pieces allowed still passes the API's span check."""
    text = text.replace("\ud800", "")
    article = Article(text=text)
    try:
        result = extractor.extract_article(article, max_chars=200, force_language=True)
    except InputError:  # lone surrogates
        return
    assert result["article"]["chars"] == len(text)


# --------------------------------------------------------------------------- unreadable


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_hostile_unreadable_file_real_permissions(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Two soldiers were killed.")
    path.chmod(0)
    try:
        (failure,) = iter_inputs([path])
    finally:
        path.chmod(0o600)
    assert failure.reason == "cannot read: Permission denied"


def test_hostile_unreadable_file_any_user(tmp_path, monkeypatch):
    """The same failure without relying on permissions (tests may run as root)."""
    from pathlib import Path

    path = tmp_path / "locked.txt"
    path.write_text("Two soldiers were killed.")
    real = Path.read_bytes

    def denied(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    (failure,) = iter_inputs([path])
    assert (failure.path, failure.reason) == (str(path), "cannot read: Permission denied")
    with pytest.raises(InputError, match="Permission denied"):
        list(read_articles(path))


def test_language_english_news_needs_no_classifier(devset_inputs):
    """English news is recognized by its function words, so the classifier (0.7 s to load)
    is only consulted for texts that are not plainly English."""
    from pipeline.io.language import plainly_english, sample

    assert all(plainly_english(sample(row["text"])) for row in devset_inputs.values())


def test_language_foreign_news_is_not_plainly_english(foreign_news):
    from pipeline.io.language import plainly_english

    assert not any(plainly_english(text) for text in foreign_news.values())


# --------------------------------------------------------------------------- issue 15: batches
# A batch never dies of one input, never loses or doubles output, never destroys output before
# it can start, and never shares its output with a second batch.


def _jsonl_file(path, rows) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _three_articles(news_body) -> list[dict]:
    return [{"id": f"art-{n}", "text": news_body, "published": "2025-03-04"} for n in range(3)]


def test_hostile_batch_undecodable_file_name_is_an_article_and_resumes(runner, cli_extractor,
                                                                         tmp_path, news_body):
    """A file name that is not UTF-8 is read, named readably (``\\xff``) in the output, and
    recognised by --resume, instead of a UnicodeEncodeError ending the batch."""
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"b\xff.txt"), "wb") as handle:
        handle.write(news_body.encode("utf-8"))
    (folder / "ok.txt").write_text(news_body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = _lines(out)
    assert [r["article"]["path"].rsplit("/", 1)[-1] for r in records] == ["b\\xff.txt", "ok.txt"]
    again = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--resume"])
    assert again.exit_code == 0, again.output
    assert "resuming: 2 articles" in again.stderr and "0 articles ok" in again.stderr
    assert _lines(out) == records


def test_hostile_batch_unexpected_reader_error_costs_one_file(runner, cli_extractor, tmp_path,
                                                               news_body, monkeypatch):
    """An exception Muster did not foresee while reading one file (an ImportError in the HTML
    reader, a bug) is that file's failure (M004); the other articles are written."""
    import pipeline.io.ingest as ingest

    def broken(*args, **kwargs):
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(ingest, "read_html_article", broken)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (folder / "b.txt").write_text(news_body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert [r["article"]["id"] for r in _lines(out)] == ["b"]
    (problem,) = _lines(tmp_path / "out.errors.jsonl")
    assert problem["path"].endswith("a.html") and problem["code"] == "M004"
    assert "ImportError" in problem["reason"] and "Traceback" not in result.output


def test_hostile_html_without_its_library_is_a_clear_error(tmp_path, monkeypatch):
    """trafilatura missing or broken: a one-line input error naming the cure, no traceback."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError
    with pytest.raises(InputError, match="HTML input needs trafilatura"):
        read_html_article(b"<html><body><p>Forty soldiers.</p></body></html>", path="p.html")


@pytest.mark.parametrize("spelling", ["dot", "absolute", "elsewhere"])
def test_hostile_resume_recognises_respelled_inputs(runner, cli_extractor, tmp_path, news_body,
                                                     monkeypatch, spelling):
    """--resume after a crash, with the input spelled another way (``./set.jsonl``, an absolute
    path, from another working directory): the output ends as an uninterrupted run's, with no
    article twice."""
    work = tmp_path / "work"
    work.mkdir()
    _jsonl_file(work / "set.jsonl", _three_articles(news_body))
    monkeypatch.chdir(work)
    full = runner.invoke(app, ["batch", "set.jsonl", "-o", "out.jsonl"])
    assert full.exit_code == 0, full.output
    whole = (work / "out.jsonl").read_text(encoding="utf-8")
    lines = whole.splitlines(keepends=True)
    (work / "out.jsonl").write_text(lines[0] + lines[1][:40], encoding="utf-8")  # a crash

    if spelling == "dot":
        args = ["batch", "./set.jsonl", "-o", "out.jsonl"]
    elif spelling == "absolute":
        args = ["batch", str(work / "set.jsonl"), "-o", str(work / "out.jsonl")]
    else:
        monkeypatch.chdir(tmp_path)
        args = ["batch", "work/set.jsonl", "-o", "work/out.jsonl"]
    resumed = runner.invoke(app, [*args, "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert "resuming: 1 article already" in resumed.stderr
    records = _lines(work / "out.jsonl")
    assert [r["article"]["id"] for r in records] == ["art-0", "art-1", "art-2"]
    assert records[0] == json.loads(lines[0])


def test_hostile_resume_with_other_inputs_is_refused(runner, cli_extractor, tmp_path, news_body):
    """Resuming a batch with inputs it was not started with would mix two batches in one file:
    refused, saying why, the output untouched."""
    _jsonl_file(tmp_path / "a.jsonl", _three_articles(news_body))
    _jsonl_file(tmp_path / "b.jsonl", [{"id": "other", "text": news_body}])
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(tmp_path / "a.jsonl"), "-o", str(out)]).exit_code == 0
    before = out.read_bytes()
    result = runner.invoke(app, ["batch", str(tmp_path / "b.jsonl"), "-o", str(out), "--resume"])
    assert result.exit_code == 2, result.output
    assert "not in these inputs" in result.stderr and "art-0" in result.stderr
    assert out.read_bytes() == before


def test_hostile_resume_on_a_file_that_is_not_muster_output_is_refused(runner, tmp_path,
                                                                       news_body):
    (tmp_path / "a.txt").write_text(news_body, encoding="utf-8")
    out = tmp_path / "notes.jsonl"
    out.write_text('{"note": "my own file"}\nplain text\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path / "a.txt"), "-o", str(out), "--resume"])
    assert result.exit_code == 2, result.output
    assert "line 1 is not a Muster result" in result.stderr and "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == '{"note": "my own file"}\nplain text\n'


@pytest.fixture
def earlier_output(tmp_path, news_body):
    """An input and the output an earlier run left: (input path, output path, its bytes)."""
    (tmp_path / "a.txt").write_text(news_body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"article": {"id": "a", "path": "x"}, "events": []}\n', encoding="utf-8")
    errors = tmp_path / "out.errors.jsonl"
    errors.write_text('{"path": "old"}\n', encoding="utf-8")
    return tmp_path / "a.txt", out, out.read_bytes()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_hostile_bad_model_leaves_the_existing_output(runner, tmp_path, earlier_output,
                                                       workers):
    """A typo in --model stops the run before anything is written: the earlier output and
    errors file are as they were."""
    article, out, before = earlier_output
    result = runner.invoke(app, ["batch", str(article), "-o", str(out), "--workers", workers,
                                 "--model", str(tmp_path / "no-such-model")])
    assert result.exit_code == 1, result.output
    assert "[M002]" in result.stderr
    assert out.read_bytes() == before
    assert (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8") == '{"path": "old"}\n'


def test_hostile_bad_errors_path_leaves_the_existing_output(runner, tmp_path, earlier_output):
    article, out, before = earlier_output
    result = runner.invoke(app, ["batch", str(article), "-o", str(out),
                                 "--errors", str(tmp_path / "no-dir" / "e.jsonl")])
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.stderr
    assert out.read_bytes() == before


def test_hostile_unreachable_scheduler_leaves_the_existing_output(runner, tmp_path,
                                                                  earlier_output, monkeypatch):
    """A scheduler that never answers: said at once (not 30 s of silence), then [M006], and
    the earlier output untouched. (Dask itself is replaced: only the batch's order of doing
    things is under test; test_distributed.py covers a real unreachable scheduler.)"""
    import pipeline.batch.distributed as distributed
    from pipeline.batch.parallel import WorkerError

    def unreachable(items, **kwargs):
        raise WorkerError("cannot reach the Dask scheduler at tcp://127.0.0.1:9: timed out")
        yield  # a generator, as the real engine is

    monkeypatch.setattr(distributed, "dask_missing", lambda: None)
    monkeypatch.setattr(distributed, "extract_dask", unreachable)
    article, out, before = earlier_output
    result = runner.invoke(app, ["batch", str(article), "-o", str(out),
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1, result.output
    assert "connecting to the Dask scheduler" in result.stderr and "[M006]" in result.stderr
    assert out.read_bytes() == before


def test_hostile_second_writer_is_refused(runner, cli_extractor, tmp_path, earlier_output):
    """Two batches on one output would interleave and lose lines: while one holds the output,
    another is refused at once, and the file is left to the first."""
    fcntl = pytest.importorskip("fcntl")
    article, out, before = earlier_output
    with open(out, "ab") as first:
        fcntl.flock(first, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = runner.invoke(app, ["batch", str(article), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "being written by another muster batch" in result.stderr
    assert out.read_bytes() == before
    after = runner.invoke(app, ["batch", str(article), "-o", str(out)])  # the lock went with it
    assert after.exit_code == 0, after.output


def test_hostile_second_writer_process_is_refused(tmp_path, news_body):
    """The same between two real processes (the lock is the file system's, not Python's)."""
    pytest.importorskip("fcntl")
    (tmp_path / "a.txt").write_text(news_body, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
         "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)", str(out)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = subprocess.run([sys.executable, "-c", "from pipeline.cli import app; app()", "batch",
                                 str(tmp_path / "a.txt"), "-o", str(out)],
                                capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert second.returncode == 1, second.stderr
    assert "another muster batch" in second.stderr
    assert out.read_text() == ""


def test_hostile_full_disk_leaves_whole_lines_and_resume_completes(runner, cli_extractor,
                                                                   tmp_path, news_body,
                                                                   monkeypatch):
    """The disk fills mid-line: one clear error (no traceback), the file cut back to its last
    whole line, and --resume afterwards gives exactly the uninterrupted output."""
    import errno

    import pipeline.batch.output as output

    _jsonl_file(tmp_path / "set.jsonl", _three_articles(news_body))
    args = ["batch", str(tmp_path / "set.jsonl")]
    reference = tmp_path / "reference.jsonl"
    assert runner.invoke(app, [*args, "-o", str(reference)]).exit_code == 0

    real_write, calls = os.write, []

    def filling(fd, data):
        calls.append(len(data))
        if len(calls) == 2:  # the second line: half of it fits, then the disk is full
            return real_write(fd, bytes(data[: len(data) // 2]))
        if len(calls) >= 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(output.os, "write", filling)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.stderr and "Traceback" not in result.output
    assert result.stderr.count("error:") == 1
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n") and len(text.splitlines()) == 1
    monkeypatch.setattr(output.os, "write", real_write)
    resumed = runner.invoke(app, [*args, "-o", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert out.read_bytes() == reference.read_bytes()


def test_hostile_device_full_is_one_clear_error(runner, cli_extractor, tmp_path, news_body):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    (tmp_path / "a.txt").write_text(news_body, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path / "a.txt"), "-o", "/dev/full",
                                 "--errors", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("jsonl_first", [True, False])
def test_hostile_id_collision_same_whichever_comes_first(runner, cli_extractor, tmp_path,
                                                         news_body, jsonl_first):
    """A file whose made-up id (its stem) equals an id a JSON line gives: two articles, both
    written, whichever is read first."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(news_body, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    _jsonl_file(feed, [{"id": "a", "text": news_body}])
    inputs = [str(feed), str(folder)] if jsonl_first else [str(folder), str(feed)]
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", *inputs, "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = _lines(out)
    assert sorted(r["article"]["path"] for r in records) == sorted([str(feed),
                                                                    str(folder / "a.txt")])
    assert len({r["article"]["id"] for r in records}) == 2
    assert any("already used by" in " ".join(r["warnings"]) for r in records)


def test_hostile_batch_reads_json_lines_from_standard_input(runner, cli_extractor, tmp_path,
                                                            news_body):
    """``muster batch -`` reads JSON Lines, one article per line, not one prose article."""
    rows = [{"id": "s1", "text": news_body}, {"text": news_body}]
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", "-", "-o", str(out)],
                           input="".join(json.dumps(r) + "\n" for r in rows))
    assert result.exit_code == 0, result.output
    records = _lines(out)
    assert [r["article"]["id"] for r in records] == ["s1", "stdin:2"]
    assert {r["article"]["path"] for r in records} == {"<stdin>"}


def test_hostile_batch_reads_a_named_pipe_as_json_lines(tmp_path, news_body):
    """``/dev/stdin`` (or a shell's ``<(...)``) is a pipe: read as JSON Lines too."""
    rows = [{"id": "p1", "text": news_body}, {"id": "p2", "text": news_body}]
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-c", "from pipeline.cli import app; app()", "batch", "/dev/stdin", "-o",
                           str(out), "--workers", "1"],
                          input="".join(json.dumps(r) + "\n" for r in rows),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert [r["article"]["id"] for r in _lines(out)] == ["p1", "p2"]


@pytest.mark.parametrize("row", [{"id": "x-7", "text": 5}, {"id": 7, "title": "no text"},
                                 {"id": "x-7", "text": "  \n "}])
def test_hostile_failed_json_line_names_the_id_it_gave(tmp_path, row):
    path = tmp_path / "feed.jsonl"
    _jsonl_file(path, [row])
    (failure,) = list(iter_inputs([path]))
    assert isinstance(failure, InputFailure)
    assert failure.id == str(row["id"]) and failure.line == 1


# --------------------------------------------------------------------------- issue 15: numbers


@pytest.mark.parametrize(("figure", "value"), [
    ("3\u00a0500", 3500), ("3\u2009500", 3500), ("3\u202f500", 3500), ("3 500", 3500),
    ("3'500", 3500), ("\uff13\uff15\uff10\uff10", 3500), ("\u0663\u0665\u0660\u0660", 3500),
    ("3.500", 3500), ("15\u200b00", None), ("15\u200d00", None), ("15\ufeff00", None),
    ("1\u0301500", None), ("\u202e1500\u202c", None), ("10^12", None),
    ("9" * 100_000, None),
])
def test_hostile_one_number_is_one_count_or_none(extractor, assert_spans, figure, value):
    """Through the whole pipeline: a figure with a foreign separator, foreign digits or hidden
    characters gives one count with its right value, or none; never two, never a part."""
    text = f"North Korea has sent {figure} soldiers to Russia, Seoul said on Tuesday."
    result = extractor.extract_article(Article(text=text, published="2025-03-04"))
    counts = [event["count"] for event in result["events"]]
    if value is None:
        assert counts == []
    else:
        assert [(c["text"], c["value"]) for c in counts] == [(figure, value)]
    assert_spans(text, result)


def _table_rows(n: int) -> list[str]:
    return [f"{(i * 7) % 90 + 3} killed {(i * 11) % 80 + 2} wounded in district {i}" for i in range(n)]


def test_hostile_table_without_punctuation_is_read_line_by_line(extractor):
    from pipeline.io.ingest import Article

    text = "\n".join(_table_rows(300))
    doc = extractor.nlp(extractor._prepared(text, None, False))
    assert max(len(sentence) for sentence in doc.sents) <= 120
    result = extractor.extract_article(Article(text=text), force_language=True)
    assert any(w.startswith("read as a table: ") for w in result["warnings"])
    prose = "Five soldiers were killed in Gao.\nThe army said on Monday that 12 were wounded."
    assert not any("table" in w for w in extractor.extract_article(Article(text=prose))["warnings"])


def test_hostile_table_time_grows_like_the_same_rows_as_sentences(extractor):
    """A ratio in one run, not a timed threshold: before the line reader, 500 rows as one
    sentence took 12 times as long as the same rows as sentences."""
    import time

    from pipeline.io.ingest import Article

    rows = _table_rows(400)
    extractor.extract_article(Article(text="Five soldiers were killed."))

    def seconds(text: str) -> float:
        start = time.perf_counter()
        extractor.extract_article(Article(text=text), force_language=True)
        return time.perf_counter() - start

    table = min(seconds("\n".join(rows)) for _ in range(2))
    sentences = min(seconds("\n".join(row + "." for row in rows)) for _ in range(2))
    assert table < 3 * sentences


# The groups a counted part is taken from are no count of their own: "fifteen members of two
# families" counts fifteen people, not two more; nor are "one family" or "two armed groups".
@pytest.mark.parametrize("text, expected", [
    ("Soldiers shot and killed fifteen members of two families.", [15]),
    ("Gunmen killed six members of three families in the village.", [6]),
    ("Eight members of one family were killed in the shelling.", [8]),
    ("Twelve members of two armed groups were killed in the clash.", [12]),
    ("Three relatives of the two victims were wounded.", [3]),
    # a part of people already counted by number stays as it was
    ("Four of the 40 peacekeepers were hurt.", [4]),
    ("The deaths of two soldiers were confirmed.", [2]),
    # units sized by their people count those people
    ("Two battalions of 1,100 soldiers were deployed to the border.", [1100]),
    ("Three companies of 400 troops arrived in the town.", [400]),
])
def test_the_groups_a_part_is_taken_from_are_no_count(text, expected):
    events = pipeline.extract(text, published="2024-05-10")["events"]
    assert [e["count"]["value"] for e in events] == expected
