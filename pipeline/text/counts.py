"""The count grammar: find and value every count expression in a sentence, with offsets.

A count is a figure ("3,500", "twelve", "a dozen", "1.5 million", "10k"), optionally hedged
("more than 1,500", "nearly 30", "another 40", "two more"), a range ("between 200 and 300",
"four to five thousand", "200-300") or a vague magnitude ("dozens", "tens of thousands").
Bounds follow SPEC.md and section 4 of the devset GUIDELINES; the number words, vague
magnitudes, qualifiers and ordinals are data in ``models/magnitudes.json``.

Why our own grammar rather than quantulum3: on news text quantulum3 reads years as counts,
"10k" as kibibytes, "a third" as 0.333 and "February 23-26" as 24.5, misses "one soldier",
"dozens of soldiers" and "tens of thousands of troops", and its first call costs seconds. Here a
regex tokenizer feeds a small left-to-right grammar: about as cheap as the tokenizing itself,
so it can run on every sentence. Spelled-out numerals of any length ("twenty-three thousand
five hundred and six") are valued from the word table, so quantulum3 is not needed at all.

This module finds and values count *phrases* only. Whether the counted noun is a person is the
caller's decision (``events.py`` reads the dependency parse); the grammar only rejects what is
never a head count: years, ordinals, percentages, ages, money, clock times, phone numbers, day
numbers in dates, measurements and unit designations ("Brigade 4").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple, Optional

from pipeline.resources import load_json
from pipeline.text import calendar_names

__all__ = ["CountMatch", "scan_counts", "parse_count", "unreadable_figures"]


@dataclass(frozen=True)
class CountMatch:
    """One count phrase; offsets index the string given to :func:`scan_counts`.

    Attributes:
        start: Start of the whole phrase, qualifier included ("more than 1,500").
        end: End of the whole phrase (exclusive).
        number_start: Start of the numeral alone ("1,500"); the whole phrase for a vague
            magnitude, "200 to 300" for a range.
        number_end: End of the numeral alone (exclusive).
        value: The figure; None for ranges and vague magnitudes.
        low: Lower bound: the figure when exact or a floor ("at least"), the convention of
            ``magnitudes.json`` for a vague magnitude, None when unbounded.
        high: Upper bound: the figure when exact or a ceiling ("up to"), else None.
        approx: The qualifier as written, lower-cased ("about", "more than", "dozens",
            "between"); None for a plain figure and for "another 40" / "two more", which
            mean *additional*, not a bound.
        kind: "number", "range", "vague" or "article" (a/an/another + noun, value 1).
    """

    start: int
    end: int
    number_start: int
    number_end: int
    value: Optional[int]
    low: Optional[int]
    high: Optional[int]
    approx: Optional[str]
    kind: str


# --- tables (built once at import) -----------------------------------------------------------

_MAG = load_json("magnitudes.json")


def plural_forms(lemma: str) -> set[str]:
    """A lemma and its regular plurals ("troop" -> "troops", "casualty" -> "casualties")."""
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    if lemma.endswith("man"):
        forms.add(lemma[:-3] + "men")
    return forms


#: The word forms of every person noun of the lexicon (read by ``text.quantities`` too);
#: entries may be multi-word ("aid worker"): the head noun is the last word.
PERSON_NOUN_FORMS = frozenset(
    form
    for lemmas in load_json("lexicon.json")["person_nouns"].values()
    for lemma in lemmas
    for form in plural_forms(lemma.split()[-1].lower())
)

# word -> (kind, value); kind orders the spelled-out grammar (see _can_follow).
_NUMBER_WORDS: dict[str, tuple[str, int]] = {
    **{w: ("unit", v) for w, v in _MAG["units"].items()},
    **{w: ("teen", v) for w, v in _MAG["teens"].items()},
    **{w: ("ten", v) for w, v in _MAG["tens"].items()},
    **{w: ("scale", v) for w, v in _MAG["scales"].items()},
    "hundred": ("hundred", _MAG["hundred"]),
    "dozen": ("dozen", _MAG["dozen"]),
}
# Words that multiply a preceding figure: "3 million", "2.5 thousand", "two dozen".
_MULTIPLIERS = {w: v for w, (k, v) in _NUMBER_WORDS.items() if k in ("scale", "hundred", "dozen")}
_VAGUE = {tuple(phrase.split()): entry for phrase, entry in _MAG["vague"].items()}
_QUALIFIERS = {tuple(phrase.split()): bound for phrase, bound in _MAG["qualifiers"].items()}
_ORDINALS = frozenset(_MAG["ordinals"]) | {w + "s" for w in _MAG["ordinals"]}


def is_qualifier(word: str) -> bool:
    """Whether one word qualifies a figure ("over", "around", "nearly"), as the parser may read
    it as a preposition ("wounded over 100")."""
    return (word.lower(),) in _QUALIFIERS


def stated_exactly(approx: str | None) -> bool:
    """Whether a count's qualifier leaves its figure as exact as a bare one ("all 64",
    "exactly 195", or none): the same claim as the bare figure."""
    return approx is None or _QUALIFIERS.get(tuple(approx.split())) == "exact"

_MONTHS = frozenset(calendar_names.MONTH_FORMS)
_CONTEXT = load_json("count_context.json")
# What a number next to these words is not (see models/count_context.json): a measure ("5 km",
# "20 hours", "10 percent"), a label ("aged 30", "No. 5"; capitalized unit designators
# "Brigade 4"), a year after a temporal word ("in 2023"); "over" after these verbs is a particle
# ("handed over 300 prisoners"); function words end the search for the counted noun.
_UNIT_WORDS = frozenset(_CONTEXT["unit_words"])
_LABEL_WORDS = frozenset(_CONTEXT["label_words"])
_UNIT_DESIGNATORS = frozenset(_CONTEXT["unit_designators"])
_TEMPORAL = frozenset(_CONTEXT["temporal_words"])
_OVER_VERBS = frozenset(_CONTEXT["over_verbs"])
_SOURCE_NOUNS = frozenset(_CONTEXT["source_nouns"])
_FUNCTION = frozenset(_CONTEXT["function_words"])
# After "a"/"an"/"another": words that do not start a counted noun phrase ("a lot", "a third").
_NOT_NOUN_AFTER_ARTICLE = (
    _FUNCTION | _UNIT_WORDS | _ORDINALS | _NUMBER_WORDS.keys()
    | {w for phrase in _VAGUE for w in phrase}
    | frozenset(_CONTEXT["not_nouns_after_article"])
)
# Everything a count phrase can start with, to skip other tokens at once.
_STARTERS = (
    _NUMBER_WORDS.keys() | {p[0] for p in _QUALIFIERS} | {p[0] for p in _VAGUE}
    | {"a", "an", "another", "half"}
)

_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
_CURRENCY = frozenset("$\u00a3\u20ac\u00a5\u20b9\u20bd\u20b4#")
#: Characters that show nothing (zero-width spaces and joiners, soft hyphen, BOM, direction
#: marks and embeddings, combining marks): inside a figure they hide what it is ("15\u200b00"
#: reads as 1500 on screen and as 15 and 00 to a tokenizer), so such a figure is refused.
_INVISIBLE = ("\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
              "\u2066-\u2069\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
              "\ufe00-\ufe0f\ufe20-\ufe2f")
#: Thousands separators read inside a figure besides the comma: the SI's thin and no-break
#: spaces, the figure space and the apostrophes ("3\u202f500", "3'500"). A plain space is
#: read between digit groups too ("3 500"), but only as digit groups (see _join_spaced).
_GROUP_SEPARATORS = "\u00a0\u2007\u2009\u202f'\u2019"
_TOKEN = re.compile(rf"\d+(?:(?:[.,:/{_GROUP_SEPARATORS}]|[{_INVISIBLE}]+)\d+)*"
                    rf"|[^\W\d_]+\d[^\W_]*"  # a name with digits ("M23", "G5"): one word, no figure
                    rf"|[^\W\d_]+|\S")
_INVISIBLE_RE = re.compile(rf"[{_INVISIBLE}]")
#: Direction overrides and embeddings open until their closing mark: a figure inside one is
#: shown reversed or reordered ("\u202e1500" looks like 0051), so it is refused.
_BIDI_OPEN = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")
_BIDI_CLOSE = {"\u202c": "\u202a\u202b\u202d\u202e", "\u2069": "\u2066\u2067\u2068"}
#: The largest count of people read: more than the world's population is a mistake or an
#: attack on the reader, not a figure to chart.
MAX_COUNT = 10_000_000_000
_NUMERAL = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_CLOCK = re.compile(r"\s*[ap]\.?m\b", re.IGNORECASE)


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


class _Core(NamedTuple):
    """One numeral: tokens [first, stop), its value and how it was built."""

    first: int
    stop: int
    value: Decimal
    head: Decimal  # the figure before trailing multipliers: 5 in "five thousand"
    mult: int  # product of trailing multipliers ("thousand"), 1 when none
    digits: bool
    year: bool  # four digits 1000-2100 without comma or scale: a year unless people follow


class _Phrase(NamedTuple):
    """A numeral or a range of two, tokens [first, stop)."""

    first: int
    stop: int
    value: Optional[int]
    low: Optional[int]
    high: Optional[int]
    cores: tuple


class _Skip(NamedTuple):
    """A rejected numeral (a date, a phone number...): resume scanning at token ``stop``."""

    stop: int


# --- public API ---------------------------------------------------------------------------------


#: A link, a bare domain with a path, or an e-mail address: digits inside are ids, not counts
#: ("www.example.org/15366510", "soldier123@example.com").
_LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
                   r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|mil|int|edu|info|io|co|uk|ru|ua)/\S*",
                   re.IGNORECASE)


def scan_counts(text: str, *, articles: bool = False) -> list[CountMatch]:
    """Every count expression in ``text``, left to right and non-overlapping.

    Args:
        text: Usually one sentence; offsets in the result index it.
        articles: Also return "a"/"an" before a plausible noun as a count of one. Off by
            default because nearly every sentence has one; the event assembler turns it on and
            keeps those whose noun is a person ("a soldier was killed").

    Returns:
        The matches in text order. Never raises on a string.

    Raises:
        TypeError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"scan_counts() needs a str, not {type(text).__name__}")
    toks = _tokens(text)
    links = [m.span() for m in _LINK.finditer(text)] if ("/" in text or "@" in text or "www" in text) else []
    found: list[CountMatch] = []
    i = 0
    while i < len(toks):
        if toks[i].low in _STARTERS or _is_num(toks[i]):
            match, resume = _match_at(text, toks, i, articles)
            if match is not None and not any(s <= match.number_start < e for s, e in links) \
                    and not (found and _restated_in_digits(text, found[-1], match)):
                found.append(match)  # not a figure inside a link or an address
            i = max(resume, i + 1)
        else:
            i += 1
    return found


def _restated_in_digits(text: str, before: CountMatch, match: CountMatch) -> bool:
    """"one (1) terrorist", "twelve (12) soldiers": the figure in brackets repeats the words
    before it (a style of military and legal writing); it is not a second count."""
    return (match.value is not None and match.value == before.value
            and text[before.end:match.start].strip() == "("
            and text[match.end:match.end + 1] == ")")


def parse_count(text: str) -> Optional[dict]:
    """Value one count expression, as SPEC.md's ``pipeline.parse_count``.

    The first count in ``text`` is read (an article "a"/"an" counts as one), and the unit is the
    noun after it: a person noun if one is near ("1,500 North Korean soldiers" -> "soldiers"),
    else the first content word, else None.

    Returns:
        ``{"value", "low", "high", "approx", "unit"}``, or None when ``text`` holds no count
        ("2023", "10%", "third", "").

    Raises:
        TypeError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_count() needs a str, not {type(text).__name__}")
    matches = scan_counts(text, articles=True)
    if not matches:
        return None
    match = matches[0]
    return {"value": match.value, "low": match.low, "high": match.high,
            "approx": match.approx, "unit": _unit_after(text, match.end)}


# --- tokens ------------------------------------------------------------------------------------

#: What a refused figure's token reads as: still a number to the grammar (so nothing nearby is
#: taken for a count), never a valid numeral (so the grammar skips it).
_REFUSED = "0?"
_GROUPED = {sep: re.compile(rf"[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+(?:\.[0-9]+)?")
            for sep in ",." + _GROUP_SEPARATORS}


def unreadable_figures(text: str) -> list[tuple[int, int]]:
    """The spans of figures the grammar refuses to read (a hidden character inside, digits of
    two scripts, separators it cannot read for sure, an open direction override): never read
    as counts, so the caller says so in a warning and no number is dropped silently."""
    if text.isascii():
        return []  # every refusal needs a character outside ASCII
    return [(tok.start, tok.end) for tok in _tokens(text) if tok.text == _REFUSED]


def _tokens(text: str) -> list[_Tok]:
    """The grammar's tokens. A figure's ``text`` is its plain form: ASCII digits, a comma
    between thousands ("３５００" -> "3500", "3\u202f500" -> "3,500"), while ``start``/``end``
    keep its place in ``text``; a figure that cannot be read for sure is ``_REFUSED``."""
    bidi = _bidi_spans(text) if any(c in text for c in _BIDI_OPEN) else ()
    toks = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if raw[0].isdecimal():
            plain = _plain_numeral(raw, text, m.end())
            if any(start <= m.start() < end for start, end in bidi):
                plain = _REFUSED
            toks.append(_Tok(m.start(), m.end(), plain, plain))
        else:
            toks.append(_Tok(m.start(), m.end(), raw, raw.lower()))
    return _join_spaced(text, toks) if " " in text else toks


def _plain_numeral(raw: str, text: str, end: int) -> str:
    """A figure as ASCII digits with comma thousands, or ``_REFUSED`` (see :func:`_tokens`)."""
    if _INVISIBLE_RE.search(raw):
        return _REFUSED  # "15\u200b00": one figure on screen, two to a tokenizer
    if not raw.isascii():
        zeros = {ord(c) - unicodedata.decimal(c) for c in raw if c.isdecimal()}
        if len(zeros) > 1:
            return _REFUSED  # digits of two scripts in one figure
        raw = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in raw)
    seps = {c for c in raw if not c.isdigit()} - {"."}
    if not seps or seps <= {",", ":", "/"}:
        if seps or raw.count(".") == 0 or not _GROUPED["."].fullmatch(raw):
            return raw  # "3,500", "10:30", "2.5": read as always
        if raw.count(".") == 1 and _multiplier_follows(text, end):
            return raw  # "1.500 million" is a decimal
        return raw.replace(".", ",")  # "3.500", "1.500.000": thousands, in a decimal-comma text
    if len(seps) == 1:
        sep = seps.pop()
        if sep in _GROUP_SEPARATORS and _GROUPED[sep].fullmatch(raw):
            return raw.replace(sep, ",")
    return _REFUSED  # "3\u00a050", mixed separators: not one figure we can read for sure


def _abbreviation(word: str) -> bool:
    """Whether a word is written as an abbreviation ("US", "UK", "UN"), not the function word
    of the same letters ("us")."""
    return len(word) > 1 and word.isupper()


def _multiplier_follows(text: str, end: int) -> bool:
    word = re.match(r"\s*([^\W\d_]+)", text[end:end + 24])
    return word is not None and (word.group(1).lower() in _MULTIPLIERS
                                 or (word.group(1) in ("k", "K") and word.start(1) == 0))


def _join_spaced(text: str, toks: list[_Tok]) -> list[_Tok]:
    """Digit groups separated by one plain space read as one figure ("3 500", "1 200 000"),
    as SI style writes them: a first group of one to three digits, then groups of exactly
    three. Not after a month ("May 5 300 soldiers" is a day, then a count)."""
    out: list[_Tok] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        k = i
        if (tok.text.isdigit() and len(tok.text) <= 3 and text[tok.start:tok.end].isascii()
                and not (out and (out[-1].low in _MONTHS or _is_num(out[-1])))):
            while (k + 1 < n and toks[k + 1].start == toks[k].end + 1
                   and text[toks[k].end] == " " and len(toks[k + 1].text) == 3
                   and toks[k + 1].text.isdigit()
                   and text[toks[k + 1].start:toks[k + 1].end].isascii()):
                k += 1
            if k > i and k + 1 < n and _is_num(toks[k + 1]) and toks[k + 1].start == toks[k].end + 1:
                k = i  # "3 500 12": not digit groups
        if k > i:
            plain = ",".join(t.text for t in toks[i:k + 1])
            out.append(_Tok(tok.start, toks[k].end, plain, plain))
        else:
            out.append(tok)
        i = k + 1
    return out


def _bidi_spans(text: str) -> list[tuple[int, int]]:
    """Where a direction override, embedding or isolate is open: ``(start, end)`` each."""
    spans, stack = [], []
    for at, char in enumerate(text):
        if char in _BIDI_OPEN:
            stack.append((at, char))
        elif char in _BIDI_CLOSE and stack and stack[-1][1] in _BIDI_CLOSE[char]:
            spans.append((stack.pop()[0], at))
    spans.extend((at, len(text)) for at, _ in stack)
    return spans


# --- the grammar --------------------------------------------------------------------------------


def _match_at(text: str, toks: list[_Tok], i: int, articles: bool):
    """The count starting at token i, as (match or None, token index to resume at)."""
    qualifier = _qualifier_at(toks, i)
    if qualifier is not None:
        bound, q_stop = qualifier
        phrase = _number_phrase(toks, q_stop, between=bound == "between")
        if isinstance(phrase, _Skip):
            found = None, phrase.stop
        elif phrase is not None:
            label = text[toks[i].start:toks[q_stop - 1].end].lower()
            found = _finish(text, toks, i, phrase, bound, label)
        else:
            found = None
        # a rejected figure after "another" leaves the article: "another 13th COSCOM soldier"
        if found is not None and (found[0] is not None or toks[i].low != "another"):
            return found

    vague = _vague_at(toks, i)
    if vague is not None:
        entry, stop = vague
        after = stop + 1 if stop < len(toks) and toks[stop].low == "of" else stop
        if after < len(toks) and toks[after].low in _UNIT_WORDS:
            return None, stop  # "several days", "hundreds of miles", "thousands of dollars"
        start, end = toks[i].start, toks[stop - 1].end
        return CountMatch(start, end, start, end, None, entry["low"], entry.get("high"),
                          text[start:end].lower(), "vague"), stop

    phrase = _number_phrase(toks, i)
    if isinstance(phrase, _Skip):
        return None, phrase.stop
    if phrase is not None:
        return _finish(text, toks, i, phrase, None, None)

    tok = toks[i]
    if tok.low == "another" or (articles and tok.text in ("a", "A", "an", "An", "AN")):
        if _starts_noun_phrase(toks, i):
            return CountMatch(tok.start, tok.end, tok.start, tok.end, 1, 1, 1, None,
                              "article"), i + 1
    return None, i + 1


def _finish(text, toks, first, phrase: _Phrase, bound, label):
    """Apply trailing words and context checks to a numeral phrase; build the match."""
    n = len(toks)
    stop = phrase.stop
    is_range = phrase.value is None
    if bound is None and not is_range and stop < n:
        # "two more" (additional: no hedge), "300 or so", "300-odd", "300-plus"
        nxt = toks[stop].low
        if nxt == "more" and not (stop + 1 < n and toks[stop + 1].low == "than"):
            bound, stop = "additional", stop + 1
        elif nxt == "or" and stop + 1 < n and toks[stop + 1].low == "so":
            bound, label, stop = "approx", "or so", stop + 2
        elif (toks[stop].text in _DASHES and stop + 1 < n and _joined(toks, stop)
              and toks[stop + 1].low in ("odd", "plus")):
            label = toks[stop + 1].low
            bound, stop = ("approx" if label == "odd" else "min"), stop + 2
    if _rejected(text, toks, first, phrase, stop):
        return None, stop
    value, low, high = phrase.value, phrase.low, phrase.high
    if max(x for x in (value, low, high, 0) if x is not None) > MAX_COUNT:
        return None, stop  # "10 billion soldiers": more people than there are

    if not is_range:
        if bound == "min":
            low, high = value, None
        elif bound == "max":
            low, high = None, value
        elif bound == "approx":
            low = high = None
    approx = None if bound == "additional" else label
    match = CountMatch(toks[first].start, toks[stop - 1].end, toks[phrase.first].start,
                       toks[phrase.stop - 1].end, value, low, high, approx,
                       "range" if is_range else "number")
    return match, stop


def _qualifier_at(toks, i):
    """The longest qualifier starting at token i, as (bound, stop), or None."""
    for size in (3, 2, 1):
        words = tuple(t.low for t in toks[i:i + size])
        if len(words) == size and words in _QUALIFIERS and _spaced(toks, i, size):
            if words == ("over",) and i > 0 and toks[i - 1].low in _OVER_VERBS:
                return None  # "handed over 300 prisoners"
            return _QUALIFIERS[words], i + size
    return None


def _vague_at(toks, i):
    """The longest vague magnitude starting at token i, as (entry, stop), or None."""
    for size in (4, 3, 2, 1):
        words = tuple(t.low for t in toks[i:i + size])
        entry = _VAGUE.get(words) if len(words) == size else None
        if entry is not None and _spaced(toks, i, size):
            if entry.get("needs_of") and not (i + size < len(toks)
                                              and toks[i + size].low == "of"):
                return None  # "scores" the verb or the noun, not "scores of people"
            return entry, i + size
    return None


def _number_phrase(toks, j, *, between: bool = False):
    """A numeral or range at token j: a _Phrase, a _Skip when it is rejected, or None."""
    left = _core(toks, j)
    if left is None or isinstance(left, _Skip):
        return left
    n, k = len(toks), left.stop
    if (left.digits and left.mult == 1 and k + 1 < n and toks[k].text in _DASHES
            and _joined(toks, k) and _is_num(toks[k + 1])):
        # "200-300"; but "555-1234", "2024-02-23", "1939-45" and "3-1" are not ranges
        right = _core(toks, k + 1)
        chain_end = k + 2
        while chain_end < n and _joined(toks, chain_end - 1) and (
                toks[chain_end].text in _DASHES or toks[chain_end].text[0].isalnum()):
            chain_end += 1
        if (isinstance(right, _Skip) or right is None or chain_end > right.stop
                or (len(toks[j].text) == 3 and len(toks[k + 1].text) == 4)):
            return _Skip(chain_end)
        low = _scaled_low(left, right)
        if low is None:
            return _Skip(chain_end)
        return _Phrase(j, right.stop, None, low, int(right.value), (left, right))
    joiner = toks[k].low if k < n else None
    if between:
        ranged = joiner == "and"  # "between 200 and 300"; "200 and 300" alone is two figures
    elif joiner == "to":
        # "rose from 200 to 300": a change; "fire from five to seven militants": a range
        ranged = not (j > 0 and toks[j - 1].low == "from" and not (j > 1 and toks[j - 2].low in _SOURCE_NOUNS))
    else:
        ranged = joiner == "or" or (joiner in _DASHES and not _joined(toks, k))  # "5 – 10"
    if ranged:
        right = _core(toks, k + 1)
        low = _scaled_low(left, right) if isinstance(right, _Core) else None
        if low is not None:
            return _Phrase(j, right.stop, None, low, int(right.value), (left, right))
    if between:
        return None
    if left.value != left.value.to_integral_value():
        return _Skip(left.stop)  # "3.5" with no scale is not a head count
    value = int(left.value)
    return _Phrase(j, left.stop, value, value, value, (left,))


def _scaled_low(left: _Core, right: _Core) -> Optional[int]:
    """The low end of a range, scaled like the high end ("four to five thousand" -> 4000).

    None when the two figures do not make a range (the low end is not below the high end).
    """
    low = left.value
    if left.mult == 1 and right.mult > 1 and low * right.mult < right.value:
        low = low * right.mult
    if (low != low.to_integral_value() or right.value != right.value.to_integral_value()
            or low >= right.value):
        return None
    return int(low)


def _core(toks, j):
    """A single numeral at token j (digits or words): a _Core, a _Skip, or None."""
    if j >= len(toks):
        return None
    if _is_num(toks[j]):
        return _digit_core(toks, j)
    return _word_core(toks, j)


def _digit_core(toks, j):
    """A numeral in digits, with an optional scale: "3,500", "1.5 million", "10k", "16-thousand"."""
    tok, n = toks[j], len(toks)
    if not _NUMERAL.fullmatch(tok.text):
        return _Skip(j + 1)  # "10:30", "2/23/2024", "1,50", "1.2.3"
    digits = tok.text.replace(",", "")
    whole = digits.split(".")[0]
    if len(whole) > 15 or (len(whole) > 1 and whole[0] == "0"):
        return _Skip(j + 1)  # "0300" hours, serial numbers
    value, mult, k = Decimal(digits), 1, j + 1
    if k < n and toks[k].text in ("k", "K") and toks[k].start == tok.end:
        mult, k = 1000, k + 1
    else:
        while (k < n and toks[k].low in _MULTIPLIERS and toks[k].start > toks[k - 1].end
               and _MULTIPLIERS[toks[k].low] > mult):
            mult, k = mult * _MULTIPLIERS[toks[k].low], k + 1
        if (mult == 1 and k + 1 < n and toks[k].text in _DASHES and _joined(toks, k)
                and toks[k + 1].low in _MULTIPLIERS):
            mult, k = _MULTIPLIERS[toks[k + 1].low], k + 2  # "a 16-thousand-member force"
    year = mult == 1 and len(tok.text) == 4 and 1000 <= value <= 2100
    return _Core(j, k, value * mult, value, mult, True, year)


def _word_core(toks, j):
    """A spelled-out numeral: "twelve", "a dozen", "half a dozen", "one hundred and twenty"."""
    n, low = len(toks), toks[j].low
    if low == "half" and [t.low for t in toks[j + 1:j + 3]] == ["a", "dozen"]:
        half = Decimal(_MAG["dozen"] // 2)
        return _Core(j, j + 3, half, half, 1, False, False)
    if low == "a" and [t.low for t in toks[j + 1:j + 3]] == ["couple", "of"]:
        return _Core(j, j + 2, Decimal(2), Decimal(2), 1, False, False)
    items: list[tuple[str, int]] = []
    k = j
    if low in ("a", "an") and j + 1 < n and toks[j + 1].low in _MULTIPLIERS:
        items, k = [("unit", 1)], j + 1  # "a hundred", "a dozen"
    elif low in _MULTIPLIERS and j > 0 and toks[j - 1].low in ("another", "further", "additional"):
        items = [("unit", 1)]  # "another dozen", "a further hundred": the article is the qualifier's
    while k < n:
        entry = _NUMBER_WORDS.get(toks[k].low)
        if entry is None or not _can_follow(items, entry):
            break
        items.append(entry)
        k += 1
        if k + 1 < n:  # "twenty-three", "seven-thousand", "one hundred and twenty"
            nxt = _NUMBER_WORDS.get(toks[k + 1].low)
            if nxt is not None and _can_follow(items, nxt):
                if toks[k].text in _DASHES and _joined(toks, k):
                    k += 1
                elif toks[k].low == "and" and entry[0] in ("hundred", "scale") and nxt[0] in (
                        "unit", "teen", "ten"):
                    k += 1
    if not items:
        return None
    total = current = 0
    for kind, v in items:
        if kind in ("unit", "teen", "ten"):
            current += v
        elif kind in ("hundred", "dozen"):
            current *= v
        else:
            total, current = total + current * v, 0
    value = total + current
    kinds = [kind for kind, _ in items]
    first_mult = next((x for x, kind in enumerate(kinds) if kind in ("hundred", "scale", "dozen")),
                      None)
    head, mult = value, 1
    if first_mult is not None and all(kind in ("hundred", "scale", "dozen")
                                      for kind in kinds[first_mult:]):
        head = sum(v for _, v in items[:first_mult])
        mult = value // head if head else 1
    return _Core(j, k, Decimal(value), Decimal(head), mult, False, False)


def _can_follow(items, entry) -> bool:
    """Whether a number word may extend the spelled-out numeral read so far."""
    kind, value = entry
    prev = items[-1][0] if items else None
    if items and items[-1] == ("unit", 0) or prev == "dozen":
        return False  # nothing follows "zero" or "two dozen"
    if kind == "unit":
        return prev in (None, "ten", "hundred", "scale") and not (value == 0 and items)
    if kind in ("teen", "ten"):
        return prev in (None, "hundred", "scale")
    if kind == "hundred":
        since_scale = [k for k, _ in items if k in ("hundred", "scale")][-1:]
        return prev in ("unit", "teen", "ten") and since_scale != ["hundred"]
    if kind == "dozen":
        return prev in ("unit", "teen", "ten") and all(k in ("unit", "teen", "ten")
                                                       for k, _ in items)
    scales = [v for k, v in items if k == "scale"]
    return prev in ("unit", "teen", "ten", "hundred") and all(value < v for v in scales)


# --- context: what a number next to these words is not -----------------------------------------


def _rejected(text, toks, first, phrase: _Phrase, stop) -> bool:
    """Whether the context shows the numeral is not a head count (see module docstring)."""
    n = len(toks)
    cores = phrase.cores
    num = toks[phrase.first]
    prev_tok = toks[phrase.first - 1] if phrase.first > 0 else None
    before = _word_before(toks, first)
    after = toks[stop] if stop < n else None
    biggest = max(c.value for c in cores)

    if cores[0].digits and prev_tok is not None:
        if prev_tok.end == num.start and (prev_tok.text[0].isalnum() or (
                prev_tok.text in _DASHES and phrase.first > 1
                and toks[phrase.first - 2].end == prev_tok.start
                and toks[phrase.first - 2].text[0].isalnum())):
            return True  # "A10", "F-16", "COVID-19"
        if prev_tok.text in _CURRENCY:
            return True  # "$5 million", "#3"
    if before is not None:
        if before.low in _MONTHS and before.text[0].isupper() and (
                biggest <= 31 or any(c.year for c in cores)):
            return True  # "February 23-26", "Oct. 5", "May 2023"
        if before.low in _LABEL_WORDS and (first == phrase.first or before.low in ("age", "aged", "ages")) and not (
                before.low == "number" and "," in toks[first].text):
            # "aged 30", "No. 5"; not "that number up to 2,500" (a qualifier between), nor "the
            # rebels number 4,000": no label is written with a thousands comma
            return True
        if before.text[0].isupper() and before.low not in _FUNCTION and (
                before.low in _UNIT_DESIGNATORS or not _people_follow(toks, stop)):
            return True  # "Brigade 4", "Resolution 2334", "World War Two"
        if len(cores) == 1 and phrase.value == 1 and not cores[0].digits and before.low in (
                "no", "any", "every", "each"):
            return True  # "no one"
    if any(c.year for c in cores) and (
            (before is not None and before.low in _TEMPORAL) or not _people_follow(toks, stop)):
        return True  # "in 2023", "2024"; but "2023 soldiers"
    if prev_tok is not None and prev_tok.end == num.start and (_is_power(prev_tok.text) or (
            prev_tok.text == "*" and phrase.first > 1 and toks[phrase.first - 2].text == "*")):
        return True  # "10^12", "10**12": the exponent
    if after is None:
        return False
    if after.start == toks[stop - 1].end and (_is_power(after.text) or (
            after.text == "*" and stop + 1 < n and toks[stop + 1].text == "*")):
        return True  # "10^12", "10\u00b9\u00b2": a power of ten, not a count
    if after.start == toks[stop - 1].end:
        if after.text[0].isalpha():
            return True  # "3rd", "3m", "1990s", "5km", "10pm"
        if after.text in ("'", "\u2019") and stop + 1 < n and toks[stop + 1].low == "s":
            return True  # "1990's"
        if after.text in _DASHES and stop + 1 < n and _joined(toks, stop) and toks[
                stop + 1].low not in ("strong", "man", "member", "person"):
            return True  # "12-year-old", "three-day", "two-thirds"; not "a 300-strong force"
    if after.text == ")" and prev_tok is not None and prev_tok.text == "(" and stop + 1 < n and (
            _is_num(toks[stop + 1])):
        return True  # "(703) 614-2487", an area code
    if after.text == "%" or after.low in _UNIT_WORDS or after.low in _ORDINALS:
        return True  # "10%", "10 per cent", "5 km", "two thirds"
    if after.low in _MONTHS and after.text[0].isupper() and biggest <= 31:
        return True  # "23 February"
    if after.low == "another" and phrase.value == 1:
        return True  # "one another"
    return bool(_CLOCK.match(text, toks[stop - 1].end))  # "10 a.m."


def _is_power(token: str) -> bool:
    return token in ("^", "**") or unicodedata.category(token[0]) == "No"


def _word_before(toks, i) -> Optional[_Tok]:
    """The word before token i, looking through an abbreviation dot ("Oct. 5", "No. 3") but
    not through a full stop ("in Kursk. 300 died")."""
    if i == 0:
        return None
    prev = toks[i - 1]
    if prev.text == "." and i > 1 and toks[i - 2].end == prev.start and (
            toks[i - 2].low in _MONTHS or toks[i - 2].low in _LABEL_WORDS):
        return toks[i - 2]
    return prev if prev.text[0].isalpha() else None


def _people_follow(toks, i, window: int = 3) -> bool:
    """Whether a person noun comes within a few words of token i ("1500 North Korean troops")."""
    for tok in toks[i:i + window]:
        if tok.low in ("other", "more", "additional", "extra"):
            continue  # "told VOA 10 other soldiers were wounded"
        if not tok.text[0].isalpha() or tok.low in _FUNCTION:
            return False
        if tok.low in PERSON_NOUN_FORMS:
            return True
    return False


#: Words after "another" that show it stands alone for one more person: a verb ("another was
#: hurt", "another died"), a preposition or a relative pronoun ("wounded another in the blast",
#: "detained another during the raid", "wounded another who fired"). The grammar then decides
#: whether it is an event ("It was another in a series" is not).
_AFTER_ANOTHER_ALONE = frozenset(_CONTEXT["after_another_alone"])


def _starts_noun_phrase(toks, i) -> bool:
    """Whether "a"/"an"/"another" at token i is followed by what may be a noun phrase."""
    tok = toks[i]
    if i > 0 and toks[i - 1].end == tok.start and (toks[i - 1].text[0].isalnum()
                                                  or toks[i - 1].text in "-'\u2019."):
        return False  # "U.S.A", "al-a"
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if (age_end := _age_compound_end(toks, i + 1)) is not None:
        # "a 52-year-old woman", "a nine-year-old boy": one person (GUIDELINES §2), when a
        # word follows the age for the grammar to find the noun in; "a 12-year-old" alone, no
        return age_end < len(toks) and toks[age_end].text[0].isalpha()
    if tok.low == "another" and (nxt.text in (".", ",", ";", ")") or nxt.low in _AFTER_ANOTHER_ALONE):
        before = _word_before(toks, i)
        return before is None or before.low != "one"  # "wounded another.", not "one another"
    if _is_num(nxt):  # only an ordinal: "another 13th COSCOM soldier", not "a 12-year-old"
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is None or after.start != nxt.end or after.low not in ("st", "nd", "rd", "th"):
            return False
    elif nxt.low in _ORDINALS and i + 2 < len(toks) and toks[i + 2].low in PERSON_NOUN_FORMS:
        return True  # "a fifth soldier died": one more person; not "a third deployment"
    elif nxt.start == tok.end or not nxt.text[0].isalpha() or (
            nxt.low in _NOT_NOUN_AFTER_ARTICLE and not _abbreviation(nxt.text)):
        return False  # not "a lot", "a third"; but "a US soldier" is no "us"
    before = _word_before(toks, i)
    if before is not None and before.low == "one":
        return False  # "one another"
    if tok.text == "A" and before is not None and before.text[0].isupper() and (
            before.low not in _FUNCTION):
        return False  # "Plan A", "Company A"
    return True


def _unit_after(text: str, end: int) -> Optional[str]:
    """The noun counted by the phrase ending at ``end``: a person noun if near, else the first
    content word ("1,500 North Korean soldiers" -> "soldiers", "five tanks" -> "tanks")."""
    words = []
    for m in _TOKEN.finditer(text, end):
        word, low = m.group(), m.group().lower()
        if word[0].isdecimal():
            break
        if low in ("of", "the", "these", "those", "its", "their", "his", "her", "our", "strong"):
            if not words:
                continue
            break
        if word in _DASHES or word in ("'", "\u2019"):
            continue  # "pro-Russian fighters"
        if not word[0].isalpha() or (low in _FUNCTION and not _abbreviation(word)) or len(words) == 4:
            break
        if low in PERSON_NOUN_FORMS:
            return word
        words.append(word)
    return words[0] if words else None


def _spaced(toks, i, size) -> bool:
    """Whether tokens i..i+size are separate words (not "at-least" or a run of letters)."""
    return all(toks[x].end < toks[x + 1].start for x in range(i, i + size - 1))


#: "52-year-old", "nine-month-old": a number joined to one of these and "old" is an age.
_AGE_UNITS = frozenset(_CONTEXT["age_units"])


def _age_compound_end(toks, j) -> Optional[int]:
    """The token index after an age starting at token j, or None: a number, an age unit and
    "old", written as one hyphenated word ("52-year-old", "nine-year-old", "two-month-old")
    or with a space for either hyphen or both, as reports also spell it ("a 66-year old
    nun", "a 71 year old priest")."""
    if not (_is_num(toks[j]) or toks[j].low in _NUMBER_WORDS):
        return None
    k = j + 1
    for expected in ("unit", "old"):
        if k < len(toks) and toks[k].text in _DASHES and _joined(toks, k):
            k += 1  # a hyphen joins the two words; otherwise a space parts them
        elif k < len(toks) and toks[k].start == toks[k - 1].end:
            return None  # "66year", "66/year": not an age
        if k >= len(toks) or not (toks[k].low in _AGE_UNITS if expected == "unit" else toks[k].low == "old"):
            return None
        k += 1
    return k


def _joined(toks, k) -> bool:
    """Whether token k touches both neighbours, as a hyphen inside "twenty-three" does."""
    return 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start and (
        toks[k].end == toks[k + 1].start)


def _is_num(tok) -> bool:
    """Whether a token is ASCII digits (other scripts' digits are not read as figures)."""
    return "0" <= tok.text[0] <= "9"


_ORDINAL_DIGITS = re.compile(r"([0-9]+)(?:st|nd|rd|th)", re.IGNORECASE)
_ORDINAL_TENS = {word: int(value) for word, value in _CONTEXT["ordinal_tens"].items()}


def ordinal_value(word: str) -> Optional[int]:
    """The number an ordinal names ("seventeenth" -> 17, "17th" -> 17, "twenty-first" -> 21),
    or None. Used only where an ordinal states a running total ("the seventeenth Canadian
    killed"); scan_counts never reads ordinals as counts."""
    word = word.lower()
    if m := _ORDINAL_DIGITS.fullmatch(word):
        return int(m.group(1))
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word]
    tens, _, unit = word.rpartition("-")
    ordinals = _MAG["ordinals"][:19]
    if unit in ordinals:
        base = ordinals.index(unit) + 1
        if not tens:
            return base
        tens_value = _ordinal_tens_cardinal(tens)
        return tens_value + base if tens_value and base < 10 else None
    return None


def _ordinal_tens_cardinal(word: str) -> Optional[int]:
    return {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}.get(word)
