"""An incident told in one sentence and retold in another ("... killed in a convoy attack.
... the attack that happened near Fallujah Oct. 6"): the day and place the retelling states.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.rules import grammar, places, time
from pipeline.rules.grammar import goes_on_into, incidents_told_before, told_of
from pipeline.rules.time import LOOK_BACK_SENTENCES


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
        wants_date = event["date"] is None and not event["reported_date"] and not event["cumulative"]
        # a place less exact than a town or district gives way to a retelling's more exact one
        place_rank = -1 if event["location"] is None else places.specificity(event["location"], doc)
        wants_place = event["type"] != "deployment" and place_rank < 2
        later = sentences[i + 1] if i + 1 < len(sentences) else None
        if wants_date and later is not None and event["type"] == "deployment":
            # "... intends to send 3,000 more troops. The troops will be deployed immediately"
            if (verb := grammar.forces_retold(later)) is not None:
                spans = time.spans_in(date_spans, later) + [  # "deployed immediately": from the report's day
                    doc[c.i : c.i + 1] for c in verb.children if c.dep_ == "advmod" and c.lower_ == "immediately"]
                found = time.incident_day(verb, spans, resolve_date)
                if found is not None:
                    event["date"], wants_date = found, False
        ref = grammar.incident_reference(later) if later is not None else None
        if ref is not None:
            if wants_date:
                spans = [d for d in time.spans_in(date_spans, later) if told_of(ref, d.root)]
                found = time.incident_day(ref, spans, resolve_date)
                if found is not None:
                    event["date"], wants_date = found, False
            if wants_place:
                told = [p for p in places.sentence_places(later)
                          if " and " not in p["text"]  # "both Kandahar and Helmand": several
                          and (first := places.place_span(p, doc))
                          and told_of(ref, first[0]) and places.specificity(p, doc) > place_rank]
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
                          if " and " not in p["text"] and places.specificity(p, doc) == 2]
                if told:
                    event["location"] = told[0]
                    break
