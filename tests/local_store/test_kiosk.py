"""The kiosk's part of the local store: enrolment, the roster, wrong-PIN bookkeeping; and the
offline PIN check and lockout built on it (``sync.kiosk``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from local_store import KioskRecord, LocalStore, PinAttempts, RosterStudent, StoreError
from sync import kiosk as k

from ._helpers import NOW, make_module, record

PIN_HASH = k.hash_pin("2468")


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
        "exit_pin_hash": k.hash_pin("0000"),
        "enrolled_at": NOW,
    }
    fields.update(overrides)
    kiosk = KioskRecord(**fields)  # type: ignore[arg-type]
    store.enrol_kiosk(kiosk)
    return kiosk


def student(sid: str, name: str, pin_hash: str | None = PIN_HASH) -> RosterStudent:
    return RosterStudent(student_id=sid, name=name, team_id=1, team_name="ADCS", pin_hash=pin_hash)


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
    first, second = k.hash_pin("1234"), k.hash_pin("1234")
    assert first != second and first.startswith("$argon2id$")
    assert k.verify_pin(first, "1234") and not k.verify_pin(first, "1235")
    assert not k.verify_pin(None, "1234") and not k.verify_pin("not-a-hash", "1234")
    for bad in ("123", "123456789", "12a4", ""):
        assert not k.valid_pin(bad)
        with pytest.raises(ValueError, match="4 to 8 digits"):
            k.hash_pin(bad)


def test_wrong_pins_lock_a_student_out_on_this_device_for_a_growing_while(
    store: LocalStore,
) -> None:
    enrol(store)
    store.replace_roster([student("s1", "Ana"), student("s2", "Ben")], synced_at=NOW)
    now = NOW
    for left in range(k.MAX_TRIES - 1, 0, -1):
        assert k.check_pin(store, "s1", "0000", now=now) == k.PinCheck("wrong", left)
    locked = k.check_pin(store, "s1", "0000", now=now)
    assert locked.status == "locked" and locked.locked_until == now + k.LOCKOUT
    # While locked, even the right PIN does not open; other students are not affected.
    assert k.check_pin(store, "s1", "2468", now=now + timedelta(minutes=4)).status == "locked"
    assert k.check_pin(store, "s2", "2468", now=now).status == "ok"
    # The lockout survives a restart of the app (it is in the store).
    assert store.pin_attempts("s1").locked_until == now + k.LOCKOUT
    # After it, the right PIN works; the next lockout lasts twice as long.
    later = now + k.LOCKOUT
    assert k.check_pin(store, "s1", "2468", now=later).status == "ok"
    for _ in range(k.MAX_TRIES):
        result = k.check_pin(store, "s1", "1111", now=later)
    assert result.status == "locked" and result.locked_until == later + 2 * k.LOCKOUT
    assert k.lockout_for(10) == k.MAX_LOCKOUT


def test_students_without_a_pin_or_off_the_roster_cannot_sign_in(store: LocalStore) -> None:
    enrol(store)
    store.replace_roster([student("s1", "Ana", pin_hash=None)], synced_at=NOW)
    assert k.check_pin(store, "s1", "2468", now=NOW).status == "no_pin"
    assert k.check_pin(store, "nobody", "2468", now=NOW).status == "unknown"


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
