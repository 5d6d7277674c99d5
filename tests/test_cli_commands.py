"""CLI tests for eval, --format html and report (typer's CliRunner, one shared model)."""

import json
from pathlib import Path

from pipeline.cli import app

DATA = Path(__file__).parent / "data" / "devset"
SEED = Path(__file__).parent.parent / "samples" / "articles" / "seed.txt"


def test_cli_eval_runs_and_scores_in_one_go(runner, cli_extractor):
    result = runner.invoke(app, ["eval", str(DATA / "gold.jsonl"), "--input", str(DATA / "input.jsonl")])
    assert result.exit_code == 0, result.output
    assert "ALL EVENTS" in result.output and "MISSED" in result.output
    f1 = float(result.output.split("ALL EVENTS")[1].split()[2])
    assert f1 >= 0.9


def test_cli_eval_scores_a_batch_output(runner, cli_extractor, tmp_path):
    out = tmp_path / "dev.jsonl"
    assert runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["eval", str(DATA / "gold.jsonl"), str(out), "--summary"])
    assert result.exit_code == 0, result.output
    assert "field accuracy" in result.output and "MISSED" not in result.output


def test_cli_eval_needs_predictions_or_input(runner):
    result = runner.invoke(app, ["eval", str(DATA / "gold.jsonl")])
    assert result.exit_code == 2


def test_cli_eval_bad_gold_file_is_an_error(runner, tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad), str(bad)])
    assert result.exit_code == 1


def test_cli_extract_html_writes_a_page_with_escaped_text(runner, cli_extractor, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("<script>alert(1)</script> Two U.S. soldiers were killed on Monday.",
                       encoding="utf-8")
    page = tmp_path / "view.html"
    result = runner.invoke(app, ["extract", str(article), "--published", "2025-03-04",
                                 "--format", "html", "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_cli_report_renders_a_batch(runner, cli_extractor, tmp_path):
    out, page = tmp_path / "dev.jsonl", tmp_path / "report.html"
    assert runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["report", str(out), "--articles", str(DATA / "input.jsonl"),
                                 "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    first_id = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["article"]["id"]
    assert "<svg" in html and first_id in html


def test_cli_batch_killed_then_resumed_equals_an_uninterrupted_run(tmp_path):
    """SIGKILL a running batch, restart it with --resume: no duplicates, nothing missing, and
    the very same lines as a run that was never interrupted."""
    import signal
    import subprocess
    import sys
    import time

    rows = [json.loads(line) for line in (DATA / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for copy in range(8):
            for row in rows:
                handle.write(json.dumps({**row, "id": f"{row['id']}-{copy}"}) + "\n")
    total = 8 * len(rows)
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "batch", str(corpus)]

    whole = tmp_path / "whole.jsonl"
    assert subprocess.run(command + ["-o", str(whole)], capture_output=True).returncode == 0

    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(command + ["-o", str(out)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 1:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    process.wait()
    written = out.read_bytes().count(b"\n")
    assert 1 <= written < total, "the batch was not killed mid-run"
    with open(out, "ab") as handle:  # as if the kill had landed in the middle of a write
        handle.write(b'{"article": {"id": "half a li')

    resumed = subprocess.run(command + ["-o", str(out), "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_cli_batch_csv_has_a_row_per_event_with_exact_spans(runner, cli_extractor, tmp_path):
    import csv

    from pipeline.records import CSV_COLUMNS

    out = tmp_path / "dev.csv"
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in (DATA / "input.jsonl").read_text(encoding="utf-8").splitlines()}
    with open(out, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        rows = list(reader)
    jsonl = tmp_path / "dev.jsonl"
    runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(jsonl)])
    events = sum(len(json.loads(line)["events"]) for line in jsonl.read_text().splitlines())
    assert len(rows) == events > 0
    for row in rows:
        body = texts[row["article_id"]]
        for name in ("actor", "count", "location", "date", "source", "trigger"):
            if row[f"{name}_start"]:
                start, end = int(row[f"{name}_start"]), int(row[f"{name}_end"])
                assert body[start:end] == row[f"{name}_text"]


def test_cli_batch_resume_needs_jsonl(runner, tmp_path):
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(tmp_path / "x.csv"),
                                 "--format", "csv", "--resume"])
    assert result.exit_code == 2


def test_cli_batch_two_workers_write_the_same_lines(tmp_path):
    """--workers 2 (two processes, one model each) gives line for line the one-process output,
    failures included."""
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text((DATA / "input.jsonl").read_text(encoding="utf-8")
                                       + "{broken\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "batch", str(folder)]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = subprocess.run(command + ["-o", str(one)], capture_output=True, text=True)
    second = subprocess.run(command + ["-o", str(two), "--workers", "2"], capture_output=True, text=True)
    assert first.returncode == second.returncode == 1, second.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert (tmp_path / "one.errors.jsonl").read_text() == (tmp_path / "two.errors.jsonl").read_text()
