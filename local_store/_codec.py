"""Conversions between Python values, SQLite columns and JSON lines, and input checks.

Timestamps are stored as naive-UTC ISO 8601 text with microseconds, so that text order is
time order. JSON columns are compact ``json.dumps`` text; ``NaN``/``Infinity`` are refused
because the server (and JSON) cannot take them.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import uuid as uuid_mod
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final, cast

from sync.rules.event_fields import EVENT_ROW_FIELDS
from sync.rules.fsync import fsync_dir
from sync.rules.timeutil import utcnow

from ._errors import StoreError
from .records import (
    DEVICE_TYPES,
    EVENT_STATES,
    EVENT_WIRE_KEYS,
    EventRecord,
    EventState,
    JSONValue,
    Origin,
)

__all__ = [
    "EVENT_COLUMNS",
    "check_event_fields",
    "check_int",
    "check_text",
    "dumps",
    "event_from_json",
    "event_from_row",
    "event_to_json",
    "event_to_row",
    "fsync_dir",
    "from_iso",
    "from_iso_date",
    "loads",
    "normalize_uuid",
    "naive_utc",
    "one_line",
    "read_jsonl",
    "to_iso",
    "utcnow",
    "validate_event",
    "write_jsonl_atomic",
]

EVENT_COLUMNS: Final = (
    *({v: k for k, v in EVENT_WIRE_KEYS.items()}.get(f, f) for f in EVENT_ROW_FIELDS),
    "origin",
    "state",
    "reject_reason",
    "server_ts",
)
"""The ``events`` columns in ``EventRecord`` field order."""

_MAX_EVENT_TYPE: Final = 100
_MAX_MODULE_ID: Final = 100
_MAX_ID: Final = 255


def one_line(text: object, limit: int = 200) -> str:
    """``text`` as a single line of at most ``limit`` characters (for error messages)."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def naive_utc(value: datetime) -> datetime:
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def to_iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise StoreError(f"expected a datetime, got {type(value).__name__}: {value!r:.60}")
    return naive_utc(value).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def from_iso_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def dumps(value: JSONValue, *, what: str = "value") -> str:
    """Compact JSON text of ``value``; ``StoreError`` if it is not JSON-serialisable."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{what} is not JSON-serialisable: {one_line(exc)}") from None


def loads(text: str | None) -> JSONValue:
    return None if text is None else json.loads(text)


_HEX32 = re.compile(r"[0-9a-f]{32}")
# The identity the server gives an event row stored without a uuid (by the application FRAMES
# replaced): ``legacy-<row id>`` (``sync.rules.progress.LEGACY_UUID_PREFIX``).
_LEGACY_UUID = re.compile(r"legacy-[0-9]{1,19}")


def normalize_uuid(value: object, *, what: str = "uuid") -> str:
    """The 32-digit lowercase hex form of a uuid given as hex or hyphenated text."""
    if isinstance(value, str):
        if _HEX32.fullmatch(value):  # already canonical: the common case, and 10x cheaper
            return value
        try:
            return uuid_mod.UUID(value).hex
        except ValueError:
            pass
    raise StoreError(f"{what} must be a uuid string, got {value!r:.80}")


def check_text(value: object, *, what: str, max_len: int = _MAX_ID, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value or len(value) > max_len:
        shown = f"{len(value)} characters" if isinstance(value, str) else repr(value)[:80]
        raise StoreError(
            f"{what} must be a non-empty string of at most {max_len} characters, got {shown}"
        )


def check_int(
    value: object, *, what: str, minimum: int | None = None, optional: bool = True
) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise StoreError(
            f"{what} must be an int{' or None' if optional else ''}, got {value!r:.80}"
        )
    if minimum is not None and value < minimum:
        raise StoreError(f"{what} must be >= {minimum}, got {value}")


def check_event_fields(
    *,
    owner: object,
    module_id: object,
    event_type: object,
    section_number: object,
    session_id: object,
    device_type: object,
    time_elapsed_seconds: object,
    strict: bool = True,
) -> None:
    """Validate the caller-supplied fields of an event; ``StoreError`` names the bad one.

    ``strict=False`` (events recorded elsewhere, e.g. by the web app, and pulled from the
    server) accepts any ``device_type`` of at most 50 characters, or none.
    """
    check_text(owner, what="owner")
    check_text(module_id, what="module_id", max_len=_MAX_MODULE_ID)
    check_text(event_type, what="event_type", max_len=_MAX_EVENT_TYPE)
    check_int(section_number, what="section_number")
    check_text(session_id, what="session_id", optional=True)
    if strict:
        if device_type not in DEVICE_TYPES:
            raise StoreError(
                f"device_type must be one of {sorted(DEVICE_TYPES)}, got {device_type!r:.40}"
            )
    else:
        check_text(device_type, what="device_type", max_len=50, optional=True)
    check_int(time_elapsed_seconds, what="time_elapsed_seconds", minimum=0)


def validate_event(e: EventRecord, *, strict: bool = True) -> EventRecord:
    """Check a complete record (pulled, imported or rescued); return it with a normalized uuid."""
    check_event_fields(
        owner=e.owner,
        module_id=e.module_id,
        event_type=e.event_type,
        section_number=e.section_number,
        session_id=e.session_id,
        device_type=e.device_type,
        time_elapsed_seconds=e.time_elapsed_seconds,
        strict=strict and e.origin == "local",
    )
    check_text(e.device_id, what="device_id")
    check_int(e.device_seq, what="device_seq", minimum=0, optional=False)
    if not isinstance(e.client_ts, datetime):
        raise StoreError(f"event {e.uuid!r:.40}: client_ts must be a datetime")
    if e.server_ts is not None and not isinstance(e.server_ts, datetime):
        raise StoreError(f"event {e.uuid!r:.40}: server_ts must be a datetime or None")
    if e.state not in EVENT_STATES or e.origin not in ("local", "remote"):
        raise StoreError(
            f"event {e.uuid!r:.40}: bad state {e.state!r:.20} or origin {e.origin!r:.20}"
        )
    dumps(e.event_data, what="event_data")
    if e.origin == "remote" and isinstance(e.uuid, str) and _LEGACY_UUID.fullmatch(e.uuid):
        return e  # a row another application stored: the server's stand-in identity
    uid = normalize_uuid(e.uuid, what="event uuid")
    return e if uid == e.uuid else replace(e, uuid=uid)


def event_from_row(row: tuple[Any, ...]) -> EventRecord:
    """An ``EventRecord`` from a row selected as ``EVENT_COLUMNS``."""
    (
        uid,
        owner,
        module_id,
        event_type,
        event_data,
        section_number,
        session_id,
        device_type,
        device_id,
        device_seq,
        client_ts,
        elapsed,
        origin,
        state,
        reject_reason,
        server_ts,
    ) = row
    return EventRecord(
        uuid=uid,
        owner=owner,
        module_id=module_id,
        event_type=event_type,
        event_data=None if event_data is None else json.loads(event_data),
        section_number=section_number,
        session_id=session_id,
        device_type=device_type,
        device_id=device_id,
        device_seq=device_seq,
        client_ts=datetime.fromisoformat(client_ts),
        time_elapsed_seconds=elapsed,
        origin=origin,
        state=state,
        reject_reason=reject_reason,
        server_ts=None if server_ts is None else datetime.fromisoformat(server_ts),
    )


def event_to_row(e: EventRecord) -> tuple[Any, ...]:
    """The column values of ``e`` in ``EVENT_COLUMNS`` order (``event_data`` as JSON text)."""
    return (
        e.uuid,
        e.owner,
        e.module_id,
        e.event_type,
        None if e.event_data is None else dumps(e.event_data, what="event_data"),
        e.section_number,
        e.session_id,
        e.device_type,
        e.device_id,
        e.device_seq,
        to_iso(e.client_ts),
        e.time_elapsed_seconds,
        e.origin,
        e.state,
        e.reject_reason,
        to_iso(e.server_ts),
    )


def event_to_json(e: EventRecord) -> dict[str, JSONValue]:
    """The JSON-lines form of an event: its fields, timestamps as naive-UTC ISO text."""
    return {
        "uuid": e.uuid,
        "owner": e.owner,
        "module_id": e.module_id,
        "event_type": e.event_type,
        "event_data": e.event_data,
        "section_number": e.section_number,
        "session_id": e.session_id,
        "device_type": e.device_type,
        "device_id": e.device_id,
        "device_seq": e.device_seq,
        "client_ts": to_iso(e.client_ts),
        "time_elapsed_seconds": e.time_elapsed_seconds,
        "origin": e.origin,
        "state": e.state,
        "reject_reason": e.reject_reason,
        "server_ts": to_iso(e.server_ts),
    }


def event_from_json(obj: Mapping[str, JSONValue]) -> EventRecord:
    """Parse and validate one JSON-lines event (``StoreError`` on anything malformed)."""
    if not isinstance(obj, Mapping):
        raise StoreError(f"event line must be a JSON object, got {type(obj).__name__}")
    try:
        client_ts = obj["client_ts"]
        server_ts = obj.get("server_ts")
        record = EventRecord(
            uuid=obj["uuid"],
            owner=obj["owner"],
            module_id=obj["module_id"],
            event_type=obj["event_type"],
            event_data=obj.get("event_data"),
            section_number=obj.get("section_number"),
            session_id=obj.get("session_id"),
            device_type=obj.get("device_type"),
            device_id=obj["device_id"],
            device_seq=obj["device_seq"],
            client_ts=datetime.fromisoformat(client_ts),
            time_elapsed_seconds=obj.get("time_elapsed_seconds"),
            origin=cast(Origin, obj.get("origin", "local")),
            state=cast(EventState, obj.get("state", "pending")),
            reject_reason=obj.get("reject_reason"),
            server_ts=None if server_ts is None else datetime.fromisoformat(server_ts),
        )
    except KeyError as exc:
        raise StoreError(f"event line lacks the field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise StoreError(f"event line has a malformed field: {one_line(exc)}") from None
    return validate_event(record)


def write_jsonl_atomic(path: Path, events: Iterable[EventRecord]) -> int:
    """Write ``events`` as JSON lines to ``path`` all-or-nothing; return how many.

    The lines go to a temporary file in the same directory, which is fsynced and then
    renamed over ``path``: a reader sees the old file or the complete new one.
    """
    path = Path(path)
    count = 0
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for e in events:
                f.write(json.dumps(event_to_json(e), ensure_ascii=False, allow_nan=False))
                f.write("\n")
                count += 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)
    return count


def read_jsonl(path: Path) -> list[EventRecord]:
    """Parse a JSON-lines event file; ``StoreError`` names the first bad line."""
    events: list[EventRecord] = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                events.append(event_from_json(json.loads(line)))
            except json.JSONDecodeError as exc:
                raise StoreError(f"{path}:{number}: not JSON: {one_line(exc)}") from None
            except StoreError as exc:
                raise StoreError(f"{path}:{number}: {exc}") from None
    return events
