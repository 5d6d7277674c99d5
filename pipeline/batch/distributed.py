"""``muster batch --engine dask``: the same extraction on Dask distributed.

The batch process (the Dask client) reads the inputs and writes the output exactly as the
local engine does; only the extraction moves to the Dask workers. Each task is a whole batch of
32 articles (never one task per article); a worker process loads the model once, on its first
task, and keeps it for every later one (:func:`_extractor`, a per-process global: nothing needs
installing on the workers beyond Muster and the model). Tasks return plain SPEC dicts, or the
MusterError that stopped an article (pickled with all its attributes, so the errors file is
the local engine's), never spaCy Docs. At most a few batches per worker thread are out at once
and results are written in input order (:func:`pipeline.batch.parallel.in_order`), so memory stays
bounded on both sides however long the input.

Without a scheduler address a :class:`distributed.LocalCluster` of ``workers`` processes (one
thread each, on 127.0.0.1, no dashboard) is started and stopped around the batch.

Dask is an optional extra (``pip install '.[dask]'`` in a checkout); nothing imports it unless
this engine is asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from pipeline.errors import MusterError
from pipeline.batch.parallel import (BATCH_SIZE, WorkerError, batches, ctrl_c_ignored, in_order,
                       load_extractor, run_batch)

#: Muster is installed from a checkout (it is not on PyPI), so the extra is named by path.
INSTALL_HINT = "from a checkout of Muster, pip install '.[dask]'"

#: Seconds to wait for a scheduler to answer, and for a cluster's workers to show up.
CONNECT_TIMEOUT = 30


def dask_missing() -> str | None:
    """Why the Dask engine cannot run here (Dask distributed is not installed), or None.
    Looks the package up without importing it."""
    from importlib.util import find_spec

    try:
        found = find_spec("distributed") is not None and find_spec("dask") is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return None
    return f"--engine dask needs Dask distributed, which is not installed: {INSTALL_HINT}"


# --------------------------------------------------------------------------- worker side

_EXTRACTORS: dict = {}
_LOADING = threading.Lock()


def _extractor(model: str | None):
    """This worker process's Extractor for ``model``, loaded on first use and kept (a load
    failure is kept too, and raised by every task, so it reaches the client as a ModelError).
    Returns the Extractor and the lock that serializes its use by the worker's threads."""
    with _LOADING:
        if model not in _EXTRACTORS:
            _EXTRACTORS[model] = (load_extractor(model, "on a Dask worker"), threading.Lock())
        found, lock = _EXTRACTORS[model]
    if isinstance(found, MusterError):
        raise found
    return found, lock


def extract_batch(articles: list, model: str | None, max_chars: int,
                  force_language: bool, explain: bool = False, gate: bool = True) -> list | MusterError:
    """The task: one batch of Articles in, their results out (a SPEC dict or a MusterError
    each), parsed together with ``nlp.pipe``. When the model cannot be loaded, that error is
    the task's result (the client raises it), so no worker logs a failed task or retries."""
    try:
        extractor, lock = _extractor(model)
    except MusterError as err:
        return err
    with lock:  # a worker with several threads shares one model, one batch at a time
        return run_batch(extractor, articles, max_chars, force_language, explain, gate)


# --------------------------------------------------------------------------- client side


def extract_dask(items: Iterable, *, scheduler: str | None = None, workers: int = 2,
                 model: str | None = None, max_chars: int, force_language: bool = False,
                 explain: bool = False, batch_size: int = BATCH_SIZE, window: int | None = None,
                 gate: bool = True) -> Iterator[tuple[object, object]]:
    """``(item, result)`` pairs in input order, like ``Extractor.extract_stream``, computed on
    Dask: on the scheduler at ``scheduler``, else on a local cluster of ``workers`` processes.

    ``window``: batches out at once (default: two per worker thread, plus two).

    Raises:
        ModelError: the workers cannot load the model.
        WorkerError: no scheduler answered, or the cluster lost the work (workers killed, the
            scheduler gone).
    """
    missing = dask_missing()
    if missing:
        raise WorkerError(missing)
    import logging

    from distributed import Client, LocalCluster

    cluster = client = None
    try:
        if scheduler is None:
            import dask

            # The workers' statistical profiler samples every task's stack every 10 ms: about
            # 7% of the batch's time here, for a dashboard this cluster does not have. Its
            # processes start deaf to Ctrl-C: this process handles it and stops the cluster.
            with dask.config.set({"distributed.worker.profile.enabled": False}), \
                    ctrl_c_ignored():
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       silence_logs=logging.ERROR)
            client = Client(cluster, timeout=CONNECT_TIMEOUT)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        threads = _threads(client)

        def submit(articles: list):
            return _Raising(client.submit(extract_batch, articles, model, max_chars,
                                          force_language, explain, gate, pure=False))

        yield from in_order(batches(items, batch_size), submit, window or 2 * threads + 2)
    except MusterError:
        raise
    except (OSError, TimeoutError) as exc:
        where = scheduler or "the local cluster"
        raise WorkerError(f"cannot reach the Dask scheduler at {where}: {exc}; the lines written "
                          "so far are whole: run again with --resume to go on") from None
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("distributed", "dask", "concurrent",
                                                     "asyncio"):
            raise
        raise WorkerError(f"the Dask cluster failed: {type(exc).__name__}: {exc}; the lines "
                          "written so far are whole: run again with --resume to go on") from None
    finally:
        _close(client, cluster)


class _Raising:
    """A Dask future whose ``result()`` raises the MusterError a task returned in place of
    its results (the model could not be loaded on that worker)."""

    def __init__(self, future):
        self.future = future

    def result(self):
        found = self.future.result()
        if isinstance(found, MusterError):
            raise found
        return found

    def cancel(self) -> None:
        self.future.cancel()


def _threads(client) -> int:
    """Worker threads in the cluster (at least 1: a cluster may still be scaling up)."""
    try:
        info = client.scheduler_info()
        return max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))
    except Exception:  # noqa: BLE001 - only sizes the window
        return 1


def _close(client, cluster) -> None:
    """Disconnect and stop the local cluster (a scheduler given by address keeps running)."""
    import contextlib

    if client is not None:
        with contextlib.suppress(Exception):
            client.close(timeout=10)
    if cluster is not None:
        with contextlib.suppress(Exception):
            cluster.close(timeout=10)
