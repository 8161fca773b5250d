"""The game page with real widgets (offscreen): a mixed game of two levels (an untimed quiz,
order and match level; a harder timed one) played by clicks and key presses, failed and
retried, timed out, paused; a broken config; restoring; through the viewer to completion.

The page is built directly (the registry lists it separately); its ``record_requested``
emissions are collected as the viewer would record them. A fake clock drives the countdown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.viewer import ModuleViewer, ViewerTiming
from desktop.viewer.sections import registry
from desktop.viewer.sections.game import (
    MIN_TARGET,
    SECTION_TYPE,
    ActiveClock,
    ChoiceBoard,
    GameSectionView,
    MatchBoard,
    OrderBoard,
    format_clock,
    level_summary,
)
from local_store.records import ModuleRecord, SectionRecord
from sync.rules.section_config import (
    ChoiceChallenge,
    GameConfig,
    MatchChallenge,
    OrderChallenge,
)
from tests.desktop.test_viewer import FakeSession

pytestmark = pytest.mark.qt

INTRO = "Soldering, as a game. **Warm-up** has no clock; **Against the clock** has 30 s."
GAME: dict[str, Any] = {
    "game_type": "mixed",
    "difficulty_levels": [
        {
            "name": "Warm-up",
            "pass_score": 70,
            "challenges": [
                {
                    "kind": "choice",
                    "id": "iron",
                    "prompt": "Which tool joins two wires with molten metal?",
                    "options": ["Multimeter", "Soldering iron", "Oscilloscope", "Wire stripper"],
                    "correct": 1,
                    "explanation": "The iron melts the solder.",
                },
                {
                    "kind": "order",
                    "id": "joint",
                    "prompt": "Put the steps of a solder joint in order.",
                    "items": [
                        "Heat the pad",
                        "Feed the solder",
                        "Remove the solder",
                        "Lift the iron",
                    ],
                },
                {
                    "kind": "match",
                    "id": "meters",
                    "prompt": "Match each instrument to what it shows.",
                    "pairs": [
                        {"left": "Multimeter", "right": "Voltage"},
                        {"left": "Oscilloscope", "right": "A signal over time"},
                        {"left": "Thermocouple", "right": "Temperature"},
                    ],
                    "points": 20,
                },
            ],
        },
        {
            "name": "Against the clock",
            "time_limit": 30,
            "pass_score": 80,
            "challenges": [
                {
                    "kind": "choice",
                    "id": "bench",
                    "prompt": "Which two are unsafe?",
                    "options": ["Iron off its stand", "Glasses on", "Fumes to the face"],
                    "correct": [0, 2],
                    "image": True,
                },
                {
                    "kind": "choice",
                    "id": "tin",
                    "prompt": "Why tin the tip?",
                    "options": ["It carries heat", "It shines", "It cools the tip"],
                    "correct": 0,
                },
            ],
        },
    ],
}


@dataclass
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Page:
    view: GameSectionView
    clock: Clock
    session: FakeSession
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    completions: list[str] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def of_type(self, event_type: str) -> list[dict[str, Any]]:
        return [data for kind, data in self.events if kind == event_type]


@dataclass
class CountingSession(FakeSession):
    """A session that also counts the section's earlier events (a ``CodeSource``)."""

    counts: dict[str, int] = field(default_factory=dict)

    def code_runner(self) -> None:
        return None

    def saved_code(self, section_number: int) -> dict[str, str] | None:
        return None

    def section_counts(self, section_number: int) -> dict[str, int]:
        return dict(self.counts)

    def section_events(self, section_number: int) -> list[tuple[str, dict[str, Any]]]:
        return []


def game_section(config: Any = GAME, **extra: Any) -> SectionRecord:
    return SectionRecord(
        section_number=1,
        section_type="game",
        content=INTRO,
        title="Soldering quiz",
        section_config=config,
        **extra,
    )


def make_page(
    qtbot: QtBot,
    config: Any = GAME,
    *,
    session: FakeSession | None = None,
    show: bool = True,
    **extra: Any,
) -> Page:
    section = game_section(config, **extra)
    module = ModuleRecord(module_id="m", title="M", sections=(section,))
    session = session or FakeSession(module=module)
    clock = Clock()
    view = GameSectionView(section, session=session, timing=ViewerTiming(clock=clock))
    qtbot.addWidget(view)
    view.resize(900, 700)
    page = Page(view, clock, session)
    view.record_requested.connect(lambda kind, data: page.events.append((kind, data)))
    view.complete_requested.connect(page.completions.append)
    seeds = iter(range(11, 1000, 7))
    view.new_seed = lambda: next(seeds)
    if show:
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=3000)
        view.activate()
    return page


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[Page]:
    page = make_page(qtbot)
    yield page
    page.view.shutdown()


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def start(page: Page, level: int) -> None:
    click(page.view.level_buttons[level])
    click(page.view.start_button)


def answer_by_clicks(page: Page, *, right: bool) -> None:
    """Answer the challenge on screen with taps (rightly or not)."""
    board = page.view.board
    assert board is not None
    challenge = board.plan.challenge
    if isinstance(board, ChoiceBoard):
        assert isinstance(challenge, ChoiceChallenge)
        wrong = next(i for i in range(len(challenge.options)) if i not in challenge.answer)
        picks = sorted(challenge.answer) if right else [wrong]
        for index in picks:
            click(board.buttons[index])
        if board.multiple:
            assert board.submit_button is not None
            click(board.submit_button)
    elif isinstance(board, OrderBoard):
        assert isinstance(challenge, OrderChallenge)
        if right:  # tap the item that belongs here, then tap the place
            for place, item in enumerate(challenge.items):
                at = board.items.index(item)
                if at != place:
                    click(board.rows[at])
                    assert board.selected == at
                    click(board.rows[place])
            assert board.items == challenge.items
        click(board.submit_button)
    else:
        assert isinstance(board, MatchBoard) and isinstance(challenge, MatchChallenge)
        rights = [p.right for p in challenge.pairs]
        if not right:
            rights = rights[1:] + rights[:1]
        for pair, chosen in zip(challenge.pairs, rights, strict=True):
            click(board.left_buttons[board.lefts.index(pair.left)])
            click(board.right_buttons[board.rights.index(chosen)])
        click(board.submit_button)


def play_level(page: Page, *, right: bool) -> None:
    view = page.view
    while view.playing:
        answer_by_clicks(page, right=right)
        QTest.keyClick(view.next_button, Qt.Key.Key_Return)  # Enter presses the focused Next
    assert view.end_panel.isVisible()


# -- pure parts ---------------------------------------------------------------------------------


def test_clock_text_and_level_lines() -> None:
    assert [format_clock(s) for s in (0, 0.2, 59.5, 60, 89.01, 3600, -3)] == [
        "00:00",
        "00:01",
        "01:00",
        "01:00",
        "01:30",
        "60:00",
        "00:00",
    ]
    levels = GameConfig.model_validate(GAME).levels
    assert level_summary(levels[0]) == "3 challenges · no time limit · pass 70 %"
    assert level_summary(levels[1]) == "2 challenges · 30 s time limit · pass 80 %"
    clock = Clock()
    active = ActiveClock(clock)
    active.start()
    clock.now += 5
    active.stop()
    clock.now += 100
    assert active.elapsed() == 5 and not active.running
    active.start()
    active.start()  # already running: no reset
    clock.now += 2
    assert active.elapsed() == 7


# -- playing --------------------------------------------------------------------------------------


def test_play_a_level_to_pass(qtbot: QtBot, page: Page) -> None:
    view = page.view
    assert view.start_panel.isVisible() and view.intro.isVisible()
    assert not view.header.isVisible()
    assert [b.accessibleName() for b in view.level_buttons] == [
        "Warm-up: 3 challenges · no time limit · pass 70 %",
        "Against the clock: 2 challenges · 30 s time limit · pass 80 %",
    ]
    assert view.history_label.text().startswith("No attempts yet")
    assert view.hint(False) == "Pass a level to complete this section."
    start(page, 0)
    assert view.playing and view.header.isVisible() and not view.intro.isVisible()
    assert not view.countdown.isVisible()  # untimed
    plan = view.plan
    assert plan is not None
    assert page.events == [
        ("game_start", {"level": "Warm-up", "level_index": 0, "seed": plan.seed, "attempt": 1})
    ]
    order = [c.id for c in plan.challenges]
    for number, shown in enumerate(plan.challenges, start=1):
        assert view.progress_label.text() == f"Warm-up · Challenge {number} of 3"
        assert view.challenge_prompt.isVisible()
        board = view.board
        assert board is not None and board.plan is shown
        if isinstance(board, ChoiceBoard):  # the number key of the right option
            assert board.buttons[0].hasFocus()
            QTest.keyClick(board.buttons[0], Qt.Key.Key_2)
        else:
            answer_by_clicks(page, right=True)
        assert view.feedback.isVisible() and view.next_button.hasFocus()
        assert view.verdict_label.text().startswith("✓ Correct: +")
        if shown.id == "iron":
            assert view.explanation_label.isVisible()
            assert view.explanation_label.text() == "The iron melts the solder."
        assert not any(b.isEnabled() for b in board.findChildren(QPushButton))  # locked
        if number < 3:
            assert view.next_button.text() == "Next challenge"
            QTest.keyClick(view.next_button, Qt.Key.Key_Space)
        else:
            assert view.next_button.text() == "See your score"

    points = {"iron": 10, "joint": 10, "meters": 20}
    expected_scores: list[dict[str, Any]] = []
    for streak, challenge in enumerate(order, start=1):
        base = points[challenge]
        earned = base + base * min(streak - 1, 5) // 10
        expected_scores.append(
            {"challenge": challenge, "correct": True, "points": earned, "streak": streak}
        )
    scores = page.of_type("score")
    assert [{k: v for k, v in s.items() if k != "time_ms"} for s in scores] == expected_scores
    assert all(isinstance(s["time_ms"], int) and s["time_ms"] >= 0 for s in scores)
    total = sum(int(s["points"]) for s in expected_scores)
    # game_complete is recorded with the last answer, before the student presses on
    assert page.kinds() == ["game_start", "score", "score", "score", "game_complete"]
    assert page.of_type("game_complete") == [
        {
            "level": "Warm-up",
            "score": 100,
            "points": total,
            "max_points": total,
            "passed": True,
            "seed": plan.seed,
            "timed_out": False,
        }
    ]
    assert page.completions == ["criteria"]
    click(view.next_button)
    assert view.end_panel.isVisible() and view.retry_button.hasFocus()
    assert view.score_label.text() == "100 %"
    assert view.verdict_end_label.text() == "✓ Passed (the pass score is 70 %)"
    assert view.best_label.text() == "Best so far on this level: 100 %"
    assert view.results_label.text().count("✓") == 3
    assert view.hint(True) == "Passed."
    assert {kind for kind, _ in page.events} <= SECTION_TYPE.records


def test_fail_then_retry_with_a_new_seed_and_pass(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 0)
    play_level(page, right=False)
    first = page.of_type("game_complete")[0]
    assert first["passed"] is False and first["score"] == 0 and first["points"] == 0
    assert [s["correct"] for s in page.of_type("score")] == [False, False, False]
    assert [s["streak"] for s in page.of_type("score")] == [0, 0, 0]
    assert page.completions == []  # a failed attempt is no evidence of a pass
    assert view.verdict_end_label.text() == "✗ Not passed yet: you need 70 % to pass. Try again!"
    assert view.results_label.text().count("✗") == 3
    assert view.answer_label.text()  # the right answer was shown after each wrong one

    page.events.clear()
    QTest.keyClick(view.retry_button, Qt.Key.Key_Return)
    assert page.kinds() == ["retry", "game_start"]
    assert page.events[0] == ("retry", {"after": "game_complete"})
    start_data = page.events[1][1]
    assert start_data["seed"] != first["seed"] and start_data["attempt"] == 2
    assert start_data["level"] == "Warm-up"
    play_level(page, right=True)
    assert page.of_type("game_complete")[-1]["passed"] is True
    assert page.of_type("game_complete")[-1]["seed"] == start_data["seed"]
    assert page.completions == ["criteria"]
    assert view.best[0] == 100

    # another level from the end screen: back to the picker, where the best shows
    click(view.levels_button)
    assert view.start_panel.isVisible()
    assert view.level_buttons[0].text().endswith("best 100 %")
    assert view.history_label.text() == "Attempts so far: 2"


def test_a_wrong_answer_breaks_the_streak(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 0)
    answer_by_clicks(page, right=True)
    click(view.next_button)
    answer_by_clicks(page, right=False)
    assert view.verdict_label.text() == "✗ Not quite: no points this time"
    assert view.answer_label.isVisible()
    click(view.next_button)
    answer_by_clicks(page, right=True)
    assert [s["streak"] for s in page.of_type("score")] == [1, 0, 1]
    assert "streak" not in view.points_label.text()  # shown from 2 in a row


def test_time_running_out_ends_the_attempt(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 1)
    assert view.countdown.isVisible() and view.countdown.text() == "00:30"
    assert view.countdown.accessibleDescription()
    page.clock.now += 12.3
    qtbot.waitUntil(lambda: view.countdown.text() == "00:18", timeout=2000)
    answer_by_clicks(page, right=True)
    assert page.of_type("score")[0]["time_ms"] == 12300
    click(view.next_button)
    page.clock.now += 18
    qtbot.waitUntil(lambda: not view.playing, timeout=2000)
    assert view.end_panel.isVisible() and view.timed_out
    done = page.of_type("game_complete")
    assert len(done) == 1 and done[0]["timed_out"] is True
    assert done[0]["passed"] is False and 0 < done[0]["score"] < 100
    assert len(page.of_type("score")) == 1  # the unanswered one scores 0, no score event
    assert view.end_heading.text() == "Time's up · Against the clock"
    assert "not reached" in view.results_label.text()
    assert not view._ticker.isActive()


def test_the_countdown_pauses_while_idle_hidden_or_in_feedback(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 1)
    assert view._ticker.isActive()
    page.clock.now += 5
    assert view.time_left() == 25
    view.set_idle(True)
    assert not view._ticker.isActive()
    page.clock.now += 100
    qtbot.wait(150)
    assert view.time_left() == 25 and view.playing
    view.set_idle(False)
    page.clock.now += 2
    assert view.time_left() == 23
    view.deactivate()
    page.clock.now += 300
    qtbot.wait(150)
    assert view.time_left() == 23 and view.playing and not view._ticker.isActive()
    view.activate()
    page.clock.now += 1
    qtbot.waitUntil(lambda: view.countdown.text() == "00:22", timeout=2000)
    answer_by_clicks(page, right=True)  # the feedback: the clock waits for Next
    page.clock.now += 60
    qtbot.wait(150)
    assert view.time_left() == 22 and view.playing
    click(view.next_button)
    page.clock.now += 2
    assert view.time_left() == 20


def test_the_countdown_pauses_while_another_window_is_active(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 1)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: not view.isActiveWindow(), timeout=3000)
    qtbot.waitUntil(lambda: not view._ticker.isActive(), timeout=2000)
    page.clock.now += 50
    qtbot.wait(150)
    assert view.time_left() == 30 and view.playing
    view.activateWindow()
    qtbot.waitUntil(view._ticker.isActive, timeout=3000)
    page.clock.now += 4
    assert view.time_left() == 26


def test_an_order_challenge_by_keyboard_alone(qtbot: QtBot, page: Page) -> None:
    view = page.view
    view.level_buttons[0].setFocus()
    QTest.keyClick(view.level_buttons[0], Qt.Key.Key_Space)
    QTest.keyClick(view.start_button, Qt.Key.Key_Return)
    assert view.playing
    while not isinstance(view.board, OrderBoard):  # the others answered by keys too
        qtbot.waitUntil(lambda: view.focusWidget() is not None, timeout=1000)
        if isinstance(view.board, ChoiceBoard):
            QTest.keyClick(view.focusWidget(), Qt.Key.Key_2)
        else:
            board = view.board
            assert isinstance(board, MatchBoard)
            assert isinstance(board.plan.challenge, MatchChallenge)
            for pair in board.plan.challenge.pairs:  # left picked; Tab to its right; Space
                assert board.selected is not None
                assert board.lefts[board.selected] == pair.left or board.matches
                QTest.keyClick(view.focusWidget(), Qt.Key.Key_Space)
                target = board.right_buttons[board.rights.index(pair.right)]
                while view.focusWidget() is not target:
                    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
                QTest.keyClick(target, Qt.Key.Key_Space)
            assert view.focusWidget() is board.submit_button
            QTest.keyClick(board.submit_button, Qt.Key.Key_Return)
        QTest.keyClick(view.next_button, Qt.Key.Key_Return)
    board = view.board
    assert isinstance(board, OrderBoard)
    challenge = board.plan.challenge
    assert isinstance(challenge, OrderChallenge)
    assert board.rows[0].hasFocus()
    for place, item in enumerate(challenge.items):
        at = board.items.index(item)
        position = board.rows.index(view.focusWidget())  # type: ignore[arg-type]
        key = Qt.Key.Key_Down if at > position else Qt.Key.Key_Up
        for _ in range(abs(at - position)):  # arrows move the focus while nothing is picked
            QTest.keyClick(view.focusWidget(), key)
        assert view.focusWidget() is board.rows[at]
        QTest.keyClick(board.rows[at], Qt.Key.Key_Space)  # pick it up
        assert board.selected == at
        assert "picked up" in board.rows[at].accessibleName()
        for _ in range(at - place):
            QTest.keyClick(view.focusWidget(), Qt.Key.Key_Up)  # move it
        assert board.selected == place and board.rows[place].hasFocus()
        QTest.keyClick(board.rows[place], Qt.Key.Key_Return)  # put it down
        assert board.selected is None
    assert board.items == challenge.items
    for _ in range(20):
        if view.focusWidget() is board.submit_button:
            break
        QTest.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert view.focusWidget() is board.submit_button
    QTest.keyClick(board.submit_button, Qt.Key.Key_Return)
    assert page.of_type("score")[-1]["challenge"] == "joint"
    assert page.of_type("score")[-1]["correct"] is True


def test_move_up_and_down_buttons(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 0)
    while not isinstance(view.board, OrderBoard):
        answer_by_clicks(page, right=True)
        click(view.next_button)
    board = view.board
    first, second = board.items[0], board.items[1]
    assert not board.ups[0].isEnabled() and not board.downs[-1].isEnabled()
    assert board.downs[0].accessibleName() == f"Move {first} down"
    click(board.downs[0])
    assert board.items[:2] == [second, first]
    assert board.rows[1].accessibleName() == f"Position 2 of 4: {first}"
    click(board.ups[1])
    assert board.items[:2] == [first, second]
    click(board.rows[3])  # a tap picks up, a second tap on it puts it back
    click(board.rows[3])
    assert board.selected is None


def test_several_right_answers_need_submit_and_show_the_picture_placeholder(
    qtbot: QtBot, page: Page
) -> None:
    view = page.view
    start(page, 1)
    while not (isinstance(view.board, ChoiceBoard) and view.board.multiple):
        answer_by_clicks(page, right=True)
        click(view.next_button)
    board = view.board
    assert view.image_label.isVisible()
    assert "picture" in view.image_label.text()  # no media file on this computer
    assert board.submit_button is not None and not board.submit_button.isEnabled()
    QTest.keyClick(board.buttons[0], Qt.Key.Key_1)  # toggles option 1
    assert board.picked() == {0} and board.buttons[0].text().endswith("· chosen")
    QTest.keyClick(board.buttons[0], Qt.Key.Key_2)
    QTest.keyClick(board.buttons[0], Qt.Key.Key_2)  # and off again
    assert board.picked() == {0} and board.submit_button.isEnabled()
    click(board.buttons[2])
    click(board.submit_button)
    assert page.of_type("score")[-1]["correct"] is True
    assert board.buttons[0].text().startswith("✓ ")
    assert board.buttons[1].accessibleName() == "Glasses on"


def to_the_picture(page: Page) -> None:
    """Answer challenges until one shows the section's picture."""
    while not (
        isinstance(page.view.board, ChoiceBoard)
        and isinstance(page.view.board.plan.challenge, ChoiceChallenge)
        and page.view.board.plan.challenge.image
    ):
        answer_by_clicks(page, right=True)
        click(page.view.next_button)


@pytest.mark.parametrize("on_this_computer", [True, False])
def test_the_pictures_alt_text_is_its_accessible_description(
    qtbot: QtBot, tmp_path: Path, on_this_computer: bool
) -> None:
    alt = "A bench: the iron lies off its stand and fumes rise towards the face."
    picture = tmp_path / "bench.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#dde6ee"))
    assert image.save(str(picture), "PNG")  # type: ignore[call-overload]
    section = game_section({**GAME, "alt": alt})
    session = FakeSession(
        module=ModuleRecord(module_id="m", title="M", sections=(section,)),
        media={1: picture if on_this_computer else None},
    )
    page = make_page(qtbot, {**GAME, "alt": alt}, session=session)
    view = page.view
    start(page, 1)
    to_the_picture(page)
    assert view.image_label.isVisible()
    assert view.image_label.pixmap().isNull() is not on_this_computer
    assert view.image_label.accessibleName() == "Picture for this challenge"
    assert view.image_label.accessibleDescription() == alt
    page.view.shutdown()


def test_a_picture_without_alt_text_has_no_description(qtbot: QtBot, page: Page) -> None:
    view = page.view
    start(page, 1)
    to_the_picture(page)
    assert view.image_label.isVisible()
    assert view.image_label.accessibleDescription() == ""


def test_every_button_is_a_touch_target_with_a_name(qtbot: QtBot, page: Page) -> None:
    view = page.view
    seen: set[str] = set()

    def check_buttons() -> None:
        qtbot.wait(10)
        buttons = [b for b in view.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        for button in buttons:
            assert button.height() >= MIN_TARGET, button.text()
            assert button.accessibleName(), button.text()
            # an exclusive group keeps one Tab stop (Qt's rule); the arrows move inside it
            group = button.group()
            if group is None or not group.exclusive():
                assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
            else:
                assert any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in group.buttons())
        if view.board is not None:
            seen.add(type(view.board).__name__)

    check_buttons()
    start(page, 0)
    while view.playing:
        board = view.board
        assert board is not None
        option_font = board.findChildren(QPushButton)[0].font().pointSizeF()
        assert option_font > view.font().pointSizeF()  # large type for the options
        check_buttons()
        answer_by_clicks(page, right=True)
        check_buttons()
        click(view.next_button)
    check_buttons()
    assert seen == {"ChoiceBoard", "OrderBoard", "MatchBoard"}
    # the live time is the countdown's name (its text); what it is, its description
    assert view.countdown.accessibleName() == ""
    assert view.countdown.accessibleDescription().startswith("Time left")


@pytest.mark.parametrize(
    ("config", "reason"),
    [
        (None, "a game section needs a config"),
        ({"game_type": "mixed"}, "give either challenges"),
        (
            {
                "game_type": "quiz",
                "challenges": [{"kind": "order", "id": "o", "prompt": "p", "items": ["a", "b"]}],
            },
            "cannot hold a order challenge",
        ),
        ({"game_type": "arcade", "challenges": []}, "game_type"),
    ],
)
def test_a_broken_config_shows_a_card(qtbot: QtBot, config: Any, reason: str) -> None:
    page = make_page(qtbot, config)
    view = page.view
    assert view.config is None and view.card is not None
    assert view.card.heading() == "This game could not be shown"
    assert reason in view.card.text()
    assert view.intro.isVisible()  # the introduction is still there to read
    assert view.hint(False) == "This game cannot be shown; tell the module's author."
    view.start(0)
    view.set_idle(True)
    view.deactivate()
    view.shutdown()
    assert page.events == [] and page.completions == [] and not view.playing


def test_earlier_attempts_are_counted(qtbot: QtBot) -> None:
    section = game_section()
    session = CountingSession(
        module=ModuleRecord(module_id="m", title="M", sections=(section,)),
        counts={"game_start": 3, "score": 7, "game_complete": 2},
    )
    page = make_page(qtbot, session=session)
    view = page.view
    assert view.history_label.text() == "Attempts so far: 3"
    start(page, 0)
    assert page.of_type("game_start")[0]["attempt"] == 4
    view.shutdown()


def test_other_criteria_ask_the_fold_after_every_attempt(qtbot: QtBot) -> None:
    page = make_page(qtbot, completion_criteria={"type": "score", "min": 30})
    view = page.view
    assert view.hint(False) == view.criteria_hint()
    view.set_needs(("Score at least 30 %",))
    assert view.hint(False) == "Still needed: Score at least 30 %"
    start(page, 0)
    play_level(page, right=False)
    assert page.completions == ["criteria"]  # not passed, but a score: the fold decides
    view.shutdown()


def test_through_the_viewer_only_a_pass_completes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(registry.SECTION_TYPES, "game", SECTION_TYPE)
    sections = (
        game_section(),
        SectionRecord(section_number=2, section_type="text", content="Done."),
    )
    session = FakeSession(module=ModuleRecord(module_id="m", title="M", sections=sections))
    viewer = ModuleViewer(session.module, session, timing=ViewerTiming(read_seconds=3600))
    qtbot.addWidget(viewer)
    viewer.resize(1100, 720)
    viewer.show()
    qtbot.waitExposed(viewer)
    view = viewer.views[1]
    assert isinstance(view, GameSectionView)
    page = Page(view, Clock(), session)
    click(view.start_button)
    play_level(page, right=False)
    assert 1 not in session.completed()
    click(viewer.next_button)  # Next goes on but never completes a game
    assert 1 not in session.completed()
    viewer.show_section(1)
    click(view.retry_button)
    play_level(page, right=True)
    assert 1 in session.completed()
    types = session.types()
    assert types.index("game_complete") < types.index("retry")
    assert [e.event_data for e in session.of_type("section_complete")] == [{"reason": "criteria"}]
    viewer.shutdown()
