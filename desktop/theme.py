"""Look and feel: the system palette and fonts, one accent colour, sizes in font units.

Nothing here fixes a pixel font size: fonts are the application font scaled by a factor,
and spacing follows the font's line height, so the app stays readable and proportioned at
125-200 % display scaling and with large system fonts.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

__all__ = [
    "accent",
    "caution",
    "danger",
    "em",
    "make_primary",
    "muted",
    "scaled_font",
    "set_role",
    "success",
    "title_label",
]

# Readable on light and dark system palettes alike (checked against both).
_DANGER: Final = ("#b3261e", "#ff8a80")
_CAUTION: Final = ("#8a5300", "#ffcc80")
_SUCCESS: Final = ("#1e7a3c", "#8fdc9f")


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(palette: QPalette, pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if _dark(palette) else pair[0])


def accent(palette: QPalette | None = None) -> QColor:
    """The one accent colour (progress, calls to action): the system's highlight colour."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Highlight)


def danger(palette: QPalette | None = None) -> QColor:
    return _pick(palette or QApplication.palette(), _DANGER)


def caution(palette: QPalette | None = None) -> QColor:
    return _pick(palette or QApplication.palette(), _CAUTION)


def success(palette: QPalette | None = None) -> QColor:
    return _pick(palette or QApplication.palette(), _SUCCESS)


def muted(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText)


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


def set_role(label: QLabel, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


def make_primary(button: QPushButton) -> QPushButton:
    """The call to action: accent background through the palette, so the style stays native."""
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.Button, accent())
    palette.setColor(
        QPalette.ColorRole.ButtonText,
        QApplication.palette().color(QPalette.ColorRole.HighlightedText),
    )
    button.setPalette(palette)
    button.setAutoDefault(True)
    button.setDefault(True)
    return button
