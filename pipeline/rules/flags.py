"""The SPEC flags and the civilian flag of an event: the one owner of ``planned``,
``released``, ``cumulative``, ``hedge`` and ``civilian``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.rules import grammar, sides


def flags(trigger: grammar.Trigger, sentence: Span, number: Token | None = None) -> dict:
    """The SPEC flags read off the trigger's clause (and the figure's, ``number``): hedge,
    planned, released, cumulative."""
    lex = grammar.lexicon()
    token = trigger.token
    lemmas = {grammar.lemma(t) for t in sentence}
    hedge = next((t.lower_ for t in sentence if t.lower_ in lex.hedges), None)
    if hedge is None and (modal := grammar.uncertain_past(token)):
        hedge = f"{modal} have"  # "Up to 50 fighters may have been killed"
    planned = False
    if grammar.level_changed(trigger) and number is not None and grammar.level_after_change(number):
        # "will lower the number of troops from 7,100 to 5,500", "increases its force from
        # 9,000 to 16,000": the new level is still to come, unless the change is made
        planned = not grammar.change_made(token)
    if trigger.type in ("deployment", "presence") and number is not None and grammar.planned_whole(number):
        planned = True  # "1,000 of a planned 1,500 troops": the 1,500 are still to come
    elif trigger.type == "deployment":
        chain = [token, *list(token.ancestors)[:3]]
        # the clause on the people the going is told in ("who started arriving"), if any
        clause = next((t for t in chain[:2] if t.dep_ in ("acl", "relcl")), None)
        if clause is not None and clause.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in lex.planned_aux) for c in clause.children):
            # "join the 500 soldiers it deployed in March", "150 soldiers who started arriving
            # on Monday will guard the airport": a past of its own
            chain = chain[: chain.index(clause) + 1]
        planned = any(
            c.dep_ == "aux" and c.lower_ in lex.planned_aux for t in chain for c in t.children
        ) or any(grammar.lemma(t) in lex.planned_heads for t in chain[1:]) or grammar.reported_future(token)
        if token.pos_ == "NOUN" and grammar.lemma(token.head) in lex.planned_heads:
            planned = True
        if (token.dep_ == "xcomp" and grammar.lemma(token.head) == "be"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
            planned = True  # "Britain is to send 800 troops": an arrangement, not yet done
        if grammar.lemma(token) in lex.offering_verbs:
            planned = True  # "Italy has volunteered up to 3,000 soldiers": offered, not yet sent
    released = trigger.type == "casualty" and trigger.outcome == "captured" and bool(
        lemmas & lex.release_cues
    )
    phrase = f" {' '.join(t.lower_ for t in sentence)} "
    its_day = grammar.since_of_its_day(token)
    cumulative = trigger.type == "casualty" and (
        # "since" only when it governs the trigger's clause ("killed since May 1"), not "the
        # worst attack since 2003", nor the day the clause itself tells of ("the deadliest
        # since 2019, when 30 were killed"); the other cues ("so far", "to date") anywhere
        any(c.lower_ == "since" and c != its_day
            for t in (token, *token.ancestors) for c in t.children)
        # "have been killed ... since the fighting began": a "since" clause on the trigger, or
        # on a verb joined to it when the trigger tells no time of its own ("200 have been
        # killed and 1,000 wounded since the violence erupted")
        or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
               for v in (token, *([] if _own_time(token) else _joined_verbs(token))) for c in v.children)
        or any(f" {cue} " in phrase for cue in lex.cumulative_cues if cue != "since")
        or war_toll(token)
        or (number is not None and _running_tally(number))
        or _toll_of_the_period(token)
    )
    return {"planned": planned, "released": released, "cumulative": cumulative, "hedge": hedge}


#: A period a running total is counted over, to the report's day ("this year", "this month").
_PERIODS = frozenset({"week", "month", "year"})


def _this_period(token: Token) -> bool:
    """Whether a word is the period the report is in: "this week", "this month", "this year"."""
    return token.lower_ in _PERIODS and any(d.lower_ == "this" for d in token.children)


def _running_tally(number: Token) -> bool:
    """A tally raised to the figure ("brings the death toll to", "pushed to 117 the number of
    soldiers killed") is a running total (GUIDELINES §6) when it is told over a period ("this
    year", on the tally or on the verb raising it), of a war ("the death toll in the war") or of
    one side ("the British death toll", "the number of Polish troops killed"): every incident
    up to the report. An incident's own toll ("the death toll from the bombing", "the toll in
    the attack") or a bare one ("the death toll climbed to 57") is that incident's. What raised
    it, the verb's subject ("The attack brings ..."), is neither."""
    words = grammar.tally_words(number)
    if words is None:
        return False
    phrase, added = words
    lex = grammar.lexicon()
    if any(grammar.lemma(t) in lex.incident_nouns for t in phrase):
        return False
    periods = phrase + added
    return (any(_this_period(t) for t in periods)
            or any(grammar.lemma(t) in lex.war_nouns for t in phrase)
            or any(t.dep_ in ("amod", "compound", "nmod") and sides.lookup(t.text) is not None for t in phrase))


def _toll_of_the_period(trigger: Token) -> bool:
    """"15 peacekeepers have been killed in Mali this year", "the militants have lost 300
    fighters this month": a toll told in the present perfect over the period the report is in
    counts every incident of it up to the report, a running total (GUIDELINES §6). In the simple
    past ("were killed this week") it may be one incident's."""
    verb = _perfect_toll_verb(trigger)
    if verb is None:
        return False
    # the period on the verb ("killed this year", "killed in Mali this year", "so far this
    # month") or on what it happened in ("killed in fighting this week"), not on a shorter time
    # ("in one 24-hour period this week": that period's toll)
    periods = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod")]
    objects = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    periods += objects + [t for o in objects if not _a_time(o) for t in o.children if t.dep_ == "npadvmod"]
    return any(_this_period(t) for t in periods)


def _a_time(noun: Token) -> bool:
    """Whether a noun names a time ("one 24-hour period", "a single day"), by itself or by the
    words it is told with."""
    return grammar.lemma(noun) in ("period", "day", "hour", "night", "span") or any(
        t.ent_type_ in ("DATE", "TIME") for t in (noun, *(c for c in noun.children if c.dep_ != "npadvmod")))


def _joined_verbs(verb: Token) -> list[Token]:
    """The verbs coordinated with a verb, and those the parser hung on a coordinated figure
    ("killed and more than 900 wounded": "900" joined, "wounded" on it)."""
    joined = list(verb.conjuncts)
    return joined + [c for j in joined for c in j.children if c.dep_ in ("acl", "relcl")]


def _own_time(verb: Token) -> bool:
    """Whether a verb's own modifiers tell a time ("killed on Monday", "wounded Sunday")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
               if c.dep_ in ("npadvmod", "prep", "advmod", "tmod") for t in c.subtree)


def war_toll(trigger: Token) -> bool:
    """A toll of a whole war, told in the present perfect: "About 50,000 people have been killed
    in the conflict", "the insurgency has killed more than 20,000" (GUIDELINES §6: a running
    total, not the day's incident)."""
    lex = grammar.lexicon()
    verb = _perfect_toll_verb(trigger)
    if verb is None:
        return False
    clause = verb
    while clause.dep_ == "conj":  # "a war, which drew in its neighbours, and has killed ..."
        clause = clause.head
    if clause.dep_ == "relcl" and grammar.lemma(clause.head) in lex.war_nouns | lex.fighting_nouns:
        return True  # "a vast war, which has killed nearly four million people", "fighting that has left"
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and grammar.lemma(child) in lex.war_nouns:
            return True  # "the war has killed"
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "throughout") and any(
                grammar.lemma(o) in lex.war_nouns for o in child.children if o.dep_ == "pobj"):
            return True  # "have been killed in the conflict"
    return False


def _perfect_toll_verb(trigger: Token) -> Token | None:
    """The verb of a toll told in the present perfect ("have been killed", "has left more than
    5,000 people dead"), or None."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if trigger.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and grammar.lemma(trigger.head) == "leave":
        verb = trigger.head  # "fighting that has left more than 5,000 people dead"
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "The conflict has raged for six years, killing 90,000 people"
    if verb is None or not grammar.present_perfect(verb):
        return None
    return verb


def fighting_toll(trigger: Token) -> bool:
    """"More than 5,000 people have died in the fighting", "have been killed in the violence":
    a toll in the present perfect of "the" fighting, with no time of its own. Such a figure may
    be a day's or the whole war's; it is the war's when the text has just told when the war
    began (``time.war_began``), which the caller checks."""
    verb = _perfect_toll_verb(trigger)
    if verb is None or _own_time(verb):
        return False
    return any(child.dep_ == "prep" and child.lower_ in ("in", "during") and any(
        o.dep_ == "pobj" and grammar.lemma(o) in grammar.lexicon().fighting_nouns
        and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children) for o in child.children)
        for child in verb.children)


def civilian(noun: Token | None, trigger: grammar.Trigger, actor: dict | None = None) -> bool | None:
    """Whether the counted people are non-combatants (GUIDELINES §3): by their own word, a word
    on it or an apposition; a named armed group's own people (``actor``) are its fighters."""
    if trigger.type != "casualty":
        return False
    if noun is not None:
        noun = people_of_loss(noun) or noun  # "40 deaths of Iraqi civilians": their people
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
        if klass != "civilian" and _own_people_of_armed_group(noun, actor):
            return False
        if trigger.outcome == "captured" and grammar.lemma(noun) in grammar.lexicon().suspect_nouns:
            return False  # "detained the cell leader and four associates": taken as suspects
    return None


def _own_people_of_armed_group(noun: Token, actor: dict | None) -> bool:
    """"Three Taliban died", "four members of the Islamic Resistance Movement (Hamas)": people
    counted by a named armed group's own name, or told as its members, when it is their side."""
    if actor is None or not sides.is_armed_group(actor.get("group")):
        return False
    named = sides.lookup(noun.text)
    return (named is not None and named.code == actor["group"]) or (
        grammar.lemma(noun) in grammar.lexicon().group_member_nouns)


def people_of_loss(noun: Token) -> Token | None:
    """The people a counted loss is of: "civilians" in "40 deaths of Iraqi civilians"."""
    if noun.pos_ != "NOUN" or grammar.nominal_trigger(noun) is None:
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and grammar.person_class(o) is not None), None)


def losses_of_forces(events: list[dict], losses: list[dict]) -> None:
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
