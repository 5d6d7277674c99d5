"""``muster batch --workers N``: the same extraction in N processes, one model per process.

Each worker process builds its Extractor once (the pool initializer) and receives whole batches
of articles, never one article per task; it returns plain SPEC dicts (or the MusterError that
stopped an article), never spaCy Docs.

Batches go out through a bounded in-order pipeline (:func:`in_order`): at most ``window``
batches are out at once (sent, being extracted, or back and waiting for an earlier one); the
oldest is yielded as soon as it is back and the next batch goes out in its place. No worker
waits for a slow batch (there is no barrier between windows), memory stays bounded however long
the input, and the output is line for line the output of one process. The Dask engine
(:mod:`pipeline.batch.distributed`) runs through the same pipeline.

A worker that dies (killed, out of memory) stops the batch with a :class:`WorkerError` rather
than hanging it; the lines written so far are whole, so ``--resume`` goes on from there.
Workers leave when the batch process dies, even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from pipeline.errors import ModelError, MusterError

#: Articles per task: one ``nlp.pipe`` batch in a worker.
BATCH_SIZE = 32


class WorkerError(MusterError):
    """A worker process or the engine failed (a worker killed, out of memory, a lost
    scheduler): not the fault of any one article. The batch stops; what it wrote is whole."""

    code = "M006"


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells), at least 1."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def batches(items: Iterable, size: int = BATCH_SIZE) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def is_article(item) -> bool:
    """Articles are extracted; anything else (an ``InputFailure`` from ingest) passes through."""
    return hasattr(item, "text")


def in_order(batches: Iterable[list], submit: Callable[[list], object], window: int, *,
             cancel: bool = True) -> Iterator[tuple[object, object]]:
    """``(item, result)`` for every item of every batch, in input order.

    ``submit(articles)`` starts the extraction of one batch's Articles somewhere and returns a
    future whose ``result()`` is their results in order (a SPEC dict or a MusterError each).
    Items that are not Articles never leave this process and come back with None. At most
    ``window`` batches are out at once; if the caller stops early, the batches still out are
    cancelled (unless ``cancel`` is false: the caller then ends the workers itself).
    """
    source = iter(batches)
    pending: deque = deque()
    try:
        while True:
            while len(pending) < window:
                batch = next(source, None)
                if batch is None:
                    break
                articles = [item for item in batch if is_article(item)]
                pending.append((batch, submit(articles) if articles else None))
            if not pending:
                return
            batch, future = pending.popleft()
            results = iter(future.result() if future is not None else ())
            for item in batch:
                yield item, (next(results) if is_article(item) else None)
    finally:
        for _, future in pending if cancel else ():
            if future is not None:
                future.cancel()


# --------------------------------------------------------------------------- worker side

_EXTRACTOR = None
_FAILED: MusterError | None = None


def _start(model: str | None) -> None:
    """Worker initializer: load the model once. A failure is kept and raised by the first task,
    so it reaches the batch as a clear error instead of breaking the pool."""
    global _EXTRACTOR, _FAILED
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch process's to handle
    _leave_with_parent()
    loaded = load_extractor(model, "in a worker")
    if isinstance(loaded, MusterError):
        _FAILED = loaded
    else:
        _EXTRACTOR = loaded


def load_extractor(model: str | None, where: str):
    """A worker's Extractor, or the MusterError that stopped it loading (any failure becomes
    a ModelError naming ``where``), so the batch reports it instead of losing a worker."""
    quiet_blas()
    try:
        from pipeline.api import Extractor

        return Extractor(model=model)
    except MusterError as err:
        return err
    except Exception as exc:  # noqa: BLE001 - reported to the batch, never lost in a worker
        return ModelError(f"cannot load the model {where}: {type(exc).__name__}: {exc}")


def run_batch(extractor, articles: list, max_chars: int, force_language: bool,
              explain: bool = False, gate: bool = True) -> list:
    """One batch of Articles through ``nlp.pipe`` together: their results in order (a SPEC
    dict or a MusterError each)."""
    return [result for _, result in extractor.extract_stream(
        articles, batch_size=len(articles) or 1, max_chars=max_chars,
        force_language=force_language, explain=explain, gate=gate)]


def _work(articles: list, max_chars: int, force_language: bool, explain: bool = False,
          gate: bool = True) -> list:
    if _FAILED is not None:
        raise _FAILED
    return run_batch(_EXTRACTOR, articles, max_chars, force_language, explain, gate)


def quiet_blas() -> None:
    """One BLAS thread per worker process: N processes on N cores must not each start a
    thread per core (the model's few matrix products gain nothing from them)."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def _leave_with_parent() -> None:
    """Exit this worker as soon as the process that started it is gone (even by SIGKILL,
    which runs no clean-up there), instead of lingering with a loaded model."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="muster-parent-watch", daemon=True).start()


# --------------------------------------------------------------------------- batch side


def extract_parallel(items: Iterable, *, workers: int, model: str | None = None,
                     max_chars: int, force_language: bool = False, explain: bool = False,
                     batch_size: int = BATCH_SIZE, window: int | None = None, gate: bool = True,
                     ) -> Iterator[tuple[object, object]]:
    """``(item, result)`` pairs in input order, like ``Extractor.extract_stream``, computed by
    ``workers`` processes (spawned, so no forked copy of anything). Items that are not
    Articles (ingest failures) pass through with None and never leave this process.

    ``window``: batches out at once (default ``2 * workers + 2``: a batch up to about three
    times slower than the others idles no worker).

    Raises:
        ModelError: the model could not be loaded in the workers.
        WorkerError: a worker process died.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start, initargs=(model,))
    try:
        with ctrl_c_ignored():  # the workers start deaf to Ctrl-C: the batch process handles it
            for _ in range(workers):
                executor.submit(int)  # each submit starts one more process while none is idle

        def submit(articles: list):
            return _Watched(executor, executor.submit(_work, articles, max_chars, force_language, explain, gate))

        yield from in_order(batches(items, batch_size), submit, window or 2 * workers + 2,
                            cancel=False)
    except BrokenProcessPool:
        raise WorkerError("a worker process died (killed, or out of memory?); the lines "
                          "written so far are whole: run again with --resume to go on") from None
    finally:
        _stop(executor)


#: How often a wait for a batch's results checks that every worker is still alive.
WORKER_CHECK_SECONDS = 2.0


class _Watched:
    """A batch's future whose ``result()`` also notices a dead worker. CPython's pool may never
    notice a worker killed while it was sending its results: its manager thread waits for the
    rest of the half-written message and no future ever fails (seen on 3.11: a batch hung
    beside its killed worker's zombie). So the wait is cut in slices, and a worker process
    that has ended, which never happens while a batch runs, breaks the pool."""

    def __init__(self, executor, future):
        self.executor, self.future = executor, future

    def result(self):
        from concurrent.futures import TimeoutError as WaitedTooLong
        from concurrent.futures.process import BrokenProcessPool

        while True:
            try:
                return self.future.result(timeout=WORKER_CHECK_SECONDS)
            except WaitedTooLong:
                workers = list((getattr(self.executor, "_processes", None) or {}).values())
                if any(worker.exitcode is not None for worker in workers):
                    raise BrokenProcessPool("a worker process ended") from None

    def cancel(self) -> bool:
        return self.future.cancel()


@contextlib.contextmanager
def ctrl_c_ignored():
    """SIGINT ignored in this block, so processes started in it inherit that (even through
    exec, and Python then keeps it ignored). Only the main thread may change handlers."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop(executor) -> None:
    """End the pool now, whether the batch is done (every result is in: the workers have
    nothing left to send, and ending them skips their interpreter's tear-down, about 0.3 s)
    or not (an error, Ctrl-C, the consumer gone: queued batches are dropped)."""
    # What shutdown() lets go of: the worker processes, and the queue whose feeder thread may
    # be stuck writing batches no worker will read (exit would wait for it forever). Futures
    # still out are left to fail with the pool, not cancelled: cancelling them races with the
    # pool's own clean-up (InvalidStateError in Python 3.11).
    processes = list((getattr(executor, "_processes", None) or {}).values())
    calls = getattr(executor, "_call_queue", None)
    if calls is not None:
        calls.cancel_join_thread()
    for process in processes:
        try:
            process.terminate()
        except (OSError, ValueError):
            pass
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=False)
    if manager is not None:
        # Let the pool's manager thread finish its clean-up now: left running, it can close
        # its wake-up pipe while the interpreter's exit hook writes to it (an "Exception
        # ignored ... Bad file descriptor" at exit; CPython gh-125451, fixed in 3.12.8/3.13.1).
        manager.join(timeout=5)
