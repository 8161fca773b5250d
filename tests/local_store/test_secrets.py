"""What a device keeps of its sign-ins, and who can read it: the data folder is its owner's
alone (0700, files 0600), tokens go to the OS keyring when there is one (never into the
SQLite file then), and the store file is the fallback on a machine without one."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from local_store import KioskRecord, LocalStore

from ._helpers import NOW, record

TOKEN = "frm_" + "S3cretT0ken" * 4
KIOSK_TOKEN = "frk_" + "K1oskCred" * 5


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    """The umask of most desktops (files 0644, folders 0755 unless the app says so)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def file_bytes(folder: Path) -> bytes:
    """Everything SQLite keeps on disk for the store: the file, its WAL and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(folder.glob("store.sqlite3*")))


def sign_in(store: LocalStore, token: str | None = TOKEN, user_id: str = "stu-1") -> None:
    store.save_user(
        user_id=user_id,
        role="student",
        display_name="Ada",
        server_url="https://frames.example.edu",
        token=token,
    )


def enrol(store: LocalStore) -> None:
    store.enrol_kiosk(
        KioskRecord(
            kiosk_id=1,
            name="Tablet",
            university_id="uni-1",
            server_url="https://frames.example.edu",
            token=KIOSK_TOKEN,
            exit_pin_hash="$argon2id$not-checked-here",
            enrolled_at=NOW,
        )
    )


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_store_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "frames-lms" / "client"
    with LocalStore.open(folder / "store.sqlite3") as store:
        sign_in(store)
        record(store, owner="stu-1")
        export = folder / "outbox.jsonl"
        store.export_outbox(export)
        files = sorted(folder.iterdir())
        assert {p.name for p in files} >= {"store.sqlite3", "store.sqlite3-wal", "outbox.jsonl"}
        assert mode(folder) == 0o700
        assert {p.name: mode(p) for p in files} == dict.fromkeys((p.name for p in files), 0o600)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_old_readable_store_is_tightened_when_opened(tmp_path: Path) -> None:
    """A store an older app left world-readable (folder 0755, files 0644), with a copy of
    a damaged store and an outbox export beside it, is made private by the next open."""
    folder = tmp_path / "client"
    with LocalStore.open(folder / "store.sqlite3") as store:
        sign_in(store)
    leftovers = ["store.sqlite3.corrupt-20260101-000000", "outbox-rescue-20260101-000000.jsonl"]
    for name in leftovers:
        (folder / name).write_text("{}")
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)
    with LocalStore.open(folder / "store.sqlite3") as store:
        assert store.get_user("stu-1") is not None
        assert mode(folder) == 0o700
        assert {p.name: mode(p) for p in folder.iterdir()} == {
            p.name: 0o600 for p in folder.iterdir()
        }


def test_without_a_keyring_the_store_file_keeps_the_token(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        assert store.token_storage == "store file"
        sign_in(store)
        user = store.get_user("stu-1")
        assert user is not None and user.token == TOKEN
        store.checkpoint()
    assert TOKEN.encode() in file_bytes(tmp_path)  # the fallback, in a 0600 file


def test_with_a_keyring_no_token_is_written_into_the_file(tmp_path: Path, os_keyring: Any) -> None:
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as store:
        assert store.token_storage == "keyring: Test file keyring"
        sign_in(store)
        enrol(store)
        store.replace_roster([], synced_at=NOW)
        user, kiosk = store.get_user("stu-1"), store.kiosk()
        assert user is not None and user.token == TOKEN
        assert kiosk is not None and kiosk.token == KIOSK_TOKEN
    assert set(os_keyring.entries().values()) == {TOKEN, KIOSK_TOKEN}
    on_disk = file_bytes(tmp_path)
    assert TOKEN.encode() not in on_disk and KIOSK_TOKEN.encode() not in on_disk
    with LocalStore.open(path) as store:  # a restart reads them back
        user = store.get_user("stu-1")
        assert user is not None and user.token == TOKEN
        # signing out removes the person's entry, never the kiosk's
        sign_in(store, token=None)
        user = store.get_user("stu-1")
        assert user is not None and user.token is None
    assert set(os_keyring.entries().values()) == {KIOSK_TOKEN}


def test_tokens_an_older_app_wrote_move_to_the_keyring_and_leave_the_file(
    tmp_path: Path, os_keyring: Any
) -> None:
    import keyring
    from keyring.backends import fail

    path = tmp_path / "store.sqlite3"
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with LocalStore.open(path) as store:
        sign_in(store)
        enrol(store)
        store.replace_roster([], synced_at=NOW)
        store.checkpoint()
    assert TOKEN.encode() in file_bytes(tmp_path)  # as an old app left it
    keyring.set_keyring(os_keyring)
    with LocalStore.open(path) as store:
        user, kiosk = store.get_user("stu-1"), store.kiosk()
        assert user is not None and user.token == TOKEN
        assert kiosk is not None and kiosk.token == KIOSK_TOKEN
    on_disk = file_bytes(tmp_path)
    assert TOKEN.encode() not in on_disk and KIOSK_TOKEN.encode() not in on_disk
    assert set(os_keyring.entries().values()) == {TOKEN, KIOSK_TOKEN}


def test_a_store_copied_to_a_machine_without_its_keyring_is_signed_out(
    tmp_path: Path, os_keyring: Any
) -> None:
    with LocalStore.open(tmp_path / "here" / "store.sqlite3") as store:
        sign_in(store)
    shutil.copytree(tmp_path / "here", tmp_path / "there")
    os_keyring.path = tmp_path / "another-machine.json"
    with LocalStore.open(tmp_path / "there" / "store.sqlite3") as store:
        user = store.get_user("stu-1")
        assert user is not None and user.token is None  # sign in again; the data is all there
        assert [u.user_id for u in store.list_users()] == ["stu-1"]
