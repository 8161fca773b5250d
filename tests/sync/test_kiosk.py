"""A kiosk's sync, device side: enrolment, the roster, per-student push and pull with the
kiosk's credential, per-item refusals kept on the device, and a revoked kiosk that keeps
its students' unsynced work for an admin to export. Real app over HTTP, real PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from local_store import LocalStore
from server_api.kiosks.service import create_enrolment_code, revoke_kiosk, set_pin
from server_api.models import ModuleAnalyticsEvent, ModuleProgress
from sync.client import kiosk as kiosk_ops
from sync.client.engine import AuthError, SyncEngine
from tests.factories import (
    PASSWORD,
    make_account,
    make_assignment,
    make_module,
    make_team,
    make_university,
)

pytestmark = pytest.mark.postgres
SERVER = "http://testserver"
NOW = datetime(2026, 11, 25, 9, 0)
PINS = ("111111", "222222", "333333")  # ana, ben, cy


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    """One university with two teams: ADCS (two students), Power (one); a module for
    everyone and one for Power only; another university with a student of its own."""
    uni = make_university(db)
    adcs, power = make_team(db, uni.id, "ADCS"), make_team(db, uni.id, "Power")
    ana = make_account(db, "student", university_id=uni.id, team_id=adcs.id)
    ben = make_account(db, "student", university_id=uni.id, team_id=adcs.id)
    cy = make_account(db, "student", university_id=uni.id, team_id=power.id)
    other = make_university(db)
    stranger = make_account(db, "student", university_id=other.id)
    everyone = make_module(db, university_id=uni.id, slug="lab-safety", sections=3)
    power_only = make_module(db, university_id=uni.id, slug="eps-basics", sections=3)
    make_assignment(db, everyone, university_id=uni.id)
    make_assignment(db, power_only, team_id=power.id)
    for account, pin in ((ana, PINS[0]), (ben, PINS[1]), (cy, PINS[2])):
        set_pin(db, account.student_id, pin)
    db.commit()
    return {
        "uni": uni,
        "adcs": adcs,
        "ana": ana.student_id,
        "ben": ben.student_id,
        "cy": cy.student_id,
        "stranger": stranger.student_id,
    }


def _code(db: Any, world: dict[str, Any], team: Any = None) -> str:
    code, _row = create_enrolment_code(
        db,
        university_id=world["uni"].id,
        team_id=team.id if team is not None else None,
        expires_in=timedelta(hours=1),
    )
    db.commit()
    return code


def _kiosk(tmp_path: Path, client: Any, code: str, name: str = "k") -> LocalStore:
    store = LocalStore.open(tmp_path / name / "store.sqlite3")
    kiosk_ops.enrol(
        store, server=SERVER, name="Tablet 1", exit_pin="258013", code=code, now=NOW, http=client
    )
    return store


def _sign_in(store: LocalStore, owner: str, pin: str) -> str:
    """The student types their PIN on the tablet: a sitting whose proof the tablet keeps."""
    session_id = f"sitting-{owner}"
    assert kiosk_ops.check_pin(store, owner, pin, now=NOW, session_id=session_id).status == "ok"
    return session_id


def _record(store: LocalStore, owner: str, slug: str, n: int = 1) -> list[str]:
    uuids = []
    for i in range(n):
        e = store.record_event(
            owner=owner,
            module_id=slug,
            event_type="section_view",
            section_number=1 + i % 3,
            session_id=f"sitting-{owner}",
            device_type="kiosk",
        )
        uuids.append(e.uuid)
    return uuids


def _sync_all(engine: SyncEngine, store: LocalStore) -> None:
    engine.sync_kiosk()
    for user in store.list_users():
        if user.token:
            engine.sync_user(user.user_id)


def test_a_team_kiosk_gets_its_roster_and_each_students_own_modules(
    tmp_path: Path, client: Any, db: Any, world: dict[str, Any]
) -> None:
    store = _kiosk(tmp_path, client, _code(db, world, world["adcs"]))
    kiosk = store.kiosk()
    assert kiosk is not None and kiosk.team_id == world["adcs"].id and kiosk.team_name == "ADCS"
    engine = SyncEngine(store, http=client)
    change = engine.sync_kiosk()
    assert change is not None and sorted(change.added) == sorted([world["ana"], world["ben"]])
    roster = {s.student_id: s for s in store.roster()}
    assert set(roster) == {world["ana"], world["ben"]}  # not Power's Cy, not the stranger
    assert kiosk_ops.check_pin(store, world["ana"], PINS[0], now=NOW).status == "ok"
    assert kiosk_ops.check_pin(store, world["ben"], PINS[0], now=NOW).status == "wrong"
    _sync_all(engine, store)
    assert [m.module_id for m in store.list_modules(world["ana"])] == ["lab-safety"]
    # The server knows when the kiosk last synced and how much it held.
    listed = client.get("/v1/kiosks", headers=_admin(db, client)).json()
    assert listed[0]["last_sync_at"] is not None and listed[0]["pending_events"] == 0


def test_events_land_under_their_students_and_out_of_scope_ones_stay_with_a_reason(
    tmp_path: Path, client: Any, db: Any, world: dict[str, Any]
) -> None:
    store = _kiosk(tmp_path, client, _code(db, world))  # the whole university
    engine = SyncEngine(store, http=client, push_batch=4)
    _sync_all(engine, store)
    ana, cy = world["ana"], world["cy"]
    _sign_in(store, ana, PINS[0])
    _sign_in(store, cy, PINS[2])
    ok_ana = _record(store, ana, "lab-safety", 5)
    ok_cy = _record(store, cy, "eps-basics", 3)
    not_assigned = _record(store, ana, "eps-basics", 1)  # Power's module, Ana is ADCS
    # A student of another university sneaks onto the device (a tampered store):
    store.save_user(
        user_id=world["stranger"],
        role="student",
        display_name="Stranger",
        server_url=SERVER,
        token=store.kiosk().token,  # type: ignore[union-attr]
    )
    foreign = _record(store, world["stranger"], "lab-safety", 2)
    _sync_all(engine, store)

    stored = dict(
        db.execute(select(ModuleAnalyticsEvent.event_uuid, ModuleAnalyticsEvent.student_id)).all()
    )
    assert {u: stored.get(u) for u in ok_ana + ok_cy} == {
        **dict.fromkeys(ok_ana, ana),
        **dict.fromkeys(ok_cy, cy),
    }
    assert not set(not_assigned + foreign) & set(stored)
    rejected = {e.uuid: e for e in store.rejected_events()}
    assert set(rejected) == set(not_assigned + foreign)
    assert "not assigned" in (rejected[not_assigned[0]].reject_reason or "")
    assert world["stranger"] in (rejected[foreign[0]].reject_reason or "")
    progress = {(p.student_id, p.module_id) for p in db.scalars(select(ModuleProgress)).all()}
    assert len({s for s, _ in progress}) == 2  # one row set per student, nobody else's


def test_a_revoked_kiosk_is_refused_and_keeps_its_unsynced_work_for_export(
    tmp_path: Path, client: Any, db: Any, world: dict[str, Any]
) -> None:
    store = _kiosk(tmp_path, client, _code(db, world))
    engine = SyncEngine(store, http=client)
    _sync_all(engine, store)
    waiting = _record(store, world["ana"], "lab-safety", 3) + _record(
        store, world["ben"], "lab-safety", 2
    )
    kiosk = store.kiosk()
    assert kiosk is not None
    revoke_kiosk(db, None, kiosk.kiosk_id)
    db.commit()

    with pytest.raises(AuthError, match="revoked"):
        engine.sync_kiosk()
    for user in store.list_users():
        with pytest.raises(AuthError):
            engine.sync_user(user.user_id)
    kiosk = store.kiosk()
    assert kiosk is not None and kiosk.revoked_at is not None
    assert store.pending_count() == len(waiting)  # nothing lost, nothing half-sent
    assert not db.scalars(select(ModuleAnalyticsEvent.event_uuid)).all()

    # An admin exports it with the headless client, from the kiosk's data folder.
    store.close()
    out = tmp_path / "export.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sync.client.cli",
            "export-outbox",
            "--data-dir",
            str(tmp_path / "k"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["uuid"] for r in rows} == set(waiting)
    assert {r["owner"] for r in rows} == {world["ana"], world["ben"]}


def test_an_enrolment_code_works_once_and_bad_input_says_why(
    tmp_path: Path, client: Any, db: Any, world: dict[str, Any]
) -> None:
    code = _code(db, world)
    _kiosk(tmp_path, client, code.lower().replace("-", " "), name="first")  # as typed
    second = LocalStore.open(tmp_path / "second" / "store.sqlite3")
    with pytest.raises(kiosk_ops.EnrolError) as used:
        kiosk_ops.enrol(
            second, server=SERVER, name="T", exit_pin="258013", code=code, now=NOW, http=client
        )
    assert "\n" not in str(used.value) and second.kiosk() is None
    for short in ("12", "1234"):
        with pytest.raises(kiosk_ops.EnrolError, match="6 to 12 digits"):
            kiosk_ops.enrol(second, server=SERVER, name="T", exit_pin=short, code=code, now=NOW)
    with pytest.raises(kiosk_ops.EnrolError, match="http"):
        kiosk_ops.enrol(second, server="ftp://x", name="T", exit_pin="123456", code=code, now=NOW)
    with pytest.raises(kiosk_ops.EnrolError, match="Cannot reach"):
        kiosk_ops.enrol(
            second, server="http://127.0.0.1:9", name="T", exit_pin="123456", code="ABCD", now=NOW
        )
    # A student cannot enrol a kiosk with their own (right) sign-in.
    with pytest.raises(kiosk_ops.EnrolError) as student:
        kiosk_ops.enrol(
            second,
            server=SERVER,
            name="T",
            exit_pin="123456",
            email=_email(db, world["ana"]),
            password=PASSWORD,
            now=NOW,
            http=client,
        )
    assert "faculty" in str(student.value).lower() or "admin" in str(student.value).lower()
    assert second.kiosk() is None
    second.close()


def _email(db: Any, student_id: str) -> str:
    from server_api.models import Account

    return str(db.scalar(select(Account.email).where(Account.student_id == student_id)))


def _admin(db: Any, client: Any) -> dict[str, str]:
    admin = make_account(db, "admin")
    token = client.post("/v1/auth/login", json={"email": admin.email, "password": PASSWORD}).json()[
        "token"
    ]
    return {"Authorization": f"Bearer {token}"}


def test_work_recorded_before_the_tablet_is_enrolled_again_still_syncs(
    tmp_path: Path, client: Any, db: Any, world: dict[str, Any]
) -> None:
    """Staff enrol the tablet again (a new key, a new device id) while a sitting's events
    wait: the sitting's proof is sealed again for the new key and the events land."""
    store = _kiosk(tmp_path, client, _code(db, world))
    engine = SyncEngine(store, http=client)
    _sync_all(engine, store)
    first_device = store.device_id
    _sign_in(store, world["ana"], PINS[0])
    waiting = _record(store, world["ana"], "lab-safety", 3)
    kiosk_ops.enrol(
        store,
        server=SERVER,
        name="T",
        exit_pin="258013",
        code=_code(db, world),
        now=NOW,
        http=client,
    )
    assert store.device_id != first_device  # issued anew
    _sync_all(engine, store)
    assert store.rejected_events() == [] and store.pending_count() == 0
    stored = set(db.scalars(select(ModuleAnalyticsEvent.event_uuid)).all())
    assert set(waiting) <= {u.replace("-", "") for u in stored} | stored
