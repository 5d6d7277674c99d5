"""The local web app (pipeline.ui.server): 4xx contract through TestClient with a stand-in
extractor, and the real thing on loopback (uvicorn in a thread, the session's model)."""

from __future__ import annotations

import html
import warnings
from pathlib import Path

import httpx
import pytest

with warnings.catch_warnings():  # starlette 1.x: "install httpx2" for TestClient; not ours to fix
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

from pipeline.ui import server
from pipeline.io.ingest import Article

SEED = Path(__file__).parent.parent / "samples" / "articles" / "seed.txt"


class StandIn:
    """Answers like an Extractor without a model, and records what it was given."""

    model_name = "stand-in"

    def __init__(self):
        self.seen: list[Article] = []

    def extract_article(self, article: Article) -> dict:
        self.seen.append(article)
        return {"schema_version": "1",
                "article": {"id": article.id, "path": None, "title": article.title, "url": article.url,
                            "source": article.source,
                            "published": article.published.isoformat() if article.published else None,
                            "published_from": article.published_from, "chars": len(article.text)},
                "events": [], "dates": [], "warnings": [], "model": self.model_name}


@pytest.fixture
def stand_in():
    return StandIn()


@pytest.fixture
def client(stand_in):
    return TestClient(server.create_app(stand_in, max_bytes=2_000))


def test_server_extract_passes_text_and_date_through(client, stand_in):
    text = "---\ntitle: not front matter here\n---\r\nBody  with  spaces\r\n"
    r = client.post("/api/extract", json={"text": text, "published": "2025-03-04", "title": "T"})
    assert r.status_code == 200, r.text
    assert r.json()["article"]["published"] == "2025-03-04"
    assert stand_in.seen[0].text == text  # offsets index the text exactly as sent
    assert stand_in.seen[0].title == "T"


def test_server_published_is_optional(client):
    r = client.post("/api/extract", json={"text": "Some text.", "published": None})
    assert r.status_code == 200
    assert r.json()["article"]["published"] is None


@pytest.mark.parametrize("kwargs, status, words", [
    ({"json": {}}, 422, "text is required"),
    ({"json": {"published": "2025-03-04"}}, 422, "text is required"),
    ({"json": {"text": 42}}, 422, "text must be a string"),
    ({"json": {"text": ["a"]}}, 422, "text must be a string"),
    ({"json": {"text": None}}, 422, "text must be a string"),
    ({"json": {"text": "x", "published": 20250304}}, 422, "published must be a string"),
    ({"json": {"text": "x", "published": "2025-02-30"}}, 422, "ISO date"),
    ({"json": {"text": "x", "published": "March 4, 2025"}}, 422, "ISO date"),
    ({"json": {"text": "x", "publised": "2025-03-04"}}, 422, "publised is not a field"),
    ({"json": {"text": "  \n "}}, 422, "text is empty"),
    ({"json": ["text"]}, 422, "JSON object"),
    ({"content": b'{"text": ', "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
    ({"content": b"text=hello", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 415, "as JSON"),
    ({"content": b'{"text": "x"}', "headers": {"content-type": "text/plain"}}, 415, "as JSON"),
    ({"json": {"text": "x" * 3_000}}, 413, "larger than the limit of 2,000 bytes"),
])
def test_server_rejects_bad_requests_with_json_errors(client, stand_in, kwargs, status, words):
    r = client.post("/api/extract", **kwargs)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert words in body["error"]
    assert body["code"]
    assert stand_in.seen == []


def test_server_limits_a_streamed_body_without_length(client, stand_in):
    def chunks():
        yield b'{"text": "'
        for _ in range(30):
            yield b"x" * 100
        yield b'"}'

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "larger than the limit" in r.json()["error"]
    assert stand_in.seen == []


def test_server_unknown_routes_are_json(client):
    assert client.get("/nope").json()["code"] == "not_found"
    r = client.get("/api/extract")
    assert r.status_code == 405 and r.json()["code"] == "method_not_allowed"


def test_server_pipeline_failure_is_a_500_with_its_code(stand_in):
    from pipeline.errors import StageError

    class Broken(StandIn):
        def extract_article(self, article):
            raise StageError("article: KeyError: 'x'")

    r = TestClient(server.create_app(Broken())).post("/api/extract", json={"text": "x"})
    assert r.status_code == 500
    assert r.json() == {"error": "[M004] article: KeyError: 'x'", "code": "M004"}


def test_server_paste_page_is_self_contained(client):
    r = client.get("/")
    assert r.status_code == 200
    page = html.unescape(r.text)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "connect-src 'self'" in page and "default-src 'none'" in page
    assert '<textarea id="text"' in page and 'type="date"' in page
    assert "http://" not in page and "https://" not in page


@pytest.mark.parametrize("host, expected", [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.5", False),
])
def test_server_loopback_hosts(host, expected):
    assert (server.loopback_hosts(host) is not None) is expected


def test_server_answers_on_loopback(extractor):
    """The real app, the real model, a real socket: post the seed article, read its events."""
    text = SEED.read_text(encoding="utf-8")
    app = server.create_app(extractor, allowed_hosts=server.loopback_hosts("127.0.0.1"))
    with server.serve_in_thread(app) as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, timeout=30, trust_env=False) as http:
            assert http.get("/api/health").json()["status"] == "ok"
            page = http.get("/")
            assert page.status_code == 200 and "Muster" in page.text

            r = http.post("/api/extract", json={"text": text, "published": "2025-03-04"})
            assert r.status_code == 200, r.text
            result = r.json()
            events = result["events"]
            assert result["article"]["published"] == "2025-03-04"
            assert result["article"]["chars"] == len(text)
            assert {(e["type"], e["count"]["value"]) for e in events} >= {
                ("deployment", 3500), ("deployment", 11000), ("presence", 63000),
                ("casualty", 400), ("casualty", 4000), ("casualty", 3600)}
            for event in events:
                for role in ("actor", "count", "location", "source", "trigger"):
                    span = event.get(role)
                    if span:
                        assert text[span["start"]:span["end"]] == span["text"]

            view = http.post("/api/view", json={"text": text, "published": "2025-03-04"}).json()
            assert view["result"]["events"] == events
            assert view["html"].count('<tr class="ev') == len(events)
            assert view["page"].startswith("<!DOCTYPE html>")

            bad = http.post("/api/extract", json={"text": text, "published": "04/03/2025"})
            assert bad.status_code == 422 and "ISO date" in bad.json()["error"]
            rebinding = http.get("/", headers={"host": "evil.example"})
            assert rebinding.status_code == 400
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/api/health", timeout=2, trust_env=False)  # stopped


# --- one slow article never holds up the rest (issue 15) ---------------------------------------


class Slow(StandIn):
    """A stand-in whose extraction waits until the test lets it go."""

    def __init__(self):
        super().__init__()
        import threading

        self.started, self.go = threading.Event(), threading.Event()

    def extract_article(self, article: Article) -> dict:
        self.started.set()
        assert self.go.wait(30)
        return super().extract_article(article)


def test_server_other_requests_answer_while_an_article_is_read():
    """A long extraction runs off the event loop: the page and health answer at once, and
    requests beyond the queue get 503 with Retry-After instead of waiting."""
    import concurrent.futures
    import time

    slow = Slow()
    app = server.create_app(slow, queue=1)
    with server.serve_in_thread(app) as url, concurrent.futures.ThreadPoolExecutor(4) as pool:
        first = pool.submit(httpx.post, f"{url}/api/extract", json={"text": "one"}, timeout=60)
        assert slow.started.wait(10)
        second = pool.submit(httpx.post, f"{url}/api/extract", json={"text": "two"}, timeout=60)
        time.sleep(0.3)  # the second is now waiting its turn
        began = time.monotonic()
        assert httpx.get(f"{url}/api/health", timeout=5).status_code == 200
        assert httpx.get(f"{url}/", timeout=5).status_code == 200
        full = httpx.post(f"{url}/api/extract", json={"text": "three"}, timeout=5)
        assert time.monotonic() - began < 2
        assert full.status_code == 503 and full.json()["code"] == "busy"
        assert full.headers["Retry-After"] == "5"
        slow.go.set()
        assert first.result().status_code == 200 and second.result().status_code == 200
    assert [a.text for a in slow.seen] == ["one", "two"]


def test_server_closes_a_connection_that_sends_no_request_head():
    import socket
    import time

    with server.serve_in_thread(server.create_app(StandIn()), header_timeout=0.5) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never ends
            began = time.monotonic()
            assert sock.recv(1024) == b""  # closed by the server
            assert time.monotonic() - began < 3


def test_server_a_stalled_body_is_a_408():
    import socket

    app = server.create_app(StandIn(), body_timeout=0.5)
    with server.serve_in_thread(app) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                         b'{"text": "')
            answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408"), answer


def test_server_published_from_is_the_cli_name(client, stand_in):
    """A date given with the request is named as the CLI's --published is."""
    client.post("/api/extract", json={"text": "x", "published": "2025-03-04"})
    assert stand_in.seen[0].published_from == "option"
