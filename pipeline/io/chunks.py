"""Split an over-long text into pieces the spaCy model can take, keeping exact offsets.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters), its parser's memory grows
with the length of a Doc (about 330 MB more at 100,000 characters, measured), and so does the
time of every stage that walks the whole Doc per entity. So a long
article is read in pieces of at most ``max_chars`` characters, one Doc at a time, and every
span found in a piece is shifted back by the piece's start. The pieces are plain slices of the
original text that together cover it exactly: nothing is dropped, added or normalized.

A piece ends at the last paragraph break inside the window, else the last line break, else the
last sentence end (``. ``, ``? ``, ``! ``), else the last whitespace, else (one unbroken token
longer than the limit) at the limit itself. A break is only taken in the second half of the
window, so pieces never shrink to slivers.
"""

from __future__ import annotations

from collections.abc import Iterator

#: Longest piece of text given to spaCy at once: the CLI's ``--max-chars`` default. Pieces are
#: kept this small because the event and date stages still read ``doc.text`` per entity,
#: which rebuilds the whole text each time: their cost grows with the square of the piece
#: (measured on one 100,000-character piece: 7 s of spaCy, 165 s of events; in 20,000-
#: character pieces the same text takes 16 s in all). Nearly all news articles are shorter,
#: so they are still read whole.
DEFAULT_MAX_CHARS = 20_000
#: Smallest limit accepted: smaller pieces would cut most sentences in two.
MIN_MAX_CHARS = 200

_PARAGRAPH = ("\n\n", "\n\r\n")
_LINE = ("\n",)
_SENTENCE = (". ", "? ", "! ", ".\u201d ", '." ', "\u3002")
_SPACE = (" ", "\t", "\r", "\u00a0", "\u3000", "\u2028", "\u2029")


def chunk_bounds(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces covering ``text``, each at most ``max_chars`` long.

    Raises:
        ValueError: ``max_chars`` is below 1.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    start, length = 0, len(text)
    while length - start > max_chars:
        end = _cut(text, start, start + max_chars)
        yield start, end
        start = end
    if start < length or length == 0:
        yield start, length


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at ``start`` should end: just after the best break before
    ``limit``, searched only in the window's second half."""
    floor = start + (limit - start) // 2
    for marks in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
        best = -1
        for mark in marks:
            at = text.rfind(mark, floor, limit)
            if at >= 0:
                best = max(best, at + len(mark))
        if best > floor:
            return best
    return limit
