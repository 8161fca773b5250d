"""Completion criteria, evaluated from a student's events: the same on a device and on the
server.

Pure (stdlib and the criteria models of ``sync.rules.section_config``). The progress fold
(``sync.rules.progress.FoldState``) collects the *evidence* below while it folds; this module
answers, for a section's criteria, *when* they were met (``met_at``, ``None`` while not) and
*what is still needed*, as phrases a student reads once the screen has translated them
(``still_needed``, ``sync.rules.phrases``).

Evidence, per section (from events carrying that ``section_number``):

``code_run`` with ``{"passed": true}``
    a run whose output matched (``run_passes``);
``solution_attempted`` with ``{"correct": true}``
    the guided problem solved (``solution``);
``task_complete`` with ``{"task": name}``
    a named task done (``task``);
``game_complete`` with ``{"score": percent, "passed": bool}``
    a game attempt's final score, in percent of its level's points (``score``); one with
    ``"passed": true`` is ``game_complete`` (the per-challenge ``score`` events are not
    evidence: the attempt's total is);
active time on the section
    (``time``) measured by the fold as for ``total_time_seconds`` but per section (idle
    excluded, devices and sessions open at once counted once).

Each fact keeps the *earliest* moment it happened, so the result depends only on the set of
events. ``all_of`` is met when its last part is, ``any_of`` when its first part is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from sync.rules.phrases import QT_TRANSLATE_NOOP, Phrase
from sync.rules.section_config import (
    AllOf,
    AnyOf,
    GameComplete,
    RunPasses,
    Score,
    Solution,
    TaskCriteria,
    TimeCriteria,
)

__all__ = ["EVIDENCE_KINDS", "Evidence", "has_time", "met_at", "still_needed", "time_left"]

EVIDENCE_KINDS: Final = frozenset(
    {"code_run", "solution_attempted", "task_complete", "game_complete"}
)
_MAX_TASK_NAME: Final = 64
_MAX_SCORES: Final = 64  # frontier points kept per section


def _flag(data: Mapping[str, Any] | None, key: str) -> bool:
    return data is not None and data.get(key) is True


def _int(data: Mapping[str, Any] | None, key: str) -> int | None:
    value = None if data is None else data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**53:
        return None
    return value


class Evidence:
    """The criteria facts of one pair's events (see the module docstring); JSON-ready."""

    __slots__ = ("game_done", "passes", "scores", "solved", "tasks")

    def __init__(self) -> None:
        self.passes: dict[int, int] = {}
        self.solved: dict[int, int] = {}
        self.game_done: dict[int, int] = {}
        self.tasks: dict[tuple[int, str], int] = {}
        # per section: the frontier of (score, earliest moment reaching at least that score)
        self.scores: dict[int, list[tuple[int, int]]] = {}

    def take(self, kind: str, section: int, t: int, data: Mapping[str, Any] | None) -> None:
        """One event of an ``EVIDENCE_KINDS`` type, at ``t`` (microseconds)."""
        if kind == "code_run":
            if _flag(data, "passed"):
                _earliest(self.passes, section, t)
        elif kind == "solution_attempted":
            if _flag(data, "correct"):
                _earliest(self.solved, section, t)
        elif kind == "task_complete":
            task = None if data is None else data.get("task")
            if isinstance(task, str) and 0 < len(task) <= _MAX_TASK_NAME:
                _earliest(self.tasks, (section, task), t)
        elif kind == "game_complete":
            if _flag(data, "passed"):
                _earliest(self.game_done, section, t)
            score = _int(data, "score")
            if score is not None:
                self._score(section, score, t)

    def _score(self, section: int, score: int, t: int) -> None:
        points = self.scores.setdefault(section, [])
        if any(s >= score and at <= t for s, at in points):
            return  # dominated: a score at least as high, no later
        points[:] = [(s, at) for s, at in points if not (s <= score and at >= t)]
        points.append((score, t))
        points.sort(reverse=True)
        del points[_MAX_SCORES:]

    def score_at(self, section: int, minimum: int) -> int | None:
        times = [at for s, at in self.scores.get(section, ()) if s >= minimum]
        return min(times) if times else None

    def best_score(self, section: int) -> int | None:
        points = self.scores.get(section)
        return max(s for s, _ in points) if points else None

    def to_json(self) -> dict[str, Any]:
        return {
            "passes": sorted(self.passes.items()),
            "solved": sorted(self.solved.items()),
            "game_done": sorted(self.game_done.items()),
            "tasks": [[n, task, t] for (n, task), t in sorted(self.tasks.items())],
            "scores": [[n, [list(p) for p in points]] for n, points in sorted(self.scores.items())],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        ev = cls()
        ev.passes = {int(n): int(t) for n, t in data["passes"]}
        ev.solved = {int(n): int(t) for n, t in data["solved"]}
        ev.game_done = {int(n): int(t) for n, t in data["game_done"]}
        ev.tasks = {(int(n), str(task)): int(t) for n, task, t in data["tasks"]}
        ev.scores = {int(n): [(int(s), int(t)) for s, t in points] for n, points in data["scores"]}
        return ev


def _earliest(table: dict[Any, int], key: Any, t: int) -> None:
    seen = table.get(key)
    if seen is None or t < seen:
        table[key] = t


TimeReached = Callable[[int, int], int | None]
"""``(section, seconds) -> moment`` (microseconds) the section's active time reached
``seconds``, or ``None``."""
ActiveSeconds = Callable[[int], int]


def met_at(
    criteria: Any, section: int, evidence: Evidence, time_reached: TimeReached
) -> int | None:
    """The moment (microseconds since 1970) ``criteria`` of ``section`` were met, or ``None``."""
    if isinstance(criteria, RunPasses):
        return evidence.passes.get(section)
    if isinstance(criteria, Solution):
        return evidence.solved.get(section)
    if isinstance(criteria, GameComplete):
        return evidence.game_done.get(section)
    if isinstance(criteria, Score):
        return evidence.score_at(section, criteria.min)
    if isinstance(criteria, TaskCriteria):
        times = [evidence.tasks.get((section, task)) for task in criteria.tasks]
        return None if any(t is None for t in times) else max(t for t in times if t is not None)
    if isinstance(criteria, TimeCriteria):
        return time_reached(section, criteria.value)
    if isinstance(criteria, AllOf):
        parts = [met_at(c, section, evidence, time_reached) for c in criteria.of]
        return None if any(t is None for t in parts) else max(t for t in parts if t is not None)
    if isinstance(criteria, AnyOf):
        found = [met_at(c, section, evidence, time_reached) for c in criteria.of]
        return min((t for t in found if t is not None), default=None)
    return None


def still_needed(
    criteria: Any,
    section: int,
    evidence: Evidence,
    time_reached: TimeReached,
    active_seconds: ActiveSeconds,
) -> list[Phrase]:
    """What the student still has to do, one short phrase per unmet part ("Run your code
    until the output matches", "38 s more on this page"; the screen translates them); empty
    when met. For ``any_of``, the unmet alternatives joined with "or"."""
    if met_at(criteria, section, evidence, time_reached) is not None:
        return []
    if isinstance(criteria, RunPasses):
        return [_says(QT_TRANSLATE_NOOP("criteria", "Run your code until the output matches"))]
    if isinstance(criteria, Solution):
        return [_says(QT_TRANSLATE_NOOP("criteria", "Solve the problem"))]
    if isinstance(criteria, GameComplete):
        return [_says(QT_TRANSLATE_NOOP("criteria", "Pass a level of the game"))]
    if isinstance(criteria, Score):
        best = evidence.best_score(section)
        if best is None:
            return [
                _says(QT_TRANSLATE_NOOP("criteria", "Score at least {min} %"), min=criteria.min)
            ]
        text = QT_TRANSLATE_NOOP("criteria", "Score at least {min} % (best so far {best} %)")
        return [_says(text, min=criteria.min, best=best)]
    if isinstance(criteria, TaskCriteria):
        left = [t for t in criteria.tasks if (section, t) not in evidence.tasks]
        done = len(criteria.tasks) - len(left)
        text = QT_TRANSLATE_NOOP("criteria", "Do the tasks: {done} of {total} done")
        return [_says(text, done=done, total=len(criteria.tasks))]
    if isinstance(criteria, TimeCriteria):
        remaining = max(1, criteria.value - active_seconds(section))
        text = QT_TRANSLATE_NOOP("criteria", "{duration} more on this page")
        return [_says(text, duration=_duration(remaining))]
    if isinstance(criteria, AllOf):
        return [
            line
            for c in criteria.of
            for line in still_needed(c, section, evidence, time_reached, active_seconds)
        ]
    if isinstance(criteria, AnyOf):
        options = [
            _joined(
                still_needed(c, section, evidence, time_reached, active_seconds),
                QT_TRANSLATE_NOOP("criteria", "{first}; {second}"),
            )
            for c in criteria.of
        ]
        either = _joined(
            [o for o in options if o is not None],
            QT_TRANSLATE_NOOP("criteria", "{first} or {second}"),
        )
        return [] if either is None else [either]
    return []


def _says(text: str, **values: int | str | Phrase) -> Phrase:
    return Phrase.of("criteria", text, **values)


def _joined(parts: list[Phrase], text: str) -> Phrase | None:
    """``parts`` as one phrase, each next one joined by ``text`` (``{first}``, ``{second}``)."""
    if not parts:
        return None
    joined = parts[0]
    for part in parts[1:]:
        joined = _says(text, first=joined, second=part)
    return joined


def _duration(seconds: int) -> Phrase:
    if seconds < 60:
        return _says(QT_TRANSLATE_NOOP("criteria", "{seconds} s"), seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest:
        text = QT_TRANSLATE_NOOP("criteria", "{minutes} min {seconds} s")
        return _says(text, minutes=minutes, seconds=rest)
    return _says(QT_TRANSLATE_NOOP("criteria", "{minutes} min"), minutes=minutes)


def time_left(criteria: Any, seconds: int) -> int | None:
    """Seconds until the soonest time criterion in ``criteria`` that ``seconds`` of activity
    on the section have not met yet is due; ``None`` when there is none."""
    if isinstance(criteria, TimeCriteria):
        return criteria.value - seconds if criteria.value > seconds else None
    if isinstance(criteria, AllOf | AnyOf):
        found = [t for c in criteria.of if (t := time_left(c, seconds)) is not None]
        return min(found) if found else None
    return None


def has_time(criteria: Any) -> bool:
    """Whether ``criteria`` include a time criterion (the fold then keeps the section's
    active time)."""
    if isinstance(criteria, TimeCriteria):
        return True
    if isinstance(criteria, AllOf | AnyOf):
        return any(has_time(c) for c in criteria.of)
    return False
