"""History written by another application: baselines, and telling FRAMES's rows from others'.

A production database already holds ``module_progress`` and ``module_feedback`` rows that the
web application FRAMES replaces wrote directly (often without any analytics event behind
them), and that application may go on writing rows after FRAMES arrives. Such a row is
history: it is never overwritten by a fold of FRAMES's events. Instead it becomes the pair's
*baseline* (``ProgressBaseline``, ``sync.rules.derive.PairBaseline``) and the pair's rows are folded
from (baseline, FRAMES events) from then on, here and on every device (see ``sync.rules.progress``
and ``sync.rules.derive`` for the rules).

How a row is recognised as another application's: ``fold_records`` keeps, per pair, the
progress and feedback values FRAMES last wrote (or adopted). A stored row that differs from
them, or that exists without any record, was written by someone else since.

* Progress: the new baseline keeps the row's status, percent, current section and
  timestamps, and its time and counters *less* what FRAMES's own events of the pair already
  add (never below 0): the other application's row is taken to include what FRAMES had
  written, so nothing is counted twice, and the pair then reads exactly as that row (or
  more, where FRAMES's events show more: a row never goes backwards).
* Feedback: the row becomes one more feedback write, stamped with the row's ``created_at``
  when a database is adopted and with the time it is found otherwise; a device edit made
  later still wins (last writer wins).

``adopt`` runs after every ``frames-server migrate``: on the first run it takes every
existing row (recognising those an older FRAMES version derived itself); later runs take
whatever another application wrote since. A push checks the pairs it folds the same way
(``reconcile``) before writing. ``check`` lists pairs whose stored progress differs from what
the fold gives.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Final, NamedTuple

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    DateTime,
    bindparam,
    func,
    select,
    text,
    tuple_,
)

from server_api.changes import mark_scopes, take_seq
from server_api.models import (
    FoldRecord,
    ModuleAnalyticsEvent,
    ModuleAssignment,
    ModuleFeedback,
    ModuleProgress,
    ModuleSection,
    ProgressBaseline,
)
from sync.rules.derive import Derived, PairBaseline, derive, legacy_feedback
from sync.rules.merge import FeedbackState
from sync.rules.progress import PROGRESS_FIELDS, Baseline, Progress, is_legacy_uuid
from sync.rules.sections import criteria_by_section

__all__ = [
    "PROGRESS_FIELDS",
    "AdoptReport",
    "PairHistory",
    "adopt",
    "check",
    "feedback_json",
    "foreign_row",
    "progress_json",
    "read_history",
    "reconcile",
]

Pair = tuple[str, int]  # (student_id, module pk)

_FEEDBACK_FIELDS: Final = ("rating", "difficulty_rating", "comment", "is_anonymous", "created_at")
_TIMES: Final = frozenset({"started_at", "completed_at", "last_accessed_at", "created_at"})
_CHUNK: Final = 500


def _json_value(name: str, value: Any) -> Any:
    if name in _TIMES:
        return None if value is None else value.isoformat()
    return None if value is None else (str(value) if name == "status" else value)


def progress_json(row: Any) -> dict[str, Any]:
    """The fold's columns of a progress row (a ``Progress``, an ORM row, a result row) as a
    JSON-ready dict: what ``fold_records`` keeps and compares."""
    return {name: _json_value(name, getattr(row, name)) for name in PROGRESS_FIELDS}


def feedback_json(row: Any) -> dict[str, Any]:
    """The columns FRAMES writes of a feedback row (a ``FeedbackState`` or a stored row)."""
    return {name: _json_value(name, getattr(row, name)) for name in _FEEDBACK_FIELDS}


@dataclass(slots=True)
class PairHistory:
    """What the database holds about one pair besides its events."""

    baseline: PairBaseline | None = None
    source: str | None = None
    record: tuple[dict[str, Any] | None, dict[str, Any] | None] | None = None
    progress_row: dict[str, Any] | None = None
    feedback_row: tuple[int, dict[str, Any]] | None = None
    state: dict[str, Any] | None = None


def _chunks(items: list[Pair]) -> Iterator[list[Pair]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


_B, _R, _P, _F = ProgressBaseline, FoldRecord, ModuleProgress, ModuleFeedback
E = ModuleAnalyticsEvent


@lru_cache(maxsize=64)
def _history_sql(dialect: str, pairs: int) -> str:
    """One query for everything ``PairHistory`` holds of some pairs: outer joins from the
    list of pairs (a push reads it every batch), as plain SQL, nothing compiled per push.
    PostgreSQL takes the pairs as two arrays; SQLite as ``pairs`` rows of a VALUES list."""
    progress = ", ".join(f"p.{name} AS p_{name}" for name in PROGRESS_FIELDS)
    feedback = ", ".join(f"f.{name} AS f_{name}" for name in _FEEDBACK_FIELDS)
    joins = " ".join(
        f"LEFT JOIN {table} {alias} ON {alias}.student_id = w.sid AND {alias}.module_id = w.mid"
        for table, alias in (
            ("progress_baselines", "b"),
            ("fold_records", "r"),
            ("module_progress", "p"),
            ("module_feedback", "f"),
        )
    )
    columns = (
        "SELECT w.sid, w.mid, b.baseline AS b_baseline, b.source AS b_source, r.id AS r_id, "
        "r.progress AS r_progress, r.feedback AS r_feedback, r.state AS r_state, "
        f"p.id AS p_id, {progress}, f.id AS f_id, {feedback} "
    )
    if dialect == "postgresql":
        return f"{columns} FROM unnest(%b::varchar[], %b::integer[]) AS w(sid, mid) {joins}"
    rows = ", ".join(f"(:s{i}, :m{i})" for i in range(pairs))
    return f"WITH w(sid, mid) AS (VALUES {rows}) {columns} FROM w {joins}"


@lru_cache(maxsize=64)
def _history_text(pairs: int) -> Any:
    """``_history_sql`` for SQLite, typed so that JSON and timestamps come back as values."""
    times = {f"p_{n}": DateTime for n in ("started_at", "completed_at", "last_accessed_at")}
    return text(_history_sql("sqlite", pairs)).columns(
        b_baseline=JSON, r_progress=JSON, r_feedback=JSON, r_state=JSON,
        f_created_at=DateTime, f_is_anonymous=Boolean, **times,
    )  # fmt: skip


def read_history(conn: Connection, pairs: Iterable[Pair]) -> dict[Pair, PairHistory]:
    """Baseline, fold record and current progress and feedback rows of each pair."""
    wanted = sorted(set(pairs))
    out = {pair: PairHistory() for pair in wanted}
    pg = conn.dialect.name == "postgresql"
    for chunk in _chunks(wanted):
        if pg:
            sql = _history_sql("postgresql", len(chunk))
            found = conn.exec_driver_sql(sql, ([s for s, _ in chunk], [m for _, m in chunk]))
        else:
            params = {
                f"{k}{i}": v
                for i, pair in enumerate(chunk)
                for k, v in zip("sm", pair, strict=True)
            }
            found = conn.execute(_history_text(len(chunk)), params)
        for r in found:
            h = out[(r.sid, r.mid)]
            if r.b_baseline is not None:
                h.baseline, h.source = PairBaseline.from_json(r.b_baseline), r.b_source
            if r.r_id is not None:
                h.record, h.state = (r.r_progress, r.r_feedback), r.r_state
            if r.p_id is not None:
                h.progress_row = {
                    name: _json_value(name, getattr(r, f"p_{name}")) for name in PROGRESS_FIELDS
                }
            if r.f_id is not None:
                h.feedback_row = (
                    r.f_id,
                    {name: _json_value(name, getattr(r, f"f_{name}")) for name in _FEEDBACK_FIELDS},
                )
    return out


def _less(row: dict[str, Any], frames: Progress | None) -> Baseline:
    """A progress row another application wrote, as a baseline: its own values, with time
    and counters less what FRAMES's events already add (see the module docstring)."""

    def moment(name: str) -> datetime | None:
        value = row[name]
        return None if value is None else datetime.fromisoformat(value)

    def minus(name: str) -> int | None:
        value = row[name]
        if value is None or frames is None:
            return value  # type: ignore[no-any-return]
        return max(0, int(value) - int(getattr(frames, name)))

    return Baseline(
        status=row["status"],
        progress_percent=row["progress_percent"],
        current_section=row["current_section"],
        started_at=moment("started_at"),
        completed_at=moment("completed_at"),
        last_accessed_at=moment("last_accessed_at"),
        total_time_seconds=minus("total_time_seconds"),
        pause_count=minus("pause_count"),
        hint_count=minus("hint_count"),
        retry_count=minus("retry_count"),
        error_count=minus("error_count"),
    )


def _derived_alone(events: list[Any], sections: Mapping[int, Any]) -> Derived:
    """What FRAMES's own events of a pair derive, without any baseline or legacy row."""
    return derive([e for e in events if not is_legacy_uuid(e.uuid)], section_numbers=sections)


@dataclass(slots=True)
class Reconciled:
    """Baselines to store (new or changed) and which pairs' rows were found foreign."""

    baselines: dict[Pair, tuple[PairBaseline, str]] = field(default_factory=dict)
    foreign_progress: set[Pair] = field(default_factory=set)
    foreign_feedback: set[Pair] = field(default_factory=set)
    frames_written: set[Pair] = field(default_factory=set)


def reconcile(
    history: Mapping[Pair, PairHistory],
    *,
    sections: Mapping[int, Mapping[int, Any]],
    events: Mapping[Pair, list[Any]],
    now: datetime,
    adopting: bool = False,
) -> Reconciled:
    """Find the pairs whose progress or feedback row another application wrote since FRAMES
    last wrote (or adopted) it, and compute their new baselines; ``events`` are the pairs'
    stored events (before anything a push is about to add).

    ``adopting``: the first adoption of a database (no record, no baseline): a row that is
    exactly what an older FRAMES fold of the pair's events gave is FRAMES's own, not history.
    """
    out = Reconciled()
    for pair, h in history.items():
        recorded_progress, recorded_feedback = h.record if h.record is not None else (None, None)
        foreign_p = h.progress_row is not None and h.progress_row != recorded_progress
        foreign_f = h.feedback_row is not None and h.feedback_row[1] != recorded_feedback
        if not (foreign_p or foreign_f):
            continue
        pair_events = events.get(pair, [])
        module_sections = sections.get(pair[1], {})
        if adopting and h.record is None and h.baseline is None and pair_events:
            older = derive(pair_events, section_numbers=module_sections)
            if foreign_p and h.progress_row == progress_json(older.progress):
                foreign_p = False
                out.frames_written.add(pair)
            if foreign_f and older.feedback is not None:
                if h.feedback_row is not None and h.feedback_row[1] == feedback_json(
                    older.feedback
                ):
                    foreign_f = False
                    out.frames_written.add(pair)
            if not (foreign_p or foreign_f):
                continue
        frames = _derived_alone(pair_events, module_sections) if foreign_p else None
        old = h.baseline or PairBaseline()
        progress = old.progress
        if foreign_p and h.progress_row is not None and frames is not None:
            progress = _less(h.progress_row, frames.progress)
            out.foreign_progress.add(pair)
        feedback = old.feedback
        if foreign_f and h.feedback_row is not None:
            row_id, row = h.feedback_row
            created = row["created_at"]
            feedback = legacy_feedback(
                row_id=row_id,
                created_at=(
                    datetime.fromisoformat(created) if adopting and created is not None else now
                ),
                rating=row["rating"],
                difficulty_rating=row["difficulty_rating"],
                comment=row["comment"],
                is_anonymous=row["is_anonymous"],
            )
            out.foreign_feedback.add(pair)
        source = "adopted" if adopting else "foreign"
        out.baselines[pair] = (PairBaseline(progress=progress, feedback=feedback), source)
    return out


def derived_record(d: Derived) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """What FRAMES writes for a pair: its ``fold_records`` values."""
    fb: FeedbackState | None = d.feedback
    return progress_json(d.progress), None if fb is None else feedback_json(fb)


# --- adopting a database and checking it ---------------------------------------------------


@dataclass
class AdoptReport:
    """What ``adopt`` found and did, for ``frames-server migrate`` to print."""

    progress_rows: int = 0
    feedback_rows: int = 0
    progress_baselines: int = 0
    feedback_baselines: int = 0
    frames_rows: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    assignments: int = 0
    legacy_events: int = 0

    @property
    def adopted(self) -> bool:
        return bool(self.progress_baselines or self.feedback_baselines)

    def lines(self) -> list[str]:
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.by_status.items()))
        return [
            f"history: {self.progress_rows} progress row(s) and {self.feedback_rows} feedback "
            f"row(s) found; {self.progress_baselines} pair(s) given a progress baseline"
            + (f" ({statuses})" if statuses else "")
            + f", {self.feedback_baselines} a feedback baseline"
            + (f"; {self.frames_rows} recognised as FRAMES's own" if self.frames_rows else ""),
            f"history: {self.assignments} assignment(s) and {self.legacy_events} event(s) "
            "written by another application kept as they are",
        ]


class _SectionRow(NamedTuple):
    section_number: int
    section_type: str
    content: str
    duration_seconds: int | None
    section_config: dict[str, Any] | None
    completion_criteria: dict[str, Any] | None


_SECTION_RULES: Final = select(
    ModuleSection.module_id,
    ModuleSection.section_number,
    ModuleSection.section_type,
    ModuleSection.section_config,
    ModuleSection.completion_criteria,
)


def read_section_rules(conn: Connection, modules: Iterable[int]) -> dict[int, dict[int, Any]]:
    """``{module pk: {section_number: completion criteria or None}}``: what the progress
    fold takes (``sync.rules.sections.criteria_by_section``), the same as a device's."""
    rows: dict[int, list[_SectionRow]] = defaultdict(list)
    wanted = sorted(set(modules))
    for i in range(0, len(wanted), _CHUNK):
        query = _SECTION_RULES.where(ModuleSection.module_id.in_(wanted[i : i + _CHUNK]))
        for module, number, kind, config, criteria in conn.execute(query):
            rows[module].append(
                _SectionRow(
                    number,
                    kind,
                    "",
                    None,
                    config if isinstance(config, dict) else None,
                    criteria if isinstance(criteria, dict) else None,
                )
            )
    out: dict[int, dict[int, Any]] = defaultdict(dict)
    out.update((module, criteria_by_section(found)) for module, found in rows.items())
    return out


_sections = read_section_rules


def _events(conn: Connection, pairs: list[Pair]) -> dict[Pair, list[Any]]:
    from server_api.sync_api.derived import fold_select  # the one shape of fold input

    out: dict[Pair, list[Any]] = defaultdict(list)
    stmt = fold_select().where(
        tuple_(E.student_id, E.module_id).in_(bindparam("pairs", expanding=True))
    )
    for r in conn.execute(stmt, {"pairs": pairs}):
        out[(r.student_id, r.module_id)].append(r)
    return out


def _all_pairs(conn: Connection) -> list[Pair]:
    found: set[Pair] = set()
    for table in (ModuleProgress, ModuleFeedback):
        found.update((s, m) for s, m in conn.execute(select(table.student_id, table.module_id)))
    return sorted(found)


def adopt(conn: Connection, *, now: datetime) -> AdoptReport:
    """Give a baseline to every pair whose progress or feedback row another application wrote
    (see the module docstring); record the rows an older FRAMES derived itself. Idempotent:
    a second run finds nothing new."""
    from server_api.sync_api.derived import store_history  # one writer of these rows

    seq: int | None = None
    report = AdoptReport()
    report.assignments = conn.execute(select(func.count(ModuleAssignment.id))).scalar_one()
    report.legacy_events = conn.execute(
        select(func.count(E.id)).where(E.event_uuid.is_(None))
    ).scalar_one()
    for chunk in _chunks(_all_pairs(conn)):
        history = read_history(conn, chunk)
        report.progress_rows += sum(h.progress_row is not None for h in history.values())
        report.feedback_rows += sum(h.feedback_row is not None for h in history.values())
        first = any(h.record is None and h.baseline is None for h in history.values())
        events = (
            _events(conn, chunk) if first or any(foreign_row(h) for h in history.values()) else {}
        )
        found = reconcile(
            history,
            sections=_sections(conn, (m for _, m in chunk)),
            events=events,
            now=now,
            adopting=True,
        )
        report.progress_baselines += len(found.foreign_progress)
        report.feedback_baselines += len(found.foreign_feedback)
        report.frames_rows += len(found.frames_written)
        for pair in found.foreign_progress:
            status = str((history[pair].progress_row or {}).get("status") or "not_started")
            report.by_status[status] = report.by_status.get(status, 0) + 1
        records: dict[Pair, tuple[dict[str, Any] | None, dict[str, Any] | None]] = {}
        for pair, h in history.items():
            if foreign_row(h):  # the row as it stands is now known (adopted or FRAMES's own)
                records[pair] = (h.progress_row, h.feedback_row[1] if h.feedback_row else None)
        if found.baselines and seq is None:
            seq = take_seq(conn)  # devices that synced before must pull the new baselines
        store_history(conn, baselines=found.baselines, records=records, seq=seq or 0, now=now)
        if found.baselines and seq is not None:
            mark_scopes(conn, {f"student:{s}" for s, _ in found.baselines}, seq)
    return report


def foreign_row(h: PairHistory) -> bool:
    """Whether the pair's progress or feedback row was written since FRAMES last wrote it."""
    recorded_progress, recorded_feedback = h.record if h.record is not None else (None, None)
    return (h.progress_row is not None and h.progress_row != recorded_progress) or (
        h.feedback_row is not None and h.feedback_row[1] != recorded_feedback
    )


def check(conn: Connection, *, limit: int = 20) -> tuple[int, list[str]]:
    """Pairs whose stored progress row differs from what the fold of (baseline, events)
    gives: how many, and a line for each of the first ``limit``."""
    count = 0
    lines: list[str] = []
    pairs = sorted(
        set(_all_pairs(conn))
        | {(s, m) for s, m in conn.execute(select(E.student_id, E.module_id).distinct())}
    )
    for chunk in _chunks(pairs):
        history = read_history(conn, chunk)
        events = _events(conn, chunk)
        sections = _sections(conn, (m for _, m in chunk))
        for pair in chunk:
            h = history[pair]
            folded = derive(
                events.get(pair, []), section_numbers=sections.get(pair[1], {}), baseline=h.baseline
            ).progress
            if h.progress_row is None:
                # events only another application wrote and no row: nothing FRAMES derived
                if any(not is_legacy_uuid(e.uuid) for e in events.get(pair, [])):
                    count += 1
                    if len(lines) < limit:
                        lines.append(f"student {pair[0]} module #{pair[1]}: no progress row")
                continue
            stored = _less(h.progress_row, None).progress()
            if stored != folded:
                count += 1
                if len(lines) < limit:
                    differs = [
                        f"{name} {getattr(stored, name)!s} != {getattr(folded, name)!s}"
                        for name in PROGRESS_FIELDS
                        if getattr(stored, name) != getattr(folded, name)
                    ]
                    lines.append(
                        f"student {pair[0]} module #{pair[1]}: stored {'; '.join(differs)}"
                    )
    return count, lines
