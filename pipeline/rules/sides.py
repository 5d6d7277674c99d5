"""Whose people: the one owner of an event's ``actor``.

Names are looked up in ``models/places.json``: the entity ruler (``components``) tags every table name with its code in ``ent_id_``; this
module answers the same question for text the statistical NER found on its own, so there is
one table and one lookup for country codes, group names and generic armed actors.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.rules import grammar
from pipeline.text import gazetteer

from pipeline.resources import load_json


@dataclass(frozen=True)
class ActorCode:
    """What a name refers to: a country (ISO alpha-3), a named group, or a generic armed class."""

    code: str
    kind: str  # "country" | "group" | "generic"


@lru_cache(maxsize=1)
def _table() -> dict[str, ActorCode]:
    places = load_json("places.json")
    table: dict[str, ActorCode] = {}
    for code, entry in places["countries"].items():
        for text in entry.get("names", []) + entry.get("demonyms", []):
            table.setdefault(text.lower(), ActorCode(code, "country"))
    for code, names in places.get("armed_forces", {}).items():
        for text in names:
            table.setdefault(text.lower(), ActorCode(code, "country"))
    for group, names in places.get("groups", {}).items():
        for text in names:
            table.setdefault(text.lower(), ActorCode(group, "group"))
    for canonical, words in places.get("generic_armed", {}).items():
        for text in words:
            table.setdefault(text.lower(), ActorCode(canonical, "generic"))
    return table


def lookup(text: str) -> ActorCode | None:
    """The actor a name denotes ("North Korean" -> PRK, "Taleban" -> Taliban), or None.

    Tolerates a possessive and a leading "the" ("North Korea's", "the Taliban").
    """
    key = text.strip().lower()
    for suffix in ("'s", "’s", "'", "’"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    if key.startswith("the "):
        key = key[4:]
    return _table().get(key)


def entity_code(ent) -> str | None:
    """The actor code of a spaCy entity: the one the entity ruler stored in ``ent_id_``, else
    the table's answer for the text the statistical NER found on its own; a country's name
    the text ties to a division of another country is that country's (``_division_told``)."""
    if ent.ent_id_:
        code = ent.ent_id_
    else:
        found = lookup(ent.text)
        code = found.code if found is not None else None
    if isinstance(code, str) and is_country_code(code):
        return _division_told(ent) or code
    return code


@lru_cache(maxsize=4096)
def _divisions_named(name: str) -> tuple:
    return tuple(e for e in gazetteer.lookup(name) if e.kind == "admin1")


def _division_told(ent: Span) -> str | None:
    """"Fort Stewart, Georgia", "North Carolina, Georgia and Kansas": a country's name that is
    also a first-level division of another country (GeoNames: Georgia, a U.S. state) names the
    division where the text ties it to that country, after a comma that follows a town of the
    division or beside another division of it. The other country's code, or None."""
    divisions = _divisions_named(ent.text)
    if not divisions:
        return None
    doc = ent.doc
    beside = []
    if ent.start >= 2 and doc[ent.start - 1].text == ",":
        beside.append(("town", grammar.entity_at(doc[ent.start - 2])))
    root = ent.root
    for other in (root.head, *root.children):
        if other is not root and (other.dep_ == "conj" or root.dep_ == "conj" and other == root.head):
            beside.append(("division", grammar.entity_at(other)))
    for division in divisions:
        for kind, other in beside:
            entries = gazetteer.lookup(other.text) if other is not None else ()
            if kind == "town" and any(e.kind in ("place", "base") and e.country == division.country
                                      and e.admin1 == division.name for e in entries):
                return division.country
            if kind == "division" and entries and all(
                    e.kind != "country" for e in entries) and any(
                    e.kind == "admin1" and e.country == division.country for e in entries):
                return division.country
    return None


def entity_country(ent) -> str | None:
    """The ISO code of the one country an entity names ("Iraq", "Iraqi", "Kabul" read as its
    government), else None (a group, a mission, a place the table does not know)."""
    code = entity_code(ent)
    return code if isinstance(code, str) and is_country_code(code) else None


def is_country_code(value) -> bool:
    """True for an ISO alpha-3 code of the country table or a list of them (the SPEC's
    joint-force actor); not a group whose own code has that shape (PKK, RSF, M23)."""
    if isinstance(value, list):
        return bool(value) and all(is_country_code(v) for v in value)
    return isinstance(value, str) and value in _country_codes()


@lru_cache(maxsize=1)
def _country_codes() -> frozenset:
    return frozenset(load_json("places.json")["countries"])


@lru_cache(maxsize=1)
def _multinational() -> frozenset:
    return frozenset(load_json("places.json").get("multinational", []))


def is_multinational(code) -> bool:
    """True for a multinational force (UN, AU, NATO, coalition)."""
    return isinstance(code, str) and code in _multinational()


def is_armed_group(code) -> bool:
    """True for a named non-state armed group (Taliban, al-Shabab), not a country, a
    multinational force (UN, AU, NATO, coalition) or a generic class."""
    return (isinstance(code, str) and not is_country_code(code) and code not in _multinational()
            and not is_generic(code))


def is_generic(name: str) -> bool:
    """True for a generic armed class ("militants", "insurgents"), not a named group."""
    found = lookup(name)
    return found is not None and found.kind == "generic"


def entity_actor(tokens) -> tuple[list, list[Token]]:
    """Actor codes named by entity tokens, in order, and the tokens that named them."""
    codes, named = [], []
    seen_ents = set()
    for token in tokens:
        if token.ent_type_ not in ("NORP", "GPE", "ORG"):
            continue
        ent = grammar.entity_at(token)
        if ent is None or ent.start in seen_ents:
            continue
        seen_ents.add(ent.start)
        code = entity_code(ent)
        if not code:
            continue
        if code not in codes:
            codes.append(code)
            named.append(ent)
    return codes, named


def _own_part_of_a_list(number: Token, noun: Token) -> list[Token] | None:
    """The words a figure owns in a list of figures sharing one noun ("4 British" in "4 British
    and 6 Afghan soldiers"): from the figure to the next figure; None when no other figure
    stands between it and its noun."""
    doc = number.doc
    if not number.i < noun.i:
        return None
    following = next((t for t in doc[number.i + 1 : noun.i] if t.like_num and t.dep_ in ("nummod", "conj")), None)
    if following is not None:
        return list(doc[number.i : following.i])
    before = doc[noun.left_edge.i : number.i]
    if any(t.like_num and t.dep_ in ("nummod", "conj") and t.head in (noun, number) for t in before):
        return list(doc[number.i : noun.i + 1])  # "6 Afghan soldiers", the last of the list
    return None


def _mission_served_with(with_: Token) -> list[Token] | None:
    """The multinational mission or force people are "with": the mission itself ("with
    UNAMID", "with the United Nations") or a singular force or mission noun it names ("with
    the African Union force"), without the place it serves in. Not the people they are with
    ("Afghan soldiers with NATO advisers"), forces they fight beside ("with UN forces") nor
    anything else ("soldiers with minor wounds")."""
    for obj in (c for c in with_.children if c.dep_ == "pobj"):
        own = [t for t in obj.subtree if t.i <= obj.i]  # "the UN mission", not "... in Congo"
        if not any(is_multinational(code) for code in entity_actor(own)[0]):
            continue
        if obj.pos_ == "PROPN" or (obj.tag_ != "NNS" and grammar.lemma(obj) in grammar.lexicon().served_with_nouns):
            return own
    return None


def actor(noun: Token | None, number: Token, trigger: grammar.Trigger, sentence: Span) -> dict | None:
    """Whose people: the nationality or group modifying the noun, else the deploying subject,
    else a generic armed class for unnamed militants."""
    doc = number.doc
    if noun is not None and (own := _own_part_of_a_list(number, noun)) is not None:
        # "4 British and 6 Afghan soldiers", "70 Australian and 200 Malaysian police": each
        # figure's own nationality, not the list's
        codes, named = entity_actor(own)
        if codes:
            return actor_record(doc, codes, named)
    if noun is not None:
        window = [t for t in noun.subtree if t.i <= noun.i] + [noun]
        serving = grammar.lexicon().serving_verbs
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                # "members of the Hamas military wing in Gaza": whose body it is, not where it is
                window.extend(t for t in child.subtree if t.i not in _where_it_is(child))
            elif child.dep_ == "prep" and child.lower_ == "with" and (
                    mission := _mission_served_with(child)) is not None:
                # "Pakistani peacekeepers with the UN mission in Congo": the mission they serve
                # with is their side (GUIDELINES §3)
                window.extend(mission)
            elif child.dep_ in ("acl", "relcl") and grammar.lemma(child) in serving:
                # "Burundian soldiers serving with the African Union force": the mission they
                # serve in is their side (GUIDELINES §3), the nationality its contingent; not
                # where they serve ("57,000 servicemembers to deploy to Iraq")
                where = {t.i for p in child.children if p.dep_ in ("prep", "dative")
                         and p.lower_ in grammar.lexicon().locative_preps
                         and all(is_country_code(c) for c in entity_actor(p.subtree)[0])  # not "in AMISOM"
                         for t in p.subtree}
                window.extend(t for t in child.subtree if t.i not in where)
        if number.i < noun.i:  # "1,500 North Korean soldiers"; not "soldiers in Mali to 4,000"
            window.extend(doc[number.i : noun.i + 1])
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ == "from":
            window.extend(after.subtree)  # "killed another peacekeeper from Zambia", misattached
        # "KABUL, Afghanistan -- Hundreds of militants ...": a dateline the parser glued to
        # the people is where the story was filed, no side of theirs
        codes, named = entity_actor(sorted({t for t in window if not grammar.in_dateline(t)}, key=lambda t: t.i))
        if codes:
            return actor_record(doc, codes, named)
        for other in reversed(doc[sentence.start : noun.i]):
            # "a patrol of Iraqi police commandos ..., killing one commando": the same people
            if other.pos_ == "NOUN" and grammar.lemma(other) == grammar.lemma(noun):
                if other.dep_ == "nsubj" and noun.dep_ == "dobj" and other.head == noun.head:
                    break  # "Islamic State fighters killed 14 tribal fighters": who did it, others
                codes, named = entity_actor([t for t in other.subtree if t.i <= other.i])
                if codes:
                    return actor_record(doc, codes, named)
                break
        for child in noun.children:  # "Hamas says five of its members were killed"
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                group = grammar.group_before(child)
                codes, named = entity_actor([group]) if group is not None else ([], [])
                if not codes and (owner := grammar.subject_owning(child, trigger.token)) is not None:
                    # "Lithuania is considering pulling out their 56 soldiers", "Austrian
                    # authorities confirmed that two of its citizens are missing"
                    codes, named = entity_actor([t for t in owner.subtree if t.i <= owner.i])
                if codes:
                    return actor_record(doc, codes[:1], named[:1])
    if trigger.type in ("deployment", "presence") and trigger.token.pos_ in ("VERB", "AUX"):
        # "India rushed 5,000 troops to Kashmir", "Russia massed 100,000 troops": the sender's
        verb = trigger.token
        for _ in range(3):
            # not "troops based in Spain"; a passive above the verb raises its subject ("Russia is
            # estimated to have massed 100,000 troops")
            kinds = ("nsubj",) if verb == trigger.token else ("nsubj", "nsubjpass")
            subjects = [c for c in verb.children if c.dep_ in kinds and c != noun and not grammar.in_dateline(c)]
            if subjects:
                codes, named = entity_actor(subjects[0].subtree)
                if codes:
                    return actor_record(doc, codes[:1], named[:1])
                break
            if verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head != verb:
                verb = verb.head
            else:
                break
    if trigger.type in ("presence", "deployment") and noun is not None:
        # the force whose size the count gives ("KFOR includes nearly 4,000 troops"), or the
        # ship that carries them ("Two U.S. assault ships with 2,000 Marines aboard")
        for holder in (grammar.unit_of_strength(noun), grammar.carried_by(noun)):
            codes, named = entity_actor([t for t in holder.subtree if t.i <= holder.i]) if holder else ([], [])
            if codes:
                return actor_record(doc, codes[:1], named[:1])
        if (keeper := _keeper_of_force(noun)) is not None:
            codes, named = entity_actor(keeper.subtree)
            if codes:
                return actor_record(doc, codes[:1], named[:1])
    if trigger.type == "casualty" and noun is None and (raised := grammar.raised_tally(number)) is not None:
        # "brings the British death toll in Iraq to 92": the side whose tally it is
        tally = raised[1]
        codes, named = entity_actor([t for t in tally.subtree if t.i < tally.i])
        if codes:
            return actor_record(doc, codes[:1], named[:1])
    if trigger.type == "casualty":
        # "North Korea's forces suffered 400 casualties": the side that suffers them
        verb = trigger.token
        if grammar.lemma(verb) in grammar.lexicon().suffering_verbs and noun is not None and noun.head == verb:
            # "Russian forces lost 300 men": the side that lost them
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            codes, named = entity_actor(subjects[0].subtree) if subjects else ([], [])
            if codes:
                return actor_record(doc, codes[:1], named[:1])
        while verb.dep_ in ("compound", "dobj", "nummod", "amod", "pobj", "prep") and verb.head != verb:
            verb = verb.head
            if grammar.lemma(verb) in grammar.lexicon().suffering_verbs:
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                codes, named = entity_actor(subjects[0].subtree) if subjects else ([], [])
                if codes:
                    return actor_record(doc, codes[:1], named[:1])
                break
    if noun is not None and (named := _group_by_its_own_name(noun)) is not None:
        return named
    if noun is not None and (found := _generic_named(noun)) is not None:
        words, generic = found
        return {"text": words.text, "start": words.start_char, "end": words.end_char,
                "country": None, "group": generic.code}
    if noun is not None and trigger.type == "casualty" and (
            grammar.lemma(noun) in grammar.lexicon().militant_suspect_nouns and noun.pos_ in ("NOUN", "PROPN")):
        # "troops detained seven suspects": unnamed militants (GUIDELINES §10, "suspected
        # terrorists"), as the gold sets' annotators read them
        return {"text": noun.text, "start": noun.idx, "end": noun.idx + len(noun.text),
                "country": None, "group": "militants"}
    if noun is not None:
        armed = [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "armed"]
        if armed and grammar.lexicon().person_class.get(grammar.lemma(noun)) != "combatant":
            # "2,000 armed youth", "armed men": unnamed attackers (GUIDELINES §10)
            return {"text": armed[0].text, "start": armed[0].idx, "end": armed[0].idx + len(armed[0].text),
                    "country": None, "group": "militants"}
    return None


def _where_it_is(phrase: Token) -> set[int]:
    """The tokens of the place phrases inside a phrase ("in Gaza" of "of the Hamas military wing
    in Gaza"): where its body is, not whose people they are."""
    locative = grammar.lexicon().locative_preps
    return {t.i for p in phrase.subtree if p is not phrase and p.dep_ == "prep" and p.lower_ in locative
            and grammar.place_phrase(p) is not None for t in p.subtree}


#: What the people of an irregular armed group are called ("30 Kachin Independence Army
#: fighters"); a state's own people are soldiers, troops or personnel.
_IRREGULAR_FIGHTERS = frozenset({"fighter", "militant", "rebel", "insurgent", "militiaman", "guerrilla", "jihadist"})
#: Words in the name of a state's own force or office, never an armed group's name.
_STATE_FORCE_WORDS = frozenset({"police", "guard", "navy", "marine", "ministry", "military", "coalition", "multinational"})


def _group_by_its_own_name(noun: Token) -> dict | None:
    """An armed group Muster's tables do not know, named on the fighters it counts: an
    organisation's name right before them ("30 Kachin Independence Army fighters") or in their
    "of" phrase ("12 fighters of the Popular Resistance Front", "nine members of the Dawlah
    Islamiyah group"). GUIDELINES §3: use the name the text uses; without it they would be
    generic "militants" or no side. Only for people the words make fighters, and only a name
    no side Muster knows takes."""
    lex = grammar.lexicon()
    if grammar.lemma(noun) not in _IRREGULAR_FIGHTERS | lex.group_member_nouns or grammar.person_class(noun) != "combatant":
        return None  # "12 fighters", "nine members"; not "soldiers" or "personnel" of a state's unit
    doc = noun.doc
    names = [grammar.entity_at(c) for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for body in (o for o in prep.children if o.dep_ == "pobj"):
            names.append(grammar.entity_at(body) if body.ent_type_ == "ORG" else None)
            proper = [c for c in body.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if grammar.lemma(body) == "group" and proper:  # "the Dawlah Islamiyah group"
                names.append(doc[proper[0].left_edge.i : body.i + 1])
    name = next((n for n in names if n is not None), None)
    if name is None or entity_actor(list(name))[0]:
        return None
    words = [t for t in name if not (t.i == name.start and t.lower_ == "the")]
    while words and grammar.lemma(words[-1]) == "group":
        words.pop()  # "the Dawlah Islamiyah group": its name
    if not words or not any(t.is_title or t.is_upper for t in words):
        return None
    units = (lex.military_units | lex.force_unit_nouns | _STATE_FORCE_WORDS) - {"army", "group"}
    if any(grammar.lemma(t) in units or t.lower_ in units for t in words) or (
            len(words) == 1 and words[0].lower_ == "army"):
        return None  # "members of the 2nd Battalion", "of the Armed Forces": a state's own unit
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = grammar.doc_text(doc, start, end)
    return {"text": text, "start": start, "end": end, "country": None, "group": text}


def _generic_named(noun: Token) -> tuple[Span, ActorCode] | None:
    """The generic armed class the counted noun's own words name, and those words: the noun
    ("militants"), the noun with its modifiers ("enemy combatants"), or a modifier ("a suspected
    terrorist cell leader", "two militant commanders", "rebel leaders"): the enemy so named is
    not of the side of the force that killed or took them."""
    doc = noun.doc
    modifiers = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound")]
    phrases = [doc[noun.i : noun.i + 1]] + [doc[m.i : noun.i + 1] for m in modifiers]
    phrases += [doc[m.i : m.i + 1] for m in modifiers]
    for words in phrases:
        found = lookup(words.text) or (lookup(words.root.lemma_) if len(words) == 1 else None)
        if found is not None and found.kind == "generic":
            return words, found
    return None


def same_side(first: dict | None, second: dict | None, *, unknown_agrees: bool) -> bool:
    """Whether two events' actors are the same side: the same country (or countries) and the
    same group. ``unknown_agrees``: whether an event with no actor agrees with any other (one
    incident's retelling) or with none (where a side's forces were last sent)."""
    if not first or not second:
        return unknown_agrees
    return (first.get("country"), first.get("group")) == (second.get("country"), second.get("group"))


def side_code(actor: dict | None):
    """An actor's one code: its country (or countries), else its group; None when unknown."""
    return (actor or {}).get("country") or (actor or {}).get("group")


def _keeper_of_force(noun: Token) -> Token | None:
    """The subject that keeps a force the count sizes ("Washington maintains a force of about
    28,500 troops", "France keeps a contingent of 1,000 soldiers in Chad"): whose they are. Not
    a force someone acts on ("Rebels attacked a force of 200 soldiers"). The force may be the
    people themselves, told with where they are ("Norway had 170 soldiers stationed in Iraq",
    the participle the count's trigger)."""
    if (noun.dep_ == "dobj" and grammar.lemma(noun.head) in grammar.lexicon().keeping_verbs
            and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children)):
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    force, verb = noun.head.head, noun.head.head.head
    if force.dep_ != "dobj" or grammar.lemma(verb) not in grammar.lexicon().keeping_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def actor_record(doc: Doc, codes: list, named: list[Span]) -> dict:
    """The actor dict for the sides named. A multinational force named with a contributing
    country is the force ("a United Nations peacekeeper from Nepal" -> UN, GUIDELINES §3)."""
    start, end = named[0].start_char, named[-1].end_char
    countries = [c for c in codes if is_country_code(c)]
    groups = [c for c in codes if not is_country_code(c)]
    if any(is_multinational(g) for g in groups):
        countries, groups = [], [g for g in groups if is_multinational(g)]
    country = countries[0] if len(countries) == 1 else (countries or None)
    return {
        "text": grammar.doc_text(doc, start, end), "start": start, "end": end,
        "country": country,
        "group": groups[0] if groups and not countries else None,
    }


def joint_actor(doc: Doc, first: dict | None, second: dict | None) -> dict | None:
    """The side of one count of coordinated people, one more at a time: the first's, or every
    country as a list when they differ (GUIDELINES §3: a count covering more than one side)."""
    if first is None or second is None or first["country"] is None or second["country"] is None:
        return first or second
    countries = first["country"] if isinstance(first["country"], list) else [first["country"]]
    if second["country"] in countries:
        return first
    start, end = min(first["start"], second["start"]), max(first["end"], second["end"])
    return {"text": grammar.doc_text(doc, start, end), "start": start, "end": end,
            "country": [*countries, second["country"]], "group": None}


def people_of_place(event: dict, country: str | None, name: Span | None) -> dict | None:
    """"twelve villagers were killed in Helmand province": local people hit in a place, named
    by no side, are that place's country's (GUIDELINES §10: stated or plainly implied).
    ``country`` is the place's, as the gazetteer puts it; ``name`` the words of the place
    phrase that say so ("Helmand", "Iraq" in "near Ramadi, Iraq"), the actor's span: the side's
    evidence, not a description of where."""
    location = event["location"]
    if event["type"] != "casualty" or event["civilian"] is False or not location or not country:
        return None
    if name is None:
        return {**{k: location[k] for k in ("text", "start", "end")}, "country": country, "group": None}
    return actor_record(name.doc, [country], [name])


def country_of_source(doc: Doc, source: dict | None) -> dict | None:
    """"Four soldiers died, the Israeli military said": a military reporting unnamed soldiers'
    deaths reports its own. The actor is the country named in the source phrase ("French
    Defense Minister Jean-Yves Le Drian says")."""
    if source is None:
        return None
    span = doc.char_span(source["start"], source["end"], alignment_mode="expand")
    for ent in grammar.entities(span) if span is not None else ():
        if where_based(ent):
            continue  # "the Britain-based group said": where the speaker sits, not whose it is
        if code := entity_country(ent):
            return actor_record(doc, [code], [ent])
    return None


def where_based(ent: Span) -> bool:
    """Whether a country is named only as where a body is based ("the Britain-based
    Observatory", "a U.S.-based monitor")."""
    after = [t.lower_ for t in ent.doc[ent.end : ent.end + 2]]
    return after[:1] == ["based"] or after == ["-", "based"]


def armed_group_in_focus(doc: Doc, sentences: list[Span], event: dict) -> dict | None:
    """The armed group the text has just named as fighters ("Hundreds of Taleban fighters
    clashed ... Nearly 30 militants were killed"): the militants counted without a name in the
    same or the two sentences before are that group's (GUIDELINES §3: upgraded only when the
    text identifies the group for those people), back to a sentence that turns to another
    incident or opens on a place; failing that, the one group named in the
    clause that tells their loss. None when two groups are named there. A group named only elsewhere in the
    report does not identify them (measured: it upgrades militants the annotators left generic),
    nor does a group named on one person ("insurgents with ties to a Taliban leader")."""
    start = event["sentence"]["start"]
    index = next((i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char), 0)
    # not past a sentence that turns to another incident or place ("Troops killed 20 Boko
    # Haram fighters. In Zamfara state, soldiers killed 35 bandits": not Boko Haram's)
    first = next((j for j in range(index, max(0, index - 2) - 1, -1)
                  if grammar.opens_new_incident(sentences[j]) or grammar.opening_place(sentences[j]) is not None),
                 max(0, index - 2))
    window = doc[sentences[first].start : sentences[index].end]
    named: dict[str, Span] = {}
    for ent in grammar.entities(window):
        code = entity_code(ent)
        fighters = [ent.root.head] + ([doc[ent.end]] if ent.end < len(doc) else [])
        if is_armed_group(code) and any(
                grammar.person_class(t) == "combatant" and t.tag_ in ("NNS", "NNPS") for t in fighters):
            named.setdefault(code, ent)  # not "a Taliban leader", "ties to a Taliban facilitator": one person's group
    trigger = grammar.span_of(event["trigger"], doc)
    if not named and trigger is not None:
        # "pounded Taliban hideouts, killing six militants", "killed four militants in
        # operations against al-Qaida": the one group named in the trigger's own clause (not
        # "..., saying it aims to prevent Hamas from regrouping")
        named = {}
        for ent in grammar.entities(sentences[index]):
            if is_armed_group(code := entity_code(ent)) and _in_clause_of(ent.root, trigger.root) \
                    and not _one_person_s(ent):
                named.setdefault(code, ent)
    if len(named) != 1:
        return None
    (code, ent), = named.items()
    return actor_record(doc, [code], [ent])


def _one_person_s(ent: Span) -> bool:
    """Whether a group is named only as one person's ("a Taliban commander", "ties to an ISIS
    recruiter"): it identifies that person, not the people counted beside them."""
    head = ent.root.head
    return ent.root.dep_ in ("compound", "nmod", "amod", "poss") and head.tag_ in ("NN", "NNP") \
        and grammar.person_class(head) is not None


def _in_clause_of(token, trigger) -> bool:
    """Whether a word belongs to the trigger's clause: the first verb above it is the
    trigger's verb, or the verb the trigger's clause hangs on ("pounded ..., killing"), or a
    verb of an adverbial clause on it, which tells the incident ("16 militants were killed when
    al-Shabab attacked two bases", "died after the Taliban stormed a district centre")."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    head = grammar.clause_verb(trigger)
    return verb is not None and head is not None and (
        verb in (head, head.head) or (verb.dep_ == "conj" and verb.head == head)  # "killed ... and detained ... in operations against"
        or (verb.dep_ == "advcl" and verb.head == head)
        # "killed Wednesday when al-Shabab attacked", parsed with the clause on the day
        or (verb.dep_ == "relcl" and verb.head.dep_ == "npadvmod" and verb.head.head == head
            and any(c.lower_ == "when" for c in verb.children)))


def state_force_in_focus(doc: Doc) -> dict | None:
    """The state force a report is about, from how it names forces ("The U.S. military has
    suffered...", "U.S. troops", "a Somali military base"): the country named beside a force
    word in at least 60% of such mentions. Unnamed soldiers of a report that names only one
    army's troops are that army's (GUIDELINES §3: actor from an explicit context)."""
    force_words = grammar.lexicon().force_words
    mentions: list[Span] = []
    codes: list[str] = []
    for ent in grammar.entities(doc):
        if ent.label_ not in ("NORP", "GPE", "ORG"):
            continue
        if where_based(ent):
            continue  # "the Britain-based monitoring group": no British force
        # a mission's forces ("AMISOM forces", "an African Union base") are no one country's:
        # told more often than the leading country's, they leave no state force in focus
        named_force = _named_state_force(ent)
        code = entity_country(ent) if ent.label_ != "ORG" else (
            entity_code(ent) if named_force or is_multinational(entity_code(ent)) else None)
        if code is None:
            continue
        following = doc[ent.end] if ent.end < len(doc) else None
        if named_force and not _speaking(ent):
            # "the Oregon Army National Guard's 41st brigade": a state's force by its own name
            mentions.append(ent)
            codes.append(code)
        elif ent.root.head.i != ent.root.i and grammar.lemma(ent.root.head) in force_words or (
            following is not None and grammar.lemma(following) in force_words
        ) or any(c.dep_ == "conj" and grammar.lemma(c) in force_words for c in ent.root.children):
            # the last: "African Union and French forces", the force word shared
            mentions.append(ent)
            codes.append(code)
    if not mentions:
        return None
    countries = [c for c in codes if is_country_code(c)]
    if not countries:
        return None
    top = max(countries, key=lambda c: (countries.count(c), -countries.index(c)))
    if countries.count(top) < 0.6 * len(countries) or len(codes) - len(countries) > countries.count(top):
        return None  # no one army; or a mission's forces told more often than the country's
    return actor_record(doc, [top], [mentions[codes.index(top)]])


@lru_cache(maxsize=1)
def _state_force_names() -> frozenset:
    return frozenset(name for names in load_json("places.json").get("armed_forces", {}).values() for name in names)


def _named_state_force(ent: Span) -> bool:
    """Whether an entity is a state's armed force by its own name ("Army National Guard",
    "Afghan National Army"; ``armed_forces`` in ``models/places.json``)."""
    return ent.label_ == "ORG" and ent.text in _state_force_names() and is_country_code(entity_code(ent))


def _speaking(ent: Span) -> bool:
    """Whether a force's name stands for those who speak for it ("U.S. Central Command said",
    "a CENTCOM spokesman"), which tells who reports the fighting, not who fights it."""
    lex = grammar.lexicon()
    head = ent.root.head
    return (ent.root.dep_ in ("nsubj", "nsubjpass") and grammar.lemma(head) in lex.attribution_verbs
            ) or (ent.root.dep_ in ("compound", "poss") and grammar.lemma(head) in lex.speaker_nouns
            ) or (ent.root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.nbor(-1).lower_ == "according")


def mission_named(doc: Doc, before: int) -> dict | None:
    """The multinational mission a report names for peacekeepers of no stated nationality
    (GUIDELINES §3: "the African Union base ... nine peacekeepers were killed" -> AU): the
    last one named before ``before`` (a character offset), else the first named after it."""
    missions = [ent for ent in grammar.entities(doc) if is_multinational(entity_code(ent))]
    earlier = [ent for ent in missions if ent.start_char < before]
    chosen = earlier[-1] if earlier else (missions[0] if missions else None)
    return actor_record(doc, [entity_code(chosen)], [chosen]) if chosen is not None else None


def force_in_focus(events: list[dict], unnamed: dict) -> dict | None:
    """The side of the last combatants counted with a named side: a report about U.S. soldiers
    that goes on to "a soldier was killed" means a U.S. soldier (GUIDELINES: actor from an
    explicit context)."""
    for event in reversed(events):
        actor = event["actor"] or {}
        named = isinstance(actor.get("country"), str) or (
            actor.get("group") and not is_generic(actor["group"])
        )
        if event["civilian"] is False and named and irregular(event) == irregular(unnamed):
            if not irregular(unnamed) and not isinstance(actor.get("country"), str) and is_armed_group(actor.get("group")):
                continue  # "killed three al Shabaab members ... killed more than 10 soldiers": no armed group's soldiers
            return event["actor"]
    return None


def irregular(event: dict) -> bool:
    """Counted people are an irregular force (militants, insurgents, fighters...), or suspects
    taken in raids, who are never the side of the force that took them (GUIDELINES §10:
    "suspected terrorists" are militants)."""
    unit = event["count"]["unit"]
    return bool(unit) and (is_generic(unit) or counted_as_suspects(event))


def counted_as_suspects(event: dict) -> bool:
    """Whether a count's noun tells people taken as suspects ("suspects", "detainees",
    "associates"; lexicon ``suspect_nouns``)."""
    unit = event["count"]["unit"]
    if not unit:
        return False
    suspects = grammar.lexicon().suspect_nouns
    last = unit.lower().split()[-1]
    return last in suspects or last.rstrip("s") in suspects  # "suspects"
