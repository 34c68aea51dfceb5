"""Query-string helpers: repeated keys as lists, and unknown keys rejected by name."""

from __future__ import annotations

from fastapi import Request

from ingest.errors import InvalidRequest


def check_params(request: Request, allowed: set[str]) -> None:
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise InvalidRequest(
            f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"use {', '.join(sorted(allowed))}"
        )


def many(request: Request, name: str) -> list[str] | None:
    values = [v for raw in request.query_params.getlist(name) for v in raw.split(",") if v.strip()]
    return [v.strip() for v in values] or None
