"""Last-writer-wins merge rules for the small mutable records a student edits offline.

Pure logic (stdlib only), imported by both the desktop client and the server, so both sides
pick the same winner whatever order, duplication or sync rounds the writes went through.

Rules
-----
Stamps
    Every write carries a ``Stamp``: ``(timestamp, device_id, device_seq, uuid)`` compared
    lexicographically. ``timestamp`` is naive UTC, already clock-corrected; ``device_id``
    then the device's own counter break ties between equal timestamps, and the write's uuid
    makes the order total. The greater stamp wins (``lww``).

Checklists (``fold_checklist``)
    Each ``(section_number, item_key)`` is an independent register: the event with the
    greatest stamp decides whether the item is checked. Two copies of one write (same stamp)
    that disagree can only come from a client bug; ``checked=True`` then wins, so the result
    still does not depend on arrival order.

Feedback (``fold_feedback``)
    One record per (student, module): the event with the greatest stamp wins *as a whole
    record* (rating, difficulty_rating, comment, is_anonymous), so a later edit that clears
    the comment really clears it. ``created_at`` is the earliest feedback event's timestamp,
    ``updated_at`` the winner's. Conflicting copies with one stamp are resolved by a fixed
    order on the payload, again only to stay order independent.

Validation
    ``checklist_from_event_data`` and ``feedback_from_event_data`` turn the JSON
    ``event_data`` of an analytics event into typed events and raise ``ValueError`` naming
    the problem for a non-dict, a missing key, a wrong type (``bool`` is not accepted as an
    int, nor an int as a bool) or a rating outside 1..5. Unknown extra keys are ignored so
    that newer clients can add fields. Events built directly are validated the same way.
    ``stamp_of`` builds a ``Stamp`` from any record that has the four stamp attributes
    (e.g. ``sync.rules.progress.FoldEvent``).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Protocol, TypeVar

__all__ = [
    "ChecklistEvent",
    "FeedbackEvent",
    "FeedbackState",
    "Stamp",
    "StampSource",
    "checklist_from_event_data",
    "checklist_winners",
    "feedback_from_event_data",
    "feedback_state",
    "feedback_winner",
    "fold_checklist",
    "fold_feedback",
    "lww",
    "stamp_of",
]

_T = TypeVar("_T")

_RATING_MIN: Final = 1
_RATING_MAX: Final = 5


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    """Orders writes: ``(timestamp, device_id, device_seq, uuid)``, lexicographic.

    ``timestamp`` must be naive UTC (aware values raise ``ValueError``). Two writes with
    equal stamps are the same write.
    """

    timestamp: datetime
    device_id: str
    device_seq: int
    uuid: str

    def __post_init__(self) -> None:
        if self.timestamp.tzinfo is not None:
            raise ValueError(
                f"Stamp {self.uuid!r}: timestamp must be naive UTC, got {self.timestamp!r}"
            )


class StampSource(Protocol):
    """Anything carrying the four stamp attributes, such as ``sync.rules.progress.FoldEvent``."""

    @property
    def timestamp(self) -> datetime: ...

    @property
    def device_id(self) -> str: ...

    @property
    def device_seq(self) -> int: ...

    @property
    def uuid(self) -> str: ...


def stamp_of(record: StampSource) -> Stamp:
    """The ``Stamp`` of an event record (e.g. a ``FoldEvent``)."""
    return Stamp(
        timestamp=record.timestamp,
        device_id=record.device_id,
        device_seq=record.device_seq,
        uuid=record.uuid,
    )


def lww(a: _T, a_stamp: Stamp, b: _T, b_stamp: Stamp) -> tuple[_T, Stamp]:
    """Return the value with the greater stamp, and that stamp.

    Equal stamps mean the same write, so ``a`` is returned. Commutative whenever the stamps
    differ, and associative: folding any number of writes yields the one with the max stamp.
    """
    if b_stamp > a_stamp:
        return b, b_stamp
    return a, a_stamp


def _check_int(value: object, *, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be an int, got {type(value).__name__}: {value!r}")
    return value


def _check_rating(value: object, *, what: str) -> int | None:
    if value is None:
        return None
    rating = _check_int(value, what=what)
    if not _RATING_MIN <= rating <= _RATING_MAX:
        raise ValueError(f"{what} must be between {_RATING_MIN} and {_RATING_MAX}, got {rating}")
    return rating


def _check_bool(value: object, *, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{what} must be a bool, got {type(value).__name__}: {value!r}")
    return value


def _check_stamp(value: object, *, what: str) -> None:
    if not isinstance(value, Stamp):
        raise ValueError(f"{what} must be a Stamp, got {type(value).__name__}")


def _require(data: object, keys: tuple[str, ...], *, what: str) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise ValueError(f"{what} event_data must be a JSON object, got {type(data).__name__}")
    missing = [key for key in keys if key not in data]
    if missing:
        raise ValueError(f"{what} event_data is missing key(s): {', '.join(missing)}")
    return data


@dataclass(frozen=True, slots=True)
class ChecklistEvent:
    """A student checked or unchecked one item of a checklist section.

    Invariants (checked on construction, ``ValueError`` otherwise): ``section_number`` is
    an int, ``item_key`` a non-empty str, ``checked`` a bool.
    """

    stamp: Stamp
    section_number: int
    item_key: str
    checked: bool

    def __post_init__(self) -> None:
        _check_stamp(self.stamp, what="checklist stamp")
        _check_int(self.section_number, what="checklist section_number")
        if not isinstance(self.item_key, str) or not self.item_key:
            raise ValueError(f"checklist item must be a non-empty str, got {self.item_key!r}")
        _check_bool(self.checked, what="checklist 'checked'")


@dataclass(frozen=True, slots=True)
class FeedbackEvent:
    """A student saved their feedback on a module (the whole record, not a patch).

    Invariants (checked on construction, ``ValueError`` otherwise): ratings are ``None`` or
    an int in 1..5, ``comment`` is ``None`` or a str, ``is_anonymous`` a bool.
    """

    stamp: Stamp
    rating: int | None
    difficulty_rating: int | None
    comment: str | None
    is_anonymous: bool

    def __post_init__(self) -> None:
        _check_stamp(self.stamp, what="feedback stamp")
        _check_rating(self.rating, what="feedback 'rating'")
        _check_rating(self.difficulty_rating, what="feedback 'difficulty_rating'")
        if self.comment is not None and not isinstance(self.comment, str):
            raise ValueError(
                f"feedback 'comment' must be a str or null, got {type(self.comment).__name__}"
            )
        _check_bool(self.is_anonymous, what="feedback 'is_anonymous'")


@dataclass(frozen=True, slots=True)
class FeedbackState:
    """The merged ``module_feedback`` row: the winning event's payload plus timestamps.

    ``stamp`` is the winner's stamp; ``updated_at == stamp.timestamp`` and
    ``created_at <= updated_at``.
    """

    stamp: Stamp
    rating: int | None
    difficulty_rating: int | None
    comment: str | None
    is_anonymous: bool
    created_at: datetime
    updated_at: datetime


def checklist_from_event_data(
    stamp: Stamp, section_number: int, data: Mapping[str, object]
) -> ChecklistEvent:
    """Build a ``ChecklistEvent`` from ``event_data`` ``{"item": str, "checked": bool}``.

    Raises ``ValueError`` when ``data`` is not a mapping, misses a key or has a wrong type.
    """
    fields = _require(data, ("item", "checked"), what="checklist")
    item = fields["item"]
    if not isinstance(item, str):
        raise ValueError(f"checklist 'item' must be a str, got {type(item).__name__}: {item!r}")
    return ChecklistEvent(
        stamp=stamp,
        section_number=section_number,
        item_key=item,
        checked=_check_bool(fields["checked"], what="checklist 'checked'"),
    )


def feedback_from_event_data(stamp: Stamp, data: Mapping[str, object]) -> FeedbackEvent:
    """Build a ``FeedbackEvent`` from ``event_data``.

    ``data`` is ``{"rating": int|None, "difficulty_rating": int|None, "comment": str|None,
    "is_anonymous": bool}``; all four keys are required (``null`` is explicit). Raises
    ``ValueError`` when ``data`` is not a mapping, misses a key, has a wrong type or a
    rating outside 1..5.
    """
    fields = _require(
        data, ("rating", "difficulty_rating", "comment", "is_anonymous"), what="feedback"
    )
    comment = fields["comment"]
    if comment is not None and not isinstance(comment, str):
        raise ValueError(f"feedback 'comment' must be a str or null, got {type(comment).__name__}")
    return FeedbackEvent(
        stamp=stamp,
        rating=_check_rating(fields["rating"], what="feedback 'rating'"),
        difficulty_rating=_check_rating(
            fields["difficulty_rating"], what="feedback 'difficulty_rating'"
        ),
        comment=comment,
        is_anonymous=_check_bool(fields["is_anonymous"], what="feedback 'is_anonymous'"),
    )


def fold_checklist(events: Iterable[ChecklistEvent]) -> dict[tuple[int, str], bool]:
    """Map ``(section_number, item_key)`` to ``checked``; the greatest stamp wins per item.

    Independent of order and duplication. Items never touched are absent (unchecked).
    """
    return {key: e.checked for key, e in checklist_winners(events).items()}


def checklist_winners(
    events: Iterable[ChecklistEvent],
    winners: dict[tuple[int, str], ChecklistEvent] | None = None,
) -> dict[tuple[int, str], ChecklistEvent]:
    """The winning write of each item (``fold_checklist``'s rule), starting from ``winners``
    (updated in place): so more writes can be folded in later, in any batches."""
    out = {} if winners is None else winners
    for e in events:
        key = (e.section_number, e.item_key)
        current = out.get(key)
        if current is None or (e.stamp, e.checked) > (current.stamp, current.checked):
            out[key] = e
    return out


_FeedbackKey = tuple[Stamp, bool, int, bool, int, bool, str, bool]


def _feedback_key(e: FeedbackEvent) -> _FeedbackKey:
    """The stamp, then a fixed order on the payload for conflicting copies of one write."""
    return (
        e.stamp,
        e.rating is not None,
        e.rating or 0,
        e.difficulty_rating is not None,
        e.difficulty_rating or 0,
        e.comment is not None,
        e.comment or "",
        e.is_anonymous,
    )


def fold_feedback(events: Iterable[FeedbackEvent]) -> FeedbackState | None:
    """Merge feedback writes into one record; ``None`` when there are none.

    The event with the greatest stamp wins as a whole record; ``created_at`` is the
    earliest event's timestamp and ``updated_at`` the winner's. Independent of order and
    duplication.
    """
    found = feedback_winner(events)
    return None if found is None else feedback_state(*found)


def feedback_winner(
    events: Iterable[FeedbackEvent],
    start: tuple[FeedbackEvent, datetime] | None = None,
) -> tuple[FeedbackEvent, datetime] | None:
    """The winning write and the earliest write's time (``fold_feedback``'s rule), folded on
    from ``start``: so more writes can be folded in later, in any batches."""
    winner, created_at = start if start is not None else (None, None)
    winner_key = None if winner is None else _feedback_key(winner)
    for e in events:
        key = _feedback_key(e)
        if winner_key is None or key > winner_key:
            winner, winner_key = e, key
        if created_at is None or e.stamp.timestamp < created_at:
            created_at = e.stamp.timestamp
    if winner is None or created_at is None:
        return None
    return winner, created_at


def feedback_state(winner: FeedbackEvent, created_at: datetime) -> FeedbackState:
    """The merged record of a winning write."""
    return FeedbackState(
        stamp=winner.stamp,
        rating=winner.rating,
        difficulty_rating=winner.difficulty_rating,
        comment=winner.comment,
        is_anonymous=winner.is_anonymous,
        created_at=created_at,
        updated_at=winner.stamp.timestamp,
    )
