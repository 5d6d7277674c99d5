"""``muster batch --workers N``: the same extraction in N processes, one model per process.

Each worker process builds its Extractor once (the pool initializer) and receives whole batches
of articles, never one article per task; it returns plain SPEC dicts (or the MusterError that
stopped an article), never spaCy Docs. Batches go out a window at a time and come back in
order, so memory stays bounded however long the input, and the output is line for line the
output of one process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

_EXTRACTOR = None


def _start(model: str | None) -> None:
    global _EXTRACTOR
    from .api import Extractor

    _EXTRACTOR = Extractor(model=model)


def _work(task: tuple) -> list:
    batch, max_chars, force_language = task
    return [result for _, result in _EXTRACTOR.extract_stream(
        batch, batch_size=len(batch) or 1, max_chars=max_chars, force_language=force_language)]


def extract_parallel(items: Iterable, *, workers: int, model: str | None = None,
                     max_chars: int, force_language: bool = False,
                     batch_size: int = 32) -> Iterator[tuple[object, object]]:
    """``(item, result)`` pairs in input order, like ``Extractor.extract_stream``, computed by
    ``workers`` processes. Items that are not Articles (ingest failures) pass through with None
    and never leave this process."""
    context = multiprocessing.get_context("spawn")  # no forked copies of a loaded model
    iterator = iter(items)
    with context.Pool(workers, initializer=_start, initargs=(model,)) as pool:
        while True:
            window = [list(islice(iterator, batch_size)) for _ in range(workers * 2)]
            window = [batch for batch in window if batch]
            if not window:
                return
            tasks = [([i for i in batch if hasattr(i, "text")], max_chars, force_language)
                     for batch in window]
            for batch, results in zip(window, pool.map(_work, tasks)):
                done = iter(results)
                for item in batch:
                    yield item, (next(done) if hasattr(item, "text") else None)
