"""A batch's output (SPEC JSON Lines) summarized as one self-contained HTML page.

Sections: events per type and outcome; casualty figures by actor over time (an inline SVG
plot, drawn here, no chart library); deployments by destination; the articles with the most
events; and the evidence: every event with its sentence, which every summary row links to.

A batch output holds offsets but not the article text, so the evidence sentence is rebuilt
from the event's own spans (the words the spans cover, in order, ``…`` for the gaps) unless the
bodies are given (``bodies``, e.g. from :func:`load_bodies` over the batch's inputs), in which
case the full sentence is shown with the spans highlighted. A body is used only when every span
of its result matches it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pipeline.errors import InputError, MusterError
from pipeline.ui.view import (
    ROLES,
    VIEW_CSS,
    Mark,
    actor_label,
    check_body,
    clean_result,
    count_label,
    countries,
    esc,
    esc_text,
    flags,
    page,
    segments,
)

OUTCOMES = ("killed", "wounded", "captured", "missing", "casualties")
#: Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), then grey.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#b8a800")
OTHER_COLOUR = "#9a9a9a"
LINKS_SHOWN = 8


# --------------------------------------------------------------------------- reading


def read_results(path: str | os.PathLike) -> tuple[list[dict], list[str]]:
    """The result objects of a batch output file, and a message for each line that is not one.

    Raises:
        InputError: the file cannot be read.
    """
    rows, problems = [], []
    try:
        handle = open(path, encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{path}:{number}: not JSON ({exc.msg})")
                    continue
                if not isinstance(row, dict) or not isinstance(row.get("events"), list):
                    problems.append(f"{path}:{number}: not a Muster result (no events list)")
                    continue
                rows.append(row)
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return rows, problems


def load_bodies(inputs: Iterable[str | os.PathLike]) -> dict[str, str]:
    """Article bodies from a batch's inputs (files, folders, ``.jsonl``), keyed by article id
    and by path, for :func:`render_report`'s ``bodies``. Unreadable inputs are skipped."""
    from pipeline.io.ingest import Article, iter_inputs

    bodies: dict[str, str] = {}
    for item in iter_inputs(inputs):
        if isinstance(item, Article):
            for key in (item.id, item.path):
                if key and key not in bodies:
                    bodies[key] = item.text
    return bodies


# --------------------------------------------------------------------------- the model


@dataclass
class _Item:
    """One event of one article, with what the report needs to place and link it."""

    article: int
    index: int
    event: dict
    anchor: str = ""
    keys: list[str] = field(default_factory=list)


@dataclass
class _Article:
    number: int
    result: dict
    body: str | None
    body_note: str | None
    items: list[_Item] = field(default_factory=list)

    @property
    def name(self) -> str:
        art = self.result.get("article") or {}
        return str(art.get("title") or art.get("id") or art.get("path") or f"article {self.number + 1}")

    @property
    def published(self) -> str | None:
        published = (self.result.get("article") or {}).get("published")
        return published if isinstance(published, str) else None


def _body_for(row: dict, bodies: Mapping[str, str] | None) -> tuple[str | None, str | None]:
    art = row.get("article") or {}
    candidates = [row.get("body"), row.get("text"), art.get("text")]
    if bodies:
        candidates += [bodies.get(art.get("id")) if art.get("id") else None,
                       bodies.get(art.get("path")) if art.get("path") else None]
    note = None
    for body in candidates:
        if isinstance(body, str):
            try:
                check_body(row, body)
            except (MusterError, TypeError) as err:
                note = f"the text given for this article does not match its offsets ({err})"
                continue
            return body, None
    return None, note


def _actor_key(event: dict) -> tuple[str, str]:
    """(key, label text) grouping an event's actor: ISO codes, else group, else its words."""
    actor = event.get("actor") or {}
    codes = countries(actor)
    text = " ".join(str(actor.get("text") or "").split())
    if codes:
        return "/".join(codes), text
    if actor.get("group"):
        return str(actor["group"]), text
    if text:
        return text.lower(), text
    return "(no actor)", ""


def _place_key(event: dict) -> tuple[str, str]:
    place = event.get("location") or {}
    codes = countries(place)
    text = " ".join(str(place.get("text") or "").split())
    if codes:
        return "/".join(codes), text
    if text:
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        return " ".join(words).lower() or text.lower(), text
    return "(no destination given)", ""


def _event_day(event: dict, article: _Article) -> tuple[dt.date | None, bool]:
    """Where a casualty figure sits in time: the middle of its date's interval, else the
    report or publication date (second value False: not the event's own date)."""
    date = event.get("date") or {}
    first = _iso(date.get("start_date")) or _iso(date.get("value"))
    last = _iso(date.get("end_date"), end=True) or first
    if first and last:
        return first + (last - first) / 2, True
    reported = _iso(event.get("reported_date")) or _iso(article.published)
    return reported, False


def _iso(value, *, end: bool = False) -> dt.date | None:
    """An ISO date, month or year as a date (a month's or year's first or last day); None for
    anything else, and for years outside 1800-2200, which no news event has."""
    if not isinstance(value, str) or not "1800" <= value[:4] <= "2200":
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            if end:
                following = dt.date(year + month // 12, month % 12 + 1, 1)
                return following - dt.timedelta(days=1)
            return dt.date(year, month, 1)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _figure(count: dict | None) -> tuple[int | float | None, bool]:
    """The number to plot for a count, and whether it is only a lower bound."""
    count = count or {}
    for key, bound in (("value", False), ("low", True), ("high", False)):
        value = count.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0:
            return value, bound and count.get("high") != value
    return None, False


# --------------------------------------------------------------------------- rendering


def render_report(rows: Iterable[dict], *, bodies: Mapping[str, str] | None = None,
                  title: str = "Muster report", problems: Iterable[str] = ()) -> str:
    """The summary page for a batch's results.

    Args:
        rows: SPEC result objects, one per article (a batch's JSON Lines, parsed).
        bodies: Article texts by article id or path. Where a body matches its result, the
            evidence shows the whole sentence; otherwise only the words the spans cover.
        title: The page's heading.
        problems: Messages about input lines that were skipped, shown at the top.
    """
    problems = list(problems)
    articles: list[_Article] = []
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("events"), list):
            problems.append(f"item {len(articles) + len(problems) + 1}: not a Muster result; skipped")
            continue
        row = clean_result(row)
        body, note = _body_for(row, bodies)
        article = _Article(len(articles), row, body, note)
        for i, event in enumerate(row["events"]):
            if isinstance(event, dict):
                item = _Item(article.number, i, event, anchor=f"ev-{article.number}-{i}")
                item.keys = [_filter_key("t", f"{event.get('type')}/{event.get('outcome') or ''}"),
                             _filter_key("a", _actor_key(event)[0])]
                if event.get("type") == "deployment":
                    item.keys.append(_filter_key("d", _place_key(event)[0]))
                article.items.append(item)
        articles.append(article)
    items = [item for article in articles for item in article.items]
    sections = [
        ("by-type", "Events by type and outcome", _type_table(items, articles)),
        ("casualties", "Casualty figures by actor over time", _casualty_plot(items, articles)),
        ("deployments", "Deployments by destination", _deployment_table(items, articles)),
        ("where", "Located events by country and first-level division", _where_table(items)),
        ("articles", "Articles with the most events", _article_table(articles)),
        ("evidence", "Evidence", _evidence(articles)),
    ]
    out = ['<div class="report">', _report_header(title, articles, items, problems)]
    out.append('<nav class="toc">' + " · ".join(f'<a href="#{sid}">{esc(name)}</a>'
                                                for sid, name, _ in sections) + "</nav>")
    for sid, name, content in sections:
        out.append(f'<section id="{sid}" class="block"><h2>{esc(name)}</h2>{content}</section>')
    out.append("</div>")
    return page(title, "\n".join(out), css=VIEW_CSS + REPORT_CSS, js=REPORT_JS)


def _report_header(title: str, articles: list[_Article], items: list[_Item], problems: list[str]) -> str:
    kinds = Counter(str(item.event.get("type")) for item in items)
    days = sorted(a.published for a in articles if a.published)
    with_body = sum(1 for a in articles if a.body is not None)
    models = sorted({str(a.result.get("model")) for a in articles if a.result.get("model")})
    facts = [f"{len(articles)} article{'s' if len(articles) != 1 else ''}",
             f"{len(items)} event{'s' if len(items) != 1 else ''}"
             + (" (" + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")" if kinds else "")]
    if days:
        facts.append(f"published {days[0]} to {days[-1]}" if days[0] != days[-1] else f"published {days[0]}")
    if models:
        facts.append("model " + ", ".join(models))
    out = ['<header class="top">', f"<h1>{esc(title)}</h1>",
           f'<p class="facts">{" · ".join(esc(f) for f in facts)}</p>']
    if articles and with_body < len(articles):
        out.append('<p class="facts">Evidence sentences: full text for '
                   f"{with_body} of {len(articles)} articles; for the rest only the words the "
                   "spans cover are shown (a batch output holds offsets, not the text: pass the "
                   "articles too for whole sentences).</p>")
    if problems:
        shown = problems[:20]
        more = f"<li>… and {len(problems) - 20} more</li>" if len(problems) > 20 else ""
        out.append('<ul class="warnings">' + "".join(f"<li>{esc(p)}</li>" for p in shown) + more + "</ul>")
    out.append("</header>")
    return "\n".join(out)


def _filter_key(kind: str, value: str) -> str:
    """A filter key without spaces (``data-keys`` is a space-separated list)."""
    return f"{kind}:" + "_".join(str(value).split())


def _links(items: list[_Item], key: str | None = None) -> str:
    links = [f'<a href="#{item.anchor}" class="ref">{item.article + 1}.{item.index}</a>'
             for item in items[:LINKS_SHOWN]]
    if len(items) > LINKS_SHOWN and key:
        links.append(f'<a href="#evidence" class="ref all" data-filter="{esc(key)}">all {len(items)}</a>')
    elif key and len(items) > 1:
        links.append(f'<a href="#evidence" class="ref all" data-filter="{esc(key)}">only these</a>')
    return " ".join(links)


def _bar(value: int, most: int, colour: str = "#5b8def") -> str:
    width = 0 if most <= 0 else max(1, round(120 * value / most))
    return (f'<svg class="bar" width="124" height="12" role="img" aria-label="{value}">'
            f'<rect x="0" y="1" width="{width}" height="10" rx="2" fill="{colour}"/></svg>')


def _figures_summary(items: list[_Item]) -> str:
    values = sorted(v for item in items for v in [_figure(item.event.get("count"))[0]] if v is not None)
    if not values:
        return '<span class="none">–</span>'
    if len(values) == 1:
        return f"{values[0]:,}"
    median = values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
    return f"{values[0]:,} to {values[-1]:,} <span class=\"sub\">(median {median:,.0f})</span>"


def _type_table(items: list[_Item], articles: list[_Article]) -> str:
    if not items:
        return '<p class="none">No events.</p>'
    groups: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for item in items:
        groups[(str(item.event.get("type")), str(item.event.get("outcome") or ""))].append(item)
    order = {"deployment": 0, "presence": 1, "casualty": 2}
    keys = sorted(groups, key=lambda k: (order.get(k[0], 9), OUTCOMES.index(k[1]) if k[1] in OUTCOMES else 9, k))
    most = max(len(v) for v in groups.values())
    rows = ['<table class="summary"><thead><tr><th>type</th><th>outcome</th><th>events</th><th></th>'
            "<th>articles</th><th>civilian</th><th>figures</th><th>evidence</th></tr></thead><tbody>"]
    for kind, outcome in keys:
        group = groups[(kind, outcome)]
        civilian = sum(1 for item in group if item.event.get("civilian"))
        rows.append(
            f"<tr><td>{esc(kind)}</td><td>{esc(outcome) or '<span class=none>–</span>'}</td>"
            f'<td class="num">{len(group)}</td><td>{_bar(len(group), most)}</td>'
            f'<td class="num">{len({i.article for i in group})}</td><td class="num">{civilian}</td>'
            f"<td>{_figures_summary(group)}</td><td>{_links(group, _filter_key('t', f'{kind}/{outcome}'))}</td></tr>")
    rows.append("</tbody></table>")
    return "".join(rows)


def _where_table(items: list[_Item]) -> str:
    """Events on the map, grouped by country and first-level division (the gazetteer's
    ``country`` and ``admin1``): no package here ships country outlines to draw a map offline,
    so a table stands in for it. Events whose place is known only by country have an empty
    division; events with no country are counted below the table."""
    groups: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    unlocated = 0
    for item in items:
        place = item.event.get("location") or {}
        country = place.get("country")
        if not isinstance(country, str):
            unlocated += 1
            continue
        admin1 = place.get("admin1")
        groups[(country, admin1 if isinstance(admin1, str) else "")].append(item)
    if not groups:
        return '<p class="none">No event has a country.</p>'
    most = max(len(v) for v in groups.values())
    rows = ['<table class="summary"><thead><tr><th>country</th><th>division</th><th>events</th>'
            "<th></th><th>articles</th><th>figures</th><th>evidence</th></tr></thead><tbody>"]
    for (country, admin1), group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append(
            f"<tr><td>{esc(country)}</td><td>{esc(admin1) or '<span class=none>–</span>'}</td>"
            f'<td class="num">{len(group)}</td><td>{_bar(len(group), most)}</td>'
            f'<td class="num">{len({i.article for i in group})}</td>'
            f"<td>{_figures_summary(group)}</td><td>{_links(group)}</td></tr>")
    rows.append("</tbody></table>")
    if unlocated:
        rows.append(f'<p class="sub">{unlocated} event{"s" if unlocated != 1 else ""} with no country.</p>')
    return "".join(rows)


def _deployment_table(items: list[_Item], articles: list[_Article]) -> str:
    deployments = [i for i in items if i.event.get("type") == "deployment"]
    if not deployments:
        return '<p class="none">No deployments.</p>'
    groups: dict[str, list[_Item]] = defaultdict(list)
    texts: dict[str, Counter] = defaultdict(Counter)
    for item in deployments:
        key, text = _place_key(item.event)
        groups[key].append(item)
        if text:
            texts[key][text] += 1
    keys = sorted(groups, key=lambda k: (k == "(no destination given)", -len(groups[k]), k))
    most = max(len(v) for v in groups.values())
    rows = ['<table class="summary"><thead><tr><th>destination</th><th>deployments</th><th></th>'
            "<th>figures</th><th>sent by</th><th>planned</th><th>articles</th><th>evidence</th>"
            "</tr></thead><tbody>"]
    for key in keys:
        group = groups[key]
        said = ", ".join(t for t, _ in texts[key].most_common(3))
        label = f"{esc(key)}" + (f' <span class="sub">({esc(said)})</span>' if said and said.lower() != key else "")
        figures = sorted((v for item in group for v in [_figure(item.event.get("count"))[0]] if v is not None),
                         reverse=True)
        shown = ", ".join(f"{v:,}" for v in figures[:6]) + (" …" if len(figures) > 6 else "")
        actors = Counter(actor_label(item.event.get("actor")) for item in group if item.event.get("actor"))
        planned = sum(1 for item in group if item.event.get("planned"))
        rows.append(
            f"<tr><td>{label}</td><td class=\"num\">{len(group)}</td><td>{_bar(len(group), most, '#2f9e6e')}</td>"
            f"<td>{shown or '<span class=none>–</span>'}</td>"
            f"<td>{esc(', '.join(a for a, _ in actors.most_common(3))) or '<span class=none>–</span>'}</td>"
            f'<td class="num">{planned}</td><td class="num">{len({i.article for i in group})}</td>'
            f"<td>{_links(group, _filter_key('d', key))}</td></tr>")
    rows.append("</tbody></table>")
    return "".join(rows)


def _article_table(articles: list[_Article], limit: int = 20) -> str:
    if not articles:
        return '<p class="none">No articles.</p>'
    ranked = sorted(articles, key=lambda a: (-len(a.items), a.number))[:limit]
    most = max(len(a.items) for a in ranked) or 1
    rows = ['<table class="summary"><thead><tr><th>article</th><th>published</th><th>events</th>'
            "<th></th><th>by type</th><th>evidence</th></tr></thead><tbody>"]
    for article in ranked:
        kinds = Counter(str(i.event.get("type")) for i in article.items)
        art = article.result.get("article") or {}
        sub = " · ".join(str(v) for v in (art.get("id"), art.get("source")) if v and v != article.name)
        rows.append(
            f'<tr><td><a href="#art-{article.number}">{esc(article.name)}</a>'
            + (f'<div class="sub">{esc(sub)}</div>' if sub else "")
            + f"</td><td class=\"day\">{esc(article.published) or '<span class=none>–</span>'}</td>"
            f'<td class="num">{len(article.items)}</td><td>{_bar(len(article.items), most, "#845ef7")}</td>'
            f"<td>{esc(', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))) or '<span class=none>–</span>'}</td>"
            f"<td>{_links(article.items)}</td></tr>")
    rows.append("</tbody></table>")
    if len(articles) > limit:
        rows.append(f'<p class="sub">{len(articles) - limit} more articles in the evidence below.</p>')
    return "".join(rows)


# --------------------------------------------------------------------------- the plot


@dataclass
class _Point:
    item: _Item
    day: dt.date
    dated: bool
    value: float
    lower_bound: bool
    actor: str
    actor_text: str
    outcome: str


def _casualty_points(items: list[_Item], articles: list[_Article]) -> tuple[list[_Point], int]:
    points, undated = [], 0
    for item in items:
        event = item.event
        if event.get("type") != "casualty":
            continue
        value, lower = _figure(event.get("count"))
        day, dated = _event_day(event, articles[item.article])
        if value is None or day is None:
            undated += 1
            continue
        actor, text = _actor_key(event)
        points.append(_Point(item, day, dated, float(value), lower, actor, text,
                             str(event.get("outcome") or "casualties")))
    return points, undated


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _shape(outcome: str, x: float, y: float, r: float = 5.0) -> str:
    if outcome == "wounded":
        return f"M{x:.1f},{y - r:.1f}L{x + r:.1f},{y + r * .8:.1f}L{x - r:.1f},{y + r * .8:.1f}Z"
    if outcome == "captured":
        return f"M{x - r * .85:.1f},{y - r * .85:.1f}h{r * 1.7:.1f}v{r * 1.7:.1f}h{-r * 1.7:.1f}Z"
    if outcome == "missing":
        return f"M{x:.1f},{y - r:.1f}L{x + r:.1f},{y:.1f}L{x:.1f},{y + r:.1f}L{x - r:.1f},{y:.1f}Z"
    if outcome == "casualties":
        a, b = r * .35, r
        return (f"M{x - a:.1f},{y - b:.1f}h{2 * a:.1f}v{b - a:.1f}h{b - a:.1f}v{2 * a:.1f}h{a - b:.1f}"
                f"v{b - a:.1f}h{-2 * a:.1f}v{a - b:.1f}h{a - b:.1f}v{-2 * a:.1f}h{b - a:.1f}Z")
    # killed and anything else: a circle as a path
    return f"M{x - r:.1f},{y:.1f}a{r:.1f},{r:.1f} 0 1,0 {2 * r:.1f},0a{r:.1f},{r:.1f} 0 1,0 {-2 * r:.1f},0Z"


def _time_ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    span = (last - first).days
    if span > 3 * 365:
        step = max(1, math.ceil((last.year - first.year + 1) / 10))
        years = range(first.year + (0 if first.month == 1 and first.day == 1 else 1), last.year + 1)
        return [(dt.date(y, 1, 1), str(y)) for y in years if (y - first.year) % step == 0] or [(first, str(first.year))]
    if span > 60:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = max(1, math.ceil(months / 10))
        ticks, year, month, k = [], first.year, first.month, 0
        while (year, month) <= (last.year, last.month):
            day = dt.date(year, month, 1)
            if day >= first and k % step == 0:
                ticks.append((day, day.strftime("%b %Y")))
            k += 1
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return ticks
    step = max(1, math.ceil((span + 1) / 10))
    return [(first + dt.timedelta(days=d), (first + dt.timedelta(days=d)).isoformat())
            for d in range(0, span + 1, step)]


def _casualty_plot(items: list[_Item], articles: list[_Article]) -> str:
    points, undated = _casualty_points(items, articles)
    if not points:
        return '<p class="none">No casualty figures with a date.</p>'
    actors = Counter(p.actor for p in points)
    named = [a for a, _ in actors.most_common() if a != "(no actor)"][: len(PALETTE)]
    colour = {a: PALETTE[k] for k, a in enumerate(named)}
    labels: dict[str, Counter] = defaultdict(Counter)
    for p in points:
        if p.actor_text:
            labels[p.actor][p.actor_text] += 1

    width, height = 900, 380
    left, right, top, bottom = 64, 16, 14, 44
    first, last = min(p.day for p in points), max(p.day for p in points)
    if (last - first).days < 20:
        first, last = first - dt.timedelta(days=15), last + dt.timedelta(days=15)
    pad = dt.timedelta(days=max(1, (last - first).days // 40))
    first, last = first - pad, last + pad
    top_power = max(1, math.ceil(math.log10(max(1.0, *(p.value for p in points)) * 1.05)))
    span_days = (last - first).days or 1

    def x(day: dt.date) -> float:
        return left + (width - left - right) * (day - first).days / span_days

    def y(value: float) -> float:
        return top + (height - top - bottom) * (1 - math.log10(max(value, 1)) / top_power)

    svg = [f'<svg class="plot" viewBox="0 0 {width} {height}" width="100%" role="img" '
           'aria-labelledby="plot-title" preserveAspectRatio="xMidYMid meet">',
           '<title id="plot-title">Casualty figures by actor over time (log scale)</title>',
           f'<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" fill="#fff" stroke="#ccc"/>']
    for power in range(top_power + 1):
        yy = y(10 ** power)
        svg.append(f'<line x1="{left}" x2="{width - right}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#eee"/>')
        svg.append(f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end" class="tick">{10 ** power:,}</text>')
    for day, label in _time_ticks(first, last):
        xx = x(day)
        svg.append(f'<line x1="{xx:.1f}" x2="{xx:.1f}" y1="{top}" y2="{height - bottom}" stroke="#f0f0f0"/>')
        svg.append(f'<text x="{xx:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">{esc(label)}</text>')
    svg.append(f'<text x="{(left + width - right) / 2:.0f}" y="{height - 6}" text-anchor="middle" class="axis">'
               "date of the event (hollow: no date in the text; placed at the report or publication date)</text>")
    svg.append(f'<text transform="translate(14 {(top + height - bottom) / 2:.0f}) rotate(-90)" '
               'text-anchor="middle" class="axis">people (log scale)</text>')
    for p in sorted(points, key=lambda p: -p.value):
        fill = colour.get(p.actor, OTHER_COLOUR)
        count = p.item.event.get("count") or {}
        source = (p.item.event.get("source") or {}).get("text")
        tip = (f"{p.actor_text or p.actor}: {count.get('approx') + ' ' if count.get('approx') else ''}"
               f"{count_label(count)} {p.outcome}"
               f"{' (lower bound)' if p.lower_bound else ''}"
               f"{' civilians' if p.item.event.get('civilian') else ''}; "
               f"{p.day.isoformat() if p.dated else 'undated, reported ' + p.day.isoformat()}"
               f"{'; source: ' + source if source else ''}; "
               f"{articles[p.item.article].name} (event {p.item.article + 1}.{p.item.index})")
        style = f'fill="{fill}" stroke="{fill}"' if p.dated else f'fill="#fff" stroke="{fill}" stroke-width="2"'
        svg.append(f'<a href="#{p.item.anchor}"><path class="pt" d="{_shape(p.outcome, x(p.day), y(p.value))}" '
                   f'{style} fill-opacity="{0.85 if p.dated else 1}"><title>{esc(tip)}</title></path></a>')
    svg.append("</svg>")

    legend = ['<div class="plot-legend"><span class="lg-title">actor</span>']
    for actor in named + (["other or no actor"] if len(actors) > len(named) else []):
        fill = colour.get(actor, OTHER_COLOUR)
        said = ", ".join(_clip(t, 32) for t, _ in labels[actor].most_common(2)) if actor in labels else ""
        name = actor + (f" ({said})" if said and said.lower() != actor.lower() else "")
        legend.append(f'<span class="lg"><svg width="12" height="12"><rect width="12" height="12" rx="2" fill="{fill}"/></svg> {esc(name)}</span>')
    legend.append('<span class="lg-title">outcome</span>')
    for outcome in OUTCOMES:
        if any(p.outcome == outcome for p in points):
            legend.append(f'<span class="lg"><svg width="14" height="14"><path d="{_shape(outcome, 7, 7, 5)}" fill="#555"/></svg> {outcome}</span>')
    legend.append("</div>")

    table = ['<details class="points"><summary>The plotted figures as a table</summary>'
             '<table class="summary"><thead><tr><th>date</th><th>actor</th><th>outcome</th><th>figure</th>'
             "<th>source</th><th>article</th><th>evidence</th></tr></thead><tbody>"]
    for p in sorted(points, key=lambda p: (p.day, p.actor)):
        count = p.item.event.get("count") or {}
        table.append(
            f"<tr><td>{p.day.isoformat()}{'' if p.dated else ' <span class=sub>(reported)</span>'}</td>"
            f"<td>{esc(p.actor_text or p.actor)}</td><td>{esc(p.outcome)}</td>"
            f'<td class="num">{esc(count.get("approx") or "")} {esc(count_label(count))}</td>'
            f"<td>{esc((p.item.event.get('source') or {}).get('text') or '–')}</td>"
            f"<td>{esc(articles[p.item.article].name)}</td>"
            f'<td><a class="ref" href="#{p.item.anchor}">{p.item.article + 1}.{p.item.index}</a></td></tr>')
    table.append("</tbody></table></details>")
    note = (f'<p class="sub">{undated} casualty event{"s" if undated != 1 else ""} without a figure '
            "or any date are not plotted.</p>") if undated else ""
    return "".join(svg) + "".join(legend) + note + "".join(table)


# --------------------------------------------------------------------------- evidence


def _sentence_html(item: _Item, article: _Article) -> str:
    event = item.event
    sentence = event.get("sentence") or {}
    s, e = sentence.get("start"), sentence.get("end")
    has_range = isinstance(s, int) and isinstance(e, int) and s < e
    marks = [Mark(event[r]["start"], event[r]["end"], 0, r) for r in ROLES
             if isinstance(event.get(r), dict) and isinstance(event[r].get("start"), int)
             and isinstance(event[r].get("end"), int) and isinstance(event[r].get("text"), str)]
    if article.body is not None and has_range:
        text = article.body[s:e]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        start = s + lead
        local = [Mark(max(m.start, start) - start, min(m.end, start + len(text)) - start, 0, m.role)
                 for m in marks if m.start < start + len(text) and m.end > start]
        return f'<span class="sentence">{_highlight(text, local)}</span>'
    # No body: the words the spans cover, in order, inside the sentence where it is known.
    inside = [m for m in marks if not has_range or (s <= m.start and m.end <= e)]
    if not inside:
        return '<span class="none">(no text: the batch output holds offsets only)</span>'
    texts = {(m.start, m.end): event[m.role]["text"] for m in inside}
    pieces: list[tuple[int, int, str]] = []
    for m in sorted(inside, key=lambda m: (m.start, -m.end)):
        text = texts[(m.start, m.end)]
        if pieces and m.start <= pieces[-1][1]:
            a, b, known = pieces[-1]
            if m.end > b:
                known = known + text[b - m.start:]
                b = m.end
            pieces[-1] = (a, b, known)
        else:
            pieces.append((m.start, m.end, text))
    html_parts = []
    if has_range and pieces[0][0] > s:
        html_parts.append("… ")
    for k, (a, b, text) in enumerate(pieces):
        if k:
            html_parts.append(" … ")
        local = [Mark(max(m.start, a) - a, min(m.end, b) - a, 0, m.role) for m in inside if m.start < b and m.end > a]
        html_parts.append(_highlight(text, local))
    if has_range and pieces[-1][1] < e:
        html_parts.append(" …")
    return ('<span class="sentence partial" title="Only the words the spans cover: the batch '
            'output holds offsets, not the article text">' + "".join(html_parts) + "</span>")


def _highlight(text: str, marks: list[Mark]) -> str:
    out = []
    for a, b, covering in segments(len(text), marks):
        piece = esc_text(text[a:b])
        roles = sorted({m.role for m in covering}, key=ROLES.index)
        if roles:
            out.append(f'<span class="hl {" ".join("r-" + r for r in roles)}" title="{esc(", ".join(roles))}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _evidence(articles: list[_Article]) -> str:
    if not articles:
        return '<p class="none">No articles.</p>'
    out = ['<div class="filter"><label>Filter the evidence <input type="search" id="q" '
           'placeholder="words, e.g. killed PRK Kursk" autocomplete="off"></label> '
           '<span id="filter-note" class="sub"></span> '
           '<button type="button" id="clear-filter" hidden>show all</button></div>']
    head = ("#", "type", "figure", "actor", "location", "date", "source", "flags", "sentence")
    for article in articles:
        art = article.result.get("article") or {}
        facts = [str(v) for v in (art.get("id"), art.get("published"), art.get("source"), art.get("path")) if v]
        out.append(f'<div class="art" id="art-{article.number}"><h3>{article.number + 1}. {esc(article.name)}</h3>'
                   f'<p class="sub">{esc(" · ".join(facts))}</p>')
        if art.get("url"):
            out.append(f'<p class="sub url">{esc(art["url"])}</p>')
        if article.body_note:
            out.append(f'<p class="warnings">{esc(article.body_note)}</p>')
        for warning in article.result.get("warnings") or []:
            out.append(f'<p class="sub">warning: {esc(warning)}</p>')
        if not article.items:
            out.append('<p class="none">No events.</p></div>')
            continue
        out.append('<table class="evidence"><thead><tr>' + "".join(f"<th>{h}</th>" for h in head)
                   + "</tr></thead><tbody>")
        for item in article.items:
            event = item.event
            count = event.get("count") or {}
            kind = str(event.get("type") or "?") + (f" / {event['outcome']}" if event.get("outcome") else "")
            date = event.get("date") or {}
            flag_html = " ".join(f'<span class="flag f-{c}">{esc(label)}</span>' for c, label in flags(event))
            out.append(
                f'<tr id="{item.anchor}" data-keys="{esc(" ".join(item.keys))}">'
                f'<td><a class="ref" href="#{item.anchor}">{article.number + 1}.{item.index}</a></td>'
                f"<td>{esc(kind)}</td>"
                f'<td class="num">{esc(count.get("approx") or "")} <b>{esc(count_label(count))}</b></td>'
                f"<td>{esc(actor_label(event.get('actor')))}</td>"
                f"<td>{esc(actor_label(event.get('location')))}</td>"
                f"<td>{esc(date.get('value') or ('reported ' + event['reported_date'] if event.get('reported_date') else '–'))}</td>"
                f"<td>{esc((event.get('source') or {}).get('text') or '–')}</td>"
                f"<td>{flag_html}</td>"
                f"<td>{_sentence_html(item, article)}</td></tr>")
        out.append("</tbody></table></div>")
    return "\n".join(out)


REPORT_CSS = """
.report{padding:12px 18px;max-width:1500px;margin:0 auto}
.toc{margin:.2rem 0 .8rem;font-size:.9rem}
.toc a,a.ref,.art h3 a{color:var(--accent)}
.block{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin-bottom:14px}
table.summary,table.evidence{border-collapse:collapse;width:100%;font-size:.85rem}
table.summary th,table.evidence th{background:#f3f3f6;text-align:left;font-weight:600;padding:4px 6px;border-bottom:1px solid var(--line)}
table.summary td,table.evidence td{padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
td.num,td.day{text-align:right;white-space:nowrap}
a.ref{font-size:.8rem;text-decoration:none;padding:0 3px;border-radius:4px;background:#eef3ff;white-space:nowrap}
a.ref.all{background:#fff2d6}
table.evidence td:last-child{min-width:22rem;font-family:Georgia,"Noto Serif",serif}
table.evidence tr:target,table.evidence tr.flash{background:#fff2a8}
.art{margin:.8rem 0 1.2rem}
.art h3{margin-bottom:0}
.sentence.partial{color:#444}
svg.plot{max-width:1000px;display:block;font:12px system-ui,sans-serif}
svg.plot .tick{fill:#666;font-size:11px}
svg.plot .axis{fill:#444;font-size:12px}
svg.plot a:hover .pt{stroke:#000;stroke-width:2}
.plot-legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.82rem;margin:.3rem 0 .5rem;align-items:center}
.plot-legend svg{vertical-align:-1px}
.lg-title{font-weight:600;color:var(--muted)}
details.points{margin-top:.4rem;font-size:.9rem}
.filter{margin:.2rem 0 .6rem;font-size:.9rem}
.filter input{font:inherit;padding:2px 6px;width:18rem}
tr.hidden{display:none}
svg.bar{vertical-align:middle}
"""

REPORT_JS = """
(function () {
  "use strict";
  var q = document.getElementById("q"), note = document.getElementById("filter-note"),
      clearBtn = document.getElementById("clear-filter");
  if (!q) { return; }
  function rows() { return document.querySelectorAll("table.evidence tbody tr"); }
  function apply(test, label) {
    var all = rows(), shown = 0;
    for (var k = 0; k < all.length; k++) {
      var ok = test(all[k]);
      all[k].classList.toggle("hidden", !ok);
      if (ok) { shown++; }
    }
    note.textContent = label ? label + ": " + shown + " of " + all.length + " events" : "";
    clearBtn.hidden = !label;
  }
  q.addEventListener("input", function () {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    if (!words.length) { apply(function () { return true; }, ""); return; }
    apply(function (row) {
      var text = (row.textContent + " " + row.getAttribute("data-keys")).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }, "matching \\u201c" + q.value + "\\u201d");
  });
  clearBtn.addEventListener("click", function () { q.value = ""; apply(function () { return true; }, ""); });
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("[data-filter]");
    if (!link) { return; }
    var key = link.getAttribute("data-filter");
    q.value = "";
    apply(function (row) { return (" " + row.getAttribute("data-keys") + " ").indexOf(" " + key + " ") >= 0; },
          "only " + key.replace(/^[a-z]:/, "").replace(/_/g, " "));
  });
  function flash() {
    var id = location.hash.slice(1);
    var row = id && document.getElementById(id);
    if (row && row.classList.contains("hidden")) { apply(function () { return true; }, ""); row.scrollIntoView({block: "center"}); }
  }
  window.addEventListener("hashchange", flash);
}());
"""
