"""GET /v1/records — the action register with the CLI's filters, as JSON, CSV or XLSX."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from assistant.api.deps import AssistantDep
from assistant.api.routes.query import check_params, many
from assistant.api.schemas import RecordsResponse
from assistant.register import RecordQuery
from assistant.workbench import export_rows, to_csv, to_xlsx
from ingest.errors import InvalidRequest

router = APIRouter(tags=["records"])
PARAMS = {
    "document",
    "status",
    "theme",
    "since",
    "until",
    "slipped",
    "revised",
    "owner",
    "ref",
    "priority",
    "min_extensions",
    "format",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def record_query(
    request: Request,
    since: int | None,
    until: int | None,
    slipped: bool,
    revised: bool | None,
    owner: str | None,
    priority: str | None = None,
    min_extensions: int | None = None,
) -> RecordQuery:
    """The register filters of a request (shared by /v1/records and /v1/slippage)."""
    return RecordQuery(
        document=many(request, "document"),
        status=many(request, "status"),
        theme=many(request, "theme"),
        since=since,
        until=until,
        slipped=slipped,
        revised=revised,
        owner=owner,
        ref=many(request, "ref"),
        priority=priority,
        min_extensions=min_extensions,
    )


@router.get("/v1/records", response_model=RecordsResponse, summary="The action register, filtered")
def records(
    request: Request,
    assistant: AssistantDep,
    since: int | None = Query(None, description="Due (or report) year from."),
    until: int | None = Query(None, description="Due (or report) year to."),
    slipped: bool = Query(False, description="Only actions that slipped."),
    revised: bool | None = Query(
        None, description="Only actions whose deadline was (not) revised."
    ),
    owner: str | None = Query(None, description="Owner contains this text."),
    priority: str | None = Query(None, description="High, Medium or Low."),
    min_extensions: int | None = Query(
        None, ge=1, description="Only actions whose deadline moved at least this many times."
    ),
    format: str = Query("json", description="json, csv or xlsx"),
) -> RecordsResponse | Response:
    check_params(request, PARAMS)
    query = record_query(request, since, until, slipped, revised, owner, priority, min_extensions)
    found = assistant.records(query)
    if format in ("csv", "xlsx"):
        rows = export_rows(assistant.register, found)
        described = str(request.url.query) or "none"
        if format == "csv":
            return Response(
                to_csv(rows),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": 'attachment; filename="govrag-records.csv"'},
            )
        return Response(
            to_xlsx(rows, described),
            media_type=XLSX,
            headers={"Content-Disposition": 'attachment; filename="govrag-records.xlsx"'},
        )
    if format != "json":
        raise InvalidRequest(f"unknown format {format!r}; use json, csv or xlsx")
    return RecordsResponse(count=len(found), total=len(assistant.register.all()), records=found)
