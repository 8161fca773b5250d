"""The device: its identity and sequence counter, backups, and the rescue of a damaged
store."""

from __future__ import annotations

import sqlite3
import uuid as uuid_mod
from datetime import datetime
from pathlib import Path
from typing import Final

from . import _backup, _recovery
from ._codec import naive_utc, one_line, to_iso, utcnow
from ._connection import Connection
from ._errors import StoreError
from ._rows import with_state
from ._sql import EVENT_INSERT_IGNORE, event_values, insert_events, user_missing
from .records import IdentityChange, RecoveryReport

# A backup is due after this much use, or this many events, since the newest one.
BACKUP_EVERY_SECONDS: Final = 600.0

BACKUP_EVERY_EVENTS: Final = 500


class DevicePart(Connection):
    """``LocalStore``'s device identity, backups and recovery."""

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
                    if u is not None and not user_missing(conn, u)
                ),
                None,
            )
            conn.execute(
                "UPDATE device SET device_id = ?, next_seq = 1, current_user_id = ? "
                "WHERE singleton = 1",
                (uuid_mod.uuid4().hex, current),
            )
            conn.execute("UPDATE users SET sync_cursor = NULL")
            insert_events(conn, queued)
            for e in salvage.synced:
                conn.execute(EVENT_INSERT_IGNORE, event_values(e))
        row = self._one("SELECT device_id FROM device WHERE singleton = 1")
        self._device_id = str(row[0])


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
