"""Score predicted events against gold events with SPEC's matching rule.

A predicted event matches a gold event when ``type``, ``outcome`` and the count agree (the
``value``, or ``low``/``high`` when the gold value is null), one-to-one per article. Field
accuracies are then measured on the matched pairs. Gold files have the shape of the devset's
``gold.jsonl``: one line per article, ``{"id", "events": [...]}``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.resources import load_json
from pipeline.text.gazetteer import distance_km
from pipeline.rules.sides import is_country_code, is_generic

FIELDS = ("actor", "location", "date", "source", "civilian")
#: SPEC flags compared on matched events: booleans as truthy/falsy, the rest by presence.
FLAGS = ("planned", "cumulative", "released", "is_total", "part_of", "hedge", "reported_date")
#: A predicted point this close to the gold point locates the event (the issue's 25 km).
NEAR_KM = 25.0
#: Words token overlap ignores (models/scoring.json).
STOPWORDS = frozenset(load_json("scoring.json")["stopwords"])


def _count_key(count: dict) -> tuple:
    if count.get("value") is not None:
        return ("value", count["value"])
    return ("bounds", count.get("low"), count.get("high"))


def _matches(gold: dict, pred: dict) -> bool:
    return (
        gold["type"] == pred["type"]
        and (gold.get("outcome") or None) == (pred.get("outcome") or None)
        and _count_key(gold["count"]) == _count_key(pred["count"])
    )


def _gold_spans(gold: dict) -> list[tuple[int, int]]:
    spans = []
    for mention in [gold["count"], *gold.get("alt_mentions", [])]:
        span = mention.get("span")
        if span:
            spans.append(tuple(span))
    return spans


def _overlaps(pred: dict, spans: list[tuple[int, int]]) -> bool:
    start, end = pred["count"]["start"], pred["count"]["end"]
    return any(start < e and s < end for s, e in spans)


def _tokens(text: str | None) -> set[str]:
    if not text:
        return set()
    return {t for t in re.findall(r"[\w']+", text.lower()) if t not in STOPWORDS}


def _text_of(value) -> str | None:
    if value is None:
        return None
    return value.get("surface") or value.get("text")


def _norm_actor(value):
    if value is None:
        return None
    if isinstance(value, list):
        return frozenset(value) if len(value) > 1 else value[0]
    value = str(value)
    if is_generic(value) or is_generic(value.lower()):
        return "militants"  # GUIDELINES §10: generic words for unnamed armed actors are one class
    return value if is_country_code(value) else value.lower()


def _pred_actor(actor: dict | None):
    if not actor:
        return None
    return _norm_actor(actor.get("country") or actor.get("group") or actor.get("text"))


def field_correct(name: str, gold: dict, pred: dict) -> bool:
    """Whether one field of a matched pair is right, by SPEC's field rules."""
    if name == "actor":
        return _norm_actor((gold.get("actor") or {}).get("value")) == _pred_actor(pred.get("actor"))
    if name == "date":
        return (gold.get("date") or {}).get("value") == (pred.get("date") or {}).get("value")
    if name == "civilian":
        return gold.get("civilian") == pred.get("civilian")
    gold_tokens, pred_tokens = _tokens(_text_of(gold.get(name))), _tokens(_text_of(pred.get(name)))
    if not gold_tokens and not pred_tokens:
        return True
    return bool(gold_tokens & pred_tokens)


def flag_correct(name: str, gold: dict, pred: dict) -> bool:
    """Whether a flag agrees: set or not set (``part_of`` by presence, ``reported_date`` by
    value, ``hedge`` by presence, since hedge words vary)."""
    if name == "reported_date":
        return gold.get(name) == pred.get(name)
    if name in ("part_of", "hedge"):
        return (gold.get(name) is not None) == (pred.get(name) is not None)
    return bool(gold.get(name)) == bool(pred.get(name))


def match_article(gold_events: list[dict], pred_events: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, predicted index): same-mention pairs first."""
    pairs, used = [], set()
    for prefer_same_span in (True, False):
        for g, gold in enumerate(gold_events):
            if any(p[0] == g for p in pairs):
                continue
            for p, pred in enumerate(pred_events):
                if p in used or not _matches(gold, pred):
                    continue
                if prefer_same_span and not _overlaps(pred, _gold_spans(gold)):
                    continue
                pairs.append((g, p))
                used.add(p)
                break
    return pairs


@dataclass
class Score:
    """Counts behind precision, recall, F1 and field accuracies, with the misses and extras."""

    tp: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    fields_right: Counter = field(default_factory=Counter)
    flags_right: Counter = field(default_factory=Counter)
    matched: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    field_errors: list = field(default_factory=list)
    geo_errors: list = field(default_factory=list)  # (article id, gold event, what is off)
    #: On matched events whose gold location has the geo keys (the fresh blind sets): right
    #: and total counts of ``country`` and of points within ``NEAR_KM``.
    geo: Counter = field(default_factory=Counter)
    #: With explained predictions (``--explain``): id(gold event) -> what happened to its
    #: count, and (id(gold event), field) -> the rule that chose the wrong value.
    explanations: dict = field(default_factory=dict)

    @staticmethod
    def _prf(tp: int, gold: int, pred: int) -> dict:
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "gold": gold, "pred": pred}

    def summary(self) -> dict:
        overall = self._prf(sum(self.tp.values()), sum(self.gold.values()), sum(self.pred.values()))
        by_kind = {k: self._prf(self.tp[k], self.gold[k], self.pred[k])
                   for k in sorted(set(self.gold) | set(self.pred))}
        accuracy = {f: (self.fields_right[f] / self.matched if self.matched else 0.0) for f in FIELDS}
        flags = {f: (self.flags_right[f] / self.matched if self.matched else 0.0) for f in FLAGS}
        result = {"events": overall, "by_type": by_kind, "fields": accuracy, "flags": flags}
        if self.geo["country_total"] or self.geo["point_total"]:
            result["geo"] = {
                "country": self.geo["country_right"] / max(self.geo["country_total"], 1),
                "country_events": self.geo["country_total"],
                f"within_{NEAR_KM:g}km": self.geo["point_right"] / max(self.geo["point_total"], 1),
                "point_events": self.geo["point_total"],
            }
        return result


def _kind(event: dict) -> str:
    return event["type"] + (f"/{event['outcome']}" if event.get("outcome") else "")


def score(gold_articles: list[dict], predictions: dict[str, dict]) -> Score:
    """Score every gold article against the prediction with the same article id."""
    result = Score()
    for article in gold_articles:
        gold_events = article["events"]
        predicted = predictions.get(article["id"], {}).get("events", [])
        pairs = match_article(gold_events, predicted)
        for event in gold_events:
            result.gold[_kind(event)] += 1
        for event in predicted:
            result.pred[_kind(event)] += 1
        for g, p in pairs:
            result.tp[_kind(gold_events[g])] += 1
            result.matched += 1
            for name in FIELDS:
                if field_correct(name, gold_events[g], predicted[p]):
                    result.fields_right[name] += 1
                else:
                    result.field_errors.append((article["id"], name, gold_events[g], predicted[p]))
                    if "why" in predicted[p]:
                        result.explanations[(id(gold_events[g]), name)] = explain_field(
                            name, predicted[p])
            for name in FLAGS:
                result.flags_right[name] += flag_correct(name, gold_events[g], predicted[p])
            off = _score_geo(result.geo, gold_events[g].get("location"), predicted[p].get("location"))
            if off:
                result.geo_errors.append((article["id"], gold_events[g], off))
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        result.misses.extend((article["id"], "missed", e, None)
                             for i, e in enumerate(gold_events) if i not in matched_gold)
        if "rejected" in predictions.get(article["id"], {}):
            for i, event in enumerate(gold_events):
                if i not in matched_gold:
                    result.explanations[id(event)] = explain_miss(event, predictions[article["id"]])
        result.extras.extend((article["id"], "extra", None, e)
                             for i, e in enumerate(predicted) if i not in matched_pred)
    return result


def _score_geo(geo: Counter, gold: dict | None, pred: dict | None) -> str | None:
    """Of located gold events (a gold ``country``; a gold point), whether the predicted location
    has the same country, and a point within ``NEAR_KM`` of the gold one. A prediction with no
    location, country or point is wrong. Returns what is off, for the report, or None."""
    if not gold:
        return None
    pred = pred or {}
    off = []
    if gold.get("country"):
        geo["country_total"] += 1
        right = pred.get("country") == gold["country"]
        geo["country_right"] += right
        if not right:
            off.append(f"country: gold {gold['country']!r} / found {pred.get('country')!r}")
    if gold.get("lat") is not None and gold.get("lon") is not None:
        geo["point_total"] += 1
        if pred.get("lat") is not None and pred.get("lon") is not None:
            km = distance_km((gold["lat"], gold["lon"]), (pred["lat"], pred["lon"]))
            geo["point_right"] += km <= NEAR_KM
            if km > NEAR_KM:
                off.append(f"point: {km:,.0f} km from gold ({pred.get('place')!r})")
        else:
            off.append(f"point: none found for {gold.get('surface') or gold.get('text')!r}")
    return "; ".join(off) or None


def explain_miss(gold: dict, prediction: dict) -> str:
    """What happened to a missed gold event's count, from an explained prediction: turned down
    by which rule, read as an event that did not match (and how), merged into another event as
    a restatement, or never seen as a count."""
    spans = _gold_spans(gold)
    number = gold["count"].get("number_span")
    if number:
        spans.append(tuple(number))
    for item in prediction.get("rejected", []):
        if any(item["start"] < e and s < item["end"] for s, e in spans):
            return f"its count {item['text']!r} was rejected: {item['why']}"
    for index, event in enumerate(prediction.get("events", [])):
        if _overlaps(event, spans):
            return (f"its count was read as event {index}, {_describe(event)}, which does not "
                    f"match (type, outcome or value differ; rule {event.get('why', {}).get('type')})")
    sentence = (gold.get("sentence") or {}).get("span")
    for index, event in enumerate(prediction.get("events", [])):
        told = [(m["start"], m["end"]) for m in event.get("mentions", [])]
        if sentence and tuple(sentence) in told and _matches(gold, event):
            return f"merged into event {index} as a restatement"
    return "its count was never seen as a count of people"


def explain_field(name: str, pred: dict) -> str:
    """The rule that chose a predicted field (``why``), or that no rule set it."""
    why = pred.get("why", {})
    if name == "actor" and pred.get("actor") is None:
        return "no rule found a side"
    if pred.get(name) is None:
        return f"no rule found a {name}"
    return f"chosen by {why.get(name, 'an unnamed rule')}"


def read_jsonl(path) -> list[dict]:
    """Rows of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_files(gold_path, predicted_path) -> Score:
    """Score a gold file against a ``muster batch`` output file, matching articles by id."""
    gold = read_jsonl(gold_path)
    predicted = {row["article"]["id"]: row for row in read_jsonl(predicted_path)}
    return score(gold, predicted)


def format_report(result: Score, *, texts: dict[str, str] | None = None, details: bool = True) -> str:
    """A plain-text report: overall and per-kind precision/recall/F1, field and flag accuracy,
    then (with ``details``) every miss, extra and wrong field, quoting the sentence when the
    article texts are given (``texts``: article id -> body)."""
    summary = result.summary()
    lines = ["kind                      P      R      F1    tp  gold  pred"]

    def row(name: str, prf: dict) -> str:
        return (f"{name:22s} {prf['precision']:6.3f} {prf['recall']:6.3f} {prf['f1']:6.3f} "
                f"{prf['tp']:5d} {prf['gold']:5d} {prf['pred']:5d}")

    lines.append(row("ALL EVENTS", summary["events"]))
    lines.extend(row(kind, prf) for kind, prf in summary["by_type"].items())
    lines.append(f"\nfield accuracy on {result.matched} matched events:")
    lines.extend(f"  {name:14s} {value:6.3f}" for name, value in summary["fields"].items())
    if "geo" in summary:
        geo = summary["geo"]
        lines.append(f"geo on matched events with a gold place: country {geo['country']:6.3f} "
                     f"(of {geo['country_events']}), within {NEAR_KM:g} km "
                     f"{geo[f'within_{NEAR_KM:g}km']:6.3f} (of {geo['point_events']})")
    lines.append("flag agreement on matched events:")
    lines.extend(f"  {name:14s} {value:6.3f}" for name, value in summary["flags"].items())
    if details:
        texts = texts or {}
        sections = (("MISSED (in gold, not found)", result.misses),
                    ("EXTRA (found, not in gold)", result.extras))
        for title, rows in sections:
            lines.append(f"\n{title}: {len(rows)}")
            for article_id, _, gold, pred in rows:
                event = gold or pred
                lines.append(f"  {article_id}: {_describe(event)}")
                if sentence := _sentence_text(event, texts.get(article_id)):
                    lines.append(f"      {sentence}")
                if gold is not None and id(gold) in result.explanations:
                    lines.append(f"      why: {result.explanations[id(gold)]}")
        lines.append(f"\nWRONG FIELDS: {len(result.field_errors)}")
        for article_id, name, gold, pred in result.field_errors:
            lines.append(f"  {article_id}: {_describe(gold)} {name}: gold {_field_value(name, gold)!r}"
                         f" / found {_field_value(name, pred)!r}")
            if (id(gold), name) in result.explanations:
                lines.append(f"      why: {result.explanations[(id(gold), name)]}")
        if result.geo_errors:
            lines.append(f"\nOFF THE MAP: {len(result.geo_errors)}")
            for article_id, gold, off in result.geo_errors:
                lines.append(f"  {article_id}: {_describe(gold)} {off}")
    return "\n".join(lines)


def _describe(event: dict) -> str:
    count = event["count"]
    surface = count.get("surface") or count.get("text")
    return f"{_kind(event)} {surface!r} ({_figure(count)})"


def _figure(count: dict) -> str:
    """A count's figure as a reader says it: 400, 200-300, 24 or more, up to 50."""
    value, low, high = count.get("value"), count.get("low"), count.get("high")
    if value is not None:
        return str(value)
    if low is not None and high is not None:
        return f"{low}-{high}"
    if low is not None:
        return f"{low} or more"
    if high is not None:
        return f"up to {high}"
    return "unknown"


def _sentence_text(event: dict, body: str | None) -> str | None:
    if body is None or not event.get("sentence"):
        return None
    sentence = event["sentence"]
    start, end = sentence["span"] if "span" in sentence else (sentence["start"], sentence["end"])
    return " ".join(body[start:end].split())


def _field_value(name: str, event: dict):
    value = event.get(name)
    if not isinstance(value, dict):
        return value
    if name == "actor":
        return value.get("value", value.get("country") or value.get("group") or value.get("text"))
    if name == "date":
        return value.get("value")
    return value.get("surface") or value.get("text")
