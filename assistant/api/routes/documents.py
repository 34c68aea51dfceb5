"""Documents: list, read (with pages' text, for the source viewer), upload and delete.

Upload and delete need the admin key (``GOVRAG_ADMIN_KEY``); without one configured they are
off. An upload is ingested like ``govrag ingest``: parsed (PDFs in a child process with time
and memory limits), embedded, and stored so that it is wholly there or not at all.
"""

from __future__ import annotations

import threading

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from assistant.api.deps import AssistantDep
from assistant.api.guards import require_admin
from assistant.api.schemas import DocumentDetail, PageOut
from assistant.service import Assistant
from ingest.errors import InvalidRequest
from ingest.model import DocumentInfo
from vectorstore.indexer import IngestOutcome

router = APIRouter(tags=["documents"])
_WRITE_LOCK = threading.Lock()  # one writer per process; SQLite serialises across processes


class UploadResult(BaseModel):
    action: str = Field(description="added, updated or unchanged")
    document: DocumentInfo
    embedded: int = Field(description="Chunks embedded for this upload.")
    warnings: list[str]


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
    responses={200: {"description": "The same content was there already (unchanged)."}},
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
                                "description": "A .txt, .md, .html or .pdf file.",
                            }
                        },
                    }
                }
            },
        }
    },
)
async def upload(request: Request, assistant: AssistantDep) -> JSONResponse:
    try:
        form = await request.form()
    except (AssertionError, ValueError) as exc:  # not multipart, or a malformed body
        raise InvalidRequest(f"the upload must be multipart/form-data ({exc})") from exc
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
    data = await file.read()
    outcome = await run_in_threadpool(_ingest, assistant, data, name)
    info = assistant.services.catalog.document(outcome.document_id)
    result = UploadResult(
        action=outcome.action, document=info, embedded=outcome.embedded, warnings=outcome.warnings
    )
    status = 200 if outcome.action == "unchanged" else 201
    return JSONResponse(result.model_dump(mode="json"), status_code=status)


def _ingest(assistant: Assistant, data: bytes, name: str) -> IngestOutcome:
    with _WRITE_LOCK:
        return assistant.services.indexer.ingest_bytes(data, name)


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
