"""The colour schemes: every pair we draw is measured, the setting is checked, built widgets
follow a change of scheme, and ``system`` follows the OS."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop import theme
from tests.desktop.a11y.contrast import CONTROL_MIN, TEXT_MIN, contrast_ratio

pytestmark = pytest.mark.qt

# Text colour -> the backgrounds it is drawn on, per scheme.
TEXT_PAIRS = {
    "text": ("window", "base", "alt_base", "button"),
    "muted": ("window", "base", "alt_base", "button"),
    "danger": ("window", "base", "alt_base", "button", "problem"),
    "caution": ("window", "base", "alt_base", "button"),
    "success": ("window", "base", "alt_base", "button"),
    "link": ("window", "base", "alt_base"),
    "link_visited": ("window", "base", "alt_base"),
    "on_accent": ("accent",),
    "on_tooltip": ("tooltip",),
    "on_notice": ("notice",),
    "on_done": ("done",),
    "on_problem": ("problem",),
}
# Boundaries, focus marks and graphics -> what they sit next to.
CONTROL_PAIRS = {
    "border": ("window", "base", "alt_base", "button"),
    "focus": ("window", "base", "button"),
    "accent": ("window", "base"),  # progress fills, primary buttons
    "success": ("base",),  # a completed module's progress fill
    "tick": ("window", "base", "on_tick"),
}


@pytest.fixture
def light_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    theme.apply_theme(qapp, "light")


def _pairs(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str, str]]:
    return [(s, fg, bg) for s in theme.SCHEMES for fg, bgs in table.items() for bg in bgs]


@pytest.mark.parametrize(("scheme", "fg", "bg"), _pairs(TEXT_PAIRS))
def test_every_text_colour_reads_on_its_backgrounds(scheme: str, fg: str, bg: str) -> None:
    s = theme.SCHEMES[scheme]
    assert contrast_ratio(s.qcolor(fg), s.qcolor(bg)) >= TEXT_MIN


@pytest.mark.parametrize(("scheme", "fg", "bg"), _pairs(CONTROL_PAIRS))
def test_every_boundary_and_mark_stands_out(scheme: str, fg: str, bg: str) -> None:
    s = theme.SCHEMES[scheme]
    assert contrast_ratio(s.qcolor(fg), s.qcolor(bg)) >= CONTROL_MIN


def test_the_focus_ring_inner_line_stands_out_from_a_control_edge() -> None:
    # The ring's inner line is the window colour, drawn over the control's edge: a border,
    # or a primary button's accent fill.
    for s in theme.SCHEMES.values():
        assert contrast_ratio(s.qcolor("window"), s.qcolor("border")) >= CONTROL_MIN, s.name
        assert contrast_ratio(s.qcolor("window"), s.qcolor("accent")) >= CONTROL_MIN, s.name


def test_an_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no colour role 'shiny' in the light scheme"):
        theme.LIGHT.qcolor("shiny")
    with pytest.raises(KeyError, match="no colour role 'name'"):
        theme.LIGHT.qcolor("name")  # a field, but not a colour


def test_the_setting_comes_from_frames_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    assert theme.scheme_from_env() == "system"
    monkeypatch.setenv(theme.THEME_ENV, " High-Contrast ")
    assert theme.scheme_from_env() == "high-contrast"
    monkeypatch.setenv(theme.THEME_ENV, "sepia")
    with pytest.raises(ValueError, match=r"^FRAMES_THEME='sepia': choose one of system, light"):
        theme.scheme_from_env()


def test_apply_theme_refuses_an_unknown_scheme_and_changes_nothing(
    light_after: QApplication,
) -> None:
    theme.apply_theme(light_after, "dark")
    with pytest.raises(ValueError, match="unknown theme 'blue'"):
        theme.apply_theme(light_after, "blue")
    assert theme.current_scheme() is theme.DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_apply_theme_sets_fusion_and_the_measured_palette(
    light_after: QApplication, name: str
) -> None:
    theme.apply_theme(light_after, name)
    s = theme.SCHEMES[name]
    palette = QApplication.palette()
    style = light_after.style()
    assert isinstance(style, QProxyStyle)
    assert style.baseStyle().name().lower() == "fusion"
    assert theme.current_scheme() is s
    assert palette.color(QPalette.ColorRole.Window) == QColor(s.window)
    assert palette.color(QPalette.ColorRole.WindowText) == QColor(s.text)
    assert palette.color(QPalette.ColorRole.PlaceholderText) == QColor(s.muted)
    assert palette.color(QPalette.ColorRole.Highlight) == QColor(s.accent)
    assert theme.muted() == QColor(s.muted)  # opaque: no 50 % alpha
    assert theme.muted().alpha() == 255


def test_roles_follow_a_scheme_change(qtbot: QtBot, light_after: QApplication) -> None:
    theme.apply_theme(light_after, "light")
    top = QWidget()
    qtbot.addWidget(top)
    muted = QLabel("secondary", top)
    theme.set_role(muted, theme.muted())  # a colour of the scheme stands for its role
    named = QLabel("named", top)
    theme.set_role(named, "danger")
    fixed = QLabel("fixed", top)
    theme.set_role(fixed, QColor("#123456"))  # any other colour stays as it is
    primary = theme.make_primary(QPushButton("Go", top))
    banner = QLabel("banner", top)
    theme.set_colors(
        banner, {QPalette.ColorRole.Window: "notice", QPalette.ColorRole.WindowText: "on_notice"}
    )
    for name, s in theme.SCHEMES.items():
        theme.apply_theme(light_after, name)
        assert muted.palette().color(QPalette.ColorRole.WindowText) == QColor(s.muted)
        assert named.palette().color(QPalette.ColorRole.WindowText) == QColor(s.danger)
        assert fixed.palette().color(QPalette.ColorRole.WindowText) == QColor("#123456")
        assert primary.palette().color(QPalette.ColorRole.Button) == QColor(s.accent)
        assert primary.palette().color(QPalette.ColorRole.ButtonText) == QColor(s.on_accent)
        assert banner.palette().color(QPalette.ColorRole.Window) == QColor(s.notice)
        assert banner.palette().color(QPalette.ColorRole.WindowText) == QColor(s.on_notice)
    # A later role replaces the earlier one; clearing gives the parent's palette back.
    theme.set_role(named, "success")
    assert named.palette().color(QPalette.ColorRole.WindowText) == theme.success()
    theme.clear_colors(primary)
    theme.apply_theme(light_after, "dark")
    assert primary.palette().color(QPalette.ColorRole.Button) == QColor(theme.DARK.button)


def test_set_colors_refuses_an_unknown_role_and_keeps_the_widget(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = label.palette().color(QPalette.ColorRole.WindowText)
    with pytest.raises(KeyError, match="no colour role 'loud'"):
        theme.set_colors(label, {QPalette.ColorRole.WindowText: "loud"})
    assert label.palette().color(QPalette.ColorRole.WindowText) == before
    assert label.property("framesThemeRoles") is None


def test_system_scheme_maps_the_os_preferences() -> None:
    dark, light, unknown = Qt.ColorScheme.Dark, Qt.ColorScheme.Light, Qt.ColorScheme.Unknown
    high, none = Qt.ContrastPreference.HighContrast, Qt.ContrastPreference.NoPreference
    assert theme.system_scheme(light, none) is theme.LIGHT
    assert theme.system_scheme(unknown, none) is theme.LIGHT
    assert theme.system_scheme(dark, none) is theme.DARK
    assert theme.system_scheme(light, high) is theme.HIGH_CONTRAST
    assert theme.system_scheme(dark, high) is theme.HIGH_CONTRAST


def test_system_is_reapplied_when_the_os_scheme_changes_unless_one_was_chosen(
    light_after: QApplication,
) -> None:
    hints = QGuiApplication.styleHints()
    theme.apply_theme(light_after, "system")
    expected = theme.system_scheme()
    light_after.setPalette(QPalette(QColor("#804020")))  # someone else's palette
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the platform would
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(expected.window)

    theme.apply_theme(light_after, "dark")  # an explicit choice is kept
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert theme.current_scheme() is theme.DARK


def test_the_viewer_css_uses_the_current_scheme(light_after: QApplication) -> None:
    theme.apply_theme(light_after, "high-contrast")
    css = theme.viewer_css()
    assert f"background-color: {theme.HIGH_CONTRAST.alt_base}" in css
    assert f"color: {theme.HIGH_CONTRAST.text}" in css
    assert f"border-color: {theme.HIGH_CONTRAST.border}" in css


def test_the_focus_ring_follows_keyboard_focus(qtbot: QtBot, light_after: QApplication) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    theme.apply_theme(light_after, "light")
    top = QWidget()
    layout = QVBoxLayout(top)
    first, second = QPushButton("One"), QPushButton("Two")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow, timeout=3000)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _ring_on(top) is second, timeout=3000)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _ring_on(top) is first, timeout=3000)
    rings = [f for f in top.findChildren(theme.FocusRing) if f.widget() is not None]
    assert len(rings) == 1


def _ring_on(top: QWidget) -> QWidget | None:
    for ring in top.findChildren(theme.FocusRing):
        watched = ring.widget()
        if watched is not None and ring.isVisible():
            return watched
    return None


def test_a_widget_that_fills_its_parent_shows_the_whole_ring(
    qtbot: QtBot, light_after: QApplication
) -> None:
    """A code editor filling its tab page: a ring drawn by the page was clipped away."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout

    theme.apply_theme(light_after, "light")
    top = QWidget()
    outer = QVBoxLayout(top)
    field = QLineEdit(top)
    page = QWidget(top)
    tight = QVBoxLayout(page)
    tight.setContentsMargins(0, 0, 0, 0)
    editor = QPlainTextEdit(page)
    tight.addWidget(editor)
    outer.addWidget(field)
    outer.addWidget(page)
    qtbot.addWidget(top)
    top.resize(300, 220)
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow, timeout=3000)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _ring_on(top) is editor, timeout=3000)
    image = top.grab().toImage()
    corner = editor.mapTo(top, QPoint(0, 0))
    focus = theme.color("focus").rgb()
    box = QRect(corner, editor.size())
    # the ring's focus colour on all four sides, just inside the editor's edge
    middle_x, middle_y = box.center().x(), box.center().y()
    for x, y in (
        (middle_x, box.top()),
        (middle_x, box.bottom()),
        (box.left(), middle_y),
        (box.right(), middle_y),
    ):
        assert image.pixelColor(x, y).rgb() == focus, (x, y)
    editor.clearFocus()
    qtbot.waitUntil(lambda: _ring_on(top) is None, timeout=3000)


def test_the_app_applies_frames_theme_at_start_up(
    monkeypatch: pytest.MonkeyPatch, light_after: QApplication
) -> None:
    from desktop.app import _qapp

    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert _qapp() is light_after
    assert theme.current_scheme() is theme.DARK
    monkeypatch.setenv(theme.THEME_ENV, "neon")
    with pytest.raises(ValueError, match="FRAMES_THEME='neon'"):
        _qapp()
    assert theme.current_scheme() is theme.DARK


def test_exports_are_complete() -> None:
    public = {
        name
        for name, value in vars(theme).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == theme.__name__
        and callable(value)
    }
    assert public <= set(theme.__all__)


def test_view_colours_applies_at_once_and_the_next_start_keeps_it(
    tmp_path: Path, light_after: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import start

    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    from desktop.widgets.main_window import MainWindow

    app = start(["--data-dir", str(tmp_path)], show=False)
    try:
        window = app.window
        assert isinstance(window, MainWindow)
        assert window.colours_actions["system"].isChecked()
        window.colours_actions["dark"].trigger()  # what the menu does
        assert theme.current_scheme().name == "dark"
        assert window.colours_actions["dark"].isChecked()
        assert app.ctx is not None
        store = app.ctx.store
        deadline = 50
        while store.get_setting(theme.THEME_SETTING) != "dark" and deadline:
            light_after.processEvents()
            time.sleep(0.05)
            deadline -= 1
        assert store.get_setting(theme.THEME_SETTING) == "dark"
    finally:
        app.close()
    theme.apply_theme(light_after, "light")
    app = start(["--data-dir", str(tmp_path)], show=False)
    try:
        assert theme.current_scheme().name == "dark"  # the stored choice
        assert isinstance(app.window, MainWindow)
        assert app.window.colours_actions["dark"].isChecked()
    finally:
        app.close()
    monkeypatch.setenv(theme.THEME_ENV, "high-contrast")  # the variable wins over the menu
    app = start(["--data-dir", str(tmp_path)], show=False)
    try:
        assert theme.current_scheme().name == "high-contrast"
    finally:
        app.close()
