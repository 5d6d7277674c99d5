"""Incidents: an article tells an incident's day once, and its later sentences leave it
implicit. ``incident_days`` reads the article as a run of incidents and gives each undated
casualty its incident's day; ``incident_retold`` takes the day and place a sentence that
points back at an incident states ("... the attack that happened near Fallujah Oct. 6").
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from pipeline.rules import grammar, places, sides, time
from pipeline.rules.grammar import goes_on_into, incidents_told_before, told_of
from pipeline.rules.time import LOOK_BACK_SENTENCES
from pipeline.text import timex
from pipeline.text.dates import days_spanned


def _in_own_sentence(event: dict, record: dict) -> bool:
    """Whether a field's span (a place, a date) lies in the event's own sentence, not taken
    from context."""
    return event["sentence"]["start"] <= record["start"] < event["sentence"]["end"]


def incident_retold(doc: Doc, sentences: list[Span], events: list[dict],
                     date_spans: list[Span], resolve_date: time.DateResolver) -> None:
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
        wants_date = (event["date"] is None and not event["reported_date"] and not event["cumulative"]
                      and not _told_as_an_earlier_incident(doc, event))
        # a place less exact than a town or district gives way to a retelling's more exact one
        place_rank = (-1, False) if event["location"] is None else places.exactness(event["location"], doc)
        # a running total's place is the war's, not one retold attack's
        wants_place = event["type"] != "deployment" and not event["cumulative"] and place_rank < (2, True)
        later = sentences[i + 1] if i + 1 < len(sentences) else None
        if wants_date and later is not None and event["type"] == "deployment":
            # "... intends to send 3,000 more troops. The troops will be deployed immediately"
            if (verb := grammar.forces_retold(later)) is not None:
                spans = time.spans_in(date_spans, later) + [  # "deployed immediately": from the report's day
                    doc[c.i : c.i + 1] for c in verb.children if c.dep_ == "advmod" and c.lower_ == "immediately"]
                found = time.incident_day(verb, spans, resolve_date)
                if found is not None:
                    event["date"], wants_date = found, False
        # "Separately, police said Friday's ambush ...": another incident's mention; "The
        # soldiers were wounded Saturday ...": the counted people's harm told again
        ref = None
        if later is not None and not grammar.opens_new_incident(later):
            ref = grammar.incident_reference(later) or (
                _harm_retold(doc, event, later) if wants_date or wants_place else None)
        if ref is not None:
            spans = [d for d in time.spans_in(date_spans, later) if told_of(ref, d.root)]
            found = time.incident_day(ref, spans, resolve_date) if spans else None
            if wants_date and found is not None:
                event["date"], wants_date = found, False
            elif event["date"] is not None and found is not None and places.apart_in_time(event["date"], found):
                # "This follows an attack on Tuesday which killed 40. The latest attacks took
                # place early Wednesday in Bouira": a retelling on another day is another incident
                wants_place = False
            if wants_place:
                country = places.country_of(event["location"], doc)
                told = [p for p in places.sentence_places(later)
                          if not places.several_places(p)  # "both Kandahar and Helmand": several
                          and (first := places.place_span(p, doc))
                          and told_of(ref, first[0]) and places.exactness(p, doc) > place_rank
                          # "wounded in Iraq. The attack took place near Gereshk": not that one's
                          and (country is None or places.country_of(dict(p), doc) in (None, country))]
                if told:
                    event["location"] = told[0]
        ref = grammar.incident_reference(sentences[i])
        if ref is None or not (wants_date or (wants_place and event["location"] is None)):
            continue
        earlier = incidents_told_before(ref, sentences[max(0, i - LOOK_BACK_SENTENCES)].start)
        if wants_date:
            # the latest mention that gives a day: "initiated the combat late Wednesday
            # night ... 'conducted a combat operation' ... wounded during the combat"
            for mention in earlier:
                if (grammar.opening_shift(mention.sent) or 0) < 0:
                    continue  # "The day before, the gunmen had attacked ...": an aside, not this one
                found = time.incident_day(mention, time.spans_in(date_spans, mention.sent),
                                            resolve_date)
                if found is not None:
                    if goes_on_into(mention) and (j := position.get(mention.sent.start_char)):
                        began = time.told_day(sentences[j - 1], date_spans, resolve_date)
                        found = time.from_to(began, found) if began else found
                    event["date"] = found
                    break
        if wants_place and event["location"] is None:
            # "... 10 people were killed in that attack": the place the incident was told at
            for mention in earlier:
                told = [p for p in places.sentence_places(mention.sent)
                          if not places.several_places(p) and places.specificity(p, doc) == 2]
                if told:
                    event["location"] = told[0]
                    break


def counted_noun(doc: Doc, event: dict) -> Token | None:
    """The noun an event's count counts ("villagers" in "14 villagers were wounded")."""
    count = event["count"]
    after = doc.char_span(count["start"], event["sentence"]["end"], alignment_mode="expand")
    return next((t for t in after if t.text == count["unit"]), None) if after is not None else None


def _harm_retold(doc: Doc, event: dict, sentence: Span) -> Token | None:
    """The verb of a sentence that tells a casualty's people harmed again by "the" and their
    noun ("five U.S. soldiers" ... "The soldiers were wounded Saturday"), or None."""
    if event["type"] != "casualty" or not event["count"]["unit"]:
        return None
    noun = counted_noun(doc, event)
    return grammar.people_retold(sentence, grammar.lemma(noun), event["outcome"]) if noun is not None else None


def deployment_told_once(doc: Doc, sentences: list[Span], events: list[dict],
                         date_spans: list[Span], resolve_date: time.DateResolver) -> None:
    """Military releases tell where and when forces go once, often with no count ("The 41st
    brigade is scheduled to mobilize three battalions to Afghanistan this summer"), then count
    the units that go ("Approximately 400 Soldiers will deploy with 2nd Battalion"). A
    deployment whose clause names no destination goes where the report last sent forces
    before it (else where it first sends them after it), and one with no time of its own
    takes the time that sending was told at, if told before it. Not when the sending names a
    side other than the event's, nor at a time apart from the event's (GUIDELINES §5, a
    place and a date from context)."""
    if not any(event["type"] == "deployment" and event["location"] is None for event in events):
        return  # nothing to place: no need to read every word for a sending
    told: list[tuple[int, dict, dict | None, list]] = []  # sentence index, place, day, sides named
    for i, sentence in enumerate(sentences):
        for word in sentence:
            place = places.destination_sent_to(word)
            if place is None:
                continue
            senders = [t for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")
                       for t in doc[c.left_edge.i : c.i + 1]]
            codes, _ = sides.entity_actor(senders)
            day = time.incident_day(word, time.spans_in(date_spans, sentence), resolve_date)
            told.append((i, place, day, codes))
            break
    if not told:
        return
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    for event in events:
        i = position.get(event["sentence"]["start"])
        if event["type"] != "deployment" or event["location"] is not None or i is None:
            continue
        before = [t for t in told if t[0] <= i]
        index, place, day, codes = before[-1] if before else next(t for t in told if t[0] > i)
        if codes and sides.side_code(event["actor"]) not in (None, *codes):
            continue  # "Germany will send troops to Lithuania": not where another side goes
        if event["date"] is not None and day is not None and places.apart_in_time(event["date"], day):
            continue  # another wave, maybe elsewhere
        event["location"] = dict(place)
        if event["date"] is None and day is not None and index <= i:
            event["date"] = day


def _turns(sentences: list[Span]) -> list[bool]:
    """Whether each sentence of the article turns to another incident
    (``grammar.opens_new_incident``), read once per article for the passes that ask."""
    if not sentences:
        return []
    return grammar.kept(sentences[0].doc, ("incident_turns", sentences[0].start, sentences[-1].end),
                        lambda: [grammar.opens_new_incident(s) for s in sentences])


def _outermost(told: list[dict]) -> list[dict]:
    """The place phrases not inside another of them: "near Gao" is one place with "an army
    convoy near Gao", "near Boulkessi" with "the camps near Boulkessi"."""
    return [p for p in told if not any(
        q is not p and q["start"] <= p["start"] and p["end"] <= q["end"] for q in told)]


def incident_place_told_elsewhere(doc: Doc, sentences: list[Span], events: list[dict],
                                  date_spans: list[Span], resolve_date: time.DateResolver) -> None:
    """An article often opens on an incident with only its country ("Gunmen in Burundi attacked
    three bases in the capital") and names its town paragraphs later, retelling it with the
    same word ("The gunmen attacked the sites in Bujumbura ... Friday"). A casualty with no
    place, or only a country-wide one, takes the town or district a sentence elsewhere tells
    of the incident word its own sentence uses, when that is the only such place the article
    tells of that word, on no other day, in the same country, and no "Separately" or "In other
    violence" lies between (GUIDELINES §5: the most specific place the article ties to it).
    Events that carried the coarse place from context carry the finer one too."""
    incident_words = grammar.lexicon().incident_nouns
    moved: dict[tuple[int, int], dict] = {}
    for event in events:
        place = event["location"]
        if event["type"] != "casualty" or event["cumulative"]:
            continue
        if place is not None and (place["start"], place["end"]) in moved and not _in_own_sentence(event, place):
            event["location"] = moved[(place["start"], place["end"])]  # the same incident's place
            continue
        if place is not None and (not places.country_wide(place) or places.told_over_many(event, doc)):
            continue
        index = next((i for i, s in enumerate(sentences) if s.start_char == event["sentence"]["start"]), None)
        if index is None:
            continue
        words = {grammar.lemma(t) for t in sentences[index] if grammar.lemma(t) in incident_words}
        if not words:
            continue
        told = _outermost(_places_told_of(doc, sentences, _turns(sentences), index, words, event["date"],
                                          date_spans, resolve_date))
        country = place and place.get("country")
        if len({p["text"].lower() for p in told}) != 1 or (
                country and places.country_of(dict(told[0]), doc) not in (None, country)):
            continue
        if place is not None:
            moved[(place["start"], place["end"])] = told[0]
        event["location"] = dict(told[0])


def incident_place_by_its_day(doc: Doc, sentences: list[Span], events: list[dict]) -> None:
    """The incident is told once: "Jihadists ambushed an army convoy near Gao on Saturday. The
    soldiers fought back for several hours. The army said 14 soldiers died." A casualty with no
    place whose day came from the sentence that told its incident (``incident_days``,
    ``incident_retold``) is where that sentence places the incident, as it is on that day
    (GUIDELINES §5: from context). Only one place told there (not "posts in Gao and Kidal"),
    none on a speaker, and a town or a point near one: a country or a region ("in southern
    Afghanistan") is left to the report's theatre (``places.place_in_focus``), which may hold a
    finer one; no sentence between turns to another incident. It runs after the passes that
    look for a finer place named elsewhere (a site named later, a town told next)."""
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    for event in events:
        day, i = event["date"], position.get(event["sentence"]["start"])
        if (event["location"] is not None or event["type"] != "casualty" or event["cumulative"]
                or day is None or i is None or _in_own_sentence(event, day)):
            continue
        told_in = next((k for k, s in enumerate(sentences[:i]) if s.start_char <= day["start"] < s.end_char), None)
        if told_in is None or i - told_in > LOOK_BACK_SENTENCES:
            continue
        if any(_turns(sentences)[told_in + 1 : i + 1]):
            continue
        told = _outermost([p for p in places.sentence_places(sentences[told_in]) if not places.several_places(p)])
        if len(told) == 1 and places.pinpoints(told[0], doc):
            event["location"] = dict(told[0])


def finer_place_next(doc: Doc, sentences: list[Span], events: list[dict], date_spans: list[Span],
                     resolve_date: time.DateResolver, home: str | None = None) -> None:
    """"Militants killed 10 police in Helmand province. They stormed a checkpoint in the town of
    Gereshk": a casualty placed only in a province, a region or a country ("a village in
    northwestern Pakistan"), or in a part of the report's country that names no place ("the
    country's northeast", "the region"), takes the town or district the next sentence names, when the
    gazetteer puts that town inside the event's place, or the gazetteer does not know it and
    the sentence names it as where the incident struck ("The explosion occurred in Usterzai",
    "fighters struck on Nampala"); the next sentence tells no figure of its own and does not
    turn to another incident, nor date another time than the event's ("... followed Tuesday's
    clash in south Mogadishu") (GUIDELINES §5: the most specific place tied to the event). A
    sentence between that only goes on counting the incident's dead, with no place of its own
    ("Fifteen other people were wounded."), is read past. A figure with no place whose sentence
    turns to another incident ("Meanwhile, militants released 37 hostages") is placed so
    within the report's country (``home``): it took no place from the incident before."""
    with_events = {event["sentence"]["start"] for event in events}
    placed_in_own = {event["sentence"]["start"] for event in events
                     if event["location"] is not None and _in_own_sentence(event, event["location"])}
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    refined: dict[tuple[int, int], dict] = {}  # a coarse place's span -> the finer place found for it
    for event in events:
        place, i = event["location"], position.get(event["sentence"]["start"])
        if (event["type"] != "casualty" or event["cumulative"] or i is None
                or places.told_over_many(event, doc)):
            continue
        if place is None and home is not None and grammar.opens_new_incident(sentences[i]):
            coarse = {"country": home, "precision": 4, "place": None}
        elif place is None:
            continue
        else:
            coarse = places.geocoded(place, doc)
            if coarse.get("place") is None and _an_unnamed_part(place, doc):
                coarse = {"country": coarse.get("country") or home, "precision": 4, "place": None}
        if coarse.get("precision") not in (2, 3, 4) or coarse.get("country") is None:
            continue
        for later in sentences[i + 1 : i + 3]:
            if (grammar.opens_new_incident(later) or later.start_char in placed_in_own
                    or places.dates_another_day(later, event["date"], date_spans, resolve_date)):
                break
            if later.start_char in with_events:
                continue  # the incident's figures told on, placed by context
            finer = next((c for c in places.sentence_places(later)
                          if not places.several_places(c) and _finer_place_of(c, coarse, later, doc)), None)
            if finer is not None:
                event["location"] = dict(finer)
                if place is not None:
                    refined[(place["start"], place["end"])] = finer
            break
    for event in events:  # later figures that took the coarse place from context take the finer one
        place = event["location"]
        if (place is not None and (finer := refined.get((place["start"], place["end"]))) is not None
                and not _in_own_sentence(event, place)):
            event["location"] = dict(finer)


def _an_unnamed_part(place: dict, doc: Doc) -> bool:
    """Whether a place phrase is one part of the report's country that names no place ("the
    country's northeast", "the region"), not a town the tables lack nor several places ("five
    different regions")."""
    span = places.place_span(place, doc)
    return span is not None and span.root.tag_ not in ("NNS", "NNPS") and not places.pinpoints(place, doc)


def _finer_place_of(candidate: dict, coarse: dict, sentence: Span, doc: Doc) -> bool:
    """Whether a place the sentence after an event names is a finer place of the event's
    coarse one: a town the gazetteer puts inside it, or a town it does not know that the
    sentence names as where an incident struck."""
    span = places.place_span(candidate, doc)
    if span is None or _told_as_before(span):
        return False
    fine = places.geocoded(candidate, doc)
    if fine.get("country") is None:
        incidents = grammar.lexicon().incident_nouns
        return (places.specificity(candidate, doc) == 2 and places.settlement(candidate, doc)
                and any(grammar.lemma(t) in incidents and t.i != span.root.i and told_of(t, span.root)
                        for t in sentence))
    # "the district of Ituri" is Ituri, no finer place of it
    return fine.get("place") != coarse.get("place") and places.lies_within(fine, coarse)


def _told_as_before(span: Span | None) -> bool:
    """Whether a place sits in a clause about what came before the incident ("after the police
    had left their base near Gwoza"): an "after"/"before" clause or a past perfect."""
    if span is None:
        return True
    for verb in (t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")):
        if any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
            return True
    return False


def _places_told_of(doc: Doc, sentences: list[Span], turns: list[bool], index: int, words: set[str],
                    day: dict | None, date_spans: list[Span], resolve_date: time.DateResolver) -> list[dict]:
    """The towns and districts other sentences tell of the same incident words, each on the
    event's day or on none, with no turn to another incident (``turns``) between it and the
    event's sentence (``sentences[index]``)."""
    found = []
    for i, sentence in enumerate(sentences):
        if i == index:
            continue
        mentions = [t for t in sentence if grammar.lemma(t) in words and not any(
            c.lower_ in grammar.lexicon().other_incident_words for c in t.children)]  # not "another attack"
        if not mentions or any(turns[min(i, index) + 1 : max(i, index) + 1]):
            continue
        told_day = time.told_day(sentence, date_spans, resolve_date)
        if day is not None and told_day is not None and told_day.get("value") != day.get("value"):
            continue
        for place in places.sentence_places(sentence):
            first = places.place_span(place, doc)
            if (first is not None and not places.several_places(place)
                    and any(grammar.told_of(m, first[0]) for m in mentions)
                    and places.pinpoints(place, doc)):
                found.append(place)
    return found


#: A day told more than this many days before the report is background ("Hamas' October 7,
#: 2023, attack" in a January 2025 story), not the incident later figures belong to.
RECENT_DAYS = 7


def _recent(day: dict, published: date | None) -> bool:
    if published is None or not day.get("end_date"):
        return True
    return (published - date.fromisoformat(day["end_date"])).days <= RECENT_DAYS


def _own_span_of_time(doc: Doc | None, event: dict) -> bool:
    """Whether the event's clause tells its own stretch of time that no date expression holds
    ("during the final months of the war", "throughout the siege")."""
    trigger = grammar.span_of(event.get("trigger"), doc) if doc is not None else None
    if trigger is None:
        return False
    incidents = grammar.lexicon().incident_nouns
    return any(c.dep_ == "prep" and c.lower_ in ("during", "throughout") and not any(
        grammar.lemma(o) in incidents for o in c.children if o.dep_ == "pobj")
        for verb in (trigger.root, *trigger.root.conjuncts) for c in verb.children)


def _told_as_an_earlier_incident(doc: Doc | None, event: dict) -> bool:
    """Whether the event is told inside what the incident in focus came after ("followed the
    bombing of a mosque, where 12 died"): no day of the sentences around it is its day."""
    trigger = grammar.span_of(event.get("trigger"), doc) if doc is not None else None
    return trigger is not None and grammar.in_an_earlier_incident(trigger.root)


def _told_of_an_act_about_it(doc: Doc | None, event: dict) -> bool:
    """Whether the event is told in a clause on an incident its sentence tells an act about
    (``time.incident_acted_on``)."""
    trigger = grammar.span_of(event.get("trigger"), doc) if doc is not None else None
    return trigger is not None and time.incident_acted_on(trigger.root) is not None


def _attacking_force(doc: Doc | None, event: dict) -> bool:
    """Whether a presence is the size of a force that made an attack ("six militants wearing
    suicide vests attempted to storm the building"; GUIDELINES §2): it is of the incident, and
    takes its day as the incident's casualties do. A force stationed somewhere is not."""
    if event["type"] != "presence" or doc is None:
        return False
    trigger = grammar.span_of(event.get("trigger"), doc)
    if trigger is None:
        return False
    lex = grammar.lexicon()
    attack_words = lex.attacking_verbs | lex.incident_nouns | lex.light_verbs
    root = trigger.root  # the force's verb, or the force itself as the subject of one
    near = (root, *root.children) if root.pos_ != "NOUN" else (root, root.head, *root.head.children)
    return any(grammar.lemma(t) in attack_words for t in near)


def _armed_subject(sentence: Span) -> bool:
    """Whether a sentence's main verb has armed people as its subject ("a gunman entered")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and grammar.person_class(c) == "combatant"
               for c in sentence.root.children)


def incident_days(sentences: list[Span], events: list[dict], published: date | None,
                  date_spans: list[Span] = (), resolve=None) -> None:
    """The day an incident is told on, for the casualties it left undated (GUIDELINES §5: a
    date from context). The article is read in order as a run of incidents: a casualty dated
    to a day in its own clause tells its incident's day ("clashed Wednesday night ... killed
    30"), and so does a sentence that tells the incident itself with no count ("This morning,
    Algiers was targeted by two bombings.", or one whose subject is armed: "Early Monday, a
    suicide attacker detonated his vehicle"); the undated casualties after it, in any later
    paragraph, are of the same incident and take that day, until another day is told or a
    sentence turns to another incident ("Separately", "Meanwhile", "In another attack"). A time of
    day alone ("The assault began at about 3 a.m.") goes on the day told before; it is the
    report's day only when none was.
    Running totals, report-dated figures and plans neither give nor take a day: they are not
    one incident's; nor does a day long before the report (``RECENT_DAYS``), which tells the
    background, unless the opening sentence tells it ("On January 15, a strike killed 15
    people" in a January 27 story: the report's own incident)."""
    starts_new = {s.start_char for i, s in enumerate(sentences) if i > 0 and grammar.opens_new_incident(s)}
    # "The day before, ...", "A week earlier, ...": an aside on an earlier day, after which the
    # report comes back to its incident; it neither ends that incident's day nor gives its own
    look_backs = {s.start_char for s in sentences if (grammar.opening_shift(s) or 0) < 0}
    with_events = {event["sentence"]["start"] for event in events}
    told: dict[int, dict] = {}  # sentence start -> the day a sentence with no event tells its incident on
    if resolve is not None:
        for sentence in sentences:
            # an incident word tells one; so does a sentence whose subject is an armed actor
            # ("Early Monday, a suicide attacker detonated his vehicle"), not a meeting's
            if sentence.start_char in with_events or not (
                    grammar.tells_an_incident(sentence) or _armed_subject(sentence)):
                continue
            found = time.told_day(sentence, date_spans, resolve)
            if found is not None and found.get("granularity") == "day" and found["start_date"] == found["end_date"]:
                told[sentence.start_char] = found
    # the opening sentence tells the report's own incident, however long ago it was
    lede = sentences[0].start_char if sentences else None
    day: dict | None = None
    pending = sorted(told.items())
    doc = sentences[0].doc if sentences else None
    for event in events:  # in text order
        while pending and pending[0][0] < event["sentence"]["start"]:
            start, found = pending.pop(0)
            if start in look_backs:
                continue
            if start in starts_new:
                day = None
            if day is not None and timex.names_no_day(found["text"]):
                continue  # "On Monday, rebels stormed ... The assault began at about 3 a.m.": Monday's
            day = found if _recent(found, published) else day
        if event["sentence"]["start"] in look_backs:
            continue
        if event["sentence"]["start"] in starts_new:
            day = None
        if event["cumulative"] or event["planned"] or not (
                event["type"] == "casualty" or _attacking_force(doc, event)):
            continue
        if event["date"] is not None:
            if event["date"].get("granularity") in ("day", "week"):  # "on Monday", "last week"
                in_lede = event["sentence"]["start"] == lede
                day = event["date"] if in_lede or _recent(event["date"], published) else None
            continue
        if _own_span_of_time(doc, event):
            continue  # "killed during the final months of the war": a time of its own, not a day
        if _told_as_an_earlier_incident(doc, event):
            continue  # "The attack followed the bombing of a mosque, where 12 died": before this day
        if _told_of_an_act_about_it(doc, event):
            continue  # "arrested two men over a bombing that killed six": the arrest's day is not its
        if day is not None and (not event["reported_date"] or (day.get("end_date") or "") < event["reported_date"]):
            # "Nine policemen were killed, the governor said Sunday" after "late Saturday": the
            # incident's day, told before the day the figure was given (GUIDELINES §5)
            event["date"], event["reported_date"] = day, None


#: How many sentences after an undated casualty a retelling may give its incident's day (a
#: report of one incident may name its day only near the end: "... to discuss the strike, which
#: occurred in the early morning hours Wednesday"). 8, not 6, since stop 38: no tuned or fresh
#: set moved; unread y gained four dates (seen in its aggregate: a mild selection on y).
LOOK_AHEAD_SENTENCES = 8


def incident_day_told_later(sentences: list[Span], events: list[dict], published: date | None,
                            date_spans: list[Span], resolve) -> None:
    """Reports often open on an incident with no day ("A suicide bomber has killed 30 people
    at a meeting of elders") and name the day later, on a mention of the same incident
    ("Friday's attack appears aimed at ...", "in the Friday night attack"). A casualty still
    undated takes the day a definite mention of an incident within the next few sentences
    carries on its own words, unless a sentence between turns to another incident or tells
    another day (GUIDELINES §5: a date from context)."""
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    # sentences that tell a day of their own ("... killed on Monday"), not one from context
    dated_sentences = {event["sentence"]["start"] for event in events
                       if event["date"] is not None and _in_own_sentence(event, event["date"])}
    doc = sentences[0].doc if sentences else None
    for event in events:
        i = position.get(event["sentence"]["start"])
        if (i is None or event["date"] is not None or event["type"] != "casualty" or event["cumulative"]
                or event["planned"] or _own_span_of_time(doc, event) or _told_as_an_earlier_incident(doc, event)
                or _several_incidents(sentences[i])):
            continue
        for later in sentences[i : i + 1 + LOOK_AHEAD_SENTENCES]:
            if later.start != sentences[i].start and grammar.opens_new_incident(later):
                break
            # the day said of the incident mentioned: in its phrase ("Sunday's fighting") or on
            # its own predicate ("The bomb struck their car late Monday"), even in a sentence
            # that goes on to date a figure of its own ("... the deadliest since May 4, when
            # five died"); in the event's own sentence too ("said Thursday's raid targeted a
            # base and confirmed the death of six soldiers")
            ref = grammar.incident_reference(later)
            if later.start == sentences[i].start and event["outcome"] == "captured":
                ref = None  # "detained six men over the ambush that killed four on Monday": taken after it
            on_it = [] if ref is None else [d for d in time.spans_in(date_spans, later) if grammar.told_of(ref, d.root)]
            day = time.incident_day(ref, on_it, resolve) if on_it else None
            if day is not None:
                if (day.get("granularity") == "day" and _recent(day, published)
                        and (not event["reported_date"] or (day.get("end_date") or "") <= event["reported_date"])):
                    event["date"], event["reported_date"] = day, None
                break
            if later.start == sentences[i].start:
                continue  # its own sentence gave no day of the incident: read on
            if later.start_char in dated_sentences:
                break
            if (between := time.told_day(later, date_spans, resolve)) is not None and _recent(between, published):
                break  # another incident's day told between (not background: "... Hariri in February 2005")


def parts_of_a_short_total(sentences: list[Span], events: list[dict]) -> None:
    """"Militants have killed eight U.S. troops in separate incidents since late Tuesday. Four
    U.S. soldiers were killed in a roadside bombing, while one was killed in a separate
    gunbattle": figures that break down a total told over a few days, in the sentence right
    after it, with no time of their own, fall in the total's window (GUIDELINES §5). Only a
    window of up to ``time.INCIDENT_DAYS`` days; a war's toll is no window of its parts."""
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    for event in events:
        i = position.get(event["sentence"]["start"])
        if (i is None or i == 0 or event["date"] is not None or event["type"] != "casualty"
                or event["cumulative"] or event["planned"]):
            continue
        before = sentences[i - 1].start_char
        total = next((e for e in events if e["sentence"]["start"] == before and _short_window(e["date"])
                      and e["type"] == "casualty" and e["outcome"] == event["outcome"]
                      and _at_least(e["count"], event["count"]) and sides.same_side(e["actor"], event["actor"], unknown_agrees=True)), None)
        if total is not None:
            event["date"] = dict(total["date"])


def _short_window(day: dict | None) -> bool:
    """Whether a date is a stretch of two to ``time.INCIDENT_DAYS`` days ("since late Tuesday")."""
    span = days_spanned(day)
    return span is not None and 0 < span <= time.INCIDENT_DAYS


def _at_least(total: dict, part: dict) -> bool:
    """Whether a total's figure is at least a part's (unknown figures do not say no)."""
    whole, piece = total.get("value") or total.get("low"), part.get("value") or part.get("low")
    return whole is None or piece is None or whole >= piece


def _several_incidents(sentence: Span) -> bool:
    """Whether a sentence tells a toll of several incidents ("Insurgent attacks claimed the
    lives of two more soldiers", "in separate incidents"): no one retelling's day is theirs."""
    incidents = grammar.lexicon().incident_nouns
    return any(t.tag_ == "NNS" and grammar.lemma(t) in incidents for t in sentence)


#: How far after the report's day a casualty's date may fall before it is read as a slip: a
#: report dated by its wire time may tell of "tonight" in another time zone.
AFTER_REPORT_DAYS = 1


def no_harm_after_the_report(events: list[dict], published: date | None) -> None:
    """A casualty the report tells as done cannot have happened after the report's day. Such a
    date comes from a time counted the wrong way ("The attack came three months after the
    assault ..., when almost 100 were killed", counted forward from the attack): the event is
    left undated rather than dated wrongly. Plans keep theirs ("will be freed next week")."""
    if published is None:
        return
    for event in events:
        when = event["date"]
        if (event["type"] == "casualty" and not event["planned"] and when is not None
                and when.get("start_date")
                and (date.fromisoformat(when["start_date"]) - published).days > AFTER_REPORT_DAYS):
            event["date"] = None

