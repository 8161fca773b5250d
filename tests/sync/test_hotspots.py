"""Hotspot geometry (rect, circle, polygon; the smallest of overlapping ones; the enlarged
hit area of small ones) and task progress: live attempts, rebuilt from their events, and
through JSON."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sync.rules.hotspots as hotspots_module
from sync.rules.hotspots import (
    HOTSPOT_CLICK,
    OBJECT_DRAG,
    TASK_COMPLETE,
    Progress,
    area,
    bounds,
    hit,
    hotspot_at,
    hotspot_near,
)
from sync.rules.section_config import (
    ConfigError,
    Hotspot,
    InteractiveConfig,
    parse_section_config,
)

coord = st.floats(0, 5000, allow_nan=False, allow_infinity=False)
size = st.floats(0.5, 2000, allow_nan=False, allow_infinity=False)
unit = st.floats(0, 1, allow_nan=False, allow_infinity=False)
anywhere = st.floats(-100, 8000, allow_nan=False, allow_infinity=False)


def spot(hotspot_id: str = "h", **shape: Any) -> Hotspot:
    return Hotspot(id=hotspot_id, label=hotspot_id.title(), **shape)


SCENE = InteractiveConfig.model_validate(
    {
        "environment_type": "image",
        "hotspots": [
            {"id": "bench", "label": "Bench", "rect": [0, 500, 1600, 300]},
            {"id": "iron", "label": "Soldering iron", "rect": [200, 450, 120, 80]},
            {"id": "cup", "label": "Coffee cup", "circle": [900, 470, 40]},
            {
                "id": "cable",
                "label": "Frayed cable",
                "polygon": [[1100, 520], [1300, 520], [1300, 560], [1100, 560]],
            },
            {"id": "sign", "label": "Eyewash sign", "rect": [1400, 100, 20, 20]},
        ],
        "tasks": [
            {
                "kind": "find",
                "id": "hazards",
                "prompt": "Find the hazards",
                "targets": ["iron", "cup", "cable"],
            },
            {
                "kind": "place",
                "id": "labels",
                "prompt": "Label the safety kit",
                "items": [
                    {"id": "eyewash", "label": "Eyewash", "target": "sign"},
                    {"id": "bench-label", "label": "Bench", "target": "bench"},
                ],
            },
        ],
    }
)


# -- geometry ---------------------------------------------------------------------------------


@given(x=coord, y=coord, w=size, h=size, fx=unit, fy=unit)
def test_points_inside_a_rect_hit(
    x: float, y: float, w: float, h: float, fx: float, fy: float
) -> None:
    assert hit(spot(rect=[x, y, w, h]), x + fx * w, y + fy * h)


@given(cx=coord, cy=coord, r=size, fraction=unit, angle=st.floats(0, 2 * math.pi))
def test_points_inside_a_circle_hit(
    cx: float, cy: float, r: float, fraction: float, angle: float
) -> None:
    px = cx + fraction * r * math.cos(angle)
    py = cy + fraction * r * math.sin(angle)
    assert hit(spot(circle=[cx, cy, r]), px, py)


@settings(max_examples=300)
@given(x=coord, y=coord, w=size, h=size, px=anywhere, py=anywhere, turn=st.integers(0, 3))
def test_a_four_point_rectangle_polygon_is_the_rect(
    x: float, y: float, w: float, h: float, px: float, py: float, turn: int
) -> None:
    corners = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
    corners = corners[turn:] + corners[:turn]  # any starting corner, either winding
    rect, polygon = spot(rect=[x, y, w, h]), spot(polygon=corners)
    backwards = spot(polygon=corners[::-1])
    assert hit(polygon, px, py) == hit(rect, px, py) == hit(backwards, px, py)
    # Points exactly on the corners and edges too.
    for ex, ey in [(x, y), (x + w, y + h), (x + w / 2, y), (x, y + h / 2)]:
        assert hit(polygon, ex, ey) and hit(rect, ex, ey)


def test_outside_points_miss_and_edges_count() -> None:
    square = spot(rect=[10, 10, 10, 10])
    assert hit(square, 10, 10) and hit(square, 20, 20) and hit(square, 15, 20)
    assert not hit(square, 9.9, 15) and not hit(square, 15, 20.1)
    circle = spot(circle=[0, 0, 5])
    assert hit(circle, 5, 0) and hit(circle, 3, 4) and not hit(circle, 4, 4)
    assert not hit(circle, math.nan, 0) and not hit(circle, math.inf, 0)


def test_polygon_even_odd_rule() -> None:
    # A concave "U": the notch between the arms is outside.
    u_shape = spot(
        polygon=[[0, 0], [30, 0], [30, 30], [20, 30], [20, 10], [10, 10], [10, 30], [0, 30]]
    )
    assert hit(u_shape, 5, 20) and hit(u_shape, 25, 20) and hit(u_shape, 15, 5)
    assert not hit(u_shape, 15, 20)
    assert hit(u_shape, 15, 10)  # on the notch's bottom edge
    # A self-crossing star (pentagram): its centre is crossed twice, so outside.
    star = [
        [
            50 + 40 * math.cos(math.radians(90 + 144 * k)),
            50 - 40 * math.sin(math.radians(90 + 144 * k)),
        ]
        for k in range(5)
    ]
    pentagram = spot(polygon=star)
    assert not hit(pentagram, 50, 50)
    assert hit(pentagram, 50, 14)  # in the top point
    # A ray through a vertex counts once.
    diamond = spot(polygon=[[10, 0], [20, 10], [10, 20], [0, 10]])
    assert hit(diamond, 5, 10) and not hit(diamond, -5, 10) and not hit(diamond, 25, 10)


def test_area_and_bounds() -> None:
    assert area(spot(rect=[0, 0, 4, 5])) == 20
    assert area(spot(circle=[0, 0, 2])) == pytest.approx(4 * math.pi)
    triangle = spot(polygon=[[0, 0], [4, 0], [0, 3]])
    assert area(triangle) == 6
    assert bounds(triangle) == (0, 0, 4, 3)
    assert bounds(spot(circle=[10, 10, 2])) == (8, 8, 4, 4)


def test_the_smallest_overlapping_hotspot_wins() -> None:
    assert hotspot_at(SCENE, 250, 500).id == "iron"  # type: ignore[union-attr]
    assert hotspot_at(SCENE, 250, 700).id == "bench"  # type: ignore[union-attr]
    assert hotspot_at(SCENE, 1200, 540).id == "cable"  # type: ignore[union-attr]
    assert hotspot_at(SCENE, 100, 100) is None
    twins = InteractiveConfig.model_validate(
        {
            "environment_type": "image",
            "hotspots": [
                {"id": "a", "label": "A", "rect": [0, 0, 10, 10]},
                {"id": "b", "label": "B", "rect": [0, 0, 10, 10]},
            ],
        }
    )
    assert hotspot_at(twins, 5, 5).id == "a"  # type: ignore[union-attr]  # first on a tie


def test_small_hotspots_have_an_enlarged_hit_area() -> None:
    # The 20 px sign, asked for at least 60 px: 30 px round its centre (1410, 110).
    assert hotspot_near(SCENE, 1438, 110, min_size=60).id == "sign"  # type: ignore[union-attr]
    assert hotspot_near(SCENE, 1441, 110, min_size=60) is None
    assert hotspot_near(SCENE, 1438, 110, min_size=20) is None
    # Big hotspots keep their exact shape; an exact hit always wins.
    assert hotspot_near(SCENE, 900, 425, min_size=60) is None
    assert hotspot_near(SCENE, 250, 500, min_size=60).id == "iron"  # type: ignore[union-attr]


# -- progress ---------------------------------------------------------------------------------


def test_find_task() -> None:
    progress = Progress(SCENE)
    assert progress.next_task() == "hazards"
    wrong = progress.tap("bench", "hazards")
    assert (wrong.event_type, wrong.data) == (
        HOTSPOT_CLICK,
        {"hotspot": "bench", "task": "hazards", "correct": False},
    )
    assert progress.wrong["hazards"] == 1
    first = progress.tap("iron", "hazards")
    assert first.correct and first.new and first.completed is None
    again = progress.tap("iron", "hazards")
    assert again.correct and not again.new
    assert progress.counts("hazards") == (1, 3)
    progress.tap("cup", "hazards")
    last = progress.tap("cable", "hazards")
    assert last.completed == "hazards" and progress.is_done("hazards")
    # Done: further taps are exploring.
    after = progress.tap("iron", "hazards")
    assert after.data == {"hotspot": "iron", "task": None, "correct": None}
    assert progress.next_task("hazards") == "labels"
    assert progress.found_spots() == {"iron", "cup", "cable"}


def test_place_task() -> None:
    progress = Progress(SCENE)
    refused = progress.place("labels", "eyewash", "bench")
    assert refused is not None and refused.event_type == OBJECT_DRAG
    assert refused.data == {
        "object": "eyewash",
        "target": "bench",
        "task": "labels",
        "correct": False,
    }
    assert progress.placed["labels"] == set() and progress.wrong["labels"] == 1
    placed = progress.place("labels", "eyewash", "sign")
    assert placed is not None and placed.correct and placed.new
    assert progress.place("labels", "eyewash", "sign") is None  # already placed
    assert progress.place("labels", "nothing", "sign") is None
    assert progress.place("hazards", "eyewash", "sign") is None  # not a place task
    done = progress.place("labels", "bench-label", "bench")
    assert done is not None and done.completed == "labels"
    assert progress.place("labels", "bench-label", "bench") is None
    # Tapping during a place task is exploring.
    assert progress.tap("sign", "labels").task is None


def test_exploring_counts_for_no_task() -> None:
    progress = Progress(SCENE)
    attempt = progress.tap("bench", None)
    assert attempt.task is None and attempt.correct is None and not attempt.new
    assert progress.tap("nowhere", "hazards").task is None
    assert progress.to_json() == Progress(SCENE).to_json()


def test_a_task_complete_event_marks_a_task_done() -> None:
    progress = Progress.from_events(SCENE, [(TASK_COMPLETE, {"task": "hazards"})])
    assert progress.is_done("hazards") and progress.counts("hazards") == (0, 3)
    assert not progress.all_done
    progress.take(TASK_COMPLETE, {"task": "labels"})
    assert progress.all_done


def test_malformed_events_are_skipped() -> None:
    events: list[tuple[str, dict[str, Any] | None]] = [
        (HOTSPOT_CLICK, None),
        (HOTSPOT_CLICK, {"hotspot": 3, "task": "hazards"}),
        (HOTSPOT_CLICK, {"hotspot": "iron", "task": ["hazards"]}),
        (OBJECT_DRAG, {"object": "eyewash", "target": "sign"}),
        (TASK_COMPLETE, {"task": "no-such-task"}),
        ("heartbeat", {"task": "hazards"}),
    ]
    assert Progress.from_events(SCENE, events) == Progress(SCENE)


def test_json_drops_what_the_config_no_longer_has() -> None:
    saved = {
        "found": {"hazards": ["iron", "gone"], "old-task": ["x"]},
        "placed": {"labels": ["eyewash", "gone"]},
        "wrong": {"hazards": 2, "labels": -1, "old-task": 4},
        "done": ["old-task"],
    }
    progress = Progress.from_json(SCENE, saved)
    assert progress.found["hazards"] == {"iron"}
    assert progress.placed["labels"] == {"eyewash"}
    assert progress.wrong == {"hazards": 2, "labels": 0}
    assert progress.done == set()


# -- rebuilt from events equals live ----------------------------------------------------------


@st.composite
def scenes(draw: st.DrawFn) -> InteractiveConfig:
    count = draw(st.integers(1, 6))
    spots = [{"id": f"h{i}", "label": f"H{i}", "rect": [i * 10, 0, 8, 8]} for i in range(count)]
    ids = [s["id"] for s in spots]
    tasks: list[dict[str, Any]] = []
    for n in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            targets = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
            tasks.append({"kind": "find", "id": f"t{n}", "prompt": "Find", "targets": targets})
        else:
            items = [
                {"id": f"i{k}", "label": f"I{k}", "target": draw(st.sampled_from(ids))}
                for k in range(draw(st.integers(1, 3)))
            ]
            tasks.append({"kind": "place", "id": f"t{n}", "prompt": "Place", "items": items})
    return InteractiveConfig.model_validate(
        {"environment_type": "image", "hotspots": spots, "tasks": tasks}
    )


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_progress_rebuilt_from_events_equals_live(data: st.DataObject) -> None:
    config = data.draw(scenes())
    spot_ids = [h.id for h in config.hotspots]
    task_ids = [t.id for t in config.tasks] + ["t9"]
    live = Progress(config)
    events: list[tuple[str, dict[str, Any] | None]] = []
    for _ in range(data.draw(st.integers(0, 30))):
        task = data.draw(st.sampled_from([None, *task_ids]))
        spot_id = data.draw(st.sampled_from(spot_ids))
        if data.draw(st.booleans()) or task is None:
            attempt = live.tap(spot_id, task)
        else:
            item = data.draw(st.sampled_from(["i0", "i1", "i2", "i3"]))
            found = live.place(task, item, spot_id)
            if found is None:
                continue
            attempt = found
        events.append((attempt.event_type, attempt.data))
        if attempt.completed is not None:
            events.append((TASK_COMPLETE, {"task": attempt.completed}))
    rebuilt = Progress.from_events(config, events)
    assert rebuilt == live
    assert Progress.from_json(config, live.to_json()) == live
    # Every task's done flag agrees with its counts.
    for each in config.tasks:
        done, of = live.counts(each.id)
        assert live.is_done(each.id) == (done >= of)


@pytest.mark.parametrize(
    ("alt", "says"),
    [
        ("   ", "the alt text must not be blank"),
        ("x" * 1001, "the alt text is 1001 characters long; at most 1000"),
        (7, "Input should be a valid string"),
    ],
)
def test_the_pictures_alt_text_is_one_bounded_line(alt: Any, says: str) -> None:
    raw = SCENE.model_dump(mode="json", exclude_defaults=True)
    config = parse_section_config("interactive", {**raw, "alt": " A bench,\n  a cup "})
    assert isinstance(config, InteractiveConfig)
    assert config.alt == "A bench, a cup"
    assert SCENE.alt is None
    assert parse_section_config("interactive", {**raw, "alt": "x" * 1000}) is not None
    with pytest.raises(ConfigError) as info:
        parse_section_config("interactive", {**raw, "alt": alt})
    assert info.value.problems == [("alt", says)]


def test_all_is_exported() -> None:
    public = {
        name
        for name, value in vars(hotspots_module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == hotspots_module.__name__
    }
    assert public <= set(hotspots_module.__all__)
    assert all(hasattr(hotspots_module, name) for name in hotspots_module.__all__)
