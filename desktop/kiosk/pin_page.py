"""The PIN pad page for one student."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop import theme
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton, centred, format_wait, page_layout
from desktop.kiosk.pin_pad import PinPad
from desktop.ops import kiosk as kiosk_ops
from local_store import RosterStudent

__all__ = ["PinPage"]


class PinPage(QWidget):
    """The PIN pad for one student; ``signed_in(student_id, session_id, short)`` on the
    right PIN: the sitting's session id (its proof is kept for the pushes of its events) and
    whether the PIN is shorter than new ones may be."""

    signed_in = Signal(str, str, bool)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-pin")
        self.student_id: str | None = None
        self.title = theme.title_label("", 2.0, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel(translate("PinPage", "Enter your PIN"), self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setFont(theme.scaled_font(self.prompt.font(), 1.3))
        self.pad = PinPad(self)
        self.pad.submitted.connect(self.submit)
        self.back = TouchButton(translate("PinPage", "Not you? Back"), self, scale=1.2)
        self.back.setObjectName("pin-back")
        self.back.setMinimumWidth(theme.em(self.back, 8))
        self.back.clicked.connect(self.back_requested)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._update_lock)
        layout = page_layout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pad)
        layout.addLayout(centred(self.back))
        layout.addStretch(1)

    def prepare(self, student: RosterStudent) -> None:
        self.student_id = student.student_id
        first = student.name.split()[0] if student.name else ""
        self.title.setText(translate("PinPage", "Hi {name}").format(name=first))
        self.pad.abandon()
        self._update_lock()
        self.pad.setFocus()

    def forget(self) -> None:
        """Nothing of the last student stays on the page."""
        self.student_id = None
        self.title.clear()
        self._lock_timer.stop()
        self.pad.abandon()

    def submit(self, pin: str) -> None:
        sid = self.student_id
        if sid is None:
            return
        store, now = self.ctx.store, self.ctx.now()
        session_id = uuid.uuid4().hex  # one session per student sitting
        self.pad.run_check(
            self.ctx,
            kiosk_ops.check_pin(
                store=store, student_id=sid, pin=pin, now=now, session_id=session_id
            ),
            lambda result: self._checked(sid, session_id, result),
        )

    def _checked(self, sid: str, session_id: str, result: kiosk_ops.PinCheck) -> None:
        if result.status == "ok":
            self.pad.clear()
            self.signed_in.emit(sid, session_id, result.short)
        elif result.status == "wrong":
            self.pad.clear(
                translate(
                    "PinPage",
                    "That PIN is not right. %n more try(s) before this tablet locks you out.",
                    n=result.tries_left,
                )
            )
            theme.set_role(self.pad.message, theme.danger())
        elif result.status == "locked":
            self.pad.clear()
            self._update_lock()
        elif result.status == "no_key":
            self.pad.clear(
                translate("PinPage", "This kiosk cannot check PINs until staff enrol it again.")
            )
            theme.set_role(self.pad.message, theme.danger())
        else:
            self.pad.clear(
                translate("PinPage", "You cannot sign in here yet: ask staff for a kiosk PIN.")
            )

    def _update_lock(self) -> None:
        sid = self.student_id
        state = (
            kiosk_ops.lock_state(store=self.ctx.store, student_id=sid, now=self.ctx.now())
            if sid
            else None
        )
        if state is not None and state.status == "locked" and state.locked_until is not None:
            wait = (state.locked_until - self.ctx.now()).total_seconds()
            self.pad.set_enabled_keys(False)
            self.pad.message.setText(
                translate(
                    "PinPage", "Too many wrong PINs. Try again in {wait}, or ask staff."
                ).format(wait=format_wait(wait))
            )
            theme.set_role(self.pad.message, theme.danger())
            self._lock_timer.start()
        else:
            if self._lock_timer.isActive():
                self.pad.clear()
            self._lock_timer.stop()
            self.pad.set_enabled_keys(True)
