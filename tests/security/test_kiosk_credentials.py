"""Probes of a kiosk's credential and of a kiosk's data at rest, as an attacker would try.

* the credential with another device id is refused, without saying which id would do, and
  staff see an alert;
* a push for a student who did not type their PIN on the kiosk (no proof, a forged one, one
  for another sitting, student or device) is refused per item, stores nothing and raises an
  alert (listed in ``GET /v1/kiosks``, logged on ``frames.security``);
* the roster a stolen credential gets holds nothing a PIN could be tested against;
* a copy of a kiosk's data folder, without the kiosk's key, cannot check or brute-force a
  PIN; with the OS keyring the credential and the key are not in the folder at all;
* a kiosk from before the trust model (no key) and an app that enrols without one are
  refused with a clear message.

Real app over HTTP (TestClient), real PostgreSQL, real SQLite stores.
"""

from __future__ import annotations

import base64
import logging
import shutil
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.kiosks.service import create_enrolment_code, set_pin
from server_api.models import Kiosk, KioskAlert, ModuleAnalyticsEvent, StudentPin
from server_api.timeutil import utcnow
from sync.client import kiosk as kiosk_ops
from sync.client.engine import SyncEngine
from sync.rules import kiosk_keys
from tests.factories import make_account, make_assignment, make_module, make_university
from tests.factories.shared_api import bearer, cheap_password_hashing, make_token

pytestmark = pytest.mark.postgres

SERVER = "http://testserver"
NOW = datetime(2026, 11, 25, 9, 0)
PIN = "468213"
EXIT_PIN = "975310"


@pytest.fixture(autouse=True)
def _cheap_passwords() -> Any:
    with cheap_password_hashing():
        yield


@pytest.fixture
def world(db: Session) -> dict[str, Any]:
    uni = make_university(db)
    ana = make_account(db, "student", university_id=uni.id)
    ben = make_account(db, "student", university_id=uni.id)
    module = make_module(db, university_id=uni.id, slug="lab-safety", sections=3)
    make_assignment(db, module, university_id=uni.id)
    for account in (ana, ben):
        set_pin(db, account.student_id, PIN)
    db.commit()
    admin = make_account(db, "admin")
    return {
        "uni": uni.id,
        "ana": ana.student_id,
        "ben": ben.student_id,
        "admin": bearer(make_token(db, admin)),
    }


class Kiosk_:
    """A kiosk enrolled over the API with a key of its own: its credential and device id."""

    def __init__(self, client: Any, db: Session, university_id: str) -> None:
        code, _ = create_enrolment_code(db, university_id=university_id)
        db.commit()
        self.key = kiosk_keys.new_kiosk_key()
        resp = client.post(
            "/v1/kiosks/enrol",
            json={
                "protocol_version": 1,
                "device_id": "attacker-chosen-id",
                "name": "Tablet",
                "code": code,
                "public_key": kiosk_keys.public_key(self.key),
            },
        )
        assert resp.status_code == 201, resp.text
        self.headers = bearer(resp.json()["token"])
        self.kiosk_id = int(resp.json()["kiosk"]["kiosk_id"])
        self.device = str(resp.json()["kiosk"]["device_id"])

    def proof(self, db: Session, student_id: str, session_id: str, device: str = "") -> Any:
        """What the tablet makes when the student types the right PIN."""
        db.expire_all()
        pin_hash = db.scalar(select(StudentPin.pin_hash).where(StudentPin.student_id == student_id))
        assert pin_hash is not None
        _material, key = kiosk_keys.material_from_phc(pin_hash)
        device = device or self.device
        return {
            "student_id": student_id,
            "session_id": session_id,
            "device_id": device,
            "proof": kiosk_keys.session_proof(
                key, device_id=device, student_id=student_id, session_id=session_id
            ),
        }

    def push(self, client: Any, events: list[dict[str, Any]], proofs: list[Any]) -> Any:
        body = {
            "protocol_version": 1,
            "device_id": self.device,
            "device_time": utcnow().isoformat(),
            "events": events,
            "proofs": proofs,
        }
        return client.post("/v1/sync/push", headers=self.headers, json=body)


def event(student_id: str, session_id: str, device: str, seq: int) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4().hex,
        "student_id": student_id,
        "module_id": "lab-safety",
        "event_type": "module_start",
        "section_number": 1,
        "session_id": session_id,
        "device_type": "kiosk",
        "device_id": device,
        "device_seq": seq,
        "client_timestamp": (utcnow() - timedelta(minutes=1)).isoformat(),
    }


def stored(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(ModuleAnalyticsEvent)) or 0)


def listed(client: Any, world: dict[str, Any], kiosk_id: int) -> dict[str, Any]:
    rows = client.get("/v1/kiosks", headers=world["admin"]).json()
    return next(k for k in rows if k["kiosk_id"] == kiosk_id)


# --- the credential away from its device -------------------------------------------------------


def test_the_credential_with_another_device_id_is_refused_and_alerts(
    client: Any, db: Session, world: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = Kiosk_(client, db, world["uni"])
    assert kiosk.device != "attacker-chosen-id"  # issued by the server, not chosen
    caplog.set_level(logging.WARNING, logger="frames.security")
    body = {"protocol_version": 1, "device_id": "thiefs-laptop-01"}
    for path, extra in (
        ("/v1/kiosk/roster", {}),
        ("/v1/sync/pull", {"student_id": world["ana"]}),
        ("/v1/sync/push", {"device_time": utcnow().isoformat(), "events": []}),
    ):
        resp = client.post(path, headers=kiosk.headers, json={**body, **extra})
        assert resp.status_code == 403, (path, resp.text)
        message = resp.json()["error"]["message"]
        assert message == (
            "this kiosk credential belongs to another device: enrol this device as a kiosk"
        )
        assert kiosk.device not in resp.text  # nothing says which id would do
    shown = listed(client, world, kiosk.kiosk_id)
    assert shown["alerts"] == 3
    assert shown["last_alert"] == (
        "wrong_device: its credential was sent with device id 'thiefs-laptop-01'"
    )
    assert "wrong_device" in caplog.text
    # the right device id still works
    ok = client.post(
        "/v1/kiosk/roster",
        headers=kiosk.headers,
        json={"protocol_version": 1, "device_id": kiosk.device},
    )
    assert ok.status_code == 200


# --- writing someone's records -----------------------------------------------------------------


def test_a_push_without_a_pin_proof_writes_nothing_and_alerts(
    client: Any, db: Session, world: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """The stolen credential with the right device id: every way of pushing for a student
    without their PIN is refused item by item; staff see it."""
    kiosk = Kiosk_(client, db, world["uni"])
    ana, ben = world["ana"], world["ben"]
    caplog.set_level(logging.WARNING, logger="frames.security")
    good = kiosk.proof(db, ana, "sit-1")
    attempts = [
        ([event(ana, "sit-1", kiosk.device, 1)], []),  # no proof at all
        ([event(ana, "sit-1", kiosk.device, 2)], [{**good, "proof": "ab" * 32}]),  # forged
        ([event(ben, "sit-1", kiosk.device, 3)], [{**good, "student_id": ben}]),  # Ana's, for Ben
        (
            [event(ana, "sit-2", kiosk.device, 4)],
            [{**good, "session_id": "sit-2"}],
        ),  # other sitting
        ([event(ana, "sit-1", "kiosk-elsewhere", 5)], [{**good, "device_id": "kiosk-elsewhere"}]),
        ([event(ana, "sit-1", kiosk.device, 6) | {"session_id": None}], [good]),  # no session
    ]
    for events, proofs in attempts:
        resp = kiosk.push(client, events, proofs)
        assert resp.status_code == 200, resp.text
        (result,) = resp.json()["results"]
        assert result["status"] == "rejected", (events, proofs)
        assert "signed in with their PIN on this kiosk" in result["reason"]
    assert stored(db) == 0
    shown = listed(client, world, kiosk.kiosk_id)
    assert shown["alerts"] == len(attempts)
    assert shown["last_alert"].startswith("push_without_proof (student ")
    assert shown["last_alert"].endswith("1 event(s) refused")
    kinds = db.scalars(select(KioskAlert.kind).where(KioskAlert.kiosk_id == kiosk.kiosk_id))
    assert set(kinds) == {"push_without_proof"}
    assert caplog.text.count("push_without_proof") == len(attempts)

    # Ana typed her PIN on this kiosk for sit-1: that sitting's events land.
    landed = kiosk.push(client, [event(ana, "sit-1", kiosk.device, 7)], [good])
    assert landed.json()["accepted"] == 1 and stored(db) == 1
    assert listed(client, world, kiosk.kiosk_id)["alerts"] == len(attempts)  # no new alert


def test_proofs_follow_the_pin_a_student_changes_and_end_when_staff_remove_it(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    kiosk = Kiosk_(client, db, world["uni"])
    ana = world["ana"]
    before = kiosk.proof(db, ana, "sit-old")  # signed in offline with her PIN
    set_pin(db, ana, "802461")  # ... meanwhile she chose another one
    db.commit()
    after = kiosk.proof(db, ana, "sit-new")
    resp = kiosk.push(
        client,
        [event(ana, "sit-old", kiosk.device, 1), event(ana, "sit-new", kiosk.device, 2)],
        [before, after],
    )
    assert resp.json()["accepted"] == 2, resp.text  # the old PIN still proves its sitting
    # ... for 30 days
    db.execute(
        update(StudentPin)
        .where(StudentPin.student_id == ana)
        .values(replaced_at=utcnow() - timedelta(days=31))
    )
    db.commit()
    late = kiosk.push(client, [event(ana, "sit-old", kiosk.device, 3)], [before])
    assert late.json()["rejected"] == 1
    # staff remove her PIN (say it leaked): nothing proves her sittings any more
    staff = make_account(db, "faculty", university_id=world["uni"])
    removed = client.delete(f"/v1/students/{ana}/pin", headers=bearer(make_token(db, staff)))
    assert removed.status_code == 204
    gone = kiosk.push(client, [event(ana, "sit-new", kiosk.device, 4)], [after])
    assert gone.json()["rejected"] == 1 and stored(db) == 2


# --- what a stolen credential reads ------------------------------------------------------------


def test_the_roster_holds_nothing_a_pin_could_be_tried_against(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    kiosk = Kiosk_(client, db, world["uni"])
    resp = client.post(
        "/v1/kiosk/roster",
        headers=kiosk.headers,
        json={"protocol_version": 1, "device_id": kiosk.device},
    )
    entries = {e["student_id"]: e for e in resp.json()["students"]}
    box = entries[world["ana"]]["pin_box"]
    assert "argon2" not in resp.text and "$" not in resp.text
    # the thief's own key (or any other) opens nothing
    with pytest.raises(ValueError, match="not sealed for this kiosk"):
        kiosk_keys.open_pin(kiosk_keys.new_kiosk_key(), box, student_id=world["ana"])
    # nor does the kiosk's own key open Ana's box as Ben's
    with pytest.raises(ValueError, match="not sealed for this kiosk"):
        kiosk_keys.open_pin(kiosk.key, box, student_id=world["ben"])
    material = kiosk_keys.open_pin(kiosk.key, box, student_id=world["ana"])
    assert kiosk_keys.verifier(kiosk_keys.pin_key(material.kdf, PIN, material.length)) == (
        material.verifier
    )


def test_a_kiosk_from_before_the_trust_model_and_an_old_app_are_refused(
    client: Any, db: Session, world: dict[str, Any]
) -> None:
    kiosk = Kiosk_(client, db, world["uni"])
    db.execute(update(Kiosk).where(Kiosk.id == kiosk.kiosk_id).values(public_key=None))
    db.commit()
    resp = client.post(
        "/v1/kiosk/roster",
        headers=kiosk.headers,
        json={"protocol_version": 1, "device_id": kiosk.device},
    )
    assert resp.status_code == 401
    assert resp.json()["error"]["message"].startswith(
        "this kiosk was enrolled by an older FRAMES LMS and must be enrolled again"
    )
    assert listed(client, world, kiosk.kiosk_id)["legacy"] is True
    code, _ = create_enrolment_code(db, university_id=world["uni"])
    db.commit()
    old_app = client.post(
        "/v1/kiosks/enrol",
        json={"protocol_version": 1, "device_id": "old-app-tablet", "name": "T", "code": code},
    )
    assert old_app.status_code == 426 and "update FRAMES LMS" in old_app.json()["error"]["message"]


# --- a kiosk's data folder ---------------------------------------------------------------------


def _enrolled_store(tmp_path: Path, client: Any, db: Session, world: dict[str, Any]) -> Path:
    code, _ = create_enrolment_code(db, university_id=world["uni"])
    db.commit()
    folder = tmp_path / "kiosk"
    with LocalStore.open(folder / "store.sqlite3") as store:
        kiosk_ops.enrol(
            store, server=SERVER, name="T", exit_pin=EXIT_PIN, code=code, now=NOW, http=client
        )
        engine = SyncEngine(store, http=client)
        engine.sync_kiosk()
        assert kiosk_ops.check_pin(store, world["ana"], PIN, now=NOW).status == "ok"
    return folder


def test_a_copied_kiosk_folder_cannot_check_or_brute_force_a_pin(
    tmp_path: Path,
    client: Any,
    db: Session,
    world: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _enrolled_store(tmp_path, client, db, world)
    with LocalStore.open(folder / "store.sqlite3") as store:
        key = store.kiosk_key()
        ana = store.roster_student(world["ana"])
        assert key is not None and ana is not None and ana.pin_box is not None
        material = kiosk_keys.open_pin(key, ana.pin_box, student_id=world["ana"])
    on_disk = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    salt = material.kdf.rsplit("$", 1)[1]
    for secret in (salt.encode(), material.verifier, base64.b64encode(key), key):
        assert secret not in on_disk  # only the sealed box is in the folder
    assert on_disk.count(b"$argon2id$") == 1  # the staff exit PIN's hash, nothing else

    # The folder copied to another machine: no keyring entry, no private key file there.
    shutil.copytree(folder, tmp_path / "copy")
    monkeypatch.setenv("FRAMES_SECRETS_DIR", str(tmp_path / "another-machine"))
    with LocalStore.open(tmp_path / "copy" / "store.sqlite3") as copy:
        assert copy.kiosk_key() is None
        assert kiosk_ops.check_pin(copy, world["ana"], PIN, now=NOW).status == "no_key"
        box = copy.roster_student(world["ana"])
        assert box is not None and box.pin_box == ana.pin_box
    for guess in (kiosk_keys.new_kiosk_key() for _ in range(3)):
        with pytest.raises(ValueError, match="not sealed for this kiosk"):
            kiosk_keys.open_pin(guess, ana.pin_box, student_id=world["ana"])


def test_with_a_keyring_the_kiosk_folder_holds_neither_credential_nor_key(
    tmp_path: Path, client: Any, db: Session, world: dict[str, Any], os_keyring: Any
) -> None:
    folder = _enrolled_store(tmp_path, client, db, world)
    with LocalStore.open(folder / "store.sqlite3") as store:
        kiosk = store.kiosk()
        key = store.kiosk_key()
        assert kiosk is not None and kiosk.token.startswith("frk_") and key is not None
        assert store.token_storage == "keyring: Test file keyring"
    secrets = set(os_keyring.entries().values())
    assert kiosk.token in secrets and base64.b64encode(key).decode() in secrets
    on_disk = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert kiosk.token.encode() not in on_disk and key not in on_disk
    assert not any(Path(p).exists() for p in folder.parent.glob("**/*.kiosk-key"))
