"""The engine end to end against the real app and PostgreSQL: what devices record offline
reaches the server exactly once, and every device agrees with the server on progress."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from local_store import LocalStore
from server_api.models import ModuleAnalyticsEvent, ModuleProgress
from sync.client.cli import sign_in
from sync.client.engine import AuthError, ServerError, SyncEngine
from sync.rules.progress import PROGRESS_FIELDS
from sync.rules.protocol import CAPABILITIES, ItemResult, PushResponse
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.faults import FaultTransport

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


def device(
    tmp_path: Path, name: str, client: Any, account: Any, *, faults: FaultTransport | None = None
) -> tuple[LocalStore, SyncEngine]:
    """A signed-in device; its engine talks to ``client`` through ``faults`` if given."""
    store = LocalStore.open(tmp_path / name / "store.sqlite3")
    sign_in(
        store, server=SERVER, email=account.email, password=PASSWORD, device_name=name, http=client
    )
    http = client if faults is None else httpx.Client(transport=faults)
    return store, SyncEngine(store, http=http, push_batch=7)


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
    faults = FaultTransport(client)
    store, engine = device(tmp_path, "laptop", client, world["student"], faults=faults)
    engine.sync_user(sid)
    for n in range(30):
        store.record_event(
            owner=sid, module_id="mod-0", event_type="click", session_id="s", device_type="desktop"
        )
        del n
    seen: list[str] = []
    store._conn().set_trace_callback(seen.append)
    durable: list[int] = []
    pushes: list[str] = []

    def request(request: httpx.Request) -> None:
        if request.url.path == "/v1/sync/push":
            pushes.append(request.url.path)
            # FULL commits made so far by the preparing thread, fully committed
            full = [i for i, s in enumerate(list(seen)) if s == "PRAGMA synchronous = FULL"]
            durable.append(sum(1 for i in full if "COMMIT" in seen[i:]))

    faults.watch(request)
    report = engine.sync_user(sid)
    assert report.pushed == 30 and len(pushes) == 5  # push_batch=7
    assert all(d >= n for n, d in enumerate(durable, start=1)), durable
    assert store.pending_count(sid) == 0


@pytest.mark.parametrize("skew", [timedelta(0), timedelta(hours=1), timedelta(days=-365)])
def test_a_device_with_a_wrong_clock_folds_the_servers_timestamps(
    client: Any,
    db: Any,
    world: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    skew: timedelta,
) -> None:
    """The server lists the events it stored with another timestamp (all of them, from a
    device an hour or a year off; none from a right clock); the device folds those."""
    import sync.client.engine

    sid = world["student"].student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    faults = FaultTransport(client)
    store, engine = device(tmp_path, "kiosk", client, world["student"], faults=faults)
    engine.sync_user(sid)
    device_now = datetime.now(UTC).replace(tzinfo=None) + skew
    monkeypatch.setattr(sync.client.engine, "utcnow", lambda: device_now)
    record_session(store, sid, "mod-0", device_now - timedelta(minutes=20), random.Random(3))
    uuids = [e.uuid for e in store.pending_events(sid)]
    bodies: list[bytes] = []

    def request(request: httpx.Request) -> None:
        if request.url.path == "/v1/sync/push":
            bodies.append(request.read())

    faults.watch(request)
    engine.sync_user(sid)
    assert all(b'"answer":"exceptions"' in body for body in bodies) and bodies
    stamped = [store.get_event(u) for u in uuids]
    assert all(e is not None and e.state == "synced" for e in stamped)
    assert all((e.server_ts is not None) == bool(skew) for e in stamped if e is not None)
    assert client_progress(store, sid, ids) == server_progress(db, sid) != {}


@pytest.mark.parametrize(
    "missing",
    [{"push.exceptions.v1"}, {"push.rows.v1"}, {"push.exceptions.v1", "push.rows.v1"}],
)
def test_an_older_server_is_spoken_to_in_what_it_knows(
    client: Any,
    db: Any,
    world: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    missing: set[str],
) -> None:
    """A server without ``push.exceptions.v1`` is not asked for them and lists every item;
    one without ``push.rows.v1`` gets events as objects."""
    monkeypatch.setattr("server_api.sync_api.router.CAPABILITIES", CAPABILITIES - missing)
    sid = world["student"].student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    faults = FaultTransport(client)
    store, engine = device(tmp_path, "laptop", client, world["student"], faults=faults)
    engine.sync_user(sid)
    record_session(store, sid, "mod-1", datetime(2026, 11, 3, 9, 0), random.Random(5))
    uuids = [e.uuid for e in store.pending_events(sid)]
    answers: list[PushResponse] = []
    bodies: list[bytes] = []

    def keep(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path == "/v1/sync/push":
            answers.append(PushResponse.model_validate_json(response.content))
            bodies.append(request.read())
        return response

    faults.rewrite(keep)
    report = engine.sync_user(sid)
    assert report.pushed == len(uuids) and answers
    every = "push.exceptions.v1" in missing
    assert all(a.listed == ("all" if every else "exceptions") for a in answers)
    assert sum(len(a.results) for a in answers) == (len(uuids) if every else 0)
    form = b'"events":[' if "push.rows.v1" in missing else b'"rows":['
    assert all(form in body for body in bodies)
    assert store.pending_count(sid) == 0
    assert client_progress(store, sid, ids) == server_progress(db, sid) != {}


@pytest.mark.parametrize("flaw", ["a count short", "a refusal uncounted", "another event listed"])
def test_an_answer_that_is_not_about_the_batch_marks_nothing(
    client: Any, world: dict[str, Any], tmp_path: Path, flaw: str
) -> None:
    sid = world["student"].student_id
    faults = FaultTransport(client)
    store, engine = device(tmp_path, "laptop", client, world["student"], faults=faults)
    engine.sync_user(sid)
    record_session(store, sid, "mod-2", datetime(2026, 11, 3, 9, 0), random.Random(6))
    pending = store.pending_count(sid)
    first = store.pending_events(sid, limit=1)[0].uuid

    def flawed(answer: PushResponse) -> PushResponse:
        if flaw == "a count short":
            return answer.model_copy(update={"accepted": answer.accepted - 1})
        if flaw == "a refusal uncounted":  # listed, but the counts already add up without it
            refusal = ItemResult(uuid=first, status="rejected", reason="no")
            return answer.model_copy(update={"results": [*answer.results, refusal]})
        stranger = ItemResult(uuid="f" * 32, status="accepted")
        return answer.model_copy(update={"results": [*answer.results, stranger]})

    def rewrite(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path != "/v1/sync/push":
            return response
        answer = flawed(PushResponse.model_validate_json(response.content))
        return httpx.Response(
            response.status_code, content=answer.model_dump_json().encode(), request=request
        )

    faults.rewrite(rewrite)
    with pytest.raises(ServerError, match="other events" if "another" in flaw else "every event"):
        engine.sync_user(sid)
    assert store.pending_count(sid) == pending and store.rejected_events(sid) == []


def test_events_carried_to_a_new_device_are_stored_with_their_own_identity(
    client: Any, db: Any, world: dict[str, Any], tmp_path: Path
) -> None:
    """An outbox exported from one device (or rescued from a corrupt store, which keeps
    the old device id) and queued on another reaches the server from there."""
    sid = world["student"].student_id
    ids = {m.module_id: m.id for m in world["modules"]}
    old, _ = device(tmp_path, "old-laptop", client, world["student"])
    record_session(old, sid, "mod-0", datetime(2026, 11, 4, 9, 0), random.Random(8))
    export = tmp_path / "outbox.jsonl"
    carried = old.export_outbox(export)
    old_device = old.device_id
    new, engine = device(tmp_path, "new-laptop", client, world["student"])
    assert new.import_outbox(export) == carried > 0
    report = engine.sync_user(sid)
    assert (report.pushed, report.rejected) == (carried, 0)
    assert new.pending_count(sid) == 0
    stored = db.scalars(select(ModuleAnalyticsEvent)).all()
    assert len(stored) == carried and {e.device_id for e in stored} == {old_device}
    assert client_progress(new, sid, ids) == server_progress(db, sid) != {}
