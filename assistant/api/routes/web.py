"""The chat page: ``GET /`` serves ``assistant/web/index.html``, ``/static/<name>`` its script and
style sheet.

Only the files named in :data:`STATIC` are served (no directory walking), and the page carries a
strict Content-Security-Policy: no inline script or style, no third-party origin, so text that
comes from documents or models can never run as code even if it reached the DOM as markup.
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

router = APIRouter(include_in_schema=False)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
STATIC = {
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "charts.js": "text/javascript; charset=utf-8",
    "workbench.js": "text/javascript; charset=utf-8",
}
COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def _read(name: str) -> bytes:
    # Read on every request: the files are small, and an edited page shows without a restart.
    return (resources.files("assistant") / "web" / name).read_bytes()


@router.api_route("/", methods=["GET", "HEAD"])
def index() -> Response:
    return Response(
        _read("index.html"),
        media_type="text/html; charset=utf-8",
        headers={
            **COMMON_HEADERS,
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Frame-Options": "DENY",
        },
    )


@router.api_route("/static/{name}", methods=["GET", "HEAD"])
def static(name: str) -> Response:
    media_type = STATIC.get(name)
    if media_type is None:
        raise HTTPException(404, f"no static file {name!r}")
    return Response(_read(name), media_type=media_type, headers=COMMON_HEADERS)
