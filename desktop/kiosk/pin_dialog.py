"""'Set kiosk PIN…': a student chooses the PIN they use on the shared orientation tablets.

Needs the network once and the student's password (the server does not change a PIN on
the strength of the device's sign-in alone); the server keeps only what verifies the PIN
and hands it to the kiosks of the student's university at their next sync.
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
from desktop.errors import plain_message
from desktop.i18n import translate
from desktop.ops import kiosk as kiosk_ops
from desktop.ops.kiosk import MAX_PIN_DIGITS

__all__ = ["KioskPinDialog"]


class KioskPinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("KioskPinDialog", "Set kiosk PIN"))
        intro = QLabel(
            translate(
                "KioskPinDialog",
                "On the shared tablets at orientation you sign in by tapping your name and "
                "typing this PIN. Choose {rule} nobody can guess (not your birthday, not a "
                "row of one digit).",
            ).format(rule=kiosk_ops.pin_rule()),
            self,
        )
        intro.setWordWrap(True)
        digits = QRegularExpressionValidator(
            QRegularExpression(f"[0-9]{{0,{MAX_PIN_DIGITS}}}"), self
        )
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("KioskPinDialog", "Your password"))
        self.pin = QLineEdit(self)
        self.again = QLineEdit(self)
        for field, name in (
            (self.pin, translate("KioskPinDialog", "New kiosk PIN")),
            (self.again, translate("KioskPinDialog", "PIN again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(digits)
            field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(translate("KioskPinDialog", "Your pass&word"), self.password)
        form.addRow(translate("KioskPinDialog", "New &PIN"), self.pin)
        form.addRow(translate("KioskPinDialog", "PIN &again"), self.again)
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
        user = self.ctx.user
        pin = self.pin.text()
        if user is None or not user.token:
            self.error.setText(translate("KioskPinDialog", "Sign in first."))
            return
        if not kiosk_ops.valid_pin(pin):
            self.error.setText(
                translate("KioskPinDialog", "A kiosk PIN is {rule}.").format(
                    rule=kiosk_ops.pin_rule()
                )
            )
            return
        if pin != self.again.text():
            self.error.setText(translate("KioskPinDialog", "The two PINs differ."))
            return
        password = self.password.text()
        if not password:
            self.error.setText(
                translate("KioskPinDialog", "Enter your password to change your kiosk PIN.")
            )
            return
        self.error.setText(translate("KioskPinDialog", "Saving…"))
        self.buttons.setEnabled(False)
        server, token = user.server_url, user.token
        kiosk_ops.set_own_pin(server=server, token=token, pin=pin, password=password).success(
            lambda _result: self.accept()
        ).failure(self._failed).run(self.ctx)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(
            plain_message(exc)
            if str(exc)
            else translate("KioskPinDialog", "The PIN could not be saved.")
        )
