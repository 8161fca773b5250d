"""Media: upload with type sniffing and a size limit, and serving with ETag, 304, Range, scope."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server_api.media.sniff import sniff_media_type
from server_api.media.storage import MediaStorage
from server_api.models import MediaFile, Module, ModuleSection
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"
PNG = (DEMO / "lab-safety-101" / "media" / "ppe-station.png").read_bytes()
MP4 = (DEMO / "lab-safety-101" / "media" / "ppe-check.mp4").read_bytes()
PNG_SHA = hashlib.sha256(PNG).hexdigest()


def bearer(client: Any, account: Any) -> dict[str, str]:
    resp = client.post("/v1/auth/login", json={"email": account.email, "password": PASSWORD})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['token']}"}


def upload(client: Any, headers: dict[str, str], data: bytes, name: str = "photo.png") -> Any:
    return client.post("/v1/media", headers=headers, files={"file": (name, data, "image/png")})


def show_in_module(db: Any, url: str, *, university_id: str, status: str = "published") -> Module:
    module = make_module(db, university_id=university_id, status=status, sections=1)
    db.add(
        ModuleSection(
            module_id=module.id,
            section_number=2,
            section_type="image",
            title="Picture",
            content="",
            media_url=url,
        )
    )
    db.commit()
    return module


@pytest.fixture
def world(client: Any, db: Any) -> dict[str, Any]:
    """A university with faculty and an assigned student, and a PNG shown by a module."""
    uni = make_university(db)
    faculty = make_account(db, "faculty", university_id=uni.id)
    student = make_account(db, "student", university_id=uni.id)
    staff = bearer(client, faculty)
    body = upload(client, staff, PNG).json()
    module = show_in_module(db, body["url"], university_id=uni.id)
    make_assignment(db, module, student_id=student.student_id, university_id=uni.id)
    return {
        "uni": uni,
        "staff": staff,
        "student": bearer(client, student),
        "url": body["url"],
        "module": module,
    }


# --- upload -----------------------------------------------------------------------------------


@pytest.mark.postgres
def test_upload_stores_once_by_content_hash(client: Any, db: Any, settings: Any) -> None:
    uni = make_university(db)
    staff = bearer(client, make_account(db, "faculty", university_id=uni.id))
    resp = upload(client, staff, PNG, name="PPE station (v2).png")
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body == {
        "sha256": PNG_SHA,
        "size": len(PNG),
        "content_type": "image/png",
        "url": f"/v1/media/{PNG_SHA}/PPE-station-v2-.png",
    }
    stored = Path(settings.media_dir) / PNG_SHA[:2] / PNG_SHA
    assert stored.read_bytes() == PNG
    # the same bytes again, as a raw body with a lying Content-Type: stored once, sniffed
    raw = client.post(
        "/v1/media",
        headers={**staff, "Content-Type": "text/plain", "X-Filename": "again.png"},
        content=PNG,
    )
    assert raw.status_code == 201, raw.text
    assert raw.json()["sha256"] == PNG_SHA and raw.json()["content_type"] == "image/png"
    assert raw.json()["url"].endswith("/again.png")
    assert db.scalar(select(func.count()).select_from(MediaFile)) == 1
    assert not any((Path(settings.media_dir) / ".tmp").iterdir())
    video = client.post("/v1/media", headers=staff, content=MP4)
    assert video.json()["content_type"] == "video/mp4"
    assert video.json()["url"].endswith("/media.mp4")


@pytest.mark.postgres
def test_upload_refuses_what_is_not_media(client: Any, db: Any, settings: Any) -> None:
    uni = make_university(db)
    staff = bearer(client, make_account(db, "faculty", university_id=uni.id))
    html = b"<!doctype html><script>alert(1)</script>"
    resp = upload(client, staff, html, name="innocent.png")
    assert resp.status_code == 415
    assert resp.json()["error"]["code"] == "unsupported_media_type"
    assert client.post("/v1/media", headers=staff, content=b"").status_code == 400
    assert client.post("/v1/media", headers=staff, files={"other": ("a.png", PNG)}).status_code == (
        400
    )
    assert db.scalar(select(func.count()).select_from(MediaFile)) == 0
    student = bearer(client, make_account(db, "student", university_id=uni.id))
    assert upload(client, student, PNG).status_code == 403
    assert client.post("/v1/media", content=PNG).status_code == 401


@pytest.mark.postgres
def test_upload_over_the_size_limit_is_413(migrated_pg_url: str, tmp_path: Path) -> None:
    from server_api.app import create_app
    from server_api.config import Settings

    settings = Settings(
        database_url=migrated_pg_url, data_dir=tmp_path / "server", max_media_bytes=1000
    )
    app = create_app(settings)
    try:
        with TestClient(app) as client:
            from sqlalchemy.orm import Session

            with Session(app.state.engine) as db:
                uni = make_university(db)
                staff = bearer(client, make_account(db, "admin", university_id=uni.id))
                assert len(PNG) > 1000
                raw = client.post("/v1/media", headers=staff, content=PNG)
                assert raw.status_code == 413
                assert raw.json()["error"]["code"] == "too_large"
                # chunked, without a Content-Length: refused while streaming
                chunked = client.post("/v1/media", headers=staff, content=iter([PNG[:600]] * 3))
                assert chunked.status_code == 413
                assert upload(client, staff, PNG).status_code == 413
                assert db.scalar(select(func.count()).select_from(MediaFile)) == 0
    finally:
        app.state.engine.dispose()


def test_storage_is_atomic_and_deduplicated(tmp_path: Path) -> None:
    storage = MediaStorage(tmp_path)
    first = storage.store_stream(io.BytesIO(PNG))
    second = storage.store_stream(io.BytesIO(PNG))
    assert first.sha256 == second.sha256 == PNG_SHA
    assert first.path == tmp_path / PNG_SHA[:2] / PNG_SHA
    assert first.head == PNG[:4096]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".tmp", PNG_SHA[:2]]
    assert list((tmp_path / ".tmp").iterdir()) == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (PNG[:64], "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
        (b"GIF89a\x01\x00\x01\x00", "image/gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="x">', "image/svg+xml"),
        (b"<svg viewBox='0 0 1 1'></svg>", "image/svg+xml"),
        (MP4[:64], "video/mp4"),
        (b"\x00\x00\x00\x1cftypM4V \x00\x00\x00\x01M4V mp42", "video/mp4"),
        (b"\x00\x00\x00\x1cftypXAVC\x00\x00\x00\x01XAVCmp42isom", "video/mp4"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm\x42\x87", "video/webm"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", None),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ", None),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", None),
        (b"<html><svg></svg></html>", None),
        (b"%PDF-1.7", None),
        (b"", None),
    ],
)
def test_sniffing(head: bytes, expected: str | None) -> None:
    assert sniff_media_type(head) == expected


# --- download ---------------------------------------------------------------------------------


@pytest.mark.postgres
def test_get_sends_etag_cache_headers_and_honours_if_none_match(
    client: Any, world: dict[str, Any]
) -> None:
    resp = client.get(world["url"], headers=world["student"])
    assert resp.status_code == 200
    assert resp.content == PNG
    etag = f'"{PNG_SHA}"'
    assert resp.headers["etag"] == etag
    assert resp.headers["cache-control"] == "private, max-age=31536000, immutable"
    assert resp.headers["accept-ranges"] == "bytes"
    assert resp.headers["content-length"] == str(len(PNG))
    assert resp.headers["content-type"] == "image/png"
    assert resp.headers["x-content-type-options"] == "nosniff"
    # the short form of the URL is the same file
    assert client.get(f"/v1/media/{PNG_SHA}", headers=world["student"]).content == PNG
    for tag in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        again = client.get(world["url"], headers={**world["student"], "If-None-Match": tag})
        assert again.status_code == 304, tag
        assert again.content == b""
        assert again.headers["etag"] == etag
    stale = client.get(world["url"], headers={**world["student"], "If-None-Match": '"old"'})
    assert stale.status_code == 200 and stale.content == PNG


RANGES = [
    ("bytes=0-9", 0, 9),
    ("bytes=100-", 100, len(PNG) - 1),
    ("bytes=-16", len(PNG) - 16, len(PNG) - 1),
    ("bytes=10-99999999", 10, len(PNG) - 1),
    ("bytes=-99999999", 0, len(PNG) - 1),
]


@pytest.mark.postgres
def test_range_requests_get_206(client: Any, world: dict[str, Any]) -> None:
    for range_header, first, last in RANGES:
        resp = client.get(world["url"], headers={**world["student"], "Range": range_header})
        assert resp.status_code == 206, range_header
        assert resp.content == PNG[first : last + 1]
        assert resp.headers["content-range"] == f"bytes {first}-{last}/{len(PNG)}"
        assert resp.headers["content-length"] == str(last - first + 1)
        assert resp.headers["etag"] == f'"{PNG_SHA}"'


@pytest.mark.postgres
def test_unsatisfiable_if_range_multi_range_and_head(client: Any, world: dict[str, Any]) -> None:
    url, auth, size = world["url"], world["student"], len(PNG)
    for bad in (f"bytes={size}-", f"bytes={size + 10}-{size + 20}", "bytes=-0"):
        resp = client.get(url, headers={**auth, "Range": bad})
        assert resp.status_code == 416, bad
        assert resp.headers["content-range"] == f"bytes */{size}"
    # If-Range with the current ETag: the range; with anything else: the whole file
    fresh = client.get(url, headers={**auth, "Range": "bytes=0-3", "If-Range": f'"{PNG_SHA}"'})
    assert fresh.status_code == 206 and fresh.content == PNG[:4]
    stale = client.get(url, headers={**auth, "Range": "bytes=0-3", "If-Range": '"old"'})
    assert stale.status_code == 200 and stale.content == PNG
    dated = client.get(
        url, headers={**auth, "Range": "bytes=0-3", "If-Range": "Wed, 21 Oct 2015 07:28:00 GMT"}
    )
    assert dated.status_code == 200 and dated.content == PNG
    # several ranges, a malformed header, another unit: the whole file
    for header in ("bytes=0-1,5-6", "bytes=9-2", "bytes=abc", "items=0-1"):
        whole = client.get(url, headers={**auth, "Range": header})
        assert whole.status_code == 200 and whole.content == PNG, header
    head = client.head(url, headers=auth)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(size)
    assert head.headers["etag"] == f'"{PNG_SHA}"'
    head_range = client.head(url, headers={**auth, "Range": "bytes=0-9"})
    assert head_range.status_code == 206 and head_range.headers["content-length"] == "10"


@pytest.mark.postgres
def test_media_follows_module_scope(client: Any, db: Any, world: dict[str, Any]) -> None:
    url, uni = world["url"], world["uni"]
    assert client.get(url).status_code == 401
    assert client.get(url, headers={"Authorization": "Bearer nope"}).status_code == 401
    # same university, but no assignment
    unassigned = bearer(client, make_account(db, "student", university_id=uni.id))
    assert client.get(url, headers=unassigned).status_code == 404
    # another university's student and faculty
    other = make_university(db)
    for role in ("student", "faculty"):
        outsider = bearer(client, make_account(db, role, university_id=other.id))
        assert client.get(url, headers=outsider).status_code == 404, role
    # faculty of the university and admins see it
    assert client.get(url, headers=world["staff"]).status_code == 200
    assert client.get(url, headers=bearer(client, make_account(db, "admin"))).status_code == 200
    # unknown and malformed hashes are simply not found
    missing = client.get(f"/v1/media/{'0' * 64}", headers=world["staff"])
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert client.get("/v1/media/../etc/passwd", headers=world["staff"]).status_code == 404
    assert client.get(f"/v1/media/{PNG_SHA.upper()}", headers=world["staff"]).status_code == 404


@pytest.mark.postgres
def test_draft_media_is_for_faculty_only(client: Any, db: Any, world: dict[str, Any]) -> None:
    uni = world["uni"]
    body = client.post("/v1/media", headers=world["staff"], content=MP4).json()
    draft = show_in_module(db, body["url"], university_id=uni.id, status="draft")
    make_assignment(db, draft, university_id=uni.id)  # the whole university, but a draft
    assert client.get(body["url"], headers=world["student"]).status_code == 404
    assert client.get(body["url"], headers=world["staff"]).status_code == 200
    draft.status = "published"
    db.commit()
    got = client.get(body["url"], headers=world["student"])
    assert got.status_code == 200 and got.headers["content-type"] == "video/mp4"


@pytest.mark.postgres
def test_a_recorded_file_missing_from_storage_is_404(
    client: Any, settings: Any, world: dict[str, Any]
) -> None:
    os.remove(Path(settings.media_dir) / PNG_SHA[:2] / PNG_SHA)
    resp = client.get(world["url"], headers=world["student"])
    assert resp.status_code == 404
    assert "missing" in resp.json()["error"]["message"]
