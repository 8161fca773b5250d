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
from sqlalchemy import text
from sqlalchemy.orm import Session

from server_api.changes import next_seq

__all__ = ["store_rows"]

Row = tuple[Any, ...]

# On PostgreSQL a batch is written with one binary COPY straight into the table (no SQL text
# to parse, no per-row conflict check): pushes of new events, nearly all of them, cost what a
# plain COPY of the rows costs. A batch holding a uuid that is stored already (a retry after a
# lost answer, the same batch through two servers) fails that COPY on the unique constraint;
# it is rolled back to a savepoint and copied into a transaction-local table instead, then
# inserted by one statement that skips known uuids.
_COPY = "COPY module_analytics_events ({}, change_seq) FROM STDIN (FORMAT BINARY)"
_STAGE = """
    CREATE TEMPORARY TABLE push_in (event_uuid varchar(36), module_id integer,
        student_id varchar, event_type varchar(100), event_data text, section_number integer,
        session_id varchar(255), device_type varchar(50), device_id varchar(64),
        device_seq bigint, timestamp timestamp, client_timestamp timestamp,
        received_at timestamp, clock_flag varchar(20), time_elapsed_seconds integer,
        change_seq bigint)
    ON COMMIT DROP
    """
_STAGE_COPY = "COPY push_in ({}, change_seq) FROM STDIN (FORMAT BINARY)"
# The types of the columns in the order of ``push._COLUMNS``, then change_seq; event_data
# travels as text: json's binary form is its text.
_TYPES = (
    "varchar", "int4", "varchar", "varchar", "text", "int4", "varchar", "varchar", "varchar",
    "int8", "timestamp", "timestamp", "timestamp", "varchar", "int4", "int8",
)  # fmt: skip
_INSERT = """
    INSERT INTO module_analytics_events ({}, change_seq)
    SELECT {}, change_seq FROM push_in
    ON CONFLICT (event_uuid) DO NOTHING
    """
# Only when some row was not inserted: which ones were (this transaction's sequence).
_STORED = text(
    "SELECT e.event_uuid FROM module_analytics_events e JOIN push_in p "
    "ON e.event_uuid = p.event_uuid WHERE e.change_seq = :seq"
)


def store_rows(session: Session, rows: list[Row], *, columns: tuple[str, ...]) -> set[str]:
    """Insert what is new of these rows (values in ``columns`` order, ``change_seq`` added
    from ``next_seq``); return the uuids this transaction stored."""
    names = ", ".join(columns)
    raw = session.connection().connection.driver_connection
    assert raw is not None
    seq = next_seq(session)
    data = _copy_data(raw, rows, seq)
    with raw.cursor() as cur:
        cur.execute("SAVEPOINT push_copy")
        try:
            with cur.copy(_COPY.format(names)) as copy:
                copy.write(data)
        except psycopg.errors.UniqueViolation:
            cur.execute("ROLLBACK TO SAVEPOINT push_copy")
        else:
            cur.execute("RELEASE SAVEPOINT push_copy")
            return {r[0] for r in rows}
        cur.execute(_STAGE)
        with cur.copy(_STAGE_COPY.format(names)) as copy:
            copy.write(data)
    casts = names.replace("event_data", "CAST(event_data AS json)")
    inserted = session.execute(text(_INSERT.format(names, casts))).rowcount  # type: ignore[attr-defined]
    if inserted == len(rows):  # every known uuid was committed meanwhile
        return {r[0] for r in rows}
    return set(session.scalars(_STORED, {"seq": seq}))


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
