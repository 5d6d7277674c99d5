#!/usr/bin/env python3
"""Build articles/*.txt, articles.jsonl, input.jsonl and gold.jsonl of the unseen (e) set from
texts.py, meta.py and annotations.py. Spans are computed from the surface strings (spans.find)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts import TEXTS  # noqa: E402
from meta import META, RETR  # noqa: E402
from annotations import ANN  # noqa: E402
from spans import find, sentences  # noqa: E402

EXTRA_KEYS = ["alt_mentions", "part_of", "is_total", "cumulative", "planned", "released", "reported_date",
              "hedge", "actor_alt", "notes"]


def sentence_of(text, span):
    for s, e in sentences(text):
        if s <= span[0] and span[1] <= e:
            return [s, e]
    raise ValueError(f"no sentence holds {span} {text[span[0]:span[1]]!r}")


def build_event(text, ev):
    out = {"id": ev["id"], "type": ev["type"]}
    if ev["type"] == "casualty":
        out["outcome"] = ev["outcome"]
    av, asurf, aanc = ev["actor"]
    out["actor"] = {"value": av, "surface": asurf, "span": find(text, asurf, aanc) if asurf else None}
    out["civilian"] = ev["civilian"]
    csurf, canc = ev["count"]
    cspan = find(text, csurf, canc)
    nspan = find(text, ev["num"], None, within=cspan) if ev["num"] != csurf else list(cspan)
    out["count"] = {"surface": csurf, "span": cspan, "number_surface": ev["num"], "number_span": nspan,
                    "value": ev["value"], "low": ev["low"], "high": ev["high"], "approx": ev["approx"],
                    "qualifier": ev["qualifier"]}
    if ev["loc"] is None:
        out["location"] = None
    else:
        ls, la, country, admin1, lat, lon, prec = ev["loc"]
        out["location"] = {"surface": ls, "span": find(text, ls, la), "country": country, "admin1": admin1,
                           "lat": lat, "lon": lon, "precision": prec}
    if ev["date"] is None:
        out["date"] = {"value": None, "surface": None, "span": None}
    else:
        dv, ds, da, flags = ev["date"]
        d = {"value": dv, "surface": ds, "span": find(text, ds, da) if ds else None}
        if flags.get("derived_from_context"):
            d["derived_from_context"] = True
        if flags.get("approx"):
            d["approx"] = True
        out["date"] = d
    if ev["source"] is None:
        out["source"] = None
    else:
        ss, sa = ev["source"]
        out["source"] = {"surface": ss, "span": find(text, ss, sa)}
    out["sentence"] = {"span": sentence_of(text, cspan)}
    for k in EXTRA_KEYS:
        if k in ev:
            if k == "alt_mentions":
                out[k] = [{"surface": s, "span": find(text, s, a)} for s, a in ev[k]]
            else:
                out[k] = ev[k]
    return out


def main():
    (HERE / "articles").mkdir(exist_ok=True)
    arts, inputs, golds = [], [], []
    for m in META:
        aid = m["id"]
        text = TEXTS[aid]
        (HERE / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
        arts.append({"id": aid, "title": m["title"], "url": m["url"], "retrieved_from": m["retrieved_from"],
                     "original_url": m["original_url"], "outlet": m["outlet"], "license": m["license"],
                     "publication_date": m["publication_date"],
                     "publication_date_source": m["publication_date_source"], "conflict": m["conflict"],
                     "text_complete": m["text_complete"], "text_file": f"articles/{aid}.txt",
                     "n_chars": len(text), "retrieval": RETR, "notes": m["notes"]})
        inputs.append({"id": aid, "title": m["title"], "url": m["url"], "source": m["outlet"],
                       "published": m["publication_date"], "text": text})
        ann = ANN[aid]
        events = [build_event(text, ev) for ev in ann["events"]]
        hns = [{"surface": s, "span": find(text, s, a), "why_not_an_event": w} for s, a, w in ann["hard_negatives"]]
        golds.append({"id": aid, "publication_date": m["publication_date"], "text_complete": m["text_complete"],
                      "events": events, "hard_negatives": hns})
    for name, rows in (("articles.jsonl", arts), ("input.jsonl", inputs), ("gold.jsonl", golds)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ev = sum(len(g["events"]) for g in golds)
    n_hn = sum(len(g["hard_negatives"]) for g in golds)
    print(f"built {len(arts)} articles, {n_ev} events, {n_hn} hard negatives")


if __name__ == "__main__":
    main()
