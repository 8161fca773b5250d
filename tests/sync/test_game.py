"""The game rules (``sync.rules.game``): layout from a seed, checking, scoring."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.rules import game
from sync.rules.game import (
    Scorer,
    check,
    max_points,
    plan_attempt,
    score,
    streak_bonus,
)
from sync.rules.section_config import (
    ChoiceChallenge,
    ConfigError,
    GameConfig,
    MatchChallenge,
    OrderChallenge,
    parse_section_config,
)

# -- strategies ------------------------------------------------------------------------------

points = st.integers(min_value=1, max_value=1000)


@st.composite
def choice_configs(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(2, 8))
    right = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n, unique=True))
    correct: int | list[int] = right[0] if len(right) == 1 and draw(st.booleans()) else right
    return {
        "kind": "choice",
        "prompt": "Pick",
        "options": [f"option {i}" for i in range(n)],
        "correct": correct,
        "points": draw(points),
    }


@st.composite
def order_configs(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(2, 10))
    return {
        "kind": "order",
        "prompt": "Order",
        "items": [f"step {i}" for i in range(n)],
        "points": draw(points),
    }


@st.composite
def match_configs(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(2, 8))
    return {
        "kind": "match",
        "prompt": "Match",
        "pairs": [{"left": f"L{i}", "right": f"R{i}"} for i in range(n)],
        "points": draw(points),
    }


@st.composite
def games(draw: st.DrawFn) -> GameConfig:
    raw = draw(st.lists(st.one_of(choice_configs(), order_configs(), match_configs()), min_size=1))
    challenges = [{**c, "id": f"c{i}"} for i, c in enumerate(raw[:50])]
    return GameConfig.model_validate(
        {"game_type": "mixed", "challenges": challenges, "pass_score": draw(st.integers(0, 100))}
    )


seeds = st.integers(min_value=0, max_value=game.MAX_SEED - 1)


# -- layout ------------------------------------------------------------------------------------


@given(games(), seeds)
def test_the_same_seed_gives_the_same_plan(config: GameConfig, seed: int) -> None:
    first = plan_attempt(config, 0, seed)
    assert plan_attempt(config, 0, seed) == first
    assert first.seed == seed and first.level_name == "Standard"
    level = config.levels[0]
    assert sorted(c.id for c in first.challenges) == sorted(c.id for c in level.challenges)
    for shown in first.challenges:
        challenge = shown.challenge
        if isinstance(challenge, ChoiceChallenge):
            assert shown.shown == tuple(challenge.options)  # authored order
        elif isinstance(challenge, OrderChallenge):
            assert sorted(shown.shown) == sorted(challenge.items)
            assert list(shown.shown) != challenge.items  # never starts solved
        else:
            assert sorted(shown.shown) == sorted(p.right for p in challenge.pairs)


def test_seeds_shuffle_the_challenges_and_the_items() -> None:
    config = GameConfig.model_validate(
        {
            "game_type": "ordering",
            "challenges": [
                {"kind": "order", "id": f"o{i}", "prompt": "p", "items": list("abcdef")}
                for i in range(6)
            ],
        }
    )
    plans = [plan_attempt(config, 0, seed) for seed in range(20)]
    assert len({tuple(c.id for c in p.challenges) for p in plans}) > 1
    assert len({p.challenges[0].shown for p in plans}) > 1


def test_a_level_that_does_not_exist_is_refused() -> None:
    config = GameConfig.model_validate(
        {
            "game_type": "quiz",
            "challenges": [
                {"kind": "choice", "id": "q", "prompt": "p", "options": ["a", "b"], "correct": 0}
            ],
        }
    )
    with pytest.raises(ValueError, match="level 1 does not exist"):
        plan_attempt(config, 1, 0)
    with pytest.raises(ValueError, match="level -1"):
        plan_attempt(config, -1, 0)


def test_levels_keep_their_time_limit_and_pass_score() -> None:
    config = GameConfig.model_validate(
        {
            "game_type": "quiz",
            "time_limit": 90,
            "difficulty_levels": [
                {
                    "name": "Easy",
                    "challenges": [
                        {
                            "kind": "choice",
                            "id": "a",
                            "prompt": "p",
                            "options": ["x", "y"],
                            "correct": 0,
                        }
                    ],
                },
                {
                    "name": "Hard",
                    "time_limit": 20,
                    "pass_score": 90,
                    "challenges": [
                        {
                            "kind": "choice",
                            "id": "b",
                            "prompt": "p",
                            "options": ["x", "y"],
                            "correct": 1,
                        }
                    ],
                },
            ],
        }
    )
    easy, hard = plan_attempt(config, 0, 1), plan_attempt(config, 1, 1)
    assert (easy.level_name, easy.time_limit, easy.pass_score) == ("Easy", 90, 70)
    assert (hard.level_name, hard.time_limit, hard.pass_score) == ("Hard", 20, 90)


# -- checking ----------------------------------------------------------------------------------


@given(choice_configs(), st.data())
def test_choice_accepts_exactly_the_right_set(raw: dict[str, Any], data: st.DataObject) -> None:
    challenge = ChoiceChallenge.model_validate({**raw, "id": "q"})
    assert check(challenge, set(challenge.answer))
    assert check(challenge, frozenset(challenge.answer))
    other = data.draw(
        st.sets(st.integers(0, len(challenge.options) - 1)).filter(lambda s: s != challenge.answer)
    )
    assert not check(challenge, other)


@given(order_configs(), st.data())
def test_order_accepts_only_the_authored_order(raw: dict[str, Any], data: st.DataObject) -> None:
    challenge = OrderChallenge.model_validate({**raw, "id": "o"})
    assert check(challenge, list(challenge.items))
    assert check(challenge, tuple(challenge.items))
    other = data.draw(st.permutations(challenge.items).filter(lambda p: p != challenge.items))
    assert not check(challenge, other)


@given(match_configs(), st.data())
def test_match_accepts_only_the_pairs(raw: dict[str, Any], data: st.DataObject) -> None:
    challenge = MatchChallenge.model_validate({**raw, "id": "m"})
    lefts = [p.left for p in challenge.pairs]
    rights = [p.right for p in challenge.pairs]
    assert check(challenge, dict(zip(lefts, rights, strict=True)))
    other = data.draw(st.permutations(rights).filter(lambda p: p != rights))
    assert not check(challenge, dict(zip(lefts, other, strict=True)))
    assert not check(challenge, dict(zip(lefts[:-1], rights[:-1], strict=True)))  # one missing


def test_answers_of_the_wrong_shape_are_wrong() -> None:
    choice = ChoiceChallenge.model_validate(
        {"kind": "choice", "id": "q", "prompt": "p", "options": ["a", "b"], "correct": 1}
    )
    order = OrderChallenge.model_validate(
        {"kind": "order", "id": "o", "prompt": "p", "items": ["ab", "c"]}
    )
    match = MatchChallenge.model_validate(
        {
            "kind": "match",
            "id": "m",
            "prompt": "p",
            "pairs": [{"left": "a", "right": "b"}, {"left": "c", "right": "d"}],
        }
    )
    assert not check(choice, 1)
    assert not check(choice, [1])
    assert not check(order, "abc")
    assert not check(order, {"ab", "c"})
    assert not check(match, [("a", "b"), ("c", "d")])
    assert check(match, {"c": "d", "a": "b"})  # a mapping's order does not matter


# -- scoring ------------------------------------------------------------------------------------


def test_the_streak_bonus_grows_by_ten_percent_up_to_fifty() -> None:
    assert [streak_bonus(10, s) for s in range(0, 9)] == [0, 0, 1, 2, 3, 4, 5, 5, 5]
    assert [streak_bonus(25, s) for s in (2, 3, 6)] == [2, 5, 12]  # rounded down
    assert streak_bonus(1, 6) == 0
    assert max_points([10, 10, 10]) == 10 + 11 + 12
    assert max_points([]) == 0


def _plan(challenge_points: list[int], pass_score: int = 70) -> game.AttemptPlan:
    config = GameConfig.model_validate(
        {
            "game_type": "ordering",
            "pass_score": pass_score,
            "challenges": [
                {"kind": "order", "id": f"o{i}", "prompt": "p", "items": ["a", "b"], "points": p}
                for i, p in enumerate(challenge_points)
            ],
        }
    )
    return plan_attempt(config, 0, 7)


def test_a_scorer_folds_answers_in_the_plan_order() -> None:
    plan = _plan([10, 10, 10, 10])
    scorer = Scorer(plan)
    assert [scorer.answer(ok) for ok in (True, True, False, True)] == [
        game.Award(True, 10, 1),
        game.Award(True, 11, 2),
        game.Award(False, 0, 0),
        game.Award(True, 10, 1),
    ]
    assert scorer.done and scorer.earned == 31
    assert plan.max_points == 10 + 11 + 12 + 13
    assert scorer.result() == game.Result(31, 46, 67, False)  # floor(100 * 31 / 46)
    with pytest.raises(ValueError, match="every challenge"):
        scorer.answer(True)


def test_time_running_out_scores_the_rest_zero() -> None:
    plan = _plan([10, 10, 10, 10], pass_score=40)
    assert score(plan, [True, True]) == game.Result(21, 46, 45, True)
    assert score(plan, []) == game.Result(0, 46, 0, False)
    assert score(_plan([10], pass_score=0), []).passed  # a pass score of 0 passes anything


@given(st.lists(points, min_size=1, max_size=50), st.data())
def test_percent_is_bounded_and_100_only_for_a_perfect_run(
    challenge_points: list[int], data: st.DataObject
) -> None:
    plan = _plan(challenge_points)
    n = len(challenge_points)
    answers = data.draw(st.lists(st.booleans(), max_size=n))
    result = score(plan, answers)
    assert 0 <= result.percent <= 100
    assert 0 <= result.earned <= result.max_points == plan.max_points
    perfect = score(plan, [True] * n)
    assert perfect.percent == 100 and perfect.earned == perfect.max_points and perfect.passed
    if answers != [True] * n:
        assert result.percent < 100
    assert result.passed == (result.percent >= plan.pass_score)


@given(st.lists(points, min_size=1, max_size=30), st.data())
def test_more_correct_answers_never_score_less(
    challenge_points: list[int], data: st.DataObject
) -> None:
    plan = _plan(challenge_points)
    n = len(challenge_points)
    answers = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    flip = data.draw(st.integers(0, n - 1))
    better = [*answers]
    better[flip] = True
    before, after = score(plan, answers), score(plan, better)
    assert after.earned >= before.earned and after.percent >= before.percent


def test_the_pictures_alt_text_is_checked_and_known_when_a_challenge_shows_it() -> None:
    question = {"kind": "choice", "id": "q", "prompt": "p", "options": ["a", "b"], "correct": 0}
    plain = {"game_type": "quiz", "challenges": [question]}
    pictured = {
        "game_type": "mixed",
        "difficulty_levels": [
            {"name": "One", "challenges": [question]},
            {"name": "Two", "challenges": [{**question, "id": "r", "image": True}]},
        ],
    }
    assert not GameConfig.model_validate(plain).shows_picture
    assert GameConfig.model_validate(pictured).shows_picture
    config = parse_section_config("game", {**pictured, "alt": "  An ESD\tworkstation "})
    assert isinstance(config, GameConfig)
    assert config.alt == "An ESD workstation"
    with pytest.raises(ConfigError) as info:
        parse_section_config("game", {**plain, "alt": "y" * 1001})
    assert info.value.problems == [("alt", "the alt text is 1001 characters long; at most 1000")]


def test_everything_is_exported() -> None:
    public = {
        name
        for name, value in vars(game).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == game.__name__
        and callable(value)
    }
    assert public <= set(game.__all__)
    assert all(hasattr(game, name) for name in game.__all__)
