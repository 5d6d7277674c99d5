"""Article in, SPEC dict out: ``Extractor``, a thin owner of a spaCy pipeline with Muster added.

The stages themselves are spaCy components (``pipeline.components``: places ruler, counts,
quantities, dates, events); the Extractor checks the article (``io.language``, valid
Unicode), cuts long texts into pieces (``io.chunks``), runs the pipeline, shifts offsets back
and builds the output record, whose spans it checks (``schema``). The pipeline is built once
per ``Extractor``; ``extract()`` keeps one default Extractor per process.

Long articles are read in pieces (``chunks``) of at most ``max_chars`` characters, one spaCy Doc
at a time, so memory stays bounded and spaCy's ``max_length`` is never reached; every offset is
shifted back into the whole text before the span check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from pipeline.io.chunks import DEFAULT_MAX_CHARS, MIN_MAX_CHARS, chunk_bounds
from pipeline.text.dates import coerce_published
from pipeline.errors import ConfigError, InputError, LanguageError, MusterError, StageError
from pipeline.io.ingest import Article
from pipeline.schema import article_record, check_spans, span_records
from pipeline.text import tidy
from pipeline.text.gate import event_windows, may_hold_event, worth_reading_first

#: Where a Doc keeps the original offset of each character of its tidied text.
ORIGIN = "muster_origin"

SURROGATE = re.compile("[\ud800-\udfff]")
#: ``skipped`` of an article the relevance gate turned away (``text.gate``).
GATE_REASON = ("gate: no sentence holds both a count and an event word, so NER and the parser "
               "did not run (--no-gate, gate=False, processes it anyway)")
#: ``skipped`` of an article whose windows (``text.gate.event_windows``) were read first and
#: hold no event.
WINDOWS_REASON = ("gate: the sentences that could hold an event were read, with the sentence "
                  "either side, and hold none, so the rest was not parsed (--no-gate, "
                  "gate=False, processes it anyway)")


class Extractor:
    """Holds the spaCy pipeline and date parser; call ``extract_article`` once per article."""

    def __init__(self, model: str | None = None):
        from pipeline.components.model import build_nlp

        self.nlp = build_nlp(model)
        self.model_name = f"{self.nlp.meta.get('lang')}_{self.nlp.meta.get('name')}-{self.nlp.meta.get('version')}"

    def extract_article(self, article: Article, *, max_chars: int = DEFAULT_MAX_CHARS,
                        force_language: bool = False, explain: bool = False,
                        progress: Callable[[int, int], None] | None = None,
                        gate: bool = False) -> dict:
        """The SPEC output object for one article.

        Args:
            article: The article; spans index into ``article.text``.
            max_chars: Texts longer than this are read in pieces of at most this many
                characters (see :mod:`pipeline.io.chunks`), never refused.
            force_language: Process the article even when it is confidently not English.
            explain: Also give each event's ``why`` (the rule that decided each field) and the
                article's ``rejected`` numbers with the rule that turned each down.
            progress: Called with (pieces read, pieces) as a long article is read in pieces,
                so a caller can show progress; never called for a one-piece article.
            gate: Skip NER and the parser when no sentence holds both a count and an event
                word, or when those sentences, read first with their neighbours, hold no
                event (``text.gate``): the result then has no events, dates or quantities and
                says ``skipped``. Off by default for one article; on for streams.

        Raises:
            LanguageError: the text is confidently not English (and not forced).
            InputError: the text holds unpaired surrogates (not valid Unicode).
            ConfigError: ``max_chars`` is out of range.
            StageError: an unexpected exception inside a stage, a Muster bug; re-raised
                naming the article, so a batch reports it and goes on.
        """
        self._check(article, max_chars, force_language)
        pieces = None
        if gate:
            reasons, left = self._gate({0: article}, max_chars)
            if 0 in reasons:
                return self._gated(article, explain, reasons[0])
            pieces = left.get(0)
        return self._guarded(article, max_chars, explain, progress=progress, pieces=pieces)

    def _gated(self, article: Article, explain: bool, reason: str) -> dict:
        """The record of an article the relevance gate turned away: no events, by construction."""
        result = article_record(article, self.model_name, events=[], dates=[], quantities=[],
                                warnings=list(article.warnings), skipped=reason)
        if explain:
            result["rejected"] = []
        return result

    def _gate(self, articles: dict[int, Article], max_chars: int, batch_size: int = 32,
              ) -> tuple[dict[int, str], dict[int, list[tuple[int, int]]]]:
        """The relevance gate over a batch (``text.gate``): which articles it turns away, and
        why; and, for a long article read in pieces, which pieces are left to read.

        Each text the rules read alone is gated alone: a short article whole, a long one piece
        by piece (``io.chunks``), since the rules never see one piece from another. A text is
        turned away when no sentence in it may hold an event, or when its windows, read first
        where that is cheaper, hold none. A long article is turned away only when all its
        pieces are. A text whose windows cannot be read is read whole, so an error is reported
        by the whole read, as without the gate.
        """
        texts: dict[tuple[int, int], str] = {}  # (article, piece start) -> text gated alone
        bounds: dict[int, list[tuple[int, int]]] = {}
        for index, article in articles.items():
            text = article.text
            bounds[index] = ([(0, len(text))] if len(text) <= max_chars else
                             _readable(text, chunk_bounds(text, max_chars)))
            for start, end in bounds[index]:
                texts[index, start] = text[start:end]
        turned_away: dict[tuple[int, int], str] = {}
        first: dict[tuple[int, int], str] = {}
        for key, text in texts.items():
            windows = event_windows(text)
            if not windows:
                turned_away[key] = GATE_REASON
            elif worth_reading_first(text, windows):
                first[key] = "\n\n".join(text[a:b] for a, b in windows)
        try:
            docs = self.nlp.pipe([self._prepared(text, articles[key[0]].published, False)
                                  for key, text in first.items()], batch_size=batch_size)
            for key, doc in zip(first, docs):
                if not doc._.muster["events"]:
                    turned_away[key] = WINDOWS_REASON
        except Exception:  # noqa: BLE001 - the whole read reports it, naming the article
            pass
        reasons: dict[int, str] = {}
        pieces: dict[int, list[tuple[int, int]]] = {}
        for index, own in bounds.items():
            left = [(start, end) for start, end in own if (index, start) not in turned_away]
            if not left:
                why = {turned_away[index, start] for start, _ in own}
                reasons[index] = GATE_REASON if why <= {GATE_REASON} else WINDOWS_REASON
            elif len(left) < len(own):
                pieces[index] = left
        return reasons, pieces

    def extract_stream(self, items: Iterable, *, batch_size: int = 32,
                       max_chars: int = DEFAULT_MAX_CHARS, force_language: bool = False,
                       explain: bool = False, gate: bool = True,
                       ) -> Iterator[tuple[object, dict | MusterError | None]]:
        """Results for a stream of articles, in order, parsing ``batch_size`` of them at a time
        with ``nlp.pipe`` (faster than one call per article).

        Yields ``(item, result)``: the SPEC dict, or the ``MusterError`` that stopped that
        article (a batch goes on); items that are not Articles (an ``InputFailure`` from
        ``ingest.iter_inputs``) pass through with None. Long articles are read in pieces, alone.
        ``gate`` (on by default here): articles that cannot hold an event skip the parse (see
        ``extract_article``).
        """
        buffer: list = []
        for item in items:
            buffer.append(item)
            if len(buffer) >= batch_size:
                yield from self._extract_batch(buffer, batch_size, max_chars, force_language,
                                               explain, gate)
                buffer = []
        yield from self._extract_batch(buffer, batch_size, max_chars, force_language, explain, gate)

    def _extract_batch(self, items: list, batch_size: int, max_chars: int, force_language: bool,
                       explain: bool, gate: bool = True):
        ready: dict[int, Article] = {}
        outcome: dict[int, dict | MusterError | None] = {}
        for index, item in enumerate(items):
            if not isinstance(item, Article):
                outcome[index] = None
                continue
            try:
                self._check(item, max_chars, force_language)
            except MusterError as err:
                outcome[index] = err
                continue
            ready[index] = item
        pieces: dict[int, list[tuple[int, int]]] = {}
        if gate:
            reasons, pieces = self._gate(ready, max_chars, batch_size)
            for index, reason in reasons.items():
                outcome[index] = self._gated(ready.pop(index), explain, reason)
        ready = {index: item for index, item in ready.items() if len(item.text) <= max_chars}
        try:
            docs = list(self.nlp.pipe(
                [self._prepared(a.text, a.published, explain) for a in ready.values()],
                batch_size=batch_size))
        except Exception:
            docs = [None] * len(ready)  # parse them one by one, so only the culprit fails
        for (index, article), doc in zip(ready.items(), docs):
            outcome[index] = self._outcome(article, max_chars, explain, doc)
        for index, item in enumerate(items):
            if index not in outcome:  # a long article: read in pieces, one Doc at a time
                outcome[index] = self._outcome(item, max_chars, explain, None, pieces.get(index))
            yield item, outcome[index]

    def _outcome(self, article: Article, max_chars: int, explain: bool, doc,
                 pieces: list[tuple[int, int]] | None = None) -> dict | MusterError:
        try:
            return self._guarded(article, max_chars, explain, doc=doc, pieces=pieces)
        except MusterError as err:
            return err

    def _check(self, article: Article, max_chars: int, force_language: bool) -> None:
        """Refuse what cannot be read: a bad ``max_chars``, invalid Unicode, not English."""
        where = article.path or article.id or None
        if not isinstance(max_chars, int) or not MIN_MAX_CHARS <= max_chars <= self.nlp.max_length:
            raise ConfigError(f"max_chars must be an integer from {MIN_MAX_CHARS:,} to the "
                              f"model's limit of {self.nlp.max_length:,}, got {max_chars!r}")
        if SURROGATE.search(article.text):
            raise InputError("the text holds unpaired UTF-16 surrogates (e.g. a JSON '\\ud800' "
                             "escape), which are not valid Unicode", where=where)
        if not force_language:
            check_language(article.text, where=where)

    def _guarded(self, article: Article, max_chars: int, explain: bool, doc=None, progress=None,
                 pieces: list[tuple[int, int]] | None = None):
        """``_extract`` with any unexpected exception turned into a ``StageError``."""
        try:
            return self._extract(article, max_chars, doc=doc, explain=explain, progress=progress,
                                 pieces=pieces)
        except MusterError:
            raise
        except Exception as exc:
            where = article.path or article.id or None
            raise StageError(f"{type(exc).__name__}: {exc}", where=where) from exc

    def _extract(self, article: Article, max_chars: int, doc=None, explain: bool = False,
                 progress=None, pieces: list[tuple[int, int]] | None = None) -> dict:
        """The record of one article; ``pieces``: of a long article, the pieces left to read
        when the gate turned the others away (``_gate``); all of them when None."""
        text = article.text
        warnings = list(article.warnings)
        published = article.published
        events: list[dict] = []
        dates: list[dict] = []
        quantities: list[dict] = []
        rejected: list[dict] = []
        every = [(0, len(text))] if doc is not None else list(chunk_bounds(text, max_chars))
        gated_out = 0 if pieces is None else len(_readable(text, every)) - len(pieces)
        pieces = every if pieces is None else pieces
        for done, (start, end) in enumerate(pieces, 1):
            if progress is not None and len(pieces) > 1:
                progress(done, len(pieces))
            piece = text if len(every) == 1 else text[start:end]
            if len(every) > 1 and (not piece or piece.isspace()):
                continue  # nothing to read; skipping keeps mostly-blank dumps fast
            found = self._read(piece, published, explain, doc=doc)
            if start:
                _shift(found, start, len(events))
            events.extend(found["events"])
            dates.extend(found["dates"])
            quantities.extend(found["quantities"])
            rejected.extend(found.get("rejected", []))
            warnings.extend(found["warnings"])
        if len(every) > 1:
            warnings.append(
                f"long article: {len(text):,} characters were read in {len(every)} pieces of "
                f"at most {max_chars:,}; a claim restated in two pieces may appear twice"
            )
        if gated_out:
            warnings.append(
                f"gate: {gated_out} of the {gated_out + len(pieces)} pieces of this long "
                "article hold no sentence that could hold an event, or hold no event in those "
                "sentences read first, so they were not parsed and their dates and quantities "
                "are not listed (--no-gate, gate=False, reads them)"
            )
        if published is None and any(d["relative"] and d["value"] is None for d in dates):
            warnings.append(
                "no publication date: relative dates (e.g. 'last week') were left unresolved; "
                "pass --published YYYY-MM-DD"
            )
        result = article_record(article, self.model_name, events=events, dates=dates,
                                quantities=quantities, warnings=warnings)
        if explain:
            result["rejected"] = rejected
        check_spans(text, result)
        return result

    def _read(self, text: str, published, explain: bool, doc=None) -> dict:
        """``doc._.muster`` of one piece of text, offsets relative to the piece (``doc``: the
        piece already parsed, from ``nlp.pipe``).

        The Doc lives only inside this call, so a long article never holds two at once.
        """
        if doc is None:
            doc = self.nlp(self._prepared(text, published, explain))
        found = doc._.muster
        if (origin := doc.user_data.get(ORIGIN)) is not None:
            tidy.to_original(found, origin, text)  # spans back onto the text as given
        return found

    def _prepared(self, text: str, published, explain: bool):
        """A Doc ready for the pipeline: tokenized from the text without its markup residue
        (``text.tidy``), with the publication date and the explain switch the components read."""
        tidied, origin = tidy.tidy(text)
        doc = self.nlp.make_doc(tidied)
        if origin is not None:
            doc.user_data[ORIGIN] = origin
        doc._.muster_published = published
        doc._.muster_explain = explain
        return doc


def _readable(text: str, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a long article that hold any text: blank ones are never read, with or
    without the gate, so the gate neither judges nor counts them."""
    return [(start, end) for start, end in pieces if text[start:end].strip()]


def check_language(text: str, *, where: str | None = None) -> None:
    """Raise :class:`LanguageError` when ``text`` is confidently not English.

    The message says how to process the article anyway.
    """
    from pipeline.io.language import not_english

    found = not_english(text)
    if found is not None:
        language, score = found
        raise LanguageError(
            f"language {language!r} (score {score:.2f}) is not English; use --force-language "
            "(force_language=True in Python) to process it anyway",
            where=where, language=language, score=score,
        )


def _shift(found: dict, offset: int, before: int) -> None:
    """Move a piece's results into whole-text coordinates, in place.

    Every ``{"start", "end"}`` dict gets ``offset`` added (each dict once: a date may be shared
    by the ``dates`` list and an event), and ``part_of`` indexes get the number of events
    already kept from earlier pieces.
    """
    for record in span_records(found):
        record["start"] += offset
        record["end"] += offset
    for event in found["events"]:
        if isinstance(event.get("part_of"), int):
            event["part_of"] += before


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide Extractor used by ``extract()`` (built on first use)."""
    return Extractor()


def extract(text: str, *, published=None, id=None, title=None, url=None, source=None,
            force_language: bool = False, explain: bool = False, gate: bool = False) -> dict:
    """SPEC output for one article given as a string (see SPEC.md "Python API").

    Text that is confidently not English is not processed: the result has no events or dates,
    a ``skipped`` key and a warning giving the reason, unless ``force_language=True``. (It
    does not raise, so a caller's loop over arbitrary strings never stops on one.)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    day = coerce_published(published)
    article = Article(text=text, id=id, title=title, url=url, source=source, published=day,
                      published_from="option" if day else None)
    extractor = default_extractor()
    try:
        return extractor.extract_article(article, force_language=force_language, explain=explain,
                                         gate=gate)
    except LanguageError as err:
        return article_record(article, extractor.model_name, events=[], dates=[], quantities=[],
                              warnings=list(article.warnings), skipped=err.detail)
