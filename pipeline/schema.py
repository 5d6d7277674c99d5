"""Output records: the one place that knows the shape of Muster's JSON (see docs/SPEC.md).

Records are plain frozen dataclasses turned into plain dicts at the edge, so they cross
process boundaries and ``json.dumps`` without custom encoders.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

#: 2: ``quantities`` and ``versions`` added (and ``why``/``rejected`` with ``--explain``).
#: 3: ``location`` on the map (``place``, ``admin1``, ``admin2``, ``lat``, ``lon``, ``geonameid``,
#: ``precision``), ``date.precision``, and ``from_context`` on fields stated in another sentence.
SCHEMA_VERSION = "4"


@dataclass(frozen=True)
class TextSpan:
    """A provenance span: ``body[start:end] == text`` on the article body, always."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, body: str, start: int, end: int) -> "TextSpan":
        """Build a span from offsets, taking the text from the body so it cannot disagree."""
        return cls(start, end, body[start:end])

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


class SpanMismatch(AssertionError):
    """A span whose text is not the body slice it claims: always a bug in Muster."""


def span_records(obj) -> Iterator[dict]:
    """Every ``{"start", "end"}`` dict of an output object, each once (a date may be shared by
    the ``dates`` list and an event): what moves when offsets move."""
    seen: set[int] = set()
    stack = [obj]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
                yield node
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def check_spans(body: str, obj) -> None:
    """Assert the span invariant on every ``{text,start,end}`` dict of an output object.

    Called by the API before returning, so a broken offset is a loud bug, never silent output.
    """
    for record in span_records(obj):
        if "text" in record and body[record["start"] : record["end"]] != record["text"]:
            raise SpanMismatch(
                f"span {record['start']}:{record['end']} is {body[record['start']:record['end']]!r}, "
                f"not {record['text']!r}"
            )


@lru_cache(maxsize=1)
def versions() -> dict:
    """Muster's version and the versions of the data it read (``models/``), recorded in every
    output so a row can be traced to the rules and word lists that made it."""
    from importlib.metadata import PackageNotFoundError, version

    from pipeline.resources import load_json

    try:
        muster = version("muster-events")
    except PackageNotFoundError:  # run from a checkout that was never installed
        muster = None
    found = {"muster": muster}
    for name in ("manifest", "lexicon", "places", "magnitudes", "quantities", "calendar",
                 "geo_features", "count_context", "date_words", "timex", "gate"):
        data = load_json(f"{name}.json")
        found["models" if name == "manifest" else name] = data.get("version")
    return found


def skip_warning(reason: str) -> str:
    """The warning a record not read carries beside ``skipped`` (the gate, the language check),
    so the HTML view and the batch report show it."""
    return f"skipped: {reason}"


def article_record(article, model: str, *, events: list, dates: list, quantities: list,
                   warnings: list, skipped: str | None = None) -> dict:
    """The SPEC output object of one article; for HTML, ``article.text`` holds the extracted
    text the spans index into (the reader cannot otherwise recover it from the page). A
    ``skipped`` reason is also the last warning (``skip_warning``)."""
    meta = {
        "id": article.id, "path": article.path, "title": article.title,
        "url": article.url, "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from, "chars": len(article.text),
    }
    if article.format == "html":
        meta["text"] = article.text
    result = {
        "schema_version": SCHEMA_VERSION,
        "article": meta,
        "events": events,
        "dates": dates,
        "quantities": quantities,
        "warnings": warnings if skipped is None else [*warnings, skip_warning(skipped)],
        "model": model,
        "versions": versions(),
    }
    if skipped is not None:
        result["skipped"] = skipped
    return result


#: The keys of an output event, in output order (``why`` follows with ``--explain``).
EVENT_KEYS = (
    "type", "outcome", "civilian", "actor", "count", "location", "date", "source", "trigger",
    "sentence", "mentions", "planned", "released", "cumulative", "hedge", "reported_date",
    "is_total", "part_of",
)


#: The fields whose span may lie outside the event's sentence.
CONTEXT_FIELDS = ("actor", "location", "date", "source")


def event_record(event: dict, *, explain: bool = False) -> dict:
    """An assembled event as output: SPEC's keys in order, and ``why`` (the rule id of each
    decided field) only when ``explain``. A field whose span lies outside the event's sentence
    says so (``from_context: true``), so an analyst knows it was carried from where the article
    stated it; the date gets its precision. Fields are copied: an article pass may give one
    place or date record to several events."""
    from pipeline.text.dates import precision

    record = {key: event[key] for key in EVENT_KEYS}
    if record["date"] is not None:
        record["date"] = {**record["date"], "precision": precision(record["date"])}
    sentence = event["sentence"]
    for name in CONTEXT_FIELDS:
        field = record[name]
        if isinstance(field, dict) and isinstance(field.get("start"), int):
            inside = sentence["start"] <= field["start"] and field["end"] <= sentence["end"]
            record[name] = {**field, "from_context": not inside}
    if explain:
        record["why"] = dict(event.get("why", {}))
    return record


def rejected_records(body: str, rejected: list[dict]) -> list[dict]:
    """The numbers that were not made events, in text order, one record per span: ``text``,
    ``start``, ``end`` and ``why`` (the rule that turned it down)."""
    seen: dict[tuple[int, int], dict] = {}
    for item in sorted(rejected, key=lambda r: (r["start"], r["end"])):
        key = (item["start"], item["end"])
        if key not in seen:
            seen[key] = {"text": body[item["start"]:item["end"]], "start": item["start"],
                         "end": item["end"], "why": item["why"]}
    return list(seen.values())


#: Columns of ``muster batch --format csv``: one row per event, spans as text/start/end
#: triples, list-valued actor countries joined with ";". Documented in the README.
CSV_COLUMNS = (
    "article_id", "article_path", "published", "event",
    "type", "outcome", "civilian",
    "actor_text", "actor_start", "actor_end", "actor_country", "actor_group",
    "count_text", "count_start", "count_end", "value", "low", "high", "approx", "unit",
    "location_text", "location_start", "location_end", "location_country",
    "location_place", "location_admin1", "location_admin2", "location_lat", "location_lon",
    "location_geonameid", "location_precision", "location_from_context",
    "date_text", "date_start", "date_end", "date_value", "date_start_date", "date_end_date",
    "date_precision", "date_from_context",
    "source_text", "source_start", "source_end",
    "trigger_text", "trigger_start", "trigger_end", "sentence_start", "sentence_end",
    "planned", "cumulative", "released", "hedge", "reported_date", "is_total", "part_of",
)


def event_rows(result: dict) -> list[dict]:
    """The events of one SPEC output object as flat CSV rows (see ``CSV_COLUMNS``)."""
    article = result.get("article", {})
    rows = []
    for index, event in enumerate(result.get("events", [])):
        row = {"article_id": article.get("id"), "article_path": article.get("path"),
               "published": article.get("published"), "event": index}
        for key in ("type", "outcome", "civilian", "planned", "cumulative", "released", "hedge",
                    "reported_date", "is_total", "part_of"):
            row[key] = event.get(key)
        for name in ("actor", "count", "location", "date", "source", "trigger"):
            span = event.get(name) or {}
            for part in ("text", "start", "end"):
                row[f"{name}_{part}"] = span.get(part)
        actor = event.get("actor") or {}
        country = actor.get("country")
        row["actor_country"] = ";".join(country) if isinstance(country, list) else country
        row["actor_group"] = actor.get("group")
        count = event.get("count") or {}
        for key in ("value", "low", "high", "approx", "unit"):
            row[key] = count.get(key)
        location = event.get("location") or {}
        for key in ("country", "place", "admin1", "admin2", "lat", "lon", "geonameid",
                    "precision", "from_context"):
            row[f"location_{key}"] = location.get(key)
        date = event.get("date") or {}
        for key in ("value", "start_date", "end_date", "precision", "from_context"):
            row[f"date_{key}"] = date.get(key)
        sentence = event.get("sentence") or {}
        row["sentence_start"], row["sentence_end"] = sentence.get("start"), sentence.get("end")
        rows.append({column: row.get(column) for column in CSV_COLUMNS})
    return rows
