"""Recompute ``module_progress``, ``module_feedback`` and ``checklist_states`` from events.

Called inside the push transaction for every (student, module) that received new events, so
stored events and derived rows always change together. The computation is
``sync.derive.derive`` of (the pair's baseline, its events), the same function the client
runs on its local copy. Rows another application wrote since FRAMES last wrote them become
the pair's baseline first (``server_api.history``): history is never overwritten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    JSON,
    Select,
    String,
    Table,
    bindparam,
    case,
    delete,
    func,
    literal,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from server_api.changes import next_seq
from server_api.history import (
    PairHistory,
    derived_record,
    read_history,
    reconcile,
)
from server_api.models import (
    ChecklistState,
    FoldRecord,
    ModuleAnalyticsEvent,
    ModuleFeedback,
    ModuleProgress,
    ModuleSection,
    ProgressBaseline,
)
from server_api.timeutil import utcnow
from sync.derive import CHECKLIST_EVENT, FEEDBACK_EVENT, PairBaseline, derive

__all__ = [
    "DerivedRows",
    "Pair",
    "StoredEvent",
    "derive_rows",
    "fold_select",
    "read_derive_input",
    "refresh_derived",
    "settle_history",
    "store_history",
    "stored_event",
    "write_derived",
]

Pair = tuple[str, int]  # (student_id, module pk)


class StoredEvent(NamedTuple):
    """An event in the shape the fold reads (``sync.derive.EventLike``): a stored row, or
    one of a push's batch before it is stored."""

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
    """Recompute the derived rows of these pairs from their baselines and stored events."""
    pairs = sorted(set(pairs))
    if pairs:
        sections, events, history = read_derive_input(session, pairs)
        baselines = settle_history(session, history, sections=sections, events=events)
        write_derived(
            session, derive_rows(pairs, sections=sections, events=events, baselines=baselines)
        )


def settle_history(
    session: Session,
    history: Mapping[Pair, PairHistory],
    *,
    sections: Mapping[int, list[int]],
    events: Mapping[Pair, list[Any]],
) -> dict[Pair, PairBaseline]:
    """Every pair's baseline, after making one of each row another application wrote since
    FRAMES last did (stored now, stamped with this transaction's change sequence so devices
    pull it). ``events``: the pairs' stored events, before anything this push adds."""
    found = reconcile(history, sections=sections, events=events, now=utcnow())
    if found.baselines:
        store_history(
            session.connection(),
            baselines=found.baselines,
            records={},
            seq=next_seq(session),
            now=utcnow(),
        )
    baselines = {pair: h.baseline for pair, h in history.items() if h.baseline is not None}
    baselines.update((pair, b) for pair, (b, _source) in found.baselines.items())
    return baselines


def store_history(
    conn: Connection,
    *,
    baselines: Mapping[Pair, tuple[PairBaseline, str]],
    records: Mapping[Pair, tuple[dict[str, Any] | None, dict[str, Any] | None]],
    seq: int,
    now: datetime,
) -> None:
    """Upsert pairs' baselines (with their source and change sequence) and fold records."""
    if baselines:
        conn.execute(
            _pair_upsert(conn.dialect.name, _BASELINES, _BASELINE_COLUMNS),
            [
                {
                    "student_id": s,
                    "module_id": m,
                    "baseline": b.to_json(),
                    "source": source,
                    "created_at": now,
                    "updated_at": now,
                    "change_seq": seq,
                }
                for (s, m), (b, source) in sorted(baselines.items())
            ],
        )
    _write_records(conn, records)


def _write_records(
    conn: Connection,
    records: Mapping[Pair, tuple[dict[str, Any] | None, dict[str, Any] | None]],
) -> None:
    if records:
        conn.execute(
            _pair_upsert(conn.dialect.name, _RECORDS, ("progress", "feedback")),
            [
                {"student_id": s, "module_id": m, "progress": p, "feedback": f}
                for (s, m), (p, f) in sorted(records.items())
            ],
        )


def fold_select() -> Select[Any]:
    """Event rows, with their pair, in the shape the fold reads (``sync.derive.EventLike``):
    stand-ins for rows from before sync computed by the database, ``event_data`` only where
    it matters. Add the ``where``."""
    E = ModuleAnalyticsEvent
    return select(
        E.student_id,
        E.module_id,
        func.coalesce(E.event_uuid, literal("legacy-") + sql_cast(E.id, String)).label("uuid"),
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
    )


# Built once: a push runs these for every batch, and a statement built anew costs SQLAlchemy
# more than the query costs the database.
_SECTIONS = select(ModuleSection.module_id, ModuleSection.section_number).where(
    ModuleSection.module_id.in_(bindparam("modules", expanding=True))
)
_PAIR_EVENTS = fold_select().where(
    ModuleAnalyticsEvent.module_id.in_(bindparam("modules", expanding=True)),
    ModuleAnalyticsEvent.student_id.in_(bindparam("students", expanding=True)),
)


def read_derive_input(
    session: Session, pairs: Iterable[Pair]
) -> tuple[dict[int, list[int]], dict[Pair, list[Any]], dict[Pair, PairHistory]]:
    """The section numbers of the pairs' modules, each pair's stored events, and what the
    database holds of each pair besides its events (``server_api.history``)."""
    wanted = set(pairs)
    modules = sorted({m for _, m in wanted})
    conn = session.connection()
    sections: dict[int, list[int]] = defaultdict(list)
    for mod, num in conn.execute(_SECTIONS, {"modules": modules}):
        sections[mod].append(num)
    grouped: dict[Pair, list[Any]] = defaultdict(list)
    students = sorted({s for s, _ in wanted})
    for r in conn.execute(_PAIR_EVENTS, {"modules": modules, "students": students}):
        pair = (r.student_id, r.module_id)
        if pair in wanted:  # several students (a kiosk): the product of both lists is read
            grouped[pair].append(r)
    return sections, grouped, read_history(conn, wanted)


@dataclass(frozen=True, slots=True)
class DerivedRows:
    """The ``module_progress``, ``module_feedback`` and ``checklist_states`` rows of some
    (student, module) pairs, ready to be written."""

    progress: list[dict[str, Any]]
    feedback: list[dict[str, Any]]
    checklist: list[dict[str, Any]]
    with_checklist: list[Pair]
    records: dict[Pair, tuple[dict[str, Any] | None, dict[str, Any] | None]]

    def without(self, pairs: set[Pair]) -> DerivedRows:
        """These rows less those of ``pairs``."""
        if not pairs:
            return self

        def keep(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [r for r in rows if (r["student_id"], r["module_id"]) not in pairs]

        return DerivedRows(
            keep(self.progress),
            keep(self.feedback),
            keep(self.checklist),
            [p for p in self.with_checklist if p not in pairs],
            {p: r for p, r in self.records.items() if p not in pairs},
        )

    def plus(self, other: DerivedRows) -> DerivedRows:
        """These rows and ``other``'s (of other pairs)."""
        return DerivedRows(
            self.progress + other.progress,
            self.feedback + other.feedback,
            self.checklist + other.checklist,
            sorted({*self.with_checklist, *other.with_checklist}),
            {**self.records, **other.records},
        )


def derive_rows(
    pairs: Iterable[Pair],
    *,
    sections: Mapping[int, list[int]],
    events: Mapping[Pair, list[Any]],
    baselines: Mapping[Pair, PairBaseline],
) -> DerivedRows:
    """Fold each pair's baseline and events (``sync.derive.derive``); no database access."""
    progress_rows: list[dict[str, Any]] = []
    feedback_rows: list[dict[str, Any]] = []
    checklist_rows: list[dict[str, Any]] = []
    records: dict[Pair, tuple[dict[str, Any] | None, dict[str, Any] | None]] = {}
    for student_id, module_pk in sorted(set(pairs)):
        pair_events = events.get((student_id, module_pk), [])
        d = derive(
            pair_events,
            section_numbers=sections.get(module_pk, []),
            baseline=baselines.get((student_id, module_pk)),
        )
        records[(student_id, module_pk)] = derived_record(d)
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
            winners = _checklist_winners(pair_events)
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
    with_checklist = sorted({(r["student_id"], r["module_id"]) for r in checklist_rows})
    return DerivedRows(progress_rows, feedback_rows, checklist_rows, with_checklist, records)


def write_derived(session: Session, rows: DerivedRows) -> None:
    """Upsert progress and feedback; replace the checklist state of the pairs that have one.

    On PostgreSQL each is one statement over arrays (``unnest``), whatever the number of
    rows: a push writes these inside its clock lock, so their time is every push's wait."""
    conn = session.connection()
    pg = conn.dialect.name == "postgresql"
    _write_records(conn, rows.records)
    for table, values in ((_PROGRESS, rows.progress), (_FEEDBACK, rows.feedback)):
        if values and pg:
            _pg_insert(conn, table, values, conflict=("module_id", "student_id"))
        elif values:
            conn.execute(_upsert_statement(conn.dialect.name, table, tuple(values[0])), values)
    if not rows.with_checklist:
        return
    if pg:
        students, modules = zip(*rows.with_checklist, strict=True)
        conn.exec_driver_sql(
            "DELETE FROM checklist_states WHERE (student_id, module_id) IN "
            "(SELECT * FROM unnest(%s::varchar[], %s::integer[]))",
            (list(students), list(modules)),
        )
        _pg_insert(conn, _CHECKLIST, rows.checklist)
        return
    conn.execute(
        delete(_CHECKLIST).where(
            tuple_(_CHECKLIST.c.student_id, _CHECKLIST.c.module_id).in_(rows.with_checklist)
        )
    )
    conn.execute(_insert(session)(_CHECKLIST), rows.checklist)


def _pg_insert(
    conn: Connection, table: Table, rows: list[dict[str, Any]], *, conflict: tuple[str, ...] = ()
) -> None:
    """One INSERT of every row, each column sent as an array; on a ``conflict`` of those
    columns the other columns are updated."""
    columns = tuple(rows[0])
    sql = _pg_insert_sql(conn.dialect, table, columns, conflict)
    conn.exec_driver_sql(sql, tuple([r[c] for r in rows] for c in columns))


@lru_cache(maxsize=32)
def _pg_insert_sql(
    dialect: Dialect, table: Table, columns: tuple[str, ...], conflict: tuple[str, ...]
) -> str:
    arrays = ", ".join(f"%s::{table.c[c].type.compile(dialect)}[]" for c in columns)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT * FROM unnest({arrays})"
    if conflict:
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in conflict)
        sql += f" ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {updates}"
    return sql


_BASELINES = cast(Table, ProgressBaseline.__table__)
_BASELINE_COLUMNS = ("baseline", "source", "created_at", "updated_at", "change_seq")
_RECORDS = cast(Table, FoldRecord.__table__)
_PROGRESS = cast(Table, ModuleProgress.__table__)
_FEEDBACK = cast(Table, ModuleFeedback.__table__)
_CHECKLIST = cast(Table, ChecklistState.__table__)


@lru_cache(maxsize=32)
def _upsert_statement(dialect: str, table: Table, columns: tuple[str, ...]) -> Any:
    """Insert, or update every other column on (module_id, student_id): one statement for
    all rows, built once per dialect, table and columns."""
    ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    keys = ("module_id", "student_id")
    return ins.on_conflict_do_update(
        index_elements=list(keys),
        set_={k: ins.excluded[k] for k in columns if k not in keys},
    )


@lru_cache(maxsize=8)
def _pair_upsert(dialect: str, table: Table, columns: tuple[str, ...]) -> Any:
    """Insert a pair's row, or update ``columns`` (but ``created_at``) on (module_id,
    student_id)."""
    ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    return ins.on_conflict_do_update(
        index_elements=["module_id", "student_id"],
        set_={c: ins.excluded[c] for c in columns if c != "created_at"},
    )


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
