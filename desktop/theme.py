"""Look and feel: measured colour schemes, one accent colour, sizes in font units.

Colours: the app draws with the Fusion style and one of our own palettes (``SCHEMES``:
light, dark, high-contrast), so every colour on screen is one we chose and measured, the
same on every OS. ``apply_theme(app, "system")`` follows the OS colour scheme and its
high-contrast preference, and again whenever either changes. Every text colour is at least
4.5:1 against what it is drawn on, every control boundary and focus mark at least 3:1 (the
WCAG 2.1 AA thresholds; ``tests/desktop/test_theme.py`` checks the pairs, and
``tests/desktop/a11y/test_contrast.py`` the rendered pixels).

Widgets never hold a colour of their own: they name a role (``set_role(label, "muted")``,
``set_colors(banner, {...})``), and ``apply_theme`` gives every widget the role's colour in
the new scheme. Painting code asks ``color(name)`` (or ``muted()``, ``danger()``, ...) at
paint time.

Nothing here fixes a pixel font size: fonts are the application font scaled by a factor,
and spacing follows the font's line height, so the app stays readable and proportioned at
125-200 % display scaling and with large system fonts.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from desktop.i18n import translate

__all__ = [
    "FOCUS_RING_NAME",
    "SCHEMES",
    "THEME_ENV",
    "THEME_SETTING",
    "THEME_VALUES",
    "FocusRing",
    "Scheme",
    "accent",
    "apply_theme",
    "caution",
    "clear_colors",
    "color",
    "current_scheme",
    "danger",
    "em",
    "make_primary",
    "muted",
    "scaled_font",
    "scheme_from_env",
    "set_colors",
    "set_role",
    "success",
    "system_scheme",
    "title_label",
    "viewer_css",
]

THEME_ENV: Final = "FRAMES_THEME"
"""Environment variable choosing the scheme: one of ``THEME_VALUES`` (default ``system``)."""

THEME_VALUES: Final = ("system", "light", "dark", "high-contrast")

THEME_SETTING: Final = "desktop.theme"
"""Local store setting: the scheme chosen in *View → Colours* (``FRAMES_THEME`` wins)."""

_ROLE_PROPERTY: Final = "framesThemeRoles"  # "ColorRole=name;..." on widgets given roles
_SCHEME_PROPERTY: Final = "framesThemeScheme"  # the applied scheme's name, on the app
_FOLLOWER_NAME: Final = "framesThemeFollower"


@dataclass(frozen=True)
class Scheme:
    """One measured colour scheme. Every ``*text``/``on_*`` colour is ≥ 4.5:1 against the
    backgrounds it is drawn on (``muted``, ``danger``, ``caution``, ``success`` against
    ``window``, ``base``, ``alt_base`` and ``button``); ``border`` and ``focus`` are ≥ 3:1
    against ``window``, ``base`` and ``button``."""

    name: str
    dark: bool
    window: str
    text: str  # WindowText, Text, ButtonText
    base: str
    alt_base: str
    button: str
    muted: str  # secondary text and placeholders
    disabled: str  # disabled text (exempt from the thresholds; kept legible anyway)
    accent: str  # Highlight, primary buttons, progress
    on_accent: str  # HighlightedText, text on primary buttons
    link: str
    link_visited: str
    border: str  # control boundaries
    focus: str  # the focus ring
    danger: str
    caution: str
    success: str
    tooltip: str
    on_tooltip: str
    notice: str  # the preview banner
    on_notice: str
    done: str  # the completion banner
    on_done: str
    problem: str  # the message bar
    on_problem: str
    tick: str  # the completed-section disc
    on_tick: str

    def qcolor(self, name: str) -> QColor:
        value = getattr(self, name, None)
        if not isinstance(value, str) or not value.startswith("#"):
            raise KeyError(f"no colour role {name!r} in the {self.name} scheme")
        return QColor(value)


LIGHT: Final = Scheme(
    name="light",
    dark=False,
    window="#f4f5f7",
    text="#1c1d21",
    base="#ffffff",
    alt_base="#eceef2",
    button="#e6e8ec",
    muted="#50535b",
    disabled="#8a8d94",
    accent="#1a5394",
    on_accent="#ffffff",
    link="#1a5394",
    link_visited="#5b2f91",
    border="#6e717a",
    focus="#1a5394",
    danger="#a8201a",
    caution="#7a4a00",
    success="#1b6b35",
    tooltip="#1c1d21",
    on_tooltip="#ffffff",
    notice="#fff1c2",
    on_notice="#3d3000",
    done="#e3f2e5",
    on_done="#1b4d22",
    problem="#fbe9e8",
    on_problem="#1c1d21",
    tick="#1b6b35",
    on_tick="#ffffff",
)

DARK: Final = Scheme(
    name="dark",
    dark=True,
    window="#1f2023",
    text="#ececef",
    base="#16171a",
    alt_base="#26282c",
    button="#303238",
    muted="#b0b3ba",
    disabled="#7b7e86",
    accent="#8ab4f8",
    on_accent="#0b1a33",
    link="#8ab4f8",
    link_visited="#c9a8f5",
    border="#8d9099",
    focus="#8ab4f8",
    danger="#ff8a80",
    caution="#ffcc80",
    success="#8fdc9f",
    tooltip="#ececef",
    on_tooltip="#16171a",
    notice="#3d3000",
    on_notice="#ffe8a3",
    done="#173d20",
    on_done="#c8f0cf",
    problem="#46201e",
    on_problem="#ececef",
    tick="#8fdc9f",
    on_tick="#0d2614",
)

HIGH_CONTRAST: Final = Scheme(
    name="high-contrast",
    dark=True,
    window="#000000",
    text="#ffffff",
    base="#000000",
    alt_base="#000000",
    button="#000000",
    muted="#c8c8c8",
    disabled="#9a9a9a",
    accent="#1aebff",
    on_accent="#000000",
    link="#ffff00",
    link_visited="#ff9cff",
    border="#ffffff",
    focus="#ffff00",
    danger="#ff9090",
    caution="#ffd24d",
    success="#7dff8a",
    tooltip="#000000",
    on_tooltip="#ffffff",
    notice="#000000",
    on_notice="#ffff00",
    done="#000000",
    on_done="#7dff8a",
    problem="#000000",
    on_problem="#ffffff",
    tick="#7dff8a",
    on_tick="#000000",
)

SCHEMES: Final[Mapping[str, Scheme]] = {s.name: s for s in (LIGHT, DARK, HIGH_CONTRAST)}


def scheme_from_env() -> str:
    """``FRAMES_THEME`` if set (``ValueError`` with one line if it is not a known value)."""
    value = os.environ.get(THEME_ENV, "").strip().lower() or "system"
    if value not in THEME_VALUES:
        raise ValueError(
            translate("theme", "{variable}={value}: choose one of {choices}").format(
                variable=THEME_ENV, value=repr(value), choices=", ".join(THEME_VALUES)
            )
        )
    return value


def system_scheme(
    color_scheme: Qt.ColorScheme | None = None, contrast: Qt.ContrastPreference | None = None
) -> Scheme:
    """Our scheme for the OS's colour scheme and contrast preference (by default the ones
    Qt reports now): high-contrast wins, then dark; light when the OS does not say."""
    hints = QGuiApplication.styleHints()
    if contrast is None:
        contrast = hints.accessibility().contrastPreference()
    if color_scheme is None:
        color_scheme = hints.colorScheme()
    if contrast == Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST
    return DARK if color_scheme == Qt.ColorScheme.Dark else LIGHT


def current_scheme() -> Scheme:
    """The scheme ``apply_theme`` applied; before that, light or dark after the palette."""
    app = QApplication.instance()
    name = app.property(_SCHEME_PROPERTY) if app is not None else None
    if isinstance(name, str) and name in SCHEMES:
        return SCHEMES[name]
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def color(name: str) -> QColor:
    """The colour of the named role (a ``Scheme`` field: ``"muted"``, ``"notice"``, ...) in
    the current scheme. Ask at paint time, not once: the scheme can change."""
    return current_scheme().qcolor(name)


def viewer_css() -> str:
    """Rendered markdown's colours in the current scheme, to follow ``VIEWER_CSS`` (whose
    code blocks, table headers and borders are fixed light colours)."""
    s = current_scheme()
    return (
        f"code, pre, th, table.code td {{ background-color: {s.alt_base}; color: {s.text}; }}\n"
        f"table, th, td {{ border-color: {s.border}; }}\n"
        f"a {{ color: {s.link}; }}\n"
    )


def _palette(scheme: Scheme) -> QPalette:
    c = scheme.qcolor
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, c("window"))
        palette.setColor(group, role.WindowText, c("text"))
        palette.setColor(group, role.Base, c("base"))
        palette.setColor(group, role.AlternateBase, c("alt_base"))
        palette.setColor(group, role.Text, c("text"))
        palette.setColor(group, role.Button, c("button"))
        palette.setColor(group, role.ButtonText, c("text"))
        palette.setColor(group, role.BrightText, c("on_accent"))
        palette.setColor(group, role.Highlight, c("accent"))
        palette.setColor(group, role.HighlightedText, c("on_accent"))
        palette.setColor(group, role.Accent, c("accent"))
        palette.setColor(group, role.Link, c("link"))
        palette.setColor(group, role.LinkVisited, c("link_visited"))
        palette.setColor(group, role.PlaceholderText, c("muted"))
        palette.setColor(group, role.ToolTipBase, c("tooltip"))
        palette.setColor(group, role.ToolTipText, c("on_tooltip"))
        # Fusion's bevels and frames; the boundary a person must see is drawn by _Style.
        palette.setColor(group, role.Light, c("base").lighter(110))
        palette.setColor(group, role.Midlight, c("button").lighter(105))
        palette.setColor(group, role.Mid, c("border"))
        palette.setColor(group, role.Dark, c("border"))
        palette.setColor(group, role.Shadow, c("text"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase):
        palette.setColor(disabled, r, palette.color(QPalette.ColorGroup.Active, r))
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, r, c("disabled"))
    for r in (role.Light, role.Midlight, role.Mid, role.Dark, role.Shadow, role.Link):
        palette.setColor(disabled, r, palette.color(QPalette.ColorGroup.Active, r))
    palette.setColor(disabled, role.Highlight, c("disabled"))
    palette.setColor(disabled, role.HighlightedText, c("base"))
    palette.setColor(disabled, role.ToolTipText, c("on_tooltip"))
    return palette


class _Style(QProxyStyle):
    """Fusion, with control boundaries in the scheme's ``border`` colour (Fusion derives its
    outlines from the window colour: about 2:1, under the 3:1 a control needs) and the focus
    ring of ``FocusRing``."""

    _PANELS: Final = frozenset(
        {
            QStyle.PrimitiveElement.PE_PanelButtonCommand,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        }
    )

    def drawPrimitive(  # noqa: N802 (Qt API)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and _is_primary(option):
            # Fusion lightens and grades a button's colour (white text on the lightest part
            # of a dark accent fell under 4.5:1): a primary button is one flat, measured fill.
            fill = color("accent")
            if option.state & QStyle.StateFlag.State_Sunken:
                fill = fill.darker(112)
            painter.fillRect(option.rect, fill)
        else:
            super().drawPrimitive(element, option, painter, widget)
        if element in self._PANELS:
            _outline(painter, option.rect)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            _outline(painter, option.rect, round_=True)

    def drawComplexControl(  # noqa: N802 (Qt API)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            if getattr(option, "frame", True):
                _outline(painter, option.rect)
        elif control == QStyle.ComplexControl.CC_Slider and widget is not None:
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
            _outline(painter, handle)

    def pixelMetric(  # noqa: N802 (Qt API)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return _RING_OUTSIDE
        return super().pixelMetric(metric, option, widget)


def _is_primary(option: QStyleOption) -> bool:
    palette: QPalette = option.palette
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    return enabled and palette.color(QPalette.ColorRole.Button) == color("accent")


def _outline(painter: QPainter, rect: QRect, *, round_: bool = False) -> None:
    if rect.width() < 4 or rect.height() < 4:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(color("border"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(box)
    else:
        painter.drawRect(box)
    painter.restore()


_RING_OUTSIDE: Final = 2  # px of the ring outside the widget
_RING_INSIDE: Final = 2  # px inside: 1 of focus colour, then 1 of window colour
FOCUS_RING_NAME: Final = "frames-focus-ring"
_RING_EVENTS: Final = frozenset(
    {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}
)


class FocusRing(QWidget):
    """A ring around the widget with keyboard focus, whatever its kind (buttons, flat ones
    too, item views before an arrow key, scroll areas, text and code editors, line edits,
    checkboxes, combos, sliders): ``focus`` outside, a line of ``window`` inside, so it
    stands out ≥ 3:1 both from the window around it and from the control's own edge.

    It lives on the widget's window, above everything, and follows the widget (moves,
    resizes, scrolling, its ancestors' moves): a ring drawn by the widget's parent (Qt's
    QFocusFrame) is clipped away for a widget that fills its parent, such as a code editor
    in a tab or a text browser in a page. Transparent to the mouse."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget.window())
        self.setObjectName(FOCUS_RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._widget: QWidget | None = None
        self._watched: list[QWidget] = []
        self.setWidget(widget)

    def widget(self) -> QWidget | None:
        return self._widget

    def setWidget(self, widget: QWidget | None) -> None:  # noqa: N802 (QFocusFrame's name)
        for watched in self._watched:
            with contextlib.suppress(RuntimeError):  # already gone
                watched.removeEventFilter(self)
        self._watched = []
        self._widget = widget
        if widget is None:
            self.hide()
            return
        ancestor: QWidget | None = widget
        while ancestor is not None and not ancestor.isWindow():
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            ancestor = ancestor.parentWidget()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _RING_EVENTS:
            self.place()
        return False

    def place(self) -> None:
        """Put the ring round the part of the widget its ancestors show (or hide it)."""
        widget, window = self._widget, self.parentWidget()
        try:
            shown = widget is not None and window is not None and widget.isVisible()
        except RuntimeError:  # the widget went
            shown = False
        if not shown or widget is None or window is None:
            self.hide()
            return
        area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        ancestor = widget.parentWidget()
        while ancestor is not None and ancestor is not window:
            area &= QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size())
            ancestor = ancestor.parentWidget()
        if area.width() < 2 or area.height() < 2:
            self.hide()
            return
        margin = _RING_OUTSIDE
        self.setGeometry(area.adjusted(-margin, -margin, margin, margin) & window.rect())
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        outer = self.rect()
        ring = _RING_OUTSIDE + _RING_INSIDE - 1
        inner = outer.adjusted(ring, ring, -ring, -ring)
        focus = color("focus")
        painter.fillRect(QRect(outer.left(), outer.top(), outer.width(), ring), focus)
        painter.fillRect(QRect(outer.left(), inner.bottom() + 1, outer.width(), ring), focus)
        painter.fillRect(QRect(outer.left(), inner.top(), ring, inner.height()), focus)
        painter.fillRect(QRect(inner.right() + 1, inner.top(), ring, inner.height()), focus)
        painter.setPen(QPen(color("window"), 1))
        painter.drawRect(inner.adjusted(0, 0, -1, -1))


class _Follower(QObject):
    """Keeps the focus ring on the focus widget; re-applies the scheme when the OS's colour
    scheme or contrast preference changes (only while the setting is ``system``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_FOLLOWER_NAME)
        self.setting = "system"
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_change)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_system_change)

    def _on_system_change(self, *_args: object) -> None:
        app = QApplication.instance()
        if self.setting == "system" and isinstance(app, QApplication):
            apply_theme(app, "system")

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring
        if ring is not None:
            try:
                ring.setWidget(None)
                ring.deleteLater()
            except RuntimeError:  # its window (and it) already went
                pass
        self.ring = None
        if new is None or new.parentWidget() is None or new.isWindow():
            return
        if not new.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return
        self.ring = FocusRing(new)


def apply_theme(app: QApplication, scheme: str) -> None:
    """Draw ``app`` with Fusion and the palette of ``scheme``: ``system`` (the OS colour
    scheme and high-contrast preference, followed as they change), ``light``, ``dark`` or
    ``high-contrast``. Widgets already built follow: the palette propagates, widgets given
    roles (``set_role``, ``set_colors``, ``make_primary``) get the new scheme's colours.
    ``ValueError`` for another name."""
    if scheme not in THEME_VALUES:
        raise ValueError(f"unknown theme {scheme!r}: choose one of {', '.join(THEME_VALUES)}")
    chosen = system_scheme() if scheme == "system" else SCHEMES[scheme]
    if not isinstance(app.style(), _Style):
        base = QStyleFactory.create("Fusion")
        app.setStyle(_Style(base))
    follower = app.findChild(_Follower, _FOLLOWER_NAME)
    if follower is None:
        follower = _Follower(app)
    follower.setting = scheme
    app.setProperty(_SCHEME_PROPERTY, chosen.name)
    app.setPalette(_palette(chosen))
    widgets = app.allWidgets()
    # A style sheet (the kiosk's touch sizes) keeps the palette it was polished with: set it
    # again so the widgets under it are polished with the new one. (Before the roles: an
    # unpolish puts back the palette a widget had when it was polished.)
    if app.styleSheet():
        app.setStyleSheet(app.styleSheet())
    for widget in widgets:
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
    for widget in widgets:
        _reapply(widget)
        widget.update()


def _reapply(widget: QWidget) -> None:
    spec = widget.property(_ROLE_PROPERTY)
    if not isinstance(spec, str) or not spec:
        return
    palette = widget.palette()
    for item in spec.split(";"):
        role_name, _, name = item.partition("=")
        role = QPalette.ColorRole[role_name]
        palette.setColor(QPalette.ColorGroup.Active, role, color(name))
        palette.setColor(QPalette.ColorGroup.Inactive, role, color(name))
    widget.setPalette(palette)


def set_colors(widget: QWidget, roles: Mapping[QPalette.ColorRole, str]) -> None:
    """Give ``widget``'s palette the colours of named scheme roles, e.g.
    ``{QPalette.ColorRole.Window: "notice", QPalette.ColorRole.WindowText: "on_notice"}``;
    they change with the scheme. ``KeyError`` for a name that is no role."""
    for name in roles.values():
        current_scheme().qcolor(name)
    old = widget.property(_ROLE_PROPERTY)
    merged = dict(item.partition("=")[::2] for item in old.split(";")) if old else {}
    merged.update({role.name: name for role, name in roles.items()})
    widget.setProperty(_ROLE_PROPERTY, ";".join(f"{k}={v}" for k, v in merged.items()))
    _reapply(widget)


_PLAIN: Final = {
    "Window": "window",
    "WindowText": "text",
    "Base": "base",
    "AlternateBase": "alt_base",
    "Text": "text",
    "Button": "button",
    "ButtonText": "text",
    "Highlight": "accent",
    "HighlightedText": "on_accent",
    "PlaceholderText": "muted",
}


def clear_colors(widget: QWidget) -> None:
    """Give the palette entries that ``set_colors`` changed on ``widget`` their plain colours
    again (still following the scheme: a palette once set on a widget no longer inherits)."""
    old = widget.property(_ROLE_PROPERTY)
    if not old:
        return
    roles = [item.partition("=")[0] for item in old.split(";")]
    widget.setProperty(
        _ROLE_PROPERTY, ";".join(f"{role}={_PLAIN.get(role, 'text')}" for role in roles)
    )
    _reapply(widget)


_NAMED: Final = ("muted", "danger", "caution", "success", "accent", "text")


def set_role(label: QWidget, role: str | QColor) -> None:
    """Text of ``label`` in a named role (``"muted"``, ``"danger"``, ``"caution"``,
    ``"success"``, ...), following scheme changes. A ``QColor`` that is one of the current
    scheme's role colours (``theme.muted()``, ...) stands for that role; any other colour
    is set as it is (and does not follow)."""
    if isinstance(role, str):
        set_colors(label, {QPalette.ColorRole.WindowText: role})
        return
    scheme = current_scheme()
    for name in _NAMED:
        if scheme.qcolor(name) == role:
            set_colors(label, {QPalette.ColorRole.WindowText: name})
            return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, role)
    label.setPalette(palette)


def accent(palette: QPalette | None = None) -> QColor:
    """The one accent colour (progress, calls to action)."""
    return color("accent")


def danger(palette: QPalette | None = None) -> QColor:
    return color("danger")


def caution(palette: QPalette | None = None) -> QColor:
    return color("caution")


def success(palette: QPalette | None = None) -> QColor:
    return color("success")


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text: ≥ 4.5:1 on the window, base and button colours (the argument is
    kept for callers that pass their palette; the scheme decides)."""
    return color("muted")


def scaled_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:  # a platform that reports pixels: scale those, not fix them
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def em(widget: QWidget, factor: float = 1.0) -> int:
    """``factor`` times the widget's line height, in device-independent pixels."""
    return max(1, round(QFontMetrics(widget.font()).height() * factor))


def title_label(text: str, factor: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label.font(), factor, bold=True))
    label.setAccessibleName(text)
    return label


def make_primary(button: QPushButton) -> QPushButton:
    """The call to action: the accent colour with ``on_accent`` text (≥ 4.5:1 in every
    scheme), following scheme changes."""
    set_colors(
        button,
        {QPalette.ColorRole.Button: "accent", QPalette.ColorRole.ButtonText: "on_accent"},
    )
    button.setAutoDefault(True)
    button.setDefault(True)
    return button
