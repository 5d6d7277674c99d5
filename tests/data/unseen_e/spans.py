"""Span helpers shared by build.py and validate.py."""

ABBREV = {"U.N.", "U.S.", "Mr.", "Ms.", "Mrs.", "Gen.", "Maj.", "Col.", "Lt.", "Sgt.", "Capt.", "Brig.",
          "Oct.", "Sept.", "Sep.", "Aug.", "Jan.", "Feb.", "Dec.", "Nov.", "Abn.", "Div.", "a.m.", "p.m.", "St.", "Ore.", "N.C.", "Sen."}


def sentences(text):
    """Split into sentence spans: at . ! ? (plus closing quotes) followed by whitespace, unless the token
    is a known abbreviation; always at line breaks."""
    spans = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            if text[start:i].strip():
                spans.append(_trim(text, start, i))
            start = i + 1
            i += 1
            continue
        if ch in ".!?":
            j = i + 1
            while j < n and text[j] in "\"\u201d')":
                j += 1
            if j >= n or text[j] in " \n":
                tok = text[start:i + 1].split()[-1] if text[start:i + 1].split() else ""
                if tok not in ABBREV:
                    spans.append(_trim(text, start, j))
                    start = j
                    i = j
                    continue
        i += 1
    if text[start:].strip():
        spans.append(_trim(text, start, n))
    return spans


def _trim(text, s, e):
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n":
        e -= 1
    return [s, e]


def find(text, surface, anchor=None, within=None):
    """Span of `surface`; `anchor` is a unique string of the text containing it (default: surface itself,
    which must then be unique, or unique inside `within`)."""
    if anchor is None:
        anchor = surface
    lo, hi = within if within else (0, len(text))
    region = text[lo:hi]
    k = region.find(anchor)
    if k < 0:
        raise ValueError(f"anchor not found: {anchor!r}")
    if region.find(anchor, k + 1) >= 0:
        raise ValueError(f"anchor not unique: {anchor!r}")
    a = lo + k
    m = anchor.find(surface)
    if m < 0:
        raise ValueError(f"surface {surface!r} not in anchor {anchor!r}")
    if anchor.find(surface, m + 1) >= 0:
        raise ValueError(f"surface {surface!r} twice in anchor {anchor!r}")
    return [a + m, a + m + len(surface)]
