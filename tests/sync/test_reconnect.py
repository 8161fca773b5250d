"""Back online within seconds: a real server stopped and started again.

While the server is unreachable the sync service backs off (up to minutes), but it probes
``GET /health`` every ``probe_interval`` seconds and syncs as soon as the server answers.
The backoff here is ten minutes: only the probe can make the sync happen within the wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.models import ModuleAnalyticsEvent
from sync.client.cli import sign_in
from sync.client.engine import SyncEngine
from sync.client.service import Connectivity, SyncService, SyncStatus
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.helpers import free_port, running_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


class Statuses:
    """Every status the service publishes, and a bounded wait for one that matches."""

    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self._changed = threading.Condition()

    def __call__(self, status: SyncStatus) -> None:
        with self._changed:
            self.seen.append(status)
            self._changed.notify_all()

    def wait_for(self, ok: Callable[[SyncStatus], bool], timeout: float) -> SyncStatus:
        with self._changed:
            found = self._changed.wait_for(
                lambda: bool(self.seen) and ok(self.seen[-1]), timeout=timeout
            )
            assert found, f"no such status within {timeout} s; last: {self.seen[-1:]}"
            return self.seen[-1]


def test_a_sync_starts_within_seconds_of_the_server_coming_back(
    migrated_pg_url: str, tmp_path: Path
) -> None:
    db_engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(db_engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        module = make_module(db, university_id=uni.id, slug="lab-safety", sections=2)
        make_assignment(db, module, student_id=student.student_id)
    sid = student.student_id
    port = free_port()
    serve = ["serve", "--database-url", migrated_pg_url, "--port", str(port)]
    serve += ["--log-level", "warning"]
    store = LocalStore.open(tmp_path / "store.sqlite3")
    statuses = Statuses()
    service: SyncService | None = None
    try:
        with running_server(serve, port=port):
            server = f"http://127.0.0.1:{port}"
            sign_in(
                store, server=server, email=student.email, password=PASSWORD, device_name="laptop"
            )
            service = SyncService(
                store,
                SyncEngine(store, timeout=5.0),
                interval=3600,
                base_backoff=600,
                max_backoff=600,
                probe_interval=0.3,
                rng=lambda: 0.5,
            )
            service.add_listener(statuses)
            service.start()
            first = statuses.wait_for(lambda s: s.last_success is not None, timeout=60)
        store.record_event(
            owner=sid, module_id="lab-safety", event_type="click", session_id="s",
            device_type="desktop",
        )  # fmt: skip
        service.request_sync()
        offline = statuses.wait_for(lambda s: s.connectivity == Connectivity.OFFLINE, 30)
        assert offline.next_attempt_in is not None and offline.next_attempt_in >= 300
        with running_server(serve, port=port):
            back: Any = statuses.wait_for(
                lambda s: s.last_success != first.last_success and not s.syncing, timeout=30
            )
            assert back.connectivity == Connectivity.ONLINE and back.pending == 0
    finally:
        if service is not None:
            service.stop()
        store.close()
    with Session(db_engine) as db:
        assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == 1
    db_engine.dispose()
