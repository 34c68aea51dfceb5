"""POST /v1/ask — the contract evaluation scripts rely on."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.answer import Answer
from assistant.api.deps import AssistantDep
from assistant.api.schemas import AskRequest

router = APIRouter(tags=["ask"])


@router.post("/v1/ask", response_model=Answer, summary="Answer a question with checked citations")
def ask(body: AskRequest, assistant: AssistantDep) -> Answer:
    """Answer from the record: lists and counts from the action register (complete, with a
    coverage line), other questions from retrieved passages. Every citation's ``quote`` is an
    exact span of the cited document's stored text. ``abstained`` is true when the record does
    not cover the question."""
    return assistant.ask(body.question, body.filters, body.top_k)
