"""POST /v1/chat — the web page's conversation endpoint, JSON or server-sent events.

With ``"stream": true`` the response is ``text/event-stream`` with these events, in order::

    event: meta     data: {"question", "standalone", "rewritten", "method"}
    event: delta    data: {"text": "..."}          (the answer's Markdown, in pieces)
    event: answer   data: <the /v1/ask object>      (citations, records, coverage, ...)
    event: done     data: {}

On failure a single ``event: error`` carries the usual error object.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import ConfigDict, Field

from assistant.api.deps import AssistantDep
from assistant.api.errors import INTERNAL_ERROR, domain_error_body
from assistant.api.schemas import RequestBody
from assistant.conversation import Chat, ChatResult, Turn
from ingest.errors import GovragError

log = logging.getLogger(__name__)
router = APIRouter(tags=["chat"])


class ChatRequest(RequestBody):
    model_config = ConfigDict(extra="forbid")

    messages: list[Turn] = Field(
        description="The conversation so far; the last one is the user's question."
    )
    filters: dict[str, Any] | None = Field(None, description="Same filters as /v1/ask.")
    stream: bool = Field(False, description="Stream server-sent events.")


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def pieces(text: str, words: int = 6) -> Iterator[str]:
    """The answer in small pieces (whitespace kept), for streaming."""
    tokens = re.findall(r"\S+\s*|\s+", text)
    for start in range(0, len(tokens), words):
        yield "".join(tokens[start : start + words])


def stream_chat(chat: Chat, body: ChatRequest) -> Iterator[str]:
    try:
        # the same turn as the JSON reply (a refused follow-up asked again of the rows in
        # focus included): the stream differs only in how the text arrives
        result = chat.respond(body.messages, body.filters)
        yield sse(
            "meta",
            {
                "question": result.question,
                "standalone": result.standalone,
                "rewritten": result.rewritten,
                "method": result.method,
            },
        )
        answer = result.answer
        for piece in pieces(answer.answer):
            yield sse("delta", {"text": piece})
        yield sse("answer", answer.model_dump(mode="json"))
        yield sse("done", {})
    except GovragError as exc:
        yield sse("error", domain_error_body(exc))
    except Exception:  # the status line has gone: the stream must still end with an error
        log.exception("chat stream failed")
        yield sse("error", INTERNAL_ERROR)


@router.post(
    "/v1/chat", response_model=ChatResult, summary="Chat turn (JSON or server-sent events)"
)
def chat(body: ChatRequest, assistant: AssistantDep) -> ChatResult | StreamingResponse:
    """Answer the last user message; a follow-up is first rewritten into a standalone question
    (shown in ``standalone``)."""
    chat_logic = Chat(assistant)
    if body.stream:
        return StreamingResponse(
            stream_chat(chat_logic, body),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    return chat_logic.respond(body.messages, body.filters)
