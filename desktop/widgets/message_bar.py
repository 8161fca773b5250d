"""A calm message bar above the pages: the app's one place for unexpected problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop import a11y, theme
from desktop.i18n import translate

__all__ = ["MessageBar"]


class MessageBar(QFrame):
    """Shows one message until dismissed (a newer message replaces it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message-bar")
        self.setAutoFillBackground(True)
        theme.set_colors(
            self,
            {QPalette.ColorRole.Window: "problem", QPalette.ColorRole.WindowText: "on_problem"},
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QPushButton(translate("MessageBar", "Dismiss"), self)
        self.dismiss.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        pad = theme.em(self, 0.5)
        row.setContentsMargins(pad * 2, pad, pad * 2, pad)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, *, assertive: bool = False) -> None:
        """Show ``text`` (its words are the label's accessible name) and announce it:
        the student may be anywhere in the app; ``assertive`` for problems."""
        a11y.set_live_text(self.label, text)
        self.show()
        a11y.announce(self.label, text, assertive=assertive)
