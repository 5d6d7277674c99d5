"""When an event happened: the one owner of an event's ``date``.

Which spans of a Doc are date expressions (``find_date_spans``, datelines), the date of an
event's own clause (``date``, with the report's day told apart), the clause's adjustments
(``event_date``: a toll since a war began, a strength "now", a planned event's next month), and
the dates an event takes from its context (the sentence before, the lede's day). The
normalization of one expression to ISO values is spaCy-free, in ``pipeline.text.dates``.
"""

from __future__ import annotations

import re
from datetime import date as date_type, timedelta
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.rules import grammar
from pipeline.text.dates import (ANCHORED_OPENING, ANCHORED_UNLABELLED, PARTS_OF_DAY, anchored_months, anchored_shift, days_spanned, from_anchor,
                                 from_anchor_months, months_ending, normalize_date, number_value, precision)
from pipeline.text import calendar_names, timex


#: Resolves a date expression's span (``api.Extractor``'s ``resolve``): ``ahead`` for a time still
#: to come, ``since`` for a running total from it, ``today`` for the publication day.
DateResolver = Callable[..., "dict | None"]


def _paragraph_break(previous: Span, sentence: Span) -> bool:
    """Whether a line break separates two sentences (spaCy may keep it inside either)."""
    last = max((t for t in previous if not t.is_space), key=lambda t: t.i, default=None)
    first = min((t for t in sentence if not t.is_space), key=lambda t: t.i, default=None)
    if last is None or first is None:
        return True
    return any("\n" in t.text_with_ws for t in sentence.doc[last.i : first.i])


def context_date(events: list[dict], sentence: Span, previous: Span | None,
                 date_spans: list[Span], resolve: DateResolver, list_item: bool = False) -> dict | None:
    """The incident's date told by an event in the sentence before, in the same paragraph
    ("Hundreds of fighters clashed Wednesday night. Nearly 30 militants were killed"), or by
    the sentence before when its speaker goes on: GUIDELINES §5, a date from context.
    Running totals neither give nor take one, nor does a sentence that turns to another
    incident ("Separately, ..."). A list item (``previous`` is then the list's lead-in) takes
    the day its lead-in tells, though each item is an incident of its own ("Attacks on
    Saturday included: * ... * 2 killed in a separate bombing")."""
    if previous is None:
        return None
    if list_item:
        return (_date_of_an_event_in(events, previous) or told_day(previous, date_spans, resolve)
                or _day_named(previous, date_spans, resolve))
    if grammar.opens_new_incident(sentence):
        return None
    if not _paragraph_break(previous, sentence) and (told := _date_of_an_event_in(events, previous)):
        return told
    if _speaker_goes_on(sentence):
        # "Miller says forces began the combat late Wednesday night. '... killing 18,' he
        # announced": the same speaker goes on telling the same incident
        return told_day(previous, date_spans, resolve)
    return None


def day_of_a_clock_time(date: dict | None, sentence: Span, previous: Span | None,
                        date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """"Rebels attacked the garrison on Wednesday. The fighters struck at about 3 a.m.,
    killing four soldiers": a clock time that names no day (read as the report's day when
    nothing else is told, ``_clock_time_alone``) is on the incident's day the sentence before
    told, as the narrative goes on; not past a turn to another incident, nor on a day that only
    dates a statement ("The army said on Friday ..."). The day, with the words that told it,
    or None."""
    if date is None or previous is None or not timex.names_no_day(date["text"]) or grammar.opens_new_incident(sentence):
        return None
    day = told_day(previous, date_spans, resolve)
    return day if _one_day(day) else None


def _date_of_an_event_in(events: list[dict], sentence: Span) -> dict | None:
    """The date of the last event read in a sentence that has one and is no running total."""
    return next((event["date"] for event in reversed(events) if event["date"] and not event["cumulative"]
                 and event["sentence"]["start"] == sentence.start_char), None)


def _day_named(sentence: Span, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The one day a sentence names, whatever it hangs on ("Reports on Saturday include:"),
    unless it is the day of a statement ("officials said Saturday")."""
    days = [found for d in spans_in(date_spans, sentence) if not grammar.day_of_a_statement(d)
            and (found := resolve(d)) is not None and found.get("granularity") == "day"]
    return days[0] if len(days) == 1 else None


def told_day(sentence: Span, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The day of the incident a sentence tells, leaving out the day of its report ("said on
    Saturday")."""
    told = [d for d in spans_in(date_spans, sentence) if not _day_of_a_report(d)]
    return incident_day(sentence.root, told, resolve)


def _day_of_a_report(day: Span) -> bool:
    """Whether a date is the day something was said ("said on Saturday", "told AFP Sunday",
    "in Sunday's statement"), not a day something happened."""
    verbs = grammar.lexicon().attribution_verbs
    return (grammar.day_of_a_statement(day)
            or (grammar.lemma(day.root.head) in verbs and day.root.head.pos_ in ("VERB", "AUX"))
            or (day.root.head.dep_ == "prep" and grammar.lemma(day.root.head.head) in verbs)
            or _right_after_reporting(day))


def _own_time_beside(report_day: Span, trigger: Token, date_spans: list[Span]) -> bool:
    """Whether the trigger's clause tells a time of its own besides a day right after the
    reporting verb that the parser hung on the trigger ("said on Monday they had killed 120
    soldiers over the weekend"): that day is then the report's."""
    return any(other is not report_day and other.root in trigger.subtree and not _right_after_reporting(other)
               for other in date_spans)


def _right_after_reporting(span: Span) -> bool:
    """"Officials said on Monday the bomber struck": a day right after a reporting verb, or
    after the one it told ("told AFP on Thursday", "told reporters on Friday"), is the
    report's, however the parser attached it."""
    before = span.start - 1
    if before >= span.sent.start and span.doc[before].lower_ == "on":
        before -= 1
    told = span.doc[before] if before >= span.sent.start else None
    if (told is not None and told.dep_ in ("dobj", "dative") and told.right_edge.i == before
            and told.left_edge.i == told.head.i + 1 and grammar.lemma(told.head) in grammar.lexicon().listener_verbs):
        before = told.head.i  # the one told, right after its verb ("showed new tactics" tells no one)
    # a verb, not the noun of "Yobe state late Monday"
    return (before >= span.sent.start and span.doc[before].pos_ in ("VERB", "AUX")
            and grammar.lemma(span.doc[before]) in grammar.lexicon().attribution_verbs)


def spans_in(date_spans: list[Span], sentence: Span) -> list[Span]:
    """The date expressions that start inside a sentence."""
    return [d for d in date_spans if sentence.start <= d.start < sentence.end]


#: The longest stretch one incident is told over ("between Friday and Sunday", "this week");
#: "the attacks of the past three years" are many incidents, whose window is no one's day.
INCIDENT_DAYS = 7


def incident_day(anchor: Token, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The date an incident word or clause tells (see ``date``), for an event that states none
    of its own; a running total's "since ..." is not an incident's day, nor a window of weeks
    or years."""
    found, _ = date(anchor, date_spans, resolve)
    if found is None or found["text"].lower().startswith("since"):
        return None
    if (days := _look_back_days(found)) is not None and days > INCIDENT_DAYS:
        return None  # "the attacks of the past three years": many incidents
    return found


def from_to(first: dict, last: dict) -> dict:
    """The interval from the start of one date to the end of a later one, its text and span
    those of the first: "Wednesday night ... lasted into Thursday morning", "since May 1" up to
    "late Tuesday". The later date alone when either is unresolved or they do not follow."""
    if None in (first["start_date"], last["end_date"]) or first["start_date"] >= last["end_date"]:
        return last
    start, end = first["value"].split("/")[0], last["value"].split("/")[-1]
    return {**first, "value": f"{start}/{end}", "end_date": last["end_date"]}


_THIS_PERIOD = re.compile(r"\bthis (?:week|month|year)\b", re.IGNORECASE)


def so_far(date: dict, published) -> dict:
    """A running total's period that the report falls in ("this year" in a July story) runs
    from the period's start to the report's day: "2019-01-01/2019-07-13" (GUIDELINES §6, a
    running total's date is an interval up to the report, as "since X" is)."""
    if published is None or _THIS_PERIOD.search(date.get("text") or "") is None \
            or None in (date.get("start_date"), date.get("end_date")):
        return date  # not the period the report is in ("began in the 1970s" is told to the report already)
    today = published.isoformat()
    if not date["start_date"] < today <= date["end_date"]:
        return date
    return {**date, "value": f"{date['start_date']}/{today}", "end_date": today}


def until(date: dict, today: dict) -> dict:
    """A day-by-day interval cut at the report's day ("this week" in a Friday story: Monday
    to Friday; in a Monday story, the Monday alone); months, seasons and years keep their
    calendar value."""
    parts = date["value"].split("/")
    if len(parts) != 2 or len(parts[1]) != 10 or date["end_date"] <= today["end_date"]:
        return date
    if today["end_date"] < date["start_date"]:
        return date  # a period the report comes before
    return from_to(date, today)


def now_word(trigger: Token) -> Span | None:
    """"now" or "currently" on a presence's verb ("troops are now in Mali", "forces that are
    currently in Romania", "There are currently 3,000 soldiers stationed in Iraq", through the
    force the participle describes), or "at present", "at this time": a strength stated for
    the day of the report."""
    lex = grammar.lexicon()
    for verb in (trigger, *list(trigger.ancestors)[:2]):
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in lex.present_adverbs:
                return child.doc[child.i : child.i + 1]
            if child.dep_ == "prep" and child.lower_ == "at":
                phrase = child.doc[child.left_edge.i : child.right_edge.i + 1]
                if phrase.text.lower() in lex.present_phrases:
                    return phrase
    return None


def began_at(trigger: Token, date_spans: list[Span]) -> Span | None:
    """"a revolt that began in the 1970s and has claimed 150,000 lives", "The war, which
    started in 2011, has killed 500,000": a toll in the perfect counts from when the war began,
    a running total like "since the 1970s" (GUIDELINES §5)."""
    if trigger.dep_ == "dobj":
        trigger = trigger.head  # "has claimed 150,000 lives": the toll noun's verb
    if not grammar.perfect(trigger):
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    for span in date_spans:
        verb = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if grammar.lemma(verb) not in grammar.lexicon().beginning_verbs:
            continue
        if (trigger.dep_ == "conj" and trigger.head == verb) or (
                verb.dep_ == "relcl" and verb.head in subjects):
            return span
    return None


def war_began(sentence: Span, previous: Span | None, date_spans: list[Span],
               resolve: DateResolver) -> dict | None:
    """The period of a war's running total that states none of its own: from the start the
    text gives the war, in its sentence or the one before ("have been fighting since 1983.
    About 70,000 people have been killed in the conflict"; "the war, which began in 2014"), or
    the length its sentence says it has lasted ("has raged for six years"), to the report's
    day. None when neither is told."""
    lex = grammar.lexicon()
    if (lasted := _war_lasted(sentence)) is not None:
        return lasted
    for where in (sentence, previous):
        for span in spans_in(date_spans, where) if where is not None else ():
            if span[0].lower_ == "since":
                return resolve(span)
            verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and grammar.lemma(verb) in lex.beginning_verbs and any(
                    grammar.lemma(t) in lex.war_nouns for t in (verb, verb.head, *verb.children)):
                found = normalize_date(f"since {span.text}", published=span.doc._.muster_published)
                if found is not None:  # "the war, which began in 2014": since 2014
                    return {**found, "text": span.text, "start": span.start_char, "end": span.end_char}
    return None


def _war_lasted(sentence: Span) -> dict | None:
    """"The conflict has raged for six years, killing ...": a war told in the present perfect
    with how long it has lasted runs over that length up to the report's day (the past six
    years), as "since" a start does."""
    lex = grammar.lexicon()
    for war in (t for t in sentence if t.dep_ == "nsubj" and grammar.lemma(t) in lex.war_nouns):
        verb = war.head
        if not grammar.present_perfect(verb):
            continue
        # "has raged for six years", "has lasted 11 years"
        lengths = [(prep, o) for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                   for o in prep.children if o.dep_ == "pobj"]
        lengths += [(o, o) for o in verb.children if o.dep_ in ("dobj", "npadvmod")]
        for first, length in lengths:
            if not any(c.dep_ == "nummod" for c in length.children):
                continue
            end = length.idx + len(length.text)
            phrase = grammar.doc_text(sentence.doc, length.left_edge.idx, end)
            found = normalize_date(f"the past {phrase}", published=sentence.doc._.muster_published)
            start = min(first.idx, length.left_edge.idx)
            if found is not None and "/" in (found.get("value") or ""):
                return {**found, "text": grammar.doc_text(sentence.doc, start, end), "start": start, "end": end}
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
            if node.head == trigger and grammar.same_harm_retold(node, trigger):
                return False  # "five hostages who were seized Tuesday": the day they were taken
            where = any(c.lower_ == "where" for c in node.children)
            scope = trigger.head if trigger.dep_ == "conj" or _predicate_of(trigger) else trigger
            # "killed and ten injured"; "The ambush, which took place on Monday, left five wounded"
            if grammar.lemma(node.head) in incidents and node.head in scope.subtree and not where:
                # "arrested in connection with the bombing, which killed 30 on New Year's Eve":
                # people taken for an incident are taken after it, not on its day
                return _taken_for_the_incident(trigger, node.head)
            if node.head in scope.subtree and _attack_of_the_counted(node):
                return False  # "killed seven fighters who stormed the airport Monday": that attack's day
            clause = scope.head if scope.pos_ == "NOUN" else scope  # "bodies were found at"
            if where and grammar.lemma(node) in incidents and grammar.unnamed_site(node.head) \
                    and node.head in clause.subtree:
                return False  # "found at the site where a helicopter crashed yesterday": that day
            return trigger not in node.subtree
        if node == trigger:
            return False
    return False


def _past_of_a_clause_beside(token: Token, trigger: Token) -> bool:
    """"Niger's junta expelled French troops last year, and some 1,000 U.S. troops remain
    stationed there": a time in a clause joined to the trigger's, with a subject of its own and
    told in the past while the trigger's clause is told in the present, dates that clause only."""
    def clause_of(word: Token) -> Token | None:
        return next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")
                     and any(c.dep_ in grammar.SUBJECT_DEPS for c in t.children)), None)

    clause, own = clause_of(token), clause_of(trigger)
    if clause is None or own is None or clause == own:
        return False
    if not ((own.dep_ == "conj" and own.head == clause) or (clause.dep_ == "conj" and clause.head == own)):
        return False
    present = own.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in own.children)
    return clause.tag_ == "VBD" and present


def _predicate_of(trigger: Token) -> bool:
    """Whether a trigger is the participle a verb predicates of its object ("left five soldiers
    wounded", "left three dead"): the verb's subject is what did the harm."""
    return (trigger.dep_ in ("oprd", "xcomp", "acomp", "advcl") and trigger.tag_ in ("VBN", "JJ")
            and trigger.head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trigger.children))


def _taken_for_the_incident(trigger: Token, incident: Token) -> bool:
    """Whether a capture is told as made for an incident ("arrested in connection with the
    bombing", "detained over the attack", "held for the ambush"): a later act than it."""
    taken = grammar.lexicon().verb_triggers.get(grammar.lemma(trigger), (None, None))[1] == "captured"
    prep = incident.head if incident.dep_ == "pobj" else None
    return taken and prep is not None and prep.lower_ in ("with", "over", "for")


def _day_of_what_it_was_taken_for(day: Token, trigger: Token) -> bool:
    """Whether a day is told of the incident a capture was made for ("arrested five men over
    Tuesday's raid", "detained two suspects in connection with Sunday's bombing")."""
    incidents = grammar.lexicon().incident_nouns
    return any(grammar.lemma(node) in incidents and node.dep_ == "pobj" and trigger in node.head.ancestors
               and _taken_for_the_incident(trigger, node)
               for node in (day, *day.ancestors) if node != trigger)


def incident_acted_on(trigger: Token) -> Token | None:
    """The incident an event is told in a clause on, when its sentence tells an act done
    afterwards about that incident or about someone in it (``acts_after_incidents``: "the
    gunman in a shooting that left three dead was sentenced Friday", "arrived on Monday to
    investigate a jailbreak in which a guard was killed", "arrested two men over a bombing that
    killed six"): a sentence, an arrest, an inquiry come after the incident, so no day of
    theirs is its day. Not a sentence that tells the incident itself ("launched attacks Friday,
    sparking gun battles that left 12 dead"), and not a clause on people ("soldiers who were
    killed") or on a place ("the village where 12 were killed"), told of them."""
    incident = next((node.head for node in (trigger, *trigger.ancestors) if node.dep_ in ("relcl", "acl")), None)
    if (incident is None or incident.pos_ != "NOUN" or grammar.person_class(incident) is not None
            or grammar.is_place_head(incident)):
        return None
    verb = next((node for node in incident.ancestors if node.pos_ in ("VERB", "AUX")), None)
    if verb is None or grammar.lemma(verb) not in grammar.lexicon().acts_after_incidents:
        return None
    return incident


def _day_of_an_act_about_it(day: Token, trigger: Token) -> bool:
    """Whether a day lies outside the incident an act is told about (``incident_acted_on``)."""
    incident = incident_acted_on(trigger)
    return incident is not None and day not in incident.subtree


def _attack_of_the_counted(clause: Token) -> bool:
    """Whether a relative clause on the people counted tells the attack they made, in the
    simple past ("fighters who stormed the airport", "gunmen who launched a raid"): the event
    is that attack's outcome, on its day. Not an earlier deed ("who had attacked a convoy in
    May", "who was wanted for the 2019 bombing")."""
    lex = grammar.lexicon()
    people = clause.head
    if grammar.person_class(people) is None or clause.tag_ != "VBD" or any(
            c.dep_ == "aux" for c in clause.children):
        return False
    return grammar.lemma(clause) in lex.attacking_verbs | lex.hitting_verbs or (
        grammar.lemma(clause) in lex.light_verbs and any(
            c.dep_ == "dobj" and grammar.lemma(c) in lex.incident_nouns for c in clause.children))


def date(trigger: Token, date_spans: list[Span], resolve: DateResolver,
         counted: Token | None = None, number: Token | None = None) -> tuple[dict | None, str | None]:
    """The event date: the DATE entity nearest the trigger in the parse. A date that modifies
    only a reporting verb above the trigger ("the military said Saturday") is the report date,
    and a date outside the trigger's tree (a dateline) is used only when nothing else is. A
    second count joined to the first with a time of its own ("killed 8 villagers on Tuesday
    night and 3 more on Wednesday morning": ``counted`` is the 3) takes that time, and so does
    a part set off after the clause ("45 died over the past week, 12 of them yesterday":
    ``number`` is the 12), whose time is never the total's."""
    if number is not None and grammar.part_set_off(number) is not None:
        extent = grammar.part_extent(number)
        own = next((ent for ent in date_spans if extent.start <= ent.start and ent.end <= extent.end), None)
        if own is not None and (found := resolve(own)) is not None:
            return found, None
    # a part hangs on the trigger or on a verb above it ("were reported to be killed in the
    # past seven days, 14 of them today")
    parts = [grammar.part_extent(c) for verb in (trigger, *list(trigger.ancestors)[:2]) for c in verb.children
             if c.i > trigger.i and grammar.part_set_off(c) == verb]
    date_spans = [ent for ent in date_spans
                  if not any(p.start <= ent.start and ent.end <= p.end for p in parts)]
    if number is not None and (words := grammar.tally_words(number)) is not None:
        # "An Italian soldier was killed on Sunday, bringing the number of Italians killed in
        # Afghanistan to 12": a tally raised to its figure is dated by its own words ("this
        # year", "rose to 42 on Wednesday"), never by the day of what raised it
        told = {t.i for part in words for t in part}
        date_spans = [ent for ent in date_spans if ent.root.i in told]
    if counted is not None and counted.dep_ == "conj" and counted != trigger:
        own = next((ent for ent in date_spans if ent.root in counted.subtree), None)
        if own is not None and (found := resolve(own)) is not None:
            return found, None
    if (since := grammar.since_of_its_day(trigger)) is not None:
        # "the deadliest day since May 4, when five soldiers died": that day
        own = next((ent for ent in date_spans if ent[0] == since and len(ent) > 1), None)
        if own is not None and (found := resolve(own[1:])) is not None:
            return found, None
    if (own := _incident_day_beside(trigger, date_spans)) is not None and (found := resolve(own)) is not None:
        return found, None  # "talks today following a clash yesterday which left three dead"
    lex = grammar.lexicon()
    best, reported, loose = None, None, None
    told_of_someone = grammar.in_who_someone_is(trigger)
    # "signed a deal last Friday to end the war, claiming 200,000 lives", "agreed on Monday to
    # end a conflict that has killed 50,000": the war's toll, told of the war, not dated by
    # what is done about it
    war = next((t.head for t in (trigger, *list(trigger.ancestors)[:3])  # "claimed thousands of lives"
                if t.dep_ in ("relcl", "acl") and grammar.lemma(t.head) in lex.war_nouns), None)
    for ent in date_spans:
        if war is not None and ent.root not in war.subtree:
            continue
        if _in_other_clause(ent.root, trigger):
            continue  # "near Jabalia, where troops have fought since October": not this event
        if _past_of_a_clause_beside(ent.root, trigger):
            continue  # "expelled French troops last year, and 1,000 U.S. troops remain": not theirs
        if _told_as_before(trigger, ent.root):
            continue  # "calm was reported Sunday, following violence that left 400 dead"
        if not told_of_someone and grammar.in_who_someone_is(ent.root):
            continue  # "killed a leader tied to the New Year's Eve attack": that attack's day
        if grammar.tells_an_origin(ent.root) and _WEEKDAY_WORDS.search(ent.text) is None:
            # "killed a farmer born in 1971": when he began, not the event; a weekday the
            # parser hangs there ("two brothers born in 1990 and 1994 on Monday") is no birthday
            continue
        if _day_of_what_it_was_taken_for(ent.root, trigger):
            continue  # "arrested five men over Tuesday's raid": taken after that day
        if _day_of_an_act_about_it(ent.root, trigger):
            continue  # "the gunman in a shooting that left three dead was sentenced Friday"
        if grammar.day_of_a_statement(ent) and ent.root not in trigger.subtree:
            if (resolved := resolve(ent)) is not None:
                reported = reported or resolved.get("value")  # "it said in Sunday's statement"
            continue
        if ent[0].lower_ == "since" and _since_on_other_noun(ent[0], trigger):
            continue  # "the worst attack since the 2003 invasion": a comparison, not a total
        resolved = resolve(ent)
        if resolved is None:
            continue
        if resolved.get("granularity") != "day" and _window_of_a_comparison(ent):
            continue  # "The bombing on Sunday was the deadliest in the city this year"
        head = ent.root.head
        if (head.dep_ == "prep" and head.lower_ == "on" and grammar.lemma(head.head) in lex.attribution_verbs
                and any(c.dep_ == "nsubj" and c.i < head.i for c in head.head.children)
                and any(c.dep_ == "ccomp" and c.i > head.i for c in head.head.children)):
            head = head.head  # "Military sources on Wednesday said that ...": the day of the telling
        if ent[0].lower_ != "since" and ((  # a running total's start is never the report's day
            grammar.lemma(head) in lex.attribution_verbs
            and not _reported_happening(head)
            and head in trigger.ancestors
            and ent.root not in trigger.subtree
            and not _after_incident_word(ent)
            and not _before_the_speaker(ent, head)
            and not _fronted_day(ent)
        ) or (_right_after_reporting(ent) and (ent.root not in trigger.subtree or _own_time_beside(ent, trigger, date_spans))) or (
            _before_the_telling(trigger, ent)
        ) or _setting_of_the_telling(ent, trigger) or _opens_a_later_report(ent, trigger)):
            reported = reported or resolved.get("value")
            continue
        distance = _tree_distance(ent.root, trigger)
        if distance is None:
            loose = loose or resolved
        else:
            # as near in the parse, the more exact time wins ("the second clash this month;
            # on June 3 there was a clash ... wounding two"); a part of the day alone ("the
            # late-night attack on Tuesday") gives way to the day named with it
            rank = (timex.names_no_day(ent.text), distance, precision(resolved) or 4)
            if best is None or rank < best[0]:
                best = (rank, resolved)
    if best is not None:
        return best[1], reported
    if reported is None and loose is None and (clock := _clock_time_alone(trigger, date_spans, resolve)):
        return clock, None  # "killed in a bombing at 10am local time": on the report's day
    return (None if reported else loose), reported


def _opens_a_later_report(ent: Span, trigger: Token) -> bool:
    """"A day later, officials said the blast killed 19 people": a time counted forward from
    the incident told before, opening a later telling of it (``grammar.later_report``), is the
    day the figure was given."""
    sentence = ent.sent
    first = next((t for t in sentence if not t.is_space), None)
    return (first is not None and ent.start <= first.i and ent.root not in trigger.subtree
            and (grammar.opening_shift(sentence) or 0) > 0 and grammar.later_report(sentence))


def _setting_of_the_telling(ent: Span, trigger: Token) -> bool:
    """"During a protest in Paris on Saturday, a man said three relatives were killed": a day
    inside a phrase that sets the scene of the telling, through a noun ("a protest"), is when
    it was told. A day directly on the reporting verb has rules of its own above."""
    prep = grammar.telling_prep(ent.root)
    return (prep is not None and prep.head in trigger.ancestors and ent.root not in trigger.subtree
            and any(c.dep_ == "pobj" and c.pos_ == "NOUN" and c not in ent for c in prep.children))


def _one_day(value: dict | None) -> bool:
    """Whether a resolved date is a single day (not a range, a month, or unresolved)."""
    return days_spanned(value) == 0


def _clock_time_alone(trigger: Token, date_spans: list[Span], resolve: DateResolver) -> dict | None:
    """The report's day, for an event whose sentence gives a clock time and no day at all
    ("at 10am local time"; GUIDELINES §10: a part of the day with no day named is the report's
    day), told with the clock time's words."""
    planned_aux = grammar.lexicon().planned_aux
    if any(c.dep_ == "aux" and c.lower_ in planned_aux for t in (trigger, *trigger.ancestors) for c in t.children):
        return None  # "will begin patrolling at 8am": a time still to come
    told = spans_in(date_spans, trigger.sent)  # "at about 3:20 local time (19:20 GMT) and 4:00"
    if not told or not all(timex.names_no_day(t.text) and resolve(t) is None for t in told):
        return None
    verb = grammar.clause_verb(trigger)
    # "opened fire at 1430 GMT, killing four": a participle going on from the clause is its
    going_on = (verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG"
                and not any(c.dep_ == "mark" for c in verb.children))
    if not any((verb is not None and grammar.clause_verb(t.root) in (verb, verb.head if going_on else None))
               or trigger in t.root.ancestors for t in told):
        return None  # "The curfew begins at 20:00 GMT, after 14 protesters were killed": the curfew's
    return resolve(told[0], today=True)


def _incident_day_beside(trigger: Token, date_spans: list[Span]) -> Span | None:
    """The day written between an incident noun and the relative clause that tells its toll
    ("a border clash yesterday which left three soldiers dead", "the ambush on Sunday that
    killed six"): the incident's day for what that clause tells, however the parser attached
    the day or the clause (it may hang them on the sentence's verb, whose own day is another:
    "Today saw talks ... following a border clash yesterday which left ..."). Read on the
    words, not the parse; not when the clause names a day of its own."""
    doc, sentence = trigger.doc, trigger.sent
    opener = next((t for t in reversed(doc[sentence.start : trigger.i])
                   if t.lower_ in ("which", "that") and t.dep_ in grammar.SUBJECT_DEPS), None)
    if opener is None:
        return None
    day = next((ent for ent in date_spans if ent.end == opener.i), None)
    if day is None or any(ent.start > opener.i and ent.start < sentence.end for ent in date_spans):
        return None
    before = day.start - 1
    if before > sentence.start and doc[before].lower_ == "on":
        before -= 1
    return day if before >= sentence.start and grammar.lemma(doc[before]) in grammar.lexicon().incident_nouns else None


def vague_time(trigger: Token, date_spans: list[Span]) -> dict | None:
    """A time the trigger's own clause tells too loosely for a calendar ("has claimed thousands
    of lives in recent years"): the event keeps it, with no value, rather than a day another
    sentence tells of something else (a number is never silently given a date)."""
    from pipeline.text.dates import vague_period

    clause = grammar.clause_verb(trigger)
    for span in date_spans:
        if (span.sent == trigger.sent and grammar.clause_verb(span.root) == clause
                and not _in_other_clause(span.root, trigger) and vague_period(span.text)):
            return {"text": span.text, "start": span.start_char, "end": span.end_char,
                    "value": None, "start_date": None, "end_date": None,
                    "granularity": None, "relative": False}
    return None


def _told_as_before(trigger: Token, token: Token) -> bool:
    """Whether the trigger is told in a clause on something that came before the date's clause
    ("calm returned Sunday, following violence that left 400 people dead", "after fighting
    that killed 12"): the date says when the later thing happened, not the toll."""
    clause = next((node for node in (trigger, *trigger.ancestors) if node.dep_ == "relcl"), None)
    if clause is None or token in clause.subtree:
        return False
    noun = clause.head
    return (noun.dep_ == "pobj" and noun.head.lower_ in _EARLIER_PREPS
            and noun.head not in (token, *token.ancestors))


#: Prepositions whose object happened before the clause they hang on.
_EARLIER_PREPS = frozenset({"following", "after", "since"})


def _reported_happening(verb: Token) -> bool:
    """"Calm was reported in the capital Sunday, as hundreds of troops patrolled": a passive
    reporting verb with no one reporting tells what happened that day, not when it was told."""
    return (any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def _before_the_telling(trigger: Token, ent: Span) -> bool:
    """"The mission released the figure Friday, revising an account that up to 20 civilians had
    been killed": a past perfect under a clause that holds the date tells what happened before
    that day, so the date is the telling's, not the event's."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)
    if not perfect or ent.root in verb.subtree:
        return False
    above_date = {ent.root.head, *ent.root.ancestors}
    return any(a in above_date for a in verb.ancestors)


def _since_on_other_noun(since: Token, trigger: Token) -> bool:
    """Whether "since" hangs on a superlative ("the deadliest attack since 2003", "one of the
    worst attacks since the invasion"): a comparison, not the period of a running total like
    "killed since May 1" or "a wave of attacks since August"."""
    head = since.head
    if head == trigger or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.tag_ == "JJS" or c.lower_ in grammar.lexicon().singling_words for c in head.children)


def _window_of_a_comparison(ent: Span) -> bool:
    """"The bombing on Sunday was the deadliest in the city this year", "the worst attack on
    the capital this month", "the first raid in months": a period told with a superlative is
    the window the incident is compared over, not its time (the caller keeps a day: "the
    deadliest attack on Sunday" is that attack's)."""
    head = ent.root.head
    if head.dep_ == "prep":
        head = head.head
    # "Sunday's bombing was the worst in Kabul this year": the period on the copula
    compared = [head, *(c for c in head.children if c.dep_ == "attr")] if grammar.lemma(head) == "be" else [head]
    return any(word.tag_ == "JJS" or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in grammar.lexicon().singling_words)
        for c in word.children) for word in compared)


def _before_the_speaker(ent: Span, verb: Token) -> bool:
    """"Two Marines were killed in Ramadi, Iraq, Dec. 3, officials said": a date between the
    clause reported and the speaker ends the clause, whatever the parser hung it on; the day of
    the telling comes with the speaker ("officials said Dec. 3", "officials on Dec. 3 said")."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < ent.start]
    speaker = [c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i >= ent.end]
    return bool(said and speaker)


def _fronted_day(ent: Span) -> bool:
    """"Also Saturday, police said a bomb exploded ...", "Separately Monday, officials say ...":
    a day that opens the sentence, set off by a comma before the speaker, with at most a word
    that turns to the next item before it, is the day of what is told, as "On Saturday, police
    said ..." is, whatever the parser hung it on. Not when what is told names a day of its own
    ("Also Saturday, the group said the toll from Thursday's airstrikes rose to 71"): then the
    opening day is the telling's."""
    sentence = ent.sent
    before = [t for t in sentence.doc[sentence.start : ent.start] if not t.is_space]
    after = ent.doc[ent.end] if ent.end < sentence.end else None
    return (after is not None and after.text == ","
            and all(t.pos_ in ("ADV", "CCONJ") and t.dep_ in ("advmod", "cc") for t in before)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in sentence.doc[ent.end : sentence.end]))


def _after_incident_word(ent: Span) -> bool:
    """"In violence Tuesday, police say...": a day set right after an incident word names the
    incident's day even when the parser hangs it on the reporting verb."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    return before is not None and grammar.lemma(before) in grammar.lexicon().incident_nouns


def _told_apart(trigger: Token, date: dict) -> int | None:
    """The days between the day a sentence names and an event told in its "a day after ..." or
    "two days before ..." clause (the event is that far before or after the named day), when
    the day lies outside that clause; None otherwise. Only a single named day is shifted."""
    if not _one_day(date):
        return None

    def in_date(token: Token) -> bool:
        return date["start"] <= token.idx < date["end"]

    for clause in (trigger, *trigger.ancestors):
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
        if clause.dep_ != "advcl" or not marks:
            continue
        if in_date(marks[0]):
            # "The ambush on Friday came two days after rebels killed six soldiers": the
            # expression was counted forward from Friday for what follows it; the clause's
            # own event lies as far before Friday
            shift = anchored_shift(date["text"])
            return -2 * shift if shift is not None and date.get("relative") else None
        if any(in_date(t) for t in clause.subtree):
            return None  # the clause names its own day
        lengths = [c for c in (*clause.children, *marks[0].children) if c.dep_ == "npadvmod"]
        if not lengths:
            return None
        length = trigger.doc[lengths[0].left_edge.i : lengths[0].i + 1].text  # "a day", "two days"
        shift = anchored_shift(f"{length} {marks[0].lower_}")
        return -shift if shift is not None else None
    return None


def _days_after_an_incident(doc: Doc, trigger: Token, in_sentence: list[Span],
                            resolve: DateResolver, told_from: dict | None = None) -> dict | None:
    """"Tension was high on Wednesday, two days after a bombing that killed 14 shoppers",
    "Security remains tight a day after clashes killed 60 people": a count told inside an
    "N days after/before <incident>" phrase is as many days from the day its sentence tells,
    or from the report's day when the sentence tells none and speaks in the present, or from
    the day the narrative last dated (``told_from``, the phrase as the article read it). The
    date record is the phrase that sets it apart ("two days after")."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ == "pobj" and node.head.lower_ in ("after", "before") and node.head.dep_ == "prep":
            prep, governor = node.head, node.head.head  # "two days after a bombing that killed 14"
            break
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is not None and node.dep_ == "advcl":
            prep, governor = mark, node.head  # "a day after clashes killed 60 people"
            break
    else:
        return None
    lengths = [c for c in (*prep.children, *(node.children if prep.dep_ == "mark" else ()), *governor.children)
               if c.dep_ == "npadvmod" and c.right_edge.i == prep.i - 1]  # "a day" right before "after"
    if not lengths:
        return None
    phrase = doc[lengths[0].left_edge.i : prep.i + 1]  # "two days after"
    shift = anchored_shift(phrase.text)
    if shift is None:
        return None
    told = set(node.subtree) | set(phrase)
    own = [found for span in in_sentence if span.root in told and not set(span) & set(phrase)
           and _one_day(found := resolve(span))]
    if own:
        return own[0]  # "a week after a car bomb on March 3 killed 20": the clause's own day
    days = [found for span in in_sentence if span.root not in told and not set(span) & told
            and _one_day(found := resolve(span))]
    if len(days) == 1:
        anchor = days[0]
    elif not days and governor.tag_ in ("VBZ", "VBP") and _one_day(today := resolve(phrase, today=True)):
        anchor = today  # "remains tight": told of the report's day (none without a publication date)
    elif not days and told_from and told_from.get("start_date") and told_from["start"] == phrase.start_char:
        # "The attacks came one day after strikes killed 19": the phrase was read as a day
        # counted forward from the day the narrative last dated, which is the attacks' day
        anchor = from_anchor(told_from, -shift)
    else:
        return None
    where = {"text": phrase.text, "start": phrase.start_char, "end": phrase.end_char}
    return {**from_anchor(anchor, -shift), **where}


#: A length of time a toll is told over: "four years", "the nearly six years", "18 months of
#: fighting" (the number and unit are the window's).
_LENGTH = re.compile(r"^(?:the )?(?:(?:nearly|almost|about|around|some|more than|over) )?"
                     r"(?P<n>\w+(?:-\w+)?) (?P<unit>years?|months?|weeks?)(?: of \w+)?$", re.IGNORECASE)
#: A war's length told on it: "a seven-year insurgency", "the 12-year-old conflict", "the
#: nearly two-year-old insurgency", "the 20-day old offensive", "the three-month-long unrest".
_AGE_OF_A_WAR = re.compile(r"(?:(?:the|a|its) )?(?:(?:nearly|almost|about|around|some|more than|over) )?"
                           r"(?P<n>\w+)-(?P<unit>year|month|week|day)(?:[- ](?:old|long))?", re.IGNORECASE)
#: The words a toll is told over a length of time by: "in", "over", "during" four years.
_TOLD_OVER = ("in", "over", "during")
#: A look back at least this long is a running total's period, not one incident's day(s).
_RUNNING_TOTAL_DAYS = 28


def toll_window(trigger: Token, in_sentence: list[Span]) -> tuple[Span, str] | None:
    """"200,000 people have been killed in four years of fighting", "In the nearly six years
    that Darfur has been at war, 300,000 have died": a length of time that the toll's clause is
    told over, by "in", "over" or "during", is the stretch ending on the report's day. Returns
    the span and its length as "four years" for the resolver, or None."""
    clause = {trigger.i, *(t.i for t in trigger.ancestors)}
    lex = grammar.lexicon()
    lasting = lex.war_nouns | lex.fighting_nouns | lex.long_operation_nouns
    for span in in_sentence:
        # "a seven-year insurgency that has claimed thousands of lives": the war's own length;
        # "have died in the 14-month conflict": the war the toll is told in, up to now
        aged = _AGE_OF_A_WAR.fullmatch(span.text)
        war = span.root if grammar.lemma(span.root) in lasting else span.root.head
        if aged is not None and grammar.lemma(war) in lasting and (
                war.i in clause or war.head.i in clause or trigger in war.subtree  # its subject, or its clause
                or (war.head.dep_ == "prep" and war.head.lower_ in _TOLD_OVER and war.head.head.i in clause
                    and grammar.present_perfect(war.head.head))):
            return span, f"{aged['n']} {aged['unit']}s"
    for span in in_sentence:
        found = _LENGTH.match(span.text)
        prep = span.root.head
        if found is None or span.root.dep_ != "pobj" or prep.lower_ not in _TOLD_OVER:
            continue
        if prep.head.i in clause or grammar.lemma(prep.head) in grammar.lexicon().incident_nouns:
            return span, f"{found['n']} {found['unit']}"
    return None


def _from_its_unit(window: dict, length: str) -> dict:
    """A war's length ("the 14-month conflict", "four years of fighting") tells when it began
    only to its unit: the month or year it began, up to the report's day (2018-09/2019-11-14,
    as "since September 2018" reads), not a day 14 months before the report. Weeks and days
    keep the day."""
    unit = length.rsplit(" ", 1)[-1].rstrip("s")
    if unit not in ("year", "month") or not window.get("start_date") or not window.get("end_date"):
        return window
    start = window["start_date"][:4] if unit == "year" else window["start_date"][:7]
    first_day = start + ("-01-01" if unit == "year" else "-01")
    return {**window, "value": f"{start}/{window['end_date']}", "start_date": first_day, "granularity": unit}


def _look_back_days(date: dict) -> int | None:
    """How many days a window back from the report spans ("the past three years", "the last 24
    hours"), or None for a date that is no such window."""
    start, end = date.get("start_date"), date.get("end_date")
    if not start or not end or start == end or not _PAST_WINDOW.match(date.get("text") or ""):
        return None
    if _LAST_CALENDAR_PERIOD.fullmatch(date.get("text") or ""):
        return None  # "killed 40 people last month": that calendar month, no window to the report
    return (date_type.fromisoformat(end) - date_type.fromisoformat(start)).days


def _long_look_back(date: dict) -> bool:
    """Whether a date is a window back from the report a month or more long ("the past three
    years"), as a running total is told over; not "the past 24 hours"."""
    days = _look_back_days(date)
    return days is not None and days >= _RUNNING_TOTAL_DAYS


#: "last month", "last week", "last October", "last summer": a calendar period before the
#: report's (GUIDELINES §5), not a window reaching to it as "the past month" is.
_LAST_CALENDAR_PERIOD = re.compile(
    r"(?:in |during )?last (?:week|month|year|"
    + "|".join(re.escape(name) for name in sorted({*calendar_names.MONTH_FORMS, *calendar_names.SEASONS},
                                                   key=len, reverse=True)) + r")\.?", re.IGNORECASE)

_PAST_WINDOW = re.compile(r"^(?:over |in |during )?(?:the )?(?:past|last|previous|preceding) ", re.IGNORECASE)


#: How far back a definite "the attack" looks for the incident it points at.
LOOK_BACK_SENTENCES = 5


def event_date(doc: Doc, event: dict, trigger: grammar.Trigger, in_sentence: list[Span],
                resolve_date: DateResolver) -> dict | None:
    """The event's date read off its own sentence, then set by what the clause says about time:
    a toll counted from when a war began, a strength "now", a past interval ending by the
    report's day, a planned event's next month. Marks the event cumulative for the first."""
    date = event["date"]
    if (apart := _days_after_an_incident(doc, trigger.token, in_sentence, resolve_date, date)) is not None:
        return apart  # "Tension was high on Wednesday, two days after a bombing that killed 14": Monday
    if date is not None and (shift := _told_apart(trigger.token, date)) is not None:
        # "killed on Tuesday, a day after militants killed four police": Monday for the four
        return {**from_anchor(date, shift), **{k: date[k] for k in ("text", "start", "end")}}
    if (date is not None and date.get("value") and anchored_shift(date["text"]) is not None
            and (told := doc.char_span(date["start"], date["end"])) is not None
            and _counted_from_an_untold_time(told, in_sentence)):
        # "claimed they had killed 32 soldiers, a day after the town had fallen": a day after
        # a time no date tells; the narrative's last day was not what it counts from
        return {**date, "value": None, "start_date": None, "end_date": None, "granularity": None}
    if trigger.type == "casualty" and (began := began_at(trigger.token, in_sentence)):
        # "a revolt that began in the 1970s and has claimed 150,000 lives": since the 1970s
        event["cumulative"] = True
        return resolve_date(began, since=True) or date
    if date is None:
        if trigger.type == "presence" and (now := now_word(trigger.token)):
            return resolve_date(now, today=True)  # "1,400 troops are now in Mali"
        if trigger.type == "casualty" and (lasted := toll_window(trigger.token, in_sentence)):
            # "killed in four years of fighting": a running total over the years to the report
            found = resolve_date(lasted[0], window=lasted[1])
            if found is not None:
                event["cumulative"] = True
                found = _from_its_unit(found, lasted[1])
            return found
        return None
    if trigger.type == "casualty" and _long_look_back(date):
        event["cumulative"] = True  # "over the past three years, 1,200 soldiers have been killed"
    span = doc.char_span(date["start"], date["end"])
    if (event["cumulative"] and span is not None and date.get("value") and "/" not in date["value"]
            and not date["text"].lower().startswith("since")):
        # "exploded in 2004 in fighting that has left more than 5,000 dead": a running total
        # from that time to the report's day (GUIDELINES §6)
        return resolve_date(span, since=True) or date
    if span is None or not date["relative"] or not date["value"]:
        return date
    if event["planned"]:
        return resolve_date(span, ahead=True) or date  # "will deploy as soon as August": the next
    today = resolve_date(span, today=True)  # "has killed 500 people this week": by the report's day
    return until(date, today) if today else date


def since_what_was_told(sentences: list[Span], events: list[dict], date_spans: list[Span],
                        resolve_date: DateResolver) -> None:
    """"The election was held on May 30. Nearly 80 people have been killed since the vote": a
    running total counted from something the report dated before ("since the vote", "since her
    death", "since the offensive began", "since then", "have died since") runs from that day to
    the report's (GUIDELINES §5: since X is X/<publication date>). The day is the one told with
    the same thing in the sentences before ("launched its offensive on June 1"), else, when the
    thing is no war, the one the sentence right before tells; the event is marked cumulative.
    Only a total told up to now (present perfect): "Since the road was mined, four soldiers
    were killed" tells a cause."""
    position = {sentence.start_char: i for i, sentence in enumerate(sentences)}
    doc = sentences[0].doc if sentences else None
    for event in events:
        i = position.get(event["sentence"]["start"])
        trigger = grammar.span_of(event.get("trigger"), doc) if i is not None else None
        if trigger is None or event["date"] is not None or event["type"] != "casualty" or event["planned"]:
            continue
        since = _since_an_undated_time(trigger.root, spans_in(date_spans, sentences[i]))
        if since is None:
            continue
        day = _day_of_what_was_told(sentences[max(0, i - LOOK_BACK_SENTENCES) : i + 1], since, date_spans,
                                    resolve_date)
        found = resolve_date(day, since=True) if day is not None else None
        if found is not None and "/" in (found.get("value") or ""):
            event["date"], event["cumulative"] = found, True


def _since_an_undated_time(trigger: Token, in_sentence: list[Span]) -> Token | None:
    """The "since" of a total told up to now that names no time of its own ("have been killed
    since the vote", "Since the offensive began, 43 soldiers have been killed", "since then"),
    or None."""
    clause = (trigger, *trigger.ancestors)
    if not any(grammar.present_perfect(verb) for verb in clause[:3]):
        return None
    for since in (t for t in trigger.sent if t.lower_ == "since"):
        told_on = since.head.head if since.dep_ == "mark" and since.head != trigger else since.head
        if told_on not in clause:
            continue
        what = set(since.head.subtree if since.dep_ == "mark" else since.subtree)
        if any(span.root in what for span in in_sentence):
            return None  # "since June 1": a time of its own, read as such
        return since
    return None


def _day_of_what_was_told(sentences: list[Span], since: Token, date_spans: list[Span],
                          resolve_date: DateResolver) -> Span | None:
    """The date told for what a "since" counts from, in the sentences before it (nearest first)
    or its own: the date told in a sentence that names the same thing ("the offensive"), else
    the last one the sentence right before tells (not when the thing is a war, which began
    before what was dated last). A day something was said, or a stretch, is no such date."""
    lex = grammar.lexicon()
    if since.dep_ == "mark":  # "since the offensive began": its subject
        thing = next((c for c in since.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:  # "since the vote", "since her death"; "since then" and a bare "since" name nothing
        thing = next((c for c in since.children if c.dep_ == "pobj" and c.lower_ != "then"), None)
    word = grammar.lemma(thing) if thing is not None else None

    def dated(sentence: Span) -> list[Span]:
        return [span for span in spans_in(date_spans, sentence)
                if span.end <= since.i and not _day_of_a_report(span)
                and grammar.lemma(span.root.head) not in lex.attribution_verbs  # a noun of telling too
                and (found := resolve_date(span)) is not None and "/" not in (found.get("value") or "/")]

    for sentence in reversed(sentences):
        days = dated(sentence)
        names_it = word is not None and any(grammar.lemma(t) == word and t != thing for t in sentence)
        if days and names_it:
            named = [t for t in sentence if grammar.lemma(t) == word and t != thing]
            return min(days, key=lambda span: min(abs(span.root.i - t.i) for t in named))
    if word in lex.war_nouns | lex.fighting_nouns | lex.long_operation_nouns or len(sentences) < 2:
        return None
    days = dated(sentences[-2])
    return days[-1] if days else None


#: How many sentences after the opening may tell its day.
LEDE_REACH = 2


def lede_dated_next(sentences: list[Span], events: list[dict], date_spans: list[Span],
                    resolve_date: DateResolver) -> None:
    """A report often opens with a summary that has no day ("A suicide car bombing has killed
    nine soldiers") and tells the day a little later ("The bomber blew up his vehicle near a
    patrol base on Monday"), often after a line that hands over to the correspondent: the
    opening's undated events take the first day told in the next sentence, or in the one
    after it when that one retells the incident (``LEDE_REACH``; "The first bomb struck a
    bus Saturday"), never past a turn to another incident ("In a separate attack")."""
    opening = [e for e in events if sentences and e["sentence"]["start"] == sentences[0].start_char
               and e["date"] is None and not e["reported_date"] and not e["cumulative"]]
    for n, later in enumerate(sentences[1 : LEDE_REACH + 1] if opening else ()):
        # a line handing over to the correspondent, left out of the story's sentences (a gap
        # before ``later``), is a step too: past it, only the incident retold gives its day
        handed_over = later.start > sentences[0].end
        if grammar.opens_new_incident(later) or ((n > 0 or handed_over) and not grammar.tells_an_incident(later)):
            return  # past the next sentence, only the incident retold gives its day
        if (elsewhere := grammar.opening_place(later)) is not None and not any(
                e["location"] and elsewhere.text in e["location"]["text"] for e in opening):
            return  # "In Kandahar, a bomber killed five. In Khost, gunmen killed three on Saturday"
        told = [d for d in spans_in(date_spans, later) if not _told_of_what_came_before(d)]
        day = told_day(later, told, resolve_date)
        if day is None or day.get("value") is None:
            continue  # no time, or a length of time ("held out for hours"): read on
        if day.get("granularity") == "day":
            for event in opening:
                event["date"] = day
        return


def _told_of_what_came_before(span: Span) -> bool:
    """"The deaths come after clashes during strikes that began last Wednesday": a day inside
    what the incident came after or since is that background's, not the incident's, and so is
    the day a thing began told in a clause on it ("during strikes that began last Wednesday").
    What the report says it follows is before it too ("This follows a suicide car bomb attack on
    Tuesday which killed 40": Tuesday is that attack's)."""
    begun = span.root.head
    if begun.dep_ == "relcl" and grammar.lemma(begun) in grammar.lexicon().beginning_verbs:
        return True
    return any((node.dep_ == "prep" and node.lower_ in _EARLIER_PREPS)
               or (node.pos_ == "VERB" and grammar.lemma(node) in grammar.lexicon().sequel_verbs)
               or any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in node.children)
               for node in span.root.ancestors
               if node != span.root.head)  # not "began shortly after 9 in the morning" itself


#: Text between two date entities that makes them one expression ("Wednesday night and
#: Thursday morning", "January to March").
_DATE_JOINERS = re.compile(
    r"\s*(?:(?:and|or)(?:\s+(?:in|on|through|during))?(?:\s+the)?|to|through|until|-|–|—)\s*")


#: Text between a part of the day and the day it is of ("the night of 12 March", the day's
#: number left out of the tagger's date).
_OF_THE_DAY = re.compile(r"\s*of(?:\s+the)?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?\s*")


#: A dateline closes with a dash before the story: "WASHINGTON, Oct. 7, 2004 – Insurgent ...".
_DATELINE_END = re.compile(r"\s*(?:,\s*\d{4}\s*)?(?:\([A-Za-z .&-]{1,30}\)\s*)?[–—-]")  # "June 15 (Reuters) -"


DATELINE_WINDOW = 80


def find_date_spans(doc) -> list:
    """The date expressions of a Doc as spaCy Spans, in order: DATE and TIME entities, two
    entities side by side or joined by "and"/"to"/a dash merged into one ("Friday evening",
    "Wednesday night and Thursday morning"), and a preceding "since" included so a running total gets its interval."""
    military = _military_times(doc)
    timed = {i for span in military for i in range(span.start, span.end)}
    ents = [e for e in grammar.entities(doc) if e.label_ in ("DATE", "TIME")
            and not all(i in timed for i in range(e.start, e.end))]  # "1430" of "1430 GMT"
    covered = {i for ent in grammar.entities(doc) for i in range(ent.start, ent.end)} | timed
    dated = {i for ent in ents for i in range(ent.start, ent.end)} | timed
    ents = sorted(ents + military + _unlabelled_weekdays(doc, covered) + _unlabelled_years_back(doc, covered)
                  + _holidays(doc, dated) + _years_the_tagger_missed(doc, dated)
                  + _clock_times_the_tagger_missed(doc, dated) + _unlabelled_overnight(doc, dated)
                  + _anchored_days_the_tagger_missed(doc, dated),
                  key=lambda span: span.start)
    spans = []
    for ent in ents:
        if _counts_people(ent) or _season_of_a_thing(ent):
            continue  # "sending 2000 soldiers": the tagger's year is the count
        between = doc[spans[-1].end - 1 : ent.start].text_with_ws[len(doc[spans[-1].end - 1].text):] if spans else ""
        if spans and not doc[ent.start].is_sent_start and (spans[-1].end == ent.start or _DATE_JOINERS.fullmatch(between) or (
                doc[spans[-1].end - 1].lower_ in PARTS_OF_DAY and _OF_THE_DAY.fullmatch(between))):
            # "Friday" + "evening", "the night" + "of 12" + "March": one expression
            spans[-1] = doc[spans[-1].start : ent.end]
            continue
        ent = _without_a_trailing_figure(_without_a_leading_figure(_before_a_dash(ent)))
        if not len(ent):
            continue
        since = _governing_since(ent)
        if since is not None:
            ent = doc[since.i : ent.end]
        if (ent.end < len(doc) and doc[ent.end].lower_ in _ANCHOR_WORDS and not doc[ent.end].is_sent_start
                and (anchored_shift(doc[ent.start : ent.end + 1].text) is not None
                     or anchored_months(doc[ent.start : ent.end + 1].text) is not None)):
            ent = doc[ent.start : ent.end + 1]  # "The day" + "before", "Two days" + "after the attack"
        spans.extend(_report_day_apart(ent))
    return spans


def _counts_people(ent: Span) -> bool:
    """"sent 2000 soldiers", "1999 prisoners were freed": a figure the tagger read as a year
    that counts the people named after it is a count, never a date."""
    root = ent.root
    return (root.like_num and root.dep_ == "nummod" and root.head.i >= ent.end
            and grammar.person_class(root.head) is not None
            and not any(t.lower_ in calendar_names.MONTH_FORMS for t in ent))


def _season_of_a_thing(ent: Span) -> bool:
    """"the winter capital", "a summer palace", "winter clothing", "the Christmas truce": a
    season word or a holiday that only says which kind of thing the next noun is names no
    time. One that modifies an incident ("the spring offensive") still tells when it was."""
    words = [t for t in ent if t.lower_ not in _DETERMINERS]
    if len(words) == 1 and words[0].lower_ in calendar_names.SEASONS:
        season = words[0]
    elif words and _HOLIDAY_NAMES.fullmatch(ent.doc[words[0].i : words[-1].i + 1].text):
        season = ent.root  # "the Christmas truce", "Easter shopping"; not "the Easter offensive"
    else:
        return False
    return (season.dep_ in ("compound", "amod", "nmod") and season.head.i >= ent.end
            and season.head.pos_ in ("NOUN", "PROPN")
            and grammar.lemma(season.head) not in grammar.lexicon().incident_nouns)


#: A day told from the report ("today") that the tagger runs into the next expression.
_REPORT_DAYS = frozenset({"today", "yesterday", "tonight", "tomorrow"})
_DETERMINERS = frozenset({"the", "a", "this", "next", "last", "its"})


def _report_day_apart(ent: Span) -> list[Span]:
    """"announced today the summer 2017 deployment": the tagger's one entity is two times, the
    day of the announcement and the period announced."""
    if len(ent) > 2 and ent[0].lower_ in _REPORT_DAYS and ent[1].lower_ in _DETERMINERS:
        return [ent[:1], ent[1:]]
    return [ent]


_LOOK_BACK = re.compile(r"^(?:a|an|one|two|three|four|five|[0-9]+) (?:years?|months?|weeks?|days?) "
                        r"(?:ago|earlier|before|later)$|^last (?:year|month|week)$", re.IGNORECASE)


_DASHES = frozenset({"-", "–", "—"})


def _before_a_dash(ent: Span) -> Span:
    """"June 15, 2021 - Government troops killed ...": the tagger may run a dateline's date
    across its dash into the story's first word; the date ends at a spaced dash that no date
    word or figure follows (a range such as "2003 - 2011" keeps its dash)."""
    for token in ent:
        spaced = token.i > 0 and token.doc[token.i - 1].whitespace_
        if token.text in _DASHES and spaced and not any(
                t.like_num or t.lower_ in calendar_names.MONTH_FORMS or t.lower_ in calendar_names.WEEKDAY_FORMS
                for t in ent[token.i - ent.start + 1 :]):
            return ent.doc[ent.start : token.i]
    return ent


def _without_a_leading_figure(ent: Span) -> Span:
    """"from 65 a year ago", "wounded nine Sunday night": the tagger may take a figure before
    it into the date; the date is "a year ago", "Sunday night"."""
    if len(ent) > 1 and ent[0].like_num and (_LOOK_BACK.match(ent[1:].text)
                                             or ent[1].lower_ in calendar_names.WEEKDAYS):
        return ent[1:]  # "injured nine Sunday night": the date is "Sunday night"
    return ent


def _without_a_trailing_figure(ent: Span) -> Span:
    """"In 2020 1,200 civilians died", "Over that year 1,200 civilians died": the tagger may run
    the date into the count of people after it; the date is "2020", "that year". A year stays
    ("May 1, 2024 - Government troops ...", a dateline the parser reads into the sentence)."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].like_num and ent.doc[end - 1].dep_ == "nummod" and (
            ent.doc[end - 1].head.i >= ent.end and grammar.person_class(ent.doc[end - 1].head) is not None
            and not _A_YEAR_TOKEN.fullmatch(ent.doc[end - 1].text)):
        end -= 1
    return ent.doc[ent.start : end]


def anchored(spans: list[Span], values: list) -> list:
    """Dates told relative to another event ("The day before, gunmen had killed ...", "two
    days after the attack", "a year later") counted from the last date the article named
    before them, not from the report's day: days from the last single day, months and years
    from the last date of any precision. With no such date named before, they stay as the
    normalizer read them (unresolved)."""
    day = dated = None
    out = []
    for index, (span, value) in enumerate(zip(spans, values)):
        where = {"text": span.text, "start": span.start_char, "end": span.end_char}
        shift = anchored_shift(span.text)
        months = anchored_months(span.text) or _compared_years(span)
        if shift is not None and _counted_from_an_untold_time(span, [s for s in spans if s.sent == span.sent]):
            # "on Tuesday, a day before the revolution's anniversary": counted from a time no
            # date tells; what comes after it ("The same day") is not told from it
            out.append({**where, **from_anchor(day, shift)} if day is not None else value)
            continue
        if shift is not None and (told := _day_of_the_clause(span, spans[index + 1 :], values[index + 1 :])):
            value = {**where, **from_anchor(told, shift)}  # "a day after the talks collapsed on Sunday"
        elif shift is not None and day is not None:
            value = {**where, **from_anchor(day, shift)}
        elif months is not None and _YEAR_BACK_WORDS.search(span.text) and value and value.get("start_date"):
            value = {**where, **from_anchor_months(value, *months)}  # "the year-ago third quarter"
        elif months is not None and dated is not None:
            value = {**where, **from_anchor_months(dated, *months)}
        if _one_day(value) and not grammar.day_of_a_statement(span):
            day = value  # "The day before" counts from what happened, not from "a statement on Sunday"
        if value is not None and value.get("start_date") and _a_named_time(value) \
                and not (months is not None and months[0] < 0):
            dated = value  # a look back ("from $3 million a year earlier") leaves the time in focus
        out.append(value)
    return out


def _counted_from_an_untold_time(span: Span, in_sentence: list[Span]) -> bool:
    """"killed 32 soldiers, a day after the town had fallen": a time counted from a clause of
    its own, or from a thing that is no incident told before ("two days after the election"),
    is counted from when that happened, not from the day the narrative last dated, and no day
    is told for it in the sentence. "Two days after the attack" counts from the incident the
    narrative told, and so from its day."""
    clause = _counted_from(span)
    if clause is None:
        return False
    if any(other.root in clause for other in in_sentence if other.start >= span.end):
        return False  # "a day after the talks collapsed on Sunday": that day's
    mark = span[-1]
    if mark.dep_ == "mark":
        return True
    objects = [c for c in mark.children if c.dep_ == "pobj"]
    return bool(objects) and not (grammar.lemma(objects[0]) in grammar.lexicon().incident_nouns and any(
        c.dep_ in ("det", "poss") for c in objects[0].children))


def _counted_from(span: Span) -> set[Token] | None:
    """The words of the clause or phrase a shifted time ending on "after" or "before" is counted
    from ("a day after the talks collapsed", "two days before the vote on March 3"), or None."""
    mark = span[-1]
    if mark.lower_ not in ("after", "before") or mark.dep_ not in ("mark", "prep"):
        return None
    return set(mark.head.subtree if mark.dep_ == "mark" else mark.subtree)


def _day_of_the_clause(span: Span, later: list[Span], values: list) -> dict | None:
    """The day told inside the clause or phrase a shifted time points to ("a day after the
    talks collapsed on Sunday", "two days before the vote on March 3"), in the same sentence."""
    clause = _counted_from(span)
    if clause is None:
        return None
    for other, value in zip(later, values):
        if other.root in clause and _one_day(value):
            return value
    return None


def _a_named_time(value: dict) -> bool:
    """A time another can be told from: a day, a month, a year, or a run of months such as a
    quarter; not a rolling window ("the past two years") or a decade."""
    parts = (value.get("value") or "").split("/")
    return len(parts) == 1 or (value.get("granularity") == "month" and all(len(p) == 7 for p in parts))


_YEARS_BACK = re.compile(r"^(?:(?P<n>a|one|two|three|[0-9]+) years? ago|last year)$", re.IGNORECASE)
#: Words that make "a year ago" or "last year" the other side of a comparison ("rose to $5
#: million from $3 million a year ago", "down from 40 last year", "compared with a year ago").
_COMPARED = frozenset({"from", "than", "with", "versus", "vs.", "against"})


def _compared_years(span: Span) -> tuple[int, str] | None:
    """"a year ago" or "last year" as the other side of a comparison in its own sentence ("sales
    fell to $1.2 billion from $1.4 billion a year ago"): the time in focus a year back, as
    ``anchored_months`` gives it for "a year earlier". None for any other expression, and for a
    year ago told on its own ("Rebels seized the town a year ago")."""
    m = _YEARS_BACK.match(span.text)
    if m is None:
        return None
    before = span.doc[max(span.sent.start, span.start - 7) : span.start]
    word = next((t for t in reversed(before) if t.lower_ in _COMPARED), None)
    if word is None or word.lower_ == "than" and word.i > 0 and word.nbor(-1).lower_ in ("more", "less", "fewer"):
        return None  # "more than 300,000 last year" is an amount, not the other side
    between = span.doc[word.i + 1 : span.start]
    if len(between) and not any(t.like_num for t in between) \
            or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("to", "and") for t in between[:-1]):
        return None  # "withdrew from the town last year" compares nothing
    years = 1 if m["n"] is None else number_value(m["n"].lower())
    return (-12 * years, "year") if years else None


def time_told(span: Span) -> bool | str:
    """How a year-less month or weekday is to be read (the normalizer's ``ahead``): True for a
    time still to come (``told_ahead``), ``"near"`` for the nearer of the last and the next
    (``told_near``), ``"past"`` for a time a past-tense verb tells ("captured the town this
    Friday": never after the report), False for the last one."""
    if _a_reporting_period(span):
        return False
    return told_ahead(span) or _put_off_until(span) or (
        (told_near(span) or _on_an_infinitive(span)) and "near") or (_told_in_the_past(span) and "past")


def _on_an_infinitive(span: Span) -> bool:
    """"summoned the general to testify on May 4", "a contract to buy drones in June": an
    infinitive has no tense, so a year-less month or day on it may be the last or the next,
    whichever is nearer. Not a weekday: "decided to attack on Monday" is the Monday gone, days
    from either."""
    verb = grammar.clause_verb(span.root)
    return verb is not None and verb.tag_ == "VB" and _WEEKDAY_WORDS.search(span.text) is None \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _told_in_the_past(span: Span) -> bool:
    """Whether the verb a time hangs on is in a past tense ("killed ... this Friday")."""
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ in grammar.lexicon().planned_aux for c in verb.children)


def _put_off_until(span: Span) -> bool:
    """"Monitors postponed the inspection until Tuesday", "extended the deadline until Friday":
    a delay, whatever its tense, sets a time still to come."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("until", "till"):
        return False
    return any(grammar.lemma(v) in grammar.lexicon().putting_off_verbs for v in root.head.ancestors
               if v.pos_ in ("VERB", "AUX"))


def told_ahead(span: Span) -> bool:
    """Whether a date expression tells a time still to come, so a year-less month or weekday
    is the next one, not the last (``normalize(..., ahead=True)``). Its clause's verb says so:
    "will", "shall" or "'ll" ("the talks will resume in June"); a "would" of what someone said
    or decided ("said they would leave in June"); an infinitive a plan still in force governs
    ("is scheduled to close Monday", "expects to finish in January"; not "decided to attack on
    Monday"); or a weekday told as a timetable in the simple present ("the envoys meet
    Monday", "talks resume on Friday"), the weekday on that verb itself (not "since Monday",
    not "after Tuesday's attack", not "This follows a bombing on Saturday"); or a stretch from now ("between now and Feb. 10",
    ``ahead_leads``)."""
    lex = grammar.lexicon()
    lead, text = span.doc[max(span.sent.start, span.start - 3) : span.start].text.lower(), span.text.lower()
    if any(lead.endswith(words) or text.startswith(f"{words} ") for words in lex.ahead_leads):
        return True  # "stays in the country between now and Feb. 10", in the tagger's span or before it
    for verb in [span.root, *span.root.ancestors]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if _deadline(span, verb):
            return True
        if any(c.dep_ == "aux" and c.lower_ in lex.planned_aux for c in verb.children) \
                or grammar.reported_future(verb):
            return True
        plan = verb.head
        if verb.dep_ == "xcomp" and grammar.lemma(plan) in lex.planned_heads and plan.tag_ != "VBD" \
                and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in plan.children):
            return True
        return (verb.tag_ in ("VBP", "VBZ") and grammar.lemma(verb) not in lex.attribution_verbs | lex.sequel_verbs
                and grammar.lemma(verb) != "be" and _WEEKDAY_WORDS.search(span.text) is not None
                and _on_the_verb(span, verb))
    return False


def told_near(span: Span) -> bool:
    """Whether a year-less month or weekday is the nearest such time, after the report or before
    it, because its clause tells neither the past nor a time still to come plainly:

    - a plan told in the past ("planned to leave Nairobi on Thursday", "has scheduled a news
      conference Thursday"): a plan may still stand or have been carried out;
    - a possibility ("could arrive as early as Tuesday", "might hold elections in June");
    - a time set by a word that fixes one ("effective Dec. 7", "payable Jan. 2"), or "as soon
      as", "as early as";
    - a verb in the present tense ("when the case is heard in May").

    Which of the two is nearer is the normalizer's to say (``ahead="near"``); a past tense
    ("Rebels attacked the post in June") keeps the last one, a future tense the next."""
    lex = grammar.lexicon()
    root = span.root
    lead = span.doc[max(span.sent.start, span.start - 3) : span.start].text.lower()
    if any(lead.endswith(words) for words in lex.near_leads):
        return True
    if grammar.lemma(root.head) in lex.setting_adjectives or (
            root.dep_ == "pobj" and grammar.lemma(root.head.head) in lex.setting_adjectives):
        return True
    for verb in [root, *root.ancestors]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in lex.uncertain_aux for c in auxiliaries) and not grammar.perfect(verb):
            return True
        if grammar.lemma(verb) in lex.scheduling_verbs or (
                verb.dep_ == "xcomp" and grammar.lemma(verb.head) in lex.planned_heads):
            return True
        tense = [verb, *auxiliaries]
        return any(t.tag_ in ("VBP", "VBZ") for t in tense) and not any(t.tag_ in ("VBD", "MD") for t in tense) \
            and not any(grammar.lemma(t) == "have" for t in auxiliaries) \
            and grammar.lemma(verb) not in lex.attribution_verbs
    return False


def _a_reporting_period(span: Span) -> bool:
    """"expects to report third-quarter results", "will post net income for the third quarter":
    a quarter that names what a figure covers is reported after it ends, so a plan to report
    it says nothing of the quarter still being to come."""
    root = span.root
    if "quarter" not in span.text.lower():
        return False
    if root.dep_ in ("amod", "compound", "nmod", "poss"):
        return root.head.pos_ in ("NOUN", "PROPN")
    return root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN")


def _deadline(span: Span, verb: Token) -> bool:
    """"The talks are supposed to conclude by May", "has extended loans through January": a
    month or day set as a deadline on a verb not in the simple past is still to come."""
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ in ("by", "until", "till", "through")
            and verb.tag_ != "VBD" and not any(c.tag_ == "VBD" for c in verb.children if c.dep_.startswith("aux")))


def _on_the_verb(span: Span, verb: Token) -> bool:
    """"meet Monday", "resume on Friday": the date modifies the verb directly."""
    root = span.root
    if root.head == verb:
        return root.dep_ in ("npadvmod", "obl", "tmod")
    return root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head == verb


_WEEKDAY_WORDS = re.compile(r"\b(?:" + "|".join(calendar_names.WEEKDAYS) + r")\b", re.IGNORECASE)


def date_entries(doc: Doc, spans: list[Span], values: list, published) -> tuple[list[Span], list[dict]]:
    """The article's ``dates`` list: every date expression with its normalized value (None
    kept for what the normalizer refuses) and its TimeML ``type`` and ``timex``, and the
    references to the present, past or future that no date span covers ("now", "recently").
    An expression that is neither a date nor a TimeML time expression is left out."""
    kept: list[tuple[Span, dict]] = []
    for span, value in zip(spans, values):
        day = _day_on_its_verb(span, spans, values) if timex.names_no_day(span.text) else None
        if day is not None and value is not None:
            value = {**value, **(normalize_date(span.text, published=day) or {})}
        found = timex.timex_of(span.text, published=day or published, normalized=value)
        if value is None and found is None:
            continue
        if found and found["type"] == "set" and len(span) == 1 and (
                span.root.dep_ == "amod" or any(c.dep_ == "det" for c in span.root.children)):
            continue  # "a quarterly dividend", "a daily newspaper", "the Italian daily": a thing
        entry = value if value is not None else _blank_entry(span)
        parts = _year_parts(entry) or _period_ended_parts(entry, published) \
            or _connected_parts(entry, published)
        if parts:
            kept += [(span, part) for part in parts]
            continue
        kept.append((span, {**entry, **(found or {"type": "date", "timex": None})}))
    covered = {i for span in spans for i in range(span.start, span.end)}
    for span in _reference_spans(doc, covered) + _set_spans(doc, covered):
        kept.append((span, {**_blank_entry(span), **timex.timex_of(span.text)}))
    kept.sort(key=lambda pair: pair[0].start)
    return [span for span, _ in kept], [entry for _, entry in kept]


def _day_on_its_verb(span: Span, spans: list[Span], values: list) -> str | None:
    """The day told on the verb a time of day hangs on, nearest first: "at about 10:35 a.m.
    (0735 GMT) Friday", "at 6 p.m. on Sunday", "On Sunday, ... shelled the bridge at 6 p.m.".
    None when no day is told on that verb ("Rebels who seized the town on Friday fired at
    7 p.m.": Friday is on another verb)."""
    verb = grammar.clause_verb(span.root)
    if verb is None:
        return None
    days = [(abs(other.start - span.start), value["value"]) for other, value in zip(spans, values)
            if other is not span and value and value.get("granularity") == "day" and value.get("value")
            and "/" not in value["value"] and other.sent == span.sent
            and not timex.names_no_day(other.text) and grammar.clause_verb(other.root) == verb]
    return min(days)[1] if days else None


_YEAR_RANGE = re.compile(r"(?P<y1>[0-9]{4}) ?[-\u2013\u2014/] ?(?P<y2>[0-9]{2}|[0-9]{4})")
_YEAR_LIST = re.compile(r"[0-9]{4}(?:, ?[0-9]{4})+")


def _year_parts(entry: dict) -> list[dict] | None:
    """"2009-2010", "1990-91", "1994, 1995": TimeML's one expression per year (the events keep
    the entry's value). None for any other entry."""
    if entry.get("value") is None:
        return None
    m = _YEAR_RANGE.fullmatch(entry["text"])
    if m is not None and "/" in entry["value"]:
        ends = entry["value"].split("/")
        found = [(m.start(group), m[group], ends[k][:4]) for k, group in enumerate(("y1", "y2"))]
    elif _YEAR_LIST.fullmatch(entry["text"]):
        found = [(y.start(), y[0], y[0]) for y in _A_YEAR.finditer(entry["text"])]
    else:
        return None
    parts = []
    for offset, text, year in found:
        start = entry["start"] + offset
        parts.append({"text": text, "start": start, "end": start + len(text), "value": year,
                      "start_date": f"{year}-01-01", "end_date": f"{year}-12-31", "granularity": "year",
                      "relative": False, "type": "date", "timex": year})
    return parts


#: Two time expressions joined into one span: "Aug. 26 to Oct. 20", "Friday and Thursday",
#: "between 1985 and 1987", "this year through August".
_CONNECTED = re.compile(r"(?:(?:between|from)\s+)?(?P<a>.+?)\s+(?:to|and|through|until|till|or)\s+(?P<b>.+)",
                        re.IGNORECASE)


def _connected_parts(entry: dict, published) -> list[dict] | None:
    """TimeML's two expressions for a span that joins two ("Aug. 26 to Oct. 20": 1989-08-26
    and 1989-10-20), each normalized on its own, when both are time expressions; the events
    keep the whole span's value. None for any other entry."""
    m = _CONNECTED.fullmatch(entry["text"])
    if m is None:
        return None
    whole = (entry.get("value") or "").split("/")
    parts = []
    for end, group in enumerate(("a", "b")):
        lead = _PART_LEAD.match(m[group])
        text = m[group][lead.end():].rstrip(" ,")
        start = entry["start"] + m.start(group) + lead.end()
        value = normalize_date(text, published=published)
        # the year the whole was read in: "between now and Feb. 10" told ahead is the next Feb. 10
        year = whole[end][:4] if len(whole) == 2 else whole[0][:4] or None
        if value and year and value["value"] and value["value"][:4] != year and not _A_YEAR.search(text):
            # "between January and February 2023": the year said once is both ends'
            value = normalize_date(f"{text} {year}", published=published) or value
        found = timex.timex_of(text, published=published, normalized=value)
        if found is None:
            return None
        value = value or {"value": None, "start_date": None, "end_date": None, "granularity": None,
                          "relative": False}
        parts.append({"text": text, "start": start, "end": start + len(text), **value, **found})
    return [year for part in parts for year in (_year_parts(part) or [part])]  # "1994, 1995 and 1997"


#: A period told by the day it ends: "the quarter ended Sept. 30", "the year ending June 30".
_PERIOD_ENDED = re.compile(r"(?P<a>(?:the|its|their|a)\s.*?\b(?P<unit>quarter|year|months))"
                           r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(?P<b>.+)", re.IGNORECASE)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _period_ended_parts(entry: dict, published) -> list[dict] | None:
    """TimeML's two expressions for a period told by its last day: "the quarter ended Sept. 30"
    is the quarter (1989-Q3) and the day; "the year ended March 31" and "the six months ended
    Aug. 12" are a year and six months (P1Y, P6M: a span of time, not a calendar year) and the
    day. A fiscal quarter keeps its own number ("its fourth quarter ended Sept. 30": 1989-Q4)
    and no calendar value unless its months are known. The events keep the whole span's value.
    None for any other entry."""
    m = _PERIOD_ENDED.fullmatch(entry["text"])
    if m is None:
        return None
    end = normalize_date(m["b"], published=published)
    if end is None or end.get("granularity") != "day" or not end.get("start_date"):
        return None
    last = date_type.fromisoformat(end["start_date"])
    period = {"value": None, "start_date": None, "end_date": None, "granularity": None, "relative": end["relative"]}
    if m["unit"].lower() == "quarter":
        ordinal = next((n for word, n in _QUARTER_ORDINALS.items() if re.search(rf"\b{word}\b", m["a"], re.I)), None)
        whole_months = (last + timedelta(days=1)).day == 1
        calendar_q = (last.month // 3) if whole_months and last.month % 3 == 0 else None
        number = ordinal or calendar_q
        found = {"type": "date", "timex": f"{last.year}-Q{number}" if number else f"{last.year}-QX"}
        if whole_months:
            period.update(months_ending(last.year, last.month, 3), relative=end["relative"])
    else:
        found = timex.timex_of(m["a"], published=published)
        if not found or found["type"] != "duration":
            found = {"type": "duration", "timex": "P1Y"} if m["unit"].lower() == "year" else None
        if found is None:
            return None
    a_start = entry["start"] + m.start("a")
    b_start = entry["start"] + m.start("b")
    return [{"text": m["a"], "start": a_start, "end": a_start + len(m["a"]), **period, **found},
            {"text": m["b"], "start": b_start, "end": b_start + len(m["b"]), **end,
             **(timex.timex_of(m["b"], published=published, normalized=end) or {"type": "date", "timex": None})}]


_PART_LEAD = re.compile(r"[\s,]*(?:(?:in|on|at|through|during)\s+)?", re.IGNORECASE)
_A_YEAR = re.compile(r"\b[0-9]{4}\b")


def _blank_entry(span: Span) -> dict:
    """An entry with no calendar value: a duration, a set, a reference to now."""
    return {"text": span.text, "start": span.start_char, "end": span.end_char, "value": None,
            "start_date": None, "end_date": None, "granularity": None, "relative": False}


def _reference_spans(doc: Doc, covered: set[int]) -> list[Span]:
    """"now", "currently", "recently", "the near future" outside any date span: the longest
    phrase at each word, left to right. Only words that can open a phrase are tried, so a long
    article costs one set lookup per word."""
    sizes = _reference_phrase_sizes()
    found = []
    i = 0
    while i < len(doc):
        for size in sizes.get(doc[i].lower_, ()):
            end = i + size
            if end > len(doc) or any(k in covered for k in range(i, end)):
                continue
            if " ".join(t.lower_ for t in doc[i:end]) in timex.REFERENCE_WORDS:
                found.append(doc[i:end])
                i = end - 1
                break
        i += 1
    return found


def _set_spans(doc: Doc, covered: set[int]) -> list[Span]:
    """Recurring times the tagger leaves unlabelled, outside any date span: "every day", "each
    week", "every two months", and an adverb of one ("rallies held daily", "patrols go out
    weekly"; not "a daily newspaper", a kind of thing, nor a newspaper's name). The words are
    ``set_adverbs`` and the units of ``models/timex.json``; ``timex.timex_of`` decides."""
    found = []
    for token in doc:
        if token.i in covered:
            continue
        if token.lower_ in timex.SET_ADVERBS and token.pos_ == "ADV" and not token.ent_type_:
            # not "a daily newspaper", "the Italian daily", "The Daily Telegraph"
            found.append(doc[token.i : token.i + 1])
        elif token.lower_ in ("every", "each"):
            for end in (token.i + 3, token.i + 2):  # "every two weeks", then "every day"
                span = doc[token.i : min(end, len(doc))]
                if len(span) > 1 and not any(k in covered for k in range(span.start, span.end)) and (
                        (timex.timex_of(span.text) or {}).get("type") == "set"):
                    found.append(span)
                    break
    return found


@lru_cache(maxsize=1)
def _reference_phrase_sizes() -> dict[str, tuple[int, ...]]:
    """For each first word of a reference phrase, the phrases' lengths in words, longest first."""
    sizes: dict[str, set[int]] = {}
    for phrase in timex.REFERENCE_WORDS:
        words = phrase.split()
        sizes.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in sizes.items()}


#: Words after "the day", "two days", "a week" that make the expression tell a time from
#: another event's ("the day before", "two days after the attack", "a week later").
_ANCHOR_WORDS = frozenset({"before", "after", "later", "earlier", "afterward", "afterwards"})


_WEEKDAY_NAMES = frozenset(calendar_names.WEEKDAYS)


def weekdays_out_of_names(doc: Doc) -> None:
    """"Rebels attacked Kramatorsk Monday", "hit the city of Kherson Friday": the small model
    often runs a weekday told right after a place into the place's name (a person "Kramatorsk
    Monday", an organization "Kherson Friday"). A weekday is a date expression: the name gives
    it back as one, so the day dates the event and the place is the town alone: only when the
    rest of the name is a town or a division the gazetteer knows, so not a holiday or an event
    named with its weekday ("Easter Sunday", "Bloody Sunday"). Sets ``doc.ents`` once, before
    any stage reads them."""
    ents, changed = [], False
    for ent in doc.ents:
        last = ent[-1]
        if (ent.label_ in ("DATE", "TIME", "EVENT") or len(ent) < 2 or last.lower_ not in _WEEKDAY_NAMES
                or not last.text[:1].isupper() or _HOLIDAY_NAMES.search(ent.text)
                or not grammar.known_town_name(doc[ent.start : ent.end - 1].text)):
            ents.append(ent)
            continue
        ents += [Span(doc, ent.start, ent.end - 1, label=ent.label_), Span(doc, last.i, last.i + 1, label="DATE")]
        changed = True
    if changed:
        doc.ents = ents


def _unlabelled_weekdays(doc, covered: set[int]) -> list:
    """Weekday names the NER left unlabelled ("in the late Thursday fighting"), with a "late"
    or "early" just before them: a weekday is always a date expression. ``covered``: the
    tokens inside any entity."""
    found = []
    for token in doc:
        if token.lower_ in _WEEKDAY_NAMES and token.text[:1].isupper() and token.i not in covered:
            start = token.i - 1 if token.i and doc[token.i - 1].lower_ in grammar.lexicon().early_late else token.i
            found.append(doc[start : token.i + 1])
    return found


def _unlabelled_overnight(doc, dated: set[int]) -> list:
    """"Shelling of the city overnight killed two": "overnight" on a verb, which the NER may
    leave unlabelled, is when it happened (the night that ended on the report's day), as when
    the NER tags it. Not "an overnight raid": a kind of raid, whose day may be told elsewhere."""
    return [doc[t.i : t.i + 1] for t in doc
            if t.lower_ == "overnight" and t.i not in dated and t.dep_ in ("advmod", "npadvmod")
            and t.head.pos_ in ("VERB", "AUX")]


#: A holiday's name as written: "New Year's Day", "New Years Eve", "Valentine’s Day".
_HOLIDAY_NAMES = re.compile(r"\b(?:" + "|".join(
    re.escape(name).replace("'s", "(?:['\u2019]s|s)?").replace(r"\ ", r"\s+")
    for name in sorted(calendar_names.HOLIDAYS, key=len, reverse=True)) + r")\b")


def _holidays(doc, dated: set[int]) -> list:
    """Holidays named with capitals ("on New Year's Day", "Easter Sunday"), which the NER often
    calls an EVENT or a place; ``dated``: the tokens already inside a DATE or TIME entity."""
    return _missed_matches(_HOLIDAY_NAMES, doc, dated)  # a kind of thing is left out with the seasons


#: "the year-ago quarter", "year-earlier sales", "the year-earlier period".
_YEAR_BACK_WORDS = re.compile(r"\b(?:(?:the|its|their)\s+(?:comparable\s+|corresponding\s+)?)?year-(?:ago|earlier)"
                              r"(?:\s+(?:(?:first|second|third|fourth|fiscal)[\s-])*(?:quarter|period|half))?\b",
                              re.IGNORECASE)


#: One token that joins two years with a dash: "2003–2011", "1980-88" ("2009/10" may be a month).
_YEAR_RANGE_TOKEN = re.compile(r"(?P<y1>1[89][0-9]{2}|20[0-9]{2})[-\u2013\u2014](?P<y2>[0-9]{2}|[0-9]{4})")
_A_YEAR_TOKEN = re.compile(r"1[89][0-9]{2}|20[0-9]{2}")
#: Words that close a range of years whose first year the tagger dated ("from 2001 to 2014").
_RANGE_CLOSERS = frozenset({"to", "through", "until", "till", "and"})


def _years_the_tagger_missed(doc, dated: set[int]) -> list:
    """Years the NER called a figure or left out: two joined in one token ("the 2003–2011 war",
    "fighting in 2003–2011"), when the second comes after the first; and the last year of a
    range whose first it dated ("from 2001 to 2014", "2014" unlabelled). A figure of people
    ("2003–2011 civilians") is left to the counts. ``dated``: the tokens already inside a DATE
    or TIME entity."""
    found = []
    for token in doc:
        m = _YEAR_RANGE_TOKEN.fullmatch(token.text)
        if (m is None and not _A_YEAR_TOKEN.fullmatch(token.text)) or token.i in dated or (
                token.head.i > token.i and grammar.person_class(token.head)):
            continue  # the word's shape first: most words are no year
        if m is not None:
            first, second = int(m["y1"]), m["y2"]
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if first < last <= first + 100:
                found.append(doc[token.i : token.i + 1])
        elif (token.i >= 2 and doc[token.i - 1].lower_ in _RANGE_CLOSERS and doc[token.i - 2].i in dated
              and _A_YEAR_TOKEN.fullmatch(doc[token.i - 2].text) and int(doc[token.i - 2].text) < int(token.text)):
            found.append(doc[token.i : token.i + 1])
    return found


#: A clock time as reports write it, with its half of the day ("8.00 a.m", "10:35 p.m.",
#: "9pm") or its time zone ("3:20 local time", "19:20 GMT"); and the dawn or dusk of a day
#: named by no date ("stormed the town at dawn").
_CLOCK_TIME = re.compile(
    r"(?<![0-9.:])(?:[0-9]{1,2}(?:[:.][0-9]{2})? ?[ap](?:m\b|\.m\b\.?)(?: local time\b)?"
    r"|[0-9]{1,2}[:.][0-9]{2} ?(?:local time|GMT|UTC)\b)"
    r"|\b(?:at|before|around|after) (?:dawn|daybreak|dusk)\b|\bpre-?dawn\b", re.IGNORECASE)


#: A time on the 24-hour clock with its zone or "hours" ("0700 GMT", "1430 UTC", "0430 hours",
#: "1300 local time"); not a year after a day ("August 18, 2005 local time").
_MILITARY_TIME = re.compile(r"(?<![0-9.:,])(?<!, )(?:[01][0-9]|2[0-3])[0-5][0-9] ?(?:GMT|UTC|hours|hrs|local time)\b")


def _clock_times_the_tagger_missed(doc, dated: set[int]) -> list:
    """Clock times and dawns the NER called a figure or left out ("at about 8.00 a.m local
    time": the small model tags "about 8.00" CARDINAL); the half of the day or the time zone
    makes them times, not counts. ``dated``: the tokens already inside a DATE or TIME entity."""
    return _missed_matches(_CLOCK_TIME, doc, dated)


def _military_times(doc) -> list:
    """Times on the 24-hour clock with their zone ("at about 0700 GMT"), which the tagger
    leaves out or calls a year ("1430"): the zone makes them a time of day, never a year."""
    return _missed_matches(_MILITARY_TIME, doc, set())


def _anchored_days_the_tagger_missed(doc, dated: set[int]) -> list:
    """"The following day", "hours later", "later that night" the NER left out of its dates:
    told from the day the narrative last dated (``anchored``). ``dated``: the tokens already
    inside a DATE or TIME entity."""
    # not one counted from a clause ("A day after he was hounded"): from a time no date tells
    opening = [span for span in _missed_matches(ANCHORED_OPENING, doc, dated)
               if span[0].is_sent_start and span[-1].dep_ != "mark"]
    return sorted(_missed_matches(ANCHORED_UNLABELLED, doc, dated) + opening, key=lambda span: span.start)


def _missed_matches(pattern: re.Pattern, doc, dated: set[int]) -> list:
    """The spans a pattern matches in the text that no DATE or TIME entity covers."""
    found = []
    for m in pattern.finditer(grammar.whole_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(i in dated for i in range(span.start, span.end)):
            found.append(span)
    return found


def _unlabelled_years_back(doc, covered: set[int]) -> list:
    """"year-ago" and "year-earlier" the NER left unlabelled, with the period they name ("the
    year-ago quarter"): the same period a year before the one in focus."""
    return _missed_matches(_YEAR_BACK_WORDS, doc, covered)


def _governing_since(ent):
    """The "since" that opens a date's clause: "since May 1", and also "since President Bush
    declared major combat operations over on May 1" (the clause's date starts the interval)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "since":
        return doc[ent.start - 1]
    node = ent.root
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        for child in node.children:
            # a "since" phrase holds its date ("Since its founding in 1949"); a "since" clause
            # is the one walked up into. Not a year later in the main clause ("Since its founding
            # in 1949, NATO has grown to include Spain in 1982")
            if child.lower_ == "since" and child.i < ent.start and (
                    child.dep_ == "mark" or (child.dep_ == "prep" and (
                        ent.root in child.subtree or _clause_after_since(child, ent)))):
                return child
    return None


def _clause_after_since(since, ent) -> bool:
    """What the parser hung beside a "since" phrase but goes on it: "since the invasion in
    2003" (the date's phrase right after it, on the same word), and "since bombings targeting
    Christians killed scores earlier this year" (the clause's subject taken as the object of
    "since", its verb hung beside: a date in that subjectless verb's clause, right after)."""
    after = since.right_edge.i + 1
    prep = ent.root.head
    if prep.dep_ == "prep" and prep.i == after and prep.head == since.head:
        return True
    verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (verb is not None and verb.left_edge.i == after
            and not any(c.dep_ in grammar.SUBJECT_DEPS for c in verb.children))


def is_dateline(span) -> bool:
    """A date in the article's opening words followed by a dash is the dateline: the day the
    story was filed, never the day an event happened."""
    if span.end_char > DATELINE_WINDOW:
        return False
    after = grammar.whole_text(span.doc)[span.end_char : span.end_char + 40]
    return bool(_DATELINE_END.match(after))
