"""The fields of an event, read around its counted noun and trigger: actor, civilian flag,
location, date, source and the SPEC flags.

Each function reads the parse and returns a SPEC sub-dict (spans into ``doc.text``) or None;
the context rules (a place or date from the incident's neighbouring sentence) are here too, and
``events.py`` decides when to apply them.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.rules import sides

from pipeline.rules import grammar

#: Resolves a date expression's span (``api.Extractor``'s ``resolve``): ``ahead`` for a time still
#: to come, ``since`` for a running total from it, ``today`` for the publication day.
DateResolver = Callable[..., "dict | None"]



def entity_actor(tokens) -> tuple[list, list[Token]]:
    """Actor codes named by entity tokens, in order, and the tokens that named them."""
    codes, named = [], []
    seen_ents = set()
    for token in tokens:
        if token.ent_type_ not in ("NORP", "GPE", "ORG"):
            continue
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is None or ent.start in seen_ents:
            continue
        seen_ents.add(ent.start)
        code = sides.entity_code(ent)
        if not code:
            continue
        if code not in codes:
            codes.append(code)
            named.append(ent)
    return codes, named



def actor(noun: Token | None, number: Token, trigger: grammar.Trigger, sentence: Span) -> dict | None:
    """Whose people: the nationality or group modifying the noun, else the deploying subject,
    else a generic armed class for unnamed militants."""
    doc = number.doc
    if noun is not None:
        window = [t for t in noun.subtree if t.i <= noun.i] + [noun]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                window.extend(child.subtree)
        window.extend(doc[min(number.i, noun.i) : max(number.i, noun.i) + 1])
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ == "from":
            window.extend(after.subtree)  # "killed another peacekeeper from Zambia", misattached
        codes, named = entity_actor(sorted(set(window), key=lambda t: t.i))
        if codes:
            return actor_record(doc, codes, named)
        for other in reversed(doc[sentence.start : noun.i]):
            # "a patrol of Iraqi police commandos ..., killing one commando": the same people
            if other.pos_ == "NOUN" and grammar.lemma(other) == grammar.lemma(noun):
                codes, named = entity_actor([t for t in other.subtree if t.i <= other.i])
                if codes:
                    return actor_record(doc, codes, named)
                break
        for child in noun.children:  # "Hamas says five of its members were killed"
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                group = grammar.group_before(child)
                codes, named = entity_actor([group]) if group is not None else ([], [])
                if codes:
                    return actor_record(doc, codes, named)
    if trigger.type == "deployment" and trigger.token.pos_ in ("VERB", "AUX"):
        verb = trigger.token
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c != noun]  # not "troops based in Spain"
            if subjects:
                codes, named = entity_actor(subjects[0].subtree)
                if codes:
                    return actor_record(doc, codes[:1], named[:1])
                break
            if verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head != verb:
                verb = verb.head
            else:
                break
    if trigger.type == "casualty":
        # "North Korea's forces suffered 400 casualties": the side that suffers them
        verb = trigger.token
        while verb.dep_ in ("compound", "dobj", "nummod", "amod", "pobj", "prep") and verb.head != verb:
            verb = verb.head
            if grammar.lemma(verb) in grammar.lexicon().suffering_verbs:
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                codes, named = entity_actor(subjects[0].subtree) if subjects else ([], [])
                if codes:
                    return actor_record(doc, codes[:1], named[:1])
                break
    if noun is not None:
        generic = sides.lookup(noun.text) or sides.lookup(noun.lemma_)
        if generic and generic.kind == "generic":
            return {"text": noun.text, "start": noun.idx, "end": noun.idx + len(noun.text),
                    "country": None, "group": generic.code}
        armed = [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "armed"]
        if armed and grammar.lexicon().person_class.get(grammar.lemma(noun)) != "combatant":
            # "2,000 armed youth", "armed men": unnamed attackers (GUIDELINES §10)
            return {"text": armed[0].text, "start": armed[0].idx, "end": armed[0].idx + len(armed[0].text),
                    "country": None, "group": "militants"}
    return None



def actor_record(doc: Doc, codes: list, named: list[Span]) -> dict:
    """The actor dict for the sides named. A multinational force named with a contributing
    country is the force ("a United Nations peacekeeper from Nepal" -> UN, GUIDELINES §3)."""
    start, end = named[0].start_char, named[-1].end_char
    countries = [c for c in codes if sides.is_country_code(c)]
    groups = [c for c in codes if not sides.is_country_code(c)]
    if any(sides.is_multinational(g) for g in groups):
        countries, groups = [], [g for g in groups if sides.is_multinational(g)]
    country = countries[0] if len(countries) == 1 else (countries or None)
    return {
        "text": grammar.doc_text(doc, start, end), "start": start, "end": end,
        "country": country,
        "group": groups[0] if groups and not countries else None,
    }



def joint_actor(doc: Doc, first: dict | None, second: dict | None) -> dict | None:
    """The side of one count of two coordinated people: the first's, or both countries as a
    list when they differ (GUIDELINES §3: a count covering more than one side)."""
    if first is None or second is None or first["country"] is None or second["country"] is None:
        return first or second
    if first["country"] == second["country"]:
        return first
    start, end = min(first["start"], second["start"]), max(first["end"], second["end"])
    return {"text": grammar.doc_text(doc, start, end), "start": start, "end": end,
            "country": [first["country"], second["country"]], "group": None}



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
    if head.lower_ in grammar.DIRECTIONS:
        # "a roadside bomb southeast of Baghdad killed": parsed with the direction as the head
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            if found := grammar.place_phrase(prep):
                return _place_record(head, found[1])
    for child in head.children:
        if child.dep_ == "advmod" and child.lower_ in grammar.DIRECTIONS:
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



def _paragraph_break(previous: Span, sentence: Span) -> bool:
    """Whether a line break separates two sentences (spaCy may keep it inside either)."""
    last = max((t for t in previous if not t.is_space), key=lambda t: t.i, default=None)
    first = min((t for t in sentence if not t.is_space), key=lambda t: t.i, default=None)
    if last is None or first is None:
        return True
    return any("\n" in t.text_with_ws for t in sentence.doc[last.i : first.i])



def context_date(events: list[dict], sentence: Span, previous: Span | None,
                 date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The incident's date told by an event in the sentence before, in the same paragraph
    ("Hundreds of fighters clashed Wednesday night. Nearly 30 militants were killed"), or by
    the sentence before when its speaker goes on: GUIDELINES §5, a date from context.
    Running totals neither give nor take one."""
    if previous is None:
        return None
    if not _paragraph_break(previous, sentence):
        for event in reversed(events):
            if event["sentence"]["start"] == previous.start_char and event["date"] and not event["cumulative"]:
                return event["date"]
    if _speaker_goes_on(sentence):
        # "Miller says forces began the combat late Wednesday night. '... killing 18,' he
        # announced": the same speaker goes on telling the same incident
        return told_day(previous, date_spans, resolve)
    return None



def told_day(sentence: Span, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The day of the incident a sentence tells, leaving out the day of its report ("said on
    Saturday")."""
    verbs = grammar.lexicon().attribution_verbs
    told = [d for d in spans_in(date_spans, sentence)
            if grammar.lemma(d.root.head) not in verbs
            and not (d.root.head.dep_ == "prep" and grammar.lemma(d.root.head.head) in verbs)
            and not _right_after_reporting(d)]
    return incident_day(sentence.root, told, resolve)



def _right_after_reporting(span: Span) -> bool:
    """"Officials said on Monday the bomber struck": a day right after a reporting verb is
    the report's, however the parser attached it."""
    before = span.start - 1
    if before >= span.sent.start and span.doc[before].lower_ == "on":
        before -= 1
    return before >= span.sent.start and grammar.lemma(span.doc[before]) in grammar.lexicon().attribution_verbs



def spans_in(date_spans: list[Span], sentence: Span) -> list[Span]:
    """The date expressions that start inside a sentence."""
    return [d for d in date_spans if sentence.start <= d.start < sentence.end]



def incident_day(anchor: Token, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The date an incident word or clause tells (see ``date``), for an event that states none
    of its own; a running total's "since ..." is not an incident's day."""
    found, _ = date(anchor, date_spans, resolve)
    if found is None or found["text"].lower().startswith("since"):
        return None
    return found



def from_to(first: dict, last: dict) -> dict:
    """The interval from the start of one date to the end of a later one, its text and span
    those of the first: "Wednesday night ... lasted into Thursday morning", "since May 1" up to
    "late Tuesday". The later date alone when either is unresolved or they do not follow."""
    if None in (first["start_date"], last["end_date"]) or first["start_date"] >= last["end_date"]:
        return last
    start, end = first["value"].split("/")[0], last["value"].split("/")[-1]
    return {**first, "value": f"{start}/{end}", "end_date": last["end_date"]}



def until(date: dict, today: dict) -> dict:
    """A day-by-day interval cut at the report's day ("this week" in a Friday story: Monday
    to Friday); months, seasons and years keep their calendar value."""
    parts = date["value"].split("/")
    if len(parts) != 2 or len(parts[1]) != 10 or date["end_date"] <= today["end_date"]:
        return date
    if today["end_date"] <= date["start_date"]:
        return date
    return from_to(date, today)



def now_word(trigger: Token) -> Span | None:
    """"now" or "currently" on a presence's verb ("troops are now in Mali", "forces that are
    currently in Romania"): a strength stated for the day of the report."""
    for verb in (trigger, trigger.head):
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in ("now", "currently"):
                return child.doc[child.i : child.i + 1]
    return None



def began_at(trigger: Token, date_spans: list[Span]) -> Span | None:
    """"a revolt that began in the 1970s and has claimed 150,000 lives", "The war, which
    started in 2011, has killed 500,000": a toll in the perfect counts from when the war began,
    a running total like "since the 1970s" (GUIDELINES §5)."""
    if trigger.dep_ == "dobj":
        trigger = trigger.head  # "has claimed 150,000 lives": the toll noun's verb
    if not any(c.dep_ == "aux" and grammar.lemma(c) == "have" for c in trigger.children):
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    for span in date_spans:
        verb = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if grammar.lemma(verb) not in ("begin", "start", "erupt"):
            continue
        if (trigger.dep_ == "conj" and trigger.head == verb) or (
                verb.dep_ == "relcl" and verb.head in subjects):
            return span
    return None



def day_of_raise(trigger: Token, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """"The deaths of the two soldiers late Tuesday pushed to 117 the number killed since
    May 1": the day of what raised a running total, told on the subject of the verb that
    raised it, is where the total's period ends (GUIDELINES §5: the event's date, not the
    report's)."""
    for verb in trigger.ancestors:
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for span in date_spans:
                if span.root in subject.subtree and not span[0].lower_ == "since":
                    return resolve(span)
    return None



def _speaker_goes_on(sentence: Span) -> bool:
    """Whether a pronoun reports the sentence ("he announced", "she said"): the speaker named
    just before goes on."""
    verbs = grammar.lexicon().attribution_verbs
    return any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") and grammar.lemma(t.head) in verbs
               for t in sentence)



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



def source(
    trigger: Token, count: Token, sentence: Span, speakers: list[dict], *,
    trigger_reports: bool = False,
) -> dict | None:
    """Who gives the figure: "according to X", or the subject of a reporting verb above the
    trigger ("X said", "X estimates"); the trigger itself when it is the reporting verb of an
    elliptical figure. A pronoun subject ("he announced") is the nearest speaker named above it
    in the same sentence, else the last speaker named before (``speakers``). A subject that
    contains the count ("a captured soldier reveals") is what is counted, not who counts."""
    doc = trigger.doc
    for token in sentence:
        if token.lower_ == "according" and token.dep_ == "prep":
            end_token = token.right_edge
            start, end = token.idx, end_token.idx + len(end_token.text)
            return {"text": grammar.doc_text(doc, start, end), "start": start, "end": end}
    pronoun = False
    for verb in [trigger, *trigger.ancestors]:
        if verb == trigger and not trigger_reports:
            continue
        subject = _reporting_subject(verb)
        if subject is None or count in subject.subtree:
            continue
        if subject.pos_ == "PRON":
            pronoun = pronoun or subject.lower_ in ("he", "she", "they", "it")
            continue
        return _speaker_record(subject, verb)
    if pronoun and speakers:
        return dict(speakers[-1])
    return None



def _reporting_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb ("X said", "X took to X to share that"), or None when
    ``verb`` reports nothing ("attacks claimed the lives of two soldiers")."""
    lex = grammar.lexicon()
    if grammar.lemma(verb) not in lex.attribution_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "dobj" and grammar.lemma(c) == "life" for c in verb.children):
        return None
    for node in (verb, verb.head):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("xcomp", "advcl"):
            break
    # "... killed in an airstrike on Idlib, the Syrian Observatory said": the parser hangs the
    # speaker on the place as an apposition; the phrase right before the verb is the speaker
    node = verb.doc[verb.i - 1] if verb.i > 0 else verb
    while node.dep_ in ("pobj", "prep", "compound", "amod") and node.head != node:
        node = node.head
    if node.dep_ == "appos" and node.pos_ in ("NOUN", "PROPN") and node.i < verb.i:
        return node
    return None



def _speaker_record(subject: Token, verb: Token) -> dict:
    """The source span: the speaker phrase, with the reporting verb when it is adjacent."""
    start_tok, end_tok = subject.left_edge, subject.right_edge
    if 0 < verb.i - end_tok.i <= 2:
        end_tok = verb
    elif 0 < start_tok.i - verb.i <= 2:
        start_tok = verb
    start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
    return {"text": grammar.doc_text(subject.doc, start, end), "start": start, "end": end}



def sentence_speakers(sentence: Span) -> list[dict]:
    """Named speakers of a sentence's reporting verbs, for "he said" in later sentences."""
    found = []
    for token in sentence:
        subject = _reporting_subject(token)
        if subject is not None and subject.pos_ != "PRON":
            found.append(_speaker_record(subject, token))
    return found



def _tree_distance(a: Token, b: Token) -> int | None:
    """Edges between two tokens in the dependency tree, None when in different trees."""
    up_a = [a, *a.ancestors]
    for steps, token in enumerate([b, *b.ancestors]):
        if token in up_a:
            return steps + up_a.index(token)
    return None



def _in_other_clause(token: Token, trigger: Token) -> bool:
    """Whether a token sits in a relative clause that does not contain the trigger. A clause
    on the incident itself tells the event's own time ("In a gun battle that took place on
    Sunday, eight insurgents were killed")."""
    incidents = grammar.lexicon().incident_nouns
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            where = any(c.lower_ == "where" for c in node.children)
            scope = trigger.head if trigger.dep_ == "conj" else trigger  # "killed and ten injured"
            if grammar.lemma(node.head) in incidents and node.head in scope.subtree and not where:
                return False
            return trigger not in node.subtree
        if node == trigger:
            return False
    return False



def date(trigger: Token, date_spans: list[Span], resolve: DateResolver) -> tuple[dict | None, str | None]:
    """The event date: the DATE entity nearest the trigger in the parse. A date that modifies
    only a reporting verb above the trigger ("the military said Saturday") is the report date,
    and a date outside the trigger's tree (a dateline) is used only when nothing else is."""
    lex = grammar.lexicon()
    best, reported, loose = None, None, None
    for ent in date_spans:
        if _in_other_clause(ent.root, trigger):
            continue  # "near Jabalia, where troops have fought since October": not this event
        if ent[0].lower_ == "since" and _since_on_other_noun(ent[0], trigger):
            continue  # "the worst attack since the 2003 invasion": a comparison, not a total
        resolved = resolve(ent)
        if resolved is None:
            continue
        head = ent.root.head
        if (
            grammar.lemma(head) in lex.attribution_verbs
            and head in trigger.ancestors
            and ent.root not in trigger.subtree
            and not _after_incident_word(ent)
        ) or (_right_after_reporting(ent) and ent.root not in trigger.subtree):
            reported = reported or resolved.get("value")
            continue
        distance = _tree_distance(ent.root, trigger)
        if distance is None:
            loose = loose or resolved
        elif best is None or distance < best[0]:
            best = (distance, resolved)
    if best is not None:
        return best[1], reported
    return (None if reported else loose), reported



def _since_on_other_noun(since: Token, trigger: Token) -> bool:
    """Whether "since" hangs on a superlative ("the deadliest attack since 2003", "one of the
    worst attacks since the invasion"): a comparison, not the period of a running total like
    "killed since May 1" or "a wave of attacks since August"."""
    head = since.head
    if head == trigger or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.tag_ == "JJS" or c.lower_ in ("first", "last", "only") for c in head.children)



def _after_incident_word(ent: Span) -> bool:
    """"In violence Tuesday, police say...": a day set right after an incident word names the
    incident's day even when the parser hangs it on the reporting verb."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    return before is not None and grammar.lemma(before) in grammar.lexicon().incident_nouns



def flags(trigger: grammar.Trigger, sentence: Span) -> dict:
    """The SPEC flags read off the trigger's clause: hedge, planned, released, cumulative."""
    lex = grammar.lexicon()
    token = trigger.token
    words = {t.lower_ for t in sentence}
    lemmas = {grammar.lemma(t) for t in sentence}
    hedge = next((t.lower_ for t in sentence if t.lower_ in lex.hedges), None)
    planned = False
    if trigger.type == "deployment":
        chain = [token, *list(token.ancestors)[:3]]
        planned = any(
            c.dep_ == "aux" and c.lower_ in lex.planned_aux for t in chain for c in t.children
        ) or any(grammar.lemma(t) in lex.planned_heads for t in chain[1:]) or grammar.reported_future(token)
        if token.pos_ == "NOUN" and grammar.lemma(token.head) in lex.planned_heads:
            planned = True
    released = trigger.type == "casualty" and trigger.outcome == "captured" and bool(
        lemmas & lex.release_cues
    )
    cumulative = trigger.type == "casualty" and (
        any(c.lower_ == "since" for t in (token, *token.ancestors) for c in t.children)
        or ("so" in words and "far" in words)
        or ("to" in words and "date" in words)
    )
    return {"planned": planned, "released": released, "cumulative": cumulative, "hedge": hedge}



def civilian(noun: Token | None, trigger: grammar.Trigger) -> bool | None:
    if trigger.type != "casualty":
        return False
    klass = grammar.person_class(noun)
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and grammar.person_class(child) == "civilian":
                return True  # "civilian interpreter", not "policemen and a civilian"
    if klass == "civilian":
        return True
    if klass == "combatant":
        return False
    if noun is not None:
        # "37 Syrian Christians, mostly women": an apposition says who they are
        for child in noun.children:
            told = grammar.person_class(child) if child.dep_ == "appos" else None
            if told in ("civilian", "combatant"):
                return told == "civilian"
    return None

