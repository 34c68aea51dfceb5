"""GET /healthz — cheap, and says what the index holds."""

from __future__ import annotations

import os

from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="Liveness and index counts")
def health(assistant: AssistantDep) -> Health:
    catalog = assistant.services.catalog
    counts = catalog.counts()
    return Health(
        status="ok",
        documents=counts["documents"],
        records=counts["records"],
        chunks=counts["chunks"],
        generation=catalog.generation(),
        worker=os.getpid(),
        vector_store=assistant.settings.chroma_url or "embedded",
    )
