"""One JSON error shape for every error, translated once here.

``{"error": {"code": "invalid_request", "message": "...", "help": "...", "status": 422}}``
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.errors import GovragError, RateLimited, Unauthorized

log = logging.getLogger(__name__)


def error_body(code: str, message: str, status: int, help: str = "") -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "help": help, "status": status}}


def _response(
    code: str, message: str, status: int, help: str = "", headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        error_body(code, message, status, help), status_code=status, headers=headers
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GovragError)
    async def _domain(request: Request, exc: GovragError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else None
        if isinstance(exc, Unauthorized):
            headers = {"WWW-Authenticate": "Bearer"}
        return _response(exc.code, exc.message, exc.http_status, exc.help, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return _response(
            "invalid_request", "; ".join(problems), 422, "See /docs for the request schema."
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status_code, "http_error"
        )
        return _response(
            code, str(exc.detail), exc.status_code, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _response("internal_error", "an unexpected error occurred; it has been logged", 500)
