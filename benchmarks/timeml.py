#!/usr/bin/env python
"""How well Muster's ``dates`` list finds and normalizes time expressions, held to TimeML.

    git clone https://github.com/jspotter/TempEval-3 /tmp/te3      # TempEval-3 training data
    python benchmarks/timeml.py /tmp/te3/data/TBAQ-cleaned/TimeBank
    python benchmarks/timeml.py /tmp/te3/data/TBAQ-cleaned/AQUAINT --misses 20

Reads TimeML files (``*.tml``): the body is the ``<TEXT>`` element with its tags removed, the
publication date the ``CREATION_TIME`` TIMEX3 in ``<DCT>``; gold expressions are the TIMEX3
elements inside ``<TEXT>`` (the creation time itself is not scored: Muster is given it). The
texts are not in this repository (TimeBank and AQUAINT are LDC corpora, redistributed by the
TempEval-3 organizers for research): point the script at a copy.

Two measures, as TempEval-3's entity scorer (``evaluate_entities.py``) defines them:

- **Raw text.** Muster extracts each body with ``Extractor.extract_article`` and its ``dates``
  list is matched to the gold expressions by overlap ("relaxed" match; "strict" needs the same
  extent). Type and value accuracy are over the gold expressions that a Muster date overlaps;
  **value F1** = value accuracy x relaxed F1, as in TempEval-3 (HeidelTime: 0.776 on its test
  set). ``timex`` is compared to TIMEX3 ``value``, ``type`` (upper-cased) to ``type``.
- **Gold spans.** Each gold expression's own text is normalized (``pipeline.text.timex``, with the
  publication date): accuracy of ``timex`` against the gold value, on every gold expression.

``--misses N`` prints up to N mismatches of each kind. No figure here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # measure the working tree, not some other installed copy


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    text: str
    published: str
    gold: list[Timex]


def read_tml(path: Path) -> Document:
    """The body text, publication day and gold TIMEX3s of one TimeML file."""
    root = ET.parse(path).getroot()
    published = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = timex.get("value", "")[:10]
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT>")
    parts: list[str] = []
    gold: list[Timex] = []

    def walk(node) -> None:
        start = sum(map(len, parts))
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            gold.append(Timex(start, end, text, node.get("type", ""), node.get("value", "")))

    walk(body)
    return Document(path.stem, "".join(parts), published, sorted(gold, key=lambda t: t.start))


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def raw_text(docs: list[Document], misses: int, model: str | None) -> dict:
    from pipeline.api import Extractor
    from pipeline.io.ingest import Article

    extractor = Extractor(model)
    n_gold = n_sys = strict = relaxed_gold = relaxed_sys = type_ok = value_ok = 0
    wrong_value, missed, spurious = [], [], []
    for doc in docs:
        out = extractor.extract_article(Article(id=doc.name, text=doc.text, published=doc.published))
        found = [Timex(d["start"], d["end"], d["text"], (d.get("type") or "date").upper(),
                       d.get("timex") or d.get("value") or "") for d in out.get("dates", [])]
        n_gold += len(doc.gold)
        n_sys += len(found)
        relaxed_sys += sum(any(_overlaps(f, g) for g in doc.gold) for f in found)
        spurious += [(doc.name, f.text, f.value) for f in found if not any(_overlaps(f, g) for g in doc.gold)]
        for g in doc.gold:
            match = next((f for f in found if _overlaps(f, g)), None)
            if match is None:
                missed.append((doc.name, g.text, g.value))
                continue
            relaxed_gold += 1
            strict += (match.start, match.end) == (g.start, g.end)
            type_ok += match.type == g.type
            if match.value == g.value:
                value_ok += 1
            else:
                wrong_value.append((doc.name, g.text, g.value, match.text, match.value))
    p, r = relaxed_sys / n_sys if n_sys else 0.0, relaxed_gold / n_gold if n_gold else 0.0
    sp, sr = strict / n_sys if n_sys else 0.0, strict / n_gold if n_gold else 0.0
    value_acc = value_ok / relaxed_gold if relaxed_gold else 0.0
    type_acc = type_ok / relaxed_gold if relaxed_gold else 0.0
    report = {
        "gold": n_gold, "muster": n_sys, "relaxed P": p, "relaxed R": r, "relaxed F1": _f1(p, r),
        "strict F1": _f1(sp, sr), "type accuracy": type_acc, "value accuracy": value_acc,
        "type F1": type_acc * _f1(p, r), "value F1": value_acc * _f1(p, r),
    }
    if misses:
        _show("wrong value (gold text, gold value, muster text, muster value)", wrong_value, misses)
        _show("missed (gold text, value)", missed, misses)
        _show("spurious (muster text, value)", spurious, misses)
    return report


def gold_spans(docs: list[Document], misses: int) -> dict:
    from pipeline.text.timex import timex_of

    total = ok = 0
    wrong = []
    for doc in docs:
        for g in doc.gold:
            total += 1
            found = timex_of(g.text, published=doc.published)
            value = found["timex"] if found else ""
            if value == g.value:
                ok += 1
            else:
                wrong.append((doc.name, g.text, g.value, value))
    if misses:
        _show("gold span normalized wrongly (text, gold, muster)", wrong, misses)
    return {"gold": total, "value accuracy": ok / total if total else 0.0}


def _show(title: str, rows: list, limit: int) -> None:
    print(f"\n{title}: {len(rows)}", file=sys.stderr)
    for row in rows[:limit]:
        print("  ", " | ".join(map(str, row)), file=sys.stderr)
    kinds = Counter(re.sub(r"\d", "9", str(row[2])) for row in rows)
    print("   by gold value shape:", kinds.most_common(12), file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .tml files (or files)")
    parser.add_argument("--misses", type=int, default=0, help="print up to N mismatches of each kind")
    parser.add_argument("--model", help="spaCy pipeline (default: Muster's)")
    parser.add_argument("--gold-spans-only", action="store_true", help="skip the raw-text run")
    args = parser.parse_args()
    # hidden files are not documents (the TempEval-3 archive carries macOS "._*.tml" forks)
    paths = sorted(p for f in args.folders for p in ([f] if f.is_file() else f.glob("*.tml"))
                   if not p.name.startswith("."))
    if not paths:
        parser.error("no .tml files found")
    docs = [read_tml(p) for p in paths]
    print(f"{len(docs)} documents, {sum(len(d.gold) for d in docs)} gold TIMEX3 (creation times not counted)")
    print("gold spans:", _fmt(gold_spans(docs, args.misses)))
    if not args.gold_spans_only:
        print("raw text:  ", _fmt(raw_text(docs, args.misses, args.model)))
    return 0


def _fmt(report: dict) -> str:
    return ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in report.items())


if __name__ == "__main__":
    sys.exit(main())
