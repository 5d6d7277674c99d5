"""The relevance gate: can an article hold an event at all? Decided on the raw text, before
spaCy, so that most of a news stream (sport, politics, science) never pays for NER and the parser.

An event needs, in one sentence, a count and a word that makes it one: a trigger ("killed",
"deployed", "casualties", "hostages") or a force it counts ("1,500 troops are in ...", "a
5,000-strong brigade"). The gate passes an article when any sentence has both, read as
generously as the event rules could: any count ``text.counts`` finds (an "a"/"an" only before a
person noun), any inflected form of a lexicon trigger or force word, the irregular forms of
``models/gate.json``. It must never turn away an article the rules would find an event in: the
tests check that on every gold set, and ``benchmarks/throughput.py --stream`` counts the events
lost on a mixed news stream.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resources import load_json
from pipeline.text.counts import PERSON_NOUN_FORMS, ordinal_value, scan_counts

#: Sentence ends for the gate: looser than spaCy's (a false split only splits a count from its
#: word when a sentence ends between them, which a real sentence end does too), never merging.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_ARTICLE_BEFORE_PERSON = 4  # words between "a"/"an" and the person noun it counts


def _inflections(lemma: str) -> set[str]:
    """A lemma's regular forms: kill -> kills killed killing; deploy -> deployed; capture ->
    captured capturing; kidnap -> kidnapped; casualty -> casualties."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # kidnapped, patrolling
    if lemma.endswith("man"):
        forms.add(lemma[:-3] + "men")
    return forms


@lru_cache(maxsize=1)
def _event_words() -> frozenset:
    """Every word form that can make a count an event: triggers, forces, captives, the
    lexicon's force and strength words, and the irregular forms of ``models/gate.json``."""
    lexicon = load_json("lexicon.json")
    gate = load_json("gate.json")
    lemmas = set(lexicon["verb_triggers"]) | set(lexicon["noun_triggers"])
    lemmas |= set(lexicon["person_nouns"]["combatant"]) | set(lexicon["force_words"])
    lemmas |= set(lexicon["force_unit_nouns"]) | set(lexicon["captive_nouns"])
    lemmas |= set(lexicon["captivity_nouns"]) | set(lexicon["strength_words"])
    words = {form for lemma in lemmas for part in lemma.lower().split() for form in _inflections(part)}
    return frozenset(words | set(gate["irregular_forms"]))


def _counts_people(sentence: str, words: set[str]) -> bool:
    """Whether a sentence (``words``: its words) holds a count: a figure, a number word, a
    vague magnitude, "a"/"an"/"another" with a person noun after it ("a soldier", "an Afghan
    interpreter"), or an ordinal, which can state a running total ("the seventeenth Canadian
    killed")."""
    if any((ordinal_value(word) or 0) > 1 for word in words):
        return True
    for match in scan_counts(sentence, articles=True):
        if match.kind != "article":
            return True
        following = _WORD.findall(sentence[match.end:].lower())[:_ARTICLE_BEFORE_PERSON]
        if any(word in PERSON_NOUN_FORMS for word in following):
            return True
    return False


def sentence_may_hold_event(sentence: str) -> bool:
    """A count and an event word in one sentence (see the module docstring)."""
    words = set(_WORD.findall(sentence.lower()))
    return bool(words & _event_words()) and _counts_people(sentence, words)


def may_hold_event(text: str) -> bool:
    """Whether any sentence of an article may hold an event; False means the event rules
    would find none, so the article can skip NER and the parser."""
    return any(sentence_may_hold_event(s) for s in _SENTENCE_END.split(text))
