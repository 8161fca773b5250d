"""Images and videos: store them once by content hash, and hand them only to those who may see them.

A media file is visible to a principal when a section of a module the principal may read
(``module_visible``) shows it, i.e. the section's ``media_url`` is ``/v1/media/<sha256>`` or
``/v1/media/<sha256>/<name>``. Admins see every stored file. Anything else is "not found",
so the existence of another university's media does not leak.

A section may only show a file its module's university owns (``media_owners``): one its
faculty uploaded or imported, or one an admin put in one of its modules. Otherwise knowing
a hash would be enough to read another university's file: write it into a draft of one's
own, then fetch it as the draft's author. ``check_section_media`` enforces that wherever
sections are written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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
from server_api.models import MediaFile, MediaOwner, Module, ModuleSection
from server_api.modules.scope import module_visible

__all__ = [
    "MEDIA_URL_PREFIX",
    "MediaTooLarge",
    "UnsupportedMediaType",
    "VisibleMedia",
    "check_section_media",
    "find_visible_media",
    "media_url",
    "record_owner",
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


def record_owner(session: Session, sha256: str, university_id: str) -> None:
    """Let ``university_id``'s modules show the stored file ``sha256`` (again is fine)."""
    values = {"sha256": sha256, "university_id": university_id}
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(insert(MediaOwner).values(values).on_conflict_do_nothing())


def check_section_media(
    session: Session,
    principal: Principal,
    university_id: str | None,
    urls: Iterable[str | None],
) -> None:
    """Refuse (``BadRequest``) a section media URL of this server that ``university_id``'s
    modules may not show. Faculty show their university's files; an admin may show any
    stored file, which then belongs to that university too. Other URLs are left alone."""
    for url in urls:
        if url is None or not url.startswith(MEDIA_URL_PREFIX):
            continue
        sha = sha256_of_media_url(url)
        if sha is None:
            raise BadRequest(
                f"media_url {url[:80]!r} is not a media file of this server: upload the file "
                "(POST /v1/media) and use the url it returns"
            )
        if principal.is_admin and university_id is not None:
            if session.get(MediaFile, sha) is None:
                raise BadRequest(f"media_url: no media file {sha} on this server")
            record_owner(session, sha, university_id)
        elif university_id is None or session.get(MediaOwner, (sha, university_id)) is None:
            raise BadRequest(
                f"media_url: {sha} is not a file of your university: upload it first "
                "(POST /v1/media) and use the url it returns"
            )


def store_upload(
    session: Session,
    storage: MediaStorage,
    *,
    source: IO[bytes],
    filename: str | None,
    max_bytes: int,
    university_id: str | None = None,
) -> tuple[MediaFile, str]:
    """Store an uploaded file; return its row and the URL a section should use. The
    uploader's university (None: an admin's upload) owns the file from now on."""
    try:
        blob = storage.store_stream(source, max_bytes=max_bytes)
    except BlobTooLarge as exc:
        raise MediaTooLarge(f"the file is larger than the limit of {max_bytes} bytes") from exc
    if blob.size == 0:
        raise BadRequest("the file is empty")
    row = store_blob(session, blob, filename=filename or "")
    if university_id is not None:
        record_owner(session, row.sha256, university_id)
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
