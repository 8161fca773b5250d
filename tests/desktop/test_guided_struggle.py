"""The guided-struggle page with real widgets (offscreen): a resistor colour-code problem
worked through with the study buddy, a multiple-choice variant, a broken config, restoring.

The page is built directly (the registry lists it separately); its ``record_requested``
emissions are collected as the viewer would record them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.translations import FOLDER
from desktop.translations.catalogue import lrelease_path
from desktop.viewer import ViewerTiming
from desktop.viewer.sections import guided_struggle
from desktop.viewer.sections.guided_struggle import (
    SECTION_TYPE,
    ChatBubble,
    GuidedStruggleSectionView,
    attempts_line,
    hint_heading,
)
from local_store.records import ModuleRecord, SectionRecord
from sync.rules.buddy import TEMPLATES
from tests.desktop.test_viewer import FakeSession

pytestmark = pytest.mark.qt

PROBLEM = "A resistor's bands are **brown, black, red**. What is its resistance?"
LADDER = [
    {"level": "nudge", "text": "The first two bands are digits."},
    {"level": "strategy", "text": "The third band is a multiplier: a power of ten."},
    {"level": "worked_step", "text": "Brown 1, black 0: 10. Red 2: × 100."},
]
RESISTOR: dict[str, Any] = {
    "problem_type": "number",
    "answer": 1000,
    "tolerance": 0,
    "unit": "Ω",
    "hints": LADDER,
    "hint_after_attempts": 2,
    "hint_after_seconds": 30,
    "common_mistakes": [{"answer": 102, "reply": "Red is a multiplier, not a third digit."}],
    "replies": [{"keywords": ["multiplier"], "reply": "It says how many zeros follow."}],
    "explanation": "10 × 100 = 1000 Ω.",
}
CHOICE: dict[str, Any] = {
    "problem_type": "multiple_choice",
    "choices": ["10 Ω", "100 Ω", "1000 Ω"],
    "correct": 2,
    "hints": ["Count the zeros the red band adds."],
    "common_mistakes": [{"answer": 1, "reply": "Red adds two zeros, not one."}],
}
ENCOURAGING = TEMPLATES["encouraging"]


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Page:
    view: GuidedStruggleSectionView
    clock: Clock
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    completions: list[str] = field(default_factory=list)

    def of_type(self, event_type: str) -> list[dict[str, Any]]:
        return [data for kind, data in self.events if kind == event_type]

    def said(self) -> list[str]:
        return [b.text() for b in self.view.bubbles if not b.mine]

    def last(self) -> ChatBubble:
        return self.view.bubbles[-1]


def make_page(qtbot: QtBot, config: Any, *, content: str = PROBLEM) -> Page:
    section = SectionRecord(
        1, "guided_struggle", content, title="Read a resistor", section_config=config
    )
    session = FakeSession(module=ModuleRecord(module_id="m", title="M", sections=(section,)))
    clock = Clock()
    timing = ViewerTiming(tick_seconds=0.01, clock=clock)
    view = GuidedStruggleSectionView(section, session=session, timing=timing)
    qtbot.addWidget(view)
    view.resize(900, 600)
    page = Page(view, clock)
    view.record_requested.connect(lambda kind, data: page.events.append((kind, data)))
    view.complete_requested.connect(page.completions.append)
    return page


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[Page]:
    page = make_page(qtbot, RESISTOR)
    page.view.show()
    page.view.activate()
    qtbot.waitUntil(lambda: bool(page.view.bubbles), timeout=2000)
    yield page
    page.view.shutdown()


def answer(qtbot: QtBot, page: Page, text: str) -> None:
    edit = page.view.answer_edit
    assert edit is not None
    edit.clear()
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:  # QTest types ASCII only
        edit.insert(text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def say(qtbot: QtBot, page: Page, text: str) -> None:
    QTest.keyClicks(page.view.chat_edit, text)
    with qtbot.waitSignal(page.view.record_requested, timeout=1000):
        QTest.keyClick(page.view.chat_edit, Qt.Key.Key_Return)


def test_a_conversation_from_wrong_answers_to_the_solution(qtbot: QtBot, page: Page) -> None:
    view = page.view
    assert page.said() == [ENCOURAGING["greeting"][0].format(name="Sam")]
    assert page.events == [("buddy_message", {"kind": "greeting", "length": len(page.said()[0])})]
    assert view.status_label.text() == "No attempts yet"

    # a wrong answer: its mistake's reply, recorded as an attempt
    page.events.clear()
    with qtbot.waitSignal(view.record_requested, timeout=1000) as attempt:
        answer(qtbot, page, "102")
    assert attempt.args == [
        "solution_attempted",
        {"correct": False, "attempt": 1, "answer": "102"},
    ]
    assert page.said()[-1] == "Red is a multiplier, not a third digit."
    assert [b.text() for b in view.bubbles if b.mine] == ["My answer: 102"]
    assert page.events[1] == (
        "buddy_message",
        {"kind": "feedback", "length": len("Red is a multiplier, not a third digit.")},
    )

    # the second wrong answer: feedback, then the first hint, given by the buddy
    page.events.clear()
    answer(qtbot, page, "12 Ω")
    assert [kind for kind, _ in page.events] == [
        "retry",  # another try after a wrong answer (the fold's retry_count)
        "solution_attempted",
        "buddy_message",
        "buddy_message",
        "hint_used",
    ]
    assert page.of_type("hint_used") == [{"hint_index": 0, "level": "nudge", "source": "offered"}]
    assert page.of_type("buddy_message")[1] == {
        "kind": "hint",
        "hint_index": 0,
        "length": len(LADDER[0]["text"]),
    }
    assert page.last().heading() == "Hint 1 of 3 · nudge"
    assert page.last().text() == LADDER[0]["text"]
    assert view.status_label.text() == "2 attempts · 1 hint used"

    # "i'm stuck": the next hint, asked for; the chat's text is never recorded
    page.events.clear()
    say(qtbot, page, "i'm stuck")
    assert page.events[0] == ("student_message", {"length": 9, "intent": "hint_request"})
    assert page.of_type("hint_used") == [{"hint_index": 1, "level": "strategy", "source": "asked"}]
    assert page.last().heading() == "Hint 2 of 3 · strategy"
    assert view.chat_edit.text() == ""

    # asking for the answer: a kind refusal and an offer of the last hint
    page.events.clear()
    say(qtbot, page, "just tell me the answer")
    assert page.said()[-2:] == [ENCOURAGING["refuse"][0], ENCOURAGING["offer"][0]]
    assert page.events[0] == ("student_message", {"length": 23, "intent": "answer_request"})
    assert [d["kind"] for d in page.of_type("buddy_message")] == ["reply", "nudge_offer"]
    assert page.of_type("hint_used") == []

    # the button: the last rung
    QTest.mouseClick(view.hint_button, Qt.MouseButton.LeftButton)
    assert page.last().heading() == "Hint 3 of 3 · worked step"
    assert view.status_label.text() == "2 attempts · 3 hints used"

    # input that is not a number is shown beside the box and is no attempt
    page.events.clear()
    answer(qtbot, page, "a thousand")
    assert view.problem_label.isVisible()
    assert view.problem_label.text() == "Type a number, like 4.7"
    assert page.events == [] and view.answer_edit is not None
    QTest.keyClicks(view.answer_edit, "x")
    assert not view.problem_label.isVisible()

    # the right answer: praise, the explanation, completion, locked
    assert view.hint(False) == "Solve the problem to complete this section."
    with qtbot.waitSignal(view.complete_requested, timeout=1000) as done:
        answer(qtbot, page, "1 kΩ")
    assert done.args == ["criteria"]
    assert page.events[:2] == [
        ("retry", {"after": "solution_attempted"}),
        ("solution_attempted", {"correct": True, "attempt": 3, "answer": "1000"}),
    ]
    assert page.said()[-2:] == [ENCOURAGING["praise"][2], "10 × 100 = 1000 Ω."]
    assert view.solved and view.solved_label.isVisible() and view.solved_label.text() == "Solved ✓"
    assert view.explanation_label.isVisible()
    assert view.explanation_label.text() == "10 × 100 = 1000 Ω."
    assert view.answer_edit is not None and not view.answer_edit.isEnabled()
    assert not view.check_button.isEnabled() and not view.hint_button.isEnabled()
    assert view.hint(False) == "Solved." == view.hint(True)
    assert page.completions == ["criteria"]

    # nothing a student typed in the chat was recorded
    recorded = repr(page.events)
    assert "stuck" not in recorded and "tell me" not in recorded
    # every event is one the type says it records
    assert {kind for kind, _ in page.events} <= SECTION_TYPE.records


def test_quiet_time_offers_a_hint_only_while_the_page_is_shown(qtbot: QtBot, page: Page) -> None:
    offer = ENCOURAGING["offer_quiet"][0]
    page.clock.now += 29
    qtbot.wait(100)
    assert offer not in page.said()
    page.view.deactivate()
    page.clock.now += 100
    qtbot.wait(100)
    assert offer not in page.said()  # not ticked while another page is shown
    page.view.activate()  # shown again: a new quiet spell
    qtbot.wait(100)
    assert offer not in page.said()
    page.clock.now += 30
    qtbot.waitUntil(lambda: offer in page.said(), timeout=2000)
    assert page.of_type("buddy_message")[-1] == {"kind": "nudge_offer", "length": len(offer)}
    assert page.of_type("hint_used") == []
    assert page.said().count(ENCOURAGING["greeting"][0].format(name="Sam")) == 1


def test_multiple_choice(qtbot: QtBot) -> None:
    page = make_page(qtbot, CHOICE)
    view = page.view
    view.show()
    view.activate()
    assert view.answer_edit is None
    assert [r.accessibleName() for r in view.choices] == CHOICE["choices"]
    QTest.mouseClick(view.check_button, Qt.MouseButton.LeftButton)  # nothing chosen
    assert view.problem_label.text() == "Choose one of the answers first."
    assert page.of_type("solution_attempted") == []
    view.choices[1].click()
    assert not view.problem_label.isVisible()
    QTest.keyClick(view.choices[1], Qt.Key.Key_Return)  # Enter on a choice checks it
    assert page.of_type("solution_attempted") == [{"correct": False, "attempt": 1, "answer": "1"}]
    assert page.said()[-1] == "Red adds two zeros, not one."
    assert [b.text() for b in view.bubbles if b.mine] == ["My answer: 100 Ω"]
    view.choices[2].click()
    with qtbot.waitSignal(view.complete_requested, timeout=1000):
        QTest.keyClick(view.choices[2], Qt.Key.Key_Enter)
    assert page.of_type("solution_attempted")[-1] == {
        "correct": True,
        "attempt": 2,
        "answer": "2",
    }
    assert not any(r.isEnabled() for r in view.choices)
    assert view.solved_label.isVisible() and not view.explanation_label.isVisible()
    view.shutdown()


def test_a_long_choice_wraps_instead_of_widening_the_page(qtbot: QtBot) -> None:
    long = "A choice written at length, " * 12
    page = make_page(qtbot, {**CHOICE, "choices": [*CHOICE["choices"], long]})
    view = page.view
    view.show()
    radio = view.choices[3]
    qtbot.waitUntil(lambda: 0 < radio.width() <= view.area.viewport().width(), timeout=1000)
    assert radio.accessibleName() == long
    assert "\n" in radio.text()
    view.shutdown()


@pytest.mark.parametrize(
    ("config", "reason"),
    [
        (None, "a guided_struggle section needs a config"),
        ({"problem_type": "number"}, "a number problem needs answer"),
        ({"problem_type": "essay"}, "problem_type"),
        ([1, 2], "the config must be a mapping"),
    ],
)
def test_a_broken_config_shows_a_card(qtbot: QtBot, config: Any, reason: str) -> None:
    page = make_page(qtbot, config)
    view = page.view
    view.show()
    view.activate()
    qtbot.wait(20)
    assert view.buddy is None and view.card is not None
    assert view.card.heading() == "This problem could not be shown"
    assert reason in view.card.text()
    assert view.problem_text.isVisible()  # the statement is still there to read
    assert view.hint(False) == "This problem cannot be shown; tell the module's author."
    view.check()
    view.ask_hint()
    view.send()
    view.restore(True, 1, 0)
    view.deactivate()
    view.shutdown()
    assert page.events == [] and page.completions == []


def test_restored_solved_shows_solved_and_records_nothing(qtbot: QtBot) -> None:
    page = make_page(qtbot, RESISTOR)
    view = page.view
    view.restore(solved=True, attempts=3, hints_used=2)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: len(view.bubbles) == 3, timeout=2000)
    assert [b.heading() for b in view.bubbles[:2]] == [
        "Hint 1 of 3 · nudge",
        "Hint 2 of 3 · strategy",
    ]
    assert page.said()[-1] == ENCOURAGING["greeting_solved"][0]
    assert view.solved_label.isVisible()
    assert view.status_label.text() == "3 attempts · 2 hints used"
    assert view.hint(False) == "Solved."
    answer(qtbot, page, "1000")  # locked: nothing happens
    assert [kind for kind, _ in page.events] == ["buddy_message"]  # the greeting
    assert page.completions == []
    view.shutdown()


def test_restored_unsolved_keeps_counting(qtbot: QtBot) -> None:
    page = make_page(qtbot, RESISTOR)
    view = page.view
    view.activate()
    qtbot.waitUntil(lambda: bool(view.bubbles), timeout=2000)  # the greeting
    view.restore(solved=False, attempts=1, hints_used=1)
    qtbot.wait(20)
    assert [b.heading() for b in view.bubbles] == ["Hint 1 of 3 · nudge"]
    assert view.chat_layout.count() == 2  # the stretch and one row
    assert view.status_label.text() == "1 attempt · 1 hint used"
    answer(qtbot, page, "5")
    assert page.of_type("solution_attempted") == [{"correct": False, "attempt": 2, "answer": "5"}]
    # one wrong attempt since the restored hint: no new hint yet
    assert page.of_type("hint_used") == []
    view.shutdown()


def test_every_control_has_an_accessible_name_and_the_keyboard_reaches_it(
    qtbot: QtBot, page: Page
) -> None:
    view = page.view
    controls = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and w.isVisible()
    ]
    assert {w.accessibleName() for w in controls} >= {
        "Your answer in Ω",
        "Check answer",
        "Give me a hint",
        "Message to Sam",
        "Send message to Sam",
    }
    assert all(w.accessibleName() for w in controls)
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls)
    assert view.focusProxy() is view.answer_edit
    assert all(b.accessibleName().startswith(("Sam: ", "You: ")) for b in view.bubbles)
    assert view.chat_area.accessibleName() == "Conversation with Sam"


def test_long_student_messages_are_cut_and_markup_is_shown_as_text(
    qtbot: QtBot, page: Page
) -> None:
    view = page.view
    assert view.chat_edit.maxLength() == 500
    say(qtbot, page, "<b>multiplier</b>?")
    assert page.last().text() == "It says how many zeros follow."
    assert view.bubbles[-2].text() == "<b>multiplier</b>?"
    assert view.bubbles[-2].text_label.textFormat() == Qt.TextFormat.PlainText
    assert page.of_type("student_message") == [{"length": 18, "intent": "reply"}]


def test_bubbles_keep_to_the_chat_width(qtbot: QtBot, page: Page) -> None:
    say(qtbot, page, "word " * 90)
    chat = page.view.chat_area.viewport()

    def fits() -> bool:
        return all(0 < b.width() <= 0.85 * chat.width() for b in page.view.bubbles)

    qtbot.waitUntil(fits, timeout=1000)
    long = page.view.bubbles[-2]
    assert long.mine and long.height() > 3 * long.fontMetrics().height()  # wrapped
    page.view.resize(400, 600)  # narrow: the chat goes below the problem
    qtbot.waitUntil(
        lambda: page.view.splitter.orientation() == Qt.Orientation.Vertical, timeout=1000
    )


def test_small_helpers() -> None:
    assert attempts_line(0, 0) == "No attempts yet"
    assert attempts_line(1, 0) == "1 attempt · 0 hints used"
    assert attempts_line(2, 1) == "2 attempts · 1 hint used"
    assert hint_heading(2, 3, "worked_step") == "Hint 3 of 3 · worked step"
    assert hint_heading(0, 1, None) == "Hint 1 of 1"
    assert SECTION_TYPE.name == "guided_struggle" and SECTION_TYPE.label == "Guided problem"


def test_all_is_complete() -> None:
    name = guided_struggle.__name__
    defined = {
        key
        for key, value in vars(guided_struggle).items()
        if not key.startswith("_")
        and getattr(value, "__module__", None) == name
        and (isinstance(value, type) or callable(value))
    }
    assert defined <= set(guided_struggle.__all__)
    assert all(hasattr(guided_struggle, key) for key in guided_struggle.__all__)


@pytest.fixture
def spanish(qapp: object, tmp_path: Path) -> Iterator[None]:
    """The viewer's Spanish catalogue compiled into ``tmp_path`` and installed, with
    ``desktop.i18n`` routed through Qt; all undone."""
    qm = tmp_path / "viewer_es.qm"
    subprocess.run(
        [str(lrelease_path()), str(FOLDER / "viewer_es.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        yield
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)


def test_the_buddy_and_the_answer_problems_speak_spanish(qtbot: QtBot, spanish: None) -> None:
    page = make_page(qtbot, RESISTOR)
    view = page.view
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: bool(view.bubbles), timeout=2000)
    greeting = "¡Hola, soy Sam! Intenta resolver el problema. Si te atoras, pídeme una pista."
    assert page.said() == [greeting]
    assert view.bubbles[0].accessibleName() == f"Sam: {greeting}"
    # the length recorded is the English message's, whatever the language shown
    assert page.of_type("buddy_message") == [
        {"kind": "greeting", "length": len(ENCOURAGING["greeting"][0].format(name="Sam"))}
    ]

    answer(qtbot, page, "4.7 V")  # not the problem's unit
    assert view.problem_label.isVisible()
    assert view.problem_label.text() == "Escribe el número en Ω, como 4.7"
    answer(qtbot, page, "abc")
    assert view.problem_label.text() == "Escribe un número, como 4.7"
    assert page.of_type("solution_attempted") == []

    answer(qtbot, page, "7")  # a template in Spanish
    assert page.said()[-1] == (
        "No exactamente, pero fue un buen intento. Revisa tu procedimiento e inténtalo de nuevo."
    )
    answer(qtbot, page, "102")  # the author's mistake reply and hint stay as written
    assert page.said()[-2:] == ["Red is a multiplier, not a third digit.", LADDER[0]["text"]]
    say(qtbot, page, "thanks")  # recognised in English, answered in Spanish
    assert page.said()[-1] == "¡De nada! Sigue así."
    view.shutdown()
