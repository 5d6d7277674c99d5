"""The HTML view of one article (pipeline.ui.view) and the batch report (pipeline.ui.report).

Results are built by hand where a test is about rendering, and by the session's Extractor
where it is about the seed article and the devset batch.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ui import report

from pipeline.ui import view
from pipeline.errors import InputError

ROOT = Path(__file__).parent.parent
SEED = ROOT / "samples" / "articles" / "seed.txt"
DEVSET_INPUT = ROOT / "tests" / "data" / "devset" / "input.jsonl"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
SVG_SELF_CLOSING = {"path", "rect", "line", "circle", "polyline", "polygon"}


class _Checker(HTMLParser):
    """Balanced tags, unique ids, every in-page link resolving, nothing that fetches."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.problems: list[str] = []
        self.scripts: list[dict] = []
        self.texts: dict[str, list[str]] = {}
        self._capture: list[tuple[str, int]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for name in ("src", "srcset", "action", "formaction", "poster", "background"):
            if name in attrs:
                self.problems.append(f"<{tag} {name}=...> could fetch")
        if tag in ("link", "img", "iframe", "object", "embed", "base"):
            self.problems.append(f"<{tag}> could fetch")
        href = attrs.get("href")
        if href is not None:
            if not href.startswith("#"):
                self.problems.append(f"<{tag} href={href!r}> leaves the page")
            else:
                self.links.append(href[1:])
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"inline handler {name} on <{tag}>")
            if value and "javascript:" in value.lower():
                self.problems.append(f"javascript: URL in <{tag} {name}>")
        if tag == "script":
            self.scripts.append(attrs)
        if tag in VOID:
            return
        self.stack.append(tag)
        if attrs.get("class") == "article-text":
            self._capture.append(("article-text", len(self.stack)))
            self.texts.setdefault("article-text", [])

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in SVG_SELF_CLOSING:
            self.problems.append(f"<{tag}/> self-closed")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        if self._capture and self._capture[-1][1] == len(self.stack):
            self._capture.pop()
        self.stack.pop()

    def handle_data(self, data):
        for name, _ in self._capture:
            self.texts[name].append(data)


def check_page(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert page.startswith("<!DOCTYPE html>")
    assert not checker.stack, f"unclosed: {checker.stack}"
    assert not checker.problems, checker.problems
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    assert not duplicates, duplicates
    missing = set(checker.links) - set(checker.ids) - {""}
    assert not missing, f"links to nothing: {sorted(missing)[:5]}"
    return checker


def embedded_json(page: str):
    match = re.search(r'<script type="application/json" id="muster-data">(.*?)</script>', page, re.DOTALL)
    assert match, "no embedded data"
    return json.loads(match.group(1))


def span(body: str, text: str, start: int = 0, **extra) -> dict:
    at = body.index(text, start)
    return {"text": text, "start": at, "end": at + len(text), **extra}


def hand_result(body: str, events: list[dict]) -> dict:
    return {"schema_version": "1",
            "article": {"id": "hand", "path": None, "title": None, "url": None, "source": None,
                        "published": "2025-03-04", "published_from": "option", "chars": len(body)},
            "events": events, "dates": [], "warnings": [], "model": "hand"}


def casualty(body: str, count: str, *, value: int, source: str | None, actor: str = "Russian",
             outcome: str = "killed", country="RUS", **extra) -> dict:
    return {"type": "casualty", "outcome": outcome, "civilian": False,
            "actor": span(body, actor, country=country, group=None),
            "count": span(body, count, value=value, low=value, high=value, approx=None, unit="soldiers"),
            "location": None, "date": None,
            "source": span(body, source) if source else None,
            "trigger": span(body, "killed"), "sentence": {"start": 0, "end": len(body)},
            "mentions": [], "planned": False, "released": False, "cumulative": False,
            "hedge": None, "reported_date": None, "is_total": False, "part_of": None, **extra}


@pytest.fixture(scope="module")
def seed(extractor):
    import datetime as dt

    from pipeline.io.ingest import read_articles

    article = next(read_articles(SEED, published=dt.date(2025, 3, 4)))
    return extractor.extract_article(article), article.text


# --------------------------------------------------------------------------- segments


@pytest.mark.parametrize("spans", [
    [(0, 5), (0, 5)],              # the same span in two events
    [(0, 10), (3, 6)],             # nested
    [(0, 6), (4, 10)],             # crossing
    [(0, 3), (3, 6)],              # adjacent
    [(2, 2), (5, 99), (-1, 3)],    # empty and out of range: dropped
    [],
])
def test_view_segments_cover_text_once(spans):
    marks = [view.Mark(s, e, k, "count") for k, (s, e) in enumerate(spans)]
    segs = view.segments(10, marks)
    assert segs[0][0] == 0 and segs[-1][1] == 10
    assert all(a < b for a, b, _ in segs)
    assert all(prev[1] == nxt[0] for prev, nxt in zip(segs, segs[1:]))
    for a, b, covering in segs:
        expected = {m for m in marks if 0 <= m.start < m.end <= 10 and m.start <= a and b <= m.end}
        assert covering == expected


# --------------------------------------------------------------------------- escaping


ATTACK = 'Breaking <script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \'single\'\r\n'


def test_view_escapes_markup_in_article():
    body = ATTACK + "Officials said 40 Russian soldiers were killed.\n"
    event = casualty(body, "40", value=40, source="Officials said")
    result = hand_result(body, [event])
    result["article"]["title"] = "<b>title</b></title><script>alert(2)</script>"
    page = view.render_article(result, body)
    checker = check_page(page)
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" not in page  # text nodes keep quotes
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page
    assert [s.get("type") for s in checker.scripts] == ["application/json", None]
    assert "".join(checker.texts["article-text"]) == body  # the text, exactly, as text


def test_view_embedded_json_cannot_end_its_script():
    body = "Officials </script><script>alert(1)</script> said 40 Russian soldiers were killed.\n"
    event = casualty(body, "40", value=40, source="Officials </script><script>alert(1)</script> said")
    event["hedge"] = "</script><!--"
    result = hand_result(body, [event])
    page = view.render_article(result, body)
    checker = check_page(page)
    assert len(checker.scripts) == 2
    assert embedded_json(page) == result
    assert "</script><script>alert" not in page


def test_view_text_roundtrips_exactly():
    body = "Tab\there, CRLF\r\nlone CR\r form\x0cfeed, NUL\x00, émigrés “quoted” 40 killed\n"
    result = hand_result(body, [])
    checker = check_page(view.render_article(result, body))
    shown = "".join(checker.texts["article-text"])
    assert len(shown) == len(body)
    assert shown == body.replace("\x0c", "\u240c").replace("\x00", "\u2400")


def test_view_rejects_a_body_that_is_not_the_text():
    body = "Officials said 40 Russian soldiers were killed.\n"
    result = hand_result(body, [casualty(body, "40", value=40, source="Officials said")])
    with pytest.raises(InputError, match="not the same text"):
        view.render_article(result, body.replace("40", "50"))
    with pytest.raises(InputError, match="not the same text"):
        view.render_article(result, body + "more")


def test_view_overlapping_spans_name_every_event():
    body = "Russian officials said 40 Russian soldiers were killed and 12 wounded.\n"
    killed = casualty(body, "40", value=40, source="Russian officials said")
    wounded = casualty(body, "12", value=12, source="Russian officials said", outcome="wounded")
    wounded["trigger"] = span(body, "wounded")
    for event in (killed, wounded):
        event["actor"] = span(body, "Russian", 1, country="RUS", group=None)
    page = view.render_article(hand_result(body, [killed, wounded]), body)
    check_page(page)
    # the shared actor and source carry both events, and the tooltip names both
    shared = re.search(r'<span class="hl r-actor multi" data-ev="0 1"[^>]*title="([^"]*)">Russian</span>', page)
    assert shared, "the actor shared by two events is one segment carrying both"
    tip = html.unescape(shared.group(1))
    assert "#0 casualty (killed) 40: actor" in tip and "#1 casualty (wounded) 12: actor" in tip
    # "Russian" inside the source phrase is a segment of source (both events) only
    assert re.search(r'class="hl r-source multi" data-ev="0 1"[^>]*>Russian officials said</span>', page)


# --------------------------------------------------------------------------- conflicts


def _conflict_body():
    return ("Kyiv said 400 Russian soldiers were killed. Moscow said 40 Russian soldiers were killed. "
            "Kyiv said 12 Russian soldiers were wounded. Observers said 400 Russian soldiers were killed. "
            "Another 9 Russian soldiers were killed.\n")


@pytest.mark.parametrize("change, grouped", [
    ({}, [[0, 1]]),
    ({"outcome": "wounded"}, []),                          # different outcome
    ({"source": None}, []),                                # one figure unattributed
    ({"source": "Kyiv said"}, []),                         # one source, two figures
    ({"actor_country": "UKR"}, []),                        # different actors
    ({"date": "Moscow said"}, []),                         # different dates, both stated
    ({"date": "Another"}, [[0, 1]]),                       # a date from another sentence
    ({"part_of": 0}, []),                                  # a breakdown of the total
])
def test_view_conflict_groups(change, grouped):
    body = _conflict_body()
    first = casualty(body, "400", value=400, source="Kyiv said")
    second = casualty(body, "40", value=40, source="Moscow said", actor="Russian")
    second["actor"] = span(body, "Russian", body.index("Moscow"), country="RUS", group=None)
    if "outcome" in change:
        second["outcome"] = change["outcome"]
    if "source" in change:
        second["source"] = span(body, change["source"]) if change["source"] else None
    if "actor_country" in change:
        second["actor"]["country"] = change["actor_country"]
    if "date" in change:
        first["date"] = {**span(body, "Kyiv"), "value": "2024-10"}
        second["date"] = {**span(body, change["date"]), "value": "2024-11"}
        first["sentence"] = {"start": 0, "end": body.index("Moscow")}
        second["sentence"] = {"start": body.index("Moscow"), "end": body.index("Kyiv", 5)}
    if "part_of" in change:
        second["part_of"] = change["part_of"]
    assert view.conflict_groups([first, second]) == grouped


def test_view_conflict_same_figure_is_no_conflict():
    body = _conflict_body()
    first = casualty(body, "400", value=400, source="Kyiv said")
    again = casualty(body, "400", value=400, source="Observers said")
    again["count"] = span(body, "400", body.index("Observers"), value=400, low=400, high=400,
                          approx=None, unit="soldiers")
    assert view.conflict_groups([first, again]) == []


def test_view_seed_article_shows_every_event_and_the_conflict(seed):
    result, body = seed
    page = view.render_article(result, body)
    check_page(page)
    events = result["events"]
    assert len(events) >= 8
    for i, event in enumerate(events):
        assert f'id="row-{i}"' in page
        assert f'id="event-{i}"' in page
        count = event["count"]
        # the count's text is highlighted as this event's count
        seg = re.search(rf'<span class="hl[^"]*r-count[^"]*" data-ev="[^"]*\b{i}\b[^"]*"[^>]*>'
                        rf"{re.escape(html.escape(count['text'], quote=False))}</span>", page)
        assert seg, f"count of event {i} not highlighted: {count['text']!r}"
    groups = view.conflict_groups(events)
    values = [sorted(events[i]["count"]["value"] for i in g) for g in groups]
    assert [400, 3600, 4000] in values
    cards = re.search(r'<div class="cards">(.*?)</div>', page, re.DOTALL).group(1)
    assert [int(v.replace(",", "")) for v in re.findall(r'<span class="big">(?:<span class="approx">[^<]*</span> )?([\d,]+)</span>', cards)] == [400, 4000, 3600]
    assert "The Ukrainian defense intelligence agency reports" in cards and "South Korea estimated" in cards


# --------------------------------------------------------------------------- the report


@pytest.fixture(scope="module")
def devset_batch(devset_output, devset_inputs):
    """The devset's results (conftest's, computed once per session) and their bodies."""
    rows = [devset_output[key] for key in devset_inputs]
    return rows, {key: row["text"] for key, row in devset_inputs.items()}


def test_report_devset_renders_every_section(devset_batch):
    rows, bodies = devset_batch
    page = report.render_report(rows, bodies=bodies)
    checker = check_page(page)
    for section in ("by-type", "casualties", "deployments", "articles", "evidence"):
        assert f'<section id="{section}"' in page
    total = sum(len(r["events"]) for r in rows)
    anchors = [i for i in checker.ids if i.startswith("ev-")]
    assert len(anchors) == total
    # every evidence row is linked from the summaries above it
    assert set(anchors) <= set(checker.links)
    plotted = re.findall(r'<a href="#(ev-\d+-\d+)"><path class="pt"', page)
    casualties = [f"ev-{a}-{i}" for a, r in enumerate(rows) for i, e in enumerate(r["events"])
                  if e["type"] == "casualty"]
    assert plotted and set(plotted) <= set(casualties)
    assert len(plotted) >= 0.9 * len(casualties)
    deployments = page[page.index('<section id="deployments"'):page.index('<section id="articles"')]
    assert "AFG" in deployments and "RUS" in deployments
    top = page[page.index('<section id="articles"'):page.index('<section id="evidence"')]
    most = max(rows, key=lambda r: len(r["events"]))
    assert html.escape(most["article"]["id"]) in top.split("<tbody>")[1].split("</tr>")[0]
    assert 'class="sentence partial"' not in page  # the bodies give whole sentences


def test_report_without_bodies_rebuilds_sentences_from_spans(devset_batch):
    rows, _ = devset_batch
    page = report.render_report(json.loads(json.dumps(r)) for r in rows)
    check_page(page)
    assert page.count('class="sentence partial"') == sum(len(r["events"]) for r in rows)
    assert "pass the articles too" in page


def test_report_escapes_and_skips_bad_rows():
    body = "<script>alert(1)</script> said 40 Russian soldiers were killed.\n"
    event = casualty(body, "40", value=40, source="<script>alert(1)</script> said")
    row = hand_result(body, [event])
    row["article"]["title"] = "</title><script>alert(2)</script>"
    page = report.render_report([row, {"no": "events"}, "junk"], bodies={"hand": body})
    checker = check_page(page)
    assert "<script>alert" not in page
    assert len(checker.scripts) == 1
    assert "not a Muster result" in page


def test_report_ignores_a_body_that_does_not_match(tmp_path):
    body = "Officials said 40 Russian soldiers were killed.\n"
    row = hand_result(body, [casualty(body, "40", value=40, source="Officials said")])
    page = report.render_report([row], bodies={"hand": body.upper()})
    assert "does not match its offsets" in page
    assert 'class="sentence partial"' in page


def test_report_read_results_reports_bad_lines(tmp_path):
    body = "Officials said 40 Russian soldiers were killed.\n"
    good = json.dumps(hand_result(body, []))
    path = tmp_path / "out.jsonl"
    path.write_text("\n".join([good, "{oops", "", "[1]", good]) + "\n", encoding="utf-8")
    rows, problems = report.read_results(path)
    assert len(rows) == 2
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:2", f"{path}:4"]
    with pytest.raises(InputError):
        report.read_results(tmp_path / "missing.jsonl")


def test_report_load_bodies_by_id(tmp_path):
    bodies = report.load_bodies([DEVSET_INPUT])
    rows = [json.loads(line) for line in DEVSET_INPUT.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["text"] for r in rows}.items() <= bodies.items()


def test_report_empty_batch():
    check_page(report.render_report([]))


JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(allow_nan=True), st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.fixed_dictionaries({}, optional={"text": st.text(max_size=5), "start": st.integers(-2, 60),
                                        "end": st.integers(-2, 60), "value": st.one_of(st.integers(), st.text(max_size=10)),
                                        "low": st.integers(), "country": st.one_of(st.text(max_size=3), st.lists(st.text(max_size=3), max_size=2)),
                                        "start_date": st.text(max_size=10)}),
)
FIELDS = st.sampled_from(["actor", "count", "location", "date", "source", "trigger", "sentence",
                          "mentions", "type", "outcome", "part_of", "hedge", "reported_date", "civilian"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.integers(0, 2), FIELDS, JUNK), max_size=6),
       extra=st.lists(JUNK, max_size=2), published=JUNK)
def test_view_and_report_survive_malformed_results(changes, extra, published):
    """Results read from a file may be from another version or edited by hand: the renderers
    either draw them or refuse the body with InputError, and never crash."""
    body = "Kyiv said 400 Russian soldiers were killed. Moscow said 40 Russian soldiers were killed.\n"
    events = [casualty(body, "400", value=400, source="Kyiv said"),
              casualty(body, "40", value=40, source="Moscow said"),
              casualty(body, "Russian", value=1, source=None)]
    for index, name, value in changes:
        events[index][name] = value
    result = hand_result(body, events + extra)
    result["article"]["published"] = published
    try:
        check_page(view.render_article(result, body))
    except InputError:
        pass
    check_page(report.render_report([result, hand_result(body, events)], bodies={"hand": body}))
    check_page(report.render_report([result]))


def test_view_shows_rules_on_hover_and_lists_rejected_numbers(extractor):
    from datetime import date

    from pipeline.io.ingest import Article
    from pipeline.ui.view import render_article

    body = ("Insurgents killed 9 policemen in Ghazni on Friday. About 10% of the town's 40 "
            "checkpoints were abandoned, officials said.")
    result = extractor.extract_article(Article(text=body, published=date(2024, 6, 9)), explain=True)
    page = render_article(result, body)
    assert "count (count.number)" in page  # the text's hover names the rule per role
    assert 'title="location.own_clause"' in page  # and the events table, per field
    assert "Numbers not made events" in page
    for item in result["rejected"]:
        assert item["why"] in page


def test_view_plain_result_has_no_rejected_section(extractor):
    from datetime import date

    from pipeline.io.ingest import Article
    from pipeline.ui.view import render_article

    body = "Insurgents killed 9 policemen in Ghazni on Friday, the 3rd attack this month."
    result = extractor.extract_article(Article(text=body, published=date(2024, 6, 9)))
    assert "Numbers not made events" not in render_article(result, body)


def test_view_direction_override_is_shown_never_obeyed():
    from pipeline.ui.view import esc_text

    shown = esc_text("troops: \u202e0051\u202c arrived")
    assert "\u202e" not in shown and "\u202c" not in shown
    assert "[U+202E]</span>0051" in shown  # the digits in the order the text holds them
