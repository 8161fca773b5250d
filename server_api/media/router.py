"""``/v1/media``: upload an image or video (faculty, admins); fetch one (whoever may see it)."""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable, Iterator
from typing import IO, Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from server_api.auth.service import Principal, authenticate_token
from server_api.deps import SessionDep, SettingsDep, StaffDep, get_session
from server_api.errors import BadRequest, Unauthorized
from server_api.media import service
from server_api.media.responses import blob_response
from server_api.media.schemas import MediaPublic
from server_api.media.storage import MediaStorage

__all__ = ["router"]

router = APIRouter(prefix="/v1/media", tags=["media"])

_SPOOL_BYTES = 1024 * 1024
Closer = Callable[[], Awaitable[None]]


def _storage(settings: SettingsDep) -> MediaStorage:
    return MediaStorage(settings.media_dir)


StorageDep = Annotated[MediaStorage, Depends(_storage)]


# A download may stream a video for minutes: its session ends (and its connection goes back
# to the pool) when the route returns, not when the last byte is sent.
def _short_session(request: Request) -> Iterator[Session]:
    yield from get_session(request)


ShortSessionDep = Annotated[Session, Depends(_short_session, scope="function")]
_bearer = HTTPBearer(auto_error=False, description="token from POST /v1/auth/login")


def _download_principal(
    session: ShortSessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("sign in first: send 'Authorization: Bearer <token>'")
    return authenticate_token(session, credentials.credentials)


DownloadPrincipalDep = Annotated[Principal, Depends(_download_principal)]


@router.get(
    "/{sha256}",
    response_class=Response,
    responses={
        200: {"description": "the file"},
        206: {"description": "the requested byte range"},
        304: {"description": "not modified (If-None-Match)"},
        404: {"description": "no such file, or not visible to you"},
        416: {"description": "range not satisfiable"},
    },
)
def get_media(
    sha256: str,
    request: Request,
    session: ShortSessionDep,
    storage: StorageDep,
    principal: DownloadPrincipalDep,
) -> Response:
    """The bytes of a stored image or video, with ETag, ``If-None-Match`` and ``Range``.

    ``/v1/media/<sha256>/<name>`` is the same file; the name is only for people and players.
    """
    media = service.find_visible_media(session, storage, principal, sha256)
    return blob_response(
        request,
        path=media.path,
        sha256=media.row.sha256,
        content_type=media.row.content_type,
        filename=media.row.filename,
    )


@router.api_route(
    "/{sha256}/{filename}",
    methods=["GET", "HEAD"],
    response_class=Response,
    include_in_schema=False,
)
def get_named_media(
    sha256: str,
    filename: str,
    request: Request,
    session: ShortSessionDep,
    storage: StorageDep,
    principal: DownloadPrincipalDep,
) -> Response:
    """The same file as ``/v1/media/{sha256}``; ``filename`` is for people and players."""
    return get_media(sha256, request, session, storage, principal)


# HEAD answers like GET without the body; kept out of the schema so it has no operation id.
router.add_api_route(
    "/{sha256}", get_media, methods=["HEAD"], response_class=Response, include_in_schema=False
)


@router.post("", response_model=MediaPublic, status_code=201)
async def upload_media(
    request: Request,
    principal: StaffDep,
    session: SessionDep,
    settings: SettingsDep,
    storage: StorageDep,
) -> MediaPublic:
    """Upload one image or video: multipart (field ``file``) or the raw body with ``X-Filename``.

    The type is read from the bytes (PNG, JPEG, GIF, WebP, SVG, MP4/M4V, WebM); the declared
    ``Content-Type`` is ignored. Use the returned ``url`` as a section's ``media_url``: the
    uploader's university may show the file in its modules from now on.
    """
    source, filename, close = await _read_upload(request)
    try:
        row, url = await run_in_threadpool(
            service.store_upload,
            session,
            storage,
            source=source,
            filename=filename,
            max_bytes=settings.max_media_bytes,
            university_id=None if principal.is_admin else principal.university_id,
        )
    finally:
        await close()
    return MediaPublic(sha256=row.sha256, size=row.size, content_type=row.content_type, url=url)


async def _read_upload(request: Request) -> tuple[IO[bytes], str | None, Closer]:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=10)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            await form.close()
            raise BadRequest("send the file in a multipart field named 'file'")
        return upload.file, upload.filename, form.close
    # A small body stays in memory; a video spills to a temporary file. Closed by the route.
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
    async for chunk in request.stream():
        spool.write(chunk)
    spool.seek(0)

    async def close() -> None:
        spool.close()

    return spool, request.headers.get("x-filename"), close
