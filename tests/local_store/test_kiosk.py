"""The kiosk's part of the local store: enrolment, the roster, wrong-PIN bookkeeping; and the
offline PIN check and lockout built on it (``sync.client.kiosk``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from local_store import KioskRecord, LocalStore, PinAttempts, RosterStudent, StoreError
from sync.client import kiosk as k
from sync.rules import kiosk_keys
from tests.kiosk_helpers import pin_box

from ._helpers import NOW, make_module, record

KEY = kiosk_keys.new_kiosk_key()
PIN = "246813"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "kiosk.sqlite3") as s:
        yield s


def enrol(store: LocalStore, **overrides: object) -> KioskRecord:
    fields: dict[str, object] = {
        "kiosk_id": 7,
        "name": "Orientation tablet 1",
        "university_id": "uni-1",
        "university_name": "Uni One",
        "server_url": "https://frames.example.edu",
        "token": "frk_first",
        "exit_pin_hash": k.hash_pin("000000"),
        "enrolled_at": NOW,
    }
    fields.update(overrides)
    kiosk = KioskRecord(**fields)  # type: ignore[arg-type]
    store.enrol_kiosk(kiosk, key=KEY)
    return kiosk


def student(sid: str, name: str, pin: str | None = PIN) -> RosterStudent:
    box = pin_box(KEY, sid, pin) if pin else None
    return RosterStudent(student_id=sid, name=name, team_id=1, team_name="ADCS", pin_box=box)


def test_a_store_is_not_a_kiosk_until_enrolled_and_keeps_the_enrolment(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    with LocalStore.open(path) as store:
        assert store.kiosk() is None
        enrol(store)
    with LocalStore.open(path) as store:
        kiosk = store.kiosk()
    assert kiosk is not None and kiosk.kiosk_id == 7 and kiosk.token == "frk_first"
    assert kiosk.university_name == "Uni One" and kiosk.enrolled_at == NOW
    assert "frk_first" not in repr(kiosk) and kiosk.exit_pin_hash not in repr(kiosk)


def test_roster_students_become_users_that_sync_with_the_kiosk_credential(
    store: LocalStore,
) -> None:
    enrol(store)
    change = store.replace_roster([student("s2", "Ben"), student("s1", "ana")], synced_at=NOW)
    assert sorted(change.added) == ["s1", "s2"] and not change.removed
    assert [s.name for s in store.roster()] == ["ana", "Ben"]  # by name, any case
    users = {u.user_id: u for u in store.list_users()}
    assert set(users) == {"s1", "s2"}
    assert all(u.role == "student" and u.token == "frk_first" for u in users.values())
    assert users["s1"].university_id == "uni-1"
    kiosk = store.kiosk()
    assert kiosk is not None and kiosk.roster_synced_at == NOW

    # Enrolling again (a new credential) moves every roster user to it.
    enrol(store, token="frk_second")
    assert {u.token for u in store.list_users()} == {"frk_second"}


def test_leaving_the_roster_removes_the_mirror_but_never_unsynced_work(
    store: LocalStore,
) -> None:
    enrol(store)
    store.replace_roster(
        [student("s1", "Ana"), student("s2", "Ben"), student("s3", "Cy")], synced_at=NOW
    )
    for sid in ("s1", "s2"):
        store.apply_changes(sid, modules=[make_module()], cursor="c1", synced_at=NOW)
    record(store, owner="s2")  # Ben has work not synced yet
    store.save_pin_attempts(PinAttempts("s1", failures=2))
    store.set_current_user("s1")

    change = store.replace_roster([student("s3", "Cy")], synced_at=NOW + timedelta(hours=1))
    assert change.removed == ("s1",) and change.kept == ("s2",) and change.added == ()
    assert [s.student_id for s in store.roster()] == ["s3"]
    assert store.get_user("s1") is None and store.list_modules("s1") == []
    assert store.pin_attempts("s1") == PinAttempts("s1")
    assert store.current_user() is None
    # Ben cannot sign in here any more, but his event still waits to sync.
    assert store.roster_student("s2") is None and store.pending_count("s2") == 1
    assert store.get_user("s2") is not None


def test_a_bad_roster_changes_nothing(store: LocalStore) -> None:
    with pytest.raises(StoreError, match="not enrolled"):
        store.replace_roster([student("s1", "Ana")], synced_at=NOW)
    enrol(store)
    store.replace_roster([student("s1", "Ana")], synced_at=NOW)
    with pytest.raises(StoreError, match="twice"):
        store.replace_roster([student("s2", "Ben"), student("s2", "Ben")], synced_at=NOW)
    with pytest.raises(StoreError, match="student_id"):
        store.replace_roster([student("", "Nobody")], synced_at=NOW)
    assert [s.student_id for s in store.roster()] == ["s1"]


def test_revocation_is_remembered_until_the_roster_syncs_again(store: LocalStore) -> None:
    enrol(store)
    store.set_kiosk_revoked(NOW)
    kiosk = store.kiosk()
    assert kiosk is not None and kiosk.revoked_at == NOW
    store.replace_roster([], synced_at=NOW)
    kiosk = store.kiosk()
    assert kiosk is not None and kiosk.revoked_at is None


# --------------------------------------------------------------------------- PIN and lockout


def test_pin_hashes_are_salted_argon2id_and_verify_only_the_right_pin() -> None:
    first, second = k.hash_pin("123456"), k.hash_pin("123456")
    assert first != second and first.startswith("$argon2id$")
    assert k.verify_pin(first, "123456") and not k.verify_pin(first, "123457")
    assert not k.verify_pin(None, "123456") and not k.verify_pin("not-a-hash", "123456")
    assert k.valid_pin("123456") and k.valid_pin("123456789012")
    for bad in ("1234", "12345", "1234567890123", "12a456", ""):  # new PINs: 6 to 12 digits
        assert not k.valid_pin(bad)
        with pytest.raises(ValueError, match="6 to 12 digits"):
            k.hash_pin(bad)


def test_wrong_pins_lock_a_student_out_on_this_device_for_a_growing_while(
    store: LocalStore,
) -> None:
    enrol(store)
    store.replace_roster([student("s1", "Ana"), student("s2", "Ben")], synced_at=NOW)
    now = NOW
    for left in range(k.MAX_TRIES - 1, 0, -1):
        assert k.check_pin(store, "s1", "000000", now=now) == k.PinCheck("wrong", left)
    locked = k.check_pin(store, "s1", "000000", now=now)
    assert locked.status == "locked" and locked.locked_until == now + k.LOCKOUT
    # While locked, even the right PIN does not open; other students are not affected.
    assert k.check_pin(store, "s1", PIN, now=now + timedelta(minutes=4)).status == "locked"
    assert k.check_pin(store, "s2", PIN, now=now).status == "ok"
    # The lockout survives a restart of the app (it is in the store).
    assert store.pin_attempts("s1").locked_until == now + k.LOCKOUT
    # After it, the right PIN works; the next lockout lasts twice as long.
    later = now + k.LOCKOUT
    assert k.check_pin(store, "s1", PIN, now=later).status == "ok"
    for _ in range(k.MAX_TRIES):
        result = k.check_pin(store, "s1", "111111", now=later)
    assert result.status == "locked" and result.locked_until == later + 2 * k.LOCKOUT
    assert k.lockout_for(10) == k.MAX_LOCKOUT


def test_students_without_a_pin_or_off_the_roster_cannot_sign_in(store: LocalStore) -> None:
    enrol(store)
    store.replace_roster([student("s1", "Ana", pin=None)], synced_at=NOW)
    assert k.check_pin(store, "s1", PIN, now=NOW).status == "no_pin"
    assert k.check_pin(store, "nobody", PIN, now=NOW).status == "unknown"


def test_the_picker_search_matches_names_and_student_ids() -> None:
    roster = [
        RosterStudent("stu-17", "Ana María López"),
        RosterStudent("stu-42", "Ben Okafor"),
        RosterStudent("x-9", "Chloe Martin"),
    ]

    def names(text: str) -> list[str]:
        return [s.name for s in k.filter_roster(roster, text)]

    assert names("") == names("   ") == [s.name for s in roster]
    assert names("ló") == ["Ana María López"]  # any word's start, any case
    assert names("KAF") == ["Ben Okafor"]  # three letters: anywhere in the name
    assert names("ka") == []
    assert names("stu-4") == ["Ben Okafor"]
    assert names("zz") == []
    assert k.normalise_code(" abcd-efgh ijkl ") == "ABCDEFGHIJKL"


def test_the_store_refuses_a_malformed_enrolment(store: LocalStore) -> None:
    with pytest.raises(StoreError, match="token"):
        enrol(store, token="")
    with pytest.raises(StoreError, match="KioskRecord"):
        store.enrol_kiosk("kiosk")  # type: ignore[arg-type]
    assert store.kiosk() is None


def test_wrong_staff_exit_pins_lock_the_staff_page_durably(tmp_path: Path) -> None:
    """The exit PIN has the students' lockout: five wrong -> 5 min, doubling up to an hour,
    and reopening the store (restarting the app) does not lift it."""
    path = tmp_path / "kiosk.sqlite3"
    with LocalStore.open(path) as store:
        assert k.check_exit_pin(store, "000000", now=NOW).status == "unknown"  # not a kiosk
        enrol(store)  # exit PIN 000000
        for left in range(k.MAX_TRIES - 1, 0, -1):
            assert k.check_exit_pin(store, "999999", now=NOW) == k.PinCheck("wrong", left)
        locked = k.check_exit_pin(store, "999999", now=NOW)
        assert locked.status == "locked" and locked.locked_until == NOW + k.LOCKOUT
    with LocalStore.open(path) as store:  # a restart
        soon = NOW + timedelta(minutes=4)
        assert k.exit_lock_state(store, now=soon).status == "locked"
        assert k.check_exit_pin(store, "000000", now=soon).status == "locked"  # even the right
        later = NOW + k.LOCKOUT
        assert k.exit_lock_state(store, now=later) == k.PinCheck("ok", k.MAX_TRIES)
        assert k.check_exit_pin(store, "000000", now=later).status == "ok"
        for _ in range(k.MAX_TRIES):
            result = k.check_exit_pin(store, "123499", now=later)
        assert result.status == "locked" and result.locked_until == later + 2 * k.LOCKOUT
        assert store.exit_pin_attempts().lockouts == 2
        # students' counts are their own
        assert store.pin_attempts("s1") == PinAttempts("s1")


def test_a_right_pin_keeps_a_sealed_proof_of_the_sitting_for_its_pushes(
    store: LocalStore,
) -> None:
    enrol(store, device_id="kiosk-issued-0001")
    assert store.device_id == "kiosk-issued-0001"  # the server's id, adopted
    store.replace_roster([student("s1", "Ana")], synced_at=NOW)
    assert k.check_pin(store, "s1", "000000", now=NOW, session_id="sit-0").status == "wrong"
    ok = k.check_pin(store, "s1", PIN, now=NOW, session_id="sit-1")
    assert ok == k.PinCheck("ok")  # six digits: not short
    assert k.session_proofs(store, "s1") == []  # nothing of the sitting waits to be sent
    record(store, owner="s1", session_id="sit-1")
    (proof,) = k.session_proofs(store, "s1")
    assert (proof.student_id, proof.session_id, proof.device_id) == ("s1", "sit-1", store.device_id)
    # what the server checks it with: the proof key of Ana's PIN
    ana = store.roster_student("s1")
    assert ana is not None and ana.pin_box is not None
    material = kiosk_keys.open_pin(KEY, ana.pin_box, student_id="s1")
    pin_key = kiosk_keys.pin_key(material.kdf, PIN, material.length)
    assert kiosk_keys.check_proof(
        kiosk_keys.proof_key(pin_key),
        proof.proof,
        device_id=store.device_id,
        student_id="s1",
        session_id="sit-1",
    )
    # the store keeps it sealed with the kiosk's key, not as it travels
    boxes = store.session_proofs("s1")
    assert len(boxes) == 1 and proof.proof not in boxes[0][2]


def test_a_short_pin_from_before_still_signs_in_and_says_so(store: LocalStore) -> None:
    enrol(store)
    store.replace_roster([student("s1", "Ana", pin="4321")], synced_at=NOW)
    assert k.check_pin(store, "s1", "4321", now=NOW) == k.PinCheck("ok", short=True)


def test_without_the_kiosk_key_no_pin_can_be_checked(tmp_path: Path) -> None:
    """The kiosk's key is not in the store: a store whose key is gone (its data folder
    copied elsewhere) cannot check PINs at all, right or wrong, and counts nothing."""
    path = tmp_path / "kiosk.sqlite3"
    with LocalStore.open(path) as store:
        enrol(store)
        store.replace_roster([student("s1", "Ana")], synced_at=NOW)
        assert store.kiosk_key() == KEY
    key_files = list(Path(os.environ["FRAMES_SECRETS_DIR"]).glob("*.kiosk-key"))
    assert key_files and all(f.stat().st_mode & 0o077 == 0 for f in key_files)
    for f in key_files:
        f.unlink()
    with LocalStore.open(path) as store:
        assert store.kiosk_key() is None
        assert k.check_pin(store, "s1", PIN, now=NOW).status == "no_key"
        assert store.pin_attempts("s1") == PinAttempts("s1")
