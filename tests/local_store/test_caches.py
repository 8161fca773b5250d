"""The progress cache, settings and the media cache index."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from local_store import LocalStore, ProgressRow, StoreError

from ._helpers import NOW, add_user

SHA = "0123456789abcdef" * 4


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "local.sqlite3") as s:
        add_user(s)
        yield s


def test_progress_put_and_get(store: LocalStore) -> None:
    assert store.get_progress("s1") == {}
    store.put_progress("s1", "m1", {"status": "in_progress", "started_at": NOW})
    store.put_progress("s1", "m1", {"progress_percent": 40, "hint_count": 2})  # partial update
    store.put_progress("s1", "m2", {})
    rows = store.get_progress("s1")
    assert rows["m1"] == ProgressRow(
        module_id="m1", status="in_progress", progress_percent=40, started_at=NOW, hint_count=2
    )
    assert rows["m2"] == ProgressRow(module_id="m2")


def test_progress_accepts_a_whole_fold_result(store: LocalStore) -> None:
    row = ProgressRow(
        module_id="m1",
        status="completed",
        progress_percent=100,
        current_section=4,
        started_at=NOW,
        completed_at=NOW + timedelta(minutes=9),
        last_accessed_at=NOW + timedelta(minutes=9),
        total_time_seconds=512,
        pause_count=1,
        hint_count=2,
        retry_count=3,
        error_count=4,
    )
    store.put_progress("s1", "m1", dataclasses.asdict(row))
    assert store.get_progress("s1") == {"m1": row}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"colour": 1}, "unknown progress field"),
        ({"progress_percent": "50"}, "progress_percent"),
        ({"pause_count": -1}, "pause_count"),
        ({"started_at": "yesterday"}, "datetime"),
        ({"module_id": "other"}, "carries module_id"),
    ],
)
def test_progress_validates(store: LocalStore, fields: dict[str, object], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.put_progress("s1", "m1", fields)


def test_settings(store: LocalStore) -> None:
    assert store.get_setting("window") is None
    assert store.get_setting("window", {"w": 800}) == {"w": 800}
    store.set_setting("window", {"x": 10, "y": 20, "maximized": False})
    store.set_setting("server_url", "https://frames.example.edu")
    store.set_setting("window", {"x": 11})
    assert store.get_setting("window") == {"x": 11}
    assert store.get_setting("server_url") == "https://frames.example.edu"
    store.set_setting("nothing", None)
    assert store.get_setting("nothing", "default") is None
    with pytest.raises(StoreError, match="not JSON"):
        store.set_setting("bad", {1, 2})


def test_media_index(store: LocalStore) -> None:
    assert store.media_get(SHA) is None and store.media_total_bytes() == 0
    rec = store.media_put(sha256=SHA.upper(), url="https://cdn/a.mp4", size=1000)
    assert (rec.sha256, rec.state, rec.bytes_done, rec.path) == (SHA, "missing", 0, None)
    store.media_put(
        sha256=SHA,
        url="https://cdn/a.mp4",
        size=1000,
        path=Path("/cache/a"),
        state="partial",
        bytes_done=400,
    )
    other = "f" * 64
    store.media_put(sha256=other, url="https://cdn/b.png", size=50, state="complete", bytes_done=50)
    got = store.media_get(SHA)
    assert got is not None and (got.state, got.bytes_done, got.path) == ("partial", 400, "/cache/a")
    assert [m.sha256 for m in store.media_list()] == [SHA, other]
    assert store.media_total_bytes() == 450
    assert store.media_delete(other) and not store.media_delete(other)
    assert store.media_total_bytes() == 400


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"sha256": "xyz"}, "sha256"),
        ({"state": "done"}, "media state"),
        ({"bytes_done": 2000}, "exceeds"),
        ({"state": "complete", "bytes_done": 5}, "bytes_done == size"),
        ({"size": -1}, "size"),
    ],
)
def test_media_validates(store: LocalStore, overrides: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"sha256": SHA, "url": "https://cdn/a", "size": 1000}
    fields.update(overrides)
    with pytest.raises(StoreError, match=message):
        store.media_put(**fields)  # type: ignore[arg-type]


def test_a_fold_of_fewer_events_never_overwrites_a_newer_one(store: LocalStore) -> None:
    """The UI thread and the sync worker both refresh the cache; an older snapshot loses."""
    assert store.put_progress("s1", "m", {"progress_percent": 60}, basis=12)
    assert not store.put_progress("s1", "m", {"progress_percent": 40}, basis=9)
    assert store.get_progress("s1")["m"].progress_percent == 60
    assert store.put_progress("s1", "m", {"progress_percent": 60}, basis=12)  # same set
    assert store.put_progress("s1", "m", {"progress_percent": 80}, basis=15)
    assert store.get_progress("s1")["m"].progress_percent == 80
    assert store.put_progress("s1", "m", {"progress_percent": 10})  # no basis: always
    assert store.get_progress("s1")["m"].progress_percent == 10
    with pytest.raises(StoreError, match="basis"):
        store.put_progress("s1", "m", {}, basis=-1)
