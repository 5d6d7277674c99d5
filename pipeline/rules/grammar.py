"""What a count counts and what happened to them, read from the dependency parse.

The vocabulary comes from ``models/lexicon.json``. Given a count's tokens, these functions find
the noun it counts ("3,500 soldiers", "dozens of militants"), whether that noun names people,
and the trigger above it that says what happened ("killed", "deployed", "casualties",
"operating"), with the filters that drop negated and hypothetical claims. Place-phrase
primitives live here too, because some triggers are constructions with a place ("ordered 4,000
soldiers to Poland"). Nothing here changes the Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, TypeVar

from spacy.tokens import Doc, Span, Token

from pipeline.rules import sides
from pipeline.resources import load_json
from pipeline.text import calendar_names, dates, timex
from pipeline.text.counts import is_qualifier, parse_count

T = TypeVar("T")


SUBJECT_DEPS = {"nsubj", "nsubjpass"}


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod", "appos", "ROOT"}


CLIMB_THROUGH = {"conj", "appos"}


MAX_CLIMB = 6


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``models/lexicon.json`` as sets and maps, built once."""

    person_class: dict
    verb_triggers: dict
    noun_triggers: dict
    tally_nouns: frozenset
    attribution_verbs: frozenset
    hedges: frozenset
    valuation_verbs: frozenset
    suffering_verbs: frozenset
    hypothetical_aux: frozenset
    hypothetical_heads: frozenset
    comparison_heads: frozenset
    hypothetical_marks: frozenset
    planned_aux: frozenset
    planned_heads: frozenset
    offering_verbs: frozenset
    uncertain_aux: frozenset
    setting_adjectives: frozenset
    putting_off_verbs: frozenset
    near_leads: frozenset
    ahead_leads: frozenset
    scheduling_verbs: frozenset
    release_cues: frozenset
    cumulative_cues: frozenset
    locative_preps: frozenset
    kept_preps: frozenset
    place_nouns: frozenset
    incident_nouns: frozenset
    war_nouns: frozenset
    settlement_nouns: frozenset
    local_nouns: frozenset
    local_reporters: frozenset
    force_words: frozenset
    member_bodies: dict
    strength_words: frozenset
    force_unit_nouns: frozenset
    captive_taking_verbs: frozenset
    captive_nouns: frozenset
    discovery_verbs: frozenset
    lowering_verbs: frozenset
    own_loss_verbs: frozenset
    state_verbs: frozenset
    acts_after_incidents: frozenset
    captivity_nouns: frozenset
    placing_verbs: frozenset
    keeping_verbs: frozenset
    hosting_verbs: frozenset
    claiming_verbs: frozenset
    relation_nouns: frozenset
    staying_verbs: frozenset
    travel_verbs: frozenset
    entering_verbs: frozenset
    targeting_verbs: frozenset
    hitting_verbs: frozenset
    sentencing_verbs: frozenset
    dying_verbs: frozenset
    remaining_verbs: frozenset
    stationed_participles: frozenset
    compass_directions: frozenset
    lasting_verbs: frozenset
    present_adverbs: frozenset
    present_phrases: frozenset
    standing_adverbs: frozenset
    beginning_verbs: frozenset
    singling_words: frozenset
    early_late: frozenset
    more_people_words: frozenset
    division_nouns: frozenset
    district_nouns: frozenset
    near_words: frozenset
    non_conflict_causes: frozenset
    mishap_verbs: frozenset
    accident_causes: frozenset
    attack_cause_words: frozenset
    never_forces: frozenset
    kin_nouns: frozenset
    incident_preps: frozenset
    speaker_nouns: frozenset
    serving_verbs: frozenset
    evidence_nouns: frozenset
    giving_verbs: frozenset
    new_incident_cues: frozenset
    military_units: frozenset
    membership_nouns: frozenset
    treating_verbs: frozenset
    injury_nouns: frozenset
    care_nouns: frozenset
    strength_verbs: frozenset
    not_place_nouns: frozenset
    local_force_nouns: frozenset
    foreign_force_words: frozenset
    medical_places: frozenset
    owned_place_nouns: frozenset
    border_nouns: frozenset
    light_verbs: frozenset
    contested_place_nouns: frozenset
    referring_place_nouns: frozenset
    raising_verbs: frozenset
    fighting_nouns: frozenset
    long_operation_nouns: frozenset
    route_nouns: frozenset
    distance_units: frozenset
    fatal_adverbs: frozenset
    severity_adverbs: frozenset
    origin_verbs: frozenset
    several_words: frozenset
    group_member_nouns: frozenset
    foreign_words: frozenset
    listener_verbs: frozenset
    one_incident_plurals: frozenset
    other_incident_words: frozenset
    toll_nouns: frozenset
    phrasal_triggers: dict
    suspect_nouns: frozenset
    militant_suspect_nouns: frozenset
    rank_abbreviations: frozenset
    name_particles: frozenset
    linking_words: frozenset
    statement_nouns: frozenset
    sending_words: frozenset
    locating_verbs: frozenset
    ceremony_nouns: frozenset
    attacking_verbs: frozenset
    incident_verbs: frozenset
    service_roles: frozenset
    not_present_verbs: frozenset
    force_member_nouns: frozenset
    seeming_verbs: frozenset
    numbering_verbs: frozenset
    attack_nouns: frozenset
    force_level_nouns: frozenset
    served_with_nouns: frozenset
    place_subject_verbs: frozenset
    crew_nouns: frozenset
    civilian_vessel_words: frozenset
    handover_objects: frozenset
    handover_verbs: frozenset
    firing_nouns: frozenset
    sequel_verbs: frozenset
    hostage_nouns: frozenset
    incident_phrasals: frozenset
    people_kinds: dict  # people noun -> what it says of age and sex ("men": adult, male)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load_json("lexicon.json")
    person_class = {}
    for klass in ("neutral", "combatant", "civilian"):
        for word in raw["person_nouns"][klass]:
            person_class[word] = klass
    bodies = {word: klass for klass in ("civilian", "combatant")
              for word in raw["member_bodies"][klass]}
    return Lexicon(
        person_class=person_class,
        member_bodies=bodies,
        verb_triggers={k: tuple(v) for k, v in raw["verb_triggers"].items()},
        noun_triggers={k: tuple(v) for k, v in raw["noun_triggers"].items()},
        phrasal_triggers={k: tuple(v) for k, v in raw["phrasal_triggers"].items()},
        people_kinds=raw["people_kinds"],
        **{
            name: frozenset(raw[name])
            for name in (
                "tally_nouns", "attribution_verbs", "hedges", "hypothetical_aux",
                "valuation_verbs", "suffering_verbs",
                "hypothetical_heads", "comparison_heads", "hypothetical_marks", "planned_aux", "planned_heads", "offering_verbs",
                "uncertain_aux", "setting_adjectives", "putting_off_verbs", "near_leads", "ahead_leads", "scheduling_verbs",
                "release_cues", "cumulative_cues", "locative_preps", "kept_preps", "place_nouns", "incident_nouns", "war_nouns",
                "settlement_nouns", "local_nouns", "local_reporters", "force_words",
                "strength_words", "force_unit_nouns", "captive_taking_verbs", "captive_nouns", "discovery_verbs", "lowering_verbs",
                "own_loss_verbs", "state_verbs", "acts_after_incidents", "captivity_nouns", "placing_verbs",
                "keeping_verbs", "hosting_verbs", "claiming_verbs", "relation_nouns", "staying_verbs", "travel_verbs", "entering_verbs", "targeting_verbs", "hitting_verbs", "sentencing_verbs", "dying_verbs", "remaining_verbs",
                "stationed_participles", "compass_directions", "lasting_verbs",
                "present_adverbs", "present_phrases", "standing_adverbs", "beginning_verbs", "singling_words", "early_late",
                "more_people_words", "division_nouns", "district_nouns", "near_words",
                "non_conflict_causes", "mishap_verbs", "accident_causes", "attack_cause_words", "never_forces", "kin_nouns", "incident_preps", "speaker_nouns", "serving_verbs",
                "evidence_nouns", "giving_verbs", "new_incident_cues", "military_units", "membership_nouns", "treating_verbs", "injury_nouns", "care_nouns",
                "strength_verbs", "not_place_nouns", "local_force_nouns", "foreign_force_words", "medical_places", "owned_place_nouns", "border_nouns", "light_verbs", "contested_place_nouns", "referring_place_nouns", "raising_verbs", "fighting_nouns", "long_operation_nouns", "route_nouns", "distance_units",
                "fatal_adverbs", "severity_adverbs", "origin_verbs", "several_words", "group_member_nouns", "foreign_words", "listener_verbs", "one_incident_plurals", "other_incident_words", "toll_nouns", "suspect_nouns", "militant_suspect_nouns", "rank_abbreviations", "name_particles", "linking_words", "statement_nouns", "sending_words", "locating_verbs", "ceremony_nouns", "attacking_verbs", "incident_verbs",
                "service_roles", "not_present_verbs", "force_member_nouns", "seeming_verbs", "numbering_verbs", "attack_nouns", "force_level_nouns",
                "served_with_nouns", "place_subject_verbs", "crew_nouns", "civilian_vessel_words",
                "handover_objects", "handover_verbs", "firing_nouns", "sequel_verbs", "hostage_nouns", "incident_phrasals",
            )
        },
    )


def span_of(record: dict | None, doc: Doc) -> Span | None:
    """The tokens an output record's offsets cover (a trigger, a place), widened to whole
    tokens; None without a record."""
    return doc.char_span(record["start"], record["end"], alignment_mode="expand") if record else None


def tells_an_incident(sentence: Span) -> bool:
    """Whether a sentence tells an attack or a fight by an incident word ("the raid", "the
    bomb exploded") or an attacking verb with what it attacked ("The Taliban stormed a district
    headquarters");
    armed people as a subject are not enough ("the peacekeepers arrived"). Fire a force
    opens or trades ("exchanged gunfire with gang members") is a fight (``firing_nouns``), and
    a bomber who "blew herself up" or gunmen who "gunned down" guards tell an attack
    (``incident_phrasals``)."""
    lex = lexicon()
    return any(lemma(t) in lex.incident_nouns or (t.dep_ == "dobj" and lemma(t) in lex.firing_nouns) or (
        t.pos_ == "VERB" and any(f"{lemma(t)} {c.lower_}" in lex.incident_phrasals for c in t.children if c.dep_ == "prt")) or (
        t.pos_ == "VERB" and lemma(t) in lex.incident_verbs and any(c.dep_ == "dobj" for c in t.children))
        for t in sentence)  # "stormed a headquarters", not "stormed out of parliament"


def hands_over_to_a_correspondent(sentence: Span) -> bool:
    """A broadcast report's line that hands over to its correspondent ("Kari Barber has more
    from our West Africa bureau in Dakar", "From Beirut, VOA's Jane Doe has this report",
    "VOA's John Roe reports from Islamabad"): where the reporter sits, not the story, so its
    places are no incident's and it is no step in the story's telling. A person (a name, or a
    correspondent) who has more or a report (``handover_objects``), or reports with no clause
    of what was said (``handover_verbs``); "Ann Lee reports that 12 soldiers were killed" tells
    the story. Read once per sentence (``kept``)."""
    return kept(sentence.doc, ("hands_over", sentence.start, sentence.end), lambda: _hands_over(sentence))


def _hands_over(sentence: Span) -> bool:
    lex = lexicon()
    root = sentence.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))):
        children = list(verb.children)
        if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in children):
            continue
        subjects = [c for c in children if c.dep_ == "nsubj"] or (
            [c for c in root.children if c.dep_ == "nsubj"] if verb is not root else [])
        if not any(s.pos_ == "PROPN" or lemma(s) in ("correspondent", "reporter") for s in subjects):
            continue
        objects = [c for c in children if c.dep_ == "dobj"]
        if lemma(verb) == "have" and any(lemma(o) in lex.handover_objects or o.lower_ in lex.handover_objects
                                         for o in objects):
            return True
        if lemma(verb) in lex.handover_verbs and not objects:
            return True
    return False


def opens_new_incident(sentence: Span) -> bool:
    """"Separately, ...", "Meanwhile ...", "In another attack, ...", "... were killed in a
    separate bombing": the report turns to another incident (``new_incident_cues``)."""
    words = [t.lower_ for t in sentence if not (t.is_space or t.is_punct)][:3]
    cues = lexicon().new_incident_cues
    if any(" ".join(words[:n]) in cues for n in (1, 2, 3)) or _opens_on_another_day(sentence) \
            or _opens_before_an_incident(sentence) or _told_elsewhere(sentence) or _told_separately(sentence):
        return True
    # "35 civilians were killed in a separate bombing": the cue on the incident it tells
    incidents = lexicon().incident_nouns
    for prep in (t for t in sentence if t.dep_ == "prep" and t.lower_ == "in"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and lemma(o) in incidents):
            told = " ".join(t.lower_ for t in sentence.doc[prep.i : obj.i])
            if any(told.startswith(cue) for cue in cues if cue.startswith("in ")):
                return True
    return False


def _told_separately(sentence: Span) -> bool:
    """"Ukraine's General Staff said separately that Russian forces had lost 1,230 troops":
    "separately" on the sentence's main verb, wherever it stands, turns to another matter, as
    an opening "Separately," does."""
    root = sentence.root
    return any(t.lower_ == "separately" and t.head == root for t in sentence)


def _told_elsewhere(sentence: Span) -> bool:
    """"Attacks elsewhere in the province killed 12", "nine were wounded elsewhere in the
    capital": "elsewhere" on the main verb or on its subject puts what the sentence tells at
    another place, so another incident; not "before they fled elsewhere", in a clause of its own."""
    root = sentence.root
    return any(t.lower_ == "elsewhere" and (t.head == root or (t.head.head == root and t.head.dep_ in SUBJECT_DEPS))
               for t in sentence)


def _opens_before_an_incident(sentence: Span) -> bool:
    """"Before the ambush, ...", "Prior to the attack, ...": what the sentence tells came before
    an incident, at a time it does not say, so it is not that incident's; not "Before the clash
    ended, ...", which is during it."""
    words = [t for t in sentence if not t.is_space][:8]
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma < 2:
        return False
    opening = words[:comma]
    if not (opening[0].lower_ == "before" or " ".join(t.lower_ for t in opening[:2]) == "prior to"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in opening) and any(
        lemma(t) in lexicon().incident_nouns for t in opening)


def _opens_on_another_day(sentence: Span) -> bool:
    """"Two days after the attack, a bomb killed ...", "The day before, ...", "A week later,
    ...": a sentence that opens on a time counted away from the day the narrative told is
    about what happened on another day, so another incident ("later that day" is the same)."""
    shift = opening_shift(sentence)
    return shift is not None and shift != 0 and not (shift > 0 and later_report(sentence))


def later_report(sentence: Span) -> bool:
    """"A day later, the army said 14 soldiers had been killed", "Two days after the raid,
    police said four officers had died": a sentence whose main verb tells who said it, and
    whose figure looks back (a past perfect) or names no new attack ("a bomb", not "the blast")
    and no place, is a later telling of the incident told before, so a time that opens it is
    when the figure was given, not another incident's day. "Two days later, police said a bomb
    killed four soldiers in Mandera" tells another incident."""
    root = sentence.root
    told = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if told is None or lemma(root) not in lexicon().attribution_verbs:
        return False
    words = list(told.subtree)
    if any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("had", "'d") for t in words):
        return True
    incident_words = lexicon().incident_nouns
    new_attack = any(lemma(t) in incident_words and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in t.children) for t in words)
    return not new_attack and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words)


def opening_shift(sentence: Span) -> int | None:
    """The days a sentence's opening time is counted from the day the narrative told ("The day
    before, ..." -1, "Two days after the attack, ..." +2), or None when it opens on none."""
    words = [t for t in sentence if not t.is_space]
    comma = next((i for i, t in enumerate(words[:10]) if t.text == ","), None)
    if comma is None:
        return None
    return dates.anchored_shift(sentence.doc[words[0].i : words[comma].i].text)


def opening_place(sentence: Span) -> Span | None:
    """The place a sentence opens on, set off by a comma ("In Khost, gunmen killed three
    policemen"): reports that go from place to place start each incident so."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 3 or words[0].lower_ not in ("in", "at", "near") or words[0].dep_ != "prep":
        return None
    obj = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.ent_type_ in ("GPE", "LOC", "FAC") or is_place_head(obj)):
        return None
    end = obj.right_edge.i + 1
    if end >= sentence.end or sentence.doc[end].text != ",":
        return None
    return sentence.doc[words[0].i + 1 : end]


#: Where the Muster component keeps a copy of the Doc's entities while its stages run
#: (``components.factories.Muster``): ``doc.ents`` builds a new Span per entity on every call,
#: and the rules ask for them thousands of times an article. Nothing changes the entities then.
ENTITIES = "muster_entities"


def entities(where: Doc | Span):
    """The entities of a Doc, or those wholly inside a Span, as ``.ents`` gives them."""
    doc = where.doc if isinstance(where, Span) else where
    held = doc.user_data.get(ENTITIES)
    if held is None:
        return where.ents
    if isinstance(where, Span):
        return [ent for ent in held if ent.start >= where.start and ent.end <= where.end]
    return held


def entity_at(token: Token) -> Span | None:
    """The entity a token belongs to, if any."""
    if not token.ent_type:
        return None
    return next((ent for ent in entities(token.doc) if ent.start <= token.i < ent.end), None)


def kept(doc: Doc, key: tuple, make: Callable[[], T]) -> T:
    """What ``make`` returns for a document, made once and kept in its ``user_data`` under
    ``("muster", *key)``: for what the stages ask of the whole document many times. Sound only
    once the parse and the entities no longer change (after ``weekdays_out_of_names``). A
    caller that hands out something mutable hands out a copy."""
    slot = ("muster", *key)
    held = doc.user_data.get(slot)
    if held is None:
        held = doc.user_data[slot] = make()
    return held


#: Dashes that close a wire dateline ("KABUL —", "GAO, Mali (AP) –").
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})

#: How many words a dateline may run to before its dash ("JUBA, South Sudan, March 3 (AP) —").
_DATELINE_WORDS = 12


def in_dateline(token: Token) -> bool:
    """Whether a word is part of the wire dateline an article opens on ("KABUL — Eight
    residents were killed ..., police said"): where the story was filed, which the parser may
    take for the subject of the first sentence's verb, never a speaker."""
    return token.i < dateline_end(token.doc)


def dateline_end(doc: Doc) -> int:
    """The index of the dash that closes the article's opening dateline, or 0 for none."""
    return kept(doc, ("dateline_end",), lambda: _dateline_end(doc))


def dateline_place(doc: Doc) -> Span | None:
    """The place an article's wire dateline names ("ISLAMABAD" of "ISLAMABAD —", "JUBA" of
    "JUBA, South Sudan (AP) —"): its words up to the first comma or bracket, or None."""
    end = dateline_end(doc)
    stop = next((t.i for t in doc[:end] if t.text in (",", "(")), end)
    first = next((t.i for t in doc[:stop] if not t.is_space), stop)
    return doc[first:stop] if stop > first else None


def _dateline_end(doc: Doc) -> int:
    """The index of the dash that closes the opening dateline, or 0: the article opens on a
    word in capitals ("KABUL", "JUBA, South Sudan"), and a dash follows within a few words
    with no verb before it."""
    words = [t for t in doc[: _DATELINE_WORDS + 1] if not t.is_space]
    if not words or not (words[0].is_upper and words[0].is_alpha and len(words[0]) > 1):
        return 0
    for word in words[1:]:
        if word.text in _DATELINE_DASHES:
            # a spaced dash before a new sentence: not "NATO-led", nor an acronym's aside
            # ("ISAF — the NATO-led force — said")
            story = next((t for t in doc[word.i + 1 :] if not t.is_space), None)
            spaced = doc[word.i - 1].whitespace_ != ""
            return word.i if spaced and story is not None and (story.is_title or story.is_upper or story.like_num) else 0
        if word.pos_ in ("VERB", "AUX"):
            return 0
    return 0


def whole_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token on each access, and the
    stages read the whole text about 11 times per article (about 4% of Muster's time)."""
    return kept(doc, ("whole_text",), lambda: doc.text)


def doc_text(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` without building the whole article string: spaCy rebuilds
    ``doc.text`` from its tokens on every access, which made long articles quadratic."""
    if start >= end:
        return ""
    cover = doc.char_span(start, end, alignment_mode="expand")
    if cover is None:
        return whole_text(doc)[start:end]
    return cover.text_with_ws[start - cover.start_char : end - cover.start_char]


def lemma(token: Token) -> str:
    return token.lemma_.lower()


#: Pronouns a count of some of them points back with ("one of them", "three of those").
_PEOPLE_PRONOUNS = frozenset({"them", "those", "these"})


def people_referred_to(pronoun: Token) -> Token | None:
    """The people "them" stands for in "one of them was killed": the last plural people noun
    before it, in its sentence or the one before; None when there is none ("two of them were
    retaken", said of villages). "whom" stands for the noun its relative clause describes."""
    if pronoun.lower_ == "whom":
        # "the troops, 300 of whom arrived on Friday": the noun the relative clause hangs on
        clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head if person_class(clause.head) else None
        # "Nine soldiers were wounded, one of whom later died", parsed with no relative clause:
        # the people before it, as for "them"
    elif pronoun.lower_ not in _PEOPLE_PRONOUNS:
        return None
    doc = pronoun.doc
    sentences = [s for s in doc.sents if s.start <= pronoun.i][-2:]
    for token in reversed(doc[sentences[0].start : pronoun.i]):
        if token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS") and person_class(token):
            return token
    return None


#: What ends a count set off after its verb's clause ("..., 12 of them yesterday; ...").
_PART_ENDS = frozenset({",", ";", ".", ":", "—", "–", "--"})


def part_set_off(number: Token) -> Token | None:
    """The verb a count of some of those just counted hangs on when it is set off by a comma
    after that verb's clause ("45 people died over the past week, 12 of them yesterday"; the
    parser may give it any relation); None for any other number. Such a part tells its own
    event when it has a time or a verb of its own, and whatever follows it up to the next
    comma or the sentence's end is its own, not the total's."""
    verb = number.head
    doc = number.doc
    if verb == number or number.i <= verb.i or number.i == 0 or doc[number.i - 1].text not in _PART_ENDS:
        return None
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in _PEOPLE_PRONOUNS for o in p.children)
               for p in number.children):
        return None
    return verb


def planned_whole(number: Token) -> bool:
    """Whether a count is the planned whole a part is told of: "1,000 of a planned 1,500
    troops", "9,000 of its authorized 26,000", "1,600 of the 8,000 troops promised by the
    African Union": a force still to come in full, its own (planned) event, not only the group
    the part belongs to."""
    noun = number.head
    if not number.like_num or noun == number or noun.dep_ != "pobj" or noun.head.lower_ != "of" or not (
            noun.head.head.like_num or noun.head.head.pos_ == "NUM"):
        return False
    lex = lexicon()
    return any(c.dep_ in ("amod", "acl") and lemma(c) in lex.planned_heads | lex.offering_verbs
               for c in (*noun.children, *number.children))


def part_extent(number: Token) -> Span:
    """The words of a count set off after its clause (``part_set_off``): from the number to the
    next comma or the sentence's end."""
    sentence = number.sent
    end = next((t.i for t in number.doc[number.i + 1 : sentence.end] if t.text in _PART_ENDS), sentence.end)
    return number.doc[number.i : end]


def person_class(token: Token | None) -> str | None:
    """'combatant', 'civilian', 'neutral' for a people noun, else None.

    A nationality noun ("Canadians", "one American") names people too (neutral). A crew is a
    force's own unless it is the crew of a civilian vessel (``_crew_of_a_civilian_vessel``).
    """
    klass = _person_class(token)
    if klass == "combatant" and _crew_of_a_civilian_vessel(token):
        return "civilian"
    return klass


def _crew_of_a_civilian_vessel(token: Token) -> bool:
    """"A missile struck a cargo ship, killing three crew members", "Two sailors of the tanker
    were wounded": a crew (lexicon ``crew_nouns``, or members of one) is civilian when the
    sentence, or the one before, tells of a civilian vessel (``civilian_vessel_words``: a cargo
    ship, a tanker, a fishing boat); a warship's or an aircraft's crew stays a force's."""
    lex = lexicon()
    crew = lemma(token) in lex.crew_nouns or token.lower_ in lex.crew_nouns or (
        lemma(token) == "member" and any(
            c.dep_ in ("compound", "nmod") and lemma(c) in lex.crew_nouns for c in token.children))
    if not crew:
        return False
    return any(lemma(t) in lex.civilian_vessel_words for part in _with_the_sentence_before(token) for t in part)


def _with_the_sentence_before(token: Token) -> list[Span]:
    """A word's sentence and, unless it opens the text, the sentence before it: where what a
    word refers to ("the crew" of "a cargo ship", "the toll" of "an airstrike") is told."""
    sentence = token.sent
    return [sentence, sentence.doc[sentence.start - 1].sent] if sentence.start > 0 else [sentence]


def _person_class(token: Token | None) -> str | None:
    if token is None:
        return None
    lex = lexicon()
    lower = token.lower_
    # the last two: plural proper nouns the tagger leaves unlemmatized ("Marines", "Airmen")
    for key in (lemma(token), lower, lower[:-1] if lower.endswith("s") else None,
                lower[:-3] + "man" if lower.endswith("men") else None):
        if key in lex.person_class:
            klass = lex.person_class[key]  # the last key: plural proper nouns ("Marines")
            if key in ("member", "leader", "official"):
                return _member_class(token) or klass
            if klass != "combatant" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in token.children):
                return "combatant"  # "2,000 armed youth", "heavily armed men"
            if klass != "combatant" and _serving_in_a_force(token):
                return "combatant"  # "Army engineers", "military doctors", "Air Force medics"
            if klass == "neutral" and token.dep_ == "pobj" and token.head.lower_ == "of" and (
                    lemma(token.head.head) in lex.force_unit_nouns | lex.military_units):
                return "combatant"  # "an army of 40,000 men", "a battalion of 600 men"
            if klass == "neutral" and token.dep_ == "dobj" and lemma(token.head) == "have" and any(
                    c.dep_ == "nsubj" and (lemma(c) in lex.force_unit_nouns | lex.force_words
                                           or sides.lookup(c.text) is not None)
                    for c in token.head.children):
                return "combatant"  # "The militia has 30,000 men stationed at 12 camps"
            return klass
    if token.ent_type_ == "NORP" or (token.pos_ == "PROPN" and sides.lookup(token.text)):
        return "neutral"
    if _age_as_noun(token):
        return "neutral"  # "a 12-year-old was killed": a person told by age
    if token.pos_ == "NOUN" and re.fullmatch(r"[a-z]{3,}workers?", lower):
        return lex.person_class.get("worker")  # "dockworkers", "steelworkers": workers, run together
    return None


def _serving_in_a_force(token: Token) -> bool:
    """Whether people told by their job are a force's own members: a job a force has its own
    people do ("engineers", "doctors", "advisers") with the force or unit named on it ("Army
    engineers", "military doctors", "U.S. special forces advisers", "Air Force medics",
    "planners from Central Command"). Alone, or with any other word ("hospital doctors"),
    they are who they were."""
    lex = lexicon()
    if lemma(token) not in lex.service_roles:
        return False
    named = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    named += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
              for o in p.children if o.dep_ == "pobj"]  # "planners from Central Command"
    return any(lex.member_bodies.get(lemma(c)) == "combatant" or lemma(c) in lex.military_units for c in named)


def _age_as_noun(token: Token) -> bool:
    """"a 12-year-old", "two 15-year-olds" standing for people: the "old" of an age compound
    used as a noun (subject, object), with no person noun after it."""
    doc = token.doc
    i = token.i
    return (token.lower_ in ("old", "olds") and i >= 2 and doc[i - 1].text == "-"
            and doc[i - 2].lower_ in ("year", "years", "month", "months")
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"))


def _member_class(token: Token) -> str | None:
    """What a member or leader is, by the body named beside it: "council member" (civilian),
    "service members", "a Taliban leader", "an ISIS official", "five of its members" said of Hamas (combatant).
    A body the lexicon knows decides before the organisation that owns it ("U.N. staff members"
    are staff, civilians; "army staff members" are the army's)."""
    lex = lexicon()
    bodies = [c for c in token.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    bodies += [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
    bodies += [c for b in bodies for c in b.children if c.dep_ == "compound"]  # "army staff members"
    bodies = [group_before(b) or b if b.lower_ in ("its", "their") else b for b in bodies]
    kinds = {lex.member_bodies.get(lemma(b)) for b in bodies}
    if "combatant" in kinds:
        return "combatant"  # "army staff members"
    if "civilian" in kinds:
        return "civilian"  # "11 U.N. staff members": the staff, whoever employs them
    for body in bodies:
        word = lemma(body)
        if lex.person_class.get(word) == "combatant":
            return "combatant"
        found = sides.lookup(body.text)
        if found is not None and found.kind in ("group", "generic"):
            return "combatant"
    return None


def group_before(pronoun: Token) -> Token | None:
    """The armed group a possessive "its"/"their" refers to: the last one named before it
    in the sentence ("Hamas says five of its members...")."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        found = sides.lookup(token.text)
        if found is not None and found.kind == "group":
            return token
    return None


def subject_owning(pronoun: Token, harm: Token) -> Token | None:
    """The subject a possessive "its"/"their" on counted people refers to: that of the nearest
    clause above it that has one ("Lithuania is considering pulling out their 56 soldiers"),
    reading up through reporting verbs ("Austrian authorities confirmed that two of its
    citizens are missing"). Not the subject of the verb that harms them ("troops killed 20 of
    their fighters" are not the troops' own)."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and pronoun not in c.subtree]
        if not subjects:
            continue
        if verb == harm and subjects[0].dep_ == "nsubj":
            return None
        return subjects[0]
    return None


@dataclass
class Trigger:
    """The word that says what happened to a count's people. ``people`` is the counted noun
    when only the trigger's phrase names it ("the number of soldiers killed rose to 403")."""

    token: Token
    type: str
    outcome: str | None
    people: Token | None = None


def number_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def counted_noun(number: Token) -> tuple[Token | None, Token]:
    """The noun a number counts, and the token that carries the phrase's role in the clause.

    "3,500 soldiers": (soldiers, soldiers); "dozens of militants": (militants, dozens);
    "killing 12": (None, 12).
    """
    if (force := strength_of(number)) is not None:
        return force, force
    doc = number.doc
    if (number.dep_ == "pobj" and number.head.lower_ == "between" and number.i + 2 < len(doc)
            and doc[number.i + 1].lower_ in ("and", "to") and doc[number.i + 2].like_num):
        # "Between 800 and 1,500 soldiers will be deployed", parsed as a phrase on "between":
        # the range counts the noun its upper figure does
        noun, _ = counted_noun(doc[number.i + 2])
        after = doc[number.i + 3] if number.i + 3 < len(doc) else None
        noun = noun or (after if after is not None and after.pos_ == "NOUN" and person_class(after) is not None
                        else None)  # "deploy between 800 and 1,500 soldiers", however parsed
        if noun is not None:
            return noun, noun
    if (number.dep_ == "nummod" and number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "the"
            and lemma(number.head) in lexicon().tally_nouns):
        return None, number  # "brings up to seven the number of soldiers dead": the tally's value, misread
    token = number
    for _ in range(3):
        if token.dep_ in ("nummod", "quantmod", "det", "amod", "compound", "advmod", "npadvmod") and token.head != token:
            if token.head.pos_ == "ADJ" and (found := _trigger_of_word(token.head)) and found.type == "casualty":
                return None, token.head  # "10 more missing": the adjective says what happened
            if _day_told_after_a_count(token, token.head):
                return None, token.head  # "wounded seven Thursday": seven people, on Thursday
            if token.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                head = token.head
                if head.pos_ == "ADJ" and (joined := _people_after_a_nationality(head)) is not None:
                    return joined, head  # "70 Irish and 200 Finnish peacekeepers", parsed on "Irish"
                if head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ == "NOUN" and head.head.i > head.i:
                    head = head.head  # "a dozen paramilitary police", parsed with the figure on the adjective
                if head.pos_ == "PROPN" and head.head.pos_ == "NOUN" and (head.dep_ == "compound" or (
                        head.dep_ == "nmod" and not any(c.dep_ == "amod" and _trigger_of_word(c) for c in head.children))):
                    # "Twenty Taliban fighters", "26,000 United Nations (UN) troops", parsed with
                    # the name as the head; not "the 12 dead Hamas and Islamic Jihad fighters",
                    # where what happened to them hangs on the name
                    head = head.head
                if (head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.pos_ == "NOUN"
                        and head.head.i > head.i and person_class(head) is None
                        and person_class(head.head) is not None):
                    # "Thirteen government soldiers", "two hospital staffers", parsed with the
                    # figure on the noun that says whose they are
                    head = head.head
                noun = _past_unit_label(head)
                return noun, noun
            if token.head.pos_ == "NUM":
                token = token.head
                continue
        break
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0], token
    if any(c.dep_ == "amod" and _nationality(c) for c in token.children):
        # "70 Australian and 200 Malaysian police officers": the first figure's noun left out,
        # parsed with the second phrase joined to the first figure
        if (joined := _people_after_a_nationality(token)) is not None:
            return joined, token
    return None, token


def _nationality(word: Token) -> bool:
    """Whether a word names a people or a side ("Australian", "Malaysian", "Taliban")."""
    return word.ent_type_ == "NORP" or sides.lookup(word.text) is not None


def _people_after_a_nationality(word: Token) -> Token | None:
    """The people noun joined to a figure or a nationality whose own noun was left out ("70
    Australian and 200 Malaysian police officers"): the conjoined noun, when it names people."""
    if word.pos_ == "ADJ" and not _nationality(word):
        return None
    return next((c for c in word.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                 and person_class(c) is not None), None)


def _day_told_after_a_count(number: Token, head: Token) -> bool:
    """"killed six soldiers and wounded seven Thursday": a weekday right after a number is when,
    not what, the number counts (the parser hangs the number on the day)."""
    doc = number.doc
    return (number.like_num and number.i + 1 < len(doc) and doc[number.i + 1].lower_ in calendar_names.WEEKDAYS
            and number.i < head.i <= number.i + 2)  # "nine Sunday night": the night's head too


_SCALE_WORDS = frozenset({"hundred", "thousand", "million"})


def strength_of(number: Token) -> Token | None:
    """"a 31,000-strong stabilization force", "NATO's 60,000-member force", "the
    16-thousand-member peace force": the force whose strength the number gives (GUIDELINES
    §2: a force of N is a presence)."""
    lex = lexicon()
    word = number.head
    doc = number.doc
    forces = lex.force_words | lex.force_unit_nouns | lex.military_units
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "strong" and number.dep_ == "nummod" and after.head == word \
            and word.pos_ == "NOUN" and lemma(word) in forces:
        return word  # "the 1,700 strong battalion", written without its hyphen
    hyphens = ("-", "‐", "‑")
    last = number
    while last.i + 3 < len(doc) and doc[last.i + 1].text in hyphens and doc[last.i + 2].lower_ in _SCALE_WORDS:
        last = doc[last.i + 2]  # "a 16-thousand-member force": the figure ends at its scale word
    if last.i + 2 >= len(doc) or doc[last.i + 1].text not in hyphens:
        return None
    word = doc[last.i + 2]
    if word.lower_ not in lex.strength_words or (last == number and word != number.head):
        return None
    force = word.head
    if force.pos_ == "NOUN" and word.dep_ in ("amod", "compound", "nmod") and lemma(force) in forces:
        return force  # "a 31,000-strong force", "a 110-member detachment"
    return None


UNIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _past_unit_label(noun: Token) -> Token:
    """The parser often takes a unit label for the counted noun: "another 13th COSCOM soldier"
    hangs "another" on "13th". Step over an ordinal to the people noun it labels."""
    if not UNIT_ORDINAL.fullmatch(noun.text):
        return noun
    for token in noun.doc[noun.i + 1 : noun.i + 5]:
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            break
        if person_class(token):
            return token
    return noun


def _trigger_of_word(token: Token) -> Trigger | None:
    lex = lexicon()
    word = lemma(token)
    if token.pos_ == "VERB" and lex.phrasal_triggers and (particle := next(
            (c for c in token.children if c.dep_ == "prt"), None)) is not None and (
            (phrasal := f"{word} {particle.lower_}") in lex.phrasal_triggers):
        return Trigger(token, *lex.phrasal_triggers[phrasal])  # "rounded up 40 suspects"
    if token.pos_ in ("VERB", "AUX", "ADJ") and word in lex.verb_triggers:
        if lex.verb_triggers[word][0] == "deployment" and deployed_as_a_state(token):
            return Trigger(token, "presence", None)  # "5,000 soldiers are deployed along the border"
        return Trigger(token, *lex.verb_triggers[word])
    if token.pos_ in ("VERB", "ADJ") and token.lower_ in lex.verb_triggers:
        return Trigger(token, *lex.verb_triggers[token.lower_])
    if token.pos_ == "VERB" and word in lex.light_verbs and token.dep_ not in ("relcl", "acl") and any(
            (c.dep_ == "dobj" or c.dep_ == "nsubjpass") and lemma(c) in lex.attack_nouns
            for c in token.children):
        # "fighters launched attacks", "carried out a raid", "opened fire", "The assault was
        # carried out by 15 gunmen": the verb the noun makes; not in a clause on the counted
        # people ("killed dozens of rebels who were carrying out an attack")
        return Trigger(token, "presence", None)
    return None


def deployed_as_a_state(verb: Token) -> bool:
    """"Ten thousand peacekeepers are deployed throughout the country", "800 Marines remain
    deployed in the Gulf", "troops are currently deployed in the region": a sending verb as a
    present state with a place it is in is where a force is (GUIDELINES: presence), not a
    sending. Not a place it goes to ("are deployed to Mali"), not "are being deployed" (on the
    way), not "were deployed" or "will be deployed" (an act, done or to come), nor "have
    already been deployed" (the devset's gold: a deployment)."""
    lex = lexicon()
    if verb.tag_ != "VBN" or lemma(verb) not in lex.sending_words:
        return False
    present = any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children) and not any(
        c.lower_ == "being" or c.dep_ == "aux" for c in verb.children)
    kept = (verb.dep_ in ("acomp", "xcomp", "oprd") and lemma(verb.head) in lex.remaining_verbs
            and verb.head.tag_ in ("VBP", "VBZ"))  # "remain deployed", "stay deployed"
    if not (present or kept):
        return False
    holder = verb if present else verb.head
    preps = [c for node in (verb, holder) for c in node.children if c.dep_ == "prep"]
    return (not any(p.lower_ in ("to", "into", "for") for p in preps)
            and any(p.lower_ in ("in", "inside", "across", "throughout", "along", "at", "on", "near", "around")
                    for p in preps))


def nominal_trigger(noun: Token) -> Trigger | None:
    lex = lexicon()
    for key in (noun.lower_, lemma(noun)):  # the surface first: "losses" is not "loss"
        if key in lex.noun_triggers:
            return Trigger(noun, *lex.noun_triggers[key])
    return None


def same_harm_retold(clause: Token, noun: Token) -> bool:
    """Whether a relative clause on a trigger noun tells the very harm the noun names: "hostages
    who were seized", "captives who were abducted", "the dead, who were killed". Its day is
    the event's own (``time``). (Its place too, but taking it measured worse: "a remote southern
    island" then stood before the town told next.)"""
    named = nominal_trigger(noun)
    told = lexicon().verb_triggers.get(lemma(clause))
    return clause.dep_ == "relcl" and named is not None and told is not None and (
        named.type, named.outcome) == tuple(told[:2])


def _treated_for_injuries(verb: Token) -> bool:
    """"were treated for burns", "treated 25 villagers for shrapnel wounds", "evacuated with
    head injuries": people cared for because of their injuries were wounded (lexicon
    ``treating_verbs``, ``injury_nouns``); treated for an illness, they were not."""
    lex = lexicon()
    if lemma(verb) not in lex.treating_verbs:
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    # "treated at a field hospital for light injuries": the parser may hang the cause on the place
    holders += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(prep.dep_ == "prep" and prep.lower_ in ("for", "with") and lemma(injury) in lex.injury_nouns
               for holder in holders for prep in holder.children
               for injury in prep.children if injury.dep_ == "pobj")


def _either_outcome(found: Trigger) -> Trigger:
    """"12 policemen were killed or wounded": alternatives of two outcomes give no breakdown,
    so the figure counts casualties (SPEC outcome ``casualties``)."""
    token = found.token
    if found.type != "casualty" or not any(c.dep_ == "cc" and c.lower_ == "or" for c in token.children):
        return found
    for conj in token.children:
        other = _trigger_of_word(conj) if conj.dep_ == "conj" else None
        if other and other.type == "casualty" and other.outcome != found.outcome:
            return Trigger(token, "casualty", "casualties")
    return found


def _subject_read_as_conj(noun: Token) -> Token | None:
    """"Apart from the three soldiers who died, an additional four troops and six civilians were
    injured": the parser joins the subject to the phrase before it; the verb right after the
    subject's words, which has no subject of its own, is what they did or what befell them."""
    if noun.dep_ != "conj":
        return None
    last = noun
    while (nxt := next((c for c in last.children if c.dep_ == "conj"), None)) is not None:
        last = nxt  # "four troops and six civilians": the list's last noun
    i = last.right_edge.i + 1
    doc = noun.doc
    while i < len(doc) and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i += 1
    if i >= len(doc) or i == last.right_edge.i + 1 or doc[i].pos_ != "VERB":
        return None  # the verb must follow its auxiliaries ("were injured"), as a subject's does
    verb = doc[i]
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def _predicate_trigger(verb: Token) -> Trigger | None:
    """The trigger of a clause whose verb is ``verb``: the verb itself, or for a copula the
    adjective or "among the dead" it governs ("were missing", "was among the dead")."""
    if _treated_for_injuries(verb):
        return Trigger(verb, "casualty", "wounded")  # "were treated for burns", "airlifted with injuries"
    if (lemma(verb) == "be" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("attr", "acomp") and not c.like_num for c in verb.children)):
        # "90 civilians were wounded, as were nine soldiers": what the clause it follows says
        return _predicate_trigger(verb.head)
    if lemma(verb) in lexicon().captive_taking_verbs and any(  # "took hundreds of peacekeepers hostage"
            (lemma(c) in lexicon().captive_nouns and c.dep_ != "nsubj")
            or (c.dep_ == "prep" and c.lower_ == "as" and any(  # "took 30 soldiers as hostages"
                lemma(o) in lexicon().captive_nouns for o in c.children if o.dep_ == "pobj"))
            for c in verb.children) or _held_by_captors(verb):
        return Trigger(verb, "casualty", "captured")
    if lemma(verb) in lexicon().captive_taking_verbs | lexicon().placing_verbs and any(
            c.dep_ == "prep" and _in_captivity(c, into=True) for c in verb.children):
        return Trigger(verb, "casualty", "captured")  # "took 18 men into custody", "placed under arrest"
    found = _trigger_of_word(verb)
    if found:
        return _either_outcome(found)
    if lemma(verb) in lexicon().claiming_verbs and any(
            c.dep_ == "nsubj" and lemma(c) in lexicon().incident_nouns | lexicon().war_nouns for c in verb.children):
        return Trigger(verb, "casualty", "killed")  # "The fighting claimed 19 soldiers"
    if lemma(verb) in lexicon().captive_nouns and lemma(verb.head) in lexicon().captive_taking_verbs:
        return Trigger(verb.head, "casualty", "captured")  # the same, parsed "hundreds ... hostage"
    if lemma(verb) in lexicon().own_loss_verbs:
        suffered = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "amod" and not suffered:
            suffered = [verb.head]  # "a further three suffered serious injuries", parsed as "suffered injuries"
        for child in suffered:  # "lost their lives", "suffered serious wounds"
            if outcome := _SUFFERED.get(lemma(child)):
                if (outcome == "killed") == (lemma(verb) == "lose"):
                    return Trigger(verb, "casualty", outcome)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "dead" and verb.pos_ == "VERB":
        return Trigger(verb, "casualty", "killed")  # "shot dead", "was found dead"
    if lemma(verb) == "leave" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                o.dep_ == "pobj" and lemma(o) in lexicon().injury_nouns for o in c.children)
            for c in verb.children):
        return Trigger(verb, "casualty", "wounded")  # "left three soldiers with serious injuries"
    if verb.pos_ == "VERB" and lemma(verb) not in lexicon().sentencing_verbs and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ == "death" for o in c.children)
            for c in verb.children):
        return Trigger(verb, "casualty", "killed")  # "shot to death", "beaten to death"; not "sentenced to death"
    if lemma(verb) in lexicon().discovery_verbs:
        for child in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"):
            # "were found shot dead", "found stabbed to death", "discovered beheaded"
            if (found := _predicate_trigger(child)) is not None and found.type == "casualty":
                return found
    for child in verb.children:
        # "were reported missing", "were confirmed dead", "presumed dead", "were reported killed"
        if (child.dep_ == "oprd" or (child.dep_ == "xcomp" and lemma(verb) in lexicon().attribution_verbs)
                or (child.dep_ == "advcl" and lemma(verb) == "leave" and child.tag_ == "VBN"  # "left ... killed"
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children))) \
                and (found := _trigger_of_word(child)) and found.type == "casualty":
            return found
    if lemma(verb) in lexicon().state_verbs:
        for child in verb.children:
            # "were missing", "remain captive"; "went missing", parsed as an adjective clause
            if child.dep_ in ("acomp", "attr", "oprd", "xcomp") or (child.dep_ == "advcl" and (
                    child.pos_ == "ADJ" or child.lower_ in lexicon().verb_triggers)):
                found = _trigger_of_word(child) or (
                    nominal_trigger(child) if child.dep_ == "attr" else None
                )
                if found:
                    return found
            if child.dep_ == "prep" and _in_captivity(child):
                return Trigger(verb, "casualty", "captured")  # "remain in captivity"
            if child.dep_ == "prep" and child.lower_ in ("among", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        # "among those injured"; "among the militants killed", "among four
                        # killed", "among the injured passengers", "among the 300 civilians who
                        # have been killed": people harmed are named by their harm
                        found = nominal_trigger(obj) or (
                            noun_trigger(obj) if obj.lower_ == "those" or child.lower_ == "among" else None)
                        if found and found.type == "casualty":
                            return found
    return None


def _agent_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the active subject of a verb that has its own object: the one who
    kills, wounds or captures ("Two gunmen killed six soldiers"), not the one it happens to
    ("Six soldiers died", "Six soldiers were killed")."""
    if lemma(verb) in lexicon().dying_verbs:
        return False  # "25 people died, among them 10 soldiers": no one dies something
    return token.dep_ == "nsubj" and token.head == verb and any(
        c.dep_ == "dobj" and c != token and lemma(c) not in _SUFFERED for c in verb.children)


#: The objects of "lost their lives", "suffered wounds", "sustained injuries": what the subject
#: suffered, so the subject is counted.
_SUFFERED = {"life": "killed", "wound": "wounded", "injury": "wounded"}


def _held_by_captors(verb: Token) -> bool:
    """"Nine crew members were held by the pirates for two weeks", "Eleven people were taken
    away by armed men", "Kidnappers are holding seven foreign workers", "Police caught two
    suspects": people held, caught or taken away by armed men are their captives. Not "held
    back by the commanders", "held up by the rebels", nor a force holding its own ("commanders
    held 3,000 troops in reserve")."""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma(verb) == "take":
        # "100 monks were taken by security forces", but not "were taken by soldiers to a
        # hospital": the wounded carried somewhere
        passive_ok = "away" in particles or (not particles and not any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))
        active_ok = False
    elif lemma(verb) in ("hold", "catch"):  # "police caught two suspects"; not "caught fire"
        passive_ok = active_ok = not particles & {"back", "up", "off", "down", "out"}
    else:
        return False
    if passive_ok and any(c.dep_ == "agent" and any(person_class(o) == "combatant" for o in c.children
                                                     if o.dep_ == "pobj") for c in verb.children):
        return True
    # a force holds its own men ("held 3,000 troops in reserve") but catches anyone
    caught = ("civilian", "neutral", "combatant") if lemma(verb) == "catch" else ("civilian", "neutral")
    return active_ok and person_class(_doer(verb)) == "combatant" and any(
        c.dep_ == "dobj" and person_class(c) in caught for c in verb.children)


def _doer(verb: Token) -> Token | None:
    """Who does what a verb tells: its subject, or the noun its clause is on ("the kidnappers
    who are holding 20 villagers", "rebels that hold 40 aid workers")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in ("acl", "relcl") and (subject is None or subject.tag_ in ("WP", "WDT")):
        return verb.head
    return subject


def _in_captivity(prep: Token, into: bool = False) -> bool:
    """Whether a prepositional phrase puts someone in captivity: "in captivity", "in Russian
    custody", "in detention", "under arrest", also further down a chain ("in mortal danger in
    captivity"); with ``into``, also "into custody"."""
    heads = ("in", "under", "into") if into else ("in", "under")
    return any(
        token.dep_ == "pobj" and lemma(token) in lexicon().captivity_nouns and token.head.lower_ in heads
        for token in prep.subtree
    )


def _has_place(verb: Token, preps: tuple[str, ...]) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and (found := place_phrase(child)):
            if is_place_head(found[1]):
                return True
    return False


def purpose_place(clause: Token) -> tuple[Token, Token] | None:
    """Where forces are sent to do what they are sent for: the place phrase of the purpose
    clause on a sending ("deployed 500 soldiers to restore order in the town of Bunia", "to
    help secure the border near Mandera"), on its verbs or on what they act on; not a place
    deeper in it ("to fight militants who killed 12 people in Gao": where those militants
    struck)."""
    if clause.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    verbs = [clause]
    while (more := next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)) is not None:
        verbs.append(more)  # "to help secure ..."
    words = verbs + [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    lex = lexicon()
    for word in words:
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in lex.locative_preps
                     and c.lower_ not in ("to", "into", "from")):
            if names_its_place(found := place_phrase(prep)):
                return found
    return None


def departure_destination(verb: Token) -> tuple[Token, Token] | None:
    """Where forces leaving somewhere go, when the parser does not hang it on the travel verb:
    a "for" or "to" phrase on the place they left ("left Camp Pendleton for Okinawa", read as
    the camp's), or the place of what they leave to do ("flew out of Ramstein to join the
    mission in Mali", ``purpose_place``). None for a verb that travels nowhere named."""
    if lemma(verb) not in lexicon().travel_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            for prep in (p for p in child.children if p.dep_ == "prep" and p.lower_ in ("for", "to")):
                if names_its_place(found := place_phrase(prep)):
                    return found
        elif (found := purpose_place(child)) is not None:
            return found
    return None


def _motion_or_station(verb: Token, argument: Token, people: Token) -> Trigger | None:
    """Constructions whose verb is no trigger by itself:
    - object control, "ordered 5,000 troops to deploy": the controlled verb is the trigger;
    - caused motion, "ordered 30,000 more troops to Iraq": an object sent to a place;
    - location, "1,400 troops are now in Mali", "the U.N. has 20,000 peacekeepers in Darfur";
    - a force's own motion, "200 Marines left for Haiti", "hundreds of troops entered the town".
    ``argument`` is the verb's argument the count climbed to, ``people`` the counted noun."""
    if argument.dep_ == "dobj":
        for child in verb.children:
            infinitive = child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            if child.dep_ == "xcomp" or infinitive:
                for controlled in (child, *(c for c in child.children if c.dep_ == "xcomp")):
                    found = _trigger_of_word(controlled)
                    if found and found.type == "deployment":
                        return found
        if _has_place(verb, ("to", "into")) or (
            lemma(verb) in lexicon().placing_verbs and _has_place(verb, ("in", "on"))
        ):
            return Trigger(verb, "deployment", None)
        if lemma(verb) in lexicon().keeping_verbs and (
            _has_place(verb, ("in", "inside", "across")) or _has_place(argument, ("in", "inside", "across"))
        ):
            return Trigger(verb, "presence", None)
        if lemma(verb) in lexicon().hosting_verbs and person_class(people) == "combatant":
            return Trigger(verb, "presence", None)  # "The base houses 4,000 service members", "Qatar hosts 10,000 U.S. troops"
    if argument.dep_ == "nsubj" and lemma(verb) in lexicon().staying_verbs and _has_place(
            verb, ("in", "inside", "across", "near", "at", "aboard", "off")) and not _to_treatment(verb, ("in", "at")):
        # "troops are in Mali", "served at 38 base camps", "sailors are waiting off the coast"
        return Trigger(verb, "presence", None)
    if argument.dep_ == "nsubj" and lemma(verb) == "be" and person_class(people) == "combatant" and any(
            c.dep_ == "acomp" and c.lower_ == "present" and _has_place(c, ("in", "inside", "across", "near", "at"))
            for c in verb.children):
        return Trigger(verb, "presence", None)  # "3,000 armed militants are present in the area"
    if argument.dep_ == "nsubjpass" and lemma(verb) in lexicon().attribution_verbs and person_class(people) == "combatant":
        for stay in (c for c in verb.children if c.dep_ == "xcomp" and lemma(c) in lexicon().staying_verbs):
            if _has_place(stay, ("in", "inside", "across", "near", "at")) and not _to_treatment(stay, ("in", "at")):
                return Trigger(stay, "presence", None)  # "600 fighters are believed to be in the area"
    if (argument.dep_ in ("nsubj", "nsubjpass") and lemma(verb) in lexicon().travel_verbs
            and person_class(people) == "combatant" and (_has_place(verb, ("to", "into", "for")) or any(
                c.dep_ == "advcl" and c.lower_ in BOUND_FOR and _has_place(c, ("to", "for"))
                for c in verb.children) or departure_destination(verb) is not None)
            and not _to_treatment(verb)):
        # "left their base in Texas on Monday, bound for Kuwait", "left Camp Pendleton for
        # Okinawa", "flew out of Ramstein to join the mission in Mali": where they left for
        return Trigger(verb, "deployment", None)  # "200 Marines left for Haiti", "were flown to Juba"
    if (argument.dep_ == "nsubjpass" and person_class(people) == "combatant"
            and _has_place(verb, ("to", "into")) and not _to_treatment(verb)
            and _trigger_of_word(verb) is None):
        return Trigger(verb, "deployment", None)  # "Some 4,000 troops have been ordered to the border"
    if (argument.dep_ in ("nsubj", "nsubjpass") and person_class(people) == "combatant"
            and operation_taken_part_in(verb) is not None):
        # "400 Polish troops took part in the operation"; "Hundreds of U.S. service members will
        # take part in the peacekeeping operation": to be sent there
        ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children)
        return Trigger(verb, "deployment" if ahead else "presence", None)
    if (argument.dep_ == "nsubj" and lemma(verb) in lexicon().entering_verbs
            and person_class(people) == "combatant" and (entered_territory(verb) is not None
                                                           or _has_place(verb, ("into",)))
            and not any((found := _trigger_of_word(c)) and found.type != "deployment" for c in verb.conjuncts)):
        # "500 troops entered the town of Beledweyn"; not "gunmen entered the village and killed
        # 12": an attack, whose attackers the attack verb tells of
        return Trigger(verb, "deployment", None)
    return None


#: Words after a force's departure that tell where it is going ("left ..., bound for Kuwait").
BOUND_FOR = frozenset({"bound", "headed", "heading", "destined"})


def operation_taken_part_in(verb: Token) -> Token | None:
    """The operation or force a verb tells its subject took part in: "took part in the raid",
    "participated in the offensive", "joined the attack", "were involved in the raid": fighters
    in an operation were where it was (a presence), whatever the operation did. Taking part in a
    mission or a force, or being part of one ("will participate in the UN mission in Mali", "will
    be part of the NATO force in Lithuania"), is being sent to it, as taking part in an operation
    is (``membership_nouns``). The noun is also where to look for the place ("the force in
    Lithuania")."""
    incidents = lexicon().incident_nouns
    if lemma(verb) == "join":  # "20 to 30 fighters joined the attack"; not "joined the army"
        return next((c for c in verb.children if c.dep_ == "dobj" and lemma(c) in incidents), None)
    incidents |= lexicon().membership_nouns

    def told_in(word: Token, prep: str) -> Token | None:
        return next((o for c in word.children if c.dep_ == "prep" and c.lower_ == prep
                     for o in c.children if o.dep_ == "pobj" and lemma(o) in incidents), None)

    if lemma(verb) == "be":  # "will be part of the force"; "are also involved in the raid", parsed as an adjective
        return next((found for c in verb.children if (c.dep_ == "attr" and c.lower_ == "part"
                                                      and (found := told_in(c, "of")) is not None)
                     or (c.dep_ == "acomp" and c.lower_ == "involved" and (found := told_in(c, "in")) is not None)),
                    None)
    if lemma(verb) == "involve":  # "were involved in the raid", not "the raid involved"
        return told_in(verb, "in") if any(c.dep_ == "auxpass" for c in verb.children) else None
    if lemma(verb) == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None
    return told_in(verb, "in") if lemma(verb) in ("take", "participate") else None


def entered_territory(verb: Token) -> Token | None:
    """The land a force entered or crossed, told as the verb's object: a place the tagger
    names, a town or province ("the town of Beledweyn"), or a border. A building ("entered
    the mosque") is a raid's target, not where a force was moved."""
    lex = lexicon()
    if lemma(verb) not in lex.entering_verbs:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.ent_type_ in ("GPE", "LOC") or lemma(obj) in lex.settlement_nouns | lex.border_nouns:
            return obj
    return None


def one_of_those_counted(noun: Token) -> bool:
    """"Two civilians — an 81-year-old woman and a 60-year-old man — were killed": people set
    in apposition to a counted noun, one by one, are those people again, not more of them."""
    appos = noun if noun.dep_ == "appos" else (
        noun.head if noun.dep_ == "conj" and noun.head.dep_ == "appos" else None)
    if appos is None or not any(c.dep_ == "nummod" for c in appos.head.children):
        return False
    # set off on both sides, as an aside is; "killed along with two Americans, an Eritrean and
    # a Sudanese in a wave of attacks" is a list of more people
    doc = noun.doc
    before, after = appos.left_edge.i - 1, appos.right_edge.i + 1
    return (before >= 0 and doc[before].text in (",", "—", "–", "(", "-")
            and after < len(doc) and doc[after].text in (",", "—", "–", ")", "-"))


def status_of_counted(trigger: Token, number: Token) -> bool:
    """"Three of the wounded are in critical condition", "Of the injured, four remain
    hospitalized": a count of people already counted ("of the wounded") whose own clause only
    tells their state is a status breakdown, not a new event (GUIDELINES §2); "three of the
    wounded later died" is one."""
    if not (trigger.dep_ == "pobj" and trigger.head.lower_ == "of"):
        return False
    if not any(c.dep_ in ("det", "poss") for c in trigger.children) and trigger.pos_ == "NOUN":
        return False  # "there were dozens of casualties": the count itself, not some of those counted
    verb = clause_verb(number)
    if verb is None or verb == trigger or lemma(verb) not in lexicon().state_verbs:
        return False
    if any(c.dep_ == "attr" and person_class(c) is not None for c in verb.children):
        return False  # "Six of the wounded were soldiers": who they were, a breakdown
    lex = lexicon()
    cared_for = any(lemma(t) in lex.medical_places | lex.care_nouns for t in verb.subtree)
    if lemma(verb) == "be" and not cared_for and any(
            c.dep_ == "prep" and c.lower_ != "from" and place_phrase(c) is not None for c in verb.children):
        # "Seven of the dead were in Shabwa province": where they fell, a breakdown; not "Five
        # of the wounded are in hospital in Kabul" nor "in critical condition at a base", a
        # status, nor "were from Baghlan province", where they came from
        return False
    return trigger.head.head in (number, verb) or trigger.head.head.head == number


def severity_of_counted(trigger: Token, number: Token) -> bool:
    """"Eleven soldiers were wounded, three of them seriously", "Seven guards were hurt, one
    critically": a count set off after the wounds, with only how badly they were hurt
    (``severity_adverbs``), tells the state of some of those already counted, not a new event
    (GUIDELINES §2; "one fatally" is a death: ``told_fatal``)."""
    severity = lexicon().severity_adverbs
    if number.i < trigger.i:
        return _harm_retold_with_severity(trigger, number, severity)
    if clause_verb(number) not in (None, trigger):
        return False  # its own verb ("three of them later died") makes it an event
    return any(c.dep_ == "advmod" and c.lower_ in severity for c in number.children)


def _harm_retold_with_severity(trigger: Token, number: Token, severity: frozenset) -> bool:
    """"Eleven people were injured, four of them seriously wounded", "six of whom were badly
    hurt": a part told by a pronoun whose own participle repeats the wounds already counted
    before it in the sentence, with only how badly."""
    doc = number.doc
    between = doc[number.i + 1 : trigger.i]
    if len(between) < 3 or between[0].lower_ != "of" or between[1].lower_ not in ("them", "whom"):
        return False
    if not any(t.lower_ in severity for t in between[2:]) or not all(
            t.lower_ in severity or lemma(t) == "be" for t in between[2:]):
        return False
    return trigger.tag_ == "VBN" and any(
        (found := _trigger_of_word(t)) is not None and found.type == "casualty" and found.outcome == "wounded"
        for t in doc[number.sent.start : number.i])


def size_of_a_kind(noun: Token) -> bool:
    """"A brigade is roughly 3,500 soldiers", "Each platoon is some 30 soldiers": the people a
    unit of some kind numbers, said of the kind (its subject taken with "a", "an", "each" or
    "every" and nothing that places it), not of a force anywhere."""
    if noun.dep_ != "attr" or lemma(noun.head) != "be":
        return False
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "each", "every") for c in subject.children) and not any(
        c.dep_ in ("prep", "acl", "relcl") for c in subject.children)


def tells_an_origin(token: Token) -> bool:
    """Whether a word is told of when someone or something began: "a farmer born in 1971", "the
    militia, founded in 1998" (a participle of ``origin_verbs``)."""
    verb = clause_verb(token)
    return verb is not None and verb.tag_ == "VBN" and lemma(verb) in lexicon().origin_verbs


def another_by_participle(number: Token) -> Trigger | None:
    """"An American soldier was killed and another wounded Sunday": "another" right after "and"
    and right before a casualty participle is one more person, its "was" elided (the parser
    may hang both on the weekday)."""
    doc = number.doc
    i = number.i
    if number.lower_ != "another" or i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ not in ("and", ","):
        return None
    found = _trigger_of_word(doc[i + 1]) if doc[i + 1].tag_ in ("VBN", "VBD") else None
    return found if found is not None and found.type == "casualty" else None


def _to_treatment(verb: Token, preps: tuple[str, ...] = ("to", "into", "for")) -> bool:
    """"Twelve soldiers were flown to a hospital in Kabul", "are believed to be in hospital":
    the wounded taken for treatment or cared for, not forces sent or present (``medical_places``)."""
    return any(c.dep_ == "prep" and c.lower_ in preps and lemma(o) in lexicon().medical_places
               for c in verb.children for o in c.children if o.dep_ == "pobj")


def force_numbering(number: Token) -> Trigger | None:
    """"The militants number about 2,000", "were estimated to number a few hundred", "Rebel
    fighters now total some 3,000": a bare figure a force is said to number is its strength, a
    presence (GUIDELINES §2) whose people are the verb's subject. Not "the dead number 50",
    whose people are no force."""
    token = number
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.i == token.head.head.i + 1:
        token = token.head  # "number about 2,000", parsed with "about" as a preposition
    verb = token.head
    if token.dep_ not in ("dobj", "attr", "npadvmod", "prep", "nummod") or lemma(verb) not in lexicon().numbering_verbs:
        return None
    if verb.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "The peacekeepers number 9,000", tagged as a noun with a subject: a verb still
    holder = verb.head if verb.dep_ == "xcomp" else verb  # "were estimated to number"
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "acl":
        subject = verb.head  # "The rebels, numbering around 200, attacked"
    if subject is not None and subject.tag_ in ("WDT", "WP") and holder.dep_ == "relcl":
        subject = holder.head  # "The UN force, which numbers 20,000, ...": the force the clause is on
    if subject is None or not (person_class(subject) == "combatant" or lemma(subject) in lexicon().force_words):
        return None
    return Trigger(verb, "presence", None, people=subject)


def raised_tally(figure: Token) -> tuple[Token, Token] | None:
    """The verb and the tally noun a figure is raised to ("brings the death toll in Iraq to
    92", "pushed to 117 the number of soldiers killed"), or None. The parser often hangs "to N"
    on a word inside the tally's own phrase ("the number of Italian soldiers killed in
    Afghanistan to 12", on "killed"), or reads the tally as the subject of a clause ("raised
    [the number of police killed this year] to 410"): the figure is still the tally's."""
    lex = lexicon()
    doc = figure.doc
    if figure.dep_ == "pobj" and figure.head.lower_ == "to":
        start = figure.head.head
    elif figure.dep_ in ("dobj", "nummod") and figure.i > 0 and doc[figure.i - 1].lower_ == "to":
        start = figure.head  # "brings up to eight the number of ...", parsed with the figure an
                             # object of the verb or a modifier of the tally
    else:
        return None
    path = [start, *start.ancestors]
    verb = next((w for w in path if lemma(w) in lex.raising_verbs and w.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    path = path[: path.index(verb) + 1]
    for word in path:
        if word.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma(word) in lex.tally_nouns and word.head in path:
            return verb, word  # "to" hung inside the tally's phrase
        for child in word.children:
            if child.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma(child) in lex.tally_nouns | lex.toll_nouns:
                return verb, child  # on the raising verb, or on a clause the tally is the subject of
    return None


def tally_words(figure: Token) -> tuple[list[Token], list[Token]] | None:
    """For a figure a tally is raised to (``raised_tally``): the words of the tally's own phrase
    ("the British death toll in Iraq", "the number of police killed this year"), and those the
    raising verb adds ("this year" in "brings to 11 the number of deaths this year"); never its
    subject, what raised it ("The attack on Sunday brings ..."), nor the figure. None for a
    figure no tally is raised to."""
    raised = raised_tally(figure)
    if raised is None:
        return None
    verb, tally = raised
    told = figure.head if figure.dep_ == "pobj" else figure  # "to 92"
    own = tally if tally.head == verb else tally.head  # "raised [the number ... killed this year] to"
    phrase = [t for t in own.subtree if t not in told.subtree]
    added = [t for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep") and c != told for t in c.subtree]
    return phrase, added


def _tally_trigger(verb: Token, lex: Lexicon) -> tuple[Trigger, Token | None] | None:
    """"the death toll was more than 70", "brought to 403 the number of soldiers killed":
    the count is the value of a tally noun; the tally's modifiers say what was counted. A tally
    or level of a force with no harm told ("troop levels stand at 140,000") is its presence."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma(child) in lex.tally_nouns | lex.force_level_nouns:
            people, force, moved = None, None, None
            for sub in child.subtree:
                if sub == child:
                    continue
                trig = _trigger_of_word(sub) or nominal_trigger(sub)
                if people is None and person_class(sub) and sub.pos_ in ("NOUN", "PROPN"):
                    people = sub
                if force is None and person_class(sub) == "combatant" and sub.pos_ in ("NOUN", "PROPN"):
                    force = sub
                if trig and trig.type == "casualty" and lemma(child) in lex.tally_nouns:
                    return trig, people
                moved = moved or (trig if trig and trig.type != "casualty" else None)
            if lemma(child) in lex.toll_nouns and any(
                    lemma(sub) in lex.incident_nouns | lex.fighting_nouns for sub in child.subtree):
                return Trigger(child, "casualty", "killed"), people  # "the toll of the shelling": its dead
            if lemma(child) in lex.toll_nouns and _bare_toll_of_an_incident(child):
                return Trigger(child, "casualty", "killed"), people  # "Officials put the toll at 12"
            if (lemma(child) in lex.toll_nouns and child.dep_ == "dobj" and verb.dep_ == "advcl"
                    and (harm := _trigger_of_word(verb.head)) is not None and harm.outcome == "killed"):
                # "three of the wounded died, bringing the toll to 12": the toll of those deaths
                return Trigger(child, "casualty", "killed"), people
            if force is not None and child.dep_ != "dobj" and lemma(verb) not in lex.raising_verbs:
                # (raised to a figure, a force's number is read by ``_force_raised_to``)
                # "US troop levels in Iraq stand at 140,000", "the number of troops deployed
                # there will fall to 100,000": a force's level is its presence
                return Trigger(moved.token if moved else child, "presence", None), force
    return None


def _bare_toll_of_an_incident(toll: Token) -> bool:
    """"An airstrike hit a market in Marib. Health officials put the toll at 12": "the toll"
    with nothing of its own, in a sentence that tells an incident or right after one, is the
    death toll of that incident (lexicon ``toll_nouns``: they count the dead when nothing else
    is said)."""
    if any(c.dep_ != "det" or c.lower_ != "the" for c in toll.children if c.i < toll.i) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in toll.children):
        return False
    return any(tells_an_incident(s) for s in _with_the_sentence_before(toll))


def _deploying_by_clause(clause: Token) -> Trigger | None:
    """A clause on counted forces that says they begin, are due or plan to deploy ("who will
    begin deploying in November", "who are due to deploy next month", "who started arriving
    on Monday"): a deployment (its tense, read from the clause, says whether it is planned)."""
    lex = lexicon()
    heads = [clause] + [c for c in clause.children if c.dep_ == "acomp" and lemma(c) in lex.planned_heads]
    if not any(lemma(h) in lex.beginning_verbs | lex.planned_heads for h in heads):
        return None
    for head in heads:
        for x in (c for c in head.children if c.dep_ == "xcomp"):
            found = _trigger_of_word(x)
            if found is not None and found.type == "deployment":
                return found  # the verb of the going, which holds where they go
    return None


def _harm_they_are_of(noun: Token) -> bool:
    """Whether people are told as those a harm or capture befell ("the arrest of two members
    who moved into the village", "the killing of four fighters who ..."): what their clause
    says they did is not the event."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    found = nominal_trigger(noun.head.head)
    return found is not None and found.type == "casualty"


def _deployed_and_there(participle: Token, noun: Token) -> bool:
    """Whether "deployed" after a force tells where it is, not that it went: a force someone
    has or keeps so ("Norway has some 500 soldiers deployed to Afghanistan", "keeps 600
    soldiers deployed in Lebanon"), or one already, still or now so ("the 36,000 troops
    already deployed in Afghanistan"). A presence (GUIDELINES: a force present somewhere);
    "1,000 troops deployed to the border on Monday" stays a deployment."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    lex = lexicon()
    return any(c.dep_ == "advmod" and c.lower_ in lex.standing_adverbs for c in participle.children) or (
        noun.dep_ == "dobj" and lemma(noun.head) in lex.keeping_verbs)


def noun_trigger(noun: Token) -> Trigger | None:
    """A trigger on the noun itself ("casualties") or modifying it ("people killed")."""
    found = nominal_trigger(noun)
    if found:
        return found
    lex = lexicon()
    befell = _harm_they_are_of(noun)
    for child in noun.children:
        if child.dep_ == "relcl" and befell:
            continue  # "the arrest of two members who moved into the village": the arrest is told
        if child.dep_ in ("acl", "relcl") and (found := _deploying_by_clause(child)) is not None:
            return found  # "200 Marines, who will begin deploying in November"
        if child.dep_ in ("acl", "relcl", "amod") and (found := _trigger_of_word(child)):
            if found.type == "casualty" and child.dep_ in ("acl", "relcl") and person_class(noun) is not None \
                    and any(c.dep_ == "dobj" for c in child.children):
                continue  # "a dozen gunmen who kidnapped the workers": the ones who did it
            if found.type == "casualty" and child.dep_ in ("acl", "relcl") and (
                    (harm := _harm_by_their_verb(noun)) is not None and harm.outcome != found.outcome):
                # "executed two aid workers who were kidnapped on Monday": the execution is told
                # of them; the clause tells what befell them before ("Eight workers who were
                # kidnapped on Friday have been freed" stays their capture, freed since)
                continue
            if found.type == "deployment" and _deployed_and_there(child, noun):
                return Trigger(child, "presence", None)  # "Norway has some 500 soldiers deployed there"
            if child.dep_ in ("acl", "relcl") and found.type == "presence" and noun.dep_ in ARGUMENT_DEPS and (
                    (harm := _predicate_trigger(noun.head)) is not None and harm.type == "casualty"):
                # "killed five gunmen who attacked a checkpoint", "killed two police officers
                # guarding a polling station": the killing is what is told
                continue
            return _either_outcome(found)  # "900 men killed or wounded": casualties
        if (child.dep_ in ("acl", "relcl") and lemma(child) in lexicon().travel_verbs
                and person_class(noun) == "combatant" and _has_place(child, ("to", "into", "toward", "for"))):
            return Trigger(child, "deployment", None)  # "the troops heading to Iraq"
        if (child.dep_ == "relcl" and lemma(child) in lexicon().remaining_verbs
                and person_class(noun) == "combatant" and _has_place(child, ("in", "inside", "across"))):
            return Trigger(child, "presence", None)  # "the 900 U.S. forces that are in Romania"
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "prep" and _in_captivity(c) for c in child.children):
            return Trigger(child, "casualty", "captured")  # "servicemen who were in captivity"
        if child.dep_ in ("acl", "relcl") and _held_by_captors(child) and not any(
                c.dep_ == "dobj" for c in child.children):
            # "rescued 30 sailors held by the rebels"; not "two gunmen who were holding
            # passengers", the ones who held them
            return Trigger(child, "casualty", "captured")
    return None


def _harm_by_their_verb(noun: Token) -> Trigger | None:
    """The harm told by the verb the counted people are the subject or object of. (Not for
    the whole a part is counted out of: in "executed one of four aid workers who were
    kidnapped" the four were kidnapped, whatever befell the one.)"""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.head.pos_ != "VERB":
        return None
    harm = _predicate_trigger(noun.head)
    return harm if harm is not None and harm.type == "casualty" else None


#: Pronouns a breakdown names its total by: "among them two Germans", "including those".
_TOTAL_PRONOUNS = frozenset({"them", "whom", "those", "these"})


def listed_among(noun: Token) -> Token | None:
    """The total a breakdown told by a pronoun belongs to: in "seized five foreigners, among
    them two Germans and a Canadian" the Germans are among the foreigners. The parser hangs
    "among them" on the listed noun and the noun on the verb, so the total is the nearest noun
    before "among" that is an argument of a verb or a preposition."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("among", "including")
                 and any(o.dep_ == "pobj" and o.lower_ in _TOTAL_PRONOUNS for o in c.children)), None)
    if prep is None or prep.i > noun.i:
        return None
    for token in reversed(noun.doc[noun.sent.start : prep.i]):
        if token.pos_ in ("NOUN", "PROPN") and (token.dep_ in ARGUMENT_DEPS or token.dep_ == "pobj"):
            return token
    return None


def part_told_by_pronoun(number: Token) -> Token | None:
    """The people a part of a counted whole is, when a pronoun stands for the whole: "killed 17
    people, nine of them children", "wounded 40 people, of whom 12 were children", "11 farmers,
    five of whom were teenagers", "four of them were young girls". Read on the words, not the
    parse, which hangs the part anywhere (on the whole, the verb, or the clause after it). None
    when what follows says how the part fared or where ("six of them seriously", "two of them
    in the leg") or gives it a verb of its own ("three of whom are wounded"): other rules read
    those, and a state of people already counted is no event (GUIDELINES §2)."""
    doc = number.doc
    end = number.sent.end
    if number.i + 2 < end and doc[number.i + 1].lower_ == "of" and doc[number.i + 2].lower_ in ("them", "whom"):
        after = number.i + 3  # "nine of them children", "five of whom were teenagers"
    elif number.i >= 2 and doc[number.i - 2].lower_ == "of" and doc[number.i - 1].lower_ == "whom":
        after = number.i + 1  # "of whom 12 were children"
    else:
        return None
    if after < end and lemma(doc[after]) == "be" and doc[after].pos_ == "AUX":
        after += 1
    while after < end and doc[after].pos_ in ("ADJ", "DET") and doc[after].lower_ not in ("each", "all"):
        after += 1  # "six of them foreign engineers"
    if after >= end or doc[after].pos_ not in ("NOUN", "PROPN") or person_class(doc[after]) is None:
        return None
    noun = doc[after]
    while noun.i + 1 < end and doc[noun.i + 1].pos_ in ("NOUN", "PROPN") and doc[noun.i + 1].dep_ != "nsubj":
        noun = doc[noun.i + 1]  # "two of them police officers": the head of the compound
    following = doc[noun.i + 1] if noun.i + 1 < end else None
    if following is not None and following.pos_ in ("VERB", "AUX") and following.dep_ != "punct":
        return None  # "four of them soldiers were wounded later": a clause of its own
    return noun


def _left_list_harm(noun: Token) -> Trigger | None:
    """The casualty participle at the end of a list that "left" holds ("left 30 guards, 12
    workers and dozens of attackers killed"): every item of the list took it, wherever the
    parser hung it (on the last item, or on the verb)."""
    top = noun
    while top.dep_ in ("conj", "appos") and top.head != top:
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ == "of":
        top = top.head.head  # "dozens of attackers": the list item is "dozens"
        while top.dep_ in ("conj", "appos") and top.head != top:
            top = top.head
    if top.dep_ != "dobj" or lemma(top.head) != "leave":
        return None
    members = [top, *top.conjuncts] + [c for c in top.children if c.dep_ == "appos"]
    members += [c for m in list(members) for c in m.conjuncts if c not in members]
    for member in members:
        for item in (member, *(o for p in member.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj")):
            for child in item.children:
                if child.dep_ in ("acl", "amod") and child.i > item.i and child.tag_ == "VBN" and (
                        found := _trigger_of_word(child)) and found.type == "casualty":
                    return found
    return None


def _own_state(start: Token, noun: Token | None) -> Token | None:
    """The state word a count joined to another is told with, right after it ("left 1,000
    people dead and 400,000 displaced", "20 dead and 3,000 homeless", "and four wounded"):
    what became of those people, whatever the first count shares. None when the next word is
    no state ("one other seriously wounded": "other" says who), modifies a noun after it, or
    describes the object of a conjoined verb of its own ("and freed 300 hostages held in ...")."""
    last = noun if noun is not None and noun.i > start.i else start
    joined = any(t.dep_ == "conj" or any(c.dep_ == "cc" for c in t.children)
                 for t in (start, last, last.head))
    if not joined or last.i + 1 >= len(last.doc):
        return None
    state = last.doc[last.i + 1]
    if state.tag_ not in ("VBN", "JJ") or state.is_stop:
        return None
    if state == last.head and last.dep_ in ("nsubj", "nsubjpass"):
        return None  # "and a further one suffered minor injuries": the count's own verb
    if last.dep_ == "dobj" and last.head.pos_ == "VERB" and last.head.dep_ == "conj" and state.head == last:
        return None  # "killed 33 attackers and freed 300 hostages held in a camp": its own verb
    if state.i + 1 < len(state.doc) and state.nbor().pos_ in ("NOUN", "PROPN"):
        return None  # "400,000 displaced people": the noun is the count's, not a state
    return state


def _unit_travelling(verb: Token) -> Trigger | None:
    """A military unit that travels to a place ("The squadron will head to Lithuania", "The
    unit will sail to the Mediterranean"): a deployment, whose people are those it goes with."""
    lex = lexicon()
    for word in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if (lemma(word) in lex.travel_verbs and _has_place(word, ("to", "into", "toward", "for"))
                and any(c.dep_ in SUBJECT_DEPS and lemma(c) in lex.military_units for c in word.children)):
            return Trigger(word, "deployment", None)
    return None


def _died_after_wounds(start: Token, wounds: Token) -> Trigger | None:
    """The death the count's own clause tells of people it describes as wounded ("Three of the
    injured guards later died", "A policeman hurt in the blast died of his injuries"): they
    were killed, whatever the word on the noun says (GUIDELINES §2)."""
    verb = clause_verb(start)
    if verb is None or verb == wounds or wounds in verb.ancestors:
        return None
    found = _predicate_trigger(verb)
    return found if found is not None and found.type == "casualty" and found.outcome == "killed" else None


def offered_itself(verb: Token, noun: Token | None) -> bool:
    """Whether the people counted are what an offering verb offers ("volunteered 3,000
    soldiers", "pledged a force of 500 troops", "1,000 police were pledged"), not people named
    somewhere under its object ("offered a bounty for ... the other 6 members"). True for any
    other trigger."""
    if lemma(verb) not in lexicon().offering_verbs or noun is None:
        return True
    if any(c.dep_ == "dobj" and c.i < noun.i and c != noun for c in verb.children):
        return False  # "offered a bounty for ..., as well as the other 6 members": the bounty
    if noun.head == verb:
        return noun.dep_ in ("dobj", "nsubjpass", "dative")
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return holder is not None and holder.head == verb and holder.dep_ == "dobj"  # "a force of 500"


def vanguard_deployment(noun: Token) -> Trigger | None:
    """"The first of 900 Ugandan troops landed in Mogadishu", "They are the first of about
    3,000 Soldiers to deploy to Poland": the first of a force to arrive are its vanguard; the
    deployment is the whole force. None when the clause tells no deployment ("the first of
    2,000 troops left Iraq")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lower_ != "first":
        return None
    first = noun.head.head
    for clause in (c for c in first.children if c.dep_ in ("acl", "relcl")):
        if (found := _trigger_of_word(clause)) is not None and found.type == "deployment":
            return found
    found = find_trigger(first, noun)
    return found if found is not None and found.type == "deployment" else None


def force_placed(noun: Token) -> bool:
    """Whether a force noun says where the force is: "the 500 peacekeeping troops in Liberia",
    "2,000 Marines aboard ships", "the 8,500 British troops stationed in Basra"."""
    return person_class(noun) == "combatant" and (
        _has_place(noun, ("in", "inside", "across", "aboard", "off", "on", "along"))
        or any(c.dep_ == "acl" and lemma(c) in lexicon().stationed_participles
               and _has_place(c, ("in", "inside", "across", "at")) for c in noun.children))


def those_harmed(noun: Token) -> Trigger | None:
    """The harm that tells who "those" are in "five of those killed", "two of those wounded":
    people named only by what happened to them, as "the dead" are; None for anything else
    ("ten of those attending the funeral")."""
    if noun.lower_ not in ("those", "these") or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    for told in (c for c in noun.children if c.dep_ in ("acl", "amod", "relcl")):
        if (found := _trigger_of_word(told)) is not None and found.type == "casualty":
            return found
    return None


def find_trigger(start: Token, noun: Token | None) -> Trigger | None:
    """Climb from the counted noun (or the bare number) to the word saying what happened."""
    lex = lexicon()
    fallback = None
    if noun is not None and (total := listed_among(noun)) is not None:
        return find_trigger(total, total)  # "five foreigners, among them two Germans": as the five
    if noun is not None and (found := those_harmed(noun)) is not None:
        return found  # "five of those killed were children": some of the killed, as "of the dead"
    if noun is not None and (shared := _left_list_harm(noun)) is not None:
        return shared  # "left 30 guards, 12 workers and dozens of attackers killed"
    if noun is not None and (verb := _subject_read_as_conj(noun)) is not None and (
            found := _predicate_trigger(verb)) is not None:
        return found  # "Apart from the three who died, an additional four troops were injured"
    if (state := _own_state(start, noun)) is not None:
        # "left 1,000 people dead and 400,000 displaced": the 400,000 were not killed; "were
        # killed on Monday and four wounded", parsed with "four" on Monday: the four were wounded
        found = _trigger_of_word(state)
        if found is None:
            return None
        if found.type == "casualty":
            return found
    if (verb := part_set_off(start)) is not None and (found := _trigger_of_word(verb)) is not None \
            and found.type == "casualty":
        return found  # "200 were killed in the past week, 30 of them today": some of the 200
    if noun is None and (found := _gapped_count(start)) is not None:
        return found  # "Six died in Kunduz, 11 in Baghlan and 2 in Takhar"
    if noun is None and (found := force_numbering(start)) is not None:
        return found  # "The militants number about 2,000"
    if noun is None and start.dep_ == "nummod" and (raised := raised_tally(start)) is not None and (
            tally := _tally_trigger(raised[0], lex)) is not None:
        return replace(tally[0], people=tally[1])  # "brings up to seven the number of soldiers dead"
    if (noun is None and start.dep_ == "npadvmod" and start.head.lower_ in ("later", "earlier")
            and not any(c.dep_ in SUBJECT_DEPS for c in start.head.head.children)
            and (found := _predicate_trigger(start.head.head)) is not None and found.type == "casualty"):
        return found  # "20 were injured and four later died", parsed like "four days later"
    if noun is None:
        # "12 soldiers are dead and 10 more missing"; "10 peacekeepers killed and 30 wounded",
        # "were killed and at least a dozen injured": the bare count's own participle
        for child in start.children:
            if child.dep_ in ("amod", "acl") and (found := _trigger_of_word(child)) and found.type == "casualty":
                return found
    if start.pos_ == "ADJ" and (found := _trigger_of_word(start)) and found.type == "casualty":
        return found  # the same, parsed with the adjective heading the number
    if (noun is None and start.dep_ == "pobj" and start.head.dep_ in ("prep", "advmod") and is_qualifier(start.head.text)
            and (found := _trigger_of_word(start.head.head)) is not None and found.type == "casualty"):
        # "the bombing wounded over 100", "detained around 40", "seven were killed and over 76
        # injured": the qualifier read as a preposition on the verb
        return found
    if noun is not None and (found := noun_trigger(noun)):
        if (found.type == "presence" and noun.dep_ == "pobj" and noun.head.head == start
                and start.dep_ in SUBJECT_DEPS and (harm := _predicate_trigger(start.head)) is not None
                and harm.type == "casualty"):
            return harm  # "Five of the gunmen who stormed the hotel were shot dead": what befell the five
        moved = None
        if noun.dep_ in ARGUMENT_DEPS:
            moved = _trigger_of_word(noun.head) or _motion_or_station(noun.head, noun, noun)
        if found.type == "presence" and moved is not None and moved.type == "deployment":
            # "1,000 soldiers that are based in Germany will reposition to Romania", "400
            # peacekeepers stationed in Gabon are flying into the capital": where they go now
            return moved
        if found.type == "casualty" and found.outcome == "wounded" and found.token != noun and (
                (died := _died_after_wounds(start, found.token)) is not None):
            return died  # "A policeman hurt in the blast later died": what became of him
        if person_class(noun) is None or found.token != noun:
            return found
        fallback = found  # "three prisoners were killed": the verb says what happened to them
    token = start
    for _ in range(MAX_CLIMB):
        head = token.head
        if ((verb := _verb_left_out(token)) is not None
                and (found := _predicate_trigger(verb)) is not None and found.type == "casualty"):
            # "Police said 40 rebels were killed in Gao and 15 in Kidal": the figure of a
            # clause whose verb is left out, whatever clause the verb heads
            return found
        if (token.dep_ in CLIMB_THROUGH or (token.dep_ == "compound" and lemma(head) in lexicon().captive_nouns)) \
                and head != token:
            token = head  # "took 40 aid workers hostage", parsed as a compound of "hostage"
            continue
        if token.dep_ == "pobj":
            prep = head
            if prep.lower_ == "to" and _ceiling_read_as_particle(prep) and (
                    found := _trigger_of_word(prep.head)) is not None:
                return found  # "wounding up to 87 others": the figure is the verb's object
            if prep.lower_ == "of" and (missing := _whereabouts_unknown(prep.head)) is not None:
                return missing  # "The whereabouts of 45 fishermen remain unknown"
            if prep.lower_ in ("including", "among", "of") and prep.head != prep:
                owner = total_noun(prep) or prep.head
                if prep.lower_ == "of" and owner.pos_ in ("NOUN", "PROPN"):
                    if (found := nominal_trigger(owner)) and found.type != "presence":
                        return found
                elif owner.pos_ in ("NOUN", "PROPN") and (found := noun_trigger(owner)):
                    return found
                token = owner
                continue
            if (prep.lower_ == "from" and noun is not None and person_class(noun) == "combatant"
                    and any(p.dep_ == "prep" and p.lower_ == "under" and any(
                        lemma(o) in lex.incident_nouns | {"fire"} for o in p.children if o.dep_ == "pobj")
                        for p in prep.head.children)):
                return Trigger(prep.head, "presence", None)  # "came under fire from 20 militants"
            if (prep.lower_ == "for" and noun is not None and person_class(noun) == "combatant"
                    and lemma(prep.head) in lex.ceremony_nouns
                    and (sent := _compound_trigger(prep.head)) is not None and sent.type == "deployment"):
                return sent  # "held a deployment ceremony for more than 50 Guardsmen": they deploy
            if prep.lower_ == "between" and any(c.like_num for c in prep.subtree):
                # "Between 800 and 1,500 soldiers will be deployed", "said between 40 and 50
                # rebels were captured": a range the parser read as a phrase on "between"; the
                # people are the argument of the verb it hangs on, or of the clause after it
                # that has no subject of its own
                verb = prep.head
                if (later := _subjectless_clause_after(verb, token)) is not None:
                    verb = later
                for word in (verb, verb.head):  # "If Parliament approves, between ... will be deployed"
                    if (found := _trigger_of_word(word)) is not None:
                        return found
            if prep.lower_ in ("over", "around", "about") and prep.head.pos_ == "VERB" and (
                    later := _subjectless_clause_after(prep.head, token)) is not None and (
                    found := _predicate_trigger(later)) is not None:
                return found  # "Witnesses said over a dozen were injured", "over" read as a preposition
            if ((prep.dep_ == "agent" or prep.lower_ == "by" and any(c.dep_ == "auxpass" for c in prep.head.children))
                    and noun is not None and person_class(noun) == "combatant"
                    and (found := _trigger_of_word(prep.head)) is not None and found.type == "presence"):
                return found  # "The town was surrounded by several hundred fighters" (GUIDELINES §2)
            if (prep.lower_ in ("with", "from", "by") and lemma(prep.head) in lex.incident_nouns | {"fire"}
                    and noun is not None and person_class(noun) == "combatant"):
                # "a firefight with hundreds of fighters", "heavy fire from an estimated 80
                # insurgents", "an attack by 200 militants": the fighters there
                return Trigger(prep.head, "presence", None)
            if (prep.lower_ == "to" and lemma(prep.head) == "home" and prep.head.dep_ == "attr"
                    and noun is not None and person_class(noun) == "combatant"):
                return Trigger(prep.head, "presence", None)  # "the valley is home to 300 fighters"
            if (prep.lower_ == "with" and noun is not None and person_class(noun) == "combatant"
                    and (found := next((t for v in (prep.head, *(c for c in prep.head.children if c.dep_ == "xcomp"))
                                        if (t := _trigger_of_word(v)) is not None), None))
                    and found.type == "deployment"):
                # "The brigade will deploy to Poland with approximately 4,000 Soldiers"; "The
                # brigade, with 4,000 Soldiers, is expected to deploy" (the "with" on "expected")
                return found
            if (prep.lower_ == "with" and noun is not None and person_class(noun) == "combatant"
                    and (found := _unit_travelling(prep.head)) is not None):
                return found  # "The squadron will head to Lithuania with about 700 troopers"
            if (prep.lower_ == "with" and noun is not None and person_class(noun) == "combatant"
                    and lemma(prep.head) in lex.military_units | lex.membership_nouns):
                token = prep.head  # "The brigade, with approximately 4,000 Soldiers, will deploy":
                continue           # the unit's people go where it goes
            if prep.lower_ == "with" and "along" in (prep.head.lower_, prep.nbor(-1).lower_ if prep.i else ""):
                # "3,300 soldiers, along with 700 personnel, will deploy"
                token = prep.head.head if prep.head.lower_ == "along" else prep.head
                continue
            if prep.lower_ in ("to", "at") and head.head != head:
                verb = head.head if head.head.dep_ != "prt" else head.head.head  # "bring it up to"
                if (raised := raised_tally(token)) is not None:
                    verb, tally = raised  # "to 12" hung on "killed" in "the number of soldiers killed"
                    if prep.head != verb and (harm := _trigger_of_word(prep.head)) and harm.type == "casualty":
                        # "raised [the number of police killed this year] to 410", "raised the
                        # total of soldiers to die in Iraq to 4,000": the harm the parser hung
                        # the figure on is what the tally counts
                        return replace(harm, people=next((t for t in tally.subtree if t != tally and person_class(t)
                                                          and t.pos_ in ("NOUN", "PROPN")), None))
                tally = _tally_trigger(verb, lex)
                if tally:
                    return replace(tally[0], people=tally[1])
                if found := _valued_noun_trigger(verb, lex):
                    return found
                if found := _force_raised_to(verb, lex):
                    return found
                if found := _force_cut_to(verb, lex):
                    return found
            break
        if (token.dep_ == "attr" and lemma(head) == "be" and noun is not None and person_class(noun) is not None
                and (found := _casualties_including(head))):
            return found  # "The confirmed dead are twelve villagers, four soldiers and one policeman"
        if token.dep_ == "dobj" and lemma(head) in lex.strength_verbs and not told_with_a(noun) and (
                found := _casualties_including(head)):
            # "The dead included 7 soldiers and 3 civilians"; not "the dead included residents, a
            # medic and a rescue worker", which says who they were, not how many
            return found
        if token.dep_ == "dobj" and lemma(head) in lex.attribution_verbs and (
                found := _subjectless_report(head, token)):
            return found  # "The military says 12 soldiers ... were killed", parsed as said soldiers
        if token.dep_ in ARGUMENT_DEPS or token.dep_ in ("acl", "advcl", "xcomp", "ccomp", "conj", "pcomp"):
            verb = head if token.dep_ != "ROOT" else token
            tally = _tally_trigger(verb, lex) if token.dep_ in ("attr", "dobj", "oprd") else None
            if tally and tally[0].type == "casualty":
                return replace(tally[0], people=tally[1])  # "the number of dead reached 70", not troops reaching
            found = _predicate_trigger(verb)
            if found and found.type == "casualty" and _agent_of(token, verb):
                return None  # "A suicide bomber killed six soldiers": the bomber is not counted
            if found and found.type == "presence" and token.dep_ == "dobj" and lemma(verb) in lex.targeting_verbs:
                return None  # "Rebels attacked 40 soldiers": the attacked are no attacking force
            if found and found.type == "presence" and token.dep_ == "nsubjpass" and (harm := next(
                    (h for c in verb.conjuncts if not any(s.dep_ in SUBJECT_DEPS for s in c.children)
                     and (h := _predicate_trigger(c)) and h.type == "casualty"), None)):
                return harm  # "Five soldiers were ambushed and killed": the target of the attack
            if found and found.type == "casualty" and token.dep_ == "dobj" and verb.dep_ == "conj":
                first = _trigger_of_word(verb.head)
                if (first and first.type == "casualty" and first.outcome != found.outcome
                        and not any(c.dep_ == "dobj" for c in verb.head.children)):
                    return Trigger(verb, "casualty", "casualties")  # "killed and wounded dozens"
            if (found is None or found.type != "casualty") and token.dep_ in SUBJECT_DEPS and (
                    harm := _harmed_before(verb)):
                return harm  # "Two Marines were flown to Germany after being shot": not sent there
            if found:
                return found
            if noun is not None and (found := _motion_or_station(verb, token, noun)):
                if found.type == "presence" and (harm := nominal_trigger(noun)) is not None and harm.type == "casualty":
                    return harm  # "Seven of the dead were in Shabwa province": of the dead, no force there
                return found
            if token.dep_ in ("attr", "dobj", "oprd"):
                if tally:  # the value of a tally with no harm told: a force's level
                    return replace(tally[0], people=tally[1])
                if token.dep_ == "dobj" and (found := _force_raised_to(verb, lex)):
                    return found  # "bring that number up to 2,500", parsed with the figure an object
            if token.dep_ in SUBJECT_DEPS or token.dep_ == "attr":
                # "Eight people were killed and 100 wounded": a shared subject's conjoined verbs
                for conj in verb.children:
                    if conj.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in conj.children) and (
                            found := _predicate_trigger(conj)):
                        if found.type == "casualty" and token.dep_ == "nsubj" and any(
                                c.dep_ == "dobj" and lemma(c) not in _SUFFERED for c in conj.children):
                            return None  # "Dozens of gunmen entered the village and killed 12 people"
                        return found
                # "troops will begin patrolling the capital", "troops are due to arrive"
                for xcomp in (*verb.children, *(c for a in verb.children if a.dep_ == "acomp"
                                                and lemma(a) in lex.planned_heads for c in a.children)):
                    if xcomp.dep_ == "xcomp" and (found := _trigger_of_word(xcomp)) and found.type != "casualty":
                        return found
                    if (xcomp.dep_ == "xcomp" and noun is not None and lemma(xcomp) in lex.travel_verbs
                            and (found := _motion_or_station(xcomp, token, noun)) and found.type == "deployment"):
                        return found  # "3,000 reservists are scheduled to go to Afghanistan"
                    if (xcomp.dep_ == "xcomp" and lemma(verb) in lex.seeming_verbs
                            and (found := _predicate_trigger(xcomp)) and found.type == "casualty"):
                        return found  # "three soldiers appear to have suffered minor injuries"
                if _is_existential(verb) and noun is not None:
                    if (harm := nominal_trigger(noun)) is not None and harm.type == "casualty":
                        return harm  # "there were a handful of marine casualties": losses, no force
                    return Trigger(verb, "presence", None)
            if token.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
                token = head
                continue
            break
        break
    if fallback is None and noun is not None and force_placed(noun):
        return Trigger(noun, "presence", None)  # "the 500 peacekeeping troops in Liberia"
    if fallback is None and noun is not None and (carrier := carried_by(noun)) is not None:
        found = (_trigger_of_word(carrier.head) or _motion_or_station(carrier.head, carrier, noun)
                 if carrier.dep_ in ("nsubj", "nsubjpass") else None)  # "Planes carrying 15 medics left for Aden"
        if found is not None and found.type in ("deployment", "presence"):
            # "The USS Bataan, with 2,200 Marines aboard, arrived in the Gulf"; "Two ships with
            # 2,000 Marines aboard are stationed off the coast"
            return found
    if fallback is None and noun is not None and (unit := unit_of_strength(noun)) is not None:
        found = _trigger_of_unit(unit)
        if found is None and (lemma(unit) in lexicon().force_unit_nouns - lexicon().military_units
                              or _named_force(unit)):
            # "The U.N. mission comprises some 9,000 peacekeepers", "The force numbers 22,000
            # troops": a force of N is a presence (GUIDELINES §2), where it is or not
            found = Trigger(noun.head if noun.dep_ == "dobj" else unit, "presence", None)
        return found
    if fallback is None and (force := force_of(start, noun)) is not None:
        return Trigger(force, "presence", None, people=force if noun is None else None)
    return fallback


def force_of(start: Token, noun: Token | None) -> Token | None:
    """"A peacekeeping force of seven-thousand", "the U.N. mission of 9,000 peacekeepers": a
    force told with its size in an "of" phrase is a presence wherever it is (GUIDELINES §2), as
    "a 31,000-strong force" and "the mission comprises 9,000 peacekeepers" are; a unit's size
    alone ("a battalion of 600 soldiers") only shares what the unit does, as with "has"."""
    counted = noun if noun is not None else start
    if counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return None
    if noun is not None and person_class(noun) not in ("combatant", "neutral"):
        return None  # "an army of 40,000 men"; not "a mission of 12 experts"
    force = counted.head.head
    lex = lexicon()
    return force if lemma(force) in lex.force_unit_nouns - lex.military_units or _named_force(force) else None


def _gapped_count(number: Token) -> Trigger | None:
    """"Six died in Kunduz, 11 in Baghlan and 2 in Takhar": figures after a first one, each with
    its own place or day, their verb left out; the parser hangs the second on the first's place
    as an apposition (it reads the same list as adverbs of the verb when it can)."""
    token = number
    while token.dep_ == "conj" and token.head.like_num:
        token = token.head
    if (token.dep_ == "conj" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep"
            and token.head.head.head.like_num and any(c.dep_ == "prep" for c in token.children)):
        # "11 in Gao, eight in Timbuktu and six in Kidal", the last parsed as a second place
        # of the one before: as that one
        found = find_trigger(token.head.head.head, None)
        return found if found is not None and found.type == "casualty" else None
    if token.dep_ != "appos" or not any(c.dep_ == "prep" for c in token.children):
        return None
    told = token.head
    if told.dep_ != "pobj" or told.head.dep_ != "prep":
        return None
    owner = told.head.head
    found = _predicate_trigger(owner)
    if found is None and owner.pos_ in ("NOUN", "PROPN") and person_class(owner) is not None:
        # "including 14 civilians in Deir al-Zour, 10 in Homs and eight in Aleppo": the place
        # hangs on the first figure's people, and the later figures are counted as they are
        found = find_trigger(owner, owner)
    return found if found is not None and found.type == "casualty" else None


def _verb_left_out(number: Token) -> Token | None:
    """The verb a bare figure shares with the clause before it, its own left out: "were killed
    in Gao and 15 in Kidal" (the figure joined to the verb), "died in the north and four in the
    east" (to its place phrase), "abducted on Monday and 12 on Tuesday" (to its day). Not a
    figure joined to people ("clashes with 200 rebels and 50"), to a number or inside a date."""
    if number.dep_ != "conj" or not number.like_num or number.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return None
    head = number.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ == "pobj" and not head.like_num and person_class(head) is None:
        head = head.head  # "on Monday and 12 on Tuesday": joined to the first figure's day
    if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _harmed_before(verb: Token) -> Trigger | None:
    """"Two soldiers are in hospital after being wounded", "a guard was flown out after being
    shot": what befell the subject, told in an "after being ..." adjunct of another verb."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("after", "following"):
            for done in prep.children:
                if (done.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in done.children)
                        and (found := _trigger_of_word(done)) is not None and found.type == "casualty"):
                    return found
    return None


def carried_by(noun: Token) -> Token | None:
    """The ship, plane or convoy that carries counted troops: "with 2,200 Marines aboard",
    "a ship carrying 300 Marines" (its movement is theirs)."""
    if person_class(noun) != "combatant":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and any(
            c.lower_ in ("aboard", "on board", "onboard") for c in noun.children):
        return noun.head.head
    if noun.dep_ == "dobj" and lemma(noun.head) == "carry" and noun.head.dep_ == "acl":
        return noun.head.head
    return None


def unit_of_strength(noun: Token) -> Token | None:
    """The military unit whose size a count of fighters gives, as military releases state it:
    "The brigade, consisting of about 900 Soldiers, will deploy", "The battalion has
    approximately 600 Soldiers", "a regiment which numbers 2,000 troops", "one brigade combat
    team with roughly 1,230 personnel"."""
    lex = lexicon()
    if person_class(noun) != "combatant":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with":
        owner = verb.head  # "involves one infantry brigade combat team with roughly 1,230 personnel"
        if owner.pos_ in ("VERB", "AUX"):  # the phrase hung on the verb of which the unit is the object
            owner = next((c for c in owner.children if c.dep_ == "dobj" and c.i < verb.i), owner)
        return owner if lemma(owner) in lex.military_units | lex.force_unit_nouns else None
    if noun.dep_ == "pobj" and verb.lower_ == "of":
        verb = verb.head  # "consisting of", "made up of", "composed of"
        if verb.lower_ == "up" and verb.dep_ in ("prt", "advmod", "prep"):
            verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if lemma(verb) not in lex.strength_verbs or (lemma(verb) == "make" and not any(
            c.lower_ == "up" for c in verb.children)):
        return None
    if verb.dep_ in ("acl", "relcl"):
        unit = verb.head
    else:
        unit = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if unit is None and verb.dep_ == "xcomp":  # "The group claims to have 7,000 fighters"
            unit = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if unit is None or not (lemma(unit) in lex.military_units | lex.force_unit_nouns or unit.lower_ == "it"
                            or _named_force(unit)):
        return None
    return unit


def _named_force(token: Token) -> bool:
    """A force named by its own name: a mission ("KFOR", "AMISOM") or an armed group ("the
    Arakan Army"), as the actor table knows it; not a country or a people."""
    ent = entity_at(token)
    ent = ent if ent is not None and ent.label_ == "ORG" else None
    code = sides.entity_code(ent) if ent is not None else None
    return sides.is_multinational(code) or sides.is_armed_group(code)


def _trigger_of_unit(unit: Token) -> Trigger | None:
    """What the unit does, in its own sentence or, for "The brigade has 4,200 Soldiers" after
    "The 2nd Brigade will deploy to Syria", in one of the two sentences before: its strength is
    the count of that deployment or presence, never of a casualty ("the battalion, which had 600
    soldiers, lost 40")."""
    if unit.lower_ != "it":
        found = find_trigger(unit, unit) or next(
            (t for c in unit.children if c.dep_ == "acl" and (t := _trigger_of_word(c))), None)
        if found is not None:  # "The brigade, deployed to Kuwait last month, has 3,000 Soldiers"
            return found if found.type in ("deployment", "presence") else None
        if (told := _deployment_made_of(unit)) is not None:
            return told  # "This rotation involves one division headquarters totaling 775 personnel"
    doc = unit.doc
    start = unit.sent.start
    before = [s for s in doc.sents if s.end <= start][-2:]
    for sentence in reversed(before):
        for token in reversed(list(sentence)):
            found = _trigger_of_word(token)
            if found is None or found.type != "deployment":
                continue
            arguments = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if any(lemma(a) in lexicon().military_units and (unit.lower_ == "it" or lemma(a) == lemma(unit))
                   for a in arguments):
                return found
    return None


def _deployment_made_of(unit: Token) -> Trigger | None:
    """The deployment a unit is part of when the clause says what a deployment is made of:
    "This rotation involves one division headquarters ... and two brigade combat teams", "The
    deployment includes a brigade"."""
    verb = unit.head  # "involves", or the first unit of a list ("headquarters ... and two teams")
    while verb.dep_ == "conj" and verb.head != verb and verb.pos_ != "VERB":
        verb = verb.head
    if verb.pos_ == "NOUN":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        found = nominal_trigger(subject)
        if found is not None and found.type == "deployment":
            return found
    return None


def _subjectless_report(verb: Token, said: Token) -> Trigger | None:
    """The trigger of a reported clause that lost its subject to the reporting verb: in "says
    12 soldiers and seven civilians were killed" the parser makes the soldiers what was said
    and "were killed" a clause with no subject; the soldiers are its subject."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > said.i and not any(
                c.dep_ in SUBJECT_DEPS for c in clause.children):
            found = _predicate_trigger(clause)
            if found is not None and found.type == "casualty":
                return found
    return None


def _compound_trigger(noun: Token) -> Trigger | None:
    """A nominal trigger on a noun or its compound modifier ("a casualty rate")."""
    for token in (noun, *(c for c in noun.children if c.dep_ == "compound")):
        if found := nominal_trigger(token):
            return found
    return None


def _valued_noun_trigger(verb: Token, lex: Lexicon) -> Trigger | None:
    """"casualties stood at 400", "a casualty rate, estimated at 4,000": the count is the
    value a valuation verb gives to a trigger noun (its subject, object or the noun it modifies)."""
    if lemma(verb) not in lex.valuation_verbs:
        return None
    nouns = [verb.head] if verb.dep_ == "acl" else [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]
    for noun in nouns:
        if found := _compound_trigger(noun):
            return found
    return None


def _force_cut_to(verb: Token, lex: Lexicon) -> Trigger | None:
    """"The U.N. had reduced its troops from 3,300 to 2,300", "the mission cut its force to
    4,000": a force cut to a figure is that many left where it serves, a presence (the figure
    it was cut from is no event)."""
    if verb.pos_ == "ADP" and verb.lower_ == "from":
        verb = verb.head  # "from 3,300 to 2,300", parsed with "to" on "from"
    if lemma(verb) not in lex.lowering_verbs or _units_counted(verb):
        return None
    people = _force_changed(verb, lex)
    return Trigger(verb, "presence", None, people) if people is not None else None


def _units_counted(verb: Token) -> bool:
    """Whether a change of a force's size counts its units, not its people ("cut its troops
    from three brigades to two"): unit counts are no counts (GUIDELINES §2)."""
    units = lexicon().military_units
    return any(lemma(t) in units for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "to")
               for t in p.subtree)


def _force_changed(verb: Token, lex: Lexicon) -> Token | None:
    """The force a verb of cutting or raising changes: its object ("reduced its troops"), or
    the people of a level or number it changes ("reduce its troop strength", "lower the number
    of troops")."""
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if lemma(noun) in lex.force_words | lex.force_unit_nouns or person_class(noun) == "combatant":
            return noun
        if lemma(noun) in lex.force_level_nouns | lex.tally_nouns:
            return next((t for t in noun.subtree if t != noun and person_class(t) == "combatant"
                         and t.pos_ in ("NOUN", "PROPN")), None)
    return None


def level_before_change(number: Token) -> bool:
    """Whether a figure is the level a force is at before a change to come ("reduce its troop
    strength from 19,000 to 16,500"): a presence now, neither planned nor dated by the change."""
    change = _level_change(number)
    return change is not None and change[1] == "from"


def level_after_change(number: Token) -> bool:
    """Whether a figure is the level a force is changed to ("from 7,100 to 5,500": the 5,500)."""
    change = _level_change(number)
    return change is not None and change[1] == "to"


def level_changed(trigger: Trigger) -> bool:
    """Whether a presence is told by a verb that cuts or raises a force's level ("will lower
    the number of troops in Iraq from 7,100 to 5,500")."""
    lex = lexicon()
    return trigger.type == "presence" and lemma(trigger.token) in lex.lowering_verbs | lex.raising_verbs


def _level_change(number: Token) -> tuple[Token, str] | None:
    """The verb of a change of level a figure is told in, and which end it is: "from" (the
    level before) or "to" (the level after), however the parser hung "from 9,000 to 16,000"
    (two phrases, or one range under "from")."""
    lex = lexicon()
    ranged = number.dep_ == "quantmod" and number.i + 1 < len(number.doc) and number.doc[number.i + 1].lower_ == "to"
    if ranged:
        number, end = number.head, "from"  # "from 9,000 to 16,000" read as one range
        if number.dep_ == "nummod":
            number = number.head  # "from 9,000 to 15,000 troops"
    elif any(c.dep_ == "quantmod" and c.lower_ == "to" for c in number.children):
        number, end, ranged = number.head if number.dep_ == "nummod" else number, "to", True
    elif number.dep_ == "pobj" and number.head.lower_ == "from":
        end = "from"
    elif number.dep_ == "pobj" and number.head.lower_ == "to" and (
            (number.head.head.lower_ == "from" and number.head.head.dep_ == "prep") or any(
                c.dep_ == "prep" and c.lower_ == "from" for c in number.head.head.children)):
        # "from 3,500 to 4,500": "to" hung on "from", or both on the verb
        to = number.head
        verb = to.head.head if to.head.lower_ == "from" else to.head
        if lemma(verb) not in lex.lowering_verbs | lex.raising_verbs:
            return None
        return verb, "to"
    else:
        return None
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "from":
        return None
    verb = prep.head
    if lemma(verb) not in lex.lowering_verbs | lex.raising_verbs:
        return None
    if not ranged and not any(t.dep_ == "prep" and t.lower_ == "to" for t in (*prep.children, *verb.children)):
        return None  # a change to a figure, not "withdrew from 3 bases"
    return verb, end


def change_made(verb: Token) -> bool:
    """Whether a verb tells what was done ("reduced", "had reduced", "has cut"), not what is
    being or will be done."""
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have")
                                               for c in verb.children)


def force_level_change(number: Token) -> Trigger | None:
    """"intends to reduce its troop strength from 19,000 to 16,500", "increases its force from
    9,000 to 16,000": both ends of a change of a force's level are its presence, the level it
    is at now and the one it will be at. A change already made ("had reduced its troops from
    3,300 to 2,300") leaves the old level in the past: no event for it."""
    change = _level_change(number)
    if change is None:
        return None
    verb, end = change
    if (end == "from" and change_made(verb)) or _units_counted(verb):
        return None
    people = _force_changed(verb, lexicon())
    return Trigger(verb, "presence", None, people) if people is not None else None


def _force_raised_to(verb: Token, lex: Lexicon) -> Trigger | None:
    """"will bring the number of U.S. troops in the country to about 4,500", "the number of
    peacekeepers will rise to 26,000", "bringing the number of coalition forces in Iraq down to
    66,000": a force's number raised (or brought down) to a figure is the force there, its
    presence (GUIDELINES §2: a force present somewhere; the gold sets agree), whose people are
    the number's "of" noun. Two readings stay a deployment: a number of forces told as sent
    ("the number of troops deployed to Iraq rose to 5,000"), and "that number" of a deployment
    just told ("deploy 1,600 soldiers and bring that number up to 2,500")."""
    if lemma(verb) not in lex.raising_verbs:
        return None
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
        if lemma(noun) not in lex.tally_nouns | lex.force_words:
            continue
        people = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" and person_class(o) == "combatant"), None)
        if people is None and lemma(noun) in lex.force_words and person_class(noun) == "combatant":
            people = noun  # "raise the U.S. force in Iraq to 20,000"
        if people is not None:
            sent = any((t := _trigger_of_word(w)) and t.type == "deployment" for w in noun.subtree if w != noun)
            return Trigger(verb, "deployment" if sent else "presence", None, people)
        if any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in noun.children):
            # "that number": the people of the deployment told just before it
            sent = [w for w in verb.sent if w.i < verb.i and (t := _trigger_of_word(w)) and t.type == "deployment"]
            people = next((c for w in reversed(sent) for c in w.children if c.dep_ in ("dobj", "nsubjpass")
                           and person_class(c) == "combatant"), None)
            if people is not None:
                return Trigger(verb, "deployment", None, people)
    return None


def total_noun(prep: Token) -> Token | None:
    """The noun a breakdown belongs to: "eight people killed, including two children" ->
    people, also when the parser hangs "including" on the verb instead of the noun."""
    if prep.lower_ not in ("including", "among"):
        return None
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return owner
    objects = [c for c in owner.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.i < prep.i]
    return objects[-1] if objects else None


def told_fatal(trigger: Token, number: Token) -> bool:
    """"Three guards were fatally wounded", "five were hurt, one fatally": wounds they died of
    (``fatal_adverbs``), so they were killed."""
    fatal = lexicon().fatal_adverbs
    return any(c.dep_ == "advmod" and c.lower_ in fatal for t in (trigger, number) for c in t.children)


def _is_existential(verb: Token) -> bool:
    """"There are more than 1,500 Ukrainian soldiers in ...": existential be with a place."""
    return lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children) and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)  # not "Everyone there is a terrorist"


def negated(trigger: Token, noun: Token | None) -> bool:
    """"No soldiers were killed", "were not hurt", "None of the 40 peacekeepers was hurt"; not
    the "not" that makes people missing ("their whereabouts have not been determined")."""
    if any(c.lower_ == "whereabouts" and _whereabouts_unknown(c) for c in trigger.children):
        return False
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in (
            "none", "neither") and noun.head.head in trigger.subtree:
        return True  # the "none" the trigger tells of, not one a pronoun's antecedent sits in
    for token in (trigger, noun):
        if token is None:
            continue
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")):
                return True
    return False


def reported_future(verb: Token) -> bool:
    """"France announced that it would deploy 1,600 troops": "would" in what someone said or
    decided is the future of that moment, not a hypothetical (unless a condition is stated)."""
    lex = lexicon()
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    said = verb.dep_ == "ccomp" and (lemma(verb.head) in lex.attribution_verbs or lemma(verb.head) in lex.planned_heads)
    return said and not any(t.lower_ in lex.hypothetical_marks for t in verb.sent)


def hypothetical(trigger: Token, count_start: Token) -> bool:
    lex = lexicon()
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in lex.hypothetical_aux and not (
                child.lower_ == "would" and reported_future(trigger)) and not (
                child.lower_ in lex.uncertain_aux and perfect(trigger)):
            return True  # not "50 fighters may have been killed": a hedged past, not a supposed one
        if child.dep_ == "mark" and child.lower_ in lex.hypothetical_marks:
            return True
    for token in (trigger, count_start):
        for ancestor in token.ancestors:
            if lemma(ancestor) in lex.hypothetical_heads:
                return True
            if any(c.dep_ == "mark" and c.lower_ in lex.hypothetical_marks for c in ancestor.children):
                return True
    return False


def told_with_a(noun: Token | None) -> bool:
    """Whether a noun is told with "a"/"an" ("a medic", "an army camp")."""
    return noun is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _subjectless_clause_after(verb: Token, figure: Token) -> Token | None:
    """The clause on ``verb`` after ``figure`` that has no subject of its own ("said over a
    dozen [were injured]"), when ``verb`` has its own subject: the figure is that clause's
    subject, which the parser hung on ``verb``."""
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "conj") and c.i > figure.i
                 and not any(d.dep_ in SUBJECT_DEPS for d in c.children)), None)


def _ceiling_read_as_particle(prep: Token) -> bool:
    """"killing five people and wounding up to 87 others": the parser may read "up" as the
    verb's particle and "to 87 others" as a phrase on the verb; "up to" is then the figure's
    ceiling, and the figure the verb's object. Not when the verb already has an object ("brought
    the toll up to 30": a tally raised, see ``raised_tally``)."""
    doc = prep.doc
    if prep.i == 0:
        return False
    particle = doc[prep.i - 1]
    verb = prep.head
    return (particle.lower_ == "up" and particle.dep_ == "prt" and particle.head == verb
            and not any(c.dep_ == "dobj" for c in verb.children))


def _whereabouts_unknown(noun: Token) -> Trigger | None:
    """"The whereabouts of 45 fishermen remain unknown", "have not been determined": the
    people are missing (GUIDELINES §2)."""
    if noun.lower_ != "whereabouts" or noun.dep_ not in SUBJECT_DEPS:
        return None
    verb = noun.head
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in ("unknown", "unclear") for c in verb.children):
        return Trigger(verb, "casualty", "missing")
    return None


def _casualties_including(verb: Token) -> Trigger | None:
    """"The dead included 7 soldiers", "The casualties comprise 12 police officers", "the
    dead soldiers include six Kenyans": people a verb of membership lists under casualties are
    those casualties."""
    harm_words = ("dead", "wounded", "injured", "missing")
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        said = [subject, *(c for c in subject.children if c.dep_ == "amod" and c.lower_ in harm_words)]
        for word in said:
            found = nominal_trigger(word) or (_trigger_of_word(word) if word.lower_ in harm_words else None)
            if found is not None and found.type == "casualty":
                return found
    return None


def perfect(verb: Token) -> bool:
    """Whether a verb is told in a perfect tense ("may have been killed", "have died")."""
    return any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def present_perfect(verb: Token) -> bool:
    """Whether a verb is told in the present perfect ("has killed", "have raged"), up to now,
    not "had killed"."""
    return any(c.dep_ == "aux" and lemma(c) == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def uncertain_past(verb: Token) -> str | None:
    """"may have been killed", "might have died": the modal a past is hedged with, else None."""
    if not perfect(verb):
        return None
    return next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in lexicon().uncertain_aux), None)


def not_conflict_death(trigger: Token) -> bool:
    """"The earthquake killed 57", "22 people died from a suspected cholera outbreak", "three
    were killed in a road accident": harm whose stated cause is nature, illness or an accident
    is not the conflict's (GUIDELINES §2). A war that kills "mostly from hunger and disease" is
    still the cause: the test reads the clause's subject first, through a relative pronoun
    ("the flood, which killed 30") and from a toll noun to its verb ("claimed the lives of")."""
    causes = lexicon().non_conflict_causes
    if mishap_death(trigger):
        return True
    if trigger.dep_ == "compound" and lemma(trigger.head) in lexicon().tally_nouns:
        trigger = trigger.head  # "the death toll in the quake": the toll's own phrases
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        trigger = trigger.head  # "an outbreak that has claimed the lives of 2,000": the verb
    children = list(trigger.children)
    if lemma(trigger) in lexicon().tally_nouns and trigger.dep_ in ("nsubj", "nsubjpass"):
        children += [c for c in trigger.head.children if c.dep_ == "prep"]  # "rose in the quake to 300"
    causing = [c for c in children if c.dep_ == "nsubj" and person_class(c) is None
               and parse_count(c.text) is None]  # "Millions have died": the dead, no cause
    # "the flood, which killed 30": a relative pronoun stands for the noun its clause is on
    causing = [trigger.head if c.lower_ in ("that", "which") and trigger.dep_ == "relcl" else c
               for c in causing]
    if causing:  # "the earthquake killed ...", "the war has killed ..."
        return any(lemma(s) in causes for s in causing)
    for prep in (c for c in children if c.dep_ in ("prep", "agent")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # "died of pneumonia"; "of a cardiac arrest", "of heart attacks": by its modifier
            if lemma(obj) in causes or any(c.dep_ in ("amod", "compound") and lemma(c) in causes
                                           for c in obj.children):
                return True
    return False


def report_of_nature_only(doc: Doc) -> bool:
    """Whether a whole report tells harm from nature, illness or an accident and nothing of a
    conflict: its opening names such a cause (``non_conflict_causes``: "earthquake", "flood",
    "cholera"; a cause named only in passing later, "the collision between his car and the
    crowd", is not what the report is about) and nowhere does it name an attack, a weapon, a
    war or fighting (``attack_cause_words``, ``war_nouns``, ``fighting_nouns``), nor armed
    people. Its tolls are the disaster's wherever the sentence leaves the cause out
    ("Meanwhile, the death toll rose to six"; GUIDELINES §2). Read once per document."""
    return kept(doc, ("report_of_nature_only",), lambda: _nature_only(doc))


def _nature_only(doc: Doc) -> bool:
    lex = lexicon()
    conflict = lex.attack_cause_words | lex.war_nouns | lex.fighting_nouns
    # "the earthquake struck at dawn": to strike is what a quake does too; "a strike" is an attack
    told = {lemma(t) for t in doc if not (t.pos_ == "VERB" and lemma(t) == "strike")}
    opening = [s for s in doc.sents if sum(not t.is_punct for t in s) >= 4][:2]  # past a dateline
    return any(lemma(t) in lex.non_conflict_causes for s in opening for t in s) and not (
        told & conflict or any(person_class(t) == "combatant" for t in doc if t.pos_ in ("NOUN", "PROPN")))


def mishap_death(trigger: Token) -> bool:
    """"Twelve people were killed when a bus overturned", "a minibus collided with a tanker,
    killing 14", "the ferry sank in a storm, and 60 are missing": harm told as a vehicle's
    mishap is an accident's (GUIDELINES §2). The mishap is a verb of the trigger's own clause:
    the trigger's, the one it hangs on ("killing"), or one joined to either ("when ...",
    "and ..."). A crash is a mishap only when the sentence gives it a cause that is no attack
    ("in bad weather", "an engine failure"): an air crash is otherwise the conflict's. Any word
    of an attack or a weapon in the sentence ("after hitting a landmine", "shot down") keeps
    the harm the conflict's, unless the text rules it out ("no sign of hostile fire")."""
    lex = lexicon()
    clause = [trigger]
    if trigger.dep_ in ("advcl", "conj", "xcomp", "acomp", "attr", "oprd") and trigger.head != trigger:
        clause.append(trigger.head)  # "..., killing 14"; "60 people are missing"
    clause += [verb.head for verb in list(clause) if verb.dep_ == "conj"]  # "sank ..., and ... are"
    if trigger.dep_ == "acl":  # "An army truck overturned on a road, killing nine", read as a noun
        clause += [c for c in trigger.head.children if c.dep_ == "acl" and c != trigger]
    # "when a bus overturned" (at times parsed as a noun with its participle): the whole clause
    joined = [t for verb in clause for c in verb.children if c.dep_ in ("advcl", "conj") for t in c.subtree]
    mishaps = {lemma(v) for v in (*clause, *joined) if v.pos_ in ("VERB", "AUX") and lemma(v) in lex.mishap_verbs}
    if not mishaps:
        return False
    sentence = trigger.sent
    if any(lemma(t) in lex.attack_cause_words and not _ruled_out(t) for t in sentence):
        return False
    if mishaps == {"crash"}:
        return any(lemma(t) in lex.accident_causes for t in sentence)
    return True


def _ruled_out(token: Token) -> bool:
    """Whether the text denies the word it uses ("no sign of hostile fire", "officials ruled out
    an attack", "was not shot down")."""
    for node in (token, *list(token.ancestors)[:3]):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in node.children):
            return True
        if lemma(node) in ("rule", "exclude") and node != token:
            return True
    return False


def money_lost(number: Token) -> bool:
    """"posted a loss of 398 million": a bare figure that is what one loss was worth is money,
    not people ("the loss of 12 soldiers" names its people; "losses" may be a war's dead)."""
    of = number.head
    while of.dep_ == "nummod" or (of.like_num and of.head != of and of.head.like_num):
        of = of.head  # "398 million": the scale word heads the figure
    return (of.dep_ == "prep" and of.lower_ == "of" and of.head.lower_ == "loss"
            and number.dep_ in ("pobj", "compound", "nummod", "quantmod"))


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})  # "killed in Kabul, 12 in Kandahar": a count


def stated_age(number: Token) -> bool:
    """"Daniel Osei, 38, was shot", "Spc. Maria Lopez, 24, of El Paso, died", "the driver, 41,
    and his son, 9, were killed": a bare figure set off by commas right after a name or a person
    noun is that person's age, never a count (GUIDELINES §2). A number followed by its own
    noun ("the brigade, 300 soldiers strong") is not bare."""
    doc = number.doc
    i = number.i
    if not number.like_num:
        return False
    if _age_in_brackets(number) or _age_said_with_be(number):
        return True
    if i < 2 or doc[i - 1].text != ",":
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.lower_ in ("of", "from", "and", "were", "was")):
        return False
    if after is not None and after.lower_ == "of" and i + 2 < len(doc) and doc[i + 2].lower_ in ("whom", "them"):
        return False  # "the troops, 300 of whom arrived": a part of them, not an age
    named = doc[i - 2]
    # "Daniel Osei, 38,", "the driver, 41,"; "Private Jones, 19," with the name tagged an ORG
    return _person_named(named) or (number.dep_ == "appos" and number.head == named and (
        named.pos_ == "NOUN" or named.pos_ == "PROPN" and named.ent_type_ not in _PLACE_ENTS))


def _person_named(token: Token) -> bool:
    """Whether a word right before an age names a person: a name or a person noun."""
    return (token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "")) or (
        token.pos_ == "NOUN" and person_class(token) is not None)


def _age_in_brackets(number: Token) -> bool:
    """"Kenji Arai (62)", "the driver (58)": a bare figure in brackets right after a name or a
    person noun."""
    doc = number.doc
    i = number.i
    if i < 2 or doc[i - 1].text != "(" or i + 1 >= len(doc) or doc[i + 1].text != ")":
        return False
    return _person_named(doc[i - 2])


def _age_said_with_be(number: Token) -> bool:
    """"He was 101 and died", "the soldier was 27 when he was captured", "who was 23": a bare
    figure that is what a person "was", with no noun of its own."""
    verb = number.head
    if number.dep_ not in ("attr", "acomp") or lemma(verb) != "be":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in ("he", "she", "who", "i") or (s.pos_ == "PROPN" and s.ent_type_ == "PERSON")
               or (s.pos_ == "NOUN" and person_class(s) is not None) for s in subjects)


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause a word is in: the word itself when it is one, else the first verb
    above it ("caused" for "killings" in "rebels have caused hundreds of killings")."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def force_told_present(number: Token, noun: Token | None, value: float | None) -> Trigger | None:
    """A counted force that no word of the sentence says what happened to is a force present
    (GUIDELINES §2, presence): "between 300 and 400 commandos took part in the operation",
    "came under fire from an estimated 200 militants", "Britain hopes to pull some of its
    7,000 troops out", "a contingent of 250 marines has been patrolling". The trigger rules
    read the words that place or move a force; this is the reading left when none of them
    did, so it is the last one tried. It is not taken for one person (a presence is a force),
    for people counted before ("two other insurgents"), for a part of people already told ("five
    of those troops"), when the clause tells harm or capture the trigger rules did not read (a
    casualty, not a force present), nor when the force is leaving, disarmed or carried
    (``not_present_verbs``), compared or supposed."""
    lex = lexicon()
    if noun is None or value == 1 or person_class(noun) != "combatant" or not (
            lemma(noun) in lex.force_member_nouns or noun.lower_ in lex.force_member_nouns):
        return None
    if any(c.lower_ in ("other", "another") for c in (*noun.children, *number.children)):
        return None
    doc = number.doc
    if number.i > 0 and doc[number.i - 1].lower_ == "from" and number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "to":
        return None  # "grew from 200 to 300 troops": the size it had, not the one told
    if any(c.lower_ == "of" and any(p.lower_ in _PEOPLE_PRONOUNS or any(
            d.dep_ == "det" and d.lower_ in ("those", "these", "the") for d in p.children)
            for p in c.children) for c in number.children):
        return None  # "five of those troops": some of people already told
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and any(
            c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in noun.children):
        return None  # "most of the 250 soldiers"
    if _force_at_the_receiving_end(number, noun) or _unit_strength_told(noun):
        return None
    clause = clause_verb(number)  # the count's own clause: "those" may stand for people told before
    if clause is not None and clause.dep_ in ("acl", "xcomp", "pcomp") and clause_verb(clause.head) is not None:
        clause = clause_verb(clause.head)  # "with officials reporting 150 soldiers ... killed"
    told = [noun, *noun.children] if clause is None else list(clause.subtree)
    if any(lemma(t) in lex.medical_places | lex.non_conflict_causes | lex.ceremony_nouns or t.lower_ == "whereabouts"
           for t in told):
        return None  # "nine soldiers remain in hospital", "involved in a traffic accident"
    moving = lex.not_present_verbs | lex.entering_verbs | lex.travel_verbs
    above = list(number.ancestors)
    governing = list(above)
    complements = [c for t in governing for c in t.children if c.dep_ in ("xcomp", "acomp")]
    governing += complements + [c for t in complements for c in t.children if c.dep_ == "xcomp"]  # "due to leave"
    if any(t.pos_ == "VERB" and lemma(t) in moving and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
           for t in governing):  # "carried out by four gunmen" is no carrying
        return None  # leaving, going, disarmed or carried; a movement the trigger rules judged no deployment
    sent = None
    for token in told:
        found = _trigger_of_word(token) if token.pos_ in ("VERB", "AUX", "ADJ") else nominal_trigger(token)
        if found is not None and found.type == "casualty":
            return None
        if found is not None and found.type == "deployment" and (
                sent is None or abs(token.i - number.i) < abs(sent.token.i - number.i)):
            sent = found
    if any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") and c not in above
           for t in above for c in t.children):
        return None  # "went home", "were sent home"; not "home to 300 fighters"
    if compared(number, noun):
        return None
    if sent is not None and not _raised_to(number):
        return sent  # "2,000 troops ... will soon arrive"; not a force raised "to 15,000 troops"
    return Trigger(noun, "presence", None)


def _force_at_the_receiving_end(number: Token, noun: Token) -> bool:
    """"Insurgents attacked 30 soldiers", "Ten soldiers came under fire", "Two soldiers joined
    the army": a force attacked, or people entering a service, are no force told present
    (the force that attacks is: "three gunmen stormed the academy")."""
    lex = lexicon()
    verb = noun.head
    if noun.dep_ == "dobj" and lemma(verb) in lex.targeting_verbs | lex.attacking_verbs | lex.hitting_verbs:
        return True
    if noun.dep_ in SUBJECT_DEPS and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(lemma(p) in lex.attack_nouns for p in c.children)
            for c in verb.children):
        return True
    return noun.dep_ in SUBJECT_DEPS and lemma(verb) == "join" and any(
        c.dep_ == "dobj" and lemma(c) in lex.force_unit_nouns for c in verb.children)


def _unit_strength_told(noun: Token) -> bool:
    """"The battalion has 600 soldiers", "a brigade totaling 500 soldiers", "The battalion of
    600 soldiers was praised": the make-up of a unit named as such, which says nothing of
    where it is (GUIDELINES §2: unit sizes are no event on their own)."""
    lex = lexicon()
    units = lex.military_units
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in units:
        return noun.head.head.dep_ in SUBJECT_DEPS  # "the battalion of 600 soldiers was praised"
    verb = noun.head
    return noun.dep_ == "dobj" and lemma(verb) in lex.strength_verbs and (
        any(c.dep_ in SUBJECT_DEPS and lemma(c) in units for c in verb.children)
        or (verb.dep_ in ("acl", "relcl") and lemma(verb.head) in units))


def _raised_to(number: Token) -> bool:
    """"a reinforcement of the force to 15,000 troops", "force levels to up to 3,550": the
    figure a force is brought to, its size then (not "up to 450", a ceiling)."""
    doc = number.doc
    before = [doc[i].lower_ for i in range(max(0, number.i - 4), number.i)]
    return any(word == "to" and (i == 0 or before[i - 1] != "up") for i, word in enumerate(before))


def compared(number: Token, noun: Token | None) -> bool:
    """"five soldiers ... possess skills that compare to ten Russian soldiers", "worth ten of
    ours": the count is one side of a comparison, said in its own clause or above it. Used
    to explain why such a count is not an event."""
    lex = lexicon()
    people = noun if noun is not None else number
    clause = clause_verb(people)
    near = list(people.ancestors)[:3] + ([] if clause is None else list(clause.subtree))
    return any(lemma(token) in lex.comparison_heads for token in (number, people, *near))


def _is_place(span_tokens) -> bool:
    lex = lexicon()
    for token in span_tokens:
        if token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG", "PRODUCT", "PERSON", "NORP") and token.is_title:
            continue
        if lemma(token) in lex.place_nouns and token.pos_ == "NOUN":
            return True
    return False


TRAILING_CLAUSES = {"relcl", "acl", "advcl", "punct", "cc", "appos", "prep"}


#: Prepositions that tie a site to the place it lies in, on or between.
_SITE_PREPS = frozenset({"in", "near", "outside", "on", "at", "along", "between"})


def phrase_end(obj: Token) -> int:
    """End offset of a noun phrase without the clauses, asides and dates that trail it."""
    last = obj
    # "eight in Timbuktu and six in Kidal": a figure coordinated with the place is the next
    # item of a list of figures, not more of the place
    figures_next = any(c.dep_ == "conj" and c.like_num for c in obj.children)
    for child in obj.children:
        if child.i < obj.i or child.ent_type_ in ("DATE", "TIME"):
            continue  # "near Baquba Tuesday": the day is not part of the place
        if figures_next and child.dep_ in ("conj", "cc", "punct"):
            continue
        if child.dep_ not in TRAILING_CLAUSES or _hyphen_joined(child):
            last = max(last, _edge_before_a_date(child), key=lambda t: t.i)
        elif child.dep_ == "prep" and (child.lower_ == "of" or (
                child.lower_ in _SITE_PREPS and is_place_head(obj) and _to_a_place(child)
                and not _aside_on_where_it_lies(child))):
            # "the town of Leego"; "a bus station in the central town of Hillah"; "an army
            # camp in Razmak", whatever the tagger called Razmak; "a checkpoint on the outskirts
            # of Baiji"; "the border between Sudan and South Sudan"
            last = max(last, _before_clause_or_date(child), key=lambda t: t.i)
        elif child.dep_ == "prep" and child.lower_ == "for" and is_place_head(obj) and any(
                p.dep_ == "prep" and p.lower_ in ("in", "near", "outside") and _to_a_place(p)
                for o in child.children if o.dep_ == "pobj" for p in o.children):
            # "a camp for displaced people in Rann": the site is in the town its people are
            last = max(last, _before_clause_or_date(child), key=lambda t: t.i)
        elif (child.dep_ == "appos" and child.pos_ == "PROPN" and obj.pos_ == "NOUN"
              and lemma(obj) in lexicon().place_nouns):
            # "the southern Nigerian state, Bayelsa": the name the kind of place is given
            last = max(last, child, key=lambda t: t.i)
        elif (name := _name_given(child)) is not None and is_place_head(obj):
            last = max(last, name, key=lambda t: t.i)  # "an area known as North Waziristan"
    if last == obj and (name := _place_named_after_comma(obj)) is not None:
        last = name
    after = obj.doc[last.i + 1] if last.i + 1 < len(obj.doc) else None
    if after is not None and after.lower_ == "with" and lemma(obj) in lexicon().border_nouns:
        # "along the border with Pakistan", whatever the parser hung "with Pakistan" on
        other = next((c for c in after.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")), None)
        if other is not None:
            last = _edge_before_a_date(other)
    if (after is not None and after.dep_ == "prep" and after.lower_ in ("to", "from")
            and lemma(obj) in lexicon().route_nouns and _to_a_place(after)):
        # "the road to Beni", "the highway from Goma to Rutshuru": where the road leads,
        # whatever the parser hung the phrase on ("an ambush on the highway from Goma")
        last = _before_clause_or_date(after)
    last = _rest_of_the_name(last)
    after = obj.doc[last.i + 1] if last.i + 1 < len(obj.doc) else None
    if (after is not None and last.pos_ == "PROPN" and last.whitespace_ and after.pos_ == "NOUN"
            and lemma(after) in lexicon().division_nouns | lexicon().district_nouns
            and after.head != last and after.head.i < after.i and after not in obj.subtree):
        # "in Katsina state", "in Okuama in Delta state": the kind of division after its name,
        # whatever the parser hung it on before it (a time of the verb, to the small model);
        # not "in Mali state media said", where it modifies what follows
        last = after
    return last.idx + len(last.text)


def _place_named_after_comma(obj: Token) -> Token | None:
    """"in a clash with gangs in the capital, Port-au-Prince": the name of a place told by its
    kind alone ("the capital", "the city"), set after a comma: the last word of the place
    entity that starts right after it, when the parser hung the name elsewhere (an appositive
    it saw is read in ``phrase_end`` itself)."""
    doc = obj.doc
    if (obj.pos_ != "NOUN" or lemma(obj) not in lexicon().place_nouns or obj.i + 2 >= len(doc)
            or doc[obj.i + 1].text != "," or not any(c.dep_ == "det" for c in obj.children)
            or any(c.pos_ == "PROPN" for c in obj.children)):
        return None  # a kind of place with no name of its own ("the capital"; not "Maywand district")
    first = doc[obj.i + 2]
    if first.ent_iob_ != "B" or first.ent_type_ not in ("GPE", "LOC"):
        return None
    return entity_at(first)[-1]


def _rest_of_the_name(last: Token) -> Token:
    """The last word of the name ``last`` is part of: a place phrase never ends inside a word or
    inside the place name the tagger found, however the parser hung the pieces ("Ras al" of
    "Ras al-Ain", "the department of Valle" of "Valle del Cauca"). A hyphen with no space on
    either side, or a lower-case particle (lexicon ``name_particles``), between capitalised
    words goes on with the name; so does a place entity that runs on past ``last`` through
    words alone (no comma, no "and")."""
    doc = last.doc
    i = last.i
    particles = lexicon().name_particles
    while i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and (
            (not doc[i].whitespace_ and doc[i + 1].text in ("-", "‐") and not doc[i + 1].whitespace_)
            or (doc[i + 1].text in particles and doc[i].text[:1].isupper() and doc[i].whitespace_
                and doc[i + 1].whitespace_ and doc[i + 2].ent_type_ not in ("DATE", "TIME"))):
        i += 2  # "Ras al-Ain"; "Valle del Cauca", however the tagger cut the name
    entity = entity_at(doc[i])
    if (entity is not None and entity.label_ in ("GPE", "LOC", "FAC") and entity.end - 1 > i
            and all(t.is_alpha or t.text in ("-", "‐") for t in doc[i + 1:entity.end])
            and not any(t.lower_ in ("and", "or") for t in doc[i + 1:entity.end])):
        i = entity.end - 1
    return doc[i]


def _aside_on_where_it_lies(prep: Token) -> bool:
    """"Al Qaim, near the Syrian border": a nearness set off by a comma after a place tells
    where that place lies, not more of its name (a border is no finer place of the town)."""
    return prep.lower_ in ("near", "outside") and prep.i > 0 and prep.doc[prep.i - 1].text == ","


def _to_a_place(prep: Token) -> bool:
    """Whether a preposition's object is a place, by its kind or its name ("in the town of
    Hillah", "in Razmak" whatever the tagger called Razmak)."""
    return any(c.dep_ == "pobj" and (is_place_head(c) or _name_of_where(c)) for c in prep.children)


def _edge_before_a_date(child: Token) -> Token:
    """The last word of a modifier's phrase without a date that trails it: "in Ramadi, Iraq,
    June 14" ends at "Iraq" however the parser hung the day on the country."""
    edge, dated = child.right_edge, False
    while edge.i > child.i and (edge.ent_type_ in ("DATE", "TIME") or edge.is_punct
                                or (dated and edge.pos_ == "ADP")):  # "... island for the past two weeks"
        dated = dated or edge.ent_type_ in ("DATE", "TIME")
        edge = edge.doc[edge.i - 1]
    return edge


def _name_given(clause: Token) -> Token | None:
    """The name a kind of place is given by "known as", "called" or "named" ("an area known as
    North Waziristan", "a region called Swat"): the last token of the name, or None."""
    if clause.dep_ != "acl" or lemma(clause) not in ("know", "call", "name"):
        return None
    for child in clause.children:
        if child.dep_ == "oprd" and child.pos_ == "PROPN":
            return _with_its_number(child)  # "called Swat"
        if child.dep_ == "prep" and child.lower_ == "as":
            name = next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if name is not None:
                return _with_its_number(name)
    return None


def _with_its_number(name: Token) -> Token:
    """The last word of a name with the number that ends it ("Tower 22", "Camp 4")."""
    number = next((c for c in name.children if c.dep_ == "nummod" and c.i == name.i + 1 and c.like_num), None)
    return number or name


def _hyphen_joined(token: Token) -> bool:
    """"North Rhine-Westphalia", "Baden-Baden": a name joined to the one before it by a hyphen
    with no space on either side is part of that name, however the parser hung it."""
    doc = token.doc
    i = token.i
    return (i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_ and token.pos_ == "PROPN")


def _name_of_where(name: Token) -> bool:
    """A proper name after "in" on a kind of place ("an army camp in Razmak") names where that
    place is: the noun it hangs on says so, even when the tagger read the name as a person or a
    people ("Datta Khel", "Razmak") or the gazetteer lacks it. Not an organisation, a time, or
    a side Muster knows; an organisation only when the gazetteer knows its name as a place
    ("a station in Herat", with Herat tagged an ORG), or knows the name itself when the
    tagger ran two names into one ("the road between Afgoye and Wanlaweyn", one ORG)."""
    if name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME"):
        return False
    if name.ent_type_ == "ORG":
        from pipeline.text import gazetteer
        entity = entity_at(name)
        if entity is None or not (gazetteer.lookup(entity.text) or gazetteer.lookup(proper_name(name))):
            return False
    return not names_a_known_side(name)


def _dates_only(prep: Token) -> bool:
    """Whether a preposition's object is a time ("on Sunday"), which places nothing."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _before_clause_or_date(prep: Token) -> Token:
    """The last token of a prepositional phrase before a clause or a date inside it: "the
    town of Marib, where ..." ends at Marib, "the vicinity of Jilib, Somalia, Aug. 20" at
    Somalia, "in Norte de Santander province, which borders Venezuela" at province, and "the
    city of Kryvyi Rih, President Volodymyr Zelenskyy said" at Rih (a person the parser set
    beside the name is the speaker, not the place)."""
    clause = {t.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "advcl")
              or (t.dep_ == "appos" and t.ent_type_ == "PERSON") for t in t.subtree}
    last = prep
    for token in prep.subtree:
        if token.i in clause or (token.ent_type_ in ("DATE", "TIME") and not _modifies_a_thing(token)
                                 and not _name_taken_for_a_date(token, prep)):
            break
        last = token
    while last.i > prep.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last


def _name_taken_for_a_date(token: Token, prep: Token) -> bool:
    """"the city of Jos last week": a name right after "of" that the tagger swallowed into the
    date after it is still the place's name, unless it is a calendar word ("the night of
    Monday")."""
    return (token.head == prep and prep.lower_ == "of" and token.dep_ == "pobj" and token.pos_ == "PROPN"
            and token.lower_ not in calendar_names.CALENDAR_WORDS and is_place_head(prep.head))


def _modifies_a_thing(token: Token) -> bool:
    """"Kashmir's winter capital": a word the tagger took for a time that only modifies a
    noun after it which is no time is part of that noun's phrase."""
    return (token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i
            and token.head.ent_type_ not in ("DATE", "TIME"))


def is_place_head(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") or (
        token.pos_ == "NOUN" and lemma(token) in lexicon().place_nouns
    ) or (  # "the Nuri Mosque", "the Kajaki Dam": a named site, whatever the NER called it
        token.pos_ == "PROPN" and token.lower_ in lexicon().place_nouns
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    ) or (token.pos_ == "PROPN" and token.dep_ == "pobj" and _town_the_ner_missed(token))


def local_reporter(word: Token) -> bool:
    """Whether a word is local people or a local authority telling something ("Residents of
    Gao said", "the governor of Herat province said"): the subject of a reporting verb, who
    reports on their own place."""
    lex = lexicon()
    return (lemma(word) in lex.local_reporters and word.dep_ == "nsubj"  # not "A resident of X is accused"
            and lemma(word.head) in lex.attribution_verbs)


#: Prepositions whose object is where something is or happened: "in Bor", "around Kidal",
#: "kidnapped from Malakal", "shelling across Marawi".
_WHERE_WORDS = frozenset({"in", "near", "outside", "to", "around", "from", "across", "inside", "throughout"})


def _town_the_ner_missed(name: Token) -> bool:
    """A proper name after a word that says where ("in Bor", "near Goma", "Residents of Gao")
    that the NER read as a person, a people or an organisation, or after a bearing ("northeast of Djibo", "north of Kidal"), which
    tells a place whatever the NER called it: a place when the gazetteer knows the town."""
    where = (name.head.lower_ in _WHERE_WORDS or (name.head.lower_ == "of" and local_reporter(name.head.head))
             ) and name.ent_type_ in ("PERSON", "NORP", "ORG")
    bearing = (name.head.lower_ == "of" and name.head.head.lower_ in lexicon().compass_directions
               and name.ent_type_ in ("PERSON", "NORP", "ORG", ""))
    return (where or bearing) and known_town(name)


#: A name the tagger calls a person or a people is taken as a place only when the gazetteer
#: has a division or a town at least this large by that name (villages share people's names).
_TOWN_POPULATION = 5000


def known_town(token: Token) -> bool:
    """Whether a proper name the NER read as a person or a people is a town or a division
    the gazetteer knows, and no people, group or country Muster knows ("Kidal", "Goma"; not
    "Afghan", "Taliban")."""
    if names_a_known_side(token) or token.ent_type_ in ("DATE", "TIME") or token.lower_ in _CALENDAR_WORDS:
        return False  # "the 12 June attack": a day, though GeoNames has a June
    return known_town_name(proper_name(token))


def known_town_name(name: str) -> bool:
    """Whether the gazetteer knows a name as a division or a town (not a hamlet)."""
    from pipeline.text import gazetteer

    return any(e.kind in ("admin1", "admin2") or (e.kind == "place" and e.population >= _TOWN_POPULATION)
               for e in gazetteer.lookup(name))


def proper_name(token: Token) -> str:
    """The proper nouns of a name ("Musa Qala" from "Qala"), as one string: the run of proper
    nouns that ends at the token, not names in phrases hung on it ("Musa Qala in Helmand
    province" is "Musa Qala")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= token.i:
        start -= 1
    return " ".join(t.text for t in doc[start : token.i + 1] if t.pos_ == "PROPN")


def names_a_known_side(token: Token) -> bool:
    """Whether a proper name, whole or its head word, is a people, group or country Muster
    knows ("the PKK", "Afghan", "Taliban")."""
    return sides.lookup(proper_name(token)) is not None or sides.lookup(token.text) is not None


_CALENDAR_WORDS = calendar_names.CALENDAR_WORDS


def unlabelled_place(prep: Token, obj: Token) -> bool:
    """A proper name after "near", "outside", "in", "into" or "at" (or "for"/"of" after a word for a
    fight over a place, "from" after a distance, or "to" when the gazetteer knows the town) is a place even when the NER did not
    label it one ("near Kursk" PRODUCT, "in Sirnak" ORG), unless it names a person, a people,
    a time or an armed group or organisation Muster knows ("in the PKK", "at the U.N.")."""
    if prep.lower_ == "to" and obj.pos_ == "PROPN":
        return known_town(obj)  # "deployed to Kidal", a destination the NER left unlabelled
    if prep.lower_ in ("for", "of") and obj.pos_ == "PROPN":
        # "the battle for Sanamein", "the siege of Homs" (ORG to the small model): a town the
        # gazetteer knows, fought over
        return lemma(prep.head) in lexicon().contested_place_nouns and known_town(obj)
    measured = any(found is not None and found[1] == prep
                   for found in (distance_from(prep), distance_from(prep.head)))  # "20 km from Kidal"
    measured = measured or (prep.lower_ == "of" and prep.head.lower_ in lexicon().compass_directions)  # "north of Musa Qala"
    if (prep.lower_ not in ("near", "outside", "in", "into", "at", "on") and not measured) or obj.pos_ != "PROPN":
        return False
    if prep.lower_ == "on" and lemma(prep.head) not in lexicon().incident_nouns:
        return False  # "an attack on Kidal", but not "on Ahmed's orders"
    if obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in _CALENDAR_WORDS or not_a_place_head(obj):
        return False  # "in the late Thursday fighting", "in June", "at the Peace Festival"
    if timex.names_no_day(obj.doc[obj.left_edge.i : obj.i + 1].text):
        return False  # "at around 1300 GMT": a clock time, whatever the NER called its zone
    units = lexicon().membership_nouns | lexicon().military_units
    if lemma(obj) in units or obj.lower_.rstrip("s") in units:
        return False  # "an official in the Izz al-Din al-Qassam Brigades": a force, no place
    if obj.ent_type_ == "PERSON" and prep.lower_ in ("near", "outside") and not known_town(obj):
        return _a_stranger_named_by_place(obj)  # "near Tessalit": a town the gazetteer lacks
    if obj.ent_type_ in ("PERSON", "NORP"):
        return known_town(obj)  # "in Kidal" (NORP), "near Goma" (PERSON) to the small model
    if person_class(obj) is not None or lemma(obj) in lexicon().speaker_nouns:
        return False  # "their interest in a Shiite Prime Minister": a person's title
    if prep.lower_ in ("in", "into", "at"):
        return not names_a_known_side(obj)
    return True


def _a_stranger_named_by_place(name: Token) -> bool:
    """Whether a one-word name the small model took for a person, told after "near" or
    "outside" ("killed near Tessalit"), is a place: one word, no people, group or country
    Muster knows, and told nowhere else in the article as part of a longer person's name, with
    a title ("Gen. Tessalit", "Ahmed Tessalit") or as someone who acts ("Tessalit arrived").
    Events happen near places more often than near people, so the slot decides what the model
    could not; a person named once, by one word, after "near" is still taken for a place."""
    doc = name.doc
    if proper_name(name) != name.text or names_a_known_side(name):
        return False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and name.text in (t.text for t in ent) and len(ent) > 1:
            return False  # "Ahmed Tessalit said ...": a person's surname
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and ent.text == name.text and before is not None and (
                person_class(before) is not None or _a_title_abbreviation(before)):
            return False  # "Gen. Tessalit", "Commander Tessalit"
    for other in doc:
        if other.text == name.text and other.i != name.i and other.dep_ == "nsubj" and (
                lemma(other.head) not in lexicon().place_subject_verbs):
            return False  # "Rabbani arrived at noon": someone who acts; not "Tessalit lies ..."
    return True


def _a_title_abbreviation(token: Token) -> bool:
    """"Gen.", "Col.", "Lt.": an abbreviation before a name, not a sentence's full stop."""
    return token.text.endswith(".") and len(token.text) > 1 and token.text[0].isupper()


def distance_from(token: Token) -> tuple[Token, Token] | None:
    """(distance, "from") of "some 50 km from Maiduguri" at either of its words, however the
    parser hung the two: "from" on the distance or the distance on "from", or neither on the
    other when the distance stands right before "from" (``_distance_before``)."""
    if token.dep_ == "prep" and token.lower_ == "from":
        distance = _distance_before(token) or next(
            (c for c in token.children if c.dep_ == "npadvmod" and c.ent_type_ == "QUANTITY"), None)
        return (distance, token) if distance is not None else None
    if token.dep_ == "npadvmod" and token.ent_type_ == "QUANTITY":
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        return (token, prep) if prep is not None else None
    return None


#: Words that may stand before a distance's figure ("some 50 km", "about 20 kilometers").
_ROUGHLY = frozenset({"about", "some", "around", "nearly", "roughly", "approximately", "almost", "just", "only"})


def _distance_before(word: Token) -> Token | None:
    """The first word of a distance told right before ``word`` ("some 50 km (31 miles)" before
    "from"): a word of roughness or none, a figure, a unit of length (lexicon
    ``distance_units``) and a conversion in brackets or none. Read by the words' order, since
    the parser hangs a distance anywhere: on the verb, on the site, or as the object itself."""
    doc = word.doc
    i = word.i - 1
    if i >= 0 and doc[i].text == ")":
        opening = next((t.i for t in reversed(doc[max(0, i - 6) : i]) if t.text == "("), None)
        if opening is None:
            return None
        i = opening - 1
    if i < 1 or lemma(doc[i]) not in lexicon().distance_units:
        return None
    i -= 1
    if not doc[i].like_num:
        return None
    if i >= 1 and doc[i - 1].like_num:
        i -= 1  # "two hundred meters"
    if i >= 1 and doc[i - 1].lower_ in _ROUGHLY:
        i -= 1
    return doc[i]


def distance_after(word: Token) -> tuple[Token, Token] | None:
    """(first word of the distance, "from") of a distance told right after a word: "an ambush
    30 km from Goma", "a camp 15 kilometres from Djibo", however the parser hung the pieces."""
    for token in word.doc[word.i + 2 : word.i + 12]:
        if token.lower_ == "from":
            first = _distance_before(token)
            return (first, token) if first is not None and first.i == word.i + 1 else None
    return None


def place_near(token: Token) -> tuple[Token, Token] | None:
    """(nearness word, head noun) of "close to the town of Baquba", "next to the main mosque",
    "outside of Mogadishu": an adverb of nearness (``near_words``) with its "to" or "of"
    phrase, which names where something happened, not where anyone went. Only on a verb ("Uri,
    close to the border" tells where a place lies), and only the phrase's own object ("close
    to observers in southern Lebanon" is close to people)."""
    if token.dep_ != "advmod" or token.head.pos_ not in ("VERB", "AUX") or lemma(token) not in lexicon().near_words:
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "of")), None)
    found = place_phrase(prep) if prep is not None else None
    return (token, found[1]) if found is not None and found[1].head == prep else None


#: The relations the parser gives a bearing after an incident noun ("a raid north of X", "a
#: car bombing west of X").
_BEARING_DEPS = frozenset({"advmod", "appos", "amod", "npadvmod", "dobj"})


def place_phrase(prep: Token, depth: int = 0) -> tuple[Token, Token] | None:
    """(first token, head noun) of a prepositional phrase naming a place. An event noun's own
    place phrase wins over the noun: "in a similar attack near Baghdad" -> "near Baghdad"."""
    lex = lexicon()
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        # "in and around the city of Mosul": the object hangs on the coordinated preposition;
        # "outside of the town of Baidoa": on the "of" after it
        objects = [o for c in prep.children if (c.dep_ == "conj" and c.pos_ == "ADP") or (
                       c.dep_ == "prep" and c.lower_ == "of")
                   for o in c.children if o.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    if obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in _CALENDAR_WORDS:
        # "exploded in Mosul Monday": the parser may make the place a compound of the day
        obj = next((c for c in obj.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC")), obj)
    first = prep if prep.lower_ in lex.kept_preps or prep.lower_ in lexicon().compass_directions else obj.left_edge
    if (lemma(obj) in lex.contested_place_nouns or obj.lower_ in lex.contested_place_nouns) and depth < 2 and not any(
            c.dep_ == "prep" and c.lower_ in lex.locative_preps and not _dates_only(c) for c in obj.children):
        for fought_over in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            if names_its_place(found := place_phrase(fought_over, depth + 1)):
                return found  # "during the battle for (control of) the oil town of Abyei": the town
    if lemma(obj) in lex.incident_nouns and (bearing := next(
            (c for c in obj.children if c.dep_ in _BEARING_DEPS and c.lower_ in lex.compass_directions), None)) is not None:
        # "in a raid 30 kilometres north of Baghdad": the bearing told of the incident, however
        # the parser hung it ("in a car bombing west of Baghdad": an apposition)
        of = next((p for p in bearing.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        found = place_phrase(of, depth + 1) if of is not None and depth < 2 else None
        set_off = bearing.left_edge.i > 0 and obj.doc[bearing.left_edge.i - 1].text == ","
        if found is not None and names_its_place(found) and not set_off:  # not "..., 40 miles west of X"
            return bearing.left_edge, found[1]
    if depth < 2 and (measured := _measured_place(obj, first, depth)) is not None:
        return measured  # "in an ambush 30 km from Goma", "at a camp 15 kilometres from Djibo"
    if lemma(obj) in lex.incident_nouns and not any(
            c.dep_ == "prep" and c.lower_ in lex.locative_preps for c in obj.children):
        # "in the Helmand battle": the place is the incident's modifier, not the incident
        from pipeline.rules.places import place_named_on  # places builds on this module

        named = place_named_on(obj)
        return (named, named) if named is not None else None
    if is_place_head(obj):
        if (told := _named_where(obj, depth)) is not None:
            return told  # "at the site where a helicopter crashed in Afghanistan"
        return first, obj
    if unlabelled_place(prep, obj):
        return first, obj  # "deployed near Kursk", "a minibus in Sirnak", whatever the NER said
    if depth < 2:
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in lex.locative_preps:
                if found := place_phrase(child, depth + 1):
                    return found
    if lemma(obj) in lex.membership_nouns and not any(
            t.ent_type_ in ("GPE", "LOC", "FAC") for t in obj.doc[obj.left_edge.i : obj.i]):
        # "soldiers in the Polish-led force that operates in southern Iraq": a force people
        # serve in is no place; the place it operates in, told in its own clause, is (a place
        # named before the noun, "near Damascus battling government forces", is a misparse)
        for clause in (c for c in obj.children if c.dep_ in ("relcl", "acl")):
            for child in clause.children:
                if child.dep_ == "prep" and child.lower_ in lex.locative_preps and (
                        found := place_phrase(child, depth + 1)):
                    return found  # "... that operates in southern Iraq"
                if child.dep_ == "dobj" and child.ent_type_ in ("GPE", "LOC"):
                    return child.left_edge, child  # "... that patrols northern Kosovo"
        return None
    if not_a_place_head(obj) and depth < 2:
        # "in support of Congolese forces in North Kivu province", "in the wake of fighting in
        # Kunduz": whose help or what came before names no place, the place it is told at does
        for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for child in (p for o in of.children if o.dep_ == "pobj" for p in o.children):
                if child.dep_ == "prep" and child.lower_ in lex.locative_preps and (
                        found := place_phrase(child, depth + 1)):
                    return found
        return None
    return (first, obj) if _is_place(_own_words(obj)) and not _never_a_place(obj) else None


def _measured_place(obj: Token, first: Token, depth: int) -> tuple[Token, Token] | None:
    """(first token, town) of a place told by its distance from a town right after the
    phrase's object: a site keeps its words ("a camp 15 kilometres from Djibo"); anything
    else, an incident ("an ambush 30 km from Goma") or a thing ("his car 10 km from Gao"), is
    the distance from the town. The parser may make the distance itself the object, with the
    site its modifier ("at a checkpoint 5 km from Baidoa")."""
    site = obj
    if lemma(obj) in lexicon().distance_units:
        site = next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.pos_ in ("NOUN", "PROPN")
                     and c.i < obj.i), None)
        if site is None:
            return None
    measured = distance_after(site)
    found = place_phrase(measured[1], depth + 1) if measured is not None else None
    if found is None or not names_its_place(found):
        return None
    return (first if is_place_head(site) else measured[0]), found[1]


def names_its_place(found: tuple[Token, Token] | None) -> bool:
    """Whether a place phrase names its place ("near Fallujah", "the town of Hillah"), not
    only a kind of place ("his home", "their tank")."""
    if found is None:
        return False
    tokens = list(found[1].subtree)
    head = found[1]
    if head.dep_ == "pobj" and unlabelled_place(head.head, head):
        return True
    if head.pos_ == "PROPN" and known_town(head):
        return True  # "a rocket hit Nahariya", whatever the tagger called it
    if _place_named_after_comma(head) is not None:
        return True  # "in the capital, Port-au-Prince", the name hung elsewhere
    if lemma(head) == "capital" and any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                                         for c in head.children) and not (
            head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in lexicon().compass_directions):
        # "the Afghan capital", "Somalia's capital": one city (``places._capital_named``); not a
        # bearing from it ("north of the Iraqi capital"), which a retelling may name more exactly
        return True
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") and not _owner_of_no_place(t) for t in tokens) or (
        any(lemma(t) in lexicon().place_nouns for t in tokens)
        and any(t.pos_ == "PROPN" for t in tokens))


def _owner_of_no_place(name: Token) -> bool:
    """Whether a place name is only the owner of something that is no place ("in protest of
    China's rule", "on the anniversary of Kenya's election crisis"), unlike "Syria's north" or
    "China's Xinjiang region", whose owned words name a place."""
    owner = name.head if name.dep_ == "compound" else name  # "Sierra Leone's": the last word
    if owner.dep_ != "poss":
        return False
    owned = owner.head
    return not (is_place_head(owned) or lemma(owned) in lexicon().settlement_nouns
                or owned.ent_type_ in ("GPE", "LOC", "FAC") or owned.lower_ in lexicon().compass_directions)


def unnamed_site(noun: Token) -> bool:
    """A kind of place with no name of its own ("the site", "the market"; not "Jabalia", "the
    Sadriyah market")."""
    return is_place_head(noun) and noun.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in _own_words(noun))


def _named_where(site: Token, depth: int) -> tuple[Token, Token] | None:
    """The named place a relative clause gives an unnamed site ("the site where a helicopter
    crashed yesterday in Afghanistan", "the spot where the convoy was hit near Gereshk", "a road
    that the troops patrol in south Mogadishu"), or None when the site has a name of its own."""
    if depth >= 2 or not unnamed_site(site):
        return None
    for clause in (c for c in site.children if c.dep_ == "relcl"):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in lexicon().locative_preps):
            found = place_phrase(prep, depth + 1)
            if found is not None and any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN"
                                         for t in found[1].doc[found[0].i : found[1].i + 1]):
                return found
    return None


def _own_words(noun: Token) -> list[Token]:
    """A noun phrase's own words, with its "of" phrases ("the north of the country") and an
    apposition that says what it is ("Kurram Agency, a tribal district"), but not the clauses
    or other phrases hung on it: "in stark contrast to bombs detonated in Ahwaz" names no place
    of its own."""
    return sorted(_phrase_words(noun, inside_of=False), key=lambda t: t.i)


def _phrase_words(noun: Token, inside_of: bool) -> list[Token]:
    """``_own_words``: inside an "of" phrase, a place it is in counts too ("the slum of Cite
    Soleil in Port-au-Prince")."""
    words = [noun]
    for child in noun.children:
        if child.dep_ in ("relcl", "acl", "advcl") or (child.dep_ == "prep" and child.lower_ != "of" and not (
                inside_of and child.lower_ in ("in", "near", "outside"))):
            continue
        if child.dep_ != "prep":
            words.extend(_phrase_words(child, inside_of))
        else:
            words.append(child)
            words.extend(w for c in child.children for w in _phrase_words(c, True))
    return words


def _never_a_place(noun: Token) -> bool:
    """A phrase headed by a loss, a death or a deployment is no place, whatever names it holds:
    "in the tragic loss of four U.S. service members" (an event noun; its own place phrase, when
    it has one, was tried first); nor one headed by a truce, an accord, a gathering or a span of
    time ("the ceasefire brokered by Egypt", "four years of fighting in the region"), nor
    one headed by people or a unit."""
    lex = lexicon()
    word = lemma(noun)
    if noun.pos_ == "NOUN" and (person_class(noun) is not None or word in lex.military_units):
        return True  # "attacks on U.S. forces", "with two Afghan brigades": people, not a place
    return (word in lex.noun_triggers and word not in lex.place_nouns) or not_a_place_head(noun)


#: Entity labels of a phrase head that is never a place: a time, a figure, an event, a law.
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL",
                               "ORDINAL", "EVENT", "LAW", "WORK_OF_ART"})


def not_a_place_head(noun: Token) -> bool:
    """"the Geneva Peace Festival", "the Doha Agreement", "9 a.m.", "162% of the output": the
    head of the phrase is an event, an accord, a time or a share (``not_place_nouns``), not
    the place it may name."""
    return noun.ent_type_ in _NOT_PLACE_LABELS or lemma(noun) in lexicon().not_place_nouns


def incident_reference(sentence: Span) -> Token | None:
    """A definite mention of an incident told before or after ("the attack", "during the
    combat", "the Helmand battle", "the same incident"): the sentence retells that incident."""
    incidents = lexicon().incident_nouns
    for token in sentence:
        if lemma(token) in incidents and token.pos_ == "NOUN" and (any(
            (c.dep_ == "det" and c.lower_ in ("the", "that", "this", "those", "these"))
            or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))  # "Monday's blast"
            for c in token.children
        ) or _told_as_there(token)) and not _describes_someone(token) and not _time_before(token):
            return token
    return None


def _time_before(incident: Token) -> bool:
    """"Before the ambush, ...", "Prior to the attack, ...": an incident that opens its sentence
    only to set a time before it; what the sentence tells is not that incident. (A force
    "stationed at the base before the attack" was there when it came, so that one still is.)"""
    prep = incident.head
    lead = prep.head if prep.lower_ == "to" and prep.head.lower_ == "prior" else prep
    return incident.dep_ == "pobj" and lead.lower_ in ("before", "prior") and lead.i == incident.sent.start


def _told_as_there(incident: Token) -> bool:
    """"There was an explosion in Kandahar this morning": an incident told as what there was,
    whose indefinite article the construction requires, not a new incident's; but "There was
    another incident in a restaurant" is a new one."""
    verb = incident.head
    return (incident.dep_ == "attr" and lemma(verb) == "be"
            and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
            and not any(c.lower_ in lexicon().other_incident_words for c in incident.children))


def _describes_someone(incident: Token) -> bool:
    """"killed a leader tied to the attack on a nightclub", "the man behind the bombing", "the
    mastermind of the raid": the incident only says who someone is, through a word that links a
    person to it (``linking_words``), so the sentence does not retell it. Not the people who
    made or suffered it ("fighters who launched a raid", "victims of an attack")."""
    linking = lexicon().linking_words
    path = []
    for node in incident.ancestors:
        if node.pos_ in ("NOUN", "PROPN") and person_class(node) is not None:
            return any(lemma(t) in linking or t.lower_ in linking for t in (*path, node))
        path.append(node)
    return False


def forces_retold(sentence: Span) -> Token | None:
    """"The troops will be deployed immediately": a deployment verb whose subject or object is
    a definite force with no count of its own retells a deployment counted just before."""
    for token in sentence:
        found = _trigger_of_word(token)
        if found is None or found.type != "deployment":
            continue
        for child in token.children:
            if (child.dep_ in ("nsubj", "nsubjpass", "dobj") and person_class(child) == "combatant"
                    and _told_again(child)):
                return token
    return None


def _told_again(noun: Token) -> bool:
    """People named again by "the", "these" or "those", with no count of their own ("The
    troops", "the soldiers"): the ones counted before."""
    return (any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
            and not any(c.dep_ == "nummod" for c in noun.children))


def people_retold(sentence: Span, people: str, outcome: str | None) -> Token | None:
    """"Bombs wounded five U.S. soldiers ... The soldiers were wounded Saturday when their
    vehicle was hit in eastern Kunar province": a casualty verb of the same outcome whose
    subject or object is the counted people again (``people``, the counted noun's lemma), by
    "the" and with no count of its own, retells their harm; its day and place are theirs."""
    for token in sentence:
        found = _trigger_of_word(token)
        if found is None or found.type != "casualty" or found.outcome != outcome:
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma(child) == people and _told_again(child):
                return token
    return None


def told_of(incident: Token, token: Token) -> bool:
    """Whether a word is said of the incident: inside its phrase ("the attack that happened
    on Sunday") or on its own predicate ("the attack occurred Sunday"), not "was the second
    this week"."""
    if token in incident.subtree:
        return True
    predicate = incident.head
    if predicate.lemma_ == "be" and not _told_as_there(incident):
        return False  # "there was an explosion this morning": the day is the explosion's
    incidents = lexicon().incident_nouns
    while token != predicate:
        if token.head == token or (token.pos_ in ("VERB", "AUX") and token != predicate
                                   and not _while_it_happened(token, predicate)):
            return False
        if token.pos_ == "NOUN" and lemma(token) in incidents:
            return False  # "The attack came after the assault on the mosque in Islamabad": that one's
        token = token.head
    return True


def _while_it_happened(clause: Token, predicate: Token) -> bool:
    """"The attack came as the troops were searching the forest in the Sukma district": a clause
    on the incident's verb telling what was going on when it happened, whose place is its place."""
    return clause.dep_ == "advcl" and clause.head == predicate and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in clause.children)


def goes_on_into(incident: Token) -> bool:
    """"The fighting lasted into Thursday morning": the incident began earlier, on the day the
    sentence before told."""
    verb = incident.head
    return incident.dep_ == "nsubj" and lemma(verb) in lexicon().lasting_verbs and any(
        c.dep_ == "prep" and c.lower_ in ("into", "until", "till", "through") for c in verb.children)


def incidents_told_before(ref: Token, limit: int) -> list[Token]:
    """The earlier mentions of an incident (a noun like "combat", "attack", "battle") within
    a few sentences, the latest first: what a definite "the combat" points back at."""
    incidents = lexicon().incident_nouns
    return [token for token in reversed(ref.doc[limit : ref.sent.start])
            if lemma(token) in incidents and not in_since_clause(token) and not _of_a_kind(token)]


def _of_a_kind(noun: Token) -> bool:
    """"These attacks have reached today an unprecedented level", "such raids": attacks of a
    kind, spoken of together, not one incident whose day a later toll could take."""
    return noun.tag_ == "NNS" and any(
        c.lower_ in ("these", "those", "such") and c.dep_ in ("det", "amod", "predet") for c in noun.children)


def in_an_earlier_incident(token: Token) -> bool:
    """"The ambush followed the bombing of a mosque in Kabul, where 12 worshippers died", "...
    came two months after the raid on the prison in which 40 inmates were killed", "The blast
    followed the killing of 20 pilgrims": harm told
    inside a phrase about another incident, named as what the one in focus came after. It
    happened before that one's day, so takes no day from the sentences around it."""
    incidents = lexicon().incident_nouns
    for node in (token, *token.ancestors):  # "followed the killing of 20 pilgrims": the harm itself
        if node.pos_ == "NOUN" and (lemma(node) in incidents or node == token) and (
                node.dep_ == "pobj" and node.head.lower_ in ("after", "following")
                or node.dep_ == "dobj" and lemma(node.head) == "follow"):
            return True
    return False


def told_as_background(token: Token) -> bool:
    """Whether a word is told of an earlier incident the report sets the one in focus against,
    in a "since" phrase ("the deadliest since an assault in Baghlan in 2017"): its place is
    that incident's; so is one that says who someone is (``in_who_someone_is``). Not a "since"
    of a non-incident ("a month since the signing of the truce, with battles in Donetsk")."""
    incidents = lexicon().incident_nouns
    return in_who_someone_is(token) or any(
        node.dep_ == "pobj" and lemma(node) in incidents
        and (node.head.lower_ == "since" or timed_from_earlier(node.head))
        for node in token.ancestors)


def day_of_a_statement(day: Span) -> bool:
    """Whether a date is told as the day of a statement ("in Sunday's statement", "said in a
    statement on Monday", "Tuesday's briefing"): the report's day, not the incident's."""
    root = day.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "on":
        head = head.head  # "a statement on Monday"
    elif root.dep_ not in ("poss", "compound", "npadvmod"):
        return False
    return head != root and head.pos_ == "NOUN" and lemma(head) in lexicon().statement_nouns


def in_who_someone_is(token: Token) -> bool:
    """Whether a word is told of an incident that only says who someone is ("killed a leader
    tied to the New Year's Eve attack on a nightclub in Istanbul"): its place and day are that
    incident's, not the killing's."""
    incidents = lexicon().incident_nouns
    return any(lemma(node) in incidents and _describes_someone(node) for node in (token, *token.ancestors))


def timed_from_earlier(prep: Token) -> bool:
    """Whether a preposition times its clause by an earlier incident at a stated remove ("hours
    after the bombing in Kunduz", "two days after the ambush", "a week following the raid"):
    that incident is another one, with its own place."""
    return prep.lower_ in ("after", "following") and (
        prep.head.dep_ == "npadvmod" or any(c.dep_ == "npadvmod" for c in prep.children))  # "Days after"


def since_of_its_day(token: Token) -> Token | None:
    """The "since" of "the deadliest day since May 4, when five soldiers died" when ``token``
    is in that "when" clause, or of "the deadliest since the 2015 bombings, in which 40 people
    died" when it is in a clause on the incident compared with: the clause tells what happened
    on that day, a single time, not the running total since it. None otherwise."""
    if (since := _since_of_its_incident(token)) is not None:
        return since
    for node in (token, *token.ancestors):
        when = next((c for c in node.children if c.lower_ == "when" and c.dep_ == "advmod"), None)
        if when is not None:
            before = token.doc[when.i - 1] if when.i > 0 else when
            if before.text == "," and when.i > 1:
                before = token.doc[when.i - 2]
            return next((a for a in (before, *before.ancestors) if a.lower_ == "since"), None)
        if node.dep_ in ("relcl", "advcl", "ccomp", "ROOT"):
            return None
    return None


def _since_of_its_incident(token: Token) -> Token | None:
    """The "since" whose object is an incident told by the relative clause ``token`` sits in
    ("since the 2017 truck bombing, which killed 500", "since a 2020 raid in which insurgents
    killed 11 guards"); None otherwise."""
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            incident = node.head
            since = incident.head
            if (incident.dep_ == "pobj" and since.lower_ == "since"
                    and lemma(incident) in lexicon().incident_nouns):
                return since
            return None
        if node.dep_ in ("ccomp", "ROOT"):
            return None
    return None


def telling_prep(token: Token) -> Token | None:
    """The preposition on a reporting verb that a word's phrase hangs from ("In Moscow, the
    ministry said"; "At a rally in London on Sunday, a woman said", through the rally): the
    setting of the telling. None when a verb comes first, and when the phrase, reached through
    a noun, is an incident ("In the attack on Sunday, police said": the incident's own)."""
    for node in (token, *token.ancestors):
        if (node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX")
                and lemma(node.head) in lexicon().attribution_verbs):  # not "the state of Bayelsa"
            if node != token and any(c.dep_ == "pobj" and lemma(c) in lexicon().incident_nouns
                                     for c in node.children):
                return None
            return node
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def in_since_clause(token: Token) -> bool:
    """"since Israel launched its offensive after the October 7 attack": background."""
    return any(c.lower_ == "since" and c.dep_ in ("mark", "prep")
               for node in token.ancestors for c in node.children)
