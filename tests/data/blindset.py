#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""What every helper-annotated blind set (g onward) builds and checks with: its files are built
from the set's texts.py, meta.py and annotations.py, and validated, by the same code. Each
set's build.py and validate.py only call these with its own folder.

Spans are computed from the surface strings (first occurrence at/after an anchor); sentence
spans come from a simple splitter with an abbreviation list that also splits at line breaks.
"""
import datetime
import json
import pathlib
import re
import subprocess
import sys

HERE = None  # the set being validated

# The annotation vocabulary every blind set's annotations.py writes its gold in: a location, a
# count, a date, a surface (a source, a trigger), an actor and a hard negative, each located in
# the text by build() from its surface and optional anchor ``at``; and an event (E) made of them.
def L(surface, country, admin1, lat, lon, precision, at=None):
    return dict(surface=surface, at=at, country=country, admin1=admin1, lat=lat, lon=lon, precision=precision)


def C(surface, num=None, value=None, low=None, high=None, approx=False, qualifier=None, at=None):
    return dict(surface=surface, num=num or surface, value=value, low=low, high=high, approx=approx,
                qualifier=qualifier, at=at)


def D(value, surface=None, at=None, **flags):
    return dict(value=value, surface=surface, at=at, **flags)


def S(surface, at=None):
    return dict(surface=surface, at=at)


T = S


def A(value, surface=None, at=None):
    return dict(value=value, surface=surface, at=at)


def H(surface, why, at=None):
    return dict(surface=surface, at=at, why=why)


def E(i, typ, outcome, actor, civ, count, loc, date, source, trigger, notes, **kw):
    """One gold event; ``outcome`` is kept only for a casualty."""
    d = dict(id=i, type=typ, actor=actor, civilian=civ, count=count, location=loc, date=date, source=source,
             trigger=trigger, notes=notes, **kw)
    if typ == "casualty":
        d["outcome"] = outcome
    return d


#: Abbreviations the sentence splitter never splits after.
ABBREVIATIONS = frozenset({"U.S.", "U.N.", "Gen.", "Col.", "Cpl.", "Maj.", "Lt.", "Sgt.", "Capt.", "Brig.", "Adm.", "Mr.", "Mrs.",
          "Dr.", "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "Va.", "Ga.",
          "J.", "F.", "Del."})


def sentences(text, abbreviations=ABBREVIATIONS):
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
                if token not in abbreviations:
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


def build(here, texts, meta, retrieval, annotations, abbreviations=ABBREVIATIONS):
    """Write ``articles/``, ``articles.jsonl``, ``input.jsonl`` and ``gold.jsonl`` into ``here``."""
    HERE = here
    TEXTS, META, RETRIEVAL, ANN = texts, meta, retrieval, annotations
    (HERE / "articles").mkdir(exist_ok=True)
    arts, inputs, golds = [], [], []
    for m in META:
        aid = m["id"]
        text = TEXTS[aid]
        (HERE / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
        sents = sentences(text, abbreviations)
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



ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(HERE / name, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: invalid JSON: {e}")
    return rows


ART_KEYS = ["id", "title", "url", "retrieved_from", "original_url", "outlet", "license", "publication_date",
            "publication_date_source", "conflict", "text_complete", "text_file", "n_chars", "retrieval", "notes"]
INP_KEYS = ["id", "title", "url", "source", "published", "text"]
GOLD_KEYS = ["id", "publication_date", "text_complete", "events", "hard_negatives"]
EV_REQ = ["id", "type", "actor", "civilian", "count", "location", "date", "source", "sentence", "notes"]
EV_OPT = {"outcome", "trigger", "alt_mentions", "part_of", "is_total", "cumulative", "planned", "released", "reported_date",
          "hedge", "actor_alt"}
COUNT_KEYS = ["surface", "span", "number_surface", "number_span", "value", "low", "high", "approx", "qualifier"]
LOC_KEYS = ["surface", "span", "country", "admin1", "lat", "lon", "precision"]
OUTCOMES = {"killed", "wounded", "captured", "missing", "casualties"}
TYPES = {"deployment", "presence", "casualty"}


def parse_point(s):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(s) == n:
            try:
                d = datetime.datetime.strptime(s, fmt).date()
            except ValueError:
                return None
            return d
    return None


def iso_ok(v):
    parts = v.split("/")
    if len(parts) > 2 or not all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", p) for p in parts):
        return None
    pts = [parse_point(p) for p in parts]
    if any(p is None for p in pts):
        return None
    if len(pts) == 2 and pts[0] > pts[1]:
        return None
    return pts


def check_span(text, obj, where, key_s="surface", key_p="span"):
    s, p = obj.get(key_s), obj.get(key_p)
    if s is None and p is None:
        return None
    if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, int) for x in p)):
        err(f"{where}: bad span {p!r}")
        return None
    if text[p[0]:p[1]] != s:
        err(f"{where}: text[{p[0]}:{p[1]}]={text[p[0]:p[1]]!r} != {s!r}")
    return p


def two_dec(x):
    return isinstance(x, (int, float)) and round(x, 2) == x


def validate(here):
    """Check a set's files; print what is wrong and exit 1, or print a summary."""
    global HERE
    HERE = here
    arts, inps, golds = load("articles.jsonl"), load("input.jsonl"), load("gold.jsonl")
    for name, rows, keys in (("articles.jsonl", arts, ART_KEYS), ("input.jsonl", inps, INP_KEYS),
                             ("gold.jsonl", golds, GOLD_KEYS)):
        ids = [r.get("id") for r in rows]
        if len(ids) != len(set(ids)):
            err(f"{name}: duplicate ids")
        for r in rows:
            if list(r.keys()) != keys:
                err(f"{name}:{r.get('id')}: keys {list(r.keys())} != {keys}")
    if not ([a["id"] for a in arts] == [i["id"] for i in inps] == [g["id"] for g in golds]):
        err("ids differ between articles.jsonl, input.jsonl and gold.jsonl")
    inp = {i["id"]: i for i in inps}
    art = {a["id"]: a for a in arts}
    n_ev = 0
    for g in golds:
        aid = g["id"]
        a, i = art.get(aid), inp.get(aid)
        path = HERE / "articles" / f"{aid}.txt"
        text = path.read_text(encoding="utf-8")
        if text != text.rstrip("\n") or text.endswith("\n"):
            err(f"{aid}: trailing newline in .txt")
        if i["text"] != text:
            err(f"{aid}: input text differs from {path.name}")
        if a["n_chars"] != len(text) or a["text_file"] != f"articles/{aid}.txt":
            err(f"{aid}: n_chars/text_file mismatch")
        if not (g["publication_date"] == a["publication_date"] == i["published"]):
            err(f"{aid}: publication dates differ")
        if g["text_complete"] != a["text_complete"]:
            err(f"{aid}: text_complete differs")
        if i["source"] != a["outlet"] or i["title"] != a["title"] or i["url"] != a["url"]:
            err(f"{aid}: input title/url/source differ from articles.jsonl")
        pub = parse_point(g["publication_date"])
        if pub is None or len(g["publication_date"]) != 10:
            err(f"{aid}: bad publication_date")
        evids = [e["id"] for e in g["events"]]
        if len(evids) != len(set(evids)):
            err(f"{aid}: duplicate event ids")
        count_spans = []
        for e in g["events"]:
            n_ev += 1
            w = f"{aid}/{e['id']}"
            for k in EV_REQ:
                if k not in e:
                    err(f"{w}: missing {k}")
            for k in e:
                if k not in EV_REQ and k not in EV_OPT:
                    err(f"{w}: unknown key {k}")
            if e["type"] not in TYPES:
                err(f"{w}: bad type")
            if e["type"] == "casualty":
                if e.get("outcome") not in OUTCOMES:
                    err(f"{w}: bad outcome")
            elif "outcome" in e:
                err(f"{w}: outcome on a non-casualty")
            act = e["actor"]
            if set(act) != {"value", "surface", "span"}:
                err(f"{w}: actor keys")
            check_span(text, act, w + "/actor")
            if e["civilian"] not in (True, False, None):
                err(f"{w}: civilian")
            c = e["count"]
            if list(c.keys()) != COUNT_KEYS:
                err(f"{w}: count keys {list(c.keys())}")
            cs = check_span(text, c, w + "/count")
            ns = check_span(text, c, w + "/number", "number_surface", "number_span")
            if cs and ns and not (cs[0] <= ns[0] and ns[1] <= cs[1]):
                err(f"{w}: number not inside count")
            count_spans.append(cs)
            q = c["qualifier"]
            if q in ("at least", "more than") and c["low"] is None:
                err(f"{w}: lower-bound qualifier without low")
            if q in ("up to", "nearly") and c["high"] is None:
                err(f"{w}: upper-bound qualifier without high")
            if c["value"] is None and c["low"] is None:
                err(f"{w}: no value and no low")
            loc = e["location"]
            if loc is not None:
                if list(loc.keys()) != LOC_KEYS:
                    err(f"{w}: location keys {list(loc.keys())}")
                check_span(text, loc, w + "/location")
                if loc["country"] is None:
                    # a region wider than one country has no ISO3 code (precision 4)
                    if loc["precision"] != 4 or loc["admin1"] is not None or loc["lat"] is not None:
                        err(f"{w}: country null allowed only for a region wider than a country (precision 4)")
                elif not (isinstance(loc["country"], str) and re.fullmatch(r"[A-Z]{3}", loc["country"])):
                    err(f"{w}: country not ISO alpha-3")
                if loc["precision"] not in (1, 2, 3, 4):
                    err(f"{w}: precision")
                for k in ("lat", "lon"):
                    v = loc[k]
                    if loc["precision"] in (1, 2) and v is None:
                        err(f"{w}: {k} required for precision {loc['precision']}")
                    if v is not None and not two_dec(v):
                        err(f"{w}: {k} not 2 decimals")
                if loc["lat"] is not None and not (-90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                    err(f"{w}: coordinates out of range")
            d = e["date"]
            for k in d:
                if k not in ("value", "surface", "span", "derived_from_context", "approx"):
                    err(f"{w}: unknown date key {k}")
            check_span(text, d, w + "/date")
            if d["value"] is not None:
                pts = iso_ok(d["value"])
                if pts is None:
                    err(f"{w}: bad ISO date {d['value']!r}")
                elif pub and pts[0] > pub and not e.get("planned"):
                    err(f"{w}: date after publication")
            if "reported_date" in e and parse_point(e["reported_date"]) is None:
                err(f"{w}: bad reported_date")
            if e["source"] is not None:
                check_span(text, e["source"], w + "/source")
            if "trigger" in e:
                if set(e["trigger"]) != {"surface", "span"}:
                    err(f"{w}: trigger keys")
                check_span(text, e["trigger"], w + "/trigger")
            sp = e["sentence"]["span"]
            if cs and not (sp[0] <= cs[0] and cs[1] <= sp[1]):
                err(f"{w}: count not inside sentence")
            if not text[sp[0]:sp[1]].strip() or text[sp[0]:sp[1]] != text[sp[0]:sp[1]].strip():
                err(f"{w}: sentence span not trimmed")
            for m in e.get("alt_mentions", []):
                check_span(text, m, w + "/alt")
            if "part_of" in e and e["part_of"] not in evids:
                err(f"{w}: part_of target missing")
            if not e["notes"]:
                err(f"{w}: empty notes")
        for h in g["hard_negatives"]:
            w = f"{aid}/HN {h.get('surface')!r}"
            if list(h.keys()) != ["surface", "span", "why_not_an_event"]:
                err(f"{w}: keys")
            hs = check_span(text, h, w)
            for cs in count_spans:
                if hs and cs and hs[0] < cs[1] and cs[0] < hs[1]:
                    err(f"{w}: overlaps an event count")
    # overlap with the other sets (URLs, titles, text openings) and the reserved-article check
    data = HERE.parent
    mine = {(a["url"] or "").lower() for a in arts} | {(a["retrieved_from"] or "").lower() for a in arts} | \
        {(a["original_url"] or "").lower() for a in arts}
    mine.discard("")
    my_titles = {a["title"].lower() for a in arts}
    my_open = {inp[a["id"]]["text"][:120] for a in arts}
    for sdir in sorted(p for p in data.iterdir() if p.is_dir() and p.name != HERE.name):
        ap = sdir / "articles.jsonl"
        if ap.exists():
            for line in ap.read_text(encoding="utf-8").splitlines():
                o = json.loads(line)
                urls = {(o.get(k) or "").lower() for k in ("url", "retrieved_from", "original_url")} - {""}
                if urls & mine or (o.get("title") or "").lower() in my_titles:
                    err(f"article also in {sdir.name}: {o.get('id')}")
        ip = sdir / "input.jsonl"
        if ip.exists():
            for line in ip.read_text(encoding="utf-8").splitlines():
                o = json.loads(line)
                if (o.get("text") or "")[:120] in my_open or (o.get("url") or "").lower() in mine:
                    err(f"article (text opening or url) also in {sdir.name}: {o.get('id')}")
    reserved = pathlib.Path("/work/shared/tools/reserved.py")
    if reserved.exists():
        args = sorted(mine) + [str(HERE / a["text_file"]) for a in arts]
        r = subprocess.run([sys.executable, str(reserved), *args], capture_output=True, text=True)
        if r.returncode != 0:
            err("reserved check failed:\n" + r.stdout)
        else:
            print(f"reserved check: {len(args)} URLs/texts, none reserved")
    else:
        print("note: reserved.py not found, reserved check skipped")
    if ERR:
        print("\n".join(ERR))
        print(f"FAIL: {len(ERR)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(golds)} articles, {n_ev} events, "
          f"{sum(len(g['hard_negatives']) for g in golds)} hard negatives; all checks passed")


