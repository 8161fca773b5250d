"""Detecting a corrupt store at open, and rescuing its unsynced events.

``check`` decides whether the file can be used. Only SQLite's *corruption* results
(``SQLITE_CORRUPT``, ``SQLITE_NOTADB``), a failing ``PRAGMA quick_check`` or missing tables
count as corrupt; a locked, unreadable-by-permission or newer-version file raises instead,
because moving a healthy store aside would be far worse than refusing to start.

``recover`` then, in this order (each step is safe to crash after):

1. copies the file and its ``-wal`` to a temporary directory and salvages every readable
   unsynced event from the copy (only ``check`` opened the original, as any open would:
   closing it may checkpoint a leftover ``-wal`` into the file, which keeps its content);
2. writes them to ``outbox-rescue-YYYYmmdd-HHMMSS.jsonl`` next to the store (temp file +
   rename): if we crash after this, the next open finds the store still corrupt and
   rescues again, so the worst case is a duplicate file (events are deduplicated by uuid);
3. renames the file, ``-wal`` and ``-shm`` to ``<name>.corrupt-<timestamp>[-wal|-shm]``,
   kept for forensics;
4. puts a copy of the newest backup that passes ``check`` in its place (``_backup``: the
   app makes one every few minutes of use), if there is one.

The caller then opens that copy (or creates a fresh store), gives it a *new* device id (so
the lost counter cannot be reused) and clears its sync cursors (so the next pull sends
everything again, the events this device synced under its old id included), and adds what
was read from the damaged file: the sign-in (users and their credentials, the current user,
a kiosk's enrolment, roster and wrong-PIN counts, settings), every readable event (the
unsynced ones queued again), and, when there was no backup, the mirror tables that could
be read whole. The device is then used offline as before, and syncs later.

Salvage reads rows one at a time and tolerates errors: a forward and a backward table
scan (each stops at the first damaged page), then a point lookup of every rowid between and
past them, so rows on intact pages are found even when the pages around them are not.
Every row is validated like an imported event; rows that do not parse are counted as errors.
An event's state is its ``outbox`` row (schema 5 on; no row: synced); when the outbox cannot
be read whole, a local event without a readable outbox row is rescued too: sending an event
the server already holds again is harmless (it answers ``duplicate``), losing one is not.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ._backup import backups
from ._codec import (
    EVENT_COLUMNS,
    event_from_json,
    fsync_dir,
    one_line,
    utcnow,
    write_jsonl_atomic,
)
from ._errors import StoreError, StoreVersionError
from ._schema import SCHEMA_VERSION, newer_version_message, required_tables
from .records import EventRecord, RecoveryReport

__all__ = [
    "MIRROR_TABLES",
    "SIGN_IN_TABLES",
    "Salvage",
    "TableRows",
    "check",
    "recover",
    "salvage_events",
    "salvage_tables",
]

SIGN_IN_TABLES: Final = ("users", "kiosk", "roster", "pin_attempts", "kv")
"""Rescued from a damaged store whatever could be read of them (each row stands alone)."""
MIRROR_TABLES: Final = ("modules", "sections", "assignments", "progress_cache", "media")
"""Rescued only without a backup, and only when read whole (a module without some of its
sections would stay so: the mirror replaces sections only when the revision changes)."""

_SQLITE_CORRUPT: Final = 11
_SQLITE_NOTADB: Final = 26
_PROBE_TAIL: Final = 1000
"""Rowids probed past the highest one seen before giving up (rows past a broken page)."""


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def check(path: Path) -> str | None:
    """Why the store at ``path`` is unusable, or ``None`` when it is fine (or absent).

    Raises ``StoreVersionError`` for a store from a newer app and ``StoreError`` when the
    file cannot be opened for reasons other than corruption (permissions, locks).
    """
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open local store {path}: {one_line(exc)}") from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreVersionError(newer_version_message(path, version))
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check(3)")]
        if result != ["ok"]:
            return "integrity check failed: " + one_line("; ".join(result))
        tables = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if version == 0:
            return (
                f"not a FRAMES store (tables {sorted(tables)} but no schema version)"
                if tables
                else None
            )
        missing = required_tables(version) - tables
        if missing:
            return f"schema version {version} but tables missing: {', '.join(sorted(missing))}"
        if conn.execute("SELECT count(*) FROM device").fetchone()[0] != 1:
            return "device identity row missing"
        return None
    except sqlite3.Error as exc:
        if _is_corruption(exc):
            return f"unreadable: {one_line(exc)}"
        raise StoreError(f"cannot open local store {path}: {one_line(exc)}") from exc
    finally:
        conn.close()


def _unique(path: Path) -> Path:
    candidate, n = path, 0
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _row_to_event(
    names: Sequence[str], row: tuple[Any, ...], state: dict[str, Any] | None = None
) -> EventRecord:
    # Columns hold the JSON-lines forms (ISO text timestamps), so reuse its validating parser.
    values = dict(zip(names, row, strict=True)) | (state or {})
    data = values.get("event_data")
    values["event_data"] = None if data is None else json.loads(data)
    return event_from_json(values)


@dataclass(frozen=True, slots=True)
class TableRows:
    """What could be read of one table of a damaged store: its columns, the rows, and
    whether every row was read (a forward scan that met no damaged page)."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    whole: bool


@dataclass(slots=True)
class Salvage:
    """Everything ``recover`` read back from a damaged store."""

    events: list[EventRecord] = field(default_factory=list)
    """Unsynced events (also written to the rescue file)."""
    synced: list[EventRecord] = field(default_factory=list)
    """Events the server already holds (this device's and others')."""
    tables: dict[str, TableRows] = field(default_factory=dict)
    current_user: str | None = None
    backup: Path | None = None
    """The backup put in the store's place (``None``: none, or none was good)."""


def salvage_events(db_path: Path, *, include_synced: bool = False) -> tuple[list[EventRecord], int]:
    """Every readable unsynced event of the store at ``db_path`` (with ``include_synced``,
    every readable event) and the count of failed reads.

    Opens ``db_path`` read-write (WAL recovery needs it), so pass a copy.
    """
    errors = 0
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=1.0)
    except sqlite3.Error:
        return [], 1
    rows: dict[int, tuple[Any, ...]] = {}
    outbox: dict[str, tuple[str, str | None]] | None = None
    whole = False
    try:
        try:
            # Check cells as pages are read, and let a truncated file open at all (SQLite
            # refuses a file shorter than its header says, unless the schema is "writable";
            # nothing is written: this is a throw-away copy).
            conn.execute("PRAGMA cell_size_check = ON")
            conn.execute("PRAGMA writable_schema = ON")
            present = {str(r[1]) for r in conn.execute("PRAGMA table_info(events)")}
        except sqlite3.Error:
            return [], 1
        names = [c for c in EVENT_COLUMNS if c in present]
        if "uuid" not in names:
            return [], 0 if not present else 1
        select = f"SELECT rowid, {', '.join(names)} FROM events"

        def scan(sql: str, params: tuple[int, ...] = ()) -> bool:
            nonlocal errors
            try:
                for row in conn.execute(sql, params):
                    rows.setdefault(int(row[0]), tuple(row[1:]))
                return True
            except sqlite3.Error:
                errors += 1
                return False

        scan(f"{select} NOT INDEXED ORDER BY rowid")
        scan(f"{select} NOT INDEXED ORDER BY rowid DESC")
        high = max(rows, default=0)
        try:
            high = max(high, int(conn.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0))
        except sqlite3.Error:
            errors += 1
        rowid, misses = 1, 0
        while rowid <= high or misses < _PROBE_TAIL:
            if rowid not in rows:
                before = len(rows)
                ok = scan(f"{select} WHERE rowid = ?", (rowid,))
                misses = 0 if ok and len(rows) > before else misses + 1
            else:
                misses = 0
            rowid += 1
        if "state" not in present:  # schema 5 on: the states are in the outbox
            outbox, whole = _read_outbox(conn)
            errors += 0 if whole else 1
    finally:
        conn.close()

    rescued: list[EventRecord] = []
    seen: set[str] = set()
    uuid_at = names.index("uuid")
    origin_at = names.index("origin") if "origin" in names else None
    for _, row in sorted(rows.items()):
        state: dict[str, Any] | None = None
        if outbox is not None:
            found = outbox.get(str(row[uuid_at]))
            if found is not None:
                state = {"state": found[0], "reject_reason": found[1]}
            elif whole or (origin_at is not None and row[origin_at] == "remote"):
                state = {"state": "synced"}
            else:  # its outbox row may be on a lost page: rescue it (a resend is harmless)
                state = {"state": "pending"}
        try:
            event = _row_to_event(names, row, state)
        except (StoreError, ValueError, TypeError):
            errors += 1
            continue
        if (include_synced or event.state != "synced") and event.uuid not in seen:
            seen.add(event.uuid)
            rescued.append(event)
    return rescued, errors


def _read_outbox(conn: sqlite3.Connection) -> tuple[dict[str, tuple[str, str | None]], bool]:
    """uuid -> (state, reason) of every readable outbox row, and whether all were read (a
    forward and a backward scan: each stops at the first damaged page)."""
    found: dict[str, tuple[str, str | None]] = {}
    whole = True
    for order in ("", " DESC"):
        try:
            for uuid, state, reason in conn.execute(
                "SELECT uuid, state, reject_reason FROM outbox "
                f"ORDER BY owner{order}, device_seq{order}, uuid{order}"
            ):
                found[str(uuid)] = (str(state), None if reason is None else str(reason))
        except sqlite3.Error:
            whole = False
    return found, whole


def salvage_tables(db_path: Path) -> tuple[dict[str, TableRows], str | None, int]:
    """What can be read of the sign-in and mirror tables of the store at ``db_path`` (a
    copy: it is opened read-write), its current user, and the count of failed reads."""
    errors = 0
    tables: dict[str, TableRows] = {}
    current: str | None = None
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=1.0)
    except sqlite3.Error:
        return tables, None, 1
    try:
        try:
            conn.execute("PRAGMA cell_size_check = ON")
            conn.execute("PRAGMA writable_schema = ON")
        except sqlite3.Error:
            return tables, None, 1
        for name in (*SIGN_IN_TABLES, *MIRROR_TABLES):
            try:
                columns = tuple(str(r[1]) for r in conn.execute(f"PRAGMA table_info({name})"))
            except sqlite3.Error:
                errors += 1
                continue
            if not columns:
                continue
            rows: dict[int, tuple[Any, ...]] = {}
            whole = True
            select = f"SELECT rowid, {', '.join(columns)} FROM {name} NOT INDEXED ORDER BY rowid"
            for order in ("", " DESC"):  # each scan stops at the first damaged page
                try:
                    for row in conn.execute(select + order):
                        rows.setdefault(int(row[0]), tuple(row[1:]))
                except sqlite3.Error:
                    errors += 1
                    if not order:
                        whole = False
            tables[name] = TableRows(columns, [rows[k] for k in sorted(rows)], whole)
        try:
            row = conn.execute("SELECT current_user_id FROM device WHERE singleton = 1").fetchone()
            current = None if row is None or row[0] is None else str(row[0])
        except sqlite3.Error:
            errors += 1
    finally:
        conn.close()
    return tables, current, errors


def _restore_backup(path: Path) -> Path | None:
    """Put a copy of the newest backup that passes ``check`` at ``path`` (free now);
    return the backup used."""
    for candidate in backups(path):
        try:
            if check(candidate.path) is not None:
                continue
            temp = path.with_name(f".{path.name}.restore")
            shutil.copyfile(candidate.path, temp)
            os.chmod(temp, 0o600)
            with open(temp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(temp, path)
        except (OSError, StoreError):
            continue
        fsync_dir(path.parent)
        return candidate.path
    return None


def recover(path: Path, reason: str) -> tuple[RecoveryReport, Salvage]:
    """Rescue what can be read from the bad store at ``path``, move it aside and put the
    newest good backup in its place."""
    now = utcnow()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    salvage = Salvage()
    every: list[EventRecord] = []
    errors = 0
    try:
        with tempfile.TemporaryDirectory(prefix=".salvage-", dir=path.parent) as tmp:
            copy = Path(tmp) / "salvage.db"
            shutil.copyfile(path, copy)
            wal = Path(f"{path}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{copy}-wal"))
            every, errors = salvage_events(copy, include_synced=True)
            salvage.tables, salvage.current_user, more = salvage_tables(copy)
            errors += more
    except OSError as exc:
        reason = f"{reason}; salvage failed: {one_line(exc)}"
        errors += 1
    events = [e for e in every if e.state != "synced"]
    salvage.events = events
    salvage.synced = [e for e in every if e.state == "synced"]

    export_path: Path | None = None
    if events:
        export_path = _unique(path.parent / f"outbox-rescue-{stamp}.jsonl")
        write_jsonl_atomic(export_path, events)

    corrupt_path = _unique(path.with_name(f"{path.name}.corrupt-{stamp}"))
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{corrupt_path}{suffix}"))
    except OSError as exc:
        raise StoreError(
            f"local store {path} is corrupt and cannot be moved aside: {one_line(exc)}"
        ) from exc
    fsync_dir(path.parent)
    salvage.backup = _restore_backup(path)
    users = salvage.tables.get("users")
    report = RecoveryReport(
        reason=reason,
        corrupt_path=corrupt_path,
        export_path=export_path,
        events_rescued=len(events),
        read_errors=errors,
        recovered_at=now,
        backup_path=salvage.backup,
        users_rescued=len(users.rows) if users is not None else 0,
    )
    return report, salvage
