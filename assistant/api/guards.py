"""Who may call what, and how much: keys, body size, rate and concurrency limits.

One ASGI middleware in front of the API, so the limits hold for streamed responses too (a
server-sent-event answer keeps its concurrency slot until its last event):

* **keys** — with ``GOVRAG_API_KEY`` set, every ``/v1`` request needs it (or the admin key), as
  ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``; compared in constant time. Write
  endpoints check the admin key themselves (:func:`require_admin`).
* **body size** — ``Content-Length`` over the limit is refused before reading (413); a body
  without one (chunked) is read up to the limit and refused as soon as it passes it.
* **rate** — ``/v1/ask`` and the chat endpoints: ``rate_limit_per_minute`` per client address,
  counted per worker (a token bucket) or, with a PostgreSQL catalog, across every worker (a
  counter in PostgreSQL; ``assistant.api.limits``); over it, 429 with ``Retry-After``.
* **concurrency** — at most ``max_concurrency`` ``/v1`` requests in progress per worker; more
  get 503 with ``Retry-After`` at once instead of queueing without bound.

Every refusal is the API's one JSON error shape.
"""

from __future__ import annotations

import hmac
import math
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio.to_thread
from fastapi import Request

from assistant.api.errors import (
    Forbidden,
    Overloaded,
    PayloadTooLarge,
    RateLimited,
    Unauthorized,
    error_response,
)
from assistant.api.limits import RateLimiter, rate_limiter_for
from ingest.errors import GovragError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

NOSNIFF = (b"x-content-type-options", b"nosniff")
RATE_LIMITED_PATHS = ("/v1/ask", "/v1/chat", "/v1/chat/completions")
UPLOAD_PATH = "/v1/documents"
OPEN_PATHS = ("/healthz",)


def presented_key(headers: dict[str, str]) -> str | None:
    """The key a request carries: ``Authorization: Bearer …`` or ``X-API-Key``."""
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return headers.get("x-api-key") or None


def key_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison; an empty expected key never matches."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def require_admin(request: Request) -> None:
    """FastAPI dependency of the write endpoints."""
    settings = request.app.state.assistant.settings
    expected = settings.admin_key.get_secret_value()
    if not expected:
        raise Forbidden(
            "document upload and delete are off on this server",
            help="Set GOVRAG_ADMIN_KEY to switch them on, then send it as a Bearer token.",
        )
    headers = {k.lower(): v for k, v in request.headers.items()}
    if not key_matches(presented_key(headers), expected):
        raise Unauthorized(
            "this endpoint needs the admin key",
            help="Send `Authorization: Bearer <GOVRAG_ADMIN_KEY>` (or X-API-Key).",
        )


class NoSniffMiddleware:
    """``X-Content-Type-Options: nosniff`` on every response, so no browser reads a JSON or
    text body as a page or a script."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == NOSNIFF[0] for name, _ in headers):
                    headers.append(NOSNIFF)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_header)


class GuardMiddleware:
    def __init__(self, app: ASGIApp, settings_of: Callable[[], Any]) -> None:
        self.app = app
        self.settings_of = settings_of  # read at request time: the app's assistant's settings
        self._in_flight = 0
        self._lock = threading.Lock()
        self._limiter: RateLimiter | None = None
        self._limiter_key: tuple[Any, ...] = ()

    def _limiter_for(self, settings: Any) -> RateLimiter:
        """The rate limiter for these settings, built once (again if they change)."""
        server = settings.server
        key = (server.rate_limit_per_minute, server.rate_limit_store, settings.catalog_url)
        with self._lock:
            if self._limiter is None or key != self._limiter_key:
                old, self._limiter = self._limiter, rate_limiter_for(settings)
                self._limiter_key = key
                close = getattr(old, "close", None)
                if close is not None:
                    close()
            return self._limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1"):
            await self.app(scope, receive, send)
            return
        settings = self.settings_of()
        if settings is None:  # not started yet
            await self.app(scope, receive, send)
            return
        server = settings.server
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path, method = scope["path"], scope["method"]

        api_key = settings.api_key.get_secret_value()
        if api_key:
            given = presented_key(headers)
            admin = settings.admin_key.get_secret_value()
            if not (key_matches(given, api_key) or key_matches(given, admin)):
                refusal = Unauthorized(
                    "this server needs an API key",
                    help="Send `Authorization: Bearer <GOVRAG_API_KEY>` (or X-API-Key).",
                )
                await _refuse(scope, receive, send, refusal)
                return

        upload = method == "POST" and path == UPLOAD_PATH
        limit = int(server.max_upload_mb * 1024 * 1024) if upload else server.max_body_kb * 1024
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            too_large = PayloadTooLarge(size=int(declared), limit=limit, upload=upload)
            await _refuse(scope, receive, send, too_large)
            return

        if method == "POST" and path in RATE_LIMITED_PATHS and server.rate_limit_per_minute:
            limiter = self._limiter_for(settings)
            client = str((scope.get("client") or ("unknown", 0))[0])
            if limiter.shared:  # a database round trip: off the event loop
                wait = await anyio.to_thread.run_sync(limiter.take, client)
            else:
                wait = limiter.take(client)
            if wait > 0:
                limited = RateLimited(
                    f"too many requests from {client}: the limit is "
                    f"{server.rate_limit_per_minute} a minute",
                    retry_after=max(1, math.ceil(wait)),
                )
                await _refuse(scope, receive, send, limited)
                return

        counted = path not in OPEN_PATHS
        if counted:
            with self._lock:
                if self._in_flight >= server.max_concurrency:
                    busy = True
                else:
                    busy = False
                    self._in_flight += 1
            if busy:
                overloaded = Overloaded(
                    f"the server is answering {server.max_concurrency} requests already"
                )
                await _refuse(scope, receive, send, overloaded)
                return
        try:
            if declared is None and method in ("POST", "PUT", "PATCH"):
                buffered = await _read_body(receive, limit)  # no Content-Length: count it
                if buffered is None:  # the real size is unknown: it was not read to the end
                    too_large = PayloadTooLarge(size=None, limit=limit, upload=upload)
                    await _refuse(scope, receive, send, too_large)
                    return
                receive = _replay(buffered)
            await self.app(scope, receive, send)
        finally:
            if counted:
                with self._lock:
                    self._in_flight -= 1


async def _read_body(receive: Receive, limit: int) -> list[Message] | None:
    """The request's body messages, or None as soon as they pass ``limit`` bytes."""
    messages: list[Message] = []
    seen = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages  # the client went away; let the app see it
        seen += len(message.get("body", b""))
        if seen > limit:
            return None
        if not message.get("more_body", False):
            return messages


def _replay(messages: list[Message]) -> Receive:
    """A ``receive`` that gives the buffered body again, then waits for a disconnect."""
    queue = list(messages)

    async def replay() -> Message:
        if queue:
            return queue.pop(0)
        return {"type": "http.disconnect"}

    return replay


async def _refuse(scope: Scope, receive: Receive, send: Send, refusal: GovragError) -> None:
    """Answer with the refusal's response: the one error shape, built from its type."""
    await error_response(refusal)(scope, receive, send)
