"""The signed-in student's header."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop import theme
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton

__all__ = ["KioskHeader"]


class KioskHeader(QFrame):
    """Who is signed in, and the one-tap sign-out."""

    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-header")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.name = QLabel(self)
        self.name.setObjectName("kiosk-student")
        self.name.setFont(theme.scaled_font(self.name.font(), 1.3, bold=True))
        self.sign_out = TouchButton(translate("KioskHeader", "Sign out"), self, scale=1.2)
        self.sign_out.setObjectName("kiosk-sign-out")
        theme.make_primary(self.sign_out)
        self.sign_out.clicked.connect(self.sign_out_requested)
        row = QHBoxLayout(self)
        margin = theme.em(self, 0.6)
        row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        row.addWidget(self.name, 1)
        row.addWidget(self.sign_out)

    def show_student(self, name: str) -> None:
        self.name.setText(name)
        self.show()

    def forget(self) -> None:
        self.name.clear()
        self.hide()
