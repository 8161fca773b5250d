"""The store's connections: one per thread, its transactions, opening the file and
migrating it."""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from . import _secrets
from ._codec import one_line
from ._errors import StoreError
from ._schema import migrate, user_version
from .records import RecoveryReport

Synchronous = Literal["NORMAL", "FULL"]


class _Holder:
    """Owns one thread's connection; weak-referenceable (``sqlite3.Connection`` is not)."""

    __slots__ = ("__weakref__", "conn")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn


class Connection:
    """The base of ``LocalStore``'s parts: the store's fields, each thread's
    connection, and the transactions every part runs its SQL in (``_write``, ``_read``)."""

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

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        with self._guard():
            return user_version(self._conn())

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
