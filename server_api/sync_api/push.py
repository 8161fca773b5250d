"""Push: a device's batch of events in, one transaction, per-item results out.

Idempotency is the database's job: ``module_analytics_events.event_uuid`` is UNIQUE and the
insert is ``ON CONFLICT DO NOTHING``, so two server processes receiving the same batch at
once still store each event exactly once, and the second answers ``duplicate``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Select, and_, bindparam, select
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.changes import next_seq, touch_scopes
from server_api.errors import ClientTooOld, Forbidden
from server_api.kiosks.repository import roster_principals
from server_api.kiosks.trust import proof_keys, proven_sittings, record_alerts
from server_api.models import Module, ModuleAnalyticsEvent, ModuleAssignment
from server_api.modules.scope import assignment_applies_to
from server_api.sync_api import quota as storage_quota
from server_api.sync_api.clock import TOLERANCE, correct_timestamp
from server_api.sync_api.derived import Pair, StoredEvent, insert_for, update_derived
from server_api.sync_api.identity import check_push_identity
from server_api.timeutil import utcnow
from sync.rules.derive import validate_event_data
from sync.rules.protocol import (
    EVENT_ROW_FIELDS,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    EventIn,
    EventRow,
    ItemResult,
    PushBatch,
    PushRequest,
    PushResponse,
    check_storable,
    naive_utc,
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


def _validation_reason(exc: ValidationError, *, fields: tuple[str, ...] = ()) -> str:
    """The first error, located by field name (``fields``: the names of an array's items)."""
    err = exc.errors()[0]
    loc = [
        fields[p] if isinstance(p, int) and i == 0 and p < len(fields) else str(p)
        for i, p in enumerate(err.get("loc", ()))
    ]
    where = ".".join(loc) or "event"
    return f"malformed event: {where}: {err.get('msg', 'invalid')}"


def _item_uuid(value: object) -> str:
    """What a malformed item is answered under: its uuid as sent, if it has one (what UTF-8
    cannot carry, an unpaired surrogate, is written as its escape: the answer must encode)."""
    text = str(value or "?")[:64]
    return text if _encodes(text) else text.encode("utf-8", "backslashreplace").decode()


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def allowed_students(principal: Principal) -> set[str]:
    """Whose events this caller may push. Faculty previews are never recorded as progress."""
    if principal.role == "student" and principal.student_id:
        return {principal.student_id}
    raise Forbidden("only students' devices push progress; faculty preview is not recorded")


def _module_scope(
    session: Session, principal: Principal, slugs: Collection[str]
) -> dict[str, tuple[int, bool]]:
    """slug -> (pk, may this student record events for it: assigned and not a draft), for
    the modules of ``slugs`` that exist."""
    rows = session.connection().execute(_scope_statement(principal), {"slugs": sorted(slugs)})
    return {str(slug): (int(pk), bool(allowed)) for slug, pk, allowed in rows}


@lru_cache(maxsize=256)
def _scope_statement(principal: Principal) -> Select[str, int, bool]:
    """The module-scope query of one student (built once: a push asks it every batch)."""
    return select(
        Module.module_id,
        Module.id,
        and_(
            Module.status != "draft",
            select(ModuleAssignment.id)
            .where(ModuleAssignment.module_id == Module.id, assignment_applies_to(principal))
            .exists(),
        ),
    ).where(Module.module_id.in_(bindparam("slugs", expanding=True)))


_ROW: TypeAdapter[EventRow] = TypeAdapter(EventRow)
_RESULTS = TypeAdapter(list[ItemResult])
_Status = Literal["accepted", "duplicate", "rejected"]
_Answer = tuple[_Status, str | None, datetime | None]  # status, reason, server timestamp


def parse_push(raw: bytes) -> tuple[PushRequest, list[EventRow] | None]:
    """Parse a push body. When every event is well formed (the usual case) they are parsed
    straight from the bytes in one call, as rows; otherwise the envelope is parsed alone and
    the service judges each item, so one bad event does not sink the batch."""
    try:
        batch = PushBatch.model_validate_json(raw)
    except ValidationError:
        batch = None
    if batch is None or (batch.events and batch.rows):
        try:
            document = json.loads(raw)  # Python's parser also takes unpaired surrogates,
        except (ValueError, RecursionError):  # which the service then rejects item by item
            # not JSON, or nested deeper than Python's parser goes: pydantic's own parser
            # says what is wrong (its depth limit is lower), and the client gets a 422
            return PushRequest.model_validate_json(raw), None
        return PushRequest.model_validate(document), None  # raises for events and rows
    envelope = PushRequest.model_construct(
        protocol_version=batch.protocol_version,
        device_id=batch.device_id,
        device_time=batch.device_time,
        answer=batch.answer,
        pending_after=batch.pending_after,
        events=[],
        rows=[],
        proofs=batch.proofs,
    )
    return envelope, batch.rows or [e.row() for e in batch.events]


def _validate(
    request: PushRequest, reject: Any, parsed: list[EventRow] | None
) -> tuple[list[str], list[EventRow]]:
    """The items' uuids in request order, and every well-formed event; each malformed one
    is rejected with its own reason."""
    if parsed is not None:
        rows = parsed
        order = [r[0] for r in rows]
    else:
        rows, order = [], []
        for raw in request.events:
            order.append(_item_uuid(raw.get("uuid")))
            try:
                rows.append(EventIn.model_validate(raw).row())
            except ValidationError as exc:
                reject(order[-1], _validation_reason(exc))
        for raw_row in request.rows:
            order.append(_item_uuid(raw_row[0] if raw_row else None))
            try:
                rows.append(_ROW.validate_python(raw_row))
            except ValidationError as exc:
                reject(order[-1], _validation_reason(exc, fields=EVENT_ROW_FIELDS))
    valid = []
    for row in rows:
        try:
            check_storable(row)
        except ValueError as exc:
            reject(row[0], f"malformed event: {exc}")
            continue
        try:
            validate_event_data(row[3], row[5], row[4])
        except ValueError as exc:
            reject(row[0], f"malformed event_data: {exc}")
            continue
        if row[10].tzinfo is not None:  # rows may carry an offset
            row = (*row[:10], naive_utc(row[10]), row[11])
        valid.append(row)
    return order, valid


def push(
    session: Session,
    principal: Principal,
    request: PushRequest,
    rows: list[EventRow] | None = None,
    quota: storage_quota.Quota | None = None,
) -> PushResponse:
    """Store a batch. ``rows``, when given, are the batch's events already parsed (as rows);
    with a ``quota``, events past their student's storage quota are rejected per item."""
    check_protocol(request.protocol_version)
    # Rows this request changed so far (a sign-in's sliding expiry) are locked now, before
    # the clock, as every transaction that takes the clock does.
    session.flush()
    kiosk = principal.role == "kiosk"
    students = set() if kiosk else allowed_students(principal)
    received_at = utcnow()
    offset = received_at - request.device_time
    # An answer for every item that needs one; an event stored with the timestamp it was
    # sent with needs none when the client asked for the exceptions only.
    answers: dict[str, _Answer] = {}

    def reject(uuid: str, reason: str) -> None:
        answers[uuid] = ("rejected", reason, None)

    order, valid = _validate(request, reject, rows)
    # a kiosk acts for each roster student in the batch, with that student's own scope
    acting = (
        roster_principals(session, principal, {r[1] for r in valid})
        if kiosk
        else dict.fromkeys(students, principal)
    )
    # ... and only for the sittings a student signed in for with their PIN
    proven = proven_sittings(proof_keys(session, acting), request.proofs) if kiosk else set()
    unproven: dict[str, int] = {}
    slugs = {r[2] for r in valid}
    scope = {sid: _module_scope(session, p, slugs) for sid, p in acting.items()}
    correct = abs(offset) > TOLERANCE
    batch: list[_Row] = []  # what is to be stored, as table rows
    seen: set[str] = set()
    for row in valid:
        uuid, sid, slug, kind, data, section, session_id, device_type, dev, seq, sent, spent = row
        if uuid in seen:
            continue  # the same event twice in one batch: stored and answered once
        seen.add(uuid)
        modules = scope.get(sid)
        found = None if modules is None else modules.get(slug)
        if modules is None:
            reject(
                uuid,
                f"student {sid!r} is not on this kiosk's roster"
                if kiosk
                else f"not your record: events of student {sid!r} cannot be "
                "pushed with this sign-in",
            )
        elif kiosk and (sid, session_id) not in proven:
            unproven[sid] = unproven.get(sid, 0) + 1
            reject(
                uuid,
                f"no proof that student {sid!r} signed in with their PIN on this kiosk for "
                "this session: a kiosk records only sittings a student signed in for",
            )
        elif found is None:
            reject(uuid, f"unknown module {slug!r}")
        elif not found[1]:
            reject(uuid, f"module {slug!r} is not assigned to this student")
        else:
            # An event may come from another device id than the request's: one rescued from
            # a corrupt store or imported from an export is forwarded by the new store, and
            # keeps the identity (device_id, device_seq) it was recorded with.
            if correct or sent > received_at:
                ts, flag = correct_timestamp(sent, offset=offset, received_at=received_at)
            else:
                ts, flag = sent, "ok"
            batch.append(
                (
                    uuid,
                    found[0],
                    sid,
                    kind,
                    data,
                    section,
                    session_id,
                    device_type,
                    dev,
                    seq,
                    ts,
                    sent,
                    received_at,
                    flag,
                    spent,
                )
            )
    admission = None
    if quota is not None:
        admission = storage_quota.admit(
            session,
            batch,
            quota,
            reject,
            stored=lambda uuids: {u for u, _, _ in _existing(session, uuids)},
        )
        batch = admission.rows
    accepted = 0
    if batch:
        # A copied store reuses its device's sequence numbers: refuse the batch (409). Checked
        # here, under a lock on the device id held until commit (taken before any other lock
        # of a push: device, pairs, counters, scopes).
        check_push_identity(session, device_id=request.device_id, rows=batch)
        stored = _store(session, batch)
        accepted = len(stored)
        every = request.answer == "all"
        new_events: dict[Pair, list[StoredEvent]] = defaultdict(list)
        for r in batch:
            if r[0] in stored:
                new_events[(r[2], r[1])].append(
                    StoredEvent(r[0], r[3], r[10], r[8], r[9], r[6], r[5], r[4])
                )
                if r[13] != "ok" or every:
                    answers[r[0]] = ("accepted", None, r[10])
        if accepted < len(batch):
            missing = {r[0]: r[2] for r in batch if r[0] not in stored}
            for uuid, ts, student in _existing(session, list(missing)):
                if student == missing[uuid]:
                    answers[uuid] = ("duplicate", None, ts)
                else:
                    reject(uuid, "this event id is already used by another record")
        if new_events:
            # The fold of each pair takes only the events this push stored (its state is
            # kept per pair), under the pair's lock; then what was stored is counted (the
            # students' storage counters), and the students' scopes are marked so their other
            # devices' next pull finds the news. Every push takes these locks in this order.
            update_derived(session, new_events)
            if admission is not None:
                storage_quota.settle(session, admission, [r for r in batch if r[0] in stored])
            touch_scopes(session, {f"student:{s}" for s, _ in new_events})

    if unproven:
        assert principal.kiosk_id is not None
        record_alerts(
            session,
            kiosk_id=principal.kiosk_id,
            kind="push_without_proof",
            events=unproven,
            detail="pushed events for a student without a proof of a PIN sign-in on it",
        )

    counts = {"accepted": accepted, "duplicate": 0, "rejected": 0}
    listed = []
    for uuid in dict.fromkeys(order):
        answer = answers.get(uuid)
        if answer is not None:
            status, reason, stamp = answer
            if status != "accepted":
                counts[status] += 1
            listed.append(
                {"uuid": uuid, "status": status, "reason": reason, "server_timestamp": stamp}
            )
    return PushResponse(
        listed=request.answer,
        results=_RESULTS.validate_python(listed),  # in pydantic-core: cheaper than models
        accepted=counts["accepted"],
        duplicates=counts["duplicate"],
        rejected=counts["rejected"],
        server_time=received_at,
        clock_offset_seconds=offset / timedelta(seconds=1),
    )


# Columns of a stored event, in the order of a push's row tuples.
_COLUMNS = (
    "event_uuid",
    "module_id",
    "student_id",
    "event_type",
    "event_data",
    "section_number",
    "session_id",
    "device_type",
    "device_id",
    "device_seq",
    "timestamp",
    "client_timestamp",
    "received_at",
    "clock_flag",
    "time_elapsed_seconds",
)
_Row = tuple[Any, ...]


def _store(session: Session, rows: list[_Row]) -> set[str]:
    """Insert what is new; return the uuids this transaction stored."""
    if session.get_bind().dialect.name == "postgresql":
        from server_api.sync_api.pg_store import store_rows  # psycopg: not in every install

        return store_rows(session, rows, columns=_COLUMNS)
    seq = next_seq(session)
    stmt = (
        insert_for(session)(ModuleAnalyticsEvent)
        .on_conflict_do_nothing(index_elements=["event_uuid"])
        .returning(ModuleAnalyticsEvent.event_uuid)
    )
    values = [dict(zip(_COLUMNS, r, strict=True), change_seq=seq) for r in rows]
    return {u for (u,) in session.execute(stmt, values)}


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
