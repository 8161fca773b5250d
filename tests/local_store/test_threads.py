"""The UI thread and the sync worker use the store at once, each on its own connection."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from local_store import LocalStore, StoreError

from ._helpers import NOW, add_user, make_module, record, remote_event

N_UI_EVENTS = 300


def run_threads(*targets: Callable[[], None]) -> None:
    errors: list[BaseException] = []

    def wrap(target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        return run

    threads = [threading.Thread(target=wrap(t)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []


def test_ui_and_sync_threads_write_concurrently(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "local.sqlite3") as store:
        add_user(store)
        recorded: list[str] = []
        ui_done = threading.Event()
        connections: dict[str, int] = {}

        def ui() -> None:
            connections["ui"] = id(store._conn())
            for i in range(N_UI_EVENTS):
                kind = "section_complete" if i % 10 == 0 else "click"
                recorded.append(record(store, event_type=kind, event_data={"i": i}).uuid)
                if i % 50 == 0:
                    store.list_modules("s1")
                    store.put_progress("s1", "lab-safety-101", {"progress_percent": i % 100})
            ui_done.set()

        def sync() -> None:
            connections["sync"] = id(store._conn())
            page = 0
            while True:
                finished = ui_done.is_set()
                batch = store.pending_events(limit=50)
                store.mark_sent(e.uuid for e in batch)
                store.mark_synced((e.uuid, NOW) for e in batch)
                page += 1
                store.apply_changes(
                    "s1",
                    modules=[make_module(f"m{page % 5}", revision=page)],
                    events=[remote_event(device_seq=page)],
                    cursor=f"page-{page}",
                    synced_at=NOW,
                )
                store.checkpoint()  # as the real worker does after each round
                if finished and not batch:
                    break

        run_threads(ui, sync)
        assert connections["ui"] != connections["sync"]
        assert store.pending_count() == 0
        local = [e for e in store.events_for("s1", "lab-safety-101") if e.origin == "local"]
        assert sorted(e.uuid for e in local) == sorted(recorded)
        assert sorted(e.device_seq for e in local) == list(range(1, N_UI_EVENTS + 1))
        assert all(e.state == "synced" for e in local)
        assert store.get_cursor("s1") is not None


def test_two_threads_recording_share_one_counter(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "local.sqlite3") as store:
        add_user(store)
        seqs: list[int] = []
        lock = threading.Lock()

        def writer() -> None:
            for _ in range(300):
                seq = record(store).device_seq
                with lock:
                    seqs.append(seq)

        run_threads(writer, writer, writer)
        assert sorted(seqs) == list(range(1, 901))


def test_close_closes_every_threads_connection(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "local.sqlite3")
    ready, closed = threading.Event(), threading.Event()
    seen: list[str] = []

    def worker() -> None:
        conn = store._conn()
        record(store)
        ready.set()
        closed.wait(timeout=30)
        try:
            conn.execute("SELECT 1")
        except sqlite3.ProgrammingError as exc:
            seen.append(f"connection: {exc}")
        try:
            store.pending_count()
        except StoreError as exc:
            seen.append(f"store: {exc}")

    thread = threading.Thread(target=worker)
    thread.start()
    assert ready.wait(timeout=30)
    store.close()
    closed.set()
    thread.join(timeout=30)
    assert len(seen) == 2 and all("closed" in s for s in seen), seen


def test_checkpoint_copies_the_wal_into_the_file(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "local.sqlite3") as store:
        for _ in range(20):
            record(store)
        frames, done = store.checkpoint()
        assert frames > 0 and done == frames
        assert store.checkpoint() == (frames, frames)  # nothing new; WAL restarts on next write
