"""Talk to the assistant the way a user would: in process, or over HTTP to a running server."""

from __future__ import annotations

from typing import Any, Protocol

import httpx


class AskClient(Protocol):
    name: str

    def ask(self, question: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        """The /v1/ask response object."""
        ...

    def search(self, query: str, k: int = 8) -> dict[str, Any]:
        """The /v1/search response object."""
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


class HttpClient:
    """POST /v1/ask and GET /v1/search on a running govrag server."""

    name = "http"

    def __init__(self, url: str, timeout: float = 60.0, client: httpx.Client | None = None) -> None:
        self.url = url.rstrip("/")
        self.http = client or httpx.Client(timeout=timeout)

    def ask(self, question: str, filters: dict[str, Any] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"question": question}
        if filters:
            body["filters"] = filters
        response = self.http.post(f"{self.url}/v1/ask", json=body)
        response.raise_for_status()
        return dict(response.json())

    def search(self, query: str, k: int = 8) -> dict[str, Any]:
        response = self.http.get(f"{self.url}/v1/search", params={"q": query, "k": k})
        response.raise_for_status()
        return dict(response.json())
