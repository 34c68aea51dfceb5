"""An OpenAI-compatible chat endpoint, so any OpenAI client can talk to govrag.

``POST /v1/chat/completions`` takes ``messages`` (and ignores sampling parameters: answers come
from the record). The reply's ``content`` is the answer followed by a plain "Sources" list, so
clients that know nothing of govrag still show the citations. The full citations, records,
coverage and the rewritten question ride along in the extra ``govrag`` field (in the last chunk
when streaming). ``stream: true`` gives ``chat.completion.chunk`` server-sent events ending with
``data: [DONE]``.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.answers.model import Answer
from assistant.api.deps import AssistantDep
from assistant.api.errors import INTERNAL_ERROR, domain_error_body
from assistant.api.routes.chat import pieces
from assistant.api.schemas import RequestBody
from assistant.conversation import Chat, ChatResult, Turn
from ingest.errors import GovragError, InvalidRequest

log = logging.getLogger(__name__)
router = APIRouter(tags=["openai"])
MODEL_ID = "govrag"


class OpenAIMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(part.get("text", "") for part in self.content if isinstance(part, dict))
        return self.content or ""


class CompletionRequest(RequestBody):
    model_config = ConfigDict(extra="allow")  # temperature, top_p, user...: accepted, unused

    model: str = Field(MODEL_ID, description="Any value; there is one model, the record.")
    messages: list[OpenAIMessage]
    stream: bool = False
    filters: dict[str, Any] | None = Field(None, description="govrag extension: /v1/ask filters.")


def sources_text(answer: Answer) -> str:
    if not answer.citations:
        return ""
    lines = ["", "", "Sources:"]
    for c in answer.citations:
        where = (
            c.document.title
            + (f", p. {c.page}" if c.page else "")
            + (f", {c.ref}" if c.ref else "")
        )
        lines.append(f"[{c.n}] {where}: “{c.quote}”")
    return "\n".join(lines)


def extra(result: ChatResult) -> dict[str, Any]:
    answer = result.answer.model_dump(mode="json")
    return {
        "standalone": result.standalone,
        "rewritten": result.rewritten,
        "abstained": answer["abstained"],
        "citations": answer["citations"],
        "records": answer["records"],
        "coverage": answer["coverage"],
        "query": answer["query"],
    }


def _turns(body: CompletionRequest) -> list[Turn]:
    turns = [
        Turn(role=m.role, content=m.text())
        for m in body.messages
        if m.role in ("user", "assistant")
    ]
    if not turns:
        raise InvalidRequest("messages must contain at least one user message")
    return turns


def _usage(prompt: str, completion: str) -> dict[str, int]:
    p, c = len(prompt.split()), len(completion.split())
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


@router.get("/v1/models", summary="OpenAI-compatible model list")
def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "govrag"}],
    }


@router.post("/v1/chat/completions", summary="OpenAI-compatible chat completions")
def completions(body: CompletionRequest, assistant: AssistantDep) -> Any:
    chat = Chat(assistant)
    turns = _turns(body)
    completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    created = int(time.time())
    if body.stream:
        return StreamingResponse(
            _stream(chat, turns, body, completion_id, created),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    result = chat.respond(turns, body.filters)
    content = result.answer.answer + sources_text(result.answer)
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": body.model or MODEL_ID,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": _usage(turns[-1].content, content),
        "govrag": extra(result),
    }


def _chunk(
    completion_id: str,
    created: int,
    model: str,
    delta: dict[str, Any],
    finish: str | None = None,
    **more: Any,
) -> str:
    payload = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **more,
    }
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def _stream(
    chat: Chat, turns: list[Turn], body: CompletionRequest, completion_id: str, created: int
) -> Iterator[str]:
    model = body.model or MODEL_ID
    try:
        yield _chunk(completion_id, created, model, {"role": "assistant", "content": ""})
        result = chat.respond(turns, body.filters)
        content = result.answer.answer + sources_text(result.answer)
        for piece in pieces(content):
            yield _chunk(completion_id, created, model, {"content": piece})
        yield _chunk(completion_id, created, model, {}, "stop", govrag=extra(result))
    except GovragError as exc:
        yield f"data: {json.dumps(domain_error_body(exc))}\n\n"
    except Exception:  # the status line has gone: the stream must still end with an error
        log.exception("completion stream failed")
        yield f"data: {json.dumps(INTERNAL_ERROR)}\n\n"
    yield "data: [DONE]\n\n"
