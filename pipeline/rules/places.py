"""Where an event happened: the one owner of an event's ``location``.

Rules read a place phrase governed by the trigger, the counted noun or the verbs above them
(``location``), a place named elsewhere in the sentence or the one before (``context_place``),
and the first specific place an article's opening names (``lede_place``). Each rule that
decides returns the place and its rule id; ``specificity`` ranks places (town or district over
province, province over country) so a more exact retelling wins.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.rules import grammar, sides


def _named(found: tuple[Token, Token] | None) -> bool:
    """Whether a place phrase names its place ("near Fallujah", "the town of Hillah"), not
    only a kind of place ("his home", "their tank")."""
    if found is None:
        return False
    tokens = list(found[1].subtree)
    head = found[1]
    if head.dep_ == "pobj" and grammar.unlabelled_place(head.head, head):
        return True
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tokens) or (
        any(grammar.lemma(t) in grammar.lexicon().place_nouns for t in tokens)
        and any(t.pos_ == "PROPN" for t in tokens))


def place_span(place: dict, doc: Doc) -> Span | None:
    """The tokens of a place record (its offsets widened to whole tokens)."""
    return doc.char_span(place["start"], place["end"], alignment_mode="expand")


def names_a_place(place: dict, doc: Doc) -> bool:
    """Whether a place record names its place (see ``_named``)."""
    span = place_span(place, doc)
    return span is not None and _named((span[0], span.root))


def settlement(place: dict, doc: Doc) -> bool:
    """Whether a place phrase names a town, district or province ("the town of Leego",
    "Kandahar province", "Fallujah"), rather than a base, a border or a country."""
    span = place_span(place, doc)
    if span is None:
        return False
    settlements = grammar.lexicon().settlement_nouns
    return any(grammar.lemma(t) in settlements for t in span) or (
        span.root.ent_type_ == "GPE" and not country_wide(place))


def specificity(place: dict, doc: Doc) -> int:
    """How closely a place phrase locates an event: 0 a country, or part of one by compass
    ("remote northeastern Colombia"); 1 a province, region or part ("southern Helmand
    province", "the Indian-controlled portion of Kashmir"); 2 a town, district or a place named
    within one ("the village of Khrew", "near Fallujah")."""
    if country_wide(place):
        return 0
    span = place_span(place, doc)
    if span is None:
        return 1
    lex = grammar.lexicon()
    lemmas = {grammar.lemma(t) for t in span}
    if lemmas & lex.local_nouns:
        return 2
    if lemmas & lex.settlement_nouns:
        return 1
    found = sides.lookup(span.root.text)
    if found is not None and found.kind == "country":
        return 0
    return 2 if span.root.ent_type_ in ("GPE", "LOC", "FAC") else 1


def _location_of(head: Token, deployment: bool, named_only: bool = False) -> dict | None:
    """The place phrase on one word: a destination first for a deployment, then a phrase
    naming a place ("near a bus station in Hillah" before "near their tank")."""
    lex = grammar.lexicon()
    best = None
    if head.lower_ in grammar.lexicon().compass_directions:
        # "a roadside bomb southeast of Baghdad killed": parsed with the direction as the head
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            if found := grammar.place_phrase(prep):
                return _place_record(head, found[1])
    for child in head.children:
        if child.dep_ == "advmod" and child.lower_ in grammar.lexicon().compass_directions:
            # "north of Baghdad": a direction adverb heading an "of" phrase
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "of"]
            found = grammar.place_phrase(preps[0]) if preps else None
            rank = 1
            if found:
                found = (child, found[1])
        elif child.dep_ == "prep" and child.lower_ in lex.locative_preps:
            if (deployment and child.lower_ == "from") or (not deployment and _destination(child)):
                continue
            found = grammar.place_phrase(child)
            rank = 0 if (deployment and child.lower_ in ("to", "into")) else 1
        else:
            continue
        if found and named_only and not _named(found):
            continue
        if found:
            rank = (rank, not _named(found))
        if found and (best is None or rank < best[0]):
            best = (rank, found[0], found[1])
    if best is None:
        return None
    return _place_record(best[1], best[2])


def _place_record(first: Token, obj: Token) -> dict:
    """The location dict for a place phrase from ``first`` to the end of ``obj``'s phrase,
    with the ISO code of the country it names, if any."""
    start, end = first.idx, grammar.phrase_end(obj)
    text = grammar.doc_text(obj.doc, start, end)
    while text and (text[-1].isspace() or text[-1] in ",;:-–—"):
        text = text[:-1]  # "the western city of Herat," -> without the trailing comma
    end = start + len(text)
    code = None
    for token in obj.subtree:
        if token.ent_type_ == "GPE":
            if token.ent_id_ and sides.is_country_code(token.ent_id_):
                code = token.ent_id_
                break
            found = sides.lookup(token.text)
            if found and found.kind == "country":
                code = found.code
                break
    return {"text": text, "start": start, "end": end, "country": code}


def context_place(sentence: Span, previous: Span | None, event_type: str) -> dict | None:
    """A place for an event whose clause names none: the incident's place named elsewhere in
    its sentence, else in the sentence before (GUIDELINES §5: "the most specific place text
    that the article ties to this event")."""
    if event_type == "deployment":
        return None  # a deployment's place is its destination, never a neighbour's place
    for span in (sentence, previous):
        if span is not None and (places := sentence_places(span)):
            return places[0]
    return None


def _in_reporter(token: Token) -> bool:
    """Whether a token is inside the subject of a reporting verb ("officials in Baghdad said"),
    where the source sits. A local authority reports on its own place ("the regional governor
    in the port city of Odesa reports"): that place is the incident's."""
    lex = grammar.lexicon()
    for node in (token, *token.ancestors):
        if node.dep_ in grammar.SUBJECT_DEPS and grammar.lemma(node.head) in lex.attribution_verbs:
            return not any(grammar.lemma(t) in lex.local_reporters
                           for t in (node, *(c for c in node.children if c.dep_ in ("amod", "compound"))))
    return False


def _destination(prep: Token) -> bool:
    """"flown to Moscow", "taken to a hospital in Baghdad", "according to Kyiv": a "to" phrase
    names where people went or who said so, never where a casualty happened."""
    return prep.lower_ in ("to", "into")


def sentence_places(sentence: Span) -> list[dict]:
    """Every place phrase in a sentence ("in the town of Leego", "near Fallujah"), in order:
    the candidates for events of the same incident that name no place of their own."""
    lex = grammar.lexicon()
    places = []
    for token in sentence:
        if token.dep_ == "prep" and token.lower_ in lex.locative_preps and not _destination(token):
            if _in_reporter(token):
                continue  # "military officials in Baghdad reported": where the source sits
            found = grammar.place_phrase(token)
            if found and grammar.lemma(found[1]) in lex.incident_nouns:
                continue  # "in the attack that happened near Fallujah": its own place follows
            if _named(found):
                places.append(_place_record(*found))
    return places


_COMPASS = re.compile(r"(?i)\b(?:the|of|in|north|south|east|west|northern|southern|eastern|western|"
                      r"central|northeastern|northwestern|southeastern|southwestern|parts?)\b")


def country_wide(place: dict) -> bool:
    """Whether a place names only a country or a part of it by compass ("southern
    Afghanistan"): a town, district or province told elsewhere is more specific."""
    rest = " ".join(_COMPASS.sub(" ", place["text"]).split())
    found = sides.lookup(rest) if rest else None
    return found is not None and found.kind == "country"


def _causes(trigger: Token) -> list[Token]:
    """What the trigger's clause says caused the harm, where its place is often told: a
    subject that is not people ("twin bombings near a bus station in Hillah killed...", "a
    roadside bomb southeast of Baghdad killed...") and a when/after clause ("... when two
    bombs exploded near the embassy")."""
    found = []
    children = list(trigger.children)
    if trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        children += list(trigger.head.children)  # "bombings killed 12 and wounded 73"
    for conj in [c for c in children if c.dep_ == "conj" and c.pos_ == "VERB"]:
        children += [c for c in conj.children if c.dep_ == "advcl"]  # "killed or wounded when"
    for child in children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN" and grammar.person_class(child) is None:
            found.append(child)
        elif child.dep_ == "advcl" and any(m.lower_ in ("when", "after", "as") for m in child.children):
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")
                         and grammar.person_class(c) is None)
    return found


def location(trigger: grammar.Trigger, noun: Token | None, number: Token) -> dict | None:
    """Where: a place phrase governed by the trigger (the destination for a deployment), the
    counted noun, or the verbs above them in the same sentence."""
    deployment = trigger.type == "deployment"
    heads = [trigger.token]
    if noun is not None:
        heads.append(noun)
    causes = [] if deployment else _causes(trigger.token)
    token = trigger.token
    for _ in range(3):
        if token.head == token:
            break
        token = token.head
        if grammar.lemma(token) in grammar.lexicon().attribution_verbs:
            break
        heads.append(token)
    for head in heads:
        found = _location_of(head, deployment)
        if found:
            return found
    for head in causes:
        found = _location_of(head, deployment, named_only=True)
        if found:
            return found
    return None


LEDE_SENTENCES = 4


def lede_place(doc: Doc, sentences: list[Span], events: list[dict]) -> None:
    """A report's opening sentences place its incident, often twice, coarse then fine: "their
    military base in southern Somalia ... the base in the town of Leego". Casualties told
    there with no place, or only a country-wide one, take the first specific place the
    opening names, a town, district or province before a base or a border (GUIDELINES §5:
    the most specific place the article ties to the event)."""
    opening = sentences[:LEDE_SENTENCES]
    if not opening:
        return
    lede_end = opening[-1].end_char
    places = [place for sentence in opening for place in sentence_places(sentence)]
    named = [place for place in places
             if not country_wide(place) and names_a_place(place, doc)
             and " and " not in place["text"]]  # "both Kandahar and Helmand": not one place
    if not named:
        return
    specific = min(named, key=lambda place: not settlement(place, doc))
    countries = {place["country"] for place in places if country_wide(place)}
    for event in events:
        if event["type"] != "casualty" or event["cumulative"] or event["sentence"]["start"] >= lede_end:
            continue
        place = event["location"]
        if place is None or (country_wide(place) and place["country"] in countries):
            event["location"] = specific


def country_in_focus(doc: Doc) -> str | None:
    """The country a report happens in: the one its place names name most often, when it
    holds at least two mentions and 40% of them. A town the tables do not know ("Baquba",
    "Douma") is taken to lie in it. Nationality words are not counted: they name the sides
    ("North Korean troops in Kursk"), not the ground."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        code = sides.entity_code(ent)
        if code and sides.is_country_code(code):
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    code, top = max(counts.items(), key=lambda item: item[1])
    return code if top >= 2 and top >= 0.4 * sum(counts.values()) else None


#: Characters that may stand between "30 km south of" and the place it measures from.
_BEFORE_PLACE = re.compile(r"[\s,]*(?:the\s+(?:town|city|village)\s+of\s+)?", re.IGNORECASE)


def offsets(events: list[dict], quantities: list[dict], text: str) -> None:
    """"30 km south of Izium": an event's place measured from a named place gets that
    offset (``location["offset"]``: ``distance_km``, ``direction``, and the span of the
    distance through "of"), whether the place phrase starts at the distance or at the place.
    The place itself stays the one the text names; how exact it is follows from the offset."""
    from pipeline.text.quantities import place_offset

    found = [o for q in quantities if q.get("entity") == "length" and (o := place_offset(text, q))]
    for event in events:
        place = event.get("location")
        if not place or "offset" in place:
            continue
        for offset in found:
            gap = _BEFORE_PLACE.match(text, offset["end"])
            starts_at_place = gap is not None and gap.end() == place["start"]
            covers_offset = place["start"] <= offset["start"] and offset["end"] < place["end"]
            if starts_at_place or covers_offset or (
                    place["start"] > offset["start"] and place["start"] < offset["end"]):
                place["offset"] = {key: offset[key] for key in
                                   ("distance_km", "direction", "text", "start", "end")}
                event.setdefault("why", {})["location_offset"] = "location.distance_from_place"
                break
