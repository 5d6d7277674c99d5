"""Quantities with units that are not counts of people: distances, weights, money, calibres,
speeds, with offsets, read by quantulum3 and checked by our own guards.

Why quantulum3 here when ``counts.py`` does without it: counts of people need a grammar of
hedges, ranges and vague magnitudes that quantulum3 lacks, but units are its strength (200+
units and their spellings, "155-mm", "900 km/h", "1.2 billion euros", spelled-out numbers).
Its weaknesses on news text are known and guarded here. Each guard is a rule id that
``_verdicts`` returns and the debug log names for every dropped reading:

* it reads counts of anything ("30 soldiers"), years, dates ("February 23-26" as 24.5),
  percentages and "a third" as *dimensionless* quantities, "10k" as 10 kelvin, "3 a.m." as 3
  years, "10:30 am" as 30 attometres, "13th" as 13 tonne-hours, "two U.S. soldiers" as 2
  atomic mass units and "3m people" as 3 metres. Kept: only the entities listed in
  ``models/quantities.json``, minus its rejected units, and only readings that end in one of
  its unit words (rules ``entity``, ``unit``, ``unit_word``). Refused by context: a figure
  before a person noun (``people``) or a scale it cannot read ("₹20 crore", ``scale``),
  clock times, fractions, ordinals and days of months (``clock``, ``fraction``,
  ``ordinal``, ``date``), and figures glued to letters or too large (``boundary``,
  ``value``); the caller's counts of people are ``skip``.
* it reads the article "a" as the number 1 ("a mile", "a mix" as 1 mile, "a dozen" as 1) and
  breaks "a $50,000 reward" into 1 "dollar to the 50". Articles are blanked before it reads
  the text (same length, so offsets hold) and a reading across a blank is refused
  (``article``).
* it splits "$1.5bn" and "£300m" into dollar-bit-newton and pound-sterling-metre, misses the
  sign of "US$ 3 million", splits "40kms", and picks "pound" the currency or the weight from
  word counts over the whole text. Repaired: ``currency_suffix``, ``currency_sign``,
  ``unit_alias``, ``pound``.
* its regex depends on the string hash seed (see :func:`_order_operators`), and ``parse()``
  calls ``logging.basicConfig``: the order is fixed, and :func:`_parse` is ``parse()``
  without the logging call.
* its first call costs seconds (mostly inflect's typeguard instrumentation, see
  :func:`_import_inflect_uninstrumented`). It is imported only when :func:`find_quantities`
  meets a text that the cheap prefilter :func:`may_hold_quantity` passes, and it reads only
  the sentences around a unit candidate, not the whole article.

Offsets index the caller's string: for every record ``text[start:end] == record["text"]``.
"""

from __future__ import annotations

import logging
import math
import re
import sys
import threading
import unicodedata
import warnings
from decimal import Decimal
from typing import Iterable, NamedTuple, Optional, Sequence

from pipeline.resources import load_json
from pipeline.text import calendar_names
from pipeline.text.counts import PERSON_NOUN_FORMS

__all__ = ["find_quantities", "place_offset", "may_hold_quantity"]

_LOG = logging.getLogger(__name__)

# --- tables (built once at import; no quantulum3 here) ----------------------------------------

_DATA = load_json("quantities.json")
_MAG = load_json("magnitudes.json")

_ALLOWED_ENTITIES = frozenset(_DATA["allowed_entities"])
_REJECTED_UNITS = frozenset(_DATA["rejected_units"])
_UNIT_WORDS = frozenset(_DATA["unit_words"])
_CURRENCY_BY_SIGN: dict[str, str] = _DATA["currency_by_sign"]
_CURRENCY_SUFFIXES: dict[str, int] = _DATA["currency_suffixes"]
_POUND = _DATA["pound"]
_UNIT_ALIASES: dict[str, list[str]] = _DATA["unit_aliases"]
_FRACTION_WORDS = frozenset(_DATA["fraction_words"])
_MONTHS = frozenset(calendar_names.MONTH_FORMS)
_DIRECTIONS: dict[str, str] = _DATA["directions"]
_KM_PER_UNIT: dict[str, float] = _DATA["km_per_unit"]
_ORDINALS = frozenset(_MAG["ordinals"])
_MAX_VALUE = float(_DATA["max_value"])
_UNREAD_SCALES = frozenset(_DATA["unread_scales"])


# The nouns the count grammar counts ("3m people" is 3 million people, not 3 metres).
_PERSON_NOUNS = PERSON_NOUN_FORMS

_NUMBER_WORDS = sorted(
    [*_MAG["units"], *_MAG["teens"], *_MAG["tens"], *_MAG["scales"], "hundred", "dozen"],
    key=len, reverse=True)
_SCALE_WORDS = sorted([*_MAG["scales"], "hundred", "trillion", "bn", "mn"], key=len,
                      reverse=True)


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "kilometres" is tried before "kilometre" and "km/h" before "km"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SIGNS = "".join(re.escape(s) for s in _DATA["currency_signs"])
# A figure or number word, an optional scale word, then a unit word that no letter follows
# ("30 km", "155-mm", "thirty kilometres", "3 million dollars", "2 km²"). Used as the
# prefilter over a whole text and, on one reading, as the check that it shows its unit.
# Matched against _fold(text): without IGNORECASE it runs about 2.5x faster.
_UNIT_AFTER_NUMBER = re.compile(
    # a figure is tried from its first digit only: from every digit of a long run, the
    # search took time growing with the square of the run (a 100,000-digit figure: minutes)
    rf"(?:(?<![\d.,])\d|\b(?:{_alternation(_NUMBER_WORDS)}))[\d.,]*[\s\u00a0-]*"
    rf"(?:(?:{_alternation(_SCALE_WORDS)})[\s\u00a0-]+)?"
    rf"(?:{_alternation(_UNIT_WORDS)})(?![a-z])"
)
# A currency sign before a figure ("$2", "US$ 3", "€2.5bn"; the prefix is found later).
_CURRENCY_FIGURE = re.compile(rf"[{_SIGNS}]\s?\d")
# The same at the start of one reading, with an abbreviated scale after the figure: "$1.5bn".
_CURRENCY_SHORT = re.compile(
    rf"^(?:[A-Z]{{1,3}})?(?P<sign>[{_SIGNS}])\s?(?P<number>\d[\d,]*(?:\.\d+)?)\s?"
    rf"(?P<suffix>{_alternation(_CURRENCY_SUFFIXES)})$",
    re.IGNORECASE,
)
# A whole reading that is money by its sign: "$2 million", "US$ 3 million", "€2.5bn", "$50,000".
_CURRENCY_SURFACE = re.compile(
    rf"^(?:[A-Z]{{1,3}})?[{_SIGNS}]\s?\d[\d,]*(?:\.\d+)?"
    rf"(?:\s?(?:{_alternation([*_SCALE_WORDS, *_CURRENCY_SUFFIXES])}))?$",
    re.IGNORECASE,
)
# A sign that quantulum3 leaves outside its span ("US$ 3 million" is read as "3 million").
_SIGN_BEFORE = re.compile(rf"[{_SIGNS}]\s?$")
_ARTICLES = re.compile(
    rf"(?<![\w.'’])(?:{_alternation(_DATA['article_words'])})(?![\w'’])", re.IGNORECASE)
# "per hour" and its spellings after a speed: the unit word is the one before it.
_PER_TIME = re.compile(r"(?:\s*(?:per|an|a)\s+(?:hour|hr|h)|/(?:hour|hr|h))$", re.IGNORECASE)
_ORDINAL_FIGURE = re.compile(r"^\d[\d,]*(?:st|nd|rd|th)(?![a-z])", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_WORD = re.compile(r"[A-Za-z]+")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?\s*$")
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_SENTENCE_BREAK = re.compile(r"\n|[.!?](?=\s)")
#: Characters of context either side of a unit candidate, at most, when the sentence is longer.
_WINDOW = 300

_COMPASS = "north|south|east|west"
_DIRECTION_AFTER = re.compile(
    rf"\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:(?:to\s+the|due)\s+)?"
    rf"(?P<direction>(?:{_COMPASS})(?:[\s-]?(?:{_COMPASS})){{0,2}})\s+of\b",
    re.IGNORECASE,
)


# --- the prefilter ---------------------------------------------------------------------------


def may_hold_quantity(text: str) -> bool:
    """Whether ``text`` holds a unit candidate: a number next to a unit word, or a currency sign
    before a figure.

    A regex over the text, microseconds per article, so a caller can decide whether to pay for
    quantulum3 at all (its first call costs seconds). It is a superset of what
    :func:`find_quantities` returns: when it is False, ``find_quantities`` returns ``[]``
    without loading quantulum3.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return bool(_CURRENCY_FIGURE.search(text) or _UNIT_AFTER_NUMBER.search(_fold(text)))


def _fold(text: str) -> str:
    """``text`` lower-cased character by character, so offsets still index ``text`` (str.lower
    turns "İ" into two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _candidates(text: str) -> list[tuple[int, int]]:
    hits = [m.span() for m in _UNIT_AFTER_NUMBER.finditer(_fold(text))]
    hits += [m.span() for m in _CURRENCY_FIGURE.finditer(text)]
    return sorted(hits)


# --- quantulum3, loaded once and only when needed ----------------------------------------------

_LOAD_LOCK = threading.Lock()
_PARSER = None


def _no_typecheck(target=None, **_options):
    """typeguard's ``@typechecked`` (and ``@typechecked(...)``) reduced to the identity."""
    return target if target is not None else (lambda inner: inner)


def _import_inflect_uninstrumented() -> None:
    """Import inflect without typeguard's instrumentation.

    Why: inflect 7 decorates its engine with typeguard's ``@typechecked``, which re-parses and
    recompiles inflect's source at import time: 2.2 s of quantulum3's 2.7 s first call on this
    machine. quantulum3 only calls ``plural()`` and ``number_to_words()``, with the right
    types, so the checks buy nothing. The identity decorator is in place only while inflect
    imports; nothing else sees it, and if inflect was already imported this does nothing.
    """
    if "inflect" in sys.modules:
        return
    try:
        import typeguard
    except ImportError:  # an inflect that does not use typeguard (< 7) imports fast anyway
        return
    original = typeguard.typechecked
    typeguard.typechecked = _no_typecheck
    try:
        import inflect  # noqa: F401
    finally:
        typeguard.typechecked = original


def _order_operators(regex) -> None:
    """Make quantulum3's unit pattern the same in every process.

    Why: quantulum3 0.10 keeps its operators (" ", "/", "x", "*", "·", " per ", " times ")
    in sets and joins them into its regex in set order, which follows the string hash seed.
    In its unit pattern ``(?P<operator1>OPS(?=UNIT))`` the lookahead binds to the *last*
    operator only, so which operator must be followed by a unit changed from one process to
    the next: "By 2014 a mile" was read as "2014 mile" under some seeds and as "2014" under
    others, and batch workers or golden tests would disagree. Fixed order: longest first (as
    quantulum3 orders units), the space last, so a space between a figure and a unit is an
    operator only when a unit follows it. Takes effect only if quantulum3 has not built its
    patterns yet in this process (they are cached).
    """
    multiplication, division = regex.multiplication_operators, regex.division_operators
    ranges, uncertainties = regex.ranges, regex.uncertainties

    def ordered(lang="en_US") -> list[str]:
        ops = set(multiplication(lang)) | set(division(lang))
        return sorted(ops, key=lambda op: (-len(op), op == " ", op))

    def multiplication_regex(lang="en_US") -> str:
        ops = sorted(multiplication(lang), key=lambda op: (-len(op), op == " ", op))
        return "|".join(re.escape(op) for op in ops)

    regex.operators = ordered
    regex.multiplication_operators_regex = multiplication_regex
    # Range words ("to", "-") and uncertainty signs: joined from sets too; none is a prefix of
    # another today, but a fixed order keeps the whole pattern the same in every process.
    regex.ranges = lambda lang="en_US": sorted(ranges(lang), key=lambda w: (-len(w), w))
    regex.uncertainties = lambda lang="en_US": sorted(uncertainties(lang),
                                                      key=lambda w: (-len(w), w))
    # Characters of a class ("[ ,]"): order is meaningless, sorted so the text is the same.
    grouping, decimal = regex.grouping_operators, regex.decimal_operators
    regex.grouping_operators_regex = lambda lang="en_US": "".join(sorted(grouping(lang)))
    regex.decimal_operators_regex = lambda lang="en_US": "".join(sorted(decimal(lang)))


def _quantulum():
    """quantulum3's parser and regex modules, imported on first use (thread-safe)."""
    global _PARSER
    if _PARSER is None:
        with _LOAD_LOCK:
            if _PARSER is None:
                _import_inflect_uninstrumented()
                with warnings.catch_warnings():
                    # It warns at import that its optional scikit-learn classifier is missing;
                    # we do not want it (its disambiguation is what the guards replace).
                    warnings.filterwarnings("ignore", message="Classifier dependencies",
                                            category=UserWarning)
                    from quantulum3 import parser, regex
                _order_operators(regex)
                _PARSER = (parser, regex)
    return _PARSER


def _parse(text: str) -> list:
    """quantulum3's ``parser.parse`` (0.10.0) without its ``logging.basicConfig`` call.

    ``parse()`` configures the root logger on every call, which a library must not do to its
    caller; the steps below are the body of ``parse()`` as of quantulum3 0.10.0 (pinned), and
    a test checks they agree with it. A reading that fails with ValueError is skipped, as
    ``parse()`` does.
    """
    parser, regex = _quantulum()
    lang = "en_US"
    cleaned = parser.clean_text(text, lang)
    values = parser.extract_spellout_values(cleaned, lang)
    cleaned, shifts = parser.substitute_values(cleaned, values)
    found = []
    for item in regex.units_regex(lang).finditer(cleaned):
        try:
            uncertainty, values = parser.get_values(item, lang)
            unit, shortening = parser.get_unit(item, cleaned, lang, None)
            surface, span = parser.get_surface(shifts, text, item, cleaned, shortening)
            objs = parser.build_quantity(text, cleaned, item, values, unit, surface, span,
                                         uncertainty, lang, None)
        except ValueError as err:
            _LOG.debug("quantulum3 could not read %r: %s", item.group(0), err)
            continue
        if objs:
            found.extend(objs)
    return parser.handle_consecutive_quantities(found, cleaned)


# --- reading ---------------------------------------------------------------------------------


class _Reading(NamedTuple):
    """One quantity as quantulum3 read it, offsets already into the caller's text."""

    start: int
    end: int
    value: float
    unit: str
    entity: str


def _blank_articles(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text quantulum3 reads: articles blanked, and no-break spaces made plain (it reads
    "30 km" only with a plain space, and web text often has "30&nbsp;km"). Same length, so
    offsets into it index the caller's text. Also the blanked spans."""
    spans = [m.span() for m in _ARTICLES.finditer(text)]
    chars = list(text.translate(_PLAIN_SPACES))
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars), spans


def _windows(text: str) -> list[tuple[int, int]]:
    """The sentences around each unit candidate (at most ``_WINDOW`` characters each side),
    merged: quantulum3 reads these only, so its cost follows the candidates, not the article,
    and its unit disambiguation counts words near the figure, not over the whole article."""
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in _candidates(text):
        low = max(0, hit_start - _WINDOW)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, hit_start)]
        start = breaks[-1] if breaks else low
        if not breaks and start > 0:  # cut at a space, not inside a word
            space = text.find(" ", start, hit_start)
            start = space + 1 if space >= 0 else hit_start
        high = min(len(text), hit_end + _WINDOW)
        stop = _SENTENCE_BREAK.search(text, hit_end, high)
        end = stop.end() if stop else high
        if not stop and end < len(text):
            space = text.rfind(" ", hit_end, end)
            end = space if space >= 0 else hit_end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _read(blanked: str) -> list[tuple[Optional[_Reading], str, tuple[int, int]]]:
    """quantulum3's readings of ``blanked`` (see :func:`_blank_articles`): (reading, "", span)
    when the offsets hold, else (None, "offsets", span). Offsets index the caller's text."""
    out = []
    for window_start, window_end in _windows(blanked):
        window = blanked[window_start:window_end]
        for q in _parse(window):
            start, end = q.span
            span = (start + window_start, end + window_start)
            # quantulum3 slices its surface from the string it was given: check it did.
            if not (0 <= start < end <= len(window)) or window[start:end] != q.surface:
                out.append((None, "offsets", span))
                continue
            out.append((_Reading(span[0], span[1], q.value, q.unit.name, q.unit.entity.name),
                        "", span))
    return out


# --- deciding --------------------------------------------------------------------------------


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _unit_word(quantity_text: str) -> str:
    """The last word of a reading, before any "per hour": the word its unit must be."""
    stem = _PER_TIME.sub("", quantity_text)
    match = _LAST_WORD.search(stem)
    return match.group(1).lower() if match else ""


def _currency_start(text: str, start: int) -> int:
    """Where money starts when its sign or country prefix sits outside quantulum3's span:
    "US$ 3 million" is read as "3 million" dollars, "US$1.5bn" from the "$"."""
    sign = start
    if text[sign:sign + 1] not in _CURRENCY_BY_SIGN:
        before = _SIGN_BEFORE.search(text, max(0, start - 2), start)
        if before is None:
            return start
        sign = before.start()
    prefix = sign
    while prefix > max(0, sign - 3) and text[prefix - 1].isascii() and text[prefix - 1].isupper():
        prefix -= 1
    if prefix > 0 and text[prefix - 1].isalpha():  # "ABCD$": not a country prefix
        prefix = sign
    return prefix


def _repair(text: str, r: _Reading) -> tuple[_Reading, str]:
    """Fix what quantulum3 reads wrongly but recoverably; the rule id says which fix."""
    start = r.start
    if r.entity in ("currency", "dimensionless") or text[r.start] in _CURRENCY_BY_SIGN:
        start = _currency_start(text, r.start)
    surface = text[start:r.end]
    short = _CURRENCY_SHORT.match(surface)
    if short and r.entity != "currency":
        value = float(Decimal(short["number"].replace(",", "")) * _CURRENCY_SUFFIXES[
            short["suffix"].lower()])
        return _Reading(start, r.end, value, _CURRENCY_BY_SIGN[short["sign"]], "currency"), \
            "currency_suffix"
    if start != r.start:
        if r.entity == "dimensionless":  # "US$ 3 million": quantulum3 misses a sign and space
            sign = next(ch for ch in text[start:r.start] if ch in _CURRENCY_BY_SIGN)
            return r._replace(start=start, unit=_CURRENCY_BY_SIGN[sign], entity="currency"), \
                "currency_sign"
        return r._replace(start=start), "currency_sign"
    word = _unit_word(surface)
    if word in _POUND["words"] and r.unit in (_POUND["mass"][0], _POUND["currency"][0]):
        after = text[r.end:r.end + 12].lower().split()
        words = {w.lower() for w in _WORD.findall(surface)} | set(after[:1])
        unit, entity = _POUND["currency" if words & set(_POUND["currency_cues"]) else "mass"]
        if unit != r.unit:
            return r._replace(unit=unit, entity=entity), "pound"
    if r.entity == "unknown" and word in _UNIT_ALIASES:
        unit, entity = _UNIT_ALIASES[word]
        return r._replace(unit=unit, entity=entity), "unit_alias"
    return r, ""


def _refusal(text: str, r: _Reading, blanks: list[tuple[int, int]],
             skip: Sequence[tuple[int, int]]) -> str:
    """The rule that refuses a reading, or "" to keep it. Context rules come first, so the
    rule id names the real reason (a clock time, not the attometre it was read as)."""
    surface = text[r.start:r.end]
    words = [w.lower() for w in _WORD.findall(surface)]
    if _overlaps(r.start, r.end, skip):
        return "skip"
    if _overlaps(r.start, r.end, blanks):
        return "article"
    if _CLOCK_AFTER.match(text, r.start) or _CLOCK_BEFORE.search(text, max(0, r.start - 2),
                                                                r.start):
        return "clock"
    if any(w in _FRACTION_WORDS for w in words):
        return "fraction"
    if _ORDINAL_FIGURE.match(surface) or (words and words[0] in _ORDINALS):
        return "ordinal"
    previous = _WORD.findall(text[max(0, r.start - 12):r.start])
    if previous and previous[-1].lower() in _MONTHS and text[max(0, r.start - 12):r.start].rstrip(
            " .").endswith(previous[-1]):
        return "date"
    following = _WORD.match(text, r.end + 1) if text[r.end:r.end + 1] == " " else None
    if following and following.group(0).lower() in _PERSON_NOUNS:
        return "people"
    if following and following.group(0).lower() in _UNREAD_SCALES:
        return "scale"
    if r.entity not in _ALLOWED_ENTITIES:
        return "entity"
    if r.unit in _REJECTED_UNITS:
        return "unit"
    if not _CURRENCY_SURFACE.match(surface) and not (
            _unit_word(surface) in _UNIT_WORDS and _UNIT_AFTER_NUMBER.search(_fold(surface))):
        return "unit_word"
    before, after = text[r.start - 1:r.start], text[r.end:r.end + 1]
    if (before.isalnum() or before == "^" or after.isalnum()  # "10^6 km", "3 kḿ"
            or (after and unicodedata.category(after).startswith("M"))):
        return "boundary"
    if not math.isfinite(r.value) or abs(r.value) > _MAX_VALUE:
        return "value"
    return ""


def _verdicts(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[dict]:
    """Every reading with the rule that decided it: {"start", "end", "text", "value", "unit",
    "entity", "repair", "refused"} ("refused" is "" for a kept reading). Deciding only;
    :func:`find_quantities` writes the records."""
    if not may_hold_quantity(text):
        return []
    blanked, blanks = _blank_articles(text)
    verdicts = []
    for reading, failed, (start, end) in _read(blanked):
        if reading is None:
            verdicts.append({"start": start, "end": end, "text": text[start:end], "value": None,
                             "unit": None, "entity": None, "repair": "", "refused": failed})
            continue
        reading, repair = _repair(text, reading)
        refused = _refusal(text, reading, blanks, skip)
        verdicts.append({"start": reading.start, "end": reading.end,
                         "text": text[reading.start:reading.end], "value": reading.value,
                         "unit": reading.unit, "entity": reading.entity, "repair": repair,
                         "refused": refused})
    return verdicts


# --- public API ------------------------------------------------------------------------------


def _check_skip(skip) -> list[tuple[int, int]]:
    ranges = []
    for item in skip:
        if (not isinstance(item, (tuple, list)) or len(item) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in item)):
            raise TypeError(f"skip must hold (start, end) pairs of int, not {item!r}")
        ranges.append((item[0], item[1]))
    return ranges


def find_quantities(text: str, *, skip: Sequence[tuple[int, int]] = ()) -> list[dict]:
    """Every quantity with a unit in ``text`` that is not a count of people.

    Distances ("30 km", "12 miles"), weights ("2 tonnes"), money ("$2 million", value
    2000000), calibres ("155mm", "155-mm"), speeds ("900 km/h"), areas, volumes, yields and
    power. A count of people is never a quantity with a unit to quantulum3, but the caller
    knows better which figures count people, so those spans are passed in ``skip``.

    Args:
        text: The article or sentence. Offsets in the result index it.
        skip: Character ranges ``(start, end)`` already taken by counts of people; a quantity
            overlapping one is not returned.

    Returns:
        Records ``{"text", "start", "end", "value", "unit", "entity"}`` in text order, with
        ``text[start:end] == record["text"]``. ``unit`` and ``entity`` are quantulum3's names
        ("kilometre", "length"); ``value`` is an int when whole, and the midpoint for a range
        ("5-10 km" is 7.5), as quantulum3 gives it. ``[]`` when there is none; quantulum3 is
        imported only if :func:`may_hold_quantity` passes.

    Raises:
        TypeError: ``text`` is not a str, or ``skip`` is not a sequence of int pairs.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    ranges = _check_skip(skip)
    found = []
    for v in _verdicts(text, ranges):
        if v["refused"]:
            _LOG.debug("quantity %r refused by rule %s", v["text"], v["refused"])
            continue
        value = float(f"{v['value']:.12g}")  # no binary noise: 1.2 billion, not 1199999999.99
        record = {"text": v["text"], "start": v["start"], "end": v["end"],
                  "value": int(value) if value.is_integer() else value,
                  "unit": v["unit"], "entity": v["entity"]}
        if text[record["start"]:record["end"]] != record["text"]:  # pragma: no cover
            _LOG.warning("quantity %r dropped: its offsets do not index the text", v["text"])
            continue
        found.append(record)
    found.sort(key=lambda r: (r["start"], r["end"]))
    return found


def place_offset(text: str, quantity: dict) -> Optional[dict]:
    """The distance and direction of a place from another: "30 km south of Izium".

    Why: a report often places an event by its distance from a known town rather than by
    name; the distance, the compass direction and the span through "of" let the caller attach
    the offset to the place that follows.

    Args:
        text: The text ``quantity`` was found in.
        quantity: A record from :func:`find_quantities` on ``text``.

    Returns:
        ``{"distance_km", "direction", "text", "start", "end"}`` when the distance is followed
        by a compass direction and "of" (a parenthetical conversion, "to the" or "due" may
        come between: "15 kilometers (9 miles) east of"); ``distance_km`` is rounded to 0.1,
        ``direction`` is the compass abbreviation ("S", "NW"), and the span runs from the
        distance through "of". None for any other quantity.

    Raises:
        TypeError: ``text`` is not a str or ``quantity`` not a dict.
        ValueError: ``quantity``'s offsets do not index ``text`` (it came from another text).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(quantity, dict):
        raise TypeError(f"quantity must be a dict, not {type(quantity).__name__}")
    try:
        start, end, span_text = quantity["start"], quantity["end"], quantity["text"]
    except KeyError as err:
        raise ValueError(f"quantity has no {err.args[0]!r}: pass a find_quantities record")
    if text[start:end] != span_text:
        raise ValueError(f"quantity {span_text!r} does not index this text at {start}:{end}")
    km_per_unit = _KM_PER_UNIT.get(quantity.get("unit"))
    value = quantity.get("value")
    if km_per_unit is None or not isinstance(value, (int, float)):
        return None
    after = _DIRECTION_AFTER.match(text, end)
    if after is None:
        return None
    direction = _DIRECTIONS.get(re.sub(r"[\s-]", "", after["direction"]).lower())
    if direction is None:
        return None
    stop = after.end()
    return {"distance_km": round(value * km_per_unit, 1), "direction": direction,
            "text": text[start:stop], "start": start, "end": stop}
