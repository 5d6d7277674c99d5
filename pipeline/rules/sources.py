"""Who gives a figure: the one owner of an event's ``source``.

"according to X", the subject of a reporting verb above the trigger, or the speaker named
before when a pronoun reports the figure ("he announced").
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.rules import grammar

#: Pronouns that stand for a person or people named before ("He said", "They denied ... and said").
_PERSON_PRONOUNS = ("he", "she", "they")


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
    below = trigger  # the word of the path just under ``verb``
    for verb in [trigger, *trigger.ancestors]:
        if verb == trigger and not trigger_reports:
            continue
        came_from, below = below, verb
        if came_from.dep_ == "advcl" and came_from.head == verb and any(c.dep_ == "dobj" for c in verb.children):
            continue  # "Insurgents showed new tactics as they killed five": it reports something else
        subject = _reporting_subject(verb) or _figure_giver(verb, count)  # "the ministry revised the toll to 52"
        if subject is None or count in subject.subtree:
            continue
        if subject.pos_ == "PRON":
            pronoun = pronoun or subject.lower_ in (*_PERSON_PRONOUNS, "it")
            continue
        # "The RSF denied the charge and said ...": the speaker with the verb beside it
        return _speaker_record(subject, subject.head if verb.dep_ == "conj" and subject.head == verb.head else verb)
    for clause in trigger.children:
        # "The ministry later revised its figures: 19 soldiers died" (the giving clause parsed
        # as a complement of the trigger that follows it)
        if clause.dep_ in ("ccomp", "parataxis") and clause.i < count.i and (
                subject := _figure_giver(clause)) is not None:
            if subject.pos_ != "PRON":
                return _speaker_record(subject, clause)
            pronoun = True
    if (inverted := _inverted_speaker(sentence, count)) is not None:
        return inverted
    if (telling := _telling_joined(trigger, count)) is not None:
        return _speaker_record(*telling)
    if pronoun and speakers:
        return dict(speakers[-1])
    return None


def _telling_joined(trigger: Token, count: Token) -> tuple[Token, Token] | None:
    """"Gunmen killed 12 people, a police source and residents told AFP": the parser may join
    a telling after the figure to the figure's clause as a second act, or set it beside the
    clause ("15 rebels have been killed, the army said, as troops moved in"). A reporting verb
    so joined, set off by a comma alone, with a speaker of its own and no clause of its own to
    tell ("..., and the army said it would strike back" tells that), is the figure's
    attribution. Its speaker and verb, or None."""
    verb = grammar.clause_verb(trigger)
    if verb is None:
        return None
    for telling in (c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > count.i):
        subject = next((c for c in telling.children if c.dep_ == "nsubj" and c.i < telling.i), None)
        if subject is None:
            # "... near Gusau, a local official and witnesses told AFP": the speakers hung on
            # the place as an apposition, right before the verb
            subject = telling.doc[telling.i - 1]
            while subject.dep_ == "conj" and subject.head.i < subject.i:
                subject = subject.head
            if subject.dep_ != "appos" or subject.right_edge.i != telling.i - 1:
                continue
        if (grammar.lemma(telling) not in grammar.lexicon().attribution_verbs
                or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in telling.children)
                or subject.left_edge.i == 0 or telling.doc[subject.left_edge.i - 1].text != ","
                or not _names_a_speaker(subject)):
            continue
        return subject, telling
    return None


def _inverted_speaker(sentence: Span, count: Token) -> dict | None:
    """"At least 22 people died, reported officials": a reporting verb after a comma, with its
    speaker after it, which the parser may take for the verb's object, or the verb for an
    adjective on the speaker, rather than a subject. The source span, or None."""
    lex = grammar.lexicon()
    for verb in (t for t in sentence if t.i > count.i and t.tag_ in ("VBD", "VBN", "VBZ")):
        before = verb.doc[verb.i - 1]
        if (before.text != "," or grammar.lemma(verb) not in lex.attribution_verbs
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)):
            continue
        if verb.dep_ == "amod" and verb.head.i > verb.i:
            speaker = verb.head  # "..., reported officials, with 25 others injured"
        else:  # "..., said police, and ...", "..., reported local media, before ..."
            speaker = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj")
                            and c.left_edge.i == verb.i + 1), None)
        if speaker is not None and speaker.pos_ in ("NOUN", "PROPN"):
            last = speaker
            for token in speaker.doc[speaker.i + 1 : speaker.right_edge.i + 1]:
                if token.is_punct:
                    break  # "..., reported officials, with 25 others injured": the speaker ends
                last = token
            start, end = verb.idx, last.idx + len(last.text)
            return {"text": grammar.doc_text(verb.doc, start, end), "start": start, "end": end}
    return None


def _figure_giver(verb: Token, count: Token | None = None) -> Token | None:
    """Who gives, revises or updates a figure ("the army updated the toll", "the ministry
    revised its figures"): a giving verb with a tally noun as its object, and a named subject
    that is not an incident or evidence ("Wednesday's attack put the toll at 31" names no
    one). With ``count``, only when the count is the figure given: in the tally or in its
    "at"/"to" phrase ("put the death toll at 31"; not "..., and rebels killed 12 soldiers")."""
    lex = grammar.lexicon()
    tallies = [c for c in verb.children if c.dep_ == "dobj" and grammar.lemma(c) in lex.tally_nouns]
    if grammar.lemma(verb) not in lex.giving_verbs or not tallies:
        return None
    if count is not None and not any(count in part.subtree for part in (
            *tallies, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "to")))):
        return None
    no_one = lex.incident_nouns | lex.evidence_nouns | lex.attack_cause_words
    return next((c for c in verb.children if c.dep_ == "nsubj" and (
        c.pos_ in ("NOUN", "PROPN") and grammar.lemma(c) not in no_one
        or c.lower_ in _PERSON_PRONOUNS)), None)  # "He gave a toll of 12": the speaker before


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb ("X said", "X took to X to share that"), or None when
    ``verb`` reports nothing ("attacks claimed the lives of two soldiers")."""
    lex = grammar.lexicon()
    if grammar.lemma(verb) not in lex.attribution_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "dobj" and grammar.lemma(c) == "life" for c in verb.children):
        return None
    for node in (verb, verb.head):
        # a dateline the parser made a second subject ("KABUL — ..., police said") is no speaker
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and not grammar.in_dateline(c)]
        if subjects:
            if grammar.lemma(subjects[0]) in lex.evidence_nouns:
                return None  # "satellite images showed": evidence, not a speaker
            if node is not verb and verb.dep_ == "conj" and not _names_a_speaker(subjects[0]) \
                    and subjects[0].lower_ not in _PERSON_PRONOUNS:
                # "The helicopter crashed and ...", "Reports emerged and ...": no one; but "He
                # rejected the claims and said ...": the person named before (the caller's pronoun)
                return None
            if subjects[0].dep_ == "nsubjpass" and node == verb and grammar.lemma(verb) != "quote":
                # "six militants were believed killed", "It is believed that ...": what is
                # reported, not who reports it ("X was quoted as saying" is X's word); "were
                # reported by the ministry to have been killed": the agent reports
                return next((o for a in verb.children if a.dep_ == "agent"
                             for o in a.children if o.dep_ == "pobj"), None)
            return subjects[0]
        if verb.dep_ not in ("xcomp", "advcl", "conj"):
            break  # "The RSF denied the charge and said ...": the first verb's subject says it
    # "... killed in an airstrike on Idlib, the Syrian Observatory said": the parser hangs the
    # speaker on the place as an apposition; the phrase right before the verb is the speaker
    node = verb.doc[verb.i - 1] if verb.i > 0 else verb
    if node.text == "," and node.i > 0:
        node = verb.doc[node.i - 1]  # "..., Olena Marchuk, the regional governor, says"
    while node.dep_ in ("pobj", "prep", "compound", "amod") and node.head != node:
        node = node.head
    while node.dep_ == "appos" and node.head.dep_ == "appos" and (
            node.head.ent_type_ == "PERSON" or (node.head.pos_ == "NOUN" and not grammar.is_place_head(node.head))):
        # "Olena Marchuk, the regional governor, says", "the region's governor, Oleksandr
        # Prokudin, reported": a name and a title in apposition are one speaker
        node = node.head
    if node.dep_ == "appos" and node.pos_ in ("NOUN", "PROPN") and node.i < verb.i:
        return node
    # "... in Kursk Region, which borders Ukraine, Governor Ivan Petrov said": the parser may
    # join the speaker to the relative clause's object, with a comma and no "and" between them
    if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and node.i < verb.i \
            and node.left_edge.i > 0 and verb.doc[node.left_edge.i - 1].text == "," \
            and not any(c.dep_ == "cc" for c in node.head.children) \
            and any(a.dep_ == "relcl" for a in node.head.ancestors) and _names_a_speaker(node):
        return node
    # "Residents interviewed by a journalist said ...": the parser may read the speakers and
    # the participle on them as a clause of its own; that clause, right before the verb, speaks
    return next((c for c in verb.children if c.dep_ in ("ccomp", "csubj") and c.i < verb.i
                 and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
                 and any(s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") for s in c.children)), None)


def _names_a_speaker(subject: Token) -> bool:
    """Whether a subject names someone who can speak: a named body, person or country, a kind
    of person, or a body people belong to ("the army", "the government"); not a thing or an
    incident ("the helicopter", "the attack", "reports")."""
    lex = grammar.lexicon()
    lemma = grammar.lemma(subject)
    if lemma in lex.incident_nouns or lemma in lex.evidence_nouns:
        return False
    return (subject.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or grammar.person_class(subject) is not None
            or lemma in lex.member_bodies or lemma in lex.speaker_nouns)


def _speaker_record(subject: Token, verb: Token) -> dict:
    """The source span: the speaker phrase, with the reporting verb when it is adjacent."""
    start_tok, end_tok = subject.left_edge, subject.right_edge
    doc = subject.doc
    # "U.S. Central Command spokesman, Capt. Bill Urban confirmed": the parser may make the
    # speaker's name a second subject; the speaker runs through it
    others = [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i]
    if others and doc[end_tok.i].text == "," and others[0].left_edge.i == end_tok.i + 1:
        end_tok = others[0].right_edge
    if 0 < verb.i - end_tok.i <= 2:
        end_tok = verb
    elif 0 < start_tok.i - verb.i <= 2:
        start_tok = verb
    dateline = grammar.dateline_end(doc)
    if dateline and start_tok.i <= dateline < end_tok.i:
        start_tok = doc[dateline + 1]  # "YANGON - Myanmar's military junta said": not the dateline
    while (start_tok.is_space or start_tok.text in ('"', _OPENING_QUOTES, _CLOSING_QUOTES)) and start_tok.i < end_tok.i:
        start_tok = doc[start_tok.i + 1]  # a closing quotation mark the parser hung on the speaker
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


def told_after(sentence: Span) -> dict | None:
    """The source a sentence gives for the figure told just before it: "That is according to
    a statement from the army", "The figure was confirmed by the defense ministry", "The
    military gave the toll in a statement". Only a sentence about the figure itself (a
    pronoun or a tally noun as its subject or object) attributes it."""
    lex = grammar.lexicon()
    for token in sentence:
        if token.lower_ == "according":
            holder = token if token.dep_ == "ROOT" else token.head  # parsed either way
            subject = [c for c in holder.children if c.dep_ in grammar.SUBJECT_DEPS]
            if subject and (subject[0].lower_ in ("that", "this", "it")
                            or grammar.lemma(subject[0]) in lex.tally_nouns):
                to = [c for c in token.children if c.dep_ == "prep"]
                end_token = to[0].right_edge if to else token
                start, end = token.idx, end_token.idx + len(end_token.text)
                return {"text": grammar.doc_text(sentence.doc, start, end), "start": start, "end": end}
    root = sentence.root
    if grammar.lemma(root) not in lex.attribution_verbs and grammar.lemma(root) not in lex.giving_verbs:
        return None
    about_figure = [c for c in root.children if c.dep_ in ("nsubjpass", "dobj")
                    and (c.lower_ in ("that", "this", "it") or grammar.lemma(c) in lex.tally_nouns)]
    if not about_figure:
        return None
    for child in root.children:
        if child.dep_ == "agent":  # "was confirmed by the defense ministry"
            agents = [c for c in child.children if c.dep_ == "pobj"]
            if agents:
                first, last = agents[0].left_edge, agents[0].right_edge
                start, end = first.idx, last.idx + len(last.text)
                return {"text": grammar.doc_text(sentence.doc, start, end), "start": start, "end": end}
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):  # "The military gave the toll"
            return _speaker_record(child, root)
    return None


#: Curly quotation marks say which way they face; a straight one faces the word it touches.
_OPENING_QUOTES, _CLOSING_QUOTES = "\u201c", "\u201d"
#: What ends a quotation that its attribution follows ('... the convoy kept moving," she said').
_ATTRIBUTED_ENDS = (",", "?", "!", "-", "\u2014", "\u2013")


def _quote_marks(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """The quotation marks between ``start`` and ``end``: (offset, opens). A straight mark opens
    when it stands before a word (after a space or at the start) and closes otherwise, as
    typesetters read them; a new paragraph of a long quotation opens again without closing."""
    marks = []
    for i in range(start, end):
        if text[i] in _OPENING_QUOTES:
            marks.append((i, True))
        elif text[i] in _CLOSING_QUOTES:
            marks.append((i, False))
        elif text[i] == '"':
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            marks.append((i, (before.isspace() or before in "([") and not after.isspace()))
    return marks


def quotation_around(text: str, offset: int) -> tuple[int, int] | None:
    """The offsets of the opening and closing marks of the quotation ``offset`` lies in, within
    its line, or None when it is not quoted."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    marks = _quote_marks(text, line_start, len(text) if line_end < 0 else line_end)
    before = [m for m in marks if m[0] < offset]
    after = [m for m in marks if m[0] > offset]
    if not before or not before[-1][1] or not after or after[0][1]:
        return None
    return before[-1][0], after[0][0]


def quotation_speaker(doc: Doc, offset: int, named_before: Callable[[int], list[dict]]) -> dict | None:
    """Who says the quotation a figure at ``offset`` lies in: the speaker named right after it
    closes ('... in the ambush. The convoy kept moving," she said') or right before it opens
    ('Kiro said: "...'). A pronoun there is the last speaker named before the quotation
    (``named_before(offset)``). None when the figure is not quoted, or no one is named."""
    quoted = quotation_around(doc.text, offset)
    if quoted is None:
        return None
    opening, closing = quoted
    told = []
    if _last_mark_before(doc.text, closing) in _ATTRIBUTED_ENDS:
        after = doc.char_span(closing + 1, len(doc.text), alignment_mode="expand") or []
        for token in after:
            if token.text in (".", "!", "?") or "\n" in token.text:
                break
            told.append(token)
    if _last_mark_before(doc.text, opening) in (":", ","):
        told += [t for t in doc[doc.char_span(opening, opening + 1, alignment_mode="expand").start].sent
                 if t.idx < opening]
    for verb in told:
        subject = _reporting_subject(verb)
        if subject is None or opening <= subject.idx <= closing:
            continue
        if subject.pos_ != "PRON":
            return _speaker_record(subject, verb)
        if subject.lower_ in _PERSON_PRONOUNS:
            named = named_before(opening)
            return dict(named[-1]) if named else None
    return None


def _last_mark_before(text: str, offset: int) -> str:
    """The last character before ``offset`` that is not a space ("" at the start)."""
    i = offset - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""
