"""HTTP responses for immutable blobs: strong ETags, 304, byte ranges (206/416), HEAD.

A blob's name is the hash of its bytes, so its ETag is that hash and it never changes:
clients may cache it for a year (``immutable``). ``Range: bytes=a-b``, ``a-`` and ``-n``
are answered with 206 and ``Content-Range``; a range that starts past the end with 416 and
``Content-Range: bytes */size``. A request for several ranges gets the whole file (200),
which RFC 9110 allows. ``If-Range`` honours the range only when it carries the current
ETag. Bodies are streamed from the file in chunks, never read whole into memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

__all__ = ["blob_response", "parse_range"]

_CHUNK: Final = 256 * 1024
_RANGE_RE: Final = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)
CACHE_CONTROL: Final = "private, max-age=31536000, immutable"
# Media is shown, never run: no scripts even in an SVG opened on its own.
_CSP: Final = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"


class Unsatisfiable(Exception):
    """Raised by ``parse_range`` for a range that starts at or past the end of the file."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The inclusive ``(first, last)`` byte range asked for, or None for the whole file.

    None also for a header this server ignores (malformed, a unit other than bytes, several
    ranges). Raises ``Unsatisfiable`` for ``a-`` / ``a-b`` with ``a >= size`` and for
    ``-0``.
    """
    if not header or "," in header:
        return None
    match = _RANGE_RE.match(header)
    if match is None:
        return None
    first_s, last_s = match.groups()
    if not first_s and not last_s:
        return None
    if not first_s:  # suffix: the last n bytes
        suffix = int(last_s)
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return max(0, size - suffix), size - 1
    first = int(first_s)
    if last_s and int(last_s) < first:
        return None  # invalid range-spec: ignore the header
    if first >= size:
        raise Unsatisfiable
    last = int(last_s) if last_s else size - 1
    return first, min(last, size - 1)


def _etag_matches(header: str, etag: str) -> bool:
    """Weak comparison (If-None-Match): any listed tag equal to ours, W/ or not, or ``*``."""
    for candidate in header.split(","):
        tag = candidate.strip()
        if tag == "*" or tag.removeprefix("W/") == etag:
            return True
    return False


def _iter_file(path: Path, start: int, length: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(start)
        remaining = length
        while remaining > 0:
            chunk = handle.read(min(_CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk


def blob_response(
    request: Request,
    *,
    path: Path,
    sha256: str,
    content_type: str,
    filename: str,
) -> Response:
    """The response to a GET or HEAD of the blob at ``path``."""
    size = path.stat().st_size
    etag = f'"{sha256}"'
    headers = {
        "ETag": etag,
        "Cache-Control": CACHE_CONTROL,
        "Accept-Ranges": "bytes",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": _CSP,
        "Content-Disposition": f"inline; filename*=UTF-8''{quote(filename)}",
    }
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None and _etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=headers)

    status, first, last = 200, 0, size - 1
    range_header = request.headers.get("range")
    if_range = request.headers.get("if-range")
    # If-Range with anything but our current (strong) ETag means "send it all".
    if range_header is not None and (if_range is None or if_range.strip() == etag):
        try:
            wanted = parse_range(range_header, size)
        except Unsatisfiable:
            return Response(
                status_code=416,
                headers={**headers, "Content-Range": f"bytes */{size}"},
            )
        if wanted is not None:
            status, (first, last) = 206, wanted
            headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    length = max(0, last - first + 1)
    headers["Content-Length"] = str(length)
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers, media_type=content_type)
    return StreamingResponse(
        _iter_file(path, first, length),
        status_code=status,
        headers=headers,
        media_type=content_type,
    )
