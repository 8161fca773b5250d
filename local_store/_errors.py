"""The errors ``local_store`` raises.

Tree::

    StoreError                 any failure of the local store (message: one line)
    ├── StoreVersionError      the file was written by a newer app (schema too new)
    └── PendingEventsError     forget_user() refused: the user still has unsynced events

SQLite's own exceptions never leave the package: they are wrapped in ``StoreError`` with the
original chained as ``__cause__``.
"""

__all__ = ["PendingEventsError", "StoreError", "StoreVersionError"]


class StoreError(Exception):
    """Raised for invalid input, an unusable store file, or a failed SQLite operation.

    The message is a single line, suitable for a status bar or a log line.
    """


class StoreVersionError(StoreError):
    """Raised by ``LocalStore.open`` when the store's schema is newer than this app knows.

    The file is left exactly as it was; the user has to run the newer app (or a newer
    build) to use it.
    """


class PendingEventsError(StoreError):
    """Raised by ``forget_user`` when the user still has pending, sent or rejected events.

    Sync first, or call again with ``force=True`` to export those events to a file first.
    """
