"""Everything derived from a student's events for one module, computed the same on both sides.

The client (from its local store) and the server (from ``module_analytics_events``) call
``derive`` on the same set of events and get the same progress, checklist state and
feedback, because it is one pure function of that set.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Protocol

from sync.merge import (
    ChecklistEvent,
    FeedbackEvent,
    FeedbackState,
    Stamp,
    checklist_from_event_data,
    feedback_from_event_data,
    fold_checklist,
    fold_feedback,
)
from sync.progress import Progress, ProgressEvent, fold_progress

__all__ = [
    "CHECKLIST_EVENT",
    "DURABLE_EVENTS",
    "FEEDBACK_EVENT",
    "Derived",
    "EventLike",
    "derive",
    "validate_event_data",
]

CHECKLIST_EVENT: Final = "checklist_item"
FEEDBACK_EVENT: Final = "feedback"
# Events that change progress, checklist, completion or feedback: the local store makes
# them durable (fsync) before the call that records them returns.
DURABLE_EVENTS: Final = frozenset(
    {"module_start", "section_complete", "module_complete", CHECKLIST_EVENT, FEEDBACK_EVENT}
)


class EventLike(ProgressEvent, Protocol):
    """An event as ``derive`` reads it: what the progress fold reads, and its data."""

    @property
    def event_data(self) -> Mapping[str, Any] | None: ...


_VALIDATE_STAMP: Final = Stamp(datetime(2000, 1, 1), "validate", 0, "validate")


@dataclass(frozen=True, slots=True)
class Derived:
    progress: Progress
    checklist: dict[tuple[int, str], bool]
    feedback: FeedbackState | None


def validate_event_data(
    event_type: str, section_number: int | None, data: Mapping[str, Any] | None
) -> None:
    """Raise ``ValueError`` (with a reason a person can read) for malformed typed events."""
    if event_type == CHECKLIST_EVENT:
        if section_number is None:
            raise ValueError("a checklist_item event needs a section_number")
        checklist_from_event_data(_VALIDATE_STAMP, section_number, data or {})
    elif event_type == FEEDBACK_EVENT:
        feedback_from_event_data(_VALIDATE_STAMP, data or {})


def derive(events: Iterable[EventLike], *, section_numbers: Collection[int]) -> Derived:
    """Progress, checklist state and feedback of one student in one module."""
    items = list(events)  # the fold reads the events as they are: no copies
    checks: list[ChecklistEvent] = []
    feedback: list[FeedbackEvent] = []
    for e in items:
        kind = e.event_type
        if kind == CHECKLIST_EVENT or kind == FEEDBACK_EVENT:
            stamp = Stamp(e.timestamp, e.device_id, e.device_seq, e.uuid)
            try:
                if kind == CHECKLIST_EVENT and e.section_number is not None:
                    checks.append(
                        checklist_from_event_data(stamp, e.section_number, e.event_data or {})
                    )
                elif kind == FEEDBACK_EVENT:
                    feedback.append(feedback_from_event_data(stamp, e.event_data or {}))
            except ValueError:
                continue  # malformed legacy rows count as activity, not as state
    return Derived(
        progress=fold_progress(items, section_numbers=section_numbers),
        checklist=fold_checklist(checks),
        feedback=fold_feedback(feedback),
    )
