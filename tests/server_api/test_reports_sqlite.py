"""The reports, excusals and assignment changes on the embedded SQLite server (the same SQL
as on PostgreSQL, typed for SQLite's text dates)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from server_api.timeutil import utcnow
from tests.factories import make_account, make_assignment, make_module, make_team, make_university
from tests.factories.shared_api import bearer, cheap_password_hashing, make_token


@pytest.fixture
def app(sqlite_url: str, tmp_path: Path) -> Iterator[Any]:
    from server_api.app import create_app
    from server_api.config import Settings, parse_database_url
    from server_api.db import make_engine
    from server_api.migrate import migrate

    engine = make_engine(parse_database_url(sqlite_url))
    migrate(engine)
    engine.dispose()
    application = create_app(Settings(database_url=sqlite_url, data_dir=tmp_path / "server"))
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def db(app: Any) -> Iterator[Session]:
    with Session(app.state.engine, expire_on_commit=False) as session:
        yield session


def test_reports_on_sqlite(client: TestClient, db: Session) -> None:
    today = utcnow().date()
    with cheap_password_hashing():
        uni = make_university(db)
        team = make_team(db, uni.id)
        student = make_account(db, "student", university_id=uni.id, team_id=team.id)
        faculty = bearer(make_token(db, make_account(db, "faculty", university_id=uni.id)))
        first = make_module(db, university_id=uni.id, slug="lab-a")
        second = make_module(db, university_id=uni.id, slug="lab-b")
        make_assignment(db, first, team_id=team.id, due_date=today - timedelta(days=3))
        make_assignment(db, second, university_id=uni.id)
        direct = make_assignment(
            db, second, student_id=student.student_id, assignment_type="optional"
        )
    page = client.get("/v1/reports/compliance?page_size=1", headers=faculty).json()
    assert page["total"] == 2 and len(page["rows"]) == 1
    row = page["rows"][0]
    assert (row["module_id"], row["assigned_via"], row["overdue_days"]) == ("lab-a", "team", 3)
    assert row["due_date"] == (today - timedelta(days=3)).isoformat()
    following = client.get(f"/v1/reports/compliance?after={page['next']}", headers=faculty).json()
    assert [
        (r["module_id"], r["assigned_via"], r["assignment_type"]) for r in following["rows"]
    ] == [("lab-b", "student", "optional")]
    assert following["next"] is None

    body = {"student_id": student.student_id, "module_id": "lab-a", "reason": "medical"}
    assert client.put("/v1/assignments/excusals", json=body, headers=faculty).status_code == 201
    resp = client.patch(
        f"/v1/assignments/{direct.id}", json={"due_date": "2031-01-01"}, headers=faculty
    )
    assert resp.status_code == 200, resp.text
    rows = client.get("/v1/reports/compliance", headers=faculty).json()["rows"]
    assert [(r["status"], r["excuse_reason"], r["overdue_days"], r["due_date"]) for r in rows] == [
        ("excused", "medical", None, (today - timedelta(days=3)).isoformat()),
        ("not_started", None, None, "2031-01-01"),
    ]
    for kind in ("compliance", "learning", "feedback", "comments", "devices", "teams"):
        resp = client.get(f"/v1/reports/{kind}?format=csv", headers=faculty)
        assert resp.status_code == 200, resp.text
        table = list(csv.reader(io.StringIO(resp.text)))
        assert len(table) - 1 == client.get(f"/v1/reports/{kind}", headers=faculty).json()["total"]
    url = f"/v1/assignments/excusals?student_id={student.student_id}&module=lab-a"
    assert client.delete(url, headers=faculty).status_code == 204
    rows = client.get("/v1/reports/compliance?status=overdue", headers=faculty).json()["rows"]
    assert [(r["module_id"], r["overdue_days"]) for r in rows] == [("lab-a", 3)]
