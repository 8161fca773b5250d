"""Push and pull on the embedded SQLite default (what `frames-desktop --demo` runs on)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from server_api.app import create_app
from server_api.config import Settings
from server_api.migrate import migrate
from server_api.models import (
    ChecklistState,
    ModuleAnalyticsEvent,
    ModuleFeedback,
    ModuleProgress,
    ProgressBaseline,
)
from server_api.timeutil import utcnow
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.server_api.test_sync_push import DEVICE, event, push


def test_push_and_pull_on_sqlite(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'f.sqlite3'}", data_dir=tmp_path)
    app = create_app(settings)
    migrate(app.state.engine)
    with Session(app.state.engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        module = make_module(db, university_id=uni.id, slug="lab-safety-101", sections=2)
        make_assignment(db, module, student_id=student.student_id)
    sid = student.student_id
    with TestClient(app) as client:
        token = client.post(
            "/v1/auth/login",
            json={"email": student.email, "password": PASSWORD, "device_id": DEVICE},
        ).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        t = utcnow() - timedelta(minutes=5)
        events: list[dict[str, Any]] = [
            event(sid, "module_start", seq=1, at=t),
            event(sid, "section_complete", seq=2, at=t + timedelta(seconds=5), section=1),
            event(
                sid,
                "checklist_item",
                seq=3,
                at=t + timedelta(seconds=6),
                section=2,
                data={"item": "goggles", "checked": True},
            ),
            event(sid, "section_complete", seq=4, at=t + timedelta(seconds=7), section=2),
            event(
                sid,
                "feedback",
                seq=5,
                at=t + timedelta(seconds=8),
                section=None,
                data={"rating": 5, "difficulty_rating": 2, "comment": "ok", "is_anonymous": False},
            ),
        ]
        assert push(client, headers, events).json()["accepted"] == 5
        assert push(client, headers, events).json()["duplicates"] == 5
        # A later push folds on from the saved state, and finds no row written by others.
        later = event(sid, "click", seq=6, at=t + timedelta(seconds=20))
        assert push(client, headers, [later]).json()["accepted"] == 1
        pulled = client.post(
            "/v1/sync/pull",
            headers=headers,
            json={"protocol_version": 1, "device_id": "other-device-1"},
        ).json()
        assert [m["module_id"] for m in pulled["modules"]] == ["lab-safety-101"]
    with Session(app.state.engine) as db:
        progress = db.scalars(select(ModuleProgress)).one()
        assert (progress.status, progress.progress_percent) == ("completed", 100)
        assert db.scalars(select(ChecklistState)).one().checked is True
        assert db.scalars(select(ModuleFeedback)).one().rating == 5
        assert progress.last_accessed_at == t + timedelta(seconds=20)
        assert db.scalars(select(ProgressBaseline)).all() == []  # nothing taken for history
    app.state.engine.dispose()


def test_a_copied_device_is_told_on_sqlite(tmp_path: Path) -> None:
    """The device-identity checks on the embedded database: a push reusing a sequence
    number with another event is refused whole (409 device_identity_conflict), and so is a
    pull from a counter behind the server's."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'f.sqlite3'}", data_dir=tmp_path)
    app = create_app(settings)
    migrate(app.state.engine)
    with Session(app.state.engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        module = make_module(db, university_id=uni.id, slug="lab-safety-101", sections=2)
        make_assignment(db, module, student_id=student.student_id)
    sid = student.student_id
    with TestClient(app) as client:
        token = client.post(
            "/v1/auth/login", json={"email": student.email, "password": PASSWORD}
        ).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        t = utcnow() - timedelta(minutes=5)
        assert push(client, headers, [event(sid, seq=1, at=t)]).json()["accepted"] == 1
        for seqs in ((2, 1), (900, 1)):  # one run of numbers, and scattered ones
            batch = [event(sid, seq=n, at=t) for n in seqs]
            clash = push(client, headers, batch)
            assert clash.status_code == 409
            assert clash.json()["error"]["code"] == "device_identity_conflict"
        body = {"protocol_version": 1, "device_id": DEVICE, "device_next_seq": 1}
        assert client.post("/v1/sync/pull", headers=headers, json=body).status_code == 409
        body["device_next_seq"] = 2
        assert client.post("/v1/sync/pull", headers=headers, json=body).status_code == 200
    with Session(app.state.engine) as db:
        assert db.scalars(select(ModuleAnalyticsEvent.device_seq)).all() == [1]
    app.state.engine.dispose()
