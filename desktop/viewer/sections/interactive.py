"""The ``interactive`` section: a picture with hotspots, and tasks done on it.

``section_config`` is an ``InteractiveConfig`` (``sync.rules.section_config``): the hotspots
in the image's own pixel coordinates, and ``find`` tasks (tap every target) and ``place``
tasks (put each item on its hotspot). The picture is the section's media. The rules (hit
tests, what an attempt counts for, progress) are pure, in ``sync.rules.hotspots``; this page
draws the picture and its hotspots and turns clicks, taps, drags and keys into attempts.

Every way in works alone: the mouse (click a hotspot; drag an item's chip onto the picture),
touch (a tap is a click; items are picked, then their place tapped), and the keyboard (Tab
into the picture, arrow keys or Tab move between hotspots, Enter or Space activates one;
Enter on a chip picks the item and moves to the picture, Enter on a hotspot places it).
Chips and task buttons are at least ``MIN_TARGET`` px high; a hotspot smaller than that on
screen answers in a ``MIN_TARGET`` px square around its centre.

Completion: the section's criteria (by default every task's ``task_complete``); the page asks
the viewer with ``complete_requested("criteria")`` after each task it completes. Records,
beyond what every page records:

``hotspot_click``
    ``{"hotspot": id, "task": id | None, "correct": bool | None}`` for each hotspot tapped
    (``task``/``correct`` are ``None`` when the tap counted for no task: exploring).
``object_drag``
    ``{"object": item id, "target": hotspot id, "task": id, "correct": bool, "method":
    "drag" | "tap" | "keyboard"}`` for each placement, refused ones included.
``task_complete``
    ``{"task": id}`` once per task, when it is done.

A page opened again is given the section's earlier events through ``restore`` (the viewer
feeds them; a ``ViewerSession`` has no event list for pages yet).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final, Literal

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.a11y import announce
from desktop.i18n import translate
from desktop.pictures import make_display_copy, read_picture
from desktop.theme import danger, muted, scaled_font, set_role, success
from desktop.viewer._session import CodeSource, ViewerSession, ViewerTiming, ms
from desktop.viewer._widgets import MarkdownLabel, MessageCard, em, scroll_body, set_muted
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord
from sync.rules.hotspots import (
    HOTSPOT_CLICK,
    OBJECT_DRAG,
    TASK_COMPLETE,
    Attempt,
    Progress,
    bounds,
    hotspot_near,
)
from sync.rules.section_config import (
    FindTask,
    Hotspot,
    InteractiveConfig,
    PlaceTask,
)
from sync.rules.sections import MediaState, SectionState, Trigger

__all__ = [
    "MIN_TARGET",
    "SECTION_TYPE",
    "InteractiveSectionView",
    "ItemChip",
    "SceneView",
    "TaskButton",
    "progress_line",
]

MIN_TARGET: Final = 44
"""Device-independent pixels: the smallest button or hotspot a finger is asked to hit."""
_PIXMAP_CACHE: Final = 4
"""Scaled pixmaps kept per picture (window sizes gone back and forth between)."""
_FLASH_SECONDS: Final = 0.9
_MAX_UPSCALE: Final = 2.0
"""A small picture is shown at most this many times its own size."""

PlaceMethod = Literal["drag", "tap", "keyboard"]


def progress_line(task: FindTask | PlaceTask, done: int, of: int, finished: bool) -> str:
    """ "2 of 3 found" / "1 of 4 placed" / "Done" (the task button adds a ✓ mark)."""
    if finished:
        return translate("interactive", "Done")
    if isinstance(task, FindTask):
        return translate("interactive", "{done} of {of} found").format(done=done, of=of)
    return translate("interactive", "{done} of {of} placed").format(done=done, of=of)


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (over.red() - base.red()) * amount),
        round(base.green() + (over.green() - base.green()) * amount),
        round(base.blue() + (over.blue() - base.blue()) * amount),
    )


def _alpha(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _light_dark(palette: QPalette) -> tuple[QColor, QColor]:
    """The palette's lightest and darkest of window and text colours: a line in one with a
    halo in the other stays visible on any part of a picture, in any colour scheme."""
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    return (window, ink) if window.lightness() >= ink.lightness() else (ink, window)


def _ink_on(fill: QColor, palette: QPalette) -> QColor:
    """The palette's light or dark colour, whichever reads better on ``fill``."""
    light, dark = _light_dark(palette)
    return light if _contrast(light, fill) >= _contrast(dark, fill) else dark


# -- decoding -----------------------------------------------------------------------------------


class _DecodeCarrier(QObject):
    """Carries a decoded picture from a pool thread back to the UI thread."""

    decoded = Signal(int, object, object, str)  # token, QImage, natural QSize, error


def _decode(path: Path, box: QSize, carrier: _DecodeCarrier, token: int) -> None:
    """Decode ``path`` at no more than ``box`` (device pixels), off the UI thread: a JPEG
    decodes straight at a fraction of its size, a large PNG from its display copy
    (``desktop.pictures``), made here after a first decode from the original."""
    image, natural, error, make_copy = read_picture(path, box)
    try:
        carrier.decoded.emit(token, image, natural, error)
    except RuntimeError:
        return  # the page is gone (closed while this decoded): nobody to tell
    if make_copy:
        make_display_copy(path)  # for the next time: after the picture is shown


# -- the picture ----------------------------------------------------------------------------


class SceneView(QWidget):
    """The picture fitted into the widget (aspect kept, centred across, at the top) with the
    hotspots drawn over it: subtle outlines, stronger when hovered, focused or a drop target;
    found ones and placed items marked ✓ in the success colour; a refused tap flashes.

    Signals: ``activated(hotspot id, how)`` (``how``: ``"pointer"`` for a click or a touch
    tap, ``"keyboard"`` for Enter/Space), ``cancelled()`` (Escape), ``needs_detail()`` when
    the widget grew beyond the decoded picture's detail, ``painted()`` once, after the
    first paint with the picture.
    """

    activated = Signal(str, str)
    cancelled = Signal()
    needs_detail = Signal()
    painted = Signal()

    def __init__(self, config: InteractiveConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.image: QImage | None = None
        self.natural = QSize()
        self.hover: str | None = None
        self.focus_index: int | None = None
        self.drop_target: str | None = None
        self.found: set[str] = set()
        self.placed: dict[str, list[str]] = {}  # hotspot id -> labels of items placed on it
        self.targets_shown = False  # an item is picked: every hotspot invites a tap
        self._flash: tuple[str, QColor] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(ms(_FLASH_SECONDS))
        self._flash_timer.timeout.connect(self._end_flash)
        self._pixmaps: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        self._paths: dict[str, QPainterPath] = {h.id: _path_of(h) for h in config.hotspots}
        self._press: QPointF | None = None
        self._touch_start: QPointF | None = None
        self._painted_once = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(em(self) * 8, em(self) * 6)
        self.picture_name = translate("SceneView", "Picture")
        """What the picture is called (the page sets the section's title)."""
        self.describe()

    # -- the picture --------------------------------------------------------------------

    def set_image(self, image: QImage, natural: QSize) -> None:
        """Show ``image`` (decoded at or below display size) of a picture ``natural`` pixels
        big (the hotspots' coordinate space)."""
        self.image = image
        self.natural = QSize(natural)
        self._pixmaps.clear()
        self.update()

    def image_rect(self) -> QRectF:
        """Where the picture is drawn, in widget coordinates (empty without one)."""
        if self.image is None or self.natural.isEmpty():
            return QRectF()
        scale = self.scale()
        width, height = self.natural.width() * scale, self.natural.height() * scale
        return QRectF((self.width() - width) / 2, 0.0, width, height)

    def scale(self) -> float:
        """Widget pixels per image pixel."""
        if self.natural.isEmpty():
            return 1.0
        return min(
            self.width() / self.natural.width(),
            self.height() / self.natural.height(),
            _MAX_UPSCALE,
        )

    def image_to_widget(self, x: float, y: float) -> QPointF:
        rect, scale = self.image_rect(), self.scale()
        return QPointF(rect.x() + x * scale, rect.y() + y * scale)

    def widget_to_image(self, point: QPointF) -> tuple[float, float]:
        rect, scale = self.image_rect(), self.scale()
        return (point.x() - rect.x()) / scale, (point.y() - rect.y()) / scale

    def spot_point(self, hotspot_id: str) -> QPoint:
        """The centre of a hotspot's bounding box, in widget coordinates."""
        hotspot = self._hotspot(hotspot_id)
        left, top, width, height = bounds(hotspot)
        return self.image_to_widget(left + width / 2, top + height / 2).toPoint()

    def hotspot_at(self, point: QPointF) -> Hotspot | None:
        """The hotspot under a widget point (small ones answer in a ``MIN_TARGET`` square)."""
        if self.image is None or not self.image_rect().contains(point):
            return None
        x, y = self.widget_to_image(point)
        return hotspot_near(self.config, x, y, min_size=MIN_TARGET / self.scale())

    def detail_missing(self) -> bool:
        """Whether the decoded picture has fewer pixels than the widget shows it with (it
        grew) while the file has more."""
        if self.image is None:
            return False
        rect, ratio = self.image_rect(), self.devicePixelRatioF()
        wanted = rect.width() * ratio
        return wanted > self.image.width() * 1.1 and self.natural.width() > self.image.width()

    def _pixmap(self, width: int, height: int) -> QPixmap | None:
        if self.image is None or width <= 0 or height <= 0:
            return None
        key = (width, height)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        image = self.image
        if (image.width(), image.height()) != key:
            image = image.scaled(
                width,
                height,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap = QPixmap.fromImage(image)
        self._pixmaps[key] = pixmap
        while len(self._pixmaps) > _PIXMAP_CACHE:
            self._pixmaps.popitem(last=False)
        return pixmap

    # -- hotspot focus ----------------------------------------------------------------------

    def focus_hotspot(self, index: int | None) -> None:
        count = len(self.config.hotspots)
        self.focus_index = None if index is None or not count else index % count
        self.describe()
        self.update()

    def describe(self) -> None:
        """Name the picture by its keyboard cursor ("Hotspot 2 of 4: Blue ball, found") while
        it has the focus, else by what it is; the description is the picture's alt text (the
        section's ``alt``: what it shows), then how to use it."""
        count = len(self.config.hotspots)
        if self.focus_index is None or not self.hasFocus():
            name = self.picture_name
        else:
            spot = self.config.hotspots[self.focus_index]
            name = translate("SceneView", "Hotspot {i} of {n}: {label}").format(
                i=self.focus_index + 1, n=count, label=spot.label
            )
            labels = self.placed.get(spot.id)
            if labels:
                name = translate("SceneView", "{hotspot}, holds {items}").format(
                    hotspot=name, items=", ".join(labels)
                )
            elif spot.id in self.found:
                name = translate("SceneView", "{hotspot}, found").format(hotspot=name)
        if self.targets_shown:
            how = translate(
                "SceneView",
                "{picture}: choose where the picked item goes. The arrow keys or Tab move "
                "between the hotspots, Enter or Space puts it there, Esc puts it back.",
            )
        else:
            how = translate(
                "SceneView",
                "{picture}: {n} hotspots. The arrow keys or Tab move between them, Enter or "
                "Space picks the one in focus.",
            )
        description = how.format(picture=self.picture_name, n=count)
        if self.config.alt:
            description = f"{self.config.alt}\n{description}"
        if name != self.accessibleName():
            self.setAccessibleName(name)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    def focused_hotspot(self) -> str | None:
        if self.focus_index is None:
            return None
        return self.config.hotspots[self.focus_index].id

    def _hotspot(self, hotspot_id: str) -> Hotspot:
        return next(h for h in self.config.hotspots if h.id == hotspot_id)

    def flash(self, hotspot_id: str, color: QColor) -> None:
        """Tint a hotspot briefly (a refused tap or placement)."""
        self._flash = (hotspot_id, color)
        self._flash_timer.start()
        self.update()

    def _end_flash(self) -> None:
        self._flash = None
        self.update()

    # -- input ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        spot = self.hotspot_at(event.position())
        hover = spot.id if spot is not None else None
        if hover != self.hover:
            self.hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if self.hover is not None:
            self.hover = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self.focus_index = None  # the focus ring is for keyboard users
            self.describe()
            self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        start, self._press = self._press, None
        if event.button() == Qt.MouseButton.LeftButton and start is not None:
            moved = (event.position() - start).manhattanLength()
            if moved <= QApplication.startDragDistance():
                self._tap(event.position())
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """A one-finger tap is a click; anything else (a swipe, two fingers) is ignored."""
        event.accept()
        points = event.points()
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._touch_start = points[0].position() if len(points) == 1 else None
        elif kind == QEvent.Type.TouchUpdate:
            if len(points) != 1:
                self._touch_start = None
        elif kind == QEvent.Type.TouchEnd and self._touch_start is not None and points:
            end = points[0].position()
            # A finger wobbles more than a mouse: allow twice the drag distance.
            if (end - self._touch_start).manhattanLength() <= 2 * QApplication.startDragDistance():
                self._tap(end)
            self._touch_start = None
        else:
            self._touch_start = None

    def _tap(self, point: QPointF) -> None:
        spot = self.hotspot_at(point)
        if spot is not None:
            self.activated.emit(spot.id, "pointer")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        current = self.focus_index
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focus_hotspot(0 if current is None else current + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focus_hotspot(-1 if current is None else current - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if current is None:
                self.focus_hotspot(0)
            else:
                self.activated.emit(self.config.hotspots[current].id, "keyboard")
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        # Tab moves between the hotspots first, then on to the next control.
        count = len(self.config.hotspots)
        current = self.focus_index
        if self.hasFocus() and self.image is not None and current is not None:
            wanted = current + (1 if next else -1)
            if 0 <= wanted < count:
                self.focus_hotspot(wanted)
                return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        reason = event.reason()
        if reason == Qt.FocusReason.TabFocusReason:
            self.focus_hotspot(0)
        elif reason == Qt.FocusReason.BacktabFocusReason:
            self.focus_hotspot(-1)
        elif reason != Qt.FocusReason.MouseFocusReason and self.focus_index is None:
            self.focus_hotspot(0)  # any keyboard way in starts on a hotspot, shown
        self.describe()
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.describe()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.detail_missing():
            self.needs_detail.emit()

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        rect = self.image_rect()
        if rect.isEmpty():
            return
        ratio = self.devicePixelRatioF()
        pixmap = self._pixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        if pixmap is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
        transform = QTransform()
        transform.translate(rect.x(), rect.y())
        transform.scale(self.scale(), self.scale())
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        good = success(palette)
        focused = self.focused_hotspot() if self.hasFocus() else None
        for hotspot in self.config.hotspots:
            path = transform.map(self._paths[hotspot.id])
            self._paint_spot(painter, hotspot.id, path, accent=accent, good=good)
        if focused is not None:
            self._paint_focus(painter, self._target_rect(self._hotspot(focused)), accent)
        elif self.hasFocus():  # focus from a click: the whole picture shows it
            self._paint_focus(painter, rect.adjusted(6, 6, -6, -6), accent)
        for hotspot in self.config.hotspots:
            if hotspot.id in self.found or hotspot.id in self.placed:
                self._paint_mark(painter, hotspot, good)
        painter.end()
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()

    def _paint_spot(
        self, painter: QPainter, spot: str, path: QPainterPath, *, accent: QColor, good: QColor
    ) -> None:
        strong = spot in (self.hover, self.drop_target) or (
            spot == self.focused_hotspot() and self.hasFocus()
        )
        flash = self._flash if self._flash is not None and self._flash[0] == spot else None
        if flash is not None:
            fill, line, width = _alpha(flash[1], 70), flash[1], 3.5
        elif spot in self.found or spot in self.placed:
            fill, line, width = _alpha(good, 45), good, 3.0
        elif spot == self.drop_target:
            fill, line, width = _alpha(accent, 90), accent, 4.0
        elif strong:
            fill, line, width = _alpha(accent, 35), accent, 3.0
        elif self.targets_shown:
            fill, line, width = _alpha(accent, 18), _alpha(accent, 200), 2.0
        else:
            light, _ = _light_dark(self.palette())
            fill, line, width = QColor(0, 0, 0, 0), light, 2.0
        painter.fillPath(path, fill)
        # A halo in the palette's darkest colour (lightest, under a dark line) keeps the line
        # visible on light and dark parts of a picture alike.
        light, dark = _light_dark(self.palette())
        halo = dark if line.lightness() >= 128 else light
        painter.strokePath(path, QPen(_alpha(halo, 230), width + 3.0))
        pen = QPen(line, width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(path, pen)

    def _paint_focus(self, painter: QPainter, box: QRectF, accent: QColor) -> None:
        ring = box.adjusted(-5, -5, 5, 5)
        light, dark = _light_dark(self.palette())
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(dark, 8))
        painter.drawRoundedRect(ring, 6, 6)
        painter.setPen(QPen(light, 5))
        painter.drawRoundedRect(ring, 6, 6)
        pen = QPen(accent, 2.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(ring, 6, 6)
        painter.restore()

    def _target_rect(self, hotspot: Hotspot) -> QRectF:
        """A hotspot's bounding box on screen, grown to ``MIN_TARGET`` if smaller."""
        left, top, width, height = bounds(hotspot)
        a = self.image_to_widget(left, top)
        b = self.image_to_widget(left + width, top + height)
        box = QRectF(a, b)
        grow_x = max(0.0, MIN_TARGET - box.width()) / 2
        grow_y = max(0.0, MIN_TARGET - box.height()) / 2
        return box.adjusted(-grow_x, -grow_y, grow_x, grow_y)

    def _paint_mark(self, painter: QPainter, hotspot: Hotspot, good: QColor) -> None:
        box = self._target_rect(hotspot)
        radius = max(9.0, em(self) * 0.55)
        area = QRectF(self.rect())
        centre = QPointF(
            min(max(box.right(), area.left() + radius + 1), area.right() - radius - 1),
            min(max(box.top(), area.top() + radius + 1), area.bottom() - radius - 1),
        )
        ink = _ink_on(good, self.palette())
        painter.save()
        painter.setPen(QPen(ink, 2))
        painter.setBrush(good)
        painter.drawEllipse(centre, radius, radius)
        tick = QPainterPath(QPointF(centre.x() - radius * 0.45, centre.y() + radius * 0.02))
        tick.lineTo(QPointF(centre.x() - radius * 0.1, centre.y() + radius * 0.38))
        tick.lineTo(QPointF(centre.x() + radius * 0.5, centre.y() - radius * 0.35))
        pen = QPen(ink, max(2.0, radius * 0.24))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
        labels = self.placed.get(hotspot.id)
        if labels:
            self._paint_pill(painter, box, " · ".join(labels), good)
        painter.restore()

    def _paint_pill(self, painter: QPainter, box: QRectF, text: str, fill: QColor) -> None:
        font = scaled_font(self.font(), 0.85, bold=True)
        metrics = QFontMetrics(font)
        limit = max(em(self) * 4, round(self.width() * 0.4))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, limit)
        pad = em(self) * 0.35
        width = metrics.horizontalAdvance(shown) + 2 * pad
        height = metrics.height() + pad
        x = min(max(box.center().x() - width / 2, 1.0), self.width() - width - 1)
        y = min(box.bottom() + 4, self.height() - height - 1)
        pill = QRectF(x, y, width, height)
        ink = _ink_on(fill, self.palette())
        painter.setFont(font)
        painter.setPen(QPen(ink, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)


def _path_of(hotspot: Hotspot) -> QPainterPath:
    path = QPainterPath()
    if hotspot.rect is not None:
        path.addRect(QRectF(*hotspot.rect))
    elif hotspot.circle is not None:
        cx, cy, r = hotspot.circle
        path.addEllipse(QPointF(cx, cy), r, r)
    elif hotspot.polygon is not None:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in hotspot.polygon]))
        path.closeSubpath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


# -- the side panel's buttons ------------------------------------------------------------------


class TaskButton(QAbstractButton):
    """One task in the list: its prompt (wrapped), its progress line ("2 of 3 found", or
    "Done ✓" in the success colour), the current one marked with an accent edge. At least
    ``MIN_TARGET`` px high; Enter, Space, a click or a tap selects it."""

    def __init__(self, task: FindTask | PlaceTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.status = ""
        self.finished = False
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(MIN_TARGET)
        self.setText(task.prompt)

    def set_status(self, status: str, finished: bool) -> None:
        self.status, self.finished = status, finished
        self.setAccessibleName(
            translate("TaskButton", "Task: {prompt}. {status}").format(
                prompt=self.task.prompt, status=status
            )
        )
        self.updateGeometry()
        self.update()

    def _pad(self) -> int:
        return max(6, em(self) // 2)

    def _mark_space(self) -> int:
        return em(self) + self._pad()

    def _text_left(self) -> int:
        """Where the text starts: past the current task's accent edge (kept for all, so the
        text wraps the same whether the task is current or not)."""
        return self._pad() + self._pad() // 2

    def _text_width(self, width: int) -> int:
        return max(1, width - self._text_left() - self._pad() - self._mark_space())

    def _prompt_font(self) -> QFont:
        return scaled_font(self.font(), 1.0, bold=True)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        pad = self._pad()
        prompt = QFontMetrics(self._prompt_font()).boundingRect(
            0, 0, self._text_width(width), 10_000, int(Qt.TextFlag.TextWordWrap), self.text()
        )
        status = QFontMetrics(self.font()).height()
        return max(MIN_TARGET, prompt.height() + status + 2 * pad + pad // 2)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = em(self) * 16
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(em(self) * 6, MIN_TARGET)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        pad = self._pad()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        fill = _blend(base, accent, 0.14) if self.isChecked() else base
        if self.underMouse() and not self.isChecked():
            fill = _blend(base, ink, 0.05)
        painter.setPen(QPen(_blend(base, ink, 0.25), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 6, 6)
        if self.isChecked():
            edge = QRectF(box.left(), box.top(), max(4.0, pad / 2), box.height())
            path = QPainterPath()
            path.addRoundedRect(box, 6, 6)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(edge, accent)
            painter.restore()
        if self.hasFocus():
            pen = QPen(accent, 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 5, 5)
        left = self._text_left()
        inner = QRectF(left, pad, self._text_width(self.width()), 0)
        prompt_font = self._prompt_font()
        painter.setFont(prompt_font)
        painter.setPen(ink)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        measured = QFontMetrics(prompt_font).boundingRect(
            0, 0, max(1, round(inner.width())), 10_000, flags, self.text()
        )
        inner.setHeight(measured.height())
        painter.drawText(inner, flags, self.text())
        painter.setFont(self.font())
        painter.setPen(success(palette) if self.finished else muted(palette))
        status_rect = QRectF(left, inner.bottom() + pad // 4, inner.width(), em(self))
        painter.drawText(status_rect, int(Qt.AlignmentFlag.AlignLeft), self.status)
        if self.finished:
            radius = em(self) * 0.45
            centre = QPointF(self.width() - pad - radius, self.height() / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(success(palette))
            painter.drawEllipse(centre, radius, radius)
            tick = QPainterPath(QPointF(centre.x() - radius * 0.45, centre.y()))
            tick.lineTo(QPointF(centre.x() - radius * 0.1, centre.y() + radius * 0.35))
            tick.lineTo(QPointF(centre.x() + radius * 0.5, centre.y() - radius * 0.35))
            pen = QPen(_ink_on(success(palette), palette), max(1.5, radius * 0.25))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.end()


class ItemChip(QPushButton):
    """An item of a place task: click, tap or Enter/Space picks it (checked); with the mouse
    it can also be dragged onto the picture. At least ``MIN_TARGET`` px high; a long label is
    elided (the accessible name and tooltip keep it whole).

    Signals: ``drag_moved(global point)`` while dragged, ``dropped(global point)`` when let
    go after a drag (no click then)."""

    drag_moved = Signal(QPoint)
    dropped = Signal(QPoint)

    def __init__(self, item_id: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.item_id = item_id
        self.label = label
        self.placed = False
        self.dragging = False
        self.by_keyboard = False  # the last press was a key (Enter or Space), not a pointer
        self._press: QPointF | None = None
        self.setCheckable(True)
        self.setMinimumHeight(MIN_TARGET)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(label)
        self.setAccessibleName(translate("ItemChip", "Item: {label}").format(label=label))
        # Picked stands out: the accent, as a selection does (palette roles, so it follows
        # the colour scheme); with the focus it gets a dashed edge in the selection's ink.
        self.setStyleSheet(
            "ItemChip:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 2px solid palette(text); border-radius: 4px; font-weight: 600;"
            " padding: 0 0.5em; }"
            " ItemChip:checked:focus { border: 2px dashed palette(highlighted-text); }"
        )

    def set_placed(self, placed: bool) -> None:
        self.placed = placed
        self.setChecked(False)
        self.setEnabled(not placed)
        self.setAccessibleName(
            translate("ItemChip", "Item: {label} (placed)").format(label=self.label)
            if placed
            else translate("ItemChip", "Item: {label}").format(label=self.label)
        )
        self._elide()

    def _elide(self) -> None:
        shown = f"✓ {self.label}" if self.placed else self.label
        room = max(em(self), self.width() - em(self))
        self.setText(QFontMetrics(self.font()).elidedText(shown, Qt.TextElideMode.ElideRight, room))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        return QSize(hint.width(), max(MIN_TARGET, hint.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.by_keyboard = True
        if event.key() == Qt.Key.Key_Escape and self.isChecked():
            self.by_keyboard = True
            self.click()  # puts the picked item back
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self.by_keyboard = False
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        start = self._press
        if start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self.dragging:
                far = (event.position() - start).manhattanLength()
                self.dragging = far >= QApplication.startDragDistance()
            if self.dragging:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.drag_moved.emit(event.globalPosition().toPoint())
                event.accept()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._press = None
        if self.dragging:
            self.dragging = False
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.setDown(False)  # so the release below is no click
            super().mouseReleaseEvent(event)
            self.dropped.emit(event.globalPosition().toPoint())
            return
        super().mouseReleaseEvent(event)


# -- the page ---------------------------------------------------------------------------------


class InteractiveSectionView(SectionView):
    """The picture (left; above in a narrow window) beside a panel: the section's text, the
    tasks, feedback on the last attempt, the current place task's items, and what the last
    tapped hotspot says. ``config`` is ``None`` when the config cannot be read (``error``
    says why and a card shows it).

    Invariants: ``progress`` holds what was done (live and restored alike); each task's
    ``task_complete`` is recorded at most once by this page, followed by
    ``complete_requested("criteria")``; ``picked`` is an unplaced item of the current task or
    ``None``.
    """

    criteria_aware = True

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        self.config, self.error = self.read_config(InteractiveConfig)
        self.image_error: str | None = None
        self.current: str | None = None
        self.picked: str | None = None
        self._wrong = False  # the feedback shown says an attempt was wrong
        self.recorded: set[str] = set()  # tasks whose task_complete this page recorded
        self.task_buttons: dict[str, TaskButton] = {}
        self.chips: dict[str, dict[str, ItemChip]] = {}  # task -> item -> chip
        self._chip_boxes: dict[str, QWidget] = {}
        self._path: Path | None = None
        self._loading = False
        self._token = 0
        self._carrier = _DecodeCarrier()
        self._carrier.decoded.connect(self._on_decoded)
        self._poll = QTimer(self)
        self._poll.setInterval(ms(timing.media_poll_seconds))
        self._poll.timeout.connect(self.refresh_media)
        self.progress = Progress(self.config) if self.config is not None else None
        unit = em(self)

        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(unit, unit // 2, unit, unit // 2)
        self.box.setSpacing(unit)
        stage = QWidget(self)
        stage_layout = QVBoxLayout(stage)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        self.stage = stage
        if self.config is None:
            self.card = self.config_problem_card("scene", self.error, stage)
            stage_layout.addWidget(self.card)
            stage_layout.addStretch(1)
            self.box.addWidget(stage)
            self.setFocusProxy(self.card)
            return

        config = self.config
        self.card = MessageCard(
            translate("InteractiveSectionView", "Picture not available yet"), "", parent=stage
        )
        self.card.hide()
        self.scene = SceneView(config, stage)
        self.scene.picture_name = (
            translate("InteractiveSectionView", "Picture: {title}").format(title=section.title)
            if section.title
            else translate("InteractiveSectionView", "Picture: interactive scene")
        )
        self.scene.describe()
        self.scene.activated.connect(self._on_activated)
        self.scene.cancelled.connect(self._unpick)
        self.scene.needs_detail.connect(self._decode_again)
        stage_layout.addWidget(self.scene, 1)
        stage_layout.addWidget(self.card)
        self.box.addWidget(stage, 2)

        self.area = self._scroll_area()
        self.area.setAccessibleName(
            translate("InteractiveSectionView", "About the picture and tasks")
        )
        self.area.setMinimumWidth(unit * 14)
        self.area.setMaximumWidth(unit * 22)
        body, layout = scroll_body()
        layout.setContentsMargins(0, 0, unit // 2, unit)
        layout.setSpacing(unit // 2)
        self.intro = MarkdownLabel(section.content, body)
        self.intro.link_activated.connect(self.link_activated)
        layout.addWidget(self.intro)

        self.task_group = QButtonGroup(self)
        self.task_group.setExclusive(True)
        if config.tasks:
            heading = QLabel(translate("InteractiveSectionView", "Tasks"), body)
            heading.setFont(scaled_font(heading.font(), 1.05, bold=True))
            layout.addWidget(heading)
            for task in config.tasks:
                button = TaskButton(task, body)
                button.clicked.connect(lambda _=False, t=task.id: self.select_task(t))
                self.task_group.addButton(button)
                self.task_buttons[task.id] = button
                layout.addWidget(button)
        self.instruction = QLabel(body)
        self.instruction.setWordWrap(True)
        set_muted(self.instruction)
        layout.addWidget(self.instruction)
        for task in config.tasks:
            if isinstance(task, PlaceTask):
                holder = QWidget(body)
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(unit // 3)
                chips: dict[str, ItemChip] = {}
                for item in task.items:
                    chip = ItemChip(item.id, item.label, holder)
                    chip.clicked.connect(lambda _=False, c=chip: self._on_chip(c))
                    chip.drag_moved.connect(lambda point, c=chip: self._on_drag(c, point))
                    chip.dropped.connect(lambda point, c=chip: self._on_drop(c, point))
                    chips[item.id] = chip
                    column.addWidget(chip)
                holder.hide()
                self.chips[task.id] = chips
                self._chip_boxes[task.id] = holder
                layout.addWidget(holder)
        self.feedback = QLabel(body)
        self.feedback.setWordWrap(True)
        self.feedback.setFont(scaled_font(self.feedback.font(), 1.0, bold=True))
        self.feedback.setAccessibleDescription(translate("InteractiveSectionView", "Feedback"))
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.info_title = QLabel(body)
        self.info_title.setWordWrap(True)
        self.info_title.setFont(scaled_font(self.info_title.font(), 1.05, bold=True))
        self.info_title.hide()
        self.info_text = MarkdownLabel("", body)
        self.info_text.link_activated.connect(self.link_activated)
        layout.addWidget(self.info_title)
        layout.addWidget(self.info_text)
        layout.addStretch(1)
        self.area.setWidget(body)
        self.box.addWidget(self.area, 1)

        self.ghost = QLabel(self)
        self.ghost.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ghost.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text);"
            f"border-radius: {unit // 3}px; padding: {unit // 4}px {unit // 2}px;"
        )
        self.ghost.hide()
        self.setFocusProxy(self.scene)
        self.select_task(self.progress.next_task() if self.progress else None)
        if isinstance(session, CodeSource) and not session.preview and self.config is not None:
            earlier = session.section_events(section.section_number)
            if earlier:  # worked on before, here or on another device: after the viewer
                # has connected this page's signals (restore may record a task_complete)
                QTimer.singleShot(0, lambda: self.restore(earlier))

    # -- what the viewer asks --------------------------------------------------------------

    def state(self) -> SectionState:
        if self.scene_image is not None:
            return SectionState(media=MediaState.SHOWN)
        if self.image_error is not None:
            return SectionState(media=MediaState.BROKEN)
        return SectionState(media=MediaState.WAITING)

    @property
    def scene_image(self) -> QImage | None:
        return self.scene.image if self.config is not None else None

    def hint(self, complete: bool) -> str:
        if self.config is None:
            return self.config_problem_hint("scene")
        if complete:
            return translate("InteractiveSectionView", "Section complete.")
        if not self.config.tasks and self.criteria is None:
            return translate(
                "InteractiveSectionView",
                "Explore the picture: tap the marked areas to learn about them.",
            )
        done = self.progress is not None and self.progress.all_done
        if done or not self.config.tasks or self.section.completion_criteria is not None:
            return self.criteria_hint()
        return translate("InteractiveSectionView", "Do the tasks to complete this section.")

    def refresh_media(self) -> None:
        if self.config is None or self.scene.image is not None or self.image_error is not None:
            return
        if self._loading:
            return
        path = self._session.media_path(self.section)
        if path is None:
            self.card.set_text(
                translate("InteractiveSectionView", "Picture not available yet"),
                self._session.media_message(self.section),
            )
            self.card.show()
            self.scene.hide()
            if self._active and not self._poll.isActive():
                self._poll.start()
            return
        self._poll.stop()
        self.card.hide()
        self.scene.show()
        self._path = path
        self._start_decode()

    def deactivate(self) -> None:
        super().deactivate()
        self._poll.stop()
        self._end_drag()

    def shutdown(self) -> None:
        super().shutdown()
        self._poll.stop()
        self._token += 1  # a decode still running is dropped

    def restore(self, events: Iterable[tuple[str, Mapping[str, Any] | None]]) -> None:
        """Show the tasks as the section's earlier events ``(event_type, data)``, oldest
        first, left them. A task the events complete without its ``task_complete`` (the app
        stopped in between) has it recorded now; nothing else is recorded."""
        if self.config is None:
            return
        listed = list(events)
        self.progress = Progress.from_events(self.config, listed)
        self.recorded = {
            data["task"]
            for kind, data in listed
            if kind == TASK_COMPLETE and data is not None and isinstance(data.get("task"), str)
        }
        self.picked = None
        missing = [t.id for t in self.config.tasks if t.id in self.progress.done]
        missing = [t for t in missing if t not in self.recorded]
        for task_id in missing:
            self._record_complete(task_id)
        self.feedback.hide()
        self.select_task(self.progress.next_task() or self.current)
        self.state_changed.emit()
        if missing:
            self.complete_requested.emit(Trigger.CRITERIA.value)

    # -- what the student does -------------------------------------------------------------

    def select_task(self, task_id: str | None) -> None:
        """Make ``task_id`` the current task (its button checked, its items shown)."""
        if self.config is None or self.progress is None:
            return
        self.current = task_id
        self.picked = None
        for tid, button in self.task_buttons.items():
            button.setChecked(tid == task_id)
        for tid, holder in self._chip_boxes.items():
            holder.setVisible(tid == task_id and not self.progress.is_done(tid))
        self._refresh()

    def _on_activated(self, hotspot_id: str, how: str) -> None:
        if self.progress is None:
            return
        task = self.progress.task(self.current)
        if self.picked is not None and isinstance(task, PlaceTask):
            self._place(self.picked, hotspot_id, "keyboard" if how == "keyboard" else "tap")
            return
        attempt = self.progress.tap(hotspot_id, self.current)
        self._show_info(hotspot_id)
        self.record_requested.emit(attempt.event_type, dict(attempt.data))
        if attempt.task is None:
            if isinstance(task, PlaceTask) and not self.progress.is_done(task.id):
                self._say(
                    translate(
                        "InteractiveSectionView", "Pick an item first, then tap where it belongs."
                    ),
                    None,
                )
            else:
                self.feedback.hide()
        elif attempt.correct and attempt.new:
            self._say(translate("InteractiveSectionView", "Yes — that's one."), True)
        elif attempt.correct:
            self._say(
                translate("InteractiveSectionView", "Yes — you found that one already."), True
            )
        else:
            self._say(translate("InteractiveSectionView", "Not that one — try again."), False)
            self.scene.flash(hotspot_id, danger(self.palette()))
        self._after(attempt)

    def _place(self, item_id: str, hotspot_id: str, method: PlaceMethod) -> None:
        if self.progress is None or self.current is None:
            return
        attempt = self.progress.place(self.current, item_id, hotspot_id)
        self.picked = None
        if attempt is None:
            self._refresh()
            return
        self.record_requested.emit(OBJECT_DRAG, {**attempt.data, "method": method})
        self._show_info(hotspot_id)
        label = self._item_label(self.current, item_id)
        if attempt.correct:
            self._say(
                translate("InteractiveSectionView", "Yes — “{item}” goes there.").format(
                    item=label
                ),
                True,
            )
        else:
            self._say(
                translate(
                    "InteractiveSectionView", "Not that place — “{item}” is back in the list."
                ).format(item=label),
                False,
            )
            self.scene.flash(hotspot_id, danger(self.palette()))
        self._after(attempt)

    def _after(self, attempt: Attempt) -> None:
        self._after_attempt(attempt)
        # One announcement per attempt, of what the feedback says in the end.
        if not self.feedback.isHidden():
            announce(self, self.feedback.text(), assertive=self._wrong)

    def _after_attempt(self, attempt: Attempt) -> None:
        done = attempt.completed
        if done is None or done in self.recorded or self.progress is None:
            self._refresh()
            return
        self._record_complete(done)
        following = self.progress.next_task(done)
        prompt = self._task_prompt(following)
        tail = (
            translate("InteractiveSectionView", "Task done ✓ Next: {prompt}").format(prompt=prompt)
            if prompt
            else translate("InteractiveSectionView", "Task done ✓ — all tasks done.")
        )
        self._say(f"{self.feedback.text()} {tail}", True)
        self.select_task(following or self.current)
        self.state_changed.emit()
        self.complete_requested.emit(Trigger.CRITERIA.value)

    def _record_complete(self, task_id: str) -> None:
        self.recorded.add(task_id)
        self.record_requested.emit(TASK_COMPLETE, {"task": task_id})

    def _on_chip(self, chip: ItemChip) -> None:
        if chip.placed:
            return
        if self.picked == chip.item_id or not chip.isChecked():
            self._unpick()
            return
        self.picked = chip.item_id
        for other in self._current_chips().values():
            other.setChecked(other is chip)
        self._refresh()
        if chip.by_keyboard:  # picked from the keyboard: go on choosing its place there
            self.scene.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scene.focus_hotspot(self.scene.focus_index or 0)

    def _unpick(self) -> None:
        picked, self.picked = self.picked, None
        for chip in self._current_chips().values():
            chip.setChecked(False)
        self._refresh()
        if picked is not None and self.scene.hasFocus():
            back = self._current_chips().get(picked)
            if back is not None:
                back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_drag(self, chip: ItemChip, point: QPoint) -> None:
        if chip.placed or self.config is None:
            return
        self.ghost.setText(chip.label)
        self.ghost.adjustSize()
        local = self.mapFromGlobal(point)
        self.ghost.move(local + QPoint(em(self) // 2, em(self) // 2))
        self.ghost.raise_()
        self.ghost.show()
        spot = self.scene.hotspot_at(QPointF(self.scene.mapFromGlobal(point)))
        self.scene.drop_target = spot.id if spot is not None else None
        self.scene.update()

    def _on_drop(self, chip: ItemChip, point: QPoint) -> None:
        self._end_drag()
        if chip.placed or self.config is None:
            return
        spot = self.scene.hotspot_at(QPointF(self.scene.mapFromGlobal(point)))
        if spot is None:
            return  # let go outside any hotspot: nothing happened
        self._place(chip.item_id, spot.id, "drag")

    def _end_drag(self) -> None:
        if self.config is None:
            return
        self.ghost.hide()
        if self.scene.drop_target is not None:
            self.scene.drop_target = None
            self.scene.update()

    # -- internals --------------------------------------------------------------------------

    def _current_chips(self) -> dict[str, ItemChip]:
        return self.chips.get(self.current or "", {})

    def _item_label(self, task_id: str, item_id: str) -> str:
        chip = self.chips.get(task_id, {}).get(item_id)
        return chip.label if chip is not None else item_id

    def _task_prompt(self, task_id: str | None) -> str | None:
        task = self.progress.task(task_id) if self.progress is not None else None
        return task.prompt if task is not None else None

    def _say(self, text: str, good: bool | None) -> None:
        self.feedback.setText(text)
        palette = self.feedback.palette()
        if good is None:
            color = palette.color(QPalette.ColorRole.WindowText)
        else:
            color = success(palette) if good else danger(palette)
        set_role(self.feedback, color)
        self.feedback.show()
        self._wrong = good is False

    def _show_info(self, hotspot_id: str) -> None:
        if self.config is None:
            return
        hotspot = next(h for h in self.config.hotspots if h.id == hotspot_id)
        self.info_title.setText(hotspot.label)
        self.info_title.show()
        self.info_text.set_markdown(hotspot.text or "")

    def _refresh(self) -> None:
        """Task buttons, chips, instruction and the picture's marks from ``progress``."""
        progress, config = self.progress, self.config
        if progress is None or config is None:
            return
        for task in config.tasks:
            done, of = progress.counts(task.id)
            finished = progress.is_done(task.id)
            self.task_buttons[task.id].set_status(progress_line(task, done, of, finished), finished)
            if isinstance(task, PlaceTask):
                for item_id, chip in self.chips[task.id].items():
                    is_placed = item_id in progress.placed[task.id]
                    if chip.placed != is_placed:
                        chip.set_placed(is_placed)
                    chip.setChecked(not is_placed and item_id == self.picked)
                self._chip_boxes[task.id].setVisible(task.id == self.current and not finished)
        self.instruction.setText(self._instruction())
        self.instruction.setVisible(bool(self.instruction.text()))
        self.scene.found = progress.found_spots()
        placed: dict[str, list[str]] = {}
        for task in config.tasks:
            if isinstance(task, PlaceTask):
                for item in task.items:
                    if item.id in progress.placed[task.id]:
                        placed.setdefault(item.target, []).append(item.label)
        self.scene.placed = placed
        self.scene.targets_shown = self.picked is not None
        self.scene.describe()
        self.scene.update()

    def _instruction(self) -> str:
        task = self.progress.task(self.current) if self.progress is not None else None
        if task is None:
            if self.config is not None and self.config.tasks:
                return translate(
                    "InteractiveSectionView", "All tasks done. Tap the picture to explore it."
                )
            return translate(
                "InteractiveSectionView",
                "Tap the marked areas of the picture to learn about them (or move with Tab or "
                "the arrow keys, then Enter).",
            )
        if self.progress is not None and self.progress.is_done(task.id):
            return translate(
                "InteractiveSectionView", "This task is done. Tap the picture to explore it."
            )
        if isinstance(task, FindTask):
            return translate(
                "InteractiveSectionView",
                "Tap each one in the picture (or move with Tab or the arrow keys, then Enter).",
            )
        if self.picked is not None:
            label = self._item_label(task.id, self.picked)
            return translate(
                "InteractiveSectionView",
                "Now tap where “{item}” belongs (or move with the arrow keys, then Enter; Esc "
                "puts it back).",
            ).format(item=label)
        return translate(
            "InteractiveSectionView",
            "Pick an item, then tap where it belongs — or drag it onto the picture. Keyboard: "
            "Enter on an item, then the arrow keys and Enter on the picture.",
        )

    # -- the picture's file -----------------------------------------------------------------

    def _decode_box(self) -> QSize:
        """The device pixels to decode at most: the picture's room on screen, or the
        screen's when the page is not laid out yet."""
        ratio = self.devicePixelRatioF()
        scene = self.scene
        if scene.isVisible() and scene.width() > 1 and scene.height() > 1:
            return QSize(round(scene.width() * ratio), round(scene.height() * ratio))
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1920, 1080)
        size = screen.availableSize()
        return QSize(round(size.width() * ratio), round(size.height() * ratio))

    def _start_decode(self) -> None:
        path = self._path
        if path is None:
            return
        self._loading = True
        self._token += 1
        token, carrier, box = self._token, self._carrier, self._decode_box()
        QThreadPool.globalInstance().start(lambda: _decode(path, box, carrier, token))

    def _decode_again(self) -> None:
        if not self._loading and self._path is not None and self.scene.image is not None:
            self._start_decode()

    def _on_decoded(self, token: int, image: QImage, natural: QSize, error: str) -> None:
        if token != self._token or self.config is None:
            return
        self._loading = False
        if image.isNull():
            if self.scene.image is not None:
                return  # a sharper copy failed: keep the one shown
            self.image_error = error
            self.scene.hide()
            self.card.set_text(
                translate("InteractiveSectionView", "This picture could not be opened"),
                translate(
                    "InteractiveSectionView",
                    "The file may be damaged ({error}). The tasks need the picture: tell the "
                    "module's author. You can go on with the rest of the module.",
                ).format(error=error),
            )
            self.card.show()
            self.state_changed.emit()
            return
        first = self.scene.image is None
        self.scene.set_image(image, natural)
        if first:
            self.state_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        narrow = event.size().width() < em(self) * 40
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            if self.config is not None:
                self.area.setMaximumWidth(16_777_215 if narrow else em(self) * 22)


SECTION_TYPE = SectionType(
    "interactive",
    "Interactive scene",
    InteractiveSectionView,
    records=frozenset({HOTSPOT_CLICK, OBJECT_DRAG, TASK_COMPLETE}),
    glyph="◎",
)
