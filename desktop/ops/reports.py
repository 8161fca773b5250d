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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from local_store import LocalStore, ReportFilter, ReportMeta
from sync.client.settings_keys import reports_error_key

__all__ = [
    "BLOCK",
    "COLUMNS",
    "MAX_CSV_ROWS",
    "PLAIN",
    "STATUS_WORDS",
    "CellFormats",
    "Column",
    "ComplianceFilters",
    "ModuleSummary",
    "ReportRows",
    "StudentSummary",
    "as_of_text",
    "cell_text",
    "column_title",
    "csv_safe",
    "module_summary",
    "rows_where",
    "status_word",
    "student_summary",
    "write_csv",
]

BLOCK: Final = 200
"""Rows read from the store at once as the table scrolls."""
MAX_CSV_ROWS: Final = 500_000
"""Rows one CSV export writes at most (a university of 5,000 students x 50 modules fits)."""

# English source texts (marked for the catalogue); shown through translate("reports", ...).
STATUS_WORDS: Final = {
    "not_started": QT_TRANSLATE_NOOP("reports", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("reports", "In progress"),
    "completed": QT_TRANSLATE_NOOP("reports", "Completed"),
    "skipped": QT_TRANSLATE_NOOP("reports", "Skipped"),
    "excused": QT_TRANSLATE_NOOP("reports", "Excused"),
    "overdue": QT_TRANSLATE_NOOP("reports", "Overdue"),
}
_VIA_WORDS: Final = {
    "student": QT_TRANSLATE_NOOP("reports", "Directly"),
    "team": QT_TRANSLATE_NOOP("reports", "Team"),
    "university": QT_TRANSLATE_NOOP("reports", "University"),
    "rule": QT_TRANSLATE_NOOP("reports", "Rule"),
}


def status_word(status: str) -> str:
    """A compliance status in the interface language."""
    word = STATUS_WORDS.get(status)
    return translate("reports", word) if word else status


def _plain_datetime(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _plain_date(value: date) -> str:
    return value.isoformat()


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


@dataclass(frozen=True, slots=True)
class CellFormats:
    """How :func:`cell_text` writes dates and numbers. The default is the CSV's: ISO dates
    and plain numbers a spreadsheet reads in any language; the table on screen passes the
    interface language's (``desktop.formats``, which this plain module may not import)."""

    datetime: Callable[[datetime], str] = _plain_datetime
    date: Callable[[date], str] = _plain_date
    number: Callable[[float, int], str] = _plain_number


PLAIN: Final = CellFormats()


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    title: str  # the English source text; shown through translate("reports", title)
    kind: str = "text"
    """How the value is shown: text, word (capitalised), date, day (a time's date), datetime,
    percent, ratio (0-1 as a percentage), days, number, mean, duration, status, via, author
    (a comment's student, or Anonymous)."""


COLUMNS: Final[dict[str, tuple[Column, ...]]] = {
    "compliance": (
        Column("team_name", QT_TRANSLATE_NOOP("reports", "Team")),
        Column("student_name", QT_TRANSLATE_NOOP("reports", "Student")),
        Column("module_title", QT_TRANSLATE_NOOP("reports", "Module")),
        Column("assignment_type", QT_TRANSLATE_NOOP("reports", "Type"), "word"),
        Column("assigned_via", QT_TRANSLATE_NOOP("reports", "Assigned via"), "via"),
        Column("due_date", QT_TRANSLATE_NOOP("reports", "Due"), "date"),
        Column("status", QT_TRANSLATE_NOOP("reports", "Status"), "status"),
        Column("progress_percent", QT_TRANSLATE_NOOP("reports", "Progress"), "percent"),
        Column("completed_at", QT_TRANSLATE_NOOP("reports", "Completed"), "day"),
        Column("overdue_days", QT_TRANSLATE_NOOP("reports", "Overdue"), "days"),
        Column("excuse_reason", QT_TRANSLATE_NOOP("reports", "Excuse reason")),
        Column("last_sync_at", QT_TRANSLATE_NOOP("reports", "Last sync"), "datetime"),
    ),
    "comments": (
        Column("module_title", QT_TRANSLATE_NOOP("reports", "Module")),
        Column("submitted_at", QT_TRANSLATE_NOOP("reports", "When"), "datetime"),
        Column("rating", QT_TRANSLATE_NOOP("reports", "Rating"), "number"),
        Column("difficulty", QT_TRANSLATE_NOOP("reports", "Difficulty"), "number"),
        Column("student_name", QT_TRANSLATE_NOOP("reports", "Student"), "author"),
        Column("team_name", QT_TRANSLATE_NOOP("reports", "Team")),
        Column("comment", QT_TRANSLATE_NOOP("reports", "Comment")),
    ),
    "feedback": (
        Column("module_title", QT_TRANSLATE_NOOP("reports", "Module")),
        Column("responses", QT_TRANSLATE_NOOP("reports", "Responses"), "number"),
        Column("rating_mean", QT_TRANSLATE_NOOP("reports", "Rating (mean)"), "mean"),
        Column("difficulty_mean", QT_TRANSLATE_NOOP("reports", "Difficulty (mean)"), "mean"),
        Column("engagement_mean", QT_TRANSLATE_NOOP("reports", "Engagement (mean)"), "mean"),
        Column("clarity_mean", QT_TRANSLATE_NOOP("reports", "Clarity (mean)"), "mean"),
        Column("tag_counts", QT_TRANSLATE_NOOP("reports", "Tags"), "tags"),
        Column("comments", QT_TRANSLATE_NOOP("reports", "Comments"), "number"),
    ),
    "devices": (
        Column("kind", QT_TRANSLATE_NOOP("reports", "Kind")),
        Column("name", QT_TRANSLATE_NOOP("reports", "Device")),
        Column("student_name", QT_TRANSLATE_NOOP("reports", "Student")),
        Column("team_name", QT_TRANSLATE_NOOP("reports", "Team")),
        Column("last_sync_at", QT_TRANSLATE_NOOP("reports", "Last sync"), "datetime"),
        Column("events_waiting", QT_TRANSLATE_NOOP("reports", "Waiting to sync"), "number"),
    ),
    "learning": (
        Column("module_title", QT_TRANSLATE_NOOP("reports", "Module")),
        Column("section_title", QT_TRANSLATE_NOOP("reports", "Section")),
        Column("students_started", QT_TRANSLATE_NOOP("reports", "Started"), "number"),
        Column("students_completed", QT_TRANSLATE_NOOP("reports", "Completed"), "number"),
        Column("students_stopped_here", QT_TRANSLATE_NOOP("reports", "Stopped here"), "number"),
        Column("time_median_seconds", QT_TRANSLATE_NOOP("reports", "Median time"), "duration"),
        Column("pauses", QT_TRANSLATE_NOOP("reports", "Pauses"), "number"),
        Column("hints", QT_TRANSLATE_NOOP("reports", "Hints"), "number"),
        Column("retries", QT_TRANSLATE_NOOP("reports", "Retries"), "number"),
        Column("errors", QT_TRANSLATE_NOOP("reports", "Errors"), "number"),
        Column("mastery_mean", QT_TRANSLATE_NOOP("reports", "Mastery"), "mean"),
        Column("mastery_counts", QT_TRANSLATE_NOOP("reports", "Mastery by fifths"), "fifths"),
    ),
}
_TEXT_FIELDS: Final = {
    "compliance": ("student_name", "student_id", "team_name", "module_title", "module_id"),
    "comments": ("module_title", "comment", "student_name", "team_name"),
    "feedback": ("module_title", "module_id"),
    "devices": ("name", "student_name", "team_name"),
    "learning": ("module_title", "section_title"),
}


def _when(value: Any, formats: CellFormats, *, day: bool = False) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return formats.date(moment.date()) if day else formats.datetime(moment)


def _duration(seconds: Any, formats: CellFormats) -> str:
    if seconds is None:
        return ""
    total = round(float(seconds))
    minutes, secs = divmod(total, 60)
    if not minutes:
        return translate("reports", "{s} s").format(s=formats.number(secs, 0))
    return translate("reports", "{m} min {s} s").format(
        m=formats.number(minutes, 0), s=formats.number(secs, 0).rjust(2, formats.number(0, 0))
    )


def column_title(column: Column) -> str:
    """A column's heading in the interface language (table and CSV)."""
    return translate("reports", column.title)


def cell_text(column: Column, row: dict[str, Any], formats: CellFormats = PLAIN) -> str:
    """What a table cell (``formats``: the language's) and the CSV (the default: ISO dates,
    plain numbers) show for ``column`` of ``row``; words are in the interface language."""
    value = row.get(column.field)
    kind = column.kind
    if kind == "author":
        return translate("reports", "Anonymous") if row.get("anonymous") else str(value or "")
    if value is None:
        return ""
    number = formats.number
    if kind == "status":
        return status_word(str(value))
    if kind == "via":
        word = _VIA_WORDS.get(str(value))
        return translate("reports", word) if word else str(value)
    if kind == "percent":
        return translate("reports", "{n}%").format(n=number(int(value), 0))
    if kind == "days":
        return translate("reports", "%n d", n=int(value)) if int(value) > 0 else ""
    if kind == "datetime":
        return _when(value, formats)
    if kind in ("day", "date"):
        return _when(value, formats, day=True)
    if kind == "word":
        return str(value).replace("_", " ").capitalize()
    if kind == "ratio":
        return translate("reports", "{n}%").format(n=number(round(float(value) * 100), 0))
    if kind == "mean":
        return number(float(value), 2)
    if kind == "duration":
        return _duration(value, formats)
    if kind == "fifths":  # students per fifth of the mastery scale, the empty fifths left out
        counts = [int(n) for n in value]
        return " · ".join(
            translate("reports", "{low}–{high} %: {n}").format(
                low=number(20 * i, 0), high=number(20 * i + 20, 0), n=number(n, 0)
            )
            for i, n in enumerate(counts)
            if n
        )
    if kind == "tags":  # {"helpful": 3, "fun": 1}: the most given first
        pairs = sorted(dict(value).items(), key=lambda kv: (-int(kv[1]), str(kv[0])))
        return ", ".join(f"{tag.replace('_', ' ')} {number(int(n), 0)}" for tag, n in pairs)
    if kind == "number" and isinstance(value, int | float):
        return number(value, 0 if float(value).is_integer() else 2)
    return str(value)


def as_of_text(meta: dict[str, ReportMeta], *, now: datetime, formats: CellFormats = PLAIN) -> str:
    """'As of 2026-03-01 12:00 (synced 5 min ago)', or why there is nothing yet."""
    if not meta:
        return translate(
            "reports", "No reports on this device yet: sync while connected to fetch them."
        )
    as_of = min(m.as_of for m in meta.values())
    fetched = max(m.fetched_at for m in meta.values())
    ago = max(0, int((now - fetched).total_seconds() // 60))
    when = (
        translate("reports", "just now")
        if ago < 1
        else translate("reports", "%n min ago", n=ago)
        if ago < 120
        else translate("reports", "%n h ago", n=ago // 60)
    )
    return translate("reports", "As of {time} UTC (last sync {when})").format(
        time=formats.datetime(as_of), when=when
    )


def reports_error(store: LocalStore, owner: str) -> str | None:
    """Why the last sync did not refresh these reports (None: it did, or none ran yet)."""
    said = store.get_setting(reports_error_key(owner))
    if not isinstance(said, str):
        return None
    return translate("reports", "Reports not refreshed at the last sync: {error}.").format(
        error=said
    )


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
            writer.writerow([column_title(c) for c in columns])
            for row in rows:
                if written >= limit:
                    raise ValueError(
                        translate(
                            "reports", "more than {limit} rows: filter the table first"
                        ).format(limit=f"{limit:,}")
                    )
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
    if title:
        return f"{number}. {title}"
    return translate("reports", "Section {n}").format(n=number)


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
