"""Where an event happened: the one owner of an event's ``location``.

Rules read a place phrase governed by the trigger, the counted noun or the verbs above them
(``location``), a place named elsewhere in the sentence or the one before (``context_place``),
the first specific place an article's opening names (``lede_place``), and last the report's
theatre for events nothing else placed (``place_in_focus``). Each rule that
decides returns the place and its rule id; ``specificity`` ranks places (town or district over
province, province over country) so a more exact retelling wins.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.resources import load_json
from pipeline.rules import grammar, sides, time
from pipeline.text.dates import days_spanned
from pipeline.text.timex import names_no_day


def place_span(place: dict, doc: Doc) -> Span | None:
    """The tokens of a place record (its offsets widened to whole tokens)."""
    return grammar.span_of(place, doc)


def naming_words(place: dict | None, doc: Doc) -> Span | None:
    """The words of a place phrase that name the place, without what describes it: the
    country when the phrase states one ("Iraq" in "near Ramadi, Iraq", "Iraqi" in "the eastern
    Iraqi town of Khanaqin"), else its first name ("Colombo" in "downtown Colombo")."""
    span = place_span(place, doc) if place else None
    if span is None:
        return None
    if (country := _country_named_in(span)) is not None:
        return country
    named = [e for e in grammar.entities(span) if e.label_ in ("GPE", "LOC", "FAC")] or _names_in(span)
    return min(named, key=lambda name: name.start) if named else None


def _says_where(word: Token) -> bool:
    """Whether a country word in a place phrase says where the place lies: not whose a base is
    (``_owner_only``), nor the neighbour across a border (``_across_the_border``), nor a word
    of a longer name (``_inside_a_name``)."""
    return not _owner_only(word) and not _across_the_border(word) and not _inside_a_name(word)


def _inside_a_name(word: Token) -> bool:
    """"the Niger Delta", "Lake Chad", "the Gulf of Guinea", "Niger state": a country's name
    as a word of a longer name the gazetteer knows as a whole, a feature that may lie in
    another country (the Niger Delta is Nigeria's) or in several, or a division named after
    the country (Nigeria's Niger state). Not when the whole name is unknown ("the Congo
    Basin"): the country word is then all that says where."""
    from pipeline.text import gazetteer

    doc, head = word.doc, word.head
    if word.dep_ == "compound" and head.pos_ == "PROPN" and head.text[:1].isupper():
        # "the Niger Delta"
        return any(e.kind != "country" for e in gazetteer.lookup(doc[word.left_edge.i : head.i + 1].text))
    if any(c.dep_ == "compound" and c.i < word.i and c.pos_ == "PROPN" for c in word.children):
        name = doc[min(c.i for c in word.children if c.dep_ == "compound") : word.i + 1]  # "Lake Chad"
    elif word.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and head.head.i < word.i:
        name = doc[head.head.i : word.i + 1]  # "the Gulf of Guinea"
    else:
        return _names_a_division(word)  # "Niger state"
    # a feature the gazetteer knows by the whole name, not a namesake town ("South Lebanon", Ohio)
    return any(e.kind not in ("country", "place") for e in gazetteer.lookup(name.text))


def _names_a_division(word: Token) -> bool:
    """"Niger state", "Bolivar state": a country's name before a division's designation names
    a division the gazetteer knows by that name (Nigeria's Niger state), not the country."""
    from pipeline.text import gazetteer

    kind = _designation_after(word)
    return kind is not None and any(e.kind == kind for e in gazetteer.lookup(word.text))


def _designation_after(word: Token) -> str | None:
    """The kind of division the word right after a name designates ("state" of "Niger state":
    a first-level division; "district": a second-level one), or None; not past a possessive
    ("Niger's state broadcaster") nor an "X of" before the name ("the region of Niger")."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is None or after.tag_ == "POS" or word.whitespace_ == "":
        return None
    kind = _kind_named_by(after)
    return kind if kind in ("admin1", "admin2") else None


def _across_the_border(word: Token) -> bool:
    """"near the border with Venezuela": the neighbour a border is shared with, on the far
    side of it, not the place's country (``border_nouns``)."""
    borders = grammar.lexicon().border_nouns
    return (word.dep_ == "pobj" and word.head.lower_ == "with"
            and (grammar.lemma(word.head.head) in borders  # the parser may hang "with" on the verb
                 or (word.head.i > 0 and grammar.lemma(word.doc[word.head.i - 1]) in borders)))


def _entity_root(token: Token) -> Token:
    """The syntactic root of the entity a token belongs to ("States" of "United States")."""
    ent = grammar.entity_at(token)
    return ent.root if ent is not None else token


def _country_named_in(span: Span) -> Span | None:
    """The entity in a place phrase that names one country ("Iraq" in "near Ramadi, Iraq",
    "Liberian" in "the Liberian capital"), if any; not one that only says whose a base or an
    embassy is (``_owner_only``)."""
    return next((ent for ent in grammar.entities(span) if sides.entity_country(ent) and _says_where(ent.root)), None)


def _owner_only(word: Token) -> bool:
    """A country word that says whose a base, an embassy or a convoy is, not where it lies:
    "U.S." in "a U.S. base in Ramadi", "American" in "the American embassy in Kabul"
    or "a U.S. special operations forces base" (``owned_place_nouns``, the noun the modifiers
    lead up to); "Liberian" in "the Liberian capital" still says where."""
    noun = word
    while noun.dep_ in ("compound", "amod", "nmod", "poss") and noun.head is not noun:
        noun = noun.head  # "a U.S. special operations forces base": up to "base"
    return noun is not word and grammar.lemma(noun) in grammar.lexicon().owned_place_nouns


def names_a_place(place: dict, doc: Doc) -> bool:
    """Whether a place record names its place (``grammar.names_its_place``)."""
    span = place_span(place, doc)
    return span is not None and grammar.names_its_place((span[0], span.root))


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
    # "Kurram Agency, a tribal district near the border": an apposition tells the kind of place
    kinds = [t for t in span] + [a for a in span.root.children if a.dep_ == "appos" and a.i >= span.end]
    lemmas = {grammar.lemma(t) for t in kinds}
    if lemmas & lex.local_nouns:
        return 2
    if lemmas & lex.settlement_nouns:
        return 1
    if names_a_country(span.root.text):
        return 0
    if span.root.ent_type_ in ("GPE", "LOC", "FAC"):
        return 2
    # a name the tagger left unlabelled, or called a person or a people ("in Bajaur"), that the
    # gazetteer knows as a town or a division
    return 2 if span.root.pos_ == "PROPN" and grammar.known_town(span.root) else 1


def exactness(place: dict, doc: Doc) -> tuple[int, bool]:
    """How exactly a place phrase locates an event, for choosing between two phrases told of
    one incident: its ``specificity``, then whether it names the place rather than describes
    it ("Mohmand Agency" over "a mountainous region of Pakistan")."""
    span = place_span(place, doc)
    if span is None or _description_only(span):
        # "an important city in northern Afghanistan": somewhere in a region, unnamed
        return min(specificity(place, doc), 1), False
    return specificity(place, doc), True


def _description_only(span: Span) -> bool:
    """Whether a place phrase only describes its place ("a remote region of Pakistan", "an
    important city in northern Afghanistan", "a base in South Sudan"): an indefinite phrase that
    names nothing smaller than a country. The article usually names the place after it."""
    if span[0].lower_ not in ("a", "an"):
        return False
    for ent in grammar.entities(span):
        found = sides.lookup(ent.text)
        if found is None or found.kind != "country" and not country_wide(
                {"text": ent.text}):
            if found is None and ent.label_ in ("GPE", "LOC", "FAC"):
                return False
    return True


#: Lengths of a tour the parser may hang a destination on ("deployed for 12 months to Iraq").
_SPELLS = frozenset({"day", "week", "month", "year"})


def _location_of(head: Token, deployment: bool, named_only: bool = False,
                 destination_only: bool = False) -> dict | None:
    """The place phrase on one word: a destination first for a deployment, then a phrase
    naming a place ("near a bus station in Hillah" before "near their tank"); with
    ``destination_only``, only where forces are sent ("to Mali", "left for Haiti")."""
    lex = grammar.lexicon()
    candidates = []  # (rank, first word, head word) of each place phrase found, in the words' order
    if head.lower_ in grammar.lexicon().compass_directions:
        # "a roadside bomb southeast of Baghdad killed": parsed with the direction as the head
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            if found := grammar.place_phrase(prep):
                return _place_record(head, found[1])
    for child in head.children:
        if child.lower_ in grammar.lexicon().compass_directions and (child.dep_ == "advmod" or (
                child.dep_ == "npadvmod" and child.left_edge.i > 0
                and not grammar.is_place_head(child.doc[child.left_edge.i - 1]))):
            # "north of Baghdad": a direction adverb heading an "of" phrase ("died in an air
            # strike east of Idlib": the parser may hang it on the verb as a noun phrase; not
            # when it tells where a place just named lies: "slammed into a base north of Baghdad")
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "of"]
            found = grammar.place_phrase(preps[0]) if preps else None
            rank = 1
            if found:
                found = (child, found[1])
        elif (child.dep_ in ("prep", "dative") or _coordinated_particle(child)) and child.lower_ in lex.locative_preps:
            # "sending a contingent ... to Mali": the parser may call the "to" a dative
            if (deployment and child.lower_ == "from") or (not deployment and (_destination(child) or _where_treated(child))):
                continue  # "treated at a field hospital": where the wounded were cared for
            found = grammar.place_phrase(child)
            rank = 0 if (deployment and child.lower_ in ("to", "into")) else 1
        elif not deployment and child.dep_ == "prep" and child.lower_ == "from" and _people_taken(head):
            found = grammar.place_phrase(child)  # "kidnapped from a school in Chibok": where taken
            rank = 1
        elif not deployment and (measured := grammar.distance_from(child)) is not None:
            distance, prep = measured
            found = grammar.place_phrase(prep)  # "killed some 50 km from Maiduguri": near it
            found = found and (distance.left_edge, found[1])
            rank = 1
        elif (near := grammar.place_near(child)) is not None:
            found = near  # "killed close to the town of Baquba": near it
            rank = 1
        elif not deployment and child.dep_ == "dobj" and _struck(head) and _named_site(child):
            found = (child.left_edge, child)
            rank = 0
        elif not deployment and child.dep_ == "dobj" and _struck(head) and (
                where := _where_the_target_lies(child)) is not None:
            found = where  # "shells struck an agricultural enterprise in the town of Huliaipole"
            rank = 1
        elif deployment and child.dep_ == "dobj" and child == grammar.entered_territory(head):
            found = (child.left_edge, child)  # "entered the town of Beledweyn": where they went
            rank = 0
        elif (deployment and child.dep_ == "prep" and child.lower_ == "for"
              and grammar.lemma(head) in lex.travel_verbs):
            found = grammar.place_phrase(child)  # "left for Haiti": where they went
            rank = 0
        elif (deployment and child.dep_ == "prep" and child.lower_ == "for" and any(
                o.dep_ == "pobj" and grammar.lemma(o) in lex.membership_nouns for o in child.children)):
            # "volunteered 2,000 soldiers for the new force in Lebanon": where the force serves
            found = next((phrase for o in child.children if o.dep_ == "pobj" for p in o.children
                          if p.dep_ == "prep" and p.lower_ in ("in", "to")
                          and (phrase := grammar.place_phrase(p)) is not None), None)
            rank = 0
        elif (deployment and child.dep_ == "advcl" and child.lower_ in grammar.BOUND_FOR
              and grammar.lemma(head) in lex.travel_verbs):
            # "left their base in Texas, bound for Kuwait": where they went, not where from
            to = next((p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "for")), None)
            found = grammar.place_phrase(to) if to is not None else None
            rank = 0
        elif deployment and child.dep_ == "prep" and child.lower_ in ("for", "on") and (
                to := next((p for o in child.children if o.dep_ == "pobj"
                            and (lex.noun_triggers.get(grammar.lemma(o), ("",))[0] == "deployment"
                                 or grammar.lemma(o) in _SPELLS)
                            for p in o.children if p.dep_ == "prep" and p.lower_ in ("to", "into")), None)):
            # "mobilizing for a year-long deployment to Africa"; "deployed for 12 months to
            # Iraq", where the parser hangs the destination on the months
            found = grammar.place_phrase(to)
            rank = 0
        elif deployment and (purpose := grammar.purpose_place(child)) is not None:
            found = purpose  # "sent 2,000 troops to reinforce security forces in Swat district"
            rank = 0
        elif deployment and child.dep_ == "dobj" and (gone_to := grammar.departure_destination(head)) is not None:
            found = gone_to  # "left Camp Pendleton for Okinawa", the "for" hung on the camp
            rank = 0
        elif (fought_over := _fought_over(head, child, deployment)) is not None:
            # "the battle for Sanamein", "the siege of Homs"; "Russian shelling of the city of
            # Kharkiv", whose "shelling" the tagger may read as the verb "shell"
            found = grammar.place_phrase(fought_over)
            if found and not grammar.names_its_place(found):
                continue
            rank = 1
        elif child.dep_ == "prep" and child.lower_ in lex.incident_preps and any(
                grammar.lemma(o) in lex.incident_nouns for o in child.children if o.dep_ == "pobj"):
            if grammar.timed_from_earlier(child):
                continue  # "hours after the bombing in Kunduz, gunmen stormed ...": that incident's
            found = grammar.place_phrase(child)  # "killed during the attack in Akobo"
            rank = 1 if child.lower_ in ("during", "amid") else 2  # the verb's own place first
        else:
            continue
        named = found is not None and (grammar.names_its_place(found) or (
            child.dep_ == "dobj" and _placed_in_its_country(child)))  # "hit Kfar Giladi in Israel"
        if found and named_only and not named and not _points_back(found):
            continue
        if found and destination_only and (rank != 0 or not named):
            continue
        if found:
            candidates.append(((rank, not named), found[0], found[1]))
    if not candidates:
        return None
    best = min(candidates, key=lambda c: c[0])  # the first of the best ranked
    found = _place_record(best[1], best[2])
    if _fronted(found, head.sent.start_char, head.doc):
        # "In Zhytomyr province, a drone killed three workers in the town of Korosten": the
        # opening place sets the scene; a finer one the same word gives is where it happened
        found = next((place for rank, first, last in candidates if rank == best[0] and first.i > best[2].i
                      and specificity(place := _place_record(first, last), head.doc) > specificity(found, head.doc)),
                     found)
    found = _narrowed(found, head.doc)
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.idx >= found["end"]):
        # "killed 18 villagers in Zarbou, in the Tillabéri region", both phrases on the verb
        if (larger := grammar.place_phrase(prep)) is not None:
            return _within(found, _place_record(larger[0], larger[1]), head.doc)
    return found


def _narrowed(place: dict, doc: Doc) -> dict:
    """"killed 11 villagers in Borno state, in the town of Gwoza": an "in" phrase set off by a
    comma right after a region or a country, naming a finer place, narrows it to where it
    happened, however the parser hung the two phrases. A town the gazetteer does not know
    keeps the region with it, as one phrase, which places it (as ``_within`` does when the
    town comes first)."""
    span = place_span(place, doc)
    if span is None or span.end + 1 >= len(doc):
        return place
    comma, prep = doc[span.end], doc[span.end + 1]
    if comma.text != "," or prep.lower_ != "in" or prep.dep_ != "prep" or (phrase := grammar.place_phrase(prep)) is None:
        return place
    if geocoded(place, doc).get("precision") not in (3, 4):
        return place  # looked up only when a phrase follows: this runs on every place found
    finer = _place_record(*phrase)
    if specificity(finer, doc) <= specificity(place, doc):
        return place
    if geocoded(finer, doc)["place"] is not None:
        return finer
    return {"text": doc.text[place["start"] : finer["end"]], "start": place["start"], "end": finer["end"],
            "country": finer["country"] or place["country"]}


def _coordinated_particle(word: Token) -> bool:
    """"Fighting in and around Kidal": the parser may make "in" a particle of the gerund, with
    "around Kidal" coordinated to it; the two are one place phrase (``grammar.place_phrase``
    reads the object on the coordinated preposition)."""
    return word.dep_ == "prt" and any(c.dep_ == "conj" and c.pos_ == "ADP" for c in word.children)


def _fought_over(head: Token, child: Token, deployment: bool) -> Token | None:
    """The "for"/"of" phrase of a word of contest ("the siege of Homs") on a word's child: the
    child itself when ``head`` is that word, or the phrase of a contest the parser made a clause
    of a harm ("killed in Ukrainian shelling of the village of Tyotkino", "shelling" read as a
    verb); None otherwise."""
    contested = grammar.lexicon().contested_place_nouns
    if child.dep_ == "prep" and child.lower_ in ("for", "of") and (
            grammar.lemma(head) in contested or head.lower_ in contested):
        return child
    if not deployment and child.dep_ in ("advcl", "xcomp") and child.lower_ in contested:
        return next((p for p in child.children if p.dep_ == "prep" and p.lower_ in ("for", "of")), None)
    return None


def _named_site(target: Token) -> bool:
    """Whether what an attack struck is a named place ("... when a rocket hit Kfar Giladi in
    Israel", "stormed the town of Same"), or a site with the named place it lies in or near
    ("bombers struck a base near the Gaza border"); not "an army base in southern Somalia", as
    coarse as its region, which a town told later refines."""
    lex = grammar.lexicon()
    return ((target.pos_ == "PROPN" and (target.ent_type_ in ("GPE", "LOC", "FAC") or grammar.known_town(target)
                                         or _placed_in_its_country(target)))
            # "the town of Same", or a kind of place its name comes before ("the Musa Qala district")
            or (grammar.lemma(target) in lex.settlement_nouns and any(
                (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                for c in target.children))
            or (grammar.is_place_head(target) and _where_the_target_lies(target) is not None)
            # "attacked a camp northwest of Hillah", "overran the village of al-Tamana, 55 km
            # from Hama", "hit the capital, Kyiv": a kind of place with a name after it (not
            # only its owner's before it: "a U.S. base")
            or (grammar.is_place_head(target) and grammar.names_its_place((target.left_edge, target))
                and any(t.pos_ == "PROPN" and t.i > target.i for t in target.subtree) and not any(
                    p.dep_ == "prep" and p.lower_ in ("in", "near", "outside")
                    and (found := grammar.place_phrase(p)) is not None and country_wide(_place_record(*found))
                    for p in target.children)))


def _placed_in_its_country(name: Token) -> bool:
    """"hit Kfar Giladi in Israel", "at Kfar Giladi, Israel": a name the gazetteer holds as a
    place of the country its own "in" phrase or its apposition names, however small (a
    kibbutz, a village) and whatever the NER called it."""
    from pipeline.text import gazetteer

    preps = [p for p in name.children if p.dep_ == "prep" and p.lower_ == "in"]
    preps += [p for p in name.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > name.i]  # hung on the verb
    named = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    named += [c for c in name.children if c.dep_ == "appos" and c.ent_type_ == "GPE"]
    countries = {found.code for o in named  # the whole name: "Sri Lanka", not "Lanka"
                 if (found := sides.lookup(_whole_name(o))) is not None and found.kind == "country"}
    return bool(countries) and not grammar.names_a_known_side(name) and any(
        e.country in countries for e in gazetteer.lookup(grammar.proper_name(name)))


def _people_taken(verb: Token) -> bool:
    """Whether a verb tells people taken captive ("schoolgirls kidnapped from a school", "were
    abducted from their homes"): its "from" phrase is where. Not land seized ("seized the region
    from Azerbaijan")."""
    if grammar.lexicon().verb_triggers.get(grammar.lemma(verb)) != ("casualty", "captured"):
        return False
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        taken.append(verb.head)  # "schoolgirls kidnapped from ..."
    return any(grammar.person_class(t) is not None for t in taken)


def _where_the_target_lies(target: Token) -> tuple[Token, Token] | None:
    """The named place phrase on what an attack struck ("an agricultural enterprise in the
    town of Huliaipole", "a base near the Gaza border"): where the attack and its harm were,
    though the parser hangs it on the target. Not a country or a part of one, which a town
    told elsewhere refines."""
    for prep in target.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside") and grammar.names_its_place(
                found := grammar.place_phrase(prep)) and not country_wide(_place_record(*found)):
            return found
    return None


def _struck(verb: Token) -> bool:
    """A verb whose object is the place an attack struck ("a rocket hit Metula", "shelled the
    town of Beni", "stormed Ras Kamboni")."""
    lex = grammar.lexicon()
    return grammar.lemma(verb) in lex.hitting_verbs | lex.targeting_verbs | lex.incident_nouns


def _place_record(first: Token, obj: Token) -> dict:
    """The location dict for a place phrase from ``first`` to the end of ``obj``'s phrase,
    with the ISO code of the country it names, if any."""
    start, end = first.idx, grammar.phrase_end(obj)
    text = grammar.doc_text(obj.doc, start, end)
    while text and (text[-1].isspace() or text[-1] in ",;:-–—"):
        text = text[:-1]  # "the western city of Herat," -> without the trailing comma
    end = start + len(text)
    code = None
    clauses = {t.i for c in obj.subtree if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
    for token in obj.subtree:
        if token.i in clauses:
            continue  # "... province, which borders Venezuela": not the place's country
        if token.ent_type_ == "GPE" and _says_where(_entity_root(token)):
            if token.ent_id_ and sides.is_country_code(token.ent_id_):
                code = token.ent_id_
                break
            # the whole name, not a word of it: "Sadr City" is no "SADR" (Western Sahara)
            found = sides.lookup(_whole_name(token))
            if found and found.kind == "country":
                code = found.code
                break
    return {"text": text, "start": start, "end": end, "country": code}


def context_place(sentence: Span, previous: Span | None, event_type: str) -> dict | None:
    """A place for an event whose clause names none: the incident's place named elsewhere in
    its sentence, else in the sentence before (GUIDELINES §5: "the most specific place text
    that the article ties to this event"). Not the sentence before when this one turns to
    another incident ("Elsewhere in the country, ...", "Separately, ...")."""
    if event_type == "deployment":
        return None  # a deployment's place is its destination, never a neighbour's place
    if previous is not None and grammar.opens_new_incident(sentence):
        previous = None
    for span in (sentence, previous):
        if span is not None and (places := sentence_places(span)):
            return places[0]
    return None


def _in_reporter(token: Token) -> bool:
    """Whether a token is inside the subject of a reporting verb ("officials in Baghdad said")
    or a place phrase on the verb itself ("In Moscow, the ministry said"), where the source sits. A local authority reports on its own place ("the regional governor
    in the port city of Odesa reports"): that place is the incident's; so is a town the
    sentence opens on ("In the central town of Myingyan, witnesses reported ...")."""
    lex = grammar.lexicon()
    if (prep := grammar.telling_prep(token)) is not None:
        # "In Moscow, the Defense Ministry said", "told reporters in Kabul", "At a rally in
        # London, a woman said"; not "In Helmand, local officials say" (they report on their
        # own place) nor "calm was reported in X"
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep == token and any(grammar.lemma(o) in lex.local_nouns - {"capital"} for o in objects):
            return False  # "In the northern town of Kidal, officials said": a scene, not a seat
        subjects = [c for c in prep.head.children if c.dep_ == "nsubj"]
        return bool(subjects) and not any(
            grammar.lemma(t) in lex.local_reporters
            for subject in subjects for t in (subject, *(c for c in subject.children if c.dep_ in ("amod", "compound"))))
    if grammar.lemma(token.head) in lex.speaker_nouns:
        # "an account from U.N. officials in New York", "the embassy in Kabul": where the
        # speaker sits, unless a local one ("the provincial spokesman in Kunduz")
        speaker = token.head
        return not any(grammar.lemma(t) in lex.local_reporters
                       for t in (speaker, *(c for c in speaker.children if c.dep_ in ("amod", "compound"))))
    for node in (token, *token.ancestors):
        if node.dep_ in grammar.SUBJECT_DEPS and grammar.lemma(node.head) in lex.attribution_verbs:
            if grammar.lemma(node) in lex.incident_nouns:
                return False  # "The attack in Kunduz was claimed by the Taliban": what is claimed
            return not any(grammar.lemma(t) in lex.local_reporters
                           for t in (node, *(c for c in node.children if c.dep_ in ("amod", "compound"))))
    return False


def _a_town(place: dict, doc: Doc) -> bool:
    """Whether a place phrase names a town: by its words ("the town of Kauru") or as a point
    the gazetteer knows ("Gao"); not a region ("North West Region")."""
    return specificity(place, doc) == 2 or geocoded(place, doc).get("precision") == 1


def _destination(prep: Token) -> bool:
    """"flown to Moscow", "taken to a hospital in Baghdad", "according to Kyiv": a "to" phrase
    names where people went or who said so, never where a casualty happened. What a weapon or
    a strike went "into" is where the attack struck ("fired rockets into the town of Sderot",
    "launched an air strike into Gaza City", "a shell crashed into a house")."""
    if prep.lower_ == "into" and _struck_into(prep.head):
        return False
    return prep.lower_ in ("to", "into")


def _struck_into(verb: Token) -> bool:
    """Whether a verb tells an attack going into a place: a striking verb, or a weapon or a
    strike as its subject or object."""
    causes = grammar.lexicon().attack_cause_words
    return _struck(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and grammar.lemma(c) in causes
                                for c in verb.children)


def sentence_places(sentence: Span) -> list[dict]:
    """Every place phrase in a sentence ("in the town of Leego", "near Fallujah"), in order:
    the candidates for events of the same incident that name no place of their own.

    Read once per sentence and kept with the document: the article passes ask for the same
    sentences' places about 30 times an article (4% of Muster's time on the gold sets;
    ``grammar.kept``). Each caller gets its own copies."""
    held = grammar.kept(sentence.doc, ("sentence_places", sentence.start, sentence.end),
                        lambda: _sentence_places(sentence))
    return [dict(place) for place in held]


def _where_a_place_lies(prep: Token) -> bool:
    """"It is located near the border", "Sultanwas, which is located about 100 kilometers from
    the capital": where a place lies, not where an incident happened (a target "located in
    downtown Algiers", with no subject of its own, keeps its place)."""
    return grammar.lemma(prep.head) in grammar.lexicon().locating_verbs and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in prep.head.children)


def _sentence_places(sentence: Span) -> list[dict]:
    if grammar.hands_over_to_a_correspondent(sentence):
        return []  # "Jane Doe has more from our bureau in Dakar": where the reporter sits
    lex = grammar.lexicon()
    places, measured_places = [], []
    for token in sentence:
        if token.dep_ == "prep" and token.lower_ in lex.locative_preps and not _destination(token):
            if _in_reporter(token):
                continue  # "military officials in Baghdad reported": where the source sits
            if _where_treated(token):
                continue  # "who are being treated at Shaibah base": where the wounded were taken
            if grammar.told_as_background(token):
                continue  # "the deadliest since an assault in Baghlan": that incident's place
            if _where_a_place_lies(token):
                continue
            found = grammar.place_phrase(token)
            if found and grammar.lemma(found[1]) in lex.incident_nouns:
                continue  # "in the attack that happened near Fallujah": its own place follows
            if grammar.names_its_place(found):
                places.append(_place_record(*found))
        elif token.dep_ == "prep" and token.lower_ == "of" and grammar.local_reporter(token.head) and (
                found := grammar.place_phrase(token)) and grammar.names_its_place(found) and _a_town(
                place := _place_record(*found), token.doc):
            places.append(place)  # "Residents of Gao said": they report on their own town
        elif (near := grammar.place_near(token)) is not None and not _in_reporter(token) and grammar.names_its_place(near):
            places.append(_place_record(*near))  # "were seized close to the town of Baquba"
        elif token.dep_ == "advmod" and token.lower_ in lex.compass_directions and _offset_of_the_incident(token) and (
                found := next((grammar.place_phrase(p) for p in token.children
                               if p.dep_ == "prep" and p.lower_ == "of"), None)) and grammar.names_its_place(found):
            places.append(_place_record(token, found[1]))  # "took place Thursday north of Musa Qala"
        elif token.dep_ == "dobj" and token.head.pos_ == "VERB" and (
                (grammar.lemma(token.head) in lex.incident_nouns
                 and ((grammar.is_place_head(token) and grammar.names_its_place((token.left_edge, token)))
                      or (token.pos_ == "PROPN" and grammar.known_town(token))))
                or (_struck(token.head) and _named_site(token))):
            # "Rebels shelled the town of Beni", "bombed a camp for displaced people in Rann",
            # "soldiers stormed the town of Same at dawn"
            places.append(_place_record(token.left_edge, token))
        elif (token.dep_ == "prep" and (measured := grammar.distance_from(token)) is not None
              and (found := grammar.place_phrase(token)) and grammar.names_its_place(found)
              and not _in_reporter(token) and not _where_a_place_lies(token)):
            # "The attack took place about 20 kilometers from Beni"
            measured_places.append(_place_record(measured[0].left_edge, found[1]))
    # a distance told on a site is in that site's record already ("a village about 20
    # kilometers from Beni")
    places += [p for p in measured_places
               if not any(o["start"] <= p["start"] and p["end"] <= o["end"] for o in places)]
    return sorted(places, key=lambda place: place["start"])


def several_places(place: dict) -> bool:
    """Whether a place phrase lists places ("both Kandahar and Helmand", "in Mali and Niger"):
    no one place for an incident. A stretch between two ("the road between Gao and Anefis",
    "a region between Marib and Shabwa provinces") is one."""
    text = place["text"]
    return " and " in text and " between " not in f" {text}"


def _offset_of_the_incident(compass: Token) -> bool:
    """Whether a bearing ("north of Musa Qala") tells where something happened, hung on the
    verb or the time of the incident ("took place Thursday evening north of Musa Qala"), not
    where a place already named lies ("Mehtar Lam, 60km northeast of Kabul")."""
    head = compass.head
    if compass.left_edge.i > 0 and compass.doc[compass.left_edge.i - 1].text == ",":
        return False  # "... in Sindhuli district, about 150 km east of the capital": a description
    if grammar.lemma(head) in grammar.lexicon().locating_verbs:
        return False  # "It is located 530 km northeast of the capital"
    return head.pos_ in ("VERB", "AUX") or head.ent_type_ in ("DATE", "TIME")


def _where_treated(prep: Token) -> bool:
    """A place phrase on a verb of treatment ("are being treated at Shaibah Logistics Base",
    "were evacuated to Landstuhl") or naming a hospital ("taken to a hospital in Kabul"): where
    the wounded were cared for, not where they were hurt."""
    lex = grammar.lexicon()
    return grammar.lemma(prep.head) in lex.treating_verbs or any(
        grammar.lemma(o) in lex.medical_places for o in prep.children if o.dep_ == "pobj")


def country_wide(place: dict) -> bool:
    """Whether a place names only a country or a part of it by compass ("southern
    Afghanistan"): a town, district or province told elsewhere is more specific. A country's
    own name may hold a compass word ("the Central African Republic", "South Sudan")."""
    words = [w for w in re.findall(r"[\w'’.-]+", place["text"])
             if w.lower() not in ("the", "of", "in", "part", "parts")]
    rest = " ".join(w for w in words if not compass_word(w))
    return bool(words) and (names_a_country(" ".join(words)) or (bool(rest) and names_a_country(rest)))


def names_a_country(name: str) -> bool:
    """Whether a name is a country's, not a city the actor table reads as its government
    ("Kabul said"): "Burundi" is, "Bujumbura" is not, though both resolve to BDI as a side."""
    from pipeline.text import gazetteer

    found = sides.lookup(name)
    if found is None or found.kind != "country":
        return False
    entries = gazetteer.lookup(name)
    if not any(c.islower() for c in name) or any(e.kind in ("country", "region") for e in entries):
        return True  # "USA"; "Gaza": the Strip, a territory, though a city shares its name
    return not any(e.kind == "place" and e.country == found.code and e.population >= _CAPITAL_SIZE
                   for e in entries)  # "Wales", "USA": small namesakes are no capitals


#: A city the actor table reads as its country's government is a large one; a namesake village
#: ("Wales", a hamlet in Britain) does not make a country's name a town's.
_CAPITAL_SIZE = 50000


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
        if child.dep_ in ("nsubj", "csubj") and grammar.person_class(child) is None and (
                child.pos_ == "NOUN" or (child.tag_ == "VBG" and grammar.lemma(child) in grammar.lexicon().incident_nouns)):
            # "Russian shelling of the city of Kharkiv killed ...", "Fighting around Gao killed ...":
            # a gerund the tagger read as a verb
            found.append(child)
            # "a series of attacks in and around Mosul killed ...": the incidents of the series
            found.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN")
        elif child.dep_ == "advcl" and any(m.lower_ in ("when", "after", "as") for m in child.children):
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")
                         and grammar.person_class(c) is None)
        elif child.dep_ == "agent":
            found.extend(c for c in child.children if c.dep_ == "pobj")  # "killed by gunmen in Garissa"
    return found


def location(trigger: grammar.Trigger, noun: Token | None, number: Token) -> dict | None:
    """Where: a place phrase governed by the trigger (the destination for a deployment), the
    counted noun, or the verbs above them in the same sentence."""
    deployment = trigger.type == "deployment"
    if noun is None and not deployment and (own := _place_right_after(number)) is not None:
        return own  # "10 in Homs and eight in Aleppo", however the parser hung "in Aleppo"
    # a bare second count's own place comes first: "killed in Mali and six in Niger"
    heads = [trigger.token] if noun is not None else [number, trigger.token]
    if noun is not None:
        heads.append(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != trigger.token:
            heads.append(noun.head.head)  # "a force of 2,000 troops ... to Europe": the force's
    if (operation := grammar.operation_taken_part_in(trigger.token)) is not None:
        heads.append(operation)  # "will be part of the NATO force in Lithuania"
    causes = [] if deployment else _causes(trigger.token)
    token, reporting = trigger.token, None
    for _ in range(3):
        if token.head == token:
            break
        token = token.head
        if grammar.lemma(token) in grammar.lexicon().attribution_verbs:
            reporting = token
            break
        heads.append(token)
    for head in heads:
        found = _location_of(head, deployment)
        if found and noun is not None and head == trigger.token:
            # "killed 18 people in Libiri, in the Tillabéri region", parsed with the town on the
            # people and the region on the verb: the town the people were in is finer
            on_people = _location_of(noun, deployment)
            if on_people and exactness(on_people, trigger.token.doc) > exactness(found, trigger.token.doc):
                found = _within(on_people, found, trigger.token.doc)
        if found:
            return _finer_cause_place(found, causes, trigger.token) or found
    if grammar.lemma(trigger.token) in grammar.lexicon().hosting_verbs and (host := next(
            (c for c in trigger.token.children if c.dep_ == "nsubj"), None)) is not None and grammar.names_its_place(
            (host.left_edge, host)):
        return _place_record(host.left_edge, host)  # "Djibouti hosts 4,000 U.S. troops": the host is where
    for head in causes:
        found = _location_of(head, deployment, named_only=True)
        if found:
            return found
    incident_preps = grammar.lexicon().incident_preps
    for head in (*causes, *(c for h in heads for c in h.children if c.dep_ == "nsubj"),  # "... left nine dead"
                 *(o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in incident_preps
                   for o in p.children if o.dep_ == "pobj")):  # "died in a Jalalabad mortar attack"
        if not deployment and (name := place_named_on(head)) is not None:
            first = min((c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"),
                        key=lambda c: c.i, default=name)  # "Maidan Shahr", not "Two Kandahar"
            return _place_record(first, name)
    there = next((c for head in heads for c in head.children if c.dep_ == "advmod" and c.lower_ == "there"), None)
    if there is not None:
        return _place_there_means(there) if not deployment else None
    if reporting is not None and trigger.type == "casualty" and (scene := _scene_of_the_report(reporting)):
        return _finer_cause_place(scene, causes, trigger.token) or scene
    return None


#: What joins a place to the larger one it lies in, told right after it: "Libiri, in the
#: Tillabéri region", "Libiri in the Tillabéri region".
_LIES_IN = re.compile(r"\s*,?\s*in\s+")


def _within(fine: dict, coarse: dict, doc: Doc) -> dict:
    """A place the gazetteer does not know and the larger one told right after it, as one
    phrase ("Zarbou, in the Tillabéri region"), as "the village of Dogon Dawa in Kaduna state"
    is told: the text names the town, and the region places it. A town the gazetteer knows
    ("Gusau, in northwestern Nigeria") is placed by itself, and stays alone."""
    if coarse["start"] < fine["end"] or not _LIES_IN.fullmatch(doc.text[fine["end"] : coarse["start"]]) \
            or geocoded(fine, doc)["place"] is not None:
        return fine
    return {"text": doc.text[fine["start"] : coarse["end"]], "start": fine["start"], "end": coarse["end"],
            "country": fine["country"] or coarse["country"]}


def _scene_of_the_report(verb: Token) -> dict | None:
    """"In northern Takhar province, Afghan officials say gunmen killed an official": a place
    that opens the sentence, set off by a comma, on the reporting verb sets the scene of what
    is reported, when the reported clause names no place of its own. Not a country or a part
    of one ("In southern Iraq, authorities say ..."): the passes that read on find a finer place.
    Not a capital city ("In Sanaa, the ministry said ..."): ministries and spokesmen speak from
    capitals, far from what they report."""
    scene = grammar.opening_place(verb.sent)
    if scene is None or scene.start == 0:
        return None
    prep = verb.doc[scene.start - 1]
    found = grammar.place_phrase(prep) if prep.head == verb else None
    place = _place_record(*found) if found and grammar.names_its_place(found) else None
    if place is None or country_wide(place) or _a_capital(scene):
        return None
    return place


def _a_capital(name: Span) -> bool:
    """Whether a place phrase is only a country's capital city (``models/capitals.json``), with
    or without its country: "Sanaa", "Baghdad, Iraq"; not "southern Baghdad" (a part of it) nor
    "Kirkuk, 250 kilometers north of Baghdad"."""
    from pipeline.text import gazetteer

    city, _, country = name.text.partition(",")
    return gazetteer.key(city) in _capital_countries() and (not country.strip() or names_a_country(country.strip()))


@lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    """Each capital's country by the capital's gazetteer key (``models/capitals.json``), read once."""
    from pipeline.text import gazetteer

    countries: dict[str, str] = {}
    for code, city in load_json("capitals.json")["capitals"].items():
        countries.setdefault(gazetteer.key(city), code)
    return countries


def _place_right_after(number: Token) -> dict | None:
    """The place phrase right after a bare figure in a list of figures ("14 in Deir al-Zour,
    10 in Homs and eight in Aleppo"): the figure's own, wherever the parser hung it (it hung
    "in Aleppo" on the first figure's people)."""
    doc = number.doc
    prep = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near", "outside"):
        return None
    found = grammar.place_phrase(prep)
    return _narrowed(_place_record(*found), doc) if found and grammar.names_its_place(found) else None


def _finer_cause_place(place: dict, causes: list[Token], trigger: Token) -> dict | None:
    """"In northern Iraq, two soldiers were killed when their vehicle hit a mine near Mosul": a
    place that opens the sentence sets the scene; the clause that tells what caused the harm
    names where it happened, and wins when it is more specific (GUIDELINES §10: the most
    specific place tied to the event). So does a named place in the cause over a place the
    harm's clause only describes ("killed in the capital when a shell hit a market in
    Mogadishu")."""
    doc = trigger.doc
    if not causes:
        return None
    fronted = _fronted(place, trigger.sent.start_char, doc)
    told = {cause: _location_of(cause, False) for cause in causes}
    for found in told.values():
        if found and specificity(found, doc) > specificity(place, doc) and (
                fronted or lies_within(geocoded(found, doc), geocoded(place, doc))):
            return found
    if names_a_place(place, doc):
        return None
    # a place only described ("in the capital"): only an attack and what it struck tell where
    # the harm was ("when a rocket struck a school in Kherson"; not "after peace talks in Doha
    # collapsed")
    attacks = [c for c in causes if _struck(c) or grammar.lemma(c) in grammar.lexicon().attack_cause_words]
    struck = [o for cause in attacks for o in cause.children if o.dep_ == "dobj"]
    for head in (*attacks, *struck):
        found = told[head] if head in told else _location_of(head, False)
        if found and names_a_place(found, doc) and exactness(found, doc) >= exactness(place, doc):
            return found
    return None


def lies_within(fine: dict, coarse: dict) -> bool:
    """Whether the gazetteer puts a town (geocoded) inside a province, a region or a country
    (geocoded): "killed by gunmen in Garissa, in the North Eastern region of Kenya"; a province
    inside its country; or a town inside a district or a part of a region ("in Kulgam
    district", "in the south of Chechnya"), in its province and, for a district, within
    ``DISTRICT_REACH_KM`` of its seat: GeoNames gives a town its province but not its district;
    or a town in a region that spans provinces ("the Sinai"), within ``REGION_REACH_KM`` of it."""
    from pipeline.text import gazetteer

    if fine.get("country") is None or fine["country"] != coarse.get("country"):
        return False
    if coarse.get("precision") == 4:  # a province too: "Helmand province" of "southern Afghanistan"
        return fine.get("precision") in (1, 2, 3)
    if coarse.get("precision") == 3 and coarse.get("admin1") is None and coarse.get("place") is not None:
        # a region across provinces ("Egypt's Sinai", "the Swat Valley"): a town near its point
        return fine.get("precision") in (1, 2) and (None in (fine.get("lat"), coarse.get("lat")) or (
            gazetteer.distance_km((fine["lat"], fine["lon"]), (coarse["lat"], coarse["lon"])) <= REGION_REACH_KM))
    if coarse.get("precision") == 3:
        return fine.get("precision") in (1, 2) and fine.get("admin1") == coarse.get("admin1")
    if coarse.get("precision") != 2 or coarse.get("place") is None or fine.get("precision") not in (1, 2):
        return False
    if coarse["place"] == coarse.get("admin2"):
        return fine.get("admin1") == coarse.get("admin1") and None not in (fine.get("lat"), coarse.get("lat")) and (
            gazetteer.distance_km((fine["lat"], fine["lon"]), (coarse["lat"], coarse["lon"])) <= DISTRICT_REACH_KM)
    return coarse["place"] == coarse.get("admin1") and fine.get("admin1") == coarse["place"]


#: How far from a district's seat a town may lie and still be in that district: most
#: districts of the countries reported on are smaller than this.
DISTRICT_REACH_KM = 50

#: How far from a region's point a town may lie and still be in a region that spans
#: provinces (the Sinai, a valley, Kashmir): the larger such regions reach about this far.
REGION_REACH_KM = 250


def place_named_on(incident: Token) -> Token | None:
    """A place name written on an incident noun as its modifier ("a Herat car bombing", "the
    Mosul blast", "in the Helmand battle", "two Kandahar ambushes"): where the incident
    happened. A group or people ("a Taliban attack") is no place, nor a country, which names
    who struck ("the U.S. airstrike"). The one test for both the event's own place
    (``location``) and a place phrase headed by an incident (``grammar.place_phrase``)."""
    if incident.pos_ != "NOUN" or grammar.lemma(incident) not in grammar.lexicon().incident_nouns:
        return None
    for token in incident.lefts:
        if token.dep_ == "compound" and token.pos_ == "NOUN":
            token = next((c for c in token.lefts if c.dep_ == "compound"), token)  # "Herat car"
        if token.dep_ in ("compound", "amod") and (
                token.ent_type_ in ("GPE", "LOC", "FAC") or (token.pos_ == "PROPN" and grammar.known_town(token))
        ) and not names_a_country(_whole_name(token)):
            return token
    return None


def _whole_name(token: Token) -> str:
    """The whole name a word is part of ("United Kingdom" for "Kingdom"), without "the"."""
    entity = grammar.entity_at(token)
    if entity is None:
        return token.text
    return entity.text[4:] if entity.text.lower().startswith("the ") else entity.text


def _place_there_means(there: Token) -> dict | None:
    """"Rebels attacked Goma on Monday. Four soldiers were killed there": "there" is the last
    place named before it, in its sentence or the two before; the record points at that name
    (``from_context`` when it is in another sentence)."""
    doc = there.doc
    sentences = [s for s in doc.sents if s.start <= there.i][-3:]
    names = [part for s in sentences for part in _names_in(s) if part.end <= there.i
             and not any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in part)]
    for name in sorted(names, key=lambda part: part.start, reverse=True):
        where = name.root.head if name.root.dep_ == "pobj" else name.root
        if not _in_reporter(where) and _place_name(name):
            # the whole phrase when the name is in one ("the town of Dori", not "Dori")
            phrase = next((p for p in sentence_places(name.sent)
                           if p["start"] <= name.start_char and name.end_char <= p["end"]), None)
            return phrase or _place_record(name[0], name.root)
    return None


def _place_name(name: Span) -> bool:
    """Whether a name is a place's: the tagger says so, or the gazetteer knows it."""
    from pipeline.text import gazetteer

    return name.label_ in ("GPE", "LOC", "FAC") or bool(gazetteer.lookup(_bare(name) or name.text))


LEDE_SENTENCES = 4


def lede_place(doc: Doc, sentences: list[Span], events: list[dict], date_spans: list[Span],
               resolve_date) -> None:
    """A report's opening sentences place its incident, often twice, coarse then fine: "their
    military base in southern Somalia ... the base in the town of Leego". Casualties told
    there with no place, or only a country-wide one, take the first specific place the
    opening names, a town, district or province before a base or a border (GUIDELINES §5:
    the most specific place the article ties to the event); a city gives way to a part of it
    the opening names ("Baghdad", then "the Allawi district of central Baghdad"). A sentence
    of the opening that dates another day ("The attack followed Tuesday's clash in south
    Mogadishu") places that other incident, not the lede's."""
    opening = sentences[:LEDE_SENTENCES]
    if not opening:
        return
    lede_end = opening[-1].end_char
    day = _focus_day(events)
    # a sentence that dates another day, or opens on a place of its own ("In eastern Logar
    # province, a schoolgirl died"), tells another incident, not the lede's
    opening = [opening[0]] + [s for s in opening[1:] if not dates_another_day(s, day, date_spans, resolve_date)
                              and grammar.opening_place(s) is None]
    places = [place for sentence in opening for place in sentence_places(sentence)]
    named = [place for place in places
             if not country_wide(place) and names_a_place(place, doc)
             and not several_places(place)]  # "both Kandahar and Helmand": not one place
    if not named:
        return
    specific = min(named, key=lambda place: not settlement(place, doc))
    countries = {place["country"] for place in places if country_wide(place)}
    # "four soldiers were killed in a roadside bombing in southern Afghanistan, while one was
    # killed in a separate gunbattle": a sentence of the opening that turns to other incidents
    turning = {s.start_char for s in opening[1:] if grammar.opens_new_incident(s)}
    for event in events:
        if event["type"] != "casualty" or event["cumulative"] or event["sentence"]["start"] >= lede_end:
            continue
        if event["sentence"]["start"] in turning:
            continue
        if apart_in_time(event["date"], day):
            continue  # "The last, on April 27, killed two": an earlier bombing, not the lede's
        place = event["location"]
        if place is not None and _fronted(place, event["sentence"]["start"], doc) and any(
                compass_word(w) for w in place["text"].split()):
            continue  # "In western Afghanistan, a bomb attack wounded ...": a region set anew
        if told_over_many(event, doc):
            continue  # "detained 24 suspects in operations in Iraq": a total, not one town's
        if place is None or (country_wide(place) and place["country"] in countries
                             and country_of(specific, doc) in (None, place["country"])):
            event["location"] = specific  # not a town in Afghanistan for those "wounded in Iraq"
        elif part := next((p for p in named if _part_of(p, place)), None):
            event["location"] = part


def place_referred_back(doc: Doc, sentences: list[Span], events: list[dict]) -> None:
    """"25 soldiers were wounded in the area", "troops already in the country": a place noun
    with "the" and no name of its own (``referring_place_nouns``) points back at the place
    named last before it, within ``_REFERENCE_REACH`` sentences: "the country" at the last
    country named, "the area" or "the region" at the last place phrase (GUIDELINES §5). The
    event takes that place, with its span where it was stated; with none named, the phrase
    stays as told."""
    for event in events:
        place = event["location"]
        span = place_span(place, doc) if place else None
        referring = _referring_noun(span) if span is not None else None
        site = _bare_site(span) if span is not None and referring is None else None
        settlement_noun = (_bare_settlement(span) if span is not None and referring is None
                           and site is None else None)
        noun = referring or site or settlement_noun
        if noun is None:
            continue
        here = next((i for i, s in enumerate(sentences) if s.start <= span.start < s.end), None)
        if here is None:
            continue
        window = sentences[max(0, here - _REFERENCE_REACH) : here + 1]
        if site is not None:
            # "six guests were killed in the hotel": the hotel told before with its town ("a
            # hotel in the town of Buloburde"), else the place named last
            told = [found for s in window for t in s if t.i < noun.i and grammar.lemma(t) == grammar.lemma(noun)
                    and names_a_place(found := _place_record(t.left_edge, t), doc)]
            told = told or [p for s in window for p in sentence_places(s) if p["end"] <= place["start"]
                            and not several_places(p) and names_a_place(p, doc)]
        elif settlement_noun is not None:
            # "killed in the town": the town of that kind named last ("the town of Gubio"); a
            # city named is no town, and with none of its kind named it stays as told
            told = [p for s in window for p in sentence_places(s) if p["end"] <= place["start"]
                    and not several_places(p) and names_a_place(p, doc)
                    and any(grammar.lemma(t) == grammar.lemma(noun) for t in place_span(p, doc) or ())]
        elif grammar.lemma(noun) == "country":
            told = [{"text": e.text, "start": e.start_char, "end": e.end_char, "country": code}
                    for s in window for e in grammar.entities(s) if e.label_ == "GPE" and e.end <= span.start
                    and (code := sides.entity_country(e))
                    and names_a_country(e.text) and not _owner_only(e.root)]  # not "Kabul"
            # a force kept or sent "in the country" with another country named is there, not
            # at home ("withdraw its troops from Lebanon. Syria has 14,000 soldiers in the country")
            own = (event["actor"] or {}).get("country") if event["type"] != "casualty" else None
            told = [t for t in told if t["country"] != own] or told
        else:
            told = [p for s in window for p in sentence_places(s) if p["end"] <= place["start"]
                    and not several_places(p) and names_a_place(p, doc)]
        if told:
            event["location"] = dict(told[-1])


def site_named_later(doc: Doc, sentences: list[Span], events: list[dict]) -> None:
    """"A suicide attack on an army camp in Kashmir ... the gunmen tried to enter the camp in
    Uri": a site the report first tells with "a"/"an" (an army camp, a checkpoint, a village in
    the north) is the one it names when it comes back to it with "the" and the same noun and a
    name ("the camp in Uri", "the base at Janaale", "the village of Tessit"). The event takes
    the named site (GUIDELINES §5: the most specific place tied to it), looked for within
    ``_REFERENCE_REACH`` sentences after, before the report turns to another incident, and not
    in another country. Events that carried the first place carry the named one too."""
    moved: dict[tuple[int, int], dict] = {}
    for event in events:
        place = event["location"]
        if place is None or event["cumulative"]:
            continue
        key = (place["start"], place["end"])
        if key not in moved:
            moved[key] = _named_site_for(place, doc, sentences)
        if moved[key] is not None:
            event["location"] = dict(moved[key])


def _named_site_for(place: dict, doc: Doc, sentences: list[Span]) -> dict | None:
    span = place_span(place, doc)
    site = _indefinite_site(span) if span is not None else None
    here = next((i for i, s in enumerate(sentences) if s.start <= span.start < s.end), None) if site else None
    if here is None:
        return None
    country = country_of(place, doc)
    for i, sentence in enumerate(sentences[here : here + _REFERENCE_REACH + 1]):
        if i and grammar.opens_new_incident(sentence):
            return None
        for token in sentence:
            if token.i <= site.i or grammar.lemma(token) != grammar.lemma(site):
                continue
            named = _site_name(token)
            if named is None:
                continue
            found = _place_record(token.left_edge, token)
            if country_of(found, doc) in (None, country) or country is None:
                return found
            return None
    return None


def _indefinite_site(span: Span) -> Token | None:
    """The site a place phrase tells with "a"/"an": its own head ("a village in northern
    Mali") or the noun it hangs on ("an army base" in "stormed an army base in southern
    Somalia")."""
    heads = [span.root]
    if span.start > 0 and span.root.head.dep_ == "prep" and span.root.head.head.i < span.start:
        heads.append(span.root.head.head)
    for head in heads:
        if (head.pos_ == "NOUN" and grammar.lemma(head) in grammar.lexicon().place_nouns
                and grammar.told_with_a(head)):
            return head
    return None


def _site_name(noun: Token) -> Token | None:
    """The name a definite site is given: "the camp in Uri", "the base at Janaale", "the
    village of Tessit", "the Uri camp"."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in noun.children):
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.i < noun.i and child.ent_type_ in ("GPE", "LOC", "FAC"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "of", "near", "outside"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ in ("GPE", "LOC", "FAC") or (
                        obj.pos_ == "PROPN" and grammar._name_of_where(obj))):
                    return obj
    return None


def _points_back(found: tuple[Token, Token]) -> bool:
    """Whether a place phrase that names nothing holds a town or a division told with "the"
    ("a raid on a checkpoint in the province", "an attack on a police post in the city"): it
    points back at the one the report named, as "in the province" on the verb does. Not a
    bearing from it ("north of the Iraqi capital"), which a retelling may name more exactly."""
    lex = grammar.lexicon()
    nouns = lex.settlement_nouns | lex.division_nouns | lex.district_nouns
    return any(grammar.lemma(t) in nouns and t.pos_ == "NOUN" and t.dep_ != "poss"
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               and not (t.head.lower_ == "of" and t.head.head.lower_ in lex.compass_directions)
               for t in found[1].subtree)


def _bare_site(span: Span) -> Token | None:
    """The noun of a place phrase that is a site told with "the" and nothing else ("the
    hotel", "the school", "the crowded market"): no name, no place phrase of its own. Not a
    town or a division ("the city", "the same province": ``_bare_settlement``)."""
    lex = grammar.lexicon()
    sites = lex.place_nouns - (lex.referring_place_nouns | lex.settlement_nouns | lex.local_nouns
                               | lex.division_nouns | lex.district_nouns)
    return _told_bare(span, sites, ("prep",))


def _bare_settlement(span: Span) -> Token | None:
    """The noun of a place phrase that is a town, a city or a village told with "the" and
    nothing else ("the town", "the same city"): no name, no place phrase or owner of its own."""
    return _told_bare(span, grammar.lexicon().settlement_nouns, ("prep", "poss"))


def _told_bare(span: Span, nouns: frozenset[str], own_words: tuple[str, ...]) -> Token | None:
    """The root of a place phrase when it is one of ``nouns`` told with "the", and the phrase
    holds no name and no word of the dependencies ``own_words`` (a place phrase of its own, an
    owner); else None."""
    root = span.root
    if (root.pos_ != "NOUN" or grammar.lemma(root) not in nouns
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)):
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or t.dep_ in own_words for t in span):
        return None
    return root


def _referring_noun(span: Span) -> Token | None:
    """The noun of a place phrase that only points back ("the area", "the country"): a
    ``referring_place_nouns`` noun with "the" and no name anywhere in the phrase."""
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in span):
        return None
    return next((t for t in span if t.pos_ == "NOUN" and grammar.lemma(t) in grammar.lexicon().referring_place_nouns
                 and t.dep_ != "poss"  # "the country's south": a part of it, told as such
                 and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)), None)


def told_over_many(event: dict, doc: Doc) -> bool:
    """Whether an event's own sentence tells its place for many incidents ("in operations in
    Iraq", "attacks across Afghanistan", "throughout the province") or as several places ("in
    five regions of Nigeria"): a figure told so is a
    total, and the town of the first incident told next is not where all of it happened."""
    place, sentence = event["location"], event["sentence"]
    span = place_span(place, doc) if place else None
    if span is None or not sentence["start"] <= place["start"] < sentence["end"]:
        return False
    if span[0].lower_ in ("across", "throughout") or (span.start > 0 and doc[span.start - 1].lower_ in ("across", "throughout")):
        return True
    if span.root.tag_ == "NNS" and grammar.lemma(span.root) in grammar.lexicon().place_nouns:
        return True  # "in five regions of Nigeria", "in villages around Beni": several places
    incident_words = grammar.lexicon().incident_nouns
    path = [span.root, *list(span.root.ancestors)[:3]]
    # "in operations in Iraq"; not "in clashes in Borno state", one incident's
    if any(t.tag_ == "NNS" and grammar.lemma(t) in incident_words - grammar.lexicon().one_incident_plurals
           for t in path):
        return True
    # "Two separate airstrikes killed 21 civilians in northern Yemen", "Twin bombings killed
    # 30 people in Iraq": incidents told as several, by a number or a word that says so
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "NNS" and grammar.lemma(s) in incident_words
               and any(c.dep_ == "nummod" or c.lower_ in grammar.lexicon().several_words for c in s.children)
               for t in path for s in t.children)


def _fronted(place: dict, sentence_start: int, doc: Doc) -> bool:
    """Whether a place phrase opens its sentence ("In western Afghanistan, ...", "Near Gao,
    ..."), with at most its preposition before it."""
    if place["start"] < sentence_start:
        return False  # a place carried from an earlier sentence opens nothing here
    before = grammar.doc_text(doc, sentence_start, place["start"]).split()
    return not before or (len(before) == 1 and before[0].lower() in grammar.lexicon().locative_preps)


def place_in_focus(doc: Doc, sentences: list[Span], events: list[dict], home: str | None) -> None:
    """The report's theatre, for casualties and strengths that no rule before placed: their
    own clause, their neighbours and their incident name no place (GUIDELINES §5: the place
    the article ties to the event). A report names where it happens first ("in eastern
    Ukraine", "in the disputed region of Kashmir") and leaves it implicit after, so a running
    total or a force's strength takes the first country, region or province the report names,
    any other event the place named last before it (``_last_told_before``). Only places in
    the country the report is about count (not "talks held in Malaysia" in a report from the
    Philippines), and a report with no one country in focus has no theatre. Deployments go
    elsewhere (their place is a destination), and a release or exchange of captives happens
    away from where they were taken: both are left alone; a capture is where the incident
    told last was, and one at another time is not placed. ``home`` is the country in focus (``country_in_focus``)."""
    unplaced = [event for event in events if event["location"] is None and event["type"] != "deployment"
                and not (event["outcome"] == "captured" and event.get("released"))]
    if home is None or not unplaced:
        return
    told = [place for sentence in sentences for place in sentence_places(sentence)
            if not several_places(place) and names_a_place(place, doc)
            and country_of(place, doc) in (None, home)]
    if not told:
        return
    # the theatre: the first country, region or province told; else the report's country where
    # the text names it; never a town ("over 10,000 people have died in the past decade" is no
    # toll of the one town the report's incident struck)
    wide = next((place for place in told if specificity(place, doc) < 2), None)
    home_named = _named_home(doc, home)
    day = _focus_day(events)
    located = None  # the told places with their gazetteer fields, looked up once when needed
    for event in unplaced:
        # a running total, a toll over more than a month, or a force's strength is somewhere in
        # the theatre, not at the focus incident's town; an incident on another day is where
        # the report last placed one ("Sunday's clash ... in south Mogadishu. One Ugandan
        # soldier died"), as any other
        theatre = event["cumulative"] or event["type"] == "presence" or _longer_than_a_month(event["date"])
        if (theatre or apart_in_time(event["date"], day)) and event["outcome"] == "captured":
            continue  # people taken at another time: where is not told
        if not theatre:
            located = located or [geocoded(place, doc) for place in told]
        # a force's strength keeps the town told before when no region is (it may be where the
        # force is); a toll does not: the country named, else no place
        theatre_place = wide or (home_named if event["type"] == "casualty" else told[0])
        if theatre and theatre_place is None:
            continue
        event["location"] = dict(theatre_place if theatre else _last_told_before(event, told, located))


def total_over_places(doc: Doc, sentences: list[Span], events: list[dict]) -> None:
    """A figure its sentence goes on to break down place by place ("31 people were killed,
    including 14 in Deir al-Zour, 10 in Homs and eight in Aleppo"; "killed 25: 11 in Gao, eight
    in Timbuktu and six in Kidal") is a total over those places, not the first item's: it
    takes the most specific place the report names that holds them all (a province, the
    country: GUIDELINES §5), else none. Only a figure at least as large as each item, of the
    same outcome, told before them."""
    by_sentence: dict[int, list[dict]] = {}
    for event in events:
        by_sentence.setdefault(event["sentence"]["start"], []).append(event)
    told = None  # the report's places, read once when needed
    for group in by_sentence.values():
        if len(group) < 3:
            continue
        for total in group:
            place = total["location"]
            if place is None or total["type"] != "casualty" or total["count"]["value"] is None:
                continue
            items = [e for e in group if e is not total and e["count"]["start"] > total["count"]["start"]
                     and e["outcome"] == total["outcome"] and e["location"] is not None
                     and e["count"]["value"] is not None and e["count"]["value"] <= total["count"]["value"]]
            starts = {e["location"]["start"] for e in items}
            if len(starts) < 2 or place["start"] not in starts:
                continue
            if told is None:
                told = [p for s in sentences for p in sentence_places(s) if not several_places(p)]
            parts = [geocoded(e["location"], doc) for e in items]
            holders = [(geocoded(p, doc), p) for p in told if p["start"] not in starts]
            holders = [(g, p) for g, p in holders if all(lies_within(part, g) for part in parts)]
            # the most specific holder, the first told among equals
            best = min(holders, key=lambda h: h[0].get("precision") or 9, default=None)
            total["location"] = dict(best[1]) if best is not None else None


def _named_home(doc: Doc, home: str) -> dict | None:
    """The first place entity that names the report's country itself ("Nepal"), as a place
    record, or None when the text never names it as a place."""
    for ent in grammar.entities(doc):
        if (ent.label_ == "GPE" and sides.entity_country(ent) == home and names_a_country(ent.text)
                and not _names_a_side(ent)):
            return {"text": ent.text, "start": ent.start_char, "end": ent.end_char, "country": home}
    return None


def _last_told_before(event: dict, told: list[dict], located: list[dict]) -> dict:
    """The place a report last named before an event's sentence, where the incident it goes
    on telling happened ("Clashes broke out in Nalchik ... Seven policemen were also
    killed"); the town told before it when that place is only the region the town lies in
    ("in Kashgar ... in the Xinjiang region. Fourteen of the deaths ..."). The first place
    told, for an event before any. ``located``: ``told`` with gazetteer fields (``geocoded``)."""
    before = [index for index, place in enumerate(told) if place["end"] <= event["sentence"]["start"]]
    if not before:
        return told[0]
    last = before[-1]
    return next((told[index] for index in reversed(before[:-1]) if lies_within(located[index], located[last])),
                told[last])


def _focus_day(events: list[dict]) -> dict | None:
    """The day of the incident a report is about: that of its first dated casualty that is no
    running total or plan."""
    return next((event["date"] for event in events if event["type"] == "casualty" and event["date"]
                 and not event["cumulative"] and not event["planned"]), None)


def destination_sent_to(word: Token) -> dict | None:
    """The named place a sending word sends forces to ("mobilize three battalions to
    Afghanistan", "prior to deploying to Southwest Asia", "a deployment to Kosovo"), or None."""
    if grammar.lemma(word) not in grammar.lexicon().sending_words:
        return None
    # "mobilize two battalions to Iraq": the parser may hang the destination on what is sent
    sent = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((found for head in (word, *sent)
                 if (found := _location_of(head, deployment=True, destination_only=True))), None) \
        or _where_its_forces_serve(word)


def _where_its_forces_serve(word: Token) -> dict | None:
    """"the rotation of forces operating in Afghanistan", "a rotation of troops supporting the
    mission in Mali": a sending word told by the forces it moves and what they do somewhere
    sends forces where those forces serve (a military release's usual wording). Not where they
    come from ("a battalion from Fort Hood")."""
    forces = [o for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for o in prep.children if o.dep_ == "pobj" and grammar.person_class(o) == "combatant"]
    for doing in (c for force in forces for c in force.children if c.dep_ == "acl" and c.tag_ == "VBG"):
        for prep in (t for t in doing.subtree if t.dep_ == "prep" and t.lower_ == "in"):
            if (found := grammar.place_phrase(prep)) is not None and names_a_place(
                    place := _place_record(*found), word.doc):
                return place
    return None


def destination_told_before(events: list[dict]) -> None:
    """A deployment whose clause names no destination goes where the same side's forces were
    last sent or stationed in the report ("France has put 800 soldiers on the ground in Mali.
    The plan is to deploy 1,600 French soldiers"): the place of the nearest earlier deployment
    or presence of the same country or group told at an overlapping time, if any (GUIDELINES §5,
    a place from context)."""
    for position, event in enumerate(events):
        if event["type"] != "deployment" or event["location"] is not None or not event["actor"]:
            continue
        for earlier in reversed(events[:position]):
            if (earlier["type"] in ("deployment", "presence") and earlier["location"] is not None
                    and sides.same_side(earlier["actor"], event["actor"], unknown_agrees=False)
                    and not apart_in_time(event["date"], earlier["date"])):
                event["location"] = dict(earlier["location"])
                break


def dates_another_day(sentence: Span, day: dict | None, date_spans: list[Span], resolve_date) -> bool:
    """Whether a sentence names a time apart from the day of the incident in focus ("followed
    Tuesday's clash" in a report about Wednesday's attack): it tells another incident. The day
    something was said ("told reporters Tuesday") tells none, nor a time of day alone ("The
    gunmen struck at dawn"): it goes on the day told before."""
    saying = grammar.lexicon().attribution_verbs
    return day is not None and any(
        apart_in_time(resolve_date(span), day)
        for span in time.spans_in(date_spans, sentence)
        if grammar.lemma(span.root.head) not in saying and not names_no_day(span.text))


def _longer_than_a_month(day: dict | None) -> bool:
    """Whether an event's time is a stretch of more than a month ("in 2006", "over the past
    year"; not "late last month", read as the month, which may be one incident's time)."""
    spanned = days_spanned(day)
    return spanned is not None and spanned > 31


def apart_in_time(a: dict | None, b: dict | None) -> bool:
    """Whether two events are told at times that do not overlap ("sent 11,000 troops in
    October last year" and "has dispatched 3,500 more" now): another wave, maybe elsewhere."""
    if not a or not b or not all((a.get("start_date"), a.get("end_date"), b.get("start_date"), b.get("end_date"))):
        return False
    return a["end_date"] < b["start_date"] or b["end_date"] < a["start_date"]


def _part_of(finer: dict, place: dict) -> bool:
    """Whether a place phrase names a part of another: the other's name, after a kind of
    local place with a name of its own, or right after a compass word ("the Allawi district of
    central Baghdad" of "Baghdad"; not "Sudan's Darfur region" or "the northeastern district of
    Ituri", the same place told at length)."""
    name = re.sub(r"^the\s+", "", place["text"], flags=re.IGNORECASE)
    found = re.search(rf"\b{re.escape(name)}\b", finer["text"])
    if found is None or finer["text"] == place["text"]:
        return False
    lex = grammar.lexicon()
    before = re.findall(r"[\w'’-]+", finer["text"][: found.start()])
    if before and compass_word(before[-1]):
        return True  # "northern Kabul"
    # "the Allawi district of ...": a kind of place with a name of its own; not "the
    # northeastern district of Ituri", which is Ituri
    return any(w.lower() in lex.local_nouns or w.lower() in lex.district_nouns for w in before) and any(
        w[0].isupper() and w.lower() != "the" and not compass_word(w) for w in before)


def country_in_focus(doc: Doc) -> str | None:
    """The country a report happens in: the one its place names name most often, when it
    holds at least two mentions and 40% of them. A town the tables do not know ("Baquba",
    "Douma") is taken to lie in it. A wire dateline's town adds a mention to a country the
    body names ("ISLAMABAD — ... in North Waziristan"). Nationality words are not counted: they name the sides
    ("North Korean troops in Kursk"), not the ground."""
    counts = _country_mentions(doc)
    if not counts or max(counts.values()) < 2:
        # a report that names its towns and never its country ("gunmen attacked Nalchik ...
        # in Nalchik"): the towns' country, where the gazetteer leaves no doubt
        for code in _towns_countries(doc):
            counts[code] = counts.get(code, 0) + 1
        # a dateline's town confirms a country the body names, never adds or outvotes one:
        # regional bureaus file on their neighbours ("NAIROBI —" on Somalia)
        if (code := _dateline_country(doc)) in counts:
            counts[code] += 1
    if not counts:
        return None
    code, top = max(counts.items(), key=lambda item: item[1])
    return code if top >= 2 and top >= 0.4 * sum(counts.values()) else None


def _towns_countries(doc: Doc) -> list[str]:
    """The country of each place entity the country tables do not know, one per mention, when
    every place the gazetteer files under that name lies in one country, or when one town of
    that name dwarfs every namesake elsewhere ("Basra": the Iraqi city of 1.3 million, not a
    Pakistani village of a thousand; not "Tripoli", whose Lebanese namesake is a city too)."""
    from pipeline.text import gazetteer

    found = []
    for ent in grammar.entities(doc):
        if ent.label_ != "GPE" or sides.entity_country(ent):
            continue
        if (country := _country_of_entries(gazetteer.lookup(ent.text))) is not None:
            found.append(country)
    return found


def _dateline_country(doc: Doc) -> str | None:
    """The country of the capital or town a wire dateline names in capitals ("ISLAMABAD —"),
    which the tagger reads as no entity; None when the dateline names its country itself
    ("DAKAR, Senegal (AP) —", counted already) or the tagger found the town."""
    dateline = grammar.dateline_place(doc)
    if dateline is None or any(t.ent_type_ == "GPE" for t in doc[: grammar.dateline_end(doc)]):
        return None
    return _country_of_town(dateline.text)


def _country_of_town(name: str) -> str | None:
    """The country a town's name puts it in: the country whose capital it is, else the one
    country the gazetteer files every place of the name under, or the dominant one."""
    from pipeline.text import gazetteer

    return _capital_countries().get(gazetteer.key(name)) or _country_of_entries(gazetteer.lookup(name))


def _country_of_entries(entries) -> str | None:
    """The one country every place of a name lies in, or the dominant town's
    (``_dominant_country``); countries of the name itself left out."""
    entries = [entry for entry in entries if entry.kind != "country"]
    countries = {entry.country for entry in entries}
    if len(countries) == 1 and None not in countries:
        return countries.pop()
    return _dominant_country(entries)


#: How many times the largest town of a name must outnumber the largest of its namesakes in
#: other countries for the name to be taken as that town's, and how large it must be.
_DOMINANT_SIZE = 20
_DOMINANT_TOWN = 100_000


def _dominant_country(entries: list) -> str | None:
    """The country of the one city of a name at least ``_DOMINANT_SIZE`` times as populous as
    every namesake town in another country, or None; never when the name is also a province or
    district elsewhere (the gazetteer gives divisions no population: "Chechnya" is a Russian
    republic, whatever Ukrainian village shares its name)."""
    towns: dict[str, int] = {}
    divisions = set()
    for entry in entries:
        if entry.country is None:
            continue
        if entry.kind == "place":
            towns[entry.country] = max(towns.get(entry.country, 0), entry.population or 0)
        else:
            divisions.add(entry.country)
    if not towns:
        return None
    first, size = max(towns.items(), key=lambda item: item[1])
    second = max((n for country, n in towns.items() if country != first), default=0)
    if size < _DOMINANT_TOWN or divisions - {first}:
        return None
    return first if size >= _DOMINANT_SIZE * max(second, 1) else None


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


def article_countries(doc: Doc) -> dict[str, float]:
    """The countries an article's place names name, each with its share of the mentions: what
    tells "Tripoli" in a Libya story from "Tripoli" in a Lebanon story."""
    counts = _country_mentions(doc)
    total = sum(counts.values())
    return {code: n / total for code, n in counts.items()}


def _countries_told(doc: Doc) -> frozenset[str]:
    """Every country an article names in any way: as ground, as a side ("Russia's army"), by
    its people ("a Ukrainian depot"). A large city abroad is that city only in a country the
    report speaks of: "Kryvyi Rih" beside "Ukrainian", not "Kobe, a village near Gao" in a
    report from Mali that never names Japan."""
    from pipeline.text import gazetteer

    def told() -> frozenset[str]:
        return frozenset(code for ent in grammar.entities(doc) if ent.label_ in ("GPE", "NORP") and (
            code := sides.entity_country(ent) or _country_of_division(ent)
            # a territory GeoNames counts as a country that Muster's sides do not ("Hong Kong")
            or next((e.country for e in gazetteer.lookup(ent.text) if e.kind == "country"), None)))
    return grammar.kept(doc, ("countries_told",), told)


def _country_mentions(doc: Doc, ground_only: bool = False) -> dict[str, int]:
    """How often an article's place names (GPE entities) name each country; ``ground_only``
    leaves out a neighbour named across a border ("near the border with Venezuela", "a
    province which borders Venezuela"), which says where a place is not. A country named only
    as a word for its forces or officials (``_names_a_side``) is not counted.

    Counted once per document (``grammar.kept``): every place put on the map asks, about 10
    times an article. Each caller gets a copy."""
    return dict(grammar.kept(doc, ("country_mentions", ground_only),
                             lambda: _count_country_mentions(doc, ground_only)))


def _count_country_mentions(doc: Doc, ground_only: bool) -> dict[str, int]:
    counts: dict[str, int] = {}
    sides_only: dict[str, int] = {}  # "U.S. aircraft": a country named only as a side's
    for ent in grammar.entities(doc):
        if ent.label_ == "GPE" and not sides.where_based(ent) and (code := (
                # "Niger state": a division named after a country, whose own country it counts
                None if _names_a_division(ent.root) else sides.entity_country(ent)) or _country_of_division(ent)):
            if ground_only and (_across_the_border(ent.root) or (
                    ent.root.dep_ == "dobj" and grammar.lemma(ent.root.head) in grammar.lexicon().border_nouns)):
                continue
            found = sides_only if _names_a_side(ent) else counts
            found[code] = found.get(code, 0) + 1
    # a country the report also names as ground keeps its bodies' mentions ("the DRC
    # government ... in the DRC"); one named only for its forces or officials is no ground
    # at all ("U.S. aircraft bombed a village", a report from Afghanistan)
    return {code: n + sides_only.get(code, 0) for code, n in counts.items()}


def _names_a_side(ent: Span) -> bool:
    """A country's name used as a word for one of its bodies ("U.S. aircraft", "the U.S.
    military", "a Pakistan army spokesman"): who acted, as a nationality word would say, not
    where; "Kunar province" and "the Iraq border" still name the ground."""
    head = ent.root.head
    return (ent.root.dep_ in ("compound", "amod", "nmod") and head.i >= ent.end
            and head.pos_ in ("NOUN", "PROPN") and not grammar.is_place_head(head)
            and head.ent_type_ != "GPE" and sides.entity_country(ent) is not None)


def _country_of_division(ent: Span) -> str | None:
    """The country of a province named as one ("Borno State", "Helmand province"): a report
    that names only its provinces still names its country, when the gazetteer puts every
    province of the name in one country."""
    from pipeline.text import gazetteer

    told = ent.doc[ent.start : min(ent.end + 1, len(ent.doc))]  # the name and the word after it
    if not any(t.lower_ in gazetteer.designations() for t in told):
        return None
    name = " ".join(t.text for t in ent if t.lower_ not in gazetteer.designations())
    found = {e.country for e in gazetteer.lookup(name) if e.kind == "admin1" and e.country}
    return found.pop() if len(found) == 1 else None


def _compass(token: Token) -> bool:
    """"north", "northern", "northeastern", "central": a word that names a part of a place."""
    return compass_word(token.text)


def compass_word(word: str) -> bool:
    word = word.lower()
    directions = grammar.lexicon().compass_directions
    return word in directions or word == "central" or (word.endswith("ern") and word[:-3] in directions)


#: Entity labels a place name never carries (a place the tagger called a person is taken when
#: the text calls it a place: "the village of Tal Tamr"; one it called a product or a body,
#: "near Kursk" PRODUCT, when no armed group or mission has that name).
_NEVER_PLACES = ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")


def _name_parts(span: Span) -> list[Span]:
    """The names in a place phrase, longest first, none inside another: the whole phrase
    without its article, else its place entities and runs of proper nouns ("Musa Qala, Helmand":
    "Musa Qala" and "Helmand"; "the Gaza Strip" as one name, not also "Gaza")."""
    doc = span.doc
    parts: list[Span] = []
    body = [t for t in span if not (t.dep_ == "prep" or t.pos_ in ("DET", "ADP", "PUNCT", "CCONJ"))]
    # a phrase of common nouns names no place ("the town" is not the Saint Lucian district
    # Town); a name in lower case still counts when the tagger saw a place in it
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in body)
    if body and named and not any(t.ent_type_ in _NEVER_PLACES and not _called_a_place(t) for t in body):
        parts.append(doc[body[0].i : body[-1].i + 1])
    parts += [e for e in grammar.entities(span) if e.label_ in ("GPE", "LOC", "FAC")]
    run: list[Token] = []
    for token in [*span, None]:
        if token is not None and (token.ent_type_ not in _NEVER_PLACES or _called_a_place(token)) and (
                token.pos_ == "PROPN" or _name_tagged_as_a_noun(token) or (run and token.text in ("-", "'", "’"))):
            run.append(token)
            continue
        if run:
            parts.append(doc[run[0].i : run[-1].i + 1])
        run = []
    # "along the border with Pakistan": the country on the other side, not where it happened
    parts = [p for p in parts if not _across_the_border(p.root) and not _acronym_restated(p)]
    return sorted({(p.start, p.end): p for p in parts}.values(), key=len, reverse=True)


def _name_tagged_as_a_noun(token: Token) -> bool:
    """A capitalised word inside a sentence that the NER holds to be a name but the tagger a
    common noun ("the city of Homs", tagged a plural noun): a name for the gazetteer to try."""
    return (token.pos_ == "NOUN" and token.ent_type_ != "" and token.is_title
            and token.i > token.sent.start)


def _acronym_restated(part: Span) -> bool:
    """"the Afghan National Army (ANA) base": letters in brackets restate the name before
    them, and are no place of their own (not Anah, Iraq)."""
    doc = part.doc
    return (part.text.isupper() and part.start > 0 and part.end < len(doc)
            and doc[part.start - 1].text == "(" and doc[part.end].text == ")")


def _called_a_place(token: Token) -> bool:
    """A name the text calls a place, however the tagger labelled it: "the vicinity of Kidal"
    (NORP), "the town of Musa Qala" (the "X of" before it is a kind of place)."""
    lex = grammar.lexicon()
    name = token.head if token.dep_ == "compound" else token
    if token.ent_type_ in ("PERSON", "NORP") and grammar.known_town(name):
        return True  # "in Kidal" (NORP to the small model) inside a place phrase
    return (name.dep_ == "pobj" and name.head.lower_ == "of"
            and grammar.lemma(name.head.head) in lex.local_nouns | lex.district_nouns | lex.division_nouns)


def _bare(part: Span) -> str:
    """A place name without compass words before it or a kind of place after it ("northern
    Helmand province" -> "Helmand"), and without a possessive."""
    lex = grammar.lexicon()
    tokens = [t for t in part if t.tag_ != "POS"]
    while tokens and _compass(tokens[0]):
        tokens = tokens[1:]
    while tokens and grammar.lemma(tokens[-1]) in lex.place_nouns:
        tokens = tokens[:-1]
    return " ".join(t.text for t in tokens)


def _kind_cue(part: Span) -> str | None:
    """The kind of place a phrase says a name is: "Kandahar province('s)" or "the province of
    Kandahar" a first-level division, "Sangin district" a district, "the town of Leego" a
    populated place (the name's last word, the word after it past a possessive, or the "X of"
    before it)."""
    doc = part.doc
    tokens = [t for t in part if t.tag_ != "POS" and not t.is_space]
    after = part.end
    while after < len(doc) and (doc[after].tag_ == "POS" or doc[after].is_space):
        after += 1  # "Kandahar's province", "Xinjiang  region" (a doubled space is a token)
    words = tokens[-1:] + ([doc[after]] if after < len(doc) else [])
    if part.start >= 2 and doc[part.start - 1].lower_ == "of":
        words.append(doc[part.start - 2])
    return next((kind for word in words if (kind := _kind_named_by(word)) is not None), None)


def _kind_named_by(word: Token) -> str | None:
    """The kind of place a noun names: "district" a district (admin2), "province" or "state" a
    first-level division (admin1), "town" or "village" a populated place; else None."""
    lex = grammar.lexicon()
    lemma = grammar.lemma(word)
    for kind, nouns in (("admin2", lex.district_nouns), ("admin1", lex.division_nouns),
                        ("place", lex.local_nouns)):
        if lemma in nouns:
            return kind
    return None


#: Below this population a populated place outside the article's countries is not taken:
#: villages share names across the world, and news names a far village with its country.
_FAR_VILLAGE = 15000
#: In a report that names its countries, a town in none of them is taken only when it is a
#: city this large, by its own name: "the Kassara front" in a Yemen story is neither Kasāra,
#: India (15,611 people), nor Kassala, Sudan (which GeoNames also calls Kassara).
_FAR_TOWN = 100_000
#: The precision a name's stated kind implies, when the gazetteer only has a finer entry
#: ("Sangin district" found as the town of Sangin is a district all the same).
_CUE_PRECISION = {"admin2": 2, "admin1": 3}


def _entries(part: Span, text: str, countries: dict[str, float], stated: str | None) -> list:
    """The gazetteer entries a name may mean in this article: a country when the name is one;
    of the kind the phrase states when there is one; in a country the article names (or the
    one the phrase states) unless the place is large."""
    from pipeline.text import gazetteer

    cue = _kind_cue(part)
    if cue is None and any(t.ent_type_ == "PERSON" for t in part) and not grammar.known_town(part.root) \
            and not _placed_in_its_country(part.root):
        return []  # a name the tagger read as a person ("Ali"), unless the text calls it a place
    actor = sides.lookup(text)
    if actor is not None and actor.kind != "country":
        return []  # an armed group or a mission ("AU facilities"), not a place
    entries = list(gazetteer.lookup(text))
    if any(e.kind == "country" for e in entries):
        # "Niger state": the division the name's designation names, not the country
        designated = _designation_after(part[-1]) if part.text == text else None
        division = [e for e in entries if designated is not None and e.kind == designated]
        return division or [e for e in entries if e.kind == "country"]  # "Kosovo", not Kosovo Polje
    if not entries and actor is not None:
        return list(gazetteer.country(actor.code))  # "Bosnia": a name of a country GeoNames lacks
    entries = [e for e in entries if e.kind == cue] or entries
    if stated:
        entries = [e for e in entries if e.country in (None, stated)]
    # a village abroad only where the article is: with no country named, none ("the Baltic
    # states" is no hamlet in Connecticut); a name shorn of its kind of place ("Green" of "the
    # Green Zone") is a weaker match, taken abroad only as a division, never as a town; a town
    # abroad only when large and called so, in any romanization ("Kryvyi Rih", GeoNames'
    # "Kryvyy Rih", in a report that names only Russia)
    shorn = text != part.text and gazetteer.key(text) != gazetteer.key(part.text)
    return [e for e in entries if e.country is None or e.country == stated
            or countries.get(e.country, 0) > 0
            or (e.kind == "place" and not shorn and gazetteer.spelled_alike(e.name, text)
                and e.population >= (_FAR_TOWN if countries else _FAR_VILLAGE)
                and (not countries or e.country in _countries_told(part.doc)))
            # with no country named, a city this large also by another spelling ("Zaporizhzhia",
            # which GeoNames spells Zaporizhzhya)
            or (not countries and e.kind == "place" and not shorn and e.population >= _FAR_TOWN)
            or (not countries and e.kind != "place")]


#: How many times more people a place known by another spelling must have to win over one
#: called exactly so: "Gao" is Gao, Mali, not a city three times its size with the code GAO;
#: "the city of Zaporizhzhia" is the city of 700,000 GeoNames spells Zaporizhzhya, not a
#: village of 656 that GeoNames spells as the text does.
_OWN_NAME_WEIGHT = 100


def _standing(entry, own_name: bool) -> tuple[bool, float]:
    """How well a gazetteer entry fits a name, among entries as specific: one called exactly so
    that is no populated place (a division, a curated island or region: "the island province
    of Basilan", not the City of Isabela, also called Basilan), then its population on a log
    scale, an entry called exactly so counted as ``_OWN_NAME_WEIGHT`` times larger."""
    return (own_name and entry.kind != "place" and entry.population == 0,
            math.log10(entry.population + 1) + (math.log10(_OWN_NAME_WEIGHT) if own_name else 0.0))


def geocode(place: dict, doc: Doc, countries: dict[str, float], country_is_guess: bool) -> None:
    """Put a location on the map (SPEC: ``place``, ``admin1``, ``admin2``, ``lat``, ``lon``,
    ``geonameid``, ``precision``). Each name in the phrase is looked up in the gazetteer; the
    most specific entry wins (a town over its province, a district over its province), then
    one in the province the phrase also names ("Musa Qala, Helmand"), in the article's main
    country, the most populous. ``precision`` is ACLED's: 1 a named point, 2 near one ("near
    Fallujah", "north of Baghdad", "30 km south of Izium"), a district or part of a region
    ("northern Helmand"), 3 a region or natural feature, 4 a country. A name the gazetteer does
    not know leaves the keys null; it never blanks the country the text states."""
    from pipeline.text import gazetteer

    span = place_span(place, doc)
    stated = None if country_is_guess else place.get("country")
    candidates = []
    if span is not None:
        parts = _name_parts(span)
        named = {gazetteer.key(_bare(p)) for p in parts}
        taken: set[int] = set()
        for part in parts:
            if taken & set(range(part.start, part.end)):
                continue  # inside a longer name already found ("Gaza" in "the Gaza Strip")
            entries = next((found for text in dict.fromkeys((part.text, _bare(part)))
                            if text and (found := _entries(part, text, countries, stated))), [])
            if entries:
                taken |= set(range(part.start, part.end))
            for entry in entries:
                rank = max(entry.precision, _CUE_PRECISION.get(_kind_cue(part), 0))
                # "Musa Qala, Helmand": its province named beside it (not its own name again)
                inside = (bool(entry.admin1) and entry.kind != "admin1"
                          and gazetteer.key(entry.admin1) in named - {gazetteer.key(_bare(part))})
                # a place called so before one also known so ("Gao", not Guantánamo's code)
                said = (gazetteer.key(part.text), gazetteer.key(_bare(part)))
                own_name = any(gazetteer.key(n) in said for n in (entry.name, *entry.aliases))
                candidates.append(((-rank, not _named_from(part, parts), inside,
                                    countries.get(entry.country, 0.0), _standing(entry, own_name), entry.population),
                                   entry, part, rank))
    if any(countries.get(c[1].country, 0) > 0 for c in candidates):
        # "the Zhari district of Kandahar province" in an Afghanistan story: not Żary, Poland,
        # when the phrase's other names lie where the article is
        candidates = [c for c in candidates if c[1].country is None or countries.get(c[1].country, 0) > 0
                      or c[1].country == stated]
    candidates = _inside_what_it_names(candidates)
    if span is not None and _several_places(span, candidates):
        _geocode_list(place, candidates)
        return
    best = max(candidates, key=lambda c: c[0]) if candidates else None
    if best is None and span is not None:
        best = _place_referred_to(span, countries, stated)
    if span is not None and (best is None or best[3] == 4):
        best = _capital_named(span, countries, stated) or best  # "Iraq's capital": not Iraq
    entry = best[1] if best else None
    if entry is not None and entry.country and (place.get("country") is None or country_is_guess):
        place["country"] = entry.country
    precision = best[3] if best else (4 if country_wide(place) else None)
    if best is not None and "offset" in place and best[2].end_char <= place["offset"]["start"]:
        place.pop("offset")  # "Kidal, about 1,500 km northeast of Bamako": where Kidal lies, not the event
    if best is not None and precision in (1, 3):
        before = [t for t in span if t.i < best[2].start]
        within = max((t.i for t in before if t.lower_ in ("in", "inside", "at")), default=-1)
        # "near Fallujah", "north of Baghdad"; not "near a bus station in ... Hillah" (in it)
        near = any(t.i > within and (grammar.lemma(t) in grammar.lexicon().near_words or t.ent_type_ == "QUANTITY" or (
            _compass(t) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of")) for t in before
        ) or any(grammar.lemma(t) in grammar.lexicon().near_words  # "the Tal Afar area"
                 for t in doc[best[2].end : min(best[2].end + 2, span.end)])
        # "northern Helmand": part of a region; not "North Darfur", a province so named
        named_so = entry.kind == "admin1" and any(compass_word(w) for w in re.findall(r"[\w'’.-]+", entry.name))
        part_of = precision == 3 and (any(_compass(t) for t in before)
                                      or (not named_so and any(_compass(t) for t in best[2])))
        if (precision == 1 and (near or "offset" in place)) or part_of:
            precision = 2
    offset = place.pop("offset", None)
    place.update({
        "place": entry.name if entry else None,
        "admin1": entry.admin1 if entry and entry.kind != "country" else None,
        "admin2": entry.admin2 if entry else None,
        "lat": entry.lat if entry else None,
        "lon": entry.lon if entry else None,
        "geonameid": entry.geonameid if entry else None,
        "precision": precision,
    })
    if offset is not None:
        place["offset"] = offset


def _inside_what_it_names(candidates: list) -> list:
    """"the village of Tanda in Kano state", "Tripoli, Lebanon": a name the phrase puts inside
    a province, a district named as one ("the town of Ruma in Bandarban district") or a country
    named after it lies in that one's country, so a namesake elsewhere (a Tanda in India, a Ruma
    in Serbia) is no candidate; the province itself is, when the village is unknown."""
    containers = [c for c in candidates if c[1].kind in ("admin1", "country") or (
        c[1].kind == "admin2" and _kind_cue(c[2]) == "admin2")]  # "in Bandarban district"
    if not containers:
        return candidates
    return [c for c in candidates if c[1].country is None or any(c is box for box in containers) or not any(
        box[2].start > c[2].start and box[1].country != c[1].country for box in containers)
        or any(box[2].start > c[2].start and box[1].country == c[1].country for box in containers)]


def _several_places(span: Span, candidates: list) -> bool:
    """Whether a place phrase lists places ("Kandahar and Helmand provinces", "in Mali and
    Niger", "the towns of Beni and Butembo"): two or more of its names are found in the
    gazetteer, apart, joined by "and" or "or" ("Bosnia and Herzegovina" is one name)."""
    parts = sorted({(c[2].start, c[2].end) for c in candidates})
    return any(t.dep_ == "cc" and t.lower_ in ("and", "or") and first[1] <= t.i < second[0]
               for first, second in zip(parts, parts[1:]) for t in span)


def _geocode_list(place: dict, candidates: list) -> None:
    """A list of places is no one point: the country they share (none when they lie in
    several), their first-level division when they share one, and the precision of a region
    (3) within one country or wider (4) across several. Each name's best entry counts."""
    best: dict[tuple[int, int], tuple] = {}
    for candidate in candidates:
        key = (candidate[2].start, candidate[2].end)
        if key not in best or candidate[0] > best[key][0]:
            best[key] = candidate
    entries = [c[1] for c in best.values()]
    countries = {e.country for e in entries}
    admin1s = {e.admin1 if e.kind != "country" else None for e in entries}
    country = countries.pop() if len(countries) == 1 else None
    place.pop("offset", None)
    place.update({"country": country, "place": None,
                  "admin1": admin1s.pop() if len(admin1s) == 1 and country else None,
                  "admin2": None, "lat": None, "lon": None, "geonameid": None,
                  "precision": 3 if country and not any(e.kind == "country" for e in entries) else 4})


#: How many sentences back "the town" may point for the town it means.
_REFERENCE_REACH = 3


def _place_referred_to(span: Span, countries: dict[str, float], stated: str | None) -> tuple | None:
    """"an ambush near the town", "fighting in the province": a definite kind of place with no
    name points back at the last place of that kind the article named, within a few sentences
    (the town named in the lede). Returns a ``geocode`` candidate, or None when no earlier name
    of that kind is found (the phrase then stays off the map, never on a namesake)."""
    doc = span.doc
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
        return None  # a name of its own the gazetteer lacks ("the Orakzai region") stays unknown
    noun, kind = next(((token, cue) for token in span if token.pos_ == "NOUN"
                       and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
                       and (cue := _kind_cue(doc[token.i : token.i + 1])) is not None), (None, None))
    if kind is None:
        return None
    sentences = [s for s in doc.sents if s.start <= span.start][-_REFERENCE_REACH - 1:]
    names = [part for s in sentences for part in _names_in(s) if part.end <= span.start]
    for name in sorted(names, key=lambda part: part.start, reverse=True):
        for entry in _entries(name, _bare(name) or name.text, countries, stated):
            if entry.kind == kind:
                return ((0,), entry, doc[noun.i : noun.i + 1], entry.precision)  # "near" it
    return None


def _capital_named(span: Span, countries: dict[str, float], stated: str | None) -> tuple | None:
    """"the Somali capital", "Iraq's capital", "the country's capital": a capital named by its
    country is that country's capital city (``models/capitals.json``, from GeoNames); "the
    country's" or a bare "the capital" is the one of the country the phrase or the article is
    about. Returns a ``geocode`` candidate, or None."""
    from pipeline.text import gazetteer

    capital = next((t for t in span if grammar.lemma(t) == "capital" and t.pos_ == "NOUN"), None)
    if capital is None or any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in span):
        return None  # "the capital Kabul" names its city; the gazetteer had no entry for it
    codes = [code for ent in grammar.entities(span) if ent.label_ in ("NORP", "GPE") and (code := sides.entity_country(ent))]
    code = codes[0] if codes else stated or (max(countries, key=countries.get) if countries else None)
    name = load_json("capitals.json")["capitals"].get(code) if code else None
    cities = [e for e in gazetteer.lookup(name) if e.kind == "place" and e.country == code] if name else []
    if not cities:
        return None
    city = max(cities, key=lambda e: e.population)
    return ((0,), city, span.doc[capital.i : capital.i + 1], city.precision)


def _names_in(sentence: Span) -> list[Span]:
    """The names a sentence may give a place by: its place entities and its runs of proper
    nouns the tagger did not call a person or an organisation ("Shelling hit Kharkiv")."""
    doc = sentence.doc
    names = [e for e in grammar.entities(sentence) if e.label_ in ("GPE", "LOC", "FAC")]
    run: list[Token] = []
    for token in [*sentence, None]:
        if token is not None and token.pos_ == "PROPN" and token.ent_type_ in ("", "GPE", "LOC", "FAC"):
            run.append(token)
            continue
        if run and not any(run[0].i >= e.start and run[-1].i < e.end for e in names):
            names.append(doc[run[0].i : run[-1].i + 1])
        run = []
    return names


def in_home_country(event: dict, home: str | None, doc: Doc) -> None:
    """A place given with no country lies in the one its own words name ("the Liberian
    capital"), else in the report's country ("Baquba": ``country_in_focus``), which the
    gazetteer may still correct. A deployment's destination is often abroad, and so is where a
    force not known to be local is stationed ("181,061 troops stationed in Western Europe and the
    Far East" in a U.S. story): left alone. Armed groups and the country's own forces are local."""
    place = event["location"]
    if not place or place["country"] is not None or event["type"] == "deployment":
        return
    actor = event["actor"] or {}
    if event["type"] == "presence" and not (actor.get("group") or (home and actor.get("country") == home)):
        return
    span = place_span(place, doc)
    if span is not None and (country := _country_named_in(span)) is not None:
        place["country"] = sides.entity_country(country)
        return
    if home is not None:
        place["country"] = home
        event.setdefault("why", {})["location_country"] = "location.country_in_focus"


def country_of(place: dict | None, doc: Doc) -> str | None:
    """The country of a place phrase as the text or the gazetteer gives it, before ``locate``
    puts the event on the map (for a decision that needs it earlier)."""
    if place is None or place.get("country"):
        return place and place.get("country")
    return geocoded(place, doc).get("country")


def _named_from(part: Span, parts: list[Span]) -> bool:
    """Whether a name in a place phrase only says where another name of the phrase lies: it
    follows a bearing and "of" ("Kidal, about 1,500 kilometers northeast of Bamako") or a kind
    of place that has a name of its own ("the Rafah area of southern Gaza"), and a name comes
    before it. Of two names as exact, the first is then the place; in "Baghdad's neighborhood
    of Sadr City" the kind of place is named by what follows "of", which stays the place."""
    doc = part.doc
    i = part.start - 1
    while i >= 0 and (doc[i].lower_ == "the" or _compass(doc[i])):
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or not any(p.end <= i for p in parts if p is not part):
        return False
    before = doc[i - 1]
    return _compass(before) or (before.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in before.children))


def geocoded(place: dict, doc: Doc) -> dict:
    """A copy of a place record with its gazetteer fields, the record itself left alone."""
    probe = dict(place)
    geocode(probe, doc, article_countries(doc), False)
    return probe


def _cities_elsewhere(place: dict, doc: Doc, country: str) -> bool:
    """Whether a place phrase names cities in two countries other than ``country`` ("Tripoli":
    Libya's and Lebanon's, in a report whose one country named is Britain): a name that well
    known is no unknown village of the report's country, and which city it is the report does
    not say. (One city abroad, "Bristol" in a report from Nigeria, may well be a hamlet's name.)"""
    from pipeline.text import gazetteer

    span = place_span(place, doc)
    for part in _name_parts(span) if span is not None else ():
        name = _bare(part)
        cities = {e.country for e in gazetteer.lookup(name) if e.kind == "place" and e.population >= _FAR_TOWN
                  and e.country != country and gazetteer.spelled_alike(e.name, name)}
        if len(cities) >= 2:
            return True
    return False


def pinpoints(place: dict, doc: Doc) -> bool:
    """Whether a place phrase names a town, a district or a point near one: by its words ("the
    town of Djibo"), by a place name that is no country's ("near Boulkessi", known to the tables
    or not), or by the gazetteer (ACLED precision 1 or 2: "the Tal Afar area")."""
    if specificity(place, doc) == 2:
        return True
    span = place_span(place, doc)
    head = span.root if span is not None else None
    if head is not None and head.pos_ == "ADP":  # "near Boulkessi": the name after the preposition
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    if head is not None and head.ent_type_ in ("GPE", "FAC") and not names_a_country(head.text):
        return True  # a town the tables may lack
    return geocoded(place, doc)["precision"] in (1, 2)


def locate(events: list[dict], doc: Doc) -> None:
    """Every event's location on the map (``geocode``): the one place where a location gets its
    gazetteer fields, after the article passes have settled which place each event has."""
    countries = article_countries(doc)
    home = country_in_focus(doc)
    lead = _leading_country(doc)
    for event in events:
        place = event["location"]
        if place is None:
            continue
        in_home_country(event, home, doc)  # a place a later pass chose
        guessed = event.get("why", {}).get("location_country") == "location.country_in_focus"
        geocode(place, doc, countries, guessed)
        if (place["country"] is None and event["type"] != "deployment" and lead is not None
                and not _cities_elsewhere(place, doc, lead)):
            # "the village of Kavodo" in a report that names Congo once: where the report is
            place["country"] = lead
            event.setdefault("why", {})["location_country"] = "location.article_country"


def _leading_country(doc: Doc) -> str | None:
    """The country an article's place names put the ground in more often than any other,
    however few times: where a place the gazetteer does not know most likely lies (weaker than
    ``country_in_focus``, which also needs two mentions and 40% of them)."""
    ranked = sorted(_country_mentions(doc, ground_only=True).items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
