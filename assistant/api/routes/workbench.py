"""The auditor's workbench over HTTP: recurring issues, issue threads, slippage."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from assistant.api.deps import AssistantDep
from assistant.api.routes.query import check_params
from assistant.api.routes.records import record_query
from assistant.workbench import (
    RecurringResponse,
    SlippageResponse,
    ThreadDetail,
    ThreadSummary,
    recurring,
    slippage,
    summary,
    theme_name,
    thread_detail,
)

router = APIRouter(tags=["workbench"])


@router.get(
    "/v1/recurring",
    response_model=RecurringResponse,
    summary="Themes and issue threads that recur across reports",
)
def recurring_issues(
    request: Request,
    assistant: AssistantDep,
    theme: str | None = Query(None, description="Only this theme, e.g. partnership."),
) -> RecurringResponse:
    check_params(request, {"theme"})
    name = theme_name(theme)
    return recurring(assistant.register, name)


@router.get(
    "/v1/threads", response_model=list[ThreadSummary], summary="Issue threads, widest span first"
)
def threads(
    request: Request,
    assistant: AssistantDep,
    theme: str | None = Query(None, description="Only threads on this theme."),
    min_documents: int = Query(1, ge=1, description="Only threads in at least this many reports."),
) -> list[ThreadSummary]:
    check_params(request, {"theme", "min_documents"})
    name = theme_name(theme)
    found = assistant.register.threads().recurring(name, min_documents=min_documents)
    return [summary(t) for t in found]


@router.get(
    "/v1/threads/{thread_id}",
    response_model=ThreadDetail,
    summary="One issue thread: its timeline across reports (a record id finds its thread)",
)
def thread(thread_id: str, assistant: AssistantDep) -> ThreadDetail:
    return thread_detail(assistant.register, assistant.services.catalog, thread_id)


@router.get(
    "/v1/slippage",
    response_model=SlippageResponse,
    summary="Slipped actions and a summary by theme, owner and document",
)
def slipped_actions(
    request: Request,
    assistant: AssistantDep,
    since: int | None = Query(None, description="Due (or report) year from."),
    until: int | None = Query(None, description="Due (or report) year to."),
    owner: str | None = Query(None, description="Owner contains this text."),
) -> SlippageResponse:
    check_params(request, {"document", "status", "theme", "since", "until", "owner", "ref"})
    query = record_query(request, since, until, False, None, owner)
    return slippage(assistant.register, assistant.records(query))
