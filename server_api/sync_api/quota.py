"""Per-student storage quota: how many events, and how many bytes of ``event_data``, the
server keeps for one student (``Settings.quota_events``, ``Settings.quota_event_bytes``;
0 turns a limit off).

Push calls ``admit`` with the batch it is about to store and ``settle`` with what it
stored. ``admit`` reads the students' counters (``student_storage``, one SELECT, no lock);
when every student stays within the quota that is all. A student whose counter would pass
it is recounted from the events themselves (counters are an upper bound: deleted modules
take their events along), their events are admitted in batch order while they fit (an
event the server already has always is: a retry is a duplicate, never a refusal), and the
rest is rejected per item with the reason. ``settle`` adds what was stored to the counters
(one upsert) once the events are stored and folded; it locks the student's counter row until
commit, and every push takes its locks in one order (the pairs' fold locks, then counters,
then the scopes' marks), so two pushes never deadlock. Two pushes of one student at the same moment
can pass the quota by one batch; the next is refused.

Nothing stored is lost: a refused event stays on the device, which shows it as not synced
and can export it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import to_json
from sqlalchemy import String, cast, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server_api.models import ModuleAnalyticsEvent, StudentStorage

__all__ = ["Admission", "Quota", "admit", "settle"]

Row = tuple[Any, ...]  # push's table rows: uuid, module pk, student id, type, event_data, ...


@dataclass(frozen=True, slots=True)
class Quota:
    """The most one student may store; 0: no limit."""

    events: int
    event_bytes: int

    @property
    def active(self) -> bool:
        return bool(self.events or self.event_bytes)

    def fits(self, events: int, event_bytes: int) -> bool:
        return (not self.events or events <= self.events) and (
            not self.event_bytes or event_bytes <= self.event_bytes
        )

    def reason(self, student_id: str, events: int, event_bytes: int) -> str:
        return (
            f"storage quota reached: the server keeps at most {self.events:,} events and "
            f"{_mb(self.event_bytes)} of event data per student, and student {student_id!r} "
            f"has {events:,} events ({_mb(event_bytes)}); ask an admin to raise the quota "
            "(this event stays on the device)"
        )


@dataclass(slots=True)
class Admission:
    """What ``admit`` let through, and the students it recounted (their exact usage)."""

    rows: list[Row]
    recounted: dict[str, tuple[int, int]] = field(default_factory=dict)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _size(row: Row) -> int:
    data = row[4]
    return len(to_json(data)) if data else 0


def _totals(rows: Sequence[Row]) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        total = totals[r[2]]
        total[0] += 1
        total[1] += _size(r)
    return totals


def admit(
    session: Session,
    rows: list[Row],
    quota: Quota,
    reject: Callable[[str, str], None],
    stored: Callable[[list[str]], set[str]],
) -> Admission:
    """The rows that fit their students' quota; the rest are rejected with the reason.
    ``stored(uuids)`` names those of ``uuids`` the server already has."""
    if not rows or not quota.active:
        return Admission(rows)
    totals = _totals(rows)
    S = StudentStorage
    counters = {
        sid: (events, event_bytes)
        for sid, events, event_bytes in session.execute(
            select(S.student_id, S.events, S.event_bytes).where(S.student_id.in_(list(totals)))
        )
    }
    over = set()
    for sid, (n, b) in totals.items():
        events, event_bytes = counters.get(sid, (0, 0))
        if not quota.fits(events + n, event_bytes + b):
            over.add(sid)
    if not over:
        return Admission(rows)
    known = stored([r[0] for r in rows if r[2] in over])
    recounted = {sid: _recount(session, sid) for sid in sorted(over)}
    used = dict(recounted)
    admitted: list[Row] = []
    for r in rows:
        sid = r[2]
        if sid not in over or r[0] in known:
            admitted.append(r)
            continue
        events, event_bytes = used[sid]
        size = _size(r)
        if quota.fits(events + 1, event_bytes + size):
            admitted.append(r)
            used[sid] = (events + 1, event_bytes + size)
        else:
            reject(r[0], quota.reason(sid, events, event_bytes))
    return Admission(admitted, recounted)


def settle(session: Session, admission: Admission, stored: Sequence[Row]) -> None:
    """Count the rows push stored (it locks the students' counters until commit)."""
    totals = _totals(stored)
    exact = {
        sid: (events + totals.get(sid, [0, 0])[0], event_bytes + totals.get(sid, [0, 0])[1])
        for sid, (events, event_bytes) in admission.recounted.items()
    }
    S = StudentStorage
    insert = (
        postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    )(S)
    added = [
        {"student_id": sid, "events": n, "event_bytes": b}
        for sid, (n, b) in sorted(totals.items())
        if sid not in exact
    ]
    if added:
        session.execute(
            insert.values(added).on_conflict_do_update(
                index_elements=[S.student_id],
                set_={
                    "events": S.events + insert.excluded.events,
                    "event_bytes": S.event_bytes + insert.excluded.event_bytes,
                },
            )
        )
    for sid, (events, event_bytes) in sorted(exact.items()):  # a recount replaces the counter
        session.execute(
            insert.values(
                student_id=sid, events=events, event_bytes=event_bytes
            ).on_conflict_do_update(
                index_elements=[S.student_id],
                set_={"events": events, "event_bytes": event_bytes},
            )
        )


def _recount(session: Session, student_id: str) -> tuple[int, int]:
    """What one student stores, counted from the events (``event_data`` as stored text)."""
    E = ModuleAnalyticsEvent
    events, event_bytes = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(func.length(cast(E.event_data, String))), 0),
        ).where(E.student_id == student_id)
    ).one()
    return int(events), int(event_bytes)
