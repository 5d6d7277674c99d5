"""The relevance gate: can an article hold an event at all? Decided on the raw text, before
spaCy, so that most of a news stream (sport, politics, science) never pays for NER and the parser.

An event needs, in one sentence, a count and a word that makes it one. The gate reads the
lexicon's words in three classes, as generously as the event rules could, and passes an article
when any sentence has a count (any count ``text.counts`` finds; an "a"/"an" only before a person
noun; an ordinal) and one of:

- a word of harm: a casualty trigger ("killed", "casualties"), a captive or captivity noun;
  the few that are as often something else ("held" a meeting, "took" office, a film's
  "release") only with a person or captive noun in the sentence;
- a force near the count: a combatant noun, a force or unit noun, a strength word ("1,500
  troops", "a 5,000-strong brigade", "a force of 3,000"), within ``FORCE_REACH`` words;
- a move (a deployment or presence trigger: "sent", "stationed") when the article names a
  force anywhere ("The U.S. has troops there. It will send 500 more.").

An article that passes is read in two steps when that is cheaper (``event_windows``): first only
the sentences that may hold an event, each with the sentence either side; only if the event
rules find an event there is the whole article read. Most politics and crime copy that passes
the word test holds no event, and its windows are a third of its text.

It must never turn away an article the rules would find an event in: the tests check that on
every gold set, and ``benchmarks/throughput.py --stream`` counts the events lost on a mixed news
stream. The words are ``models/lexicon.json``'s, inflected, and ``models/gate.json``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import load_json
from pipeline.text.counts import PERSON_NOUN_FORMS, ordinal_value, plural_forms, scan_counts

#: Sentence ends for the gate: looser than spaCy's, never merging two of its sentences; a
#: full stop after an abbreviation or initials, or before a word in lower case, ends none
#: (``_sentences``).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_INITIALS = re.compile(r"(?:^|[^\w.])(?:[A-Za-z]\.)+$")  # "U.S.", "U.N.", "J."
_LAST_WORD = re.compile(r"(\w+)\.$")
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


@dataclass(frozen=True)
class GateWords:
    """The gate's three classes of words (see the module docstring), every form spelled out."""

    harm: frozenset
    harm_with_people_only: frozenset
    forces: frozenset
    strength: frozenset  # "a 5,000-strong brigade", "a 300-man unit": only right after a count
    moves: frozenset
    people: frozenset
    members: frozenset  # "member": a force word after a combatant body ("service members")
    combatant_bodies: frozenset  # "service", "crew", "militia" (lexicon ``member_bodies``)


def _forms(lemmas, inflect) -> set[str]:
    return {form for lemma in lemmas for part in lemma.lower().split() for form in inflect(part)}


@lru_cache(maxsize=1)
def gate_words() -> GateWords:
    lexicon = load_json("lexicon.json")
    gate = load_json("gate.json")
    triggers = {**lexicon["verb_triggers"], **lexicon["noun_triggers"]}
    harm = _forms([w for w, (kind, _) in triggers.items() if kind == "casualty"], _inflections)
    harm |= _forms(lexicon["captive_nouns"] + lexicon["captivity_nouns"], _inflections)
    moves = _forms([w for w, (kind, _) in triggers.items() if kind != "casualty"], _inflections)
    forces = _forms(lexicon["person_nouns"]["combatant"] + lexicon["force_words"]
                    + lexicon["force_unit_nouns"], plural_forms)
    forces -= _forms(gate["forces_with_a_force_noun_only"], plural_forms)
    strength = _forms(lexicon["strength_words"], plural_forms) | set(gate["irregular_strength"])
    captives = _forms(lexicon["captive_nouns"], plural_forms)
    return GateWords(
        harm=frozenset(harm | set(gate["irregular_harm"])),
        harm_with_people_only=frozenset(gate["harm_with_people_only"]),
        forces=frozenset(forces | set(gate["irregular_forces"])),
        strength=frozenset(strength),
        moves=frozenset(moves | set(gate["irregular_moves"])),
        people=frozenset(set(PERSON_NOUN_FORMS) | captives | forces | strength),
        members=frozenset(plural_forms("member")),
        combatant_bodies=frozenset(_forms(lexicon["member_bodies"]["combatant"], plural_forms)),
    )


#: How many words may stand between a force noun and its count ("1,500 Ukrainian soldiers",
#: "a force of some 3,000 men", "troops, numbering about 4,000").
FORCE_REACH = 6


def _count_positions(sentence: str, words: set[str]) -> list[int]:
    """Where a sentence (``words``: its words) holds a count: the start of every figure, number
    word and vague magnitude, of "a"/"an"/"another" with a person noun after it ("a soldier",
    "an Afghan interpreter"), and of an ordinal, which can state a running total ("the
    seventeenth Canadian killed")."""
    found = [m.start() for m in _WORD.finditer(sentence.lower()) if (ordinal_value(m.group()) or 0) > 1] \
        if any((ordinal_value(word) or 0) > 1 for word in words) else []
    for match in scan_counts(sentence, articles=True):
        if match.kind != "article":
            found.append(match.start)
            continue
        following = _WORD.findall(sentence[match.end:].lower())[:_ARTICLE_BEFORE_PERSON]
        if any(word in PERSON_NOUN_FORMS for word in following):
            found.append(match.start)
    return found


def _force_near_count(sentence: str, forces: set[str], strength: set[str], counts: list[int]) -> bool:
    """Whether a force word stands within ``FORCE_REACH`` words of a count, or a strength word
    right after one ("60,000-member", "some 300 strong"; not "12 members of parliament" far
    from it). A member of a combatant body is a force word ("hundreds of service members",
    "20 militia members"), as the event rules read it."""
    vocabulary = gate_words()
    words = list(_WORD.finditer(sentence.lower()))
    starts = [m.start() for m in words]
    for i, word in enumerate(words):
        if word.group() in forces or (word.group() in vocabulary.members and i
                                      and words[i - 1].group() in vocabulary.combatant_bodies):
            # to the sentence's edge when fewer words stand there: "10,000 troops are taking
            # part" has its figure before the first word
            low = starts[i - FORCE_REACH] if i >= FORCE_REACH else 0
            high = starts[i + FORCE_REACH] if i + FORCE_REACH < len(words) else len(sentence)
        elif word.group() in strength:
            low, high = (starts[i - 1] if i else 0), word.start()
        else:
            continue
        if any(low <= at <= high for at in counts):
            return True
    return False


def sentence_may_hold_event(sentence: str, *, forces_in_article: bool = True) -> bool:
    """A count and an event word in one sentence (see the module docstring).
    ``forces_in_article``: whether the article names a force anywhere (for a move)."""
    vocabulary = gate_words()
    words = set(_WORD.findall(sentence.lower()))
    harm = words & vocabulary.harm
    if harm and harm <= vocabulary.harm_with_people_only and not words & vocabulary.people:
        harm = set()  # "the summit was held", "took office"
    forces = words & vocabulary.forces
    strength = words & vocabulary.strength
    moves = bool(words & vocabulary.moves) and forces_in_article
    if not (harm or forces or strength or moves):
        return False
    counts = _count_positions(sentence, words)
    return bool(counts) and bool(harm or moves or _force_near_count(sentence, forces, strength, counts))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """The gate's sentences as (start, end) offsets, in order. A full stop after an
    abbreviation ("Gen.", "Sept.", ``abbreviations`` in ``models/gate.json``) or initials
    ("U.S."), or one followed by a word in lower case, ends no sentence: split there, "5 U.S. |
    soldiers were killed" would part a count from its word. A blank line always ends one.
    A generator, so a huge text is never held as a list of its sentences."""
    abbreviations = _abbreviations()
    start = 0
    for end in _SENTENCE_END.finditer(text):
        piece = text[start:end.start()]
        last = _LAST_WORD.search(piece)
        if "\n" not in end.group() and (
                _INITIALS.search(piece) or (last and last.group(1).lower() in abbreviations)
                or text[end.end():end.end() + 1].islower()):
            continue  # not a sentence end: the sentence goes on
        if end.start() > start:
            yield start, end.start()
        start = end.end()
    if len(text) > start:
        yield start, len(text)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    return frozenset(load_json("gate.json")["abbreviations"])


def _passing(text: str) -> Iterator[tuple[tuple[int, int], bool]]:
    """The article's sentences, each with whether it may hold an event, in order."""
    vocabulary = gate_words()
    named = vocabulary.forces | vocabulary.strength
    forces = any(m.group() in named for m in _WORD.finditer(text.lower()))
    for a, b in _sentences(text):
        yield (a, b), sentence_may_hold_event(text[a:b], forces_in_article=forces)


def may_hold_event(text: str) -> bool:
    """Whether any sentence of an article may hold an event; False means the event rules
    would find none, so the article can skip NER and the parser."""
    return any(ok for _, ok in _passing(text))


#: Sentences read either side of one that may hold an event when an article is read in two
#: steps: the rules read a count's subject or unit in the sentence before ("Two U.S. soldiers
#: died. A third was wounded.").
WINDOW_REACH = 1
#: Read the windows first only when they are at most this share of the article's characters:
#: above it the first step costs more than it saves (a conflict report's windows are most of
#: it, and it holds events anyway). Chosen by cost, reading a character as the unit: on the
#: stream sample 0.4 costs 60% of reading every article that passes the word test (0.5: 59%),
#: and on the gold sets' conflict reports 100.6% (0.5: 104.6%, measured 6% slower).
MAX_WINDOW_SHARE = 0.4


def event_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of an article that may hold an event: each sentence that may, with
    ``WINDOW_REACH`` sentences either side, overlapping ones merged, as (start, end) offsets.
    Empty when no sentence may hold one (the article can skip NER and the parser)."""
    rows = list(_passing(text))
    sentences, passing = [span for span, _ in rows], [ok for _, ok in rows]
    chosen = sorted({j for i, ok in enumerate(passing) if ok
                     for j in range(max(0, i - WINDOW_REACH), min(len(sentences), i + WINDOW_REACH + 1))})
    windows: list[tuple[int, int]] = []
    for previous, j in zip([None, *chosen], chosen):
        if previous == j - 1:  # the next sentence: the window goes on
            windows[-1] = (windows[-1][0], sentences[j][1])
        else:
            windows.append(sentences[j])
    return windows


def worth_reading_first(text: str, windows: list[tuple[int, int]]) -> bool:
    """Whether reading only the windows first is cheaper than reading the whole article."""
    return sum(b - a for a, b in windows) <= MAX_WINDOW_SHARE * len(text)
