"""The model's own attribute ruler, matched faster: same patterns, same matches, same output.

``en_core_web_sm``'s ``attribute_ruler`` maps fine tags to coarse parts of speech and
morphology with about 180 one-token patterns ("TAG" "NNS" -> NOUN, Number=Plur; "TAG" "MD"
with "LOWER" "would" -> VerbForm=Fin). spaCy's ``Matcher`` tries every pattern on every token,
which cost about as much as the tagger and the lemmatizer together (5 ms of the model's 37 ms
an article here). Most of those patterns test only a token's own attributes, so they can be
looked up by the token's tag or lower-case form instead of tried one by one. ``speed_up``
gives the ruler a matcher that does that and hands every other pattern (several tokens,
operators, other attributes) to a ``Matcher`` of its own: the ruler still sorts and applies
the matches itself, so what it writes on each token is unchanged
(``tests/test_components.py`` compares the two on real articles).
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

#: The token attributes a one-token pattern may test to be looked up rather than tried.
_READ = {
    "TAG": lambda token: token.tag_,
    "LOWER": lambda token: token.lower_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}


#: How many (tag, form, relation) combinations the matcher remembers before it starts over.
_MAX_KNOWN = 50_000


class IndexedMatcher:
    """A stand-in for an attribute ruler's ``Matcher``: one-token patterns are looked up by
    the token's tag (or lower-case form), the rest matched by spaCy. Anything else asked of
    it (``get``, serialization) goes to the original matcher."""

    def __init__(self, original: Matcher, patterns: list[dict], vocab) -> None:
        self._original = original
        self._by_tag: dict[str, list] = {}
        self._by_lower: dict[str, list] = {}
        self._any: list = []
        self._rest = Matcher(vocab)
        self._keys_of: dict[tuple, tuple] = {}  # (tag, lower, dep, is_space) -> pattern keys
        for number, entry in enumerate(patterns):
            key = vocab.strings.add(str(number))  # the ruler's own key for its n-th addition
            rest = []
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and _indexable(pattern[0]):
                    self._index(key, pattern[0])
                else:
                    rest.append(pattern)
            if rest:
                self._rest.add(key, rest)

    def _index(self, key: int, spec: dict) -> None:
        tests = [(_READ[name], set(value["IN"]) if isinstance(value, dict) else {value})
                 for name, value in spec.items()]
        entry = (key, tests)
        for name, table in (("TAG", self._by_tag), ("LOWER", self._by_lower)):
            if name in spec:
                value = spec[name]
                for word in (value["IN"] if isinstance(value, dict) else [value]):
                    table.setdefault(word, []).append(entry)
                return
        self._any.append(entry)

    def __call__(self, doc: Doc, *args, as_spans: bool = False, **kwargs):
        if as_spans or args or set(kwargs) - {"allow_missing"}:
            return self._original(doc, *args, as_spans=as_spans, **kwargs)
        matches = list(self._rest(doc, **kwargs)) if len(self._rest) else []
        known = self._keys_of
        for token in doc:
            seen = (token.tag_, token.lower_, token.dep_, token.is_space)
            keys = known.get(seen)
            if keys is None:  # the patterns a token of this tag, form and relation meets
                if len(known) >= _MAX_KNOWN:
                    known.clear()  # a long stream: memory stays bounded
                keys = known[seen] = tuple(key for key, tests in self._candidates(token)
                                           if all(read(token) in wanted for read, wanted in tests))
            matches.extend((key, token.i, token.i + 1) for key in keys)
        return matches

    def _candidates(self, token: Token) -> list:
        """The one-token patterns that may fit a token: those for its tag, its form, or any."""
        return self._by_tag.get(token.tag_, []) + self._by_lower.get(token.lower_, []) + self._any

    def __len__(self) -> int:
        return len(self._original)

    def __getattr__(self, name: str):
        return getattr(self._original, name)


def _indexable(spec: dict) -> bool:
    """A one-token pattern that tests only attributes read here, each for one value or a
    set of values ("IN"), with no operator."""
    return bool(spec) and all(
        name in _READ and (isinstance(value, (str, bool)) or (
            isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list)))
        for name, value in spec.items())


def speed_up(nlp) -> None:
    """Give the pipeline's ``attribute_ruler`` the indexed matcher (no-op without one)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(getattr(ruler, "matcher", None), Matcher):
        ruler.matcher = IndexedMatcher(ruler.matcher, ruler.patterns, nlp.vocab)
