"""A write is answered only after it committed: a transaction that fails at COMMIT is answered
with an error, never with success (a device that heard "accepted" would drop its copy).

A real ``frames-server serve`` on PostgreSQL; the failure is a deferred constraint trigger,
created in the test's own database, that refuses events of one session at commit time.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.models import ModuleAnalyticsEvent
from server_api.timeutil import utcnow
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.helpers import free_port, running_server

pytestmark = pytest.mark.postgres

DEVICE = "device-commit-1"
_FAIL_AT_COMMIT = [
    """
    CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'refused at commit (test)'; END $$
    """,
    """
    CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON module_analytics_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.session_id = 'fails-at-commit') EXECUTE FUNCTION refuse_at_commit()
    """,
]


def _event(student_id: str, session_id: str) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4().hex,
        "student_id": student_id,
        "module_id": "lab-safety-101",
        "event_type": "section_view",
        "section_number": 1,
        "session_id": session_id,
        "device_type": "desktop",
        "device_id": DEVICE,
        "device_seq": 1,
        "client_timestamp": utcnow().isoformat(),
    }


def test_a_push_that_fails_at_commit_is_not_answered_as_accepted(migrated_pg_url: str) -> None:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        module = make_module(db, university_id=uni.id, slug="lab-safety-101", sections=2)
        make_assignment(db, module, student_id=student.student_id)
        for statement in _FAIL_AT_COMMIT:
            db.execute(text(statement))
        db.commit()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    try:
        with (
            running_server(
                ["serve", "--database-url", migrated_pg_url, "--port", str(port)], port=port
            ),
            httpx.Client(base_url=base, timeout=30) as http,
        ):
            login = http.post(
                "/v1/auth/login",
                json={"email": student.email, "password": PASSWORD, "device_id": DEVICE},
            )
            headers = {"Authorization": f"Bearer {login.json()['token']}"}

            def push(session_id: str) -> httpx.Response:
                return http.post(
                    "/v1/sync/push",
                    headers={**headers, "Connection": "close"},  # a fresh connection each
                    json={
                        "protocol_version": 1,
                        "device_id": DEVICE,
                        "device_time": utcnow().isoformat(),
                        "events": [_event(student.student_id, session_id)],
                    },
                )

            refused = push("fails-at-commit")
            assert refused.status_code == 500, refused.text
            assert refused.json()["error"] and "accepted" not in refused.text
            fine = push("an-ordinary-session")
            assert fine.status_code == 200 and fine.json()["accepted"] == 1
        with Session(engine) as db:
            sessions = db.scalars(select(ModuleAnalyticsEvent.session_id)).all()
            assert sessions == ["an-ordinary-session"]
            assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == 1
    finally:
        engine.dispose()
