"""An interactive picture's hotspots and the progress of its tasks.

Pure (stdlib and the config models of ``sync.rules.section_config``), so a device and the
server read a student's events alike.

Geometry, in the image's own pixel coordinates (``Hotspot``): ``hit`` for a rect, a circle
or a polygon (even-odd rule; a point on an edge, or within ``EDGE_TOLERANCE`` of one, hits);
``hotspot_at`` picks the smallest-area hotspot under a point when several overlap (the first
listed on a tie), so a small part drawn inside a bigger region stays reachable;
``hotspot_near`` also accepts points in the enlarged hit area of a hotspot too small to tap.

Progress (``Progress``), fed one attempt at a time:

* a ``find`` task: tapping one of its ``targets`` finds it (again: still correct, nothing
  new); tapping any other hotspot is a wrong attempt. Done when every target is found.
* a ``place`` task: an item put on its ``target`` stays placed; put anywhere else it is
  refused (the item returns, a wrong attempt). Done when every item is placed.
* a tap counts for a task only while that task is the current one and not done yet; any
  other tap is exploring (``task`` and ``correct`` are ``None``). A task once done stays
  done, as does a task with a ``task_complete`` event (the fold counts it).

The page records each attempt as the event its ``Attempt`` names, and ``task_complete``
``{"task": id}`` once when a task is done:

``hotspot_click``
    ``{"hotspot": id, "task": id | None, "correct": bool | None}``
``object_drag``
    ``{"object": item id, "target": hotspot id, "task": id, "correct": bool}`` (the page adds
    ``"method"``).

``Progress.from_events`` replays those events through the same rules (the recorded
``correct`` is recomputed from the config, not trusted; malformed events are skipped), so a
page opened again shows what was already done, and equals the progress that recorded them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from sync.rules.section_config import FindTask, Hotspot, InteractiveConfig, PlaceTask

__all__ = [
    "EDGE_TOLERANCE",
    "HOTSPOT_CLICK",
    "OBJECT_DRAG",
    "TASK_COMPLETE",
    "Attempt",
    "Progress",
    "area",
    "bounds",
    "hit",
    "hotspot_at",
    "hotspot_near",
]

HOTSPOT_CLICK: Final = "hotspot_click"
OBJECT_DRAG: Final = "object_drag"
TASK_COMPLETE: Final = "task_complete"

EDGE_TOLERANCE: Final = 1e-6
"""Image pixels: a point this close to an edge is on it (rounding in a scaled view)."""

Task = FindTask | PlaceTask


# -- geometry ---------------------------------------------------------------------------------


def hit(hotspot: Hotspot, x: float, y: float) -> bool:
    """Whether the image point ``(x, y)`` is in ``hotspot`` (its edge included)."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return False
    eps = EDGE_TOLERANCE
    if hotspot.rect is not None:
        left, top, width, height = hotspot.rect
        return left - eps <= x <= left + width + eps and top - eps <= y <= top + height + eps
    if hotspot.circle is not None:
        cx, cy, r = hotspot.circle
        return (x - cx) ** 2 + (y - cy) ** 2 <= (r + eps) ** 2
    if hotspot.polygon is not None:
        return _in_polygon([(p[0], p[1]) for p in hotspot.polygon], x, y)
    return False  # pragma: no cover - the schema gives every hotspot one shape


def _in_polygon(points: list[tuple[float, float]], x: float, y: float) -> bool:
    """Even-odd ray casting (a ray to the right); points on an edge are inside."""
    eps = EDGE_TOLERANCE
    edges = list(zip(points, points[1:] + points[:1], strict=True))
    for (x1, y1), (x2, y2) in edges:
        # On the segment: inside its bounding box (grown by eps) and on its line.
        if (
            min(x1, x2) - eps <= x <= max(x1, x2) + eps
            and min(y1, y2) - eps <= y <= max(y1, y2) + eps
            and abs((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1))
            <= eps * math.hypot(x2 - x1, y2 - y1)
        ):
            return True
    inside = False
    for (x1, y1), (x2, y2) in edges:
        if (y1 > y) != (y2 > y):
            crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < crossing:
                inside = not inside
    return inside


def area(hotspot: Hotspot) -> float:
    """The hotspot's area in square image pixels (a polygon's by the shoelace formula)."""
    if hotspot.rect is not None:
        return hotspot.rect[2] * hotspot.rect[3]
    if hotspot.circle is not None:
        return math.pi * hotspot.circle[2] ** 2
    points = hotspot.polygon or []
    twice = sum(
        a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1], strict=True)
    )
    return abs(twice) / 2


def bounds(hotspot: Hotspot) -> tuple[float, float, float, float]:
    """``(x, y, width, height)`` of the hotspot's bounding box, in image pixels."""
    if hotspot.rect is not None:
        left, top, width, height = hotspot.rect
        return left, top, width, height
    if hotspot.circle is not None:
        cx, cy, r = hotspot.circle
        return cx - r, cy - r, 2 * r, 2 * r
    xs = [p[0] for p in hotspot.polygon or []]
    ys = [p[1] for p in hotspot.polygon or []]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def hotspot_at(config: InteractiveConfig, x: float, y: float) -> Hotspot | None:
    """The hotspot under the image point ``(x, y)``: the smallest by area when several
    overlap (the first listed on a tie); ``None`` when there is none."""
    best: Hotspot | None = None
    best_area = math.inf
    for hotspot in config.hotspots:
        if hit(hotspot, x, y):
            size = area(hotspot)
            if size < best_area:
                best, best_area = hotspot, size
    return best


def hotspot_near(
    config: InteractiveConfig, x: float, y: float, *, min_size: float
) -> Hotspot | None:
    """``hotspot_at``, else the hotspot narrower or lower than ``min_size`` (image pixels)
    whose bounding box, grown to ``min_size`` around its centre, holds ``(x, y)``: the one
    whose centre is nearest (a small target stays tappable with a finger)."""
    found = hotspot_at(config, x, y)
    if found is not None or not (math.isfinite(x) and math.isfinite(y)):
        return found
    best: Hotspot | None = None
    best_distance = math.inf
    for hotspot in config.hotspots:
        left, top, width, height = bounds(hotspot)
        if width >= min_size and height >= min_size:
            continue
        cx, cy = left + width / 2, top + height / 2
        if abs(x - cx) <= max(width, min_size) / 2 and abs(y - cy) <= max(height, min_size) / 2:
            distance = math.hypot(x - cx, y - cy)
            if distance < best_distance:
                best, best_distance = hotspot, distance
    return best


# -- progress ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attempt:
    """What one tap or placement did: the event to record (``event_type``, ``data``), the
    task it counted for (``None``: exploring), whether it was right, whether it changed the
    progress (``new``: a target found or an item placed for the first time) and the task it
    completed (``None`` mostly)."""

    event_type: str
    data: dict[str, Any]
    task: str | None = None
    correct: bool | None = None
    new: bool = False
    completed: str | None = None


@dataclass(eq=False, slots=True)
class Progress:
    """The tasks of one interactive section as done so far (see the module docstring).

    Invariants: ``found[t]`` only holds targets of find task ``t``, ``placed[t]`` only items
    of place task ``t``; a task in ``done`` stays there; a task whose targets are all found
    (items all placed) is in ``done``.
    """

    config: InteractiveConfig
    found: dict[str, set[str]] = field(default_factory=dict)
    placed: dict[str, set[str]] = field(default_factory=dict)
    wrong: dict[str, int] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)
    _tasks: dict[str, Task] = field(default_factory=dict, repr=False)
    _spots: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self._tasks = {task.id: task for task in self.config.tasks}
        self._spots = frozenset(h.id for h in self.config.hotspots)
        for task in self.config.tasks:
            if isinstance(task, FindTask):
                self.found.setdefault(task.id, set())
            else:
                self.placed.setdefault(task.id, set())
            self.wrong.setdefault(task.id, 0)

    # -- questions ----------------------------------------------------------------------

    def task(self, task_id: str | None) -> Task | None:
        return None if task_id is None else self._tasks.get(task_id)

    def is_done(self, task_id: str) -> bool:
        return task_id in self.done

    @property
    def all_done(self) -> bool:
        """Every task done (``False`` for a picture without tasks)."""
        return bool(self._tasks) and self.done.issuperset(self._tasks)

    def counts(self, task_id: str) -> tuple[int, int]:
        """``(done, of)``: targets found or items placed, out of how many."""
        task = self._tasks.get(task_id)
        if isinstance(task, FindTask):
            return len(self.found[task.id]), len(set(task.targets))
        if isinstance(task, PlaceTask):
            return len(self.placed[task.id]), len(task.items)
        return 0, 0

    def next_task(self, after: str | None = None) -> str | None:
        """The first task not done, looking from the one after ``after`` (wrapping round);
        ``None`` when all are done."""
        order = [t.id for t in self.config.tasks]
        start = order.index(after) + 1 if after in order else 0
        for task_id in order[start:] + order[:start]:
            if task_id not in self.done:
                return task_id
        return None

    def found_spots(self) -> set[str]:
        """The hotspots found in any find task."""
        return set().union(*self.found.values()) if self.found else set()

    # -- attempts ---------------------------------------------------------------------------

    def tap(self, hotspot: str, task: str | None) -> Attempt:
        """``hotspot`` tapped while ``task`` is the current one (``None``: none)."""
        current = self.task(task)
        if (
            not isinstance(current, FindTask)
            or current.id in self.done
            or hotspot not in (self._spots)
        ):
            return Attempt(HOTSPOT_CLICK, {"hotspot": hotspot, "task": None, "correct": None})
        data: dict[str, Any] = {"hotspot": hotspot, "task": current.id}
        if hotspot not in current.targets:
            self.wrong[current.id] += 1
            return Attempt(HOTSPOT_CLICK, {**data, "correct": False}, current.id, False)
        found = self.found[current.id]
        new = hotspot not in found
        found.add(hotspot)
        completed = self._finish(current)
        return Attempt(HOTSPOT_CLICK, {**data, "correct": True}, current.id, True, new, completed)

    def place(self, task: str, item: str, hotspot: str) -> Attempt | None:
        """``item`` of place task ``task`` put on ``hotspot``; ``None`` (nothing to record)
        when that is no placement: not a place task, already done, an unknown item or
        hotspot, or an item already placed."""
        current = self.task(task)
        if not isinstance(current, PlaceTask) or current.id in self.done:
            return None
        wanted = next((i for i in current.items if i.id == item), None)
        if wanted is None or hotspot not in self._spots or item in self.placed[current.id]:
            return None
        correct = wanted.target == hotspot
        data = {"object": item, "target": hotspot, "task": current.id, "correct": correct}
        if not correct:
            self.wrong[current.id] += 1
            return Attempt(OBJECT_DRAG, data, current.id, False)
        self.placed[current.id].add(item)
        return Attempt(OBJECT_DRAG, data, current.id, True, True, self._finish(current))

    def _finish(self, task: Task) -> str | None:
        done, of = self.counts(task.id)
        if task.id not in self.done and done >= of:
            self.done.add(task.id)
            return task.id
        return None

    # -- events and JSON --------------------------------------------------------------------

    def take(self, event_type: str, data: Mapping[str, Any] | None) -> None:
        """Replay one recorded event of this section (others, and malformed ones, are
        ignored)."""
        if data is None:
            return
        if event_type == HOTSPOT_CLICK:
            hotspot, task = data.get("hotspot"), data.get("task")
            if isinstance(hotspot, str) and (task is None or isinstance(task, str)):
                self.tap(hotspot, task)
        elif event_type == OBJECT_DRAG:
            task, item, target = data.get("task"), data.get("object"), data.get("target")
            if isinstance(task, str) and isinstance(item, str) and isinstance(target, str):
                self.place(task, item, target)
        elif event_type == TASK_COMPLETE:
            task = data.get("task")
            if isinstance(task, str) and task in self._tasks:
                self.done.add(task)

    @classmethod
    def from_events(
        cls,
        config: InteractiveConfig,
        events: Iterable[tuple[str, Mapping[str, Any] | None]],
    ) -> Progress:
        """The progress the section's events ``(event_type, data)``, in recorded order,
        show."""
        progress = cls(config)
        for event_type, data in events:
            progress.take(event_type, data)
        return progress

    def to_json(self) -> dict[str, Any]:
        return {
            "found": {t: sorted(ids) for t, ids in sorted(self.found.items())},
            "placed": {t: sorted(ids) for t, ids in sorted(self.placed.items())},
            "wrong": dict(sorted(self.wrong.items())),
            "done": sorted(self.done),
        }

    @classmethod
    def from_json(cls, config: InteractiveConfig, data: Mapping[str, Any]) -> Progress:
        """Progress saved by ``to_json``; ids the config no longer has are dropped."""
        progress = cls(config)
        for task_id, ids in dict(data.get("found", {})).items():
            task = progress.task(task_id)
            if isinstance(task, FindTask):
                progress.found[task_id] = {i for i in ids if i in task.targets}
        for task_id, ids in dict(data.get("placed", {})).items():
            task = progress.task(task_id)
            if isinstance(task, PlaceTask):
                items = {i.id for i in task.items}
                progress.placed[task_id] = {i for i in ids if i in items}
        for task_id, count in dict(data.get("wrong", {})).items():
            if task_id in progress.wrong and isinstance(count, int) and count >= 0:
                progress.wrong[task_id] = count
        progress.done = {t for t in data.get("done", []) if t in progress._tasks}
        for task in config.tasks:
            progress._finish(task)
        return progress

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Progress):
            return NotImplemented
        return self.config == other.config and self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]  # mutable
