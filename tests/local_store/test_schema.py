"""Opening, pragmas, schema versioning and migrations of the local store."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

import local_store
from local_store import SCHEMA_VERSION, LocalStore, StoreError, StoreVersionError, _schema

from ._helpers import add_user, raw_connect, record

CURRENT_TABLES = {
    "users",
    "device",
    "modules",
    "sections",
    "assignments",
    "events",
    "outbox",
    "progress_cache",
    "kv",
    "media",
    "kiosk",
    "roster",
    "pin_attempts",
    "baselines",
    "kiosk_proofs",
    "report_meta",
    "report_rows",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "local.sqlite3") as s:
        yield s


def test_fresh_store_has_current_schema_and_pragmas(store: LocalStore) -> None:
    conn = store._conn()
    assert store.schema_version == SCHEMA_VERSION == len(_schema.MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == CURRENT_TABLES == _schema.TABLES[SCHEMA_VERSION]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
    assert store.recovery is None
    assert len(store.device_id) == 32 and int(store.device_id, 16) >= 0


def test_synchronous_full_option(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "s.db", synchronous="FULL") as s:
        assert s._conn().execute("PRAGMA synchronous").fetchone()[0] == 2
    with pytest.raises(StoreError, match="synchronous"):
        LocalStore.open(tmp_path / "t.db", synchronous="OFF")  # type: ignore[arg-type]


def test_reopen_keeps_device_id_and_data(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "local.sqlite3"
    with LocalStore.open(path) as s:
        device_id = s.device_id
        add_user(s)
        record(s)
    with LocalStore.open(path) as s:
        assert s.device_id == device_id
        assert s.pending_count() == 1
        assert s.schema_version == SCHEMA_VERSION


def test_closed_store_raises(tmp_path: Path) -> None:
    s = LocalStore.open(tmp_path / "s.db")
    s.close()
    s.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        s.pending_count()


V1_EVENT_INSERT = (
    "INSERT INTO events (uuid, owner, module_id, event_type, event_data, section_number, "
    "session_id, device_type, device_id, device_seq, client_ts, time_elapsed_seconds, origin, "
    "state) VALUES (?, ?, 'lab-safety-101', ?, ?, ?, 'sess', 'desktop', ?, ?, ?, ?, 'local', ?)"
)


def make_v1_store(path: Path) -> tuple[str, list[tuple[str, str, int]]]:
    """A store as the first release wrote it, with synced and pending events in it."""
    conn = raw_connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    assert _schema.migrate(conn, target=1) == 1
    (device_id,) = conn.execute("SELECT device_id FROM device").fetchone()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO users (user_id, role, server_url, created_at, updated_at, sync_cursor) "
        "VALUES ('s1', 'student', 'https://x', '2025-01-01T00:00:00', "
        "'2025-01-01T00:00:00', 'cursor-9')"
    )
    conn.execute(
        "INSERT INTO modules (owner, module_id, title) VALUES ('s1', 'lab-safety-101', 'Lab')"
    )
    conn.execute(
        "INSERT INTO sections (owner, module_id, section_number, section_type, content) "
        "VALUES ('s1', 'lab-safety-101', 1, 'text', 'Hi')"
    )
    conn.execute(
        "INSERT INTO progress_cache (owner, module_id, status, pause_count) "
        "VALUES ('s1', 'lab-safety-101', 'in_progress', 2)"
    )
    events = []
    for seq in range(1, 31):
        uid = f"{seq:032x}"
        state = "synced" if seq <= 10 else "pending"
        kind = "section_complete" if seq % 5 == 0 else "click"
        conn.execute(
            V1_EVENT_INSERT,
            (
                uid,
                "s1",
                kind,
                f'{{"n":{seq}}}',
                seq % 3 or None,
                device_id,
                seq,
                f"2025-01-01T10:00:{seq:02d}.000000",
                seq,
                state,
            ),
        )
        events.append((uid, state, seq))
    conn.execute("UPDATE device SET next_seq = 31")
    conn.execute("COMMIT")
    assert _schema.user_version(conn) == 1
    conn.close()
    return device_id, events


def test_v1_store_migrates_keeping_every_event(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    device_id, events = make_v1_store(path)
    with LocalStore.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.recovery is None
        assert s.device_id == device_id
        pending = s.pending_events()
        assert [(e.uuid, e.device_seq) for e in pending] == [
            (u, seq) for u, state, seq in events if state == "pending"
        ]
        for e in pending:
            assert e.state == "pending" and e.server_ts is None and e.reject_reason is None
            assert e.event_data == {"n": e.device_seq}
            assert e.client_ts.second == e.device_seq
            assert e.time_elapsed_seconds == e.device_seq
            assert e.section_number == (e.device_seq % 3 or None)
        assert len(s.events_for("s1", "lab-safety-101")) == 30
        # mirror, cursor and cache columns survive and gain their new defaults
        module = s.get_module("s1", "lab-safety-101")
        assert module is not None and module.module_type == "text" and module.difficulty_level == 1
        assert module.sections[0].section_config is None
        assert s.get_cursor("s1") == "cursor-9"
        row = s.get_progress("s1")["lab-safety-101"]
        assert (row.status, row.pause_count, row.hint_count) == ("in_progress", 2, 0)
        # the new states work on migrated events, and the counter continues
        s.mark_rejected(pending[0].uuid, "bad")
        assert record(s).device_seq == 31


def test_v4_store_moves_its_unsynced_states_to_the_outbox(tmp_path: Path) -> None:
    """Schema 5: every state and reason of a v4 store's events survives the rebuild, synced
    events leave no outbox row, and the new states are written to the outbox."""
    path = tmp_path / "local.sqlite3"
    make_v1_store(path)
    conn = raw_connect(path)
    assert _schema.migrate(conn, target=4) == 4
    conn.execute("UPDATE events SET state = 'sent' WHERE device_seq BETWEEN 11 AND 14")
    conn.execute(
        "UPDATE events SET state = 'rejected', reject_reason = 'module withdrawn', "
        "server_ts = '2025-01-02T00:00:00.000000' WHERE device_seq = 15"
    )
    before = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT uuid, state, reject_reason, server_ts, event_data, client_ts FROM events"
        )
    }
    conn.close()
    with LocalStore.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        after = {e.uuid: e for e in s.events_for("s1", "lab-safety-101")}
        assert set(after) == set(before) and len(after) == 30
        for uid, (state, reason, server_ts, data, client_ts) in before.items():
            e = after[uid]
            assert (e.state, e.reject_reason) == (state, reason)
            assert e.server_ts == (None if server_ts is None else datetime.fromisoformat(server_ts))
            assert (
                json.dumps(e.event_data, separators=(",", ":")),
                e.client_ts.isoformat(timespec="microseconds"),
            ) == (data, client_ts)
        assert s.pending_count() == 19 and [e.device_seq for e in s.rejected_events()] == [15]
        outbox = s._conn().execute("SELECT count(*), min(device_seq) FROM outbox").fetchone()
        assert outbox == (20, 11)  # the ten synced ones have none
        columns = {r[1] for r in s._conn().execute("PRAGMA table_info(events)")}
        assert "state" not in columns and "reject_reason" not in columns


def test_failing_migration_step_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "local.sqlite3"
    make_v1_store(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE events")
        raise sqlite3.OperationalError("disk on fire")

    monkeypatch.setattr(_schema, "MIGRATIONS", (_schema.MIGRATIONS[0], broken))
    with pytest.raises(StoreError, match="disk on fire"):
        LocalStore.open(path)
    conn = raw_connect(path)
    assert _schema.user_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 30
    conn.close()
    monkeypatch.undo()
    with LocalStore.open(path) as s:
        assert s.pending_count() == 20


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_from_newer_app_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    with LocalStore.open(path) as s:
        add_user(s)
        record(s)
    conn = raw_connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(StoreVersionError) as info:
        LocalStore.open(path)
    message = str(info.value)
    assert "\n" not in message and "newer" in message and str(SCHEMA_VERSION + 1) in message
    assert isinstance(info.value, StoreError)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_migrate_refuses_newer_version_directly(tmp_path: Path) -> None:
    conn = raw_connect(tmp_path / "x.db")
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreVersionError):
        _schema.migrate(conn)
    conn.close()


def test_statement_splitter_handles_whole_scripts() -> None:
    statements = list(_schema.statements(_schema.V1_DDL))
    assert len(statements) == 10 and all(s.endswith(";") for s in statements)
    with pytest.raises(ValueError, match="incomplete"):
        list(_schema.statements("CREATE TABLE x (a"))


def test_all_is_complete() -> None:
    import types

    from local_store import records

    public = {n for n in dir(local_store) if not n.startswith("_")}
    submodules = {n for n in public if isinstance(getattr(local_store, n), types.ModuleType)}
    assert public - submodules == set(local_store.__all__)
    defined_in_records = {
        n
        for n, v in vars(records).items()
        if not n.startswith("_")
        and (getattr(v, "__module__", None) == records.__name__ or n.isupper())
    }
    assert defined_in_records <= set(records.__all__) <= set(vars(records))
    assert set(records.__all__) <= set(local_store.__all__)


def test_v5_kiosk_store_loses_its_pin_hashes_and_keeps_everything_else(tmp_path: Path) -> None:
    """Schema 6: the argon2id PIN hashes an older kiosk kept in its roster are wiped from the
    file (the roster comes back sealed to the kiosk's key once it is enrolled again); the
    roster, the enrolment and the students' lockouts stay."""
    path = tmp_path / "local.sqlite3"
    conn = raw_connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    assert _schema.migrate(conn, target=5) == 5
    phc = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$" + "h" * 43
    conn.execute(
        "INSERT INTO kiosk (singleton, kiosk_id, name, university_id, server_url, token, "
        "exit_pin_hash, enrolled_at) VALUES (1, 7, 'Tablet', 'u', 'https://x', 'frk_t', "
        "'exit-hash', '2025-01-01T00:00:00')"
    )
    conn.execute(
        "INSERT INTO roster (student_id, name, pin_hash, updated_at) "
        "VALUES ('s1', 'Ana', ?, '2025-01-01T00:00:00')",
        (phc,),
    )
    conn.execute("INSERT INTO pin_attempts (student_id, failures, lockouts) VALUES ('s1', 2, 1)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert phc.encode() in path.read_bytes()
    with LocalStore.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        ana = s.roster_student("s1")
        assert ana is not None and ana.name == "Ana" and ana.pin_box is None
        assert s.pin_attempts("s1").failures == 2
        kiosk = s.kiosk()
        assert kiosk is not None and kiosk.kiosk_id == 7
        assert s.exit_pin_attempts().failures == 0
        s.checkpoint()
    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("local.sqlite3*"))
    assert phc.encode() not in on_disk and b"c29tZXNhbHRzb21lc2FsdA" not in on_disk
