"""What parsing only part of an article could buy on a news stream (issue 14), before building it.

Muster's event rules read the sentences that hold a count and an event word, with their
neighbours and the opening. This script measures the ceiling of parsing only those: over the
articles the relevance gate passes, it times in one run, round by round,

- ``full``: the whole model (tagger, parser, NER, ...) on every article, as Muster runs it now;
- ``split``: the whole model on the paragraphs that can hold an event (a gate sentence), their
  neighbours and the first paragraph, and NER alone on the rest (the article-level rules read
  entities everywhere: the country in focus, the state force, the armed group);
- ``ner``: NER alone on every article, the floor of any design that keeps NER everywhere.

It prints the share of characters each way and the ratios. Timings only; nothing is changed
in Muster. Usage: ``python benchmarks/partial_parse.py [--corpus PATH] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.components.model import load_model  # noqa: E402
from pipeline.text.gate import _SENTENCE_END, may_hold_event, sentence_may_hold_event  # noqa: E402

HERE = Path(__file__).resolve().parent
NOT_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def split_for_parse(text: str) -> tuple[list[str], list[str]]:
    """An article's paragraphs to parse (event paragraphs, their neighbours, the first) and the
    ones NER alone would read."""
    paragraphs = re.split(r"\n\s*\n", text)
    events = [any(sentence_may_hold_event(s) for s in _SENTENCE_END.split(p)) for p in paragraphs]
    keep = {0} | {j for i, e in enumerate(events) if e for j in (i - 1, i, i + 1)}
    parse = [p for i, p in enumerate(paragraphs) if i in keep]
    return parse, [p for i, p in enumerate(paragraphs) if i not in keep]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(HERE / "data" / "wikinews_mixed_sample.jsonl.gz"))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    nlp = load_model()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line)["text"] for line in lines]
    texts = [t for t in articles if may_hold_event(t)]
    parse, ner_only = [], []
    for text in texts:
        kept, rest = split_for_parse(text)
        parse += kept
        ner_only += rest
    parsed_chars, ner_chars = sum(map(len, parse)), sum(map(len, ner_only))
    print(f"{len(articles)} articles, {len(texts)} pass the gate; characters to parse "
          f"{parsed_chars / (parsed_chars + ner_chars):.0%}, NER only {ner_chars / (parsed_chars + ner_chars):.0%}")
    for round_ in range(1, args.repeat + 1):
        start = time.perf_counter()
        list(nlp.pipe(texts, batch_size=32))
        full = time.perf_counter() - start
        start = time.perf_counter()
        list(nlp.pipe(parse, batch_size=64))
        with nlp.select_pipes(disable=NOT_NER):
            list(nlp.pipe(ner_only, batch_size=64))
        split = time.perf_counter() - start
        start = time.perf_counter()
        with nlp.select_pipes(disable=NOT_NER):
            list(nlp.pipe(texts, batch_size=32))
        ner = time.perf_counter() - start
        print(f"round {round_}: full {full:.1f} s, split {split:.1f} s, NER only {ner:.1f} s; "
              f"full/split {full / split:.2f}, full/NER only {full / ner:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
