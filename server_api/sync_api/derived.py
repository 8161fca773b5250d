"""Recompute ``module_progress``, ``module_feedback`` and ``checklist_states`` from events.

Called inside the push transaction for every (student, module) that received new events, so
stored events and derived rows always change together. The computation is
``sync.derive.derive``, the same function the client runs on its local copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    String,
    case,
    cast,
    delete,
    func,
    literal,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server_api.models import (
    ChecklistState,
    ModuleAnalyticsEvent,
    ModuleFeedback,
    ModuleProgress,
    ModuleSection,
)
from sync.derive import CHECKLIST_EVENT, FEEDBACK_EVENT, derive

__all__ = ["StoredEvent", "refresh_derived", "stored_event"]

Pair = tuple[str, int]  # (student_id, module pk)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str
    device_seq: int
    session_id: str | None
    section_number: int | None
    event_data: Mapping[str, Any] | None


def stored_event(row: Any, data: Mapping[str, Any] | None = None) -> StoredEvent:
    """An event row in the form the fold takes; rows from before sync get stable stand-ins."""
    return StoredEvent(
        uuid=row.event_uuid or f"legacy-{row.id}",
        event_type=row.event_type,
        timestamp=row.timestamp or datetime(1970, 1, 1),
        device_id=row.device_id or "legacy",
        device_seq=row.device_seq if row.device_seq is not None else row.id,
        session_id=row.session_id,
        section_number=row.section_number,
        event_data=data,
    )


def _insert(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def refresh_derived(session: Session, pairs: Iterable[Pair]) -> None:
    pairs = sorted(set(pairs))
    if not pairs:
        return
    E = ModuleAnalyticsEvent
    module_pks = sorted({m for _, m in pairs})
    sections: dict[int, list[int]] = defaultdict(list)
    for mod, num in session.execute(
        select(ModuleSection.module_id, ModuleSection.section_number).where(
            ModuleSection.module_id.in_(module_pks)
        )
    ):
        sections[mod].append(num)

    # Rows come out already in the shape the fold reads (sync.derive.EventLike), stand-ins for
    # rows from before sync computed by the database, event_data only where it matters.
    rows = session.execute(
        select(
            E.student_id,
            E.module_id,
            func.coalesce(E.event_uuid, literal("legacy-") + cast(E.id, String)).label("uuid"),
            E.event_type,
            func.coalesce(E.timestamp, literal(datetime(1970, 1, 1))).label("timestamp"),
            func.coalesce(E.device_id, literal("legacy")).label("device_id"),
            func.coalesce(E.device_seq, E.id).label("device_seq"),
            E.session_id,
            E.section_number,
            type_coerce(
                case((E.event_type.in_((CHECKLIST_EVENT, FEEDBACK_EVENT)), E.event_data)),
                JSON,
            ).label("event_data"),
        ).where(tuple_(E.student_id, E.module_id).in_(pairs))
    ).all()
    grouped: dict[Pair, list[Any]] = defaultdict(list)
    for r in rows:
        grouped[(r.student_id, r.module_id)].append(r)

    insert = _insert(session)
    progress_rows: list[dict[str, Any]] = []
    feedback_rows: list[dict[str, Any]] = []
    checklist_rows: list[dict[str, Any]] = []
    for student_id, module_pk in pairs:
        events = grouped[(student_id, module_pk)]
        d = derive(events, section_numbers=sections[module_pk])
        p = d.progress
        progress_rows.append(
            {
                "module_id": module_pk,
                "student_id": student_id,
                "status": str(p.status),
                "progress_percent": p.progress_percent,
                "current_section": p.current_section,
                "started_at": p.started_at,
                "completed_at": p.completed_at,
                "last_accessed_at": p.last_accessed_at,
                "total_time_seconds": p.total_time_seconds,
                "pause_count": p.pause_count,
                "hint_count": p.hint_count,
                "retry_count": p.retry_count,
                "error_count": p.error_count,
            }
        )
        if d.feedback is not None:
            f = d.feedback
            feedback_rows.append(
                {
                    "module_id": module_pk,
                    "student_id": student_id,
                    "rating": f.rating,
                    "difficulty_rating": f.difficulty_rating,
                    "comment": f.comment,
                    "is_anonymous": f.is_anonymous,
                    "created_at": f.created_at,
                }
            )
        if d.checklist:
            winners = _checklist_winners(events)
            checklist_rows += [
                {
                    "module_id": module_pk,
                    "student_id": student_id,
                    "section_number": section,
                    "item_key": key,
                    "checked": checked,
                    "updated_at": winners[(section, key)][0],
                    "event_uuid": winners[(section, key)][1],
                }
                for (section, key), checked in d.checklist.items()
            ]
    _upsert(session, insert(ModuleProgress), progress_rows)
    _upsert(session, insert(ModuleFeedback), feedback_rows)
    with_checklist = sorted({(r["student_id"], r["module_id"]) for r in checklist_rows})
    if with_checklist:
        session.execute(
            delete(ChecklistState).where(
                tuple_(ChecklistState.student_id, ChecklistState.module_id).in_(with_checklist)
            )
        )
        session.execute(insert(ChecklistState), checklist_rows)


def _upsert(session: Session, ins: Any, rows: list[dict[str, Any]]) -> None:
    """One statement for all rows: insert, or update every column on (module_id, student_id)."""
    if not rows:
        return
    keys = ("module_id", "student_id")
    stmt = ins.on_conflict_do_update(
        index_elements=list(keys),
        set_={k: ins.excluded[k] for k in rows[0] if k not in keys},
    )
    session.execute(stmt, rows)


def _checklist_winners(events: list[Any]) -> dict[tuple[int, str], tuple[datetime, str]]:
    """When and by which event each checklist item was last written (for the state row)."""
    best: dict[tuple[int, str], tuple[tuple[datetime, str, int, str], Any]] = {}
    for e in events:
        if e.event_type != CHECKLIST_EVENT or e.section_number is None or not e.event_data:
            continue
        key = (e.section_number, str(e.event_data.get("item")))
        stamp = (e.timestamp, e.device_id, e.device_seq, e.uuid)
        if key not in best or stamp > best[key][0]:
            best[key] = (stamp, e)
    return {k: (v[1].timestamp, v[1].uuid) for k, v in best.items()}
