"""The API's documentation pages (``/docs``, ``/redoc``, ``/openapi.json``), or none.

They are served only when ``Settings.docs_enabled()`` says so: by default on the embedded
SQLite server (the demo, a developer's machine) and off on PostgreSQL (production), where
``FRAMES_DOCS=true`` or ``frames-server serve --docs`` turns them on. The pages are
FastAPI's own (Swagger UI and ReDoc from their CDN) with a Content-Security-Policy that
lets only those scripts and the page's own inline script (by its hash) run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Final

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

__all__ = ["docs_policy", "mount_docs"]

_INLINE_SCRIPT: Final = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_CDN: Final = "https://cdn.jsdelivr.net"


def docs_policy(html: str) -> str:
    """The Content-Security-Policy of a documentation page: its CDN scripts and its own
    inline scripts (by SHA-256) run, nothing else; styles may be inline (both UIs add them
    at run time); the page may only fetch from this server."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'none'; script-src {_CDN} {hashes}; "
        f"style-src {_CDN} https://fonts.googleapis.com 'unsafe-inline'; "
        "font-src https://fonts.gstatic.com; "
        f"img-src 'self' data: {_CDN} https://fastapi.tiangolo.com; "
        "connect-src 'self'; worker-src blob:; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )


def _page(response: HTMLResponse) -> HTMLResponse:
    html = bytes(response.body).decode()
    return HTMLResponse(html, headers={"Content-Security-Policy": docs_policy(html)})


def mount_docs(app: FastAPI, *, openapi_url: str) -> None:
    """Serve Swagger UI at ``/docs`` and ReDoc at ``/redoc`` for the document at
    ``openapi_url`` (the app serves that itself)."""
    swagger = _page(get_swagger_ui_html(openapi_url=openapi_url, title=f"{app.title} - docs"))
    redoc = _page(get_redoc_html(openapi_url=openapi_url, title=f"{app.title} - ReDoc"))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return swagger

    @app.get("/redoc", include_in_schema=False)
    def redoc_page() -> HTMLResponse:
        return redoc
