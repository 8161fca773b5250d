"""Media by hash: a section may only show a file its module's university owns, so knowing
another university's hash and writing it into a draft of one's own reads nothing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from server_api.models import MediaOwner
from tests.factories import make_account, make_university
from tests.factories.shared_api import bearer, cheap_password_hashing, make_token
from tests.security._world import Probe, arrange

pytestmark = pytest.mark.postgres

DEMO = Path(__file__).parents[2] / "server_api" / "demo_content"
PNG = (DEMO / "lab-safety-101" / "media" / "ppe-station.png").read_bytes()
SHA = hashlib.sha256(PNG).hexdigest()


@dataclass
class World:
    """The probed university and a rival university's faculty, on a real app's database
    (media downloads use a session of their own, so no shared rolled-back transaction)."""

    client: TestClient
    db: Session
    probe: Probe
    rival: dict[str, str]


@pytest.fixture
def world(client: TestClient, db: Session) -> World:
    with cheap_password_hashing():
        probe = arrange(db)
        make_university(db, "uni-rival")
        rival = bearer(make_token(db, make_account(db, "faculty", university_id="uni-rival")))
    return World(client, db, probe, rival)


def upload(client: TestClient, headers: dict[str, str], data: bytes = PNG) -> str:
    resp = client.post("/v1/media", headers=headers, files={"file": ("p.png", data, "image/png")})
    assert resp.status_code == 201, resp.text
    return str(resp.json()["url"])


def section(url: str) -> dict[str, Any]:
    return {"section_type": "image", "title": "Picture", "content": "Look.", "media_url": url}


def draft(client: TestClient, headers: dict[str, str], slug: str, url: str) -> Any:
    body = {"module_id": slug, "title": "Draft", "sections": [section(url)]}
    return client.post("/v1/modules", json=body, headers=headers)


def test_a_draft_cannot_show_another_universitys_file(world: World) -> None:
    client, faculty = world.client, world.probe.headers["faculty"]
    url = upload(client, faculty)
    # the rival knows the hash: a draft of their own showing it is refused ...
    resp = draft(client, world.rival, "rival-draft", url)
    assert resp.status_code == 400, resp.text
    assert "not a file of your university" in resp.json()["error"]["message"]
    # ... so is every other way into a section ...
    assert draft(client, world.rival, "rival-empty", "https://example.edu/x.png").status_code == 201
    for method, path, body in (
        ("POST", "/v1/modules/rival-empty/sections", section(url)),
        ("PUT", "/v1/modules/rival-empty/sections", {"sections": [section(url)]}),
        ("PATCH", "/v1/modules/rival-empty/sections/1", {"media_url": f"/v1/media/{SHA}"}),
    ):
        resp = client.request(method, path, json=body, headers=world.rival)
        assert resp.status_code == 400, (method, path, resp.text)
    # ... and the file stays unreadable for them
    assert client.get(f"/v1/media/{SHA}", headers=world.rival).status_code == 404
    # the owner's faculty may show it
    assert draft(client, faculty, "own-draft", url).status_code == 201
    assert client.get(url, headers=faculty).status_code == 200


def test_uploading_the_same_bytes_makes_them_yours(world: World) -> None:
    client = world.client
    upload(client, world.probe.headers["faculty"])
    url = upload(client, world.rival)  # they have the bytes themselves
    assert draft(client, world.rival, "rival-own", url).status_code == 201
    assert client.get(url, headers=world.rival).status_code == 200


def test_an_admin_may_show_any_file_which_then_belongs_to_that_university(world: World) -> None:
    client, probe = world.client, world.probe
    url = upload(client, probe.headers["admin"])  # an admin's upload belongs to nobody yet
    assert draft(client, probe.headers["faculty"], "not-yet", url).status_code == 400
    body = {
        "module_id": "by-admin",
        "title": "By an admin",
        "university_id": probe.university,
        "sections": [section(url)],
    }
    resp = client.post("/v1/modules", json=body, headers=probe.headers["admin"])
    assert resp.status_code == 201, resp.text
    owners = world.db.scalars(select(MediaOwner.university_id).where(MediaOwner.sha256 == SHA))
    assert list(owners) == [probe.university]
    assert draft(client, probe.headers["faculty"], "now-yes", url).status_code == 201


@pytest.mark.parametrize(
    "url",
    [f"/v1/media/{'0' * 64}", "/v1/media/abc", f"/v1/media/{SHA}?x=1", "/v1/media/../x"],
)
def test_made_up_media_urls_are_refused(world: World, url: str) -> None:
    upload(world.client, world.probe.headers["faculty"])
    resp = draft(world.client, world.probe.headers["faculty"], "made-up", url)
    assert resp.status_code == 400, resp.text


def test_an_imported_folder_belongs_to_its_university(world: World, tmp_path: Path) -> None:
    import shutil

    from server_api.content.service import import_content_folder
    from server_api.media.storage import MediaStorage

    shutil.copytree(DEMO / "lab-safety-101", tmp_path / "lab-safety-101")
    storage = MediaStorage(tmp_path / "media")
    db = world.db
    import_content_folder(db, storage, tmp_path / "lab-safety-101", university_id="uni-rival")
    owners = set(db.scalars(select(MediaOwner.university_id).where(MediaOwner.sha256 == SHA)))
    assert owners == {"uni-rival"}
    db.rollback()
