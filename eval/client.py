"""Talk to the assistant the way a user would: in process, or over HTTP to a running server.

``ask`` and ``search`` return the ``/v1/ask`` and ``/v1/search`` objects. ``chat`` plays one
turn of a conversation: it takes the messages so far (``{"role", "content"}``, the last one the
user's question) and returns the ``/v1/chat`` object (``question``, ``standalone``,
``rewritten``, ``method``, ``answer`` in the ``/v1/ask`` shape) plus ``reply``: the assistant
message exactly as a chat client would send it back in the next turn's history.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal, Protocol

import httpx

ChatApi = Literal["chat", "completions"]
CHAT_APIS: tuple[ChatApi, ...] = ("chat", "completions")
# /v1/chat/completions appends the citations to the answer as a plain list after this line.
SOURCES_HEADING = "\n\nSources:\n"
# Refusals a server lifts by itself: over the rate limit, or too busy right now.
RETRYABLE = frozenset({429, 503})


class ServerBusyError(RuntimeError):
    """The server kept refusing (429 or 503) beyond the time the client may wait."""


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds the ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class AskClient(Protocol):
    name: str

    def ask(self, question: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        """The /v1/ask response object."""
        ...

    def search(self, query: str, k: int = 8) -> dict[str, Any]:
        """The /v1/search response object."""
        ...


class ChatClient(Protocol):
    name: str

    def chat(self, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        """The /v1/chat response object, plus ``reply`` (the assistant message to send back)."""
        ...


class InProcessClient:
    """Calls an :class:`~assistant.service.Assistant` directly."""

    name = "in-process"

    def __init__(self, assistant: Any | None = None) -> None:
        if assistant is None:
            from assistant.service import build_assistant

            assistant = build_assistant()
        self.assistant = assistant

    def ask(self, question: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        answer = self.assistant.ask(question, filters)
        return dict(answer.model_dump(mode="json"))

    def search(self, query: str, k: int = 8) -> dict[str, Any]:
        result = self.assistant.search(query, k)
        return {
            "hits": [
                {"chunk_id": h.chunk.id, "document_id": h.chunk.document_id} for h in result.hits
            ]
        }

    def chat(self, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        """The conversation logic behind ``POST /v1/chat``, without the server."""
        from assistant.conversation import Chat, Turn

        turns = [Turn(role=m["role"], content=m["content"]) for m in messages]
        body = dict(Chat(self.assistant).respond(turns).model_dump(mode="json"))
        body["reply"] = body["answer"]["answer"]  # what the chat page sends back
        return body


class HttpClient:
    """POST /v1/ask, GET /v1/search and a chat endpoint on a running govrag server.

    ``chat_api`` picks the chat endpoint: ``"chat"`` (``POST /v1/chat``, the chat page's) or
    ``"completions"`` (``POST /v1/chat/completions``, OpenAI-compatible).

    A 429 or 503 with ``Retry-After`` is waited out and sent again, up to ``max_wait`` seconds
    in all for one request (0, the default, never waits: a latency benchmark must not time the
    waits); past that, :class:`ServerBusyError` says what the server answered.
    """

    name = "http"

    def __init__(
        self,
        url: str,
        timeout: float = 60.0,
        client: httpx.Client | None = None,
        chat_api: ChatApi = "chat",
        max_wait: float = 0.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if chat_api not in CHAT_APIS:
            raise ValueError(f"chat_api must be one of {', '.join(CHAT_APIS)}, got {chat_api!r}")
        if max_wait < 0:
            raise ValueError(f"max_wait must be 0 or more seconds, got {max_wait}")
        self.url = url.rstrip("/")
        self.http = client or httpx.Client(timeout=timeout)
        self.chat_api = chat_api
        self.max_wait = max_wait
        self.sleep = sleep

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One request; refusals the server lifts by itself are waited out within ``max_wait``."""
        waited = 0.0
        while True:
            response = self.http.request(method, f"{self.url}{path}", **kwargs)
            if response.status_code not in RETRYABLE:
                response.raise_for_status()
                return response
            wait = retry_after(response)
            if wait is None or waited + wait > self.max_wait:
                header = response.headers.get("retry-after") or "none"
                raise ServerBusyError(
                    f"{method} {path}: the server answered {response.status_code} "
                    f"(Retry-After: {header}) after {waited:g} s of waiting; "
                    f"the client waits at most {self.max_wait:g} s"
                )
            self.sleep(wait)
            waited += wait

    def get_json(self, path: str) -> Any:
        """GET ``path`` on the server (refusals waited out as for every request), as JSON."""
        return self._send("GET", path).json()

    def ask(self, question: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"question": question}
        if filters:
            body["filters"] = filters
        return dict(self._send("POST", "/v1/ask", json=body).json())

    def search(self, query: str, k: int = 8) -> dict[str, Any]:
        response = self._send("GET", "/v1/search", params={"q": query, "k": k})
        return dict(response.json())

    def chat(self, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        plain = [{"role": m["role"], "content": m["content"]} for m in messages]
        if self.chat_api == "completions":
            return self._completion(plain)
        body = dict(self._send("POST", "/v1/chat", json={"messages": plain}).json())
        body["reply"] = body["answer"]["answer"]  # what the chat page sends back
        return body

    def _completion(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """POST /v1/chat/completions, as any OpenAI client would, read into the /v1/chat shape.

        ``reply`` is the message content (the answer and its "Sources" list), the history an
        OpenAI client sends back. The answer scored is that content without the appended
        "Sources" list; the citations, records, coverage and rewritten question come from the
        ``govrag`` extension field.
        """
        body = self._send(
            "POST", "/v1/chat/completions", json={"model": "govrag", "messages": messages}
        ).json()
        content = str(body["choices"][0]["message"].get("content") or "")
        extra = body.get("govrag") or {}
        citations = list(extra.get("citations") or [])
        text = content
        if citations and SOURCES_HEADING in content:
            text = content.rpartition(SOURCES_HEADING)[0]
        answer = {
            "answer": text,
            "abstained": bool(extra.get("abstained")),
            "citations": citations,
            "records": list(extra.get("records") or []),
            "coverage": extra.get("coverage") or {},
            "query": extra.get("query") or {},
        }
        return {
            "question": messages[-1]["content"] if messages else "",
            "standalone": extra.get("standalone"),
            "rewritten": extra.get("rewritten"),
            "method": None,
            "answer": answer,
            "reply": content,
        }
