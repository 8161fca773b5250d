"""Reports may read from a replica (FRAMES_REPORTS_DATABASE_URL): the report comes from the
replica's data, the sign-in is checked on the primary. The "replica" here is a copy of the
primary taken before the last assignment (a replica that lags behind), made with CREATE
DATABASE ... TEMPLATE; streaming replication itself is PostgreSQL's and not tested here."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server_api.app import create_app
from server_api.config import Settings, parse_database_url
from server_api.db import make_engine
from tests.conftest import PG_ADMIN_URL, _admin_conninfo
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.factories.shared_api import bearer, make_token

pytestmark = pytest.mark.postgres


@pytest.fixture
def replica_of(migrated_pg_url: str) -> Iterator[Any]:
    made: list[str] = []

    def copy() -> str:
        name = f"frames_replica_{uuid.uuid4().hex[:12]}"
        source = make_url(migrated_pg_url).database
        with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        made.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    yield copy
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _compliance(url: str, replica: str, tmp_path: Path, headers: dict[str, str]) -> Any:
    app = create_app(
        Settings(database_url=url, reports_database_url=replica, data_dir=tmp_path / "server")
    )
    try:
        with TestClient(app) as client:
            page = client.get("/v1/reports/compliance", headers=headers)
            csv = client.get("/v1/reports/compliance?format=csv", headers=headers)
        assert page.status_code == 200, page.text
        assert csv.status_code == 200, csv.text
        return page.json(), csv.text.strip().splitlines()
    finally:
        app.state.engine.dispose()
        if app.state.reports_engine is not None:
            app.state.reports_engine.dispose()


def test_reports_read_the_replica_and_sign_in_on_the_primary(
    migrated_pg_url: str, replica_of: Any, tmp_path: Path
) -> None:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        faculty = make_account(db, "faculty", university_id=uni.id)
        first = make_module(db, university_id=uni.id, slug="lab-a")
        make_assignment(db, first, university_id=uni.id)
        db.commit()
    engine.dispose()
    replica = replica_of()  # one assignment; the primary goes on
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        second = make_module(db, university_id=uni.id, slug="lab-b")
        make_assignment(db, second, student_id=student.student_id)
        faculty = db.merge(faculty)
        headers = bearer(make_token(db, faculty))  # a token the replica has never seen
    engine.dispose()

    on_primary, csv_primary = _compliance(migrated_pg_url, "", tmp_path, headers)
    on_replica, csv_replica = _compliance(migrated_pg_url, replica, tmp_path, headers)

    assert sorted(r["module_id"] for r in on_primary["rows"]) == ["lab-a", "lab-b"]
    assert [r["module_id"] for r in on_replica["rows"]] == ["lab-a"]
    assert on_replica["total"] == 1 and len(csv_replica) == 2 and len(csv_primary) == 3


def test_a_reports_url_that_is_not_a_database_url_is_one_line(tmp_path: Path) -> None:
    from server_api.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        create_app(
            Settings(
                database_url=f"sqlite:///{tmp_path / 'f.sqlite3'}",
                reports_database_url="not a url",
                data_dir=tmp_path,
            )
        )
    assert "\n" not in str(caught.value)
