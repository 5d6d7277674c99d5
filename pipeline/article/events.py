"""Assemble deployment, presence and casualty events from a parsed Doc.

The event is anchored on a count. For every count expression in a sentence (``counts.py``) we
find the noun it counts and the trigger above it (``grammar.py``), read the fields around them
(``fields.py``), then decide what the article says as a whole: restatements merge into one
claim, breakdowns point at their totals, and a place, date or side stated once for an incident
carries to the events that leave it out. Nothing here changes the Doc; the output is a list of
event dicts with spans into ``doc.text``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from pipeline.rules import sides

from pipeline.rules import fields

from pipeline.rules import grammar
from pipeline.text.counts import CountMatch, ordinal_value, scan_counts
from pipeline.text.dates import find_date_spans, is_dateline


@dataclass
class Candidate:
    """One count read as an event, before deduplication."""

    count: CountMatch
    count_span: tuple[int, int]
    number_token: Token
    noun: Token | None
    trigger: grammar.Trigger
    sentence: Span
    fields: dict = field(default_factory=dict)
    partner: Token | None = None  # "a peacekeeper from Senegal" in "A Jordanian officer and ..."



def _ordinal_totals(sentence: Span) -> list[Candidate]:
    """"the seventeenth Canadian killed in Afghanistan": an ordinal on a definite people noun
    with a casualty trigger states a running total (GUIDELINES §2, value 17, cumulative).
    Other ordinals ("a third deployment", "the 4th Brigade") are never counts."""
    found = []
    for token in sentence:
        value = ordinal_value(token.text) if token.dep_ in ("amod", "nummod") else None
        if value == 1:
            continue  # "the first female soldier killed" singles a person out; it totals nothing
        noun = token.head
        if not value or not grammar.person_class(noun) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children
        ):
            continue
        trigger = grammar.noun_trigger(noun)
        if trigger is None or trigger.type != "casualty":
            continue
        start, end = token.idx, token.idx + len(token.text)
        offset = sentence.start_char
        match = CountMatch(start - offset, end - offset, start - offset, end - offset,
                           value, value, value, None, "ordinal")
        found.append(Candidate(match, (start, end), token, noun, trigger, sentence))
    return found



def _candidates(doc: Doc, sentence: Span) -> list[Candidate]:
    found = _ordinal_totals(sentence)
    for match in scan_counts(sentence.text, articles=True):
        start = sentence.start_char + match.start
        number = grammar.number_token(doc, sentence.start_char + match.number_start,
                               sentence.start_char + match.number_end)
        if number is None:
            continue
        noun, anchor = grammar.counted_noun(number)
        if number.lower_ == "one" and anchor == number and noun is not None and grammar.person_class(noun) is None:
            continue  # "one of its worst losses": one item of a set, not one person
        klass = grammar.person_class(noun)
        strength = grammar.strength_of(number) is not None  # "a 5,000-strong brigade"
        if noun is not None and klass is None and grammar.nominal_trigger(noun) is None and not strength:
            continue  # a count of things: "three helicopter raids", "five locations"
        if match.kind == "article" and noun is None and number.pos_ not in ("PRON", "NUM") and not (
                number.lower_ == "another" and number.dep_ in ("dobj", "nsubj", "nsubjpass")):
            continue  # but "killed two soldiers and wounded another": one more person
        if (match.kind == "article" and noun is not None and noun.dep_ == "appos"
                and grammar.person_class(noun.head) is None):
            continue  # "al-Zubaydi, an ISIS official": describes someone, counts no one
        trigger = grammar.find_trigger(anchor, noun)
        if trigger is None and strength:
            trigger = grammar.Trigger(noun, "presence", None)  # "NATO's 60,000-member force"
        if trigger is not None and noun is None and trigger.people is not None:
            noun, klass = trigger.people, grammar.person_class(trigger.people)
        if trigger is None:
            if noun is None and _elliptical(number):
                verb = number.head if number.dep_ == "dobj" else number.head.head
                found.append(Candidate(match, (start, sentence.start_char + match.end), number,
                                       None, grammar.Trigger(verb, ELLIPSIS, None), sentence))
            continue
        if match.kind == "article" and (noun is None and number.lower_ in ("a", "an") or trigger.token == noun):
            continue  # "a deployment", "a prisoner exchange": an article alone claims no count
        if noun is None and trigger.type != "casualty":
            continue
        if trigger.type in ("presence", "deployment") and klass == "civilian":
            continue  # "the company sent 300 workers": forces are deployed, not staff
        if trigger.type == "presence" and klass not in ("combatant", None) and grammar.nominal_trigger(noun) is None:
            continue
        if grammar.negated(trigger.token, noun) or grammar.hypothetical(trigger.token, number):
            continue
        candidate = Candidate(match, (start, sentence.start_char + match.end), number, noun,
                              trigger, sentence)
        if found and _coordinated_singulars(found[-1], candidate):
            found[-1] = _join_singulars(found[-1], candidate)
            continue
        found.append(candidate)
    return found



ELLIPSIS = "ellipsis"



def _elliptical(number: Token) -> bool:
    """"South Korea estimated around 3,600": a bare figure reported by a source, standing for
    the people counted just before (resolved against the previous sentence's event)."""
    lex = grammar.lexicon()
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("around", "about", "at", "over") and head.dep_ == "prep":
        head = head.head  # the parser reads "estimated around 3,600" as a preposition
    elif number.dep_ != "dobj":
        return False
    if grammar.lemma(head) in lex.attribution_verbs:
        return True
    # "Officials put it at 3,600", but not "Assyrians numbered about 30,000": a valuation verb
    # whose subject names people gives their number, a population rather than losses
    return grammar.lemma(head) in lex.valuation_verbs and not any(
        c.dep_ in grammar.SUBJECT_DEPS and grammar.person_class(c) is not None for c in head.children)



def _coordinated_singulars(first: Candidate, second: Candidate) -> bool:
    """"An officer and a reservist soldier": two singular people coordinated under one verb,
    and only those two ("two Americans, an Eritrean and a Sudanese" lists three claims)."""
    return (
        first.count.kind == "article" and second.count.kind == "article"
        and first.noun is not None and second.noun is not None
        and second.noun.dep_ == "conj" and second.noun.head == first.noun
        and first.noun.dep_ not in ("conj", "appos")  # the parser reads a list as appositions
        and first.trigger.token == second.trigger.token
    )



def _join_singulars(first: Candidate, second: Candidate) -> Candidate:
    noun = second.noun
    end = noun.idx + len(noun.text)
    value = (first.count.value or 1) + 1
    count = replace(first.count, value=value, low=value, high=value, approx=None, kind="conjunction")
    return replace(first, count=count, count_span=(first.count_span[0], end), partner=noun)



def _count_record(doc: Doc, candidate: Candidate) -> dict:
    match = candidate.count
    start, end = candidate.count_span
    noun = candidate.noun
    return {
        "text": grammar.doc_text(doc, start, end), "start": start, "end": end,
        "value": match.value, "low": match.low, "high": match.high, "approx": match.approx,
        "unit": noun.text if noun is not None else None,
    }



def _token_record(token: Token) -> dict:
    return {"text": token.text, "start": token.idx, "end": token.idx + len(token.text)}



def find_events(
    doc: Doc, resolve_date: fields.DateResolver, date_spans: list[Span] | None = None
) -> list[dict]:
    """Every event in the Doc, one per claim, in text order (see module docstring).

    ``date_spans`` are the Doc's date expressions (``dates.find_date_spans``), passed in when
    the caller already has them for the article's ``dates`` list.
    """
    events: list[dict] = []
    speakers: list[dict] = []
    event_of_noun: dict[int, int] = {}
    unnamed_forces: list[dict] = []
    losses: list[dict] = []  # counts of losses that name no people ("400 casualties")
    followers: list[tuple[dict, dict]] = []  # ("two others", the event they follow)
    previous_sentence: Span | None = None
    if date_spans is None:
        date_spans = find_date_spans(doc)
    date_spans = [d for d in date_spans if not is_dateline(d)]
    home = _country_in_focus(doc)
    sentences = list(doc.sents)
    for sentence in sentences:
        previous: dict | None = None
        for candidate in _candidates(doc, sentence):
            trigger = candidate.trigger
            antecedent = None
            if trigger.type == ELLIPSIS:
                antecedent = _antecedent(events, previous_sentence)
                if antecedent is None:
                    continue
                trigger = candidate.trigger = grammar.Trigger(trigger.token, antecedent["type"], antecedent["outcome"])
            source = fields.source(trigger.token, candidate.number_token, sentence, speakers,
                             trigger_reports=antecedent is not None)
            in_sentence = fields.spans_in(date_spans, sentence)
            date, reported = fields.date(trigger.token, in_sentence, resolve_date)
            event = {
                "type": trigger.type,
                "outcome": trigger.outcome,
                "civilian": fields.civilian(candidate.noun, trigger),
                "actor": fields.actor(candidate.noun, candidate.number_token, trigger, sentence),
                "count": _count_record(doc, candidate),
                "location": fields.location(trigger, candidate.noun, candidate.number_token),
                "date": date,
                "source": source,
                "trigger": _token_record(trigger.token),
                "sentence": {"start": sentence.start_char, "end": sentence.end_char},
                "mentions": [],
                **fields.flags(candidate.trigger, candidate.sentence),
                "reported_date": reported,
                "is_total": False,
                "part_of": None,
            }
            if candidate.partner is not None:
                # "A Jordanian officer and a peacekeeper from Senegal": one count, both sides
                partner = fields.actor(candidate.partner, candidate.partner, trigger, sentence)
                event["actor"] = fields.joint_actor(doc, event["actor"], partner)
            if candidate.count.kind == "ordinal":
                event["cumulative"] = True
            event["date"] = date = _event_date(doc, event, trigger, in_sentence, resolve_date)
            if date is not None:
                event["reported_date"] = None  # only when the report day is all the text gives
                if date["text"].lower().startswith("since"):
                    event["cumulative"] = True  # "117 killed since May 1": a running total
                    if (raised := fields.day_of_raise(trigger.token, in_sentence, resolve_date)):
                        event["date"] = fields.from_to(date, raised)
            if event["location"] is None:
                # a running total spans many incidents: a neighbour's place is one of them
                event["location"] = fields.context_place(
                    sentence, None if event["cumulative"] else previous_sentence, trigger.type)
            if event["location"] and not event["location"]["country"] and trigger.type != "deployment":
                event["location"]["country"] = home
            if event["date"] is None and not event["reported_date"] and not event["cumulative"]:
                event["date"] = fields.context_date(events, sentence, previous_sentence,
                                                    date_spans, resolve_date)
            people = candidate.noun
            if people is None and antecedent is None and previous is None:
                people = _people_named_before(candidate.number_token, previous_sentence)
                if event["civilian"] is None and people is not None:
                    event["civilian"] = grammar.person_class(people) == "civilian"
            if antecedent is not None:
                event["actor"], event["civilian"] = antecedent["actor"], antecedent["civilian"]
            elif previous is not None and _refers_back(candidate.noun):
                # "a soldier was killed and two others injured": others of the same side
                if event["actor"] is None and previous["actor"] is None:
                    followers.append((event, previous))  # the side may be found later
                event["actor"] = event["actor"] or previous["actor"]
                if event["civilian"] is None:
                    event["civilian"] = previous["civilian"]
            elif event["actor"] is None and grammar.person_class(people) == "combatant":
                unnamed_forces.append(event)
            elif event["actor"] is None and candidate.noun is not None:
                event["actor"] = _people_of_place(event)
            if people is None or (grammar.person_class(people) in (None, "neutral")
                                  and grammar.nominal_trigger(people) is not None):
                losses.append(event)
            owner = _breakdown_owner(candidate)
            if owner is not None and owner.i in event_of_noun:
                total = event_of_noun[owner.i]
                event["part_of"] = total
                events[total]["is_total"] = True
            index = _add_or_merge(events, event)
            previous = events[index]
            if candidate.noun is not None:
                event_of_noun.setdefault(candidate.noun.i, index)
        speakers.extend(fields.sentence_speakers(sentence))
        previous_sentence = sentence
    events = _in_text_order(events)
    _incident_retold(doc, sentences, events, date_spans, resolve_date)  # explicit links first
    _lede_dated_next(sentences, events, date_spans, resolve_date)
    _date_from_lede(events)
    state_force = _state_force_in_focus(doc)
    unnamed_ids = {id(event) for event in unnamed_forces}
    for position, event in enumerate(events):
        if event["actor"] is not None:
            continue
        if id(event) in unnamed_ids:
            event["actor"] = (_force_in_focus(events[:position], event)
                              or _country_of(doc, event["source"])
                              or (None if _irregular(event) else state_force))
    for event, leader in followers:
        event["actor"] = event["actor"] or leader["actor"]
    for event in events:
        if event["actor"] and sides.is_generic(event["actor"]["group"] or ""):
            event["actor"] = _armed_group_in_focus(doc, sentences, event) or event["actor"]
    _losses_of_forces(events, losses)
    _lede_place(doc, sentences, events)
    return _merge_known_sides(events)



def _event_date(doc: Doc, event: dict, trigger: grammar.Trigger, in_sentence: list[Span],
                resolve_date: fields.DateResolver) -> dict | None:
    """The event's date read off its own sentence, then set by what the clause says about time:
    a toll counted from when a war began, a strength "now", a past interval ending by the
    report's day, a planned event's next month. Marks the event cumulative for the first."""
    date = event["date"]
    if trigger.type == "casualty" and (began := fields.began_at(trigger.token, in_sentence)):
        # "a revolt that began in the 1970s and has claimed 150,000 lives": since the 1970s
        event["cumulative"] = True
        return resolve_date(began, since=True) or date
    if date is None:
        if trigger.type == "presence" and (now := fields.now_word(trigger.token)):
            return resolve_date(now, today=True)  # "1,400 troops are now in Mali"
        return None
    span = doc.char_span(date["start"], date["end"])
    if span is None or not date["relative"] or not date["value"]:
        return date
    if event["planned"]:
        return resolve_date(span, ahead=True) or date  # "will deploy as soon as August": the next
    today = resolve_date(span, today=True)  # "has killed 500 people this week": by the report's day
    return fields.until(date, today) if today else date



def _merge_known_sides(events: list[dict]) -> list[dict]:
    """Restatements whose side was found only after they were read ("Russia's defense ministry
    said each country exchanged 195 prisoners", then its statement quoted: "195 Russian
    servicemen ... were returned") merge now that both name the same side."""
    total_of = {id(e): events[e["part_of"]] for e in events if e["part_of"] is not None}
    merged: list[dict] = []
    home: dict[int, dict] = {}  # each event read -> the merged event that now holds it

    def position(event: dict) -> int | None:
        return next((i for i, kept in enumerate(merged) if kept is event), None)

    for event in events:
        total = total_of.get(id(event))
        event["part_of"] = position(home[id(total)]) if total is not None and id(total) in home else None
        replaced = list(merged)
        index = _add_or_merge(merged, event)
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
    return _in_text_order(merged)



LEDE_SENTENCES = 4


def _lede_place(doc: Doc, sentences: list[Span], events: list[dict]) -> None:
    """A report's opening sentences place its incident, often twice, coarse then fine: "their
    military base in southern Somalia ... the base in the town of Leego". Casualties told
    there with no place, or only a country-wide one, take the first specific place the
    opening names, a town, district or province before a base or a border (GUIDELINES §5:
    the most specific place the article ties to the event)."""
    opening = sentences[:LEDE_SENTENCES]
    if not opening:
        return
    lede_end = opening[-1].end_char
    places = [place for sentence in opening for place in fields.sentence_places(sentence)]
    named = [place for place in places
             if not fields.country_wide(place) and fields.names_a_place(place, doc)
             and " and " not in place["text"]]  # "both Kandahar and Helmand": not one place
    if not named:
        return
    specific = min(named, key=lambda place: not fields.settlement(place, doc))
    countries = {place["country"] for place in places if fields.country_wide(place)}
    for event in events:
        if event["type"] != "casualty" or event["cumulative"] or event["sentence"]["start"] >= lede_end:
            continue
        place = event["location"]
        if place is None or (fields.country_wide(place) and place["country"] in countries):
            event["location"] = specific



#: How far back a definite "the attack" looks for the incident it points at.
LOOK_BACK_SENTENCES = 5


def _incident_retold(doc: Doc, sentences: list[Span], events: list[dict],
                     date_spans: list[Span], resolve_date: fields.DateResolver) -> None:
    """A report often tells an incident's toll in one sentence and its day or place in
    another that points back at it: "... was killed during a convoy attack. ... the attack
    that happened near Fallujah Oct. 6" (forward), or "... wounded during the combat" after
    "initiated the combat in Kandahar late Wednesday night" (backward). An event missing its
    date takes the retelling's; a missing or country-wide place gives way to the retelling's
    more specific one (GUIDELINES §5)."""
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    for event in events:
        i = position.get(event["sentence"]["start"])
        if i is None:
            continue
        wants_date = event["date"] is None and not event["reported_date"] and not event["cumulative"]
        # a place less exact than a town or district gives way to a retelling's more exact one
        place_rank = -1 if event["location"] is None else fields.specificity(event["location"], doc)
        wants_place = event["type"] != "deployment" and place_rank < 2
        later = sentences[i + 1] if i + 1 < len(sentences) else None
        if wants_date and later is not None and event["type"] == "deployment":
            # "... intends to send 3,000 more troops. The troops will be deployed immediately"
            if (verb := grammar.forces_retold(later)) is not None:
                spans = fields.spans_in(date_spans, later) + [  # "deployed immediately": from the report's day
                    doc[c.i : c.i + 1] for c in verb.children if c.dep_ == "advmod" and c.lower_ == "immediately"]
                found = fields.incident_day(verb, spans, resolve_date)
                if found is not None:
                    event["date"], wants_date = found, False
        ref = grammar.incident_reference(later) if later is not None else None
        if ref is not None:
            if wants_date:
                spans = [d for d in fields.spans_in(date_spans, later) if _told_of(ref, d.root)]
                found = fields.incident_day(ref, spans, resolve_date)
                if found is not None:
                    event["date"], wants_date = found, False
            if wants_place:
                places = [p for p in fields.sentence_places(later)
                          if " and " not in p["text"]  # "both Kandahar and Helmand": several
                          and (first := fields.place_span(p, doc))
                          and _told_of(ref, first[0]) and fields.specificity(p, doc) > place_rank]
                if places:
                    event["location"] = places[0]
        ref = grammar.incident_reference(sentences[i])
        if ref is None or not (wants_date or (wants_place and event["location"] is None)):
            continue
        earlier = _incidents_told_before(ref, sentences[max(0, i - LOOK_BACK_SENTENCES)].start)
        if wants_date:
            # the latest mention that gives a day: "initiated the combat late Wednesday
            # night ... 'conducted a combat operation' ... wounded during the combat"
            for mention in earlier:
                found = fields.incident_day(mention, fields.spans_in(date_spans, mention.sent),
                                            resolve_date)
                if found is not None:
                    if _goes_on_into(mention) and (j := position.get(mention.sent.start_char)):
                        began = fields.told_day(sentences[j - 1], date_spans, resolve_date)
                        found = fields.from_to(began, found) if began else found
                    event["date"] = found
                    break
        if wants_place and event["location"] is None:
            # "... 10 people were killed in that attack": the place the incident was told at
            for mention in earlier:
                places = [p for p in fields.sentence_places(mention.sent)
                          if " and " not in p["text"] and fields.specificity(p, doc) == 2]
                if places:
                    event["location"] = places[0]
                    break



def _told_of(incident: Token, token: Token) -> bool:
    """Whether a word is said of the incident: inside its phrase ("the attack that happened
    on Sunday") or on its own predicate ("the attack occurred Sunday"), not "was the second
    this week"."""
    if token in incident.subtree:
        return True
    predicate = incident.head
    if predicate.lemma_ == "be":
        return False
    while token != predicate:
        if token.head == token or (token.pos_ in ("VERB", "AUX") and token != predicate):
            return False
        token = token.head
    return True



def _goes_on_into(incident: Token) -> bool:
    """"The fighting lasted into Thursday morning": the incident began earlier, on the day the
    sentence before told."""
    verb = incident.head
    return incident.dep_ == "nsubj" and grammar.lemma(verb) in ("last", "continue", "stretch", "drag") and any(
        c.dep_ == "prep" and c.lower_ in ("into", "until", "till", "through") for c in verb.children)



def _incidents_told_before(ref: Token, limit: int) -> list[Token]:
    """The earlier mentions of an incident (a noun like "combat", "attack", "battle") within
    a few sentences, the latest first: what a definite "the combat" points back at."""
    incidents = grammar.lexicon().incident_nouns
    return [token for token in reversed(ref.doc[limit : ref.sent.start])
            if grammar.lemma(token) in incidents and not _in_since_clause(token)]



def _in_since_clause(token: Token) -> bool:
    """"since Israel launched its offensive after the October 7 attack": background."""
    return any(c.lower_ == "since" and c.dep_ in ("mark", "prep")
               for node in token.ancestors for c in node.children)



def _losses_of_forces(events: list[dict], losses: list[dict]) -> None:
    """"North Korean casualties", "3,600 injuries": losses that name no people are the
    losses of that side's forces when the article has counted that side's combatants before.
    People words ("Iraqis", "people") stay unknown (GUIDELINES §3)."""
    combatant_sides = set()
    loss_ids = {id(event) for event in losses}
    for event in events:
        side = _side_key(event["actor"])
        if event["civilian"] is None and side in combatant_sides and id(event) in loss_ids:
            event["civilian"] = False
        if event["civilian"] is False and side is not None:
            combatant_sides.add(side)



def _side_key(actor: dict | None):
    if not actor:
        return None
    side = actor.get("country") or actor.get("group")
    return tuple(side) if isinstance(side, list) else side



def _lede_dated_next(sentences: list[Span], events: list[dict], date_spans: list[Span],
                     resolve_date: fields.DateResolver) -> None:
    """A report often opens with a summary that has no day ("A suicide car bombing has killed
    nine soldiers") and tells the day in the next sentence ("The bomber blew up his vehicle
    near a patrol base on Monday"): the opening's undated events take that incident day."""
    if len(sentences) < 2:
        return
    opening = [e for e in events if e["sentence"]["start"] == sentences[0].start_char
               and e["date"] is None and not e["reported_date"] and not e["cumulative"]]
    if not opening:
        return
    day = fields.told_day(sentences[1], date_spans, resolve_date)
    if day is not None and day.get("granularity") == "day":
        for event in opening:
            event["date"] = day



def _date_from_lede(events: list[dict]) -> None:
    """A news report opens with its incident and its day ("killed 50 soldiers at dawn
    Friday") and then gives details without repeating the day: an event of the same type
    with no date of its own takes the lede's day. Running totals and report-dated figures
    keep their own."""
    lede = events[0] if events else None
    if lede is None or lede["date"] is None or lede["cumulative"]:
        return
    if lede["date"].get("granularity") != "day":
        return
    for event in events[1:]:
        if (event["date"] is None and not event["cumulative"] and not event["reported_date"]
                and event["type"] == lede["type"]):
            event["date"] = lede["date"]



def _country_in_focus(doc: Doc) -> str | None:
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



def _people_of_place(event: dict) -> dict | None:
    """"twenty people were killed across Iraq": people hit in a country, named by no side,
    are taken as that country's (GUIDELINES §10: stated or plainly implied)."""
    location = event["location"]
    if event["type"] != "casualty" or event["civilian"] is False or not location:
        return None
    if not location.get("country"):
        return None
    return {**{k: location[k] for k in ("text", "start", "end")},
            "country": location["country"], "group": None}



def _in_text_order(events: list[dict]) -> list[dict]:
    """Events sorted by their count's position (merging can put a later mention first), with
    ``part_of`` renumbered to the new positions."""
    order = sorted(range(len(events)), key=lambda i: events[i]["count"]["start"])
    new_index = {old: new for new, old in enumerate(order)}
    ordered = [events[i] for i in order]
    for event in ordered:
        if event["part_of"] is not None:
            event["part_of"] = new_index[event["part_of"]]
    return ordered



def _country_of(doc: Doc, source: dict | None) -> dict | None:
    """"Four soldiers died, the Israeli military said": a military reporting unnamed soldiers'
    deaths reports its own. The actor is the country named in the source phrase ("French
    Defense Minister Jean-Yves Le Drian says")."""
    if source is None:
        return None
    span = doc.char_span(source["start"], source["end"], alignment_mode="expand")
    for ent in span.ents if span is not None else ():
        code = sides.entity_code(ent)
        if code and sides.is_country_code(code):
            return fields.actor_record(doc, [code], [ent])
    return None



def _armed_group_in_focus(doc: Doc, sentences: list[Span], event: dict) -> dict | None:
    """The armed group the text has just named as fighters ("Hundreds of Taleban fighters
    clashed ... Nearly 30 militants were killed"): the militants counted without a name in the
    same or the two sentences before are that group's (GUIDELINES §3: upgraded only when the
    text identifies the group for those people). None when two groups are named there."""
    start = event["sentence"]["start"]
    index = next((i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char), 0)
    window = doc[sentences[max(0, index - 2)].start : sentences[index].end]
    named: dict[str, Span] = {}
    for ent in window.ents:
        code = sides.entity_code(ent)
        fighters = [ent.root.head] + ([doc[ent.end]] if ent.end < len(doc) else [])
        if sides.is_armed_group(code) and any(
                grammar.person_class(t) == "combatant" for t in fighters):
            named.setdefault(code, ent)
    if len(named) != 1:
        return None
    (code, ent), = named.items()
    return fields.actor_record(doc, [code], [ent])



def _state_force_in_focus(doc: Doc) -> dict | None:
    """The state force a report is about, from how it names forces ("The U.S. military has
    suffered...", "U.S. troops", "a Somali military base"): the country named beside a force
    word in at least 60% of such mentions. Unnamed soldiers of a report that names only one
    army's troops are that army's (GUIDELINES §3: actor from an explicit context)."""
    force_words = grammar.lexicon().force_words
    mentions: list[Span] = []
    codes: list[str] = []
    for ent in doc.ents:
        if ent.label_ not in ("NORP", "GPE"):
            continue
        code = sides.entity_code(ent)
        if not (code and sides.is_country_code(code)):
            continue
        following = doc[ent.end] if ent.end < len(doc) else None
        if ent.root.head.i != ent.root.i and grammar.lemma(ent.root.head) in force_words or (
            following is not None and grammar.lemma(following) in force_words
        ):
            mentions.append(ent)
            codes.append(code)
    if not mentions:
        return None
    top = max(codes, key=lambda c: (codes.count(c), -codes.index(c)))
    if codes.count(top) < 0.6 * len(codes):
        return None
    return fields.actor_record(doc, [top], [mentions[codes.index(top)]])



def _antecedent(events: list[dict], previous_sentence: Span | None) -> dict | None:
    """The last event, when it was read from the sentence just before."""
    if not events or previous_sentence is None:
        return None
    last = max(events, key=lambda e: e["count"]["start"])
    if last["sentence"]["start"] == previous_sentence.start_char:
        return last
    return None



def _people_named_before(number: Token, previous_sentence: Span | None) -> Token | None:
    """The people a bare count subject stands for: "The injured soldiers were taken to a
    hospital, where one later died"; "Three Marines ... Two were killed". Only a subject: the
    object of "killing 12" counts victims, not the attackers named before it."""
    if number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = previous_sentence.start if previous_sentence is not None else number.sent.start
    for token in reversed(number.doc[start : number.i]):
        if token.pos_ in ("NOUN", "PROPN") and grammar.person_class(token) in ("combatant", "civilian"):
            return token
    return None



def _refers_back(noun: Token | None) -> bool:
    """A count with no people noun of its own ("others", "3,600 injuries" after "400 North
    Korean casualties"): it counts the people just named."""
    return noun is None or grammar.lemma(noun) in ("other", "another", "more") or (
        grammar.person_class(noun) is None and grammar.nominal_trigger(noun) is not None
    )



def _irregular(event: dict) -> bool:
    """Counted people are an irregular force (militants, insurgents, fighters...)."""
    unit = event["count"]["unit"]
    return bool(unit) and sides.is_generic(unit)



def _force_in_focus(events: list[dict], unnamed: dict) -> dict | None:
    """The side of the last combatants counted with a named side: a report about U.S. soldiers
    that goes on to "a soldier was killed" means a U.S. soldier (GUIDELINES: actor from an
    explicit context)."""
    for event in reversed(events):
        actor = event["actor"] or {}
        named = isinstance(actor.get("country"), str) or (
            actor.get("group") and not sides.is_generic(actor["group"])
        )
        if event["civilian"] is False and named and _irregular(event) == _irregular(unnamed):
            return event["actor"]
    return None



def _breakdown_owner(candidate: Candidate) -> Token | None:
    """The total's noun for a breakdown ("eight people, including two children")."""
    token = candidate.noun if candidate.noun is not None else candidate.number_token
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in ("including", "among"):
        return grammar.total_noun(token.head)
    return None



def _claim_key(event: dict) -> tuple:
    count = event["count"]
    return (event["type"], event["outcome"], count["value"], count["low"], count["high"], count["approx"])



def _side(event: dict) -> tuple | None:
    actor = event["actor"]
    if actor is None:
        return None
    country = actor.get("country")
    return tuple(country) if isinstance(country, list) else country, actor.get("group")



def _compatible(a: dict | None, b: dict | None, key: str) -> bool:
    if a is None or b is None:
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
    def length(d: dict):
        if d["start_date"] is None or d["end_date"] is None:
            return None
        return dt.date.fromisoformat(d["end_date"]) - dt.date.fromisoformat(d["start_date"])

    a_length, b_length = length(a), length(b)
    return b if a_length is not None and b_length is not None and b_length < a_length else a



def _same_place(a: dict | None, b: dict | None) -> bool:
    """Two place phrases can denote one place: either is missing, they share a word, or one
    is a whole country the other lies in."""
    if a is None or b is None:
        return True
    def words(place: dict) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", place["text"]) if w[:1].isupper()}

    if (fields.country_wide(a) or fields.country_wide(b)) and a.get("country") == b.get("country"):
        return True  # "north of Baghdad" lies in "Iraq"
    return bool(words(a) & words(b)) or not (words(a) and words(b))



def _filled(event: dict) -> int:
    return sum(event[k] is not None for k in ("actor", "location", "date", "source"))



def _restates(kept: dict, event: dict) -> bool:
    """Whether ``event`` repeats the claim of ``kept``: same type, outcome, count and actor, and
    no conflicting date or place. "A soldier was killed" twice in a report is usually two
    soldiers, so counts of one or two must also agree on a date that both give."""
    if (
        _claim_key(kept) != _claim_key(event)
        or (_side(kept) != _side(event) and (None not in (_side(kept), _side(event)) or not _exact(event)))
        or not (_compatible(kept["date"], event["date"], "value") or (
            _exact(event) and _same_time(kept["date"], event["date"])))
        or not _same_place(kept["location"], event["location"])
    ):
        return False
    if event["count"]["value"] in (1, 2) and not event["count"]["text"].lower().startswith("the"):
        return kept["date"] is not None and event["date"] is not None
    return True



def _add_or_merge(events: list[dict], event: dict) -> int:
    """One event per claim: a restatement of the same figure becomes a mention of the fuller
    of the two. Returns the event's index in ``events``."""
    for index, kept in enumerate(events):
        if not _restates(kept, event) or event["part_of"] == index:
            continue
        if kept["sentence"] == event["sentence"] and kept["count"]["start"] != event["count"]["start"]:
            continue  # two counts in one sentence are two claims ("2 killed ... 2 wounded")
        primary, other = (event, kept) if _filled(event) > _filled(kept) else (kept, event)
        for key in ("actor", "location", "date"):  # a restatement adds what the first left out
            if primary[key] is None and other[key] is not None:
                primary[key] = other[key]
        if primary["date"] and other["date"]:
            primary["date"] = _narrower(primary["date"], other["date"])  # the more exact time
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

