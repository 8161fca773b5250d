"""The interactive page with real widgets (offscreen): a real PNG with a few shapes, a find
task and a place task done by mouse clicks, by touch taps, by the keyboard alone and by
drag-and-drop; wrong attempts; restoring from events; resizing; a missing or broken picture,
a broken config, and a 4000×3000 picture decoded at display size.

The page is built directly (the viewer's registry lists it separately); its
``record_requested`` emissions are collected as the viewer would record them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QPainter, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.viewer import ViewerTiming
from desktop.viewer.sections import interactive as interactive_module
from desktop.viewer.sections.interactive import (
    MIN_TARGET,
    SECTION_TYPE,
    InteractiveSectionView,
    ItemChip,
    progress_line,
)
from local_store.records import ModuleRecord, SectionRecord
from sync.rules.section_config import FindTask, InteractiveConfig
from sync.rules.sections import MediaState
from tests.desktop.test_viewer import FakeSession

pytestmark = pytest.mark.qt

WIDTH, HEIGHT = 800, 500
SHAPES: dict[str, Any] = {
    "environment_type": "image",
    "hotspots": [
        {"id": "box", "label": "Red box", "text": "A **red** box.", "rect": [100, 100, 120, 80]},
        {"id": "ball", "label": "Blue ball", "circle": [450, 250, 60]},
        {"id": "tri", "label": "Green triangle", "polygon": [[600, 350], [750, 350], [700, 450]]},
        {"id": "dot", "label": "Dot", "rect": [40, 420, 10, 10]},
    ],
    "tasks": [
        {
            "kind": "find",
            "id": "shapes",
            "prompt": "Find the round and the red shapes",
            "targets": ["box", "ball"],
        },
        {
            "kind": "place",
            "id": "names",
            "prompt": "Name the shapes",
            "items": [
                {"id": "triangle", "label": "Triangle", "target": "tri"},
                {"id": "spot", "label": "Dot", "target": "dot"},
            ],
        },
    ],
}
SHAPES_CONFIG = InteractiveConfig.model_validate(SHAPES)
# Where to hit each hotspot, in image pixels (the triangle's box centre is outside it).
INSIDE = {"box": (160, 140), "ball": (450, 250), "tri": (680, 380), "dot": (45, 425)}


def draw_scene(path: Path, width: int = WIDTH, height: int = HEIGHT, fmt: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#dde6ee"))
    sx, sy = width / WIDTH, height / HEIGHT
    painter = QPainter(image)
    painter.scale(sx, sy)
    painter.setBrush(QColor("#c0392b"))
    painter.drawRect(100, 100, 120, 80)
    painter.setBrush(QColor("#2980b9"))
    painter.drawEllipse(QPointF(450, 250), 60, 60)
    painter.setBrush(QColor("#27ae60"))
    painter.drawPolygon([QPointF(600, 350), QPointF(750, 350), QPointF(700, 450)])
    painter.setBrush(QColor("#333333"))
    painter.drawRect(40, 420, 10, 10)
    painter.end()
    assert image.save(str(path), fmt)  # type: ignore[call-overload]
    return path


@dataclass
class Page:
    view: InteractiveSectionView
    session: FakeSession
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    completions: list[str] = field(default_factory=list)

    def of_type(self, event_type: str) -> list[dict[str, Any]]:
        return [data for kind, data in self.events if kind == event_type]

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def point(self, hotspot: str) -> QPoint:
        x, y = INSIDE[hotspot]
        return self.view.scene.image_to_widget(x, y).toPoint()

    def chip(self, item: str) -> ItemChip:
        return self.view.chips["names"][item]


def make_page(
    qtbot: QtBot,
    *,
    media: Path | None,
    config: Any = SHAPES,
    criteria: Any = None,
    size: tuple[int, int] = (1100, 720),
    show: bool = True,
) -> Page:
    section = SectionRecord(
        1,
        "interactive",
        "Look at the **shapes**.",
        title="Shapes",
        media_url="scene.png",
        section_config=config,
        completion_criteria=criteria,
    )
    session = FakeSession(
        module=ModuleRecord(module_id="m", title="M", sections=(section,)), media={1: media}
    )
    view = InteractiveSectionView(section, session=session, timing=ViewerTiming())
    qtbot.addWidget(view)
    page = Page(view, session)
    view.record_requested.connect(lambda kind, data: page.events.append((kind, data)))
    view.complete_requested.connect(page.completions.append)
    view.resize(*size)
    if show:
        view.show()
        qtbot.waitExposed(view)
        view.activate()
    return page


def wait_loaded(qtbot: QtBot, page: Page) -> None:
    qtbot.waitUntil(lambda: page.view.scene.image is not None, timeout=5000)
    page.view.scene.repaint()


@pytest.fixture
def scene_png(tmp_path: Path) -> Path:
    return draw_scene(tmp_path / "scene.png")


@pytest.fixture
def page(qtbot: QtBot, scene_png: Path) -> Iterator[Page]:
    page = make_page(qtbot, media=scene_png)
    wait_loaded(qtbot, page)
    yield page
    page.view.shutdown()


@pytest.fixture(scope="module")
def touchscreen(qapp: QApplication) -> QPointingDevice:
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def click(widget: QWidget, point: QPoint | None = None) -> None:
    if point is None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def touch_tap(device: QPointingDevice, widget: QWidget, point: QPoint | None = None) -> None:
    """One finger down and up at ``point`` of ``widget`` (its centre by default), through
    the window as a touchscreen delivers it."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    at = widget.mapTo(window, point if point is not None else widget.rect().center())
    sequence = QTest.touchEvent(handle, device)
    sequence.press(0, at).commit()
    sequence.release(0, at).commit()
    QApplication.processEvents()


def key(widget: QWidget | None, which: Qt.Key) -> None:
    assert widget is not None
    QTest.keyClick(widget, which)


# -- by mouse ---------------------------------------------------------------------------------


def test_every_task_by_mouse_clicks(page: Page) -> None:
    view, scene = page.view, page.view.scene
    assert view.current == "shapes"
    assert view.task_buttons["shapes"].isChecked()
    assert view.task_buttons["shapes"].status == "0 of 2 found"

    click(scene, page.point("box"))
    assert page.events == [("hotspot_click", {"hotspot": "box", "task": "shapes", "correct": True})]
    assert view.feedback.text() == "Yes — that's one."
    assert view.info_title.text() == "Red box" and "red" in view.info_text.text()
    assert view.task_buttons["shapes"].status == "1 of 2 found"
    assert scene.found == {"box"}

    click(scene, page.point("ball"))
    assert page.events[1:] == [
        ("hotspot_click", {"hotspot": "ball", "task": "shapes", "correct": True}),
        ("task_complete", {"task": "shapes"}),
    ]
    assert page.completions == ["criteria"]
    assert view.task_buttons["shapes"].finished
    assert "Task done ✓" in view.feedback.text()
    assert view.current == "names"  # on to the next task
    assert view.task_buttons["names"].isChecked()

    # The place task: pick an item, then its place.
    page.events.clear()
    click(page.chip("triangle"))
    assert view.picked == "triangle" and page.chip("triangle").isChecked()
    assert "Now tap where “Triangle” belongs" in view.instruction.text()
    click(scene, page.point("tri"))
    assert page.events == [
        (
            "object_drag",
            {
                "object": "triangle",
                "target": "tri",
                "task": "names",
                "correct": True,
                "method": "tap",
            },
        )
    ]
    assert page.chip("triangle").placed and not page.chip("triangle").isEnabled()
    assert scene.placed == {"tri": ["Triangle"]}

    # The dot is 10 image px (under 44 on screen): a click beside it still counts.
    click(page.chip("spot"))
    near = scene.image_to_widget(45, 425).toPoint() + QPoint(MIN_TARGET // 2 - 4, 0)
    click(scene, near)
    assert page.of_type("object_drag")[-1]["target"] == "dot"
    assert page.events[-1] == ("task_complete", {"task": "names"})
    assert page.completions == ["criteria", "criteria"]
    assert view.progress is not None and view.progress.all_done
    assert view.hint(False) != "Do the tasks to complete this section."
    assert view.hint(True) == "Section complete."


def test_a_wrong_tap_gives_feedback_and_records_false(page: Page) -> None:
    view = page.view
    click(view.scene, page.point("tri"))
    assert page.events == [
        ("hotspot_click", {"hotspot": "tri", "task": "shapes", "correct": False})
    ]
    assert view.feedback.text().startswith("Not that one")
    assert view.info_title.text() == "Green triangle"  # its label is shown all the same
    assert view.progress is not None and view.progress.wrong["shapes"] == 1
    assert view.task_buttons["shapes"].status == "0 of 2 found"
    # A tap on nothing is nothing.
    click(view.scene, view.scene.image_to_widget(300, 400).toPoint())
    assert len(page.events) == 1


def test_a_wrong_placement_returns_the_item(page: Page) -> None:
    view = page.view
    view.select_task("names")
    click(view.task_buttons["names"])
    chip = page.chip("triangle")
    click(chip)
    assert view.picked == "triangle"
    click(view.scene, page.point("ball"))
    assert page.events == [
        (
            "object_drag",
            {
                "object": "triangle",
                "target": "ball",
                "task": "names",
                "correct": False,
                "method": "tap",
            },
        )
    ]
    assert view.picked is None and not chip.isChecked()
    assert not chip.placed and chip.isEnabled()  # back in the list
    assert view.feedback.text() == "Not that place — “Triangle” is back in the list."
    # Tapping the picture with nothing picked shows the hotspot and says what to do.
    page.events.clear()
    click(view.scene, page.point("tri"))
    assert page.events == [("hotspot_click", {"hotspot": "tri", "task": None, "correct": None})]
    assert view.feedback.text() == "Pick an item first, then tap where it belongs."


def test_a_mouse_drag_and_drop_places_an_item(qtbot: QtBot, page: Page) -> None:
    view, scene = page.view, page.view.scene
    click(view.task_buttons["names"])
    chip = page.chip("triangle")

    def drag_to(target: QPoint) -> None:
        start = chip.rect().center()
        QTest.mousePress(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(chip, start + QPoint(12, 4))
        on_chip = chip.mapFromGlobal(scene.mapToGlobal(target))
        QTest.mouseMove(chip, on_chip)
        assert view.ghost.isVisible() and view.ghost.text() == "Triangle"
        QTest.mouseRelease(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_chip)
        assert not view.ghost.isVisible()

    drag_to(scene.image_to_widget(300, 400).toPoint())  # onto no hotspot: nothing happens
    assert page.events == [] and not chip.isChecked() and view.picked is None
    drag_to(page.point("box"))  # the wrong place: refused
    assert page.events[-1][1]["correct"] is False and not chip.placed
    drag_to(page.point("tri"))
    assert page.events[-1] == (
        "object_drag",
        {"object": "triangle", "target": "tri", "task": "names", "correct": True, "method": "drag"},
    )
    assert chip.placed and scene.drop_target is None


# -- by touch ---------------------------------------------------------------------------------


def test_every_task_by_touch(page: Page, touchscreen: QPointingDevice) -> None:
    view, scene = page.view, page.view.scene
    touch_tap(touchscreen, scene, page.point("dot"))  # not a target
    touch_tap(touchscreen, scene, page.point("box"))
    touch_tap(touchscreen, scene, page.point("ball"))
    assert page.of_type("hotspot_click") == [
        {"hotspot": "dot", "task": "shapes", "correct": False},
        {"hotspot": "box", "task": "shapes", "correct": True},
        {"hotspot": "ball", "task": "shapes", "correct": True},
    ]
    assert page.of_type("task_complete") == [{"task": "shapes"}]
    # Chips are tapped too (a tap on a button is a click).
    for item, spot in (("triangle", "tri"), ("spot", "dot")):
        touch_tap(touchscreen, page.chip(item))
        assert view.picked == item
        touch_tap(touchscreen, scene, page.point(spot))
    assert [d["method"] for d in page.of_type("object_drag")] == ["tap", "tap"]
    assert page.of_type("task_complete") == [{"task": "shapes"}, {"task": "names"}]
    assert page.completions == ["criteria", "criteria"]
    # A task button is tapped the same way.
    touch_tap(touchscreen, view.task_buttons["shapes"])
    assert view.current == "shapes"


def test_a_swipe_is_no_tap(page: Page, touchscreen: QPointingDevice) -> None:
    scene = page.view.scene
    window = scene.window()
    handle = window.windowHandle()
    assert handle is not None
    start = scene.mapTo(window, page.point("box"))
    sequence = QTest.touchEvent(handle, touchscreen)
    sequence.press(0, start).commit()
    sequence.move(0, start + QPoint(60, 0)).commit()
    sequence.release(0, start + QPoint(60, 0)).commit()
    QApplication.processEvents()
    assert page.events == []


# -- by keyboard ------------------------------------------------------------------------------


def test_every_task_by_keyboard_only(qtbot: QtBot, scene_png: Path) -> None:
    # A control before the page, to Tab from into the picture.
    holder = QWidget()
    qtbot.addWidget(holder)
    before = QPushButton("Before", holder)
    column = QVBoxLayout(holder)
    column.addWidget(before)
    section_page = make_page(qtbot, media=scene_png, show=False)
    view, scene = section_page.view, section_page.view.scene
    view.setParent(holder)
    column.addWidget(view, 1)
    holder.resize(1100, 760)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=2000)
    view.activate()
    wait_loaded(qtbot, section_page)
    order = [h.id for h in SHAPES_CONFIG.hotspots]

    before.setFocus(Qt.FocusReason.OtherFocusReason)
    key(before, Qt.Key.Key_Tab)
    assert scene.hasFocus() and scene.focused_hotspot() == order[0]  # "box"
    assert scene.accessibleName() == "Hotspot 1 of 4: Red box"
    assert "arrow keys" in scene.accessibleDescription()
    key(scene, Qt.Key.Key_Return)
    key(scene, Qt.Key.Key_Right)
    assert scene.focused_hotspot() == "ball"
    key(scene, Qt.Key.Key_Space)
    assert section_page.of_type("task_complete") == [{"task": "shapes"}]
    assert [d["hotspot"] for d in section_page.of_type("hotspot_click")] == ["box", "ball"]

    # Tab goes round the hotspots, then on out of the picture; Shift+Tab comes back to the last.
    key(scene, Qt.Key.Key_Tab)
    assert scene.focused_hotspot() == "tri"
    key(scene, Qt.Key.Key_Tab)
    assert scene.focused_hotspot() == "dot"
    key(scene, Qt.Key.Key_Tab)
    assert not scene.hasFocus()
    key(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert scene.hasFocus() and scene.focused_hotspot() == "dot"

    # On to the items: Tab until a chip has the focus, Enter picks it and goes to the picture.
    chip = section_page.chip("triangle")
    for _ in range(30):
        if chip.hasFocus():
            break
        key(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert chip.hasFocus()
    key(chip, Qt.Key.Key_Return)
    assert view.picked == "triangle" and scene.hasFocus()
    # Escape puts it back (and the focus on its chip); Enter picks it again.
    key(scene, Qt.Key.Key_Escape)
    assert view.picked is None and chip.hasFocus()
    key(chip, Qt.Key.Key_Return)
    while scene.focused_hotspot() != "tri":
        key(scene, Qt.Key.Key_Right)
    key(scene, Qt.Key.Key_Return)
    assert section_page.of_type("object_drag")[-1] == {
        "object": "triangle",
        "target": "tri",
        "task": "names",
        "correct": True,
        "method": "keyboard",
    }
    spot_chip = section_page.chip("spot")
    spot_chip.setFocus(Qt.FocusReason.TabFocusReason)
    key(spot_chip, Qt.Key.Key_Space)  # Space picks too
    assert view.picked == "spot" and scene.hasFocus()
    key(scene, Qt.Key.Key_Left)  # round the end, from "tri" back past the start
    while scene.focused_hotspot() != "dot":
        key(scene, Qt.Key.Key_Left)
    key(scene, Qt.Key.Key_Enter)
    assert section_page.of_type("task_complete") == [{"task": "shapes"}, {"task": "names"}]
    # A task is chosen with Enter on its button.
    task_button = view.task_buttons["shapes"]
    task_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(task_button, Qt.Key.Key_Return)
    assert view.current == "shapes"
    view.shutdown()


# -- restoring ---------------------------------------------------------------------------------


def test_restore_from_events_shows_tasks_done(page: Page) -> None:
    view = page.view
    view.restore(
        [
            ("hotspot_click", {"hotspot": "tri", "task": "shapes", "correct": False}),
            ("hotspot_click", {"hotspot": "box", "task": "shapes", "correct": True}),
            ("hotspot_click", {"hotspot": "ball", "task": "shapes", "correct": True}),
            ("task_complete", {"task": "shapes"}),
            (
                "object_drag",
                {"object": "triangle", "target": "tri", "task": "names", "correct": True},
            ),
            ("heartbeat", None),
        ]
    )
    assert page.events == [] and page.completions == []  # nothing new to record
    assert view.task_buttons["shapes"].finished and view.task_buttons["shapes"].status == "Done"
    assert view.task_buttons["names"].status == "1 of 2 placed"
    assert view.current == "names"
    assert page.chip("triangle").placed and not page.chip("spot").placed
    assert view.scene.found == {"box", "ball"} and view.scene.placed == {"tri": ["Triangle"]}
    # The rest goes on from there.
    click(page.chip("spot"))
    click(view.scene, page.point("dot"))
    assert page.of_type("task_complete") == [{"task": "names"}]


def test_restore_records_a_completion_the_app_missed(page: Page) -> None:
    # Both targets found, but the app stopped before task_complete was recorded.
    page.view.restore(
        [
            ("hotspot_click", {"hotspot": "box", "task": "shapes", "correct": True}),
            ("hotspot_click", {"hotspot": "ball", "task": "shapes", "correct": True}),
        ]
    )
    assert page.events == [("task_complete", {"task": "shapes"})]
    assert page.completions == ["criteria"]


# -- the picture ------------------------------------------------------------------------------


def test_resizing_keeps_hotspots_aligned(qtbot: QtBot, page: Page) -> None:
    view, scene = page.view, page.view.scene
    for size in ((1400, 900), (640, 800), (900, 560)):
        view.resize(*size)
        QApplication.processEvents()
        assert view.width() == size[0]
        scene.repaint()
        rect = scene.image_rect()
        # The picture keeps its aspect and fills the width or the height it is given.
        assert rect.width() / rect.height() == pytest.approx(WIDTH / HEIGHT, rel=1e-6)
        assert rect.width() == pytest.approx(scene.width()) or rect.height() == pytest.approx(
            scene.height()
        )
        # The pixmap drawn is the size the picture is shown at (cached per size).
        ratio = scene.devicePixelRatioF()
        wanted = (round(rect.width() * ratio), round(rect.height() * ratio))
        assert wanted in scene._pixmaps
        for spot, (x, y) in INSIDE.items():
            point = scene.image_to_widget(x, y)
            back = scene.widget_to_image(point)
            assert back == pytest.approx((x, y))
            found = scene.hotspot_at(point)
            assert found is not None and found.id == spot
    # A click still lands on the same image coordinates.
    click(scene, page.point("ball"))
    assert page.events[-1][1]["hotspot"] == "ball"
    assert view.box.direction() == view.box.Direction.LeftToRight
    view.resize(520, 800)  # narrow: the panel goes below the picture
    QApplication.processEvents()
    assert view.box.direction() == view.box.Direction.TopToBottom


def test_a_missing_picture_shows_the_media_message(
    qtbot: QtBot, tmp_path: Path, scene_png: Path
) -> None:
    page = make_page(qtbot, media=None)
    view = page.view
    assert view.card.isVisible() and not view.scene.isVisible()
    assert view.card.heading() == "Picture not available yet"
    assert view.card.text() == page.session.message
    assert view.state().media == MediaState.WAITING
    # The download finishes: the poll finds the file.
    page.session.media[1] = scene_png
    with qtbot.waitSignal(view.state_changed, timeout=5000):
        view.refresh_media()
    qtbot.waitUntil(lambda: view.scene.image is not None, timeout=5000)
    assert not view.card.isVisible() and view.scene.isVisible()
    assert view.state().media == MediaState.SHOWN
    view.shutdown()


def test_a_broken_picture_shows_a_card(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "scene.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nthis is not a picture")
    page = make_page(qtbot, media=broken)
    view = page.view
    qtbot.waitUntil(lambda: view.image_error is not None, timeout=5000)
    assert view.card.isVisible() and not view.scene.isVisible()
    assert view.card.heading() == "This picture could not be opened"
    assert view.state().media == MediaState.BROKEN
    view.shutdown()


@pytest.mark.parametrize(
    ("config", "reason"),
    [
        ({"environment_type": "image", "hotspots": []}, "hotspots"),
        ({"environment_type": "vr-room", "hotspots": SHAPES["hotspots"]}, "vr-room"),
        (
            {
                "environment_type": "image",
                "hotspots": SHAPES["hotspots"],
                "tasks": [{"kind": "find", "id": "t", "prompt": "P", "targets": ["nope"]}],
            },
            "nope",
        ),
        (None, "an interactive section needs a config"),
    ],
)
def test_a_broken_config_shows_a_card(qtbot: QtBot, config: Any, reason: str) -> None:
    page = make_page(qtbot, media=None, config=config)
    view = page.view
    assert view.config is None and view.progress is None
    assert view.card.isVisible()
    assert view.card.heading() == "This scene could not be shown"
    assert reason in view.card.text()
    assert view.hint(False) == "This scene cannot be shown; tell the module's author."
    view.restore([("task_complete", {"task": "t"})])  # nothing to restore into
    assert page.events == []


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_big_picture_is_decoded_at_display_size(qtbot: QtBot, tmp_path: Path, fmt: str) -> None:
    big = draw_scene(tmp_path / f"big.{fmt.lower()}", 4000, 3000, fmt)
    config = {
        "environment_type": "image",
        "hotspots": [{"id": "ball", "label": "Ball", "circle": [2250, 1500, 360]}],
        "tasks": [{"kind": "find", "id": "find", "prompt": "Find the ball", "targets": ["ball"]}],
    }
    page = make_page(qtbot, media=big, config=config, show=False)
    view, scene = page.view, page.view.scene
    view.show()
    qtbot.waitExposed(view)
    start = time.perf_counter()
    with qtbot.waitSignal(scene.painted, timeout=5000):
        view.activate()
    elapsed = time.perf_counter() - start
    assert scene.image is not None
    assert (scene.natural.width(), scene.natural.height()) == (4000, 3000)
    ratio = scene.devicePixelRatioF()
    assert scene.image.width() <= scene.width() * ratio + 1
    assert scene.image.height() <= scene.height() * ratio + 1
    assert elapsed < 2.0  # benchmarks/interactive_open.py measures it properly (< 150 ms)
    click(scene, scene.image_to_widget(2250, 1500).toPoint())
    assert page.of_type("task_complete") == [{"task": "find"}]
    # A bigger window: the picture is decoded again with the detail it now needs.
    small = scene.image.width()
    view.resize(1700, 1100)
    qtbot.waitUntil(lambda: scene.image is not None and scene.image.width() > small, timeout=5000)
    assert scene.image.width() <= scene.width() * ratio + 1
    view.shutdown()


# -- the rest -----------------------------------------------------------------------------------


def test_buttons_are_big_enough_to_tap(page: Page) -> None:
    view = page.view
    for button in view.task_buttons.values():
        assert button.height() >= MIN_TARGET
    click(view.task_buttons["names"])
    for chip in view.chips["names"].values():
        assert chip.height() >= MIN_TARGET


def test_a_long_task_prompt_wraps_and_its_button_grows(qtbot: QtBot, scene_png: Path) -> None:
    long_prompt = "Find the round shape and then the red one, looking carefully at every corner"
    config = {
        **SHAPES,
        "tasks": [{**SHAPES["tasks"][0], "prompt": long_prompt}, SHAPES["tasks"][1]],
    }
    page = make_page(qtbot, media=scene_png, config=config, size=(900, 600))
    QApplication.processEvents()
    button = page.view.task_buttons["shapes"]
    assert button.height() >= button.heightForWidth(button.width()) > MIN_TARGET
    assert button.height() > page.view.task_buttons["names"].height()
    page.view.shutdown()


def test_hints(qtbot: QtBot, page: Page, scene_png: Path) -> None:
    assert page.view.hint(False) == "Do the tasks to complete this section."
    assert page.view.hint(True) == "Section complete."
    own = make_page(qtbot, media=scene_png, criteria={"type": "time", "value": 60}, show=False).view
    own.set_needs(("38 s more on this page",))
    assert own.hint(False) == "Still needed: 38 s more on this page"
    no_tasks = {**SHAPES, "tasks": []}
    explore = make_page(qtbot, media=scene_png, config=no_tasks, show=False).view
    assert explore.hint(False).startswith("Explore the picture")


def test_a_picture_without_tasks_is_explored(qtbot: QtBot, scene_png: Path) -> None:
    page = make_page(qtbot, media=scene_png, config={**SHAPES, "tasks": []})
    wait_loaded(qtbot, page)
    click(page.view.scene, page.point("box"))
    assert page.events == [("hotspot_click", {"hotspot": "box", "task": None, "correct": None})]
    assert page.view.info_title.text() == "Red box"
    assert not page.view.task_buttons
    page.view.shutdown()


def test_the_alt_text_describes_the_picture_and_the_cursor_still_names_it(
    qtbot: QtBot, scene_png: Path
) -> None:
    alt = "A red box, a blue ball, a green triangle and a dot on grey."
    page = make_page(qtbot, media=scene_png, config={**SHAPES, "alt": alt})
    wait_loaded(qtbot, page)
    scene = page.view.scene
    description = scene.accessibleDescription()
    assert description.startswith(alt + "\n") and "arrow keys" in description
    scene.setFocus(Qt.FocusReason.TabFocusReason)
    scene.focus_hotspot(1)
    assert scene.accessibleName() == "Hotspot 2 of 4: Blue ball"
    assert scene.accessibleDescription().startswith(alt + "\n")
    page.view.shutdown()
    without = make_page(qtbot, media=scene_png)
    assert without.view.scene.accessibleDescription().startswith("Picture: Shapes: 4 hotspots")
    without.view.shutdown()


def test_section_type_and_progress_line() -> None:
    assert SECTION_TYPE.name == "interactive"
    assert SECTION_TYPE.label == "Interactive scene"
    assert SECTION_TYPE.make_view is InteractiveSectionView
    assert SECTION_TYPE.records == {"hotspot_click", "object_drag", "task_complete"}
    task = FindTask(kind="find", id="t", prompt="P", targets=["a", "b"])
    assert progress_line(task, 1, 2, False) == "1 of 2 found"
    assert progress_line(task, 2, 2, True) == "Done"


def test_all_is_exported() -> None:
    public = {
        name
        for name, value in vars(interactive_module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == interactive_module.__name__
    }
    assert public <= set(interactive_module.__all__)
    assert all(hasattr(interactive_module, name) for name in interactive_module.__all__)
