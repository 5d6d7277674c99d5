"""The engines behind ``muster batch``: the bounded in-order pipeline both share, and the Dask
engine against the local one (a LocalCluster of 2 worker processes on loopback)."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

from pipeline.cli import app

DATA = Path(__file__).parent / "data" / "devset"
SEED = Path(__file__).parent.parent / "samples" / "articles" / "seed.txt"


# --------------------------------------------------------------------------- in_order


class _Later:
    """A future-like whose result is known only once the test releases it."""

    def __init__(self, articles, log):
        self.articles, self.log, self.cancelled = articles, log, False

    def result(self):
        self.log.append(("result", self.articles[0].id))
        return [f"done {a.id}" for a in self.articles]

    def cancel(self):
        self.cancelled = True


def test_a_worker_that_ended_breaks_a_wait_the_pool_would_never_end(monkeypatch):
    """CPython's pool may never fail the futures of a worker killed while it was sending its
    results (its manager thread waits for the rest of the message): the batch's wait notices
    the ended worker itself, so the batch stops with [M006] instead of hanging."""
    from concurrent.futures.process import BrokenProcessPool

    from pipeline.batch import parallel

    monkeypatch.setattr(parallel, "WORKER_CHECK_SECONDS", 0.01)

    class Worker:
        def __init__(self, exitcode):
            self.exitcode = exitcode

    class Pool:
        def __init__(self, *exitcodes):
            self._processes = {i: Worker(code) for i, code in enumerate(exitcodes)}

    with pytest.raises(BrokenProcessPool):
        parallel._Watched(Pool(None, -9), Future()).result()  # a future no one will ever complete
    done = Future()
    done.set_result(["a record"])
    assert parallel._Watched(Pool(None, None), done).result() == ["a record"]


def test_in_order_yields_input_order_and_bounds_what_is_out():
    from pipeline.io.ingest import Article, InputFailure
    from pipeline.batch.parallel import batches, in_order

    items = [InputFailure("bad.txt", None, "empty article")]
    items += [Article(text=f"Text {i}.", id=f"a{i}") for i in range(10)]
    log: list = []
    out: list = []

    def submit(articles):
        out.append(articles)
        log.append(("submit", articles[0].id))
        assert len(out) - sum(1 for e in log if e[0] == "result") <= 3  # the window
        return _Later(articles, log)

    pairs = list(in_order(batches(items, 2), submit, window=3))
    assert [item for item, _ in pairs] == items
    assert pairs[0][1] is None  # a failure never leaves the batch process
    assert [result for _, result in pairs[1:]] == [f"done a{i}" for i in range(10)]
    assert all(len(batch) <= 2 for batch in out)
    # three batches out before the first result is asked for; then one in per one out
    assert [e[0] for e in log[:4]] == ["submit", "submit", "submit", "result"]


def test_in_order_cancels_what_is_out_when_the_consumer_stops():
    from pipeline.io.ingest import Article
    from pipeline.batch.parallel import batches, in_order

    items = [Article(text=f"Text {i}.", id=f"a{i}") for i in range(20)]
    futures: list = []

    def submit(articles):
        futures.append(_Later(articles, []))
        return futures[-1]

    stream = in_order(batches(items, 2), submit, window=4)
    next(stream)
    stream.close()
    assert [f.cancelled for f in futures] == [False, True, True, True]


def test_in_order_passes_a_failed_batch_on():
    from pipeline.errors import ModelError
    from pipeline.io.ingest import Article
    from pipeline.batch.parallel import in_order

    def submit(articles):
        future = Future()
        future.set_exception(ModelError("no model"))
        return future

    with pytest.raises(ModelError):
        list(in_order([[Article(text="x", id="x")]], submit, window=2))


# --------------------------------------------------------------------------- Dask


def _dask():
    pytest.importorskip("distributed", reason="the dask extra is not installed "
                        "(pip install '.[dask]')")


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of 2 worker processes, one thread each, on 127.0.0.1."""
    _dask()
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def mixed_inputs(input_folder, foreign_news):
    """The devset with a broken JSON line, plus an empty file and a French article: every kind
    of failure (ingest, language) next to 13 good articles."""
    return input_folder({"feed.jsonl": (DATA / "input.jsonl").read_text(encoding="utf-8")
                         + "{broken\n", "empty.txt": "", "le_monde.txt": foreign_news["fr"]})


def _run(runner, folder, out, *extra):
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), *extra])
    errors = Path(str(out).rsplit(".", 1)[0] + ".errors.jsonl")
    return result, out.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8")


def test_dask_engine_writes_what_the_local_engine_writes(runner, cli_extractor, scheduler,
                                                         mixed_inputs, tmp_path):
    local, local_out, local_errors = _run(runner, mixed_inputs, tmp_path / "local.jsonl",
                                          "--workers", "1")
    dask, dask_out, dask_errors = _run(runner, mixed_inputs, tmp_path / "dask.jsonl",
                                       "--engine", "dask", "--scheduler", scheduler)
    assert local.exit_code == dask.exit_code == 1, dask.output
    assert f"Dask scheduler {scheduler}" in dask.stderr
    local_rows = [json.loads(line) for line in local_out.splitlines()]
    dask_rows = [json.loads(line) for line in dask_out.splitlines()]
    assert len(local_rows) == 13
    for mine, theirs in zip(local_rows, dask_rows, strict=True):  # article for article
        assert mine == theirs
    assert local_out == dask_out  # and byte for byte
    problems = [json.loads(line) for line in dask_errors.splitlines()]
    assert sorted(p["stage"] for p in problems) == ["ingest", "ingest", "language"]
    assert dask_errors == local_errors


def test_dask_engine_csv_is_the_local_csv(runner, cli_extractor, scheduler, tmp_path):
    local = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(tmp_path / "l.csv"),
                                "--format", "csv", "--workers", "1"])
    dask = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(tmp_path / "d.csv"),
                               "--format", "csv", "--scheduler", scheduler])  # implies dask
    assert local.exit_code == dask.exit_code == 0, dask.output
    assert (tmp_path / "l.csv").read_text() == (tmp_path / "d.csv").read_text()


def test_dask_engine_reports_a_model_the_workers_cannot_load(runner, scheduler, tmp_path):
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(tmp_path / "o.jsonl"),
                                 "--scheduler", scheduler, "--model", str(tmp_path / "no-model")])
    assert result.exit_code == 1
    note, error = result.stderr.splitlines()
    assert note == f"connecting to the Dask scheduler at {scheduler} (waiting up to 30 s)"
    assert error.startswith("error: [M002] cannot load the spaCy pipeline")
    assert not (tmp_path / "o.jsonl").exists()  # nothing was written: no empty file left


def test_dask_engine_starts_its_own_local_cluster(runner, cli_extractor, mixed_inputs, tmp_path):
    """Without --scheduler: a LocalCluster of --workers processes, started and stopped by the
    batch (a real process, as a person runs it)."""
    _dask()
    _, local_out, local_errors = _run(runner, mixed_inputs, tmp_path / "local.jsonl",
                                      "--workers", "1")
    out = tmp_path / "dask.jsonl"
    done = subprocess.run([sys.executable, "-c", "from pipeline.cli import app; app()", "batch",
                           str(mixed_inputs), "-o", str(out), "--engine", "dask", "--workers", "2"],
                          check=False, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr
    assert "a local Dask cluster of 2 workers" in done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert out.read_text(encoding="utf-8") == local_out
    assert (tmp_path / "dask.errors.jsonl").read_text(encoding="utf-8") == local_errors


def test_dask_engine_unreachable_scheduler_is_a_clear_error(runner, tmp_path, monkeypatch):
    _dask()
    import socket

    import pipeline.batch.distributed

    monkeypatch.setattr(pipeline.batch.distributed, "CONNECT_TIMEOUT", 2)
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "o.jsonl"
    out.write_text('{"earlier": "run"}\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out),
                                 "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1
    note, error = result.stderr.splitlines()  # said at once, not after the wait
    assert note.startswith(f"connecting to the Dask scheduler at tcp://127.0.0.1:{port}")
    assert error.startswith(f"error: [M006] cannot reach the Dask scheduler at "
                            f"tcp://127.0.0.1:{port}")
    assert out.read_text(encoding="utf-8") == '{"earlier": "run"}\n'  # an earlier run kept


def test_dask_engine_without_dask_says_how_to_install_it(runner, tmp_path, monkeypatch):
    """Asked for without Dask installed: one line naming the extra, exit 1, and the output of an
    earlier run is left alone."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("dask", "distributed") else real(name, *a))
    out = tmp_path / "o.jsonl"
    out.write_text('{"earlier": "run"}\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(DATA / "input.jsonl"), "-o", str(out),
                                 "--engine", "dask"])
    assert result.exit_code == 1
    assert result.stderr == ("error: --engine dask needs Dask distributed, which is not "
                             "installed: from a checkout of Muster, pip install '.[dask]'\n")
    assert out.read_text(encoding="utf-8") == '{"earlier": "run"}\n'


def test_default_path_never_imports_dask(tmp_path):
    """``muster --help``, ``muster extract`` and a local ``muster batch`` import no Dask."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from pipeline.cli import app\n"
        "runner = CliRunner()\n"
        "for args in (['--help'], ['batch', '--help'],\n"
        f"             ['extract', {str(SEED)!r}, '--published', '2025-03-04'],\n"
        f"             ['batch', {str(SEED)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}]):\n"
        "    result = runner.invoke(app, args)\n"
        "    assert result.exit_code == 0, (args, result.output)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "assert not loaded, loaded\n"
        "assert 'spacy' in sys.modules  # the commands did run\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
