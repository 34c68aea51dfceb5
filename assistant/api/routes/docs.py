"""``GET /docs``: the API's Swagger UI, served from this server alone.

FastAPI's own ``/docs`` loads Swagger UI from a public CDN, so on a machine without internet it
is blank, and its inline script needs a looser Content-Security-Policy than the chat page's.
This page takes Swagger UI's script and style sheet from the installed ``fastapi-offline``
package, starts it from a script file of ours, and carries the chat page's CSP.
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from assistant.api.routes.web import COMMON_HEADERS, CONTENT_SECURITY_POLICY

router = APIRouter(include_in_schema=False)

ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
}
_PAGE = b"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>govrag API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/start.js"></script>
</body>
</html>
"""
_START = b"""window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
});
"""


@router.api_route("/docs", methods=["GET", "HEAD"])
def docs() -> Response:
    return Response(
        _PAGE,
        media_type="text/html; charset=utf-8",
        headers={
            **COMMON_HEADERS,
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Frame-Options": "DENY",
        },
    )


@router.api_route("/docs/assets/{name}", methods=["GET", "HEAD"])
def asset(name: str) -> Response:
    if name == "start.js":
        return Response(_START, media_type=ASSETS["swagger-ui-bundle.js"], headers=COMMON_HEADERS)
    media_type = ASSETS.get(name)
    if media_type is None:
        raise HTTPException(404, f"no docs asset {name!r}")
    data = (resources.files("fastapi_offline") / "static" / name).read_bytes()
    return Response(data, media_type=media_type, headers=COMMON_HEADERS)
