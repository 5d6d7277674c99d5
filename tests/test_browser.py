"""A real browser: headless Chromium loads the view, the paste page and the report, clicks,
and takes the screenshots in docs/.

Chromium is driven through the DevTools protocol over a pipe (``--remote-debugging-pipe``:
JSON messages ending in NUL on file descriptors 3 and 4), so no driver package is needed.
Skipped when Chromium is not installed (Debian: ``apt-get install chromium``); set
``MUSTER_CHROMIUM`` to use another binary.
"""

from __future__ import annotations

import base64
import datetime as dt
import fcntl
import json
import os
import select
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest

from pipeline.ui import report

from pipeline.ui import server

from pipeline.ui import view

ROOT = Path(__file__).parent.parent
#: Screenshots go to docs/ only when asked (MUSTER_SCREENSHOTS=docs), so that an ordinary test
#: run does not rewrite the committed images; otherwise to pytest's temporary folder (the
#: ``screenshots`` fixture), which pytest prunes: a folder made at import time was never removed.
TO_DOCS = os.environ.get("MUSTER_SCREENSHOTS") == "docs"
SEED = ROOT / "samples" / "articles" / "seed.txt"
DEVSET_INPUT = ROOT / "tests" / "data" / "devset" / "input.jsonl"
WIDTH, HEIGHT = 1400, 1000


def _chromium_binary() -> str | None:
    chosen = os.environ.get("MUSTER_CHROMIUM")
    if chosen:
        return chosen if shutil.which(chosen) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name):
            return shutil.which(name)
    return None


BINARY = _chromium_binary()
pytestmark = pytest.mark.skipif(
    BINARY is None,
    reason="Chromium is not installed (Debian: apt-get install chromium; or set MUSTER_CHROMIUM "
    "to a Chrome/Chromium binary), so the real-browser check cannot run",
)


class Chromium:
    """Headless Chromium and one page, driven over the DevTools pipe."""

    def __init__(self, binary: str, *, width: int = WIDTH, height: int = HEIGHT):
        self.profile = tempfile.mkdtemp(prefix="muster-chromium-")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # Chromium reads commands on fd 3 and writes answers on fd 4. Move its ends above any
        # low number first, so placing them on 3 and 4 in the child cannot clobber one another.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_browser_r, from_browser_w)]
        for fd in (to_browser_r, from_browser_w):
            os.close(fd)
        args = [binary, "--headless", "--remote-debugging-pipe", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
                "--mute-audio", "--force-color-profile=srgb", "--font-render-hinting=none",
                f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        # posix_spawn places the pipes on 3 and 4 in the child without running Python there
        # (a preexec_fn is unsafe once threads exist); every other descriptor is close-on-exec.
        self.pid = os.posix_spawn(binary, args, dict(os.environ), file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
            (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
            (os.POSIX_SPAWN_DUP2, high[0], 3),
            (os.POSIX_SPAWN_DUP2, high[1], 4),
        ])
        for fd in high:
            os.close(fd)
        self.write_fd, self.read_fd = to_browser_w, from_browser_r
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict] = []
        self.session = None
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            for domain in ("Page", "Runtime", "Network"):
                self.call(f"{domain}.enable")
            self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                      deviceScaleFactor=1, mobile=False)
        except BaseException:
            self.close()
            raise

    # -- protocol

    def _read_message(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.read_fd], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise ConnectionError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, timeout: float = 30, **params) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read_message(timeout)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def wait_event(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for k, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(k)
            message = self._read_message(max(0.01, deadline - time.monotonic()))
            if "method" in message:
                self.events.append(message)

    # -- page

    def goto(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"never true: {expression}")

    def center(self, selector: str) -> tuple[float, float]:
        box = self.js(f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
                      "if (!el) return null; el.scrollIntoView({block: 'nearest'});"
                      # the first line box: a highlight that wraps has a bounding box whose
                      # middle may lie on other text between its lines
                      "const r = el.getClientRects()[0] || el.getBoundingClientRect();"
                      "return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        assert box, f"nothing matches {selector}"
        return box[0], box[1]

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) in the middle of the element."""
        x, y = self.center(selector)
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def hover(self, selector: str) -> None:
        x, y = self.center(selector)
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def screenshot(self, path: Path, *, full_height: int | None = None) -> None:
        params = {"format": "png"}
        if full_height:
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": WIDTH, "height": full_height, "scale": 1})
        data = base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        assert data.startswith(b"\x89PNG") and len(data) > 10_000

    def requests(self) -> list[str]:
        """URLs the page asked for since the last navigation (data: URLs are no request: the
        date field's own calendar icon is one)."""
        return [e["params"]["request"]["url"] for e in self.events
                if e["method"] == "Network.requestWillBeSent"
                and not e["params"]["request"]["url"].startswith("data:")]

    def errors(self) -> list[str]:
        return [json.dumps(e["params"])[:300] for e in self.events
                if e["method"] == "Runtime.exceptionThrown"
                or (e["method"] == "Runtime.consoleAPICalled" and e["params"].get("type") == "error")]

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (OSError, RuntimeError, TimeoutError, ConnectionError):
            pass
        deadline = time.monotonic() + 10
        while os.waitpid(self.pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                break
            time.sleep(0.05)
        for fd in (self.write_fd, self.read_fd):
            os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium(BINARY)
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    return ROOT / "docs" if TO_DOCS else tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def seed(extractor):
    from pipeline.io.ingest import read_articles

    article = next(read_articles(SEED, published=dt.date(2025, 3, 4)))
    return extractor.extract_article(article), article.text


def test_browser_view_click_event_shows_its_evidence(browser, seed, tmp_path, screenshots):
    result, body = seed
    path = tmp_path / "seed-view.html"
    path.write_text(view.render_article(result, body), encoding="utf-8")
    browser.goto(path.as_uri())
    events = result["events"]
    assert browser.js("document.querySelectorAll('tr.ev').length") == len(events)

    # hovering a highlight names its events and marks their rows
    title = browser.js("document.querySelector('.article-text .hl.r-count').title")
    assert title.startswith("#0 deployment")
    browser.hover(".article-text .hl.r-count")
    assert browser.js("document.querySelector('#row-0').classList.contains('hov')")

    # click the first event of the conflicting casualty estimates (first card)
    chosen = int(browser.js("document.querySelector('.cards .card').dataset.i"))
    browser.click(f"#row-{chosen}")
    state = browser.js(f"""(() => {{
        const sel = [...document.querySelectorAll('.article-text .sel')];
        const count = document.querySelector('.article-text .sel.r-count');
        const r = count.getBoundingClientRect(), pane = count.closest('.pane').getBoundingClientRect();
        return {{row: document.querySelector('#row-{chosen}').classList.contains('selected'),
                 card: document.querySelector('.card[data-i="{chosen}"]').classList.contains('selected'),
                 texts: sel.map(s => s.textContent), count: count.textContent,
                 sentence: [...document.querySelectorAll('.article-text .sel-s')].map(s => s.textContent).join(''),
                 visible: r.top >= pane.top && r.bottom <= pane.bottom && r.top >= 0 && r.bottom <= innerHeight,
                 hash: location.hash}};
    }})()""")
    event = events[chosen]
    assert state["row"] and state["card"]
    assert state["count"] == event["count"]["text"]
    assert event["trigger"]["text"] in state["texts"]
    sentence = body[event["sentence"]["start"]:event["sentence"]["end"]]
    assert state["sentence"].strip() == sentence.strip()
    assert state["visible"], "the selected count was not scrolled into view"
    assert state["hash"] == f"#event-{chosen}"

    # clicking a highlight shared by several events selects one of them, the next click the next
    shared = browser.js("document.querySelector('.article-text .hl.multi').dataset.ev").split()
    picked = []
    for _ in range(2):
        browser.click(".article-text .hl.multi")
        picked.append(browser.js("document.querySelector('tr.ev.selected').dataset.i"))
    assert picked == shared[:2], (picked, shared)

    # back to the conflicting estimate, chosen from its card this time
    browser.js("document.querySelector('.events-pane').scrollTop = 0")
    browser.click(f'.card[data-i="{chosen}"]')
    assert browser.js(f"document.querySelector('#row-{chosen}').classList.contains('selected')")

    # the page asked for nothing but itself, and ran without errors
    assert browser.requests() == [path.as_uri()]
    assert browser.errors() == []
    browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=WIDTH - 5, y=5)  # no hover
    browser.js("window.scrollTo(0, 0)")  # the header too; the panes keep their own scroll
    browser.screenshot(screenshots / "view.png")


def test_browser_paste_page_on_loopback(browser, extractor, screenshots):
    text = SEED.read_text(encoding="utf-8")
    app = server.create_app(extractor, allowed_hosts=server.loopback_hosts("127.0.0.1"))
    with server.serve_in_thread(app) as url:
        browser.goto(url + "/")
        browser.click("#text")
        browser.call("Input.insertText", text=text)  # as if pasted
        browser.js("document.getElementById('published').value = '2025-03-04'")
        assert browser.js("document.getElementById('text').value.length") == len(text)
        browser.click("#go")
        count = browser.wait_for("document.querySelectorAll('#result tr.ev').length")
        assert count >= 8
        assert browser.js("document.getElementById('status').textContent").startswith(f"{count} events")
        assert browser.js("document.querySelectorAll('#result .cards .card').length") >= 2
        browser.click("#result .cards .card")
        assert browser.js("document.querySelectorAll('#result .article-text .sel').length") > 0
        assert not browser.js("document.getElementById('download-json').disabled")
        browser.js("window.scrollTo(0, 0)")
        assert browser.errors() == []
        assert all(u.startswith(url) for u in browser.requests()), browser.requests()
        browser.screenshot(screenshots / "paste.png", full_height=1500)


def test_browser_report_for_the_devset(browser, extractor, tmp_path, screenshots):
    from pipeline.io.ingest import Article, iter_inputs

    rows, bodies = [], {}
    for item in iter_inputs([DEVSET_INPUT]):
        assert isinstance(item, Article)
        rows.append(extractor.extract_article(item))
        bodies[item.id] = item.text
    path = tmp_path / "report.html"
    path.write_text(report.render_report(rows, bodies=bodies, title="Muster report: devset"),
                    encoding="utf-8")
    browser.goto(path.as_uri())
    points = browser.js("document.querySelectorAll('svg.plot path.pt').length")
    assert points > 20
    height = browser.js("document.getElementById('deployments').getBoundingClientRect().bottom + scrollY")
    browser.screenshot(screenshots / "report.png", full_height=int(height) + 16)

    # a point of the plot links to its evidence row (the last drawn: nothing covers it)
    anchor = browser.js("document.querySelector('svg.plot a:last-of-type').getAttribute('href')")
    browser.click("svg.plot a:last-of-type path.pt")
    assert browser.wait_for("location.hash") == anchor
    assert browser.js(f"document.querySelector('{anchor}').matches(':target')")
    browser.screenshot(screenshots / "report-evidence.png")
    # a summary row's filter narrows the evidence to its events
    browser.click("#by-type [data-filter]")
    shown = browser.js("[...document.querySelectorAll('table.evidence tbody tr')].filter(r => !r.classList.contains('hidden')).length")
    assert 0 < shown < sum(len(r["events"]) for r in rows)
    assert browser.requests() == [path.as_uri()]
    assert browser.errors() == []
