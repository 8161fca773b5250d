"""Small widgets and helpers the viewer pages share (font-relative sizes, wrapping text)."""

from __future__ import annotations

from typing import Final, NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.theme import color, em, muted, scaled_font, set_colors, set_role, viewer_css
from sync.rules.render import VIEWER_CSS, markdown_to_html

__all__ = [
    "MarkdownBrowser",
    "MarkdownLabel",
    "MessageCard",
    "WrappingCheckBox",
    "WrappingRadioButton",
    "em",
    "qt_html",
    "scaled_font",
    "scroll_body",
    "set_muted",
    "status_icon",
]

OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})


def scroll_body() -> tuple[QWidget, QVBoxLayout]:
    """The content widget of a vertical ``QScrollArea`` whose height follows its width.

    Word-wrapped text makes a layout's *minimum* height the height at its narrowest width,
    far more than the page needs; a scroll area would then scroll a page that fits. With no
    layout constraint and an ``Ignored`` vertical policy the scroll area asks
    ``heightForWidth`` for its real width instead.
    """
    body = QWidget()
    body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    layout = QVBoxLayout(body)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    return body, layout


def set_muted(label: QLabel) -> None:
    """Secondary text: the palette's placeholder colour (readable, unlike disabled text)."""
    set_role(label, muted(label.palette()))


_CODE_OPEN = '<table class="code" width="100%" cellspacing="0" cellpadding="8" border="0"><tr><td>'


def qt_html(html: str) -> str:
    """Sanitised HTML adjusted for Qt's rich text: code blocks get padding (see VIEWER_CSS).

    ``html`` comes from ``markdown_to_html``, whose sanitiser writes ``<pre>`` without
    attributes, so plain string replacement is exact.
    """
    return html.replace("<pre>", f"{_CODE_OPEN}<pre>").replace("</pre>", "</pre></td></tr></table>")


def _styled_html(html: str) -> str:
    # QLabel has no default stylesheet of its own; inline the same CSS.
    return f"<style>{VIEWER_CSS}{viewer_css()}</style>{qt_html(html)}"


def _recolour(event: QEvent) -> bool:
    """The scheme changed: rendered markdown takes its colours when it is laid out."""
    kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
    return event.type() in kinds


class MarkdownLabel(QLabel):
    """Markdown rendered into a word-wrapping label (captions, intros); links are signalled.

    ``link_activated`` carries only http/https/mailto URLs: the sanitiser removes others.
    """

    link_activated = Signal(str)

    def __init__(self, markdown_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.linkActivated.connect(self._on_link)
        self.set_markdown(markdown_text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if _recolour(event):
            self.set_markdown(self._markdown)

    def set_markdown(self, markdown_text: str) -> None:
        self._markdown = markdown_text
        html = markdown_to_html(markdown_text) if markdown_text else ""
        self.setText(_styled_html(html) if html else "")
        self.setVisible(bool(markdown_text.strip()))
        # A Tab stop only with links to reach (Tab moves from link to link); plain text is
        # read, not focused (a stop with nothing to do and no focus mark).
        flags = (
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        if "<a " in html:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.setTextInteractionFlags(flags)

    def _on_link(self, url: str) -> None:
        self.link_activated.emit(url)


class MarkdownBrowser(QTextBrowser):
    """A read-only text view of rendered markdown with a comfortable reading width.

    Links never navigate inside the widget: ``link_activated`` carries the URL instead.
    Lines are kept to about ``measure`` average characters (wide windows get white space
    on the right, not lines too long to read).
    """

    link_activated = Signal(str)

    def __init__(
        self, markdown_text: str, parent: QWidget | None = None, *, measure: int = 100
    ) -> None:
        super().__init__(parent)
        self._measure = measure
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDefaultStyleSheet(VIEWER_CSS + viewer_css())
        self.document().setDocumentMargin(em(self))
        self._html = qt_html(markdown_to_html(markdown_text))
        self.setHtml(self._html)
        self.anchorClicked.connect(self._on_anchor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002, N802 (Qt API)
        # Sanitised HTML references nothing, but never let the document read local files.
        return None

    def _on_anchor(self, url: QUrl) -> None:
        self.link_activated.emit(url.toString())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if _recolour(event):
            position = self.verticalScrollBar().value()
            self.document().setDefaultStyleSheet(VIEWER_CSS + viewer_css())
            self.setHtml(self._html)
            self.verticalScrollBar().setValue(position)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        # Keep lines to about ``measure`` characters with the root frame's right margin, so
        # the page stays one white sheet and the text lines up with the section title.
        # (The viewport's resize events arrive here too: measure the viewport.)
        widest = QFontMetrics(self.font()).averageCharWidth() * self._measure
        side = float(max(0, self.viewport().width() - widest))
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if frame_format.rightMargin() != side:
            frame_format.setRightMargin(side)
            root.setFrameFormat(frame_format)


class _WrapKind(NamedTuple):
    """What differs between a check box and a radio button when their text wraps."""

    indicator: QStyle.PixelMetric
    spacing: QStyle.PixelMetric
    contents: QStyle.ContentsType


_CHECK: Final = _WrapKind(
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_CheckBoxLabelSpacing,
    QStyle.ContentsType.CT_CheckBox,
)
_RADIO: Final = _WrapKind(
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_RadioButtonLabelSpacing,
    QStyle.ContentsType.CT_RadioButton,
)


class _Wrapping:
    """The text wrapping of ``WrappingCheckBox`` and ``WrappingRadioButton`` (Qt's own never
    wrap): for a button ``button`` of kind ``kind`` showing ``full_text``."""

    def __init__(self, button: QAbstractButton, full_text: str, kind: _WrapKind) -> None:
        self.button, self.full_text, self.kind = button, full_text, kind
        button.setAccessibleName(full_text)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)
        button.setText(_escape(full_text))

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        option.initFrom(self.button)
        return option

    def indicator_space(self) -> int:
        option, style = self._option(), self.button.style()
        return (
            style.pixelMetric(self.kind.indicator, option, self.button)
            + style.pixelMetric(self.kind.spacing, option, self.button)
            + QFontMetrics(self.button.font()).averageCharWidth()  # focus frame and rounding
        )

    def wrapped(self, width: int) -> str:
        metrics = QFontMetrics(self.button.font())
        available = max(metrics.averageCharWidth() * 12, width - self.indicator_space())
        lines: list[str] = []
        current = ""
        for word in self.full_text.split():
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > available:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        return "\n".join(_escape(line) for line in lines)

    def size_for(self, text: str) -> QSize:
        metrics = QFontMetrics(self.button.font())
        text_size = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
        return self.button.style().sizeFromContents(
            self.kind.contents, self._option(), text_size, self.button
        )

    def height_for(self, width: int) -> int:
        return self.size_for(self.wrapped(width)).height()

    def size_hint(self) -> QSize:
        metrics = QFontMetrics(self.button.font())
        width = min(
            metrics.horizontalAdvance(self.full_text) + self.indicator_space(),
            metrics.averageCharWidth() * 60,
        )
        return QSize(width, self.height_for(width))

    def minimum_size_hint(self) -> QSize:
        # One line high: layouts ask heightForWidth for the real width. A minimum computed
        # at the narrowest width would make every scroll area far taller than its content.
        width = QFontMetrics(self.button.font()).averageCharWidth() * 16
        return QSize(width + self.indicator_space(), self.size_for("X").height())

    def resized(self, width: int) -> None:
        wrapped = self.wrapped(width)
        if wrapped != self.button.text():
            self.button.setText(wrapped)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


class WrappingCheckBox(QCheckBox):
    """A check box whose text wraps to its width (QCheckBox itself never wraps).

    The accessible name is the unwrapped text; ``&`` is shown literally (no mnemonic).
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wrap = _Wrapping(self, text, _CHECK)

    @property
    def full_text(self) -> str:
        return self._wrap.full_text

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._wrap.height_for(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._wrap.size_hint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._wrap.minimum_size_hint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._wrap.resized(event.size().width())
        super().resizeEvent(event)


class WrappingRadioButton(QRadioButton):
    """A radio button whose text wraps to its width (a long choice would otherwise widen
    the whole page); as ``WrappingCheckBox``."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wrap = _Wrapping(self, text, _RADIO)

    @property
    def full_text(self) -> str:
        return self._wrap.full_text

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._wrap.height_for(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._wrap.size_hint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._wrap.minimum_size_hint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._wrap.resized(event.size().width())
        super().resizeEvent(event)


class MessageCard(QFrame):
    """A calm, bordered box with an icon, a bold heading and a paragraph of plain text."""

    def __init__(
        self,
        heading: str,
        text: str,
        *,
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxInformation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        set_colors(self, {QPalette.ColorRole.Window: "alt_base"})
        unit = em(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(unit, unit, unit, unit)
        layout.setSpacing(unit)
        self.icon_label = QLabel(self)
        size = round(unit * 2)
        self.icon_label.setPixmap(self.style().standardIcon(icon).pixmap(QSize(size, size)))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(unit // 3)
        self.heading_label = QLabel(heading, self)
        self.heading_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.heading_label.setWordWrap(True)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.heading_label)
        column.addWidget(self.text_label)
        layout.addLayout(column, 1)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)

    def set_text(self, heading: str, text: str) -> None:
        if self.heading_label.text() != heading:
            self.heading_label.setText(heading)
            self.setAccessibleName(heading)
        if self.text_label.text() != text:
            self.text_label.setText(text)
            self.setAccessibleDescription(text)

    def heading(self) -> str:
        return self.heading_label.text()

    def text(self) -> str:
        return self.text_label.text()


def status_icon(size: int, *, complete: bool, palette: QPalette) -> QIcon:
    """A round status mark: a disc with a tick, or an empty ring, in the current scheme's
    ``tick``/``on_tick``/``muted`` colours (``palette`` is no longer read: the scheme
    decides; build the icons again after a change of scheme)."""
    scale = 2  # drawn at twice the size so it stays crisp at 200 % scaling
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = size * 0.12
    rect = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    if complete:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color("tick"))
        painter.drawEllipse(rect)
        pen = QPen(color("on_tick"), max(1.5, size * 0.11))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath(QPointF(size * 0.32, size * 0.52))
        tick.lineTo(QPointF(size * 0.45, size * 0.65))
        tick.lineTo(QPointF(size * 0.69, size * 0.38))
        painter.drawPath(tick)
    else:
        pen = QPen(color("muted"), max(1.0, size * 0.08))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)
