"""Keyboard on every screen: one forward Tab cycle visits every enabled, visible control
exactly once (and nothing outside the screen), Shift+Tab walks the same cycle backwards,
and every stop can show a focus mark (it takes focus by Tab, it is shown and has a size)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from .screens import (
    SCREEN_NAMES,
    VARIANTS,
    Screen,
    ScreenEnv,
    build_screen,
    describe,
    tab_cycle,
    tab_stops,
)

pytestmark = [pytest.mark.qt, pytest.mark.no_qt_log]


def _names(widgets: list[QWidget]) -> list[str]:
    return [describe(w) for w in widgets]


def _check_cycle(screen: Screen) -> None:
    expected = tab_stops(screen)
    assert expected, f"{screen.name}: no Tab stops at all"
    focus = QApplication.focusWidget()
    assert focus is not None and focus in expected, (
        f"{screen.name}: the screen opens with focus on {describe(focus)}, not on a Tab stop"
    )
    forward = tab_cycle(screen)
    # Buttons of an exclusive group are one stop, the checked one (Qt takes Tab from the
    # others once focus has been in the group): count the stops again after one cycle.
    expected = tab_stops(screen)
    assert len(forward) < 300, (
        f"{screen.name}: Tab never comes back to {describe(focus)}; it loops through "
        f"{_names(forward[-8:])}"
    )
    outside = [w for w in forward if w not in expected]
    assert not outside, f"{screen.name}: Tab leaves the screen for {_names(outside)}"
    twice = {describe(w) for w in forward if forward.count(w) > 1}
    assert not twice, f"{screen.name}: Tab visits these more than once: {sorted(twice)}"
    missed = [w for w in expected if w not in forward]
    assert not missed, f"{screen.name}: Tab never reaches {_names(missed)}"
    backward = tab_cycle(screen, backward=True)
    assert backward[1:] == list(reversed(forward[1:])), (
        f"{screen.name}: Shift+Tab is not Tab backwards:\n"
        f"  forward  {_names(forward)}\n  backward {_names(backward)}"
    )


@pytest.mark.parametrize("variant", ["default", "text-200"])
@pytest.mark.parametrize("name", SCREEN_NAMES)
def test_tab_visits_every_control_once_and_shift_tab_reverses(
    screen_env: ScreenEnv, name: str, variant: str
) -> None:
    screen = build_screen(name, screen_env, VARIANTS[variant])
    _check_cycle(screen)


_RING = 4  # pixels round a stop where its focus mark may be drawn


def _focus_mark_missing(screen: Screen) -> list[str]:
    """The stops whose pixels do not change when Tab brings focus to them.

    Each stop is grabbed while another one has focus, then again once Tab has moved focus
    to it (the way a keyboard user sees it: styles draw focus marks after a Tab press)."""
    stops = tab_stops(screen)
    start = QApplication.focusWidget()
    assert start is not None
    missing = [
        f"{describe(w)} (hidden or without a size)"
        for w in stops
        if not (w.isVisible() and w.width() > 1 and w.height() > 1)
    ]
    window: QWidget = screen.window

    def around(widget: QWidget) -> QImage:
        # the widget and a few pixels round it: the theme's focus ring is drawn just outside
        top_left = widget.mapTo(window, QPoint(0, 0))
        area = QRect(top_left, widget.size()).adjusted(-_RING, -_RING, _RING, _RING)
        return window.grab(area.intersected(window.rect())).toImage()

    unfocused = {id(w): around(w) for w in stops if w is not start}
    seen: set[int] = set()
    for _ in range(len(stops) + 1):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if widget is None or id(widget) in seen:
            break
        seen.add(id(widget))
        if widget is start:
            continue
        if id(widget) in unfocused and around(widget) == unfocused[id(widget)]:
            missing.append(describe(widget))
    return missing


@pytest.mark.parametrize("name", SCREEN_NAMES)
def test_every_tab_stop_shows_a_focus_mark(screen_env: ScreenEnv, name: str) -> None:
    """Focus by keyboard changes the stop's pixels (a frame, a highlight, a caret)."""
    screen = build_screen(name, screen_env)
    missing = _focus_mark_missing(screen)
    assert not missing, f"{name}: no focus mark on {missing}"


def test_the_viewer_tab_order_reads_like_the_page(screen_env: ScreenEnv) -> None:
    """Back, section list, the page's own controls, Previous, Next, then the status line's
    Sync now and round to the back button (it used to loop between the page and Next)."""
    screen = build_screen("viewer-checklist", screen_env)
    viewer = screen.window.viewer
    page = viewer.stack.currentWidget()
    viewer.back_button.setFocus()
    forward = tab_cycle(screen)
    boxes = list(page.boxes.values())
    sync_now = screen.window.status_area.sync_button
    assert forward[:2] == [viewer.back_button, viewer.section_list]
    assert forward[2 : 2 + len(boxes)] == boxes
    assert forward[2 + len(boxes) :] == [viewer.prev_button, viewer.next_button, sync_now]
    viewer.show_section(1)  # another page: the chain follows it
    text = viewer.stack.currentWidget()
    viewer.back_button.setFocus()
    forward = tab_cycle(screen)
    assert forward[:2] == [viewer.back_button, viewer.section_list]
    assert all(text.isAncestorOf(w) for w in forward[2:-2])
    assert forward[-2:] == [viewer.next_button, sync_now]  # (Previous is disabled)


def test_the_flat_items_not_synced_button_shows_a_focus_mark(screen_env: ScreenEnv) -> None:
    from desktop.ops.status import StatusText

    screen = build_screen("my-modules", screen_env)
    area = screen.window.status_area
    area.set_text(
        StatusText(
            headline="Online",
            tone="ok",
            last_sync="Last synced just now",
            pending="Nothing waiting",
            rejected="2 items not synced",
        )
    )
    QApplication.processEvents()
    assert area.rejected.isVisible() and area.rejected.isFlat()
    assert area.rejected in tab_stops(screen)
    assert _focus_mark_missing(screen) == []
