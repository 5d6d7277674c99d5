"""An article's layout beyond its sentences: the items of its lists.

A round-up of incidents is often told as a list: one incident per bullet, under a lead-in that
says when or where ("Other attacks reported on Saturday include:"). Read as running prose, the
items ran into one sentence and each took the first item's place. ``list_items`` finds where
each item starts, so the sentence splitter can start a sentence there and the rules can read an
item's context from the list's lead-in rather than from the item before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resources import load_json


@lru_cache(maxsize=1)
def _inline_markers() -> tuple[str, ...]:
    """The markers that start an item anywhere in a line (a wiki's ":*", "<br>")."""
    return tuple(load_json("lexicon.json")["list_item_markers"]["inline"])


@lru_cache(maxsize=1)
def _item_marker() -> re.Pattern:
    """A list item's marker (``models/lexicon.json`` ``list_item_markers``): a bullet or an
    item number ("1.", "2)") opening a line before a space, or anywhere a wiki's inline bullet
    (":*") or an HTML line break left in an exported text; with the blanks after it."""
    markers = load_json("lexicon.json")["list_item_markers"]
    bullet = "|".join(re.escape(m) for m in markers["line_bullets"])
    inline = "|".join(re.escape(m) for m in sorted(_inline_markers(), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{bullet}|\d{{1,2}}[.)])[ \t]+(?=\S)"  # at a line's start
                      rf"|(?:{inline})[ \t]*(?=\S)",  # anywhere
                      re.IGNORECASE | re.MULTILINE)


def list_items(text: str) -> list[tuple[int, int]]:
    """(marker start, first word start) of each list item in ``text``, in order."""
    if "\n" not in text and not any(marker[0] in text for marker in _inline_markers()):
        return []  # one line and no inline marker's first sign: no list (most of a stream's text)
    found = []
    for match in _item_marker().finditer(text):
        blanks = len(match.group()) - len(match.group().lstrip())
        found.append((match.start() + blanks, match.end()))
    return found
