"""Contrast on rendered pixels: the measurement itself, then real screens in every scheme.

The measurement must fail on a deliberately bad label and button; the screens (main window
with the module list, sign-in, a viewer page, kiosk pages) must pass in light, dark and
high-contrast, and at 200 % text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import theme
from desktop.ops.modules import ModuleGroup
from tests.desktop._builders import TODAY, seed_student
from tests.desktop.a11y.contrast import (
    contrast_failures,
    contrast_ratio,
    focus_failures,
    measure_text,
)
from tests.desktop.test_viewer import close_viewer, demo_session, open_viewer

pytestmark = pytest.mark.qt

SCHEMES = ("light", "dark", "high-contrast")


@pytest.fixture(params=SCHEMES)
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    name: str = request.param
    theme.apply_theme(qapp, name)
    yield name
    theme.apply_theme(qapp, "light")


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[None]:
    """The application font at twice its size (200 % text)."""
    old = QFont(qapp.font())
    qapp.setFont(theme.scaled_font(old, 2.0))
    yield
    qapp.setFont(old)


def _clean(failures: list[str], where: str = "") -> None:
    assert not failures, "\n".join([where, *failures])


# -- the measurement ---------------------------------------------------------------------


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("white"), QColor("#767676")) == contrast_ratio(
        QColor("#767676"), QColor("white")
    )
    assert contrast_ratio(QColor("#123456"), QColor("#123456")) == 1.0


def _panel(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    top = QWidget()
    layout = QVBoxLayout(top)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(top)
    top.resize(360, 60 * len(widgets))
    top.show()
    qtbot.waitExposed(top)
    return top


def _coloured(widget: QWidget, role: QPalette.ColorRole, colour: str) -> QWidget:
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)
    return widget


def test_a_pale_label_and_a_pale_button_fail_and_name_themselves(
    qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply_theme(qapp, "light")
    pale = _coloured(QLabel("Hardly readable"), QPalette.ColorRole.WindowText, "#a0a0a0")
    pale.setObjectName("pale")
    button = QPushButton("Pale call to action")
    _coloured(button, QPalette.ColorRole.ButtonText, "#ffffff")
    _coloured(button, QPalette.ColorRole.Button, "#8fb8e8")
    good = QLabel("Plain text")
    top = _panel(qtbot, pale, button, good)
    failures = contrast_failures(top)
    assert len(failures) == 2, failures
    label_line, button_line = sorted(failures)
    assert label_line.startswith("QLabel 'pale' 'Hardly readable': text #a")
    assert "needs 4.5:1" in label_line
    ratio = float(label_line.split(" is ")[1].split(":")[0])
    assert 2.0 < ratio < 2.8  # #a0a0a0 on #f4f5f7 is 2.4:1 (anti-aliasing only lowers it)
    assert button_line.startswith("QPushButton 'Pale call to action': text #f")


def test_text_in_the_background_colour_is_reported_not_skipped(
    qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply_theme(qapp, "light")
    ghost = _coloured(QLabel("Ghost"), QPalette.ColorRole.WindowText, theme.LIGHT.window)
    top = _panel(qtbot, ghost)
    failures = contrast_failures(top)
    assert failures == [
        "QLabel 'Ghost': text not visible (nothing differs from its "
        "background by 1.1:1), needs 4.5:1"
    ]


def test_a_label_between_3_and_4_5_passes_only_when_large(qtbot: QtBot) -> None:
    small = _coloured(QLabel("Grey small text"), QPalette.ColorRole.WindowText, "#7a7a7a")
    large = _coloured(QLabel("Grey large text"), QPalette.ColorRole.WindowText, "#7a7a7a")
    font = large.font()
    font.setPointSizeF(20)
    large.setFont(font)
    top = _panel(qtbot, small, large)
    failures = contrast_failures(top)
    assert len(failures) == 1 and failures[0].startswith("QLabel 'Grey small text'"), failures


def test_measure_text_ignores_a_plain_background_and_finds_the_ink(qtbot: QtBot) -> None:
    label = _coloured(QLabel("Ink"), QPalette.ColorRole.WindowText, "#202020")
    empty = QLabel("")
    top = _panel(qtbot, label, empty)
    from tests.desktop.a11y.contrast import _crop, _grab, _in_top

    pixels = _grab(top)
    assert measure_text(_crop(pixels, _in_top(empty, top, empty.rect(), 1.0))) is None
    measured = measure_text(_crop(pixels, _in_top(label, top, label.rect(), 1.0)))
    assert measured is not None
    ink = measured.text
    assert max(abs(ink.red() - 0x20), abs(ink.green() - 0x20), abs(ink.blue() - 0x20)) <= 8
    assert measured.ratio > 12


def test_a_control_without_a_visible_boundary_fails(qtbot: QtBot, qapp: QApplication) -> None:
    theme.apply_theme(qapp, "light")
    edit = QLineEdit("typed")
    edit.setObjectName("faint")
    edit.setStyleSheet("QLineEdit { border: 1px solid #e4e5e8; background: #f4f5f7; }")
    top = _panel(qtbot, edit)
    failures = contrast_failures(top)
    assert any(f.startswith("QLineEdit 'faint'") and "boundary" in f for f in failures), failures


def test_a_widget_whose_focus_shows_nothing_fails(qtbot: QtBot, qapp: QApplication) -> None:
    theme.apply_theme(qapp, "light")
    hidden_focus = QCheckBox("No ring")
    hidden_focus.setObjectName("quiet")
    hidden_focus.setStyleSheet("QCheckBox { outline: none; }")
    top = _panel(qtbot, hidden_focus)
    follower = qapp.findChild(QObject, "framesThemeFollower")
    assert follower is not None
    # Without the theme's ring the style's faint focus rectangle is all there is.
    qapp.focusChanged.disconnect(follower._on_focus)  # type: ignore[attr-defined]
    try:
        failures = focus_failures(top)
    finally:
        qapp.focusChanged.connect(follower._on_focus)  # type: ignore[attr-defined]
    assert failures and failures[0].startswith("QCheckBox 'quiet'"), failures


# -- the theme's widgets -----------------------------------------------------------------


def _every_kind(qtbot: QtBot) -> QWidget:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QComboBox,
        QListWidget,
        QRadioButton,
        QScrollArea,
        QSlider,
        QSpinBox,
        QTreeWidget,
        QTreeWidgetItem,
    )

    muted = QLabel("Secondary words")
    theme.set_role(muted, "muted")
    danger = QLabel("Something went wrong")
    theme.set_role(danger, theme.danger())
    primary = theme.make_primary(QPushButton("Primary"))
    flat = QPushButton("Flat")
    flat.setFlat(True)
    edit = QLineEdit()
    edit.setPlaceholderText("Placeholder words")
    combo = QComboBox()
    combo.addItems(["One", "Two"])
    slider = QSlider(Qt.Orientation.Horizontal)
    listing = QListWidget()
    listing.addItems(["First", "Second"])
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.addTopLevelItem(QTreeWidgetItem(["Branch"]))
    tree.setMaximumHeight(60)
    listing.setMaximumHeight(60)
    area = QScrollArea()
    area.setWidget(QLabel("Inside a scroll area"))
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    top = _panel(
        qtbot,
        muted,
        danger,
        primary,
        QPushButton("Normal"),
        flat,
        edit,
        QCheckBox("Tick me"),
        combo,
        QRadioButton("Choose me"),
        QSpinBox(),
        slider,
        listing,
        tree,
        area,
    )
    top.resize(420, 820)
    return top


def test_every_widget_kind_passes_and_shows_focus_in_every_scheme(
    qtbot: QtBot, scheme: str
) -> None:
    top = _every_kind(qtbot)
    _clean(contrast_failures(top))
    _clean(focus_failures(top))


def test_built_widgets_follow_a_scheme_change(qtbot: QtBot, qapp: QApplication) -> None:
    theme.apply_theme(qapp, "light")
    top = _every_kind(qtbot)
    muted = top.findChildren(QLabel)[0]
    primary = next(b for b in top.findChildren(QPushButton) if b.text() == "Primary")
    for name in SCHEMES:
        theme.apply_theme(qapp, name)
        scheme = theme.SCHEMES[name]
        assert muted.palette().color(QPalette.ColorRole.WindowText).name() == scheme.muted
        assert primary.palette().color(QPalette.ColorRole.Button).name() == scheme.accent
        _clean(contrast_failures(top), name)
    theme.apply_theme(qapp, "light")


# -- real screens --------------------------------------------------------------------------


def _check(top: QWidget, qtbot: QtBot) -> None:
    top.show()
    qtbot.waitExposed(top)
    _clean(contrast_failures(top))


def test_sign_in(main_window: Any, qtbot: QtBot, scheme: str) -> None:
    main_window.start()
    main_window.resize(1000, 700)
    assert main_window.pages.currentWidget() is main_window.sign_in_page
    _check(main_window, qtbot)


def _module_list(main_window: Any, qtbot: QtBot) -> Any:
    seed_student(main_window.ctx.store)
    main_window.start()
    main_window.resize(1000, 760)
    main_window.show()
    qtbot.waitExposed(main_window)
    home = main_window.home
    model = home.model
    rows = model.module_rows()
    # A card of every kind: in progress and overdue, locked and due soon, completed.
    shown = (
        replace(rows[0], status="in_progress", progress_percent=40, due="overdue"),
        replace(rows[1], due="soon", needs="Video needs a codec this computer lacks"),
        replace(rows[2], status="completed", progress_percent=100),
    )
    model.set_groups([ModuleGroup("required", "Required", shown)], today=TODAY, staff=False)
    return home


def test_main_window_with_the_module_list(main_window: Any, qtbot: QtBot, scheme: str) -> None:
    home = _module_list(main_window, qtbot)
    _check(main_window, qtbot)
    home.view.setFocus()
    _clean(focus_failures(main_window))


def test_main_window_at_200_percent_text(
    big_text: None, main_window: Any, qtbot: QtBot, scheme: str
) -> None:
    _module_list(main_window, qtbot)
    main_window.resize(1400, 1000)
    main_window.show()
    qtbot.waitExposed(main_window)
    _check(main_window, qtbot)


def test_a_viewer_page(qtbot: QtBot, scheme: str) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    try:
        for number in (1, 5):
            viewer.show_section(number)
            _clean(contrast_failures(viewer), f"section {number}")
    finally:
        close_viewer(viewer)


def test_a_viewer_page_at_200_percent_text(qtbot: QtBot, big_text: None, scheme: str) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    try:
        viewer.show_section(5)
        _clean(contrast_failures(viewer))
    finally:
        close_viewer(viewer)


def test_kiosk_pages(app_ctx: Any, qtbot: QtBot, scheme: str) -> None:
    from desktop.kiosk.window import KioskWindow

    window = KioskWindow(app_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    try:
        window.start()
        _check(window, qtbot)  # not enrolled yet: the enrolment page
        window.countdown.show_seconds(20)
        window.countdown.show()
        window.countdown.raise_()
        _clean(contrast_failures(window))
    finally:
        window.allow_close()
        window.shutdown()


def test_a_kiosk_built_in_one_scheme_follows_a_change_at_run_time(
    app_ctx: Any, qtbot: QtBot, qapp: QApplication
) -> None:
    """The kiosk's style sheet kept the palette it was polished with; roles set under it
    were put back by the next polish."""
    from desktop.kiosk.window import KioskWindow

    theme.apply_theme(qapp, "light")
    window = KioskWindow(app_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    try:
        window.start()
        window.show()
        qtbot.waitExposed(window)
        for name in ("dark", "high-contrast", "light"):
            theme.apply_theme(qapp, name)
            _clean(contrast_failures(window), name)
    finally:
        window.allow_close()
        window.shutdown()
