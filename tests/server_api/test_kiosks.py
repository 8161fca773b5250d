"""Kiosks: enrolment (codes, staff), listing and revocation, the roster, PINs, and a kiosk's
push, pull and reads staying inside its university or team."""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from server_api.errors import Gone
from server_api.kiosks.service import create_enrolment_code, enrol, set_pin
from server_api.models import (
    Account,
    Kiosk,
    KioskEnrolmentCode,
    Module,
    ModuleAnalyticsEvent,
    ModuleProgress,
    ModuleSection,
    Student,
    StudentPin,
)
from server_api.timeutil import utcnow
from sync.rules import kiosk_keys
from sync.rules.protocol import KioskEnrolRequest
from tests.factories import (
    PASSWORD,
    make_account,
    make_assignment,
    make_module,
    make_team,
    make_university,
)
from tests.factories.shared_api import bearer, cheap_password_hashing, make_token
from tests.server_api.test_sync_push import DEVICE, event, push

pytestmark = pytest.mark.postgres

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"
PNG = (DEMO / "lab-safety-101" / "media" / "ppe-station.png").read_bytes()
MP4 = (DEMO / "lab-safety-101" / "media" / "ppe-check.mp4").read_bytes()
KIOSK_DEVICE = "kiosk-tablet-01"
CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture(autouse=True)
def _cheap_passwords() -> Iterator[None]:
    with cheap_password_hashing():
        yield


@pytest.fixture
def world(client: Any, db: Session) -> dict[str, Any]:
    """University A (teams ADCS and Power) and university B, with people and modules.

    A's students: ana (ADCS), ben (Power), zoe (no team, no account, no name: shown by the
    local part of her email) and dis (ADCS, account disabled). B's student: bob. ``uni-mod``
    is assigned to all of A, ``adcs-mod`` to the ADCS team, ``b-mod`` to all of B.
    """
    uni_a, uni_b = make_university(db, "uni-a"), make_university(db, "uni-b")
    adcs, power = make_team(db, uni_a.id, "ADCS"), make_team(db, uni_a.id, "Power")
    team_b = make_team(db, uni_b.id, "B team")
    ana = make_account(db, "student", university_id=uni_a.id, team_id=adcs.id)
    ben = make_account(db, "student", university_id=uni_a.id, team_id=power.id)
    dis = make_account(db, "student", university_id=uni_a.id, team_id=adcs.id)
    dis.disabled_at = utcnow()
    db.add(Student(id="zoe", email="zoe@uni-a.edu", university_id=uni_a.id))
    bob = make_account(db, "student", university_id=uni_b.id, team_id=team_b.id)
    db.commit()
    faculty = make_account(db, "faculty", university_id=uni_a.id)
    faculty_b = make_account(db, "faculty", university_id=uni_b.id)
    admin = make_account(db, "admin")
    uni_mod = make_module(db, university_id=uni_a.id, slug="uni-mod")
    adcs_mod = make_module(db, university_id=uni_a.id, slug="adcs-mod")
    b_mod = make_module(db, university_id=uni_b.id, slug="b-mod")
    make_assignment(db, uni_mod, university_id=uni_a.id)
    make_assignment(db, adcs_mod, team_id=adcs.id, university_id=uni_a.id)
    make_assignment(db, b_mod, university_id=uni_b.id)
    return {
        "uni_a": uni_a.id,
        "uni_b": uni_b.id,
        "adcs": adcs.id,
        "power": power.id,
        "team_b": team_b.id,
        "ana": ana.student_id,
        "ben": ben.student_id,
        "dis": dis.student_id,
        "bob": bob.student_id,
        "h": {
            "ana": bearer(make_token(db, ana)),
            "faculty": bearer(make_token(db, faculty)),
            "faculty_b": bearer(make_token(db, faculty_b)),
            "admin": bearer(make_token(db, admin)),
        },
    }


KEY = kiosk_keys.new_kiosk_key()  # the tablet's; the server only ever sees the public half
PUBLIC_KEY = kiosk_keys.public_key(KEY)
_DEVICE_OF: dict[str, str] = {}
"""A kiosk's Authorization header -> the device id the server issued with it."""


def enrol_body(device_id: str = KIOSK_DEVICE, **fields: Any) -> dict[str, Any]:
    return {
        "protocol_version": 1,
        "device_id": device_id,
        "name": "Lab tablet",
        "public_key": PUBLIC_KEY,
        **fields,
    }


def enrolled(resp: Any) -> tuple[dict[str, str], dict[str, Any]]:
    """The kiosk's headers and ``KioskOut`` from a 201 answer (its device id remembered)."""
    assert resp.status_code == 201, resp.text
    headers = bearer(resp.json()["token"])
    _DEVICE_OF[headers["Authorization"]] = resp.json()["kiosk"]["device_id"]
    return headers, resp.json()["kiosk"]


def enrol_kiosk(
    client: Any,
    headers: dict[str, str],
    *,
    device_id: str = KIOSK_DEVICE,
    **fields: Any,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Enrol as staff; the kiosk's headers and its ``KioskOut``."""
    return enrolled(
        client.post("/v1/kiosks/enrol", headers=headers, json=enrol_body(device_id, **fields))
    )


def device_of(headers: dict[str, str]) -> str:
    return _DEVICE_OF.get(headers.get("Authorization", ""), KIOSK_DEVICE)


def roster(client: Any, kiosk: dict[str, str], pending: int = 0, device: str | None = None) -> Any:
    return client.post(
        "/v1/kiosk/roster",
        headers=kiosk,
        json={
            "protocol_version": 1,
            "device_id": device or device_of(kiosk),
            "pending_events": pending,
        },
    )


def pull(client: Any, headers: dict[str, str], device: str | None = None, **fields: Any) -> Any:
    return client.post(
        "/v1/sync/pull",
        headers=headers,
        json={"protocol_version": 1, "device_id": device or device_of(headers), **fields},
    )


def kiosk_push(
    client: Any,
    kiosk: dict[str, str],
    events: list[dict[str, Any]],
    proofs: list[dict[str, str]] | None = None,
) -> Any:
    device = device_of(kiosk)
    for e in events:
        e["device_id"] = device
    body = {"protocol_version": 1, "device_id": device, "device_time": utcnow().isoformat()}
    return client.post(
        "/v1/sync/push", headers=kiosk, json={**body, "events": events, "proofs": proofs or []}
    )


def sitting(
    db: Session, kiosk: dict[str, str], student_id: str, session_id: str = "sess-1"
) -> dict[str, str]:
    """The proof a tablet makes when ``student_id`` types their PIN for a sitting (the
    proof key comes from the PIN's hash, as the tablet derives it from the PIN)."""
    pin_hash = _pin_hash(db, student_id)
    assert pin_hash is not None
    _material, key = kiosk_keys.material_from_phc(pin_hash)
    device = device_of(kiosk)
    return {
        "student_id": student_id,
        "session_id": session_id,
        "device_id": device,
        "proof": kiosk_keys.session_proof(
            key, device_id=device, student_id=student_id, session_id=session_id
        ),
    }


def error(resp: Any) -> str:
    return str(resp.json()["error"]["message"])


# --- enrolment --------------------------------------------------------------------------------


def test_a_code_enrols_one_kiosk_once(client: Any, db: Session, world: dict[str, Any]) -> None:
    made = client.post(
        "/v1/kiosks/codes", headers=world["h"]["faculty"], json={"team_id": world["adcs"]}
    )
    assert made.status_code == 201, made.text
    code = made.json()["code"]
    assert CODE.match(code) and made.json()["university_id"] == world["uni_a"]
    typed = code.replace("-", "").lower()  # as a person might type it
    # a stale Authorization header does not matter when a code is sent
    first = client.post(
        "/v1/kiosks/enrol", headers=bearer("frk_stale"), json=enrol_body(code=typed)
    )
    headers, kiosk = enrolled(first)
    token = first.json()["token"]
    assert token.startswith("frk_")
    # the server issues the kiosk's device id: not the one the device sent
    assert kiosk["device_id"].startswith("kiosk-") and kiosk["device_id"] != KIOSK_DEVICE
    assert (kiosk["university_id"], kiosk["team_id"], kiosk["team_name"]) == (
        world["uni_a"],
        world["adcs"],
        "ADCS",
    )
    assert roster(client, headers).status_code == 200
    again = client.post("/v1/kiosks/enrol", json=enrol_body("kiosk-tablet-02", code=code))
    assert again.status_code == 410 and "already used" in error(again)
    # only hashes are stored
    row = db.scalars(select(KioskEnrolmentCode)).one()
    assert row.kiosk_id == kiosk["kiosk_id"] and row.used_at is not None
    assert code.replace("-", "") not in row.code_hash and len(row.code_hash) == 64
    assert db.scalars(select(Kiosk.token_hash)).one() not in (token, token[4:])


@pytest.mark.parametrize(
    ("code", "status", "says"),
    [
        ("0000-0000-0000", 401, "unknown enrolment code"),
        ("not a code!", 400, "not an enrolment code"),
        ("ABCD-EFGH-JKMU", 400, "not an enrolment code"),  # U is not Crockford
    ],
)
def test_unknown_and_malformed_codes(
    client: Any, world: dict[str, Any], code: str, status: int, says: str
) -> None:
    resp = client.post("/v1/kiosks/enrol", json=enrol_body(code=code))
    assert resp.status_code == status and says in error(resp)


def test_an_expired_code_is_refused(client: Any, db: Session, world: dict[str, Any]) -> None:
    code, row = create_enrolment_code(
        db, university_id=world["uni_a"], expires_in=timedelta(minutes=5)
    )
    row.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    resp = client.post("/v1/kiosks/enrol", json=enrol_body(code=code))
    assert resp.status_code == 410 and "expired" in error(resp)
    assert db.scalar(select(func.count()).select_from(Kiosk)) == 0


def test_a_code_read_as_letters_o_and_i_still_works(client: Any, db: Session) -> None:
    make_university(db, "uni-c")
    for _ in range(50):  # find a code with a 0 or 1 in it (each code very likely has one)
        code, _row = create_enrolment_code(db, university_id="uni-c")
        if "0" in code or "1" in code:
            break
    db.commit()
    misread = code.replace("0", "o").replace("1", "I")
    resp = client.post("/v1/kiosks/enrol", json=enrol_body(code=misread))
    assert resp.status_code == 201, resp.text


def test_two_devices_racing_for_one_code_have_one_winner(
    app: Any, db: Session, world: dict[str, Any], migrated_pg_url: str
) -> None:
    """The first enrolment holds the code's row; the second waits on it and, when the
    first commits, finds the code used."""
    code, _row = create_enrolment_code(db, university_id=world["uni_a"])
    db.commit()
    engine = app.state.engine
    outcome: dict[str, Any] = {}

    def second() -> None:
        with Session(engine) as session:
            try:
                enrol(
                    session,
                    KioskEnrolRequest(**enrol_body("kiosk-tablet-02", code=code)),
                    token=None,
                )
                session.commit()
                outcome["second"] = "enrolled"
            except Gone as exc:
                outcome["second"] = str(exc)

    with Session(engine) as first:
        enrol(first, KioskEnrolRequest(**enrol_body("kiosk-tablet-01", code=code)), token=None)
        racer = threading.Thread(target=second)
        racer.start()
        _wait_until_a_backend_waits_for_a_lock(migrated_pg_url)
        first.commit()
    racer.join(timeout=60)
    assert outcome["second"] == "this enrolment code was already used: ask for a new one"
    assert [d.startswith("kiosk-") for d in db.scalars(select(Kiosk.device_id))] == [True]


def _wait_until_a_backend_waits_for_a_lock(url: str) -> None:
    database = url.rsplit("/", 1)[1]
    libpq = url.replace("postgresql+psycopg://", "postgresql://")
    deadline = time.monotonic() + 60
    with psycopg.connect(libpq, autocommit=True) as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND wait_event_type = 'Lock'",
                (database,),
            ).fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the second enrolment never waited for the first")


def test_staff_enrol_in_their_scope(client: Any, world: dict[str, Any]) -> None:
    h = world["h"]
    _, own = enrol_kiosk(client, h["faculty"])
    assert (own["university_id"], own["team_id"]) == (world["uni_a"], None)
    _, team = enrol_kiosk(client, h["faculty"], device_id="kiosk-tablet-02", team_id=world["adcs"])
    assert team["team_id"] == world["adcs"]
    _, by_admin = enrol_kiosk(
        client, h["admin"], device_id="kiosk-tablet-03", university_id=world["uni_b"]
    )
    assert by_admin["university_id"] == world["uni_b"]
    refusals = [
        (h["faculty"], {"university_id": world["uni_b"]}, 404),
        (h["faculty"], {"team_id": world["team_b"]}, 404),
        (h["admin"], {}, 400),
        (h["admin"], {"university_id": world["uni_a"], "team_id": world["team_b"]}, 404),
        (h["ana"], {}, 403),
        ({}, {}, 401),
        (bearer("frm_nonsense"), {}, 401),
    ]
    for headers, fields, status in refusals:
        resp = client.post(
            "/v1/kiosks/enrol", headers=headers, json=enrol_body("kiosk-tablet-09", **fields)
        )
        assert resp.status_code == status, (fields, resp.text)
        assert "\n" not in error(resp)


def test_a_kiosk_cannot_enrol_kiosks_or_make_codes(client: Any, world: dict[str, Any]) -> None:
    kiosk, _ = enrol_kiosk(client, world["h"]["faculty"])
    resp = client.post("/v1/kiosks/enrol", headers=kiosk, json=enrol_body("kiosk-tablet-02"))
    assert resp.status_code == 403
    assert client.post("/v1/kiosks/codes", headers=kiosk, json={}).status_code == 403


def test_enrolling_a_device_again_revokes_its_old_kiosk(client: Any, world: dict[str, Any]) -> None:
    old, out = enrol_kiosk(client, world["h"]["faculty"])
    other, _ = enrol_kiosk(client, world["h"]["faculty"], device_id="kiosk-tablet-02")
    # the tablet enrolls again with the id it has now: the one issued with the old kiosk
    new, again = enrol_kiosk(client, world["h"]["faculty"], device_id=out["device_id"])
    assert again["device_id"] not in (out["device_id"], KIOSK_DEVICE)
    refused = roster(client, old)
    assert refused.status_code == 401 and "revoked" in error(refused)
    assert roster(client, new).status_code == 200
    assert roster(client, other).status_code == 200  # another tablet is left alone


def test_bad_names_are_one_line_400s(client: Any, world: dict[str, Any]) -> None:
    for name in ("   ", "nul \x00 byte"):
        resp = client.post(
            "/v1/kiosks/enrol", headers=world["h"]["faculty"], json={**enrol_body(), "name": name}
        )
        assert resp.status_code == 400, resp.text


# --- list and revoke --------------------------------------------------------------------------


def test_staff_list_kiosks_and_see_their_last_sync(client: Any, world: dict[str, Any]) -> None:
    h = world["h"]
    kiosk_a, out_a = enrol_kiosk(client, h["faculty"])
    enrol_kiosk(client, h["faculty_b"], device_id="kiosk-tablet-0b")
    listed = client.get("/v1/kiosks", headers=h["admin"]).json()
    assert [k["university_id"] for k in listed] == [world["uni_a"], world["uni_b"]]
    assert listed[0]["last_sync_at"] is None and listed[0]["pending_events"] is None

    assert roster(client, kiosk_a, pending=7).status_code == 200
    mine = client.get("/v1/kiosks", headers=h["faculty"]).json()
    assert [k["kiosk_id"] for k in mine] == [out_a["kiosk_id"]]
    assert mine[0]["pending_events"] == 7 and mine[0]["last_sync_at"] is not None
    assert mine[0]["university_name"] == f"University {world['uni_a']}"
    only_b = client.get(f"/v1/kiosks?university_id={world['uni_b']}", headers=h["admin"]).json()
    assert [k["university_id"] for k in only_b] == [world["uni_b"]]
    other = client.get(f"/v1/kiosks?university_id={world['uni_b']}", headers=h["faculty"])
    assert other.status_code == 404
    assert client.get("/v1/kiosks", headers=h["ana"]).status_code == 403


def test_revoked_kiosk_is_refused_everywhere(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    h = world["h"]
    kiosk, out = enrol_kiosk(client, h["faculty"])
    path = f"/v1/kiosks/{out['kiosk_id']}/revoke"
    assert client.post(path, headers=h["faculty_b"]).status_code == 404  # not theirs
    assert client.post(path, headers=kiosk).status_code == 403
    revoked = client.post(path, headers=h["faculty"])
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert client.post(path, headers=h["admin"]).json() == revoked.json()  # again: no change
    ev = event(world["ana"], seq=1, at=utcnow(), module="uni-mod")
    for resp in (
        roster(client, kiosk),
        pull(client, kiosk, student_id=world["ana"]),
        kiosk_push(client, kiosk, [ev]),
        client.get("/v1/modules", headers=kiosk),
    ):
        assert resp.status_code == 401
        assert error(resp) == (
            "this kiosk was revoked by an admin; its unsynced work stays on the device for export"
        )
    assert db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) == 0


# --- roster -----------------------------------------------------------------------------------


def test_roster_of_a_university_kiosk(client: Any, db: Session, world: dict[str, Any]) -> None:
    set_pin(db, world["ana"], "135791")
    set_pin(db, world["bob"], "246802")
    db.commit()
    kiosk, _ = enrol_kiosk(client, world["h"]["faculty"])
    body = roster(client, kiosk).json()
    entries = {e["student_id"]: e for e in body["students"]}
    assert set(entries) == {world["ana"], world["ben"], "zoe"}  # not bob, not disabled dis
    names = [e["name"] for e in body["students"]]
    assert names == sorted(names) and entries["zoe"]["name"] == "zoe"
    assert entries[world["ana"]]["team_name"] == "ADCS"
    assert entries["zoe"]["team_id"] is None and entries["zoe"]["pin_box"] is None
    # only the kiosk's key opens what checks Ana's PIN
    material = kiosk_keys.open_pin(KEY, entries[world["ana"]]["pin_box"], student_id=world["ana"])
    key = kiosk_keys.pin_key(material.kdf, "135791", material.length)
    assert kiosk_keys.verifier(key) == material.verifier
    assert "$argon2" not in json.dumps(body)
    assert body["kiosk"]["university_id"] == world["uni_a"]


def test_roster_of_a_team_kiosk(client: Any, world: dict[str, Any]) -> None:
    kiosk, _ = enrol_kiosk(client, world["h"]["faculty"], team_id=world["adcs"])
    assert [e["student_id"] for e in roster(client, kiosk).json()["students"]] == [world["ana"]]


def test_only_kiosks_read_a_roster(client: Any, world: dict[str, Any]) -> None:
    for who in ("ana", "faculty", "admin"):
        assert roster(client, world["h"][who]).status_code == 403


def test_a_kiosk_credential_works_only_on_its_device(client: Any, world: dict[str, Any]) -> None:
    kiosk, out = enrol_kiosk(client, world["h"]["faculty"])
    for wrong in (KIOSK_DEVICE, "another-device"):  # not even the id it enrolled from
        resp = roster(client, kiosk, device=wrong)
        assert resp.status_code == 403
        assert error(resp) == (
            "this kiosk credential belongs to another device: enrol this device as a kiosk"
        )
        assert out["device_id"] not in resp.text


# --- PINs -------------------------------------------------------------------------------------


def _pin_hash(db: Session, student_id: str) -> str | None:
    db.expire_all()
    return db.scalar(select(StudentPin.pin_hash).where(StudentPin.student_id == student_id))


def test_a_student_sets_their_pin(client: Any, db: Session, world: dict[str, Any]) -> None:
    resp = client.put(
        "/v1/me/pin", headers=world["h"]["ana"], json={"pin": "802461", "password": PASSWORD}
    )
    assert resp.status_code == 204, resp.text
    stored = _pin_hash(db, world["ana"])
    assert stored is not None and stored.startswith("$argon2id$") and "802461" not in stored
    assert PasswordHasher().verify(stored, "802461")
    with pytest.raises(VerifyMismatchError):
        PasswordHasher().verify(stored, "802462")
    row = db.get(StudentPin, world["ana"])
    assert row is not None
    account = db.scalar(select(Account).where(Account.student_id == world["ana"]))
    assert account is not None and row.set_by_account_id == account.id
    # the PIN is nowhere in the database in clear
    with db.connection() as conn:
        dump = conn.execute(text("SELECT row_to_json(p)::text FROM student_pins p")).scalars()
        assert all("802461" not in line for line in dump)


def test_a_token_alone_does_not_set_a_pin(client: Any, db: Session, world: dict[str, Any]) -> None:
    """PUT /v1/me/pin asks for the password again: a bearer token copied from a device is
    not enough to choose a student's kiosk PIN."""
    ana = world["h"]["ana"]
    missing = client.put("/v1/me/pin", headers=ana, json={"pin": "802461"})
    assert missing.status_code == 422 and "password" in error(missing)
    wrong = client.put("/v1/me/pin", headers=ana, json={"pin": "802461", "password": "guess"})
    assert wrong.status_code == 403 and error(wrong) == "wrong password: nothing was changed"
    assert _pin_hash(db, world["ana"]) is None
    # a malformed PIN is refused before the password is even looked at
    bad = client.put("/v1/me/pin", headers=ana, json={"pin": "12", "password": "guess"})
    assert bad.status_code == 400


@pytest.mark.parametrize(
    "pin", ["1234", "12345", "12a456", "1234567890123", "１２３４５６", " 123456", ""]
)
def test_bad_pins_are_refused(client: Any, db: Session, world: dict[str, Any], pin: str) -> None:
    resp = client.put(
        "/v1/me/pin", headers=world["h"]["ana"], json={"pin": pin, "password": PASSWORD}
    )
    assert resp.status_code in (400, 422) and "\n" not in error(resp)
    assert _pin_hash(db, world["ana"]) is None


def test_staff_give_pins_in_their_scope(client: Any, db: Session, world: dict[str, Any]) -> None:
    h = world["h"]
    zoe = client.put("/v1/students/zoe/pin", headers=h["faculty"], json={"pin": "432109"})
    assert zoe.status_code == 204, zoe.text  # no account needed
    assert PasswordHasher().verify(_pin_hash(db, "zoe") or "", "432109")
    short = client.put("/v1/students/zoe/pin", headers=h["faculty"], json={"pin": "4321"})
    assert short.status_code == 400 and error(short) == "a kiosk PIN is 6 to 12 digits (0-9)"
    bob = f"/v1/students/{world['bob']}/pin"
    assert client.put(bob, headers=h["faculty"], json={"pin": "111111"}).status_code == 404
    assert client.put(bob, headers=h["admin"], json={"pin": "111111"}).status_code == 204
    assert (
        client.put(
            "/v1/students/nobody/pin", headers=h["admin"], json={"pin": "111111"}
        ).status_code
        == 404
    )
    assert client.put(bob, headers=h["ana"], json={"pin": "111111"}).status_code == 403
    mine = {"pin": "111111", "password": PASSWORD}
    assert client.put("/v1/me/pin", headers=h["faculty"], json=mine).status_code == 403
    assert client.delete("/v1/students/zoe/pin", headers=h["faculty"]).status_code == 204
    assert _pin_hash(db, "zoe") is None
    assert client.delete("/v1/students/zoe/pin", headers=h["faculty"]).status_code == 204
    assert client.delete(bob, headers=h["faculty"]).status_code == 404
    assert _pin_hash(db, world["bob"]) is not None


# --- push and pull ----------------------------------------------------------------------------


def test_kiosk_push_lands_per_student_and_rejects_per_item(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    kiosk, _ = enrol_kiosk(client, world["h"]["faculty"])
    now = utcnow() - timedelta(minutes=1)
    ana, ben, bob = world["ana"], world["ben"], world["bob"]
    for sid in (ana, ben, bob, world["dis"]):
        set_pin(db, sid, "246813")
    db.commit()
    proofs = [sitting(db, kiosk, sid) for sid in (ana, ben, bob, world["dis"])]
    batch = [
        event(ana, "module_start", seq=1, at=now, module="uni-mod"),
        event(ben, "module_start", seq=2, at=now, module="uni-mod"),
        event(ana, "module_start", seq=3, at=now, module="adcs-mod"),
        event(ben, "module_start", seq=4, at=now, module="adcs-mod"),  # ADCS only
        event(bob, "module_start", seq=5, at=now, module="b-mod"),  # other university
        event(world["dis"], "module_start", seq=6, at=now, module="uni-mod"),  # disabled
    ]
    resp = kiosk_push(client, kiosk, batch, proofs)
    assert resp.status_code == 200, resp.text
    results = [(r["status"], r["reason"]) for r in resp.json()["results"]]
    assert [s for s, _ in results[:3]] == ["accepted"] * 3
    assert results[3] == ("rejected", "module 'adcs-mod' is not assigned to this student")
    assert results[4] == ("rejected", f"student {bob!r} is not on this kiosk's roster")
    assert results[5] == ("rejected", f"student {world['dis']!r} is not on this kiosk's roster")
    stored = db.execute(
        select(ModuleAnalyticsEvent.event_uuid, ModuleAnalyticsEvent.student_id)
    ).all()
    assert dict(stored) == {e["uuid"]: e["student_id"] for e in batch[:3]}
    progress = db.execute(
        select(ModuleProgress.student_id, ModuleProgress.status).order_by(
            ModuleProgress.student_id, ModuleProgress.module_id
        )
    ).all()
    assert sorted(progress) == sorted(
        [(ana, "in_progress"), (ana, "in_progress"), (ben, "in_progress")]
    )
    again = kiosk_push(client, kiosk, batch[:3], proofs).json()
    assert again["duplicates"] == 3 and again["accepted"] == 0


def test_team_kiosk_cannot_push_for_another_team(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    kiosk, _ = enrol_kiosk(client, world["h"]["faculty"], team_id=world["adcs"])
    now = utcnow()
    for sid in (world["ana"], world["ben"]):
        set_pin(db, sid, "975310")
    db.commit()
    body = kiosk_push(
        client,
        kiosk,
        [
            event(world["ben"], seq=1, at=now, module="uni-mod"),
            event(world["ana"], seq=2, at=now, module="uni-mod"),
        ],
        [sitting(db, kiosk, world["ben"]), sitting(db, kiosk, world["ana"])],
    ).json()
    assert [r["status"] for r in body["results"]] == ["rejected", "accepted"]
    assert "is not on this kiosk's roster" in body["results"][0]["reason"]


def test_kiosk_push_and_pull_note_the_sync(client: Any, db: Session, world: dict[str, Any]) -> None:
    kiosk, out = enrol_kiosk(client, world["h"]["faculty"])
    assert kiosk_push(client, kiosk, []).status_code == 200
    db.expire_all()
    pushed = db.get(Kiosk, out["kiosk_id"])
    assert pushed is not None and pushed.last_sync_at is not None
    first = pushed.last_sync_at
    pushed.last_sync_at = first - timedelta(days=1)
    db.commit()
    assert pull(client, kiosk, student_id=world["ana"]).status_code == 200
    db.expire_all()
    pulled = db.get(Kiosk, out["kiosk_id"])
    assert pulled is not None and pulled.last_sync_at is not None
    assert pulled.last_sync_at >= first


def test_kiosk_pull_is_one_roster_student_at_a_time(client: Any, world: dict[str, Any]) -> None:
    kiosk, _ = enrol_kiosk(client, world["h"]["faculty"])
    # ana's laptop recorded an event; the kiosk gets it with her mirror
    laptop = push(
        client, world["h"]["ana"], [event(world["ana"], seq=1, at=utcnow(), module="uni-mod")]
    )
    assert laptop.json()["accepted"] == 1, laptop.text
    missing = pull(client, kiosk)
    assert missing.status_code == 400 and "student_id" in error(missing)
    for outsider in (world["bob"], world["dis"], "nobody"):
        refused = pull(client, kiosk, student_id=outsider)
        assert refused.status_code == 403 and repr(outsider) in error(refused)
    pages: dict[str, Any] = {"modules": set(), "events": [], "assignments": set()}
    cursor = None
    while True:
        page = pull(client, kiosk, student_id=world["ana"], cursor=cursor).json()
        pages["modules"] |= {m["module_id"] for m in page["modules"]}
        pages["assignments"] |= {a["module_id"] for a in page["assignments"]}
        pages["events"] += [e["student_id"] for e in page["events"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert pages["modules"] == {"uni-mod", "adcs-mod"} == pages["assignments"]
    assert pages["events"] == [world["ana"]]
    ben = pull(client, kiosk, student_id=world["ben"]).json()
    assert {m["module_id"] for m in ben["modules"]} == {"uni-mod"}


def test_a_person_pulls_only_their_own_records(client: Any, world: dict[str, Any]) -> None:
    h = world["h"]
    assert pull(client, h["ana"], device=DEVICE, student_id=world["ana"]).status_code == 200
    assert pull(client, h["ana"], device=DEVICE, student_id=world["ben"]).status_code == 400
    assert pull(client, h["faculty"], device=DEVICE, student_id=world["ana"]).status_code == 400


# --- reads ------------------------------------------------------------------------------------


def test_kiosk_reads_only_what_its_students_may(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    h = world["h"]
    urls = {}
    for slug, data, name in (("adcs-mod", PNG, "a.png"), ("b-mod", MP4, "b.mp4")):
        up = client.post("/v1/media", headers=h["admin"], files={"file": (name, data, "x/y")})
        assert up.status_code == 201, up.text
        urls[slug] = up.json()["url"]
    _show(db, "adcs-mod", urls["adcs-mod"])
    _show(db, "b-mod", urls["b-mod"])
    team_kiosk, _ = enrol_kiosk(client, h["faculty"], team_id=world["adcs"])
    power_kiosk, _ = enrol_kiosk(
        client, h["faculty"], device_id="kiosk-tablet-02", team_id=world["power"]
    )
    listed = client.get("/v1/modules", headers=team_kiosk).json()["items"]
    assert {m["module_id"] for m in listed} == {"uni-mod", "adcs-mod"}
    assert client.get("/v1/modules/adcs-mod", headers=team_kiosk).status_code == 200
    assert client.get("/v1/modules/b-mod", headers=team_kiosk).status_code == 404
    assert client.get("/v1/modules/adcs-mod", headers=power_kiosk).status_code == 404
    picture = client.get(urls["adcs-mod"], headers=team_kiosk)
    assert picture.status_code == 200 and picture.content == PNG
    assert client.get(urls["b-mod"], headers=team_kiosk).status_code == 404
    assert client.get(urls["adcs-mod"], headers=power_kiosk).status_code == 404
    # and nothing of a person's
    for method, path in (
        ("GET", "/v1/auth/me"),
        ("GET", "/v1/me/assignments"),
        ("GET", f"/v1/assignments?student_id={world['ana']}"),
        ("POST", "/v1/auth/logout"),
        ("DELETE", "/v1/modules/uni-mod"),
        ("GET", "/v1/kiosks"),
    ):
        assert client.request(method, path, headers=team_kiosk).status_code == 403, path
    assert roster(client, team_kiosk).status_code == 200  # the logout above did nothing


def _show(db: Session, slug: str, url: str) -> None:
    module = db.scalars(select(Module).where(Module.module_id == slug)).one()
    db.add(
        ModuleSection(
            module_id=module.id,
            section_number=3,
            section_type="image",
            title="Picture",
            content="",
            media_url=url,
        )
    )
    db.commit()


def test_hello_offers_kiosks(client: Any) -> None:
    assert "kiosk.v2" in client.get("/v1/sync/hello").json()["capabilities"]


def test_service_helpers_for_client_tests(db: Session) -> None:
    """The two functions client tests call to arrange a kiosk and a PIN."""
    uni = make_university(db)
    db.add(Student(id=f"s-{uuid.uuid4().hex[:6]}", university_id=uni.id))
    db.commit()
    student_id = db.scalars(select(Student.id).where(Student.university_id == uni.id)).one()
    code, row = create_enrolment_code(db, university_id=uni.id, expires_in=timedelta(hours=1))
    pin = set_pin(db, student_id, "000000")
    db.commit()
    assert CODE.match(code) and row.expires_at > utcnow() and row.team_id is None
    assert PasswordHasher().verify(pin.pin_hash, "000000") and pin.set_by_account_id is None


def test_out_of_range_and_unstorable_input_is_a_clear_4xx(
    client: Any, world: dict[str, Any]
) -> None:
    h = world["h"]
    kiosk, _ = enrol_kiosk(client, h["faculty"])
    cases = [
        ("/v1/kiosks/enrol", h["admin"], {**enrol_body("kiosk-x-0001"), "team_id": 2**40}),
        ("/v1/kiosks/enrol", h["admin"], {**enrol_body("kiosk-x-0001"), "university_id": "a\x00"}),
        ("/v1/kiosks/enrol", {}, {**enrol_body("kiosk-x-0001"), "code": "ab\ud800cdefghijkl"}),
        ("/v1/kiosks/codes", h["admin"], {"university_id": "uni-a", "team_id": 2**40}),
        ("/v1/kiosks/codes", h["admin"], {"university_id": "uni-a", "expires_in_seconds": 1}),
        (
            "/v1/kiosk/roster",
            kiosk,
            {"protocol_version": 1, "device_id": KIOSK_DEVICE, "pending_events": 2**40},
        ),
        (
            "/v1/sync/pull",
            kiosk,
            {"protocol_version": 1, "device_id": KIOSK_DEVICE, "student_id": "\x00"},
        ),
    ]
    for path, headers, body in cases:
        raw = json.dumps(body).encode()  # lone surrogates travel as JSON allows
        resp = client.post(
            path, headers={**headers, "content-type": "application/json"}, content=raw
        )
        assert 400 <= resp.status_code < 500, (path, body, resp.text)
        assert "\n" not in error(resp)
