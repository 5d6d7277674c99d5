"""A small local web app: paste an article, see its events (``muster serve``).

``GET /`` is the paste page; ``POST /api/extract`` takes ``{"text", "published"}`` and returns
the SPEC object; ``POST /api/view`` takes the same and returns ``{"result", "html", "page"}``
(the view fragment the paste page shows, and the self-contained page to download).

Offsets in the answers index into ``text`` exactly as sent: the API reads no front matter and
changes nothing.

Errors are JSON, ``{"error": message, "code": code}`` with a 4xx status: 400 malformed JSON,
413 a body over the size limit, 415 not ``application/json``, 422 a request that is JSON but
not a valid one (missing or non-string ``text``, an unknown field, a ``published`` that is not
a real ``YYYY-MM-DD`` date, empty text). A failure inside the pipeline is a 500 with its
``[M004]`` message.

The extractor (and so the spaCy model) is built once, before the app is created, and shared by
all requests. Extraction runs in a worker thread, one article at a time (a spaCy pipeline is not
documented as safe to call from several threads at once), while the event loop stays free: the
page and ``/api/health`` answer at once however long an article takes. Requests waiting for
the extractor wait on the event loop, not in threads, and only ``queue`` of them: beyond that
the answer is 503 with ``Retry-After`` at once, so a burst of long pastes cannot pile up.

Slow clients cannot hold connections: a connection that has not sent a whole request head
within ``header_timeout`` seconds is closed, a body that stalls for ``body_timeout`` seconds
is a 408, and uvicorn refuses connections beyond ``MAX_CONNECTIONS`` with 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import socket
import threading
import time

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, StrictStr
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from pipeline.text.dates import coerce_published
from pipeline.errors import InputError, MusterError, StageError
from pipeline.io.ingest import Article
from pipeline.ui.view import VIEW_CSS, VIEW_JS, esc, page, render_article, render_fragment

#: Default limit on a request body: far above any news article, far below a memory problem.
MAX_BYTES = 1_000_000
#: Extraction requests that may wait while one runs; more are answered 503 at once.
QUEUE = 8
#: Seconds a client has to send a whole request head, and between two pieces of a body.
HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0
#: Open connections uvicorn accepts before answering 503.
MAX_CONNECTIONS = 100

_SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                     "X-Frame-Options": "DENY"}


class ExtractRequest(BaseModel):
    """The body of ``POST /api/extract`` and ``POST /api/view``."""

    model_config = ConfigDict(extra="forbid")

    text: StrictStr
    published: StrictStr | None = None
    id: StrictStr | None = None
    title: StrictStr | None = None
    url: StrictStr | None = None
    source: StrictStr | None = None


class _RequestTooLarge(HTTPException):
    """Raised from the body stream; FastAPI lets HTTPExceptions from reading the body through."""


class _BodyGuard:
    """ASGI middleware: refuse API bodies over ``max_bytes`` (by Content-Length at once, and
    while streaming when there is none) and API posts that are not JSON."""

    def __init__(self, app, max_bytes: int, body_timeout: float = BODY_TIMEOUT):
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        length = headers.get(b"content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                await _send_error(send, 400, "the Content-Length header is not a number", "bad_request")
                return
            if size > self.max_bytes:
                await _send_error(send, 413, _too_large(self.max_bytes), "too_large")
                return
        media_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if scope.get("path", "").startswith("/api/") and media_type != b"application/json":
            await _send_error(send, 415, "send the request as JSON (Content-Type: application/json), "
                              'for example {"text": "...", "published": "2025-03-04"}',
                              "unsupported_media_type")
            return
        received = 0

        async def limited_receive():
            nonlocal received
            try:
                message = await asyncio.wait_for(receive(), self.body_timeout)
            except asyncio.TimeoutError:
                raise HTTPException(408, f"the request body did not arrive within "
                                         f"{self.body_timeout:g} s") from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _RequestTooLarge(413, _too_large(self.max_bytes))
            return message

        await self.app(scope, limited_receive, send)


class _retry_after:
    """``response | _retry_after(seconds)``: the response with a Retry-After header."""

    def __init__(self, seconds: int):
        self.seconds = seconds

    def __ror__(self, response):
        response.headers["Retry-After"] = str(self.seconds)
        return response


def _too_large(limit: int) -> str:
    return f"the request body is larger than the limit of {limit:,} bytes"


async def _send_error(send, status: int, message: str, code: str) -> None:
    body = json.dumps({"error": message, "code": code}).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode("ascii")),
                            *((k.lower().encode(), v.encode()) for k, v in _SECURITY_HEADERS.items())]})
    await send({"type": "http.response.body", "body": body})


def _error(status: int, message: str, code: str, detail=None) -> JSONResponse:
    content = {"error": message, "code": code}
    if detail is not None:
        content["detail"] = detail
    return JSONResponse(content, status_code=status, headers=_SECURITY_HEADERS)


def _validation_message(errors: list[dict]) -> tuple[int, str, list[dict]]:
    detail = [{"field": ".".join(str(p) for p in err.get("loc", ())[1:]) or "body",
               "problem": err.get("msg", "invalid")} for err in errors]
    if any(err.get("type") == "json_invalid" for err in errors):
        return 400, "the request body is not valid JSON", detail
    parts = []
    for item, err in zip(detail, errors):
        problem = item["problem"]
        if err.get("type") == "missing":
            problem = "is required"
        elif err.get("type") == "extra_forbidden":
            problem = "is not a field (fields: text, published, id, title, url, source)"
        elif err.get("type") == "string_type":
            problem = "must be a string"
        elif err.get("type") == "model_attributes_type":
            problem = 'must be a JSON object such as {"text": "...", "published": "2025-03-04"}'
        parts.append(f"{item['field']} {problem}" if item["field"] != "body" else problem)
    return 422, "; ".join(parts) or "invalid request", detail


def loopback_hosts(host: str) -> list[str] | None:
    """The Host headers to accept for a server bound to ``host``: only local names when it is
    a loopback address (this stops DNS-rebinding pages from reaching the local server), any
    when it listens on a real interface."""
    try:
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = host == "localhost"
    return ["127.0.0.1", "localhost", "::1", "[::1]"] if loopback else None


def create_app(extractor, *, max_bytes: int = MAX_BYTES, allowed_hosts: list[str] | None = None,
               queue: int = QUEUE, body_timeout: float = BODY_TIMEOUT) -> FastAPI:
    """The web app around an already built extractor.

    Args:
        extractor: A :class:`pipeline.api.Extractor` (anything with ``extract_article``).
            Build it before calling this, so the model loads once, at start.
        max_bytes: The largest request body accepted (413 above it).
        allowed_hosts: Host header values to accept (see :func:`loopback_hosts`); None for any.
        queue: Extraction requests that may wait while one runs (503 beyond).
        body_timeout: Seconds a request body may stall (408 after).
    """
    from starlette.concurrency import run_in_threadpool

    app = FastAPI(title="Muster", version="1", docs_url=None, redoc_url=None,
                  description="Troop deployment, presence and casualty events from an article.")
    lock = threading.Lock()
    slots = {"taken": 0}
    turn: list[asyncio.Lock] = []  # made on first use, inside the server's event loop
    paste_page = render_paste_page(model=getattr(extractor, "model_name", None), max_bytes=max_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        status, message, detail = _validation_message(list(exc.errors()))
        return _error(status, message, "bad_request" if status == 400 else "invalid_request", detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        codes = {404: "not_found", 405: "method_not_allowed", 408: "timeout", 413: "too_large"}
        return _error(exc.status_code, str(exc.detail), codes.get(exc.status_code, "http_error"))

    @app.exception_handler(MusterError)
    async def muster_error(request: Request, exc: MusterError):
        status = 500 if isinstance(exc, StageError) else 422
        return _error(status, str(exc), exc.code)

    def run(req: ExtractRequest) -> dict:
        published = coerce_published(req.published or None)  # ConfigError -> 422
        if not req.text.strip():
            raise InputError("text is empty: paste the article's text")
        article = Article(text=req.text, id=req.id, title=req.title, url=req.url,
                          source=req.source, published=published)
        with lock:
            return extractor.extract_article(article)

    async def in_turn(work, req: ExtractRequest):
        """``work(req)`` in a worker thread, one at a time, or 503 when too many wait."""
        if slots["taken"] > queue:
            return _error(503, f"busy: {slots['taken']} articles are being read or waiting; try "
                          "again in a few seconds", "busy") | _retry_after(5)
        slots["taken"] += 1
        try:
            if not turn:
                turn.append(asyncio.Lock())
            async with turn[0]:
                return await run_in_threadpool(work, req)
        finally:
            slots["taken"] -= 1

    def extract_json(req: ExtractRequest) -> JSONResponse:
        return JSONResponse(run(req), headers=_SECURITY_HEADERS)

    def view_json(req: ExtractRequest) -> JSONResponse:
        result = run(req)
        return JSONResponse({"result": result, "html": render_fragment(result, req.text),
                             "page": render_article(result, req.text)}, headers=_SECURITY_HEADERS)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(paste_page, headers=_SECURITY_HEADERS)

    @app.get("/api/health")
    async def health() -> dict:
        """Whether the server is up, and which model it runs."""
        return {"status": "ok", "model": getattr(extractor, "model_name", None)}

    @app.post("/api/extract")
    async def extract(req: ExtractRequest) -> JSONResponse:
        """The SPEC output object for one article; offsets index into ``text`` as sent."""
        return await in_turn(extract_json, req)

    @app.post("/api/view")
    async def view(req: ExtractRequest) -> JSONResponse:
        """The SPEC object, the view fragment for the paste page, and the standalone page."""
        return await in_turn(view_json, req)

    app.add_middleware(_BodyGuard, max_bytes=max_bytes, body_timeout=body_timeout)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def run(host: str = "127.0.0.1", port: int = 8000, model: str | None = None, *,
        max_bytes: int = MAX_BYTES, log_level: str = "info") -> None:
    """Load the model, then serve the app until interrupted (``muster serve``).

    Raises:
        ModelError: the model cannot be loaded (before anything listens).
    """
    import uvicorn

    from pipeline.api import Extractor

    extractor = Extractor(model=model)
    app = create_app(extractor, max_bytes=max_bytes, allowed_hosts=loopback_hosts(host))
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                http=timed_protocol(HEADER_TIMEOUT), limit_concurrency=MAX_CONNECTIONS)


def timed_protocol(header_timeout: float):
    """uvicorn's HTTP/1.1 protocol, closing a connection that has not sent a whole request
    head within ``header_timeout`` seconds (uvicorn has no such limit: a client that opens
    connections and sends nothing, or a byte at a time, would hold them for ever)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class TimedH11Protocol(H11Protocol):
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._head_timer = self.loop.call_later(header_timeout, self._head_late)

        def _head_late(self) -> None:
            if self.cycle is None and not self.transport.is_closing():
                self.transport.close()  # no request head in time: drop it

        def connection_lost(self, exc) -> None:
            self._head_timer.cancel()
            super().connection_lost(exc)

    return TimedH11Protocol


@contextlib.contextmanager
def serve_in_thread(app, *, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0,
                    header_timeout: float = HEADER_TIMEOUT):
    """Serve ``app`` with uvicorn in a background thread; yields its base URL, then stops it.

    ``port=0`` takes a free port. For tests and for embedding in a notebook or another program.

    Raises:
        RuntimeError: the server did not start within ``timeout`` seconds.
    """
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", server_header=False,
                                           lifespan="off", http=timed_protocol(header_timeout),
                                           limit_concurrency=MAX_CONNECTIONS))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"muster-server-{bound}")
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the server on {host}:{bound} did not start")
            time.sleep(0.02)
        yield f"http://{'[' + host + ']' if family == socket.AF_INET6 else host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()


# --------------------------------------------------------------------------- the paste page


def render_paste_page(*, model: str | None = None, max_bytes: int = MAX_BYTES) -> str:
    """The ``GET /`` page: a paste box and a date field; the view appears below."""
    body = f"""<div class="paste">
<header class="top"><h1>Muster</h1>
<p class="facts">Paste an English news article to see its troop deployment, presence and casualty
events, each with the words it was read from. The text goes only to this local server
{f"(model {esc(model)})" if model else ""}.</p></header>
<form id="paste-form" autocomplete="off">
<label for="text" class="lbl">Article text</label>
<textarea id="text" name="text" rows="12" spellcheck="false" required
 placeholder="Paste the article's text here (plain text; the offsets index into it exactly as pasted)"></textarea>
<div class="controls">
<label class="lbl" for="published">Publication date</label>
<input type="date" id="published" name="published" title="Anchors relative dates such as 'last October'; leave empty when unknown">
<button type="submit" id="go">Extract events</button>
<button type="button" id="download-json" disabled>Download JSON</button>
<button type="button" id="download-html" disabled>Download page</button>
<span id="status" role="status" aria-live="polite"></span>
</div>
<p class="sub">Ctrl+Enter extracts. Without a publication date, relative dates stay unresolved.
Limit: {max_bytes:,} bytes.</p>
</form>
</div>
<div id="result"></div>"""
    return page("Muster: paste an article", body, css=VIEW_CSS + PASTE_CSS, js=VIEW_JS + PASTE_JS,
                connect_self=True)


PASTE_CSS = """
.paste{padding:12px 16px 0}
.paste form{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.lbl{font-weight:600;font-size:.9rem}
#text{display:block;width:100%;margin:.3rem 0 .5rem;font:14px/1.5 Georgia,"Noto Serif",serif;padding:8px;border:1px solid #c9c9d0;border-radius:6px;resize:vertical}
.controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.controls input,.controls button{font:inherit;padding:4px 10px}
#go{background:var(--accent);color:#fff;border:1px solid var(--accent);border-radius:6px;cursor:pointer}
#go[disabled]{opacity:.6;cursor:progress}
#status{color:var(--muted);font-size:.9rem}
#status.err{color:#b00020;font-weight:600}
"""

PASTE_JS = """
(function () {
  "use strict";
  var form = document.getElementById("paste-form"), text = document.getElementById("text"),
      date = document.getElementById("published"), go = document.getElementById("go"),
      status = document.getElementById("status"), out = document.getElementById("result"),
      jsonButton = document.getElementById("download-json"), pageButton = document.getElementById("download-html");
  var last = null;
  function say(message, isError) { status.textContent = message; status.className = isError ? "err" : ""; }
  function save(content, type, name) {
    var url = URL.createObjectURL(new Blob([content], {type: type}));
    var a = document.createElement("a");
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!text.value.trim()) { say("Paste an article first.", true); return; }
    go.disabled = true; say("Reading the article\\u2026", false);
    var started = Date.now();
    fetch("api/view", {method: "POST", headers: {"Content-Type": "application/json"},
                       body: JSON.stringify({text: text.value, published: date.value || null})})
      .then(function (r) { return r.json().then(function (data) { return {ok: r.ok, status: r.status, data: data}; }); })
      .then(function (r) {
        if (!r.ok) { throw new Error((r.data && r.data.error) || ("HTTP " + r.status)); }
        last = r.data;
        out.innerHTML = r.data.html;
        jsonButton.disabled = false; pageButton.disabled = false;
        var n = r.data.result.events.length;
        say(n + " event" + (n === 1 ? "" : "s") + " in " + ((Date.now() - started) / 1000).toFixed(1) + " s", false);
      })
      .catch(function (err) { out.innerHTML = ""; last = null; jsonButton.disabled = true; pageButton.disabled = true; say("Error: " + err.message, true); })
      .then(function () { go.disabled = false; });
  });
  text.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); }
  });
  jsonButton.addEventListener("click", function () {
    if (last) { save(JSON.stringify(last.result, null, 2) + "\\n", "application/json", "muster.json"); }
  });
  pageButton.addEventListener("click", function () {
    if (last) { save(last.page, "text/html", "muster-view.html"); }
  });
}());
"""
