#!/usr/bin/env python3
"""Validate the unseen (e) gold set. Run: python3 validate.py (exit 1 on any error)."""
import json
import pathlib
import re
import subprocess
import sys
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent
SIBLING = DATA / "unseen_c"
OTHER_SETS = ["devset", "extra", "heldout", "blind", "unseen", "unseen_b", "unseen_c", "unseen_d"]
RESERVED = pathlib.Path("/work/shared/tools/reserved.py")
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{i}: invalid JSON ({e})")
    return rows


def parse_point(s):
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = s.split("-")
        return date(int(y), int(m), 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return date.fromisoformat(s)
    raise ValueError(s)


def check_date_value(v, where, pub, planned):
    parts = v.split("/")
    if len(parts) > 2:
        err(f"{where}: bad interval {v!r}")
        return
    try:
        pts = [parse_point(p) for p in parts]
    except ValueError:
        err(f"{where}: invalid ISO date {v!r}")
        return
    if len(pts) == 2 and pts[0] > pts[1]:
        err(f"{where}: interval start after end {v!r}")
    if not planned and pts[0] > pub:
        err(f"{where}: date {v!r} after publication {pub}")


def check_span(text, obj, where, key="span", surf="surface"):
    sp = obj.get(key)
    s = obj.get(surf)
    if s is None and sp is None:
        return None
    if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
        err(f"{where}: bad span {sp!r}")
        return None
    if text[sp[0]:sp[1]] != s:
        err(f"{where}: text[{sp[0]}:{sp[1]}]={text[sp[0]:sp[1]]!r} != {s!r}")
    return sp


def inside(a, b):
    return b[0] <= a[0] and a[1] <= b[1]


def two_dec(x):
    return isinstance(x, (int, float)) and round(x, 2) == x


def main():
    arts = load(HERE / "articles.jsonl")
    inputs = load(HERE / "input.jsonl")
    golds = load(HERE / "gold.jsonl")
    # shapes identical to the sibling set (c)
    for name, rows in (("articles.jsonl", arts), ("input.jsonl", inputs), ("gold.jsonl", golds)):
        ref = json.loads((SIBLING / name).read_text(encoding="utf-8").splitlines()[0])
        for r in rows:
            if list(r.keys()) != list(ref.keys()):
                err(f"{name} {r.get('id')}: keys {list(r.keys())} differ from set (c) {list(ref.keys())}")
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        err("duplicate article ids")
    if ids != [i["id"] for i in inputs] or ids != [g["id"] for g in golds]:
        err("article ids differ between articles/input/gold")
    inp = {i["id"]: i for i in inputs}
    n_ev = n_hn = 0
    for a, g in zip(arts, golds):
        aid = a["id"]
        tf = HERE / a["text_file"]
        text = tf.read_text(encoding="utf-8")
        if text.endswith("\n"):
            err(f"{aid}: text file ends with a newline")
        if inp[aid]["text"] != text:
            err(f"{aid}: input text differs from {tf.name}")
        if a["n_chars"] != len(text):
            err(f"{aid}: n_chars {a['n_chars']} != {len(text)}")
        if inp[aid]["published"] != a["publication_date"] or g["publication_date"] != a["publication_date"]:
            err(f"{aid}: publication dates differ")
        if g["text_complete"] != a["text_complete"]:
            err(f"{aid}: text_complete differs")
        pub = date.fromisoformat(a["publication_date"])
        ev_ids = [e["id"] for e in g["events"]]
        if len(set(ev_ids)) != len(ev_ids):
            err(f"{aid}: duplicate event ids")
        count_spans = []
        for e in g["events"]:
            n_ev += 1
            w = f"{aid}/{e['id']}"
            if e["type"] not in ("deployment", "presence", "casualty"):
                err(f"{w}: bad type")
            if e["type"] == "casualty":
                if e.get("outcome") not in ("killed", "wounded", "captured", "missing", "casualties"):
                    err(f"{w}: bad outcome")
            elif "outcome" in e:
                err(f"{w}: outcome on a non-casualty event")
            for k in ("actor", "civilian", "count", "location", "date", "source", "sentence"):
                if k not in e:
                    err(f"{w}: missing {k}")
            check_span(text, e["actor"], w + " actor")
            c = e["count"]
            cs = check_span(text, c, w + " count")
            ns = check_span(text, c, w + " number", "number_span", "number_surface")
            sent = e["sentence"]["span"]
            if not (0 <= sent[0] < sent[1] <= len(text)):
                err(f"{w}: bad sentence span")
            if cs and ns and not inside(ns, cs):
                err(f"{w}: number not inside count")
            if cs and not inside(cs, sent):
                err(f"{w}: count not inside sentence")
            if cs:
                count_spans.append(cs)
            q = c["qualifier"]
            if q in ("at least", "more than", "over", "more than a dozen", "at least a dozen") and c["low"] is None:
                err(f"{w}: qualifier {q!r} without low")
            if q in ("up to", "nearly", "close to", "almost") and c["high"] is None:
                err(f"{w}: qualifier {q!r} without high")
            if q in ("several", "dozens", "hundreds", "thousands", "several hundred", "tens of thousands", "scores") and (c["value"] is not None or c["low"] is None):
                err(f"{w}: vague magnitude {q!r} needs value null and a low bound")
            if c["value"] is None and c["low"] is None and c["high"] is None:
                err(f"{w}: count with no value or bound")
            loc = e["location"]
            if loc is not None:
                check_span(text, loc, w + " location")
                for k in ("country", "admin1", "lat", "lon", "precision"):
                    if k not in loc:
                        err(f"{w}: location lacks {k}")
                if not (isinstance(loc.get("country"), str) and re.fullmatch(r"[A-Z]{3}", loc["country"])):
                    err(f"{w}: country not ISO3: {loc.get('country')!r}")
                if loc.get("precision") not in (1, 2, 3, 4):
                    err(f"{w}: precision not 1-4")
                if loc.get("precision") in (1, 2, 3) and (loc.get("lat") is None or loc.get("lon") is None):
                    err(f"{w}: precision {loc['precision']} needs lat/lon (null only for country-or-wider places)")
                if loc.get("precision") == 4 and (loc.get("lat") is not None or loc.get("lon") is not None or loc.get("admin1") is not None):
                    err(f"{w}: precision 4 (country or wider) should have admin1/lat/lon null")
                for k in ("lat", "lon"):
                    if loc.get(k) is not None and not two_dec(loc[k]):
                        err(f"{w}: {k} not 2 decimals")
            d = e["date"]
            check_span(text, d, w + " date")
            if d["value"] is not None:
                check_date_value(d["value"], w + " date", pub, e.get("planned"))
            if "reported_date" in e:
                check_date_value(e["reported_date"], w + " reported_date", pub, False)
            if e["source"] is not None:
                check_span(text, e["source"], w + " source")
            for i, am in enumerate(e.get("alt_mentions", [])):
                check_span(text, am, f"{w} alt_mentions[{i}]")
            if "part_of" in e and e["part_of"] not in ev_ids:
                err(f"{w}: part_of target {e['part_of']} missing")
            if e.get("released") is not None and e.get("outcome") != "captured":
                err(f"{w}: released on a non-captured event")
        for i, h in enumerate(g["hard_negatives"]):
            n_hn += 1
            hs = check_span(text, h, f"{aid} hard_negatives[{i}]")
            if not h.get("why_not_an_event"):
                err(f"{aid} hard_negatives[{i}]: no reason")
            if hs and any(hs[0] < cs[1] and cs[0] < hs[1] for cs in count_spans):
                err(f"{aid} hard_negatives[{i}] {h['surface']!r} overlaps an event count")
    # overlap with the other sets (URLs, titles, text openings)
    mine = {(a["url"] or "").lower() for a in arts} | {(a["retrieved_from"] or "").lower() for a in arts}
    my_titles = {a["title"].lower() for a in arts}
    my_open = {inp[a["id"]]["text"][:120] for a in arts}
    for s in OTHER_SETS:
        p = DATA / s / "articles.jsonl"
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            urls = {(o.get(k) or "").lower() for k in ("url", "retrieved_from", "original_url")} - {""}
            if urls & mine or (o.get("title") or "").lower() in my_titles:
                err(f"article also in {s}: {o['id']}")
        ip = DATA / s / "input.jsonl"
        if ip.exists():
            for line in ip.read_text(encoding="utf-8").splitlines():
                if json.loads(line)["text"][:120] in my_open:
                    err(f"text opening also in {s}")
    # reserved-article check (URLs and saved texts)
    if RESERVED.exists():
        args = sorted(mine - {""}) + [str(HERE / a["text_file"]) for a in arts]
        r = subprocess.run([sys.executable, str(RESERVED), *args], capture_output=True, text=True)
        if r.returncode != 0:
            err("reserved check failed:\n" + r.stdout)
    else:
        print("note: reserved.py not found, reserved check skipped")
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"OK: {len(arts)} articles, {n_ev} events, {n_hn} hard negatives; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
