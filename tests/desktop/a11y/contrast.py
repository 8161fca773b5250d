"""Contrast measured on rendered pixels (WCAG 2.1: 1.4.3 text, 1.4.11 controls, 2.4.7 focus).

``contrast_failures(top)`` renders ``top`` once and, for every visible text-bearing widget
(labels, rich text too; buttons, check boxes, radio buttons; line edits; combo boxes; group
box titles; item views' visible rows; text views), measures the text against what it is
drawn on, one line of text at a time: the background is the commonest colour of the line,
the text the commonest colour among the pixels that differ most from it (anti-aliased edges
are many colours with few pixels each, so they never win). Controls (buttons with a frame,
line edits, combo and spin boxes, check box and radio indicators) are measured at their
boundary: the colour the band just inside the control's edge shows for at least a quarter
of its pixels, against the colour just outside. ``focus_failures(top)`` gives each focusable
widget keyboard focus and measures what changed.

Each failure is one readable line: widget class, object name or text, ratio, threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop.theme import FocusRing

__all__ = [
    "CONTROL_MIN",
    "LARGE_TEXT_MIN",
    "TEXT_MIN",
    "contrast_failures",
    "contrast_ratio",
    "focus_failures",
    "measure_text",
]

TEXT_MIN = 4.5
LARGE_TEXT_MIN = 3.0  # 18 pt, or 14 pt bold
CONTROL_MIN = 3.0

Pixels = npt.NDArray[np.float64]  # (h, w, 3) sRGB in 0..255


def _linear(channel: Pixels) -> Pixels:
    c = channel / 255.0
    out: Pixels = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return out


def _luminance(rgb: Pixels) -> Pixels:
    lin = _linear(rgb)
    out: Pixels = 0.2126 * lin[..., 0] + 0.7152 * lin[..., 1] + 0.0722 * lin[..., 2]
    return out


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two opaque colours, 1.0 to 21.0."""
    la, lb = (
        float(_luminance(np.array([c.red(), c.green(), c.blue()], dtype=np.float64)))
        for c in (a, b)
    )
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def _ratio(lum_a: Pixels | float, lum_b: float) -> Pixels:
    a = np.asarray(lum_a, dtype=np.float64)
    out: Pixels = (np.maximum(a, lum_b) + 0.05) / (np.minimum(a, lum_b) + 0.05)
    return out


def _pixels(image: QImage) -> Pixels:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    bgra = raw.reshape(h, image.bytesPerLine() // 4, 4)[:, :w, :]
    out: Pixels = bgra[..., 2::-1].astype(np.float64)  # BGRA in memory -> RGB
    return out


def _dominant(rgb: Pixels) -> Pixels:
    """The commonest colour (exact values; gradients are grouped in steps of 8)."""
    flat = rgb.reshape(-1, 3)
    keys = (flat // 8).astype(np.int64)
    packed = keys[:, 0] * 1024 + keys[:, 1] * 32 + keys[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    top = values[np.argmax(counts)]
    mean: Pixels = flat[packed == top].mean(axis=0)
    return mean


@dataclass(frozen=True)
class TextMeasure:
    """One line of text: background, text colour and their contrast."""

    background: QColor
    text: QColor
    ratio: float


def _qcolor(rgb: Pixels) -> QColor:
    return QColor(*(round(float(v)) for v in rgb))


def measure_text(rgb: Pixels) -> TextMeasure | None:
    """Text against background in a crop holding (at most) one line; ``None`` if it holds
    nothing but background."""
    if rgb.size == 0:
        return None
    background = _dominant(rgb)
    lum = _luminance(rgb)
    bg_lum = float(_luminance(background))
    ratios = _ratio(lum, bg_lum)
    ink = ratios > 1.1
    if int(ink.sum()) < 6:
        return None
    # Text is the colour farthest from the background that a real group of pixels has:
    # anti-aliased edges are blends (less contrast), gradients stay close to the background.
    colours = rgb[ink]
    keys = (colours // 8).astype(np.int64)
    packed = keys[:, 0] * 1024 + keys[:, 1] * 32 + keys[:, 2]
    values, inverse, counts = np.unique(packed, return_inverse=True, return_counts=True)
    enough = counts >= 3
    if not enough.any():
        return None
    bucket_ratio = np.zeros(len(values))
    np.maximum.at(bucket_ratio, inverse.ravel(), ratios[ink])
    bucket_ratio[~enough] = 0.0
    best = int(np.argmax(bucket_ratio))
    group = colours[inverse.ravel() == best]
    exact, exact_counts = np.unique(group, axis=0, return_counts=True)
    text: Pixels = exact[int(np.argmax(exact_counts))]
    return TextMeasure(
        _qcolor(background), _qcolor(text), float(_ratio(float(_luminance(text)), bg_lum))
    )


def _is_large(font: QFont) -> bool:
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    bold = font.weight() >= QFont.Weight.Bold
    return points >= 18 or (bold and points >= 14)


def _describe(widget: QWidget) -> str:
    name = widget.objectName()
    text = ""
    for getter in ("text", "placeholderText", "currentText", "title"):
        value = getattr(widget, getter, None)
        if callable(value):
            got = value()
            if isinstance(got, str) and got:
                text = got
                break
    if text:
        text = " ".join(text.split())
        text = text if len(text) <= 40 else text[:39] + "…"
    label = f"{name!r}" if name else ""
    if text:
        label = f"{label} {text!r}".strip()
    return f"{type(widget).__name__} {label}".rstrip()


def _text_rects(widget: QWidget) -> Iterator[QRect]:
    """Where ``widget`` draws text, in its own coordinates."""
    style = widget.style()
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        yield style.subElementRect(element, option, widget)
    elif isinstance(widget, QGroupBox):
        group = QStyleOptionGroupBox()
        widget.initStyleOption(group)
        yield style.subControlRect(
            QStyle.ComplexControl.CC_GroupBox, group, QStyle.SubControl.SC_GroupBoxLabel, widget
        )
    elif isinstance(widget, QAbstractItemView):
        viewport = widget.viewport()
        offset = viewport.mapTo(widget, QPoint(0, 0))
        model = widget.model()
        if model is None:
            return
        shown = 0
        root = widget.rootIndex()
        for row in range(model.rowCount(root)):
            index = model.index(row, 0, root)
            shown_text = index.data(Qt.ItemDataRole.DisplayRole)
            if not (isinstance(shown_text, str) and shown_text.strip()):
                continue
            rect = widget.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport.rect()):
                continue
            rect = rect.intersected(viewport.rect()).translated(offset)
            yield rect
            shown += 1
            if shown >= 40:
                return
    elif isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox):
        inset = 3
        yield widget.rect().adjusted(inset, inset, -inset, -inset)
    elif isinstance(widget, QAbstractScrollArea):
        viewport = widget.viewport()
        yield QRect(viewport.mapTo(widget, QPoint(0, 0)), viewport.size())
    else:
        yield widget.contentsRect()


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.PlainText:
            return bool(widget.text().strip())
        return bool(
            re.sub(r"<style>.*?</style>|<[^>]*>|&nbsp;", "", widget.text(), flags=re.S).strip()
        )
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QLineEdit):
        return bool(widget.text() or widget.placeholderText())
    if isinstance(widget, QComboBox):
        return bool(widget.currentText())
    if isinstance(widget, QGroupBox):
        return bool(widget.title())
    if isinstance(widget, QAbstractItemView):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return bool(widget.document().toPlainText().strip())
    return False


def _has_boundary(widget: QWidget) -> bool:
    if isinstance(widget, QPushButton):
        return not widget.isFlat()
    if isinstance(widget, QToolButton):
        return not widget.autoRaise()
    return isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox) and bool(
        getattr(widget, "hasFrame", lambda: True)()
    )


def _covered(widget: QWidget, top: QWidget) -> bool:
    """Under another widget (an overlay, a page on top) at its centre."""
    centre = widget.mapTo(top, widget.rect().center())
    hit = top.childAt(centre)
    if hit is None or hit is widget:
        return False
    return not (widget.isAncestorOf(hit) or hit.isAncestorOf(widget))


def _visible_widgets(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.window() is top.window()
            and widget.isVisibleTo(top)
            and not _covered(widget, top)
        ):
            yield widget


def _line_bands(rect: QRect, line: int) -> Iterator[QRect]:
    if rect.height() <= line * 1.6:
        yield rect
        return
    y = rect.top()
    while y < rect.bottom():
        yield QRect(rect.left(), y, rect.width(), min(line, rect.bottom() + 1 - y))
        y += line


def _settle() -> None:
    # Layout requests posted while events are processed need another round: grab (and
    # read geometry) only once the layouts have settled.
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _grab(top: QWidget) -> Pixels:
    _settle()
    # From the window, so what is drawn over ``top`` (the focus ring) is in the picture.
    window = top.window()
    image = window.grab(QRect(top.mapTo(window, QPoint(0, 0)), top.size())).toImage()
    image.setDevicePixelRatio(1.0)
    return _pixels(image)


def _shown_part(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` its ancestors do not clip away, in ``top``'s coordinates.
    (``visibleRegion`` would also take away the widget's own children, such as a scroll
    area's viewport.)"""
    shown = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        shown = shown.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return shown.intersected(top.rect())


def _in_top(widget: QWidget, top: QWidget, rect: QRect, ratio: float) -> QRect:
    placed = QRect(widget.mapTo(top, rect.topLeft()), rect.size())
    clipped = placed.intersected(_shown_part(widget, top))
    return QRect(
        round(clipped.x() * ratio),
        round(clipped.y() * ratio),
        round(clipped.width() * ratio),
        round(clipped.height() * ratio),
    )


def _crop(pixels: Pixels, rect: QRect) -> Pixels:
    h, w = pixels.shape[:2]
    x0, y0 = max(0, rect.left()), max(0, rect.top())
    x1, y1 = min(w, rect.left() + rect.width()), min(h, rect.top() + rect.height())
    if x1 <= x0 or y1 <= y0:
        return np.zeros((0, 0, 3))
    return pixels[y0:y1, x0:x1]


def _boundary_ratio(pixels: Pixels, rect: QRect, *, round_: bool = False) -> float | None:
    """Contrast of a control's edge with the colour just outside it: on each side, the
    line among the 3 px inside the edge that differs most (its median pixel, so a corner
    or an arrow does not count), and the weakest side counts. A round control (a radio
    button's indicator) touches its box only at four points: there the ring's strongest
    tenth counts."""
    h, w = pixels.shape[:2]
    x0, y0 = rect.left(), rect.top()
    x1, y1 = x0 + rect.width(), y0 + rect.height()
    if x0 < 2 or y0 < 2 or x1 > w - 2 or y1 > h - 2 or rect.width() < 10 or rect.height() < 10:
        return None
    outer = np.zeros((h, w), dtype=bool)
    outer[y0 - 2 : y1 + 2, x0 - 2 : x1 + 2] = True
    outer[y0:y1, x0:x1] = False
    around = float(_luminance(_dominant(pixels[outer].reshape(-1, 1, 3))))
    lum = _luminance(pixels)
    if round_:
        box = _ratio(lum[y0:y1, x0:x1], around)
        return float(np.quantile(box, 0.9))
    sides = (
        [lum[y, x0 + 3 : x1 - 3] for y in range(y0, y0 + 3)],
        [lum[y, x0 + 3 : x1 - 3] for y in range(y1 - 3, y1)],
        [lum[y0 + 3 : y1 - 3, x] for x in range(x0, x0 + 3)],
        [lum[y0 + 3 : y1 - 3, x] for x in range(x1 - 3, x1)],
    )
    return min(max(float(np.median(_ratio(line, around))) for line in lines) for lines in sides)


def contrast_failures(top: QWidget) -> list[str]:
    """One line per text under 4.5:1 (3:1 when large) and per control boundary under 3:1 in
    the rendered ``top``."""
    # Measured without keyboard focus: a focus ring is no part of a control's boundary.
    _settle()  # a pending activation would give focus during the grab
    focused = top.window().focusWidget()
    if focused is not None:
        focused.clearFocus()
    # A focus frame shows itself again whenever its widget is shown or moved: detach it.
    rings = [(f, f.widget()) for f in top.window().findChildren(FocusRing) if f.widget()]
    for ring, _ in rings:
        ring.setWidget(None)
    try:
        pixels = _grab(top)
    finally:
        for ring, watched in rings:
            ring.setWidget(watched)
        if focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
    ratio = pixels.shape[1] / max(1, top.width())
    failures: list[str] = []
    for widget in _visible_widgets(top):
        if not widget.isEnabled():
            continue  # WCAG exempts inactive controls (their text is still kept legible)
        if _has_text(widget):
            large = _is_large(widget.font())
            threshold = LARGE_TEXT_MIN if large else TEXT_MIN
            line = max(8, widget.fontMetrics().height())
            worst: TextMeasure | None = None
            invisible = False
            for rect in _text_rects(widget):
                seen = False
                for band in _line_bands(rect, line):
                    measured = measure_text(_crop(pixels, _in_top(widget, top, band, ratio)))
                    seen = seen or measured is not None
                    if measured is not None and (worst is None or measured.ratio < worst.ratio):
                        worst = measured
                # Text drawn in (nearly) the background colour leaves no ink at all.
                invisible = invisible or (not seen and _in_top(widget, top, rect, ratio).isValid())
            if invisible:
                failures.append(
                    f"{_describe(widget)}: text not visible (nothing differs from its "
                    f"background by 1.1:1), needs {threshold}:1"
                )
            elif worst is not None and worst.ratio < threshold:
                failures.append(
                    f"{_describe(widget)}: text {worst.text.name()} on "
                    f"{worst.background.name()} is {worst.ratio:.2f}:1, needs {threshold}:1"
                )
        boundary_rects: list[tuple[QRect, bool]] = []
        if _has_boundary(widget):
            boundary_rects.append((widget.rect(), False))
        if isinstance(widget, QCheckBox | QRadioButton):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            element = (
                QStyle.SubElement.SE_CheckBoxIndicator
                if isinstance(widget, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonIndicator
            )
            indicator = widget.style().subElementRect(element, option, widget)
            boundary_rects.append((indicator, isinstance(widget, QRadioButton)))
        for rect, round_ in boundary_rects:
            placed = QRect(widget.mapTo(top, rect.topLeft()), rect.size())
            if not _shown_part(widget, top).contains(placed):
                continue
            measured_edge = _boundary_ratio(
                pixels, _in_top(widget, top, rect, ratio), round_=round_
            )
            if measured_edge is not None and measured_edge < CONTROL_MIN:
                failures.append(
                    f"{_describe(widget)}: boundary is {measured_edge:.2f}:1 against its "
                    f"surroundings, needs {CONTROL_MIN}:1"
                )
    return failures


def _scroll_to(widget: QWidget) -> None:
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget)
        ancestor = ancestor.parentWidget()


def focus_failures(top: QWidget) -> list[str]:
    """One line per focusable widget whose keyboard focus mark is missing or under 3:1:
    at least the widget's perimeter in pixels must change by 3:1 or more when it takes
    focus (a 1 px ring all round)."""
    failures: list[str] = []
    top.window().activateWindow()
    widgets = [
        w
        for w in _visible_widgets(top)
        if w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.width() > 2
        and w.focusProxy() is None  # its focus (and mark) is another widget's
    ]
    for widget in widgets:
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        _scroll_to(widget)  # as Tab does: a stop below the fold is scrolled into view
        before = _grab(top)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if not widget.hasFocus():
            continue
        after = _grab(top)
        if before.shape != after.shape:
            continue
        lum_after, lum_before = _luminance(after), _luminance(before)
        changed = (np.maximum(lum_after, lum_before) + 0.05) / (
            np.minimum(lum_after, lum_before) + 0.05
        )
        strong = int((changed >= CONTROL_MIN).sum())
        perimeter = 2 * (widget.width() + widget.height())
        if strong < perimeter:
            failures.append(
                f"{_describe(widget)}: focus mark changes {strong} px by 3:1, needs "
                f"{perimeter} (its perimeter)"
            )
    return failures
