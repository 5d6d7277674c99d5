"""One event per claim: restatements merged, breakdowns kept pointing at their totals.

A claim retold in another sentence becomes a ``mentions`` entry of the fuller telling; the
fields one telling leaves out are taken from the other.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.rules import grammar, places, sides
from pipeline.text.counts import stated_exactly
from pipeline.text.dates import days_spanned


def merge_known_sides(events: list[dict], lede_start: int | None = None,
                      published: dt.date | None = None, apart: frozenset[int] = frozenset()) -> list[dict]:
    """Restatements whose side or day was found only after they were read ("Russia's defense
    ministry said each country exchanged 195 prisoners", then its statement quoted: "195
    Russian servicemen ... were returned") merge now that both name the same side, and an
    opening's summed-up figure with its undated full telling (``_restates``). ``apart``: as
    for ``add_or_merge``."""
    total_of = {id(e): events[e["part_of"]] for e in events if e["part_of"] is not None}
    merged: list[dict] = []
    home: dict[int, dict] = {}  # each event read -> the merged event that now holds it

    def position(event: dict) -> int | None:
        return next((i for i, kept in enumerate(merged) if kept is event), None)

    for event in events:
        total = total_of.get(id(event))
        event["part_of"] = position(home[id(total)]) if total is not None and id(total) in home else None
        replaced = list(merged)
        index = add_or_merge(merged, event, lede_start, published, settled=True, apart=apart)
        losers = {id(event)} | ({id(replaced[index])} if index < len(replaced) else set())
        for key, holder in home.items():
            if id(holder) in losers:
                home[key] = merged[index]
        home[id(event)] = merged[index]
    for event_id, total in total_of.items():  # breakdowns point at their total's holder
        holder, owner = home[event_id], home[id(total)]
        if holder is not owner:
            holder["part_of"] = position(owner)
            owner["is_total"] = True
    return in_text_order(merged)


def in_text_order(events: list[dict]) -> list[dict]:
    """Events sorted by their count's position (merging can put a later mention first), with
    ``part_of`` renumbered to the new positions."""
    order = sorted(range(len(events)), key=lambda i: events[i]["count"]["start"])
    new_index = {old: new for new, old in enumerate(order)}
    ordered = [events[i] for i in order]
    for event in ordered:
        if event["part_of"] is not None:
            event["part_of"] = new_index[event["part_of"]]
    return ordered


def _claim_key(event: dict) -> tuple:
    """What a figure claims: "All 64 suspects are in custody" retells "detained 64 people"."""
    count = event["count"]
    approx = None if stated_exactly(count["approx"]) else count["approx"]
    return (event["type"], event["outcome"], count["value"], count["low"], count["high"], approx)


def _side(event: dict) -> tuple | None:
    actor = event["actor"]
    if actor is None:
        return None
    country = actor.get("country")
    return tuple(country) if isinstance(country, list) else country, actor.get("group")


def _compatible(a: dict | None, b: dict | None, key: str) -> bool:
    """Two tellings' dates (or places) do not contradict: either is missing or has no value
    ("in recent days", a time with no reading), or they agree."""
    if a is None or b is None or a.get(key) is None or b.get(key) is None:
        return True
    return a.get(key) == b.get(key)


def _same_time(a: dict | None, b: dict | None) -> bool:
    """Two dates can tell one event's time: one lies within the other ("Wednesday night"
    within "Wednesday night and Thursday morning")."""
    if a is None or b is None or None in (a["start_date"], a["end_date"], b["start_date"], b["end_date"]):
        return False
    return (a["start_date"] <= b["start_date"] and b["end_date"] <= a["end_date"]) or (
        b["start_date"] <= a["start_date"] and a["end_date"] <= b["end_date"])


def _exact(event: dict) -> bool:
    """An exact figure ("one", "195"): unlike "hundreds" twice, it can be recognised retold."""
    return event["count"]["low"] == event["count"]["high"]


def _narrower(a: dict, b: dict) -> dict:
    """The more exact of two dates told for one event (``a`` when they are as exact)."""
    a_length, b_length = days_spanned(a), days_spanned(b)
    return b if a_length is not None and b_length is not None and b_length < a_length else a


def _same_place(a: dict | None, b: dict | None) -> bool:
    """Two place phrases can denote one place: either is missing, they are the same words,
    they share a name, one is a whole country the other lies in, or one names no place and
    points back ("the first town"). An indefinite phrase ("a city") is a new place."""
    if a is None or b is None:
        return True
    def words(place: dict) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", place["text"]) if w[:1].isupper()}

    if (places.country_wide(a) or places.country_wide(b)) and a.get("country") == b.get("country"):
        return True  # "north of Baghdad" lies in "Iraq"
    if a["text"].lower() == b["text"].lower() or words(a) & words(b):
        return True
    # an indefinite phrase introduces a new place ("a city" is not "the town of Douma");
    # a definite one may point back to it ("the first town" after "the raids on two towns")
    indefinite = any(re.match(r"(?:in |at |near |on )?an? ", p["text"], re.IGNORECASE) for p in (a, b))
    return not indefinite and not (words(a) and words(b))


def _finer_place(place: dict | None, than: dict | None) -> bool:
    """Whether one telling's place lies within the other's country-wide one ("northern Takhar
    province" within "Afghanistan"; a place in no known country counts, as a retelling of the
    same claim is told where it happened; a name, not "the capital"): the claim's place is the
    more specific (GUIDELINES §5). The merge asks it only once the article is read, of a place
    the other telling states itself: while reading, an opening's country may yet give way to
    the place the next sentences name."""
    return (place is not None and than is not None and places.country_wide(than)
            and not places.country_wide(place) and place.get("country") in (None, than.get("country"))
            and _holds_a_name(place))


def _holds_a_name(place: dict) -> bool:
    """Whether a place phrase holds a name: a word in capitals other than a preposition, an
    article or a compass word that opens it capitalized ("Outside the capital" holds none)."""
    lex = grammar.lexicon()
    opening = lex.kept_preps | lex.compass_directions | {"the", "a", "an", "in", "at", "on"}
    words = re.findall(r"[^\W\d_]+", place["text"])
    return any(w[:1].isupper() and not (i == 0 and (w.lower() in opening or places.compass_word(w)))
               for i, w in enumerate(words))


def _told_in_own_sentence(event: dict, key: str) -> bool:
    """Whether a field was told in the event's own sentence, not taken from another (an
    opening's place taken from the paragraphs that tell it in full can be wrong; it does not
    keep the opening from being one of their claims)."""
    field = event[key]
    if field is None or (key == "date" and not _known(field)):
        return False
    sentence = event["sentence"]
    return sentence["start"] <= (field.get("start") or 0) < sentence["end"]


def _known(date: dict | None) -> bool:
    """A date with a reading ("in recent days" has none)."""
    return date is not None and date.get("value") is not None


def _filled(event: dict) -> int:
    """How many of a telling's fields its own sentence gives (not those taken from context, as
    the passes give an opening's)."""
    return sum(_told_in_own_sentence(event, k) for k in ("actor", "location", "date", "source"))


#: A figure dated more than this many days before the report tells history ("the deadliest day
#: since 4 November 2004, when 3 soldiers were killed"), never the news an undated figure of
#: the same size told.
HISTORY_DAYS = 30


def _history_and_news(a: dict, b: dict, published: dt.date | None) -> bool:
    """Whether one of two figures is dated long before the report and the other is undated."""
    if published is None or (a["date"] is None) == (b["date"] is None):
        return False
    end = (a["date"] or b["date"]).get("end_date")
    return end is not None and (published - dt.date.fromisoformat(end)).days > HISTORY_DAYS


def _restates(kept: dict, event: dict, lede_start: int | None = None, settled: bool = False,
              published: dt.date | None = None) -> bool:
    """Whether ``event`` repeats the claim of ``kept``: same type, outcome, count and actor, and
    no conflicting date or place. "A soldier was killed" twice in a report is usually two
    soldiers, so counts of one or two must also agree on a date that both give, unless the
    first telling is the article's opening sentence, which sums up the story the next
    paragraphs tell in full ("One U.N. peacekeeper has been killed", then "A peacekeeper from
    Nepal was killed Thursday"): the same side then suffices. While the article is still being
    read (not ``settled``), that full telling must give its day: an undated one may be another
    day's, known only once every figure has its day and side. A figure dated long before the
    report (``published``) is history, never a retelling of an undated one."""
    if (
        _claim_key(kept) != _claim_key(event)
        or (_side(kept) != _side(event) and (None not in (_side(kept), _side(event)) or not _exact(event)
                                              or not _same_people(kept, event)))
        or not (_compatible(kept["date"], event["date"], "value") or (
            _exact(event) and _same_time(kept["date"], event["date"])))
        or not (_same_place(kept["location"], event["location"])
                or kept["sentence"]["start"] == lede_start and not _told_in_own_sentence(kept, "location"))
        or _history_and_news(kept, event, published)
        or _other_people(kept, event)
    ):
        return False
    if event["count"]["value"] in (1, 2) and not event["count"]["text"].lower().startswith("the"):
        summed_up = (kept["sentence"]["start"] == lede_start and not _known(kept["date"])
                     and _side(kept) is not None and _side(event) in (None, _side(kept))
                     and (settled or event["date"] is not None))
        return summed_up or (kept["date"] is not None and event["date"] is not None)
    return True


def _same_people(a: dict, b: dict) -> bool:
    """Whether a count with no side can retell one with a side: "killing two" or "two
    peacekeepers" can; "four people", neutral people, are not "four militants" of an armed
    group told elsewhere in the report; people a raid took can be its suspects."""
    sided, unsided = (a, b) if a["actor"] is not None else (b, a)
    unit = (unsided["count"]["unit"] or "").lower()
    classes = grammar.lexicon().person_class
    neutral = classes.get(unit, classes.get(unit[:-1] if unit.endswith("s") else unit)) == "neutral"
    if sides.counted_as_suspects(sided):
        return True  # "detained 64 people ... All 64 suspects are in custody": the people taken
    return not (neutral and sided["actor"].get("group"))


def _other_people(a: dict, b: dict) -> bool:
    """Whether two counts' nouns say they are different people: "two men" are not "two women",
    nor "a child" "a man" (``people_kinds``: age and sex); "two children" may be "two boys"."""
    kinds = grammar.lexicon().people_kinds
    first, second = (kinds.get((e["count"]["unit"] or "").lower()) for e in (a, b))
    if first is None or second is None:
        return False
    return any(first[key] != second[key] for key in first.keys() & second.keys())


def _take(primary: dict, other: dict, key: str) -> None:
    """A field of the claim taken from another telling of it, with that telling's rule."""
    primary[key] = other[key]
    rule = other.get("why", {}).get(key)
    if rule is not None:
        primary.setdefault("why", {})[key] = rule
    if key == "location" and "location_country" in other.get("why", {}):
        primary["why"]["location_country"] = other["why"]["location_country"]


def add_or_merge(events: list[dict], event: dict, lede_start: int | None = None,
                 published: dt.date | None = None, settled: bool = False,
                 apart: frozenset[int] = frozenset()) -> int:
    """One event per claim: a restatement of the same figure becomes a mention of the fuller
    of the two. Returns the event's index in ``events``. ``lede_start``: where the article's
    opening sentence starts; ``published``: the report's day; ``settled``: every figure has
    its day and side (the last pass, ``merge_known_sides``); ``apart``: the starts of
    sentences that each tell a claim of their own, the items of a list ("* 1 soldier killed
    near Kirkuk * 1 soldier killed in Mosul"): two figures told in two of them are two."""
    for index, kept in enumerate(events):
        if not _restates(kept, event, lede_start, settled, published) or event["part_of"] == index:
            continue
        if kept["sentence"]["start"] in apart and event["sentence"]["start"] in apart:
            continue
        if kept["sentence"] == event["sentence"] and kept["count"]["start"] != event["count"]["start"]:
            continue  # two counts in one sentence are two claims ("2 killed ... 2 wounded")
        primary, other = (event, kept) if _filled(event) > _filled(kept) else (kept, event)
        for key in ("actor", "location", "date"):  # a restatement adds what the first left out
            if (primary[key] is None and other[key] is not None) or (
                    key == "date" and not _known(primary[key]) and _known(other[key])):
                _take(primary, other, key)
        if primary["date"] and other["date"] and _narrower(primary["date"], other["date"]) is other["date"]:
            _take(primary, other, "date")  # the more exact time
        if settled and _told_in_own_sentence(other, "location") and _finer_place(other["location"], primary["location"]):
            _take(primary, other, "location")  # "in Afghanistan", then "in northern Takhar province"
        # the claim keeps its place in a breakdown whichever mention is primary
        primary["is_total"] = kept["is_total"] or event["is_total"]
        if primary["part_of"] is None:
            primary["part_of"] = other["part_of"]
        sentences = kept["mentions"] + event["mentions"] + [other["sentence"]]
        primary["mentions"] = [
            {"start": start, "end": end}
            for start, end in sorted({(m["start"], m["end"]) for m in sentences})
            if (start, end) != (primary["sentence"]["start"], primary["sentence"]["end"])
        ]
        events[index] = primary
        return index
    events.append(event)
    return len(events) - 1
