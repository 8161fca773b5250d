"""A rebuilt store keeps the sign-in, and starts from the newest online backup.

Backups are made with SQLite's backup API while the store is in use (0600 files in a 0700
``backups/`` folder, the newest two kept); when the store file is found damaged, recovery
starts from the newest good backup and adds what it can still read of the damaged file, so a
truncation loses at most what was recorded since that backup.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from local_store import KioskRecord, LocalStore, PinAttempts, RosterStudent, _backup

from ._helpers import NOW, add_user, assignment, make_module, record


def truncate(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def kiosk_record() -> KioskRecord:
    return KioskRecord(
        kiosk_id=7,
        name="Tablet 1",
        university_id="uni-1",
        server_url="https://frames.example.edu",
        token="frk_secret",
        exit_pin_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
        enrolled_at=NOW,
    )


def test_recovery_keeps_the_sign_in_and_a_kiosks_enrolment(tmp_path: Path) -> None:
    """The users with their credentials, who was signed in, the kiosk's enrolment, roster
    and wrong-PIN counts survive a damaged file: the device goes on offline as before."""
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as store:
        add_user(store, "s1", token="frm_laptop")
        store.enrol_kiosk(kiosk_record())
        store.replace_roster(
            [RosterStudent("s2", "Ana", None, None, "$argon2id$pin")], synced_at=NOW
        )
        store.set_current_user("s2")  # signed in at the kiosk when the file broke
        store.save_pin_attempts(PinAttempts("s2", 3, 1, NOW + timedelta(minutes=5)))
        store.set_setting("server", "https://frames.example.edu")
        store.apply_changes(
            "s1",
            modules=[make_module("lab-safety-101")],
            assignments=[assignment("lab-safety-101")],
            cursor="c1",
            synced_at=NOW,
        )
        old_id = store.device_id
        for i in range(600):
            record(store, "s1", event_data={"i": i, "pad": "x" * 200})
    truncate(path, 0.6)

    with LocalStore.open(path) as store:
        assert store.recovery is not None and store.recovery.users_rescued == 2
        current = store.current_user()
        assert current is not None and (current.user_id, current.token) == ("s2", "frk_secret")
        user = store.get_user("s1")
        assert user is not None and user.token == "frm_laptop"
        assert store.get_cursor("s1") is None  # the next pull sends everything again
        kiosk = store.kiosk()
        assert kiosk is not None and kiosk.token == "frk_secret"
        assert [s.student_id for s in store.roster()] == ["s2"]
        assert store.pin_attempts("s2") == PinAttempts("s2", 3, 1, NOW + timedelta(minutes=5))
        assert store.get_setting("server") == "https://frames.example.edu"
        assert [m.module_id for m in store.list_modules("s1")] == ["lab-safety-101"]
        assert store.device_id != old_id
        assert store.pending_count("s1") > 0


def test_a_backup_is_a_private_copy_and_only_the_newest_two_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as store:
        add_user(store)
        made = []
        for n in range(3):
            record(store, event_data={"n": n})
            made.append(store.backup())
        record(store, event_data={"n": "after"})  # the app goes on writing
        folder = tmp_path / "backups"
        assert sorted(folder.iterdir()) == sorted(made[1:])
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        newest = made[-1]
        assert stat.S_IMODE(newest.stat().st_mode) == 0o600
        assert not Path(f"{newest}-wal").exists()
        copy = sqlite3.connect(newest)
        try:
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert copy.execute("SELECT count(*) FROM events").fetchone()[0] == 3
        finally:
            copy.close()


def test_a_backup_is_due_after_some_events_or_some_minutes_of_use(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        assert store.backup_if_due() is None  # nobody signed in: nothing worth keeping
        add_user(store)
        first = store.backup_if_due()
        assert first is not None
        assert store.backup_if_due() is None  # nothing changed
        record(store)
        assert store.backup_if_due(every_events=5) is None  # one event, a moment later
        later = datetime.now() + timedelta(minutes=11)
        assert store.backup_if_due(every_events=5, now=later) is not None
        for _ in range(5):
            record(store)
        assert store.backup_if_due(every_events=5) is not None
        assert store.backup_if_due(every_events=5) is None


def filled_with_backups(folder: Path) -> tuple[list[str], int]:
    """A closed store of 2,000 events recorded offline with a backup due every 500, and its
    backups; (the events' uuids, how many were recorded since the newest backup)."""
    path = folder / "store.sqlite3"
    with LocalStore.open(path) as store:
        add_user(store)
        recorded = []
        for i in range(2000):
            e = record(store, module_id=f"m{i % 7}", event_data={"i": i, "pad": "x" * 150})
            recorded.append(e.uuid)
            store.backup_if_due(every_events=500)
        since_backup = store.device_next_seq() - _backup.backups(path)[0].next_seq
    return recorded, since_backup


def lost_after_truncation(
    template: Path, recorded: list[str], *, backups: bool, keep: float
) -> int:
    """Copy the store, cut its file to ``keep`` of its size, open it (recovery): how many of
    the recorded events are gone."""
    folder = template.with_name(f"{template.name}-{'with' if backups else 'without'}")
    shutil.copytree(template, folder)
    if not backups:
        shutil.rmtree(folder / "backups")
    path = folder / "store.sqlite3"
    truncate(path, keep)
    with LocalStore.open(path) as store:
        assert store.recovery is not None
        assert (store.recovery.backup_path is not None) == backups
        held = {e.uuid for e in store.pending_events(limit=100_000)}
    return len(set(recorded) - held)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_a_truncated_store_loses_at_most_what_came_after_the_newest_backup(
    tmp_path: Path, keep: float
) -> None:
    """The same damaged file, recovered with and without its backups: the backup brings back
    everything it holds, and what the damaged file still holds is read back either way."""
    recorded, since_backup = filled_with_backups(tmp_path / "store")
    lost_without = lost_after_truncation(tmp_path / "store", recorded, backups=False, keep=keep)
    lost_with = lost_after_truncation(tmp_path / "store", recorded, backups=True, keep=keep)
    assert lost_with <= min(since_backup, lost_without)
    if keep <= 0.6:  # the newest backup is at about 75 % of the events
        assert lost_with < lost_without
