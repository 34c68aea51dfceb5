"""HTTP protocol classes for uvicorn whose own refusals use the API's one JSON error shape.

Uvicorn answers a request it cannot parse (a request line or header over its limits, bytes that
are not HTTP) before the app sees it, with a plain-text ``Invalid HTTP request received.``.
These subclasses send the same 400 as ``{"error": {...}}`` instead. ``govrag serve`` passes
:func:`http_protocol` to uvicorn as its ``http`` implementation.
"""

from __future__ import annotations

import json
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

try:  # httptools is optional: without it uvicorn (and govrag) use h11
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _FastProtocol

    HTTPTOOLS = True
except ImportError:
    _FastProtocol = H11Protocol  # type: ignore[assignment, misc]
    HTTPTOOLS = False

from assistant.api.errors import error_body

_HELP = (
    "Questions and filters of any length go in a POST body (/v1/ask, /v1/chat); "
    "keep URLs and headers short."
)


def _bad_request(msg: str) -> bytes:
    """The whole 400 response, head and body, for a request the server could not read."""
    body = json.dumps(
        error_body(
            "bad_request",
            f"the server could not read the HTTP request ({msg.rstrip('.')}): "
            "a URL or header may be too long, or the bytes are not HTTP/1.1",
            400,
            _HELP,
        )
    ).encode()
    head = (
        b"HTTP/1.1 400 Bad Request\r\n"
        b"content-type: application/json\r\n"
        b"x-content-type-options: nosniff\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n"
        b"connection: close\r\n\r\n"
    )
    return head + body


class JsonErrorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with its 400 in the one error shape."""

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_bad_request(msg))
        self.transport.close()


class JsonErrorHttpToolsProtocol(_FastProtocol):
    """uvicorn's httptools protocol, with its 400 in the one error shape."""

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_bad_request(msg))
        self.transport.close()


def http_protocol() -> type[Any]:
    """The protocol class uvicorn's ``http="auto"`` would pick (httptools when installed),
    with JSON 400s. Module-level classes, so worker processes can import them."""
    return JsonErrorHttpToolsProtocol if HTTPTOOLS else JsonErrorH11Protocol
