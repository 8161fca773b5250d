"""``LocalStore``: the desktop's SQLite database (mirror, outbox, caches, settings)."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import threading
import uuid as uuid_mod
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Literal, cast

from . import _backup, _recovery, _secrets
from ._codec import (
    EVENT_COLUMNS,
    check_event_fields,
    check_int,
    check_text,
    dumps,
    event_from_row,
    event_to_row,
    from_iso,
    from_iso_date,
    loads,
    naive_utc,
    normalize_uuid,
    one_line,
    read_jsonl,
    to_iso,
    utcnow,
    write_jsonl_atomic,
)
from ._errors import PendingEventsError, StoreError
from ._rows import (
    MEDIA_COLUMNS,
    MODULE_COLUMNS,
    SECTION_COLUMNS,
    USER_COLUMNS,
    check_assignment,
    check_module,
    check_remote_event,
    check_sha256,
    check_slug,
    date_iso,
    media_from_row,
    module_row,
    module_values,
    section_from_row,
    section_row,
    user_from_row,
    with_state,
)
from ._schema import migrate, user_version
from .records import (
    DURABLE_EVENT_TYPES,
    EXIT_PIN_KEY,
    MAX_EVENT_DATA_BYTES,
    MEDIA_STATES,
    ROLES,
    ApplyResult,
    AssignmentRecord,
    DeviceType,
    EventRecord,
    FoldRow,
    IdentityChange,
    JSONValue,
    KioskRecord,
    MediaRecord,
    MediaState,
    ModuleListItem,
    ModuleRecord,
    PinAttempts,
    ProgressRow,
    RecoveryReport,
    ReportFilter,
    ReportMeta,
    Role,
    RosterChange,
    RosterStudent,
    UserRecord,
)

__all__ = ["LocalStore"]

Synchronous = Literal["NORMAL", "FULL"]

# A backup is due after this much use, or this many events, since the newest one.
BACKUP_EVERY_SECONDS: Final = 600.0
BACKUP_EVERY_EVENTS: Final = 500

# ``events`` is the append-only log of every event (only ``server_ts`` ever changes);
# ``outbox`` holds the local ones not yet acknowledged, with their state: an event is
# ``synced`` exactly when it has no outbox row.
_STATE_COLUMNS: Final = ("state", "reject_reason")
_EVENT_TABLE_COLUMNS: Final = tuple(c for c in EVENT_COLUMNS if c not in _STATE_COLUMNS)
_EVENT_FIELDS: Final = ", ".join(
    "coalesce(o.state, 'synced')"
    if c == "state"
    else "o.reject_reason"
    if c == "reject_reason"
    else f"e.{c}"
    for c in EVENT_COLUMNS
)
# Every event, with its state (selected as EVENT_COLUMNS).
_EVENT_SELECT: Final = (
    f"SELECT {_EVENT_FIELDS} FROM events e LEFT JOIN outbox o "
    "ON o.owner = e.owner AND o.device_seq = e.device_seq AND o.uuid = e.uuid"
)
# The unsynced events (pending, sent, rejected), read from the outbox.
_UNSYNCED_SELECT: Final = f"SELECT {_EVENT_FIELDS} FROM outbox o JOIN events e ON e.uuid = o.uuid"
_EVENT_INSERT: Final = (
    f"INSERT INTO events ({', '.join(_EVENT_TABLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_EVENT_TABLE_COLUMNS))})"
)
_EVENT_INSERT_IGNORE: Final = _EVENT_INSERT.replace("INSERT INTO", "INSERT OR IGNORE INTO", 1)
_OUTBOX_INSERT: Final = (
    "INSERT INTO outbox (owner, device_seq, uuid, state, reject_reason) VALUES (?, ?, ?, ?, ?)"
)
# The outbox row of the event with this uuid.
_OUTBOX_KEY: Final = (
    "(owner, device_seq, uuid) = (SELECT owner, device_seq, uuid FROM events WHERE uuid = ?)"
)
# The next sequence number and the device id it belongs to, read in one statement so that
# an event never pairs a number with an identity given up meanwhile (take_new_identity).
_ALLOCATE_SEQ: Final = (
    "UPDATE device SET next_seq = next_seq + 1 WHERE singleton = 1 "
    "RETURNING next_seq - 1, device_id"
)
# Pending and sent-but-unacknowledged events are what the sync engine must (re)send.
_TO_SEND: Final = "o.state IN ('pending', 'sent')"
_AND_OWNER: Final = " AND o.owner = ?"

# What an event was recorded with: everything but its sync state.
_RECORDED_COLUMNS: Final = EVENT_COLUMNS[: EVENT_COLUMNS.index("origin")]

# An uploader's read of the outbox: one owner's, in send order, after a (device_seq, uuid)
# key; each event as text made by SQLite. In the JSON object each key is a parameter;
# event_data is stored as JSON text already.
_PENDING: Final = (
    "SELECT e.uuid, e.module_id, e.device_seq, {} FROM outbox o JOIN events e ON e.uuid = o.uuid "
    f"WHERE o.owner = ? AND {_TO_SEND} AND (o.device_seq, o.uuid) > (?, ?) "
    "ORDER BY o.device_seq, o.uuid LIMIT ?"
)
_PENDING_JSON: Final = _PENDING.format(
    "json_object("
    + ", ".join(f"?, json(e.{c})" if c == "event_data" else f"?, e.{c}" for c in _RECORDED_COLUMNS)
    + ")"
)
_PENDING_ROWS: Final = _PENDING.replace("{}", "json_array({})")
# Before every (device_seq, uuid) key: device_seq is never negative.
_FIRST_KEY: Final = (-1, "")
# A user's rows, deleted when the user leaves the device.
_OWNED_TABLES: Final = (
    "sections",
    "modules",
    "assignments",
    "progress_cache",
    "baselines",
    "outbox",
    "events",
    "kiosk_proofs",
    "report_rows",
    "report_meta",
)
# A sitting's proof is kept this long after its events are all synced (a later event of
# the same sitting, e.g. the heartbeat at sign-out, still needs it).
_PROOF_KEPT: Final = timedelta(days=1)

# Reports: a field name used in a JSON path (``$.name``), and how many rows one read takes.
_REPORT_FIELD: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")
_REPORT_KIND: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_REPORT_READ: Final = 2000
"""Rows one ``report_rows`` call returns at most (a view reads the rows it shows)."""
MAX_REPORT_ROW_BYTES: Final = 64 * 1024
"""A stored report row's JSON text at most (a comment is the longest field)."""

_PROGRESS_TEXT: Final = frozenset({"status"})
_PROGRESS_TIMES: Final = frozenset({"started_at", "completed_at", "last_accessed_at"})
_PROGRESS_INTS: Final = frozenset(
    {
        "progress_percent",
        "current_section",
        "total_time_seconds",
        "pause_count",
        "hint_count",
        "retry_count",
        "error_count",
    }
)
_PROGRESS_FIELDS: Final = (
    "status",
    "progress_percent",
    "current_section",
    "started_at",
    "completed_at",
    "last_accessed_at",
    "total_time_seconds",
    "pause_count",
    "hint_count",
    "retry_count",
    "error_count",
)


class _Holder:
    """Owns one thread's connection; weak-referenceable (``sqlite3.Connection`` is not)."""

    __slots__ = ("__weakref__", "conn")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn


class LocalStore:
    """The desktop's local database: the only thing the desktop UI reads and writes.

    Open with ``LocalStore.open(path)``; close with ``close()`` (or use ``with``).

    Threads
        Every thread gets its own SQLite connection to the file (``threading.local``), so
        the UI thread and the sync worker never share a connection or a transaction. WAL
        mode lets readers proceed while one thread writes; every write is one short
        ``BEGIN IMMEDIATE`` transaction (the write lock is taken up front, so two writers
        queue on ``busy_timeout`` instead of failing with "database is locked" when a read
        transaction tries to upgrade). Multi-statement reads run in one read transaction
        and see one snapshot. Call ``close()`` once the worker threads are done.

    Durability
        Commits run with ``synchronous=NORMAL`` (survive a killed process; the last
        commits may be lost to a power cut). ``record_event(durable=True)``, the types in
        ``DURABLE_EVENT_TYPES``, ``mark_sent`` and ``set_setting(durable=True)`` commit with
        ``synchronous=FULL``, which in WAL mode also makes every earlier commit durable.
        The sync engine makes such a commit before every upload, so no event leaves the
        device before it is safely on disk, and a power cut can never make the device
        reuse a ``device_seq`` the server has already seen.

    Invariants
        Per-user data (mirror, progress cache, events) is keyed by the owner's user id and
        every read takes the owner, so kiosk users never see each other's rows. Events
        are append-only: only ``server_ts`` changes, and only ``forget_user`` deletes them;
        their sync state lives in the outbox (no row: synced). ``device_seq`` is allocated
        in the transaction that inserts the event, from a counter that only grows.
    """

    def __init__(self, path: Path, *, synchronous: Synchronous, busy_timeout: float) -> None:
        """Use ``LocalStore.open``; this only sets fields."""
        self._path = path
        self._synchronous: Synchronous = synchronous
        self._busy_ms = int(busy_timeout * 1000)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._holders: weakref.WeakSet[_Holder] = weakref.WeakSet()
        self._closed = False
        self._device_id = ""
        self._recovery: RecoveryReport | None = None
        self._keyring = _secrets.system_keyring()
        # keyring marker -> token: the keyring is asked once per token and process
        self._tokens: dict[str, str] = {}

    # ------------------------------------------------------------------ opening, closing

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        synchronous: Synchronous = "NORMAL",
        busy_timeout: float = 10.0,
        secure_tokens: bool = True,
    ) -> LocalStore:
        """Open (creating or migrating) the store at ``path``.

        The data folder is made private (0700, files 0600). With ``secure_tokens`` tokens an
        older app left in the file move to the OS keyring now (``secure_tokens()``); the
        desktop app leaves that to its sync worker, off the first screen's path.

        A corrupt or unreadable file is rescued and replaced (see ``recovery``). Raises
        ``StoreVersionError`` for a store written by a newer app (left untouched) and
        ``StoreError`` when the file cannot be opened at all.
        """
        if synchronous not in ("NORMAL", "FULL"):
            raise StoreError(f"synchronous must be 'NORMAL' or 'FULL', got {synchronous!r:.20}")
        path = Path(path)
        try:
            _secrets.make_private_dir(path.parent)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of {path}: {one_line(exc)}") from exc
        problem = _recovery.check(path)
        report: RecoveryReport | None = None
        salvage: _recovery.Salvage | None = None
        if problem is not None:
            report, salvage = _recovery.recover(path, problem)
        try:
            if not path.exists():
                _secrets.make_private_file(path)
        except OSError as exc:
            raise StoreError(f"cannot create local store {path}: {one_line(exc)}") from exc
        _secrets.tighten(path)  # a store made by an older app: 0755 folder, 0644 files
        store = cls(path, synchronous=synchronous, busy_timeout=busy_timeout)
        try:
            store._initialise()
            if salvage is not None:
                store._adopt(salvage)
            if secure_tokens:
                store.secure_tokens()
            else:
                store._warm_keyring()
        except BaseException:
            store.close()
            raise
        store._recovery = report
        return store

    def _initialise(self) -> None:
        conn = self._conn()
        try:
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open local store {self._path}: {one_line(exc)}") from exc
        if mode.lower() != "wal":
            raise StoreError(f"local store {self._path}: WAL mode unavailable (got {mode})")
        migrate(conn, path=self._path)
        with self._guard():
            row = conn.execute("SELECT device_id FROM device WHERE singleton = 1").fetchone()
        if row is None:  # pragma: no cover - check() treats this as corruption
            raise StoreError(f"local store {self._path} has no device identity")
        self._device_id = str(row[0])

    def _adopt(self, salvage: _recovery.Salvage) -> None:
        """Make this new store (empty, or a restored backup) the damaged one's successor, in
        one durable transaction: a new device identity and no sync cursors (the next pull
        sends everything again, this device's own synced events included, since they carry
        the old id); the sign-in read back (it wins over the backup's, being newer); the
        mirror tables read whole, when there was no backup; every readable event (the
        unsynced ones queued again under the identity they were recorded with)."""
        queued = [
            with_state(e, "rejected" if e.state == "rejected" else "pending", origin="local")
            for e in salvage.events
        ]
        found = salvage.tables
        names: list[str] = [t for t in _recovery.SIGN_IN_TABLES if t in found]
        if salvage.backup is None:
            whole = {t for t, rows in found.items() if rows.whole}
            if {"modules", "sections"} <= whole:
                names += ["modules", "sections"]
            names += [t for t in ("assignments", "progress_cache", "media") if t in whole]
        with self._write(durable=True) as conn:
            (before,) = conn.execute(
                "SELECT current_user_id FROM device WHERE singleton = 1"
            ).fetchone()
            for name in names:
                _put_rows(conn, name, found[name])
            current = next(
                (
                    u
                    for u in (salvage.current_user, before)
                    if u is not None and not _user_missing(conn, u)
                ),
                None,
            )
            conn.execute(
                "UPDATE device SET device_id = ?, next_seq = 1, current_user_id = ? "
                "WHERE singleton = 1",
                (uuid_mod.uuid4().hex, current),
            )
            conn.execute("UPDATE users SET sync_cursor = NULL")
            _insert_events(conn, queued)
            for e in salvage.synced:
                conn.execute(_EVENT_INSERT_IGNORE, _event_values(e))
        row = self._one("SELECT device_id FROM device WHERE singleton = 1")
        self._device_id = str(row[0])

    def close(self) -> None:
        """Close every thread's connection. Idempotent; the store is unusable afterwards."""
        with self._lock:
            self._closed = True
            holders = list(self._holders)
            self._holders.clear()
        for holder in holders:
            try:
                holder.conn.close()
            except sqlite3.Error:  # pragma: no cover - best effort
                pass

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def device_id(self) -> str:
        """This store's random device id (uuid4 hex), made when the store was created and
        replaced only by ``take_new_identity`` (read from the file: another process using
        the same store may have replaced it)."""
        row = self._one("SELECT device_id FROM device WHERE singleton = 1")
        if row is not None:
            self._device_id = str(row[0])
        return self._device_id

    def device_next_seq(self) -> int:
        """The sequence number the next event recorded here will get."""
        row = self._one("SELECT next_seq FROM device WHERE singleton = 1")
        return int(row[0]) if row is not None else 1

    def take_new_identity(self) -> IdentityChange:
        """Give this device a new random id, because the server holds events of the current
        one that this store never recorded: the store was copied (a cloned disk image, a
        backup restored after the original went on recording), and both copies number their
        events alike.

        In ONE durable transaction:

        * a new device id; the counter goes on from where it stands;
        * every event still in the outbox (pending, sent or rejected) that was recorded
          under the old id is numbered again, in its order, under the new id. This is safe
          because an event leaves the outbox when the server acknowledges it: those left
          were never stored, or (an answer lost on the way) were stored with the same uuid,
          which the server then answers ``duplicate`` and the next pull puts back under the
          identity the server holds (``apply_changes``). Events recorded under the old id
          and already acknowledged keep it: the server holds them so;
        * every user's sync cursor is cleared, so the next pull sends everything again,
          now including the events under the old id, which a pull never returns to the
          device that carries that id: the other copy's events reach this one.
        """
        new_id = uuid_mod.uuid4().hex
        with self._write(durable=True) as conn:
            old_id, counter = conn.execute(
                "SELECT device_id, next_seq FROM device WHERE singleton = 1"
            ).fetchone()
            queued = conn.execute(
                "SELECT o.owner, o.device_seq, o.uuid FROM outbox o JOIN events e "
                "ON e.uuid = o.uuid WHERE e.device_id = ? ORDER BY o.device_seq, o.uuid",
                (old_id,),
            ).fetchall()
            renumbered = [
                (int(counter) + i, owner, seq, uid) for i, (owner, seq, uid) in enumerate(queued)
            ]
            # New numbers are all above the old ones: no outbox key is ever taken twice.
            conn.executemany(
                "UPDATE outbox SET device_seq = ? WHERE owner = ? AND device_seq = ? AND uuid = ?",
                renumbered,
            )
            conn.executemany(
                "UPDATE events SET device_id = ?, device_seq = ? WHERE uuid = ?",
                [(new_id, seq, uid) for seq, _owner, _old, uid in renumbered],
            )
            conn.execute(
                "UPDATE device SET device_id = ?, next_seq = ? WHERE singleton = 1",
                (new_id, int(counter) + len(renumbered)),
            )
            conn.execute("UPDATE users SET sync_cursor = NULL")
        self._device_id = new_id
        return IdentityChange(
            old_device_id=str(old_id), new_device_id=new_id, restamped=len(renumbered)
        )

    @property
    def recovery(self) -> RecoveryReport | None:
        """What ``open`` did about a corrupt store file, or ``None`` if it was fine."""
        return self._recovery

    @property
    def schema_version(self) -> int:
        with self._guard():
            return user_version(self._conn())

    def backup(self) -> Path:
        """Copy the whole store, as it is now, into a new backup file (``_backup``: SQLite's
        online backup API, 0600, the newest two kept) and return its path. Safe while other
        threads read and write; recovery starts from the newest good backup."""
        conn = self._connect()
        try:
            row = conn.execute("SELECT next_seq FROM device WHERE singleton = 1").fetchone()
            counter = int(row[0]) if row is not None else 1
            return _backup.make_backup(conn, self._path, next_seq=counter).path
        except sqlite3.Error as exc:
            raise StoreError(f"cannot back up local store {self._path}: {one_line(exc)}") from exc
        finally:
            conn.close()

    def backup_if_due(
        self,
        *,
        every_seconds: float = BACKUP_EVERY_SECONDS,
        every_events: int = BACKUP_EVERY_EVENTS,
        now: datetime | None = None,
    ) -> Path | None:
        """Make a backup (``backup``) when one is due, and return its path; else ``None``.

        Due when there is none yet (and the store holds a user), or when something changed
        since the newest (an event recorded, a user signed in or refreshed) and either
        ``every_events`` events were recorded or ``every_seconds`` went by since it. Cheap
        when not due (two small reads); the sync worker calls it after every round.
        """
        at = naive_utc(now) if now is not None else utcnow()
        newest = _backup.backups(self._path)[:1]
        counter = self.device_next_seq()
        if not newest:
            if self._one("SELECT 1 FROM users LIMIT 1") is None:
                return None
            return self.backup()
        last = newest[0]
        recorded = abs(counter - last.next_seq)  # a new identity may restart the counter
        signed_in = self._one(
            "SELECT 1 FROM users WHERE updated_at > ? LIMIT 1", (to_iso(last.made_at),)
        )
        if recorded == 0 and signed_in is None:
            return None
        if recorded < every_events and (at - last.made_at).total_seconds() < every_seconds:
            return None
        return self.backup()

    @property
    def token_storage(self) -> str:
        """Where this store keeps sign-in tokens: ``keyring: <backend>`` or ``store file``."""
        if self._keyring.available:
            return f"keyring: {self._keyring.name}"
        return "store file"

    # ------------------------------------------------------------------ secrets

    def _secrets_ref(self, conn: sqlite3.Connection) -> str:
        """This store's name among the keyring's entries (made on first use; in a write)."""
        row = conn.execute("SELECT value FROM kv WHERE key = 'secrets.ref'").fetchone()
        if row is not None:
            return str(loads(row[0]))
        ref = _secrets.new_ref()
        conn.execute("INSERT INTO kv (key, value) VALUES ('secrets.ref', ?)", (dumps(ref),))
        return ref

    def _stash_token(self, conn: sqlite3.Connection, name: str, token: str | None) -> str | None:
        """What a token column keeps of ``token``: a marker naming its keyring entry, or,
        with no keyring (or one that refuses), the token itself."""
        if token is None or not self._keyring.available:
            return token
        if not self._keyring.set(f"{self._secrets_ref(conn)}/{name}", token):
            return token
        marker = f"{_secrets.KEYRING_MARK}{name}#{_secrets.fingerprint(token)}"
        self._tokens[marker] = token
        return marker

    def _drop_token(self, conn: sqlite3.Connection, column: str | None, *, user_id: str) -> None:
        """Delete the user's own keyring entry that ``column`` names (not the kiosk's)."""
        if column is None or not column.startswith(_secrets.KEYRING_MARK + f"user:{user_id}#"):
            return
        self._tokens.pop(column, None)
        self._keyring.delete(f"{self._secrets_ref(conn)}/user:{user_id}")

    def _token(self, column: str | None) -> str | None:
        """The token a column stands for; ``None`` when its keyring entry is not on this
        machine (the store was copied from another one): signed out."""
        if column is None or not column.startswith(_secrets.KEYRING_MARK):
            return column
        known = self._tokens.get(column)
        if known is not None:
            return known
        name, _, tag = column[len(_secrets.KEYRING_MARK) :].rpartition("#")
        ref = self.get_setting("secrets.ref")
        token = self._keyring.get(f"{ref}/{name}") if isinstance(ref, str) else None
        if token is None or _secrets.fingerprint(token) != tag:
            return None
        self._tokens[column] = token
        return token

    def _user(self, row: Any) -> UserRecord:
        user = user_from_row(row)
        return replace(user, token=self._token(user.token))

    def _warm_keyring(self) -> None:
        """Load the keyring on a thread of its own when this store's tokens are in it: the
        first screen's read of the signed-in user then rarely waits for it."""
        if self._one("SELECT 1 FROM users WHERE token LIKE ?", (_secrets.KEYRING_MARK + "%",)):
            threading.Thread(target=self._keyring.load, name="frames-keyring", daemon=True).start()

    def secure_tokens(self) -> None:
        """Move tokens an older app (or a machine without a keyring) wrote into the file to
        the keyring, when there is one now, and leave no trace of them in the file."""
        mark = _secrets.KEYRING_MARK + "%"
        with self._guard():
            conn = self._conn()
            users = conn.execute(
                "SELECT user_id, token FROM users WHERE token IS NOT NULL AND token NOT LIKE ?",
                (mark,),
            ).fetchall()
            kiosk = conn.execute(
                "SELECT token FROM kiosk WHERE singleton = 1 AND token NOT LIKE ?", (mark,)
            ).fetchone()
        if (not users and kiosk is None) or not self._keyring.available:
            return
        conn = self._conn()
        # Freed bytes are overwritten with zeros, and the WAL that held the old pages is
        # emptied afterwards: the tokens leave the file, not just the rows.
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self._write(durable=True) as conn:
                kiosk_marker = None
                if kiosk is not None:
                    kiosk_marker = self._stash_token(conn, "kiosk", kiosk[0])
                    conn.execute("UPDATE kiosk SET token = ? WHERE singleton = 1", (kiosk_marker,))
                for user_id, token in users:
                    if kiosk is not None and token == kiosk[0]:
                        column = kiosk_marker
                    else:
                        column = self._stash_token(conn, f"user:{user_id}", token)
                    conn.execute("UPDATE users SET token = ? WHERE user_id = ?", (column, user_id))
            with self._guard():
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.execute("PRAGMA secure_delete = OFF")

    def checkpoint(self) -> tuple[int, int]:
        """Copy committed WAL content into the database file (``wal_checkpoint(PASSIVE)``).

        SQLite checkpoints by itself when a commit leaves more than 1000 pages in the WAL,
        in whichever thread made that commit; that commit then pays for the copy and its
        fsyncs (a few ms). Calling this from the sync worker after each round keeps the WAL
        short so the UI thread rarely pays. PASSIVE: never waits for, nor blocks, readers
        and writers. Returns ``(frames in the WAL, frames checkpointed)``.
        """
        row = self._one("PRAGMA wal_checkpoint(PASSIVE)")
        return int(row[1]), int(row[2])

    # ------------------------------------------------------------------ connections

    def _connect(self) -> sqlite3.Connection:
        try:
            # check_same_thread=False only so that close() may close it from any thread;
            # each connection is still used by the one thread that made it.
            conn = sqlite3.connect(
                self._path,
                timeout=self._busy_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
                cached_statements=256,
            )
            conn.execute(f"PRAGMA busy_timeout = {self._busy_ms:d}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA synchronous = {self._synchronous}")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open local store {self._path}: {one_line(exc)}") from exc
        return conn

    def _conn(self) -> sqlite3.Connection:
        """This thread's connection, made on first use."""
        if self._closed:
            raise StoreError(f"local store {self._path} is closed")
        holder: _Holder | None = getattr(self._local, "holder", None)
        if holder is None:
            holder = _Holder(self._connect())
            with self._lock:
                if self._closed:
                    holder.conn.close()
                    raise StoreError(f"local store {self._path} is closed")
                self._holders.add(holder)
            self._local.holder = holder
        return holder.conn

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            # UnicodeEncodeError: a str with a lone surrogate cannot be stored as UTF-8.
            raise StoreError(f"local store: {one_line(exc)}") from exc

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first row of a read, or None; SQLite errors become ``StoreError``."""
        with self._guard():
            return self._conn().execute(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every row of a read; SQLite errors become ``StoreError``."""
        with self._guard():
            return self._conn().execute(sql, params).fetchall()

    @contextmanager
    def _write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception.

        ``durable``: commit with ``synchronous=FULL`` (fsync of the WAL), then go back.
        """
        conn = self._conn()
        switch = durable and self._synchronous != "FULL"
        try:
            if switch:
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            # UnicodeEncodeError: a str with a lone surrogate cannot be stored as UTF-8.
            raise StoreError(f"local store: {one_line(exc)}") from exc
        finally:
            if switch:
                try:
                    conn.execute(f"PRAGMA synchronous = {self._synchronous}")
                except sqlite3.Error:  # pragma: no cover - connection unusable anyway
                    pass

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: several SELECTs that see one snapshot."""
        conn = self._conn()
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            # UnicodeEncodeError: a str with a lone surrogate cannot be stored as UTF-8.
            raise StoreError(f"local store: {one_line(exc)}") from exc

    # ------------------------------------------------------------------ users

    def save_user(
        self,
        *,
        user_id: str,
        role: Role,
        display_name: str,
        server_url: str,
        token: str | None,
        email: str | None = None,
        university_id: str | None = None,
    ) -> UserRecord:
        """Add or update a signed-in user (sign-in, token refresh, profile change).

        Keeps the user's sync cursor, unless ``server_url`` changed: a cursor means
        nothing to another server, so the next pull starts over.
        """
        check_text(user_id, what="user_id")
        if role not in ROLES:
            raise StoreError(f"role must be one of {sorted(ROLES)}, got {role!r:.40}")
        if not isinstance(display_name, str):
            raise StoreError(f"display_name must be a string, got {display_name!r:.60}")
        check_text(server_url, what="server_url", max_len=2000)
        for name, value in (("token", token), ("email", email), ("university_id", university_id)):
            if value is not None and not isinstance(value, str):
                raise StoreError(f"{name} must be a string or None, got {type(value).__name__}")
        now = to_iso(utcnow())
        with self._write() as conn:
            before = conn.execute(
                "SELECT token FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()
            if token is None and before is not None:  # signed out: the keyring forgets it
                self._drop_token(conn, before[0], user_id=user_id)
            column = self._stash_token(conn, f"user:{user_id}", token)
            conn.execute(
                "INSERT INTO users (user_id, role, display_name, email, university_id, "
                "server_url, token, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, "
                "display_name = excluded.display_name, email = excluded.email, "
                "university_id = excluded.university_id, token = excluded.token, "
                "sync_cursor = CASE WHEN users.server_url = excluded.server_url "
                "THEN users.sync_cursor END, "
                "server_url = excluded.server_url, updated_at = excluded.updated_at",
                (user_id, role, display_name, email, university_id, server_url, column, now, now),
            )
            row = conn.execute(
                f"SELECT {USER_COLUMNS} FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()
        return self._user(row)

    def get_user(self, user_id: str) -> UserRecord | None:
        row = self._one(f"SELECT {USER_COLUMNS} FROM users WHERE user_id = ?", (user_id,))
        return None if row is None else self._user(row)

    def list_users(self) -> list[UserRecord]:
        """Users signed in on this device, by display name."""
        rows = self._all(
            f"SELECT {USER_COLUMNS} FROM users ORDER BY display_name COLLATE NOCASE, user_id"
        )
        return [self._user(r) for r in rows]

    def set_current_user(self, user_id: str | None) -> None:
        """Make ``user_id`` the active user (``None``: nobody signed in at the screen)."""
        with self._write() as conn:
            if user_id is not None and _user_missing(conn, user_id):
                raise StoreError(f"unknown user {user_id!r:.80}: save_user() first")
            conn.execute("UPDATE device SET current_user_id = ? WHERE singleton = 1", (user_id,))

    def current_user(self) -> UserRecord | None:
        row = self._one(
            f"SELECT {USER_COLUMNS} FROM users "
            "WHERE user_id = (SELECT current_user_id FROM device WHERE singleton = 1)"
        )
        return None if row is None else self._user(row)

    def forget_user(self, user_id: str, *, force: bool = False) -> Path | None:
        """Remove a user from this device: their mirror, caches, synced events and sign-in.

        Raises ``PendingEventsError`` while the user has unsynced (pending, sent or
        rejected) events. With ``force=True`` those events are first exported as JSON lines
        to a file next to the store, whose path is returned (``None`` when there were none),
        and then deleted too. Raises ``StoreError`` for an unknown user.
        """
        export_path: Path | None = None
        with self._write() as conn:
            if _user_missing(conn, user_id):
                raise StoreError(f"unknown user {user_id!r:.80}")
            unsynced = [
                event_from_row(r)
                for r in conn.execute(
                    f"{_UNSYNCED_SELECT} WHERE o.owner = ? ORDER BY o.device_seq, o.uuid",
                    (user_id,),
                )
            ]
            if unsynced and not force:
                raise PendingEventsError(
                    f"user {user_id!r:.80} still has {len(unsynced)} unsynced events: "
                    "sync first, or forget with force=True to export them to a file"
                )
            if unsynced:
                # Written inside the transaction, so no event can slip in between.
                safe = re.sub(r"[^A-Za-z0-9_.-]", "_", user_id)[:40]
                stamp = utcnow().strftime("%Y%m%d-%H%M%S")
                export_path = _unique_file(
                    self._path.parent / f"outbox-forgotten-{safe}-{stamp}.jsonl"
                )
                try:
                    write_jsonl_atomic(export_path, unsynced)
                except OSError as exc:
                    raise StoreError(f"cannot export {user_id!r:.80}'s events: {exc}") from exc
            for table in _OWNED_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE owner = ?", (user_id,))
            token = conn.execute(
                "SELECT token FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()[0]
            self._drop_token(conn, token, user_id=user_id)
            conn.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
        return export_path

    # ------------------------------------------------------------------ mirror

    def apply_changes(
        self,
        owner: str,
        *,
        modules: Iterable[ModuleRecord] = (),
        assignments: Iterable[AssignmentRecord] = (),
        removed_modules: Iterable[str] = (),
        removed_assignments: Iterable[str] = (),
        events: Iterable[EventRecord] = (),
        baselines: Mapping[str, JSONValue] | None = None,
        cursor: str,
        synced_at: datetime,
    ) -> ApplyResult:
        """Apply one pulled page for ``owner`` and store its ``cursor``, all in ONE transaction.

        Upserts modules by (owner, slug), replacing a module's sections wholesale when it is
        new or its ``revision`` changed; upserts assignments; deletes the tombstoned modules
        (with their sections) and assignments after the upserts; inserts the remote events
        as ``synced`` (a uuid already present is not inserted again; a local copy of it is
        marked ``synced``); replaces the ``baselines`` given (slug -> the pair's history as
        JSON, see ``baseline``). A failure anywhere leaves the store as it was, cursor
        included. Raises ``StoreError`` for an unknown owner or invalid records.
        """
        check_text(owner, what="owner")
        if not isinstance(cursor, str):
            raise StoreError(f"cursor must be a string, got {type(cursor).__name__}")
        synced_iso = to_iso(synced_at)
        module_list = [check_module(m) for m in modules]
        assignment_list = [check_assignment(a) for a in assignments]
        removed_module_list = [check_slug(s) for s in removed_modules]
        removed_assignment_list = [check_slug(s) for s in removed_assignments]
        event_list = [check_remote_event(e, owner) for e in events]
        baseline_rows = [
            (owner, check_slug(slug), dumps(data, what=f"baseline of {slug!r:.80}"), synced_iso)
            for slug, data in (baselines or {}).items()
        ]

        with self._write() as conn:
            if _user_missing(conn, owner):
                raise StoreError(f"unknown user {owner!r:.80}: save_user() before syncing")
            changed = set(self._upsert_modules(conn, owner, module_list))
            conn.executemany(
                "INSERT INTO assignments (owner, module_id, assignment_type, due_date, "
                "assigned_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (owner, module_id) DO UPDATE "
                "SET assignment_type = excluded.assignment_type, due_date = excluded.due_date, "
                "assigned_at = excluded.assigned_at",
                [
                    (
                        owner,
                        a.module_id,
                        a.assignment_type,
                        date_iso(a.due_date),
                        to_iso(a.assigned_at),
                    )
                    for a in assignment_list
                ],
            )
            changed.update(a.module_id for a in assignment_list)
            conn.executemany(
                "DELETE FROM modules WHERE owner = ? AND module_id = ?",
                [(owner, slug) for slug in removed_module_list],
            )
            conn.executemany(
                "DELETE FROM assignments WHERE owner = ? AND module_id = ?",
                [(owner, slug) for slug in removed_assignment_list],
            )
            changed.update(removed_module_list)
            changed.update(removed_assignment_list)
            added = self._insert_remote_events(conn, event_list)
            changed.update(e.module_id for e in added)
            conn.executemany(
                "INSERT INTO baselines (owner, module_id, data, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (owner, module_id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                baseline_rows,
            )
            changed.update(row[1] for row in baseline_rows)
            conn.execute(
                "UPDATE users SET sync_cursor = ?, last_sync_at = ? WHERE user_id = ?",
                (cursor, synced_iso, owner),
            )
        return ApplyResult(changed_modules=frozenset(changed), events_added=len(added))

    def _upsert_modules(
        self, conn: sqlite3.Connection, owner: str, modules: Sequence[ModuleRecord]
    ) -> list[str]:
        columns = ", ".join(MODULE_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in MODULE_COLUMNS[1:])
        upsert = (
            f"INSERT INTO modules (owner, {columns}) VALUES "
            f"(?, {', '.join('?' * len(MODULE_COLUMNS))}) "
            f"ON CONFLICT (owner, module_id) DO UPDATE SET {updates}"
        )
        insert_section = (
            f"INSERT INTO sections (owner, module_id, {', '.join(SECTION_COLUMNS)}) "
            f"VALUES (?, ?, {', '.join('?' * len(SECTION_COLUMNS))})"
        )
        slugs: list[str] = []
        for m in modules:
            row = conn.execute(
                "SELECT revision FROM modules WHERE owner = ? AND module_id = ?",
                (owner, m.module_id),
            ).fetchone()
            conn.execute(upsert, (owner, *module_row(m)))
            if row is None or row[0] != m.revision:
                conn.execute(
                    "DELETE FROM sections WHERE owner = ? AND module_id = ?", (owner, m.module_id)
                )
                conn.executemany(
                    insert_section,
                    [(owner, m.module_id, *section_row(s)) for s in m.sections],
                )
            slugs.append(m.module_id)
        return slugs

    def _insert_remote_events(
        self, conn: sqlite3.Connection, events: Sequence[EventRecord]
    ) -> list[EventRecord]:
        """Insert events not already present; mark local copies of them synced."""
        added: list[EventRecord] = []
        for e in events:
            if conn.execute(_EVENT_INSERT_IGNORE, _event_values(e)).rowcount:
                added.append(e)
            else:
                if conn.execute(f"DELETE FROM outbox WHERE {_OUTBOX_KEY}", (e.uuid,)).rowcount:
                    # Our own event coming back: the upload worked even if its ack was lost.
                    conn.execute(
                        "UPDATE events SET server_ts = coalesce(?, server_ts) WHERE uuid = ?",
                        (to_iso(e.server_ts), e.uuid),
                    )
                # The server's identity of it wins: an event this device numbered again
                # under a new id (take_new_identity) that the server had already stored.
                conn.execute(
                    "UPDATE events SET device_id = ?, device_seq = ? WHERE uuid = ? "
                    "AND (device_id, device_seq) IS NOT (?, ?)",
                    (e.device_id, e.device_seq, e.uuid, e.device_id, e.device_seq),
                )
        return added

    def list_modules(self, owner: str) -> list[ModuleListItem]:
        """The owner's modules with their assignment, by title; no section content is read."""
        columns = ", ".join(f"m.{c}" for c in MODULE_COLUMNS)
        rows = self._all(
            f"SELECT {columns}, "
            "(SELECT count(*) FROM sections s "
            " WHERE s.owner = m.owner AND s.module_id = m.module_id), "
            "a.assignment_type, a.due_date, a.assigned_at "
            "FROM modules m LEFT JOIN assignments a "
            "ON a.owner = m.owner AND a.module_id = m.module_id "
            "WHERE m.owner = ? ORDER BY m.title COLLATE NOCASE, m.module_id",
            (owner,),
        )
        n = len(MODULE_COLUMNS)
        return [
            ModuleListItem(
                *module_values(r),
                r[n],
                r[n + 1],
                None if r[n + 2] is None else date.fromisoformat(r[n + 2]),
                None if r[n + 3] is None else datetime.fromisoformat(r[n + 3]),
            )
            for r in rows
        ]

    def get_module(self, owner: str, module_id: str) -> ModuleRecord | None:
        """One module of the owner's mirror with all its sections, or ``None``."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {', '.join(MODULE_COLUMNS)} FROM modules "
                "WHERE owner = ? AND module_id = ?",
                (owner, module_id),
            ).fetchone()
            if row is None:
                return None
            sections = conn.execute(
                f"SELECT {', '.join(SECTION_COLUMNS)} FROM sections "
                "WHERE owner = ? AND module_id = ? ORDER BY section_number",
                (owner, module_id),
            ).fetchall()
        return ModuleRecord(*module_values(row), tuple(section_from_row(s) for s in sections))

    def section_numbers(self, owner: str, module_id: str) -> list[int] | None:
        """The section numbers of a mirrored module, in order (``None``: not mirrored);
        what a fold of its progress needs, without reading the content."""
        rows = self._all(
            "SELECT s.section_number FROM modules m LEFT JOIN sections s "
            "ON s.owner = m.owner AND s.module_id = m.module_id "
            "WHERE m.owner = ? AND m.module_id = ? ORDER BY s.section_number",
            (owner, module_id),
        )
        return None if not rows else [int(n) for (n,) in rows if n is not None]

    def get_assignment(self, owner: str, module_id: str) -> AssignmentRecord | None:
        row = self._one(
            "SELECT module_id, assignment_type, due_date, assigned_at FROM assignments "
            "WHERE owner = ? AND module_id = ?",
            (owner, module_id),
        )
        if row is None:
            return None
        return AssignmentRecord(
            module_id=row[0],
            assignment_type=row[1],
            due_date=from_iso_date(row[2]),
            assigned_at=from_iso(row[3]),
        )

    def baseline(self, owner: str, module_id: str) -> JSONValue:
        """The pair's history written by another application, as the server sent it
        (``sync.rules.derive.PairBaseline`` JSON), or ``None``."""
        row = self._one(
            "SELECT data FROM baselines WHERE owner = ? AND module_id = ?", (owner, module_id)
        )
        return None if row is None else loads(row[0])

    def get_cursor(self, owner: str) -> str | None:
        """The cursor stored by the owner's last ``apply_changes`` (``None``: pull from start)."""
        row = self._one("SELECT sync_cursor FROM users WHERE user_id = ?", (owner,))
        return None if row is None else cast(str | None, row[0])

    # ------------------------------------------------------------------ outbox

    def record_event(
        self,
        *,
        owner: str,
        module_id: str,
        event_type: str,
        section_number: int | None = None,
        event_data: JSONValue = None,
        session_id: str | None,
        device_type: DeviceType,
        time_elapsed_seconds: int | None = None,
        durable: bool = False,
        client_ts: datetime | None = None,
    ) -> EventRecord:
        """Append one event to the outbox (one INSERT, its own transaction) and return it.

        ``durable=True``, and every type in ``DURABLE_EVENT_TYPES``, commits with
        ``synchronous=FULL``: the event survives a power cut once this returns. Others
        survive a killed process. ``client_ts`` defaults to now (naive UTC; aware values are
        converted). Raises ``StoreError`` (one line) for invalid input.
        """
        check_event_fields(
            owner=owner,
            module_id=module_id,
            event_type=event_type,
            section_number=section_number,
            session_id=session_id,
            device_type=device_type,
            time_elapsed_seconds=time_elapsed_seconds,
        )
        data_json = None if event_data is None else dumps(event_data, what="event_data")
        if data_json is not None and len(data_json) > MAX_EVENT_DATA_BYTES // 4:
            size = len(data_json.encode("utf-8", "surrogatepass"))
            if size > MAX_EVENT_DATA_BYTES:
                raise StoreError(
                    f"event_data is {size:,} bytes of JSON, over the limit of "
                    f"{MAX_EVENT_DATA_BYTES:,}: the server would refuse it"
                )
        if client_ts is None:
            ts = utcnow()
        elif isinstance(client_ts, datetime):
            ts = naive_utc(client_ts)
        else:
            raise StoreError(f"client_ts must be a datetime or None, got {client_ts!r:.60}")
        ts_iso = ts.isoformat(timespec="microseconds")
        uid = uuid_mod.uuid4().hex
        with self._write(durable=durable or event_type in DURABLE_EVENT_TYPES) as conn:
            allocated, device_id = conn.execute(_ALLOCATE_SEQ).fetchone()
            seq, device_id = int(allocated), str(device_id)
            conn.execute(
                _EVENT_INSERT,
                (
                    uid,
                    owner,
                    module_id,
                    event_type,
                    data_json,
                    section_number,
                    session_id,
                    device_type,
                    device_id,
                    seq,
                    ts_iso,
                    time_elapsed_seconds,
                    "local",
                    None,
                ),
            )
            conn.execute(_OUTBOX_INSERT, (owner, seq, uid, "pending", None))
        return EventRecord(
            uuid=uid,
            owner=owner,
            module_id=module_id,
            event_type=event_type,
            event_data=loads(data_json),
            section_number=section_number,
            session_id=session_id,
            device_type=device_type,
            device_id=device_id,
            device_seq=seq,
            client_ts=ts,
            time_elapsed_seconds=time_elapsed_seconds,
        )

    def get_event(self, uuid: str) -> EventRecord | None:
        uid = normalize_uuid(uuid)
        row = self._one(f"{_EVENT_SELECT} WHERE e.uuid = ?", (uid,))
        return None if row is None else event_from_row(row)

    def pending_events(self, owner: str | None = None, limit: int = 500) -> list[EventRecord]:
        """Events to upload (``pending``, and ``sent`` without an answer), by ``device_seq``."""
        check_int(limit, what="limit", minimum=1, optional=False)
        sql = f"{_UNSYNCED_SELECT} WHERE {_TO_SEND}"
        params: tuple[Any, ...] = ()
        if owner is not None:
            sql += _AND_OWNER
            params = (owner,)
        rows = self._all(f"{sql} ORDER BY o.device_seq, o.uuid LIMIT ?", (*params, limit))
        return [event_from_row(r) for r in rows]

    def pending_json(
        self,
        owner: str,
        *,
        limit: int,
        keys: Mapping[str, str] | None = None,
        after: tuple[int, str] | None = None,
    ) -> list[tuple[str, str, int, str]]:
        """The events ``pending_events(owner, limit)`` returns, in the same order, each as
        ``(uuid, module_id, device_seq, JSON object text)``, the text made by SQLite; with
        ``after``, only those after that ``(device_seq, uuid)`` (the last one read).

        The object holds the fields an event was recorded with (not ``origin``, ``state``,
        ``reject_reason``, ``server_ts``), under the names in ``keys`` where given (field
        name -> key), ``client_ts`` as the stored naive-UTC ISO text. For an uploader that
        only forwards events: no ``EventRecord`` is built and no ``event_data`` parsed.
        """
        check_int(limit, what="limit", minimum=1, optional=False)
        names = keys or {}
        head = tuple(names.get(c, c) for c in _RECORDED_COLUMNS)
        return self._pending(_PENDING_JSON, head, owner, limit=limit, after=after)

    def pending_rows(
        self,
        owner: str,
        *,
        limit: int,
        columns: Sequence[str],
        after: tuple[int, str] | None = None,
    ) -> list[tuple[str, str, int, str]]:
        """As ``pending_json``, each event's text a JSON array: the values of ``columns``
        (fields an event was recorded with, in any order)."""
        check_int(limit, what="limit", minimum=1, optional=False)
        unknown = [c for c in columns if c not in _RECORDED_COLUMNS]
        if unknown or not columns:
            raise StoreError(f"columns must be recorded event fields, got {list(columns)!r:.120}")
        values = ", ".join(f"json(e.{c})" if c == "event_data" else f"e.{c}" for c in columns)
        return self._pending(_PENDING_ROWS.format(values), (), owner, limit=limit, after=after)

    def _pending(
        self,
        sql: str,
        head: tuple[str, ...],
        owner: str,
        *,
        limit: int,
        after: tuple[int, str] | None,
    ) -> list[tuple[str, str, int, str]]:
        """Run an uploader's read of the outbox (``_PENDING``; ``head``: its leading
        parameters)."""
        rows = self._all(sql, (*head, owner, *(after or _FIRST_KEY), limit))
        return [(str(u), str(m), int(seq), str(text)) for u, m, seq, text in rows]

    def pending_count(self, owner: str | None = None) -> int:
        """How many events still have to be uploaded (``pending`` or ``sent``)."""
        sql = f"SELECT count(*) FROM outbox o WHERE {_TO_SEND}"
        params: tuple[str, ...] = ()
        if owner is not None:
            sql += _AND_OWNER
            params = (owner,)
        with self._guard():
            return int(self._conn().execute(sql, params).fetchone()[0])

    def mark_sent(self, uuids: Iterable[str]) -> int:
        """Mark pending events as handed to the server; call right before uploading them.

        Commits with ``synchronous=FULL``, so everything uploaded is durable here first.
        Returns how many events changed state.
        """
        ids = [(normalize_uuid(u),) for u in uuids]
        with self._write(durable=True) as conn:
            before = conn.total_changes
            conn.executemany(
                f"UPDATE outbox SET state = 'sent' WHERE state = 'pending' AND {_OUTBOX_KEY}", ids
            )
            return conn.total_changes - before

    def mark_synced(self, results: Iterable[tuple[str, datetime | None]]) -> int:
        """Record the server's acknowledgements: ``(uuid, server_ts)`` pairs; a ``None``
        server_ts keeps the event's timestamp as it is. The events leave the outbox.

        Unknown and already synced uuids are ignored; returns how many events left it.
        """
        plain: list[str] = []
        stamped: list[tuple[str | None, str]] = []
        for u, ts in results:
            uid = normalize_uuid(u)
            plain.append(uid)
            if ts is not None:
                stamped.append((to_iso(ts), uid))
        with self._write() as conn:
            left = conn.execute(
                "DELETE FROM outbox WHERE (owner, device_seq, uuid) IN (SELECT owner, "
                "device_seq, uuid FROM events WHERE uuid IN (SELECT value FROM json_each(?)))",
                (json.dumps(plain),),
            ).rowcount
            conn.executemany("UPDATE events SET server_ts = ? WHERE uuid = ?", stamped)
            return int(left)

    def mark_batch_synced(
        self,
        owner: str,
        keys: Sequence[tuple[int, str]],
        stamped: Iterable[tuple[str, datetime]] = (),
    ) -> int:
        """``mark_synced`` for an uploader's batch: the ``(device_seq, uuid)`` keys of its
        acknowledged events in send order, and the server timestamps that differ from the
        device's. When the keys are every event to send between the first and the last
        (the usual case) they leave the outbox by one range delete; otherwise one by one.
        Returns how many left it."""
        if not keys:
            return 0
        wanted = set(keys)  # compared as given: keys read from this store are canonical
        first, last = min(wanted), max(wanted)
        stamps = [(to_iso(ts), normalize_uuid(u)) for u, ts in stamped]
        with self._write() as conn:
            conn.execute("SAVEPOINT batch_ack")
            gone = conn.execute(
                f"DELETE FROM outbox AS o WHERE o.owner = ? AND {_TO_SEND} "
                "AND (o.device_seq, o.uuid) BETWEEN (?, ?) AND (?, ?) RETURNING device_seq, uuid",
                (owner, *first, *last),
            ).fetchall()
            if set(gone) != wanted:
                # Not a run of the outbox (an event retried or imported meanwhile): undo, and
                # take exactly these keys.
                conn.execute("ROLLBACK TO batch_ack")
                exact = sorted({(int(seq), normalize_uuid(u)) for seq, u in keys})
                gone = conn.execute(
                    "DELETE FROM outbox WHERE owner = ? AND (device_seq, uuid) IN (SELECT "
                    "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) "
                    "RETURNING uuid",
                    (owner, json.dumps(exact)),
                ).fetchall()
            conn.execute("RELEASE batch_ack")
            conn.executemany("UPDATE events SET server_ts = ? WHERE uuid = ?", stamps)
            return len(gone)

    def mark_rejected(self, uuid: str, reason: str) -> None:
        """The server refused the event for good; keep it, with why, for the user to see.

        Raises ``StoreError`` for an unknown or already synced event.
        """
        uid = normalize_uuid(uuid)
        if not isinstance(reason, str):
            raise StoreError(f"reason must be a string, got {type(reason).__name__}")
        with self._write() as conn:
            state = _event_state(conn, uid)
            if state == "synced":
                raise StoreError(f"event {uid} is already synced and cannot be rejected")
            conn.execute(
                f"UPDATE outbox SET state = 'rejected', reject_reason = ? WHERE {_OUTBOX_KEY}",
                (reason, uid),
            )

    def rejected_events(self, owner: str | None = None) -> list[EventRecord]:
        sql = f"{_UNSYNCED_SELECT} WHERE o.state = 'rejected'"
        params: tuple[str, ...] = ()
        if owner is not None:
            sql += _AND_OWNER
            params = (owner,)
        rows = self._all(f"{sql} ORDER BY o.device_seq, o.uuid", params)
        return [event_from_row(r) for r in rows]

    def retry_rejected(self, uuid: str) -> None:
        """Queue a rejected event again (``pending``). ``StoreError`` if it is not rejected."""
        uid = normalize_uuid(uuid)
        with self._write() as conn:
            state = _event_state(conn, uid)
            if state != "rejected":
                raise StoreError(f"event {uid} is {state}, not rejected")
            conn.execute(
                f"UPDATE outbox SET state = 'pending', reject_reason = NULL WHERE {_OUTBOX_KEY}",
                (uid,),
            )

    def events_for(self, owner: str, module_id: str) -> list[EventRecord]:
        """Every event (local and remote, any state) of the owner in the module.

        Ordered by ``(timestamp, device_id, device_seq, uuid)``, the fold's order key.
        """
        rows = self._all(
            f"{_EVENT_SELECT} WHERE e.owner = ? AND e.module_id = ? "
            "ORDER BY coalesce(e.server_ts, e.client_ts), e.device_id, e.device_seq, e.uuid",
            (owner, module_id),
        )
        return [event_from_row(r) for r in rows]

    def fold_events(
        self, owner: str, module_id: str, *, data_for: Collection[str] = ()
    ) -> list[FoldRow]:
        """The events of ``events_for``, in its order, as ``FoldRow``s: only what a fold of
        progress reads, with ``event_data`` parsed only for the types in ``data_for``.

        Several times cheaper than ``events_for`` for a module with thousands of events.
        """
        kinds = sorted(set(data_for))
        marks = ", ".join("?" * len(kinds))
        rows = self._all(
            "SELECT uuid, event_type, coalesce(server_ts, client_ts), device_id, device_seq, "
            f"session_id, section_number, CASE WHEN event_type IN ({marks}) THEN event_data END "
            "FROM events WHERE owner = ? AND module_id = ? "
            "ORDER BY coalesce(server_ts, client_ts), device_id, device_seq, uuid",
            (*kinds, owner, module_id),
        )
        parse = datetime.fromisoformat
        return [
            FoldRow(u, kind, parse(ts), dev, seq, session, section, loads(data))
            for u, kind, ts, dev, seq, session, section, data in rows
        ]

    def export_outbox(self, path: Path | str, owner: str | None = None) -> int:
        """Write every unsynced event (pending, sent, rejected) as JSON lines; return the count.

        Atomic: a temp file in the same folder, fsynced, renamed over ``path``. Read it
        back with ``import_outbox``.
        """
        sql = f"{_UNSYNCED_SELECT} WHERE TRUE"
        params: tuple[str, ...] = ()
        if owner is not None:
            sql += _AND_OWNER
            params = (owner,)
        rows = self._all(f"{sql} ORDER BY o.device_seq, o.uuid", params)
        try:
            return write_jsonl_atomic(Path(path), (event_from_row(r) for r in rows))
        except OSError as exc:
            raise StoreError(f"cannot export the outbox to {path}: {one_line(exc)}") from exc

    def import_outbox(self, path: Path | str) -> int:
        """Queue the events of a JSON-lines export again; return how many were new.

        Events already in the store (same uuid) are skipped; the rest are inserted as
        ``pending`` (``rejected`` ones stay rejected) with their original device id and
        counter. The whole file is validated first: ``StoreError`` names the bad line.
        """
        try:
            events = read_jsonl(Path(path))
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {one_line(exc)}") from exc
        queued = [
            with_state(e, "rejected" if e.state == "rejected" else "pending")
            for e in events
            if e.state != "synced"
        ]
        with self._write(durable=True) as conn:
            return _insert_events(conn, queued)

    # ------------------------------------------------------------------ progress cache

    def put_progress(
        self,
        owner: str,
        module_id: str,
        fields: Mapping[str, object],
        *,
        basis: int | None = None,
    ) -> bool:
        """Upsert the cached progress of one module; fields not given keep their value.

        Keys are ``ProgressRow`` field names (``module_id`` may be present if it matches).
        ``basis`` is the number of events the values were folded from: events only ever
        grow, so a write with a smaller basis than the stored one comes from an older
        snapshot (another thread's) and is ignored. Returns whether the row was written.
        """
        check_text(owner, what="owner")
        check_text(module_id, what="module_id", max_len=100)
        values: dict[str, object] = {}
        for key, value in fields.items():
            if key == "module_id":
                if value != module_id:
                    raise StoreError(f"progress for {module_id!r} carries module_id {value!r:.80}")
            elif key in _PROGRESS_TEXT:
                check_text(value, what=key, max_len=50)
                values[key] = str(value)
            elif key in _PROGRESS_INTS:
                check_int(value, what=key, minimum=0, optional=False)
                values[key] = value
            elif key in _PROGRESS_TIMES:
                values[key] = to_iso(cast(datetime | None, value))
            else:
                raise StoreError(f"unknown progress field {key!r:.60}")
        where = ""
        if basis is not None:
            check_int(basis, what="basis", minimum=0, optional=False)
            values["basis"] = basis
            where = " WHERE excluded.basis >= progress_cache.basis"
        names = list(values)
        columns = ", ".join(["owner", "module_id", *names])
        placeholders = ", ".join("?" * (2 + len(names)))
        update = ", ".join(f"{n} = excluded.{n}" for n in names)
        conflict = f"DO UPDATE SET {update}{where}" if names else "DO NOTHING"
        with self._write() as conn:
            cursor = conn.execute(
                f"INSERT INTO progress_cache ({columns}) VALUES ({placeholders}) "
                f"ON CONFLICT (owner, module_id) {conflict}",
                (owner, module_id, *values.values()),
            )
            return cursor.rowcount > 0

    def get_progress(self, owner: str) -> dict[str, ProgressRow]:
        rows = self._all(
            f"SELECT module_id, {', '.join(_PROGRESS_FIELDS)} FROM progress_cache WHERE owner = ?",
            (owner,),
        )
        result: dict[str, ProgressRow] = {}
        for r in rows:
            fields: dict[str, Any] = dict(zip(_PROGRESS_FIELDS, r[1:], strict=True))
            for name in _PROGRESS_TIMES:
                fields[name] = from_iso(fields[name])
            result[r[0]] = ProgressRow(module_id=r[0], **fields)
        return result

    # ------------------------------------------------------------------ settings

    def get_setting(self, key: str, default: JSONValue = None) -> JSONValue:
        row = self._one("SELECT value FROM kv WHERE key = ?", (key,))
        return default if row is None else loads(row[0])

    def set_setting(self, key: str, value: JSONValue, *, durable: bool = False) -> None:
        """Store a JSON value (window geometry, server address, ...) under ``key``.

        ``durable=True`` commits with ``synchronous=FULL``, which in WAL mode makes this and
        every earlier commit (all recorded events) survive a power cut once it returns.
        """
        check_text(key, what="setting key")
        text = dumps(value, what=f"setting {key!r:.60}")
        with self._write(durable=durable) as conn:
            conn.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    # ------------------------------------------------------------------ reports

    def begin_report(self, owner: str, kind: str) -> int:
        """Start a new snapshot of report ``kind``: the generation to write its rows under.

        The shown snapshot stays as it is until ``commit_report``; rows of an earlier
        snapshot that was never committed (a fetch that failed half-way) are dropped here.
        """
        _check_report_kind(kind)
        with self._write() as conn:
            row = conn.execute(
                "SELECT generation FROM report_meta WHERE owner = ? AND kind = ?", (owner, kind)
            ).fetchone()
            current = int(row[0]) if row is not None else 0
            conn.execute(
                "DELETE FROM report_rows WHERE owner = ? AND kind = ? AND generation != ?",
                (owner, kind, current),
            )
            return current + 1

    def add_report_rows(
        self,
        owner: str,
        kind: str,
        *,
        generation: int,
        start: int,
        rows: Sequence[Mapping[str, JSONValue]],
    ) -> int:
        """Append ``rows`` (JSON objects) to a snapshot begun by ``begin_report``, numbered
        from ``start``; returns the next number. One transaction per call."""
        _check_report_kind(kind)
        values = []
        for i, row in enumerate(rows):
            text = dumps(dict(row), what=f"{kind} report row")
            if len(text.encode()) > MAX_REPORT_ROW_BYTES:
                raise StoreError(
                    f"{kind} report row {start + i} has {len(text.encode())} bytes "
                    f"(at most {MAX_REPORT_ROW_BYTES})"
                )
            values.append((owner, kind, generation, start + i, text))
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO report_rows (owner, kind, generation, ordinal, data) "
                "VALUES (?, ?, ?, ?, ?)",
                values,
            )
        return start + len(values)

    def commit_report(
        self,
        owner: str,
        kind: str,
        *,
        generation: int,
        as_of: datetime,
        facets: Mapping[str, JSONValue] | None = None,
    ) -> ReportMeta:
        """Show the snapshot ``generation`` from now on and drop the one shown before; one
        transaction, so a reader sees either the old snapshot or the new one whole."""
        _check_report_kind(kind)
        fetched = utcnow()
        facets_text = dumps(dict(facets or {}), what=f"{kind} report facets")
        with self._write() as conn:
            count = conn.execute(
                "SELECT count(*) FROM report_rows WHERE owner = ? AND kind = ? AND generation = ?",
                (owner, kind, generation),
            ).fetchone()[0]
            conn.execute(
                "DELETE FROM report_rows WHERE owner = ? AND kind = ? AND generation != ?",
                (owner, kind, generation),
            )
            conn.execute(
                "INSERT INTO report_meta (owner, kind, generation, as_of, fetched_at, row_count, "
                "facets) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner, kind) DO UPDATE SET "
                "generation = excluded.generation, as_of = excluded.as_of, "
                "fetched_at = excluded.fetched_at, row_count = excluded.row_count, "
                "facets = excluded.facets",
                (owner, kind, generation, to_iso(as_of), to_iso(fetched), count, facets_text),
            )
        return ReportMeta(
            kind=kind,
            as_of=naive_utc(as_of),
            fetched_at=fetched,
            row_count=int(count),
            facets=dict(facets or {}),
        )

    def save_report(
        self,
        owner: str,
        kind: str,
        *,
        as_of: datetime,
        rows: Iterable[Mapping[str, JSONValue]],
        facets: Mapping[str, JSONValue] | None = None,
        batch: int = 5000,
    ) -> ReportMeta:
        """Replace the snapshot of ``kind`` with ``rows`` (begin, add in batches, commit)."""
        generation = self.begin_report(owner, kind)
        start = 0
        chunk: list[Mapping[str, JSONValue]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                start = self.add_report_rows(
                    owner, kind, generation=generation, start=start, rows=chunk
                )
                chunk = []
        if chunk:
            self.add_report_rows(owner, kind, generation=generation, start=start, rows=chunk)
        return self.commit_report(owner, kind, generation=generation, as_of=as_of, facets=facets)

    def report_meta(self, owner: str) -> dict[str, ReportMeta]:
        """The snapshots kept for ``owner``, by kind (empty before the first fetch)."""
        return {
            str(r[0]): ReportMeta(
                kind=str(r[0]),
                as_of=from_iso(r[1]) or utcnow(),
                fetched_at=from_iso(r[2]) or utcnow(),
                row_count=int(r[3]),
                facets=loads(r[4]) or {},
            )
            for r in self._all(
                "SELECT kind, as_of, fetched_at, row_count, facets FROM report_meta "
                "WHERE owner = ? ORDER BY kind",
                (owner,),
            )
        }

    def report_count(self, owner: str, kind: str) -> int:
        """How many rows the shown snapshot of ``kind`` has (0 before the first fetch); reads
        no facets, so it is cheap."""
        row = self._one(
            "SELECT row_count FROM report_meta WHERE owner = ? AND kind = ?", (owner, kind)
        )
        return int(row[0]) if row is not None else 0

    def report_ordinals(self, owner: str, kind: str, where: ReportFilter) -> list[int]:
        """The numbers of the shown snapshot's rows that ``where`` keeps, in its order."""
        _check_report_kind(kind)
        clauses = ["r.owner = ?", "r.kind = ?", "r.generation = m.generation"]
        params: list[Any] = [owner, kind]
        for name, value in where.equals:
            if value is None:
                clauses.append("json_extract(r.data, ?) IS NULL")
                params.append(_json_path(name))
            else:
                clauses.append("json_extract(r.data, ?) = ?")
                params.extend((_json_path(name), value))
        for name in where.present:
            clauses.append("json_extract(r.data, ?) IS NOT NULL")
            params.append(_json_path(name))
        words = where.text.casefold().split()[:10]
        if words and where.text_fields:
            haystack = " || ' ' || ".join(
                "coalesce(json_extract(r.data, ?), '')" for _ in where.text_fields
            )
            for word in words:
                clauses.append(f"instr(lower({haystack}), ?) > 0")
                params.extend(_json_path(f) for f in where.text_fields)
                params.append(word)
        order: list[str] = []
        for name, descending in where.order:
            # Nulls last either way: a blank due date or team sorts after the others.
            order.append("json_extract(r.data, ?) IS NULL, json_extract(r.data, ?)")
            order[-1] += " DESC" if descending else ""
            params.extend((_json_path(name), _json_path(name)))
        order.append("r.ordinal")
        sql = (
            "SELECT r.ordinal FROM report_rows r JOIN report_meta m "
            "ON m.owner = r.owner AND m.kind = r.kind WHERE "
            + " AND ".join(clauses)
            + " ORDER BY "
            + ", ".join(order)
        )
        return [int(r[0]) for r in self._all(sql, params)]

    def report_rows(
        self, owner: str, kind: str, ordinals: Sequence[int]
    ) -> list[dict[str, JSONValue]]:
        """The rows with these numbers (at most ``MAX_REPORT_READ``), in the order asked."""
        _check_report_kind(kind)
        if len(ordinals) > MAX_REPORT_READ:
            raise StoreError(
                f"{len(ordinals)} report rows asked at once (at most {MAX_REPORT_READ})"
            )
        if not ordinals:
            return []
        wanted = list(ordinals)
        lo, hi = min(wanted), max(wanted)
        with self._read() as conn:
            gen = conn.execute(
                "SELECT generation FROM report_meta WHERE owner = ? AND kind = ?", (owner, kind)
            ).fetchone()
            if gen is None:
                return []
            if hi - lo < 4 * len(wanted):
                found = conn.execute(
                    "SELECT ordinal, data FROM report_rows WHERE owner = ? AND kind = ? "
                    "AND generation = ? AND ordinal BETWEEN ? AND ?",
                    (owner, kind, gen[0], lo, hi),
                ).fetchall()
            else:
                found = conn.execute(
                    "SELECT ordinal, data FROM report_rows WHERE owner = ? AND kind = ? "
                    "AND generation = ? AND ordinal IN (SELECT value FROM json_each(?))",
                    (owner, kind, gen[0], dumps(wanted)),
                ).fetchall()
        by_number = {int(n): text for n, text in found}
        return [loads(by_number[n]) for n in wanted if n in by_number]

    # ------------------------------------------------------------------ media cache index

    def media_put(
        self,
        *,
        sha256: str,
        url: str,
        size: int | None,
        path: Path | str | None = None,
        state: MediaState = "missing",
        bytes_done: int = 0,
    ) -> MediaRecord:
        """Add or update the cache entry of one media file (keyed by content hash)."""
        digest = check_sha256(sha256)
        check_text(url, what="url", max_len=2000)
        check_int(size, what="size", minimum=0)
        check_int(bytes_done, what="bytes_done", minimum=0, optional=False)
        if state not in MEDIA_STATES:
            raise StoreError(
                f"media state must be one of {sorted(MEDIA_STATES)}, got {state!r:.20}"
            )
        if size is not None and bytes_done > size:
            raise StoreError(f"bytes_done {bytes_done} exceeds size {size}")
        if state == "complete" and size is not None and bytes_done != size:
            raise StoreError(
                f"complete media must have bytes_done == size ({bytes_done} != {size})"
            )
        now = to_iso(utcnow())
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO media ({MEDIA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (sha256) DO UPDATE SET url = excluded.url, size = excluded.size, "
                "path = excluded.path, state = excluded.state, "
                "bytes_done = excluded.bytes_done, updated_at = excluded.updated_at",
                (digest, url, size, None if path is None else str(path), state, bytes_done, now),
            )
            row = conn.execute(
                f"SELECT {MEDIA_COLUMNS} FROM media WHERE sha256 = ?", (digest,)
            ).fetchone()
        return media_from_row(row)

    def media_get(self, sha256: str) -> MediaRecord | None:
        digest = check_sha256(sha256)
        row = self._one(f"SELECT {MEDIA_COLUMNS} FROM media WHERE sha256 = ?", (digest,))
        return None if row is None else media_from_row(row)

    def media_list(self) -> list[MediaRecord]:
        """Every cache entry, least recently updated first (eviction order)."""
        rows = self._all(f"SELECT {MEDIA_COLUMNS} FROM media ORDER BY updated_at, sha256")
        return [media_from_row(r) for r in rows]

    def media_total_bytes(self) -> int:
        """Bytes the media cache holds on disk (the sum of ``bytes_done``)."""
        with self._guard():
            return int(
                self._conn().execute("SELECT coalesce(sum(bytes_done), 0) FROM media").fetchone()[0]
            )

    def media_delete(self, sha256: str) -> bool:
        """Drop an entry (after its file was deleted); ``False`` if there was none."""
        digest = check_sha256(sha256)
        with self._write() as conn:
            return conn.execute("DELETE FROM media WHERE sha256 = ?", (digest,)).rowcount > 0

    # ------------------------------------------------------------------ kiosk

    def enrol_kiosk(
        self,
        kiosk: KioskRecord,
        *,
        key: bytes | None = None,
        rewrap: Callable[[str, str, str, str], str | None] | None = None,
    ) -> None:
        """Make this device a kiosk, replacing an earlier enrolment (durable on return).

        Roster students already on the device sync with the new credential from now on.
        ``kiosk.device_id`` (issued by the server) becomes this store's device id; ``key``
        (the kiosk's private key) goes to the OS keyring, else to a private file outside
        the data folder (``_secrets.secrets_dir``), never into the store. ``rewrap(owner,
        session_id, device_id, proof_box)`` seals each kept sitting proof again for the new
        key (``None``: drop it), in the same transaction.
        """
        if not isinstance(kiosk, KioskRecord):
            raise StoreError(f"kiosk must be a KioskRecord, got {type(kiosk).__name__}")
        check_int(kiosk.kiosk_id, what="kiosk_id", optional=False)
        check_int(kiosk.team_id, what="team_id")
        for name in ("name", "university_id", "server_url", "token", "exit_pin_hash"):
            check_text(getattr(kiosk, name), what=name, max_len=2000)
        for name in ("university_name", "team_name", "device_id"):
            check_text(getattr(kiosk, name), what=name, max_len=2000, optional=True)
        if key is not None and (not isinstance(key, bytes) or len(key) != 32):
            raise StoreError("a kiosk key is 32 bytes")
        with self._write(durable=True) as conn:
            if key is not None:
                self._keep_kiosk_key(conn, key)
            if rewrap is not None:
                kept = conn.execute(
                    "SELECT owner, session_id, device_id, proof_box FROM kiosk_proofs"
                ).fetchall()
                for owner, session_id, device_id, box in kept:
                    again = rewrap(owner, session_id, device_id, box)
                    where = " WHERE owner = ? AND session_id = ? AND device_id = ?"
                    if again is None:
                        conn.execute(
                            "DELETE FROM kiosk_proofs" + where, (owner, session_id, device_id)
                        )
                    else:
                        conn.execute(
                            "UPDATE kiosk_proofs SET proof_box = ?" + where,
                            (again, owner, session_id, device_id),
                        )
            if kiosk.device_id is not None:
                conn.execute(
                    "UPDATE device SET device_id = ? WHERE singleton = 1", (kiosk.device_id,)
                )
            token = self._stash_token(conn, "kiosk", kiosk.token)
            conn.execute(
                "INSERT OR REPLACE INTO kiosk (singleton, kiosk_id, name, university_id, "
                "university_name, team_id, team_name, server_url, token, exit_pin_hash, "
                "enrolled_at, roster_synced_at, revoked_at) "
                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kiosk.kiosk_id,
                    kiosk.name,
                    kiosk.university_id,
                    kiosk.university_name,
                    kiosk.team_id,
                    kiosk.team_name,
                    kiosk.server_url,
                    token,
                    kiosk.exit_pin_hash,
                    to_iso(naive_utc(kiosk.enrolled_at)),
                    to_iso(kiosk.roster_synced_at),
                    to_iso(kiosk.revoked_at),
                ),
            )
            conn.execute(
                "UPDATE users SET token = ?, server_url = ? "
                "WHERE user_id IN (SELECT student_id FROM roster)",
                (token, kiosk.server_url),
            )
            # What the old kiosk key sealed cannot be opened any more: fetched again.
            conn.execute("UPDATE roster SET pin_box = NULL")
        if kiosk.device_id is not None:
            self._device_id = kiosk.device_id

    def _keep_kiosk_key(self, conn: sqlite3.Connection, key: bytes) -> None:
        ref = self._secrets_ref(conn)
        text = base64.b64encode(key).decode()
        path = _secrets.secrets_dir() / f"{ref}.kiosk-key"
        if self._keyring.set(f"{ref}/kiosk-key", text):
            path.unlink(missing_ok=True)
            return
        try:
            _secrets.make_private_dir(path.parent)
            _secrets.write_private(path, text)
        except OSError as exc:
            raise StoreError(f"cannot keep the kiosk's key in {path}: {one_line(exc)}") from exc

    def kiosk_key(self) -> bytes | None:
        """This kiosk's private key, from the keyring or its private file; ``None`` when it
        is not on this machine (the data folder was copied here): enrol again."""
        ref = self.get_setting("secrets.ref")
        if not isinstance(ref, str):
            return None
        text = self._keyring.get(f"{ref}/kiosk-key")
        if text is None:
            try:
                text = (_secrets.secrets_dir() / f"{ref}.kiosk-key").read_text().strip()
            except OSError:
                return None
        try:
            key = base64.b64decode(text, validate=True)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def save_session_proof(
        self, *, owner: str, session_id: str, device_id: str, proof_box: str
    ) -> None:
        """Keep (sealed) the PIN proof of a student's sitting until its events are synced."""
        check_text(owner, what="owner")
        check_text(session_id, what="session_id")
        check_text(device_id, what="device_id")
        check_text(proof_box, what="proof_box", max_len=2000)
        with self._write(durable=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO kiosk_proofs "
                "(owner, session_id, device_id, proof_box, created_at) VALUES (?, ?, ?, ?, ?)",
                (owner, session_id, device_id, proof_box, to_iso(utcnow())),
            )

    def session_proofs(self, owner: str) -> list[tuple[str, str, str]]:
        """(session id, device id, sealed proof) of the owner's sittings that still have
        unsynced events; the others are deleted. A sitting's events are matched by owner and
        session: a copied store numbers its events again under a new device id, and the
        proof still names the device the PIN was typed on."""
        with self._write() as conn:
            conn.execute(
                "DELETE FROM kiosk_proofs WHERE owner = ? AND NOT EXISTS (SELECT 1 FROM outbox o "
                "JOIN events e ON e.uuid = o.uuid WHERE o.owner = kiosk_proofs.owner "
                "AND e.session_id = kiosk_proofs.session_id) "
                "AND created_at < ?",
                (owner, to_iso(utcnow() - _PROOF_KEPT)),
            )
            rows = conn.execute(
                "SELECT session_id, device_id, proof_box FROM kiosk_proofs WHERE owner = ? "
                "AND EXISTS (SELECT 1 FROM outbox o JOIN events e ON e.uuid = o.uuid "
                "WHERE o.owner = kiosk_proofs.owner AND e.session_id = kiosk_proofs.session_id) "
                "ORDER BY created_at, session_id",
                (owner,),
            ).fetchall()
        return [(str(a), str(b), str(c)) for a, b, c in rows]

    def kiosk(self) -> KioskRecord | None:
        """This device's kiosk enrolment (``None``: not a kiosk)."""
        row = self._one(
            "SELECT kiosk_id, name, university_id, server_url, token, exit_pin_hash, "
            "enrolled_at, university_name, team_id, team_name, roster_synced_at, revoked_at "
            "FROM kiosk WHERE singleton = 1"
        )
        if row is None:
            return None
        return KioskRecord(
            kiosk_id=row[0],
            name=row[1],
            university_id=row[2],
            server_url=row[3],
            token=self._token(row[4]) or "",
            exit_pin_hash=row[5],
            enrolled_at=datetime.fromisoformat(row[6]),
            university_name=row[7],
            team_id=row[8],
            team_name=row[9],
            roster_synced_at=from_iso(row[10]),
            revoked_at=from_iso(row[11]),
        )

    def set_kiosk_revoked(self, at: datetime | None) -> None:
        """Remember that the server refused the kiosk's credential (``None``: it accepts it)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE kiosk SET revoked_at = ? WHERE singleton = 1",
                (to_iso(naive_utc(at)) if at is not None else None,),
            )

    def replace_roster(
        self, students: Sequence[RosterStudent], *, synced_at: datetime
    ) -> RosterChange:
        """Make the roster exactly ``students`` (the server sends the whole roster), in ONE
        transaction.

        Every roster student becomes a user of this device who syncs with the kiosk's
        credential. A student who left the roster can no longer sign in here; their mirror
        is deleted, unless they still have unsynced work, which stays (and keeps syncing:
        the server says why it refuses it, and the reason stays visible on the device).
        """
        seen: set[str] = set()
        for st in students:
            if not isinstance(st, RosterStudent):
                raise StoreError(f"roster entries must be RosterStudent, got {type(st).__name__}")
            check_text(st.student_id, what="student_id")
            check_text(st.name, what="student name", max_len=2000)
            check_int(st.team_id, what="team_id")
            check_text(st.team_name, what="team name", max_len=2000, optional=True)
            check_text(st.pin_box, what="pin_box", max_len=2000, optional=True)
            if st.student_id in seen:
                raise StoreError(f"student {st.student_id!r:.80} is twice in the roster")
            seen.add(st.student_id)
        now = to_iso(utcnow())
        added: list[str] = []
        removed: list[str] = []
        kept: list[str] = []
        with self._write() as conn:
            kiosk = conn.execute(
                "SELECT university_id, server_url, token FROM kiosk WHERE singleton = 1"
            ).fetchone()
            if kiosk is None:
                raise StoreError("this device is not enrolled as a kiosk")
            university_id, server_url, token = kiosk
            before = {r[0] for r in conn.execute("SELECT student_id FROM roster")}
            for st in students:
                if st.student_id not in before:
                    added.append(st.student_id)
                conn.execute(
                    "INSERT INTO roster (student_id, name, team_id, team_name, pin_box, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (student_id) DO UPDATE "
                    "SET name = excluded.name, team_id = excluded.team_id, "
                    "team_name = excluded.team_name, pin_box = excluded.pin_box, "
                    "updated_at = excluded.updated_at",
                    (st.student_id, st.name, st.team_id, st.team_name, st.pin_box, now),
                )
                conn.execute(
                    "INSERT INTO users (user_id, role, display_name, university_id, server_url, "
                    "token, created_at, updated_at) VALUES (?, 'student', ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (user_id) DO UPDATE SET role = 'student', "
                    "display_name = excluded.display_name, "
                    "university_id = excluded.university_id, token = excluded.token, "
                    "sync_cursor = CASE WHEN users.server_url = excluded.server_url "
                    "THEN users.sync_cursor END, "
                    "server_url = excluded.server_url, updated_at = excluded.updated_at",
                    (st.student_id, st.name, university_id, server_url, token, now, now),
                )
            for gone in sorted(before - seen):
                conn.execute("DELETE FROM roster WHERE student_id = ?", (gone,))
                conn.execute("DELETE FROM pin_attempts WHERE student_id = ?", (gone,))
                unsynced = conn.execute(
                    "SELECT count(*) FROM outbox WHERE owner = ?", (gone,)
                ).fetchone()[0]
                if unsynced:
                    kept.append(gone)
                    continue
                for table in _OWNED_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE owner = ?", (gone,))
                conn.execute("DELETE FROM users WHERE user_id = ?", (gone,))
                removed.append(gone)
            conn.execute(
                "UPDATE device SET current_user_id = NULL WHERE singleton = 1 "
                "AND current_user_id NOT IN (SELECT student_id FROM roster)"
            )
            conn.execute(
                "UPDATE kiosk SET roster_synced_at = ?, revoked_at = NULL WHERE singleton = 1",
                (to_iso(naive_utc(synced_at)),),
            )
        return RosterChange(added=tuple(added), removed=tuple(removed), kept=tuple(kept))

    def roster(self) -> list[RosterStudent]:
        """The students who may sign in on this kiosk, by name."""
        rows = self._all(
            "SELECT student_id, name, team_id, team_name, pin_box FROM roster "
            "ORDER BY name COLLATE NOCASE, student_id"
        )
        return [RosterStudent(*r) for r in rows]

    def roster_student(self, student_id: str) -> RosterStudent | None:
        row = self._one(
            "SELECT student_id, name, team_id, team_name, pin_box FROM roster WHERE student_id = ?",
            (student_id,),
        )
        return None if row is None else RosterStudent(*row)

    def pin_attempts(self, student_id: str) -> PinAttempts:
        row = self._one(
            "SELECT failures, lockouts, locked_until FROM pin_attempts WHERE student_id = ?",
            (student_id,),
        )
        if row is None:
            return PinAttempts(student_id=student_id)
        return PinAttempts(student_id, row[0], row[1], from_iso(row[2]))

    def exit_pin_attempts(self) -> PinAttempts:
        """Wrong staff exit PINs on this kiosk (``student_id`` is ``EXIT_PIN_KEY``)."""
        row = self._one(
            "SELECT exit_failures, exit_lockouts, exit_locked_until FROM kiosk WHERE singleton = 1"
        )
        if row is None:
            return PinAttempts(EXIT_PIN_KEY)
        return PinAttempts(EXIT_PIN_KEY, row[0], row[1], from_iso(row[2]))

    def save_exit_pin_attempts(self, attempts: PinAttempts) -> None:
        """Store the staff exit PIN's wrong-PIN count and lockout; durable, like a student's."""
        check_int(attempts.failures, what="failures", minimum=0, optional=False)
        check_int(attempts.lockouts, what="lockouts", minimum=0, optional=False)
        locked = to_iso(naive_utc(attempts.locked_until)) if attempts.locked_until else None
        with self._write(durable=True) as conn:
            updated = conn.execute(
                "UPDATE kiosk SET exit_failures = ?, exit_lockouts = ?, exit_locked_until = ? "
                "WHERE singleton = 1",
                (attempts.failures, attempts.lockouts, locked),
            ).rowcount
            if not updated:
                raise StoreError("this device is not enrolled as a kiosk")

    def save_pin_attempts(self, attempts: PinAttempts) -> None:
        """Store a student's wrong-PIN count and lockout; durable, so that killing the app
        does not lift a lockout."""
        check_text(attempts.student_id, what="student_id")
        check_int(attempts.failures, what="failures", minimum=0, optional=False)
        check_int(attempts.lockouts, what="lockouts", minimum=0, optional=False)
        locked = to_iso(naive_utc(attempts.locked_until)) if attempts.locked_until else None
        with self._write(durable=True) as conn:
            conn.execute(
                "INSERT INTO pin_attempts (student_id, failures, lockouts, locked_until) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (student_id) DO UPDATE SET "
                "failures = excluded.failures, lockouts = excluded.lockouts, "
                "locked_until = excluded.locked_until",
                (attempts.student_id, attempts.failures, attempts.lockouts, locked),
            )


# ---------------------------------------------------------------------- helpers


def _check_report_kind(kind: str) -> None:
    if not isinstance(kind, str) or not _REPORT_KIND.fullmatch(kind):
        raise StoreError(f"not a report kind: {kind!r:.60}")


def _json_path(name: str) -> str:
    if not isinstance(name, str) or not _REPORT_FIELD.fullmatch(name):
        raise StoreError(f"not a report field: {name!r:.60}")
    return f"$.{name}"


def _unique_file(path: Path) -> Path:
    candidate, n = path, 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _user_missing(conn: sqlite3.Connection, user_id: str) -> bool:
    return conn.execute("SELECT 1 FROM users WHERE user_id = ?", (user_id,)).fetchone() is None


def _event_state(conn: sqlite3.Connection, uid: str) -> str:
    row = conn.execute(
        "SELECT coalesce(o.state, 'synced') FROM events e LEFT JOIN outbox o "
        "ON o.owner = e.owner AND o.device_seq = e.device_seq AND o.uuid = e.uuid "
        "WHERE e.uuid = ?",
        (uid,),
    ).fetchone()
    if row is None:
        raise StoreError(f"unknown event {uid}")
    return str(row[0])


def _event_values(e: EventRecord) -> tuple[Any, ...]:
    """The ``events`` columns of ``e`` (its state goes to the outbox)."""
    row = event_to_row(e)
    return tuple(v for c, v in zip(EVENT_COLUMNS, row, strict=True) if c not in _STATE_COLUMNS)


def _put_rows(conn: sqlite3.Connection, table: str, found: _recovery.TableRows) -> int:
    """Write rows read back from a damaged store (``INSERT OR REPLACE``, the columns both
    schemas have); a row the new store refuses (a constraint) is skipped. Returns how many
    were written."""
    present = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
    keep = [i for i, c in enumerate(found.columns) if c in present]
    if not keep:
        return 0
    names = ", ".join(found.columns[i] for i in keep)
    sql = f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({', '.join('?' * len(keep))})"
    written = 0
    for row in found.rows:
        conn.execute("SAVEPOINT rescued_row")
        try:
            conn.execute(sql, [row[i] for i in keep])
        except sqlite3.Error:
            conn.execute("ROLLBACK TO rescued_row")
        else:
            written += 1
        conn.execute("RELEASE rescued_row")
    return written


def _insert_events(conn: sqlite3.Connection, events: Iterable[EventRecord]) -> int:
    """Insert events not already present, the unsynced ones into the outbox too; return how
    many were new."""
    added = 0
    for e in events:
        if conn.execute(_EVENT_INSERT_IGNORE, _event_values(e)).rowcount:
            added += 1
            if e.state != "synced":
                conn.execute(
                    _OUTBOX_INSERT, (e.owner, e.device_seq, e.uuid, e.state, e.reject_reason)
                )
    return added
