"""Every custom attribute Muster's spaCy components read or write, declared in one place.

Normalized values are plain dicts on the Doc (``doc._.muster_values[group]``, aligned with
``doc.spans[group]``), never on ``Span._``: spaCy keys ``Span._`` values by character offsets
only, so two spans over the same characters would share them (STYLE.md). Plain dicts also
cross process boundaries.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Span groups: counts of people, quantities with units, date expressions (what events are
#: dated with), and the article's ``dates`` list (those dates, durations, sets, "now").
COUNTS = "muster_counts"
QUANTITIES = "muster_quantities"
DATES = "muster_dates"
TIMEXES = "muster_timexes"

_DOC_EXTENSIONS = {
    # set by the caller before the pipeline runs
    "muster_published": None,  # the publication date (date or "YYYY-MM-DD") relative dates use
    "muster_explain": False,  # also write each event's ``why`` and the article's ``rejected``
    # written by the components
    "muster_values": None,  # {group: [dict, ...]} aligned with doc.spans[group]
    "muster_warnings": None,  # what a stage wants the reader told (list of str)
    "muster": None,  # {"events", "dates", "quantities", "warnings"} as pipeline.extract gives them
}


def declare() -> None:
    """Register Muster's Doc extensions (idempotent)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def values(doc: Doc, group: str) -> list[dict]:
    """The normalized values of a span group (empty when the stage has not run)."""
    found = doc._.muster_values or {}
    return found.get(group, [])


def set_group(doc: Doc, group: str, spans: list, found: list[dict]) -> None:
    """Write a span group and its aligned values."""
    doc.spans[group] = spans
    store = dict(doc._.muster_values or {})
    store[group] = found
    doc._.muster_values = store


def warn(doc: Doc, message: str) -> None:
    """Add a warning for the article's output (``doc._.muster["warnings"]``)."""
    doc._.muster_warnings = [*(doc._.muster_warnings or []), message]
