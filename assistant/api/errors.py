"""One JSON error shape for every error, translated once here.

``{"error": {"code": "invalid_request", "message": "...", "help": "...", "status": 422}}``,
plus ``"details": {...}`` when the error carries machine-readable facts (a 409's
``document_id``). The refusals only HTTP makes (keys, rate, load and size limits) are defined
here too; the guard middleware raises them and renders them with :func:`error_response`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.errors import GovragError, InvalidRequest

log = logging.getLogger(__name__)


# -- the errors only the HTTP layer raises -----------------------------------------------------
class Unauthorized(GovragError):
    """A protected endpoint was called without a valid key."""

    code = "unauthorized"
    http_status = 401

    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": "Bearer"}


class Forbidden(GovragError):
    """The operation is switched off in this deployment."""

    code = "forbidden"
    http_status = 403


class RateLimited(GovragError):
    """A client has sent too many requests; ``retry_after`` says when to try again."""

    code = "rate_limited"
    http_status = 429

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, help=f"Retry after {retry_after} s.")
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class Overloaded(GovragError):
    """The server is at its concurrency limit."""

    code = "overloaded"
    http_status = 503
    help = "Retry in a moment."

    def headers(self) -> dict[str, str]:
        return {"Retry-After": "1"}


class PayloadTooLarge(GovragError):
    """A request body or upload is over its configured size."""

    code = "too_large"
    http_status = 413

    def __init__(self, *, size: int | None, limit: int, upload: bool) -> None:
        what = "upload" if upload else "request body"
        setting = "GOVRAG_SERVER__MAX_UPLOAD_MB" if upload else "GOVRAG_SERVER__MAX_BODY_KB"
        stated = f"is {_size(size)}, over" if size is not None else "is over"
        super().__init__(
            f"the {what} {stated} the limit of {_size(limit)}",
            help=f"Send less, or raise {setting}.",
        )


def _size(count: int) -> str:
    """Bytes for people: MB to two decimals (never rounded down onto the limit), else KB."""
    if count >= 1024 * 1024:
        return f"{count / 1024 / 1024:.2f}".rstrip("0").rstrip(".") + " MB"
    if count >= 1024:
        return f"{count / 1024:.1f}".rstrip("0").rstrip(".") + " KB"
    return f"{count} bytes"


# -- the one shape -------------------------------------------------------------------------------
def error_body(
    code: str, message: str, status: int, help: str = "", details: dict[str, str] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message, "help": help, "status": status}
    if details:
        body["details"] = details
    return {"error": body}


INTERNAL_ERROR = error_body(
    "internal_error", "an unexpected error occurred; it has been logged", 500
)


def domain_error_body(exc: GovragError) -> dict[str, Any]:
    return error_body(exc.code, exc.message, exc.http_status, exc.help, exc.details)


# on the error responses themselves too: a 500 is sent from outside the app's middleware
NOSNIFF = {"X-Content-Type-Options": "nosniff"}


def error_response(exc: GovragError) -> JSONResponse:
    """The response for any domain error: its status, the one shape, its headers."""
    return JSONResponse(
        domain_error_body(exc), status_code=exc.http_status, headers={**NOSNIFF, **exc.headers()}
    )


def _response(
    code: str, message: str, status: int, help: str = "", headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        error_body(code, message, status, help),
        status_code=status,
        headers={**NOSNIFF, **(headers or {})},
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GovragError)
    async def _domain(request: Request, exc: GovragError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return _response(
            "invalid_request", "; ".join(problems), 422, "See /docs for the request schema."
        )

    @app.exception_handler(RecursionError)
    async def _too_deep(request: Request, exc: RecursionError) -> JSONResponse:
        return error_response(
            InvalidRequest(
                "the request body is nested too deeply to read",
                help="Send flat JSON: see /docs for the request schema.",
            )
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc.__cause__, RecursionError):  # FastAPI's "error parsing the body"
            return await _too_deep(request, exc.__cause__)
        code = {
            400: "bad_request",
            404: "not_found",
            405: "method_not_allowed",
            413: "too_large",
        }.get(exc.status_code, "http_error")
        return _response(
            code, str(exc.detail), exc.status_code, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(INTERNAL_ERROR, status_code=500, headers=NOSNIFF)
