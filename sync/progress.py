"""Fold a student's analytics events for one module into a ``module_progress`` row.

Pure logic (stdlib only): the desktop client and the server both import it, so that a
student's progress is a *function of the set of events* and both sides compute the same row
whatever order, duplication or sync rounds the events went through.

Rules
-----
Identity and order
    Events are deduplicated by ``uuid`` (the same uuid is the same event, however often it
    is synced). After that every fold uses the total order key
    ``(timestamp, device_id, device_seq, uuid)``. Should two *different* payloads ever share a
    uuid (a client bug), the copy with the smallest full field tuple is kept, so the result
    stays independent of arrival order.

Timestamps
    Naive UTC, already clock-corrected by the caller. An aware ``datetime`` is rejected with
    ``ValueError``, when a ``FoldEvent`` is built or when the fold meets one: mixing aware and
    naive values would otherwise fail much later, or silently shift time.

``status`` / ``started_at`` / ``last_accessed_at``
    No events: ``not_started``, every timestamp ``None``, every counter 0. Otherwise
    ``started_at`` is the earliest event of any type, ``last_accessed_at`` the latest, and the
    status is ``in_progress`` unless completed. (``skipped``, which the schema also allows, is
    a decision made outside the event log and is never produced here.)

Completion
    A section is completed when it has a ``section_complete`` event whose ``section_number``
    is in ``section_numbers``; others are ignored. ``progress_percent`` is
    ``floor(100 * completed / len(section_numbers))``. The module is ``completed`` when a
    ``module_complete`` event exists, or when ``section_numbers`` is non-empty and every
    section is completed; then ``progress_percent`` is 100 and ``completed_at`` is the
    earliest ``module_complete`` timestamp or, without one, the moment the last missing
    section got its first ``section_complete``. A module with no sections is never completed
    by the "all sections" rule (it would be vacuously true for any event) and shows 0 until a
    ``module_complete`` arrives.

``current_section``
    The ``section_number`` of the last ``section_view`` (in the order key) that carries one;
    1 when there is none.

Counters
    ``pause_count``, ``hint_count``, ``retry_count``, ``error_count`` count distinct events
    of type ``pause``, ``hint_used``, ``retry`` and ``error_encountered``.

Unknown event types
    Accepted; they only count toward ``started_at``, ``last_accessed_at``, the status and
    active time.

Active time (``total_time_seconds``)
    Events are grouped by ``(device_id, session_id)`` and each group is read in the order
    key. Every event that is neither ``pause`` nor ``module_complete`` is evidence that the
    student was active at its timestamp, and contributes the interval
    ``[t, t + min(gap to the next event of its group, IDLE_SECONDS)]``. A ``pause`` (and a
    ``module_complete``: the student is done) contributes nothing, so the idle stretch after
    a pause only starts counting again from the next ``resume`` or activity. The intervals of
    all groups are then *unioned* (sort and sweep, O(n log n)), so two devices or sessions
    open at the same time count each wall-clock second once, and the total is the floor of
    the union's length in seconds. Hence ``total_time_seconds`` never exceeds the span from
    the first to the last event plus ``HEARTBEAT_SECONDS``.

The last event of a group (the heartbeat rule, refined)
    The event after the last one is unknown, so by default the last event contributes
    nothing. The client records a ``heartbeat`` every ``HEARTBEAT_SECONDS`` while a module is
    open and the student is active; when the group ends with no explicit ``pause`` (the app
    crashed, was killed, or the session is still running and has not synced further), the
    student was active at the last heartbeat ``h`` and the next heartbeat, due at
    ``h + HEARTBEAT_SECONDS``, never came. The true end of activity therefore lies in
    ``[h, h + HEARTBEAT_SECONDS)``: crediting nothing after ``h`` under-counts by up to one
    period, crediting up to the due time over-counts by up to one period. We credit up to the
    due time, as the design asked, because that keeps a live session's total from lagging one
    heartbeat behind, and the error stays below ``HEARTBEAT_SECONDS`` either way (the goal:
    a crash loses, or adds, at most one heartbeat period).

    Refinement over the original design ("only a trailing ``heartbeat`` earns the credit"):
    the last event of a group extends to ``h + HEARTBEAT_SECONDS`` where ``h`` is the latest
    heartbeat of the group not followed by a ``pause`` or ``module_complete``, whatever the
    type of that last event. With the literal rule a ``click`` logged one second after a
    heartbeat would *remove* nine seconds from the total (the heartbeat's credit shrinks to
    the one-second gap and the click earns none); with the refinement, extra evidence of
    activity never shortens the trailing credit. When the last event is itself a heartbeat
    both rules agree, and groups without heartbeats still earn no trailing credit.
"""

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Final, Protocol

from sync.merge import StampSource

__all__ = [
    "HEARTBEAT_SECONDS",
    "IDLE_SECONDS",
    "FoldEvent",
    "Progress",
    "ProgressEvent",
    "ProgressStatus",
    "fold_progress",
]

IDLE_SECONDS: Final = 30
"""Spec: being idle for more than 30 s is a pause; no single gap counts for more."""

HEARTBEAT_SECONDS: Final = 10
"""The client records a ``heartbeat`` this often while a module is open and in use."""

_US_PER_SECOND: Final = 1_000_000
_IDLE_US: Final = IDLE_SECONDS * _US_PER_SECOND
_HEARTBEAT_US: Final = HEARTBEAT_SECONDS * _US_PER_SECOND
_EPOCH: Final = datetime(1970, 1, 1)
_ONE_US: Final = timedelta(microseconds=1)

# Event types that are not evidence of activity from their timestamp on.
_NOT_ACTIVE: Final = frozenset({"pause", "module_complete"})
# Event types that move completion or the current section.
_PROGRESS_KINDS: Final = frozenset({"section_view", "section_complete", "module_complete"})


class ProgressStatus(StrEnum):
    """``module_progress.status`` values that the fold can produce (a ``str`` subclass)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class ProgressEvent(StampSource, Protocol):
    """What the fold reads of an event: its stamp's four attributes and these. A
    ``FoldEvent``, or any record with them (a stored row, a local store's ``FoldRow``), so
    callers need not copy their events."""

    @property
    def event_type(self) -> str: ...
    @property
    def session_id(self) -> str | None: ...
    @property
    def section_number(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class FoldEvent:
    """One analytics event, as much of it as the progress fold needs.

    ``uuid`` is made by the client and is the event's identity: copies with the same uuid
    are one event. ``timestamp`` is naive UTC (aware values raise ``ValueError``).
    ``device_seq`` is the device's own counter and breaks ties between equal timestamps.
    """

    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str
    device_seq: int
    session_id: str | None = None
    section_number: int | None = None

    def __post_init__(self) -> None:
        if self.timestamp.tzinfo is not None:
            raise ValueError(
                f"FoldEvent {self.uuid!r}: timestamp must be naive UTC, got {self.timestamp!r}"
            )


@dataclass(frozen=True, slots=True)
class Progress:
    """The derived ``module_progress`` columns for one (student, module).

    Invariants: ``0 <= progress_percent <= 100``; ``status == COMPLETED`` iff
    ``completed_at is not None``, and then ``progress_percent == 100``;
    ``status == NOT_STARTED`` iff ``started_at is None``.
    """

    status: ProgressStatus
    progress_percent: int
    current_section: int
    started_at: datetime | None
    completed_at: datetime | None
    last_accessed_at: datetime | None
    total_time_seconds: int
    pause_count: int
    hint_count: int
    retry_count: int
    error_count: int


_NOT_STARTED: Final = Progress(
    status=ProgressStatus.NOT_STARTED,
    progress_percent=0,
    current_section=1,
    started_at=None,
    completed_at=None,
    last_accessed_at=None,
    total_time_seconds=0,
    pause_count=0,
    hint_count=0,
    retry_count=0,
    error_count=0,
)

_OrderKey = tuple[datetime, str, int, str]
_timestamp_of: Final = attrgetter("timestamp")
_event_type_of: Final = attrgetter("event_type")


def _order_key(e: ProgressEvent) -> _OrderKey:
    return (e.timestamp, e.device_id, e.device_seq, e.uuid)


def _full_key(
    e: ProgressEvent,
) -> tuple[datetime, str, int, str, str, bool, str, bool, int]:
    """A total order on every field, to pick one of conflicting copies of a uuid."""
    return (
        e.timestamp,
        e.device_id,
        e.device_seq,
        e.uuid,
        e.event_type,
        e.session_id is not None,
        e.session_id or "",
        e.section_number is not None,
        e.section_number or 0,
    )


def _dedup_sorted(events: Iterable[ProgressEvent]) -> list[ProgressEvent]:
    """Distinct events (by uuid) sorted by the order key; ``ValueError`` for an aware
    timestamp."""
    items = list(events)
    by_uuid = {e.uuid: e for e in items}
    if len(by_uuid) != len(items):
        # Some uuid came more than once: keep the smallest copy of each, so that even
        # conflicting copies give a result independent of arrival order.
        for e in items:
            kept = by_uuid[e.uuid]
            if kept is not e and _full_key(e) < _full_key(kept):
                by_uuid[e.uuid] = e
    # Sorting on the timestamp alone is several times faster than on the 4-tuple key, and
    # equal timestamps are rare: sort by timestamp, then re-sort only the runs of ties.
    try:
        ordered = sorted(by_uuid.values(), key=_timestamp_of)
    except TypeError:  # aware and naive datetimes do not compare
        _refuse_aware(by_uuid.values())
        raise
    if ordered:  # a sort that compared them all: all aware or all naive
        _refuse_aware(ordered[:1])
    n = len(ordered)
    if len(set(map(_timestamp_of, ordered))) == n:
        return ordered
    start = 0
    for i in range(1, n + 1):
        if i == n or ordered[i].timestamp != ordered[start].timestamp:
            if i - start > 1:
                ordered[start:i] = sorted(ordered[start:i], key=_order_key)
            start = i
    return ordered


def _refuse_aware(events: Iterable[ProgressEvent]) -> None:
    for e in events:
        if e.timestamp.tzinfo is not None:
            raise ValueError(f"event {e.uuid!r}: timestamp must be naive UTC, got {e.timestamp!r}")


def _union_length(intervals: list[tuple[int, int]]) -> int:
    """Length of the union of half-open ``[start, end)`` intervals (sort + sweep)."""
    if not intervals:
        return 0
    intervals.sort()
    total = 0
    cur_start, cur_end = intervals[0]
    for start, end in intervals:
        if start > cur_end:
            total += cur_end - cur_start
            cur_start, cur_end = start, end
        elif end > cur_end:
            cur_end = end
    return total + (cur_end - cur_start)


def fold_progress(events: Iterable[ProgressEvent], *, section_numbers: Collection[int]) -> Progress:
    """Compute the progress row from all of a student's events for one module.

    ``section_numbers`` are the module's current sections. The result depends only on the
    *set* of distinct events (by uuid), never on their order or duplication. O(n log n).
    """
    ordered = _dedup_sorted(events)
    if not ordered:
        return _NOT_STARTED

    sections = frozenset(section_numbers)
    counts = Counter(map(_event_type_of, ordered))
    current_section = 1
    first_complete: dict[int, datetime] = {}
    module_complete_at: datetime | None = None

    # Per (device_id, session_id): (previous event's time, was it active, heartbeat anchor).
    # Times are exact integer microseconds since 1970, so sums have no float rounding.
    groups: dict[tuple[str, str | None], tuple[int, bool, int | None]] = {}
    intervals: list[tuple[int, int]] = []
    add_interval = intervals.append

    for e in ordered:
        kind = e.event_type
        if kind in _PROGRESS_KINDS:
            number = e.section_number
            if kind == "section_view":
                if number is not None:
                    current_section = number
            elif kind == "section_complete":
                if number is not None and number not in first_complete:
                    first_complete[number] = e.timestamp
            elif module_complete_at is None:
                module_complete_at = e.timestamp

        t: int = (e.timestamp - _EPOCH) // _ONE_US
        key = (e.device_id, e.session_id)
        prev = groups.get(key)
        anchor: int | None = None
        if prev is not None:
            prev_t, prev_active, anchor = prev
            if prev_active and t > prev_t:
                add_interval((prev_t, t if t - prev_t < _IDLE_US else prev_t + _IDLE_US))
        if kind in _NOT_ACTIVE:
            groups[key] = (t, False, None)
        else:
            groups[key] = (t, True, t if kind == "heartbeat" else anchor)

    for last_t, last_active, anchor in groups.values():
        if last_active and anchor is not None and anchor + _HEARTBEAT_US > last_t:
            add_interval((last_t, anchor + _HEARTBEAT_US))
    total_time_seconds = _union_length(intervals) // _US_PER_SECOND

    done = sum(1 for number in first_complete if number in sections)
    completed_at = module_complete_at
    if completed_at is None and sections and done == len(sections):
        completed_at = max(first_complete[number] for number in sections)

    if completed_at is not None:
        status = ProgressStatus.COMPLETED
        percent = 100
    else:
        status = ProgressStatus.IN_PROGRESS
        percent = 100 * done // len(sections) if sections else 0

    return Progress(
        status=status,
        progress_percent=percent,
        current_section=current_section,
        started_at=ordered[0].timestamp,
        completed_at=completed_at,
        last_accessed_at=ordered[-1].timestamp,
        total_time_seconds=total_time_seconds,
        pause_count=counts["pause"],
        hint_count=counts["hint_used"],
        retry_count=counts["retry"],
        error_count=counts["error_encountered"],
    )
