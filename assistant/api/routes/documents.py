"""GET /v1/documents and /v1/documents/{id} (with pages' text, for the source viewer)."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.api.schemas import DocumentDetail, PageOut
from ingest.model import DocumentInfo

router = APIRouter(tags=["documents"])


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
    records = [r for r in assistant.register.all() if r.document.id == document_id]
    return DocumentDetail(document=info, pages=pages, records=records)
