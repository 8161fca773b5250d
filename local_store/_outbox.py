"""Events and the outbox: recording, the uploader's reads, acknowledgements,
rejections, export and import."""

from __future__ import annotations

import json
import sqlite3
import uuid as uuid_mod
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from ._codec import (
    EVENT_COLUMNS,
    check_event_fields,
    check_int,
    dumps,
    event_from_row,
    loads,
    naive_utc,
    normalize_uuid,
    one_line,
    read_jsonl,
    to_iso,
    utcnow,
    write_jsonl_atomic,
)
from ._connection import Connection
from ._errors import StoreError
from ._rows import with_state
from ._sql import (
    EVENT_INSERT,
    EVENT_SELECT,
    OUTBOX_INSERT,
    OUTBOX_KEY,
    UNSYNCED_SELECT,
    insert_events,
)
from .records import (
    DURABLE_EVENT_TYPES,
    MAX_EVENT_DATA_BYTES,
    DeviceType,
    EventRecord,
    FoldRow,
    JSONValue,
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
RECORDED_COLUMNS: Final = EVENT_COLUMNS[: EVENT_COLUMNS.index("origin")]

# An uploader's read of the outbox: one owner's, in send order, after a (device_seq, uuid)
# key; each event as text made by SQLite. In the JSON object each key is a parameter;
# event_data is stored as JSON text already.
_PENDING: Final = (
    "SELECT e.uuid, e.module_id, e.device_seq, {} FROM outbox o JOIN events e ON e.uuid = o.uuid "
    f"WHERE o.owner = ? AND {_TO_SEND} AND (o.device_seq, o.uuid) > (?, ?) "
    "ORDER BY o.device_seq, o.uuid LIMIT ?"
)

PENDING_JSON: Final = _PENDING.format(
    "json_object("
    + ", ".join(f"?, json(e.{c})" if c == "event_data" else f"?, e.{c}" for c in RECORDED_COLUMNS)
    + ")"
)

PENDING_ROWS: Final = _PENDING.replace("{}", "json_array({})")

# Before every (device_seq, uuid) key: device_seq is never negative.
_FIRST_KEY: Final = (-1, "")


class OutboxPart(Connection):
    """``LocalStore``'s events and outbox."""

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
                EVENT_INSERT,
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
            conn.execute(OUTBOX_INSERT, (owner, seq, uid, "pending", None))
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
        row = self._one(f"{EVENT_SELECT} WHERE e.uuid = ?", (uid,))
        return None if row is None else event_from_row(row)

    def pending_events(self, owner: str | None = None, limit: int = 500) -> list[EventRecord]:
        """Events to upload (``pending``, and ``sent`` without an answer), by ``device_seq``."""
        check_int(limit, what="limit", minimum=1, optional=False)
        sql = f"{UNSYNCED_SELECT} WHERE {_TO_SEND}"
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
        head = tuple(names.get(c, c) for c in RECORDED_COLUMNS)
        return self._pending(PENDING_JSON, head, owner, limit=limit, after=after)

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
        unknown = [c for c in columns if c not in RECORDED_COLUMNS]
        if unknown or not columns:
            raise StoreError(f"columns must be recorded event fields, got {list(columns)!r:.120}")
        values = ", ".join(f"json(e.{c})" if c == "event_data" else f"e.{c}" for c in columns)
        return self._pending(PENDING_ROWS.format(values), (), owner, limit=limit, after=after)

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
                f"UPDATE outbox SET state = 'sent' WHERE state = 'pending' AND {OUTBOX_KEY}", ids
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
                f"UPDATE outbox SET state = 'rejected', reject_reason = ? WHERE {OUTBOX_KEY}",
                (reason, uid),
            )

    def rejected_events(self, owner: str | None = None) -> list[EventRecord]:
        sql = f"{UNSYNCED_SELECT} WHERE o.state = 'rejected'"
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
                f"UPDATE outbox SET state = 'pending', reject_reason = NULL WHERE {OUTBOX_KEY}",
                (uid,),
            )

    def events_for(self, owner: str, module_id: str) -> list[EventRecord]:
        """Every event (local and remote, any state) of the owner in the module.

        Ordered by ``(timestamp, device_id, device_seq, uuid)``, the fold's order key.
        """
        rows = self._all(
            f"{EVENT_SELECT} WHERE e.owner = ? AND e.module_id = ? "
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
        sql = f"{UNSYNCED_SELECT} WHERE TRUE"
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
            return insert_events(conn, queued)


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
