#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the blind set (k) files from texts.py, meta.py and annotations.py.

Spans are computed from the surface strings (first occurrence at/after an anchor); sentence spans come
from a simple splitter with an abbreviation list that also splits at line breaks.
Run: python3 build.py && python3 validate.py
"""
import json
import pathlib


from texts import TEXTS
from meta import META, RETRIEVAL
from annotations import ANN

HERE = pathlib.Path(__file__).resolve().parent

ABBREV = {"U.S.", "U.N.", "Gen.", "Col.", "Cpl.", "Maj.", "Lt.", "Sgt.", "Capt.", "Brig.", "Adm.", "Mr.", "Mrs.",
          "Dr.", "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "Va.", "Ga.",
          "J.", "F.", "Del."}


def sentences(text):
    """Return a list of (start, end) sentence spans."""
    spans = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        cut = None
        if ch == "\n":
            cut = i
            nxt = i + 1
        elif ch in ".?!":
            j = i + 1
            while j < n and text[j] in "\"”’')":
                j += 1
            if j == n or text[j] in " \n":
                # abbreviation check: token ending at i
                k = i
                while k > 0 and not text[k - 1].isspace():
                    k -= 1
                token = text[k:i + 1]
                if token not in ABBREV:
                    cut = j
                    nxt = j
        if cut is not None:
            seg = text[start:cut]
            if seg.strip():
                s = start + (len(seg) - len(seg.lstrip()))
                e = start + len(seg.rstrip())
                spans.append((s, e))
            start = nxt
            i = nxt
            continue
        i += 1
    seg = text[start:]
    if seg.strip():
        s = start + (len(seg) - len(seg.lstrip()))
        spans.append((s, start + len(seg.rstrip())))
    return spans


def find(text, surface, at=None, within=None):
    """Span of `surface`: first occurrence at/after the anchor `at` (or inside `within` span)."""
    lo = 0
    if at is not None:
        lo = text.find(at)
        if lo < 0:
            raise ValueError(f"anchor not found: {at!r}")
    if within is not None:
        lo = within[0]
    pos = text.find(surface, lo)
    if pos < 0:
        raise ValueError(f"surface not found: {surface!r} (at={at!r})")
    if within is not None and pos + len(surface) > within[1]:
        raise ValueError(f"surface {surface!r} not inside span {within}")
    return [pos, pos + len(surface)]


def sentence_of(sents, span):
    for s, e in sents:
        if s <= span[0] and span[1] <= e:
            return [s, e]
    raise ValueError(f"no sentence contains {span}")


def build_event(text, sents, ev):
    out = {"id": ev["id"], "type": ev["type"]}
    if ev["type"] == "casualty":
        out["outcome"] = ev["outcome"]
    a = ev["actor"]
    out["actor"] = {"value": a["value"], "surface": a["surface"],
                    "span": find(text, a["surface"], a["at"]) if a["surface"] else None}
    out["civilian"] = ev["civilian"]
    c = ev["count"]
    cspan = find(text, c["surface"], c["at"])
    nspan = find(text, c["num"], within=cspan)
    out["count"] = {"surface": c["surface"], "span": cspan, "number_surface": c["num"], "number_span": nspan,
                    "value": c["value"], "low": c["low"], "high": c["high"], "approx": c["approx"],
                    "qualifier": c["qualifier"]}
    loc = ev["location"]
    if loc is None:
        out["location"] = None
    else:
        out["location"] = {"surface": loc["surface"], "span": find(text, loc["surface"], loc["at"]),
                           "country": loc["country"], "admin1": loc["admin1"], "lat": loc["lat"], "lon": loc["lon"],
                           "precision": loc["precision"]}
    d = ev["date"]
    date = {"value": d["value"], "surface": d["surface"],
            "span": find(text, d["surface"], d["at"]) if d["surface"] else None}
    for k in ("derived_from_context", "approx"):
        if d.get(k):
            date[k] = True
    out["date"] = date
    src = ev["source"]
    out["source"] = None if src is None else {"surface": src["surface"], "span": find(text, src["surface"], src["at"])}
    t = ev["trigger"]
    out["trigger"] = {"surface": t["surface"], "span": find(text, t["surface"], t["at"])}
    out["sentence"] = {"span": sentence_of(sents, cspan)}
    if "alt_mentions" in ev:
        out["alt_mentions"] = [{"surface": m["surface"], "span": find(text, m["surface"], m["at"])}
                               for m in ev["alt_mentions"]]
    for k in ("part_of", "is_total", "cumulative", "planned", "released", "reported_date", "hedge", "actor_alt"):
        if k in ev:
            out[k] = ev[k]
    out["notes"] = ev["notes"]
    return out


def main():
    (HERE / "articles").mkdir(exist_ok=True)
    arts, inputs, golds = [], [], []
    for m in META:
        aid = m["id"]
        text = TEXTS[aid]
        (HERE / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
        sents = sentences(text)
        ann = ANN[aid]
        events = [build_event(text, sents, ev) for ev in ann["events"]]
        hns = []
        for h in ann["hard_negatives"]:
            hns.append({"surface": h["surface"], "span": find(text, h["surface"], h["at"]),
                        "why_not_an_event": h["why"]})
        art = {"id": aid, "title": m["title"], "url": m["url"], "retrieved_from": m["retrieved_from"],
               "original_url": m["original_url"], "outlet": m["outlet"], "license": m["license"],
               "publication_date": m["publication_date"], "publication_date_source": m["publication_date_source"],
               "conflict": m["conflict"], "text_complete": m["text_complete"], "text_file": f"articles/{aid}.txt",
               "n_chars": len(text), "retrieval": RETRIEVAL, "notes": m["notes"]}
        arts.append(art)
        inputs.append({"id": aid, "title": m["title"], "url": m["url"], "source": m["outlet"],
                       "published": m["publication_date"], "text": text})
        golds.append({"id": aid, "publication_date": m["publication_date"], "text_complete": m["text_complete"],
                      "events": events, "hard_negatives": hns})
    for name, rows in (("articles.jsonl", arts), ("input.jsonl", inputs), ("gold.jsonl", golds)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"built {len(arts)} articles, {sum(len(g['events']) for g in golds)} events, "
          f"{sum(len(g['hard_negatives']) for g in golds)} hard negatives")


if __name__ == "__main__":
    main()
