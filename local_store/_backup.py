"""Online backups of the store, made with SQLite's backup API while the app runs.

A backup is a complete, self-contained copy of the database (``journal_mode=DELETE``, no
``-wal`` needed) written to ``backups/`` beside the store: a temporary file, fsynced, then
renamed to ``store-<YYYYmmdd-HHMMSSffffff>-<next_seq>.sqlite3``, where ``next_seq`` is the
device's counter at the time (how many events it had recorded). Files are 0600 in a 0700
folder: they hold what the store holds, sign-in included. Only the newest ``KEEP`` are kept.

Recovery (``_recovery``) starts a rebuilt store from the newest backup that passes the
same checks as the store itself, then adds what it could still read from the damaged file,
so a truncated or overwritten store loses at most what was recorded since that backup *and*
sits on its damaged pages.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from ._codec import fsync_dir, one_line, utcnow
from ._errors import StoreError

__all__ = ["BACKUP_FOLDER", "KEEP", "Backup", "backups", "make_backup"]

BACKUP_FOLDER: Final = "backups"
KEEP: Final = 2
_NAME: Final = re.compile(r"^store-(\d{8}-\d{12})-(\d+)\.sqlite3$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file, when it was made and the device's counter at that moment."""

    path: Path
    made_at: datetime
    next_seq: int


def _folder(store_path: Path) -> Path:
    return store_path.parent / BACKUP_FOLDER


def backups(store_path: Path) -> list[Backup]:
    """The backups of the store at ``store_path``, newest first."""
    found = []
    try:
        entries = list(_folder(store_path).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            made = datetime.strptime(match[1], "%Y%m%d-%H%M%S%f")
            found.append(Backup(entry, made, int(match[2])))
    return sorted(found, key=lambda b: (b.made_at, b.next_seq), reverse=True)


def make_backup(source: sqlite3.Connection, store_path: Path, *, next_seq: int) -> Backup:
    """Copy the database behind ``source`` (a connection of its own, no open transaction)
    into a new backup file, keep the newest ``KEEP`` and return the new one.

    In WAL mode the copy reads one snapshot while the app goes on writing (a single step of
    the backup API: it never restarts). ``StoreError`` if the copy cannot be written.
    """
    folder = _folder(store_path)
    now = utcnow()
    final = folder / f"store-{now.strftime('%Y%m%d-%H%M%S%f')}-{next_seq}.sqlite3"
    temp = folder / f".{final.name}.tmp"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        target = sqlite3.connect(temp, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal to carry
        finally:
            target.close()
        with open(temp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(temp, final)
        fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StoreError(f"cannot back up the local store to {folder}: {one_line(exc)}") from exc
    for old in backups(store_path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Backup(final, now, next_seq)
