"""GET /v1/records — the action register with the CLI's filters, as JSON or CSV."""

from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from assistant.api.deps import AssistantDep
from assistant.api.routes.query import check_params, many
from assistant.api.schemas import RecordsResponse
from assistant.register import RecordQuery
from ingest.errors import InvalidRequest
from ingest.model import ActionRecord

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
    "format",
}
CSV_COLUMNS = [
    "id",
    "document",
    "date",
    "section",
    "category",
    "ref",
    "title",
    "owner",
    "priority",
    "due_text",
    "due_date",
    "revised_from_text",
    "revised_from_date",
    "status",
    "status_text",
    "themes",
    "pages",
    "finding",
    "action",
    "progress",
]


def record_row(record: ActionRecord) -> dict[str, str]:
    data = record.model_dump()
    row = {key: "" if data.get(key) is None else str(data.get(key)) for key in CSV_COLUMNS}
    row["document"] = record.document.filename
    row["date"] = record.report_date or ""
    row["themes"] = "; ".join(record.themes)
    row["pages"] = ", ".join(str(p) for p in record.pages)
    return row


def records_csv(records: list[ActionRecord]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for record in records:
        writer.writerow(record_row(record))
    return buffer.getvalue()


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
    format: str = Query("json", description="json or csv"),
) -> RecordsResponse | Response:
    check_params(request, PARAMS)
    query = RecordQuery(
        document=many(request, "document"),
        status=many(request, "status"),
        theme=many(request, "theme"),
        since=since,
        until=until,
        slipped=slipped,
        revised=revised,
        owner=owner,
        ref=many(request, "ref"),
    )
    found = assistant.records(query)
    if format == "csv":
        return Response(
            records_csv(found),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="govrag-records.csv"'},
        )
    if format != "json":
        raise InvalidRequest(f"unknown format {format!r}; use json or csv")
    return RecordsResponse(count=len(found), total=len(assistant.register.all()), records=found)
