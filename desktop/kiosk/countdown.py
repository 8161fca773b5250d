"""The idle countdown that covers the screen before a student is signed out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop import theme
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton, centred

__all__ = ["CountdownOverlay"]


class CountdownOverlay(QFrame):
    """'Still there?' over the whole window; any touch cancels (through ``IdleMonitor``)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-countdown")
        self.setAutoFillBackground(True)
        palette = self.palette()
        shade = palette.color(palette.ColorRole.Window)
        shade.setAlpha(235)
        palette.setColor(palette.ColorRole.Window, shade)
        self.setPalette(palette)
        self.title = theme.title_label(translate("CountdownOverlay", "Still there?"), 2.2, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = QLabel(self)
        self.seconds.setObjectName("idle-seconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds.setFont(theme.scaled_font(self.seconds.font(), 1.6))
        self.hint = QLabel(translate("CountdownOverlay", "Touch anywhere to keep working."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFont(theme.scaled_font(self.hint.font(), 1.3))
        self.stay = TouchButton(translate("CountdownOverlay", "I'm still here"), self, scale=1.4)
        theme.make_primary(self.stay)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.seconds)
        layout.addWidget(self.hint)
        layout.addSpacing(theme.em(self, 1))
        layout.addLayout(centred(self.stay))
        layout.addStretch(3)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        if seconds < 0:
            self.hide()
            return
        self.seconds.setText(
            translate("CountdownOverlay", "Signing you out in %n second(s)", n=seconds)
        )
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
