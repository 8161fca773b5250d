"""The engine end to end against the real app and PostgreSQL: what devices record offline
reaches the server exactly once, and every device agrees with the server on progress."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from local_store import LocalStore
from server_api.models import ModuleAnalyticsEvent, ModuleProgress
from sync.cli import sign_in
from sync.engine import AuthError, SyncEngine
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university

pytestmark = pytest.mark.postgres
SERVER = "http://testserver"
PROGRESS_FIELDS = (
    "status",
    "progress_percent",
    "current_section",
    "started_at",
    "completed_at",
    "last_accessed_at",
    "total_time_seconds",
    "pause_count",
    "hint_count",
    "retry_count",
    "error_count",
)


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    uni = make_university(db)
    student = make_account(db, "student", university_id=uni.id)
    modules = [make_module(db, university_id=uni.id, slug=f"mod-{i}", sections=4) for i in range(3)]
    for m in modules:
        make_assignment(db, m, student_id=student.student_id)
    return {"student": student, "modules": modules}


def device(tmp_path: Path, name: str, client: Any, account: Any) -> tuple[LocalStore, SyncEngine]:
    store = LocalStore.open(tmp_path / name / "store.sqlite3")
    sign_in(
        store, server=SERVER, email=account.email, password=PASSWORD, device_name=name, http=client
    )
    return store, SyncEngine(store, http=client, push_batch=7)


def record_session(
    store: LocalStore, owner: str, slug: str, start: datetime, rng: random.Random, sections: int = 4
) -> None:
    t = start
    store.record_event(
        owner=owner,
        module_id=slug,
        event_type="module_start",
        client_ts=t,
        session_id="s",
        device_type="desktop",
    )
    for n in range(1, sections + 1):
        t += timedelta(seconds=rng.randint(1, 20))
        store.record_event(
            owner=owner,
            module_id=slug,
            event_type="section_view",
            section_number=n,
            client_ts=t,
            session_id="s",
            device_type="desktop",
        )
        if rng.random() < 0.3:
            t += timedelta(seconds=31)
            store.record_event(
                owner=owner,
                module_id=slug,
                event_type="pause",
                section_number=n,
                client_ts=t,
                session_id="s",
                device_type="desktop",
            )
            t += timedelta(seconds=rng.randint(5, 100))
            store.record_event(
                owner=owner,
                module_id=slug,
                event_type="resume",
                section_number=n,
                client_ts=t,
                session_id="s",
                device_type="desktop",
            )
        if rng.random() < 0.8:
            t += timedelta(seconds=rng.randint(1, 20))
            store.record_event(
                owner=owner,
                module_id=slug,
                event_type="section_complete",
                section_number=n,
                client_ts=t,
                session_id="s",
                device_type="desktop",
            )


def server_progress(db: Any, student_id: str) -> dict[int, tuple[Any, ...]]:
    db.expire_all()
    return {
        p.module_id: tuple(getattr(p, f) for f in PROGRESS_FIELDS)
        for p in db.scalars(select(ModuleProgress).where(ModuleProgress.student_id == student_id))
    }


def client_progress(
    store: LocalStore, owner: str, ids: dict[str, int]
) -> dict[int, tuple[Any, ...]]:
    return {
        ids[slug]: tuple(getattr(row, f) for f in PROGRESS_FIELDS)
        for slug, row in store.get_progress(owner).items()
        if row.status != "not_started"
    }


def test_offline_work_on_two_devices_converges(
    client: Any, db: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    student = world["student"]
    sid = student.student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    laptop, laptop_engine = device(tmp_path, "laptop", client, student)
    tablet, tablet_engine = device(tmp_path, "tablet", client, student)
    laptop_engine.sync_user(sid)
    tablet_engine.sync_user(sid)
    assert len(laptop.list_modules(sid)) == 3

    rng = random.Random(7)
    base = datetime(2026, 11, 20, 9, 0, 0)
    # offline: both devices work on mod-0 at overlapping times, the laptop also on mod-1
    record_session(laptop, sid, "mod-0", base, rng)
    record_session(tablet, sid, "mod-0", base + timedelta(seconds=30), rng)
    record_session(laptop, sid, "mod-1", base + timedelta(hours=1), rng)
    pending = laptop.pending_count(sid) + tablet.pending_count(sid)

    laptop_engine.sync_user(sid)
    tablet_engine.sync_user(sid)
    laptop_engine.sync_user(sid)  # picks up the tablet's events

    assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == pending
    expected = server_progress(db, sid)
    assert set(expected) == {ids["mod-0"], ids["mod-1"]}
    assert client_progress(laptop, sid, ids) == expected
    assert client_progress(tablet, sid, ids) == expected
    assert laptop.pending_count(sid) == tablet.pending_count(sid) == 0

    # a retry of everything changes nothing
    again = laptop_engine.sync_user(sid)
    assert again.pushed == 0
    assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == pending


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_rounds_agree_with_the_server(
    client: Any, db: Any, world: dict[str, Any], tmp_path: Path, seed: int
) -> None:
    """Events split over devices and sync rounds in a random order: same progress everywhere."""
    sid = world["student"].student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    rng = random.Random(seed)
    devices = [device(tmp_path, f"d{i}", client, world["student"]) for i in range(3)]
    base = datetime(2026, 11, 1, 8, 0, 0)
    for step in range(12):
        store, engine = rng.choice(devices)
        if rng.random() < 0.6:
            slug = rng.choice(list(ids))
            record_session(
                store,
                sid,
                slug,
                base + timedelta(minutes=rng.randint(0, 300)),
                rng,
                sections=rng.randint(1, 4),
            )
        else:
            engine.sync_user(sid)
        del step
    for _ in range(2):
        for _store, engine in devices:
            engine.sync_user(sid)
    expected = server_progress(db, sid)
    for store, _engine in devices:
        assert client_progress(store, sid, ids) == expected


def test_revoked_device_keeps_its_events(
    client: Any, db: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    sid = world["student"].student_id
    store, engine = device(tmp_path, "laptop", client, world["student"])
    engine.sync_user(sid)
    store.record_event(
        owner=sid,
        module_id="mod-0",
        event_type="module_start",
        session_id="s",
        device_type="desktop",
    )
    admin = make_account(db, "admin")
    token = client.post("/v1/auth/login", json={"email": admin.email, "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {token['token']}"}
    for t in client.get("/v1/admin/tokens", headers=headers).json():
        if t["device_id"] == store.device_id:
            client.post(f"/v1/admin/tokens/{t['id']}/revoke", headers=headers)
    with pytest.raises(AuthError, match="revoked"):
        engine.sync_user(sid)
    assert store.pending_count(sid) == 1


def test_every_batch_is_on_disk_before_it_leaves(
    client: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    """Cheap events commit without fsync; each push request follows a synchronous=FULL commit
    (in WAL mode it puts every earlier commit on disk), made by the thread that prepares it."""
    sid = world["student"].student_id
    store, engine = device(tmp_path, "laptop", client, world["student"])
    engine.sync_user(sid)
    for n in range(30):
        store.record_event(
            owner=sid, module_id="mod-0", event_type="click", session_id="s", device_type="desktop"
        )
        del n
    seen: list[str] = []
    store._conn().set_trace_callback(seen.append)
    durable, pushes = [], []
    send = engine._request

    def request(user: Any, method: str, path: str, *args: Any, **kwargs: Any) -> Any:
        if path == "/v1/sync/push":
            pushes.append(path)
            # FULL commits made so far by the preparing thread, fully committed
            full = [i for i, s in enumerate(list(seen)) if s == "PRAGMA synchronous = FULL"]
            durable.append(sum(1 for i in full if "COMMIT" in seen[i:]))
            assert durable[-1] >= len(pushes)
        return send(user, method, path, *args, **kwargs)

    engine._request = request  # type: ignore[method-assign]
    report = engine.sync_user(sid)
    assert report.pushed == 30 and len(pushes) == 5  # push_batch=7
    assert store.pending_count(sid) == 0
