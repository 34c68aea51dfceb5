"""Documents: list, read (with pages' text, for the source viewer), upload and delete.

Upload and delete need the admin key (``GOVRAG_ADMIN_KEY``); without one configured they are
off. An upload is ingested like ``govrag ingest``: parsed (PDFs in a child process with time
and memory limits), embedded, and stored so that it is wholly there or not at all.
"""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api.deps import AssistantDep
from assistant.api.guards import require_admin
from assistant.api.schemas import DocumentDetail, PageOut
from assistant.service import Assistant
from ingest.errors import InvalidRequest
from ingest.model import DocumentInfo
from vectorstore.indexer import IngestOutcome

router = APIRouter(tags=["documents"])
MAX_NAME_CHARS = 255  # what file systems allow in one name
_WRITE_LOCK = threading.Lock()  # one writer per process; SQLite serialises across processes


class UploadResult(BaseModel):
    action: str = Field(description="added, updated (with ?replace=true) or unchanged")
    document: DocumentInfo
    embedded: int = Field(description="Chunks embedded for this upload.")
    warnings: list[str]
    replaced: DocumentInfo | None = Field(
        None, description="With action 'updated': the earlier version that was replaced."
    )


class RemoveResult(BaseModel):
    removed: str = Field(description="The document id.")
    chunks: int = Field(description="Chunks deleted with it.")


@router.get("/v1/documents", response_model=list[DocumentInfo], summary="Ingested documents")
def documents(assistant: AssistantDep) -> list[DocumentInfo]:
    return assistant.documents()


@router.get(
    "/v1/documents/{document_id}",
    response_model=DocumentDetail,
    summary="One document, its pages and records",
)
def document(document_id: str, assistant: AssistantDep) -> DocumentDetail:
    catalog = assistant.services.catalog
    info = catalog.document(document_id)
    pages = [PageOut(**page) for page in catalog.pages(document_id)]
    records = list(assistant.register.of_document(document_id))
    return DocumentDetail(document=info, pages=pages, records=records)


@router.post(
    "/v1/documents",
    response_model=UploadResult,
    status_code=201,
    summary="Upload and ingest a document (admin key)",
    dependencies=[Depends(require_admin)],
    responses={
        200: {"description": "The same content was there already (unchanged)."},
        409: {
            "description": "The same content is in the index under another name "
            "(duplicate_document), or a different document has this name and replace was not "
            "asked (document_exists); `error.details.document_id` names the one in the way."
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {
                                "type": "string",
                                "format": "binary",
                                "description": "A .txt .md .html .pdf .docx .xlsx or .csv file.",
                            }
                        },
                    }
                }
            },
        }
    },
)
async def upload(
    request: Request,
    assistant: AssistantDep,
    replace: Annotated[
        bool,
        Query(description="Replace a different document that has the same file name."),
    ] = False,
) -> JSONResponse:
    try:
        form = await request.form()
    except (AssertionError, ValueError) as exc:  # not multipart, or a malformed body
        raise InvalidRequest(f"the upload must be multipart/form-data ({exc})") from exc
    except StarletteHTTPException as exc:  # the multipart parser refused the body
        raise InvalidRequest(
            f"the upload could not be read as multipart/form-data ({_root_cause(exc)})",
            help="Send one part named 'file' with a file name of at most "
            f"{MAX_NAME_CHARS} characters, e.g. curl -F file=@plan.pdf …",
        ) from exc
    file = form.get("file")
    if not isinstance(file, StarletteUpload):  # FastAPI's UploadFile subclasses it
        sent = "a plain form field" if file is not None else "no 'file' part"
        raise InvalidRequest(
            f"the upload needs a file part named 'file' with a file name; got {sent}",
            help="e.g. curl -F file=@plan.pdf -H 'Authorization: Bearer …' …/v1/documents",
        )
    name = (file.filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name or name.startswith("."):
        raise InvalidRequest("the upload needs a file name with an extension (e.g. plan.pdf)")
    if len(name) > MAX_NAME_CHARS:
        raise InvalidRequest(
            f"the upload's file name is {len(name)} characters; the limit is {MAX_NAME_CHARS}",
            help="Rename the file before uploading it.",
        )
    data = await file.read()
    outcome = await run_in_threadpool(_ingest, assistant, data, name, replace)
    info = assistant.services.catalog.document(outcome.document_id)
    result = UploadResult(
        action=outcome.action,
        document=info,
        embedded=outcome.embedded,
        warnings=outcome.warnings,
        replaced=outcome.replaced,
    )
    status = 200 if outcome.action == "unchanged" else 201
    return JSONResponse(result.model_dump(mode="json"), status_code=status)


def _root_cause(exc: BaseException) -> str:
    """The innermost reason in an exception's chain (the parser's own words)."""
    inner = exc.__cause__ or exc.__context__
    while inner is not None:
        exc, inner = inner, inner.__cause__ or inner.__context__
    return str(exc) or type(exc).__name__


def _ingest(assistant: Assistant, data: bytes, name: str, replace: bool) -> IngestOutcome:
    with _WRITE_LOCK:
        return assistant.services.indexer.ingest_bytes(data, name, replace=replace)


@router.delete(
    "/v1/documents/{document_id}",
    response_model=RemoveResult,
    summary="Delete a document everywhere (admin key)",
    dependencies=[Depends(require_admin)],
)
def remove(document_id: str, assistant: AssistantDep) -> RemoveResult:
    with _WRITE_LOCK:
        removed = assistant.services.indexer.remove(document_id)
    return RemoveResult(removed=document_id, chunks=len(removed))
