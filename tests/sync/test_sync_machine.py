"""Sync as a Hypothesis state machine: two devices of one student and the real server.

Rules record events on either device, sync it, cut a push short after some batches and
restart the device (its store opened again, a new engine), or let the server handle a push
or pull whose answer never arrives. The model is the set of events recorded. After a full
sync (each device in turn, until both have seen the other's work) every replica (both
devices and the server) holds exactly the recorded events, each once, nothing waits in an
outbox, and the devices' progress is the server's.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from sqlalchemy import select

from local_store import LocalStore
from server_api.models import ModuleAnalyticsEvent
from sync.client.engine import SyncEngine, SyncError
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.faults import FaultTransport
from tests.sync.test_engine import client_progress, device, server_progress

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PUSH, PULL = "/v1/sync/push", "/v1/sync/pull"
SLUGS = ("mod-0", "mod-1")
KINDS = ("module_start", "section_view", "section_complete", "pause", "resume", "click")


def test_two_devices_of_one_student_converge(client: Any, db: Any, tmp_path: Path) -> None:
    uni = make_university(db)
    modules = [make_module(db, university_id=uni.id, slug=s, sections=3) for s in SLUGS]
    ids = {m.module_id: m.id for m in modules}
    runs = itertools.count()

    class SyncMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            student = make_account(db, "student", university_id=uni.id)
            for m in modules:
                make_assignment(db, m, student_id=student.student_id)
            self.sid = student.student_id
            self.folder = tmp_path / f"run-{next(runs)}"
            self.faults = [FaultTransport(client), FaultTransport(client)]
            self.stores: list[LocalStore] = []
            self.engines: list[SyncEngine] = []
            for n, faults in enumerate(self.faults):
                store, engine = device(self.folder, f"d{n}", client, student, faults=faults)
                self.stores.append(store)
                self.engines.append(engine)
            self.recorded: set[str] = set()
            self.clock = datetime(2026, 11, 2, 9, 0)

        @rule(
            d=st.integers(0, 1),
            slug=st.sampled_from(SLUGS),
            kinds=st.lists(
                st.tuples(st.sampled_from(KINDS), st.integers(1, 3)), min_size=1, max_size=12
            ),
        )
        def record(self, d: int, slug: str, kinds: list[tuple[str, int]]) -> None:
            for kind, section in kinds:
                self.clock += timedelta(seconds=7)
                event = self.stores[d].record_event(
                    owner=self.sid,
                    module_id=slug,
                    event_type=kind,
                    section_number=None if kind == "module_start" else section,
                    client_ts=self.clock,
                    session_id=f"s{d}",
                    device_type="desktop",
                )
                self.recorded.add(event.uuid)

        @rule(d=st.integers(0, 1))
        def sync(self, d: int) -> None:
            self.engines[d].sync_user(self.sid)

        @rule(d=st.integers(0, 1), nth=st.integers(1, 3))
        def kill_mid_push(self, d: int, nth: int) -> None:
            """The push stops at its nth request (those before it answered) and the device
            restarts: its store is opened again under a new engine."""
            self.faults[d].refuse(PUSH, nth=nth)
            try:
                self.engines[d].sync_user(self.sid)
            except SyncError:
                pass
            self.faults[d].clear()
            self.engines[d].close()
            path = self.folder / f"d{d}" / "store.sqlite3"
            self.stores[d].close()
            self.stores[d] = LocalStore.open(path)
            http = httpx.Client(transport=self.faults[d])
            self.engines[d] = SyncEngine(self.stores[d], http=http, push_batch=7)

        @rule(d=st.integers(0, 1), path=st.sampled_from((PUSH, PULL)), nth=st.integers(1, 2))
        def lose_the_answer(self, d: int, path: str, nth: int) -> None:
            """The server handles the request; its answer never reaches the device."""
            self.faults[d].lose_answer(path, nth=nth)
            try:
                self.engines[d].sync_user(self.sid)
            except SyncError:
                pass
            self.faults[d].clear()

        @rule()
        def full_sync(self) -> None:
            for d in (0, 1, 0):
                self.engines[d].sync_user(self.sid)
            db.expire_all()
            stored = db.scalars(
                select(ModuleAnalyticsEvent.event_uuid).where(
                    ModuleAnalyticsEvent.student_id == self.sid
                )
            ).all()
            assert len(stored) == len(set(stored)) and set(stored) == self.recorded
            expected = server_progress(db, self.sid)
            for store in self.stores:
                held = [e.uuid for slug in SLUGS for e in store.events_for(self.sid, slug)]
                assert len(held) == len(set(held)) and set(held) == self.recorded
                assert store.pending_count(self.sid) == 0
                assert client_progress(store, self.sid, ids) == expected

        def teardown(self) -> None:
            try:
                self.full_sync()
            finally:
                for engine, store in zip(self.engines, self.stores, strict=True):
                    engine.close()
                    store.close()

    # Hypothesis leaves this function unannotated.
    run_state_machine_as_test(  # type: ignore[no-untyped-call]
        SyncMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=10,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
