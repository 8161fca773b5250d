"""Modules and sections through the API: create, edit, renumber, publish, archive, delete.

Every content or status change bumps ``revision`` by exactly one per request (and only if
something changed) and moves ``updated_at``; publishing sets ``published_at``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server_api.models import Module, ModuleSection, Tombstone
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.factories.shared_api import (
    SharedApi,
    bearer,
    cheap_password_hashing,
    make_token,
    shared_api,
)

pytestmark = pytest.mark.postgres


# One shared database (tests/factories/shared_api.py); each test is rolled back (a fresh
# database per test costs seconds). ``test_the_real_commit_path`` uses the
# suite's per-test app instead, so the committing session dependency is covered too.
@pytest.fixture(scope="module")
def api(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[SharedApi]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with cheap_password_hashing(), shared_api(pg_template, data_dir, pytestconfig) as shared:
        yield shared


@pytest.fixture
def db(api: SharedApi) -> Iterator[Session]:
    with api.isolated() as session:
        yield session


@pytest.fixture
def client(api: SharedApi, db: Session) -> TestClient:
    return api.client


SECTIONS = [
    {"section_type": "text", "title": "One", "content": "First"},
    {
        "section_type": "video",
        "title": "Two",
        "content": "Second",
        "media_url": "https://v.example/2",
    },
    {"section_type": "checklist", "title": "Three", "content": "- [ ] a", "duration_seconds": 0},
]


def staff_headers(db: Any, role: str = "faculty", university_id: str | None = None) -> Any:
    account = make_account(db, role, university_id=university_id)
    return bearer(make_token(db, account)), account


def create(client: Any, headers: Any, slug: str = "lab-safety-101", **fields: Any) -> Any:
    body = {"module_id": slug, "title": "Lab safety", **fields}
    resp = client.post("/v1/modules", json=body, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def titles(module: dict[str, Any]) -> list[tuple[int, str]]:
    return [(s["section_number"], s["title"]) for s in module["sections"]]


def test_create_get_and_list(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, faculty = staff_headers(db, university_id=uni.id)
    created = create(
        client,
        headers,
        description="Before you touch anything",
        category="Safety",
        tags=["safety", "required"],
        estimated_minutes=15,
        module_type="mixed",
        difficulty_level=2,
        sections=SECTIONS,
    )
    assert created["university_id"] == uni.id
    assert created["created_by_id"] == faculty.faculty_id
    assert (created["status"], created["revision"], created["published_at"]) == ("draft", 1, None)
    assert titles(created) == [(1, "One"), (2, "Two"), (3, "Three")]
    assert created["sections"][2]["section_type"] == "checklist"

    got = client.get("/v1/modules/lab-safety-101", headers=headers).json()
    assert got == created
    listed = client.get("/v1/modules", headers=headers).json()
    assert listed["total"] == 1
    item = listed["items"][0]
    assert item["module_id"] == "lab-safety-101" and item["section_count"] == 3
    assert "sections" not in item

    dup = client.post(
        "/v1/modules", json={"module_id": "lab-safety-101", "title": "Again"}, headers=headers
    )
    assert dup.status_code == 409 and dup.json()["error"]["code"] == "conflict"
    for bad in ("Lab-Safety", "-lead", "a", "x" * 101, "with space"):
        resp = client.post("/v1/modules", json={"module_id": bad, "title": "t"}, headers=headers)
        assert resp.status_code == 422, bad

    admin_headers, _ = staff_headers(db, "admin")
    no_uni = client.post(
        "/v1/modules", json={"module_id": "by-admin", "title": "t"}, headers=admin_headers
    )
    assert no_uni.status_code == 400 and "university" in no_uni.json()["error"]["message"]
    by_admin = create(client, admin_headers, "by-admin", university_id=uni.id)
    assert by_admin["university_id"] == uni.id and by_admin["created_by_id"] is None
    unknown = client.post(
        "/v1/modules",
        json={"module_id": "nowhere", "title": "t", "university_id": "nope"},
        headers=admin_headers,
    )
    assert unknown.status_code == 400


def test_patch_bumps_revision_once_and_only_on_change(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    created = create(client, headers, description="old", sections=SECTIONS[:1])
    # This suite runs every request in one database transaction (rolled back at the end),
    # whose change sequence is one transaction id: reset the stamp to see the patch set it.
    db.execute(update(Module).values(change_seq=0))
    patch = {
        "title": "Lab safety, 2nd edition",
        "description": None,
        "category": "Safety",
        "tags": ["safety"],
        "prerequisites": ["welcome-to-the-lab"],
        "related_modules": ["esd-handling"],
        "estimated_minutes": 20,
        "target_audience": "all_members",
        "module_type": "interactive",
        "difficulty_level": 3,
        "interaction_level": "high",
    }
    edited = client.patch("/v1/modules/lab-safety-101", json=patch, headers=headers).json()
    assert edited["revision"] == 2
    assert edited["updated_at"] > created["updated_at"]
    assert {k: edited[k] for k in patch} == patch
    db.expire_all()
    assert db.scalar(select(Module.change_seq)) > 0

    same = client.patch("/v1/modules/lab-safety-101", json=patch, headers=headers).json()
    assert (same["revision"], same["updated_at"]) == (2, edited["updated_at"])
    assert (
        client.patch("/v1/modules/lab-safety-101", json={}, headers=headers).json()["revision"] == 2
    )
    for bad in ({"title": None}, {"tags": None}, {"module_id": "renamed"}, {"difficulty_level": 9}):
        resp = client.patch("/v1/modules/lab-safety-101", json=bad, headers=headers)
        assert resp.status_code == 422, bad
    assert client.patch("/v1/modules/missing", json={}, headers=headers).status_code == 404


def test_section_operations_renumber_and_bump_once(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    create(client, headers, sections=SECTIONS)
    url = "/v1/modules/lab-safety-101/sections"

    appended = client.post(url, json={"section_type": "image", "content": "Four", "title": "4"})
    assert appended.status_code == 401  # no token
    appended = client.post(
        url, json={"section_type": "image", "content": "Four", "title": "Four"}, headers=headers
    )
    assert appended.status_code == 201
    assert titles(appended.json())[-1] == (4, "Four") and appended.json()["revision"] == 2

    refused = client.patch(
        f"{url}/2", json={"section_config": {"autoplay": False}}, headers=headers
    )
    assert refused.status_code == 400  # checked merged with the stored video section
    assert "section_config.autoplay: unknown key" in refused.json()["error"]["message"]
    patched = client.patch(
        f"{url}/2",
        json={"title": "Two, revised", "completion_criteria": {"type": "time", "value": 30}},
        headers=headers,
    ).json()
    assert patched["revision"] == 3
    assert patched["sections"][1]["title"] == "Two, revised"
    assert patched["sections"][1]["completion_criteria"] == {"type": "time", "value": 30}
    unchanged = client.patch(f"{url}/2", json={"title": "Two, revised"}, headers=headers).json()
    assert unchanged["revision"] == 3
    assert client.patch(f"{url}/9", json={"title": "x"}, headers=headers).status_code == 404
    assert client.patch(f"{url}/2", json={"content": None}, headers=headers).status_code == 422

    deleted = client.delete(f"{url}/2", headers=headers).json()
    assert titles(deleted) == [(1, "One"), (2, "Three"), (3, "Four")]
    assert deleted["revision"] == 4
    assert client.delete(f"{url}/4", headers=headers).status_code == 404

    replaced = client.put(url, json={"sections": SECTIONS[1:]}, headers=headers).json()
    assert titles(replaced) == [(1, "Two"), (2, "Three")] and replaced["revision"] == 5
    again = client.put(url, json={"sections": SECTIONS[1:]}, headers=headers).json()
    assert again["revision"] == 5  # identical content: nothing changed
    db.expire_all()
    rows = db.scalars(select(ModuleSection.section_number).order_by(ModuleSection.id)).all()
    assert sorted(rows) == [1, 2]


def test_reorder_sections(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    create(client, headers, sections=SECTIONS)
    url = "/v1/modules/lab-safety-101/sections/reorder"

    moved = client.post(url, json={"order": [3, 1, 2]}, headers=headers)
    assert moved.status_code == 200, moved.text
    assert titles(moved.json()) == [(1, "Three"), (2, "One"), (3, "Two")]
    assert moved.json()["revision"] == 2
    swapped = client.post(url, json={"order": [1, 3, 2]}, headers=headers).json()
    assert titles(swapped) == [(1, "Three"), (2, "Two"), (3, "One")] and swapped["revision"] == 3
    same = client.post(url, json={"order": [1, 2, 3]}, headers=headers).json()
    assert same["revision"] == 3

    for bad, status in [
        ([1, 2], 400),
        ([1, 1, 2], 400),
        ([1, 2, 3, 4], 400),
        ([0, 1, 2], 422),
        ([-1, 1, 2], 422),
        ([], 422),
        (["1", 2, 3], 422),
        ([1.5, 2, 3], 422),
        ("1,2,3", 422),
        (None, 422),
    ]:
        resp = client.post(url, json={"order": bad}, headers=headers)
        assert resp.status_code == status, (bad, resp.text)
        assert resp.json()["error"]["code"] in ("bad_request", "invalid_request")
    after = client.get("/v1/modules/lab-safety-101", headers=headers).json()
    assert titles(after) == titles(swapped) and after["revision"] == 3


def test_reorder_and_delete_close_gaps_left_by_older_data(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    module = make_module(db, university_id=uni.id, slug="legacy", status="draft", sections=0)
    for number in (2, 5, 9):
        db.add(
            ModuleSection(
                module_id=module.id,
                section_number=number,
                section_type="text",
                title=f"s{number}",
                content="x",
            )
        )
    db.commit()
    url = "/v1/modules/legacy/sections"
    reordered = client.post(f"{url}/reorder", json={"order": [9, 2, 5]}, headers=headers).json()
    assert titles(reordered) == [(1, "s9"), (2, "s2"), (3, "s5")]
    appended = client.post(url, json={"section_type": "text", "content": "new"}, headers=headers)
    assert [s["section_number"] for s in appended.json()["sections"]] == [1, 2, 3, 4]


def test_publish_archive_unpublish(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    student = make_account(db, "student", university_id=uni.id)
    student_headers = bearer(make_token(db, student))
    create(client, headers)
    make_assignment(db, db.scalar(select(Module)), university_id=uni.id)
    base = "/v1/modules/lab-safety-101"

    empty = client.post(f"{base}/publish", headers=headers)
    assert empty.status_code == 400 and "section" in empty.json()["error"]["message"]
    assert client.get(base, headers=student_headers).status_code == 404  # a draft

    client.put(f"{base}/sections", json={"sections": SECTIONS[:2]}, headers=headers)
    published = client.post(f"{base}/publish", headers=headers).json()
    assert published["status"] == "published" and published["published_at"] is not None
    assert published["revision"] == 3
    assert client.get(base, headers=student_headers).status_code == 200
    again = client.post(f"{base}/publish", headers=headers).json()
    assert (again["revision"], again["published_at"]) == (3, published["published_at"])

    # a published module cannot lose its last section
    client.delete(f"{base}/sections/1", headers=headers)
    last = client.delete(f"{base}/sections/1", headers=headers)
    assert last.status_code == 400
    assert client.put(f"{base}/sections", json={"sections": []}, headers=headers).status_code == 400

    archived = client.post(f"{base}/archive", headers=headers).json()
    assert archived["status"] == "archived" and archived["revision"] == 5
    assert archived["updated_at"] > published["updated_at"]
    assert client.get(base, headers=student_headers).status_code == 404
    assert client.get("/v1/modules", headers=student_headers).json()["items"] == []

    draft = client.post(f"{base}/unpublish", headers=headers).json()
    assert draft["status"] == "draft" and draft["revision"] == 6
    assert client.post(f"{base}/unpublish", headers=headers).json()["revision"] == 6
    assert client.get(base, headers=student_headers).status_code == 404


def test_delete_module_leaves_a_tombstone(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    create(client, headers, sections=SECTIONS)
    assert client.delete("/v1/modules/lab-safety-101", headers=headers).status_code == 204
    assert client.get("/v1/modules/lab-safety-101", headers=headers).status_code == 404
    assert client.delete("/v1/modules/lab-safety-101", headers=headers).status_code == 404
    tomb = db.scalars(select(Tombstone)).one()
    assert (tomb.entity, tomb.module_slug, tomb.university_id) == (
        "module",
        "lab-safety-101",
        uni.id,
    )
    assert tomb.change_seq > 0
    assert db.scalars(select(ModuleSection)).all() == []
    # the slug is free again
    assert create(client, headers)["revision"] == 1


def test_list_filters_and_pagination(client: Any, db: Any) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    specs = [
        ("a-soldering", "Soldering basics", "Technical", ["lab", "hands-on"], "published"),
        ("b-esd", "ESD handling", "Safety", ["lab"], "published"),
        ("c-welcome", "Welcome 100% new", "Orientation", [], "draft"),
        ("d-power", "CubeSat power budget", "Technical", ["cubesat"], "archived"),
        ("e-safety", "Lab safety", "Safety", ["lab", "required"], "draft"),
    ]
    for slug, title, category, tags, status in specs:
        make_module(
            db,
            university_id=uni.id,
            slug=slug,
            title=title,
            category=category,
            tags=tags,
            status=status,
        )

    def slugs(**params: Any) -> list[str]:
        resp = client.get("/v1/modules", params=params, headers=headers)
        assert resp.status_code == 200, resp.text
        return [m["module_id"] for m in resp.json()["items"]]

    assert slugs() == ["a-soldering", "b-esd", "c-welcome", "d-power", "e-safety"]
    assert slugs(status="draft") == ["c-welcome", "e-safety"]
    assert slugs(category="Technical") == ["a-soldering", "d-power"]
    assert slugs(tag="lab") == ["a-soldering", "b-esd", "e-safety"]
    assert slugs(tag="lab", status="published", category="Safety") == ["b-esd"]
    assert slugs(q="SAFETY") == ["e-safety"]
    assert slugs(q="100%") == ["c-welcome"]
    assert slugs(q="_") == []
    assert slugs(limit=2) == ["a-soldering", "b-esd"]
    assert slugs(limit=2, offset=2) == ["c-welcome", "d-power"]
    page = client.get("/v1/modules", params={"limit": 2, "offset": 4}, headers=headers).json()
    assert (page["total"], page["limit"], page["offset"]) == (5, 2, 4)
    assert [m["module_id"] for m in page["items"]] == ["e-safety"]
    for bad in ({"limit": 0}, {"limit": 1000}, {"offset": -1}, {"status": "gone"}, {"q": "x\0"}):
        resp = client.get("/v1/modules", params=bad, headers=headers)
        assert resp.status_code == 422, bad


def test_the_real_commit_path(app: Any) -> None:
    """Through the real session dependency (commit per request) on a database of its own."""
    with TestClient(app) as real_client, Session(app.state.engine) as real_db:
        with cheap_password_hashing():
            uni = make_university(real_db)
            headers, _ = staff_headers(real_db, university_id=uni.id)
            student = make_account(real_db, "student", university_id=uni.id)
        student_headers = bearer(make_token(real_db, student))
        create(real_client, headers, sections=SECTIONS[:1])
        make_assignment(real_db, real_db.scalars(select(Module)).one(), university_id=uni.id)
        assert real_client.post("/v1/modules/lab-safety-101/publish", headers=headers).is_success
        got = real_client.get("/v1/modules/lab-safety-101", headers=student_headers)
        assert got.status_code == 200 and got.json()["revision"] == 2
        seq = real_db.scalar(select(Module.change_seq))
        assert seq is not None and seq > 0
        failed = real_client.post(
            "/v1/modules/lab-safety-101/sections/reorder", json={"order": [2]}, headers=headers
        )
        assert failed.status_code == 400
        real_db.expire_all()
        assert real_db.scalar(select(Module.revision)) == 2  # the refused request changed nothing
        assert real_client.delete("/v1/modules/lab-safety-101", headers=headers).status_code == 204
        assert real_db.scalars(select(Tombstone.module_slug)).all() == ["lab-safety-101"]
        assert (
            real_client.get("/v1/modules/lab-safety-101", headers=student_headers).status_code
            == 404
        )


CAPTIONS = "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nGoggles on.\n"


def test_alt_text_and_captions_round_trip(client: Any, db: Any) -> None:
    """Alt text and captions are written and read back through the API, checked like the
    content folder checks them (``sync.rules.media_text``)."""
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    image = {
        "section_type": "image",
        "title": "PPE",
        "content": "What to wear.",
        "section_config": {"alt": "Goggles, gloves and a coat.", "show_alt": True},
    }
    video = {
        "section_type": "video",
        "title": "Clip",
        "content": "Watch.",
        "section_config": {
            "captions": [{"lang": "en", "vtt": CAPTIONS}, {"lang": "es", "vtt": CAPTIONS}],
            "transcript": "Goggles on.",
        },
    }
    created = create(client, headers, sections=[image, video])
    got = client.get("/v1/modules/lab-safety-101", headers=headers).json()
    for module in (created, got):
        assert module["sections"][0]["section_config"] == {
            "alt": "Goggles, gloves and a coat.",
            "show_alt": True,
        }
        assert module["sections"][1]["section_config"] == video["section_config"]
    url = "/v1/modules/lab-safety-101/sections"
    bad_cue = CAPTIONS.replace("00:00:02.500", "00:00:00.500")
    refused = client.patch(
        f"{url}/2",
        json={"section_config": {"captions": [{"lang": "en", "vtt": bad_cue}]}},
        headers=headers,
    )
    assert refused.status_code == 400
    assert (
        "line 3: the cue ends (00:00:00.500) before it starts"
        in (refused.json()["error"]["message"])
    )
    blank = client.patch(f"{url}/1", json={"section_config": {"alt": " "}}, headers=headers)
    assert blank.status_code == 400 and "alt" in blank.json()["error"]["message"]
    after = client.get("/v1/modules/lab-safety-101", headers=headers).json()
    assert after["sections"][1]["section_config"] == video["section_config"]  # kept
    assert after["revision"] == created["revision"]


def test_the_alt_text_of_interactive_and_game_pictures_round_trips_and_is_checked(
    client: Any, db: Any
) -> None:
    uni = make_university(db)
    headers, _ = staff_headers(db, university_id=uni.id)
    scene = {
        "environment_type": "image",
        "hotspots": [{"id": "cup", "label": "Cup", "rect": [1, 2, 3, 4]}],
        "alt": "A bench with a cup on it.",
    }
    quiz = {
        "game_type": "quiz",
        "challenges": [
            {"kind": "choice", "id": "q", "prompt": "P", "options": ["a", "b"], "correct": 0}
        ],
        "alt": "An ESD workstation.",
    }
    created = create(
        client,
        headers,
        sections=[
            {"section_type": "interactive", "content": "Look.", "section_config": scene},
            {"section_type": "game", "content": "Play.", "section_config": quiz},
        ],
    )
    got = client.get("/v1/modules/lab-safety-101", headers=headers).json()
    for module in (created, got):
        assert [s["section_config"]["alt"] for s in module["sections"]] == [
            "A bench with a cup on it.",
            "An ESD workstation.",
        ]
    url = "/v1/modules/lab-safety-101/sections"
    refused = client.patch(
        f"{url}/1", json={"section_config": {**scene, "alt": "x" * 1001}}, headers=headers
    )
    assert refused.status_code == 400
    assert (
        "section_config.alt: the alt text is 1001 characters long; at most 1000"
        in refused.json()["error"]["message"]
    )
    after = client.get("/v1/modules/lab-safety-101", headers=headers).json()
    assert after["sections"][0]["section_config"] == scene  # kept
    assert after["revision"] == created["revision"]
