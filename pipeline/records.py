"""Output records: the one place that knows the shape of Muster's JSON (see SPEC.md).

Records are plain frozen dataclasses turned into plain dicts at the edge, so they cross
process boundaries and ``json.dumps`` without custom encoders.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = "1"


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


def check_spans(body: str, obj) -> None:
    """Walk an output object and assert the span invariant on every ``{text,start,end}`` dict.

    Called by the API before returning, so a broken offset is a loud bug, never silent output.
    """
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            if body[obj["start"] : obj["end"]] != obj["text"]:
                raise SpanMismatch(
                    f"span {obj['start']}:{obj['end']} is {body[obj['start']:obj['end']]!r}, "
                    f"not {obj['text']!r}"
                )
        for value in obj.values():
            check_spans(body, value)
    elif isinstance(obj, list):
        for value in obj:
            check_spans(body, value)
