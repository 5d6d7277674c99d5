"""A cheap check that an article is English, so that Muster skips what it cannot read.

Muster's rules and model are English-only: on French or Russian text they find nothing or,
worse, nonsense. py3langid (a naive Bayes classifier over byte n-grams, about 1 ms for the few
thousand characters sampled here) gives the probability of every language; an article is
called non-English only when that evidence is strong:

- the sample holds at least :data:`MIN_LETTERS` letters (short texts, headlines and lists of
  names are too little to tell, and are processed), and
- the probability of English is below :data:`EN_FLOOR`. Testing English's own probability,
  rather than the top label's, keeps related labels (``zh``/``wuu``, ``ar``/``ary``) from
  splitting the score and keeps English text full of foreign names from being skipped.

Measured on the development set and the samples, every English sentence of 60 letters or more
scores above 0.3, most above 0.99; French, Spanish, Russian, Ukrainian, Arabic and Chinese news
sentences score below 0.001.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Fewer letters than this in the sample: too little text to tell, so it is processed.
MIN_LETTERS = 60
#: Below this probability of English, with enough letters, the article is not English.
EN_FLOOR = 0.05
#: Characters sampled: the start, plus a slice of the middle of longer texts.
HEAD_CHARS, MIDDLE_CHARS = 2000, 1000
#: English's commonest function words. When they make up at least ENGLISH_SHARE of a sample's
#: words (English news: about a quarter; French, Spanish or Russian news: near none of
#: "the/of/and/was"), the text is English without loading the classifier (a cold-start saving
#: of about 0.7 s per process).
ENGLISH_WORDS = frozenset(
    "the of and to in a is was were are said that for on with by at from has have had".split()
)
ENGLISH_SHARE, MIN_WORDS = 0.15, 20
_WORD = re.compile(r"[^\W\d_]+")


def plainly_english(piece: str) -> bool:
    """Whether a sample is English by its function words alone (see :data:`ENGLISH_WORDS`)."""
    words = _WORD.findall(piece.lower())
    return len(words) >= MIN_WORDS and sum(w in ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words)


@lru_cache(maxsize=1)
def _identifier():
    """The py3langid model with normalized probabilities, loaded once (about 0.7 s)."""
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def sample(text: str) -> str:
    """The part of ``text`` the check reads: bounded, whatever the article's length."""
    if len(text) <= HEAD_CHARS + MIDDLE_CHARS:
        return text
    middle = len(text) // 2
    return text[:HEAD_CHARS] + "\n" + text[middle : middle + MIDDLE_CHARS]


def detect(text: str) -> tuple[str, float, float] | None:
    """``(language, score, english_probability)`` for ``text``, or None when the sample has
    too few letters to tell. ``language`` is the most likely ISO 639 code."""
    piece = sample(text)
    if sum(ch.isalpha() for ch in piece) < MIN_LETTERS:
        return None
    # the classifier works on UTF-8 bytes; lone surrogates cannot be encoded, so drop them here
    piece = piece.encode("utf-8", "ignore").decode("utf-8")
    ranked = _identifier().rank(piece)
    english = next((float(p) for lang, p in ranked if lang == "en"), 0.0)
    language, score = ranked[0]
    return str(language), float(score), english


def not_english(text: str) -> tuple[str, float] | None:
    """``(language, score)`` when ``text`` is confidently not English, else None."""
    if plainly_english(sample(text)):
        return None
    found = detect(text)
    if found is None:
        return None
    language, score, english = found
    if language == "en" or english >= EN_FLOOR:
        return None
    return language, score
