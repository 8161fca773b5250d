"""One page per section type: text, image, checklist and the "not supported" card.

Video lives in ``_video.py``, loaded with the first video section (``_multimedia``; where Qt
Multimedia cannot load, ``VideoUnavailableSectionView`` says why). Every page is a
``SectionView``: it shows its section, and *asks* the viewer to record or complete through
signals, so that recording rules (and the preview guard) stay in one place, ``ModuleViewer``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.viewer._multimedia import MultimediaProblem
from desktop.viewer._session import ViewerSession, ViewerTiming, ms
from desktop.viewer._widgets import (
    MarkdownBrowser,
    MarkdownLabel,
    MessageCard,
    WrappingCheckBox,
    em,
    scroll_body,
)
from local_store.records import SectionRecord
from sync.rules.content_folder import ChecklistItem, ContentError, parse_checklist

__all__ = [
    "ChecklistSectionView",
    "ImageSectionView",
    "SectionView",
    "TextSectionView",
    "VideoUnavailableSectionView",
    "UnsupportedSectionView",
    "checklist_intro",
    "type_label",
]

_TASK_LINE_RE: Final = re.compile(r"^\s*[-*+]\s+\[[ xX]\](?:\s|$)")
_FENCE_RE: Final = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_MAX_IMAGE_SIDE: Final = 4096

_TYPE_LABELS: Final = {
    "text": "Reading",
    "image": "Image",
    "video": "Video",
    "checklist": "Checklist",
}


def type_label(section_type: str) -> str:
    """A human name for a section type ("Reading", "Video", ...; unknown types as given)."""
    return _TYPE_LABELS.get(section_type, section_type.replace("_", " ").capitalize())


def checklist_intro(content: str) -> str:
    """The checklist's markdown without its ``- [ ] item`` lines (fenced code kept as is)."""
    kept: list[str] = []
    fence: str | None = None
    for line in content.splitlines():
        match = _FENCE_RE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
        elif fence is None and _TASK_LINE_RE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


class SectionView(QWidget):
    """Base of the section pages.

    Signals: ``complete_requested(reason)`` when the page's own criterion is met (the viewer
    decides whether that is new), ``record_requested(event_type, data)`` for interaction
    events, ``link_activated(url)`` for links the user followed, ``state_changed()`` when
    its completion rule or hint may have changed (media loaded or found broken).
    """

    complete_requested = Signal(str)
    record_requested = Signal(str, object)
    link_activated = Signal(str)
    state_changed = Signal()

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._session = session
        self._timing = timing
        self._active = False
        self._scroll_bar: QScrollBar | None = None
        self._scroll_percent = 0
        self._scroll_max = 0
        self._scroll_dirty = False
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(ms(timing.scroll_seconds))
        self._scroll_timer.timeout.connect(self._flush_scroll)
        self._ignore_scroll = False

    # -- what the viewer asks ------------------------------------------------------------

    @property
    def number(self) -> int:
        return self.section.section_number

    def completes_on_next(self) -> bool:
        """Whether pressing Next completes this section."""
        return False

    def completes_on_reading(self) -> bool:
        """Whether being shown for ``read_seconds`` completes this section."""
        return False

    def hint(self, complete: bool) -> str:
        """One line under the page telling the student what completes it."""
        return "Section complete." if complete else ""

    def media_playing(self) -> bool:
        return False

    def scroll_bar(self) -> QScrollBar | None:
        return self._scroll_bar

    def activate(self) -> None:
        """The page became the visible section."""
        self._active = True
        self.refresh_media()

    def deactivate(self) -> None:
        """Another page is shown now (or the viewer closes): flush what is pending."""
        self._active = False
        self._flush_scroll()

    def refresh_media(self) -> None:
        """Re-check the section's media (a download may have finished)."""

    def apply_state(self, checklist: Mapping[tuple[int, str], bool]) -> None:
        """Show the current checklist state (only checklist pages use it)."""

    def shutdown(self) -> None:
        self.deactivate()
        self._scroll_timer.stop()

    # -- scroll events, coalesced ----------------------------------------------------------

    def _track_scrolling(self, area: QAbstractScrollArea) -> None:
        self._scroll_bar = area.verticalScrollBar()
        self._scroll_bar.valueChanged.connect(self._on_scroll)

    def _on_scroll(self, value: int) -> None:
        bar = self._scroll_bar
        if bar is None or self._ignore_scroll or not self._active or bar.maximum() <= 0:
            return
        percent = round(100 * value / bar.maximum())
        if percent == self._scroll_percent:
            return
        self._scroll_percent = percent
        self._scroll_max = max(self._scroll_max, percent)
        self._scroll_dirty = True
        if not self._scroll_timer.isActive():
            self._scroll_timer.start()

    def _flush_scroll(self) -> None:
        self._scroll_timer.stop()
        if self._scroll_dirty:
            self._scroll_dirty = False
            self.record_requested.emit(
                "scroll", {"percent": self._scroll_percent, "max_percent": self._scroll_max}
            )

    def _scrolling_page(self) -> tuple[QWidget, QVBoxLayout, int]:
        """The page as one scroll area (``self.area``): its body, the body's layout, and the
        font-relative spacing unit the layout uses."""
        unit = em(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area = self._scroll_area()
        outer.addWidget(self.area)
        body, layout = scroll_body()
        layout.setContentsMargins(unit, unit // 2, unit, unit)
        layout.setSpacing(unit // 2)
        return body, layout, unit

    def _scroll_area(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._track_scrolling(area)
        return area


class TextSectionView(SectionView):
    """Markdown in a ``QTextBrowser``; links go to the system browser via the viewer."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = MarkdownBrowser(section.content, self)
        self.browser.setAccessibleName(section.title or "Section text")
        self.browser.link_activated.connect(self.link_activated)
        layout.addWidget(self.browser)
        self._track_scrolling(self.browser)
        self.setFocusProxy(self.browser)

    def completes_on_next(self) -> bool:
        return True

    def completes_on_reading(self) -> bool:
        return True

    def hint(self, complete: bool) -> str:
        return "Section complete." if complete else "Read through, then continue with Next."


class _ImageCarrier(QObject):
    """Carries a decoded image from a pool thread back to the UI thread."""

    loaded = Signal(int, object, str)  # token, QImage, error text


def _read_image(path: Path, carrier: _ImageCarrier, token: int) -> None:
    """Decode ``path`` (off the UI thread); big images are scaled down while decoding."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > _MAX_IMAGE_SIDE:
        reader.setScaledSize(
            size.scaled(_MAX_IMAGE_SIDE, _MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    carrier.loaded.emit(token, image, "" if not image.isNull() else reader.errorString())


class ImageSectionView(SectionView):
    """An image from the media cache, scaled to fit the page width, with its caption.

    While the file is missing a message card takes its place (refreshed every
    ``media_poll_seconds`` so that download progress shows); the image is decoded on a pool
    thread, so a big photo never blocks the window.
    """

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        body, layout, unit = self._scrolling_page()
        self.image_label = QLabel(body)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.image_label.setAccessibleName(f"Image: {section.title or 'section image'}")
        self.image_label.hide()
        self.message = MessageCard("Image not available yet", "", parent=body)
        self.message.hide()
        self.caption = MarkdownLabel(section.content, body)
        self.caption.link_activated.connect(self.link_activated)
        layout.addWidget(self.image_label)
        layout.addWidget(self.message)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.area.setWidget(body)
        self.source: QImage | None = None
        self.error: str | None = None
        self._loading_path: Path | None = None
        self._token = 0
        self._carrier = _ImageCarrier()
        self._carrier.loaded.connect(self._on_loaded)
        self._poll = QTimer(self)
        self._poll.setInterval(ms(timing.media_poll_seconds))
        self._poll.timeout.connect(self.refresh_media)

    def completes_on_reading(self) -> bool:
        return self.source is not None or self.error is not None

    def completes_on_next(self) -> bool:
        return self.completes_on_reading()

    def hint(self, complete: bool) -> str:
        if complete:
            return "Section complete."
        if self.source is None and self.error is None:
            return "This section completes once the image can be shown."
        return "Look at the image, then continue with Next."

    def refresh_media(self) -> None:
        if self.source is not None or self.error is not None or self._loading_path is not None:
            return
        path = self._session.media_path(self.section)
        if path is None:
            self.message.set_text(
                "Image not available yet", self._session.media_message(self.section)
            )
            self.message.show()
            if self._active and not self._poll.isActive():
                self._poll.start()
            return
        self._poll.stop()
        self._loading_path = path
        self._token += 1
        token, carrier = self._token, self._carrier
        QThreadPool.globalInstance().start(lambda: _read_image(path, carrier, token))

    def deactivate(self) -> None:
        super().deactivate()
        self._poll.stop()

    def shutdown(self) -> None:
        super().shutdown()
        self._poll.stop()

    def _on_loaded(self, token: int, image: QImage, error: str) -> None:
        if token != self._token:
            return
        self._loading_path = None
        if image.isNull():
            self.error = error or "unknown format"
            self.message.set_text(
                "This image could not be opened",
                f"The file may be damaged ({self.error}). The caption below still applies; "
                "you can continue with Next.",
            )
            self.message.show()
            self.state_changed.emit()
            return
        self.source = image
        self.message.hide()
        self.image_label.show()
        self._rescale()
        self.state_changed.emit()

    def _rescale(self) -> None:
        if self.source is None:
            return
        viewport = self.area.viewport().size()
        unit = em(self)
        target = QSize(
            max(unit, viewport.width() - 2 * unit),
            max(unit * 4, round(viewport.height() * 0.72)),
        )
        ratio = self.devicePixelRatioF()
        natural = self.source.size()
        # Never upscale beyond the device's pixel ratio: it would only blur.
        limit = QSize(round(natural.width() * ratio), round(natural.height() * ratio))
        physical = QSize(round(target.width() * ratio), round(target.height() * ratio))
        physical = physical.boundedTo(limit)
        scaled = self.source.scaled(
            physical, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)
        self.image_label.setFixedHeight(round(pixmap.height() / ratio))
        body = self.area.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()  # place the caption below the new height before the next paint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._rescale()


class ChecklistSectionView(SectionView):
    """Real check boxes, one per ``- [ ] item``; optional items are marked "(optional)".

    Only user toggles (``clicked``) are reported, never the state set by ``apply_state``.
    """

    item_toggled = Signal(str, bool)  # item key, checked

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        body, layout, unit = self._scrolling_page()
        self.error: str | None = None
        try:
            self.items: list[ChecklistItem] = parse_checklist(section.content)
        except ContentError as exc:
            self.items = []
            self.error = exc.message
        self.intro = MarkdownLabel(checklist_intro(section.content), body)
        self.intro.link_activated.connect(self.link_activated)
        layout.addWidget(self.intro)
        self.boxes: dict[str, WrappingCheckBox] = {}
        box_column = QVBoxLayout()
        box_column.setSpacing(unit // 2)
        box_column.setContentsMargins(unit // 2, unit // 2, 0, 0)
        for item in self.items:
            text = item.text if item.required else f"{item.text} (optional)"
            box = WrappingCheckBox(text, body)
            box.setProperty("item_key", item.key)
            box.setProperty("required", item.required)
            box.clicked.connect(lambda checked, key=item.key: self._on_clicked(key, checked))
            self.boxes[item.key] = box
            box_column.addWidget(box)
        layout.addLayout(box_column)
        self.message: MessageCard | None = None
        if self.error is not None or not self.items:
            self.message = MessageCard(
                "This checklist could not be read",
                f"{self.error or 'It has no items.'} Tell the module's author; you can "
                "continue with Next.",
                icon=QStyle.StandardPixmap.SP_MessageBoxWarning,
                parent=body,
            )
            layout.addWidget(self.message)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addSpacing(unit // 2)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.area.setWidget(body)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)
        self._update_summary()

    @property
    def required_keys(self) -> list[str]:
        return [item.key for item in self.items if item.required]

    def satisfied(self) -> bool:
        """All required items are ticked (a checklist without any then completes on Next)."""
        return all(self.boxes[key].isChecked() for key in self.required_keys)

    def completes_on_next(self) -> bool:
        # Broken checklists, and checklists whose items are all optional, complete on Next.
        return self.message is not None or not self.required_keys

    def hint(self, complete: bool) -> str:
        if complete:
            return "Section complete."
        if self.completes_on_next():
            return "Continue with Next when you are done."
        return "Tick every required item to complete this section."

    def apply_state(self, checklist: Mapping[tuple[int, str], bool]) -> None:
        for key, box in self.boxes.items():
            checked = checklist.get((self.number, key), False)
            if box.isChecked() != checked:
                box.setChecked(checked)
        self._update_summary()

    def _on_clicked(self, key: str, checked: bool) -> None:
        self._update_summary()
        self.item_toggled.emit(key, checked)

    def _update_summary(self) -> None:
        required = self.required_keys
        if not required:
            self.summary.setVisible(False)
            return
        done = sum(1 for key in required if self.boxes[key].isChecked())
        self.summary.setText(f"{done} of {len(required)} required items ticked.")
        self.summary.setVisible(True)


class UnsupportedSectionView(SectionView):
    """A readable card for a section type this version does not know; completes on Next."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        unit = em(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit, unit // 2, unit, unit)
        kind = type_label(section.section_type)
        self.card = MessageCard(
            "Not supported in this version",
            f"This is a “{kind}” section, which needs a newer version of FRAMES. Update the "
            "app when you can to see it. You can carry on with the rest of the module: press "
            "Next to continue.",
            parent=self,
        )
        self.card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.card)
        layout.addStretch(1)

    def completes_on_next(self) -> bool:
        return True

    def hint(self, complete: bool) -> str:
        return "Section complete." if complete else "Press Next to continue."


class VideoUnavailableSectionView(SectionView):
    """A video section on a computer where the video player cannot be loaded (a system
    library Qt Multimedia needs is missing): what is missing and how to install it, the
    caption below; completes on Next, since the student can do nothing about it."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        problem: MultimediaProblem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        self.problem = problem
        body, layout, _unit = self._scrolling_page()
        self.message = MessageCard(
            "This video cannot play on this computer",
            f"{problem.explanation()} The text below still applies; press Next to continue.",
            parent=body,
        )
        self.message.setObjectName("video-unavailable")
        self.message.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.message)
        self.caption = MarkdownLabel(section.content, body)
        self.caption.link_activated.connect(self.link_activated)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.area.setWidget(body)

    def completes_on_next(self) -> bool:
        return True

    def hint(self, complete: bool) -> str:
        return "Section complete." if complete else "Press Next to continue."


def data_of(value: Any) -> dict[str, Any] | None:
    """Signals carry ``object``; the viewer wants ``dict | None``."""
    return value if isinstance(value, dict) else None
