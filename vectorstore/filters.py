"""Search filters, and their translation for Chroma (``where``) and SQLite (``WHERE``)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ingest.errors import InvalidRequest
from ingest.model import STATUSES, Status
from ingest.themes import resolve_theme, theme_key


class SearchFilters(BaseModel):
    """Metadata filters shared by search, records and ask. Unknown keys are rejected."""

    model_config = ConfigDict(extra="forbid")

    year_from: int | None = Field(None, ge=1900, le=2100, description="Document year from (incl.).")
    year_to: int | None = Field(None, ge=1900, le=2100, description="Document year to (incl.).")
    document: list[str] | None = Field(None, description="Document ids or file names.")
    status: list[Status] | None = Field(None, description=f"Any of: {', '.join(STATUSES)}.")
    theme: list[str] | None = Field(None, description="Any of these themes (e.g. 'partnership').")
    has_revised: bool | None = Field(None, description="Only records whose deadline was revised.")
    kind: Literal["record", "prose"] | None = Field(
        None, description="Only record or prose chunks."
    )

    @field_validator("theme")
    @classmethod
    def _known_themes(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        resolved = []
        for name in value:
            theme = resolve_theme(name)
            if theme is None:
                raise ValueError(f"unknown theme {name!r}")
            resolved.append(theme)
        return resolved

    @classmethod
    def parse(cls, data: dict[str, Any] | None) -> SearchFilters:
        """Validate user input; errors name the field."""
        from pydantic import ValidationError

        try:
            return cls.model_validate(data or {})
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'filters'}: {err['msg']}"
                for err in exc.errors()
            )
            raise InvalidRequest(f"invalid filters: {problems}") from exc

    def is_empty(self) -> bool:
        # every field named (a walk over 5,000 documents asks this for each of them)
        return (
            self.year_from is None
            and self.year_to is None
            and self.document is None
            and self.status is None
            and self.theme is None
            and self.has_revised is None
            and self.kind is None
        )

    def to_chroma_where(self, document_ids: list[str] | None = None) -> dict[str, Any] | None:
        """A Chroma ``where`` clause (``document_ids`` are the resolved document filter)."""
        clauses: list[dict[str, Any]] = []
        if self.year_from is not None:
            clauses.append({"year": {"$gte": self.year_from}})
        if self.year_to is not None:
            clauses.append({"year": {"$lte": self.year_to}})
        if document_ids is not None:
            clauses.append({"document_id": {"$in": document_ids or ["\0none"]}})
        if self.status:
            clauses.append({"status": {"$in": list(self.status)}})
        if self.theme:
            themes = [{theme_key(t): True} for t in self.theme]
            clauses.append(themes[0] if len(themes) == 1 else {"$or": themes})
        if self.has_revised is not None:
            clauses.append({"has_revised": self.has_revised})
        if self.kind:
            clauses.append({"kind": self.kind})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def to_sql(
        self, document_ids: list[str] | None = None, alias: str = "c"
    ) -> tuple[str, list[Any]]:
        """A SQL condition over the ``chunks`` table and its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        if self.year_from is not None:
            parts.append(f"{alias}.year >= ?")
            params.append(self.year_from)
        if self.year_to is not None:
            parts.append(f"{alias}.year <= ?")
            params.append(self.year_to)
        if document_ids is not None:
            parts.append(f"{alias}.document_id IN ({','.join('?' * len(document_ids)) or 'NULL'})")
            params.extend(document_ids)
        if self.status:
            parts.append(f"{alias}.status IN ({','.join('?' * len(self.status))})")
            params.extend(self.status)
        if self.theme:
            parts.append("(" + " OR ".join(f"{alias}.themes LIKE ?" for _ in self.theme) + ")")
            params.extend(f"%|{t}|%" for t in self.theme)
        if self.has_revised is not None:
            parts.append(f"{alias}.has_revised = ?")
            params.append(int(self.has_revised))
        if self.kind:
            parts.append(f"{alias}.kind = ?")
            params.append(self.kind)
        return (" AND ".join(parts) or "1=1"), params
