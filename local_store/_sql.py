"""SQL and row helpers the store's parts share: the events and outbox tables, a
user's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, Final

from ._codec import EVENT_COLUMNS, event_to_row
from .records import EventRecord

# ``events`` is the append-only log of every event (only ``server_ts`` ever changes);
# ``outbox`` holds the local ones not yet acknowledged, with their state: an event is
# ``synced`` exactly when it has no outbox row.
STATE_COLUMNS: Final = ("state", "reject_reason")

_EVENT_TABLE_COLUMNS: Final = tuple(c for c in EVENT_COLUMNS if c not in STATE_COLUMNS)

_EVENT_FIELDS: Final = ", ".join(
    "coalesce(o.state, 'synced')"
    if c == "state"
    else "o.reject_reason"
    if c == "reject_reason"
    else f"e.{c}"
    for c in EVENT_COLUMNS
)

# Every event, with its state (selected as EVENT_COLUMNS).
EVENT_SELECT: Final = (
    f"SELECT {_EVENT_FIELDS} FROM events e LEFT JOIN outbox o "
    "ON o.owner = e.owner AND o.device_seq = e.device_seq AND o.uuid = e.uuid"
)

# The unsynced events (pending, sent, rejected), read from the outbox.
UNSYNCED_SELECT: Final = f"SELECT {_EVENT_FIELDS} FROM outbox o JOIN events e ON e.uuid = o.uuid"

EVENT_INSERT: Final = (
    f"INSERT INTO events ({', '.join(_EVENT_TABLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_EVENT_TABLE_COLUMNS))})"
)

EVENT_INSERT_IGNORE: Final = EVENT_INSERT.replace("INSERT INTO", "INSERT OR IGNORE INTO", 1)

OUTBOX_INSERT: Final = (
    "INSERT INTO outbox (owner, device_seq, uuid, state, reject_reason) VALUES (?, ?, ?, ?, ?)"
)

# The outbox row of the event with this uuid.
OUTBOX_KEY: Final = (
    "(owner, device_seq, uuid) = (SELECT owner, device_seq, uuid FROM events WHERE uuid = ?)"
)

# A user's rows, deleted when the user leaves the device.
OWNED_TABLES: Final = (
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


def user_missing(conn: sqlite3.Connection, user_id: str) -> bool:
    return conn.execute("SELECT 1 FROM users WHERE user_id = ?", (user_id,)).fetchone() is None


def event_values(e: EventRecord) -> tuple[Any, ...]:
    """The ``events`` columns of ``e`` (its state goes to the outbox)."""
    row = event_to_row(e)
    return tuple(v for c, v in zip(EVENT_COLUMNS, row, strict=True) if c not in STATE_COLUMNS)


def insert_events(conn: sqlite3.Connection, events: Iterable[EventRecord]) -> int:
    """Insert events not already present, the unsynced ones into the outbox too; return how
    many were new."""
    added = 0
    for e in events:
        if conn.execute(EVENT_INSERT_IGNORE, event_values(e)).rowcount:
            added += 1
            if e.state != "synced":
                conn.execute(
                    OUTBOX_INSERT, (e.owner, e.device_seq, e.uuid, e.state, e.reject_reason)
                )
    return added
