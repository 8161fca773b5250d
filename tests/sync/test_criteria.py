"""Completion criteria in the shared fold: a section with criteria completes when they are
met by the events (never by its ``section_complete`` alone), at the moment they were met,
identically whatever the batches or order."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.rules.criteria import Evidence
from sync.rules.derive import DeriveState, StoredEvent, derive
from sync.rules.progress import FoldState, timed_sections
from sync.rules.section_config import (
    ConfigError,
    effective_criteria,
    parse_completion_criteria,
    parse_section_config,
)

T0 = datetime(2026, 3, 1, 9, 0, 0)


def ev(
    n: int,
    kind: str,
    second: float,
    section: int | None = 1,
    data: dict[str, Any] | None = None,
    *,
    device: str = "d1",
    session: str = "s1",
) -> StoredEvent:
    return StoredEvent(
        uuid=f"{device}-{n}",
        event_type=kind,
        timestamp=T0 + timedelta(seconds=second),
        device_id=device,
        device_seq=n,
        session_id=session,
        section_number=section,
        event_data=data,
    )


def crit(section_type: str, value: dict[str, Any]) -> Any:
    return parse_completion_criteria(section_type, value)


def heartbeats(start: float, stop: float, section: int = 1, first: int = 100) -> list[StoredEvent]:
    out, t, n = [], start, first
    while t <= stop:
        out.append(ev(n, "heartbeat", t, section))
        t += 10
        n += 1
    return out


def test_a_time_criterion_needs_active_seconds_on_the_section_not_a_section_complete() -> None:
    rules = {1: crit("text", {"type": "time", "value": 60})}
    early = [ev(1, "section_view", 0), ev(2, "section_complete", 2.4, data={"reason": "read"})]
    assert derive(early, section_numbers=rules).progress.status == "in_progress"
    # Heartbeats every 10 s: 60 s of activity is reached at t = 60.
    events = early + heartbeats(10, 70)
    state = FoldState.of(events, timed={1})
    assert state.active_seconds(1) >= 60
    assert state.time_reached(1, 60) == state.time_reached(1, 60)
    progress = derive(events, section_numbers=rules).progress
    assert progress.status == "completed"
    assert progress.completed_at == T0 + timedelta(seconds=60)


def test_idle_time_and_other_sections_do_not_count() -> None:
    rules = {1: crit("text", {"type": "time", "value": 60}), 2: None}
    # 20 s on section 1, then idle 5 minutes (a gap counts at most 30 s), then section 2.
    events = [ev(1, "section_view", 0), *heartbeats(10, 20)]
    events += [ev(50, "section_view", 320, 2), *heartbeats(330, 400, section=2, first=200)]
    state = FoldState.of(events, timed={1, 2})
    assert state.active_seconds(1) == 50  # 20 s + one capped idle gap of 30 s
    assert state.active_seconds(2) >= 80
    assert FoldState.of(events, timed={2}).active_seconds(1) == 0  # kept for timed ones only
    assert [str(p) for p in state.still_needed(1, rules[1])] == ["10 s more on this page"]
    assert 1 not in state.completions(rules)


def test_two_devices_at_once_count_each_second_once() -> None:
    rules = {1: crit("text", {"type": "time", "value": 60})}
    a = [ev(1, "section_view", 0), *heartbeats(10, 40)]
    b = [
        ev(1, "section_view", 0, device="d2"),
        *[ev(100 + i, "heartbeat", 10 + 10 * i, device="d2") for i in range(4)],
    ]
    state = FoldState.of(a + b, timed={1})
    assert state.active_seconds(1) == 40  # up to the last heartbeat, no trailing credit
    assert 1 not in state.completions(rules)


def test_a_sandbox_completes_on_a_passing_run_only() -> None:
    config = parse_section_config(
        "sandbox",
        {
            "language": "python",
            "files": [{"name": "main.py", "content": ""}],
            "expected_output": "42\n",
        },
    )
    rules = {1: effective_criteria("sandbox", config, None)}
    base = [ev(1, "section_view", 0), ev(2, "section_complete", 1, data={"reason": "next"})]
    assert derive(base, section_numbers=rules).progress.progress_percent == 0
    failing = base + [ev(3, "code_run", 5, data={"passed": False, "exit_status": 0})]
    assert derive(failing, section_numbers=rules).progress.status == "in_progress"
    passing = failing + [ev(4, "code_run", 9, data={"passed": True, "exit_status": 0})]
    done = derive(passing, section_numbers=rules).progress
    assert (done.status, done.completed_at) == ("completed", T0 + timedelta(seconds=9))
    # Without criteria (Phase 1 rules) the section_complete alone would have done it.
    assert derive(base, section_numbers=[1]).progress.status == "completed"


def test_tasks_scores_and_combinations() -> None:
    rules = {
        1: crit("text", {"type": "task", "tasks": ["goggles", "gloves"]}),
        2: crit(
            "game",
            {
                "type": "any_of",
                "of": [{"type": "score", "min": 80}, {"type": "time", "value": 600}],
            },
        ),
        3: crit(
            "guided_struggle",
            {"type": "all_of", "of": [{"type": "solution"}, {"type": "time", "value": 20}]},
        ),
    }
    events = [
        ev(1, "task_complete", 1, 1, {"task": "goggles"}),
        ev(2, "game_complete", 2, 2, {"score": 50, "passed": False}),
        ev(10, "score", 2.5, 2, {"score": 99}),  # one challenge's points: not the attempt's
        ev(3, "solution_attempted", 3, 3, {"correct": False}),
        ev(4, "solution_attempted", 4, 3, {"correct": True}),
    ]
    state = FoldState.of(events, timed=timed_sections(rules))
    assert state.completions(rules) == {}
    assert [str(p) for p in state.still_needed(1, rules[1])] == ["Do the tasks: 1 of 2 done"]
    assert str(state.still_needed(2, rules[2])[0]).startswith(
        "Score at least 80 % (best so far 50 %) or"
    )
    more = events + [
        ev(5, "task_complete", 5, 1, {"task": "gloves"}),
        ev(6, "game_complete", 6, 2, {"score": 95, "passed": True}),
        ev(7, "heartbeat", 14, 3),
        ev(8, "heartbeat", 24, 3),
        ev(9, "heartbeat", 34, 3),
    ]
    state = FoldState.of(more, timed=timed_sections(rules))
    done = state.completions(rules)
    assert done[1] == state.completions(rules)[1]
    assert set(done) == {1, 2, 3}
    assert derive(more, section_numbers=rules).progress.status == "completed"


@pytest.mark.parametrize(
    ("section_type", "value", "reason"),
    [
        ("text", {"type": "time"}, "value"),
        ("text", {"type": "time", "value": 0}, "greater than or equal to 1"),
        ("text", {"type": "run_passes"}, "for sandbox sections"),
        ("text", {"type": "bogus"}, "does not match any of the expected tags"),
        ("text", {"type": "time", "value": 5, "extra": 1}, "unknown key"),
        (
            "text",
            {
                "type": "all_of",
                "of": [
                    {
                        "type": "all_of",
                        "of": [
                            {
                                "type": "all_of",
                                "of": [{"type": "all_of", "of": [{"type": "time", "value": 1}]}],
                            }
                        ],
                    }
                ],
            },
            "at most 4",
        ),
        ("text", {"type": "time", "value": 2**70}, "less than or equal"),
    ],
)
def test_bad_criteria_are_refused_with_a_reason(section_type: str, value: Any, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason):
        parse_completion_criteria(section_type, value)


def test_deep_nesting_is_refused_before_pydantic_recurses() -> None:
    value: dict[str, Any] = {"type": "time", "value": 1}
    for _ in range(5000):
        value = {"type": "any_of", "of": [value]}
    with pytest.raises(ConfigError, match="nest"):
        parse_completion_criteria("text", value)


KINDS = st.sampled_from(
    [
        "heartbeat",
        "click",
        "pause",
        "code_run",
        "task_complete",
        "game_complete",
        "section_complete",
    ]
)


@st.composite
def histories(draw: st.DrawFn) -> list[StoredEvent]:
    n = draw(st.integers(0, 40))
    out = []
    for i in range(n):
        kind = draw(KINDS)
        data: dict[str, Any] | None = None
        if kind == "code_run":
            data = {"passed": draw(st.booleans())}
        elif kind == "task_complete":
            data = {"task": draw(st.sampled_from(["a", "b"]))}
        elif kind == "game_complete":
            data = {"score": draw(st.integers(0, 100)), "passed": draw(st.booleans())}
        out.append(
            ev(
                i,
                kind,
                draw(st.integers(0, 400)),
                draw(st.sampled_from([1, 2, None])),
                data,
                device=draw(st.sampled_from(["d1", "d2"])),
            )
        )
    return out


RULES = {
    1: parse_completion_criteria(
        "sandbox", {"type": "all_of", "of": [{"type": "run_passes"}, {"type": "time", "value": 30}]}
    ),
    2: parse_completion_criteria(
        "game",
        {
            "type": "any_of",
            "of": [{"type": "task", "tasks": ["a", "b"]}, {"type": "score", "min": 70}],
        },
    ),
}


@settings(max_examples=150, deadline=None)
@given(histories(), st.randoms())
def test_criteria_results_do_not_depend_on_batches_or_order(
    events: list[StoredEvent], rnd: Any
) -> None:
    whole = derive(events, section_numbers=RULES)
    shuffled = list(events)
    rnd.shuffle(shuffled)
    state = DeriveState(timed=timed_sections(RULES))
    cut = len(shuffled) // 2
    for batch in (shuffled[:cut], shuffled[cut:]):
        for group in state.add(batch):
            state.rebuild_group(group, [e for e in events if (e.device_id, e.session_id) == group])
    again = DeriveState.from_json(state.to_json())
    assert again.derived(section_numbers=RULES) == whole
    assert state.derived(section_numbers=RULES) == whole


def test_only_timed_sections_keep_their_spans_so_a_hopping_history_stays_small() -> None:
    """A history that hops between sections on every event would otherwise keep a span per
    event per section in the saved state (a push onto 100,000 events must stay cheap)."""
    hops = [ev(i, "heartbeat", 5 * i, 1 + i % 5) for i in range(2000)]
    plain = FoldState.of(hops)
    assert all(not g.by_section for g in plain.groups.values())
    timed = FoldState.of(hops, timed={3})
    [group] = timed.groups.values()
    assert set(group.by_section) == {3} and len(group.by_section[3]) == 400
    assert timed.active_seconds(3) == 400 * 5
    assert DeriveState.from_json(DeriveState.of(hops, timed={3}).to_json()).progress == timed
    # A state kept for other timed sections does not suit (the server folds again).
    assert not DeriveState.of(hops, timed={3}).suits(None, {2})
    assert DeriveState.of(hops, timed={3}).suits(None, {3})


def test_evidence_ignores_what_a_client_could_forge_badly() -> None:
    """Scores beyond 2**53 (or not integers), a 'passed' that is not true, task names that
    are not short strings: no evidence, and no crash."""
    rules = {2: crit("game", {"type": "score", "min": 10})}
    events = [
        ev(1, "game_complete", 1, 2, {"score": 2**64, "passed": "yes"}),
        ev(2, "game_complete", 2, 2, {"score": 99.5}),
        ev(3, "game_complete", 3, 2, {"score": True}),
        ev(4, "task_complete", 4, 2, {"task": "x" * 65}),
        ev(5, "code_run", 5, 2, {"passed": 1}),
        ev(6, "solution_attempted", 6, 2, None),
    ]
    state = FoldState.of(events)
    assert state.evidence.to_json() == Evidence().to_json()
    assert state.completions(rules) == {}


def _marked_texts(module_path: str, context: str) -> set[str]:
    """The texts a module marks with ``QT_TRANSLATE_NOOP(context, ...)`` (what lupdate finds)."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(module_path).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
        ):
            ctx, text = (str(arg.value) for arg in node.args if isinstance(arg, ast.Constant))
            if ctx == context:
                found.add(text)
    return found


def test_what_is_still_needed_is_marked_for_translation_and_worded_after_translating() -> None:
    """Every phrase ``still_needed`` returns (and each one inside it) is a text marked in
    ``criteria``, so the catalogue has it; a screen's translator and number format apply
    to the whole phrase, alternatives and durations included."""
    from sync.rules import criteria as criteria_module
    from sync.rules.phrases import Phrase

    marked = _marked_texts(criteria_module.__file__, "criteria")
    rules = {
        1: crit(
            "game",
            {
                "type": "any_of",
                "of": [
                    {
                        "type": "all_of",
                        "of": [{"type": "score", "min": 80}, {"type": "game_complete"}],
                    },
                    {"type": "time", "value": 125},
                    {"type": "task", "tasks": ["goggles"]},
                ],
            },
        ),
    }
    events = [ev(1, "game_complete", 2, 1, {"score": 50, "passed": False})]
    state = FoldState.of(events, timed=timed_sections(rules))
    (need,) = state.still_needed(1, rules[1])

    seen: list[Phrase] = []

    def walk(phrase: Phrase) -> None:
        seen.append(phrase)
        for _name, value in phrase.values:
            if isinstance(value, Phrase):
                walk(value)

    walk(need)
    assert {p.context for p in seen} == {"criteria"}
    assert {p.text for p in seen} <= marked
    assert str(need) == (
        "Score at least 80 % (best so far 50 %); Pass a level of the game or "
        "2 min 5 s more on this page or Do the tasks: 0 of 1 done"
    )
    worded = need.word(lambda _ctx, text: f"<{text}>", lambda n: f"#{n}")
    assert worded == (
        "<<<<Score at least #80 % (best so far #50 %)>; <Pass a level of the game>> or "
        "<<#2 min #5 s> more on this page>> or <Do the tasks: #0 of #1 done>>"
    )
