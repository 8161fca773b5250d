"""The staff page, behind the exit PIN."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop import theme
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton, format_wait, message_label, page_layout
from desktop.kiosk.pin_pad import PinPad
from desktop.ops import kiosk as kiosk_ops
from desktop.ops.status import last_sync_text, pending_text

__all__ = ["StaffPage"]


class StaffPage(QWidget):
    """Staff only, behind the exit PIN: the kiosk's state, sync, export, exit."""

    back_requested = Signal()
    exit_requested = Signal()
    sync_requested = Signal()
    export_requested = Signal()
    reenrol_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-staff-page")
        self.title = theme.title_label(translate("StaffPage", "Staff"), 2.0, self)
        self.prompt = QLabel(
            translate("StaffPage", "Enter the staff exit PIN set when this kiosk was enrolled."),
            self,
        )
        self.prompt.setWordWrap(True)
        self.pad = PinPad(self)
        self.pad.submitted.connect(self.unlock)
        self.info = QLabel(self)
        self.info.setObjectName("kiosk-info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setFont(theme.scaled_font(self.info.font(), 1.15))
        self.action_panel = QWidget(self)
        self.sync_button = TouchButton(translate("StaffPage", "Sync now"), self.action_panel)
        self.export_button = TouchButton(
            translate("StaffPage", "Export unsynced work…"), self.action_panel
        )
        self.reenrol_button = TouchButton(translate("StaffPage", "Enrol again"), self.action_panel)
        self.exit_button = TouchButton(translate("StaffPage", "Exit kiosk mode"), self.action_panel)
        self.exit_button.setObjectName("kiosk-exit")
        self.sync_button.clicked.connect(self.sync_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.reenrol_button.clicked.connect(self.reenrol_requested)
        self.exit_button.clicked.connect(self.exit_requested)
        panel = QVBoxLayout(self.action_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.sync_button,
            self.export_button,
            self.reenrol_button,
            self.exit_button,
        ):
            panel.addWidget(button)
        self.back = TouchButton(translate("StaffPage", "Back to the students"), self)
        self.back.setObjectName("staff-back")
        self.back.clicked.connect(self.back_requested)
        self.note = message_label(self, "staff-note")
        layout = page_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pad)
        layout.addWidget(self.info)
        layout.addWidget(self.action_panel)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.back)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._update_lock)
        self.lock()

    @property
    def unlocked(self) -> bool:
        return bool(self.action_panel.isVisibleTo(self))

    def lock(self) -> None:
        self.pad.abandon()
        self.note.clear()
        self.prompt.show()
        self.pad.show()
        self.info.hide()
        self.action_panel.hide()
        self._update_lock()

    def stop(self) -> None:
        """The window is going away: no timer reads the store any more."""
        self._lock_timer.stop()

    def unlock(self, pin: str) -> None:
        """Check the exit PIN on the storage worker; five wrong ones lock the page (durably)."""
        store, now = self.ctx.store, self.ctx.now()
        self.pad.run_check(
            self.ctx, kiosk_ops.check_exit_pin(store=store, pin=pin, now=now), self._unlock_checked
        )

    def _unlock_checked(self, result: kiosk_ops.PinCheck) -> None:
        if result.status == "locked":
            self.pad.clear()
            self._update_lock()
            return
        if result.status != "ok":
            self.pad.clear(
                translate(
                    "StaffPage",
                    "That is not the staff PIN. %n more try(s) before the staff page locks.",
                    n=result.tries_left,
                )
            )
            theme.set_role(self.pad.message, theme.danger())
            return
        self._lock_timer.stop()
        self.pad.clear()
        self.prompt.hide()
        self.pad.hide()
        self.refresh()
        self.info.show()
        self.action_panel.show()

    def _update_lock(self) -> None:
        """While the exit PIN is locked out, the keys wait and the page says how long."""
        state = kiosk_ops.exit_lock_state(store=self.ctx.store, now=self.ctx.now())
        if state.status == "locked" and state.locked_until is not None:
            wait = (state.locked_until - self.ctx.now()).total_seconds()
            self.pad.set_enabled_keys(False)
            self.pad.message.setText(
                translate("StaffPage", "Too many wrong staff PINs. Try again in {wait}.").format(
                    wait=format_wait(wait)
                )
            )
            theme.set_role(self.pad.message, theme.danger())
            self._lock_timer.start()
        else:
            if self._lock_timer.isActive():
                self.pad.clear()
                self.pad.set_enabled_keys(True)
            self._lock_timer.stop()

    def refresh(self) -> None:
        store = self.ctx.store
        kiosk = store.kiosk()
        if kiosk is None:
            return
        scope = kiosk.university_name or kiosk.university_id
        if kiosk.team_name or kiosk.team_id is not None:
            scope = translate("StaffPage", "{university}, team {team}").format(
                university=scope, team=kiosk.team_name or kiosk.team_id
            )
        rejected = len(store.rejected_events())
        lines = [
            translate("StaffPage", "<b>{name}</b> (kiosk {kiosk}) for {scope}").format(
                name=html.escape(kiosk.name), kiosk=kiosk.kiosk_id, scope=html.escape(scope)
            ),
            translate("StaffPage", "Server: {url}").format(url=html.escape(kiosk.server_url)),
            translate(
                "StaffPage", "%n student(s) on the roster; {synced}", n=len(store.roster())
            ).format(synced=last_sync_text(kiosk.roster_synced_at, now=self.ctx.now()).lower()),
            pending_text(store.pending_count())
            + (
                translate("StaffPage", "; %n refused by the server", n=rejected) if rejected else ""
            ),
        ]
        if kiosk.revoked_at is not None:
            lines.append(
                translate(
                    "StaffPage",
                    "<b>The server no longer accepts this kiosk</b> (revoked by an admin): "
                    "export the unsynced work and give the file to an admin, then enrol it again.",
                )
            )
        self.info.setText("<br>".join(lines))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
