"""The command line through typer's CliRunner: files, stdin, folders, JSONL, errors, exit codes.

These tests check what the CLI owns (reading, routing, output shape, messages, exit status)
and hold whatever events the pipeline finds to the span invariant, so they pass with any
working ``pipeline.api.Extractor``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import app

pytestmark = pytest.mark.usefixtures("cli_extractor")


def _error_line(result) -> str:
    return result.stderr.strip().splitlines()[-1]


# --------------------------------------------------------------------------- extract


def test_cli_extract_file(runner, news_file, assert_spans):
    path, body = news_file
    result = runner.invoke(app, ["extract", str(path), "--published", "2020-01-01"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["article"] == {
        **out["article"],
        "id": "nk-1",
        "path": str(path),
        "title": "Pyongyang sends more troops",
        "published": "2025-03-04",  # metadata wins over --published
        "published_from": "metadata",
        "chars": len(body),
    }
    assert isinstance(out["events"], list) and isinstance(out["warnings"], list)
    assert_spans(body, out)
    assert result.stdout.startswith("{\n  ")  # indented for people


def test_cli_extract_published_option_used_without_metadata(runner, tmp_path, news_body):
    path = tmp_path / "plain.txt"
    path.write_text(news_body, encoding="utf-8", newline="")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-03-04"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["article"]
    assert (article["id"], article["published"], article["published_from"]) == (
        "plain", "2025-03-04", "option")


def test_cli_extract_stdin(runner, news_body, assert_spans):
    data = b"\xef\xbb\xbf" + news_body.encode("utf-8")
    result = runner.invoke(app, ["extract", "-"], input=data)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["article"]["chars"] == len(news_body)  # BOM dropped, CRLF kept
    assert out["article"]["path"] is None and out["article"]["published"] is None
    assert_spans(news_body, out)


def test_cli_extract_stdin_cp1252_warns(runner):
    result = runner.invoke(app, ["extract", "-"], input=b"\x93About 1,500 troops\x94 arrived.")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert any("cp1252" in w for w in out["warnings"])
    assert out["article"]["chars"] == len("“About 1,500 troops” arrived.")


def test_cli_extract_non_ascii_kept_readable(runner, tmp_path):
    path = tmp_path / "u.txt"
    path.write_text("Russia’s forces near Kursk — 1,500 troops.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)
    assert "\\u2019" not in result.stdout


def test_cli_extract_single_article_jsonl(runner, tmp_path, news_body, assert_spans):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": news_body, "id": "x"}) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["article"]["id"] == "x"
    assert_spans(news_body, out)


def test_cli_extract_many_articles_points_to_batch(runner, tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "a b"}\n{"text": "c d"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "muster batch" in result.stderr


def test_cli_extract_format_table(runner, news_file):
    path, _ = news_file
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "nk-1: Pyongyang sends more troops"
    assert lines[1].startswith("published 2025-03-04 (from metadata)")
    assert "no events found" in result.stdout or "TYPE" in result.stdout


def test_cli_extract_table_shows_warnings(runner):
    result = runner.invoke(app, ["extract", "-", "-f", "table"], input=b"\x93Troops\x94 came.")
    assert result.exit_code == 0, result.output
    assert "warnings:" in result.stdout and "cp1252" in result.stdout
    assert "published: unknown" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"  \n", "empty article"),
        ("bad.json", b'{"title": "x"}', "no 'text'"),
        ("blob.bin", b"\x00\x01\x02\x00" * 50, "binary"),
    ],
)
def test_cli_extract_bad_input_exit_1(runner, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    line = _error_line(result)
    assert line.startswith("error: ") and message in line and str(path) in line


def test_cli_extract_directory_exit_1(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "muster batch" in _error_line(result)


def test_cli_extract_empty_stdin_exit_1(runner):
    result = runner.invoke(app, ["extract", "-"], input=b"")
    assert result.exit_code == 1
    assert _error_line(result) == "error: [M001] empty article"


@pytest.mark.parametrize("value", ["2025-13-01", "03/04/2025", "yesterday", "2025-02-30"])
def test_cli_bad_published_exit_2(runner, news_file, value):
    path, _ = news_file
    result = runner.invoke(app, ["extract", str(path), "--published", value])
    assert result.exit_code == 2
    assert "--published" in result.stderr
    assert result.stdout == ""


def test_cli_bad_format_exit_2(runner, news_file):
    result = runner.invoke(app, ["extract", str(news_file[0]), "--format", "xml"])
    assert result.exit_code == 2


# --------------------------------------------------------------------------- batch


def test_cli_batch_folder_and_jsonl_with_broken_line(runner, tmp_path, article_tree, news_body,
                                                     assert_spans):
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"text": news_body, "id": "e1"}) + "\n"
                     + '{"text": 5}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(article_tree), str(extra), "-o", str(out),
                                 "--published", "2025-03-04"])
    assert result.exit_code == 1, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["article"]["id"] for r in records] == ["a", "nk-1", "d", "feed-1", "feed:4", "e1"]
    for record in records:
        assert_spans(news_body, record)
    assert {r["article"]["published_from"] for r in records} == {"metadata", "option"}
    errors = result.stderr
    assert f"{article_tree / 'b' / 'feed.jsonl'}:2: not valid JSON" in errors
    assert f"{extra}:2: 'text' must be a string" in errors
    assert f"{article_tree / 'notes.csv'}: not an article: a .csv file" in errors
    assert "6 articles ok, 3 failed" in errors
    assert result.stdout == ""
    problems = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert [(p["path"], p["line"], p["stage"], p["code"]) for p in problems] == [
        (str(article_tree / "b" / "feed.jsonl"), 2, "ingest", "M001"),
        (str(article_tree / "notes.csv"), None, "ingest", "M001"),
        (str(extra), 2, "ingest", "M001"),
    ]
    assert problems[0]["reason"].startswith("not valid JSON")


def test_cli_batch_all_good_exit_0(runner, tmp_path, news_body):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("one.txt", "two.md"):
        (folder / name).write_text(news_body, encoding="utf-8", newline="")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article"]["id"] for r in records] == ["one", "two"]
    assert "2 articles ok, 0 failed" in result.stderr
    assert (tmp_path / "out.errors.jsonl").read_text() == ""  # written, so no stale file misleads


def test_cli_batch_skips_its_own_output(runner, tmp_path, news_body):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(news_body, encoding="utf-8")
    out = folder / "out.jsonl"
    out.write_text('{"text": "stale output from an earlier run"}\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_cli_batch_to_stdout(runner, tmp_path, news_body):
    path = tmp_path / "a.txt"
    path.write_text(news_body, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["article"]["id"] == "a"


def test_cli_batch_nothing_readable_exit_1(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(tmp_path / "missing"), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'missing'}: no such file" in result.stderr
    assert out.read_text() == ""


def test_cli_batch_missing_output_exit_2(runner, article_tree):
    result = runner.invoke(app, ["batch", str(article_tree)])
    assert result.exit_code == 2
    assert "--output" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "-o", "OUT"],  # no inputs
        ["batch", "-", "-", "-o", "OUT"],  # standard input read twice
        ["batch", "IN", "-o", "/nonexistent-dir/out.jsonl"],
        ["batch", "IN", "-o", "OUT", "--published", "soon"],
    ],
)
def test_cli_batch_usage_errors_exit_2(runner, tmp_path, article_tree, args):
    args = [str(article_tree) if a == "IN" else str(tmp_path / "o.jsonl") if a == "OUT" else a
            for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "o.jsonl").exists()


# --------------------------------------------------------------------------- help and startup


def test_cli_help_lists_commands(runner):
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.stdout and "batch" in result.stdout


def test_cli_help_does_not_import_spacy():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from pipeline.cli import app\n"
        "for args in (['--help'], ['extract', '--help'], ['batch', '--help']):\n"
        "    result = CliRunner().invoke(app, args)\n"
        "    assert result.exit_code == 0, result.output\n"
        "heavy = sorted(m for m in ('spacy', 'thinc', 'dateparser', 'quantulum3') if m in sys.modules)\n"
        "assert 'spacy' not in sys.modules, heavy\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_cli_console_script_help():
    script = Path(sys.executable).with_name("muster")
    if not script.exists():
        pytest.skip("the muster console script is not installed in this environment")
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "batch" in done.stdout


# --------------------------------------------------------------------------- with events given


SPEC_EVENT = {
    "type": "presence", "outcome": None, "civilian": False, "hedge": True,
    "actor": {"text": "North Korean", "start": 0, "end": 12, "country": ["PRK", "RUS"]},
    "count": {"text": "about 1,500", "start": 13, "end": 24, "value": 1500, "low": 1500,
              "high": 1500, "approx": "about", "unit": "troops"},
    "location": {"text": "Kursk", "start": 30, "end": 35, "country": "RUS"},
    "date": {"text": "last week", "start": 36, "end": 45, "value": "2025-02-24"},
    "source": None,
}


def test_cli_extract_table_rows(runner, monkeypatch, cli_extractor):
    def fake(article, **options):
        vague = {**SPEC_EVENT, "type": "casualty", "outcome": "killed", "hedge": False,
                 "count": {"text": "dozens", "value": None, "low": 24, "high": None},
                 "actor": None, "location": None, "date": None}
        return {"article": {"id": None, "published": None, "chars": len(article.text)},
                "events": [SPEC_EVENT, vague], "warnings": ["a warning"]}

    monkeypatch.setattr(cli_extractor, "extract_article", fake)
    result = runner.invoke(app, ["extract", "-", "--format", "table"], input=b"x y")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "(stdin): (no title)" in text.splitlines()[0]
    row = next(line for line in text.splitlines() if line.startswith("0 "))
    for cell in ("presence", "about 1,500", "1500", "North Korean (PRK/RUS)", "Kursk (RUS)",
                 "2025-02-24", "hedge"):
        assert cell in row
    row = next(line for line in text.splitlines() if line.startswith("1 "))
    assert "killed" in row and "dozens" in row and "24+" in row
    assert "2 events: casualty 1, presence 1" in text
    assert "  - a warning" in text


def test_cli_batch_extraction_error_skips_article(runner, monkeypatch, cli_extractor, tmp_path,
                                                  input_folder):
    from pipeline.errors import MusterError

    real = cli_extractor._extract  # the per-article step of both extract_article and extract_stream

    def flaky(article, max_chars, **options):
        if article.id == "bad":
            raise MusterError("stage failed")
        return real(article, max_chars, **options)

    monkeypatch.setattr(cli_extractor, "_extract", flaky)
    folder = input_folder({name: "300 troops arrived near Kursk." for name in ("bad.txt", "good.txt")})
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{folder / 'bad.txt'}: [M000] stage failed" in result.stderr
    assert [json.loads(x)["article"]["id"] for x in out.read_text().splitlines()] == ["good"]
    (problem,) = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert problem == {"path": str(folder / "bad.txt"), "line": None, "id": "bad",
                       "stage": "extract", "code": "M000", "reason": "stage failed"}


# --------------------------------------------------------------------------- hostile input


def test_cli_extract_html_page_carries_its_text(runner, tmp_path, public_rows, page_of,
                                                assert_spans):
    row = public_rows[0]
    path = tmp_path / "page.html"
    path.write_text(page_of(row), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    body = out["article"]["text"]
    assert row["text"].split("\n")[0] in body and "cookies" not in body
    assert out["article"]["chars"] == len(body)
    assert (out["article"]["title"], out["article"]["published"]) == (row["title"], row["published"])
    assert out["events"] and assert_spans(body, out) > 0


def test_cli_extract_text_article_has_no_text_key(runner, news_file):
    result = runner.invoke(app, ["extract", str(news_file[0])])
    assert "text" not in json.loads(result.stdout)["article"]  # its body is the file's


def test_cli_extract_stdin_html(runner, public_rows, page_of):
    result = runner.invoke(app, ["extract", "-"], input=page_of(public_rows[1]).encode("utf-8"))
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["article"]
    assert article["title"] == public_rows[1]["title"] and "text" in article


def test_cli_extract_not_english_exit_1_unless_forced(runner, tmp_path, foreign_news):
    path = tmp_path / "le_monde.txt"
    path.write_text(foreign_news["fr"], encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    assert _error_line(result).startswith(f"error: [M005] {path}: language 'fr' (score ")
    assert "--force-language" in _error_line(result)
    forced = runner.invoke(app, ["extract", str(path), "--force-language"])
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.stdout)["article"]["chars"] == len(foreign_news["fr"])


def test_cli_batch_force_language(runner, tmp_path, foreign_news, news_body, input_folder):
    folder = input_folder({"fr.txt": foreign_news["fr"], "en.txt": news_body})
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    (problem,) = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert (problem["stage"], problem["code"]) == ("language", "M005")
    assert problem["reason"].startswith("language 'fr'") and problem["id"] == "fr"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--force-language"])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 2
    assert (tmp_path / "out.errors.jsonl").read_text() == ""


def test_cli_batch_errors_file_options(runner, tmp_path, input_folder, news_body):
    folder = input_folder({"good.txt": news_body, "empty.txt": ""})
    custom = tmp_path / "problems.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", "-", "--errors", str(custom)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(custom.read_text())["reason"] == "empty article"
    assert f"failures in {custom}" in result.stderr
    custom.unlink()
    result = runner.invoke(app, ["batch", str(folder), "-o", "-"])
    assert result.exit_code == 1 and not custom.exists()
    assert f"{folder / 'empty.txt'}: empty article" in result.stderr


def test_cli_batch_own_files_in_input_folder_not_read(runner, input_folder, news_body):
    """OUT.jsonl and OUT.errors.jsonl of an earlier run, inside the input folder, are skipped."""
    folder = input_folder({"one.txt": news_body, "empty.txt": ""})
    out = folder / "out.jsonl"
    for _ in range(2):
        result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
        assert result.exit_code == 1
        assert "1 article ok, 1 failed" in result.stderr
    assert len((folder / "out.errors.jsonl").read_text().splitlines()) == 1


@pytest.mark.parametrize(
    "extra",
    [["--errors", "OUT"], ["--max-chars", "10"], ["--max-chars", "x"]],
)
def test_cli_batch_bad_options_exit_2(runner, tmp_path, article_tree, extra):
    out = tmp_path / "o.jsonl"
    extra = [str(out) if a == "OUT" else a for a in extra]
    result = runner.invoke(app, ["batch", str(article_tree), "-o", str(out), *extra])
    assert result.exit_code == 2, result.output


def test_cli_extract_max_chars_reads_in_pieces(runner, tmp_path, devset_inputs, assert_spans):
    body = "\n\n".join(row["text"] for row in list(devset_inputs.values())[:4])
    path = tmp_path / "long.txt"
    path.write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--max-chars", "1000"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert any(w.startswith("long article") for w in out["warnings"])
    assert assert_spans(body, out) > 0
