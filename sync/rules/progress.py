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
    a decision made outside the event log: it comes only from a baseline, below.)

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

Completion criteria (Phase 2)
    ``section_numbers`` may map each section number to its completion criteria
    (``sync.rules.sections.criteria_by_section``). A section with criteria is completed when
    the events meet them, at the moment they were met (``sync.rules.criteria``); its
    ``section_complete`` events do not count, so pressing Next (or a client that claims it)
    completes nothing. A ``module_complete`` then counts only while every section with
    criteria is complete. The evidence (passing runs, correct answers, tasks, scores, and
    each section's active time, measured like ``total_time_seconds`` but per section and up
    to the last event, without the trailing heartbeat credit) is part of the incremental
    state, so both sides compute it from the same set of events.

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

Incremental state (``FoldState``)
    Everything above can be computed from a small state that takes events one batch at a
    time, so a server need not re-read a student's history for every push: the counters,
    the earliest and latest timestamps, the last ``section_view`` by the order key, the
    first ``section_complete`` of each section and the earliest ``module_complete`` are
    order-independent; active time is kept per ``(device_id, session_id)`` group as the
    group's merged intervals plus its last event (time, kind, heartbeat anchor). An event
    that comes after its group's last event (in the order key) extends the group exactly as
    the full fold would; one that comes before it (a late, out-of-order event) marks the
    group, and the caller rebuilds that group alone from its events (``rebuild_group``).
    ``FoldState.of(events).progress(...)`` is the full fold; adding the same set of events in
    any batches, in any order, gives the same state and the same row (property-tested).
    Callers add each event once (the stores' unique uuids guarantee it).

Baselines (history written by another application)
    A pair can have a ``Baseline``: the ``module_progress`` row another application (the
    web application FRAMES replaces) wrote before FRAMES adopted the database, or wrote
    later. The baseline stands for everything that application recorded: with a baseline,
    the *legacy* events of the pair (rows stored without an ``event_uuid``, which the server
    sends under the stand-in uuid ``legacy-<id>``, see ``is_legacy_uuid``) are not folded,
    so nothing is counted twice. The row is then one function of (baseline, FRAMES events):

    * no FRAMES event: the baseline itself (``skipped`` stays ``skipped``);
    * ``completed`` never goes back; ``completed_at`` is the baseline's, or, if it had none,
      the events' own completion;
    * ``progress_percent`` is the larger of the baseline's and the events' (the set of
      sections completed by events only grows); ``current_section`` follows the last
      ``section_view`` of the events, else the baseline's;
    * ``started_at`` is the earliest known, ``last_accessed_at`` the latest;
    * ``total_time_seconds`` and the four counters are the baseline's plus the events'.

    ``NULL`` columns of a legacy row read as the schema's defaults (0, 1, ``not_started``),
    percentages are clamped to 0..100. ``Baseline.progress()`` is what such a row reads as,
    and a pair nobody touched keeps its stored row as it is.
"""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any, Final, Protocol

from sync.rules.criteria import EVIDENCE_KINDS as _EVIDENCE_KINDS
from sync.rules.criteria import Evidence, has_time, met_at, still_needed
from sync.rules.merge import StampSource
from sync.rules.phrases import Phrase

__all__ = [
    "HEARTBEAT_SECONDS",
    "IDLE_SECONDS",
    "LEGACY_UUID_PREFIX",
    "PROGRESS_FIELDS",
    "Baseline",
    "FoldEvent",
    "FoldState",
    "Progress",
    "ProgressEvent",
    "ProgressStatus",
    "fold_progress",
    "is_legacy_uuid",
    "timed_sections",
]

IDLE_SECONDS: Final = 30
"""Spec: being idle for more than 30 s is a pause; no single gap counts for more."""

HEARTBEAT_SECONDS: Final = 10
"""The client records a ``heartbeat`` this often while a module is open and in use."""

LEGACY_UUID_PREFIX: Final = "legacy-"
"""The stand-in uuid of an event row stored without one (written by another application)."""

_US_PER_SECOND: Final = 1_000_000
_IDLE_US: Final = IDLE_SECONDS * _US_PER_SECOND
_HEARTBEAT_US: Final = HEARTBEAT_SECONDS * _US_PER_SECOND
_EPOCH: Final = datetime(1970, 1, 1)
_ONE_US: Final = timedelta(microseconds=1)

# Event types that are not evidence of activity from their timestamp on.
_NOT_ACTIVE: Final = frozenset({"pause", "module_complete"})
# Event types that move completion or the current section.
_PROGRESS_KINDS: Final = frozenset({"section_view", "section_complete", "module_complete"})
# Counted event types, by the counter they feed.
_COUNTED: Final = {
    "pause": "pause_count",
    "hint_used": "hint_count",
    "retry": "retry_count",
    "error_encountered": "error_count",
}


def _data_of(e: "ProgressEvent") -> Mapping[str, Any] | None:
    """An event's ``event_data`` when it has one (the fold reads it for criteria evidence)."""
    data = getattr(e, "event_data", None)
    return data if isinstance(data, Mapping) else None


def is_legacy_uuid(uuid: str) -> bool:
    """Whether an event's uuid is the stand-in of a row another application stored."""
    return uuid.startswith(LEGACY_UUID_PREFIX)


class ProgressStatus(StrEnum):
    """``module_progress.status`` values (a ``str`` subclass). The fold of events gives the
    first three; ``skipped`` comes only from a baseline."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SKIPPED = "skipped"


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

    Invariants of a fold of events alone: ``0 <= progress_percent <= 100``;
    ``status == COMPLETED`` iff ``completed_at is not None``, and then
    ``progress_percent == 100``; ``status == NOT_STARTED`` iff ``started_at is None``. A
    baseline may carry any status string its application wrote (``skipped``, or a completed
    row without ``completed_at``): those are kept as they are.
    """

    status: str
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


PROGRESS_FIELDS: Final = tuple(f.name for f in fields(Progress))
"""The ``module_progress`` columns the fold owns, in ``Progress`` order (the rest, e.g.
``mastery_score``, it never writes)."""

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


def _count(value: int | None) -> int:
    return value if value is not None and value > 0 else 0


@dataclass(frozen=True, slots=True)
class Baseline:
    """A pair's ``module_progress`` row as another application stored it (any column may be
    ``NULL``, as the schema allows). See "Baselines" in the module docstring."""

    status: str | None = None
    progress_percent: int | None = None
    current_section: int | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None
    last_accessed_at: datetime | None = None
    total_time_seconds: int | None = None
    pause_count: int | None = None
    hint_count: int | None = None
    retry_count: int | None = None
    error_count: int | None = None

    def progress(self) -> Progress:
        """The row as FRAMES reads it: ``NULL`` as the schema's default, percent in 0..100."""
        status = self.status or ProgressStatus.NOT_STARTED
        known = {s.value: s for s in ProgressStatus}
        return Progress(
            status=known.get(status, status),
            progress_percent=min(100, _count(self.progress_percent)),
            current_section=self.current_section if self.current_section is not None else 1,
            started_at=self.started_at,
            completed_at=self.completed_at,
            last_accessed_at=self.last_accessed_at,
            total_time_seconds=_count(self.total_time_seconds),
            pause_count=_count(self.pause_count),
            hint_count=_count(self.hint_count),
            retry_count=_count(self.retry_count),
            error_count=_count(self.error_count),
        )

    def to_json(self) -> dict[str, Any]:
        """JSON-ready (timestamps as ISO 8601 strings)."""
        return {
            name: value.isoformat() if isinstance(value, datetime) else value
            for name in _BASELINE_FIELDS
            if (value := getattr(self, name)) is not None
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Baseline":
        """Inverse of ``to_json``; ``ValueError`` for anything else."""
        if not isinstance(data, dict) or not set(data) <= set(_BASELINE_FIELDS):
            raise ValueError(f"not a progress baseline: {data!r:.200}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name in _BASELINE_TIMES:
                values[name] = None if value is None else datetime.fromisoformat(value)
            elif name == "status":
                if value is not None and not isinstance(value, str):
                    raise ValueError(f"baseline status must be a string, got {value!r:.50}")
                values[name] = value
            else:
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise ValueError(f"baseline {name} must be an integer, got {value!r:.50}")
                values[name] = value
        base = cls(**values)
        for name in _BASELINE_TIMES:
            moment = getattr(base, name)
            if moment is not None and moment.tzinfo is not None:
                raise ValueError(f"baseline {name} must be naive UTC, got {moment!r}")
        return base


_BASELINE_FIELDS: Final = tuple(Baseline.__dataclass_fields__)
_BASELINE_TIMES: Final = frozenset({"started_at", "completed_at", "last_accessed_at"})

_OrderKey = tuple[datetime, str, int, str]
_GroupKey = tuple[str, str | None]
"""``(device_id, session_id)``: the events that active time is measured along."""
_timestamp_of: Final = attrgetter("timestamp")


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
    return _sorted(by_uuid.values())


def _sorted(events: Iterable[ProgressEvent]) -> list[ProgressEvent]:
    # Sorting on the timestamp alone is several times faster than on the 4-tuple key, and
    # equal timestamps are rare: sort by timestamp, then re-sort only the runs of ties.
    items = events if isinstance(events, list) else list(events)
    try:
        ordered = sorted(items, key=_timestamp_of)
    except TypeError:  # aware and naive datetimes do not compare
        _refuse_aware(items)
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


def _us(moment: datetime) -> int:
    """Exact integer microseconds since 1970 (no float rounding in sums)."""
    return (moment - _EPOCH) // _ONE_US


def _moment(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


class _Group:
    """One ``(device_id, session_id)`` group's part of active time: its merged intervals
    and its last event (in-group order key ``(t, device_seq, uuid)``, whether it was
    activity, and the latest heartbeat not followed by a pause)."""

    __slots__ = ("active", "anchor", "by_section", "last", "section", "spans")

    def __init__(self) -> None:
        self.last: tuple[int, int, str] | None = None
        self.active = False
        self.anchor: int | None = None
        self.spans: list[list[int]] = []  # merged, sorted [start, end) intervals
        self.section: int | None = None  # the section number of the last event, if it had one
        # the spans on each *timed* section (one with a time criterion): kept for those only,
        # since a history that hops between sections would fragment them by the thousand
        self.by_section: dict[int, list[list[int]]] = {}

    def take(
        self,
        t: int,
        seq: int,
        uuid: str,
        kind: str,
        section: int | None = None,
        timed: frozenset[int] = frozenset(),
    ) -> bool:
        """Extend the group by an event after its last one; False (nothing changed) when the
        event comes before it and the group must be rebuilt."""
        last = self.last
        if last is not None:
            if (t, seq, uuid) <= last:
                return False
            prev_t = last[0]
            if self.active and t > prev_t:
                end = t if t - prev_t < _IDLE_US else prev_t + _IDLE_US
                spans = self.spans
                if spans and spans[-1][1] >= prev_t:
                    spans[-1][1] = end  # intervals of a group only grow to the right
                else:
                    spans.append([prev_t, end])
                if self.section is not None and self.section in timed:
                    on = self.by_section.setdefault(self.section, [])
                    if on and on[-1][1] >= prev_t:
                        on[-1][1] = end
                    else:
                        on.append([prev_t, end])
        self.last = (t, seq, uuid)
        self.section = section
        if kind in _NOT_ACTIVE:
            self.active, self.anchor = False, None
        else:
            self.active = True
            if kind == "heartbeat":
                self.anchor = t
        return True

    def intervals(self) -> list[tuple[int, int]]:
        """The group's intervals and, when it ends in activity after a heartbeat, the
        trailing credit up to the next heartbeat's due time."""
        out = [(s, e) for s, e in self.spans]
        if self.active and self.anchor is not None and self.last is not None:
            due = self.anchor + _HEARTBEAT_US
            if due > self.last[0]:
                out.append((self.last[0], due))
        return out

    def section_intervals(self, number: int) -> list[tuple[int, int]]:
        """The group's intervals on section ``number``, up to its last event (no trailing
        credit: a criterion of time on a section is met by what was recorded, so a device
        records a heartbeat the moment it is due)."""
        return [(s, e) for s, e in self.by_section.get(number, ())]

    def to_json(self) -> list[Any]:
        return [
            list(self.last) if self.last is not None else None,
            self.active,
            self.anchor,
            self.spans,
            self.section,
            [[n, spans] for n, spans in sorted(self.by_section.items())],
        ]

    @classmethod
    def from_json(cls, data: list[Any]) -> "_Group":
        last, active, anchor, spans, section, by_section = data
        group = cls()
        group.last = None if last is None else (int(last[0]), int(last[1]), str(last[2]))
        group.active = bool(active)
        group.anchor = None if anchor is None else int(anchor)
        group.spans = [[int(s), int(e)] for s, e in spans]
        group.section = None if section is None else int(section)
        group.by_section = {int(n): [[int(s), int(e)] for s, e in sp] for n, sp in by_section}
        return group


class FoldState:
    """What the progress fold keeps between batches of one pair's events (see "Incremental
    state" in the module docstring). Build one with ``FoldState.of(events)`` or from
    ``from_json``; ``add`` more events; ``progress`` gives the row."""

    __slots__ = (
        "count",
        "counters",
        "dirty",
        "evidence",
        "first_complete",
        "first_us",
        "groups",
        "last_us",
        "module_complete_us",
        "timed",
        "view",
    )

    def __init__(self, *, timed: Iterable[int] = ()) -> None:
        self.timed = frozenset(timed)
        self.count = 0
        self.first_us: int | None = None
        self.last_us: int | None = None
        # the last section_view with a number: (order key with t in microseconds, section)
        self.view: tuple[tuple[int, str, int, str], int] | None = None
        self.first_complete: dict[int, int] = {}
        self.module_complete_us: int | None = None
        self.counters = dict.fromkeys(_COUNTED.values(), 0)
        self.groups: dict[_GroupKey, _Group] = {}
        self.dirty: set[_GroupKey] = set()
        self.evidence = Evidence()

    @classmethod
    def of(cls, events: Iterable[ProgressEvent], *, timed: Iterable[int] = ()) -> "FoldState":
        """The state of a whole set of events (copies of a uuid count once), keeping the
        active time of the ``timed`` sections (those with a time criterion: ``timed_sections``)."""
        state = cls(timed=timed)
        state._take(_dedup_sorted(events))
        return state

    def add(self, events: Iterable[ProgressEvent]) -> set[_GroupKey]:
        """Fold events not folded before (each uuid once: the caller's store guarantees it).
        Returns the groups that received an event before their last one; the caller must
        ``rebuild_group`` each from all of that group's events before ``progress``."""
        self._take(_sorted(events))
        return set(self.dirty)

    def rebuild_group(self, key: _GroupKey, events: Iterable[ProgressEvent]) -> None:
        """Recompute one group's part of active time from all its events (every event of
        ``events`` must belong to the group and have been added)."""
        group = _Group()
        for e in _dedup_sorted(events):
            if (e.device_id, e.session_id) != key:
                raise ValueError(f"event {e.uuid!r} is not in group {key!r}")
            group.take(
                _us(e.timestamp), e.device_seq, e.uuid, e.event_type, e.section_number, self.timed
            )
        self.groups[key] = group
        self.dirty.discard(key)

    def _take(self, ordered: list[ProgressEvent]) -> None:
        if not ordered:
            return
        counters = self.counters
        groups = self.groups
        first_complete = self.first_complete
        timed = self.timed
        for e in ordered:
            kind = e.event_type
            t = _us(e.timestamp)
            if kind in _PROGRESS_KINDS:
                number = e.section_number
                if kind == "section_view":
                    if number is not None:
                        key = (t, e.device_id, e.device_seq, e.uuid)
                        if self.view is None or key > self.view[0]:
                            self.view = (key, number)
                elif kind == "section_complete":
                    if number is not None:
                        seen = first_complete.get(number)
                        if seen is None or t < seen:
                            first_complete[number] = t
                elif self.module_complete_us is None or t < self.module_complete_us:
                    self.module_complete_us = t
            else:
                counter = _COUNTED.get(kind)
                if counter is not None:
                    counters[counter] += 1
            group_key = (e.device_id, e.session_id)
            group = groups.get(group_key)
            if group is None:
                group = groups[group_key] = _Group()
            if not group.take(t, e.device_seq, e.uuid, kind, e.section_number, timed):
                self.dirty.add(group_key)
            if kind in _EVIDENCE_KINDS and e.section_number is not None:
                self.evidence.take(kind, e.section_number, t, _data_of(e))
        self.count += len(ordered)
        low, high = _us(ordered[0].timestamp), _us(ordered[-1].timestamp)
        if self.first_us is None or low < self.first_us:
            self.first_us = low
        if self.last_us is None or high > self.last_us:
            self.last_us = high

    def completions(self, section_numbers: Collection[int]) -> dict[int, int]:
        """When each completed section of ``section_numbers`` was completed (microseconds).
        ``section_numbers`` may map each number to its criteria (``effective_criteria``): a
        section with criteria is complete when they are met (its ``section_complete``
        events do not count), one without by its first ``section_complete``."""
        criteria: Mapping[int, Any] = (
            section_numbers if isinstance(section_numbers, Mapping) else {}
        )
        out: dict[int, int] = {}
        for number in section_numbers:
            rule = criteria.get(number)
            if rule is None:
                t = self.first_complete.get(number)
            else:
                t = met_at(rule, number, self.evidence, self.time_reached)
            if t is not None:
                out[number] = t
        return out

    def section_intervals(self, number: int) -> list[tuple[int, int]]:
        intervals: list[tuple[int, int]] = []
        for group in self.groups.values():
            intervals += group.section_intervals(number)
        return intervals

    def active_seconds(self, number: int) -> int:
        """Seconds actively spent on section ``number`` (idle excluded, overlaps once); kept
        for the ``timed`` sections only (0 for the others)."""
        return _union_length(self.section_intervals(number)) // _US_PER_SECOND

    def time_reached(self, number: int, seconds: int) -> int | None:
        """The moment the active time on section ``number`` reached ``seconds``."""
        need = seconds * _US_PER_SECOND
        intervals = sorted(self.section_intervals(number))
        total = 0
        cur: list[int] | None = None
        for start, end in intervals + [(2**62, 2**62)]:
            if cur is not None and start > cur[1]:
                if total + cur[1] - cur[0] >= need:
                    return cur[0] + (need - total)
                total += cur[1] - cur[0]
                cur = None
            if cur is None:
                cur = [start, end]
            elif end > cur[1]:
                cur[1] = end
        return None

    def still_needed(self, number: int, criteria: Any) -> list[Phrase]:
        """What section ``number`` still needs to meet ``criteria`` (``criteria.still_needed``)."""
        if criteria is None:
            return []
        return still_needed(criteria, number, self.evidence, self.time_reached, self.active_seconds)

    def progress(
        self, *, section_numbers: Collection[int], baseline: Baseline | None = None
    ) -> Progress:
        """The row of these events for a module of ``section_numbers`` (which may map each
        number to its completion criteria, see ``completions``), on top of the pair's
        ``baseline`` if it has one."""
        if self.dirty:
            raise ValueError(f"groups {sorted(self.dirty, key=str)!r} must be rebuilt first")
        if self.count == 0 or self.first_us is None or self.last_us is None:
            return _NOT_STARTED if baseline is None else baseline.progress()
        intervals: list[tuple[int, int]] = []
        for group in self.groups.values():
            intervals += group.intervals()
        total_time_seconds = _union_length(intervals) // _US_PER_SECOND

        sections = frozenset(section_numbers)
        first_complete = self.completions(section_numbers)
        done = len(first_complete)
        completed_us = self.module_complete_us
        if completed_us is not None and isinstance(section_numbers, Mapping):
            # A device's module_complete does not stand for sections whose criteria the
            # events do not meet (a claim is not the work).
            pending = [n for n, c in section_numbers.items() if c is not None]
            if any(n not in first_complete for n in pending):
                completed_us = None
        if completed_us is None and sections and done == len(sections):
            completed_us = max(first_complete.values())
        started_at = _moment(self.first_us)
        last_accessed_at = _moment(self.last_us)
        current_section = self.view[1] if self.view is not None else None
        completed_at = None if completed_us is None else _moment(completed_us)
        percent = 100 * done // len(sections) if sections else 0
        counters = self.counters
        if baseline is None:
            return Progress(
                status=ProgressStatus.COMPLETED if completed_at else ProgressStatus.IN_PROGRESS,
                progress_percent=100 if completed_at else percent,
                current_section=current_section if current_section is not None else 1,
                started_at=started_at,
                completed_at=completed_at,
                last_accessed_at=last_accessed_at,
                total_time_seconds=total_time_seconds,
                **counters,
            )
        b = baseline.progress()
        if b.status == ProgressStatus.COMPLETED:
            status: str = ProgressStatus.COMPLETED
            completed_at = b.completed_at if b.completed_at is not None else completed_at
        elif completed_at is not None:
            status = ProgressStatus.COMPLETED
        else:
            status = ProgressStatus.IN_PROGRESS
        return Progress(
            status=status,
            progress_percent=100 if status == "completed" else max(percent, b.progress_percent),
            current_section=current_section if current_section is not None else b.current_section,
            started_at=min(started_at, b.started_at) if b.started_at else started_at,
            completed_at=completed_at,
            last_accessed_at=(
                max(last_accessed_at, b.last_accessed_at)
                if b.last_accessed_at
                else last_accessed_at
            ),
            total_time_seconds=b.total_time_seconds + total_time_seconds,
            pause_count=b.pause_count + counters["pause_count"],
            hint_count=b.hint_count + counters["hint_count"],
            retry_count=b.retry_count + counters["retry_count"],
            error_count=b.error_count + counters["error_count"],
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready copy (integers and strings only), for a store to keep."""
        if self.dirty:
            raise ValueError("a state with groups to rebuild cannot be saved")
        return {
            "v": 3,
            "timed": sorted(self.timed),
            "count": self.count,
            "first": self.first_us,
            "last": self.last_us,
            "view": None if self.view is None else [list(self.view[0]), self.view[1]],
            "complete": [[n, t] for n, t in sorted(self.first_complete.items())],
            "module_complete": self.module_complete_us,
            "counters": self.counters,
            "evidence": self.evidence.to_json(),
            "groups": [
                [d, s, g.to_json()]
                for (d, s), g in sorted(
                    self.groups.items(), key=lambda kv: (kv[0][0], kv[0][1] is None, kv[0][1] or "")
                )
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "FoldState":
        """Inverse of ``to_json``; ``ValueError`` for a damaged or unknown document."""
        try:
            if data["v"] != 3:  # older ones lack criteria evidence or the timed sections: refold
                raise ValueError(f"unknown fold state version {data['v']!r}")
            state = cls(timed=(int(n) for n in data["timed"]))
            state.count = int(data["count"])
            state.first_us = None if data["first"] is None else int(data["first"])
            state.last_us = None if data["last"] is None else int(data["last"])
            if data["view"] is not None:
                (t, device, seq, uuid), number = data["view"]
                state.view = ((int(t), str(device), int(seq), str(uuid)), int(number))
            state.first_complete = {int(n): int(t) for n, t in data["complete"]}
            complete = data["module_complete"]
            state.module_complete_us = None if complete is None else int(complete)
            counters = {str(k): int(v) for k, v in data["counters"].items()}
            if set(counters) != set(state.counters):
                raise ValueError(f"unknown counters {sorted(counters)!r}")
            state.counters = counters
            state.evidence = Evidence.from_json(data["evidence"])
            state.groups = {
                (str(d), None if s is None else str(s)): _Group.from_json(g)
                for d, s, g in data["groups"]
            }
        except (KeyError, TypeError, IndexError, ValueError) as exc:
            raise ValueError(f"damaged fold state: {exc!r}") from exc
        return state

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FoldState):
            return NotImplemented
        return self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]


def fold_progress(
    events: Iterable[ProgressEvent],
    *,
    section_numbers: Collection[int],
    baseline: Baseline | None = None,
) -> Progress:
    """Compute the progress row from all of a student's events for one module.

    ``section_numbers`` are the module's current sections. The result depends only on the
    *set* of distinct events (by uuid), never on their order or duplication. O(n log n).
    With a ``baseline`` the pair's legacy events are left out: the baseline stands for them.
    """
    if baseline is not None:
        events = [e for e in events if not is_legacy_uuid(e.uuid)]
    return FoldState.of(events, timed=timed_sections(section_numbers)).progress(
        section_numbers=section_numbers, baseline=baseline
    )


def timed_sections(section_numbers: Collection[int]) -> frozenset[int]:
    """The sections whose criteria (``section_numbers`` mapping each number to them) include
    a time criterion: the fold keeps their active time."""
    if not isinstance(section_numbers, Mapping):
        return frozenset()
    return frozenset(n for n, c in section_numbers.items() if c is not None and has_time(c))
