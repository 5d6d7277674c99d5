"""One article's SPEC result and body rendered as a self-contained HTML page.

The page needs nothing from the network (inline CSS and JS, and a Content-Security-Policy that
forbids every fetch), so it works offline and as an e-mail attachment. It is readable without
JavaScript: the highlights, the events table and the conflicting estimates are plain HTML, and
hovering a highlight names its event(s) through the ``title`` attribute. The script only adds
selection: clicking an event (or a highlight) marks that event's spans and sentence and scrolls
to them.

The article text is untrusted. Every piece of it, and of the result, is HTML-escaped; JSON
embedded in the page is escaped so that ``</script>`` cannot end the script element; and the
page's CSP allows only the page's own script and style (by hash), so even a missed escape could
not run injected code.

Highlights may overlap (one actor span is often shared by several events, and a count can sit
inside a source phrase): the text is cut at every span boundary into segments, and each segment
carries the set of (event, role) pairs covering it.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.errors import InputError

#: Span roles of an event, in the order a segment covered by several takes its colour from.
ROLES = ("count", "trigger", "actor", "location", "date", "source")

FLAG_NAMES = ("civilian", "planned", "cumulative", "released", "is_total")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"\w+")
_STOP = frozenset(["the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "its", "their", "his", "her"])


# --------------------------------------------------------------------------- escaping


def esc(value) -> str:
    """``value`` as HTML text or attribute content (quotes escaped too); None is empty."""
    return "" if value is None else html.escape(str(value), quote=True)


#: Bidirectional controls (embeddings, overrides, isolates): shown, never obeyed, so the page
#: cannot show "1500" where the text holds "0051" behind a right-to-left override.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def esc_text(text: str) -> str:
    """Article text as HTML: escaped, with C0 control characters shown as their Unicode
    control pictures (one code point for one, so nothing shifts; HTML forbids most of them),
    and direction controls shown as a marked code (they would reorder what the reader sees)."""
    shown = _CONTROL.sub(lambda m: chr(0x2421 if m.group() == "\x7f" else 0x2400 + ord(m.group())), text)
    parts = _BIDI_CONTROL.split(shown)
    if len(parts) == 1:
        return html.escape(shown, quote=False)
    controls = _BIDI_CONTROL.findall(shown)
    out = [html.escape(parts[0], quote=False)]
    for control, part in zip(controls, parts[1:]):
        out.append(f'<span class="ctl" title="direction control, not obeyed">'
                   f'[U+{ord(control):04X}]</span>{html.escape(part, quote=False)}')
    return "".join(out)


def json_for_script(obj) -> str:
    """JSON safe to place inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes, so neither ``</script>`` nor
    ``<!--`` in the data can change how the HTML parser reads the page; the JSON value is the
    same.
    """
    text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def page(title: str, body_html: str, *, css: str, js: str = "", data=None,
         connect_self: bool = False) -> str:
    """A complete HTML document around ``body_html`` with inline ``css`` and ``js``.

    The Content-Security-Policy admits exactly this page's style and script (by SHA-256) and
    nothing from anywhere, so the page makes no network requests (``connect_self`` lets the
    server's paste page call its own API). ``data`` is embedded as JSON in
    ``<script type="application/json" id="muster-data">``.
    """
    policy = ["default-src 'none'", f"style-src {_csp_hash(css)}", "img-src data:",
              "base-uri 'none'", "form-action 'none'"]
    if js:
        policy.append(f"script-src {_csp_hash(js)}")
    if connect_self:
        policy.append("connect-src 'self'")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc("; ".join(policy))}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{esc(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        body_html,
    ]
    if data is not None:
        parts.append(f'<script type="application/json" id="muster-data">{json_for_script(data)}</script>')
    if js:
        parts.append(f"<script>{js}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


# --------------------------------------------------------------------------- input hygiene


def clean_result(result: dict) -> dict:
    """A copy of ``result`` whose parts have the types the renderers read.

    A result from a file may come from another Muster version or a hand edit: a role that is
    not an object becomes None, a non-list ``mentions`` becomes [], a non-integer ``part_of``
    None, a non-object event an empty one, a non-object date is dropped. Values inside are left as they are (every
    renderer escapes and formats whatever it gets).
    """
    if not isinstance(result, dict):
        raise TypeError(f"result must be a dict, not {type(result).__name__}")
    out = dict(result)
    out["article"] = result.get("article") if isinstance(result.get("article"), dict) else {}
    # a non-object event stays as an empty one, so event indexes (and part_of) keep pointing right
    out["events"] = [_clean_event(e if isinstance(e, dict) else {}) for e in _list(result.get("events"))]
    out["dates"] = [d for d in _list(result.get("dates")) if isinstance(d, dict)]
    out["warnings"] = [str(w) for w in _list(result.get("warnings"))]
    out["rejected"] = [r for r in _list(result.get("rejected")) if isinstance(r, dict)]
    return out


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _clean_event(event: dict) -> dict:
    out = dict(event)
    for key in (*ROLES, "sentence"):
        if not isinstance(out.get(key), dict) or not out[key]:
            out[key] = None
    out["mentions"] = [m for m in _list(out.get("mentions")) if isinstance(m, dict)]
    out["why"] = {str(k): str(v) for k, v in out["why"].items()} if isinstance(out.get("why"), dict) else {}
    for key in ("type", "outcome", "hedge", "reported_date"):
        if out.get(key) is not None and not isinstance(out[key], str):
            out[key] = str(out[key])
    part_of = out.get("part_of")
    if not isinstance(part_of, int) or isinstance(part_of, bool):
        out["part_of"] = None
    return out


# --------------------------------------------------------------------------- segments


@dataclass(frozen=True)
class Mark:
    """One thing a stretch of text belongs to: ``role`` of event ``event`` (a ROLES name,
    ``sentence`` or ``mention``), or of date expression ``event`` when ``role`` is ``dateref``."""

    start: int
    end: int
    event: int
    role: str


def event_marks(result: dict) -> list[Mark]:
    """Every highlightable span of a result: event roles, sentences, mentions, all dates."""
    marks = []
    for i, event in enumerate(result.get("events") or []):
        for role in ROLES:
            span = event.get(role)
            if _is_span(span):
                marks.append(Mark(span["start"], span["end"], i, role))
        sentence = event.get("sentence")
        if _is_span(sentence, need_text=False):
            marks.append(Mark(sentence["start"], sentence["end"], i, "sentence"))
        for mention in event.get("mentions") or []:
            if _is_span(mention, need_text=False):
                marks.append(Mark(mention["start"], mention["end"], i, "mention"))
    for k, date in enumerate(result.get("dates") or []):
        if _is_span(date):
            marks.append(Mark(date["start"], date["end"], k, "dateref"))
    for k, number in enumerate(result.get("rejected") or []):
        if _is_span(number):
            marks.append(Mark(number["start"], number["end"], k, "rejected"))
    return marks


def segments(length: int, marks: Iterable[Mark]) -> list[tuple[int, int, frozenset[Mark]]]:
    """Cut ``[0, length)`` at every mark boundary: ``(start, end, marks covering it)``.

    Consecutive segments together cover the text exactly once, so overlapping and nested
    spans from several events each show fully. Empty and out-of-range marks are dropped.
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= length]
    cuts = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    opening: dict[int, list[Mark]] = {}
    closing: dict[int, list[Mark]] = {}
    for m in marks:
        opening.setdefault(m.start, []).append(m)
        closing.setdefault(m.end, []).append(m)
    active: set[Mark] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(closing.get(a, ()))
        active.update(opening.get(a, ()))
        out.append((a, b, frozenset(active)))
    return out


def _is_span(span, *, need_text: bool = True) -> bool:
    return (
        isinstance(span, dict)
        and isinstance(span.get("start"), int)
        and isinstance(span.get("end"), int)
        and (not need_text or isinstance(span.get("text"), str))
    )


def check_body(result: dict, body: str) -> None:
    """Raise :class:`InputError` unless ``body`` is the text ``result`` was extracted from."""
    if not isinstance(body, str):
        raise TypeError(f"body must be str, not {type(body).__name__}")
    chars = (result.get("article") or {}).get("chars")
    if isinstance(chars, int) and chars != len(body):
        raise InputError(f"the body has {len(body):,} characters but the result was extracted "
                         f"from {chars:,}: not the same text")
    for mark in event_marks(result):
        if not 0 <= mark.start <= mark.end <= len(body):
            raise InputError(f"span {mark.start}:{mark.end} lies outside the body "
                             f"({len(body):,} characters): not the same text")
    for span in _all_text_spans(result):
        if body[span["start"]:span["end"]] != span["text"]:
            raise InputError(f"span {span['start']}:{span['end']} is "
                             f"{body[span['start']:span['end']]!r} in the body, not "
                             f"{span['text']!r}: not the same text")


def _all_text_spans(result: dict):
    for event in result.get("events") or []:
        for role in ROLES:
            if _is_span(event.get(role)):
                yield event[role]
    for date in result.get("dates") or []:
        if _is_span(date):
            yield date


# --------------------------------------------------------------------------- describing events


def count_label(count: dict | None) -> str:
    """The figure of a count as a reader writes it: ``1,500``, ``200–300``, ``2,000+``."""
    if not count:
        return "–"
    value, low, high = count.get("value"), count.get("low"), count.get("high")
    if isinstance(value, (int, float)):
        return f"{value:,}"
    if isinstance(low, (int, float)) and isinstance(high, (int, float)):
        return f"{low:,}–{high:,}"
    if isinstance(low, (int, float)):
        return f"{low:,}+"
    if isinstance(high, (int, float)):
        return f"≤{high:,}"
    return str(count.get("text") or "?")


def countries(span: dict | None) -> list[str]:
    """The ISO codes of an actor or location span (a joint force has several)."""
    if not span:
        return []
    country = span.get("country")
    if isinstance(country, list):
        return [str(c) for c in country if c and not isinstance(c, (dict, list))]
    return [str(country)] if country and not isinstance(country, dict) else []


def actor_label(span: dict | None) -> str:
    """``North Korean (PRK)``; a group's name when the span names an armed group."""
    if not span:
        return "–"
    codes = countries(span) or ([str(span["group"])] if span.get("group") else [])
    text = str(span.get("text") or "")
    return f"{text} ({'/'.join(codes)})" if codes and "/".join(codes) != text else text or "–"


def event_label(index: int, event: dict) -> str:
    """``#3 casualty (killed) around 400`` for titles and tooltips."""
    kind = str(event.get("type") or "?")
    if event.get("outcome"):
        kind += f" ({event['outcome']})"
    count = event.get("count") or {}
    hedge = f"{count['approx']} " if count.get("approx") else ""
    return f"#{index} {kind} {hedge}{count_label(count)}"


def flags(event: dict, conflicts: dict[int, list[int]] | None = None, index: int | None = None) -> list[tuple[str, str]]:
    """(css class, label) for each flag an event carries."""
    out = []
    for name in FLAG_NAMES:
        if event.get(name):
            out.append((name, "total" if name == "is_total" else name))
    if event.get("hedge"):
        out.append(("hedge", f"hedge: {event['hedge']}"))
    if event.get("reported_date"):
        out.append(("reported", f"reported {event['reported_date']}"))
    if isinstance(event.get("part_of"), int):
        out.append(("part-of", f"part of #{event['part_of']}"))
    if conflicts and index in conflicts:
        others = ", ".join(f"#{j}" for j in conflicts[index])
        out.append(("conflict", f"conflicts with {others}"))  # wraps: see .f-conflict
    return out


# --------------------------------------------------------------------------- conflicts


def _tokens(text) -> set[str]:
    return {w for w in _WORD.findall(str(text or "").lower()) if w not in _STOP}


def _same_actor(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return False
    ca, cb = set(countries(a)), set(countries(b))
    if ca or cb:
        return bool(ca & cb)
    if a.get("group") or b.get("group"):
        return a.get("group") == b.get("group")
    return bool(_tokens(a.get("text")) & _tokens(b.get("text")))


def _same_place(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return not a and not b
    ca, cb = set(countries(a)), set(countries(b))
    if ca and cb and not ca & cb:
        return False
    return bool(ca & cb) or bool(_tokens(a.get("text")) & _tokens(b.get("text")))


def _figure(count: dict | None):
    count = count or {}
    return (count.get("value"), count.get("low"), count.get("high"))


def _source_key(event: dict) -> str:
    return " ".join(sorted(_tokens((event.get("source") or {}).get("text"))))


def _own_date(event: dict) -> str | None:
    """The event's date value when its sentence (or a restating one) states it; a date read
    from a neighbouring sentence is too weak to tell two estimates apart."""
    date = event.get("date") or {}
    if not date.get("value") or not isinstance(date.get("start"), int):
        return None
    for where in [event.get("sentence") or {}, *(event.get("mentions") or [])]:
        if isinstance(where.get("start"), int) and where["start"] <= date["start"] < where.get("end", -1):
            return str(date["value"])
    return None


def _may_conflict(i: int, a: dict, j: int, b: dict) -> bool:
    """Two events that claim different figures for the same thing from different sources."""
    if (a.get("type"), a.get("outcome")) != (b.get("type"), b.get("outcome")):
        return False
    if _figure(a.get("count")) == _figure(b.get("count")):
        return False
    source_a, source_b = _source_key(a), _source_key(b)
    if not source_a or not source_b or source_a == source_b:
        # One source giving two figures is two claims, not a disagreement; and a figure the
        # article states in its own voice is as likely a different incident as a rival count.
        return False
    if a.get("part_of") == j or b.get("part_of") == i:
        return False  # a total and its breakdown
    if None not in (a.get("civilian"), b.get("civilian")) and a["civilian"] != b["civilian"]:
        return False
    if bool(a.get("cumulative")) != bool(b.get("cumulative")):
        return False
    date_a, date_b = _own_date(a), _own_date(b)
    if date_a and date_b and date_a != date_b:
        return False
    return _same_actor(a.get("actor"), b.get("actor")) and _same_place(a.get("location"), b.get("location"))


def conflict_groups(events: Sequence[dict]) -> list[list[int]]:
    """Groups of event indexes that give conflicting estimates of the same thing.

    Two events conflict when they have the same type and outcome, overlapping actors (a shared
    country code, else the same group, else a shared word), the same place (both absent counts
    as the same), no different dates stated in their own sentences, neither is a total of the
    other, and they give different figures, each attributed to a source, the two sources
    different. Groups are the connected sets of conflicting pairs, in order of first
    appearance.
    """
    parent = list(range(len(events)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            if _may_conflict(i, a, j, events[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


# --------------------------------------------------------------------------- rendering


def render_article(result: dict, body: str, *, title: str | None = None) -> str:
    """The complete self-contained HTML page for one article.

    Args:
        result: The SPEC output object for the article (``pipeline.extract`` or one line of a
            batch).
        body: The article's body text, the text every span indexes into.
        title: The page title; by default the article's title or id.

    Raises:
        InputError: ``body`` is not the text ``result`` was extracted from.
    """
    article = clean_result(result)["article"]
    name = title or article.get("title") or article.get("id") or article.get("path") or "Article"
    return page(f"Muster: {name}", render_fragment(result, body), css=VIEW_CSS, js=VIEW_JS,
                data=result)


def render_fragment(result: dict, body: str) -> str:
    """The view without the page around it (the server's paste page inserts this).

    Holds no script; the selection behaviour comes from ``VIEW_JS`` on the page around it.
    """
    result = clean_result(result)
    check_body(result, body)
    events = result["events"]
    groups = conflict_groups(events)
    conflicts = {i: [j for j in g if j != i] for g in groups for i in g}
    parts = ['<div class="muster-view">', _header(result, events)]
    parts.append('<div class="cols">')
    parts.append('<section class="pane text-pane" aria-label="Article text">')
    parts.append("<h2>Article</h2>")
    parts.append(_legend())
    parts.append(f'<div class="article-text">{_render_text(body, result, events)}</div>')
    parts.append("</section>")
    parts.append('<section class="pane events-pane" aria-label="Events">')
    if groups:
        parts.append(_conflicts(groups, events))
    parts.append(_events_table(events, conflicts, _anchor_starts(events, len(body))))
    if result["rejected"]:
        parts.append(_rejected_list(result["rejected"]))
    parts.append("</section></div></div>")
    return "\n".join(parts)


def _header(result: dict, events: list[dict]) -> str:
    article = result.get("article") or {}
    name = article.get("title") or article.get("id") or article.get("path") or "Pasted article"
    by_type: dict[str, int] = {}
    for event in events:
        by_type[str(event.get("type"))] = by_type.get(str(event.get("type")), 0) + 1
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(by_type.items()))
    facts = [f"{len(events)} event{'s' if len(events) != 1 else ''}" + (f" ({kinds})" if kinds else "")]
    if article.get("published"):
        facts.append(f"published {article['published']}"
                     + (f" (from {article['published_from']})" if article.get("published_from") else ""))
    else:
        facts.append("publication date unknown: relative dates unresolved")
    if isinstance(article.get("chars"), int):
        facts.append(f"{article['chars']:,} characters")
    for key in ("source", "id", "path"):
        if article.get(key) and article.get(key) != name:
            facts.append(f"{key} {article[key]}")
    if result.get("model"):
        facts.append(f"model {result['model']}")
    out = ['<header class="top">', f"<h1>{esc(name)}</h1>"]
    if article.get("url"):
        # Shown, never linked: the page must not invite requests, and the URL is untrusted.
        out.append(f'<div class="url">{esc(article["url"])}</div>')
    out.append(f'<p class="facts">{" · ".join(esc(f) for f in facts)}</p>')
    warnings = result.get("warnings") or []
    if warnings:
        out.append('<ul class="warnings">' + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul>")
    out.append("</header>")
    return "\n".join(out)


def _legend() -> str:
    items = "".join(f'<span class="hl r-{r}">{r}</span> ' for r in ROLES)
    return (f'<p class="legend">{items}<span class="hl r-dateref">other date</span> '
            '<span class="hint">Hover a highlight to see its events; click one, or a row, to '
            "select it.</span></p>")


def _render_text(body: str, result: dict, events: list[dict]) -> str:
    dates = result.get("dates") or []
    anchors: dict[int, list[int]] = {}
    for i, start in _anchor_starts(events, len(body)).items():
        anchors.setdefault(start, []).append(i)
    stated = {field["start"] for event in events for field in _context_fields(event)
              if 0 <= field["start"] <= len(body)}
    out = []
    for start, end, marks in segments(len(body), event_marks(result)):
        for i in anchors.pop(start, ()):
            out.append(f'<span class="anchor" id="event-{i}"></span>')
        if start in stated:
            stated.discard(start)
            out.append(f'<span class="anchor" id="stated-{start}"></span>')
        text = esc_text(body[start:end])
        if not marks:
            out.append(text)
            continue
        roles = sorted({m.role for m in marks if m.role in ROLES}, key=ROLES.index)
        role_events = sorted({m.event for m in marks if m.role in ROLES})
        sentence_events = sorted({m.event for m in marks if m.role == "sentence"})
        mention_events = sorted({m.event for m in marks if m.role == "mention"})
        date_refs = sorted({m.event for m in marks if m.role == "dateref"})
        classes, attrs, tips = [], [], []
        if roles:
            classes += ["hl", *(f"r-{r}" for r in roles)]
            if len(role_events) > 1:
                classes.append("multi")
            attrs.append(f'data-ev="{" ".join(map(str, role_events))}"')
            for i in role_events:
                here = [m.role for m in sorted(marks, key=lambda m: ROLES.index(m.role) if m.role in ROLES else 99)
                        if m.event == i and m.role in ROLES]
                why = events[i].get("why") or {}
                here = [f"{role} ({why[role]})" if role in why else role for role in here]
                tips.append(f"{event_label(i, events[i])}: {', '.join(here)}")
        elif date_refs:
            classes += ["hl", "r-dateref"]
        rejected = sorted({m.event for m in marks if m.role == "rejected"})
        if rejected and not roles:
            classes.append("r-rejected")
        for k in rejected:
            tips.append(f"not an event: {result['rejected'][k].get('why')}")
        for k in date_refs:
            if 0 <= k < len(dates):
                tips.append(_date_tip(dates[k]))
        if sentence_events:
            attrs.append(f'data-s="{" ".join(map(str, sentence_events))}"')
        if mention_events:
            attrs.append(f'data-m="{" ".join(map(str, mention_events))}"')
        if classes:
            attrs.insert(0, f'class="{" ".join(classes)}"')
        if tips:
            attrs.append(f'title="{esc(chr(10).join(tips))}"')
        out.append(f'<span {" ".join(attrs)}>{text}</span>')
    return "".join(out)


def _anchor_starts(events: list[dict], length: int) -> dict[int, int]:
    """Where each event's ``#event-i`` anchor goes: its count, else its trigger, else its first
    span, else its sentence. Events with none of them get no anchor (and no link)."""
    starts = {}
    for i, event in enumerate(events):
        spans = [event.get(role) for role in ("count", "trigger", *ROLES)]
        for found in [*(s for s in spans if _is_span(s)), event.get("sentence")]:
            if _is_span(found, need_text=False) and 0 <= found["start"] <= length:
                starts[i] = found["start"]
                break
    return starts


def _date_tip(date: dict) -> str:
    value = date.get("value")
    kind = date.get("type") or "date"
    if kind != "date" and not value:  # a duration, a set, a clock time: its TIMEX3 value
        return f"{kind} {date.get('text')!r}: {date.get('timex') or 'unresolved'}"
    if not value and date.get("timex"):  # "now", "recently"
        return f"date {date.get('text')!r}: {date['timex']}"
    tip = f"date {date.get('text')!r}: " + (str(value) if value else "unresolved")
    if date.get("start_date") and date.get("end_date") and date["start_date"] != date["end_date"]:
        tip += f" ({date['start_date']} to {date['end_date']})"
    if date.get("relative"):
        tip += ", relative to the publication date"
    return tip


def _count_cell(count: dict | None) -> str:
    if not count:
        return "–"
    bits = []
    if count.get("approx"):
        bits.append(f'<span class="approx">{esc(count["approx"])}</span> ')
    bits.append(f"<b>{esc(count_label(count))}</b>")
    if count.get("unit"):
        bits.append(f' <span class="unit">{esc(count["unit"])}</span>')
    if count.get("value") is None and count.get("low") is not None:
        bits.append(f'<div class="sub">“{esc(count.get("text"))}”</div>')
    return "".join(bits)


CONTEXT_ROLES = ("actor", "location", "date", "source")


def _context_fields(event: dict) -> list[dict]:
    """The fields of an event carried from another sentence (``from_context``)."""
    return [field for role in CONTEXT_ROLES
            if isinstance(field := event.get(role), dict) and field.get("from_context")
            and isinstance(field.get("start"), int)]


def _from_context(span: dict | None) -> str:
    """A link to where a field carried from another sentence was stated."""
    if not span or not span.get("from_context") or not isinstance(span.get("start"), int):
        return ""
    return (f' <a class="ctx" href="#stated-{span["start"]}" title="stated in another sentence: '
            f'{esc(span.get("text"))!s}; click to see it">from context</a>')


def _span_cell(span: dict | None, label: str | None = None) -> str:
    if not span:
        return '<span class="none">–</span>'
    return esc(label if label is not None else span.get("text")) + _from_context(span)


def _date_cell(date: dict | None, event: dict) -> str:
    if not date:
        if event.get("reported_date"):
            return f'<span class="sub">reported {esc(event["reported_date"])}</span>'
        return '<span class="none">–</span>'
    value = date.get("value") or "unresolved"
    extra = ""
    first, last = str(date.get("start_date") or ""), str(date.get("end_date") or "")
    if first and last and not (first.startswith(str(value)) and last.startswith(str(value))):
        extra = f'<div class="sub">{esc(first)} to {esc(last)}</div>'
    rel = ' <span class="sub">(relative)</span>' if date.get("relative") else ""
    return (f'<b>{esc(value)}</b>{rel}<div class="sub">“{esc(date.get("text"))}”'
            f'{_from_context(date)}</div>{extra}')


def _events_table(events: list[dict], conflicts: dict[int, list[int]], anchored) -> str:
    if not events:
        return '<h2>Events</h2><p class="none">No events found in this article.</p>'
    head = ("#", "type", "outcome", "actor", "count", "location", "date", "source", "flags")
    rows = [f'<h2>Events</h2><table class="events"><thead><tr>{"".join(f"<th>{h}</th>" for h in head)}</tr></thead><tbody>']
    for i, event in enumerate(events):
        flag_html = " ".join(f'<span class="flag f-{cls}">{esc(label)}</span>'
                             for cls, label in flags(event, conflicts, i))
        mentions = event.get("mentions") or []
        if mentions:
            flag_html += f' <span class="flag f-mentions">+{len(mentions)} mention{"s" if len(mentions) > 1 else ""}</span>'
        cells = [
            f'<a href="#event-{i}" class="num">{i}</a>' if i in anchored else f'<span class="num">{i}</span>',
            esc(event.get("type")),
            esc(event.get("outcome") or "") or '<span class="none">–</span>',
            _span_cell(event.get("actor"), actor_label(event.get("actor")) if event.get("actor") else None),
            _count_cell(event.get("count")),
            _span_cell(event.get("location"), actor_label(event.get("location")) if event.get("location") else None),
            _date_cell(event.get("date"), event),
            _span_cell(event.get("source")),
            flag_html or '<span class="none">–</span>',
        ]
        why = event.get("why") or {}
        fields = (None, "type", "outcome", "actor", "count", "location", "date", "source", None)
        cells = [f'<span class=rule title="{esc(why[f])}">{c}</span>' if f in why else c
                 for f, c in zip(fields, cells)]
        row_class = f"ev t-{esc(event.get('type'))}" + (" conflict" if i in conflicts else "")
        rows.append(f'<tr class="{row_class}" id="row-{i}" data-i="{i}" tabindex="0" '
                    f'title="{esc(event_label(i, event))}: click to show its evidence">'
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _rejected_list(rejected: list[dict]) -> str:
    """The numbers that were not made events, each with the rule that turned it down (the
    output of ``--explain``)."""
    items = "".join(f"<li><q>{esc(r.get('text'))}</q> <span class=why>{esc(r.get('why'))}</span></li>"
                    for r in rejected)
    return (f'<h2>Numbers not made events</h2><ul class="rejected">{items}</ul>')


def _conflicts(groups: list[list[int]], events: list[dict]) -> str:
    out = ['<div class="conflicts"><h2>Conflicting estimates</h2>']
    for group in groups:
        first = events[group[0]]
        kind = str(first.get("type") or "")
        if first.get("outcome"):
            kind += f" · {first['outcome']}"
        values = [v for i in group for v in (_figure(events[i].get("count"))) if isinstance(v, (int, float))]
        spread = f": {min(values):,} to {max(values):,}" if values else ""
        actor = actor_label(first.get("actor"))
        out.append(f'<div class="cgroup"><h3>{esc(kind)} · {esc(actor)}: {len(group)} '
                   f"estimates from different sources{esc(spread)}</h3><div class=\"cards\">")
        for i in group:
            event = events[i]
            count = event.get("count") or {}
            source = (event.get("source") or {}).get("text") or "no source given"
            approx = f'<span class="approx">{esc(count.get("approx"))}</span> ' if count.get("approx") else ""
            date = (event.get("date") or {}).get("value")
            out.append(
                f'<button type="button" class="card" data-i="{i}">'
                f'<span class="big">{approx}{esc(count_label(count))}</span>'
                f'<span class="by">{esc(source)}</span>'
                + (f'<span class="sub">{esc(date)}</span>' if date else "")
                + f'<span class="sub">event #{i}</span></button>'
            )
        out.append("</div></div>")
    out.append("</div>")
    return "\n".join(out)


# --------------------------------------------------------------------------- assets

VIEW_CSS = """
:root{--count:#ffd166;--trigger:#ffadad;--actor:#a9d1ff;--location:#a7e9af;--date:#d7c4ff;
--source:#9ee6dc;--sel:#fff2a8;--ink:#1d1d1f;--muted:#6b6b70;--line:#e3e3e8;--accent:#2158c9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fafafa}
h1{font-size:1.35rem;margin:0 0 .2rem}
h2{font-size:1.05rem;margin:.2rem 0 .5rem}
h3{font-size:.95rem;margin:.3rem 0}
.muster-view{padding:12px 16px}
.top{border-bottom:1px solid var(--line);padding-bottom:.4rem;margin-bottom:.6rem}
.facts,.url{color:var(--muted);margin:.1rem 0;font-size:.9rem;overflow-wrap:anywhere}
.warnings{margin:.3rem 0;padding:.4rem .4rem .4rem 1.6rem;background:#fff4e5;border:1px solid #f3c98b;border-radius:6px;font-size:.9rem}
.cols{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:18px;align-items:start}
.pane{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
@media (min-width:1000px){.pane{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}}
@media (max-width:999px){.cols{grid-template-columns:minmax(0,1fr)}}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Noto Serif","Times New Roman",serif;font-size:1rem;line-height:1.7}
.legend{font-size:.8rem;margin:.1rem 0 .6rem;line-height:2}
.hint,.none,.sub,.unit{color:var(--muted)}
.sub{font-size:.8rem}
.hl{border-radius:3px;padding:1px 0;cursor:pointer}
.r-dateref{border-bottom:2px dotted var(--date);cursor:help}
.r-rejected{border-bottom:1px dashed #999;cursor:help}
.ctl{color:#b00;font-size:.8em}
ul.rejected{font-size:.9em;columns:2}
ul.rejected .why{color:#666;font-family:monospace}
a.ctx{font-size:.75em;color:#555;border:1px dashed #999;border-radius:3px;padding:0 .25em;text-decoration:none;white-space:nowrap}
.r-source{background:var(--source)}
.r-date{background:var(--date)}
.r-location{background:var(--location)}
.r-actor{background:var(--actor)}
.r-trigger{background:var(--trigger)}
.r-count{background:var(--count);font-weight:600}
.legend .hl{padding:1px 6px;cursor:default}
.hl.multi{box-shadow:inset 0 -3px 0 rgba(0,0,0,.35)}
[data-s].sel-s,[data-m].sel-m{background-color:var(--sel)}
.hl.sel-s:not(.sel){box-shadow:inset 0 -3px 0 #e0b800}
.sel-m:not(.hl){background:#fffbe0;text-decoration:underline dotted #c9a400}
.hl.sel{outline:2px solid var(--ink);outline-offset:1px}
.has-sel .hl:not(.sel){filter:saturate(.35) brightness(1.08)}
.hl.hov{outline:2px dashed var(--accent)}
table.events{border-collapse:collapse;width:100%;font-size:.85rem}
table.events th{position:sticky;top:-10px;background:#f3f3f6;text-align:left;font-weight:600;padding:4px 6px;border-bottom:1px solid var(--line)}
table.events td{padding:5px 6px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word;hyphens:auto}
table.events td:nth-child(-n+3){white-space:nowrap}
tr.ev{cursor:pointer}
tr.ev:hover,tr.ev.hov{background:#f2f6ff}
tr.ev.selected{background:#fff6c2}
tr.ev:focus{outline:2px solid var(--accent);outline-offset:-2px}
tr.ev.conflict td:first-child{box-shadow:inset 3px 0 0 #d9480f}
a.num{color:var(--accent);font-weight:600;text-decoration:none}
.approx{font-style:italic;color:#5c4a00}
.flag{display:inline-block;font-size:.72rem;padding:0 5px;margin:1px 0;border-radius:9px;background:#eee;white-space:nowrap}
.f-conflict{background:#ffe3d3;color:#9c3100;white-space:normal}
.f-civilian{background:#ffe0ec}
.f-planned{background:#e3ecff}
.f-hedge{background:#f1e8ff}
.conflicts{margin-bottom:.8rem;padding:8px 10px;border:1px solid #f0b48f;background:#fff8f3;border-radius:8px}
.cards{display:flex;flex-wrap:wrap;gap:8px}
.card{display:flex;flex-direction:column;align-items:flex-start;min-width:9rem;flex:1 1 0;text-align:left;font:inherit;
background:#fff;border:1px solid #e7c3ab;border-radius:8px;padding:6px 10px;cursor:pointer;color:inherit}
.card:hover,.card.selected{border-color:#d9480f;background:#fffaf0}
.card .big{font-size:1.3rem;font-weight:700}
.card .by{font-size:.85rem}
.anchor{scroll-margin-top:40vh}
@media print{.pane{position:static;max-height:none;overflow:visible}.cols{grid-template-columns:1fr}}
"""

VIEW_JS = """
(function () {
  "use strict";
  function listed(el, attr, i) {
    var v = el.getAttribute(attr);
    return v !== null && (" " + v + " ").indexOf(" " + i + " ") >= 0;
  }
  function clear(view, cls) {
    var found = view.querySelectorAll("." + cls);
    for (var k = 0; k < found.length; k++) { found[k].classList.remove(cls); }
  }
  function select(view, i, scroll) {
    ["sel", "sel-s", "sel-m", "selected"].forEach(function (c) { clear(view, c); });
    view.classList.add("has-sel");
    var first = null, firstSentence = null;
    var segs = view.querySelectorAll(".article-text [data-ev], .article-text [data-s], .article-text [data-m]");
    for (var k = 0; k < segs.length; k++) {
      var s = segs[k];
      if (listed(s, "data-ev", i)) { s.classList.add("sel"); if (!first) { first = s; } }
      if (listed(s, "data-s", i)) { s.classList.add("sel-s"); if (!firstSentence) { firstSentence = s; } }
      if (listed(s, "data-m", i)) { s.classList.add("sel-m"); }
    }
    var marked = view.querySelectorAll('[data-i="' + i + '"]');
    for (var m = 0; m < marked.length; m++) { marked[m].classList.add("selected"); }
    var target = view.querySelector('.article-text [data-ev].sel.r-count') ||
                 view.querySelector('.article-text [data-ev].sel.r-trigger') || first || firstSentence;
    if (scroll && target) { target.scrollIntoView({block: "center", inline: "nearest"}); }
    if (history.replaceState) { try { history.replaceState(null, "", "#event-" + i); } catch (e) {} }
  }
  function hover(view, seg, on) {
    var ids = (seg.getAttribute("data-ev") || "").split(" ");
    for (var k = 0; k < ids.length; k++) {
      if (ids[k] === "") { continue; }
      var row = view.querySelector("#row-" + ids[k]);
      if (row) { row.classList.toggle("hov", on); }
    }
  }
  document.addEventListener("click", function (e) {
    var view = e.target.closest && e.target.closest(".muster-view");
    if (!view) { return; }
    var row = e.target.closest("tr.ev, .card");
    if (row) {
      e.preventDefault();
      select(view, row.getAttribute("data-i"), true);
      return;
    }
    var seg = e.target.closest(".article-text [data-ev]");
    if (seg) {
      var ids = seg.getAttribute("data-ev").split(" ");
      var current = view.querySelector("tr.ev.selected");
      var at = current ? ids.indexOf(current.getAttribute("data-i")) : -1;
      var i = ids[(at + 1) % ids.length];
      select(view, i, false);
      var r = view.querySelector("#row-" + i);
      if (r) { r.scrollIntoView({block: "nearest"}); }
    }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("tr.ev")) {
      e.preventDefault();
      var view = e.target.closest(".muster-view");
      if (view) { select(view, e.target.getAttribute("data-i"), true); }
    }
  });
  document.addEventListener("mouseover", function (e) {
    var seg = e.target.closest && e.target.closest(".article-text [data-ev]");
    var view = seg && seg.closest(".muster-view");
    if (view) { hover(view, seg, true); }
    var row = e.target.closest && e.target.closest("tr.ev");
    view = row && row.closest(".muster-view");
    if (view) {
      var segs = view.querySelectorAll(".article-text [data-ev]");
      for (var k = 0; k < segs.length; k++) {
        segs[k].classList.toggle("hov", listed(segs[k], "data-ev", row.getAttribute("data-i")));
      }
    }
  });
  document.addEventListener("mouseout", function (e) {
    var seg = e.target.closest && e.target.closest(".article-text [data-ev]");
    var view = seg && seg.closest(".muster-view");
    if (view) { hover(view, seg, false); }
    var row = e.target.closest && e.target.closest("tr.ev");
    view = row && row.closest(".muster-view");
    if (view) { clear(view, "hov"); }
  });
  window.musterSelect = function (i) {
    var view = document.querySelector(".muster-view");
    if (view) { select(view, String(i), true); }
  };
  function fromHash() {
    var m = /^#event-(\\d+)$/.exec(location.hash);
    var view = document.querySelector(".muster-view");
    if (m && view && view.querySelector("#row-" + m[1])) { select(view, m[1], true); }
  }
  window.addEventListener("hashchange", fromHash);
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fromHash); } else { fromHash(); }
}());
"""
