"""The Reports area as plain data: columns, filters, lazily read rows, CSV, chart series.

Pure code over ``local_store`` (no Qt): the table model and the charts only wrap what is
decided here, so the rules are tested without widgets.

Rules
-----
Rows
    A report is read from the faculty device's last snapshot (``LocalStore.report_*``), a
    block of ``BLOCK`` rows at a time as the table scrolls: opening never reads every row.
Filters
    Module, team, assignment type and status match exactly (status ``overdue``: a due date
    has passed while not completed, skipped or excused); the text must match every word
    in the student, team or module names. Grouping by team sorts by team first.
CSV
    The visible rows and columns, in the visible order, the column titles as the header;
    at most ``MAX_CSV_ROWS`` rows; a cell starting with ``= + - @`` is prefixed with ``'``
    so a spreadsheet never runs it.
Anonymous comments
    Show "Anonymous" and never a name (the server sends none anyway).
"""

from __future__ import annotations

import csv
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from local_store import LocalStore, ReportFilter, ReportMeta
from sync.client.settings_keys import reports_error_key

__all__ = [
    "BLOCK",
    "COLUMNS",
    "MAX_CSV_ROWS",
    "STATUS_WORDS",
    "Column",
    "ComplianceFilters",
    "ModuleSummary",
    "ReportRows",
    "StudentSummary",
    "as_of_text",
    "cell_text",
    "csv_safe",
    "module_summary",
    "rows_where",
    "student_summary",
    "write_csv",
]

BLOCK: Final = 200
"""Rows read from the store at once as the table scrolls."""
MAX_CSV_ROWS: Final = 500_000
"""Rows one CSV export writes at most (a university of 5,000 students x 50 modules fits)."""

STATUS_WORDS: Final = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "completed": "Completed",
    "skipped": "Skipped",
    "excused": "Excused",
    "overdue": "Overdue",
}
_VIA_WORDS: Final = {
    "student": "Directly",
    "team": "Team",
    "university": "University",
    "rule": "Rule",
}


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    title: str
    kind: str = "text"
    """How the value is shown: text, word (capitalised), date, day (a time's date), datetime,
    percent, ratio (0-1 as a percentage), days, number, mean, duration, status, via, author
    (a comment's student, or Anonymous)."""


COLUMNS: Final[dict[str, tuple[Column, ...]]] = {
    "compliance": (
        Column("team_name", "Team"),
        Column("student_name", "Student"),
        Column("module_title", "Module"),
        Column("assignment_type", "Type", "word"),
        Column("assigned_via", "Assigned via", "via"),
        Column("due_date", "Due", "date"),
        Column("status", "Status", "status"),
        Column("progress_percent", "Progress", "percent"),
        Column("completed_at", "Completed", "day"),
        Column("overdue_days", "Overdue", "days"),
        Column("excuse_reason", "Excuse reason"),
        Column("last_sync_at", "Last sync", "datetime"),
    ),
    "comments": (
        Column("module_title", "Module"),
        Column("submitted_at", "When", "datetime"),
        Column("rating", "Rating", "number"),
        Column("difficulty", "Difficulty", "number"),
        Column("student_name", "Student", "author"),
        Column("team_name", "Team"),
        Column("comment", "Comment"),
    ),
    "feedback": (
        Column("module_title", "Module"),
        Column("responses", "Responses", "number"),
        Column("rating_mean", "Rating (mean)", "mean"),
        Column("difficulty_mean", "Difficulty (mean)", "mean"),
        Column("engagement_mean", "Engagement (mean)", "mean"),
        Column("clarity_mean", "Clarity (mean)", "mean"),
        Column("tag_counts", "Tags", "tags"),
        Column("comments", "Comments", "number"),
    ),
    "devices": (
        Column("kind", "Kind"),
        Column("name", "Device"),
        Column("student_name", "Student"),
        Column("team_name", "Team"),
        Column("last_sync_at", "Last sync", "datetime"),
        Column("events_waiting", "Waiting to sync", "number"),
    ),
    "learning": (
        Column("module_title", "Module"),
        Column("section_title", "Section"),
        Column("students_started", "Started", "number"),
        Column("students_completed", "Completed", "number"),
        Column("students_stopped_here", "Stopped here", "number"),
        Column("time_median_seconds", "Median time", "duration"),
        Column("pauses", "Pauses", "number"),
        Column("hints", "Hints", "number"),
        Column("retries", "Retries", "number"),
        Column("errors", "Errors", "number"),
        Column("mastery_mean", "Mastery", "mean"),
        Column("mastery_counts", "Mastery by fifths", "fifths"),
    ),
}
_TEXT_FIELDS: Final = {
    "compliance": ("student_name", "student_id", "team_name", "module_title", "module_id"),
    "comments": ("module_title", "comment", "student_name", "team_name"),
    "feedback": ("module_title", "module_id"),
    "devices": ("name", "student_name", "team_name"),
    "learning": ("module_title", "section_title"),
}


def _when(value: Any) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)


def _duration(seconds: Any) -> str:
    if seconds is None:
        return ""
    total = round(float(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def cell_text(column: Column, row: dict[str, Any]) -> str:
    """What a table cell (and the CSV) shows for ``column`` of ``row``."""
    value = row.get(column.field)
    kind = column.kind
    if kind == "author":
        return "Anonymous" if row.get("anonymous") else str(value or "")
    if value is None:
        return ""
    if kind == "status":
        return STATUS_WORDS.get(str(value), str(value))
    if kind == "via":
        return _VIA_WORDS.get(str(value), str(value))
    if kind == "percent":
        return f"{int(value)}%"
    if kind == "days":
        return f"{int(value)} d" if int(value) > 0 else ""
    if kind == "datetime":
        return _when(value)
    if kind == "day":
        return _when(value)[:10]
    if kind == "word":
        return str(value).replace("_", " ").capitalize()
    if kind == "ratio":
        return f"{float(value):.0%}"
    if kind == "mean":
        return f"{float(value):.2f}"
    if kind == "duration":
        return _duration(value)
    if kind == "fifths":  # students per fifth of the mastery scale, the empty fifths left out
        counts = [int(n) for n in value]
        return " · ".join(f"{20 * i}–{20 * i + 20} %: {n}" for i, n in enumerate(counts) if n)
    if kind == "tags":  # {"helpful": 3, "fun": 1}: the most given first
        pairs = sorted(dict(value).items(), key=lambda kv: (-int(kv[1]), str(kv[0])))
        return ", ".join(f"{tag.replace('_', ' ')} {n}" for tag, n in pairs)
    return str(value)


def as_of_text(meta: dict[str, ReportMeta], *, now: datetime) -> str:
    """'As of 2026-03-01 12:00 (synced 5 min ago)', or why there is nothing yet."""
    if not meta:
        return "No reports on this device yet: sync while connected to fetch them."
    as_of = min(m.as_of for m in meta.values())
    fetched = max(m.fetched_at for m in meta.values())
    ago = max(0, int((now - fetched).total_seconds() // 60))
    when = "just now" if ago < 1 else f"{ago} min ago" if ago < 120 else f"{ago // 60} h ago"
    return f"As of {as_of:%Y-%m-%d %H:%M} UTC (last sync {when})"


def reports_error(store: LocalStore, owner: str) -> str | None:
    """Why the last sync did not refresh these reports (None: it did, or none ran yet)."""
    said = store.get_setting(reports_error_key(owner))
    return f"Reports not refreshed at the last sync: {said}." if isinstance(said, str) else None


@dataclass(frozen=True, slots=True)
class ComplianceFilters:
    """The compliance table's filter bar; ``None`` means all."""

    module_id: str | None = None
    team_name: str | None = None
    assignment_type: str | None = None
    status: str | None = None  # a ComplianceStatus, or "overdue"
    text: str = ""
    group_by_team: bool = False

    def to_filter(self, order: Sequence[tuple[str, bool]] = ()) -> ReportFilter:
        equals: list[tuple[str, Any]] = []
        present: tuple[str, ...] = ()
        if self.module_id is not None:
            equals.append(("module_id", self.module_id))
        if self.team_name is not None:
            equals.append(("team_name", self.team_name or None))
        if self.assignment_type is not None:
            equals.append(("assignment_type", self.assignment_type))
        if self.status == "overdue":
            present = ("overdue_days",)
        elif self.status is not None:
            equals.append(("status", self.status))
        keys = list(order)
        if self.group_by_team and not any(f == "team_name" for f, _ in keys):
            keys.insert(0, ("team_name", False))
        return ReportFilter(
            equals=tuple(equals),
            present=present,
            text=self.text,
            text_fields=_TEXT_FIELDS["compliance"],
            order=tuple(keys),
        )


@dataclass
class ReportRows:
    """The rows of one stored report that a filter keeps, read a block at a time.

    ``count`` needs no query when nothing is filtered or sorted (the snapshot's row count);
    otherwise the matching row numbers are read once (one query) and the rows on demand.
    """

    store: LocalStore
    owner: str
    kind: str
    where: ReportFilter = field(default_factory=ReportFilter)
    _numbers: Sequence[int] = field(default=(), init=False)
    _blocks: dict[int, list[dict[str, Any]]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self, where: ReportFilter | None = None) -> None:
        """Apply ``where`` (or read the snapshot again with the same filter)."""
        if where is not None:
            self.where = where
        self._blocks.clear()
        if self.where.is_plain:
            self._numbers = range(self.store.report_count(self.owner, self.kind))
        else:
            self._numbers = self.store.report_ordinals(self.owner, self.kind, self.where)

    @property
    def count(self) -> int:
        return len(self._numbers)

    def row(self, index: int) -> dict[str, Any]:
        block = index // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            if len(self._blocks) > 50:  # keep memory bounded while scrolling far
                self._blocks.clear()
            wanted = self._numbers[block * BLOCK : (block + 1) * BLOCK]
            rows = self.store.report_rows(self.owner, self.kind, list(wanted))
            self._blocks[block] = rows
        offset = index - block * BLOCK
        return rows[offset] if offset < len(rows) else {}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for start in range(0, self.count, BLOCK):
            wanted = list(self._numbers[start : start + BLOCK])
            yield from self.store.report_rows(self.owner, self.kind, wanted)


def csv_safe(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(
    path: Path | str,
    columns: Sequence[Column],
    rows: Iterable[dict[str, Any]],
    *,
    limit: int = MAX_CSV_ROWS,
) -> int:
    """Write the rows' visible cells to ``path`` (UTF-8 with BOM, for spreadsheets); the
    number of rows. ``ValueError`` past ``limit`` rows (the partial file is removed)."""
    target = Path(path)
    written = 0
    try:
        with target.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.title for c in columns])
            for row in rows:
                if written >= limit:
                    raise ValueError(f"more than {limit:,} rows: filter the table first")
                writer.writerow([csv_safe(cell_text(c, row)) for c in columns])
                written += 1
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return written


# -- the per-module and per-student views -------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModuleSummary:
    """What the per-module view shows: figures and the four charts' series."""

    module_id: str
    title: str
    assigned: int
    completed: int
    overdue: int
    excused: int
    due_date: date | None
    completion: list[tuple[date, int]]  # (day, students completed by then), cumulative
    section_times: list[tuple[str, float, float, float]]  # (section, p25, median, p75) minutes
    struggle: list[tuple[str, int, int, int, int]]  # (section, pauses, hints, retries, errors)
    ratings: list[int]  # five counts, ratings 1..5
    difficulty: list[int]  # five counts
    rating_mean: float | None
    mastery: list[int] = field(default_factory=lambda: [0] * 5)  # students per fifth


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


def _section_label(row: dict[str, Any]) -> str:
    number = row.get("section_number")
    title = row.get("section_title")
    return f"{number}. {title}" if title else f"Section {number}"


def module_summary(
    *,
    module_id: str,
    compliance: Iterable[dict[str, Any]],
    learning: Iterable[dict[str, Any]],
    feedback: dict[str, Any] | None,
) -> ModuleSummary:
    rows = list(compliance)
    title = next((str(r.get("module_title")) for r in rows if r.get("module_title")), module_id)
    finished: Counter[date] = Counter()
    for r in rows:
        day = _day(r.get("completed_at"))
        if r.get("status") == "completed" and day is not None:
            finished[day] += 1
    completion: list[tuple[date, int]] = []
    total = 0
    for day in sorted(finished):
        total += finished[day]
        completion.append((day, total))
    dues = Counter(d for r in rows if (d := r.get("due_date")))
    due = date.fromisoformat(str(dues.most_common(1)[0][0])) if dues else None
    learning_rows = list(learning)
    sections = sorted(
        (r for r in learning_rows if r.get("section_number") is not None),
        key=lambda r: int(r["section_number"]),
    )
    times = [
        (
            _section_label(r),
            float(r.get("time_p25_seconds") or 0) / 60,
            float(r.get("time_median_seconds") or 0) / 60,
            float(r.get("time_p75_seconds") or 0) / 60,
        )
        for r in sections
    ]
    struggle = [
        (
            _section_label(r),
            int(r.get("pauses") or 0),
            int(r.get("hints") or 0),
            int(r.get("retries") or 0),
            int(r.get("errors") or 0),
        )
        for r in sections
    ]
    fb = feedback or {}
    return ModuleSummary(
        module_id=module_id,
        title=title,
        assigned=len(rows),
        completed=sum(1 for r in rows if r.get("status") == "completed"),
        overdue=sum(1 for r in rows if (r.get("overdue_days") or 0) > 0),
        excused=sum(1 for r in rows if r.get("status") in ("excused", "skipped")),
        due_date=due,
        completion=completion,
        section_times=times,
        struggle=struggle,
        ratings=list(fb.get("rating_counts") or [0] * 5),
        difficulty=list(fb.get("difficulty_counts") or [0] * 5),
        rating_mean=fb.get("rating_mean"),
        mastery=next(
            (
                [int(n) for n in r.get("mastery_counts") or [0] * 5]
                for r in learning_rows
                if r.get("section_number") is None
            ),
            [0] * 5,
        ),
    )


@dataclass(frozen=True, slots=True)
class StudentSummary:
    student_id: str
    name: str
    team: str
    modules: list[dict[str, Any]]  # compliance rows, soonest due first
    completed: int
    overdue: int
    mastery_mean: float | None
    last_sync_at: str | None
    devices: list[dict[str, Any]]


def student_summary(
    *,
    student_id: str,
    compliance: Iterable[dict[str, Any]],
    devices: Iterable[dict[str, Any]],
) -> StudentSummary:
    rows = sorted(
        compliance,
        key=lambda r: (r.get("due_date") is None, str(r.get("due_date") or ""), r["module_title"]),
    )
    masteries = [float(m) for r in rows if (m := r.get("mastery_score")) is not None]
    syncs = [str(s) for r in rows if (s := r.get("last_sync_at"))]
    first = rows[0] if rows else {}
    return StudentSummary(
        student_id=student_id,
        name=str(first.get("student_name") or student_id),
        team=str(first.get("team_name") or ""),
        modules=rows,
        completed=sum(1 for r in rows if r.get("status") == "completed"),
        overdue=sum(1 for r in rows if (r.get("overdue_days") or 0) > 0),
        mastery_mean=statistics.fmean(masteries) if masteries else None,
        last_sync_at=max(syncs) if syncs else None,
        devices=list(devices),
    )


def rows_where(
    store: LocalStore, owner: str, kind: str, *equals: tuple[str, Any]
) -> list[dict[str, Any]]:
    """Every row of a report with these field values (a module's or a student's: small)."""
    source = ReportRows(store, owner, kind, ReportFilter(equals=tuple(equals)))
    return list(source)
