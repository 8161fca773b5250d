"""Everything derived from a student's events for one module, computed the same on both sides.

The client (from its local store) and the server (from ``module_analytics_events``) call
``derive`` on the same set of events, and the same ``PairBaseline`` when the pair has history
written by another application, and get the same progress, checklist state and feedback,
because it is one pure function of (baseline, events).

A pair's baseline has two independent parts. ``progress`` is the ``module_progress`` row the
other application wrote (``sync.rules.progress.Baseline``: the rules are in
``sync.rules.progress``). ``feedback`` is its ``module_feedback`` row, taken as one more
feedback write whose stamp is ``(created_at, "legacy", 0, "legacy-feedback-<row id>")``: a
feedback event recorded on a device later replaces it by the usual last-writer rule
(``sync.rules.merge``), an older one does not.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, NamedTuple, Protocol

from sync.rules.merge import (
    ChecklistEvent,
    FeedbackEvent,
    FeedbackState,
    Stamp,
    checklist_from_event_data,
    checklist_winners,
    feedback_from_event_data,
    feedback_state,
    feedback_winner,
)
from sync.rules.phrases import Phrase
from sync.rules.progress import (
    Baseline,
    FoldState,
    Progress,
    ProgressEvent,
    is_legacy_uuid,
    timed_sections,
)

__all__ = [
    "CHECKLIST_EVENT",
    "DURABLE_EVENTS",
    "FEEDBACK_EVENT",
    "LEGACY_FEEDBACK_DEVICE",
    "DeriveState",
    "Derived",
    "EventLike",
    "PairBaseline",
    "StoredEvent",
    "derive",
    "feedback_data",
    "legacy_feedback",
    "validate_event_data",
]


class StoredEvent(NamedTuple):
    """An event in the shape the fold reads (``EventLike``): a stored row, one of a push's
    batch, or a test's."""

    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str
    device_seq: int
    session_id: str | None
    section_number: int | None
    event_data: Mapping[str, Any] | None


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
    """``progress``: the ``module_progress`` row; ``checklist``: each item's value;
    ``feedback``: the merged record; ``completed_sections``: the sections complete by the
    events (their criteria met, or a ``section_complete`` for those without);
    ``still_needed``: for each incomplete section with criteria, what it still needs (phrases
    the screen translates)."""

    progress: Progress
    checklist: dict[tuple[int, str], bool]
    feedback: FeedbackState | None
    completed_sections: frozenset[int] = frozenset()
    still_needed: Mapping[int, tuple[Phrase, ...]] = field(default_factory=dict)
    section_seconds: Mapping[int, int] = field(default_factory=dict)
    """Active seconds on each incomplete section with criteria (for a time criterion)."""


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


def _stamp(e: EventLike) -> Stamp:
    return Stamp(e.timestamp, e.device_id, e.device_seq, e.uuid)


def _writes(events: Iterable[EventLike]) -> tuple[list[ChecklistEvent], list[FeedbackEvent]]:
    """The checklist and feedback writes among events (malformed legacy rows count as
    activity, not as state)."""
    checks: list[ChecklistEvent] = []
    feedback: list[FeedbackEvent] = []
    for e in events:
        kind = e.event_type
        if kind == CHECKLIST_EVENT or kind == FEEDBACK_EVENT:
            try:
                if kind == CHECKLIST_EVENT and e.section_number is not None:
                    checks.append(
                        checklist_from_event_data(_stamp(e), e.section_number, e.event_data or {})
                    )
                elif kind == FEEDBACK_EVENT:
                    feedback.append(feedback_from_event_data(_stamp(e), e.event_data or {}))
            except ValueError:
                continue
    return checks, feedback


class DeriveState:
    """What ``derive`` keeps between batches of one pair's events: the progress fold's state
    (``sync.rules.progress.FoldState``), the winning write of each checklist item and of the
    feedback. ``DeriveState.of(events, ...).derived(...)`` is ``derive``; ``add`` takes more
    events (each once), in any batches and order, to the same result; ``to_json`` /
    ``from_json`` keep it in a store.

    ``legacy``: whether legacy events (stand-in uuids) are in the progress fold: they are
    unless the pair has a progress baseline, which stands for them. A state built for one
    case is rebuilt when the pair moves to the other (a baseline appears).
    """

    __slots__ = ("checklist", "feedback", "legacy", "progress")

    def __init__(self, *, legacy: bool = True, timed: Iterable[int] = ()) -> None:
        self.progress = FoldState(timed=timed)
        self.legacy = legacy
        self.checklist: dict[tuple[int, str], ChecklistEvent] = {}
        self.feedback: tuple[FeedbackEvent, datetime] | None = None

    @classmethod
    def of(
        cls,
        events: Iterable[EventLike],
        *,
        baseline: PairBaseline | None = None,
        timed: Iterable[int] = (),
    ) -> DeriveState:
        """The state of a whole set of events (copies of a uuid count once); ``timed``: the
        sections whose active time it keeps (``sync.rules.progress.timed_sections``)."""
        state = cls(legacy=baseline is None or baseline.progress is None, timed=timed)
        items = list(events)
        progress_items = items if state.legacy else [e for e in items if not is_legacy_uuid(e.uuid)]
        state.progress = FoldState.of(progress_items, timed=timed)
        state._take_writes(items)
        return state

    def suits(self, baseline: PairBaseline | None, timed: Iterable[int] = ()) -> bool:
        """Whether this state folds legacy events as a pair with ``baseline`` needs, and keeps
        the active time of exactly the ``timed`` sections (a module whose time criteria
        changed is folded again from its events)."""
        return self.legacy == (baseline is None or baseline.progress is None) and (
            self.progress.timed == frozenset(timed)
        )

    def add(self, events: Iterable[EventLike]) -> set[tuple[str, str | None]]:
        """Fold events not folded before; returns the progress groups to rebuild
        (``FoldState.add``)."""
        items = list(events)
        progress_items = items if self.legacy else [e for e in items if not is_legacy_uuid(e.uuid)]
        self._take_writes(items)
        return self.progress.add(progress_items)

    def rebuild_group(self, key: tuple[str, str | None], events: Iterable[EventLike]) -> None:
        """``FoldState.rebuild_group`` with all of that group's events."""
        items = events if self.legacy else [e for e in events if not is_legacy_uuid(e.uuid)]
        self.progress.rebuild_group(key, items)

    def _take_writes(self, events: Iterable[EventLike]) -> None:
        checks, feedback = _writes(events)
        checklist_winners(checks, self.checklist)
        if feedback:
            self.feedback = feedback_winner(feedback, self.feedback)

    def derived(
        self, *, section_numbers: Collection[int], baseline: PairBaseline | None = None
    ) -> Derived:
        """Progress, checklist and feedback, on top of the pair's ``baseline``."""
        if not self.suits(baseline, self.progress.timed):
            raise ValueError("this state was built for a pair without (or with) a baseline")
        feedback = self.feedback
        if baseline is not None and baseline.feedback is not None:
            feedback = feedback_winner([baseline.feedback], feedback)
        done = frozenset(self.progress.completions(section_numbers))
        needs: dict[int, tuple[Phrase, ...]] = {}
        seconds: dict[int, int] = {}
        if isinstance(section_numbers, Mapping):
            for number, criteria in section_numbers.items():
                if criteria is not None and number not in done:
                    needs[number] = tuple(self.progress.still_needed(number, criteria))
                    seconds[number] = self.progress.active_seconds(number)
        return Derived(
            progress=self.progress.progress(
                section_numbers=section_numbers,
                baseline=None if baseline is None else baseline.progress,
            ),
            checklist={key: e.checked for key, e in self.checklist.items()},
            feedback=None if feedback is None else feedback_state(*feedback),
            completed_sections=done,
            still_needed=needs,
            section_seconds=seconds,
        )

    def checklist_winner(self, key: tuple[int, str]) -> Stamp:
        """The stamp of the write that decides one checklist item."""
        return self.checklist[key].stamp

    def to_json(self) -> dict[str, Any]:
        """JSON-ready (see ``FoldState.to_json``)."""
        return {
            "v": 1,
            "legacy": self.legacy,
            "progress": self.progress.to_json(),
            "checklist": [
                [section, item, _stamp_json(e.stamp), e.checked]
                for (section, item), e in sorted(self.checklist.items())
            ],
            "feedback": None
            if self.feedback is None
            else {
                **feedback_data(self.feedback[0]),
                "stamp": _stamp_json(self.feedback[0].stamp),
                "created_at": self.feedback[1].isoformat(),
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> DeriveState:
        """Inverse of ``to_json``; ``ValueError`` for a damaged or unknown document."""
        try:
            if data["v"] != 1:
                raise ValueError(f"unknown derive state version {data['v']!r}")
            state = cls(legacy=bool(data["legacy"]))
            state.progress = FoldState.from_json(data["progress"])
            for section, item, stamp, checked in data["checklist"]:
                e = ChecklistEvent(_stamp_of(stamp), int(section), str(item), checked)
                state.checklist[(e.section_number, e.item_key)] = e
            fb = data["feedback"]
            if fb is not None:
                payload = {k: v for k, v in fb.items() if k not in ("stamp", "created_at")}
                winner = feedback_from_event_data(_stamp_of(fb["stamp"]), payload)
                state.feedback = (winner, datetime.fromisoformat(fb["created_at"]))
        except (KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"damaged derive state: {exc!r}") from exc
        return state


def _stamp_json(stamp: Stamp) -> list[Any]:
    return [stamp.timestamp.isoformat(), stamp.device_id, stamp.device_seq, stamp.uuid]


def _stamp_of(data: Any) -> Stamp:
    moment, device, seq, uuid = data
    return Stamp(datetime.fromisoformat(moment), str(device), int(seq), str(uuid))


def derive(
    events: Iterable[EventLike],
    *,
    section_numbers: Collection[int],
    baseline: PairBaseline | None = None,
) -> Derived:
    """Progress, checklist state and feedback of one student in one module, on top of the
    pair's ``baseline`` if it has one."""
    return DeriveState.of(events, baseline=baseline, timed=timed_sections(section_numbers)).derived(
        section_numbers=section_numbers, baseline=baseline
    )
