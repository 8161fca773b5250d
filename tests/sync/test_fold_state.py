"""The fold's incremental state and baselines (``sync.rules.progress.FoldState``, ``Baseline``).

Every property compares with the full fold of the whole set (``fold_progress``), which the
hand-made timelines of ``test_progress.py`` pin down.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, NamedTuple, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules.derive import DeriveState, PairBaseline, StoredEvent, derive, legacy_feedback
from sync.rules.merge import FeedbackEvent, Stamp
from sync.rules.progress import (
    Baseline,
    FoldEvent,
    FoldState,
    Progress,
    ProgressStatus,
    fold_progress,
    is_legacy_uuid,
)
from tests.sync.test_progress import (
    BASE,
    DEVICES,
    PROPERTY_SETTINGS,
    SECTIONS,
    at,
    ev,
    event_lists,
)


def progress_of(state: FoldState, baseline: Baseline | None = None) -> Progress:
    return state.progress(section_numbers=SECTIONS, baseline=baseline)


def add_in_batches(batches: list[list[FoldEvent]]) -> FoldState:
    """Fold batch after batch as a server does, rebuilding the groups a late event touched
    from every event of the group seen so far."""
    state = FoldState()
    seen: list[FoldEvent] = []
    for batch in batches:
        seen += batch
        for key in state.add(batch):
            state.rebuild_group(key, [e for e in seen if (e.device_id, e.session_id) == key])
    return state


_E = TypeVar("_E")


@st.composite
def batch_splits(draw: st.DrawFn, events: list[_E]) -> list[list[_E]]:
    order = draw(st.permutations(events))
    cuts = sorted(draw(st.sets(st.integers(0, len(order)), max_size=6)))
    edges = [0, *cuts, len(order)]
    return [list(order[a:b]) for a, b in zip(edges, edges[1:], strict=False)]


# --- the incremental state ----------------------------------------------------------------


@PROPERTY_SETTINGS
@given(events=event_lists() | event_lists(devices=DEVICES[:2], tight=True), data=st.data())
def test_any_batches_in_any_order_give_the_full_fold(
    events: list[FoldEvent], data: st.DataObject
) -> None:
    whole = FoldState.of(events)
    state = add_in_batches(data.draw(batch_splits(events)))
    assert state == whole
    assert progress_of(state) == fold_progress(events, section_numbers=SECTIONS)


@PROPERTY_SETTINGS
@given(events=event_lists(max_size=40), data=st.data())
def test_a_saved_state_takes_more_events_like_a_live_one(
    events: list[FoldEvent], data: st.DataObject
) -> None:
    batches = data.draw(batch_splits(events))
    state = FoldState()
    seen: list[FoldEvent] = []
    for batch in batches:  # save and load between every batch, as a store would
        state = FoldState.from_json(json.loads(json.dumps(state.to_json())))
        seen += batch
        for key in state.add(batch):
            state.rebuild_group(key, [e for e in seen if (e.device_id, e.session_id) == key])
    assert progress_of(state) == fold_progress(events, section_numbers=SECTIONS)


def test_an_event_before_its_group_end_asks_for_the_group_only() -> None:
    early, late = ev("click", 0, session="a"), ev("click", 20, session="a")
    other = ev("click", 5, session="b")
    state = FoldState.of([late, other])
    assert state.add([early]) == {("d1", "a")}
    with pytest.raises(ValueError, match="rebuilt"):
        progress_of(state)
    with pytest.raises(ValueError, match="rebuild"):
        state.to_json()
    state.rebuild_group(("d1", "a"), [early, late])
    assert progress_of(state).total_time_seconds == 20
    with pytest.raises(ValueError, match="not in group"):
        state.rebuild_group(("d1", "a"), [other])


@pytest.mark.parametrize(
    "damaged",
    [{}, {"v": 2}, {"v": 1, "count": 1}, {**FoldState.of([]).to_json(), "counters": {"x": 1}}],
)
def test_a_damaged_saved_state_is_refused(damaged: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="fold state|counters"):
        FoldState.from_json(damaged)


# --- baselines: the rules -----------------------------------------------------------------

LEGACY = Baseline(
    status="in_progress",
    progress_percent=50,
    current_section=2,
    started_at=datetime(2024, 9, 1, 9),
    last_accessed_at=datetime(2024, 9, 2, 9),
    total_time_seconds=120,
    pause_count=2,
)


def fold(events: list[FoldEvent], baseline: Baseline | None = LEGACY) -> Progress:
    return fold_progress(events, section_numbers=SECTIONS, baseline=baseline)


def test_no_events_read_as_the_baseline_itself() -> None:
    p = fold([])
    assert p == Progress(
        status="in_progress",
        progress_percent=50,
        current_section=2,
        started_at=datetime(2024, 9, 1, 9),
        completed_at=None,
        last_accessed_at=datetime(2024, 9, 2, 9),
        total_time_seconds=120,
        pause_count=2,
        hint_count=0,
        retry_count=0,
        error_count=0,
    )


def test_new_events_add_to_the_baseline_never_replace_it() -> None:
    """The bug of record: one section_view rewrote 50 % / 120 s / 2 pauses to 0 / 0 / 0."""
    p = fold([ev("section_view", 0, section=1)])
    assert (p.status, p.progress_percent, p.total_time_seconds, p.pause_count) == (
        "in_progress",
        50,
        120,
        2,
    )
    assert p.started_at == datetime(2024, 9, 1, 9) and p.last_accessed_at == at(0)
    assert p.current_section == 1  # follows new activity


def test_counters_and_time_are_baseline_plus_events() -> None:
    events = [ev("click", 0), ev("hint_used", 10), ev("pause", 20), ev("retry", 25)]
    p = fold(events + [ev("error_encountered", 26)])
    assert p.total_time_seconds == 120 + 21  # 0-20 active, paused 20-25, 25-26 active
    assert (p.pause_count, p.hint_count, p.retry_count, p.error_count) == (3, 1, 1, 1)


def test_percent_is_the_larger_of_baseline_and_events() -> None:
    assert fold([ev("section_complete", 0, section=1)]).progress_percent == 50  # 33 < 50
    done_two = [ev("section_complete", 0, section=1), ev("section_complete", 1, section=2)]
    assert fold(done_two).progress_percent == 66


def test_events_complete_what_the_baseline_started() -> None:
    done = [ev("section_complete", s, section=s) for s in SECTIONS]
    p = fold(done)
    assert (p.status, p.progress_percent, p.completed_at) == ("completed", 100, at(3))


def test_completed_never_goes_back_and_keeps_its_date() -> None:
    finished = Baseline(status="completed", progress_percent=100, completed_at=datetime(2024, 5, 1))
    p = fold([ev("section_view", 0, section=1), ev("module_complete", 30)], finished)
    assert (p.status, p.progress_percent, p.completed_at) == (
        "completed",
        100,
        datetime(2024, 5, 1),
    )
    assert fold([ev("click", 0)], finished).status == "completed"


def test_a_completed_baseline_without_a_date_takes_the_events_one() -> None:
    finished = Baseline(status="completed")
    assert fold([ev("click", 0)], finished).completed_at is None
    assert fold([ev("module_complete", 9)], finished).completed_at == at(9)


def test_skipped_stays_skipped_until_the_student_does_something() -> None:
    skipped = Baseline(status="skipped")
    assert fold([], skipped).status == ProgressStatus.SKIPPED
    assert fold([ev("section_view", 0, section=1)], skipped).status == "in_progress"


def test_started_at_is_the_earliest_known_and_last_access_the_latest() -> None:
    p = fold([ev("click", -(10**8))])  # an event from before the baseline's own start
    assert p.started_at == at(-(10**8)) and p.last_accessed_at == datetime(2024, 9, 2, 9)


def test_null_columns_read_as_the_schema_defaults() -> None:
    p = fold([], Baseline(progress_percent=250))
    assert (p.status, p.progress_percent, p.current_section, p.total_time_seconds) == (
        "not_started",
        100,
        1,
        0,
    )


def test_legacy_events_are_covered_by_the_baseline() -> None:
    legacy = dataclasses.replace(ev("pause", 5), uuid="legacy-17")
    assert is_legacy_uuid(legacy.uuid) and not is_legacy_uuid("legacy")
    assert fold([legacy, ev("click", 0)]).pause_count == 2  # the baseline's two, not three
    assert fold_progress([legacy], section_numbers=SECTIONS).pause_count == 1  # no baseline


def test_baseline_json_round_trip_and_refusals() -> None:
    assert Baseline.from_json(LEGACY.to_json()) == LEGACY
    bad_ones: list[Any] = [
        {"status": 3},
        {"pause_count": "2"},
        {"pause_count": True},
        {"zz": 1},
        [],
    ]
    for bad in bad_ones:
        with pytest.raises(ValueError, match="baseline"):
            Baseline.from_json(bad)
    with pytest.raises(ValueError, match="naive"):
        Baseline.from_json({"started_at": "2024-01-01T00:00:00+02:00"})


# --- baselines: properties ------------------------------------------------------------------

STATUSES = ["not_started", "in_progress", "completed", "skipped", None, "legacy_word"]


@st.composite
def baselines(draw: st.DrawFn) -> Baseline:
    moment = st.none() | st.integers(-400, 400).map(lambda s: BASE + timedelta(seconds=s))
    count = st.none() | st.integers(0, 10_000)
    return Baseline(
        status=draw(st.sampled_from(STATUSES)),
        progress_percent=draw(st.none() | st.integers(0, 100)),
        current_section=draw(st.none() | st.integers(1, 4)),
        started_at=draw(moment),
        completed_at=draw(moment),
        last_accessed_at=draw(moment),
        total_time_seconds=draw(count),
        pause_count=draw(count),
        hint_count=draw(count),
        retry_count=draw(count),
        error_count=draw(count),
    )


@PROPERTY_SETTINGS
@given(baseline=baselines(), events=event_lists(), data=st.data())
def test_nothing_regresses_below_the_baseline(
    baseline: Baseline, events: list[FoldEvent], data: st.DataObject
) -> None:
    b = baseline.progress()
    p = fold(events, baseline)
    assert b.progress_percent <= p.progress_percent
    for name in ("total_time_seconds", "pause_count", "hint_count", "retry_count", "error_count"):
        assert getattr(b, name) <= getattr(p, name)
    if b.status == "completed":
        assert p.status == "completed"
        assert p.progress_percent == 100 or not events  # a legacy "completed, 40 %" stays
        if b.completed_at is not None:
            assert p.completed_at == b.completed_at
    if b.started_at is not None:
        assert p.started_at is not None and p.started_at <= b.started_at
    if b.last_accessed_at is not None:
        assert p.last_accessed_at is not None and p.last_accessed_at >= b.last_accessed_at
    if not events:
        assert p == b
    # any order, any batches, saved or not: one answer
    state = add_in_batches(data.draw(batch_splits(events)))
    assert progress_of(state, baseline) == p


def test_feedback_baseline_is_one_more_write() -> None:
    old = legacy_feedback(
        row_id=4,
        created_at=datetime(2024, 5, 1),
        rating=5,
        difficulty_rating=9,  # outside 1..5: no rating
        comment="Great",
        is_anonymous=None,
    )
    assert (old.rating, old.difficulty_rating, old.is_anonymous) == (5, None, False)
    pair = PairBaseline(progress=LEGACY, feedback=old)
    assert PairBaseline.from_json(json.loads(json.dumps(pair.to_json()))) == pair
    assert derive([], section_numbers=SECTIONS, baseline=pair).feedback is not None
    newer = FeedbackEvent(Stamp(datetime(2025, 1, 1), "dev", 1, "u1"), 2, 2, "meh", False)
    older = FeedbackEvent(Stamp(datetime(2023, 1, 1), "dev", 1, "u2"), 1, 1, "old", False)
    for edit, comment in ((newer, "meh"), (older, "Great")):
        data = {
            "rating": edit.rating,
            "difficulty_rating": edit.difficulty_rating,
            "comment": edit.comment,
            "is_anonymous": False,
        }
        row = _Event(edit.stamp.uuid, "feedback", edit.stamp.timestamp, "dev", 1, None, None, data)
        got = derive([row], section_numbers=SECTIONS, baseline=pair).feedback
        assert got is not None and got.comment == comment
        assert got.created_at == min(datetime(2024, 5, 1), edit.stamp.timestamp)


class _Event(NamedTuple):
    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str
    device_seq: int
    session_id: str | None
    section_number: int | None
    event_data: Mapping[str, Any] | None


@pytest.mark.parametrize("bad", [{"feedback": {"rating": 1}}, {"x": 1}, {"feedback": {"stamp": 3}}])
def test_a_damaged_pair_baseline_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="baseline"):
        PairBaseline.from_json(bad)


# --- everything derived, kept between batches (sync.rules.derive.DeriveState) -------------------


def _write(e: FoldEvent, data: Mapping[str, Any] | None = None) -> StoredEvent:
    return StoredEvent(
        e.uuid, e.event_type, e.timestamp, e.device_id, e.device_seq, e.session_id,
        e.section_number, data,
    )  # fmt: skip


@st.composite
def writes(draw: st.DrawFn) -> list[StoredEvent]:
    """Progress events mixed with checklist ticks and feedback saves (some malformed)."""
    base = draw(event_lists())
    out = [_write(e) for e in base]
    for i in range(draw(st.integers(0, 12))):
        when = BASE + timedelta(seconds=draw(st.integers(0, 60)))
        device = draw(st.sampled_from(DEVICES))
        if draw(st.booleans()):
            data: dict[str, Any] = {
                "item": draw(st.sampled_from(["goggles", "gloves"])),
                "checked": draw(st.booleans()),
            }
            kind, section = "checklist_item", draw(st.sampled_from([1, 2]))
        else:
            data = {
                "rating": draw(st.none() | st.integers(1, 5)),
                "difficulty_rating": draw(st.none() | st.integers(1, 6)),  # 6: malformed
                "comment": draw(st.none() | st.sampled_from(["ok", "great"])),
                "is_anonymous": draw(st.booleans()),
            }
            kind, section = "feedback", None
        out.append(
            StoredEvent(f"w-{i}", kind, when, device, draw(st.integers(0, 3)), "s1", section, data)
        )
    return out


@PROPERTY_SETTINGS
@given(events=writes(), baseline=st.none() | baselines(), data=st.data())
def test_derive_state_in_batches_and_saved_equals_derive(
    events: list[StoredEvent], baseline: Baseline | None, data: st.DataObject
) -> None:
    pair = None if baseline is None else PairBaseline(progress=baseline)
    expected = derive(events, section_numbers=SECTIONS, baseline=pair)
    state = DeriveState(legacy=pair is None)
    seen: list[StoredEvent] = []
    for batch in data.draw(batch_splits(events)):
        state = DeriveState.from_json(json.loads(json.dumps(state.to_json())))
        seen += batch
        for key in state.add(batch):
            state.rebuild_group(key, [e for e in seen if (e.device_id, e.session_id) == key])
    assert state.derived(section_numbers=SECTIONS, baseline=pair) == expected
    assert DeriveState.of(events, baseline=pair).to_json() == state.to_json()


def test_a_state_for_a_pair_without_baseline_is_refused_with_one() -> None:
    state = DeriveState.of([_write(ev("click", 0))])
    assert not state.suits(PairBaseline(progress=LEGACY))
    with pytest.raises(ValueError, match="baseline"):
        state.derived(section_numbers=SECTIONS, baseline=PairBaseline(progress=LEGACY))
    assert state.suits(PairBaseline(feedback=None))  # a feedback baseline alone is fine
    with pytest.raises(ValueError, match="derive state"):
        DeriveState.from_json({"v": 1})
