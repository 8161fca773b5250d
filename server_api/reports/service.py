"""The reports' queries: plain SQL that runs on PostgreSQL and on the embedded SQLite.

Every report reads rows in one stable order and pages by keyset (the sort key of the last
row sent, never OFFSET):

* compliance: (student id, module slug). A page reads the students after the key in
  batches and, for those students only, every assignment that reaches them; the effective
  one per (student, module) is the most specific (``server_api.assignments.service``:
  direct, then team, then university; the lowest id among equals), of published modules
  the viewer may see.
* learning: (module slug, section number; the module's own row first), feedback: module
  slug, comments: (module slug, feedback id), devices: (kind, kiosk id or student id).

Scope: faculty read their own university's students (and modules); admins everyone, or one
university with ``university_id``. Anonymous feedback never leaves this module with a
student id, name or team.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy import JSON, Date, DateTime, Integer, String, bindparam, text
from sqlalchemy.orm import Session

from server_api.reports.paging import BadKey
from sync.rules.protocol import (
    REPORT_ROWS,
    CommentRow,
    ComplianceRow,
    DeviceRow,
    FeedbackRow,
    LearningRow,
    TeamRow,
)

__all__ = ["KEY_SHAPES", "ReportQuery", "count", "iterate", "read"]

# The sort key's JSON types of each report (what ``paging.decode_key`` checks).
KEY_SHAPES: dict[str, tuple[type, ...]] = {
    "compliance": (str, str),
    "learning": (str, int),
    "feedback": (str,),
    "comments": (str, int),
    "devices": (str, str),
    "teams": (int,),
}
# Which filters each report understands (``university_id`` applies to every report).
FILTERS: dict[str, frozenset[str]] = {
    "compliance": frozenset(
        {"module", "team_id", "assignment_type", "due_before", "due_after", "status"}
    ),
    "learning": frozenset({"module", "team_id"}),
    "feedback": frozenset({"module", "team_id"}),
    "comments": frozenset({"module", "team_id"}),
    "devices": frozenset({"team_id"}),
    "teams": frozenset({"team_id"}),
}
STATUS_FILTERS = ("not_started", "in_progress", "completed", "skipped", "excused", "overdue")
_DONE = ("completed", "skipped", "excused")
_COUNTERS = {
    "pause": "pauses",
    "hint_used": "hints",
    "retry": "retries",
    "error_encountered": "errors",
}


@dataclass(frozen=True)
class ReportQuery:
    """One report's scope and filters, already checked."""

    kind: str
    today: date
    university_id: str | None = None  # students of this university only (None: all)
    module_university_id: str | None = None  # modules of this university only (faculty)
    module: str | None = None
    team_id: int | None = None
    assignment_type: str | None = None
    due_before: date | None = None
    due_after: date | None = None
    status: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False)


Row = tuple[tuple[Any, ...], BaseModel]


def read(session: Session, q: ReportQuery, after: tuple[Any, ...] | None, limit: int) -> list[Row]:
    """Up to ``limit`` rows after the sort key ``after`` (None: from the start), in order."""
    return _READERS[q.kind](session, q, after, limit)


def iterate(session: Session, q: ReportQuery, chunk: int) -> Iterator[list[BaseModel]]:
    """The whole report in chunks of rows (each chunk one keyset read)."""
    after: tuple[Any, ...] | None = None
    while True:
        rows = read(session, q, after, chunk)
        if rows:
            yield [row for _key, row in rows]
        if len(rows) < chunk:
            return
        after = rows[-1][0]


def count(session: Session, q: ReportQuery) -> int:
    """How many rows the whole report has."""
    if q.kind == "compliance":
        row_filters = (q.assignment_type, q.due_before, q.due_after, q.status)
        if all(f is None for f in row_filters):
            # every reached (student, module) pair is a row: count the pairs, no ranking
            sql, params = _pairs_count_sql(q)
        else:
            sql, params = _compliance_sql(q, counting=True)
        return int(session.execute(text(sql).bindparams(*_binds(params)), params).scalar_one())
    total = 0
    for rows in iterate(session, q, 2000):
        total += len(rows)
    return total


# --- shared pieces ---------------------------------------------------------------------------


def _binds(params: dict[str, Any]) -> list[Any]:
    out = []
    for name, value in params.items():
        if isinstance(value, date) and not isinstance(value, datetime):
            out.append(bindparam(name, type_=Date))
        elif isinstance(value, list):
            out.append(bindparam(name, expanding=True))
    return out


def _students_where(q: ReportQuery, params: dict[str, Any], alias: str = "s") -> list[str]:
    where = []
    if q.university_id is not None:
        where.append(f"{alias}.university_id = :u")
        params["u"] = q.university_id
    if q.team_id is not None:
        where.append(f"{alias}.team_id = :team")
        params["team"] = q.team_id
    return where


def _modules_where(q: ReportQuery, params: dict[str, Any], alias: str = "m") -> list[str]:
    where = []
    if q.module_university_id is not None:
        where.append(f"{alias}.university_id = :mu")
        params["mu"] = q.module_university_id
    if q.module is not None:
        where.append(f"{alias}.module_id = :module")
        params["module"] = q.module
    return where


def _and(clauses: Sequence[str]) -> str:
    return " AND ".join(clauses) if clauses else "1 = 1"


def _float(value: Any) -> float | None:
    if value is None:
        return None
    return float(value) if not isinstance(value, Decimal) else float(value)


def percentile(sorted_values: Sequence[float], fraction: float) -> float | None:
    """Linear interpolation between closest ranks (PostgreSQL's ``percentile_cont``)."""
    if not sorted_values:
        return None
    position = fraction * (len(sorted_values) - 1)
    low = math.floor(position)
    high = math.ceil(position)
    if low == high:
        return float(sorted_values[low])
    weight = position - low
    return float(sorted_values[low] * (1 - weight) + sorted_values[high] * weight)


def _last_sync(session: Session, student_ids: Sequence[str]) -> dict[str, datetime]:
    """Each student's last contact as the server knows it: the newest of their devices'
    sign-in use (a device token's ``last_used_at``, kept to the hour) and the arrival of
    their newest event (pushed by their device or by a kiosk)."""
    if not student_ids:
        return {}
    ids = list(student_ids)
    out: dict[str, datetime] = {}
    tokens = text(
        "SELECT a.student_id, MAX(k.last_used_at) FROM auth_tokens k "
        "JOIN accounts a ON a.id = k.account_id "
        "WHERE k.kind = 'device' AND a.student_id IN :ids GROUP BY a.student_id"
    ).bindparams(bindparam("ids", expanding=True))
    events = (
        text(
            "SELECT s.id, (SELECT e.received_at FROM module_analytics_events e "
            "WHERE e.student_id = s.id ORDER BY e.change_seq DESC, e.id DESC LIMIT 1) "
            "FROM students s WHERE s.id IN :ids"
        )
        .bindparams(bindparam("ids", expanding=True))
        .columns(id=String, received_at=DateTime)
    )
    typed_tokens = tokens.columns(student_id=String, last_used_at=DateTime)
    for stmt in (typed_tokens, events):
        for sid, when in session.execute(stmt, {"ids": ids}):
            if when is not None and (sid not in out or when > out[sid]):
                out[sid] = when
    return out


# --- compliance ------------------------------------------------------------------------------

_STATUS_SQL = (
    "CASE WHEN p.status = 'completed' OR p.completed_at IS NOT NULL THEN 'completed' "
    "WHEN x.id IS NOT NULL THEN 'excused' "
    "WHEN p.status = 'skipped' THEN 'skipped' "
    "WHEN p.status = 'in_progress' OR COALESCE(p.progress_percent, 0) > 0 "
    "OR p.started_at IS NOT NULL THEN 'in_progress' "
    "ELSE 'not_started' END"
)


def _compliance_sql(
    q: ReportQuery,
    *,
    counting: bool = False,
    lo: str | None = None,
    hi: str | None = None,
    after_slug: str | None = None,
) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    students = _students_where(q, params)
    if lo is not None:
        students.append("s.id >= :lo")
        params["lo"] = lo
    if hi is not None:
        students.append("s.id <= :hi")
        params["hi"] = hi
    modules = ["m.status = 'published'", *_modules_where(q, params)]
    if after_slug is not None:
        modules.append("m.module_id > :after_slug")
        params["after_slug"] = after_slug
    rows: list[str] = []
    if q.assignment_type is not None:
        rows.append("assignment_type = :atype")
        params["atype"] = q.assignment_type
    if q.due_before is not None:
        rows.append("due_date IS NOT NULL AND due_date <= :due_before")
        params["due_before"] = q.due_before
    if q.due_after is not None:
        rows.append("due_date IS NOT NULL AND due_date >= :due_after")
        params["due_after"] = q.due_after
    if q.status == "overdue":
        rows.append(
            "due_date IS NOT NULL AND due_date < :today "
            "AND status NOT IN ('completed', 'skipped', 'excused')"
        )
        params["today"] = q.today
    elif q.status is not None:
        rows.append("status = :status")
        params["status"] = q.status
    select = "SELECT COUNT(*) FROM r" if counting else "SELECT * FROM r"
    sql = f"""
WITH st AS (
  SELECT s.id, s.name, s.team_id, s.university_id FROM students s WHERE {_and(students)}
),
cand AS (
  SELECT st.id AS sid, a.id AS aid, a.module_id AS mpk, 0 AS rnk
    FROM st JOIN module_assignments a ON a.student_id = st.id
  UNION ALL
  SELECT st.id, a.id, a.module_id, 1
    FROM st JOIN module_assignments a ON a.team_id = st.team_id
    WHERE a.student_id IS NULL
  UNION ALL
  SELECT st.id, a.id, a.module_id, 2
    FROM st JOIN module_assignments a ON a.university_id = st.university_id
    WHERE a.student_id IS NULL AND a.team_id IS NULL
),
best AS (
  SELECT sid, aid, mpk, ROW_NUMBER() OVER (PARTITION BY sid, mpk ORDER BY rnk, aid) AS rn
  FROM cand
),
r AS (
  SELECT st.university_id AS university_id, st.team_id AS team_id, t.name AS team_name,
    st.id AS student_id, st.name AS student_name, m.module_id AS module_slug,
    m.title AS module_title, COALESCE(a.assignment_type, 'required') AS assignment_type,
    CASE WHEN a.assignment_rule IS NOT NULL THEN 'rule'
      WHEN a.student_id IS NOT NULL THEN 'student'
      WHEN a.team_id IS NOT NULL THEN 'team' ELSE 'university' END AS assigned_via,
    a.assigned_at AS assigned_at, a.due_date AS due_date, {_STATUS_SQL} AS status,
    COALESCE(p.progress_percent, 0) AS progress_percent, p.started_at AS started_at,
    p.completed_at AS completed_at, x.reason AS excuse_reason, p.mastery_score AS mastery_score
  FROM best b
  JOIN st ON st.id = b.sid
  JOIN modules m ON m.id = b.mpk
  JOIN module_assignments a ON a.id = b.aid
  LEFT JOIN teams t ON t.id = st.team_id
  LEFT JOIN module_progress p ON p.module_id = b.mpk AND p.student_id = b.sid
  LEFT JOIN assignment_excusals x ON x.module_id = b.mpk AND x.student_id = b.sid
  WHERE b.rn = 1 AND {_and(modules)}
)
{select} WHERE {_and(rows)}"""
    if not counting:
        sql += " ORDER BY student_id, module_slug"
    return sql, params


def _pairs_count_sql(q: ReportQuery) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    students = _students_where(q, params)
    modules = ["m.status = 'published'", *_modules_where(q, params)]
    sql = f"""
WITH st AS (
  SELECT s.id, s.team_id, s.university_id FROM students s WHERE {_and(students)}
),
pairs AS (
  SELECT st.id AS sid, a.module_id AS mpk
    FROM st JOIN module_assignments a ON a.student_id = st.id
  UNION
  SELECT st.id, a.module_id
    FROM st JOIN module_assignments a ON a.team_id = st.team_id WHERE a.student_id IS NULL
  UNION
  SELECT st.id, a.module_id
    FROM st JOIN module_assignments a ON a.university_id = st.university_id
    WHERE a.student_id IS NULL AND a.team_id IS NULL
)
SELECT COUNT(*) FROM pairs JOIN modules m ON m.id = pairs.mpk WHERE {_and(modules)}"""
    return sql, params


_COMPLIANCE_COLUMNS = {
    "team_id": Integer,
    "assigned_at": DateTime,
    "due_date": Date,
    "started_at": DateTime,
    "completed_at": DateTime,
    "progress_percent": Integer,
}


def _compliance_rows(session: Session, q: ReportQuery, **bounds: Any) -> list[dict[str, Any]]:
    sql, params = _compliance_sql(q, **bounds)
    stmt = text(sql).bindparams(*_binds(params)).columns(**_COMPLIANCE_COLUMNS)
    return [dict(row._mapping) for row in session.execute(stmt, params)]


def _read_compliance(
    session: Session, q: ReportQuery, after: tuple[Any, ...] | None, limit: int
) -> list[Row]:
    found: list[dict[str, Any]] = []
    last_student: str | None = None
    if after is not None:
        last_student, last_slug = str(after[0]), str(after[1])
        found = _compliance_rows(session, q, lo=last_student, hi=last_student, after_slug=last_slug)
    params: dict[str, Any] = {}
    where = _students_where(q, params)
    batch = max(16, limit // 8)
    while len(found) < limit:
        bounded = [*where]
        if last_student is not None:
            bounded.append("s.id > :after_sid")
            params["after_sid"] = last_student
        params["k"] = batch
        ids = list(
            session.execute(
                text(f"SELECT s.id FROM students s WHERE {_and(bounded)} ORDER BY s.id LIMIT :k"),
                params,
            ).scalars()
        )
        if not ids:
            break
        found.extend(_compliance_rows(session, q, lo=ids[0], hi=ids[-1]))
        last_student = ids[-1]
        if len(ids) < batch:
            break
        batch = min(batch * 2, 4000)
    found = found[:limit]
    synced = _last_sync(session, sorted({r["student_id"] for r in found}))
    out: list[Row] = []
    for r in found:
        status = r["status"]
        due = r["due_date"]
        overdue = (
            (q.today - due).days
            if due is not None and status not in _DONE and due < q.today
            else None
        )
        row = ComplianceRow(
            university_id=r["university_id"],
            team_id=r["team_id"],
            team_name=r["team_name"],
            student_id=r["student_id"],
            student_name=r["student_name"],
            module_id=r["module_slug"],
            module_title=r["module_title"],
            assignment_type=r["assignment_type"],
            assigned_via=r["assigned_via"],
            assigned_at=r["assigned_at"],
            due_date=due,
            status=status,
            progress_percent=int(r["progress_percent"] or 0),
            started_at=r["started_at"],
            completed_at=r["completed_at"],
            overdue_days=overdue,
            excuse_reason=r["excuse_reason"],
            mastery_score=_float(r["mastery_score"]),
            last_sync_at=synced.get(r["student_id"]),
        )
        out.append(((r["student_id"], r["module_slug"]), row))
    return out


# --- modules in scope, in slug order (learning, feedback, comments) ---------------------------


def _modules_after(
    session: Session, q: ReportQuery, after_slug: str | None, limit: int, *, inclusive: bool
) -> list[tuple[int, str, str]]:
    params: dict[str, Any] = {"k": limit}
    where = _modules_where(q, params)
    if after_slug is not None:
        where.append("m.module_id >= :after" if inclusive else "m.module_id > :after")
        params["after"] = after_slug
    rows = session.execute(
        text(
            f"SELECT m.id, m.module_id, m.title FROM modules m WHERE {_and(where)} "
            "ORDER BY m.module_id LIMIT :k"
        ),
        params,
    ).all()
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def _in_scope_join(q: ReportQuery, params: dict[str, Any], student_col: str) -> tuple[str, str]:
    where = _students_where(q, params)
    if not where:
        return "", "1 = 1"
    return f"JOIN students s ON s.id = {student_col}", _and(where)


# --- learning --------------------------------------------------------------------------------


@dataclass
class _Acc:
    started: set[str] = field(default_factory=set)
    completed: set[str] = field(default_factory=set)
    stopped: int = 0
    times: list[float] = field(default_factory=list)
    counters: dict[str, int] = field(
        default_factory=lambda: {"pauses": 0, "hints": 0, "retries": 0, "errors": 0}
    )
    mastery: list[float] = field(default_factory=list)
    signals: dict[str, int] = field(default_factory=dict)


def _learning_module_rows(
    session: Session, q: ReportQuery, modules: list[tuple[int, str, str]]
) -> list[Row]:
    pks = [pk for pk, _slug, _title in modules]
    params: dict[str, Any] = {"pks": pks}
    join, where = _in_scope_join(q, params, "p.student_id")
    progress = session.execute(
        text(
            "SELECT p.module_id, p.student_id, p.status, p.progress_percent, p.started_at, "
            "p.completed_at, p.current_section, p.total_time_seconds, p.pause_count, "
            "p.hint_count, p.retry_count, p.error_count, p.mastery_score "
            f"FROM module_progress p {join} WHERE p.module_id IN :pks AND {where}"
        ).bindparams(*_binds(params)),
        params,
    ).all()
    params = {"pks": pks}
    join, where = _in_scope_join(q, params, "e.student_id")
    events = session.execute(
        text(
            "SELECT e.module_id, e.section_number, e.student_id, e.event_type, "
            "e.pattern_detected, COUNT(*), MAX(e.time_elapsed_seconds) "
            f"FROM module_analytics_events e {join} WHERE e.module_id IN :pks AND {where} "
            "GROUP BY e.module_id, e.section_number, e.student_id, e.event_type, "
            "e.pattern_detected"
        ).bindparams(*_binds(params)),
        params,
    ).all()
    sections = session.execute(
        text(
            "SELECT module_id, section_number, title FROM module_sections "
            "WHERE module_id IN :pks ORDER BY module_id, section_number"
        ).bindparams(bindparam("pks", expanding=True)),
        {"pks": pks},
    ).all()
    whole: dict[int, _Acc] = defaultdict(_Acc)
    per: dict[tuple[int, int], _Acc] = defaultdict(_Acc)
    section_times: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
    for p in progress:
        acc = whole[p.module_id]
        done = p.status == "completed" or p.completed_at is not None
        started = (
            done
            or p.status == "in_progress"
            or (p.progress_percent or 0) > 0
            or p.started_at is not None
        )
        if started:
            acc.started.add(p.student_id)
            if p.total_time_seconds is not None:
                acc.times.append(float(p.total_time_seconds))
        if done:
            acc.completed.add(p.student_id)
        elif started and p.current_section is not None:
            per[(p.module_id, int(p.current_section))].stopped += 1
        acc.counters["pauses"] += p.pause_count or 0
        acc.counters["hints"] += p.hint_count or 0
        acc.counters["retries"] += p.retry_count or 0
        acc.counters["errors"] += p.error_count or 0
        if p.mastery_score is not None:
            acc.mastery.append(float(p.mastery_score))
    for module_pk, number, student, kind, pattern, n, elapsed in events:
        if pattern is not None:
            signals = whole[module_pk].signals
            signals[pattern] = signals.get(pattern, 0) + int(n)
        if number is None:
            continue
        acc = per[(module_pk, int(number))]
        acc.started.add(student)
        if kind == "section_complete":
            acc.completed.add(student)
        if kind in _COUNTERS:
            acc.counters[_COUNTERS[kind]] += int(n)
        if pattern is not None:
            acc.signals[pattern] = acc.signals.get(pattern, 0) + int(n)
        if elapsed is not None:
            times = section_times[(module_pk, int(number))]
            times[student] = max(times.get(student, 0.0), float(elapsed))
    titles: dict[int, list[tuple[int, str | None]]] = defaultdict(list)
    for module_pk, number, title in sections:
        titles[module_pk].append((int(number), title))
    out: list[Row] = []
    for pk, slug, title in modules:
        acc = whole[pk]
        out.append(((slug, -1), _learning_row(slug, title, None, None, acc, stopped=None)))
        numbers = dict(titles[pk])
        for key in per:
            if key[0] == pk and key[1] not in numbers:
                numbers[key[1]] = None
        for number in sorted(numbers):
            sec = per.get((pk, number), _Acc())
            sec.times = list(section_times.get((pk, number), {}).values())
            row = _learning_row(slug, title, number, numbers[number], sec, stopped=sec.stopped)
            out.append(((slug, number), row))
    return out


def _learning_row(
    slug: str,
    title: str,
    number: int | None,
    section_title: str | None,
    acc: _Acc,
    *,
    stopped: int | None,
) -> LearningRow:
    times = sorted(acc.times)
    return LearningRow(
        module_id=slug,
        module_title=title,
        section_number=number,
        section_title=section_title,
        students_started=len(acc.started),
        students_completed=len(acc.completed),
        students_stopped_here=(len(acc.started - acc.completed) if stopped is None else stopped),
        time_median_seconds=percentile(times, 0.5),
        time_p25_seconds=percentile(times, 0.25),
        time_p75_seconds=percentile(times, 0.75),
        pauses=acc.counters["pauses"],
        hints=acc.counters["hints"],
        retries=acc.counters["retries"],
        errors=acc.counters["errors"],
        mastery_mean=(sum(acc.mastery) / len(acc.mastery)) if acc.mastery else None,
        signals=dict(sorted(acc.signals.items())),
        mastery_counts=mastery_counts(acc.mastery),
    )


def mastery_counts(scores: Sequence[float]) -> list[int]:
    """How many scores fall in each fifth of [0, 1] (1.0 in the last; out of range clamped)."""
    counts = [0] * 5
    for score in scores:
        counts[min(4, max(0, int(round(score * 5, 9))))] += 1
    return counts


def _by_modules(
    reader: Any,
) -> Any:
    """A keyset reader over modules in slug order: ``reader(session, q, modules)`` gives
    every row of those modules, keys starting with the slug."""

    def read_rows(
        session: Session, q: ReportQuery, after: tuple[Any, ...] | None, limit: int
    ) -> list[Row]:
        out: list[Row] = []
        after_slug = None if after is None else str(after[0])
        inclusive = after is not None
        batch = 8
        while len(out) < limit:
            modules = _modules_after(session, q, after_slug, batch, inclusive=inclusive)
            if not modules:
                break
            rows = reader(session, q, modules)
            if after is not None:
                rows = [r for r in rows if r[0] > tuple(after)]
            out.extend(rows)
            after_slug, inclusive = modules[-1][1], False
            if len(modules) < batch:
                break
            batch = min(batch * 2, 256)
        return out[:limit]

    return read_rows


# --- feedback and comments -------------------------------------------------------------------


def _feedback_rows(
    session: Session, q: ReportQuery, modules: list[tuple[int, str, str]]
) -> list[Row]:
    params: dict[str, Any] = {"pks": [pk for pk, _s, _t in modules]}
    join, where = _in_scope_join(q, params, "f.student_id")
    found = session.execute(
        text(
            "SELECT f.module_id, f.rating, f.difficulty_rating, "
            "CASE WHEN f.comment IS NOT NULL AND TRIM(f.comment) <> '' THEN 1 ELSE 0 END, "
            "f.engagement_rating, f.clarity_rating, f.tags "
            f"FROM module_feedback f {join} WHERE f.module_id IN :pks AND {where}"
        )
        .bindparams(*_binds(params))
        .columns(tags=JSON),
        params,
    ).all()
    per: dict[int, list[tuple[Any, Any, int]]] = defaultdict(list)
    detail: dict[int, list[tuple[Any, Any, Any]]] = defaultdict(list)
    for module_pk, rating, difficulty, commented, engagement, clarity, tags in found:
        per[module_pk].append((rating, difficulty, int(commented)))
        detail[module_pk].append((engagement, clarity, tags))
    out: list[Row] = []
    for pk, slug, title in modules:
        items = per.get(pk)
        if not items:
            continue
        ratings = [int(r) for r, _d, _c in items if r is not None]
        difficulties = [int(d) for _r, d, _c in items if d is not None]
        engagement = [int(e) for e, _c, _t in detail[pk] if e is not None]
        clarity = [int(c) for _e, c, _t in detail[pk] if c is not None]
        row = FeedbackRow(
            module_id=slug,
            module_title=title,
            responses=len(items),
            rating_mean=(sum(ratings) / len(ratings)) if ratings else None,
            rating_counts=[ratings.count(v) for v in range(1, 6)],
            difficulty_mean=(sum(difficulties) / len(difficulties)) if difficulties else None,
            difficulty_counts=[difficulties.count(v) for v in range(1, 6)],
            comments=sum(c for _r, _d, c in items),
            engagement_mean=(sum(engagement) / len(engagement)) if engagement else None,
            clarity_mean=(sum(clarity) / len(clarity)) if clarity else None,
            tag_counts=_tag_counts(tags for _e, _c, tags in detail[pk]),
        )
        out.append(((slug,), row))
    return out


_MAX_TAGS = 50  # distinct tags kept per module (the most given ones)


def _tag_counts(lists: Iterable[Any]) -> dict[str, int]:
    """How many students gave each tag. ``tags`` was written by another application: only
    lists of short strings count, and a student's tag counts once."""
    counts: Counter[str] = Counter()
    for tags in lists:
        if isinstance(tags, list):
            counts.update({t for t in tags if isinstance(t, str) and 0 < len(t) <= 100})
    return dict(counts.most_common(_MAX_TAGS))


def _comment_rows(
    session: Session, q: ReportQuery, modules: list[tuple[int, str, str]]
) -> list[Row]:
    params: dict[str, Any] = {"pks": [pk for pk, _s, _t in modules]}
    where = _students_where(q, params)
    found = session.execute(
        text(
            "SELECT f.id, f.module_id, f.created_at, f.rating, f.difficulty_rating, f.comment, "
            "f.is_anonymous, s.id, s.name, t.name FROM module_feedback f "
            "JOIN students s ON s.id = f.student_id LEFT JOIN teams t ON t.id = s.team_id "
            f"WHERE f.module_id IN :pks AND {_and(where)} "
            "AND f.comment IS NOT NULL AND TRIM(f.comment) <> '' ORDER BY f.id"
        )
        .bindparams(*_binds(params))
        .columns(created_at=DateTime),
        params,
    ).all()
    slugs = {pk: (slug, title) for pk, slug, title in modules}
    out: list[Row] = []
    for fid, module_pk, created, rating, difficulty, comment, anonymous, sid, name, team in found:
        slug, title = slugs[module_pk]
        hidden = bool(anonymous)
        row = CommentRow(
            module_id=slug,
            module_title=title,
            submitted_at=created,
            rating=rating,
            difficulty=difficulty,
            comment=comment,
            anonymous=hidden,
            student_id=None if hidden else sid,
            student_name=None if hidden else name,
            team_name=None if hidden else team,
        )
        out.append(((slug, int(fid)), row))
    out.sort(key=lambda r: r[0])
    return out


# --- devices ---------------------------------------------------------------------------------


def _read_devices(
    session: Session, q: ReportQuery, after: tuple[Any, ...] | None, limit: int
) -> list[Row]:
    out: list[Row] = []
    kind, last = ("", "") if after is None else (str(after[0]), str(after[1]))
    if kind in ("", "kiosk"):
        params: dict[str, Any] = {"k": limit}
        where = _students_where(q, params, alias="k")
        if kind == "kiosk":
            if not last.isdigit():
                raise BadKey("after: not a key of this report")
            where.append("k.id > :after")
            params["after"] = int(last)
        kiosks = session.execute(
            text(
                "SELECT k.id, k.device_id, k.name, k.last_sync_at, k.pending_events "
                f"FROM kiosks k WHERE {_and(where)} AND k.revoked_at IS NULL "
                "ORDER BY k.id LIMIT :k"
            ).columns(last_sync_at=DateTime),
            params,
        ).all()
        for kid, device, name, synced, pending in kiosks:
            row = DeviceRow(
                kind="kiosk",
                device_id=device,
                name=name,
                student_id=None,
                student_name=None,
                team_name=None,
                last_sync_at=synced,
                events_waiting=pending,
            )
            out.append((("kiosk", f"{int(kid):012d}"), row))
        last = ""
    if len(out) >= limit:
        return out[:limit]
    params = {"k": limit - len(out)}
    where = _students_where(q, params)
    if last:
        where.append("s.id > :after")
        params["after"] = last
    students = session.execute(
        text(
            "SELECT s.id, s.name, t.name FROM students s LEFT JOIN teams t ON t.id = s.team_id "
            f"WHERE {_and(where)} ORDER BY s.id LIMIT :k"
        ),
        params,
    ).all()
    ids = [str(r[0]) for r in students]
    devices: dict[str, tuple[str | None, str | None, datetime | None]] = {}
    if ids:
        for sid, device, name, used in session.execute(
            text(
                "SELECT a.student_id, k.device_id, k.device_name, k.last_used_at "
                "FROM auth_tokens k JOIN accounts a ON a.id = k.account_id "
                "WHERE k.kind = 'device' AND k.revoked_at IS NULL AND a.student_id IN :ids "
                "ORDER BY k.id"
            )
            .bindparams(bindparam("ids", expanding=True))
            .columns(last_used_at=DateTime),
            {"ids": ids},
        ):
            known = devices.get(sid)
            if known is None or (used is not None and (known[2] is None or used >= known[2])):
                devices[sid] = (device, name, used)
    synced = _last_sync(session, ids)
    for sid, name, team in students:
        device = devices.get(sid, (None, None, None))
        row = DeviceRow(
            kind="student",
            device_id=device[0],
            name=device[1],
            student_id=sid,
            student_name=name,
            team_name=team,
            last_sync_at=synced.get(sid),
            events_waiting=None,
        )
        out.append((("student", sid), row))
    return out[:limit]


def _read_teams(
    session: Session, q: ReportQuery, after: tuple[Any, ...] | None, limit: int
) -> list[Row]:
    params: dict[str, Any] = {"k": limit}
    where = []
    if q.university_id is not None:
        where.append("t.university_id = :u")
        params["u"] = q.university_id
    if q.team_id is not None:
        where.append("t.id = :team")
        params["team"] = q.team_id
    if after is not None:
        where.append("t.id > :after")
        params["after"] = int(after[0])
    rows = session.execute(
        text(
            "SELECT t.id, t.university_id, t.name, t.subsystem, "
            "(SELECT count(*) FROM students s WHERE s.team_id = t.id) "
            f"FROM teams t WHERE {_and(where)} ORDER BY t.id LIMIT :k"
        ),
        params,
    ).all()
    return [
        (
            (int(tid),),
            TeamRow(
                university_id=uni,
                team_id=int(tid),
                team_name=name,
                subsystem=subsystem,
                students=int(n),
            ),
        )
        for tid, uni, name, subsystem, n in rows
    ]


_READERS: dict[str, Callable[[Session, ReportQuery, tuple[Any, ...] | None, int], list[Row]]] = {
    "compliance": _read_compliance,
    "learning": _by_modules(_learning_module_rows),
    "feedback": _by_modules(_feedback_rows),
    "comments": _by_modules(_comment_rows),
    "devices": _read_devices,
    "teams": _read_teams,
}
assert set(_READERS) == set(REPORT_ROWS) == set(KEY_SHAPES)
