"""Muster as spaCy components, registered through the ``spacy_factories`` entry point.

Any English pipeline with a parser and NER can run Muster without importing ``pipeline``::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("muster")                 # all of Muster's stages, in order
    doc = nlp.make_doc(text); doc._.muster_published = "2025-03-04"
    doc = nlp(doc)
    doc._.muster                           # {"events", "dates", "quantities", "warnings"}

Each stage is also a factory of its own (``muster_places``, ``muster_counts``,
``muster_quantities``, ``muster_dates``, ``muster_events``) that declares what it requires and
assigns, so ``nlp.analyze_pipes()`` checks the order. The components are thin: the work is in
plain functions (``pipeline.text``, ``pipeline.rules``, ``pipeline.article``); a component
computes first, then writes its span group and values.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components import extensions
from pipeline.components.extensions import COUNTS, DATES, QUANTITIES, TIMEXES
from pipeline.rules import grammar
from pipeline.text import layout

extensions.declare()

PLACES = "muster_places"
LINES = "muster_lines"
MUSTER = "muster"


def actor_patterns() -> list[dict]:
    """Entity-ruler patterns for every name in ``models/places.json``, each with its code as
    the id: country names GPE, demonyms NORP, groups and armed forces ORG. Exact token texts
    (case-sensitive), so "US" does not fire on the pronoun "us"."""
    from pipeline.resources import load_json

    places = load_json("places.json")
    patterns: list[dict] = []
    for code, entry in places["countries"].items():
        patterns += [{"label": "GPE", "pattern": name, "id": code} for name in entry.get("names", [])]
        patterns += [{"label": "NORP", "pattern": name, "id": code} for name in entry.get("demonyms", [])]
    for code, names in places.get("armed_forces", {}).items():
        patterns += [{"label": "ORG", "pattern": name, "id": code} for name in names]
    for group, names in places.get("groups", {}).items():
        patterns += [{"label": "ORG", "pattern": name, "id": group} for name in names]
    return patterns


@Language.factory(PLACES, assigns=["doc.ents", "token.ent_id"],
                  default_config={"overwrite_ents": True})
def make_places(nlp: Language, name: str, overwrite_ents: bool):
    """An entity ruler for the countries, demonyms, armed groups and forces of
    ``models/places.json``, each entity carrying its ISO alpha-3 code or group name in
    ``ent_id_``. Place it before ``ner``: the statistical model misses many of these names
    ("Taleban", "AMISOM") and mislabels others, and it predicts around preset entities."""
    from spacy.pipeline import EntityRuler

    ruler = EntityRuler(nlp, name, phrase_matcher_attr="ORTH", overwrite_ents=overwrite_ents)
    # exact-text patterns need only the tokenizer; with the model's components enabled spaCy
    # would run them over all 1,800 pattern strings (about 1 s of every cold start)
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(actor_patterns())
    return ruler


#: Tokens a stretch without sentence punctuation may run before Muster reads it line by line:
#: prose sentences stay far below it; a table of figures pasted as text does not, and read as
#: one sentence it made the rules' work grow with the square of its rows.
MAX_SENTENCE_TOKENS = 120
#: With no line breaks to cut at, a stretch is cut every this many tokens.
HARD_SENTENCE_TOKENS = 250
_SENTENCE_END = frozenset(".!?;")


class LinesStage:
    """Before the parser: a blank line always ends a sentence (the parser ran a paragraph
    ending in a closing quote into the next one); each list item starts one (a round-up of
    incidents told as bullets, read as one sentence, gave every item the first item's place);
    a name after a rank written short ("said Brig. Felix Okello") starts none, nor does any
    word right after a word, a number or a comma on the same line;
    a long stretch without sentence punctuation (a table of figures) is read line by line, so
    the work per sentence stays bounded and time grows linearly with the text. Prose is
    otherwise left to the parser."""

    def __init__(self, ranks: frozenset[str]):
        self.ranks = ranks

    def __call__(self, doc: Doc) -> Doc:
        ranks = self.ranks
        for i, token in enumerate(doc[:-1]):
            if "\n\n" in token.text_with_ws or (token.is_space and "\n" in token.text and i > 0
                                                 and "\n" in doc[i - 1].whitespace_):
                # a blank line ends a paragraph, and so a sentence, whatever comes before it
                # ('... chanting, "No more war."' then a new paragraph)
                doc[i + 1].is_sent_start = True
            elif token.text in ranks and doc[i + 1].text[:1].isupper():
                doc[i + 1].is_sent_start = False  # "said Brig. Felix Okello": a rank, no full stop
            elif self._mid_clause(doc, i):
                doc[i + 1].is_sent_start = False
        self._mark_list_items(doc)
        start, cut_lines = 0, 0
        for i, token in enumerate(doc):
            if token.text in _SENTENCE_END or i == len(doc) - 1:
                cut_lines += self._cut(doc, start, i + 1)
                start = i + 1
        if cut_lines:
            extensions.warn(doc, f"read as a table: {cut_lines} lines without sentence "
                                 "punctuation were read one line at a time")
        return doc

    @staticmethod
    def _mid_clause(doc: Doc, i: int) -> bool:
        """Whether the token after ``i`` is in mid-clause: right after a word, a number or a
        comma on the same line, where no sentence starts (the parser split "killed 18 members
        of the rebel group (FARC) Thursday in a bombing raid, an army official said" after the
        bracket, and the day went to the official's sentence)."""
        token = doc[i]
        if "\n" in token.text_with_ws or token.is_space or doc[i + 1].is_space:
            return False
        return token.is_alpha or token.like_num or token.text == "," or (
            token.text == ")" and not (i > 0 and doc[i - 1].text[-1:] in _SENTENCE_END))  # not "(... said.)"

    @staticmethod
    def _mark_list_items(doc: Doc) -> None:
        """Start a sentence at each list item's marker and at its first word, so the marker
        is a sentence of no words, and let the item's second word start none (the parser,
        given "* 3 civilians killed ..." as one, split it after the number; a marker left at
        the end of the item before was read into its place: "in Herat *")."""
        items = layout.list_items(grammar.whole_text(doc))
        if not items:
            return
        starts = {token.idx: token.i for token in doc}
        for marker, first in items:
            if (i := starts.get(first)) is None:
                continue
            for j in (starts.get(marker), i):
                if j is not None and j > 0:
                    doc[j].is_sent_start = True
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = False

    @staticmethod
    def _cut(doc: Doc, start: int, end: int) -> int:
        if end - start <= MAX_SENTENCE_TOKENS:
            return 0
        cuts, since = 0, 0
        for i in range(start + 1, end):
            since += 1
            previous = doc[i - 1]
            if "\n" in previous.text_with_ws:  # a line break ends the token or is the token
                doc[i].is_sent_start = True
                cuts, since = cuts + 1, 0
            elif since >= HARD_SENTENCE_TOKENS:
                doc[i].is_sent_start = True
                since = 0
        return cuts


class CountsStage:
    """Every count phrase of each sentence (``text.counts``): ``doc.spans["muster_counts"]``,
    values as ``CountMatch`` fields with article offsets."""

    def __call__(self, doc: Doc) -> Doc:
        from dataclasses import asdict

        from pipeline.text.counts import scan_counts

        spans, found = [], []
        for sentence in doc.sents:
            base = sentence.start_char
            for match in scan_counts(sentence.text, articles=True):
                record = asdict(match)
                for key in ("start", "end", "number_start", "number_end"):
                    record[key] += base
                span = doc.char_span(record["start"], record["end"], alignment_mode="expand")
                if span is not None:
                    spans.append(span)
                    found.append(record)
        extensions.set_group(doc, COUNTS, spans, found)
        return doc


class QuantitiesStage:
    """Quantities with units that are not counts of people (``text.quantities``, quantulum3):
    ``doc.spans["muster_quantities"]``. quantulum3 is loaded only for a text that holds a unit
    candidate, so its start-up cost is paid by the articles that need it."""

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.text import quantities

        found = []
        if quantities.may_hold_quantity(grammar.whole_text(doc)):
            people = [(v["start"], v["end"]) for v in extensions.values(doc, COUNTS)]
            found = quantities.find_quantities(grammar.whole_text(doc), skip=people)
        spans = [doc.char_span(q["start"], q["end"], alignment_mode="expand") for q in found]
        kept = [(s, q) for s, q in zip(spans, found) if s is not None]
        extensions.set_group(doc, QUANTITIES, [s for s, _ in kept], [q for _, q in kept])
        return doc


@lru_cache(maxsize=1)
def date_normalizer():
    """One DateNormalizer per process (it holds dateparser's locale data and a cache)."""
    from pipeline.text.dates import DateNormalizer

    return DateNormalizer()


def date_resolver(doc: Doc, known=()):
    """The resolver the rules call for a date span (see ``rules.time.DateResolver``):
    normalized against ``doc._.muster_published``, cached per span and reading. ``known``:
    (span, value) pairs already resolved (the dates stage's), so they are not read again and
    an event's date is the same record as the article's ``dates`` entry."""
    from pipeline.text.dates import coerce_published

    published = coerce_published(doc._.muster_published)
    normalizer = date_normalizer()
    cache: dict[tuple, dict | None] = {
        (span.start_char, span.end_char, False, False, False, None): value for span, value in known}

    def resolve(span, ahead: bool | str = False, since: bool = False, today: bool = False,
                window: str | None = None) -> dict | None:
        """A span's date; ``since``: the running total from it ("began in 2011" read as
        "since 2011"); ``today``: the publication day ("troops are now in Mali"); ``window``: a
        length of time as the stretch that ends on the report's day ("killed in four years of
        fighting": the past four years; the caller gives "four years")."""
        key = (span.start_char, span.end_char, ahead, since, today, window)
        if key not in cache:
            text = ("today" if today else f"since {span.text}" if since
                    else f"the past {window}" if window else span.text)
            found = normalizer.normalize(text, published, ahead=ahead)
            cache[key] = None if found is None else {
                "text": span.text, "start": span.start_char, "end": span.end_char, **found}
        return cache[key]

    return resolve


class DatesStage:
    """The date expressions of the Doc (``rules.time.find_date_spans``), normalized:
    ``doc.spans["muster_dates"]``, values the normalized dicts (None where unresolved), a time
    still to come read as the next one; and the article's ``dates`` list with TimeML types
    (``rules.time.date_entries``): ``doc.spans["muster_timexes"]``."""

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.rules.time import anchored, date_entries, find_date_spans, time_told

        resolve = date_resolver(doc)
        spans = find_date_spans(doc)
        values = anchored(spans, [resolve(span, ahead=time_told(span)) for span in spans])
        extensions.set_group(doc, DATES, spans, values)
        extensions.set_group(doc, TIMEXES, *date_entries(doc, spans, values, doc._.muster_published))
        return doc


class EventsStage:
    """Events from the counts and dates already found (``article.events``), and the
    article's output: ``doc._.muster``."""

    def __call__(self, doc: Doc) -> Doc:
        from pipeline import schema
        from pipeline.article.events import find_events
        from pipeline.article.trace import unexplained_numbers
        from pipeline.rules import places
        from pipeline.rules.time import date_entries, find_date_spans
        from pipeline.text.counts import unreadable_figures

        if DATES in doc.spans:
            date_spans = list(doc.spans[DATES])
            resolve = date_resolver(doc, zip(date_spans, extensions.values(doc, DATES)))
            dates = extensions.values(doc, TIMEXES)
        else:  # run without the dates stage
            date_spans = find_date_spans(doc)
            resolve = date_resolver(doc)
            _, dates = date_entries(doc, date_spans, [resolve(s) for s in date_spans], doc._.muster_published)
        rejected: list[dict] = []
        counts = extensions.values(doc, COUNTS) if COUNTS in doc.spans else None
        events = find_events(doc, resolve, date_spans, rejected=rejected, counts=counts)
        quantities = extensions.values(doc, QUANTITIES)
        places.offsets(events, quantities, grammar.whole_text(doc))
        places.locate(events, doc)
        explain = bool(doc._.muster_explain)
        unreadable = [{"start": start, "end": end, "why": "not_count.unreadable_figure"}
                      for start, end in unreadable_figures(grammar.whole_text(doc))]
        rejected += unreadable
        warnings = list(doc._.muster_warnings or [])
        warnings += [f"a figure was not read, since it cannot be read for sure (a hidden "
                     f"character, digits of two scripts, unreadable separators or a direction "
                     f"override inside): {grammar.whole_text(doc)[u['start']:u['end']]!r} at "
                     f"{u['start']}-{u['end']}" for u in unreadable]
        result = {
            "events": [schema.event_record(event, explain=explain) for event in events],
            "dates": dates,
            "quantities": quantities,
            "warnings": warnings,
        }
        if explain:
            result["rejected"] = schema.rejected_records(
                grammar.whole_text(doc), rejected + unexplained_numbers(doc, events, rejected, quantities))
        doc._.muster = result
        return doc


@Language.factory(LINES, assigns=["token.is_sent_start"])
def make_lines(nlp: Language, name: str):
    """The line reader, and the pipeline's tokenizer told the ranks written short (lexicon
    ``rank_abbreviations``: "the spokesman, Brig. Felix Okello, said"), each kept one token, so
    that the reader can tell their full stop from a sentence's."""
    ranks = grammar.lexicon().rank_abbreviations
    for rank in sorted(ranks):
        nlp.tokenizer.add_special_case(rank, [{"ORTH": rank}])
    return LinesStage(ranks)


@Language.factory("muster_counts", requires=["token.is_sent_start"],
                  assigns=["doc.spans", "doc._.muster_values"])
def make_counts(nlp: Language, name: str):
    return CountsStage()


@Language.factory("muster_quantities", assigns=["doc.spans", "doc._.muster_values"])
def make_quantities(nlp: Language, name: str):
    return QuantitiesStage()


@Language.factory("muster_dates", requires=["doc.ents", "token.dep", "token.is_sent_start"],
                  assigns=["doc.spans", "doc._.muster_values"])
def make_dates(nlp: Language, name: str):
    return DatesStage()


@Language.factory("muster_events", requires=["doc.ents", "token.dep", "token.lemma"],
                  assigns=["doc._.muster"])
def make_events(nlp: Language, name: str):
    return EventsStage()


class Muster:
    """All of Muster's stages in order: counts, quantities, dates, events."""

    def __init__(self):
        self.stages = (CountsStage(), QuantitiesStage(), DatesStage(), EventsStage())

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.rules.grammar import ENTITIES
        from pipeline.rules.time import weekdays_out_of_names

        weekdays_out_of_names(doc)
        doc.user_data[ENTITIES] = doc.ents  # read thousands of times; no stage changes them
        try:
            for stage in self.stages:
                doc = stage(doc)
        finally:
            doc.user_data.pop(ENTITIES, None)
        return doc


@Language.factory(MUSTER, requires=["doc.ents", "token.dep", "token.lemma"],
                  assigns=["doc.spans",
                           "doc._.muster_values", "doc._.muster"])
def make_muster(nlp: Language, name: str):
    """All of Muster. Adds the places ruler before ``ner`` and the line reader before
    ``parser`` too, when the pipeline lacks them, so ``nlp.add_pipe("muster")`` is all a user needs (spaCy places this component after the
    ruler is inserted: ``add_pipe`` computes the position after building the component)."""
    if PLACES not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(PLACES, before="ner")
    if LINES not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINES, before="parser")
    return Muster()
