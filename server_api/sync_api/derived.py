"""Keep ``module_progress``, ``module_feedback`` and ``checklist_states`` in step with events.

Called inside the push transaction for every (student, module) that received new events, so
stored events and derived rows always change together. The computation is
``sync.rules.derive`` of (the pair's baseline, its events), the same function the client runs on
its local copy; rows another application wrote since FRAMES last wrote them become the
pair's baseline first (``server_api.history``): history is never overwritten.

Cost independent of history: each pair keeps its fold's state (``fold_records.state``,
``sync.rules.derive.DeriveState``); a push adds only the events it stored. The rare event that
lands before the end of its session on the device's timeline makes that one session be read
again; a pair without a saved state (or whose baseline changed the rules) is folded from all
its events once. Equal to a full fold by construction, proven by the property tests of
``tests/sync/test_fold_state.py``.

Concurrency: the fold of a pair is serialised by a transaction-level advisory lock on the
pair (PostgreSQL; taken in one sorted order, so two pushes never deadlock), held from reading
the state to commit. Pushes of different students never wait for each other; two devices of
one student wait only for each other's few milliseconds. SQLite has one writer anyway.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Final, cast

from pydantic_core import to_json
from sqlalchemy import (
    JSON,
    Select,
    String,
    Table,
    bindparam,
    case,
    delete,
    event,
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

from server_api.changes import mark_scopes, next_seq
from server_api.history import (
    derived_record,
    foreign_row,
    read_history,
    read_section_rules,
    reconcile,
)
from server_api.models import (
    ChecklistState,
    FoldRecord,
    ModuleAnalyticsEvent,
    ModuleFeedback,
    ModuleProgress,
    ProgressBaseline,
)
from server_api.modules.revision import REFOLD_KEY
from server_api.timeutil import utcnow
from sync.rules.criteria import EVIDENCE_KINDS
from sync.rules.derive import (
    CHECKLIST_EVENT,
    FEEDBACK_EVENT,
    Derived,
    DeriveState,
    PairBaseline,
    StoredEvent,
)
from sync.rules.progress import timed_sections

__all__ = [
    "Pair",
    "StoredEvent",
    "fold_select",
    "refold_modules",
    "refresh_derived",
    "store_history",
    "stored_event",
    "update_derived",
]

Pair = tuple[str, int]  # (student_id, module pk)
_Record = tuple[dict[str, Any] | None, dict[str, Any] | None]


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


def insert_for(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


_DATA_KINDS: Final = (CHECKLIST_EVENT, FEEDBACK_EVENT, *sorted(EVIDENCE_KINDS))
"""The event types whose ``event_data`` the fold reads."""


def fold_select() -> Select[Any]:
    """Event rows, with their pair, in the shape the fold reads (``sync.rules.derive.EventLike``):
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
            case((E.event_type.in_(_DATA_KINDS), E.event_data)),
            JSON,
        ).label("event_data"),
    )


# Built once: a push runs these for every batch, and a statement built anew costs SQLAlchemy
# more than the query costs the database.
_E = ModuleAnalyticsEvent
_PAIR_EVENTS = fold_select().where(
    tuple_(_E.student_id, _E.module_id).in_(bindparam("pairs", expanding=True))
)
_GROUP_EVENTS = fold_select().where(
    _E.student_id == bindparam("student"),
    _E.module_id == bindparam("module"),
    func.coalesce(_E.device_id, literal("legacy")) == bindparam("device"),
    # NULL sessions form their own group: IS NOT DISTINCT FROM, written portably
    func.coalesce(_E.session_id, literal("\x01none")) == bindparam("session"),
)


_read_sections = read_section_rules


def _read_events(conn: Connection, pairs: Iterable[Pair]) -> dict[Pair, list[Any]]:
    grouped: dict[Pair, list[Any]] = defaultdict(list)
    wanted = sorted(set(pairs))
    for i in range(0, len(wanted), 500):
        for r in conn.execute(_PAIR_EVENTS, {"pairs": wanted[i : i + 500]}):
            grouped[(r.student_id, r.module_id)].append(r)
    return grouped


def _read_group(conn: Connection, pair: Pair, group: tuple[str, str | None]) -> list[Any]:
    params = {
        "student": pair[0],
        "module": pair[1],
        "device": group[0],
        "session": "\x01none" if group[1] is None else group[1],
    }
    return list(conn.execute(_GROUP_EVENTS, params))


def lock_pairs(session: Session, pairs: Iterable[Pair]) -> None:
    """Serialise the folds of these pairs with other transactions until commit (PostgreSQL
    advisory transaction locks on a 64-bit hash of each pair, taken in ascending order)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    keys = sorted({_pair_key(p) for p in pairs})
    if keys:
        conn.exec_driver_sql(
            "SELECT count(pg_advisory_xact_lock(k)) FROM "
            "(SELECT unnest(%b::bigint[]) AS k ORDER BY k) AS ordered",
            (keys,),
        )


def _pair_key(pair: Pair) -> int:
    digest = hashlib.blake2b(f"{pair[0]}\x00{pair[1]}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@dataclass(slots=True)
class _Folded:
    """What a pair's fold gives this transaction to write."""

    derived: Derived
    state: DeriveState
    checklist_changed: bool


@dataclass(slots=True)
class _Plan:
    baselines: dict[Pair, tuple[PairBaseline, str]] = field(default_factory=dict)
    folded: dict[Pair, _Folded] = field(default_factory=dict)


def update_derived(
    session: Session,
    new_events: Mapping[Pair, list[StoredEvent]],
    *,
    rebuild: Iterable[Pair] = (),
) -> None:
    """Bring the derived rows of the pairs that received ``new_events`` (stored by this
    transaction), and of the pairs in ``rebuild`` (folded again from all their events),
    up to date. Takes the pairs' fold locks (``lock_pairs``)."""
    rebuild = set(rebuild)
    pairs = sorted(set(new_events) | rebuild)
    if not pairs:
        return
    lock_pairs(session, pairs)
    conn = session.connection()
    sections = _read_sections(conn, (m for _, m in pairs))
    history = read_history(conn, pairs)
    plan = _Plan()

    # Rows another application wrote since FRAMES last did: their pair's new baseline,
    # made from the events stored before this transaction's.
    foreign = [p for p in pairs if foreign_row(history[p])]
    if foreign:
        fresh = {e.uuid for p in foreign for e in new_events.get(p, [])}
        before = {
            pair: [e for e in events if e.uuid not in fresh]
            for pair, events in _read_events(conn, foreign).items()
        }
        found = reconcile(
            {p: history[p] for p in foreign}, sections=sections, events=before, now=utcnow()
        )
        plan.baselines = found.baselines
    baselines = {p: h.baseline for p, h in history.items() if h.baseline is not None}
    baselines.update((p, b) for p, (b, _source) in plan.baselines.items())

    states: dict[Pair, DeriveState] = {}
    for pair in pairs:
        saved = history[pair].state
        if saved is not None and pair not in rebuild:
            try:
                state = DeriveState.from_json(saved)
            except ValueError:
                continue  # damaged: fold from the events below
            if state.suits(baselines.get(pair), timed_sections(sections.get(pair[1], {}))):
                states[pair] = state  # else: the module's time criteria changed, refold
    whole = [p for p in pairs if p not in states]
    all_events = _read_events(conn, whole) if whole else {}
    for pair in pairs:
        baseline = baselines.get(pair)
        kept = states.get(pair)
        if kept is None:
            state = DeriveState.of(
                all_events.get(pair, []),
                baseline=baseline,
                timed=timed_sections(sections.get(pair[1], {})),
            )
            checklist_changed = True
        else:
            state, batch = kept, new_events.get(pair, [])
            for group in state.add(batch):
                state.rebuild_group(group, _read_group(conn, pair, group))
            checklist_changed = any(e.event_type == CHECKLIST_EVENT for e in batch)
        derived = state.derived(section_numbers=sections.get(pair[1], {}), baseline=baseline)
        plan.folded[pair] = _Folded(derived, state, checklist_changed)
    _write(session, plan)


def refresh_derived(session: Session, pairs: Iterable[Pair]) -> None:
    """Fold these pairs again from every stored event (and their baselines)."""
    update_derived(session, {}, rebuild=pairs)


def refold_modules(session: Session, module_pks: Iterable[int]) -> None:
    """Fold again, with the modules' current sections, every pair FRAMES has folded in them
    (from the saved states: nothing is re-read but the states)."""
    pks = sorted(set(module_pks))
    if not pks:
        return
    R = FoldRecord
    pairs = session.connection().execute(
        select(R.student_id, R.module_id).where(R.module_id.in_(pks))
    )
    update_derived(session, {(s, m): [] for s, m in pairs})


@event.listens_for(Session, "before_commit")
def _refold_changed_content(session: Session) -> None:
    changed = session.info.pop(REFOLD_KEY, None)
    if changed:
        session.flush()  # the new sections, before they are read
        refold_modules(session, {m.id for m in changed if m.id is not None})


def _write(session: Session, plan: _Plan) -> None:
    conn = session.connection()
    if plan.baselines:
        seq = next_seq(session)
        store_history(conn, baselines=plan.baselines, records={}, seq=seq, now=utcnow())
        mark_scopes(conn, {f"student:{s}" for s, _ in plan.baselines}, seq)
    progress_rows, feedback_rows, checklist_rows = [], [], []
    replaced: list[Pair] = []
    records = []
    for (student_id, module_pk), folded in sorted(plan.folded.items()):
        d, state = folded.derived, folded.state
        progress_json, feedback_json = derived_record(d)
        records.append(
            {
                "student_id": student_id,
                "module_id": module_pk,
                "progress": progress_json,
                "feedback": feedback_json,
                "state": state.to_json(),
            }
        )
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
        if folded.checklist_changed and d.checklist:
            replaced.append((student_id, module_pk))
            for (section, key), checked in d.checklist.items():
                stamp = state.checklist_winner((section, key))
                checklist_rows.append(
                    {
                        "module_id": module_pk,
                        "student_id": student_id,
                        "section_number": section,
                        "item_key": key,
                        "checked": checked,
                        "updated_at": stamp.timestamp,
                        "event_uuid": stamp.uuid,
                    }
                )
    if records and conn.dialect.name == "postgresql":
        # One statement over arrays, the JSON made by pydantic-core: the state is the largest
        # thing a push writes, and SQLAlchemy's JSON handling costs more than the insert.
        conn.exec_driver_sql(
            _RECORDS_SQL,
            (
                [r["student_id"] for r in records],
                [r["module_id"] for r in records],
                *([_json_text(r[k]) for r in records] for k in ("progress", "feedback", "state")),
            ),
        )
    elif records:
        conn.execute(
            _pair_upsert(conn.dialect.name, _RECORDS, ("progress", "feedback", "state")), records
        )
    _write_rows(conn, progress_rows, feedback_rows, checklist_rows, replaced)


_RECORDS_SQL = (
    "INSERT INTO fold_records (student_id, module_id, progress, feedback, state) "
    "SELECT * FROM unnest(%b::varchar[], %b::integer[], %b::json[], %b::json[], %b::json[]) "
    "ON CONFLICT (module_id, student_id) DO UPDATE SET progress = excluded.progress, "
    "feedback = excluded.feedback, state = excluded.state"
)


def _json_text(value: Any) -> str | None:
    return None if value is None else to_json(value).decode()


def store_history(
    conn: Connection,
    *,
    baselines: Mapping[Pair, tuple[PairBaseline, str]],
    records: Mapping[Pair, _Record],
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
    if records:
        conn.execute(
            _pair_upsert(conn.dialect.name, _RECORDS, ("progress", "feedback")),
            [
                {"student_id": s, "module_id": m, "progress": p, "feedback": f}
                for (s, m), (p, f) in sorted(records.items())
            ],
        )


def _write_rows(
    conn: Connection,
    progress: list[dict[str, Any]],
    feedback: list[dict[str, Any]],
    checklist: list[dict[str, Any]],
    replaced: list[Pair],
) -> None:
    """Upsert progress and feedback; replace the checklist state of the ``replaced`` pairs.

    On PostgreSQL each is one statement over arrays (``unnest``), whatever the number of
    rows."""
    pg = conn.dialect.name == "postgresql"
    for table, values in ((_PROGRESS, progress), (_FEEDBACK, feedback)):
        if values and pg:
            _pg_insert(conn, table, values, conflict=("module_id", "student_id"))
        elif values:
            conn.execute(_upsert_statement(conn.dialect.name, table, tuple(values[0])), values)
    if not replaced:
        return
    if pg:
        students, modules = zip(*replaced, strict=True)
        conn.exec_driver_sql(
            "DELETE FROM checklist_states WHERE (student_id, module_id) IN "
            "(SELECT * FROM unnest(%b::varchar[], %b::integer[]))",
            (list(students), list(modules)),
        )
        _pg_insert(conn, _CHECKLIST, checklist)
        return
    conn.execute(
        delete(_CHECKLIST).where(
            tuple_(_CHECKLIST.c.student_id, _CHECKLIST.c.module_id).in_(replaced)
        )
    )
    conn.execute(sqlite.insert(_CHECKLIST), checklist)


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
    arrays = ", ".join(f"%b::{table.c[c].type.compile(dialect)}[]" for c in columns)
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
