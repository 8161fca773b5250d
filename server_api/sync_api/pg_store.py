"""Storing a push's events on PostgreSQL: one binary COPY, stamped with the push's change
sequence (its transaction id: no lock to wait for). ``server_api.sync_api.push`` calls this;
imported only where the database is PostgreSQL, so an install without psycopg still serves
SQLite."""

from __future__ import annotations

import io
from typing import Any

import psycopg
from psycopg.copy import Copy, FileWriter
from pydantic_core import to_json
from sqlalchemy.orm import Session

from server_api.changes import next_seq

__all__ = ["store_rows"]

Row = tuple[Any, ...]

# On PostgreSQL a batch is written with binary COPYs (no SQL text to parse, no per-row
# conflict check): its uuids into ``event_ids``, whose primary key makes a push exactly-once
# (the events table is partitioned and cannot keep them unique itself), then its rows straight
# into ``module_analytics_events``. Pushes of new events, nearly all of them, cost about what a
# plain COPY of the rows costs. A batch holding a uuid that is stored already (a retry after a
# lost answer, the same batch through two servers) fails the first COPY on the primary key; it
# is rolled back to a savepoint, the new uuids are found by one INSERT ... ON CONFLICT DO
# NOTHING RETURNING, and only their rows are copied.
_COPY_IDS = "COPY event_ids (event_uuid) FROM STDIN (FORMAT BINARY)"
_COPY = "COPY module_analytics_events ({}, change_seq) FROM STDIN (FORMAT BINARY)"
_NEW_IDS = (
    "INSERT INTO event_ids (event_uuid) SELECT unnest(%b::varchar[]) "
    "ON CONFLICT (event_uuid) DO NOTHING RETURNING event_uuid"
)
# The types of the columns in the order of ``push._COLUMNS``, then change_seq; event_data
# travels as text: json's binary form is its text.
_TYPES = (
    "varchar", "int4", "varchar", "varchar", "text", "int4", "varchar", "varchar", "varchar",
    "int8", "timestamp", "timestamp", "timestamp", "varchar", "int4", "int8",
)  # fmt: skip


def store_rows(session: Session, rows: list[Row], *, columns: tuple[str, ...]) -> set[str]:
    """Insert what is new of these rows (values in ``columns`` order, ``change_seq`` added
    from ``next_seq``); return the uuids this transaction stored."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    seq = next_seq(session)
    uuids = [r[0] for r in rows]
    with raw.cursor() as cur:
        cur.execute("SAVEPOINT push_ids")
        try:
            with cur.copy(_COPY_IDS) as copy:
                copy.set_types(("varchar",))
                for uuid in uuids:
                    copy.write_row((uuid,))
        except psycopg.errors.UniqueViolation:
            cur.execute("ROLLBACK TO SAVEPOINT push_ids")
            cur.execute(_NEW_IDS, (uuids,))
            fresh = {r[0] for r in cur.fetchall()}
            rows = [r for r in rows if r[0] in fresh]
        else:
            cur.execute("RELEASE SAVEPOINT push_ids")
        if rows:
            data = _copy_data(raw, rows, seq)
            with cur.copy(_COPY.format(", ".join(columns))) as copy:
                copy.write(data)
    return {r[0] for r in rows}


def _copy_data(conn: psycopg.Connection[Any], rows: list[Row], seq: int) -> bytes:
    """The rows, with this change_seq, in COPY's binary format (made here, not sent: the
    cursor only lends its type adapters)."""
    out = io.BytesIO()
    with conn.cursor() as cur, Copy(cur, binary=True, writer=FileWriter(out)) as copy:
        copy.set_types(_TYPES)
        write = copy.write_row
        for r in rows:
            data = r[4]
            if data is None:
                write((*r, seq))
            else:  # compact JSON text, as pydantic-core writes it
                write((*r[:4], to_json(data).decode(), *r[5:], seq))
    return out.getvalue()
