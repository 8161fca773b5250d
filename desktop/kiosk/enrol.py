"""Enrolling this device as a kiosk."""

from __future__ import annotations

import socket

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton, message_label, touch_line_edit
from desktop.ops import kiosk as kiosk_ops
from local_store import KioskRecord

__all__ = ["EnrolPage"]


def _default_kiosk_name() -> str:
    return translate("enrol", "Kiosk {host}").format(host=socket.gethostname())[:100]


class EnrolPage(QWidget):
    """Enrol this device as a kiosk: a one-time code, or a faculty/admin sign-in; and the
    staff exit PIN. ``enrolled(KioskRecord)`` when done."""

    enrolled = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-enrol")
        self._busy = False
        card = QFrame(self)
        card.setMaximumWidth(theme.em(self, 34))
        title = theme.title_label(translate("EnrolPage", "Enrol this device as a kiosk"), 1.8, card)
        intro = QLabel(
            translate(
                "EnrolPage",
                "Students will sign in here with their name and PIN, also offline. Use an "
                "enrolment code from your admin (frames-server kiosk-code), or sign in as "
                "faculty.",
            ),
            card,
        )
        intro.setWordWrap(True)
        self.server = touch_line_edit(
            card, placeholder="https://lms.example.edu", name=translate("EnrolPage", "Server")
        )
        self.name = touch_line_edit(
            card,
            placeholder=translate("EnrolPage", "Orientation tablet 1"),
            name=translate("EnrolPage", "Kiosk name"),
        )
        self.name.setText(_default_kiosk_name())
        self.code = touch_line_edit(
            card, placeholder="XXXX-XXXX-XXXX", name=translate("EnrolPage", "Enrolment code")
        )
        self.email = touch_line_edit(
            card,
            placeholder=translate("EnrolPage", "faculty@university.edu"),
            name=translate("EnrolPage", "Email"),
        )
        self.password = touch_line_edit(
            card, placeholder="", name=translate("EnrolPage", "Password")
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.exit_pin = touch_line_edit(
            card, placeholder=kiosk_ops.pin_rule(), name=translate("EnrolPage", "Staff exit PIN")
        )
        self.exit_pin_again = touch_line_edit(
            card, placeholder="", name=translate("EnrolPage", "Staff exit PIN again")
        )
        for pin in (self.exit_pin, self.exit_pin_again):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(kiosk_ops.MAX_PIN_DIGITS)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("EnrolPage", "&Server"), self.server)
        form.addRow(translate("EnrolPage", "Kiosk &name"), self.name)
        form.addRow(translate("EnrolPage", "Enrolment &code"), self.code)
        or_label = QLabel(translate("EnrolPage", "or sign in as faculty / admin:"), card)
        theme.set_role(or_label, theme.muted())
        form.addRow(or_label)
        form.addRow(translate("EnrolPage", "&Email"), self.email)
        form.addRow(translate("EnrolPage", "&Password"), self.password)
        form.addRow(translate("EnrolPage", "Staff e&xit PIN"), self.exit_pin)
        form.addRow(translate("EnrolPage", "PIN a&gain"), self.exit_pin_again)
        self.error = message_label(card, "enrol-error")
        theme.set_role(self.error, theme.danger())
        self.enrol_button = TouchButton(translate("EnrolPage", "Enrol this device"), card)
        self.enrol_button.setObjectName("enrol-button")
        theme.make_primary(self.enrol_button)
        self.enrol_button.clicked.connect(self.enrol)
        column = QVBoxLayout(card)
        column.setSpacing(theme.em(self, 0.6))
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.enrol_button)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 3)
        outer.addStretch(1)

    def prepare(self, *, server: str) -> None:
        self.server.setText(server)
        self.error.clear()
        for field in (self.code, self.password, self.exit_pin, self.exit_pin_again):
            field.clear()

    def enrol(self) -> None:
        if self._busy:
            return
        pin, again = self.exit_pin.text(), self.exit_pin_again.text()
        if not kiosk_ops.valid_pin(pin):
            self.error.setText(
                translate("EnrolPage", "The staff exit PIN must be {rule}.").format(
                    rule=kiosk_ops.pin_rule()
                )
            )
            return
        if pin != again:
            self.error.setText(translate("EnrolPage", "The two exit PINs differ."))
            return
        self.set_busy(True)
        store, now = self.ctx.store, self.ctx.now()
        server, name = self.server.text(), self.name.text()
        code, email, password = self.code.text(), self.email.text(), self.password.text()
        kiosk_ops.enrol(
            store=store,
            server=server,
            name=name,
            exit_pin=pin,
            code=code.strip() or None,
            email=email.strip() or None,
            password=password or None,
            now=now,
        ).success(self._done).failure(self._failed).run(self.ctx)

    def _done(self, kiosk: KioskRecord) -> None:
        self.set_busy(False)
        self.prepare(server=kiosk.server_url)
        self.enrolled.emit(kiosk)

    def _failed(self, exc: BaseException) -> None:
        self.fail(plain_message(exc) if str(exc) else translate("EnrolPage", "Enrolment failed."))

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    def set_busy(self, busy: bool, text: str | None = None) -> None:
        self._busy = busy
        self.enrol_button.setEnabled(not busy)
        self.enrol_button.setText(
            (text or translate("EnrolPage", "Enrolling…"))
            if busy
            else translate("EnrolPage", "Enrol this device")
        )
        if busy:
            self.error.clear()
