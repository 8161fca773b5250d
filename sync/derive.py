"""Everything derived from a student's events for one module, computed the same on both sides.

The client (from its local store) and the server (from ``module_analytics_events``) call
``derive`` on the same set of events, and the same ``PairBaseline`` when the pair has history
written by another application, and get the same progress, checklist state and feedback,
because it is one pure function of (baseline, events).

A pair's baseline has two independent parts. ``progress`` is the ``module_progress`` row the
other application wrote (``sync.progress.Baseline``: the rules are in ``sync.progress``).
``feedback`` is its ``module_feedback`` row, taken as one more feedback write whose stamp is
``(created_at, "legacy", 0, "legacy-feedback-<row id>")``: a feedback event recorded on a
device later replaces it by the usual last-writer rule (``sync.merge``), an older one does not.
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
from sync.progress import Baseline, Progress, ProgressEvent, fold_progress

__all__ = [
    "CHECKLIST_EVENT",
    "DURABLE_EVENTS",
    "FEEDBACK_EVENT",
    "LEGACY_FEEDBACK_DEVICE",
    "Derived",
    "EventLike",
    "PairBaseline",
    "derive",
    "feedback_data",
    "legacy_feedback",
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


LEGACY_FEEDBACK_DEVICE: Final = "legacy"
"""The device id in the stamp of a feedback row another application wrote."""


@dataclass(frozen=True, slots=True)
class PairBaseline:
    """What another application stored for one (student, module): see the module docstring.
    Either part may be absent."""

    progress: Baseline | None = None
    feedback: FeedbackEvent | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON-ready, for the wire and for a device's store."""
        out: dict[str, Any] = {}
        if self.progress is not None:
            out["progress"] = self.progress.to_json()
        if self.feedback is not None:
            f = self.feedback
            out["feedback"] = {
                **feedback_data(f),
                "stamp": [
                    f.stamp.timestamp.isoformat(),
                    f.stamp.device_id,
                    f.stamp.device_seq,
                    f.stamp.uuid,
                ],
            }
        return out

    @classmethod
    def from_json(cls, data: Any) -> PairBaseline:
        """Inverse of ``to_json``; ``ValueError`` naming the problem otherwise."""
        if not isinstance(data, dict) or not set(data) <= {"progress", "feedback"}:
            raise ValueError(f"not a pair baseline: {data!r:.200}")
        progress = data.get("progress")
        feedback = data.get("feedback")
        written: FeedbackEvent | None = None
        if feedback is not None:
            if not isinstance(feedback, dict) or "stamp" not in feedback:
                raise ValueError(f"not a feedback baseline: {feedback!r:.200}")
            try:
                moment, device, seq, uuid = feedback["stamp"]
                stamp = Stamp(datetime.fromisoformat(moment), str(device), int(seq), str(uuid))
            except (TypeError, ValueError) as exc:
                raise ValueError(f"bad feedback baseline stamp: {exc}") from exc
            payload = {k: v for k, v in feedback.items() if k != "stamp"}
            written = feedback_from_event_data(stamp, payload)
        return cls(
            progress=None if progress is None else Baseline.from_json(progress),
            feedback=written,
        )


def legacy_feedback(
    *,
    row_id: int,
    created_at: datetime | None,
    rating: int | None,
    difficulty_rating: int | None,
    comment: str | None,
    is_anonymous: bool | None,
) -> FeedbackEvent:
    """A ``module_feedback`` row another application wrote, as a feedback write. Ratings
    outside 1..5 (which the schema's CHECK forbids anyway) read as no rating."""

    def rating_of(value: int | None) -> int | None:
        return value if isinstance(value, int) and 1 <= value <= 5 else None

    return FeedbackEvent(
        stamp=Stamp(
            created_at or datetime(1970, 1, 1),
            LEGACY_FEEDBACK_DEVICE,
            0,
            f"legacy-feedback-{row_id}",
        ),
        rating=rating_of(rating),
        difficulty_rating=rating_of(difficulty_rating),
        comment=comment,
        is_anonymous=bool(is_anonymous),
    )


def feedback_data(f: FeedbackEvent | FeedbackState) -> dict[str, Any]:
    """The ``event_data`` of a feedback event with this payload."""
    return {
        "rating": f.rating,
        "difficulty_rating": f.difficulty_rating,
        "comment": f.comment,
        "is_anonymous": f.is_anonymous,
    }


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


def derive(
    events: Iterable[EventLike],
    *,
    section_numbers: Collection[int],
    baseline: PairBaseline | None = None,
) -> Derived:
    """Progress, checklist state and feedback of one student in one module, on top of the
    pair's ``baseline`` if it has one."""
    items = list(events)  # the fold reads the events as they are: no copies
    checks: list[ChecklistEvent] = []
    feedback: list[FeedbackEvent] = []
    if baseline is not None and baseline.feedback is not None:
        feedback.append(baseline.feedback)
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
        progress=fold_progress(
            items,
            section_numbers=section_numbers,
            baseline=None if baseline is None else baseline.progress,
        ),
        checklist=fold_checklist(checks),
        feedback=fold_feedback(feedback),
    )
