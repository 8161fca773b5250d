"""Accessibility of the Phase 2 pages with real widgets (offscreen): a game level and an
interactive scene's find and place tasks done with the keyboard alone; every control named
(the name assistive technology gets, ``QAccessibleInterface.text(Name)``), the focused
hotspot named; Tab visiting every control once per cycle; results announced
(``QAccessibleAnnouncementEvent``); text and painted marks measured on grabbed pixels in a
light, a dark and a black/white/yellow high-contrast palette.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QImage,
    QPalette,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop import theme
from desktop.viewer import ViewerTiming
from desktop.viewer._session import RunOutcome
from desktop.viewer._widgets import em
from desktop.viewer.sections.game import ChoiceBoard, GameSectionView, MatchBoard, OrderBoard
from desktop.viewer.sections.guided_struggle import GuidedStruggleSectionView
from desktop.viewer.sections.sandbox import SandboxSectionView
from local_store.records import ModuleRecord, SectionRecord
from sync.rules.section_config import ChoiceChallenge, MatchChallenge, OrderChallenge
from tests.desktop import test_game_section as games
from tests.desktop import test_interactive_section as scenes
from tests.desktop.test_guided_struggle import CHOICE, RESISTOR
from tests.desktop.test_viewer import FakeSession

pytestmark = pytest.mark.qt

SHOTS = Path("/tmp/phase2")


# -- schemes -----------------------------------------------------------------------------------

SCHEMES = ("light", "dark", "high-contrast")


@pytest.fixture(params=SCHEMES)
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in one of the theme's schemes while the test runs (light again after)."""
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp, "light")


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    theme.apply_theme(qapp, "dark")
    yield
    theme.apply_theme(qapp, "light")


# -- measuring ---------------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pixels(image: QImage, rect: QRect | None = None) -> list[QColor]:
    area = rect if rect is not None else image.rect()
    area = area.intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]


def background(colours: list[QColor]) -> QColor:
    counts: dict[int, int] = {}
    for colour in colours:
        counts[colour.rgb()] = counts.get(colour.rgb(), 0) + 1
    return QColor.fromRgb(max(counts, key=lambda rgb: counts[rgb]))


def strongest(colours: list[QColor], against: QColor) -> float:
    """The highest contrast of any of ``colours`` against ``against``: the ink of text (its
    solid core), or a line drawn on it."""
    return max(contrast(c, against) for c in colours)


def text_contrast(root: QWidget, label: QWidget) -> float:
    """The contrast of ``label``'s text with its background, measured in ``root``'s grab."""
    image = root.grab().toImage()
    rect = QRect(label.mapTo(root, QPoint(0, 0)), label.size())
    colours = pixels(image, rect)
    return strongest(colours, background(colours))


# -- what assistive technology gets ---------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def tab_stops(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def controls(root: QWidget) -> list[QWidget]:
    """The Tab stops that act: not the scroll areas and text (their place in the chain is
    the viewer's, which enters a page at its focus proxy)."""
    return [w for w in tab_stops(root) if not isinstance(w, (QLabel, QScrollArea))]


def unnamed(root: QWidget) -> list[str]:
    return [type(w).__name__ for w in tab_stops(root) if not accessible_name(w).strip()]


def tab_cycle(root: QWidget, first: QWidget) -> list[QWidget]:
    """Tab from ``first`` until the focus comes back to it: each stop once, in order (a
    widget that moves its own cursor on Tab, the picture, counts once)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [first]
    for _ in range(200):
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is first and focus is not first:
            return seen
        if now is not seen[-1]:
            seen.append(now)
    raise AssertionError("Tab never came back")


def assert_tab_cycle_complete(root: QWidget, first: QWidget) -> None:
    cycle = [w for w in tab_cycle(root, first) if not isinstance(w, (QLabel, QScrollArea))]
    assert len(cycle) == len(set(cycle)), [type(w).__name__ for w in cycle]
    assert set(cycle) == set(controls(root))


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """The announcements made while the test runs: ``(text, assertive)``."""
    said: list[tuple[str, bool]] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), assertive))
            return
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


# -- the game ------------------------------------------------------------------------------------


def key(which: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, which)


def tab_to(target: QWidget) -> None:
    """Tab (forward) until ``target`` has the focus: it must be in the Tab chain."""
    for _ in range(40):
        if QApplication.focusWidget() is target:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(target).__name__}")


def answer_by_keys(view: GameSectionView) -> None:
    """Answer the challenge on screen rightly with keys only."""
    board = view.board
    challenge = board.plan.challenge if board is not None else None
    if isinstance(board, ChoiceBoard):
        assert isinstance(challenge, ChoiceChallenge)
        for index in sorted(challenge.answer):
            key(Qt.Key(Qt.Key.Key_1.value + index))
        if board.multiple:
            assert board.submit_button is not None
            tab_to(board.submit_button)
            key(Qt.Key.Key_Return)
    elif isinstance(board, OrderBoard):
        assert isinstance(challenge, OrderChallenge)
        for place, item in enumerate(challenge.items):
            at = board.items.index(item)
            tab_to(board.rows[0])
            for _ in range(at):  # the arrows move the focus while nothing is picked
                key(Qt.Key.Key_Down)
            key(Qt.Key.Key_Space)  # pick it up
            for _ in range(at - place):
                key(Qt.Key.Key_Up)  # carry it
            key(Qt.Key.Key_Space)  # put it down
        tab_to(board.submit_button)
        key(Qt.Key.Key_Return)
    else:
        assert isinstance(board, MatchBoard) and isinstance(challenge, MatchChallenge)
        truth = {p.left: p.right for p in challenge.pairs}
        # a term picked by mistake, then put down with Esc
        assert board.selected == 0
        key(Qt.Key.Key_Escape)
        assert board.selected is None
        while len(board.matches) < len(board.lefts):
            left = next(i for i, name in enumerate(board.lefts) if name not in board.matches)
            tab_to(board.left_buttons[left])
            key(Qt.Key.Key_Space)
            assert board.selected == left
            tab_to(board.right_buttons[board.rights.index(truth[board.lefts[left]])])
            key(Qt.Key.Key_Space)
        tab_to(board.submit_button)
        key(Qt.Key.Key_Return)


def test_a_game_level_by_keyboard_alone_named_and_announced(
    qtbot: QtBot, announced: list[tuple[str, bool]]
) -> None:
    page = games.make_page(qtbot)
    view = page.view
    assert not unnamed(view)
    assert_tab_cycle_complete(view, view.level_buttons[0])
    view.level_buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Space)
    tab_to(view.start_button)
    key(Qt.Key.Key_Return)
    kinds = []
    while view.playing:
        assert view.board is not None
        kinds.append(type(view.board).__name__)
        assert QApplication.focusWidget() is view.board.first_focus()
        assert not unnamed(view)
        assert_tab_cycle_complete(view, view.board.first_focus() or view)
        view.board.first_focus().setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[union-attr]
        answer_by_keys(view)
        assert QApplication.focusWidget() is view.next_button
        said, assertive = announced[-1]
        assert assertive and said.startswith(view.verdict_label.text())
        assert said.startswith("✓ Correct")
        assert view.verdict_label.text() in view.next_button.accessibleDescription()
        assert not unnamed(view)
        key(Qt.Key.Key_Return)
    assert sorted(kinds) == ["ChoiceBoard", "MatchBoard", "OrderBoard"]
    assert page.completions == ["criteria"]
    assert view.end_panel.isVisible() and QApplication.focusWidget() is view.retry_button
    end, assertive = announced[-1]
    assert assertive and "Warm-up done" in end and "100 %" in end and "Passed" in end
    # live labels carry their text as their name, not a fixed one
    assert accessible_name(view.score_label) == "Score: 100 %"
    assert accessible_name(view.verdict_end_label) == view.verdict_end_label.text()
    assert not unnamed(view)
    assert_tab_cycle_complete(view, view.retry_button)
    view.shutdown()


def test_a_wrong_game_answer_and_a_match_are_announced(
    qtbot: QtBot, announced: list[tuple[str, bool]]
) -> None:
    page = games.make_page(qtbot)
    view = page.view
    games.start(page, 0)
    checked = set()
    while view.playing:
        board = view.board
        if isinstance(board, ChoiceBoard):
            games.answer_by_clicks(page, right=False)
            said, assertive = announced[-1]
            assert assertive and said.startswith("✗ Not quite") and "The right answer: " in said
            assert "your answer, wrong" in " ".join(accessible_name(b) for b in board.buttons)
            checked.add("choice")
        elif isinstance(board, MatchBoard):
            games.click(board.right_buttons[0])
            assert announced[-1] == (f"{board.lefts[0]} matched to {board.rights[0]}.", False)
            board.pick_left(0)
            games.click(board.right_buttons[0])  # a second time: the same match, said again
            assert announced[-1] == announced[-2]
            games.answer_by_clicks(page, right=True)
            checked.add("match")
        else:
            games.answer_by_clicks(page, right=True)
        key(Qt.Key.Key_Return)
    assert checked == {"choice", "match"}
    view.shutdown()


def test_the_time_running_short_is_announced(
    qtbot: QtBot, announced: list[tuple[str, bool]]
) -> None:
    page = games.make_page(qtbot)
    view = page.view
    games.start(page, 1)  # 30 s: no one-minute warning
    page.clock.now += 19
    view.tick()
    assert not announced
    page.clock.now += 2
    view.tick()
    view.tick()
    assert announced == [("10 seconds left", False)]
    page.clock.now += 10
    view.tick()
    said, assertive = announced[-1]
    assert assertive and said.startswith("Time's up · Against the clock")
    view.shutdown()


def test_game_text_and_marks_meet_contrast(qtbot: QtBot, scheme: str) -> None:
    page = games.make_page(qtbot)
    view = page.view
    games.start(page, 0)
    how = None
    while not isinstance(view.board, ChoiceBoard):
        if isinstance(view.board, OrderBoard):
            how = view.board.findChildren(QLabel)[0]
            assert text_contrast(view, how) >= 4.5  # the muted how-to
        games.answer_by_clicks(page, right=True)
        key(Qt.Key.Key_Return)
    board = view.board
    games.answer_by_clicks(page, right=False)
    view.repaint()
    assert text_contrast(view, view.verdict_label) >= 4.5  # danger
    assert text_contrast(view, view.answer_label) >= 4.5
    assert text_contrast(view, view.progress_label) >= 4.5
    for button in board.buttons:  # locked answers: readable, edged
        assert text_contrast(view, button) >= 4.5, button.text()
    wrong = next(b for b in board.buttons if "✗" in b.text())
    image = view.grab().toImage()
    edge = QRect(wrong.mapTo(view, QPoint(0, 0)), wrong.size())
    ring = [image.pixelColor(edge.left() + 1, edge.center().y())]
    window = view.palette().color(QPalette.ColorRole.Window)
    assert strongest(ring, window) >= 3.0  # the wrong answer's danger edge
    if not view.playing:  # the choice was the last: another attempt
        key(Qt.Key.Key_Return)
        games.click(view.retry_button)
    else:
        key(Qt.Key.Key_Return)
    while view.playing and not isinstance(view.board, OrderBoard):
        games.answer_by_clicks(page, right=True)
        key(Qt.Key.Key_Return)
    if how is None:
        assert isinstance(view.board, OrderBoard)
        assert text_contrast(view, view.board.findChildren(QLabel)[0]) >= 4.5  # the how-to
    games.answer_by_clicks(page, right=True)
    view.repaint()
    assert view.verdict_label.text().startswith("✓")
    assert text_contrast(view, view.verdict_label) >= 4.5  # success
    view.shutdown()


def shot(view: QWidget, name: str) -> None:
    """Save ``view`` as it is on screen: after the layout requests pending are done."""
    QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    assert view.grab().save(str(SHOTS / name))


def test_game_screens_in_the_dark(qtbot: QtBot, dark: None) -> None:
    page = games.make_page(qtbot)
    view = page.view
    shot(view, "game-start-dark.png")
    games.start(page, 0)
    while not isinstance(view.board, OrderBoard):
        games.answer_by_clicks(page, right=True)
        key(Qt.Key.Key_Return)
    board = view.board
    board.rows[1].setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Space)
    shot(view, "game-order-dark.png")
    key(Qt.Key.Key_Escape)
    games.answer_by_clicks(page, right=False)
    shot(view, "game-feedback-dark.png")
    assert text_contrast(view, view.verdict_label) >= 4.5
    while view.playing or view.feedback.isVisible():
        key(Qt.Key.Key_Return)
        if view.playing:
            games.answer_by_clicks(page, right=True)
    shot(view, "game-end-dark.png")
    assert text_contrast(view, view.verdict_end_label) >= 4.5
    view.shutdown()


# -- the interactive scene ----------------------------------------------------------------------


@pytest.fixture
def scene_png(tmp_path: Path) -> Path:
    return scenes.draw_scene(tmp_path / "scene.png")


def shown_page(qtbot: QtBot, scene_png: Path) -> scenes.Page:
    page = scenes.make_page(qtbot, media=scene_png)
    scenes.wait_loaded(qtbot, page)
    page.view.activateWindow()
    qtbot.waitUntil(page.view.isActiveWindow, timeout=3000)
    return page


def move_to(scene: QWidget, hotspot: str) -> None:
    """Right arrow on the focused picture until ``hotspot`` is under its cursor."""
    for _ in range(10):
        assert QApplication.focusWidget() is scene
        if scene.focused_hotspot() == hotspot:  # type: ignore[attr-defined]
            return
        key(Qt.Key.Key_Right)
    raise AssertionError(f"the cursor never reached {hotspot}")


def test_find_and_place_by_keyboard_alone_named_and_announced(
    qtbot: QtBot, scene_png: Path, announced: list[tuple[str, bool]]
) -> None:
    page = shown_page(qtbot, scene_png)
    view, scene = page.view, page.view.scene
    assert not unnamed(view)
    first = view.task_buttons["shapes"]
    assert_tab_cycle_complete(view, first)
    # find: Tab into the picture, a named cursor over the hotspots, Enter or Space taps
    first.setFocus(Qt.FocusReason.TabFocusReason)
    tab_to(scene)
    assert accessible_name(scene) == "Hotspot 1 of 4: Red box"
    assert "arrow keys" in scene.accessibleDescription()
    key(Qt.Key.Key_Left)  # round the start
    assert accessible_name(scene) == "Hotspot 4 of 4: Dot"
    key(Qt.Key.Key_Home)  # not a hotspot key: nothing moves
    assert scene.focused_hotspot() == "dot"
    key(Qt.Key.Key_Right)
    assert accessible_name(scene) == "Hotspot 1 of 4: Red box"
    key(Qt.Key.Key_Return)
    assert announced[-1] == ("Yes — that's one.", False)
    assert accessible_name(scene) == "Hotspot 1 of 4: Red box, found"
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Right)  # past the ball: a wrong one first
    key(Qt.Key.Key_Space)
    assert announced[-1] == ("Not that one — try again.", True)
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_Space)
    said, _ = announced[-1]
    assert "Task done ✓ Next: Name the shapes" in said
    assert page.of_type("task_complete") == [{"task": "shapes"}]
    # place: Tab to an item, Enter picks it and goes to the picture; Esc puts it back
    triangle, spot = page.chip("triangle"), page.chip("spot")
    tab_to(triangle)
    key(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is scene and view.picked == "triangle"
    assert "choose where the picked item goes" in scene.accessibleDescription()
    key(Qt.Key.Key_Escape)
    assert view.picked is None and QApplication.focusWidget() is triangle
    key(Qt.Key.Key_Space)
    assert view.picked == "triangle"
    key(Qt.Key.Key_Backtab)  # Shift+Tab moves the cursor back a hotspot
    assert scene.focused_hotspot() == "tri"
    move_to(scene, "tri")
    key(Qt.Key.Key_Return)
    assert announced[-1] == ("Yes — “Triangle” goes there.", False)
    assert accessible_name(scene) == "Hotspot 3 of 4: Green triangle, holds Triangle"
    # Esc on a picked chip puts it down too
    tab_to(spot)
    key(Qt.Key.Key_Space)
    assert view.picked == "spot"
    spot.setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Escape)
    assert view.picked is None
    key(Qt.Key.Key_Return)
    move_to(scene, "dot")
    key(Qt.Key.Key_Return)
    said, _ = announced[-1]
    assert "all tasks done" in said
    view.task_buttons["shapes"].setFocus(Qt.FocusReason.TabFocusReason)
    assert accessible_name(scene) == "Picture: Shapes"  # the cursor's name only with focus
    scene.setFocus(Qt.FocusReason.OtherFocusReason)  # back where it was
    assert accessible_name(scene) == "Hotspot 4 of 4: Dot, holds Dot"
    assert page.of_type("task_complete") == [{"task": "shapes"}, {"task": "names"}]
    assert page.completions == ["criteria", "criteria"]
    assert not unnamed(view)
    view.shutdown()


def test_focus_from_elsewhere_shows_a_hotspot(qtbot: QtBot, scene_png: Path) -> None:
    page = shown_page(qtbot, scene_png)
    scene = page.view.scene
    page.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the viewer: the page's focus proxy
    assert scene.hasFocus() and scene.focused_hotspot() == "box"
    assert accessible_name(scene) == "Hotspot 1 of 4: Red box"
    page.view.shutdown()


def flat_picture(path: Path, colour: str) -> Path:
    image = QImage(scenes.WIDTH, scenes.HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")  # type: ignore[call-overload]
    return path


@pytest.mark.parametrize("picture", ["#f7f7f7", "#808080", "#0d0d0d"])
def test_hotspot_outlines_and_focus_ring_stand_out_on_any_picture(
    qtbot: QtBot, tmp_path: Path, scheme: str, picture: str
) -> None:
    page = shown_page(qtbot, flat_picture(tmp_path / "flat.png", picture))
    view, scene = page.view, page.view.scene
    under = QColor(picture)
    edge = scene.image_to_widget(100, 140).toPoint()  # the red box's left edge
    line = QRect(edge.x() - 2, edge.y() - 6, 5, 12)
    ring = QRect(edge.x() - 9, edge.y() - 6, 4, 12)  # where the focus ring goes, not the line
    view.task_buttons["shapes"].setFocus(Qt.FocusReason.OtherFocusReason)
    scene.repaint()
    image = scene.grab().toImage()
    assert strongest(pixels(image, line), under) >= 3.0
    assert strongest(pixels(image, ring), under) < 1.2  # nothing there without the focus
    scene.setFocus(Qt.FocusReason.TabFocusReason)
    assert scene.focused_hotspot() == "box"
    scene.repaint()
    image = scene.grab().toImage()
    assert strongest(pixels(image, ring), under) >= 3.0
    page.view.shutdown()


def test_interactive_text_meets_contrast(
    qtbot: QtBot, scene_png: Path, scheme: str, tmp_path: Path
) -> None:
    page = shown_page(qtbot, scene_png)
    view, scene = page.view, page.view.scene
    scenes.click(scene, page.point("ball"))  # one of the two targets
    scenes.click(scene, page.point("tri"))  # a wrong one
    view.repaint()
    assert "Not that one" in view.feedback.text()
    assert text_contrast(view, view.feedback) >= 4.5  # danger
    assert text_contrast(view, view.instruction) >= 4.5  # muted
    scenes.click(scene, page.point("box"))
    view.repaint()
    assert text_contrast(view, view.feedback) >= 4.5  # success
    done = view.task_buttons["shapes"]
    assert done.finished
    image = done.grab().toImage()
    text_area = QRect(4, 3, done.width() * 2 // 3, done.height() - 6)
    fill = background(pixels(image, text_area))
    rows = [
        y
        for y in range(text_area.top(), text_area.bottom() + 1)
        if strongest(pixels(image, QRect(text_area.left(), y, text_area.width(), 1)), fill) > 1.5
    ]
    bands = [[rows[0]]]
    for y in rows[1:]:
        if y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    status = bands[-1]  # the last line of text: "Done", in the success colour
    line = QRect(text_area.left(), status[0], text_area.width(), len(status))
    assert strongest(pixels(image, line), fill) >= 4.5
    # the ✓ on its success disc, right of the text: the tick's ink against the disc
    unit = em(done)
    radius = unit * 0.45
    centre = QPoint(round(done.width() - max(6, unit // 2) - radius), done.height() // 2)
    half = max(2, round(radius * 0.7))
    disc_area = pixels(image, QRect(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
    disc = background(disc_area)
    assert contrast(disc, fill) > 1.2  # the disc is there
    assert strongest(disc_area, disc) >= 3.0
    if scheme in ("dark", "high-contrast"):
        scenes.click(view.chips["names"]["triangle"])
        scene.setFocus(Qt.FocusReason.TabFocusReason)  # the cursor on the first hotspot
        shot(view, f"interactive-{scheme}.png")
    view.shutdown()


# -- the guided problem ----------------------------------------------------------------------


def test_guided_problem_announces_and_names(
    qtbot: QtBot, announced: list[tuple[str, bool]]
) -> None:
    section = SectionRecord(1, "guided_struggle", "Read it.", title="R", section_config=RESISTOR)
    session = FakeSession(module=ModuleRecord(module_id="m", title="M", sections=(section,)))
    view = GuidedStruggleSectionView(section, session=session, timing=ViewerTiming())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    assert not unnamed(view)
    edit = view.answer_edit
    assert edit is not None
    assert_tab_cycle_complete(view, edit)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.check_button  # right after the box
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(edit, "abc")
    key(Qt.Key.Key_Return)
    said, assertive = announced[-1]
    assert assertive and said == view.problem_label.text()
    assert accessible_name(view.problem_label) == said  # the message itself, not "Problem"
    edit.clear()
    QTest.keyClicks(edit, "1000")
    key(Qt.Key.Key_Return)
    assert ("Solved ✓", True) in announced
    assert any(text.startswith(f"{view.buddy_name}: ") for text, _ in announced)
    view.shutdown()


class _Runner:
    """A ``CodeRunner`` that answers at once with the next outcome."""

    def __init__(self, *outcomes: RunOutcome) -> None:
        self.outcomes = list(outcomes)

    def unavailable(self, language: str) -> str | None:
        return None

    def run(
        self,
        *,
        language: str,
        files: dict[str, str],
        main: str,
        stdin: str,
        seconds: float,
        on_done: Callable[[RunOutcome], None],
    ) -> None:
        on_done(self.outcomes.pop(0))

    def cancel(self) -> None:
        return None


@dataclass
class _CodeSession(FakeSession):
    runner: _Runner | None = None

    def code_runner(self) -> _Runner | None:
        return self.runner

    def saved_code(self, section_number: int) -> dict[str, str] | None:
        return None

    def section_counts(self, section_number: int) -> dict[str, int]:
        return {}

    def section_events(self, section_number: int) -> list[tuple[str, dict[str, Any]]]:
        return []


def test_a_choice_problem_tabs_from_the_choices_to_check(qtbot: QtBot) -> None:
    section = SectionRecord(1, "guided_struggle", "Read it.", title="R", section_config=CHOICE)
    session = FakeSession(module=ModuleRecord(module_id="m", title="M", sections=(section,)))
    view = GuidedStruggleSectionView(section, session=session, timing=ViewerTiming())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.choices[0].setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Down)  # the arrows move within the group, Space chooses
    assert view.choices[1].hasFocus()
    key(Qt.Key.Key_Space)
    assert view.choices[1].isChecked()
    assert_tab_cycle_complete(view, view.choices[1])
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.check_button
    assert not unnamed(view)
    view.shutdown()


def test_code_exercise_runs_and_hints_are_announced(
    qtbot: QtBot, announced: list[tuple[str, bool]]
) -> None:
    config = {
        "language": "python",
        "files": [{"name": "main.py", "content": "print(41)\n"}],
        "expected_output": "42\n",
        "hints": ["Add one."],
    }
    section = SectionRecord(1, "sandbox", "Print 42.", title="P", section_config=config)
    runner = _Runner(
        RunOutcome(stdout="41\n", exit_status=0, duration_ms=5),
        RunOutcome(stdout="42\n", exit_status=0, duration_ms=6),
    )
    module = ModuleRecord(module_id="m", title="M", sections=(section,))
    view = SandboxSectionView(
        section, session=_CodeSession(module=module, runner=runner), timing=ViewerTiming()
    )
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    assert not unnamed(view)
    assert accessible_name(view.output.status) == "Not run yet"  # its text, not "Run status"
    view.run()
    assert announced[-2] == ("Running…", False)
    said, assertive = announced[-1]
    assert assertive and said.startswith("Run did not pass. Exit 0 in 5 ms")
    assert "Output does not match" in said
    view.show_hint()
    assert announced[-1] == ("Hint 1: Add one.", False)
    view.run()
    said, assertive = announced[-1]
    assert not assertive and said == "Run passed. Exit 0 in 6 ms · Output matches"
    assert accessible_name(view.output.status) == "Exit 0 in 6 ms · Output matches"
    view.shutdown()


def test_every_page_string_goes_through_translate(monkeypatch: pytest.MonkeyPatch) -> None:
    """A translator that marks what it translated: the game's level line is built only from
    translated pieces (the level's name and numbers aside)."""
    from desktop import i18n
    from desktop.viewer.sections.game import level_summary
    from sync.rules.section_config import GameConfig

    def marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
        del context, disambiguation
        return "«" + (text.replace("%n", str(n)) if n >= 0 else text) + "»"

    monkeypatch.setattr(i18n, "_impl", marked)
    level = GameConfig.model_validate(games.GAME).levels[1]
    assert level_summary(level) == "««2 challenge(s)» · ««30 s» time limit» · pass 80 %»"
