"""Users signed in on the device: save, list, current user, forget."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from local_store import LocalStore, PendingEventsError, StoreError

from ._helpers import NOW, add_user, assignment, make_module, record, remote_event


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "local.sqlite3") as s:
        yield s


def test_save_get_list_users(store: LocalStore) -> None:
    add_user(store, "s1", display_name="Zoe")
    add_user(store, "f1", role="faculty", display_name="ada", email=None)
    u = store.get_user("s1")
    assert u is not None
    assert (u.role, u.display_name, u.email, u.university_id, u.token) == (
        "student",
        "Zoe",
        "s1@example.edu",
        "uni-1",
        "token-s1",
    )
    assert u.sync_cursor is None and u.last_sync_at is None
    assert "token-s1" not in repr(u)
    assert [x.user_id for x in store.list_users()] == ["f1", "s1"]  # by display name, any case
    assert store.get_user("nobody") is None


def test_save_user_updates_but_keeps_the_cursor(store: LocalStore) -> None:
    add_user(store, "s1")
    store.apply_changes("s1", cursor="c-1", synced_at=NOW)
    created = store.get_user("s1")
    add_user(store, "s1", token="refreshed", display_name="New name")
    u = store.get_user("s1")
    assert u is not None and created is not None
    assert (u.token, u.display_name, u.sync_cursor, u.created_at) == (
        "refreshed",
        "New name",
        "c-1",
        created.created_at,
    )
    # another server: its cursor would mean nothing there
    add_user(store, "s1", server_url="https://other.example.edu")
    assert store.get_cursor("s1") is None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"role": "guest"}, "role"),
        ({"user_id": ""}, "user_id"),
        ({"server_url": ""}, "server_url"),
        ({"token": 5}, "token"),
    ],
)
def test_save_user_validates(store: LocalStore, overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        add_user(store, **overrides)


def test_current_user(store: LocalStore) -> None:
    assert store.current_user() is None
    add_user(store, "s1")
    add_user(store, "s2")
    store.set_current_user("s2")
    current = store.current_user()
    assert current is not None and current.user_id == "s2"
    store.set_current_user(None)
    assert store.current_user() is None
    with pytest.raises(StoreError, match="unknown user"):
        store.set_current_user("nobody")


def _fill(store: LocalStore, user: str) -> None:
    store.apply_changes(
        user,
        modules=[make_module()],
        assignments=[assignment()],
        events=[remote_event(user)],
        cursor=f"{user}-c",
        synced_at=NOW,
    )
    store.put_progress(user, "lab-safety-101", {"progress_percent": 10})


def test_forget_user_removes_their_rows_only(store: LocalStore) -> None:
    add_user(store, "s1")
    add_user(store, "s2")
    _fill(store, "s1")
    _fill(store, "s2")
    synced = record(store, "s1")
    store.mark_synced([(synced.uuid, NOW)])
    store.set_current_user("s1")
    assert store.forget_user("s1") is None
    assert store.get_user("s1") is None and store.current_user() is None
    assert store.list_modules("s1") == [] and store.get_progress("s1") == {}
    assert store.get_assignment("s1", "lab-safety-101") is None
    assert store.events_for("s1", "lab-safety-101") == []
    conn = store._conn()
    for table in ("modules", "sections", "assignments", "progress_cache", "events"):
        count = conn.execute(f"SELECT count(*) FROM {table} WHERE owner = 's1'").fetchone()[0]
        assert count == 0, table
    # s2 is untouched
    assert len(store.list_modules("s2")) == 1 and store.get_cursor("s2") == "s2-c"
    assert len(store.events_for("s2", "lab-safety-101")) == 1
    with pytest.raises(StoreError, match="unknown user"):
        store.forget_user("s1")


def test_forget_user_refuses_while_events_are_unsynced(store: LocalStore) -> None:
    add_user(store, "s1")
    _fill(store, "s1")
    pending = record(store, "s1")
    rejected = record(store, "s1")
    store.mark_rejected(rejected.uuid, "bad")
    with pytest.raises(PendingEventsError, match="2 unsynced events") as info:
        store.forget_user("s1")
    assert "\n" not in str(info.value)
    assert store.get_user("s1") is not None and store.pending_count("s1") == 1

    path = store.forget_user("s1", force=True)
    assert path is not None and path.parent == store.path.parent
    assert path.name.startswith("outbox-forgotten-s1-") and path.suffix == ".jsonl"
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert [line["uuid"] for line in lines] == [pending.uuid, rejected.uuid]
    assert store.get_user("s1") is None and store.pending_count() == 0
    assert store.events_for("s1", "lab-safety-101") == []
    # the exported events can be queued again, e.g. after signing in once more
    add_user(store, "s1")
    assert store.import_outbox(path) == 2
    assert store.pending_count("s1") == 1


def test_forget_user_file_name_is_safe(store: LocalStore) -> None:
    add_user(store, "../../etc/pa ss")
    record(store, "../../etc/pa ss")
    path = store.forget_user("../../etc/pa ss", force=True)
    assert path is not None and path.parent == store.path.parent
    assert "/" not in path.name and " " not in path.name
