"""``LocalStore``: the desktop's SQLite database (mirror, outbox, caches, settings).

The class is a facade over its parts, one module each, all on one set of connections
(``_connection.Connection``):

=================  ==================================================================
``_connection``    each thread's connection, transactions, migrating the file
``_device``        device identity and counter, backups, adopting a rescued store
``_settings``      settings (``kv``)
``_tokens``        sign-in tokens in the OS keyring
``_users``         users signed in on this device
``_mirror``        modules, sections, assignments, baselines, sync cursors
``_outbox``        events and the outbox
``_progress``      the progress cache
``_media``         the media cache's index
``_kiosk``         kiosk enrolment, roster, PIN attempts, sitting proofs
``_reports``       report snapshots
``_sql``           SQL the parts share (events, outbox, a user's tables)
=================  ==================================================================
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Final

from . import _recovery, _secrets
from ._codec import one_line
from ._connection import Synchronous
from ._device import BACKUP_EVERY_EVENTS as BACKUP_EVERY_EVENTS
from ._device import BACKUP_EVERY_SECONDS as BACKUP_EVERY_SECONDS
from ._device import DevicePart
from ._errors import StoreError
from ._kiosk import KioskPart
from ._media import MediaPart
from ._mirror import MirrorPart
from ._outbox import PENDING_JSON, PENDING_ROWS, RECORDED_COLUMNS, OutboxPart
from ._progress import ProgressPart
from ._reports import ReportsPart
from ._users import UsersPart
from .records import RecoveryReport

__all__ = ["LocalStore"]

# Also named here, where they were defined before the store was split in parts: a
# benchmark reads the backup interval, and tests/local_store/test_outbox.py the uploader's
# statements.
_RECORDED_COLUMNS: Final = RECORDED_COLUMNS
_PENDING_JSON: Final = PENDING_JSON
_PENDING_ROWS: Final = PENDING_ROWS


class LocalStore(
    DevicePart,
    UsersPart,
    MirrorPart,
    OutboxPart,
    ProgressPart,
    MediaPart,
    KioskPart,
    ReportsPart,
):
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

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
