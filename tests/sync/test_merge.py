"""Tests for ``sync.rules.merge``: stamps, LWW, checklist and feedback folds, validation."""

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sync.rules.merge
from sync.rules.merge import (
    ChecklistEvent,
    FeedbackEvent,
    FeedbackState,
    Stamp,
    checklist_from_event_data,
    feedback_from_event_data,
    fold_checklist,
    fold_feedback,
    lww,
    stamp_of,
)
from sync.rules.progress import FoldEvent

BASE = datetime(2025, 3, 1, 9, 0, 0)
# Modest, so that the file runs in seconds; no example database is written into the repo.
PROPERTY_SETTINGS = settings(max_examples=100, deadline=None, database=None)


def stamp(seconds: float, device: str = "d1", seq: int = 1, uuid: str = "u") -> Stamp:
    return Stamp(
        timestamp=BASE + timedelta(seconds=seconds), device_id=device, device_seq=seq, uuid=uuid
    )


def check(s: Stamp, item: str, checked: bool, section: int = 1) -> ChecklistEvent:
    return ChecklistEvent(stamp=s, section_number=section, item_key=item, checked=checked)


def feedback(
    s: Stamp,
    rating: int | None = 4,
    difficulty: int | None = None,
    comment: str | None = None,
    anonymous: bool = False,
) -> FeedbackEvent:
    return FeedbackEvent(
        stamp=s,
        rating=rating,
        difficulty_rating=difficulty,
        comment=comment,
        is_anonymous=anonymous,
    )


# --- stamps and lww -------------------------------------------------------------------------


def test_stamp_order_is_lexicographic() -> None:
    assert stamp(1, "z", 9, "z") < stamp(2, "a", 0, "a")  # timestamp first
    assert stamp(1, "a", 9, "z") < stamp(1, "b", 0, "a")  # then device_id
    assert stamp(1, "a", 1, "z") < stamp(1, "a", 2, "a")  # then device_seq
    assert stamp(1, "a", 1, "a") < stamp(1, "a", 1, "b")  # then uuid
    assert stamp(1) == stamp(1)


def test_aware_stamp_is_rejected() -> None:
    with pytest.raises(ValueError, match="naive UTC"):
        Stamp(datetime(2025, 1, 1, tzinfo=UTC), "d", 1, "u")


def test_stamp_of_reads_an_event_record() -> None:
    e = FoldEvent(uuid="u9", event_type="x", timestamp=BASE, device_id="d7", device_seq=3)
    assert stamp_of(e) == Stamp(BASE, "d7", 3, "u9")


def test_lww_picks_the_later_write() -> None:
    old, new = stamp(1), stamp(2)
    assert lww("old", old, "new", new) == ("new", new)
    assert lww("new", new, "old", old) == ("new", new)


def test_lww_breaks_timestamp_ties_by_device_then_seq() -> None:
    a, b = stamp(1, "laptop", 50), stamp(1, "phone", 1)
    assert lww("laptop", a, "phone", b) == ("phone", b)
    c, d = stamp(1, "phone", 1), stamp(1, "phone", 2)
    assert lww("second", d, "first", c) == ("second", d)


def test_lww_equal_stamps_are_one_write() -> None:
    s = stamp(1)
    assert lww("a", s, "b", s) == ("a", s)


stamps = st.builds(
    Stamp,
    timestamp=st.integers(0, 5).map(lambda s: BASE + timedelta(seconds=s)),
    device_id=st.sampled_from(["a", "b"]),
    device_seq=st.integers(0, 2),
    uuid=st.sampled_from(["u1", "u2", "u3"]),
)


@PROPERTY_SETTINGS
@given(x=stamps, y=stamps, z=stamps)
def test_lww_is_a_max(x: Stamp, y: Stamp, z: Stamp) -> None:
    # Use the stamp as the value, so that equal stamps carry equal values.
    assert lww(x, x, y, y) == lww(y, y, x, x) == (max(x, y), max(x, y))
    left = lww(*lww(x, x, y, y), z, z)
    right = lww(x, x, *lww(y, y, z, z))
    assert left == right == (max(x, y, z), max(x, y, z))
    assert lww(x, x, x, x) == (x, x)


# --- checklist ------------------------------------------------------------------------------


def test_checklist_latest_stamp_wins_per_item() -> None:
    events = [
        check(stamp(1, uuid="1"), "gloves", True),
        check(stamp(5, uuid="2"), "gloves", False),  # unchecked later: unchecked
        check(stamp(3, uuid="3"), "goggles", True),
        check(stamp(2, uuid="4"), "goggles", False),  # older: loses
        check(stamp(4, uuid="5"), "gloves", True, section=2),  # another section's item
    ]
    assert fold_checklist(events) == {
        (1, "gloves"): False,
        (1, "goggles"): True,
        (2, "gloves"): True,
    }


def test_checklist_empty() -> None:
    assert fold_checklist([]) == {}


def test_checklist_conflicting_copies_of_one_write_prefer_checked() -> None:
    s = stamp(1)
    assert fold_checklist([check(s, "x", False), check(s, "x", True)]) == {(1, "x"): True}
    assert fold_checklist([check(s, "x", True), check(s, "x", False)]) == {(1, "x"): True}


def test_checklist_from_event_data() -> None:
    s = stamp(1)
    e = checklist_from_event_data(s, 3, {"item": "gloves", "checked": True, "extra": 1})
    assert e == ChecklistEvent(stamp=s, section_number=3, item_key="gloves", checked=True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([("item", "x")], "JSON object"),
        ({"checked": True}, "missing key.*item"),
        ({"item": "x"}, "missing key.*checked"),
        ({}, "missing key.*item, checked"),
        ({"item": 3, "checked": True}, "'item' must be a str"),
        ({"item": "", "checked": True}, "non-empty"),
        ({"item": "x", "checked": 1}, "'checked' must be a bool"),
        ({"item": "x", "checked": "true"}, "'checked' must be a bool"),
        ({"item": "x", "checked": None}, "'checked' must be a bool"),
    ],
)
def test_checklist_from_malformed_event_data(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        checklist_from_event_data(stamp(1), 1, data)  # type: ignore[arg-type]


@pytest.mark.parametrize("section", [None, True, "1", 1.0])
def test_checklist_section_number_must_be_an_int(section: object) -> None:
    with pytest.raises(ValueError, match="section_number must be an int"):
        checklist_from_event_data(stamp(1), section, {"item": "x", "checked": True})  # type: ignore[arg-type]


# --- feedback -------------------------------------------------------------------------------


def test_feedback_empty_is_none() -> None:
    assert fold_feedback([]) is None


def test_feedback_latest_wins_as_a_whole_record() -> None:
    first = feedback(stamp(10, uuid="1"), rating=5, difficulty=2, comment="great", anonymous=True)
    edit = feedback(stamp(20, uuid="2"), rating=3, difficulty=None, comment=None)
    stale = feedback(stamp(15, "d2", uuid="3"), rating=1, difficulty=5, comment="late sync")
    assert fold_feedback([edit, stale, first]) == FeedbackState(
        stamp=edit.stamp,
        rating=3,
        difficulty_rating=None,  # cleared by the later edit, not merged field by field
        comment=None,
        is_anonymous=False,
        created_at=BASE + timedelta(seconds=10),
        updated_at=BASE + timedelta(seconds=20),
    )


def test_feedback_ties_on_timestamp_use_device_then_seq() -> None:
    a = feedback(stamp(10, "laptop", 9, "1"), rating=2)
    b = feedback(stamp(10, "phone", 1, "2"), rating=4)
    state = fold_feedback([b, a])
    assert state is not None
    assert state.rating == 4
    assert state.created_at == state.updated_at == BASE + timedelta(seconds=10)


def test_feedback_conflicting_copies_of_one_write_are_order_independent() -> None:
    s = stamp(1)
    x, y = feedback(s, rating=2), feedback(s, rating=None, comment="hm")
    assert fold_feedback([x, y]) == fold_feedback([y, x])


def test_feedback_from_event_data() -> None:
    s = stamp(1)
    data = {"rating": 5, "difficulty_rating": None, "comment": "ok", "is_anonymous": False}
    assert feedback_from_event_data(s, data) == feedback(s, 5, None, "ok", False)
    nulls = {"rating": None, "difficulty_rating": 1, "comment": None, "is_anonymous": True}
    assert feedback_from_event_data(s, nulls) == feedback(s, None, 1, None, True)


GOOD_FEEDBACK: Mapping[str, object] = {
    "rating": 4,
    "difficulty_rating": 3,
    "comment": "fine",
    "is_anonymous": False,
}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rating": 0}, "'rating' must be between 1 and 5, got 0"),
        ({"rating": 6}, "'rating' must be between 1 and 5, got 6"),
        ({"difficulty_rating": -1}, "'difficulty_rating' must be between 1 and 5"),
        ({"rating": "5"}, "'rating' must be an int"),
        ({"rating": 4.0}, "'rating' must be an int"),
        ({"rating": True}, "'rating' must be an int"),
        ({"difficulty_rating": [3]}, "'difficulty_rating' must be an int"),
        ({"comment": 12}, "'comment' must be a str or null"),
        ({"is_anonymous": "no"}, "'is_anonymous' must be a bool"),
        ({"is_anonymous": 0}, "'is_anonymous' must be a bool"),
        ({"is_anonymous": None}, "'is_anonymous' must be a bool"),
    ],
)
def test_feedback_from_malformed_event_data(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        feedback_from_event_data(stamp(1), {**GOOD_FEEDBACK, **changes})


@pytest.mark.parametrize("key", sorted(GOOD_FEEDBACK))
def test_feedback_from_event_data_missing_key(key: str) -> None:
    data = {k: v for k, v in GOOD_FEEDBACK.items() if k != key}
    with pytest.raises(ValueError, match=f"missing key.*{key}"):
        feedback_from_event_data(stamp(1), data)


@pytest.mark.parametrize("data", [None, "rating=5", [1, 2], 5])
def test_feedback_from_non_object_event_data(data: object) -> None:
    with pytest.raises(ValueError, match="must be a JSON object"):
        feedback_from_event_data(stamp(1), data)  # type: ignore[arg-type]


def test_events_built_directly_are_validated_too() -> None:
    with pytest.raises(ValueError, match="between 1 and 5"):
        feedback(stamp(1), rating=9)
    with pytest.raises(ValueError, match="non-empty"):
        check(stamp(1), "", True)
    with pytest.raises(ValueError, match="must be a Stamp"):
        ChecklistEvent(stamp=BASE, section_number=1, item_key="x", checked=True)  # type: ignore[arg-type]


def test_all_is_complete() -> None:
    module = sync.rules.merge
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (name.isupper() or getattr(value, "__module__", None) == module.__name__)
    }
    assert set(module.__all__) == public


# --- order and duplicate properties ---------------------------------------------------------


@st.composite
def checklist_events(draw: st.DrawFn) -> list[ChecklistEvent]:
    """Distinct writes (unique uuid per stamp) to a few items, with timestamp ties."""
    rows = draw(
        st.lists(
            st.tuples(
                st.integers(0, 20),
                st.sampled_from(["a", "b"]),
                st.integers(0, 2),
                st.sampled_from([1, 2]),
                st.sampled_from(["gloves", "goggles"]),
                st.booleans(),
            ),
            max_size=25,
        )
    )
    return [
        check(stamp(sec, device, seq, f"u{i}"), item, checked, section)
        for i, (sec, device, seq, section, item, checked) in enumerate(rows)
    ]


@st.composite
def feedback_events(draw: st.DrawFn) -> list[FeedbackEvent]:
    rows = draw(
        st.lists(
            st.tuples(
                st.integers(0, 20),
                st.sampled_from(["a", "b"]),
                st.integers(0, 2),
                st.none() | st.integers(1, 5),
                st.none() | st.integers(1, 5),
                st.none() | st.sampled_from(["", "ok", "too long"]),
                st.booleans(),
            ),
            max_size=15,
        )
    )
    return [
        feedback(stamp(sec, device, seq, f"u{i}"), rating, difficulty, comment, anonymous)
        for i, (sec, device, seq, rating, difficulty, comment, anonymous) in enumerate(rows)
    ]


def sync_rounds(data: st.DataObject, events: Sequence[object]) -> list[object]:
    """Spread events over replicas, gossip in random rounds, then concatenate everything."""
    n_replicas = data.draw(st.integers(1, 3))
    replicas: list[list[object]] = [[] for _ in range(n_replicas)]
    for e in events:
        for r in data.draw(st.sets(st.integers(0, n_replicas - 1), min_size=1)):
            replicas[r].append(e)
    rounds = data.draw(
        st.lists(
            st.tuples(st.integers(0, n_replicas - 1), st.integers(0, n_replicas - 1)),
            max_size=4,
        )
    )
    for source, target in rounds:
        replicas[target] = replicas[target] + data.draw(st.permutations(replicas[source]))
    order = data.draw(st.permutations(range(n_replicas)))
    return [e for r in order for e in replicas[r]]


@PROPERTY_SETTINGS
@given(events=checklist_events(), data=st.data())
def test_checklist_ignores_order_duplicates_and_sync_rounds(
    events: list[ChecklistEvent], data: st.DataObject
) -> None:
    expected = fold_checklist(events)
    # The oracle: for each item, the value of its greatest stamp.
    oracle: dict[tuple[int, str], tuple[Stamp, bool]] = {}
    for e in events:
        key = (e.section_number, e.item_key)
        if key not in oracle or e.stamp > oracle[key][0]:
            oracle[key] = (e.stamp, e.checked)
    assert expected == {key: checked for key, (_, checked) in oracle.items()}
    merged = sync_rounds(data, events)
    assert fold_checklist(e for e in merged if isinstance(e, ChecklistEvent)) == expected


@PROPERTY_SETTINGS
@given(events=feedback_events(), data=st.data())
def test_feedback_ignores_order_duplicates_and_sync_rounds(
    events: list[FeedbackEvent], data: st.DataObject
) -> None:
    expected = fold_feedback(events)
    if not events:
        assert expected is None
    else:
        winner = max(events, key=lambda e: e.stamp)
        assert expected == FeedbackState(
            stamp=winner.stamp,
            rating=winner.rating,
            difficulty_rating=winner.difficulty_rating,
            comment=winner.comment,
            is_anonymous=winner.is_anonymous,
            created_at=min(e.stamp.timestamp for e in events),
            updated_at=winner.stamp.timestamp,
        )
    merged = sync_rounds(data, events)
    assert fold_feedback(e for e in merged if isinstance(e, FeedbackEvent)) == expected
