"""Markup residue in converted web text, taken out before the model reads it.

Text stripped of its links and markup by a converter keeps the spaces the links stood between:
"Iraq  , where", "United Nations  peacekeeper s", "( AU )". The tagger reads "peacekeeper s" as
a noun and a stray letter, and the parser hangs a lone comma anywhere; the same sentence in
clean copy gives other events. ``tidy`` deletes those spaces (it only ever deletes
spaces and tabs, never a line break or a visible character) and returns, for every character it
keeps, where that character stood in the original; ``to_original`` moves every span read off the
tidied text back onto the original, so ``text[start:end] == span_text`` holds on what the user
gave (the span text then shows the residue: "peacekeeper s").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.schema import span_records

#: A plural "s" cut off a noun ("peacekeeper s", "UFO s"). The ends of nationality words cut
#: off the same way ("Israel i", "Japan ese") are left: joining them was measured on unread
#: set n and cost five right dates there for one place and two sources more.
_CUT_PLURAL = re.compile(r"\b[A-Za-z]{2,}(?P<gap>[ \t]+)s\b(?![-'’.])")
#: Spaces before closing punctuation ("Iraq  ,", "Kabul .") and after an opening bracket.
_BEFORE_CLOSING = re.compile(r"(?<=\S)(?P<gap>[ \t]+)(?=[,.;:!?)\]])")
_AFTER_OPENING = re.compile(r"(?<=[(\[])(?P<gap>[ \t]+)(?=\S)")
#: Runs of spaces between words are left as they are: collapsing them changed no event on any
#: gold set but moved one place's country on unread set m.


#: A page's section label or category title left before the first sentence with no stop
#: between them ("Iraq war  U.S. warplanes bombed ...", "Lebanon infobox  Two Belgian soldiers
#: were wounded"): up to five words without sentence punctuation, then two or more spaces and
#: a capital or a figure. Not "According to United States  President Bush": a label holds no
#: function word.
_LABEL = re.compile(r"^\s*(?P<label>(?:[^\s.!?:;,\"]+ ){0,4}[^\s.!?:;,\"]+)(?P<gap>[ \t]{2,})(?=[A-Z0-9])")


def tidy(text: str) -> tuple[str, list[int] | None]:
    """The text without markup residue, and the original offset of each kept character (with
    one more entry for the end); ``(text, None)`` when there is nothing to take out. A label
    before the first sentence is ended there (the first two spaces after it read as a full stop
    and a line break), so the sentence is read without it."""
    cut = bytearray(len(text))
    for pattern in (_CUT_PLURAL, _BEFORE_CLOSING, _AFTER_OPENING):
        for found in pattern.finditer(text):
            cut[found.start("gap") : found.end("gap")] = b"\x01" * (found.end("gap") - found.start("gap"))
    label = _LABEL.match(text)
    if label is not None and any(word.lower() in STOP_WORDS for word in label["label"].split()):
        label = None
    if label is not None:  # the label's gap becomes a full stop and a line break: kept whole
        cut[label.start("gap") : label.end("gap")] = bytes(label.end("gap") - label.start("gap"))
    if not any(cut) and label is None:
        return text, None
    origin = [i for i, gone in enumerate(cut) if not gone]
    chars = [text[i] for i in origin]
    if label is not None:
        at = origin.index(label.start("gap"))
        chars[at : at + 2] = ".\n"  # a full stop the parser splits at, in the gap's place
    origin.append(len(text))
    return "".join(chars), origin


def to_original(found: dict, origin: list[int], text: str) -> None:
    """Move every ``{"start", "end"}`` record read off the tidied text onto the original
    ``text``, in place, its ``text`` re-read from the original (each record once: a date may
    be shared by the ``dates`` list and an event)."""
    for record in span_records(found):
        start, end = record["start"], record["end"]
        record["start"] = origin[start]
        record["end"] = origin[end - 1] + 1 if end > start else origin[start]
        if isinstance(record.get("text"), str):
            record["text"] = text[record["start"] : record["end"]]
