"""A copied local store (a cloned disk, a restored backup) against the real app and PostgreSQL.

Both copies start with one device id and one counter. The server notices the copy (a push
reusing a sequence number with another event, or a pull from a counter behind what it holds
for the id), the copy that is told takes a new identity, and both end with the same events,
each stored once, and the same progress as the server.
"""

from __future__ import annotations

import random
import shutil
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.errors import DeviceIdentityConflict
from server_api.models import ModuleAnalyticsEvent
from server_api.sync_api.identity import check_push_identity
from sync.client.engine import SyncEngine
from sync.rules.protocol import DEVICE_IDENTITY_CONFLICT, PROTOCOL_VERSION
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.sync.test_engine import client_progress, device, record_session, server_progress

pytestmark = pytest.mark.postgres
SERVER = "http://testserver"


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    uni = make_university(db)
    student = make_account(db, "student", university_id=uni.id)
    modules = [make_module(db, university_id=uni.id, slug=f"mod-{i}", sections=4) for i in range(3)]
    for m in modules:
        make_assignment(db, m, student_id=student.student_id)
    return {"student": student, "modules": modules}


def copy_device(
    tmp_path: Path, store: LocalStore, name: str, client: Any
) -> tuple[LocalStore, SyncEngine, LocalStore, SyncEngine]:
    """``cp -r`` of a signed-in store's folder while the app is closed: the original and
    the copy, each reopened with its own engine."""
    source = store.path.parent
    store.close()
    shutil.copytree(source, tmp_path / name)
    original = LocalStore.open(source / "store.sqlite3")
    copy = LocalStore.open(tmp_path / name / "store.sqlite3")
    return (
        original,
        SyncEngine(original, http=client, push_batch=7),
        copy,
        SyncEngine(copy, http=client, push_batch=7),
    )


def server_events(db: Any, sid: str) -> list[tuple[str, str | None, int | None]]:
    db.expire_all()
    E = ModuleAnalyticsEvent
    return [
        (str(u), d, s)
        for u, d, s in db.execute(
            select(E.event_uuid, E.device_id, E.device_seq).where(E.student_id == sid)
        )
    ]


def local_events(store: LocalStore, sid: str, slugs: list[str]) -> list[tuple[str, str, int]]:
    return [(e.uuid, e.device_id, e.device_seq) for m in slugs for e in store.events_for(sid, m)]


def assert_converged(db: Any, sid: str, ids: dict[str, int], *stores: LocalStore) -> None:
    on_server = server_events(db, sid)
    uuids = [u for u, _, _ in on_server]
    assert len(uuids) == len(set(uuids))  # each event stored once
    pairs = [(d, s) for _, d, s in on_server]
    assert len(pairs) == len(set(pairs)), "a (device_id, device_seq) is used by two events"
    expected = server_progress(db, sid)
    for store in stores:
        assert store.pending_count(sid) == 0
        assert sorted(local_events(store, sid, list(ids))) == sorted(on_server)
        assert client_progress(store, sid, ids) == expected


def record(store: LocalStore, sid: str, slug: str, at: datetime, rng: random.Random) -> None:
    record_session(store, sid, slug, at, rng, sections=rng.randint(1, 4))


# The orders in which the original (a) and its copy (b) record (r) and sync (s).
INTERLEAVINGS = [
    "ra sa rb sb",  # one after the other: the copy's first push clashes
    "rb sb ra sa",  # the copy syncs first: the original is the one told
    "ra rb sa sb",
    "ra rb sb sa",
    "sb ra sa rb sb",  # the copy syncs an empty outbox first
    "ra sa sb rb sb",  # the copy pulls before it records: told by its counter
    "ra rb sa ra sa rb sb sa sb",
]


@pytest.mark.parametrize("order", INTERLEAVINGS)
def test_a_copied_store_and_its_original_converge(
    client: Any,
    db: Any,
    world: dict[str, Any],
    tmp_path: Path,
    order: str,
) -> None:
    student = world["student"]
    sid = student.student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    rng = random.Random(order)
    laptop, engine = device(tmp_path, "laptop", client, student)
    engine.sync_user(sid)
    record(laptop, sid, "mod-0", datetime(2026, 11, 2, 9, 0), rng)
    engine.sync_user(sid)  # the original's history before the copy
    record(laptop, sid, "mod-1", datetime(2026, 11, 2, 10, 0), rng)  # unsynced, copied too
    a, a_engine, b, b_engine = copy_device(tmp_path, laptop, "copy", client)
    assert a.device_id == b.device_id
    base = datetime(2026, 11, 3, 9, 0)
    steps = {"a": (a, a_engine), "b": (b, b_engine)}
    for n, step in enumerate(order.split()):
        store, eng = steps[step[1]]
        if step[0] == "r":
            record(store, sid, rng.choice(list(ids)), base + timedelta(minutes=7 * n), rng)
        else:
            eng.sync_user(sid)
    for _ in range(2):
        a_engine.sync_user(sid)
        b_engine.sync_user(sid)
    assert a.device_id != b.device_id
    assert_converged(db, sid, ids, a, b)


def test_a_backup_restored_after_the_original_recorded_more_gets_those_events_back(
    client: Any,
    db: Any,
    world: dict[str, Any],
    tmp_path: Path,
) -> None:
    sid = world["student"].student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    rng = random.Random(11)
    laptop, engine = device(tmp_path, "laptop", client, world["student"])
    engine.sync_user(sid)
    record(laptop, sid, "mod-0", datetime(2026, 11, 2, 9, 0), rng)
    engine.sync_user(sid)
    laptop, engine, backup, _ = copy_device(tmp_path, laptop, "backup", client)
    backup.close()
    after = datetime(2026, 11, 4, 9, 0)
    record(laptop, sid, "mod-1", after, rng)
    record(laptop, sid, "mod-2", after + timedelta(hours=1), rng)
    engine.sync_user(sid)
    recorded_after = {e.uuid for m in ("mod-1", "mod-2") for e in laptop.events_for(sid, m)}
    laptop.close()  # the laptop is lost; its backup is restored on a new one
    shutil.rmtree(tmp_path / "laptop")
    shutil.copytree(tmp_path / "backup", tmp_path / "laptop")
    restored = LocalStore.open(tmp_path / "laptop" / "store.sqlite3")
    restored_engine = SyncEngine(restored, http=client, push_batch=7)
    assert not recorded_after & {e.uuid for m in ids for e in restored.events_for(sid, m)}

    report = restored_engine.sync_user(sid)  # nothing recorded since the restore

    assert report.new_device_id == restored.device_id
    assert recorded_after <= {e.uuid for m in ids for e in restored.events_for(sid, m)}
    record(restored, sid, "mod-0", datetime(2026, 11, 5, 9, 0), rng)
    restored_engine.sync_user(sid)
    assert_converged(db, sid, ids, restored)


def test_a_push_reusing_a_sequence_number_is_refused_whole(
    client: Any,
    db: Any,
    world: dict[str, Any],
    tmp_path: Path,
) -> None:
    """409 with its own error code, nothing of the batch stored; the same uuid again is a
    plain duplicate (a retry), and a pull from a counter behind the server's is a 409 too."""
    sid = world["student"].student_id
    store, engine = device(tmp_path, "laptop", client, world["student"])
    engine.sync_user(sid)
    token = store.get_user(sid).token  # type: ignore[union-attr]
    headers = {"Authorization": f"Bearer {token}"}

    def event(uuid: str, seq: int) -> dict[str, Any]:
        return {
            "uuid": uuid,
            "student_id": sid,
            "module_id": "mod-0",
            "event_type": "module_start",
            "device_id": "copied-device-1",
            "device_seq": seq,
            "session_id": "s",
            "device_type": "desktop",
            "client_timestamp": "2026-11-02T09:00:00",
        }

    def push(*events: dict[str, Any]) -> Any:
        return client.post(
            "/v1/sync/push",
            headers=headers,
            json={
                "protocol_version": PROTOCOL_VERSION,
                "device_id": "copied-device-1",
                "device_time": datetime.now().isoformat(),
                "events": list(events),
            },
        )

    first = push(event("a" * 32, 1), event("b" * 32, 2))
    assert first.status_code == 200 and first.json()["accepted"] == 2
    again = push(event("a" * 32, 1), event("c" * 32, 3))
    assert again.status_code == 200 and again.json()["duplicates"] == 1
    clash = push(event("d" * 32, 4), event("e" * 32, 2))
    assert clash.status_code == 409
    assert clash.json()["error"]["code"] == DEVICE_IDENTITY_CONFLICT
    assert clash.json()["error"]["details"]["device_seq"] == [2]
    scattered = push(event("f" * 32, 900), event("e" * 32, 2))  # not one run: looked up apart
    assert scattered.status_code == 409
    assert scattered.json()["error"]["details"]["device_seq"] == [2]
    assert {u for u, _, _ in server_events(db, sid)} == {"a" * 32, "b" * 32, "c" * 32}

    def pull(next_seq: int) -> Any:
        body = {
            "protocol_version": PROTOCOL_VERSION,
            "device_id": "copied-device-1",
            "device_next_seq": next_seq,
        }
        return client.post("/v1/sync/pull", headers=headers, json=body)

    assert pull(4).status_code == 200
    behind = pull(3)
    assert behind.status_code == 409
    assert behind.json()["error"]["code"] == DEVICE_IDENTITY_CONFLICT


def test_two_copies_pushing_at_once_cannot_both_store_one_sequence_number(
    app: Any,
    db: Any,
    world: dict[str, Any],
) -> None:
    """The check and the insert of a device's pushes are serialised until commit: the
    second push waits for the first's transaction, then sees its rows and is refused."""
    sid = world["student"].student_id
    module_pk = world["modules"][0].id

    def stage(session: Session, uuid: str) -> None:
        row = (uuid, sid, "mod-0", "click", None, None, "s", "desktop", "dev-copied", 1)
        check_push_identity(session, device_id="dev-copied", rows=[(*row, datetime.now(), 0)])
        session.add(
            ModuleAnalyticsEvent(
                event_uuid=uuid,
                module_id=module_pk,
                student_id=sid,
                event_type="click",
                device_id="dev-copied",
                device_seq=1,
            )
        )
        session.flush()

    first = Session(app.state.engine)
    stage(first, "f" * 32)
    pid = first.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    outcome: list[BaseException | None] = []

    def second() -> None:
        with Session(app.state.engine) as session:
            try:
                stage(session, "9" * 32)
                session.commit()
                outcome.append(None)
            except DeviceIdentityConflict as exc:
                outcome.append(exc)

    worker = threading.Thread(target=second)
    worker.start()
    waiting = text(
        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND NOT l.granted AND a.pid <> :first"
    )
    with Session(app.state.engine) as watcher:
        for _ in range(600):  # bounded: the second push must end up waiting on the lock
            if watcher.execute(waiting, {"first": pid}).scalar_one():
                break
            worker.join(0.05)
            if not worker.is_alive():
                break
    first.commit()
    first.close()
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], DeviceIdentityConflict)
    db.expire_all()
    stored = db.scalar(
        select(func.count())
        .select_from(ModuleAnalyticsEvent)
        .where(ModuleAnalyticsEvent.device_id == "dev-copied")
    )
    assert stored == 1


def test_a_rebuilt_store_stays_signed_in_and_gets_its_synced_events_back(
    client: Any,
    db: Any,
    world: dict[str, Any],
    tmp_path: Path,
) -> None:
    """The store file is damaged (truncated, its schema pages lost too): the rebuilt store
    starts from the app's last backup, keeps the sign-in, so the laptop goes on offline,
    and its next sync sends what was rescued and pulls back what this device had synced
    under its old id since the backup."""
    sid = world["student"].student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    rng = random.Random(5)
    laptop, engine = device(tmp_path, "laptop", client, world["student"])
    engine.sync_user(sid)
    laptop.set_current_user(sid)
    laptop.backup()  # what the sync service does every few minutes of use
    for n in range(6):
        record(laptop, sid, "mod-0", datetime(2026, 11, 2, 9, 0) + timedelta(hours=n), rng)
    engine.sync_user(sid)
    for n in range(3):
        record(laptop, sid, "mod-1", datetime(2026, 11, 3, 9, 0) + timedelta(hours=n), rng)
    path = laptop.path
    laptop.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    rebuilt = LocalStore.open(path)
    assert rebuilt.recovery is not None and rebuilt.recovery.backup_path is not None
    user = rebuilt.current_user()
    assert user is not None and user.user_id == sid and user.token
    rebuilt.record_event(
        owner=sid, module_id="mod-2", event_type="module_start", session_id="s",
        device_type="desktop",
    )  # fmt: skip
    SyncEngine(rebuilt, http=client, push_batch=7).sync_user(sid)
    assert_converged(db, sid, ids, rebuilt)
