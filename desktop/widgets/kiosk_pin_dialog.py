"""'Set kiosk PIN…': a student chooses the PIN they use on the shared orientation tablets.

Needs the network once (the PIN goes to the server, which keeps only its argon2id hash and
hands that hash to the kiosks of the student's university at their next sync).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext

__all__ = ["KioskPinDialog"]


class KioskPinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Set kiosk PIN")
        intro = QLabel(
            "On the shared tablets at orientation you sign in by tapping your name and "
            "typing this PIN. Choose 4 to 8 digits nobody can guess.",
            self,
        )
        intro.setWordWrap(True)
        digits = QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}"), self)
        self.pin = QLineEdit(self)
        self.again = QLineEdit(self)
        for field, name in ((self.pin, "New kiosk PIN"), (self.again, "PIN again")):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(digits)
            field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow("New &PIN", self.pin)
        form.addRow("PIN &again", self.again)
        self.error = QLabel(self)
        self.error.setObjectName("kiosk-pin-error")
        self.error.setWordWrap(True)
        theme.set_role(self.error, theme.danger())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        from sync.kiosk import set_own_pin, valid_pin

        user = self.ctx.user
        pin = self.pin.text()
        if user is None or not user.token:
            self.error.setText("Sign in first.")
            return
        if not valid_pin(pin):
            self.error.setText("A kiosk PIN is 4 to 8 digits.")
            return
        if pin != self.again.text():
            self.error.setText("The two PINs differ.")
            return
        self.error.setText("Saving…")
        self.buttons.setEnabled(False)
        server, token = user.server_url, user.token
        self.ctx.tasks.network(
            lambda: set_own_pin(server, token, pin),
            on_done=lambda _result: self.accept(),
            on_error=self._failed,
            what="setting the kiosk PIN",
        )

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(exc) or "The PIN could not be saved.")
