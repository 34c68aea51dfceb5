"""POST /v1/ask — the contract evaluation scripts rely on."""

from __future__ import annotations

from fastapi import APIRouter, Response

from assistant.answers.model import Answer
from assistant.api.deps import AssistantDep
from assistant.api.schemas import AskRequest

router = APIRouter(tags=["ask"])


@router.post("/v1/ask", response_model=Answer, summary="Answer a question with checked citations")
def ask(body: AskRequest, assistant: AssistantDep) -> Response:
    """Answer from the record: lists and counts from the action register (complete, with a
    coverage line), other questions from retrieved passages. Every citation's ``quote`` is an
    exact span of the cited document's stored text. ``abstained`` is true when the record does
    not cover the question. ``records`` holds the first ``records_limit`` records the answer
    rests on (default 1000); ``records_total`` counts them all."""
    answer = assistant.ask(
        body.question, body.filters, body.top_k, records_limit=body.records_limit
    )
    # the answer is already a validated model: serialise it once, in pydantic-core, rather
    # than validating it again and encoding it in Python (a long list costs 10x less)
    return Response(answer.model_dump_json(), media_type="application/json")
