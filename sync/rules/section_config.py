"""The Phase 2 content model: each section type's ``section_config`` and each kind of
``completion_criteria``, as pydantic schemas both sides check.

Pure (pydantic only). The content folder parser checks them at import and in ``--preview``,
the server's API checks them again, and the device reads them; one definition, so a section
that passed one check passes all of them.

``section_config`` (the spec's ``module_sections.section_config``)
    ``sandbox``: ``{language, files, main, runnable, expected_output, stdin, hints,
    time_limit_seconds}``; ``guided_struggle``: ``{problem_type, answer..., hints,
    buddy_personality, ...}``; ``game``: ``{game_type, difficulty_levels, time_limit,
    challenges}``; ``interactive``: ``{environment_type, assets, hotspots, tasks}``. Image and
    video sections may have one (alt text; captions and transcript: ``media_text``); text
    and checklist take none. Unknown keys are errors (typo
    protection).

``completion_criteria`` (``module_sections.completion_criteria``)
    ``{type: time, value: S}`` seconds actively on the section; ``{type: task, tasks: [..]}``
    named tasks done (``task_complete`` events); ``{type: run_passes}`` a sandbox run whose
    output matched; ``{type: solution}`` a guided problem solved; ``{type: score, min: N}`` a
    game score of at least N; ``{type: all_of | any_of, of: [...]}`` combinations (at most
    ``MAX_CRITERIA_DEPTH`` deep, ``MAX_CRITERIA_ITEMS`` leaves).

    A section with criteria completes when its criteria are met by the student's events,
    evaluated by the shared fold (``sync.rules.progress``), never by Next. With no criteria
    of its own, a runnable sandbox section has ``run_passes`` (a run whose output matched
    ``expected_output``, or that exited 0 when there is none), a guided-struggle section
    ``solution``, a game ``game_complete`` (a level passed), an interactive picture with tasks
    ``task`` over all of them (``effective_criteria``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from sync.rules.media_text import MAX_ALT_CHARS, MEDIA_CONFIG_MODELS

__all__ = [
    "COMPONENT_ALIASES",
    "COMPONENT_OF_TYPE",
    "CONFIG_MODELS",
    "MAX_CONFIG_BYTES",
    "MAX_CRITERIA_DEPTH",
    "PHASE2_SECTION_TYPES",
    "AllOf",
    "AnyOf",
    "ConfigError",
    "Criteria",
    "GameConfig",
    "GameComplete",
    "GuidedStruggleConfig",
    "InteractiveConfig",
    "RunPasses",
    "SandboxConfig",
    "SandboxFile",
    "Score",
    "Solution",
    "TaskCriteria",
    "TimeCriteria",
    "config_from_json",
    "criteria_from_json",
    "criteria_to_json",
    "effective_criteria",
    "parse_completion_criteria",
    "parse_section_config",
]

MAX_CONFIG_BYTES: Final = 256 * 1024
"""A section's config as JSON, at most (starter files included)."""
MAX_CRITERIA_DEPTH: Final = 4
MAX_CRITERIA_ITEMS: Final = 50
MAX_HINTS: Final = 20
MAX_TEXT: Final = 4000
_FILE_NAME_RE: Final = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")
_NAME_RE: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

SANDBOX_LANGUAGES: Final = ("python", "c")
_SOURCE_SUFFIX: Final = {"python": ".py", "c": ".c"}

PHASE2_SECTION_TYPES: Final = ("sandbox", "guided_struggle", "game", "interactive")

COMPONENT_OF_TYPE: Final[Mapping[str, str]] = {
    "sandbox": "code-sandbox",
    "guided_struggle": "study-buddy",
    "game": "game-player",
    "interactive": "interactive-scene",
}
"""The client component each Phase 2 section type needs (``modules.required_components``
lists them; a device tells which it has)."""

COMPONENT_ALIASES: Final[Mapping[str, str]] = {
    "monaco-editor": "code-sandbox",
    "code-editor": "code-sandbox",
    "phaser": "game-player",
    "game": "game-player",
    "hotspot-canvas": "interactive-scene",
    "video": "video-player",
    "three-js": "3d-scene",
}
"""The spec's web examples and other common names, as this app's components (``three-js``:
a 3D scene, which this app does not have)."""


class ConfigError(ValueError):
    """A ``section_config`` or ``completion_criteria`` that breaks its schema. ``problems``
    are ``(where, reason)`` pairs (``where`` a dotted path, "" for the whole)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__(
            "; ".join(f"{where}: {reason}" if where else reason for where, reason in problems)
        )


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=MAX_CONFIG_BYTES)


Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Name = Annotated[str, Field(pattern=_NAME_RE.pattern)]


def _alt_text(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("the alt text must not be blank")
    if len(value) > MAX_ALT_CHARS:
        raise ValueError(f"the alt text is {len(value)} characters long; at most {MAX_ALT_CHARS}")
    return value


Alt = Annotated[str, AfterValidator(_alt_text)]
"""What the section's picture shows, for screen readers (one line, like an image section's
``alt``: ``sync.rules.media_text.ImageConfig``)."""


# -- section_config, per type -------------------------------------------------------------


class SandboxFile(_Strict):
    name: Annotated[str, Field(pattern=_FILE_NAME_RE.pattern)]
    content: Annotated[str, Field(max_length=128 * 1024)]
    read_only: bool = False


class SandboxConfig(_Strict):
    """A code exercise: starter ``files`` (the first, or ``main``, runs), the ``language``,
    whether it is ``runnable``, the ``expected_output`` a run must print, optional ``stdin``,
    ``hints`` unlocked one at a time, and the run's time limit."""

    language: Literal["python", "c"]
    files: Annotated[list[SandboxFile], Field(min_length=1, max_length=20)]
    main: str | None = None
    runnable: bool = True
    expected_output: Annotated[str, Field(max_length=64 * 1024)] | None = None
    stdin: Annotated[str, Field(max_length=64 * 1024)] = ""
    hints: Annotated[list[Text], Field(max_length=MAX_HINTS)] = []
    time_limit_seconds: Annotated[float, Field(gt=0, le=30)] = 5.0

    @model_validator(mode="after")
    def _files_agree(self) -> SandboxConfig:
        names = [f.name for f in self.files]
        if len(set(names)) != len(names):
            raise ValueError("two starter files have the same name")
        if self.main is not None and self.main not in names:
            raise ValueError(f"main {self.main!r} is not one of the files ({', '.join(names)})")
        suffix = _SOURCE_SUFFIX[self.language]
        if not self.main_file.name.endswith(suffix):
            raise ValueError(f"the file that runs must be a {suffix} file for {self.language}")
        if self.expected_output is not None and not self.runnable:
            raise ValueError("expected_output needs runnable: true")
        return self

    @property
    def main_file(self) -> SandboxFile:
        if self.main is None:
            return self.files[0]
        return next(f for f in self.files if f.name == self.main)


class Hint(_Strict):
    """One rung of a hint ladder: ``nudge`` → ``strategy`` → ``worked_step``."""

    level: Literal["nudge", "strategy", "worked_step"] = "nudge"
    text: Text


class BuddyReply(_Strict):
    """What the study buddy answers when a student's message matches ``keywords`` (any of
    them, whole words, case-insensitive)."""

    keywords: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=60)]], Field(min_length=1, max_length=30)
    ]
    reply: Text


class GuidedStruggleConfig(_Strict):
    """A problem the student works out with a study buddy. The problem statement is the
    section's markdown. ``problem_type`` says how answers are checked:

    * ``free_text``: ``accepted_answers`` (compared case- and space-insensitively);
    * ``number``: ``answer`` within ``tolerance`` (absolute), ``unit`` shown beside the box;
    * ``multiple_choice``: ``choices`` and the index ``correct`` (0-based).

    ``hints`` is the ladder (a string is a nudge); ``buddy_personality`` the tone of the
    buddy's messages; the buddy offers the next hint after ``hint_after_attempts`` wrong
    attempts or ``hint_after_seconds`` without progress. ``common_mistakes`` map a wrong
    answer to a targeted reply; ``replies`` answer the student's own messages."""

    problem_type: Literal["free_text", "number", "multiple_choice"]
    accepted_answers: Annotated[list[Text], Field(max_length=30)] = []
    answer: float | None = None
    tolerance: Annotated[float, Field(ge=0)] = 0.0
    unit: Annotated[str, Field(max_length=30)] | None = None
    choices: Annotated[list[Text], Field(max_length=12)] = []
    correct: Annotated[int, Field(ge=0)] | None = None
    hints: Annotated[list[Hint | Text], Field(max_length=MAX_HINTS)] = []
    buddy_personality: Literal["encouraging", "socratic", "terse"] = "encouraging"
    buddy_name: Annotated[str, Field(min_length=1, max_length=40)] = "Sam"
    hint_after_attempts: Annotated[int, Field(ge=1, le=20)] = 2
    hint_after_seconds: Annotated[int, Field(ge=10, le=3600)] = 90
    common_mistakes: Annotated[list[Mistake], Field(max_length=30)] = []
    replies: Annotated[list[BuddyReply], Field(max_length=50)] = []
    explanation: Text | None = None

    @model_validator(mode="after")
    def _answer_fits_type(self) -> GuidedStruggleConfig:
        kind = self.problem_type
        if kind == "free_text" and not self.accepted_answers:
            raise ValueError("a free_text problem needs accepted_answers")
        if kind == "number" and self.answer is None:
            raise ValueError("a number problem needs answer (and optionally tolerance, unit)")
        if kind == "multiple_choice":
            if len(self.choices) < 2:
                raise ValueError("a multiple_choice problem needs at least two choices")
            if self.correct is None or self.correct >= len(self.choices):
                raise ValueError(
                    f"correct must be the index (0..{len(self.choices) - 1}) of a choice"
                )
        return self

    @property
    def ladder(self) -> list[Hint]:
        return [h if isinstance(h, Hint) else Hint(text=h) for h in self.hints]


class Mistake(_Strict):
    """A wrong answer worth a targeted reply: ``answer`` (as the student would type it, or a
    number for number problems, or a choice index) and the buddy's ``reply``."""

    answer: str | float
    reply: Text


GuidedStruggleConfig.model_rebuild()


Points = Annotated[int, Field(ge=1, le=1000)]
Id = Annotated[str, Field(pattern=_NAME_RE.pattern)]
Short = Annotated[str, Field(min_length=1, max_length=300)]


class ChoiceChallenge(_Strict):
    """A question with ``options``; ``correct`` is the index of the right one, or a list of
    indexes when several are right (the student picks all of them). ``image: true`` shows
    the section's picture with the question."""

    kind: Literal["choice"]
    id: Id
    prompt: Text
    options: Annotated[list[Short], Field(min_length=2, max_length=8)]
    correct: (
        Annotated[int, Field(ge=0)]
        | Annotated[list[Annotated[int, Field(ge=0)]], Field(min_length=1, max_length=8)]
    )
    image: bool = False
    points: Points = 10
    explanation: Text | None = None

    @model_validator(mode="after")
    def _correct_is_an_option(self) -> ChoiceChallenge:
        picks = self.correct if isinstance(self.correct, list) else [self.correct]
        if any(i >= len(self.options) for i in picks) or len(set(picks)) != len(picks):
            raise ValueError(f"correct must name options 0..{len(self.options) - 1}, each once")
        return self

    @property
    def answer(self) -> frozenset[int]:
        return frozenset(self.correct if isinstance(self.correct, list) else [self.correct])


class OrderChallenge(_Strict):
    """Put ``items`` in order; they are written in the right order and shown shuffled."""

    kind: Literal["order"]
    id: Id
    prompt: Text
    items: Annotated[list[Short], Field(min_length=2, max_length=10)]
    points: Points = 10
    explanation: Text | None = None

    @model_validator(mode="after")
    def _distinct(self) -> OrderChallenge:
        if len(set(self.items)) != len(self.items):
            raise ValueError("two items are the same")
        return self


class MatchPair(_Strict):
    left: Short
    right: Short


class MatchChallenge(_Strict):
    """Match each ``left`` to its ``right`` (the rights are shown shuffled)."""

    kind: Literal["match"]
    id: Id
    prompt: Text
    pairs: Annotated[list[MatchPair], Field(min_length=2, max_length=8)]
    points: Points = 10
    explanation: Text | None = None

    @model_validator(mode="after")
    def _distinct(self) -> MatchChallenge:
        for side in ("left", "right"):
            values = [getattr(p, side) for p in self.pairs]
            if len(set(values)) != len(values):
                raise ValueError(f"two pairs have the same {side}")
        return self


Challenge = Annotated[
    ChoiceChallenge | OrderChallenge | MatchChallenge, Field(discriminator="kind")
]


class GameLevel(_Strict):
    """One difficulty level: its challenges, time limit (seconds, whole attempt) and the
    score (percent of the level's points) that passes it."""

    name: Annotated[str, Field(min_length=1, max_length=40)]
    challenges: Annotated[list[Challenge], Field(min_length=1, max_length=50)]
    time_limit: Annotated[int, Field(ge=5, le=3600)] | None = None
    pass_score: Annotated[int, Field(ge=0, le=100)] = 70


_GAME_KINDS: Final[Mapping[str, frozenset[str]]] = {
    "quiz": frozenset({"choice"}),
    "ordering": frozenset({"order"}),
    "matching": frozenset({"match"}),
    "mixed": frozenset({"choice", "order", "match"}),
}


class GameConfig(_Strict):
    """A game made of data only: ``game_type`` (``quiz``, ``ordering``, ``matching`` or
    ``mixed``: which challenge kinds it may hold), ``challenges`` (one level) or
    ``difficulty_levels`` (each with its own challenges, time limit and pass score), a
    ``time_limit`` in seconds for levels that give none (none: untimed), and ``alt``: what
    the section's picture shows (the one ``image: true`` challenges show), for screen
    readers."""

    game_type: Literal["quiz", "ordering", "matching", "mixed"]
    difficulty_levels: Annotated[list[GameLevel], Field(max_length=5)] = []
    time_limit: Annotated[int, Field(ge=5, le=3600)] | None = None
    challenges: Annotated[list[Challenge], Field(max_length=50)] = []
    pass_score: Annotated[int, Field(ge=0, le=100)] = 70
    alt: Alt | None = None

    @model_validator(mode="after")
    def _levels_or_challenges(self) -> GameConfig:
        if bool(self.difficulty_levels) == bool(self.challenges):
            raise ValueError("give either challenges (one level) or difficulty_levels")
        allowed = _GAME_KINDS[self.game_type]
        ids: set[str] = set()
        for level in self.levels:
            for challenge in level.challenges:
                if challenge.kind not in allowed:
                    raise ValueError(
                        f"a {self.game_type} game cannot hold a {challenge.kind} challenge "
                        f"({challenge.id}); use game_type: mixed"
                    )
                if challenge.id in ids:
                    raise ValueError(f"two challenges have the id {challenge.id}")
                ids.add(challenge.id)
        names = [level.name for level in self.levels]
        if len(set(names)) != len(names):
            raise ValueError("two levels have the same name")
        return self

    @property
    def levels(self) -> list[GameLevel]:
        """The levels to play (one, named "Standard", when the config gives challenges)."""
        if self.difficulty_levels:
            return [
                level
                if level.time_limit is not None or self.time_limit is None
                else level.model_copy(update={"time_limit": self.time_limit})
                for level in self.difficulty_levels
            ]
        return [
            GameLevel(
                name="Standard",
                challenges=self.challenges,
                time_limit=self.time_limit,
                pass_score=self.pass_score,
            )
        ]

    @property
    def shows_picture(self) -> bool:
        """Whether a challenge shows the section's picture (``image: true``)."""
        return any(
            isinstance(challenge, ChoiceChallenge) and challenge.image
            for level in self.levels
            for challenge in level.challenges
        )


INTERACTIVE_ENVIRONMENTS: Final = ("image",)
"""The ``environment_type`` values this version shows (a 3D scene is not one of them)."""

Coordinate = Annotated[float, Field(ge=0, le=100_000, allow_inf_nan=False)]


class Hotspot(_Strict):
    """A region of the picture, in the image's own pixel coordinates: ``rect: [x, y, w,
    h]``, ``circle: [cx, cy, r]`` or ``polygon: [[x, y], ...]`` (one of them). ``label`` is
    its name, ``text`` (markdown) what tapping it shows."""

    id: Id
    label: Short
    text: Text | None = None
    rect: Annotated[list[Coordinate], Field(min_length=4, max_length=4)] | None = None
    circle: Annotated[list[Coordinate], Field(min_length=3, max_length=3)] | None = None
    polygon: (
        Annotated[
            list[Annotated[list[Coordinate], Field(min_length=2, max_length=2)]],
            Field(min_length=3, max_length=64),
        ]
        | None
    ) = None

    @model_validator(mode="after")
    def _one_shape(self) -> Hotspot:
        shapes = [s for s in (self.rect, self.circle, self.polygon) if s is not None]
        if len(shapes) != 1:
            raise ValueError("give exactly one of rect, circle or polygon")
        if self.rect is not None and (self.rect[2] <= 0 or self.rect[3] <= 0):
            raise ValueError("a rect needs a positive width and height")
        if self.circle is not None and self.circle[2] <= 0:
            raise ValueError("a circle needs a positive radius")
        return self


class FindTask(_Strict):
    """Tap the right hotspots: ``targets`` are the ids of the ones to find."""

    kind: Literal["find"]
    id: Id
    prompt: Text
    targets: Annotated[list[Id], Field(min_length=1, max_length=30)]


class PlaceItem(_Strict):
    """Something to put on the picture (an object or a label) and the hotspot it belongs on."""

    id: Id
    label: Short
    target: Id


class PlaceTask(_Strict):
    """Put each item on its hotspot (drag it, or pick it and then its place)."""

    kind: Literal["place"]
    id: Id
    prompt: Text
    items: Annotated[list[PlaceItem], Field(min_length=1, max_length=20)]


InteractiveTask = Annotated[FindTask | PlaceTask, Field(discriminator="kind")]


class InteractiveConfig(_Strict):
    """A picture to explore (the section's ``media`` image) with ``hotspots`` and ``tasks``.
    ``environment_type`` must be one this version shows (``INTERACTIVE_ENVIRONMENTS``).
    ``assets`` is reserved: this version takes the section's one picture only. ``alt`` is
    what the picture shows, for screen readers."""

    environment_type: str
    hotspots: Annotated[list[Hotspot], Field(min_length=1, max_length=200)]
    tasks: Annotated[list[InteractiveTask], Field(max_length=30)] = []
    assets: Annotated[list[Any], Field(max_length=0)] = []
    alt: Alt | None = None

    @model_validator(mode="after")
    def _references(self) -> InteractiveConfig:
        if self.environment_type not in INTERACTIVE_ENVIRONMENTS:
            raise ValueError(
                f"environment_type {self.environment_type!r} is not one this version shows "
                f"(supported: {', '.join(INTERACTIVE_ENVIRONMENTS)})"
            )
        spots = [h.id for h in self.hotspots]
        if len(set(spots)) != len(spots):
            raise ValueError("two hotspots have the same id")
        tasks = [t.id for t in self.tasks]
        if len(set(tasks)) != len(tasks):
            raise ValueError("two tasks have the same id")
        for task in self.tasks:
            named = task.targets if isinstance(task, FindTask) else [i.target for i in task.items]
            for target in named:
                if target not in spots:
                    raise ValueError(f"task {task.id} names no hotspot {target!r}")
            if isinstance(task, PlaceTask):
                items = [i.id for i in task.items]
                if len(set(items)) != len(items):
                    raise ValueError(f"task {task.id} has two items with the same id")
        return self


CONFIG_MODELS: Final[Mapping[str, type[_Strict]]] = {
    "sandbox": SandboxConfig,
    "guided_struggle": GuidedStruggleConfig,
    "game": GameConfig,
    "interactive": InteractiveConfig,
}
"""The section types that take a ``section_config``, and its schema. Other known types take
none."""


# -- completion_criteria -------------------------------------------------------------------


class TimeCriteria(_Strict):
    type: Literal["time"]
    value: Annotated[int, Field(ge=1, le=86_400)]


class TaskCriteria(_Strict):
    type: Literal["task"]
    tasks: Annotated[list[Name], Field(min_length=1, max_length=MAX_CRITERIA_ITEMS)]


class RunPasses(_Strict):
    type: Literal["run_passes"]


class Solution(_Strict):
    type: Literal["solution"]


class Score(_Strict):
    type: Literal["score"]
    min: Annotated[int, Field(ge=0, le=2**31 - 1)]


class GameComplete(_Strict):
    type: Literal["game_complete"]


class AllOf(_Strict):
    type: Literal["all_of"]
    of: Annotated[list[Criteria], Field(min_length=1, max_length=MAX_CRITERIA_ITEMS)]


class AnyOf(_Strict):
    type: Literal["any_of"]
    of: Annotated[list[Criteria], Field(min_length=1, max_length=MAX_CRITERIA_ITEMS)]


Criteria = Annotated[
    TimeCriteria | TaskCriteria | RunPasses | Solution | Score | GameComplete | AllOf | AnyOf,
    Field(discriminator="type"),
]
AllOf.model_rebuild()
AnyOf.model_rebuild()
_CRITERIA: Final[TypeAdapter[Any]] = TypeAdapter(Criteria)

# Which criteria make sense on which section type (others are refused at import).
_NEEDS_TYPE: Final[Mapping[str, tuple[str, ...]]] = {
    "run_passes": ("sandbox",),
    "solution": ("guided_struggle",),
    "score": ("game",),
    "game_complete": ("game",),
}


def _depth_and_leaves(c: Any, depth: int = 1) -> tuple[int, int]:
    if isinstance(c, AllOf | AnyOf):
        parts = [_depth_and_leaves(child, depth + 1) for child in c.of]
        return max(d for d, _ in parts), sum(n for _, n in parts)
    return depth, 1


_CRITERIA_TAGS: Final = frozenset(
    {"time", "task", "run_passes", "solution", "score", "game_complete", "all_of", "any_of"}
)


def _problems(exc: ValidationError, *, skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """``(where, reason)`` of each error; ``skip``: location parts that are union tags."""
    out: list[tuple[str, str]] = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err["loc"] if p not in skip)
        message = err["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        out.append((where, message))
    return out


def _too_big(value: Any) -> bool:
    try:
        return len(json.dumps(value, ensure_ascii=False)) > MAX_CONFIG_BYTES
    except (TypeError, ValueError):
        return True


def _too_deep(value: Any, limit: int = 12) -> bool:
    """Whether a JSON value nests deeper than ``limit`` (checked before pydantic recurses)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _a(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def parse_section_config(section_type: str, value: Any) -> BaseModel | None:
    """The checked config of a section of ``section_type``; ``ConfigError`` listing every
    problem. ``None`` (no config) is right for the Phase 1 types; the Phase 2 ones
    (``CONFIG_MODELS``) cannot work without one; image and video sections may have one
    (alt text, captions: ``sync.rules.media_text``)."""
    model = CONFIG_MODELS.get(section_type) or MEDIA_CONFIG_MODELS.get(section_type)
    if value is None:
        if section_type in CONFIG_MODELS:
            raise ConfigError([("", f"{_a(section_type)} {section_type} section needs a config")])
        return None
    if model is None:
        raise ConfigError([("", f"{_a(section_type)} {section_type} section takes no config")])
    if not isinstance(value, dict):
        raise ConfigError([("", "the config must be a mapping of keys to values")])
    if _too_deep(value) or _too_big(value):
        raise ConfigError(
            [("", f"the config is too large (at most {MAX_CONFIG_BYTES // 1024} KB)")]
        )
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise ConfigError(_problems(exc)) from None


def parse_completion_criteria(section_type: str, value: Any) -> Any | None:
    """The checked criteria of a section of ``section_type`` (``None`` for none);
    ``ConfigError`` listing every problem."""
    if value is None:
        return None
    if _too_deep(value, 2 * MAX_CRITERIA_DEPTH + 2) or _too_big(value):
        raise ConfigError([("", f"criteria nest at most {MAX_CRITERIA_DEPTH} deep")])
    try:
        criteria = _CRITERIA.validate_python(value)
    except ValidationError as exc:
        raise ConfigError(_problems(exc, skip=_CRITERIA_TAGS)) from None
    depth, leaves = _depth_and_leaves(criteria)
    problems: list[tuple[str, str]] = []
    if depth > MAX_CRITERIA_DEPTH:
        problems.append(("", f"criteria nest {depth} deep; at most {MAX_CRITERIA_DEPTH}"))
    if leaves > MAX_CRITERIA_ITEMS:
        problems.append(("", f"{leaves} criteria; at most {MAX_CRITERIA_ITEMS}"))
    for leaf in _leaves(criteria):
        allowed = _NEEDS_TYPE.get(leaf.type)
        if allowed is not None and section_type not in allowed:
            problems.append(
                (
                    "type",
                    f"'{leaf.type}' is for {' or '.join(allowed)} sections, not {section_type}",
                )
            )
    if problems:
        raise ConfigError(problems)
    return criteria


def _leaves(c: Any) -> list[Any]:
    if isinstance(c, AllOf | AnyOf):
        return [leaf for child in c.of for leaf in _leaves(child)]
    return [c]


def criteria_to_json(criteria: Any) -> dict[str, Any] | None:
    """JSON of criteria (as stored and sent); ``None`` for none."""
    return None if criteria is None else criteria.model_dump(mode="json")


def criteria_from_json(value: Any) -> Any | None:
    """Criteria from stored JSON; ``None`` for ``None`` or anything damaged (a device must
    not crash on a row it cannot read; the server checked it on the way in)."""
    if value is None:
        return None
    try:
        return _CRITERIA.validate_python(value)
    except ValidationError:
        return None


def effective_criteria(section_type: str, config: Any, criteria: Any) -> Any | None:
    """What completes a section: its own ``criteria`` if it has them, else its type's
    default (a sandbox with an ``expected_output``: ``run_passes``; a guided problem:
    ``solution``; a game: ``game_complete``); ``None`` keeps the Phase 1 rules."""
    if criteria is not None:
        return criteria
    if section_type == "sandbox":
        if isinstance(config, SandboxConfig) and config.runnable:
            return RunPasses(type="run_passes")
        return None
    if section_type == "guided_struggle":
        return Solution(type="solution")
    if section_type == "game":
        return GameComplete(type="game_complete")
    if section_type == "interactive":
        if isinstance(config, InteractiveConfig) and config.tasks:
            return TaskCriteria(type="task", tasks=[t.id for t in config.tasks])
        return None
    return None


def config_from_json(section_type: str, value: Any) -> BaseModel | None:
    """A stored config read back; ``None`` for none or damaged (see ``criteria_from_json``)."""
    if value is None:
        return None
    try:
        return parse_section_config(section_type, value)
    except ConfigError:
        return None
