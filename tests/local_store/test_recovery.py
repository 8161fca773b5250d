"""A corrupt or unreadable store is detected at open, its unsynced events rescued, and rebuilt."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path

import pytest

from local_store import EventRecord, LocalStore, StoreError, _recovery

from ._helpers import add_user, raw_connect, record

PAGE = 4096
N_EVENTS = 800


def filled_store(path: Path, n: int = N_EVENTS) -> dict[str, EventRecord]:
    """A closed, checkpointed store with ``n`` events, the first fifth of them synced; the
    unsynced ones are returned (``all_events`` has every one)."""
    with LocalStore.open(path) as s:
        add_user(s)
        events = [
            record(
                s,
                module_id=f"m{i % 7}",
                event_type="section_complete" if i % 50 == 0 else "click",
                event_data={"i": i, "pad": "x" * 150},
                section_number=i % 9,
            )
            for i in range(n)
        ]
        s.mark_synced((e.uuid, None) for e in events[: n // 5])
        s.mark_rejected(events[-1].uuid, "module withdrawn")
        ALL_EVENTS[path] = {e.uuid: e for e in events}
    assert not Path(f"{path}-wal").exists()  # closing checkpointed everything
    return {e.uuid: e for e in events[n // 5 :]}


ALL_EVENTS: dict[Path, dict[str, EventRecord]] = {}
"""Every event a ``filled_store`` recorded, by its path."""


def all_events(unsynced: dict[str, EventRecord]) -> dict[str, EventRecord]:
    """Every event of the filled store whose unsynced events these are."""
    return next(e for e in ALL_EVENTS.values() if next(iter(unsynced)) in e)


Template = tuple[bytes, dict[str, EventRecord]]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The bytes of a filled store (made once, then copied by each test)."""
    path = tmp_path_factory.mktemp("template") / "local.sqlite3"
    unsynced = filled_store(path)
    return path.read_bytes(), unsynced


def rescue_lines(report_path: Path | None) -> list[dict[str, object]]:
    assert report_path is not None
    return [json.loads(line) for line in report_path.read_text("utf-8").splitlines()]


def assert_rebuilt(store: LocalStore, path: Path, original: bytes) -> None:
    report = store.recovery
    assert report is not None
    assert "\n" not in report.reason
    assert re.fullmatch(r"local\.sqlite3\.corrupt-\d{8}-\d{6}", report.corrupt_path.name)
    assert report.corrupt_path.read_bytes() == original  # kept, unchanged, for forensics
    assert report.corrupt_path.parent == path.parent
    # a fresh, fully working store took its place
    assert store.schema_version >= 2
    add_user(store, "s2")
    assert record(store, "s2").device_seq == 1
    assert not list(path.parent.glob(".salvage-*"))


def check_rescued(store: LocalStore, unsynced: dict[str, EventRecord], minimum: int) -> None:
    """Every readable unsynced event is rescued; a synced one only if its outbox row may be
    lost (the outbox not read whole), and then as pending: sending it again is harmless."""
    report = store.recovery
    assert report is not None
    everything = all_events(unsynced)
    assert report.events_rescued <= len(everything)
    assert report.export_path is not None
    assert re.fullmatch(r"outbox-rescue-\d{8}-\d{6}\.jsonl", report.export_path.name)
    lines = rescue_lines(report.export_path)
    assert len(lines) == report.events_rescued
    assert sum(1 for line in lines if line["uuid"] in unsynced) >= minimum
    if any(line["uuid"] not in unsynced for line in lines):
        assert report.read_errors > 0
    for line in lines:
        original = everything[str(line["uuid"])]  # only real events
        assert line["event_data"] == original.event_data
        assert line["device_seq"] == original.device_seq
        assert line["client_ts"] == original.client_ts.isoformat(timespec="microseconds")
        assert line["state"] == original.state if line["state"] != "rejected" else True
    # ...and they are queued again in the new store, under the old device's identity
    requeued = store.pending_events(limit=100_000) + store.rejected_events()
    assert {e.uuid for e in requeued} == {str(line["uuid"]) for line in lines}
    for e in requeued:
        assert e == everything[e.uuid] or e.state in ("rejected", "pending")
        assert e.device_id != store.device_id


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    original = random.Random(1).randbytes(40 * PAGE)
    path.write_bytes(original)
    with LocalStore.open(path) as s:
        assert s.recovery is not None
        assert "not a database" in s.recovery.reason
        assert s.recovery.events_rescued == 0 and s.recovery.export_path is None
        assert_rebuilt(s, path, original)


@pytest.mark.parametrize("keep", [0.5, 0.75, 0.5 + 1 / 3 / PAGE * 1000])
def test_truncated_store(tmp_path: Path, template: Template, keep: float) -> None:
    path = tmp_path / "local.sqlite3"
    data, unsynced = template
    original = data[: int(len(data) * keep)]  # also cuts in the middle of a page
    path.write_bytes(original)
    with LocalStore.open(path) as s:
        assert s.recovery is not None and "malformed" in s.recovery.reason
        # Roughly the unsynced events stored before the cut; how many exactly depends on
        # where SQLite put the pages (the margin allows for tables added by later schemas).
        check_rescued(s, unsynced, minimum=int(len(unsynced) * (keep - 0.4)))
        assert_rebuilt(s, path, original)


def test_pages_overwritten_in_the_middle(tmp_path: Path, template: Template) -> None:
    path = tmp_path / "local.sqlite3"
    data = bytearray(template[0])
    unsynced = template[1]
    pages = len(data) // PAGE
    rng = random.Random(7)
    for page in range(pages // 2 - 2, pages // 2 + 2):
        data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    original = bytes(data)
    path.write_bytes(original)
    with LocalStore.open(path) as s:
        report = s.recovery
        assert report is not None and "integrity check failed" in report.reason
        assert report.read_errors > 0
        # 4 pages hold at most ~100 of these events: everything else is rescued
        check_rescued(s, unsynced, minimum=len(unsynced) - 100)
        rescued = {str(line["uuid"]) for line in rescue_lines(report.export_path)}
        assert len(rescued & set(unsynced)) < len(unsynced)
        assert_rebuilt(s, path, original)


def wal_pages(wal: bytes) -> set[int]:
    """Page numbers that have a frame in a WAL file (32-byte header, 24-byte frame headers)."""
    pages, offset = set(), 32
    while offset + 24 + PAGE <= len(wal):
        pages.add(int.from_bytes(wal[offset : offset + 4], "big"))
        offset += 24 + PAGE
    return pages


def test_unsynced_events_still_in_the_wal_are_rescued(tmp_path: Path) -> None:
    """A crash leaves recent events in ``-wal`` only; the bad main file must not lose them."""
    path = tmp_path / "local.sqlite3"
    unsynced = filled_store(path, n=400)
    s = LocalStore.open(path)
    fresh = {e.uuid: e for e in (record(s, event_data={"late": i}) for i in range(20))}
    wal = Path(f"{path}-wal").read_bytes()
    main = bytearray(path.read_bytes())
    s.close()
    # Zero a page of the main file that the WAL does not hold a newer copy of.
    pages = len(main) // PAGE
    victim = next(p for p in range(pages // 2, pages) if p not in wal_pages(wal))
    main[(victim - 1) * PAGE : victim * PAGE] = bytes(PAGE)
    path.write_bytes(main)
    Path(f"{path}-wal").write_bytes(wal)  # as if the process had died
    with LocalStore.open(path) as s2:
        report = s2.recovery
        assert report is not None
        rescued = {str(line["uuid"]) for line in rescue_lines(report.export_path)}
        assert set(fresh) <= rescued
        assert rescued <= set(fresh) | set(all_events(unsynced))
        assert len(rescued) > len(unsynced) * 0.8


def test_missing_tables(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    unsynced = filled_store(path, n=50)
    conn = raw_connect(path)
    conn.execute("DROP TABLE media")
    conn.close()
    with LocalStore.open(path) as s:
        assert s.recovery is not None and "missing: media" in s.recovery.reason
        assert s.recovery.events_rescued == len(unsynced) and s.recovery.read_errors == 0
        assert s.pending_count() + len(s.rejected_events()) == len(unsynced)


def test_foreign_sqlite_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    conn = raw_connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.close()
    with LocalStore.open(path) as s:
        assert s.recovery is not None and "not a FRAMES store" in s.recovery.reason
        assert s.recovery.events_rescued == 0


def test_empty_file_is_just_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    path.touch()
    with LocalStore.open(path) as s:
        assert s.recovery is None


def test_second_recovery_in_the_same_second_gets_distinct_names(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    names = set()
    for _ in range(2):
        path.write_bytes(b"garbage" * 1000)
        with LocalStore.open(path) as s:
            assert s.recovery is not None
            names.add(s.recovery.corrupt_path)
    assert len(names) == 2 and all(n.exists() for n in names)


def test_errors_other_than_corruption_are_not_treated_as_corruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "local.sqlite3"
    filled_store(path, n=5)

    def locked(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(sqlite3, "connect", locked)
    with pytest.raises(StoreError, match="locked"):
        LocalStore.open(path)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["local.sqlite3"]


def test_unreadable_by_permission_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What SQLite says for a file this user may not read (a chmod is no test as root, the
    user CI runs as): an error, and the file is not taken for corrupt."""
    path = tmp_path / "local.sqlite3"
    filled_store(path, n=5)

    def denied(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", denied)
    with pytest.raises(StoreError):
        LocalStore.open(path)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["local.sqlite3"]


def test_salvage_of_a_healthy_copy_reads_everything(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    unsynced = filled_store(path, n=300)
    events, errors = _recovery.salvage_events(path)
    assert errors == 0
    assert [e.uuid for e in events] == list(unsynced)
