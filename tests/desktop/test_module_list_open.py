"""One click (or tap) on a module card opens it; Enter, Return and Space open the selected
one. The kiosk shows the same list (``KioskWindow`` is a ``MainWindow``)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.kiosk.window import KioskWindow
from desktop.widgets.main_window import MainWindow
from tests.desktop._builders import seed_student

pytestmark = pytest.mark.qt


def _shown(main_window: Any, qtbot: Any) -> Any:
    seed_student(main_window.ctx.store)
    main_window.start()
    main_window.show()
    qtbot.waitExposed(main_window)
    home = main_window.home
    assert main_window.pages.currentWidget() is home
    return home


def _center(home: Any, slug: str) -> QPoint:
    index = home.model.index_of(slug)
    home.view.scrollTo(index)
    rect = home.view.visualRect(index)
    assert rect.isValid()
    center: QPoint = rect.center()
    return center


def test_one_click_opens_a_module(main_window: Any, qtbot: Any) -> None:
    home = _shown(main_window, qtbot)
    opened: list[str] = []
    home.open_requested.connect(opened.append)
    qtbot.mouseClick(
        home.view.viewport(), Qt.MouseButton.LeftButton, pos=_center(home, "lab-safety-101")
    )
    assert opened == ["lab-safety-101"]
    assert main_window.viewer is not None
    assert main_window.pages.currentWidget().objectName() == "viewer-page"


def test_a_click_on_a_locked_module_says_why_and_opens_nothing(
    main_window: Any, qtbot: Any
) -> None:
    home = _shown(main_window, qtbot)
    qtbot.mouseClick(
        home.view.viewport(), Qt.MouseButton.LeftButton, pos=_center(home, "soldering")
    )
    assert main_window.viewer is None
    assert "locked" in home.notice.text()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_the_keyboard_opens_the_selected_module(main_window: Any, qtbot: Any, key: Any) -> None:
    home = _shown(main_window, qtbot)
    opened: list[str] = []
    home.open_requested.connect(opened.append)
    home.view.setFocus()
    home.view.setCurrentIndex(home.model.index_of("welcome"))
    qtbot.keyClick(home.view, key)
    assert opened == ["welcome"]


def test_the_kiosk_shows_the_same_list() -> None:
    assert issubclass(KioskWindow, MainWindow)
