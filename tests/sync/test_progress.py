"""Tests for ``sync.rules.progress``: hand-made timelines for each rule, then properties."""

import dataclasses
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sync.rules.progress
from sync.rules.progress import (
    HEARTBEAT_SECONDS,
    IDLE_SECONDS,
    FoldEvent,
    Progress,
    ProgressStatus,
    fold_progress,
)

BASE = datetime(2025, 3, 1, 9, 0, 0)
SECTIONS = (1, 2, 3)
# Modest, so that the file runs in seconds; no example database is written into the repo.
PROPERTY_SETTINGS = settings(max_examples=100, deadline=None, database=None)

_ids = itertools.count()


def at(seconds: float) -> datetime:
    return BASE + timedelta(seconds=seconds)


def ev(
    kind: str,
    seconds: float,
    *,
    device: str = "d1",
    session: str | None = "s1",
    section: int | None = None,
    seq: int | None = None,
    uuid: str | None = None,
) -> FoldEvent:
    """A hand-made event; uuid and device_seq are unique unless given."""
    n = next(_ids)
    return FoldEvent(
        uuid=uuid if uuid is not None else f"ev-{n}",
        event_type=kind,
        timestamp=at(seconds),
        device_id=device,
        device_seq=seq if seq is not None else n,
        session_id=session,
        section_number=section,
    )


def fold(events: Iterable[FoldEvent], sections: Sequence[int] = SECTIONS) -> Progress:
    return fold_progress(events, section_numbers=sections)


def heartbeats(
    start: int, stop: int, *, device: str = "d1", session: str = "s1"
) -> list[FoldEvent]:
    """Heartbeats every HEARTBEAT_SECONDS from ``start`` up to and including ``stop``."""
    return [
        ev("heartbeat", s, device=device, session=session)
        for s in range(start, stop + 1, HEARTBEAT_SECONDS)
    ]


# --- empty, start, unknown types ------------------------------------------------------------


def test_no_events_is_not_started() -> None:
    assert fold([]) == Progress(
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


def test_status_values_are_the_schema_strings() -> None:
    assert fold([]).status == "not_started"
    assert fold([ev("module_start", 0)]).status == "in_progress"
    assert fold([ev("module_complete", 0)]).status == "completed"


def test_single_module_start() -> None:
    p = fold([ev("module_start", 7)])
    assert p.status is ProgressStatus.IN_PROGRESS
    assert p.started_at == p.last_accessed_at == at(7)
    assert (p.progress_percent, p.current_section, p.total_time_seconds) == (0, 1, 0)
    assert p.completed_at is None


def test_started_at_is_earliest_event_of_any_type() -> None:
    p = fold([ev("module_start", 50), ev("scroll", 20, device="d2"), ev("click", 90)])
    assert p.started_at == at(20)
    assert p.last_accessed_at == at(90)


def test_generator_input_is_accepted() -> None:
    p = fold(ev("click", s) for s in (0, 5))
    assert p.total_time_seconds == 5


def test_unknown_event_types_only_count_toward_time_and_access() -> None:
    p = fold([ev("code_run", 0), ev("buddy_message", 12, section=2), ev("zz_future", 20)])
    assert p.status is ProgressStatus.IN_PROGRESS
    assert p.started_at == at(0)
    assert p.last_accessed_at == at(20)
    assert p.total_time_seconds == 20
    assert (p.progress_percent, p.current_section, p.completed_at) == (0, 1, None)
    assert (p.pause_count, p.hint_count, p.retry_count, p.error_count) == (0, 0, 0, 0)


# --- active time: one device ----------------------------------------------------------------


def test_one_device_timeline() -> None:
    events = [
        ev("module_start", 0),
        ev("section_view", 5, section=1),
        ev("click", 20),  # next event 100 s later: only IDLE_SECONDS count
        ev("scroll", 120),
        ev("section_complete", 125, section=1),
        ev("pause", 140),  # nothing counts until the resume
        ev("resume", 300),
        ev("click", 305),
        ev("module_complete", 310),  # the student is done: contributes nothing
    ]
    p = fold(events)
    assert p.total_time_seconds == 5 + 15 + IDLE_SECONDS + 5 + 15 + 5 + 5
    assert p.status is ProgressStatus.COMPLETED
    assert p.completed_at == at(310)
    assert (p.started_at, p.last_accessed_at) == (at(0), at(310))
    assert p.pause_count == 1


def test_gap_longer_than_idle_is_capped() -> None:
    assert fold([ev("click", 0), ev("click", 1000)]).total_time_seconds == IDLE_SECONDS
    assert fold([ev("click", 0), ev("click", 29)]).total_time_seconds == 29


def test_pause_stops_the_clock_until_resume() -> None:
    with_pause = [ev("click", 0), ev("click", 10), ev("pause", 40), ev("resume", 500)]
    with_pause.append(ev("click", 510))
    assert fold(with_pause).total_time_seconds == 10 + 30 + 10
    # The same timeline without the pause event counts the 30 s after it as well.
    no_pause = [ev("click", 0), ev("click", 10), ev("scroll", 40), ev("resume", 500)]
    no_pause.append(ev("click", 510))
    assert fold(no_pause).total_time_seconds == 10 + 30 + IDLE_SECONDS + 10


def test_pause_as_last_event_contributes_nothing() -> None:
    assert fold([ev("heartbeat", 0), ev("pause", 5)]).total_time_seconds == 5


def test_module_complete_contributes_nothing_after_it() -> None:
    assert fold([ev("heartbeat", 0), ev("module_complete", 3)]).total_time_seconds == 3
    events = [ev("click", 0), ev("module_complete", 4), ev("click", 20), ev("click", 22)]
    assert fold(events).total_time_seconds == 4 + 2


def test_last_event_without_heartbeat_earns_nothing() -> None:
    assert fold([ev("click", 0)]).total_time_seconds == 0
    assert fold([ev("click", 0), ev("scroll", 4)]).total_time_seconds == 4


def test_last_heartbeat_earns_one_period() -> None:
    assert fold([ev("heartbeat", 0)]).total_time_seconds == HEARTBEAT_SECONDS
    assert fold(heartbeats(0, 60)).total_time_seconds == 60 + HEARTBEAT_SECONDS


def test_activity_after_the_last_heartbeat_never_shortens_its_credit() -> None:
    alone = fold([ev("heartbeat", 0)]).total_time_seconds
    assert fold([ev("heartbeat", 0), ev("click", 1)]).total_time_seconds == alone
    assert fold([ev("heartbeat", 0), ev("click", 1), ev("input", 12)]).total_time_seconds == 12
    # A long silence after the heartbeat: only the capped gap counts, no trailing credit.
    assert fold([ev("heartbeat", 0), ev("click", 50)]).total_time_seconds == IDLE_SECONDS


def test_pause_cancels_the_heartbeat_credit() -> None:
    events = [ev("heartbeat", 0), ev("pause", 1), ev("resume", 2)]
    assert fold(events).total_time_seconds == 1


def test_crash_loses_at_most_one_heartbeat_period() -> None:
    # Active from 0 to 127 s, heartbeats every 10 s, then the app dies: no final event.
    events = heartbeats(0, 120) + [ev("click", 3), ev("scroll", 64), ev("input", 118)]
    total = fold(events).total_time_seconds
    assert 127 - HEARTBEAT_SECONDS <= total <= 127 + HEARTBEAT_SECONDS
    assert total == 130


def test_fractional_seconds_are_floored_once_at_the_end() -> None:
    assert fold([ev("click", 0), ev("click", 1.5)]).total_time_seconds == 1
    parts = [ev("click", 0.4), ev("click", 1.0), ev("click", 1.6), ev("click", 2.2)]
    assert fold(parts).total_time_seconds == 1  # 1.8 s, not 0 + 0 + 0 per gap


# --- active time: several devices and sessions ----------------------------------------------


def test_two_overlapping_devices_count_wall_clock_once() -> None:
    a = heartbeats(0, 60, device="a")
    b = heartbeats(30, 90, device="b")
    assert fold(a).total_time_seconds == 70
    assert fold(b).total_time_seconds == 70
    assert fold(a + b).total_time_seconds == 100


def test_two_disjoint_devices_add_up() -> None:
    a = [ev("click", 0, device="a"), ev("click", 20, device="a")]
    b = [ev("click", 100, device="b"), ev("click", 125, device="b")]
    assert fold(a + b).total_time_seconds == 20 + 25


def test_devices_do_not_bridge_each_others_gaps() -> None:
    # Interleaved in time, but each device's gaps are measured on that device only.
    a = [ev("click", 0, device="a"), ev("click", 100, device="a")]
    b = [ev("click", 50, device="b"), ev("pause", 60, device="b")]
    assert fold(a + b).total_time_seconds == IDLE_SECONDS + 10


def test_two_overlapping_sessions_on_one_device_count_once() -> None:
    s1 = heartbeats(0, 60, session="s1")
    s2 = heartbeats(30, 90, session="s2")
    assert fold(s1 + s2).total_time_seconds == 100


def test_events_without_session_form_their_own_group() -> None:
    events = [ev("click", 0, session=None), ev("click", 10, session="s1")]
    events.append(ev("click", 12, session=None))
    assert fold(events).total_time_seconds == 12


# --- completion and percent -----------------------------------------------------------------


def test_completion_by_module_complete_uses_the_earliest_one() -> None:
    events = [
        ev("section_complete", 10, section=1),
        ev("module_complete", 50, device="a"),
        ev("module_complete", 40, device="b"),
    ]
    p = fold(events)
    assert p.status is ProgressStatus.COMPLETED
    assert p.progress_percent == 100
    assert p.completed_at == at(40)


def test_completion_by_all_sections_uses_first_completion_of_the_last_section() -> None:
    events = [
        ev("section_complete", 10, section=1),
        ev("section_complete", 20, section=2),
        ev("section_complete", 5, section=1, device="d2"),  # section 1 first done at 5
        ev("section_complete", 30, section=3),
        ev("section_complete", 40, section=2),  # redone later: irrelevant
    ]
    p = fold(events)
    assert p.status is ProgressStatus.COMPLETED
    assert p.progress_percent == 100
    assert p.completed_at == at(30)


def test_module_complete_wins_over_sections_for_completed_at() -> None:
    events = [ev("section_complete", s, section=s) for s in SECTIONS]
    events.append(ev("module_complete", 35))
    assert fold(events).completed_at == at(35)


@pytest.mark.parametrize(
    ("sections", "done", "percent"),
    [
        ((1, 2, 3), (1,), 33),
        ((1, 2, 3), (1, 3), 66),
        ((1, 2, 3, 4, 5, 6, 7), (2,), 14),
        ((1, 2), (), 0),
        ((1, 2, 3), (1, 1, 1), 33),
    ],
)
def test_percent_is_floored(sections: tuple[int, ...], done: tuple[int, ...], percent: int) -> None:
    events = [ev("module_start", 0)] + [ev("section_complete", 1, section=s) for s in done]
    p = fold(events, sections)
    assert p.progress_percent == percent
    assert p.status is ProgressStatus.IN_PROGRESS
    assert p.completed_at is None


def test_section_complete_outside_the_module_or_without_number_is_ignored() -> None:
    events = [
        ev("section_complete", 1, section=1),
        ev("section_complete", 2, section=9),
        ev("section_complete", 3, section=None),
    ]
    assert fold(events, (1, 2)).progress_percent == 50


def test_module_without_sections() -> None:
    events = [ev("module_start", 0), ev("section_complete", 1, section=1)]
    p = fold(events, ())
    assert (p.status, p.progress_percent, p.completed_at) == (ProgressStatus.IN_PROGRESS, 0, None)
    p = fold([*events, ev("module_complete", 2)], ())
    assert (p.status, p.progress_percent, p.completed_at) == (ProgressStatus.COMPLETED, 100, at(2))


# --- current section and counters -----------------------------------------------------------


def test_current_section_is_the_last_section_view() -> None:
    events = [
        ev("section_view", 10, section=3),
        ev("section_view", 20, section=2),
        ev("section_view", 30, section=None),  # carries no section: ignored
        ev("section_complete", 40, section=3),  # not a view
    ]
    assert fold(events).current_section == 2


def test_current_section_ties_follow_the_order_key() -> None:
    same_time = [
        ev("section_view", 10, section=4, device="a", seq=9),
        ev("section_view", 10, section=7, device="b", seq=1),
    ]
    assert fold(same_time).current_section == 7  # device "b" sorts after "a"
    same_device = [
        ev("section_view", 10, section=5, device="a", seq=2),
        ev("section_view", 10, section=6, device="a", seq=1),
    ]
    assert fold(same_device).current_section == 5  # device_seq decides
    same_seq = [
        ev("section_view", 10, section=2, device="a", seq=1, uuid="u-2"),
        ev("section_view", 10, section=3, device="a", seq=1, uuid="u-1"),
    ]
    assert fold(same_seq).current_section == 2  # finally the uuid


def test_device_seq_orders_events_with_equal_timestamps() -> None:
    # At t=5 the click (seq 2) comes before the pause (seq 3): the clock stops at 5.
    events = [ev("click", 0, seq=1), ev("pause", 5, seq=3), ev("click", 5, seq=2)]
    assert fold([*events, ev("click", 6, seq=4)]).total_time_seconds == 5
    # Swap the counters: the pause comes first and the click at 5 counts until 6.
    events = [ev("click", 0, seq=1), ev("pause", 5, seq=2), ev("click", 5, seq=3)]
    assert fold([*events, ev("click", 6, seq=4)]).total_time_seconds == 6


def test_counters_count_distinct_events() -> None:
    pause = ev("pause", 1)
    events = [pause, pause, pause, ev("pause", 2), ev("resume", 3)]
    events += [ev("hint_used", 4), ev("hint_used", 5), ev("hint_used", 6)]
    events += [ev("retry", 7), ev("error_encountered", 8), ev("error_encountered", 9)]
    p = fold(events)
    assert (p.pause_count, p.hint_count, p.retry_count, p.error_count) == (2, 3, 1, 2)


def test_duplicates_are_ignored_everywhere() -> None:
    events = [ev("click", 0), ev("section_view", 5, section=2), ev("heartbeat", 9)]
    assert fold(events * 3) == fold(events)


def test_conflicting_copies_of_one_uuid_are_resolved_independently_of_order() -> None:
    a = ev("click", 0, uuid="same")
    b = ev("pause", 0, uuid="same", seq=a.device_seq)
    c = ev("heartbeat", 4)
    assert fold([a, b, c]) == fold([b, a, c]) == fold([c, b, a])


def test_aware_timestamp_is_rejected() -> None:
    with pytest.raises(ValueError, match="naive UTC"):
        FoldEvent(
            uuid="u",
            event_type="click",
            timestamp=datetime(2025, 1, 1, tzinfo=UTC),
            device_id="d",
            device_seq=1,
        )


class _Row(NamedTuple):
    """An event record that is not a ``FoldEvent`` (a stored row, a local ``FoldRow``)."""

    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str = "d"
    device_seq: int = 1
    session_id: str | None = "s1"
    section_number: int | None = 1


def test_the_fold_reads_any_record_with_the_event_attributes() -> None:
    rows = [_Row("a", "module_start", at(0)), _Row("b", "heartbeat", at(5), device_seq=2)]
    events = [ev("module_start", 0, uuid="a"), ev("heartbeat", 5, uuid="b")]
    assert fold_progress(rows, section_numbers=SECTIONS) == fold(events)


@pytest.mark.parametrize("naive", [0, 1, 3])
def test_an_aware_timestamp_in_any_record_is_rejected(naive: int) -> None:
    aware = _Row("aware", "click", datetime(2025, 1, 1, tzinfo=UTC))
    rows = [_Row(f"n{i}", "click", at(i), device_seq=i) for i in range(naive)] + [aware]
    with pytest.raises(ValueError, match="'aware'.*naive UTC"):
        fold_progress(rows, section_numbers=SECTIONS)


def test_all_is_complete() -> None:
    module = sync.rules.progress
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (name.isupper() or getattr(value, "__module__", None) == module.__name__)
    }
    assert set(module.__all__) == public


# --- properties -----------------------------------------------------------------------------

KINDS = [
    "section_view",
    "section_complete",
    "module_start",
    "module_complete",
    "pause",
    "resume",
    "click",
    "scroll",
    "input",
    "heartbeat",
    "heartbeat",  # twice: the timelines that matter for time are heartbeat-heavy
    "hint_used",
    "retry",
    "error_encountered",
    "code_run",
    "zz_unknown",
]
DEVICES = ("d1", "d2", "d3")


@st.composite
def event_lists(
    draw: st.DrawFn,
    *,
    devices: Sequence[str] = DEVICES,
    whole_seconds: bool = False,
    max_size: int = 30,
    tight: bool = False,
) -> list[FoldEvent]:
    """Distinct events (unique uuids) over a few minutes, with ties, gaps and overlaps.

    ``tight`` packs them into a few seconds, so that most timestamps tie and the
    ``(device_id, device_seq, uuid)`` tie-breaks decide the order.
    """
    micros = st.just(0) if whole_seconds or tight else st.sampled_from([0, 0, 250_000, 999_999])
    seconds = st.integers(0, 3) if tight else st.integers(0, 60).map(lambda n: 5 * n)
    sessions = st.just("s1") if tight else st.sampled_from([None, "s1", "s2"])
    rows = draw(
        st.lists(
            st.tuples(
                st.sampled_from(KINDS),
                seconds,
                micros,
                st.sampled_from(devices),
                st.integers(0, 3),  # small, so device_seq ties happen too
                sessions,
                st.sampled_from([None, 1, 2, 3, 4]),
            ),
            min_size=2 if tight else 0,
            max_size=max_size,
        )
    )
    return [
        FoldEvent(
            uuid=f"{device}-{i}",
            event_type=kind,
            timestamp=BASE + timedelta(seconds=second, microseconds=micro),
            device_id=device,
            device_seq=seq,
            session_id=session,
            section_number=section,
        )
        for i, (kind, second, micro, device, seq, session, section) in enumerate(rows)
    ]


@PROPERTY_SETTINGS
@given(events=event_lists() | event_lists(devices=DEVICES[:2], tight=True), data=st.data())
def test_order_and_duplicates_do_not_matter(events: list[FoldEvent], data: st.DataObject) -> None:
    expected = fold(events)
    duplicates = data.draw(st.lists(st.sampled_from(events))) if events else []
    shuffled = data.draw(st.permutations(events + duplicates))
    assert fold(shuffled) == expected


@PROPERTY_SETTINGS
@given(events=event_lists() | event_lists(devices=DEVICES[:2], tight=True), data=st.data())
def test_conflicting_copies_do_not_make_the_fold_order_dependent(
    events: list[FoldEvent], data: st.DataObject
) -> None:
    """A buggy client could reuse a uuid for another payload: still one answer."""
    conflicts = (
        [
            dataclasses.replace(
                e,
                event_type=data.draw(st.sampled_from(KINDS)),
                timestamp=e.timestamp + timedelta(seconds=data.draw(st.integers(-5, 5))),
                section_number=data.draw(st.sampled_from([None, 1, 2])),
            )
            for e in data.draw(st.lists(st.sampled_from(events), max_size=5))
        ]
        if events
        else []
    )
    first = data.draw(st.permutations(events + conflicts))
    second = data.draw(st.permutations(events + conflicts))
    assert fold(first) == fold(second)


@PROPERTY_SETTINGS
@given(events=event_lists() | event_lists(devices=DEVICES[:2], tight=True), data=st.data())
def test_sync_rounds_converge_to_the_fold_of_the_whole_set(
    events: list[FoldEvent], data: st.DataObject
) -> None:
    """Replicas each hold a subset, gossip in random rounds, then everything reaches one."""
    expected = fold(events)
    n_replicas = data.draw(st.integers(1, 4))
    replicas: list[list[FoldEvent]] = [[] for _ in range(n_replicas)]
    for e in events:  # every event starts on at least one replica, maybe on more
        for r in data.draw(st.sets(st.integers(0, n_replicas - 1), min_size=1)):
            replicas[r].append(e)
    rounds = data.draw(
        st.lists(
            st.tuples(st.integers(0, n_replicas - 1), st.integers(0, n_replicas - 1)),
            max_size=4,
        )
    )
    for source, target in rounds:  # a sync round appends what the target receives
        replicas[target] = replicas[target] + data.draw(st.permutations(replicas[source]))
    order = data.draw(st.permutations(range(n_replicas)))
    merged = [e for r in order for e in replicas[r]]
    assert fold(merged) == expected


@PROPERTY_SETTINGS
@given(events=event_lists())
def test_progress_invariants(events: list[FoldEvent]) -> None:
    p = fold(events)
    assert 0 <= p.progress_percent <= 100
    assert (p.status is ProgressStatus.NOT_STARTED) == (p.started_at is None) == (not events)
    assert (p.status is ProgressStatus.COMPLETED) == (p.completed_at is not None)
    if p.status is ProgressStatus.COMPLETED:
        assert p.progress_percent == 100
    assert p.pause_count == sum(e.event_type == "pause" for e in events)
    assert p.hint_count == sum(e.event_type == "hint_used" for e in events)
    assert p.retry_count == sum(e.event_type == "retry" for e in events)
    assert p.error_count == sum(e.event_type == "error_encountered" for e in events)
    assert p.total_time_seconds >= 0
    if events:
        first = min(e.timestamp for e in events)
        last = max(e.timestamp for e in events)
        assert (p.started_at, p.last_accessed_at) == (first, last)
        if p.completed_at is not None:
            assert first <= p.completed_at <= last
        # Time never exceeds the span of the events plus one trailing heartbeat credit.
        assert p.total_time_seconds <= (last - first).total_seconds() + HEARTBEAT_SECONDS


@PROPERTY_SETTINGS
@given(a=event_lists(devices=["A"], whole_seconds=True), b=event_lists(devices=["B"]))
def test_union_of_two_devices_is_between_max_and_sum(
    a: list[FoldEvent], b: list[FoldEvent]
) -> None:
    # Whole seconds on A keep each group's length an integer, so floor() cannot round the
    # two parts down separately; see test_fractional_parts_may_add_one_second.
    a_total = fold(a).total_time_seconds
    b_total = fold(b).total_time_seconds
    both = fold(a + b).total_time_seconds
    assert max(a_total, b_total) <= both <= a_total + b_total


@PROPERTY_SETTINGS
@given(a=event_lists(devices=["A"]), b=event_lists(devices=["B"]))
def test_fractional_parts_may_add_one_second(a: list[FoldEvent], b: list[FoldEvent]) -> None:
    a_total = fold(a).total_time_seconds
    b_total = fold(b).total_time_seconds
    both = fold(a + b).total_time_seconds
    assert max(a_total, b_total) <= both <= a_total + b_total + 1


def test_fractional_parts_example() -> None:
    a = [ev("click", 0.0, device="A"), ev("click", 0.6, device="A")]
    b = [ev("click", 0.6, device="B"), ev("click", 1.2, device="B")]
    assert fold(a).total_time_seconds == fold(b).total_time_seconds == 0
    assert fold(a + b).total_time_seconds == 1


def covered_seconds(events: Iterable[FoldEvent]) -> int:
    """Brute-force oracle for whole-second events: the set of covered one-second cells."""
    groups: dict[tuple[str, str | None], list[FoldEvent]] = defaultdict(list)
    for e in {e.uuid: e for e in events}.values():
        groups[(e.device_id, e.session_id)].append(e)
    covered: set[int] = set()
    for group in groups.values():
        group.sort(key=lambda e: (e.timestamp, e.device_id, e.device_seq, e.uuid))
        secs = [int((e.timestamp - BASE).total_seconds()) for e in group]
        for i, e in enumerate(group):
            if e.event_type in ("pause", "module_complete"):
                continue
            if i + 1 < len(group):
                end = min(secs[i + 1], secs[i] + IDLE_SECONDS)
            else:
                end = secs[i]
                for j in range(i, -1, -1):  # the latest heartbeat not followed by a pause
                    if group[j].event_type in ("pause", "module_complete"):
                        break
                    if group[j].event_type == "heartbeat":
                        end = max(end, secs[j] + HEARTBEAT_SECONDS)
                        break
            covered.update(range(secs[i], end))
    return len(covered)


@PROPERTY_SETTINGS
@given(events=event_lists(whole_seconds=True, max_size=40))
def test_time_matches_a_brute_force_oracle(events: list[FoldEvent]) -> None:
    assert fold(events).total_time_seconds == covered_seconds(events)


@PROPERTY_SETTINGS
@given(
    duration=st.integers(1, 600),
    clicks=st.lists(st.floats(0, 1, exclude_max=True), max_size=20),
)
def test_crash_anywhere_loses_at_most_one_heartbeat(duration: int, clicks: list[float]) -> None:
    """Continuous use for ``duration`` s with heartbeats, then a crash (no final event)."""
    events = heartbeats(0, duration - 1) + [ev("click", c * duration) for c in clicks]
    total = fold(events).total_time_seconds
    assert duration - HEARTBEAT_SECONDS <= total <= duration + HEARTBEAT_SECONDS
