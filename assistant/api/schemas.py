"""Request and response bodies of the HTTP API (answers are ``assistant.answers.model.Answer``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ingest.cleaning import lone_surrogate as lone_surrogate_at
from ingest.model import ActionRecord, DocumentInfo


def surrogate_path(value: Any, path: str = "") -> str | None:
    """Where in a parsed JSON value a string holds a lone UTF-16 surrogate (JSON allows
    ``"\\ud800"``; it is no character, so no tokenizer or encoder can take it), else None."""
    if isinstance(value, str):
        at = lone_surrogate_at(value)
        return None if at is None else f"{path or 'body'} (character {at + 1})"
    if isinstance(value, dict):
        for key, item in value.items():
            where = surrogate_path(key, path) or surrogate_path(item, f"{path}.{key}".lstrip("."))
            if where:
                return where
    if isinstance(value, list):
        for index, item in enumerate(value):
            where = surrogate_path(item, f"{path}.{index}".lstrip("."))
            if where:
                return where
    return None


class RequestBody(BaseModel):
    """A JSON request body: text anywhere in it must be valid Unicode (no lone surrogates)."""

    @model_validator(mode="before")
    @classmethod
    def _valid_text(cls, data: Any) -> Any:
        where = surrogate_path(data)
        if where:
            raise ValueError(
                f"{where} holds a lone surrogate (an escaped \\ud800-\\udfff with no pair), "
                "which is not text; send valid UTF-8"
            )
        return data


class AskRequest(RequestBody):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(
        description="A question in plain English.",
        examples=["Which partnership actions slipped since 2008?"],
    )
    filters: dict[str, Any] | None = Field(
        None,
        description="Optional: year_from, year_to, document, status, theme, has_revised, kind.",
        examples=[{"year_from": 2008, "theme": ["partnership"]}],
    )
    top_k: int | None = Field(
        None, ge=1, le=50, description="Passages to retrieve (default from settings)."
    )
    records_limit: int | None = Field(
        None,
        ge=0,
        description="Most records to return in `records` (default from settings, 1000); "
        "`records_total` always gives the complete count.",
    )


class SearchHitOut(BaseModel):
    chunk_id: str
    score: float
    dense_rank: int | None
    lexical_rank: int | None
    kind: str
    document_id: str
    ref: str | None
    page: int | None
    record_id: str | None
    text: str
    metadata: dict[str, Any]


class SearchResponse(BaseModel):
    query: str
    hits: list[SearchHitOut]
    timings_ms: dict[str, float]


class RecordsResponse(BaseModel):
    count: int
    total: int
    records: list[ActionRecord]


class PageOut(BaseModel):
    number: int | None
    start: int
    text: str


class DocumentDetail(BaseModel):
    document: DocumentInfo
    pages: list[PageOut]
    records: list[ActionRecord]


class Health(BaseModel):
    status: str
    documents: int
    records: int
    chunks: int
    vectors: int | None = None
    generation: int
    worker: int = Field(description="Process id of the worker that answered (several may serve).")
    vector_store: str = Field(description="'embedded' or the Chroma server URL.")
