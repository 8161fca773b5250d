"""Help → Keyboard shortcuts (F1) lists every key the window has, read from the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.viewer import ModuleViewer

from .screens import ScreenEnv, build_screen

pytestmark = [pytest.mark.qt, pytest.mark.no_qt_log]


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _open_help(env: ScreenEnv, window: object) -> object:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_F1)
    env.qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None)
    dialog = window.shortcuts_dialog  # type: ignore[attr-defined]
    env.qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_f1_lists_every_menu_shortcut_and_the_viewer_keys(screen_env: ScreenEnv) -> None:
    screen = build_screen("my-modules", screen_env)
    window = screen.window
    dialog = _open_help(screen_env, window)
    rows = dialog.texts()  # type: ignore[attr-defined]
    keys = {k for k, _what, _where in rows}
    by_action = {what: k for k, what, _where in rows}
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.isVisible():
            text = action.text().replace("&", "").rstrip("…")
            assert text in by_action, text
            for sequence in action.shortcuts():
                assert _native(sequence) in by_action[text], text
    assert _native(QKeySequence(Qt.Key.Key_F1)) in keys
    assert _native(QKeySequence(Qt.Key.Key_F5)) in " ".join(keys)  # Sync now
    for sequence, what, _slot in ModuleViewer.shortcut_list():  # no module open yet
        assert (_native(sequence), what) in {(k, w) for k, w, _where in rows}
    assert any(w == "Search the modules" for _k, w, _where in rows)
    dialog.reject()  # type: ignore[attr-defined]


def test_the_list_follows_the_window_it_cannot_go_stale(screen_env: ScreenEnv) -> None:
    screen = build_screen("viewer-text", screen_env)
    window = screen.window
    extra = QShortcut(QKeySequence("Ctrl+Shift+9"), window.viewer)
    extra.setWhatsThis("A key added later")
    dialog = _open_help(screen_env, window)
    rows = dialog.texts()  # type: ignore[attr-defined]
    assert (_native(QKeySequence("Ctrl+Shift+9")), "A key added later", "In a module") in rows
    # the open viewer's own shortcuts, each once
    alt_left = _native(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
    assert [r for r in rows if r[0] == alt_left] == [(alt_left, "Previous section", "In a module")]
    screen_env.qtbot.waitUntil(dialog.table.hasFocus)  # type: ignore[attr-defined]
    dialog.reject()  # type: ignore[attr-defined]
