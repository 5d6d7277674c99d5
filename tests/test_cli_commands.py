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
    the very same lines as a run that was never interrupted; no worker process lingers."""
    import os
    import signal
    import subprocess
    import sys
    import time
    import uuid

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
    # More than one batch of input, so by default one worker per core: the tag finds them.
    tag = uuid.uuid4().hex
    process = subprocess.Popen(command + ["-o", str(out)], stderr=subprocess.DEVNULL,
                               env={**os.environ, "MUSTER_TEST_TAG": tag})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 1:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    process.wait()
    if os.path.exists("/proc/self/environ"):
        assert _gone(tag), "worker processes outlived the killed batch"
    written = out.read_bytes().count(b"\n")
    assert 1 <= written < total, "the batch was not killed mid-run"
    with open(out, "ab") as handle:  # as if the kill had landed in the middle of a write
        handle.write(b'{"article": {"id": "half a li')

    resumed = subprocess.run(command + ["-o", str(out), "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_cli_batch_csv_has_a_row_per_event_with_exact_spans(runner, cli_extractor, tmp_path):
    import csv

    from pipeline.schema import CSV_COLUMNS

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


def test_cli_batch_two_workers_write_the_same_lines(tmp_path, input_folder):
    """--workers 2 (two processes, one model each) gives line for line the one-process output,
    failures included."""
    import subprocess
    import sys

    folder = input_folder({"feed.jsonl": (DATA / "input.jsonl").read_text(encoding="utf-8")
                           + "{broken\n", "empty.txt": ""})
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "batch", str(folder)]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = subprocess.run(command + ["-o", str(one)], capture_output=True, text=True)
    second = subprocess.run(command + ["-o", str(two), "--workers", "2"], capture_output=True, text=True)
    assert first.returncode == second.returncode == 1, second.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert (tmp_path / "one.errors.jsonl").read_text() == (tmp_path / "two.errors.jsonl").read_text()


# --------------------------------------------------------------------------- workers, quiet


def _corpus(path, copies: int) -> int:
    """The devset ``copies`` times over (ids made unique) as one .jsonl; returns its size."""
    rows = [json.loads(line) for line in (DATA / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as handle:
        for copy in range(copies):
            for row in rows:
                handle.write(json.dumps({**row, "id": f"{row['id']}-{copy}"}) + "\n")
    return copies * len(rows)


def _tagged_processes(tag: str) -> list[int]:
    """Live processes whose environment holds MUSTER_TEST_TAG=tag (a batch and its workers)."""
    import os

    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as handle:
                environ = handle.read()
            with open(f"/proc/{entry}/stat", "rb") as handle:
                state = handle.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if f"MUSTER_TEST_TAG={tag}".encode() in environ.split(b"\0") and state != b"Z":
            found.append(int(entry))
    return found


def _start_batch(tmp_path, corpus, out, *extra):
    """A ``muster batch`` process tagged so that it and its workers can be found in /proc."""
    import os
    import subprocess
    import sys
    import uuid

    tag = uuid.uuid4().hex
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "batch", str(corpus),
               "-o", str(out), *extra]
    # Ctrl-C at its default, as a shell starts a command, whatever this test process has: a
    # SIGINT ignored here would be inherited through exec, and in some full runs of the suite
    # the batch went on to the end after the signal and exited 0
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "MUSTER_TEST_TAG": tag},
                               start_new_session=True, preexec_fn=_ctrl_c_at_default)
    return process, tag


def _ctrl_c_at_default() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_lines(process, out, lines: int = 1) -> None:
    import time

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.02)
    raise AssertionError(f"no output line came (exit status {process.poll()})")


def _gone(tag: str) -> bool:
    """Whether every process with this tag has left (polled: an orphaned worker needs a moment
    to notice its parent died)."""
    import time

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if not _tagged_processes(tag):
            return True
        time.sleep(0.1)
    return False


def _needs_proc():
    import os

    import pytest

    if not os.path.exists("/proc/self/environ"):
        pytest.skip("needs Linux /proc to find the worker processes")


def test_cli_batch_ctrl_c_stops_the_workers(tmp_path):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) during a --workers 2
    batch: exit 130 with whole lines written, and no worker process left behind."""
    import os
    import signal

    _needs_proc()
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    total = _corpus(corpus, 8)
    process, tag = _start_batch(tmp_path, corpus, out, "--workers", "2")
    _wait_for_lines(process, out)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted:" in stderr and "Traceback" not in stderr, stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 1 <= len(lines) < total
    assert all(json.loads(line)["article"]["id"] for line in lines)
    assert _gone(tag), "worker processes outlived the interrupted batch"


def test_cli_batch_a_dead_worker_stops_the_batch_cleanly(tmp_path):
    """A worker killed mid-run (as by the out-of-memory killer): the batch stops with [M006]
    and exit 1 instead of hanging, its lines are whole, and --resume completes it."""
    import os
    import signal
    import subprocess
    import sys

    _needs_proc()
    corpus, out = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    total = _corpus(corpus, 8)
    process, tag = _start_batch(tmp_path, corpus, out, "--workers", "2")
    _wait_for_lines(process, out)
    workers = [pid for pid in _tagged_processes(tag)
               if pid != process.pid and b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert workers, "no worker process found"
    os.kill(workers[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    if process.returncode == 0:  # the killed worker had no batch left to do: nothing to test
        return
    assert process.returncode == 1, stderr
    assert "[M006] a worker process died" in stderr and "--resume" in stderr, stderr
    assert all(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert _gone(tag)
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "batch", str(corpus),
               "-o", str(out), "--resume", "--workers", "2"]
    resumed = subprocess.run(command, check=False, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    ids = [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == total


def test_cli_batch_quiet_prints_only_failures(runner, cli_extractor, tmp_path, news_body, input_folder):
    folder = input_folder({"good.txt": news_body, "empty.txt": ""})
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{folder / 'empty.txt'}: empty article"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    loud = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert "1 article ok, 1 failed" in loud.stderr and "model loaded in" in loud.stderr


def test_cli_batch_default_workers_run_one_batch_in_process(runner, cli_extractor, tmp_path,
                                                            monkeypatch):
    """By default one process per core, but an input of at most one batch (32 articles) runs in
    this process: only one worker would get work, and starting workers costs seconds."""
    import pipeline.batch.parallel

    monkeypatch.setattr(pipeline.batch.parallel, "available_cores", lambda: 4)
    started = []
    monkeypatch.setattr(pipeline.batch.parallel, "extract_parallel",
                        lambda items, **kw: started.append(kw["workers"]) or iter(()))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert started == [] and "model loaded in" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 13
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 3)  # 39 articles: more than one batch
    runner.invoke(app, ["batch", str(corpus), "-o", str(out)])
    assert started == [4]


def test_fits_one_batch_reads_ahead_without_losing_items():
    from pipeline.cli import _fits_one_batch
    from pipeline.io.ingest import Article, InputFailure

    def stream(articles: int, failures: int = 0):
        for i in range(failures):
            yield InputFailure(f"bad{i}.txt", None, "empty article")
        for i in range(articles):
            yield Article(text=f"Article {i}.", id=str(i))

    for articles, failures, fits in ((0, 0, True), (32, 5, True), (33, 0, False), (500, 0, False)):
        answer, items = _fits_one_batch(stream(articles, failures), 32)
        assert answer is fits
        assert list(items) == list(stream(articles, failures))
    answer, items = _fits_one_batch(stream(1, 2000), 32)  # reading ahead is bounded
    assert answer is False and len(list(items)) == 2001


def test_cli_batch_scheduler_is_for_the_dask_engine(runner, tmp_path):
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(tmp_path / "o.jsonl"),
                                 "--engine", "local", "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert not (tmp_path / "o.jsonl").exists()


def test_cli_eval_quotes_sentences_without_input(runner, cli_extractor, tmp_path):
    """``muster eval GOLD PRED`` quotes each miss's sentence, read from the articles the batch
    output names, as ``--input`` does: the two reports are the same."""
    out = tmp_path / "dev.jsonl"
    assert runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out)]).exit_code == 0
    from_output = runner.invoke(app, ["eval", str(DATA / "gold.jsonl"), str(out)])
    assert from_output.exit_code == 0, from_output.output
    from_input = runner.invoke(app, ["eval", str(DATA / "gold.jsonl"), str(out),
                                     "--input", str(DATA / "input.jsonl")])
    assert from_output.stdout == from_input.stdout
    assert "MISSED" in from_output.stdout


def test_cli_extract_explain_names_rules_and_rejected_numbers(runner, cli_extractor, tmp_path):
    import json as _json

    from pipeline.cli import app

    path = tmp_path / "a.txt"
    path.write_text("Gunmen killed 7 soldiers in Gao on Sunday, the third attack this week. "
                    "About 20% of the convoy's trucks burned.", encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(path), "--published", "2024-02-06"])
    explained = runner.invoke(app, ["extract", str(path), "--published", "2024-02-06", "--explain"])
    assert plain.exit_code == 0 and explained.exit_code == 0, explained.output
    plain_result, result = _json.loads(plain.stdout), _json.loads(explained.stdout)
    assert "rejected" not in plain_result and "why" not in plain_result["events"][0]
    assert result["events"][0]["why"]["count"] == "count.number"
    reasons = {r["text"]: r["why"] for r in result["rejected"]}
    assert reasons["third"] == "not_count.ordinal" and reasons["20"] == "not_count.percentage"


def test_cli_batch_explain_writes_why(runner, cli_extractor, tmp_path):
    import json as _json

    from pipeline.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Two peacekeepers were wounded near Bunia on Friday.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "1",
                               "--published", "2024-02-06", "--explain", "--quiet"])
    assert done.exit_code == 0, done.output
    row = _json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert row["events"][0]["why"]["outcome"].startswith("trigger.")
    assert "rejected" in row


def test_cli_eval_explain_says_what_happened_to_misses(runner, cli_extractor, tmp_path):
    import json as _json

    from pipeline.cli import app

    text = "Officials said 40% of the 9 soldiers killed in Gao on Sunday were conscripts."
    articles = tmp_path / "in.jsonl"
    articles.write_text(_json.dumps({"id": "g", "text": text, "published": "2024-02-06"}) + "\n",
                        encoding="utf-8")
    start = text.index("40")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_json.dumps({"id": "g", "events": [{
        "type": "casualty", "outcome": "killed",
        "count": {"surface": "40", "span": [start, start + 2], "value": 40, "low": None, "high": None},
        "sentence": {"span": [0, len(text)]}}]}) + "\n", encoding="utf-8")
    done = runner.invoke(app, ["eval", str(gold), "--input", str(articles), "--explain"])
    assert done.exit_code == 0, done.output
    assert "why: its count '40' was rejected: not_count.percentage" in done.stdout
