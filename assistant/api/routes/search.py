"""GET /v1/search — hybrid search with the same filters as /v1/ask."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from assistant.api.deps import AssistantDep
from assistant.api.routes.query import check_params, many
from assistant.api.schemas import SearchHitOut, SearchResponse

router = APIRouter(tags=["search"])
PARAMS = {"q", "k", "year_from", "year_to", "document", "status", "theme", "has_revised", "kind"}


@router.get("/v1/search", response_model=SearchResponse, summary="Hybrid (dense + BM25) search")
def search(
    request: Request,
    assistant: AssistantDep,
    q: str = Query(..., description="Search text; exact refs such as R18 are matched by keyword."),
    k: int = Query(8, ge=1, le=100),
    year_from: int | None = Query(None),
    year_to: int | None = Query(None),
    has_revised: bool | None = Query(None),
    kind: str | None = Query(None, description="record or prose"),
) -> SearchResponse:
    check_params(request, PARAMS)
    filters = {
        "year_from": year_from,
        "year_to": year_to,
        "document": many(request, "document"),
        "status": many(request, "status"),
        "theme": many(request, "theme"),
        "has_revised": has_revised,
        "kind": kind,
    }
    result = assistant.search(q, k, {key: v for key, v in filters.items() if v is not None})
    hits = [
        SearchHitOut(
            chunk_id=h.chunk.id,
            score=round(h.score, 6),
            dense_rank=h.dense_rank,
            lexical_rank=h.lexical_rank,
            kind=h.chunk.kind,
            document_id=h.chunk.document_id,
            ref=h.chunk.ref,
            page=h.chunk.page,
            record_id=h.chunk.record_id,
            text=h.chunk.text,
            metadata=h.chunk.metadata,
        )
        for h in result.hits
    ]
    return SearchResponse(
        query=q, hits=hits, timings_ms={k_: round(v, 2) for k_, v in result.timings_ms.items()}
    )
