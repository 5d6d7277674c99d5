"""Article in, SPEC dict out: the one place where the stages are called in order.

read (``ingest``) -> spaCy NER + parse (``nlp``) -> counts (``counts``) and dates (``dates``)
-> events (``events``) -> span check (``records``). The spaCy pipeline and the date parser are
built once per ``Extractor``; ``extract()`` keeps one default Extractor per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import DateNormalizer, coerce_published
from .errors import InputError, MusterError, StageError
from .ingest import Article
from .records import SCHEMA_VERSION, check_spans

DATE_LABELS = ("DATE",)
SURROGATE = re.compile("[\ud800-\udfff]")


class Extractor:
    """Holds the spaCy pipeline and date parser; call ``extract_article`` once per article."""

    def __init__(self, model: str | None = None):
        from .nlp import build_nlp

        self.nlp = build_nlp(model)
        self.dates = DateNormalizer()
        self.model_name = f"{self.nlp.meta.get('lang')}_{self.nlp.meta.get('name')}-{self.nlp.meta.get('version')}"

    def extract_article(self, article: Article) -> dict:
        """The SPEC output object for one article.

        An unexpected exception inside a stage is a Muster bug; it is re-raised as a
        ``StageError`` naming the article, so a batch reports it and goes on.
        """
        if SURROGATE.search(article.text):
            raise InputError(
                f"{article.path or article.id or 'article'}: the text holds unpaired UTF-16 "
                "surrogates (e.g. a JSON '\\ud800' escape), which are not valid Unicode"
            )
        if len(article.text) > self.nlp.max_length:
            raise InputError(
                f"{article.path or article.id or 'article'}: {len(article.text):,} characters is "
                f"more than the model's limit of {self.nlp.max_length:,}"
            )
        try:
            return self._extract(article)
        except MusterError:
            raise
        except Exception as exc:
            raise StageError(
                f"{article.path or article.id or 'article'}: {type(exc).__name__}: {exc}"
            ) from exc

    def _extract(self, article: Article) -> dict:
        from .events import find_events

        text = article.text
        warnings = list(article.warnings)
        doc = self.nlp(text)
        published = article.published
        cache: dict[tuple[int, int], dict | None] = {}

        def resolve(span) -> dict | None:
            if span.start > 0 and doc[span.start - 1].lower_ == "since":
                span = doc[span.start - 1 : span.end]  # a running total's interval: "since May 1"
            key = (span.start_char, span.end_char)
            if key not in cache:
                found = self.dates.normalize(span.text, published)
                cache[key] = None if found is None else {
                    "text": span.text, "start": span.start_char, "end": span.end_char, **found
                }
            return cache[key]

        dates = [d for ent in doc.ents if ent.label_ in DATE_LABELS if (d := resolve(ent))]
        events = find_events(doc, resolve)
        if published is None and any(d["relative"] and d["value"] is None for d in dates):
            warnings.append(
                "no publication date: relative dates (e.g. 'last week') were left unresolved; "
                "pass --published YYYY-MM-DD"
            )
        result = {
            "schema_version": SCHEMA_VERSION,
            "article": {
                "id": article.id, "path": article.path, "title": article.title,
                "url": article.url, "source": article.source,
                "published": published.isoformat() if published else None,
                "published_from": article.published_from, "chars": len(text),
            },
            "events": events,
            "dates": dates,
            "warnings": warnings,
            "model": self.model_name,
        }
        check_spans(text, result)
        return result


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide Extractor used by ``extract()`` (built on first use)."""
    return Extractor()


def extract(text: str, *, published=None, id=None, title=None, url=None, source=None) -> dict:
    """SPEC output for one article given as a string (see SPEC.md "Python API")."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    day = coerce_published(published)
    article = Article(text=text, id=id, title=title, url=url, source=source, published=day,
                      published_from="argument" if day else None)
    return default_extractor().extract_article(article)
