"""Assignments through the API: to a student, a team or a university; what a student sees.

A student sees exactly the published modules that reach them (directly, via their team or
via their university), each once with its most specific assignment; never a draft, an
archived module, another team's or another university's module.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from server_api.models import ModuleAssignment, Student, Tombstone
from tests.factories import make_account, make_assignment, make_module, make_team, make_university
from tests.factories.shared_api import (
    SharedApi,
    bearer,
    cheap_password_hashing,
    make_token,
    shared_api,
)

pytestmark = pytest.mark.postgres


# One shared database (tests/factories/shared_api.py); each test is rolled back.
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


class Campus:
    """University A with two teams, a student in team 1, faculty and an admin; university B."""

    def __init__(self, db: Session) -> None:
        self.uni = make_university(db)
        self.other_uni = make_university(db)
        self.team = make_team(db, self.uni.id, name="ADCS")
        self.other_team = make_team(db, self.uni.id, name="Power")
        self.far_team = make_team(db, self.other_uni.id, name="Far away")
        student = make_account(db, "student", university_id=self.uni.id, team_id=self.team.id)
        self.student_id: str = student.student_id
        self.student = bearer(make_token(db, student))
        faculty = make_account(db, "faculty", university_id=self.uni.id)
        self.faculty_id: str = faculty.faculty_id
        self.faculty = bearer(make_token(db, faculty))
        self.admin = bearer(make_token(db, make_account(db, "admin")))
        db.add(Student(id="far-student", university_id=self.other_uni.id))
        db.commit()


def assign(client: Any, headers: Any, expected: int = 201, **body: Any) -> dict[str, Any]:
    resp = client.post("/v1/assignments", json=body, headers=headers)
    assert resp.status_code == expected, resp.text
    result: dict[str, Any] = resp.json()
    return result


def seen(client: Any, headers: Any, path: str = "/v1/me/assignments") -> dict[str, Any]:
    resp = client.get(path, headers=headers)
    assert resp.status_code == 200, resp.text
    return {a["module_id"]: a for a in resp.json()}


def test_student_sees_exactly_what_reaches_them(client: Any, db: Session) -> None:
    c = Campus(db)
    for slug in ("direct", "via-team", "via-uni", "other-team", "unassigned", "draft", "archived"):
        status = {"draft": "draft", "archived": "archived"}.get(slug, "published")
        make_module(db, university_id=c.uni.id, slug=slug, title=slug.title(), status=status)
    far = make_module(db, university_id=c.other_uni.id, slug="far", title="Far")
    make_assignment(db, far, university_id=c.other_uni.id)
    make_assignment(db, far, student_id="far-student")

    direct = assign(client, c.faculty, module="direct", student_id=c.student_id)
    assert (direct["target"], direct["student_id"], direct["university_id"]) == (
        "student",
        c.student_id,
        c.uni.id,
    )
    assert direct["assigned_by_id"] == c.faculty_id and direct["assignment_type"] == "required"
    team = assign(
        client, c.faculty, module="via-team", team_id=c.team.id, assignment_type="optional"
    )
    assert (team["target"], team["team_id"], team["student_id"]) == ("team", c.team.id, None)
    assign(
        client,
        c.faculty,
        module="via-uni",
        university_id=c.uni.id,
        assignment_type="recommended",
        due_date="2030-09-01",
    )
    assign(client, c.faculty, module="other-team", team_id=c.other_team.id)
    for slug in ("draft", "archived"):
        assign(client, c.faculty, module=slug, university_id=c.uni.id)

    mine = seen(client, c.student)
    assert set(mine) == {"direct", "via-team", "via-uni"}
    assert {slug: (a["via"], a["assignment_type"]) for slug, a in mine.items()} == {
        "direct": ("student", "required"),
        "via-team": ("team", "optional"),
        "via-uni": ("university", "recommended"),
    }
    assert mine["via-uni"]["due_date"] == "2030-09-01" and mine["direct"]["due_date"] is None
    assert mine["direct"]["title"] == "Direct" and mine["direct"]["assigned_at"]
    # soonest due first, undated after
    listed = client.get("/v1/assignments", headers=c.student).json()
    assert [a["module_id"] for a in listed] == ["via-uni", "direct", "via-team"]
    assert seen(client, c.student, f"/v1/assignments?student_id={c.student_id}") == mine
    forbidden = client.get("/v1/assignments?student_id=far-student", headers=c.student)
    assert forbidden.status_code == 403

    modules = client.get("/v1/modules", headers=c.student).json()["items"]
    assert sorted(m["module_id"] for m in modules) == ["direct", "via-team", "via-uni"]
    for slug in ("other-team", "unassigned", "draft", "archived", "far"):
        assert client.get(f"/v1/modules/{slug}", headers=c.student).status_code == 404

    # staff see what the student sees; faculty never another university's student
    assert seen(client, c.faculty, f"/v1/assignments?student_id={c.student_id}") == mine
    assert seen(client, c.admin, f"/v1/assignments?student_id={c.student_id}") == mine
    far_seen = client.get("/v1/assignments?student_id=far-student", headers=c.faculty)
    assert far_seen.status_code == 404
    assert set(seen(client, c.admin, "/v1/assignments?student_id=far-student")) == {"far"}
    assert client.get("/v1/assignments", headers=c.faculty).status_code == 400
    assert client.get("/v1/me/assignments", headers=c.faculty).status_code == 403


def test_the_most_specific_assignment_wins(client: Any, db: Session) -> None:
    c = Campus(db)
    make_module(db, university_id=c.uni.id, slug="layered")
    by_uni = assign(client, c.faculty, module="layered", university_id=c.uni.id)
    assert seen(client, c.student)["layered"]["via"] == "university"
    by_team = assign(
        client, c.faculty, module="layered", team_id=c.team.id, assignment_type="optional"
    )
    assert seen(client, c.student)["layered"]["via"] == "team"
    direct = assign(
        client,
        c.faculty,
        module="layered",
        student_id=c.student_id,
        assignment_type="recommended",
        due_date="2031-01-15",
    )
    only = seen(client, c.student)
    assert len(only) == 1
    assert (only["layered"]["via"], only["layered"]["assignment_id"]) == ("student", direct["id"])
    assert only["layered"]["due_date"] == "2031-01-15"

    rows = client.get("/v1/modules/layered/assignments", headers=c.faculty).json()
    assert [(r["id"], r["target"]) for r in rows] == [
        (by_uni["id"], "university"),
        (by_team["id"], "team"),
        (direct["id"], "student"),
    ]
    assert client.delete(f"/v1/assignments/{direct['id']}", headers=c.faculty).status_code == 204
    assert seen(client, c.student)["layered"]["via"] == "team"
    assert client.delete(f"/v1/assignments/{by_team['id']}", headers=c.faculty).status_code == 204
    assert seen(client, c.student)["layered"]["via"] == "university"


def test_reassigning_updates_instead_of_duplicating(client: Any, db: Session) -> None:
    c = Campus(db)
    make_module(db, university_id=c.uni.id, slug="again")
    for target in (
        {"student_id": c.student_id},
        {"team_id": c.team.id},
        {"university_id": c.uni.id},
    ):
        first = assign(client, c.faculty, module="again", **target)
        second = assign(
            client,
            c.admin,
            200,
            module="again",
            assignment_type="optional",
            due_date="2030-02-28",
            **target,
        )
        assert second["id"] == first["id"]
        assert (second["assignment_type"], second["due_date"]) == ("optional", "2030-02-28")
        assert second["assigned_at"] == first["assigned_at"]
        assert second["assigned_by_id"] is None  # changed by an admin, who is no faculty
        third = assign(client, c.faculty, 200, module="again", **target)
        assert (third["assignment_type"], third["due_date"]) == ("required", None)
    assert len(db.scalars(select(ModuleAssignment)).all()) == 3


@pytest.mark.parametrize(
    "due_date", ["2030-13-01", "2030-02-30", "01/02/2030", "2030-1-5", 20300101, "", None]
)
def test_due_dates_must_be_iso_dates(client: Any, db: Session, due_date: Any) -> None:
    c = Campus(db)
    make_module(db, university_id=c.uni.id, slug="dated")
    body = {"module": "dated", "student_id": c.student_id, "due_date": due_date}
    resp = client.post("/v1/assignments", json=body, headers=c.faculty)
    if due_date is None:
        assert resp.status_code == 201 and resp.json()["due_date"] is None
    else:
        assert resp.status_code == 422, resp.text
        assert "due_date" in resp.json()["error"]["message"]


def test_targets_and_modules_stay_within_the_university(client: Any, db: Session) -> None:
    c = Campus(db)
    make_module(db, university_id=c.uni.id, slug="ours")
    make_module(db, university_id=c.other_uni.id, slug="theirs")
    for body in (
        {"module": "ours", "student_id": "far-student"},
        {"module": "ours", "team_id": c.far_team.id},
        {"module": "ours", "university_id": c.other_uni.id},
        {"module": "ours", "student_id": "nobody"},
        {"module": "ours", "team_id": 999_999},
        {"module": "theirs", "university_id": c.uni.id},
        {"module": "missing", "university_id": c.uni.id},
    ):
        resp = client.post("/v1/assignments", json=body, headers=c.faculty)
        assert resp.status_code == 404, (body, resp.text)
    for body in (
        {"module": "ours"},
        {"module": "ours", "student_id": c.student_id, "team_id": c.team.id},
        {"module": "ours", "student_id": c.student_id, "assignment_type": "mandatory"},
        {"module": "ours", "team_id": "1"},
        {"module": "ours", "student_id": c.student_id, "assigned_by_id": "me"},
    ):
        resp = client.post("/v1/assignments", json=body, headers=c.faculty)
        assert resp.status_code == 422, (body, resp.text)
    # an admin assigns across universities
    assert assign(client, c.admin, module="theirs", student_id=c.student_id)["target"] == "student"
    assert "theirs" in seen(client, c.student)
    # ...which the student's faculty, not seeing that module, do not see in the list
    assert "theirs" not in seen(client, c.faculty, f"/v1/assignments?student_id={c.student_id}")


def test_unassigning_leaves_a_tombstone(client: Any, db: Session) -> None:
    c = Campus(db)
    make_module(db, university_id=c.uni.id, slug="gone-soon")
    team = assign(client, c.faculty, module="gone-soon", team_id=c.team.id)
    direct = assign(client, c.faculty, module="gone-soon", student_id=c.student_id)
    assert client.delete(f"/v1/assignments/{team['id']}", headers=c.student).status_code == 403
    assert client.delete(f"/v1/assignments/{team['id']}", headers=c.faculty).status_code == 204
    assert client.delete(f"/v1/assignments/{team['id']}", headers=c.faculty).status_code == 404
    assert client.delete(f"/v1/assignments/{direct['id']}", headers=c.admin).status_code == 204
    tombs = db.scalars(select(Tombstone).order_by(Tombstone.id)).all()
    assert [(t.entity, t.module_slug, t.student_id, t.team_id, t.university_id) for t in tombs] == [
        ("assignment", "gone-soon", None, c.team.id, c.uni.id),
        ("assignment", "gone-soon", c.student_id, None, c.uni.id),
    ]
    assert all(t.change_seq > 0 for t in tombs)
    assert seen(client, c.student) == {}
    assert client.get("/v1/modules/gone-soon", headers=c.student).status_code == 404
