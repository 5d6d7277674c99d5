"""Assemble deployment, presence and casualty events from a parsed Doc.

The event is anchored on a count. For every count expression in a sentence (``counts.py``) we
find the noun it counts and the trigger above it (``grammar.py``), read the fields around them
(``fields.py``), then decide what the article says as a whole: restatements merge into one
claim, breakdowns point at their totals, and a place, date or side stated once for an incident
carries to the events that leave it out. Nothing here changes the Doc; the output is a list of
event dicts with spans into ``doc.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from pipeline.article import trace
from pipeline.article.incidents import (counted_noun, deployment_told_once, finer_place_next, incident_day_told_later,
                                        incident_days, incident_place_by_its_day, incident_place_told_elsewhere,
                                        incident_retold,
                                        no_harm_after_the_report, parts_of_a_short_total)
from pipeline.article.merge import add_or_merge, in_text_order, merge_known_sides
from pipeline.rules import flags, grammar, places, sides, sources, time
from pipeline.rules.time import find_date_spans, is_dateline
from pipeline.text import layout
from pipeline.text.counts import CountMatch, ordinal_value, parse_count, scan_counts
from pipeline.text.dates import coerce_published


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
    #: the people coordinated after the first: "a peacekeeper from Senegal" in "A Jordanian
    #: officer and a peacekeeper from Senegal"
    partners: tuple[Token, ...] = ()
    #: the count this one is a part of, told by a pronoun: "17 people" of "nine of them children"
    whole: Candidate | None = None


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


def _counts_by_sentence(sentences: list[Span], counts: list[dict] | None
                        ) -> dict[int, list[CountMatch]]:
    """The count phrases of each sentence, offsets relative to the sentence: ``counts`` (the
    counts component's records, article offsets), or scanned here when none are given."""
    by_sentence: dict[int, list[CountMatch]] = {s.start_char: [] for s in sentences}
    if counts is None:
        for sentence in sentences:
            by_sentence[sentence.start_char] = scan_counts(sentence.text, articles=True)
        return by_sentence
    starts = [s.start_char for s in sentences]
    for record in counts:
        base = starts[bisect_right(starts, record["start"]) - 1]
        relative = {k: v - base if k in ("start", "end", "number_start", "number_end") else v
                    for k, v in record.items()}
        by_sentence[base].append(CountMatch(**relative))
    return by_sentence


def _candidates(doc: Doc, sentence: Span, counts: list[CountMatch],
                rejected: list[dict]) -> list[Candidate]:
    """The counts of a sentence that can be events; every other count goes to ``rejected``
    with the rule that turned it down (the explain trace)."""
    found = _ordinal_totals(sentence)
    for match in counts:
        start = sentence.start_char + match.start

        def reject(why: str) -> None:
            if match.kind != "article":  # "a"/"an" is tried before nearly every noun
                rejected.append({"start": start, "end": sentence.start_char + match.end,
                                 "why": why})

        number = grammar.number_token(doc, sentence.start_char + match.number_start,
                               sentence.start_char + match.number_end)
        if number is None:
            reject("count.inside_token")
            continue
        if match.kind == "article" and (told := grammar.another_by_participle(number)) is not None:
            # "A soldier was killed and another wounded Sunday": one more, its verb elided
            found.append(Candidate(match, (start, sentence.start_char + match.end), number, None, told, sentence))
            continue
        noun, anchor = grammar.counted_noun(number)
        if noun is not None and noun.pos_ == "PRON" and grammar.those_harmed(noun) is None:
            noun = grammar.people_referred_to(noun) or noun  # "one of them was killed"
        if (noun is None or noun.i < number.i) and grammar.stated_age(number):
            reject("not_people.age")
            continue  # "Daniel Osei, 38, was shot": his age
        whole = _whole_told_by_pronoun(number, found)
        if whole is not None:
            # "killed 17 people, nine of them children": the part took what the whole took
            noun, anchor = whole.part, number
        counted = noun if noun is not None and noun.i > number.i else number
        if (counted.dep_ == "pobj" and counted.head.lower_ == "of"
                and grammar.lemma(counted.head.head) in grammar.lexicon().kin_nouns):
            reject("not_people.children_of")
            continue  # "a father of three", "the father of two soldiers": children, not a toll
        if (counted.dep_ == "pobj" and counted.head.lower_ == "of"
                and grammar.lemma(counted.head.head) in grammar.lexicon().relation_nouns):
            reject("not_people.others_of_the_one_told")
            continue  # "the wife of a police officer was killed", "the leader of 300 fighters": the one told
        if number.lower_ == "one" and anchor == number and noun is not None and grammar.person_class(noun) is None:
            reject("not_people.one_of_a_set")
            continue  # "one of its worst losses": one item of a set, not one person
        klass = grammar.person_class(noun)
        strength = grammar.strength_of(number) is not None  # "a 5,000-strong brigade"
        if (noun is not None and klass is None and grammar.nominal_trigger(noun) is None and not strength
                and grammar.lemma(noun) not in grammar.lexicon().more_people_words  # "wounded fifteen more"
                and grammar.those_harmed(noun) is None):  # "five of those killed"
            reject("not_people.count_of_things")
            continue  # a count of things: "three helicopter raids", "five locations"
        if match.kind == "article" and noun is None and number.pos_ not in ("PRON", "NUM") and not (
                number.lower_ == "another" and number.dep_ in ("dobj", "nsubj", "nsubjpass")):
            reject("not_people.no_noun")
            continue  # but "killed two soldiers and wounded another": one more person
        if match.kind == "article" and noun is not None and grammar.lemma(noun) in (
                grammar.lexicon().membership_nouns | grammar.lexicon().military_units):
            reject("not_people.one_unit")
            continue  # "an international force", "a battalion": a unit of unknown size
        if noun is None and grammar.money_lost(number):
            reject("not_people.money_lost")
            continue  # "the firm posted a loss of 398 million"
        if match.kind == "article" and noun is not None and any(
                c.dep_ == "nummod" and c.i > number.i for c in noun.children):
            reject("not_people.article_of_a_figure")
            continue  # "a promised 1,700 troops", "a further 300 soldiers": the figure counts them
        if match.kind == "article" and noun is not None and _sized_by_a_figure(noun):
            reject("not_people.sized_by_a_figure")
            continue  # "a family of six", "a crew of five": the figure is the count
        if match.kind == "article" and noun is not None and grammar.one_of_those_counted(noun):
            reject("not_people.the_counted_one_by_one")
            continue  # "Two civilians — a woman and a man — were killed": the same two
        if (match.kind == "article" and noun is not None and noun.dep_ == "appos"
                and (grammar.person_class(noun.head) is None
                     or getattr(sides.lookup(noun.head.text), "kind", None) == "group")):
            reject("not_people.apposition")
            continue  # "al-Zubaydi, an ISIS official", "the FDLR, a Hutu militia": describes, counts no one
        if whole is not None:
            trigger = replace(whole.candidate.trigger, people=None)
        elif noun is not None and _whole_of_a_part(noun, number):
            # "Four of the 40 peacekeepers were hurt": the 40 are told only as the group the four
            # belong to; they are an event only by their own noun ("three of the 12 hostages")
            trigger = grammar.noun_trigger(noun)
            if trigger is None:
                trigger = grammar.vanguard_deployment(noun)  # "The first of 900 troops landed"
            if trigger is None and grammar.planned_whole(number):
                # "sent 1,000 of a planned 1,500 troops": the whole is a force still to come
                part = _part_taken_from(noun, number)
                going = grammar.find_trigger(part, noun) or grammar.find_trigger(part, None)
                trigger = going if going is not None and going.type in ("deployment", "presence") else None
            if trigger is None and grammar.force_placed(noun) and not _part_harmed(noun, number):
                # "the withdrawal of 5,500 of the 8,500 British troops in Iraq": the whole is
                # the force there (GUIDELINES: a force present somewhere); not "four of the 40
                # peacekeepers in the camp were hurt", where the whole is told for the four
                trigger = grammar.Trigger(noun, "presence", None)
            if trigger is None:
                reject("not_people.whole_of_a_part")
                continue
        else:
            # "reduce its troops from 19,000 to 16,500": both levels, whatever noun they share
            trigger = grammar.force_level_change(number) or grammar.find_trigger(anchor, noun)
            if trigger is not None and not grammar.offered_itself(trigger.token, noun):
                trigger = None  # "offered a $5 million bounty for ... 6 members": no forces offered
            if (trigger is not None and trigger.type == "presence" and trigger.token == noun
                    and _part_of_a_placed_whole(number, noun)):
                # "5,500 of the 8,500 British troops in Iraq": the whole is the force there
                reject("not_people.part_of_a_force_counted_whole")
                continue
        if trigger is None and strength:
            trigger = grammar.Trigger(noun, "presence", None)  # "NATO's 60,000-member force"
        if trigger is None and match.kind != "article":
            trigger = grammar.force_told_present(number, noun, match.value)  # the last reading
        if trigger is not None and noun is None and trigger.people is not None:
            noun, klass = trigger.people, grammar.person_class(trigger.people)
        elif trigger is not None and noun is None and (force := grammar.force_of(number, None)) is not None:
            noun, klass = force, grammar.person_class(force)  # "a force of seven-thousand will patrol"
        if trigger is None:
            if noun is None and _elliptical(number):
                verb = number.head if number.dep_ == "dobj" else number.head.head
                found.append(Candidate(match, (start, sentence.start_char + match.end), number,
                                       None, grammar.Trigger(verb, ELLIPSIS, None), sentence))
            else:
                reject("no_trigger.comparison" if grammar.compared(number, noun) else "no_trigger")
            continue
        if match.kind == "article" and (noun is None and number.lower_ in ("a", "an") or trigger.token == noun):
            continue  # "a deployment", "a prisoner exchange": an article alone claims no count
        if noun is None and trigger.type != "casualty":
            reject("not_people.no_noun")
            continue
        if trigger.type in ("presence", "deployment") and klass == "civilian":
            reject("not_forces.civilians_sent")
            continue  # "the company sent 300 workers": forces are deployed, not staff
        if (trigger.type == "presence" and klass not in ("combatant", None) and grammar.nominal_trigger(noun) is None
                and not (klass == "neutral" and grammar.lemma(trigger.token) in grammar.lexicon().sending_words)):
            # but "1,500 Ugandans are deployed in Mogadishu": people deployed are forces
            reject("not_forces.people_present")
            continue
        if trigger.type == "presence" and grammar.size_of_a_kind(noun):
            reject("not_forces.size_of_a_kind")
            continue  # "A brigade is roughly 3,500 soldiers": what such a unit numbers
        if match.kind == "article" and trigger.type in ("presence", "deployment") and klass != "combatant":
            reject("not_forces.one_person_moved")
            continue  # "the attacker, a man, reached the courtyard": one person's movements
        if trigger.type == "deployment" and grammar.lemma(noun) in grammar.lexicon().never_forces:
            reject("not_forces.people_sent")
            continue  # "a group of 80 people landed at Heathrow": travellers ("500 men" are sent)
        if trigger.type == "casualty" and grammar.status_of_counted(trigger.token, number):
            reject("not_event.status_of_counted")
            continue  # "Three of the wounded are in critical condition" (GUIDELINES §2)
        if trigger.type == "casualty" and trigger.outcome == "wounded" and grammar.severity_of_counted(
                trigger.token, number):
            reject("not_event.severity_of_counted")
            continue  # "Eleven soldiers were wounded, three of them seriously" (GUIDELINES §2)
        if grammar.negated(trigger.token, noun):
            reject("negated")
            continue
        if grammar.hypothetical(trigger.token, number):
            reject("hypothetical")
            continue
        if trigger.type == "casualty" and grammar.not_conflict_death(trigger.token):
            reject("not_conflict.cause")
            continue
        if (trigger.type == "casualty" and trigger.outcome != "captured"
                and grammar.report_of_nature_only(doc)):
            reject("not_conflict.report_of_a_disaster")
            continue  # "the strong tremor left five dead ... the death toll rose to six"
        candidate = Candidate(match, (start, sentence.start_char + match.end), number, noun,
                              trigger, sentence, whole=whole.candidate if whole is not None else None)
        for relative in _possessed_partners(candidate):
            candidate = _join_singulars(candidate, relative)  # "a teacher and his wife": two
        if found and _coordinated_singulars(found[-1], candidate):
            found[-1] = _join_singulars(found[-1], candidate.noun, *candidate.partners)
            continue
        if found and _figure_and_singular(found[-1], candidate):
            found[-1] = _join_figure(found[-1], candidate)
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
    """"An officer and a reservist soldier", "a nurse, a driver and a shopkeeper": singular
    people coordinated under one verb are one count (GUIDELINES §2), however many; a list that
    mixes in a figure is several claims ("two Americans, an Eritrean and a Sudanese")."""
    return (
        first.count.kind in ("article", "conjunction") and second.count.kind in ("article", "conjunction")
        and first.noun is not None and second.noun is not None
        and (second.noun.dep_ == "conj" and second.noun.head in (first.noun, *first.partners)
             or _side_by_side(first.noun, second)  # "A cameraman and a photographer" parsed as two subjects
             or _listed(first, second))
        and first.noun.dep_ not in ("conj", "appos")  # the parser reads a list as appositions
        and first.trigger.token == second.trigger.token
    )


def _figure_and_singular(first: Candidate, second: Candidate) -> bool:
    """"four worshippers and a pastor were killed", "a woman and her two children", "two
    editors and a reporter": a figure and a person told by "a" or a possessive, coordinated
    under one verb, are one group of victims, counted together. Not two figures ("33 Uzbeks
    and three Germans": claims of their own), nor people of different kinds ("12 policemen
    and a civilian") or told by their nationality or side ("two Americans, an Eritrean and a
    Sudanese", "an American soldier and two Afghan troops"): each is a claim about its own."""
    kinds = {first.count.kind, second.count.kind}
    if not (kinds & {"article", "conjunction"} and kinds & {"number"}):
        return False
    if first.noun is None or second.noun is None or first.trigger.token != second.trigger.token:
        return False
    if not (second.noun.dep_ == "conj" and second.noun.head in (first.noun, *first.partners)):
        return False
    if first.noun.dep_ in ("conj", "appos"):
        return False  # the end of a longer list or a breakdown ("five people: two women, two girls and a child")
    nouns = (first.noun, *first.partners, second.noun)
    if len({grammar.person_class(noun) for noun in nouns}) != 1:
        return False
    return not any(word.ent_type_ == "NORP" or sides.lookup(word.text) is not None
                   for noun in nouns for word in (noun, *(c for c in noun.children
                                                          if c.dep_ in ("amod", "compound"))))


def _join_figure(first: Candidate, second: Candidate) -> Candidate:
    """The count of ``first`` and ``second`` together: the figure's value plus one for each
    person told singly ("four worshippers and a pastor": five)."""
    value = (first.count.value or 1) + (second.count.value or 1)
    approx = first.count.approx or second.count.approx
    low = value if approx in (None, "at least", "more than", "over") else None
    high = value if approx in (None, "up to", "nearly", "almost") else None
    count = replace(first.count, value=value, low=low, high=high, approx=approx, kind="conjunction")
    end = max(first.count_span[1], second.noun.idx + len(second.noun.text))
    return replace(first, count=count, count_span=(first.count_span[0], end),
                   partners=(*first.partners, second.noun, *second.partners))


def opening_start(sentences: list[Span]) -> int | None:
    """Where the article's opening sentence starts: the first sentence that holds a verb, so
    that a scrap of the page before it ("Right", a photo credit) is not taken for it."""
    return next((s.start_char for s in sentences if any(t.pos_ in ("VERB", "AUX") for t in s)),
                sentences[0].start_char if sentences else None)


def _listed(first: Candidate, second: Candidate) -> bool:
    """The next item of a list the small parser reads as appositions ("a nurse, a driver and a
    shopkeeper"): only a comma or "and" between them, and after a comma the list goes on to a
    conjunct, so that "a soldier, a father of three," (one man described twice) is not a list."""
    last = first.partners[-1] if first.partners else first.noun
    between = [t.lower_ for t in last.doc[last.i + 1 : second.number_token.i]]
    if between in (["and"], [",", "and"]):
        return True
    return between == [","] and any(c.dep_ == "conj" for c in second.noun.children)


def _side_by_side(first: Token, second: Candidate) -> bool:
    """Two subjects of one verb with only "and" between them: one coordination the parser
    split ("A cameraman and a photographer were wounded")."""
    between = first.doc[first.i + 1 : second.number_token.i]
    return (second.noun.dep_ == first.dep_ and second.noun.head == first.head
            and [t.lower_ for t in between] == ["and"])


def _possessed_partners(candidate: Candidate) -> list[Token]:
    """"a teacher and his wife", "A policeman and his son": one more person each, told by a
    possessive rather than an article, coordinated with a person counted by "a" (GUIDELINES
    §2, two coordinated singular phrases); not "a man and his three children", a figure of its
    own, nor "a soldier and his unit"."""
    noun = candidate.noun
    if candidate.count.kind != "article" or noun is None:
        return []
    return [c for c in noun.children
            if c.dep_ == "conj" and c.tag_ == "NN" and grammar.person_class(c) is not None
            and any(d.dep_ == "poss" and d.lower_ in ("his", "her", "their") for d in c.children)
            and not any(d.like_num or d.dep_ in ("nummod", "det") for d in c.children)]


def _join_singulars(first: Candidate, *nouns: Token) -> Candidate:
    """One count of ``first``'s people and one more person for each of ``nouns``."""
    last = max(nouns, key=lambda noun: noun.i)
    end = last.idx + len(last.text)
    value = (first.count.value or 1) + len(nouns)
    count = replace(first.count, value=value, low=value, high=value, approx=None, kind="conjunction")
    return replace(first, count=count, count_span=(first.count_span[0], end),
                   partners=(*first.partners, *nouns))


def _count_record(doc: Doc, candidate: Candidate) -> dict:
    match = candidate.count
    start, end = candidate.count_span
    noun = candidate.noun
    bounds = {"value": match.value, "low": match.low, "high": match.high, "approx": match.approx}
    figure = candidate.number_token
    if match.approx == "up to" and start < figure.idx and grammar.raised_tally(figure) is not None:
        # "brings up to seven the number of soldiers dead": "up" is the verb's ("bring up to"),
        # no ceiling; the tally stands at the figure
        if (exact := parse_count(grammar.doc_text(doc, figure.idx, end))) is not None:
            start, bounds = figure.idx, {k: exact[k] for k in bounds}
    return {
        "text": grammar.doc_text(doc, start, end), "start": start, "end": end, **bounds,
        "unit": noun.text if noun is not None else None,
    }


def _token_record(token: Token) -> dict:
    return {"text": token.text, "start": token.idx, "end": token.idx + len(token.text)}


def find_events(
    doc: Doc, resolve_date: time.DateResolver, date_spans: list[Span] | None = None,
    rejected: list[dict] | None = None, counts: list[dict] | None = None,
) -> list[dict]:
    """Every event in the Doc, one per claim, in text order (see module docstring).

    ``date_spans`` are the Doc's date expressions (``time.find_date_spans``), passed in when
    the caller already has them for the article's ``dates`` list. Every event carries ``why``
    (the rule that decided each field, see ``trace``); counts turned down are appended to
    ``rejected`` with the rule that turned them down. ``counts``: the count phrases the counts
    component found (records with article offsets); scanned here when not given.
    """
    rejected = [] if rejected is None else rejected
    events: list[dict] = []
    speakers: list[dict] = []
    event_of_noun: dict[int, int] = {}
    unnamed_forces: list[dict] = []
    losses: list[dict] = []  # counts of losses that name no people ("400 casualties")
    followers: list[tuple[dict, dict]] = []  # ("two others", the event they follow)
    if date_spans is None:
        date_spans = find_date_spans(doc)
    date_spans = [d for d in date_spans if not is_dateline(d)]
    home = places.country_in_focus(doc)
    sentences = list(doc.sents)
    by_sentence = _counts_by_sentence(sentences, counts)
    items = layout.list_items(grammar.whole_text(doc))
    opening = opening_start(sentences)
    list_item_starts = frozenset(first for _, first in items)
    for sentence, (previous_sentence, context_sentence) in zip(sentences, sentences_before(sentences, items)):
        previous: dict | None = None
        for candidate in _candidates(doc, sentence, by_sentence[sentence.start_char], rejected):
            trigger = candidate.trigger
            antecedent = None
            trigger_rule = _trigger_rule(candidate)
            if trigger.type == ELLIPSIS:
                antecedent = _antecedent(events, previous_sentence)
                if antecedent is None:
                    rejected.append({"start": candidate.count_span[0], "end": candidate.count_span[1],
                                     "why": "ellipsis.no_figure_before"})
                    continue
                trigger = candidate.trigger = grammar.Trigger(trigger.token, antecedent["type"], antecedent["outcome"])
            if trigger.type == "casualty" and trigger.outcome == "wounded" and grammar.told_fatal(
                    trigger.token, candidate.number_token):
                trigger = candidate.trigger = grammar.Trigger(trigger.token, "casualty", "killed")
            source = sources.source(trigger.token, candidate.number_token, sentence, speakers,
                             trigger_reports=antecedent is not None)
            # the trigger's own sentence: another one only for a unit's size told after its
            # deployment ("The brigade has approximately 4,200 Soldiers")
            in_sentence = time.spans_in(date_spans, trigger.token.sent)
            date, reported = time.date(trigger.token, in_sentence, resolve_date,
                                       candidate.noun or candidate.number_token, candidate.number_token)
            if grammar.level_before_change(candidate.number_token):
                date, reported = None, None  # "will lower its troops from 7,100 ... in the coming months": now
            elif date is None and reported is None:
                date = time.vague_time(trigger.token, in_sentence)  # "in recent years"
            actor = sides.actor(candidate.noun, candidate.number_token, trigger, sentence)
            event = {
                "type": trigger.type,
                "outcome": trigger.outcome,
                "civilian": flags.civilian(candidate.noun, trigger, actor),
                "actor": actor,
                "count": _count_record(doc, candidate),
                "location": places.location(trigger, candidate.noun, candidate.number_token),
                "date": date,
                "source": source,
                "trigger": _token_record(trigger.token),
                "sentence": {"start": sentence.start_char, "end": sentence.end_char},
                "mentions": [],
                **flags.flags(candidate.trigger, candidate.sentence, candidate.number_token),
                "reported_date": reported,
                "is_total": False,
                "part_of": None,
            }
            trace.decided(event, {
                "type": trigger_rule, "outcome": trigger_rule, "trigger": trigger_rule,
                "count": f"count.{candidate.count.kind}", "civilian": "civilian.people_noun",
                "actor": "actor.own_clause", "location": "location.own_clause",
                "date": "date.own_clause", "source": "source.own_clause",
                "reported_date": "reported_date.reporting_verb", "planned": "planned.clause",
                "released": "released.release_word", "cumulative": "cumulative.clause",
                "hedge": "hedge.hedge_word",
            })
            one = [event]
            if candidate.partners:
                with trace.step(one, "joint_singulars"):
                    # "A Jordanian officer and a peacekeeper from Senegal": one count, both sides
                    for noun in candidate.partners:
                        partner = sides.actor(noun, noun, trigger, sentence)
                        event["actor"] = sides.joint_actor(doc, event["actor"], partner)
            if candidate.count.kind == "ordinal":
                with trace.step(one, "ordinal_total"):
                    event["cumulative"] = True
            with trace.step(one, "clause_time"):
                event["date"] = date = time.event_date(doc, event, trigger, in_sentence, resolve_date)
                if date is not None:
                    event["reported_date"] = None  # only when the report day is all the text gives
            if date is not None and date["text"].lower().startswith("since"):
                with trace.step(one, "since_clause"):
                    event["cumulative"] = True  # "117 killed since May 1": a running total
                    if (raised := time.day_of_raise(trigger.token, in_sentence, resolve_date)):
                        event["date"] = time.from_to(date, raised)
            if event["cumulative"] and event["date"] is not None and not event["date"]["text"].lower().startswith("since"):
                with trace.step(one, "period_so_far"):
                    # "15 peacekeepers have been killed this year": from the year's start to the report
                    event["date"] = time.so_far(event["date"], coerce_published(doc._.muster_published))
            if event["date"] is None and event["cumulative"]:
                with trace.step(one, "war_began"):
                    # "About 50,000 people have been killed in the conflict": since the war began
                    event["date"] = time.war_began(sentence, context_sentence, date_spans, resolve_date)
            if event["date"] is None and not event["cumulative"] and flags.fighting_toll(trigger.token):
                with trace.step(one, "toll_since_war_began"):
                    # "The insurgency began in 1989. More than 35,000 people have been killed
                    # in the violence": the toll of the war whose start was just told
                    if (began := time.war_began(sentence, context_sentence, date_spans, resolve_date)):
                        event["cumulative"], event["date"] = True, began
            if event["location"] is None:
                with trace.step(one, "same_or_previous_sentence"):
                    # a running total spans many incidents: a neighbour's place is one of them
                    event["location"] = places.context_place(
                        sentence, None if event["cumulative"] else context_sentence, trigger.type)
            places.in_home_country(event, home, doc)
            if (event["date"] is None and not event["reported_date"] and not event["cumulative"]
                    and not grammar.in_an_earlier_incident(trigger.token)):
                with trace.step(one, "previous_sentence"):
                    event["date"] = time.context_date(events, sentence, context_sentence,
                                                      date_spans, resolve_date,
                                                      list_item=sentence.start_char in list_item_starts)
            if not event["cumulative"] and (day := time.day_of_a_clock_time(
                    event["date"], sentence, context_sentence, date_spans, resolve_date)) is not None:
                with trace.step(one, "day_of_the_clock_time"):
                    event["date"] = day
            people = candidate.noun
            if people is None and antecedent is None and previous is None:
                people = _people_named_before(candidate.number_token, previous_sentence)
                if event["civilian"] is None and people is not None:
                    with trace.step(one, "people_named_before"):
                        event["civilian"] = grammar.person_class(people) == "civilian"
            if antecedent is not None:
                with trace.step(one, "figure_before"):
                    event["actor"], event["civilian"] = antecedent["actor"], antecedent["civilian"]
            elif previous is not None and _refers_back(candidate.noun) and not _whole_among(candidate.number_token) \
                    and not (_others(candidate.noun) and _sides_counted_before(events, sentence)):
                # "a soldier was killed and two others injured": others of the same side; not
                # the whole the people before were among ("were among 34 killed"), nor others
                # than two sides ("Two soldiers and two militants were killed and 20 others hurt")
                followers.append((event, previous))  # the side may be found or named later
                with trace.step(one, "others_of_the_same_side"):
                    event["actor"] = event["actor"] or previous["actor"]
                    if event["civilian"] is None:
                        event["civilian"] = previous["civilian"]
            elif (event["actor"] is None and grammar.person_class(people) == "combatant"
                  and not _both_sides_counted(people)):
                unnamed_forces.append(event)
            elif (event["actor"] is None and grammar.person_class(candidate.noun) == "civilian"
                  and _people_of_their_place(candidate.noun)):
                # "villagers in Helmand province" are Afghans; bare "people" (a neutral noun)
                # stay null (GUIDELINES §10, the convention of the double-annotated sets)
                with trace.step(one, "people_of_the_place"):
                    event["actor"] = sides.people_of_place(event, places.country_of(event["location"], doc),
                                                           places.naming_words(event["location"], doc))
            if people is None or (grammar.person_class(people) in (None, "neutral")
                                  and grammar.nominal_trigger(people) is not None):
                losses.append(event)
            owner = _breakdown_owner(candidate)
            if owner is not None and owner.i in event_of_noun:
                total = event_of_noun[owner.i]
                with trace.step([event, events[total]], "breakdown"):
                    event["part_of"] = total
                    events[total]["is_total"] = True
                if event["actor"] is None and events[total]["actor"] is not None:
                    # "eighteen Israelis have been killed, including nine soldiers": Israelis too
                    with trace.step([event], "side_of_the_whole"):
                        event["actor"] = events[total]["actor"]
            index = add_or_merge(events, event, opening,
                                 coerce_published(doc._.muster_published), apart=list_item_starts)
            previous = events[index]
            if candidate.noun is not None:
                event_of_noun.setdefault(candidate.noun.i, index)
            event_of_noun.setdefault(candidate.number_token.i, index)  # "killed 14, nine of them women"
        speakers.extend(sources.sentence_speakers(sentence))
    events = in_text_order(events)
    # the article passes read the story's sentences; a line handing over to the correspondent
    # is none ("Jane Doe has this report from Nairobi" stands between a lede and its day)
    story = [s for s in sentences if not grammar.hands_over_to_a_correspondent(s)]
    context = ArticleContext(doc, story, date_spans, resolve_date, home, unnamed_forces, followers, losses,
                             list_item_starts)
    for name, run in ARTICLE_PASSES:
        with trace.step(events, name):
            events = run(context, events) or events
    return events


@dataclass
class ArticleContext:
    """What the article-level passes read besides the events: the parsed article, its date
    expressions, and the events the sentence pass set aside for them."""

    doc: Doc
    sentences: list[Span]
    date_spans: list[Span]
    resolve_date: time.DateResolver
    home: str | None  # the country the report is about (``places.country_in_focus``)
    unnamed_forces: list[dict]  # combatants counted with no side named in their clause
    followers: list[tuple[dict, dict]]  # ("two others", the event they follow)
    losses: list[dict]  # counts of losses that name no people ("400 casualties")
    list_item_starts: frozenset[int]  # where each list item's first sentence starts


def _whole_of_a_part(noun: Token, number: Token) -> bool:
    """Whether a count is of the whole a counted part is taken from: "the 40" of "Four of the
    40 peacekeepers", "the 12" of "three of the 12 hostages", "two" of "fifteen members of two
    families" (not the "Four", "three" or "fifteen"); not a unit's size ("two battalions of 1,100
    soldiers"), whose counted word is no people."""
    part = _part_taken_from(noun, number)
    if part is None:
        return False
    return part.like_num or part.pos_ == "NUM" or (
        part.pos_ == "NOUN" and grammar.person_class(part) is not None
        and any(c.dep_ == "nummod" and c.i < part.i for c in part.children))


def _part_taken_from(noun: Token, number: Token) -> Token | None:
    """The part a counted whole is taken from: "Four" of "Four of the 40 peacekeepers", where
    the parser reads "of" as a preposition, and of "Four of 40 peacekeepers", where it reads
    "Four of" as quantifiers of "40" (both figures then count "peacekeepers")."""
    if number.head != noun:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head
    of = next((c for c in number.children if c.dep_ == "quantmod" and c.lower_ == "of"), None)
    if number.dep_ != "nummod" or of is None:
        return None
    return next((c for c in number.children if c.dep_ == "quantmod" and c.i < of.i
                 and (c.like_num or c.pos_ == "NUM")), None)


def _part_harmed(whole: Token, number: Token) -> bool:
    """Whether the part taken from a counted whole ("Four" of "Four of the 40 peacekeepers")
    is harmed: then the whole is told only as the group the harmed belong to."""
    part = _part_taken_from(whole, number)
    if part is None:
        return False
    found = grammar.find_trigger(part, whole)
    return found is not None and found.type == "casualty"


def _part_of_a_placed_whole(number: Token, noun: Token) -> bool:
    """Whether a count is the part of "5,500 of the 8,500 British troops in Iraq": the counted
    noun comes through "of" and has a figure of its own, and the whole says where it is."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == number
            and any(c.dep_ == "nummod" and c != number for c in noun.children)
            and grammar.force_placed(noun))


def _sized_by_a_figure(noun: Token) -> bool:
    """"a family of six", "a crew of five soldiers": a group told with "a" and sized by the
    figure in its "of" phrase is that many people, counted by the figure, not one."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.like_num or any(n.dep_ == "nummod" for n in o.children)) for o in c.children)
        for c in noun.children)


def _sides_of_unnamed_forces(context: ArticleContext, events: list[dict]) -> None:
    """Unnamed soldiers take the side of the last named force, the country of their source,
    or the one state force the report is about (``sides``), never the side that killed or
    took them."""
    state_force = sides.state_force_in_focus(context.doc)
    unnamed_ids = {id(event) for event in context.unnamed_forces}
    for position, event in enumerate(events):
        if event["actor"] is None and id(event) in unnamed_ids:
            if _peacekeepers(context.doc, event) and sides.mission_named(context.doc, event["sentence"]["end"]):
                continue  # their mission's, once restatements have had their say (below)
            side = (sides.force_in_focus(events[:position], event)
                    or sides.country_of_source(context.doc, event["source"])
                    or (None if sides.irregular(event) else state_force or _home_force(context, event)))
            if side is not None and _side_of_agent(context.doc, event, side):
                side = None  # "Afghan troops detained five suspects": not Afghan troops
            if side is not None and _sent_into_the_country(event, side):
                side = None  # "8,300 troops to deploy to Afghanistan": not Afghanistan's
            event["actor"] = side


def _sent_into_the_country(event: dict, side: dict) -> bool:
    """Whether unnamed forces are deployed to a whole country whose own forces the side would
    make them: forces sent to a country come from abroad (troops sent within it go to a town
    or a province of it)."""
    place = event["location"]
    return (event["type"] == "deployment" and place is not None and places.country_wide(place)
            and place.get("country") is not None and place.get("country") == side.get("country"))


def _side_of_agent(doc: Doc, event: dict, side: dict) -> bool:
    """Whether a side is the one that did what the event tells to the people it counts: named
    in the subject of the verb whose object they are ("Afghan troops" of "Afghan troops
    detained five suspects"), when the subject is no act (an attack, a strike)."""
    trigger = grammar.span_of(event["trigger"], doc)
    noun = counted_noun(doc, event)
    verb = trigger.root if trigger is not None else None
    if (event["type"] != "casualty" or verb is None or verb.pos_ != "VERB" or noun is None
            or noun.head != verb or noun.dep_ != "dobj"
            or grammar.lemma(verb) in grammar.lexicon().own_loss_verbs):  # "The Dutch army has lost three soldiers"
        return False  # only its own object: "... detained five suspects"
    # who did it, not an act named after its target ("The last counter-AQIM strike killed one
    # terrorist": AQIM's man)
    lex = grammar.lexicon()
    acts = lex.incident_nouns  # not "militants", "gunmen": people who do it
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and grammar.lemma(c) not in acts]
    # the subject's own words, not a place hung on it ("an attack ... in northern Afghanistan")
    codes, _ = sides.entity_actor([t for s in subjects for t in doc[s.left_edge.i : s.i + 1]])
    # an attack told with its maker's nationality ("A Turkish drone strike killed three"): who
    # struck; not a strike named after its target ("a counter-ISIS strike", "anti-Taliban raids")
    makers = [c for a in verb.children if a.dep_ == "nsubj" and grammar.lemma(a) in acts
              for c in doc[a.left_edge.i : a.i]
              if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
              and not (c.i > 0 and doc[c.i - 1].text in ("-", "‐"))]
    codes = codes or sides.entity_actor(makers)[0]
    if codes:
        return side.get("country") in codes or side.get("group") in codes
    # "Troops killed seven separatists" in a report on a state's army: that state's unnamed
    # forces did it, so the people they killed or took are not its own
    return side.get("country") is not None and any(
        grammar.lemma(s) in lex.force_words | lex.local_force_nouns and not any(
            t.ent_type_ in ("GPE", "NORP", "ORG") for t in doc[s.left_edge.i : s.i + 1]) for s in subjects)


def _peacekeepers_of_their_mission(context: ArticleContext, events: list[dict]) -> None:
    """Peacekeepers of no stated nationality are their mission's (GUIDELINES §3), the mission
    the report names ("the African Union base ... nine peacekeepers were killed": AU), not the
    country of an officer or a speaker named near them. Run after restatements are merged, so
    a summary ("two peacekeepers have been killed") first takes the sides its full telling
    names ("A Jordanian officer and a peacekeeper from Senegal")."""
    for event in events:
        if event["actor"] is None and event["civilian"] is False and _peacekeepers(context.doc, event):
            event["actor"] = sides.mission_named(context.doc, event["sentence"]["end"])


def _others(noun: Token | None) -> bool:
    """"20 others", "a dozen more": people other than those just counted (``more_people_words``),
    not a bare figure that counts them again ("a soldier was killed and three were wounded")."""
    return noun is not None and grammar.lemma(noun) in grammar.lexicon().more_people_words


def _sides_counted_before(events: list[dict], sentence: Span) -> bool:
    """Whether the sentence has already counted people of two sides or kinds ("Two soldiers and
    two militants have been killed"): "others" after them are others than both, of no side."""
    before = [e for e in events if e["sentence"]["start"] == sentence.start_char]
    return len({((e["actor"] or {}).get("country"), (e["actor"] or {}).get("group"), e["civilian"])
                for e in before}) > 1


def _sides_of_followers(context: ArticleContext, events: list[dict]) -> None:
    """"a soldier was killed and two others injured": the others take the side found later."""
    for event, leader in context.followers:
        event["actor"] = event["actor"] or leader["actor"]


def _armed_group_in_focus(context: ArticleContext, events: list[dict]) -> None:
    """Generic "militants" take the armed group the text has just named as fighters, unless
    that group is who killed or took them ("Al-Shabab fighters killed seven clan militiamen")."""
    for event in events:
        if event["actor"] and sides.is_generic(event["actor"]["group"] or ""):
            group = sides.armed_group_in_focus(context.doc, context.sentences, event)
            if group is not None and _side_of_agent(context.doc, event, group):
                group = None
            event["actor"] = group or event["actor"]
    # "killing six militants and wounding several others": the others are the same group
    for event, leader in context.followers:
        if (event["actor"] and sides.is_generic(event["actor"]["group"] or "")
                and leader["actor"] and not sides.is_generic(leader["actor"]["group"] or "")):
            event["actor"] = leader["actor"]


def _civilians_of_their_place(context: ArticleContext, events: list[dict]) -> None:
    """Civilians counted with no side take the country of the place the article passes gave
    them ("20 civilians were also among the injured", in a report placed in Baghlan: Afghans),
    as civilians placed in their own clause do (``sides.people_of_place``; GUIDELINES §10,
    plainly implied). Bare "people" (civilian unknown) stay null."""
    for event in events:
        if (event["actor"] is None and event["civilian"] is True and event["location"] is not None
                and _counted_civilians(context.doc, event)
                and _people_of_their_place(counted_noun(context.doc, event))):
            event["actor"] = sides.people_of_place(event, places.country_of(event["location"], context.doc),
                                                   places.naming_words(event["location"], context.doc))


def _people_of_their_place(noun: Token | None) -> bool:
    """Whether civilians counted by this noun are the people of the place they were in, so of
    its country ("villagers in Helmand province": Afghans): not when their noun carries a
    nationality of its own or tells they came from elsewhere, nor when it tells only that they
    are held ("Some 100 hostages ... in the Niger Delta": ``hostage_nouns``)."""
    return not _nationality_told(noun) and not _from_elsewhere(noun) and not (
        noun is not None and grammar.lemma(noun) in grammar.lexicon().hostage_nouns)


def _nationality_told(noun: Token | None) -> bool:
    """Whether the people counted carry a nationality the tables cannot tell apart ("23 Korean
    hostages": South or North Korean): their side is stated, so never the place's where they
    were. An ethnic or religious word ("Kurdish civilians", "Hindu pilgrims") is no nationality."""
    return noun is not None and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and sides.lookup(c.text) is None
        and any(sides.lookup(f"{half} {c.text}") is not None for half in ("South", "North"))
        for c in noun.children)


def _from_elsewhere(noun: Token | None) -> bool:
    """Whether the people counted are told as from elsewhere ("two foreign engineers",
    "international aid workers", "foreigners"): never the people of the place they were in;
    their side is unstated (GUIDELINES §3)."""
    foreign = grammar.lexicon().foreign_words
    return noun is not None and (grammar.lemma(noun) in foreign or any(
        c.dep_ in ("amod", "compound") and c.lower_ in foreign for c in noun.children))


def _both_sides_counted(noun: Token | None) -> bool:
    """"At least 16 soldiers and militants were killed": a toll of a state's force and the
    irregulars it fought is neither side's."""
    if noun is None:
        return False
    shared = [word for word in (noun, *noun.conjuncts)  # "two troops and 29 rebels": counted apart
              if word == noun or not any(c.dep_ == "nummod" for c in word.children)]
    kinds = {sides.is_generic(word.text) for word in shared if grammar.person_class(word) == "combatant"}
    return len(kinds) > 1


def _counted_civilians(doc: Doc, event: dict) -> bool:
    """Whether the counted people are civilians by their own noun ("20 civilians", "three
    villagers"), not a toll that mixes them with fighters ("75 soldiers and civilians")."""
    noun = counted_noun(doc, event)
    return noun is not None and grammar.person_class(noun) == "civilian" and not any(
        grammar.person_class(c) == "combatant" for c in noun.conjuncts)


def _peacekeepers(doc: Doc, event: dict) -> bool:
    """Whether an event counts peacekeepers ("nine peacekeepers", "four peacekeeping troops")."""
    noun = counted_noun(doc, event)
    return noun is not None and (grammar.lemma(noun) == "peacekeeper" or any(
        grammar.lemma(c) == "peacekeeping" for c in noun.children if c.dep_ in ("amod", "compound")))


def _home_force(context: ArticleContext, event: dict) -> dict | None:
    """Soldiers of no stated side, in a report about one country, are that country's ("16
    soldiers are missing" in a Pakistan story): the last resort, after the last named force,
    the source's country and a state force the report's force mentions agree on."""
    if context.home is None:
        return None
    noun = counted_noun(context.doc, event)
    foreign = grammar.lexicon().foreign_force_words
    if noun is None or grammar.lemma(noun) in foreign or any(
            grammar.lemma(c) in foreign for c in noun.children if c.dep_ in ("amod", "compound")):
        return None  # peacekeepers, foreign or coalition troops serve abroad
    return sides.actor_record(context.doc, [context.home], [context.doc[noun.i : noun.i + 1]])


def _police_placed_late(context: ArticleContext, events: list[dict]) -> None:
    """Police of no stated side take their place's country once the article passes have placed
    them ("Gunmen killed four policemen. The shooting occurred at a checkpoint in Karachi"),
    over a side only guessed for unnamed forces (a foreign army the report is about)."""
    guessed = {id(event) for event in context.unnamed_forces}
    for event in events:
        if event["type"] != "casualty" or not (event["actor"] is None or id(event) in guessed):
            continue
        police = _police_of_their_place(context, event)
        if police is not None and (event["actor"] or {}).get("country") != police["country"]:
            event["actor"] = police


def _police_of_their_place(context: ArticleContext, event: dict) -> dict | None:
    """"killed a police chief and two other police officers in Mosul": police are the force of
    the country they serve in, the place's (else the report's), never a foreign army the report
    is about (``local_force_nouns``)."""
    noun = counted_noun(context.doc, event)
    words = grammar.lexicon().local_force_nouns
    if noun is not None and grammar.lemma(noun) == "member":
        # "five members of the security forces": the force they belong to
        noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), noun)
    if noun is None or not (grammar.lemma(noun) in words or any(
            c.dep_ == "compound" and grammar.lemma(c) in words for c in noun.children)):
        return None
    country = places.country_of(event["location"], context.doc) or context.home
    if country is None:
        return None
    named = places.naming_words(event["location"], context.doc) or context.doc[noun.i : noun.i + 1]
    return sides.actor_record(context.doc, [country], [named])


def _sources_of_quotations(context: ArticleContext, events: list[dict]) -> None:
    """A figure with no source inside a quotation takes the speaker it is attributed to
    ('"Three guards were killed. We buried them," he said.')."""
    def named_before(offset: int) -> list[dict]:
        return [found for s in context.sentences if s.end_char <= offset for found in sources.sentence_speakers(s)]

    for event in events:
        if event["source"] is None:
            event["source"] = sources.quotation_speaker(context.doc, event["count"]["start"], named_before)


def _sources_told_after(context: ArticleContext, events: list[dict]) -> None:
    """A figure with no source in its sentence takes the one the next sentence gives for it
    ("Twelve soldiers were killed. That is according to the army.")."""
    following = {s.start_char: context.sentences[i + 1]
                 for i, s in enumerate(context.sentences[:-1])}
    for event in events:
        after = following.get(event["sentence"]["start"])
        if event["source"] is None and after is not None:
            event["source"] = sources.told_after(after)


#: The article-level passes, in order: each takes the events of the whole article and
#: settles what one sentence could not. The explain trace names a field's rule after the pass
#: that changed it ("date.lede_next_sentence").
ARTICLE_PASSES = (
    ("since_what_was_told", lambda c, events: time.since_what_was_told(
        c.sentences, events, c.date_spans, c.resolve_date)),
    ("incident_retold", lambda c, events: incident_retold(
        c.doc, c.sentences, events, c.date_spans, c.resolve_date)),
    ("lede_next_sentence", lambda c, events: time.lede_dated_next(
        c.sentences, events, c.date_spans, c.resolve_date)),
    ("incident_day", lambda c, events: incident_days(
        c.sentences, events, coerce_published(c.doc._.muster_published), c.date_spans, c.resolve_date)),
    ("incident_day_told_later", lambda c, events: incident_day_told_later(
        c.sentences, events, coerce_published(c.doc._.muster_published), c.date_spans, c.resolve_date)),
    ("part_of_a_short_total", lambda c, events: parts_of_a_short_total(c.sentences, events)),
    ("after_the_report", lambda c, events: no_harm_after_the_report(
        events, coerce_published(c.doc._.muster_published))),
    ("deployment_told_once", lambda c, events: deployment_told_once(
        c.doc, c.sentences, events, c.date_spans, c.resolve_date)),
    ("unnamed_force_side", _sides_of_unnamed_forces),
    ("armed_group_in_focus", _armed_group_in_focus),
    ("losses_of_forces", lambda c, events: flags.losses_of_forces(events, c.losses)),
    ("place_referred_back", lambda c, events: places.place_referred_back(c.doc, c.sentences, events)),
    ("lede_place", lambda c, events: places.lede_place(c.doc, c.sentences, events, c.date_spans, c.resolve_date)),
    ("incident_place", lambda c, events: incident_place_told_elsewhere(
        c.doc, c.sentences, events, c.date_spans, c.resolve_date)),
    ("finer_place_next", lambda c, events: finer_place_next(c.doc, c.sentences, events, c.date_spans, c.resolve_date,
                                                            c.home)),
    ("site_named_later", lambda c, events: places.site_named_later(c.doc, c.sentences, events)),
    ("incident_place_by_its_day", lambda c, events: incident_place_by_its_day(c.doc, c.sentences, events)),
    ("place_in_focus", lambda c, events: places.place_in_focus(c.doc, c.sentences, events, c.home)),
    ("total_over_places", lambda c, events: places.total_over_places(c.doc, c.sentences, events)),
    ("destination_told_before", lambda c, events: places.destination_told_before(events)),
    ("civilians_of_their_place", _civilians_of_their_place),
    ("police_of_their_place", _police_placed_late),
    ("same_side_as_leader", _sides_of_followers),  # after the passes that give the leader its side
    ("source_of_the_quotation", _sources_of_quotations),
    ("source_next_sentence", _sources_told_after),
    ("restatements_merged", lambda c, events: merge_known_sides(
        events, opening_start(c.sentences),
        coerce_published(c.doc._.muster_published), c.list_item_starts)),
    ("peacekeepers_of_their_mission", _peacekeepers_of_their_mission),
)


def _trigger_rule(candidate: Candidate) -> str:
    """The rule id of a candidate's trigger: the lexicon entry it matched, or the structure."""
    trigger = candidate.trigger
    if trigger.type == ELLIPSIS:
        return "trigger.figure_reported_after_another"
    if candidate.count.kind == "ordinal":
        return "trigger.ordinal_total"
    lex = grammar.lexicon()
    word = grammar.lemma(trigger.token)
    if word in lex.verb_triggers or trigger.token.lower_ in lex.verb_triggers:
        return f"trigger.verb:{word}"
    if word in lex.noun_triggers:
        return f"trigger.noun:{word}"
    return f"trigger.structure:{trigger.type}"


def sentences_before(sentences: list[Span], items: list[tuple[int, int]]) -> list[tuple[Span | None, Span | None]]:
    """For each sentence, the sentence before it and the one it reads its incident's place
    and day from (GUIDELINES §5, from context): the one before it too, but for a list item the
    list's lead-in ("Other attacks reported on Saturday include:"), since the items of a
    round-up are incidents side by side, not one told on. A list item's marker, a sentence of
    no words, is passed over; a sentence that opens a line and is no item ends the list.
    ``items``: ``layout.list_items``."""
    markers = {marker for marker, _ in items}
    firsts = {first for _, first in items}
    before: list[tuple[Span | None, Span | None]] = []
    last: Span | None = None  # the last sentence that is not a bare marker
    in_list, lead_in = False, None
    for sentence in sentences:
        if sentence.start_char in markers:
            before.append((last, last))
            continue
        if sentence.start_char in firsts:
            if not in_list:
                in_list, lead_in = True, last
            before.append((last, lead_in))
        else:
            if in_list and _opens_a_line(sentence):
                in_list, lead_in = False, None
            before.append((last, last))
        last = sentence
    return before


def _opens_a_line(sentence: Span) -> bool:
    """Whether only blanks stand between a sentence and the line break before it."""
    text, i = grammar.whole_text(sentence.doc), sentence.start_char
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


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


def _whole_among(figure: Token) -> bool:
    """"were among 34 killed": a figure after "among" counts the whole the people told before
    it belong to, not more of them nor a part of theirs."""
    return figure.dep_ == "pobj" and figure.head.lower_ == "among"


def _refers_back(noun: Token | None) -> bool:
    """A count with no people noun of its own ("others", "3,600 injuries" after "400 North
    Korean casualties"): it counts the people just named."""
    return noun is None or grammar.lemma(noun) in grammar.lexicon().more_people_words or (
        grammar.person_class(noun) is None and grammar.nominal_trigger(noun) is not None
    )


@dataclass
class _WholeAndPart:
    candidate: Candidate  # the whole, read before the part in the same sentence
    part: Token  # the people the part is: "children" of "nine of them children"


def _whole_told_by_pronoun(number: Token, found: list[Candidate]) -> _WholeAndPart | None:
    """The casualty count a part told by a pronoun belongs to ("killed 17 people, nine of them
    children"): the count read last before it in its sentence."""
    part = grammar.part_told_by_pronoun(number)
    if part is None or not found:
        return None
    whole = found[-1]
    if (whole.sentence.start != number.sent.start or whole.number_token.i >= number.i
            or whole.trigger.type != "casualty"):
        return None
    return _WholeAndPart(whole, part)


def _breakdown_owner(candidate: Candidate) -> Token | None:
    """The total's noun (or figure) for a breakdown ("eight people, including two children";
    "17 people, nine of them children")."""
    if candidate.whole is not None:
        return candidate.whole.noun if candidate.whole.noun is not None else candidate.whole.number_token
    token = candidate.noun if candidate.noun is not None else candidate.number_token
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in ("including", "among"):
        if _whole_among(token) and grammar.lemma(token.head.head) == "be":
            return None  # "two soldiers were among 34 killed": the 34 are the whole
        return grammar.total_noun(token.head)
    if candidate.noun is not None:
        return grammar.listed_among(candidate.noun)  # "five foreigners, among them two Germans"
    return None


