"""Assemble deployment, presence and casualty events from a parsed Doc.

The event is anchored on a count. For every count expression in a sentence (``counts.py``) we
find the noun it counts in the dependency parse, check that the noun names people, then climb
from the noun to the word that says what happened to them (the trigger: "killed", "deployed",
"casualties", "operating"). Actor, location, date and source are read off the same parse around
the noun and the trigger. Nothing here changes the Doc: every function reads tokens and returns
plain values, and the only output is a list of event dicts with spans into ``doc.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from . import actors
from .counts import CountMatch, ordinal_value, scan_counts
from .dates import find_date_spans, is_dateline
from .resources import load_json

DateResolver = Callable[[Span], "dict | None"]

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
    hypothetical_marks: frozenset
    planned_aux: frozenset
    planned_heads: frozenset
    release_cues: frozenset
    locative_preps: frozenset
    kept_preps: frozenset
    place_nouns: frozenset


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = load_json("lexicon.json")
    person_class = {}
    for klass in ("neutral", "combatant", "civilian"):
        for word in raw["person_nouns"][klass]:
            person_class[word] = klass
    return Lexicon(
        person_class=person_class,
        verb_triggers={k: tuple(v) for k, v in raw["verb_triggers"].items()},
        noun_triggers={k: tuple(v) for k, v in raw["noun_triggers"].items()},
        **{
            name: frozenset(raw[name])
            for name in (
                "tally_nouns", "attribution_verbs", "hedges", "hypothetical_aux",
                "valuation_verbs", "suffering_verbs",
                "hypothetical_heads", "hypothetical_marks", "planned_aux", "planned_heads",
                "release_cues", "locative_preps", "kept_preps", "place_nouns",
            )
        },
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _person_class(token: Token | None) -> str | None:
    """'combatant', 'civilian', 'neutral' for a people noun, else None.

    A nationality noun ("Canadians", "one American") names people too (neutral).
    """
    if token is None:
        return None
    lex = lexicon()
    lower = token.lower_
    for key in (_lemma(token), lower, lower[:-1] if lower.endswith("s") else None):
        if key in lex.person_class:
            return lex.person_class[key]  # the last key: plural proper nouns ("Marines")
    if token.ent_type_ == "NORP" or (token.pos_ == "PROPN" and actors.lookup(token.text)):
        return "neutral"
    return None


@dataclass
class Trigger:
    token: Token
    type: str
    outcome: str | None


@dataclass
class Candidate:
    """One count read as an event, before deduplication."""

    count: CountMatch
    count_span: tuple[int, int]
    number_token: Token
    noun: Token | None
    trigger: Trigger
    sentence: Span
    fields: dict = field(default_factory=dict)


# --- finding the counted noun --------------------------------------------------------------


def _number_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _counted_noun(number: Token) -> tuple[Token | None, Token]:
    """The noun a number counts, and the token that carries the phrase's role in the clause.

    "3,500 soldiers": (soldiers, soldiers); "dozens of militants": (militants, dozens);
    "killing 12": (None, 12).
    """
    token = number
    for _ in range(3):
        if token.dep_ in ("nummod", "quantmod", "det", "amod", "compound", "advmod", "npadvmod") and token.head != token:
            if token.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                noun = _past_unit_label(token.head)
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
    return None, token


UNIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _past_unit_label(noun: Token) -> Token:
    """The parser often takes a unit label for the counted noun: "another 13th COSCOM soldier"
    hangs "another" on "13th". Step over an ordinal to the people noun it labels."""
    if not UNIT_ORDINAL.fullmatch(noun.text):
        return noun
    for token in noun.doc[noun.i + 1 : noun.i + 5]:
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            break
        if _person_class(token):
            return token
    return noun


# --- finding the trigger --------------------------------------------------------------------


def _trigger_of_word(token: Token) -> Trigger | None:
    lex = lexicon()
    lemma = _lemma(token)
    if token.pos_ in ("VERB", "AUX", "ADJ") and lemma in lex.verb_triggers:
        return Trigger(token, *lex.verb_triggers[lemma])
    if token.pos_ in ("VERB", "ADJ") and token.lower_ in lex.verb_triggers:
        return Trigger(token, *lex.verb_triggers[token.lower_])
    return None


def _nominal_trigger(noun: Token) -> Trigger | None:
    lex = lexicon()
    for key in (noun.lower_, _lemma(noun)):  # the surface first: "losses" is not "loss"
        if key in lex.noun_triggers:
            return Trigger(noun, *lex.noun_triggers[key])
    return None


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


def _predicate_trigger(verb: Token) -> Trigger | None:
    """The trigger of a clause whose verb is ``verb``: the verb itself, or for a copula the
    adjective or "among the dead" it governs ("were missing", "was among the dead")."""
    found = _trigger_of_word(verb)
    if found:
        return _either_outcome(found)
    if _lemma(verb) in ("be", "remain", "become", "go", "get", "lie", "leave"):
        for child in verb.children:
            if child.dep_ in ("acomp", "attr", "oprd", "xcomp"):
                found = _trigger_of_word(child) or (
                    _nominal_trigger(child) if child.dep_ == "attr" else None
                )
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("among", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = _nominal_trigger(obj)
                        if found and found.type == "casualty":
                            return found
    return None


def _has_place(verb: Token, preps: tuple[str, ...]) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and (found := _place_phrase(child)):
            if _is_place_head(found[1]):
                return True
    return False


def _motion_or_station(verb: Token, argument: Token) -> Trigger | None:
    """Constructions whose verb is no trigger by itself:
    - object control, "ordered 5,000 troops to deploy": the controlled verb is the trigger;
    - caused motion, "ordered 30,000 more troops to Iraq": an object sent to a place;
    - location, "1,400 troops are now in Mali", "the U.N. has 20,000 peacekeepers in Darfur"."""
    if argument.dep_ == "dobj":
        for child in verb.children:
            infinitive = child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            if child.dep_ == "xcomp" or infinitive:
                for controlled in (child, *(c for c in child.children if c.dep_ == "xcomp")):
                    found = _trigger_of_word(controlled)
                    if found and found.type == "deployment":
                        return found
        if _has_place(verb, ("to", "into")) or (
            _lemma(verb) in ("put", "place", "land", "insert") and _has_place(verb, ("in", "on"))
        ):
            return Trigger(verb, "deployment", None)
        if _lemma(verb) in ("have", "keep", "maintain", "station") and (
            _has_place(verb, ("in", "inside", "across")) or _has_place(argument, ("in", "inside", "across"))
        ):
            return Trigger(verb, "presence", None)
    if argument.dep_ == "nsubj" and _lemma(verb) == "be" and _has_place(verb, ("in", "inside", "across", "near")):
        return Trigger(verb, "presence", None)
    return None


def _tally_trigger(verb: Token, lex: Lexicon) -> tuple[Trigger, Token | None] | None:
    """"the death toll was more than 70", "brought to 403 the number of soldiers killed":
    the count is the value of a tally noun; the tally's modifiers say what was counted."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and _lemma(child) in lex.tally_nouns:
            people = None
            for sub in child.subtree:
                if sub == child:
                    continue
                trig = _trigger_of_word(sub) or _nominal_trigger(sub)
                if people is None and _person_class(sub) and sub.pos_ in ("NOUN", "PROPN"):
                    people = sub
                if trig and trig.type == "casualty":
                    return trig, people
    return None


def _noun_trigger(noun: Token) -> Trigger | None:
    """A trigger on the noun itself ("casualties") or modifying it ("people killed")."""
    found = _nominal_trigger(noun)
    if found:
        return found
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod") and (found := _trigger_of_word(child)):
            return found
    return None


def _find_trigger(start: Token, noun: Token | None) -> Trigger | None:
    """Climb from the counted noun (or the bare number) to the word saying what happened."""
    lex = lexicon()
    fallback = None
    if noun is not None and (found := _noun_trigger(noun)):
        if _person_class(noun) is None or found.token != noun:
            return found
        fallback = found  # "three prisoners were killed": the verb says what happened to them
    token = start
    for _ in range(MAX_CLIMB):
        head = token.head
        if token.dep_ in CLIMB_THROUGH and head != token:
            token = head
            continue
        if token.dep_ == "pobj":
            prep = head
            if prep.lower_ in ("including", "among", "of") and prep.head != prep:
                owner = _total_noun(prep) or prep.head
                if prep.lower_ == "of" and owner.pos_ in ("NOUN", "PROPN"):
                    if (found := _nominal_trigger(owner)) and found.type != "presence":
                        return found
                elif owner.pos_ in ("NOUN", "PROPN") and (found := _noun_trigger(owner)):
                    return found
                token = owner
                continue
            if prep.lower_ == "with" and "along" in (prep.head.lower_, prep.nbor(-1).lower_ if prep.i else ""):
                # "3,300 soldiers, along with 700 personnel, will deploy"
                token = prep.head.head if prep.head.lower_ == "along" else prep.head
                continue
            if prep.lower_ in ("to", "at") and head.head != head:
                verb = head.head
                tally = _tally_trigger(verb, lex)
                if tally:
                    return tally[0]
                if found := _valued_noun_trigger(verb, lex):
                    return found
            break
        if token.dep_ in ARGUMENT_DEPS or token.dep_ in ("acl", "advcl", "xcomp", "ccomp", "conj", "pcomp"):
            verb = head if token.dep_ != "ROOT" else token
            found = _predicate_trigger(verb)
            if found:
                return found
            if noun is not None and (found := _motion_or_station(verb, token)):
                return found
            if token.dep_ in ("attr", "dobj", "oprd"):
                tally = _tally_trigger(verb, lex)
                if tally:
                    return tally[0]
            if token.dep_ in SUBJECT_DEPS or token.dep_ == "attr":
                # "Eight people were killed and 100 wounded": a shared subject's conjoined verbs
                for conj in verb.children:
                    if conj.dep_ == "conj" and (found := _predicate_trigger(conj)):
                        return found
                if _is_existential(verb) and noun is not None:
                    return Trigger(verb, "presence", None)
            if token.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
                token = head
                continue
            break
        break
    return fallback


def _compound_trigger(noun: Token) -> Trigger | None:
    """A nominal trigger on a noun or its compound modifier ("a casualty rate")."""
    for token in (noun, *(c for c in noun.children if c.dep_ == "compound")):
        if found := _nominal_trigger(token):
            return found
    return None


def _valued_noun_trigger(verb: Token, lex: Lexicon) -> Trigger | None:
    """"casualties stood at 400", "a casualty rate, estimated at 4,000": the count is the
    value a valuation verb gives to a trigger noun (its subject, object or the noun it modifies)."""
    if _lemma(verb) not in lex.valuation_verbs:
        return None
    nouns = [verb.head] if verb.dep_ == "acl" else [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]
    for noun in nouns:
        if found := _compound_trigger(noun):
            return found
    return None


def _total_noun(prep: Token) -> Token | None:
    """The noun a breakdown belongs to: "eight people killed, including two children" ->
    people, also when the parser hangs "including" on the verb instead of the noun."""
    if prep.lower_ not in ("including", "among"):
        return None
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return owner
    objects = [c for c in owner.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.i < prep.i]
    return objects[-1] if objects else None


def _is_existential(verb: Token) -> bool:
    """"There are more than 1,500 Ukrainian soldiers in ...": existential be with a place."""
    return _lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children)


# --- filters --------------------------------------------------------------------------------


def _negated(trigger: Token, noun: Token | None) -> bool:
    for token in (trigger, noun):
        if token is None:
            continue
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")):
                return True
    return False


def _hypothetical(trigger: Token, count_start: Token) -> bool:
    lex = lexicon()
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in lex.hypothetical_aux:
            return True
        if child.dep_ == "mark" and child.lower_ in lex.hypothetical_marks:
            return True
    for token in (trigger, count_start):
        for ancestor in token.ancestors:
            if _lemma(ancestor) in lex.hypothetical_heads:
                return True
            if any(c.dep_ == "mark" and c.lower_ in lex.hypothetical_marks for c in ancestor.children):
                return True
    return False


# --- fields -----------------------------------------------------------------------------------


def _entity_actor(tokens) -> tuple[list, list[Token]]:
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
        # the entity ruler put the code in ent_id_; the statistical NER's entities are looked up
        code = ent.ent_id_ or (hit.code if (hit := actors.lookup(ent.text)) else None)
        if not code:
            continue
        if code not in codes:
            codes.append(code)
            named.append(ent)
    return codes, named


def _actor(noun: Token | None, number: Token, trigger: Trigger, sentence: Span) -> dict | None:
    """Whose people: the nationality or group modifying the noun, else the deploying subject,
    else a generic armed class for unnamed militants."""
    doc = number.doc
    if noun is not None:
        window = [t for t in noun.subtree if t.i <= noun.i] + [noun]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                window.extend(child.subtree)
        window.extend(doc[min(number.i, noun.i) : max(number.i, noun.i) + 1])
        codes, named = _entity_actor(sorted(set(window), key=lambda t: t.i))
        if codes:
            return _actor_record(doc, codes, named)
    if trigger.type == "deployment" and trigger.token.pos_ in ("VERB", "AUX"):
        verb = trigger.token
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects:
                codes, named = _entity_actor(subjects[0].subtree)
                if codes:
                    return _actor_record(doc, codes[:1], named[:1])
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
            if _lemma(verb) in lexicon().suffering_verbs:
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                codes, named = _entity_actor(subjects[0].subtree) if subjects else ([], [])
                if codes:
                    return _actor_record(doc, codes[:1], named[:1])
                break
    if noun is not None:
        generic = actors.lookup(noun.text) or actors.lookup(noun.lemma_)
        if generic and generic.kind == "generic":
            return {"text": noun.text, "start": noun.idx, "end": noun.idx + len(noun.text),
                    "country": None, "group": generic.code}
    return None


def _actor_record(doc: Doc, codes: list, named: list[Span]) -> dict:
    start, end = named[0].start_char, named[-1].end_char
    countries = [c for c in codes if actors.is_country_code(c)]
    groups = [c for c in codes if not actors.is_country_code(c)]
    country = countries[0] if len(countries) == 1 else (countries or None)
    return {
        "text": doc.text[start:end], "start": start, "end": end,
        "country": country,
        "group": groups[0] if groups and not countries else None,
    }


def _is_place(span_tokens) -> bool:
    lex = lexicon()
    for token in span_tokens:
        if token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG", "PRODUCT", "PERSON", "NORP") and token.is_title:
            continue
        if _lemma(token) in lex.place_nouns and token.pos_ == "NOUN":
            return True
    return False


DIRECTIONS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast"}
TRAILING_CLAUSES = {"relcl", "acl", "advcl", "punct", "cc", "appos", "prep"}


def _phrase_end(obj: Token) -> int:
    """End offset of a noun phrase without the clauses and asides that trail it."""
    last = obj
    for child in obj.children:
        if child.i > obj.i and child.dep_ not in TRAILING_CLAUSES:
            last = max(last, child.right_edge, key=lambda t: t.i)
        elif child.i > obj.i and child.dep_ == "prep" and child.lower_ == "of":
            last = max(last, child.right_edge, key=lambda t: t.i)
    return last.idx + len(last.text)


def _is_place_head(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") or (
        token.pos_ == "NOUN" and _lemma(token) in lexicon().place_nouns
    )


def _place_phrase(prep: Token, depth: int = 0) -> tuple[Token, Token] | None:
    """(first token, head noun) of a prepositional phrase naming a place. An event noun's own
    place phrase wins over the noun: "in a similar attack near Baghdad" -> "near Baghdad"."""
    lex = lexicon()
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    first = prep if prep.lower_ in lex.kept_preps or prep.lower_ in DIRECTIONS else obj.left_edge
    if _is_place_head(obj):
        return first, obj
    if depth < 2:
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in lex.locative_preps:
                if found := _place_phrase(child, depth + 1):
                    return found
    return (first, obj) if _is_place(list(obj.subtree)) else None


def _location_of(head: Token, deployment: bool) -> dict | None:
    lex = lexicon()
    best = None
    for child in head.children:
        if child.dep_ == "advmod" and child.lower_ in DIRECTIONS:
            # "north of Baghdad": a direction adverb heading an "of" phrase
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "of"]
            found = _place_phrase(preps[0]) if preps else None
            rank = 1
            if found:
                found = (child, found[1])
        elif child.dep_ == "prep" and child.lower_ in lex.locative_preps:
            if deployment and child.lower_ == "from":
                continue
            found = _place_phrase(child)
            rank = 0 if (deployment and child.lower_ in ("to", "into")) else 1
        else:
            continue
        if found and (best is None or rank < best[0]):
            best = (rank, found[0], found[1])
    if best is None:
        return None
    return _place_record(best[1], best[2])


def _place_record(first: Token, obj: Token) -> dict:
    """The location dict for a place phrase from ``first`` to the end of ``obj``'s phrase,
    with the ISO code of the country it names, if any."""
    start, end = first.idx, _phrase_end(obj)
    text = obj.doc.text
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
        end -= 1  # "the western city of Herat," -> without the trailing comma
    code = None
    for token in obj.subtree:
        if token.ent_type_ == "GPE":
            if token.ent_id_ and actors.is_country_code(token.ent_id_):
                code = token.ent_id_
                break
            found = actors.lookup(token.text)
            if found and found.kind == "country":
                code = found.code
                break
    return {"text": text[start:end], "start": start, "end": end, "country": code}


def _context_place(sentence: Span, previous: Span | None, event_type: str) -> dict | None:
    """A place for an event whose clause names none: the incident's place named elsewhere in
    its sentence, else in the sentence before (GUIDELINES §5: "the most specific place text
    that the article ties to this event")."""
    if event_type == "deployment":
        return None  # a deployment's place is its destination, never a neighbour's place
    for span in (sentence, previous):
        if span is not None and (places := _sentence_places(span)):
            return places[0]
    return None



def _paragraph_break(previous: Span, sentence: Span) -> bool:
    """Whether a line break separates two sentences (spaCy may keep it inside either)."""
    text = sentence.doc.text
    last = max((t for t in previous if not t.is_space), key=lambda t: t.i, default=None)
    first = min((t for t in sentence if not t.is_space), key=lambda t: t.i, default=None)
    if last is None or first is None:
        return True
    return "\n" in text[last.idx + len(last.text) : first.idx]


def _context_date(events: list[dict], sentence: Span, previous: Span | None) -> dict | None:
    """The incident's date told by an event in the sentence before, in the same paragraph
    ("Hundreds of fighters clashed Wednesday night. Nearly 30 militants were killed"):
    GUIDELINES §5, a date from context. Running totals neither give nor take one."""
    if previous is None or _paragraph_break(previous, sentence):
        return None
    for event in reversed(events):
        if event["sentence"]["start"] == previous.start_char and event["date"] and not event["cumulative"]:
            return event["date"]
    return None


def _in_reporter(token: Token) -> bool:
    """Whether a token is inside the subject of a reporting verb ("officials in Baghdad said")."""
    lex = lexicon()
    for node in (token, *token.ancestors):
        if node.dep_ in SUBJECT_DEPS and _lemma(node.head) in lex.attribution_verbs:
            return True
    return False


def _sentence_places(sentence: Span) -> list[dict]:
    """Every place phrase in a sentence ("in the town of Leego", "near Fallujah"), in order:
    the candidates for events of the same incident that name no place of their own."""
    lex = lexicon()
    places = []
    for token in sentence:
        if token.dep_ == "prep" and token.lower_ in lex.locative_preps and token.lower_ != "from":
            if _in_reporter(token):
                continue  # "military officials in Baghdad reported": where the source sits
            found = _place_phrase(token)
            if found and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in found[1].subtree):
                places.append(_place_record(*found))
    return places


def _location(trigger: Trigger, noun: Token | None, number: Token) -> dict | None:
    """Where: a place phrase governed by the trigger (the destination for a deployment), the
    counted noun, or the verbs above them in the same sentence."""
    deployment = trigger.type == "deployment"
    heads = [trigger.token]
    if noun is not None:
        heads.append(noun)
    token = trigger.token
    for _ in range(3):
        if token.head == token:
            break
        token = token.head
        if _lemma(token) in lexicon().attribution_verbs:
            break
        heads.append(token)
    for head in heads:
        found = _location_of(head, deployment)
        if found:
            return found
    return None


def _source(
    trigger: Token, count: Token, sentence: Span, speakers: list[dict], *,
    trigger_reports: bool = False,
) -> dict | None:
    """Who gives the figure: "according to X", or the subject of a reporting verb above the
    trigger ("X said", "X estimates"); the trigger itself when it is the reporting verb of an
    elliptical figure. A pronoun subject ("he announced") is the nearest speaker named above it
    in the same sentence, else the last speaker named before (``speakers``). A subject that
    contains the count ("a captured soldier reveals") is what is counted, not who counts."""
    lex = lexicon()
    doc = trigger.doc
    for token in sentence:
        if token.lower_ == "according" and token.dep_ == "prep":
            end_token = token.right_edge
            start, end = token.idx, end_token.idx + len(end_token.text)
            return {"text": doc.text[start:end], "start": start, "end": end}
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
    lex = lexicon()
    if _lemma(verb) not in lex.attribution_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "dobj" and _lemma(c) == "life" for c in verb.children):
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
    return {"text": subject.doc.text[start:end], "start": start, "end": end}


def _sentence_speakers(sentence: Span) -> list[dict]:
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
    """Whether a token sits in a relative clause that does not contain the trigger."""
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            return trigger not in node.subtree
        if node == trigger:
            return False
    return False


def _date(trigger: Token, date_spans: list[Span], resolve: DateResolver) -> tuple[dict | None, str | None]:
    """The event date: the DATE entity nearest the trigger in the parse. A date that modifies
    only a reporting verb above the trigger ("the military said Saturday") is the report date,
    and a date outside the trigger's tree (a dateline) is used only when nothing else is."""
    lex = lexicon()
    best, reported, loose = None, None, None
    for ent in date_spans:
        if _in_other_clause(ent.root, trigger):
            continue  # "near Jabalia, where troops have fought since October": not this event
        resolved = resolve(ent)
        if resolved is None:
            continue
        head = ent.root.head
        if (
            _lemma(head) in lex.attribution_verbs
            and head in trigger.ancestors
            and ent.root not in trigger.subtree
        ):
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


def _flags(candidate: Candidate) -> dict:
    lex = lexicon()
    trigger = candidate.trigger
    token = trigger.token
    sentence = candidate.sentence
    words = {t.lower_ for t in sentence}
    lemmas = {_lemma(t) for t in sentence}
    hedge = next((t.lower_ for t in sentence if t.lower_ in lex.hedges), None)
    planned = False
    if trigger.type == "deployment":
        chain = [token, *list(token.ancestors)[:3]]
        planned = any(
            c.dep_ == "aux" and c.lower_ in lex.planned_aux for t in chain for c in t.children
        ) or any(_lemma(t) in lex.planned_heads for t in chain[1:])
        if token.pos_ == "NOUN" and _lemma(token.head) in lex.planned_heads:
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


# --- assembly -------------------------------------------------------------------------------


def _civilian(noun: Token | None, trigger: Trigger) -> bool | None:
    if trigger.type != "casualty":
        return False
    klass = _person_class(noun)
    if noun is not None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and _person_class(child) == "civilian":
                return True  # "civilian interpreter", not "policemen and a civilian"
    if klass == "civilian":
        return True
    if klass == "combatant":
        return False
    return None


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
        if not value or not _person_class(noun) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children
        ):
            continue
        trigger = _noun_trigger(noun)
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
        number = _number_token(doc, sentence.start_char + match.number_start,
                               sentence.start_char + match.number_end)
        if number is None:
            continue
        noun, anchor = _counted_noun(number)
        if number.lower_ == "one" and anchor == number and noun is not None and _person_class(noun) is None:
            continue  # "one of its worst losses": one item of a set, not one person
        klass = _person_class(noun)
        if noun is not None and klass is None and _nominal_trigger(noun) is None:
            continue  # a count of things: "three helicopter raids", "five locations"
        if match.kind == "article" and noun is None and number.pos_ not in ("PRON", "NUM"):
            continue
        trigger = _find_trigger(anchor, noun)
        if trigger is None:
            if noun is None and _elliptical(number):
                verb = number.head if number.dep_ == "dobj" else number.head.head
                found.append(Candidate(match, (start, sentence.start_char + match.end), number,
                                       None, Trigger(verb, ELLIPSIS, None), sentence))
            continue
        if match.kind == "article" and (noun is None and number.lower_ in ("a", "an") or trigger.token == noun):
            continue  # "a deployment", "a prisoner exchange": an article alone claims no count
        if noun is None and trigger.type != "casualty":
            continue
        if trigger.type in ("presence", "deployment") and klass == "civilian":
            continue  # "the company sent 300 workers": forces are deployed, not staff
        if trigger.type == "presence" and klass not in ("combatant", None) and _nominal_trigger(noun) is None:
            continue
        if _negated(trigger.token, noun) or _hypothetical(trigger.token, number):
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
    lex = lexicon()
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("around", "about", "at", "over") and head.dep_ == "prep":
        head = head.head  # the parser reads "estimated around 3,600" as a preposition
    elif number.dep_ != "dobj":
        return False
    return _lemma(head) in lex.attribution_verbs or _lemma(head) in lex.valuation_verbs


def _coordinated_singulars(first: Candidate, second: Candidate) -> bool:
    """"An officer and a reservist soldier": two singular people coordinated under one verb."""
    return (
        first.count.kind == "article" and second.count.kind == "article"
        and first.noun is not None and second.noun is not None
        and second.noun.dep_ == "conj" and second.noun.head == first.noun
        and first.trigger.token == second.trigger.token
        and not _different_sides(first.noun, second.noun)
    )


def _different_sides(a: Token, b: Token) -> bool:
    """"A Jordanian officer and a peacekeeper from Senegal": two sides, two claims."""
    def side(noun: Token):
        tokens = [t for t in noun.lefts] + [noun]
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                tokens.extend(child.subtree)
        codes, _ = _entity_actor(tokens)
        return codes[0] if codes else None
    sides = {side(a), side(b)} - {None}
    return len(sides) > 1


def _join_singulars(first: Candidate, second: Candidate) -> Candidate:
    noun = second.noun
    end = noun.idx + len(noun.text)
    value = (first.count.value or 1) + 1
    count = replace(first.count, value=value, low=value, high=value, approx=None, kind="conjunction")
    return replace(first, count=count, count_span=(first.count_span[0], end))


def _count_record(doc: Doc, candidate: Candidate) -> dict:
    match = candidate.count
    start, end = candidate.count_span
    noun = candidate.noun
    return {
        "text": doc.text[start:end], "start": start, "end": end,
        "value": match.value, "low": match.low, "high": match.high, "approx": match.approx,
        "unit": noun.text if noun is not None else None,
    }


def _token_record(token: Token) -> dict:
    return {"text": token.text, "start": token.idx, "end": token.idx + len(token.text)}


def find_events(doc: Doc, resolve_date: DateResolver) -> list[dict]:
    """Every event in the Doc, one per claim, in text order (see module docstring)."""
    events: list[dict] = []
    speakers: list[dict] = []
    event_of_noun: dict[int, int] = {}
    unnamed_forces: list[dict] = []
    previous_sentence: Span | None = None
    date_spans = [d for d in find_date_spans(doc) if not is_dateline(d)]
    home = _country_in_focus(doc)
    for sentence in doc.sents:
        previous: dict | None = None
        for candidate in _candidates(doc, sentence):
            trigger = candidate.trigger
            antecedent = None
            if trigger.type == ELLIPSIS:
                antecedent = _antecedent(events, previous_sentence)
                if antecedent is None:
                    continue
                trigger = candidate.trigger = Trigger(trigger.token, antecedent["type"], antecedent["outcome"])
            source = _source(trigger.token, candidate.number_token, sentence, speakers,
                             trigger_reports=antecedent is not None)
            in_sentence = [d for d in date_spans if sentence.start <= d.start < sentence.end]
            date, reported = _date(trigger.token, in_sentence, resolve_date)
            event = {
                "type": trigger.type,
                "outcome": trigger.outcome,
                "civilian": _civilian(candidate.noun, trigger),
                "actor": _actor(candidate.noun, candidate.number_token, trigger, sentence),
                "count": _count_record(doc, candidate),
                "location": _location(trigger, candidate.noun, candidate.number_token),
                "date": date,
                "source": source,
                "trigger": _token_record(trigger.token),
                "sentence": {"start": sentence.start_char, "end": sentence.end_char},
                "mentions": [],
                **_flags(candidate),
                "reported_date": reported,
                "is_total": False,
                "part_of": None,
            }
            if candidate.count.kind == "ordinal":
                event["cumulative"] = True
            if date is not None:
                event["reported_date"] = None  # only when the report day is all the text gives
                if date["text"].lower().startswith("since"):
                    event["cumulative"] = True  # "117 killed since May 1": a running total
            if event["location"] is None:
                event["location"] = _context_place(sentence, previous_sentence, trigger.type)
            if event["location"] and not event["location"]["country"] and trigger.type != "deployment":
                event["location"]["country"] = home
            if event["date"] is None and not event["reported_date"] and not event["cumulative"]:
                event["date"] = _context_date(events, sentence, previous_sentence)
            if antecedent is not None:
                event["actor"], event["civilian"] = antecedent["actor"], antecedent["civilian"]
            elif previous is not None and _refers_back(candidate.noun):
                # "a soldier was killed and two others injured": others of the same side
                event["actor"] = event["actor"] or previous["actor"]
                if event["civilian"] is None:
                    event["civilian"] = previous["civilian"]
            elif event["actor"] is None and _person_class(candidate.noun) == "combatant":
                unnamed_forces.append(event)
            elif event["actor"] is None and candidate.noun is not None:
                event["actor"] = _people_of_place(event)
            owner = _breakdown_owner(candidate)
            if owner is not None and owner.i in event_of_noun:
                total = event_of_noun[owner.i]
                event["part_of"] = total
                events[total]["is_total"] = True
            index = _add_or_merge(events, event)
            previous = events[index]
            if candidate.noun is not None:
                event_of_noun.setdefault(candidate.noun.i, index)
        speakers.extend(_sentence_speakers(sentence))
        previous_sentence = sentence
    events = _in_text_order(events)
    _date_from_lede(events)
    for position, event in enumerate(events):
        if event["actor"] is not None:
            continue
        if any(event is unnamed for unnamed in unnamed_forces):
            event["actor"] = _force_in_focus(events[:position], event) or _country_of(event["source"])
    return events


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
        code = ent.ent_id_ or (hit.code if (hit := actors.lookup(ent.text)) else None)
        if code and actors.is_country_code(code):
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


def _country_of(source: dict | None) -> dict | None:
    """"Four soldiers died, the Israeli military said": a military reporting unnamed soldiers'
    deaths reports its own. The actor is the country named in the source phrase."""
    if source is None:
        return None
    for word in re.finditer(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", source["text"]):
        found = actors.lookup(word.group())
        if found and found.kind == "country":
            start = source["start"] + word.start()
            return {"text": word.group(), "start": start, "end": start + len(word.group()),
                    "country": found.code, "group": None}
    return None


def _antecedent(events: list[dict], previous_sentence: Span | None) -> dict | None:
    """The last event, when it was read from the sentence just before."""
    if not events or previous_sentence is None:
        return None
    last = max(events, key=lambda e: e["count"]["start"])
    if last["sentence"]["start"] == previous_sentence.start_char:
        return last
    return None


def _refers_back(noun: Token | None) -> bool:
    """A count with no people noun of its own ("others", "3,600 injuries" after "400 North
    Korean casualties"): it counts the people just named."""
    return noun is None or _lemma(noun) in ("other", "another", "more") or (
        _person_class(noun) is None and _nominal_trigger(noun) is not None
    )


def _irregular(event: dict) -> bool:
    """Counted people are an irregular force (militants, insurgents, fighters...)."""
    unit = event["count"]["unit"]
    return bool(unit) and actors.is_generic(unit)


def _force_in_focus(events: list[dict], unnamed: dict) -> dict | None:
    """The side of the last combatants counted with a named side: a report about U.S. soldiers
    that goes on to "a soldier was killed" means a U.S. soldier (GUIDELINES: actor from an
    explicit context)."""
    for event in reversed(events):
        actor = event["actor"] or {}
        named = isinstance(actor.get("country"), str) or (
            actor.get("group") and not actors.is_generic(actor["group"])
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
        return _total_noun(token.head)
    return None


def _claim_key(event: dict) -> tuple:
    count = event["count"]
    actor = event["actor"] or {}
    country = actor.get("country")
    return (
        event["type"], event["outcome"], count["value"], count["low"], count["high"],
        tuple(country) if isinstance(country, list) else country, actor.get("group"),
    )


def _compatible(a: dict | None, b: dict | None, key: str) -> bool:
    if a is None or b is None:
        return True
    return a.get(key) == b.get(key)


def _same_place(a: dict | None, b: dict | None) -> bool:
    """Two place phrases can denote one place: either is missing, or they share a word."""
    if a is None or b is None:
        return True
    def words(place: dict) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", place["text"]) if w[:1].isupper()}

    return bool(words(a) & words(b)) or not (words(a) and words(b))


def _filled(event: dict) -> int:
    return sum(event[k] is not None for k in ("actor", "location", "date", "source"))


def _restates(kept: dict, event: dict) -> bool:
    """Whether ``event`` repeats the claim of ``kept``: same type, outcome, count and actor, and
    no conflicting date or place. "A soldier was killed" twice in a report is usually two
    soldiers, so counts of one or two must also agree on a date that both give."""
    if (
        _claim_key(kept) != _claim_key(event)
        or not _compatible(kept["date"], event["date"], "value")
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
