"""The rules of a game section: how an attempt is laid out, how answers are checked and how
an attempt is scored. The same on a device and on the server.

Pure (stdlib and the config models of ``sync.rules.section_config``) and deterministic: an
attempt is laid out from its level and a *seed* (recorded in ``game_start``), so the server
can lay out the very attempt a student played.

Layout (``plan_attempt``)
    The level's challenges in an order shuffled by ``random.Random(seed)``. A choice
    challenge's options stay in their authored order (stable for screen readers, "option 2"
    means the same thing on every attempt); an order challenge's items are shuffled and are
    never already in the right order (there are always at least two); a match challenge's
    rights are shuffled (its lefts keep their order).

Checking (``check``)
    choice: the set of picked option indexes equals the right set; order: the items in the
    authored order; match: every left mapped to its own right, and nothing else.

Scoring (``Scorer``, or ``score`` over a whole attempt)
    A correct answer earns the challenge's ``points`` plus a *streak bonus*: 10 % of its
    points for each correct answer in a row before it, at most 50 % (the 2nd correct in a row
    +10 %, the 6th and later +50 %), rounded down to whole points. A wrong or unanswered
    challenge earns 0 and ends the streak; points are never taken away. ``max_points`` is a
    perfect run's total, bonuses included, so ``percent = floor(100 * earned / max_points)``
    is 100 only for a perfect run; ``passed`` is ``percent >= pass_score``. When the time
    runs out the challenges not answered earn 0.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Final

from sync.rules.section_config import (
    ChoiceChallenge,
    GameConfig,
    MatchChallenge,
    OrderChallenge,
)

__all__ = [
    "MAX_SEED",
    "STREAK_MAX_PERCENT",
    "STREAK_STEP_PERCENT",
    "AnyChallenge",
    "AttemptPlan",
    "Award",
    "ChallengePlan",
    "Result",
    "Scorer",
    "check",
    "max_points",
    "plan_attempt",
    "score",
    "streak_bonus",
]

STREAK_STEP_PERCENT: Final = 10
"""Bonus per correct answer in a row beyond the first, in percent of the challenge's points."""
STREAK_MAX_PERCENT: Final = 50
"""The streak bonus never exceeds this share of the challenge's points."""
MAX_SEED: Final = 2**31
"""Seeds are ``0 <= seed < MAX_SEED`` (exact in JSON everywhere)."""

AnyChallenge = ChoiceChallenge | OrderChallenge | MatchChallenge


@dataclass(frozen=True, slots=True)
class ChallengePlan:
    """One challenge as an attempt shows it. ``shown``: the options of a choice challenge
    (authored order), the items of an order challenge (shuffled: the starting arrangement),
    the rights of a match challenge (shuffled)."""

    challenge: AnyChallenge
    shown: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.challenge.id

    @property
    def kind(self) -> str:
        return self.challenge.kind

    @property
    def points(self) -> int:
        return self.challenge.points


@dataclass(frozen=True, slots=True)
class AttemptPlan:
    """One attempt of a level, laid out from ``seed`` (see the module docstring)."""

    level_index: int
    level_name: str
    seed: int
    pass_score: int
    time_limit: int | None
    challenges: tuple[ChallengePlan, ...]

    @property
    def max_points(self) -> int:
        return max_points([c.points for c in self.challenges])


def plan_attempt(config: GameConfig, level_index: int, seed: int) -> AttemptPlan:
    """The attempt of level ``level_index`` (0-based, of ``config.levels``) that ``seed``
    gives; the same seed always gives the same plan. ``ValueError`` for a level that does
    not exist."""
    levels = config.levels
    if not 0 <= level_index < len(levels):
        raise ValueError(f"level {level_index} does not exist (0..{len(levels) - 1})")
    level = levels[level_index]
    rng = random.Random(seed)
    order = list(range(len(level.challenges)))
    rng.shuffle(order)
    plans = tuple(_present(level.challenges[i], rng) for i in order)
    return AttemptPlan(
        level_index=level_index,
        level_name=level.name,
        seed=seed,
        pass_score=level.pass_score,
        time_limit=level.time_limit,
        challenges=plans,
    )


def _present(challenge: AnyChallenge, rng: random.Random) -> ChallengePlan:
    if isinstance(challenge, ChoiceChallenge):
        return ChallengePlan(challenge, tuple(challenge.options))
    if isinstance(challenge, OrderChallenge):
        items = list(challenge.items)
        rng.shuffle(items)
        if items == challenge.items:  # never start solved: move the first item to the end
            items = items[1:] + items[:1]
        return ChallengePlan(challenge, tuple(items))
    rights = [pair.right for pair in challenge.pairs]
    rng.shuffle(rights)
    return ChallengePlan(challenge, tuple(rights))


def check(challenge: AnyChallenge, answer: object) -> bool:
    """Whether ``answer`` is right: for a choice challenge a set of option indexes, for an
    order challenge a sequence of the items, for a match challenge a mapping left -> right.
    An answer of another shape is wrong."""
    if isinstance(challenge, ChoiceChallenge):
        return isinstance(answer, AbstractSet) and answer == challenge.answer
    if isinstance(challenge, OrderChallenge):
        return (
            isinstance(answer, Sequence)
            and not isinstance(answer, str)
            and list(answer) == challenge.items
        )
    return isinstance(answer, Mapping) and dict(answer) == {
        pair.left: pair.right for pair in challenge.pairs
    }


def streak_bonus(points: int, streak: int) -> int:
    """The bonus of a correct answer worth ``points`` that is the ``streak``-th correct one
    in a row (1 for the first): 10 % of ``points`` per earlier one, at most 50 %, rounded
    down."""
    steps = min(max(streak - 1, 0), STREAK_MAX_PERCENT // STREAK_STEP_PERCENT)
    return points * steps * STREAK_STEP_PERCENT // 100


def max_points(points: Sequence[int]) -> int:
    """A perfect run's total over challenges worth ``points``, in the order played."""
    return sum(p + streak_bonus(p, i + 1) for i, p in enumerate(points))


@dataclass(frozen=True, slots=True)
class Award:
    """What one answer earned: ``points`` (bonus included) and the ``streak`` after it (0
    after a wrong answer)."""

    correct: bool
    points: int
    streak: int


@dataclass(frozen=True, slots=True)
class Result:
    """An attempt's outcome: ``earned`` of ``max_points``, ``percent`` (0-100) and ``passed``."""

    earned: int
    max_points: int
    percent: int
    passed: bool


@dataclass(slots=True)
class Scorer:
    """Scores an attempt one answer at a time, in the order of ``plan.challenges``.

    Invariants: ``0 <= earned <= max_points``; ``earned == max_points`` only when every
    challenge was answered correctly; ``answered <= len(plan.challenges)``.
    """

    plan: AttemptPlan
    earned: int = 0
    streak: int = 0
    answered: int = 0
    awards: list[Award] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.answered >= len(self.plan.challenges)

    def answer(self, correct: bool) -> Award:
        """The next challenge was answered (rightly or not)."""
        if self.done:
            raise ValueError("every challenge of the attempt has been answered")
        points = self.plan.challenges[self.answered].points
        self.answered += 1
        if correct:
            self.streak += 1
            award = Award(True, points + streak_bonus(points, self.streak), self.streak)
        else:
            self.streak = 0
            award = Award(False, 0, 0)
        self.earned += award.points
        self.awards.append(award)
        return award

    def result(self) -> Result:
        """The outcome so far (challenges not answered earn 0: a timed-out attempt's)."""
        top = self.plan.max_points
        percent = 100 * self.earned // top if top > 0 else 0
        return Result(self.earned, top, percent, percent >= self.plan.pass_score)


def score(plan: AttemptPlan, correct: Sequence[bool]) -> Result:
    """The outcome of an attempt whose first ``len(correct)`` challenges (in the plan's order)
    were answered so; the rest earn 0."""
    scorer = Scorer(plan)
    for right in correct[: len(plan.challenges)]:
        scorer.answer(right)
    return scorer.result()
