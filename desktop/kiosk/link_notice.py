"""A link in a module, shown with its address instead of opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop import theme
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton, centred

__all__ = ["LinkNotice"]


class LinkNotice(QFrame):
    """A link from a module, shown instead of opened: a kiosk never starts a browser (that
    would be a way out of the locked-down app). The address is large and selectable, with
    *Copy address* and *Close*."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-link-notice")
        self.setAutoFillBackground(True)
        theme.set_colors(self, {QPalette.ColorRole.Window: "window"})
        self.title = theme.title_label(
            translate("LinkNotice", "This link opens on your own device"), 1.8, self
        )
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = QLabel(
            translate(
                "LinkNotice",
                "This tablet does not open websites. Note the address, or copy it, and open "
                "it on your phone or laptop.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFont(theme.scaled_font(self.hint.font(), 1.2))
        self.address = QLabel(self)
        self.address.setObjectName("kiosk-link-address")
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setFont(theme.scaled_font(self.address.font(), 1.5, bold=True))
        self.copy = TouchButton(translate("LinkNotice", "Copy address"), self)
        self.copy.setObjectName("kiosk-link-copy")
        self.copy.clicked.connect(self._copy)
        self.close_button = TouchButton(translate("LinkNotice", "Close"), self)
        self.close_button.setObjectName("kiosk-link-close")
        theme.make_primary(self.close_button)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        margin = theme.em(self, 3)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(theme.em(self, 1))
        layout.addWidget(self.address)
        layout.addSpacing(theme.em(self, 1))
        layout.addLayout(centred(buttons))
        layout.addStretch(3)
        self.hide()

    @property
    def url(self) -> str:
        return self.address.text()

    def show_url(self, url: str) -> None:
        self.address.setText(url)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.close_button.setFocus()

    def _copy(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.url)
        self.hint.setText(
            translate("LinkNotice", "Copied. Paste it into a message to yourself, or note it down.")
        )
