"""The status area at the bottom of the window; it is always visible when signed in.

It shows online/offline, syncing, the last successful sync, pending changes, items the
server rejected, media downloads and errors in plain words, with a 'Sync now' button.
The words come from ``desktop.ops.status``; this widget only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from desktop import a11y, theme
from desktop.i18n import translate
from desktop.ops.media import MediaActivity
from desktop.ops.status import StatusText, format_bytes

__all__ = ["StatusArea"]


class _Dot(QWidget):
    """A small round light in the status colour (the words carry the meaning too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = "muted"  # a theme role, looked up when painting: the scheme can change
        side = theme.em(self, 0.6)
        self.setFixedSize(QSize(side, side))

    def set_role(self, role: str) -> None:
        self._role = role
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color(self._role))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))


class _LinkButton(QPushButton):
    """A flat button (it reads like a link) that still shows a focus mark: the style draws
    none on flat buttons, so it draws the style's focus frame itself."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.backgroundColor = self.palette().color(self.backgroundRole())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)


class StatusArea(QWidget):
    """Signals: ``sync_now``, ``show_not_synced``, ``sign_in_again``.

    Its labels' accessible names are their words ("Online", "Last synced 2 minutes ago"),
    kept up to date. Wherever the focus is (the status line changes while the student reads
    a module), a change of state (offline, online) is announced politely, a sync problem
    assertively, and the result of a sync the student asked for (``expect_result``) once it
    is there; the periodic syncs in between are not.
    """

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
        self.headline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details = QLabel(self)
        self.details.setObjectName("status-details")
        theme.set_role(self.details, theme.muted())

        self.rejected = _LinkButton(self)
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
        self._settled: tuple[str, str] | None = None  # (tone, headline) last not busy
        self._asked = False  # the student asked for a sync: say how it went
        self._asked_busy = False  # ... and it has started

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
        a11y.set_live_text(self.headline, status.headline)
        roles = {
            "ok": "success",
            "busy": "accent",
            "offline": "caution",
            "error": "danger",
            "neutral": "muted",
        }
        self.dot.set_role(roles[status.tone])
        a11y.set_live_text(self.details, f"{status.last_sync}  ·  {status.pending}")
        self.rejected.setText(
            translate("StatusArea", "{items} — review").format(items=status.rejected)
            if status.rejected
            else ""
        )
        self.rejected.setVisible(bool(status.rejected))
        self.sign_in_button.setVisible(status.needs_sign_in and self.offers_sign_in)
        self.sync_button.setEnabled(status.tone != "busy")
        self.setAccessibleDescription(f"{status.headline}. {status.last_sync}. {status.pending}.")
        self._announce(status)

    def expect_result(self) -> None:
        """The student asked for a sync (Sync now, F5): announce its result."""
        self._asked, self._asked_busy = True, False

    def _announce(self, status: StatusText) -> None:
        """Say what changed: not the start of a sync, not the same state again."""
        if status.tone == "busy":
            self._asked_busy = self._asked
            return
        settled, self._settled = self._settled, (status.tone, status.headline)
        ended = self._asked and self._asked_busy  # the sync the student asked for
        if ended:
            self._asked = self._asked_busy = False
        if status.tone == "error" and settled != self._settled:
            a11y.announce(self.headline, status.headline, assertive=True)
        elif settled is not None and settled != self._settled:
            a11y.announce(self.headline, status.headline)
        elif ended and status.tone == "ok":
            a11y.announce(self.headline, f"{status.last_sync}. {status.pending}.")
        elif ended:
            a11y.announce(self.headline, status.headline, assertive=status.tone == "error")

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
