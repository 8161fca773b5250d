"""The status area at the bottom of the window; it is always visible when signed in.

It shows online/offline, syncing, the last successful sync, pending changes, items the
server rejected, media downloads and errors in plain words, with a 'Sync now' button.
The words come from ``desktop.ops.status``; this widget only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.i18n import translate
from desktop.ops.media import MediaActivity
from desktop.ops.status import StatusText, format_bytes

__all__ = ["StatusArea"]


class _Dot(QWidget):
    """A small round light in the status colour (the words carry the meaning too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = theme.muted()
        side = theme.em(self, 0.6)
        self.setFixedSize(QSize(side, side))

    def set_color(self, color: QColor) -> None:
        self._color = color
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))


class StatusArea(QWidget):
    """Signals: ``sync_now``, ``show_not_synced``, ``sign_in_again``."""

    sync_now = Signal()
    show_not_synced = Signal()
    sign_in_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-area")
        self.dot = _Dot(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("status-headline")
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(translate("StatusArea", "Connection status"))
        self.headline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details = QLabel(self)
        self.details.setObjectName("status-details")
        self.details.setAccessibleName(translate("StatusArea", "Sync details"))
        theme.set_role(self.details, theme.muted())

        self.rejected = QPushButton(self)
        self.rejected.setObjectName("status-rejected")
        self.rejected.setFlat(True)
        self.rejected.setCursor(Qt.CursorShape.PointingHandCursor)
        self.rejected.clicked.connect(self.show_not_synced)
        self.rejected.hide()

        self.media_label = QLabel(self)
        self.media_label.setObjectName("status-media")
        theme.set_role(self.media_label, theme.muted())
        self.media_bar = QProgressBar(self)
        self.media_bar.setObjectName("status-media-bar")
        self.media_bar.setTextVisible(False)
        self.media_bar.setMaximumWidth(theme.em(self, 8))
        self.media_bar.setMaximumHeight(theme.em(self, 0.5))
        self.media_bar.setAccessibleName(translate("StatusArea", "Media download progress"))
        self.media_label.hide()
        self.media_bar.hide()

        self.offers_sign_in = True  # a kiosk's credential is staff's business, not the student's
        self.sign_in_button = QPushButton(translate("StatusArea", "Sign in again"), self)
        self.sign_in_button.clicked.connect(self.sign_in_again)
        self.sign_in_button.hide()
        self.sync_button = QPushButton(translate("StatusArea", "Sync now"), self)
        self.sync_button.setObjectName("sync-now")
        self.sync_button.setToolTip(
            translate("StatusArea", "Send your progress and get new modules now (F5)")
        )
        self.sync_button.clicked.connect(self.sync_now)

        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.headline)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        pad = theme.em(self, 0.4)
        row.setContentsMargins(pad * 2, pad, pad * 2, pad)
        row.setSpacing(pad * 2)
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        row.addWidget(self.rejected)
        row.addWidget(self.media_label)
        row.addWidget(self.media_bar)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sync_button)

    def set_text(self, status: StatusText) -> None:
        self.headline.setText(status.headline)
        colors = {
            "ok": theme.success(),
            "busy": theme.accent(),
            "offline": theme.caution(),
            "error": theme.danger(),
            "neutral": theme.muted(),
        }
        self.dot.set_color(colors[status.tone])
        self.details.setText(f"{status.last_sync}  ·  {status.pending}")
        self.rejected.setText(
            translate("StatusArea", "{items} — review").format(items=status.rejected)
            if status.rejected
            else ""
        )
        self.rejected.setVisible(bool(status.rejected))
        self.sign_in_button.setVisible(status.needs_sign_in and self.offers_sign_in)
        self.sync_button.setEnabled(status.tone != "busy")
        self.setAccessibleDescription(f"{status.headline}. {status.last_sync}. {status.pending}.")

    def set_media(self, media: MediaActivity) -> None:
        show = media.downloading and media.files_total > 0 and media.done_bytes < media.total_bytes
        self.media_label.setVisible(show)
        self.media_bar.setVisible(show)
        if not show:
            return
        total = max(1, media.total_bytes)
        self.media_bar.setRange(0, 1000)
        self.media_bar.setValue(min(1000, 1000 * media.done_bytes // total))
        self.media_label.setText(
            translate("StatusArea", "Downloading media {done} of {total}").format(
                done=format_bytes(media.done_bytes), total=format_bytes(media.total_bytes)
            )
        )
