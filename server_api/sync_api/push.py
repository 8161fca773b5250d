"""Push: a device's batch of events in, one transaction, per-item results out.

Idempotency is the database's job: ``module_analytics_events.event_uuid`` is UNIQUE and the
insert is ``ON CONFLICT DO NOTHING``, so two server processes receiving the same batch at
once still store each event exactly once, and the second answers ``duplicate``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError
from pydantic_core import to_json
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.changes import next_seq
from server_api.errors import ClientTooOld, Forbidden
from server_api.kiosks.repository import roster_principals
from server_api.models import Module, ModuleAnalyticsEvent, ModuleAssignment
from server_api.modules.scope import assignment_applies_to
from server_api.sync_api.clock import correct_timestamp
from server_api.sync_api.derived import _insert, refresh_derived
from server_api.timeutil import utcnow
from sync.derive import validate_event_data
from sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    EventIn,
    ItemResult,
    PushBatch,
    PushRequest,
    PushResponse,
)

__all__ = ["check_protocol", "parse_push", "push"]


def check_protocol(version: int) -> None:
    if version < MIN_PROTOCOL_VERSION:
        raise ClientTooOld(
            f"this app speaks sync protocol {version}, but the server needs at least "
            f"{MIN_PROTOCOL_VERSION}: please update FRAMES LMS"
        )
    if version > PROTOCOL_VERSION:
        raise ClientTooOld(
            f"this app speaks sync protocol {version}, newer than the server's "
            f"{PROTOCOL_VERSION}: ask your admin to update the server"
        )


def _validation_reason(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "event"
    return f"malformed event: {where}: {err.get('msg', 'invalid')}"


def allowed_students(principal: Principal) -> set[str]:
    """Whose events this caller may push. Faculty previews are never recorded as progress."""
    if principal.role == "student" and principal.student_id:
        return {principal.student_id}
    raise Forbidden("only students' devices push progress; faculty preview is not recorded")


def _assigned_modules(
    session: Session, principal: Principal, slugs: Iterable[str]
) -> dict[str, int]:
    """slug -> pk of the modules this student may record events for (assigned, not draft)."""
    rows = session.execute(
        select(Module.module_id, Module.id).where(
            Module.module_id.in_(list(slugs)),
            Module.status != "draft",
            select(ModuleAssignment.id)
            .where(ModuleAssignment.module_id == Module.id, assignment_applies_to(principal))
            .exists(),
        )
    ).all()
    return {str(slug): int(pk) for slug, pk in rows}


_EVENTS = TypeAdapter(list[EventIn])
_Status = Literal["accepted", "duplicate", "rejected"]
_Answer = tuple[_Status, str | None, datetime | None]  # status, reason, server timestamp


def parse_push(raw: bytes) -> tuple[PushRequest, list[EventIn] | None]:
    """Parse a push body. When every event is well formed (the usual case) they are parsed
    straight from the bytes in one call; otherwise the envelope is parsed alone and the
    service judges each item, so one bad event does not sink the batch."""
    try:
        batch = PushBatch.model_validate_json(raw)
    except ValidationError:
        try:
            document = json.loads(raw)  # Python's parser also takes unpaired surrogates,
        except ValueError:  # which EventIn then rejects item by item
            return PushRequest.model_validate_json(raw), None  # raises: the client's 422
        return PushRequest.model_validate(document), None
    envelope = PushRequest.model_construct(
        protocol_version=batch.protocol_version,
        device_id=batch.device_id,
        device_time=batch.device_time,
        events=[],
    )
    return envelope, batch.events


def _validate(
    raw_events: list[dict[str, Any]], reject: Any, parsed: list[EventIn] | None = None
) -> list[EventIn]:
    """Every well-formed event; each malformed one is rejected with its own reason."""
    try:
        events = parsed if parsed is not None else _EVENTS.validate_python(raw_events)
    except ValidationError:
        events = []
        for raw in raw_events:
            try:
                events.append(EventIn.model_validate(raw))
            except ValidationError as exc:
                reject(str(raw.get("uuid") or "?")[:64], _validation_reason(exc))
    valid = []
    for event in events:
        try:
            validate_event_data(event.event_type, event.section_number, event.event_data)
        except ValueError as exc:
            reject(event.uuid, f"malformed event_data: {exc}")
        else:
            valid.append(event)
    return valid


def push(
    session: Session,
    principal: Principal,
    request: PushRequest,
    events: list[EventIn] | None = None,
) -> PushResponse:
    """Store a batch. ``events``, when given, are the batch's events already validated."""
    check_protocol(request.protocol_version)
    kiosk = principal.role == "kiosk"
    students = set() if kiosk else allowed_students(principal)
    received_at = utcnow()
    offset = received_at - request.device_time
    answers: dict[str, _Answer] = {}
    if events is not None:
        order = [e.uuid for e in events]
    else:
        order = [str(raw.get("uuid") or "?")[:64] for raw in request.events]

    def reject(uuid: str, reason: str) -> None:
        answers[uuid] = ("rejected", reason, None)

    valid = _validate(request.events, reject, events)
    known = dict(
        session.execute(
            select(Module.module_id, Module.id).where(
                Module.module_id.in_({e.module_id for e in valid})
            )
        ).all()
    )
    # a kiosk acts for each roster student in the batch, with that student's own scope
    acting = (
        roster_principals(session, principal, {e.student_id for e in valid})
        if kiosk
        else dict.fromkeys(students, principal)
    )
    students = set(acting)
    assigned = {sid: _assigned_modules(session, p, known) for sid, p in acting.items()}
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for e in valid:
        if e.uuid in seen:
            continue  # the same event twice in one batch: stored and answered once
        seen.add(e.uuid)
        if e.student_id not in students:
            reject(
                e.uuid,
                f"student {e.student_id!r} is not on this kiosk's roster"
                if kiosk
                else f"not your record: events of student {e.student_id!r} cannot be "
                "pushed with this sign-in",
            )
        elif e.module_id not in known:
            reject(e.uuid, f"unknown module {e.module_id!r}")
        elif e.module_id not in assigned[e.student_id]:
            reject(e.uuid, f"module {e.module_id!r} is not assigned to this student")
        elif e.device_id != request.device_id:
            reject(e.uuid, "event was recorded on another device")
        else:
            ts, flag = correct_timestamp(e.client_timestamp, offset=offset, received_at=received_at)
            rows.append(
                {
                    "event_uuid": e.uuid,
                    "module_id": assigned[e.student_id][e.module_id],
                    "student_id": e.student_id,
                    "event_type": e.event_type,
                    "event_data": e.event_data,
                    "section_number": e.section_number,
                    "session_id": e.session_id,
                    "device_type": e.device_type,
                    "device_id": e.device_id,
                    "device_seq": e.device_seq,
                    "timestamp": ts,
                    "client_timestamp": e.client_timestamp,
                    "received_at": received_at,
                    "clock_flag": flag,
                    "time_elapsed_seconds": e.time_elapsed_seconds,
                }
            )

    if rows:
        stored = _store(session, rows)
        pairs = set()
        for r in rows:
            if r["event_uuid"] in stored:
                answers[r["event_uuid"]] = ("accepted", None, r["timestamp"])
                pairs.add((r["student_id"], r["module_id"]))
        missing = {r["event_uuid"]: r["student_id"] for r in rows if r["event_uuid"] not in stored}
        for uuid, ts, student in _existing(session, list(missing)):
            if student == missing[uuid]:
                answers[uuid] = ("duplicate", None, ts)
            else:
                reject(uuid, "this event id is already used by another record")
        refresh_derived(session, pairs)

    out: list[ItemResult] = []
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
    for uuid in dict.fromkeys(order):
        status, reason, stamp = answers[uuid]
        counts[status] += 1
        # trusted values built here: no need to validate them again
        out.append(
            ItemResult.model_construct(
                uuid=uuid, status=status, reason=reason, server_timestamp=stamp
            )
        )
    return PushResponse(
        results=out,
        accepted=counts["accepted"],
        duplicates=counts["duplicate"],
        rejected=counts["rejected"],
        server_time=received_at,
        clock_offset_seconds=offset / timedelta(seconds=1),
    )


# On PostgreSQL the whole batch is one statement with one JSON parameter: far cheaper than
# a multi-row VALUES list with sixteen bind parameters a row.
_PG_INSERT = text(
    """
    INSERT INTO module_analytics_events (event_uuid, module_id, student_id, event_type,
        event_data, section_number, session_id, device_type, device_id, device_seq,
        timestamp, client_timestamp, received_at, clock_flag, time_elapsed_seconds, change_seq)
    SELECT x.event_uuid, x.module_id, x.student_id, x.event_type, x.event_data,
        x.section_number, x.session_id, x.device_type, x.device_id, x.device_seq,
        x.timestamp, x.client_timestamp, x.received_at, x.clock_flag, x.time_elapsed_seconds,
        :seq
    FROM json_to_recordset(CAST(:rows AS json)) AS x(event_uuid varchar, module_id integer,
        student_id varchar, event_type varchar, event_data json, section_number integer,
        session_id varchar, device_type varchar, device_id varchar, device_seq bigint,
        timestamp timestamp, client_timestamp timestamp, received_at timestamp,
        clock_flag varchar, time_elapsed_seconds integer)
    ON CONFLICT (event_uuid) DO NOTHING
    RETURNING event_uuid
    """
)


def _store(session: Session, rows: list[dict[str, Any]]) -> set[str]:
    """Insert what is new; return the uuids this transaction stored."""
    seq = next_seq(session)
    if session.get_bind().dialect.name == "postgresql":
        payload = to_json(rows).decode()  # pydantic-core: datetimes as ISO 8601, in Rust
        return set(session.scalars(_PG_INSERT, {"rows": payload, "seq": seq}))
    for r in rows:
        r["change_seq"] = seq
    stmt = (
        _insert(session)(ModuleAnalyticsEvent)
        .on_conflict_do_nothing(index_elements=["event_uuid"])
        .returning(ModuleAnalyticsEvent.event_uuid)
    )
    return {u for (u,) in session.execute(stmt, rows)}


def _existing(session: Session, uuids: list[str]) -> list[tuple[str, Any, str]]:
    if not uuids:
        return []
    E = ModuleAnalyticsEvent
    return [
        (str(u), ts, s)
        for u, ts, s in session.execute(
            select(E.event_uuid, E.timestamp, E.student_id).where(E.event_uuid.in_(uuids))
        )
    ]
