"""The ``image`` section: an image from the media cache with its caption.

The picture's alt text (``section_config.alt``, ``sync.rules.media_text``) is its accessible
description, and its accessible name when the section has no title; with ``show_alt`` it is
also shown under the picture.

Completion (``sync.rules.sections.ImageRule``): as ``text`` (read for ``read_seconds``, or
Next), but only once the image is shown or found broken. Records nothing beyond what every
page records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.i18n import translate
from desktop.viewer._session import ViewerSession, ViewerTiming, ms
from desktop.viewer._widgets import MarkdownLabel, MessageCard, em
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord
from sync.rules.media_text import image_alt
from sync.rules.sections import MediaState, SectionState

__all__ = ["SECTION_TYPE", "ImageSectionView"]

_MAX_IMAGE_SIDE: Final = 4096


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
        self.alt, show_alt = image_alt(section.section_config)
        shown_as = section.title or self.alt or translate("ImageSectionView", "section image")
        self.image_label.setAccessibleName(
            translate("ImageSectionView", "Image: {name}").format(name=shown_as)
        )
        self.image_label.setAccessibleDescription(self.alt or "")
        self.image_label.hide()
        self.alt_label: QLabel | None = None
        if show_alt and self.alt:
            self.alt_label = QLabel(self.alt, body)
            self.alt_label.setObjectName("image-alt")
            self.alt_label.setWordWrap(True)
            self.alt_label.setTextFormat(Qt.TextFormat.PlainText)
            self.alt_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.alt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = self.alt_label.font()
            font.setItalic(True)
            self.alt_label.setFont(font)
            self.alt_label.hide()
        self.message = MessageCard(
            translate("ImageSectionView", "Image not available yet"), "", parent=body
        )
        self.message.hide()
        self.caption = MarkdownLabel(section.content, body)
        self.caption.link_activated.connect(self.link_activated)
        layout.addWidget(self.image_label)
        if self.alt_label is not None:
            layout.addWidget(self.alt_label)
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

    def state(self) -> SectionState:
        if self.source is not None:
            return SectionState(media=MediaState.SHOWN)
        if self.error is not None:
            return SectionState(media=MediaState.BROKEN)
        return SectionState(media=MediaState.WAITING)

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("ImageSectionView", "Section complete.")
        if self.source is None and self.error is None:
            return translate(
                "ImageSectionView", "This section completes once the image can be shown."
            )
        return translate("ImageSectionView", "Look at the image, then continue with Next.")

    def refresh_media(self) -> None:
        if self.source is not None or self.error is not None or self._loading_path is not None:
            return
        path = self._session.media_path(self.section)
        if path is None:
            self.message.set_text(
                translate("ImageSectionView", "Image not available yet"),
                self._session.media_message(self.section),
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
            self.error = error or translate("ImageSectionView", "unknown format")
            self.message.set_text(
                translate("ImageSectionView", "This image could not be opened"),
                translate(
                    "ImageSectionView",
                    "The file may be damaged ({error}). The caption below still applies; "
                    "you can continue with Next.",
                ).format(error=self.error),
            )
            self.message.show()
            if self.alt_label is not None:
                self.alt_label.show()  # what the picture would have shown
            self.state_changed.emit()
            return
        self.source = image
        self.message.hide()
        self.image_label.show()
        if self.alt_label is not None:
            self.alt_label.show()
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


SECTION_TYPE = SectionType("image", translate("image", "Image"), ImageSectionView, glyph="▣")
