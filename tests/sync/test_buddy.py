"""The study buddy's rules (``sync.rules.buddy``): answer checking, the hint ladder, the
time rule, the student's intents, saving and restoring. Pure: no Qt, no clock."""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.rules import buddy as buddy_module
from sync.rules.buddy import (
    MAX_STUDENT_CHARS,
    PROBLEM_AMBIGUOUS,
    PROBLEM_CHOICE,
    PROBLEM_EMPTY,
    PROBLEM_NUMBER,
    PROBLEM_TOO_BIG,
    PROBLEM_TOO_LONG,
    PROBLEM_UNIT,
    TEMPLATES,
    AnswerCheck,
    Buddy,
    BuddyMessage,
    Intent,
    check_answer,
    match_intent,
    normalise_text,
    parse_number,
)
from sync.rules.phrases import Phrase
from sync.rules.section_config import GuidedStruggleConfig, parse_section_config

LADDER = [
    {"level": "nudge", "text": "Each band stands for a digit."},
    {"level": "strategy", "text": "Two digits, then a multiplier."},
    {"level": "worked_step", "text": "Brown is 1, black is 0, red means ×100."},
]


def make_config(**overrides: Any) -> GuidedStruggleConfig:
    raw: dict[str, Any] = {
        "problem_type": "number",
        "answer": 1000,
        "unit": "Ω",
        "hints": LADDER,
        "common_mistakes": [
            {"answer": 102, "reply": "You read the red band as a digit: it multiplies."},
            {"answer": "10 Ω", "reply": "Red multiplies by 100, not by 1."},
        ],
        "replies": [
            {"keywords": ["multiplier", "colour code"], "reply": "The third band multiplies."},
            {"keywords": ["band"], "reply": "Read the bands from the end without a gap."},
        ],
        "explanation": "Brown 1, black 0, red ×100: 10 × 100 = 1000 Ω.",
    }
    raw.update(overrides)
    config = parse_section_config("guided_struggle", raw)
    assert isinstance(config, GuidedStruggleConfig)
    return config


def choice_config(**overrides: Any) -> GuidedStruggleConfig:
    raw: dict[str, Any] = {
        "problem_type": "multiple_choice",
        "choices": ["10 Ω", "100 Ω", "1000 Ω"],
        "correct": 2,
        "common_mistakes": [{"answer": "100 Ω", "reply": "That is two digits, no multiplier."}],
        "answer": None,
        "unit": None,
    }
    raw.update(overrides)
    return make_config(**raw)


def text_config(**overrides: Any) -> GuidedStruggleConfig:
    raw: dict[str, Any] = {
        "problem_type": "free_text",
        "answer": None,
        "unit": None,
        "accepted_answers": ["Ohm's law", "V = I R"],
        "common_mistakes": [{"answer": "Kirchhoff", "reply": "That is about loops and nodes."}],
    }
    raw.update(overrides)
    return make_config(**raw)


def kinds(messages: list[BuddyMessage]) -> list[str]:
    return [m.kind for m in messages]


def wrong(config: GuidedStruggleConfig) -> AnswerCheck:
    return check_answer(config, "5")


# -- answers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("4.7", 4.7),
        ("4,7", 4.7),
        (" 4.7 W ", 4.7),
        ("4.7w", 4.7),
        ("1e3", 1000.0),
        ("1E-3 W", 0.001),
        ("-4.7", -4.7),
        ("\u22124.7", -4.7),
        ("+4.7", 4.7),
        (".5", 0.5),
        ("0,125", 0.125),
        ("4.", 4.0),
        ("1 000", 1000.0),
        ("1,000,000", 1e6),
        ("1.000.000", 1e6),
        ("1,000.5", 1000.5),
        ("1.000,5", 1000.5),
        ("4.7 kW", 4700.0),
        ("4.7k", 4700.0),
        ("470 mW", 0.47),
        ("= 4.7", 4.7),
        ("-0", 0.0),
    ],
)
def test_numbers_people_type(raw: str, value: float) -> None:
    assert parse_number(raw, "W") == pytest.approx(value)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", PROBLEM_NUMBER),
        ("   ", PROBLEM_NUMBER),
        ("nan", PROBLEM_NUMBER),
        ("inf", PROBLEM_NUMBER),
        ("-infinity", PROBLEM_NUMBER),
        ("about 5", PROBLEM_NUMBER),
        ("4.7.1", PROBLEM_NUMBER),
        ("1 00", PROBLEM_NUMBER),
        ("1,00,0", PROBLEM_NUMBER),
        ("4,700", PROBLEM_AMBIGUOUS),
        ("1e400", PROBLEM_TOO_BIG),
        ("1e16", PROBLEM_TOO_BIG),
        ("9" * 200, PROBLEM_TOO_LONG),
        ("4.7 V", "Type the number in W, like 4.7"),
    ],
)
def test_what_is_not_a_number_is_a_problem(raw: str, problem: str) -> None:
    assert parse_number(raw, "W") == problem


def test_without_a_unit_only_the_number_is_read() -> None:
    assert parse_number("4.7", None) == 4.7
    assert parse_number("4.7k", None) == PROBLEM_NUMBER
    assert parse_number("1000 ohms", "Ω") == 1000.0
    assert parse_number("1 kΩ", "Ω") == 1000.0
    assert parse_number("1 k\u2126", "Ω") == 1000.0  # the OHM SIGN, NFKC'd


def test_a_number_answer_within_tolerance_is_correct_and_problems_are_no_attempts() -> None:
    config = make_config(answer=4.7, tolerance=0.05, unit="W")
    assert check_answer(config, "4.74 W") == AnswerCheck(True, "4.74")
    assert check_answer(config, "4,66") == AnswerCheck(True, "4.66")
    assert not check_answer(config, "4.76").correct
    empty = check_answer(config, "")
    assert empty == AnswerCheck(False, "", problem=PROBLEM_NUMBER) and not empty.is_attempt
    assert check_answer(make_config(), "1.0k").correct
    # tolerance 0 with float noise: 0.1 + 0.2 is 0.3
    assert check_answer(make_config(answer=0.3), repr(0.1 + 0.2)).correct


def test_common_mistakes_match_numbers_and_their_text() -> None:
    config = make_config()
    assert check_answer(config, "102").mistake_reply == config.common_mistakes[0].reply
    assert check_answer(config, "102 Ω").mistake_reply == config.common_mistakes[0].reply
    assert check_answer(config, "10").mistake_reply == config.common_mistakes[1].reply
    assert check_answer(config, "12").mistake_reply is None
    # a correct answer never carries a mistake's reply
    same = make_config(common_mistakes=[{"answer": 1000, "reply": "never"}])
    assert check_answer(same, "1000") == AnswerCheck(True, "1000")
    # tolerance applies to mistakes too
    loose = make_config(tolerance=1, common_mistakes=[{"answer": 102, "reply": "r"}])
    assert check_answer(loose, "101.5").mistake_reply == "r"
    # a mistake written as text that is no number is compared as text
    texty = make_config(common_mistakes=[{"answer": "a lot", "reply": "How much?"}])
    assert check_answer(texty, "A  lot.").problem == PROBLEM_NUMBER


def test_free_text_is_compared_case_and_space_insensitively() -> None:
    config = text_config()
    assert check_answer(config, "  ohm's   LAW!! ") == AnswerCheck(True, "ohm's law")
    assert check_answer(config, "v = i r.").correct
    assert check_answer(config, "kirchhoff").mistake_reply == "That is about loops and nodes."
    assert check_answer(config, "Faraday") == AnswerCheck(False, "faraday")
    assert check_answer(config, " ?! ") == AnswerCheck(False, "", problem=PROBLEM_EMPTY)
    assert normalise_text("Ｏｈｍ’s\tLaw…") == "ohm’s law"


def test_multiple_choice_takes_the_index() -> None:
    config = choice_config()
    assert check_answer(config, "2") == AnswerCheck(True, "2")
    by_text = check_answer(config, "1")
    assert by_text == AnswerCheck(False, "1", mistake_reply="That is two digits, no multiplier.")
    assert check_answer(config, "0") == AnswerCheck(False, "0")
    for raw in ("", "3", "-1", "x", "1.0", "٢", "9999"):
        assert check_answer(config, raw).problem == PROBLEM_CHOICE, raw
    by_index = choice_config(common_mistakes=[{"answer": 0, "reply": "Too small."}])
    assert check_answer(by_index, "0").mistake_reply == "Too small."


finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(answer=finite, tolerance=st.floats(0, 1e6), fraction=st.floats(-1, 1))
def test_a_number_within_tolerance_is_always_correct(
    answer: float, tolerance: float, fraction: float
) -> None:
    config = make_config(answer=answer, tolerance=tolerance, unit=None, common_mistakes=[])
    typed = answer + fraction * tolerance
    assert check_answer(config, repr(typed)).correct
    assert check_answer(config, f"{typed:.17g}").correct


@settings(max_examples=300, deadline=None)
@given(raw=st.text(max_size=300), kind=st.sampled_from(["number", "text", "choice"]))
def test_garbage_never_raises(raw: str, kind: str) -> None:
    config = {"number": make_config, "text": text_config, "choice": choice_config}[kind]()
    check = check_answer(config, raw)
    assert isinstance(check.correct, bool)
    assert check.problem is None or (not check.correct and check.normalised == "")
    buddy = Buddy(config)
    buddy.opened(0)
    buddy.attempted(1, check)
    said = buddy.student_said(2, raw)
    assert all(m.text for m in said)
    match_intent(config, raw)


# -- the ladder ------------------------------------------------------------------------------


def test_greeting_once_then_feedback_then_a_hint_after_two_wrong_attempts() -> None:
    config = make_config()
    buddy = Buddy(config)
    assert buddy.opened(0) == [
        BuddyMessage("greeting", TEMPLATES["encouraging"]["greeting"][0].format(name="Sam"))
    ]
    assert buddy.opened(5) == []
    first = buddy.attempted(10, wrong(config))
    assert first == [BuddyMessage("feedback", TEMPLATES["encouraging"]["wrong"][0])]
    second = buddy.attempted(20, check_answer(config, "102"))
    assert second == [
        BuddyMessage("feedback", config.common_mistakes[0].reply),
        BuddyMessage("hint", LADDER[0]["text"], hint_level="nudge", hint_index=0),
    ]
    assert (buddy.attempts, buddy.hints_given) == (2, 1)
    # two more wrong attempts since that hint: the next rung
    assert kinds(buddy.attempted(30, wrong(config))) == ["feedback"]
    third = buddy.attempted(40, wrong(config))
    assert third[0].text == TEMPLATES["encouraging"]["wrong"][0]  # variants cycle
    assert third[1] == BuddyMessage("hint", LADDER[1]["text"], "strategy", 1)


def test_hints_go_up_the_ladder_never_repeat_and_run_out() -> None:
    buddy = Buddy(make_config())
    given = [m for _ in range(3) for m in buddy.asked_hint(0)]
    assert [(m.hint_index, m.hint_level, m.text) for m in given] == [
        (i, h["level"], h["text"]) for i, h in enumerate(LADDER)
    ]
    exhausted = TEMPLATES["encouraging"]["exhausted"][0]
    assert buddy.asked_hint(1) == [BuddyMessage("reply", exhausted)]
    assert buddy.student_said(2, "hint please") == [BuddyMessage("reply", exhausted)]
    # wrong attempts after the ladder ran out: only feedback
    for t in range(3, 9):
        assert kinds(buddy.attempted(t, wrong(buddy.config))) == ["feedback"]
    assert buddy.given_hints() == given
    plain = Buddy(make_config(hints=["Just a string is a nudge."]))
    assert plain.asked_hint(0) == [BuddyMessage("hint", "Just a string is a nudge.", "nudge", 0)]
    none = Buddy(make_config(hints=[]))
    assert none.asked_hint(0) == [BuddyMessage("reply", TEMPLATES["encouraging"]["no_hints"][0])]


def test_an_asked_hint_resets_the_wrong_attempt_count() -> None:
    config = make_config(hint_after_attempts=2)
    buddy = Buddy(config)
    buddy.attempted(0, wrong(config))
    assert kinds(buddy.asked_hint(1)) == ["hint"]
    assert kinds(buddy.attempted(2, wrong(config))) == ["feedback"]
    assert kinds(buddy.attempted(3, wrong(config))) == ["feedback", "hint"]
    assert buddy.hints_given == 2


def test_quiet_time_offers_a_hint_once_per_quiet_spell() -> None:
    config = make_config(hint_after_seconds=60)
    buddy = Buddy(config)
    assert buddy.tick(0) == []  # not opened yet
    buddy.opened(100)
    assert buddy.tick(159) == []
    offer = [BuddyMessage("nudge_offer", TEMPLATES["encouraging"]["offer_quiet"][0])]
    assert buddy.tick(160) == offer
    assert buddy.tick(500) == []  # once per quiet spell
    buddy.student_said(600, "hello")  # activity starts a new spell
    assert buddy.tick(659) == []
    assert buddy.tick(660) == offer
    assert buddy.hints_given == 0  # an offer is not a hint
    buddy.opened(1000)  # shown again: time away does not count
    assert buddy.tick(1059) == []
    assert buddy.tick(10) == []  # a clock from another run restarts the spell
    assert buddy.tick(70) == offer
    for _ in range(3):
        buddy.asked_hint(80)
    assert buddy.tick(10_000) == []  # nothing left to offer


def test_a_correct_answer_is_praised_explained_and_final() -> None:
    config = make_config()
    buddy = Buddy(config)
    buddy.attempted(0, wrong(config))
    said = buddy.attempted(1, check_answer(config, "1 kΩ"))
    assert said == [
        BuddyMessage("praise", TEMPLATES["encouraging"]["praise"][1]),
        BuddyMessage("feedback", "Brown 1, black 0, red ×100: 10 × 100 = 1000 Ω."),
    ]
    assert buddy.solved and buddy.attempts == 2
    assert buddy.attempted(2, wrong(config)) == []
    assert buddy.attempts == 2
    assert buddy.asked_hint(3) == [BuddyMessage("reply", TEMPLATES["encouraging"]["solved"][0])]
    assert buddy.student_said(4, "what was the answer?")[0].text == config.explanation
    assert buddy.tick(10_000) == []
    unexplained = Buddy(make_config(explanation=None))
    assert kinds(unexplained.attempted(0, check_answer(unexplained.config, "1000"))) == ["praise"]
    assert kinds(unexplained.student_said(1, "the answer?")) == ["reply"]


def test_a_problem_is_no_attempt() -> None:
    config = make_config()
    buddy = Buddy(config)
    assert buddy.attempted(0, check_answer(config, "lots")) == []
    assert buddy.attempts == 0


# -- what the student says -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "index"),
    [
        ("What's a multiplier?", Intent.REPLY, 0),
        ("how do MULTIPLIERS work", Intent.REPLY, 0),
        ("explain the colour code please", Intent.REPLY, 0),
        ("the colour is code", Intent.OTHER, None),  # a phrase: whole, in order
        ("which bands?", Intent.REPLY, 1),
        ("just tell me the answer", Intent.ANSWER, None),
        ("what's the solution", Intent.ANSWER, None),
        ("just tell me", Intent.ANSWER, None),
        ("i'm stuck", Intent.HINT, None),
        ("I don’t know", Intent.HINT, None),
        ("help", Intent.HINT, None),
        ("any hints?", Intent.HINT, None),
        ("hello there", Intent.GREETING, None),
        ("Thanks!", Intent.THANKS, None),
        ("thank you so much", Intent.THANKS, None),
        ("what is the capital of France", Intent.OTHER, None),
        ("helpful", Intent.OTHER, None),  # whole words only
        ("bandwidth", Intent.OTHER, None),
        ("  ?! ", Intent.EMPTY, None),
    ],
)
def test_intents(text: str, intent: Intent, index: int | None) -> None:
    assert match_intent(make_config(), text) == (intent, index)


def test_the_buddy_answers_each_intent_from_the_config_or_its_templates() -> None:
    config = make_config(buddy_personality="socratic", buddy_name="Ada")
    buddy = Buddy(config)
    socratic = TEMPLATES["socratic"]
    assert buddy.opened(0)[0].text == socratic["greeting"][0].format(name="Ada")
    assert buddy.student_said(1, "what's a multiplier") == [
        BuddyMessage("reply", "The third band multiplies.")
    ]
    assert buddy.student_said(2, "just tell me the answer") == [
        BuddyMessage("reply", socratic["refuse"][0]),
        BuddyMessage("nudge_offer", socratic["offer"][0]),
    ]
    assert buddy.student_said(3, "JUST TELL ME")[0].text == socratic["refuse"][1]
    assert buddy.hints_given == 0  # refusing gives nothing away
    assert buddy.student_said(4, "i'm stuck") == [
        BuddyMessage("hint", LADDER[0]["text"], "nudge", 0)
    ]
    assert buddy.student_said(5, "hi") == [BuddyMessage("reply", socratic["greeting_reply"][0])]
    assert buddy.student_said(6, "thanks") == [BuddyMessage("reply", socratic["thanks"][0])]
    other = [buddy.student_said(7 + i, "the weather?")[0].text for i in range(2)]
    assert other == [socratic["other"][0], socratic["other"][1]]
    assert buddy.student_said(9, "") == []
    # once the ladder is used up, a refusal offers nothing more
    for _ in range(2):
        buddy.asked_hint(10)
    assert kinds(buddy.student_said(11, "the answer")) == ["reply"]


def test_long_messages_are_cut_before_matching() -> None:
    config = make_config()
    tail = "x " * MAX_STUDENT_CHARS + "hint"
    assert match_intent(config, tail) == (Intent.OTHER, None)
    assert match_intent(config, "hint " + "x " * 1000) == (Intent.HINT, None)


@pytest.mark.parametrize("personality", ["encouraging", "socratic", "terse"])
def test_every_personality_has_every_situation(personality: str) -> None:
    assert set(TEMPLATES[personality]) == set(TEMPLATES["encouraging"])
    assert all(TEMPLATES[personality].values())
    config = make_config(buddy_personality=personality, buddy_name="Kim")
    buddy = Buddy(config)
    said = buddy.opened(0) + buddy.attempted(1, wrong(config)) + buddy.asked_hint(2)
    said += buddy.student_said(3, "the answer") + buddy.student_said(4, "hello")
    said += buddy.attempted(5, check_answer(config, "1000"))
    assert all(m.text and "{" not in m.text for m in said)


# -- saving, restoring, determinism ----------------------------------------------------------


def play(buddy: Buddy) -> list[BuddyMessage]:
    config = buddy.config
    return [
        *buddy.opened(0),
        *buddy.attempted(10, wrong(config)),
        *buddy.student_said(12, "the bands?"),
        *buddy.tick(200),
        *buddy.attempted(210, check_answer(config, "102")),
        *buddy.asked_hint(220),
        *buddy.student_said(230, "just tell me"),
    ]


def test_json_round_trip_keeps_the_conversation_going_the_same_way() -> None:
    config = make_config()
    one, two = Buddy(config), Buddy(config)
    play(one)
    play(two)
    saved = json.loads(json.dumps(one.to_json()))
    restored = Buddy.from_json(config, saved)
    assert restored.to_json() == one.to_json()
    rest = [restored.attempted(300, wrong(config)), restored.tick(1000), restored.asked_hint(1001)]
    assert rest == [two.attempted(300, wrong(config)), two.tick(1000), two.asked_hint(1001)]


def test_the_same_inputs_give_the_same_words() -> None:
    assert play(Buddy(make_config())) == play(Buddy(make_config()))


@pytest.mark.parametrize(
    "damage",
    [
        {"attempts": -1},
        {"attempts": True},
        {"solved": 1},
        {"last_activity": math.inf},
        {"last_activity": "now"},
        {"hints_given": 4},
        {"v": 2},
    ],
)
def test_damaged_saved_state_is_refused(damage: dict[str, Any]) -> None:
    config = make_config()
    with pytest.raises(ValueError, match="study buddy"):
        Buddy.from_json(config, {**Buddy(config).to_json(), **damage})


@pytest.mark.parametrize("data", [None, [], {"v": 1}, "{}"])
def test_what_is_no_saved_state_is_refused(data: Any) -> None:
    with pytest.raises(ValueError, match="study buddy"):
        Buddy.from_json(make_config(), data)


def test_resumed_from_the_counts_a_page_was_given() -> None:
    config = make_config()
    solved = Buddy.resumed(config, solved=True, attempts=3, hints_used=1)
    assert (solved.solved, solved.attempts, solved.hints_given) == (True, 3, 1)
    assert solved.opened(0) == [
        BuddyMessage("greeting", TEMPLATES["encouraging"]["greeting_solved"][0])
    ]
    assert solved.given_hints() == [BuddyMessage("hint", LADDER[0]["text"], "nudge", 0)]
    working = Buddy.resumed(config, solved=False, attempts=1, hints_used=9)
    assert working.hints_given == 3 and not working.solved
    assert Buddy.resumed(config, solved=True, attempts=0, hints_used=-1).attempts == 1


def test_all_is_complete() -> None:
    defined = {
        name
        for name, value in vars(buddy_module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == buddy_module.__name__
        and isinstance(value, type)
    }
    assert defined <= set(buddy_module.__all__)
    assert all(hasattr(buddy_module, name) for name in buddy_module.__all__)


# -- words for a screen in another language -----------------------------------------------


def _marked_in_buddy() -> list[tuple[str, str]]:
    """``(context, text)`` of every literal ``QT_TRANSLATE_NOOP`` call in the buddy's module."""
    tree = ast.parse(Path(buddy_module.__file__).read_text(encoding="utf-8"))
    marked: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
            marked.append((str(context.value), str(text.value)))
    return marked


def test_every_template_and_problem_is_marked_for_translation_in_context_buddy() -> None:
    marked = _marked_in_buddy()
    assert {context for context, _ in marked} == {"buddy"}
    texts = {text for _, text in marked}
    templates = {t for situations in TEMPLATES.values() for ts in situations.values() for t in ts}
    assert len(templates) > 40
    assert templates <= texts
    problems = {
        value
        for name, value in vars(buddy_module).items()
        if name.startswith("PROBLEM_") and isinstance(value, str)
    }
    assert PROBLEM_UNIT in problems and len(problems) == 7
    assert problems <= texts
    assert texts == templates | problems  # nothing else is marked


FAKE_SPANISH = {
    TEMPLATES["encouraging"]["greeting"][0]: "¡Hola, soy {name}!",
    TEMPLATES["encouraging"]["wrong"][0]: "Todavía no.",
    PROBLEM_UNIT: "Escribe el número en {unit}",
}


def _fake_spanish(context: str, text: str) -> str:
    assert context == "buddy"
    return FAKE_SPANISH.get(text, text)


def test_the_buddys_own_messages_carry_their_phrase_and_the_authors_do_not() -> None:
    config = make_config(buddy_name="Ada")
    buddy = Buddy(config)
    said = buddy.opened(0)
    said += buddy.attempted(1, wrong(config))
    said += buddy.attempted(2, check_answer(config, "102"))  # mistake reply, then a hint
    said += buddy.student_said(3, "tell me the answer")
    said += buddy.student_said(4, "thanks")
    said += buddy.student_said(5, "what about the multiplier")  # an author's reply
    said += buddy.tick(500)
    said += buddy.attempted(600, check_answer(config, "1000"))  # praise, explanation
    texts = [m.text for m in said]
    assert texts == [
        TEMPLATES["encouraging"]["greeting"][0].format(name="Ada"),
        TEMPLATES["encouraging"]["wrong"][0],
        config.common_mistakes[0].reply,
        LADDER[0]["text"],
        TEMPLATES["encouraging"]["refuse"][0],
        TEMPLATES["encouraging"]["offer"][0],
        TEMPLATES["encouraging"]["thanks"][0],
        config.replies[0].reply,
        TEMPLATES["encouraging"]["offer_quiet"][0],
        TEMPLATES["encouraging"]["praise"][2],
        config.explanation,
    ]
    authored = {2, 3, 7, 10}
    for index, message in enumerate(said):
        if index in authored:
            assert message.phrase is None, message
        else:
            assert message.phrase is not None and message.phrase.context == "buddy", message
            assert str(message.phrase) == message.text
    greeting = said[0].phrase
    assert greeting is not None
    assert greeting.word(_fake_spanish) == "¡Hola, soy Ada!"  # the name stays as written
    assert said[1].phrase is not None and said[1].phrase.word(_fake_spanish) == "Todavía no."
    # the phrase is carried beside the text, not compared
    assert said[1] == BuddyMessage("feedback", TEMPLATES["encouraging"]["wrong"][0])


def test_every_personality_and_situation_speaks_in_phrases() -> None:
    for personality, situations in TEMPLATES.items():
        buddy = Buddy(make_config(buddy_personality=personality, buddy_name="Zed"))
        for situation, variants in situations.items():
            for count, variant in enumerate(variants):
                message = buddy._say("reply", situation, count)
                assert message.text == variant.format(name="Zed")
                assert message.phrase == Phrase.of("buddy", variant, name="Zed")


def test_answer_problems_carry_their_phrase() -> None:
    config = make_config(answer=4.7, unit="W")
    unit = check_answer(config, "4.7 V")
    assert unit.problem == "Type the number in W, like 4.7"
    assert unit.problem_phrase == Phrase.of("buddy", PROBLEM_UNIT, unit="W")
    assert unit.problem_phrase.word(_fake_spanish) == "Escribe el número en W"
    cases = [
        (config, "", PROBLEM_NUMBER),
        (config, "4,700", PROBLEM_AMBIGUOUS),
        (config, "9" * 200, PROBLEM_TOO_LONG),
        (config, "1e16", PROBLEM_TOO_BIG),
        (make_config(unit=None), "4.7 W", PROBLEM_NUMBER),
        (text_config(), " ", PROBLEM_EMPTY),
        (choice_config(), "7", PROBLEM_CHOICE),
    ]
    for problem_config, raw, problem in cases:
        check = check_answer(problem_config, raw)
        assert check.problem == problem, raw
        assert check.problem_phrase == Phrase.of("buddy", problem), raw
    assert check_answer(config, "4.7").problem_phrase is None
    assert check_answer(config, "5").problem_phrase is None
