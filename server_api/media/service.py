"""Images and videos: store them once by content hash, and hand them only to those who may see them.

A media file is visible to a principal when a section of a module the principal may read
(``module_visible``) shows it, i.e. the section's ``media_url`` is ``/v1/media/<sha256>`` or
``/v1/media/<sha256>/<name>``. Admins see every stored file. Anything else is "not found",
so the existence of another university's media does not leak.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, Final

from sqlalchemy import exists, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.errors import ApiError, BadRequest, NotFound
from server_api.media.sniff import EXTENSIONS, sniff_media_type
from server_api.media.storage import BlobTooLarge, MediaStorage, StoredBlob, is_sha256
from server_api.models import MediaFile, Module, ModuleSection
from server_api.modules.scope import module_visible

__all__ = [
    "MEDIA_URL_PREFIX",
    "MediaTooLarge",
    "UnsupportedMediaType",
    "VisibleMedia",
    "find_visible_media",
    "media_url",
    "safe_filename",
    "sha256_of_media_url",
    "store_blob",
    "store_file",
    "store_upload",
]

MEDIA_URL_PREFIX: Final = "/v1/media/"
_FILENAME_MAX: Final = 200
_UNSAFE: Final = re.compile(r"[^A-Za-z0-9._-]+")


class MediaTooLarge(ApiError):
    """Raised when an uploaded file is larger than ``Settings.max_media_bytes``."""

    status_code = 413
    code = "too_large"


class UnsupportedMediaType(ApiError):
    """Raised when a file's bytes are not one of the image or video types the server serves."""

    status_code = 415
    code = "unsupported_media_type"


@dataclass(frozen=True, slots=True)
class VisibleMedia:
    """A stored file the caller may read, and where its bytes are."""

    row: MediaFile
    path: Path


def media_url(sha256: str, filename: str) -> str:
    """The URL sections store and clients fetch: ``/v1/media/<sha256>/<filename>``."""
    return f"{MEDIA_URL_PREFIX}{sha256}/{safe_filename(filename)}"


def sha256_of_media_url(url: str | None) -> str | None:
    """The hash in a ``/v1/media/...`` URL, or None for any other URL."""
    if not url or not url.startswith(MEDIA_URL_PREFIX):
        return None
    candidate = url[len(MEDIA_URL_PREFIX) :].split("/", 1)[0]
    return candidate if is_sha256(candidate) else None


def safe_filename(name: str | None, *, content_type: str | None = None) -> str:
    """A file name safe in a URL path and a header: ASCII letters, digits, ``.``, ``-``, ``_``.

    Only the last path component is kept; an empty result becomes ``media`` plus the
    extension of ``content_type``.
    """
    base = PurePath((name or "").replace("\\", "/")).name
    folded = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("-", folded).strip(".-")
    if len(cleaned) > _FILENAME_MAX:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[: _FILENAME_MAX - len(ext) - 1] + dot + ext) if dot else cleaned
        cleaned = cleaned[:_FILENAME_MAX]
    if not cleaned:
        cleaned = "media" + EXTENSIONS.get(content_type or "", "")
    return cleaned


def store_blob(session: Session, blob: StoredBlob, *, filename: str) -> MediaFile:
    """Record a blob already in storage; raise ``UnsupportedMediaType`` if it is not media.

    The row is inserted once per hash (concurrent writers of the same bytes are fine); the
    first name it was stored under is kept.
    """
    content_type = sniff_media_type(blob.head)
    if content_type is None:
        raise UnsupportedMediaType(
            f"{safe_filename(filename)} is not an image or video the server accepts "
            "(PNG, JPEG, GIF, WebP, SVG, MP4, M4V or WebM)"
        )
    values = {
        "sha256": blob.sha256,
        "size": blob.size,
        "content_type": content_type,
        "filename": safe_filename(filename, content_type=content_type),
    }
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(MediaFile).values(values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(MediaFile).values(values).on_conflict_do_nothing())
    elif session.get(MediaFile, blob.sha256) is None:  # pragma: no cover - other databases
        session.add(MediaFile(**values))
        session.flush()
    row = session.get(MediaFile, blob.sha256)
    assert row is not None
    return row


def store_upload(
    session: Session,
    storage: MediaStorage,
    *,
    source: IO[bytes],
    filename: str | None,
    max_bytes: int,
) -> tuple[MediaFile, str]:
    """Store an uploaded file; return its row and the URL a section should use."""
    try:
        blob = storage.store_stream(source, max_bytes=max_bytes)
    except BlobTooLarge as exc:
        raise MediaTooLarge(f"the file is larger than the limit of {max_bytes} bytes") from exc
    if blob.size == 0:
        raise BadRequest("the file is empty")
    row = store_blob(session, blob, filename=filename or "")
    name = safe_filename(filename, content_type=row.content_type) if filename else row.filename
    return row, media_url(row.sha256, name)


def store_file(
    session: Session, storage: MediaStorage, path: Path, *, expected_sha256: str | None = None
) -> MediaFile:
    """Store a file from disk (content import); reuse what is stored when the hash is known."""
    if expected_sha256 is not None and storage.exists(expected_sha256):
        row = session.get(MediaFile, expected_sha256)
        if row is not None:
            return row
        size = storage.path_for(expected_sha256).stat().st_size
        blob = StoredBlob(
            sha256=expected_sha256,
            size=size,
            head=storage.read_head(expected_sha256),
            path=storage.path_for(expected_sha256),
        )
    else:
        blob = storage.store_file(path)
        if expected_sha256 is not None and blob.sha256 != expected_sha256:
            raise BadRequest(f"{path.name} changed while it was being imported; try again")
    return store_blob(session, blob, filename=path.name)


def find_visible_media(
    session: Session, storage: MediaStorage, principal: Principal, sha256: str
) -> VisibleMedia:
    """The stored file with this hash if the principal may read it, else ``NotFound``."""
    missing = NotFound("no such media file")
    if not is_sha256(sha256):
        raise missing
    row = session.get(MediaFile, sha256)
    if row is None:
        raise missing
    if not principal.is_admin:
        prefix = f"{MEDIA_URL_PREFIX}{sha256}"
        shown = session.scalar(
            select(
                exists().where(
                    ModuleSection.module_id == Module.id,
                    or_(
                        ModuleSection.media_url == prefix,
                        ModuleSection.media_url.startswith(prefix + "/", autoescape=True),
                    ),
                    module_visible(principal),
                )
            )
        )
        if not shown:
            raise missing
    path = storage.path_for(sha256)
    if not path.is_file():
        raise NotFound("this media file is recorded but missing from the server's storage")
    return VisibleMedia(row=row, path=path)
