#!/usr/bin/env python
"""One realistic large run, end to end: ``muster batch`` over at least N MB of real article text.

    python benchmarks/long_run.py CORPUS.jsonl[.gz] --mb 50 --workers 2

The corpus (a JSON Lines file of articles, gzipped or not; the Wikinews mixed stream is the one
the README's figures come from) is repeated, each copy with new ids (``~c2``), until its
``text`` fields hold at least ``--mb`` megabytes (10^6 bytes of UTF-8). The repeated input is
written to a temporary file, and ``muster batch`` runs on it as a user would run it, in a
subprocess, with the relevance gate on (its default) unless ``--no-gate``. While it runs, the
resident memory of the batch process and of each of its worker processes is read from
``/proc`` every second.

Printed: input size, articles, wall time, articles/s and MB/s, the peak RSS of the main process
and of each worker, the batch's own summary line, and how many articles came out (every input
line must give one output line or one reported error: the script checks it). Nothing here is
asserted by the test suite; figures depend on the machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def build_input(corpus: Path, target_bytes: int, out) -> tuple[int, int]:
    """Write copies of the corpus (new ids per copy) to ``out`` until their texts reach
    ``target_bytes``; returns (articles, text bytes)."""
    with _open(corpus) as f:
        articles = [json.loads(line) for line in f if line.strip()]
    if not articles:
        raise SystemExit(f"{corpus}: no articles")
    written = size = 0
    copy = 0
    while size < target_bytes:
        copy += 1
        for article in articles:
            record = dict(article, id=f"{article.get('id', written)}~c{copy}")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
            size += len(record.get("text", "").encode("utf-8"))
    return written, size


def _tree(pid: int) -> list[int]:
    """The process and its descendants (the batch's workers)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def watch(proc: subprocess.Popen, peaks: dict[int, float], stop: threading.Event) -> None:
    while not stop.is_set():
        for pid in _tree(proc.pid):
            peaks[pid] = max(peaks.get(pid, 0.0), _rss_mb(pid))
        stop.wait(1.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--mb", type=float, default=50.0, help="article text to process, in MB")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-gate", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the output here (default: discarded)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="muster-long-") as tmp:
        tmp = Path(tmp)
        source = tmp / "input.jsonl"
        with source.open("w", encoding="utf-8") as out:
            articles, size = build_input(args.corpus, int(args.mb * 1e6), out)
        output = args.keep or tmp / "out.jsonl"
        muster = shutil.which("muster", path=str(Path(sys.executable).parent)) or shutil.which("muster")
        if muster is None:
            raise SystemExit("the muster command is not installed (pip install -e .)")
        command = [muster, "batch", str(source), "-o", str(output),
                   "--workers", str(args.workers), "--quiet"] + (["--no-gate"] if args.no_gate else [])
        print(f"input: {articles} articles, {size / 1e6:.1f} MB of text "
              f"({source.stat().st_size / 1e6:.1f} MB of JSON Lines)", flush=True)
        print("running:", " ".join(command[1:]), flush=True)
        peaks: dict[int, float] = {}
        stop = threading.Event()
        began = time.perf_counter()
        proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        watcher = threading.Thread(target=watch, args=(proc, peaks, stop), daemon=True)
        watcher.start()
        _, stderr = proc.communicate()
        wall = time.perf_counter() - began
        stop.set()
        watcher.join()
        with open(output, encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        errors = Path(str(output).removesuffix(".jsonl") + ".errors.jsonl")
        failed = sum(1 for _ in errors.open()) if errors.exists() else 0

    main_peak = peaks.pop(proc.pid, 0.0)
    workers = sorted(peaks.values(), reverse=True)[: args.workers]
    print(f"exit status: {proc.returncode}")
    print(f"wall time: {wall:.0f} s ({wall / 60:.1f} min)")
    print(f"throughput: {articles / wall:.1f} articles/s, {size / 1e6 / wall:.3f} MB of text/s")
    print(f"peak RSS: main process {main_peak:.0f} MB; workers "
          + ", ".join(f"{w:.0f} MB" for w in workers))
    print(f"output lines: {lines}; errors reported: {failed}; input articles: {articles}"
          + ("" if lines + failed == articles else "  <-- MISMATCH"))
    tail = [line for line in stderr.splitlines() if line.strip()][-3:]
    if tail:
        print("batch stderr (last lines):", *tail, sep="\n  ")
    return 0 if proc.returncode in (0, 1) and lines + failed == articles else 1


if __name__ == "__main__":
    sys.exit(main())
