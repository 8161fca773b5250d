"""The kiosk window: one shared tablet, many students, locked down.

``frames-desktop --kiosk`` opens this instead of the normal window. It is the normal window
(the module list, the viewer, the status line and the sync engine are the same code) with
the kiosk's pages in front:

* not enrolled yet: the enrolment page (a code, or a faculty/admin sign-in, plus the staff
  exit PIN);
* nobody signed in: the picker (tap your name), then the PIN pad, checked offline;
* a student signed in: their modules under a header with their name and *Sign out*; after
  ``idle_seconds`` without input (a playing video counts as input) a countdown covers the
  screen and, unless someone touches it, signs them out.

Signing out closes the viewer (which records the last heartbeat), drops every widget's hold
on the student's data and returns to an empty picker. The window is full screen without
window controls and ignores close requests; the only way out is the staff page, behind the
exit PIN. The sync engine keeps the roster and every roster student's modules and media on
the tablet, so it can start the day offline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.i18n import translate
from desktop.kiosk.countdown import CountdownOverlay
from desktop.kiosk.enrol import EnrolPage
from desktop.kiosk.header import KioskHeader
from desktop.kiosk.idle import IdleMonitor
from desktop.kiosk.link_notice import LinkNotice
from desktop.kiosk.picker import PickerPage
from desktop.kiosk.pin_page import PinPage
from desktop.kiosk.staff import StaffPage
from desktop.ops import auth
from desktop.ops import kiosk as kiosk_ops
from desktop.widgets.main_window import MainWindow
from local_store import KioskRecord

if TYPE_CHECKING:
    from desktop.demo import DemoServer

__all__ = ["DEFAULT_IDLE_SECONDS", "KioskWindow"]

log = logging.getLogger("frames.desktop")

DEFAULT_IDLE_SECONDS = 180.0
FRONT_RESET_SECONDS = 60.0
"""A half-typed search, a PIN pad showing someone's name or an unlocked staff page goes
back to the clean picker after this long without input."""

# Fingers, not a mouse: every control of the student's screens (the module list, the viewer,
# checklists, the status line) is at least 44 px (TOUCH_MIN) each way.
_TOUCH_STYLE = """
QAbstractButton, QComboBox, QLineEdit, QSpinBox { min-height: 44px; }
QPushButton, QToolButton { min-width: 44px; padding-left: 12px; padding-right: 12px; }
QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }
QSlider { min-height: 44px; }
QAbstractItemView::item { min-height: 44px; }
"""


_CAUGHT_SCHEMES: Final = ("http", "https", "mailto", "ftp")


class _LinkCatcher(QObject):
    """The kiosk's handler of every web and mail URL the app would open."""

    def __init__(self, show: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._show = show

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self._show(url.toString())


class KioskWindow(MainWindow):
    """``exited`` is emitted when staff leave kiosk mode (the app then quits with status 0,
    so a service manager that restarts it on failure leaves it closed)."""

    signed_in = Signal(str)
    signed_out = Signal(str)
    exited = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        demo: DemoServer | None = None,
        server: str | None = None,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        idle_clock: Callable[[], float] | None = None,
    ) -> None:
        ctx.device_type = "kiosk"
        super().__init__(ctx, demo=demo, server=server)
        self.setObjectName("kiosk-window")
        self.setStyleSheet(_TOUCH_STYLE)
        self._exit_allowed = False
        self.menuBar().clear()
        self.menuBar().hide()
        self.statusBar().setSizeGripEnabled(False)
        self.status_area.offers_sign_in = False
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )

        self.enrol_page = EnrolPage(ctx, self.pages)
        self.picker = PickerPage(ctx, self.pages)
        self.pin_page = PinPage(ctx, self.pages)
        self.staff_page = StaffPage(ctx, self.pages)
        for page in (self.enrol_page, self.picker, self.pin_page, self.staff_page):
            self.pages.addWidget(page)
        central = self.central
        self.header = KioskHeader(central)
        self.column.insertWidget(0, self.header)
        self.header.hide()
        self.countdown = CountdownOverlay(central)
        self.link_notice = LinkNotice(central)
        # Nothing on a kiosk opens a browser or a mail app, whoever asks Qt to: every such
        # request shows the address instead (a way out of the locked-down app otherwise).
        self._links = _LinkCatcher(self.open_link, self)
        for scheme in _CAUGHT_SCHEMES:
            # (PySide6 takes the slot name as str at run time; its stubs say bytes)
            QDesktopServices.setUrlHandler(scheme, self._links, "catch")  # type: ignore[arg-type]
        self.idle = IdleMonitor(
            timeout=idle_seconds, busy=self._video_playing, clock=idle_clock, parent=self
        )
        self.front_idle = IdleMonitor(
            timeout=min(FRONT_RESET_SECONDS, idle_seconds), warn=0, clock=idle_clock, parent=self
        )

        self.enrol_page.enrolled.connect(self._enrolled)
        self.picker.chosen.connect(self._chosen)
        self.picker.staff_requested.connect(self.show_staff)
        self.pin_page.signed_in.connect(self._pin_ok)
        self.pin_page.back_requested.connect(self.show_picker)
        self.header.sign_out_requested.connect(self.sign_out)
        self.staff_page.back_requested.connect(self.show_picker)
        self.staff_page.exit_requested.connect(self.exit_kiosk)
        self.staff_page.sync_requested.connect(self._staff_sync)
        self.staff_page.export_requested.connect(self._staff_export)
        self.staff_page.reenrol_requested.connect(self.show_enrol)
        self.idle.countdown.connect(self.countdown.show_seconds)
        self.idle.expired.connect(self._idle_expired)
        self.front_idle.expired.connect(self._front_idle_expired)
        self.picker.search.textChanged.connect(self._search_typed)
        self.countdown.stay.clicked.connect(self.idle.poke)

    # -- start and the pages -----------------------------------------------------------------

    def start(self) -> None:
        if self.ctx.store.kiosk() is not None:
            self.show_picker()
            return
        self.show_enrol()
        if self.demo is not None:  # --demo --kiosk: enrol against the demo server
            self.enrol_page.set_busy(True, translate("KioskWindow", "Starting the demo server…"))
            self.ctx.tasks.network(
                self.demo.wait_ready,
                on_done=self._demo_ready,
                on_error=lambda exc: self.enrol_page.fail(
                    translate("KioskWindow", "The demo could not start: {error}").format(
                        error=plain_message(exc)
                    )
                ),
                what=translate("KioskWindow", "starting the demo server"),
            )

    def _demo_ready(self, url: str) -> None:
        from desktop.demo import DEMO_PASSWORD

        page = self.enrol_page
        page.set_busy(False)
        page.server.setText(url)
        page.email.setText("faculty@frames.demo")
        page.password.setText(DEMO_PASSWORD)
        page.error.setText(
            translate("KioskWindow", "Demo: choose a staff exit PIN (e.g. 000000), then enrol.")
        )

    def _watch_first_paint(self, page: QObject) -> None:
        if not self._ready:
            page.installEventFilter(self)

    def _after_first_paint(self) -> None:
        for page in (self.enrol_page, self.picker):
            page.removeEventFilter(self)
        super()._after_first_paint()
        if self.ctx.store.kiosk() is not None:
            self._ensure_sync().request_sync()

    def _media_owners(self) -> list[str]:
        """A kiosk keeps every roster student's images and videos, to work offline."""
        return [s.student_id for s in self.ctx.store.roster()]

    def show_enrol(self) -> None:
        self._leave_student()
        self.statusBar().hide()
        server = self._server_override or auth.remembered_server(self.ctx.store)
        kiosk = self.ctx.store.kiosk()
        self.enrol_page.prepare(server=kiosk.server_url if kiosk else server)
        self._watch_first_paint(self.enrol_page)
        self.pages.setCurrentWidget(self.enrol_page)
        self.setWindowTitle(translate("KioskWindow", "Enrol kiosk — FRAMES LMS"))

    def show_picker(self) -> None:
        """The screen between students: nobody signed in, nothing of the last one left."""
        self._leave_student()
        self.front_idle.stop()
        self.staff_page.lock()
        self.statusBar().hide()
        self.picker.reset()
        self._watch_first_paint(self.picker)
        self.pages.setCurrentWidget(self.picker)
        self.setWindowTitle(translate("KioskWindow", "FRAMES LMS kiosk"))
        self.picker.search.setFocus()

    def show_staff(self) -> None:
        self.staff_page.lock()
        self.pages.setCurrentWidget(self.staff_page)
        self.staff_page.pad.setFocus()
        self.front_idle.start()  # an unlocked staff page left alone locks itself

    def _search_typed(self, text: str) -> None:
        if text and self.pages.currentWidget() is self.picker:
            self.front_idle.start()

    def _front_idle_expired(self) -> None:
        if self.ctx.user is None and self.pages.currentWidget() is not self.enrol_page:
            self.show_picker()

    # MainWindow calls this when nobody is signed in (and after a refused sign-in).
    def _show_sign_in(
        self, *, server: str | None = None, email: str | None = None, note: str = ""
    ) -> None:
        if self.ctx.store.kiosk() is None:
            self.show_enrol()
        else:
            self.show_picker()

    def _sign_in_again(self) -> None:
        # The server refused the kiosk's credential: whoever is working carries on offline;
        # the picker and the staff page say so.
        self.picker.refresh_status()

    def _enrolled(self, kiosk: KioskRecord) -> None:
        # (The enrolment op remembered the kiosk's server as the one the app proposes.)
        self.show_picker()
        self._ensure_sync().request_sync()

    # -- students ----------------------------------------------------------------------------

    def _chosen(self, student_id: str) -> None:
        student = self.ctx.store.roster_student(student_id)
        if student is None:
            self.picker.reload()
            return
        self.pin_page.prepare(student)
        self.pages.setCurrentWidget(self.pin_page)
        self.front_idle.start()  # a name on the PIN pad does not wait for the next student

    def _pin_ok(self, student_id: str, session_id: str, short: bool = False) -> None:
        user = self.ctx.store.get_user(student_id)
        if user is None:  # on the roster but its user row is gone: sync will restore it
            self.show_picker()
            return
        self.pin_page.forget()
        self.front_idle.stop()
        kiosk_ops.begin_sitting(store=self.ctx.store, student_id=student_id).run(self.ctx)
        # One session per sitting: the one the PIN check kept a proof for.
        self.ctx.session_id = session_id
        self._enter(user)
        self.header.show_student(user.display_name)
        if short:
            self.message_bar.show_message(
                translate(
                    "KioskWindow",
                    "Your kiosk PIN is short. Choose a new one of {rule} in the FRAMES app on "
                    "your laptop (File, Set kiosk PIN).",
                ).format(rule=kiosk_ops.pin_rule())
            )
        self.ctx.signals.user_changed.emit()
        self.idle.start()
        self.signed_in.emit(student_id)

    def sign_out(self) -> None:
        """One tap: back to the picker; nothing is revoked (the credential is the kiosk's)."""
        user = self.ctx.user
        if user is None:
            return
        self.show_picker()
        self.ctx.request_sync()
        self.signed_out.emit(user.user_id)

    def open_link(self, url: str) -> None:
        """A link in a module: shown with its address, never opened (see ``LinkNotice``)."""
        log.info("kiosk: showed a link instead of opening it")
        self.link_notice.show_url(url)

    def _leave_student(self) -> None:
        self.idle.stop()
        self.countdown.hide()
        self.link_notice.hide()
        self.header.forget()
        self.pin_page.forget()
        user = self.ctx.user
        if user is None:
            return
        self._close_viewer()  # records the last heartbeat, folds progress again
        self.ctx.user = None
        kiosk_ops.end_sitting(store=self.ctx.store).run(self.ctx)
        self.home.search.clear()
        self.home.refresh()  # the list model lets go of the student's rows
        self.message_bar.hide()
        self.ctx.signals.user_changed.emit()

    def _idle_expired(self) -> None:
        if self.ctx.user is not None:
            log.info("signing %s out after %.0f s idle", self.ctx.user.user_id, self.idle.timeout)
            self.sign_out()

    def _video_playing(self) -> bool:
        viewer = self.viewer
        return bool(viewer is not None and viewer.media_playing())

    # -- sync --------------------------------------------------------------------------------

    def show_not_synced(self) -> None:
        super().show_not_synced()
        self.not_synced.export.hide()  # no file dialogs for students: staff export

    def _on_sync_status(self, status: Any) -> None:
        super()._on_sync_status(status)
        self.picker.refresh_status()

    def _on_synced(self) -> None:
        super()._on_synced()
        if self.pages.currentWidget() is self.picker and not self.picker.search.text():
            self.picker.reload()  # new students, new PINs

    def _staff_sync(self) -> None:
        self._ensure_sync().request_sync()
        self.staff_page.show_note(translate("KioskWindow", "Syncing in the background…"))

    def _staff_export(self) -> None:
        name = f"kiosk-unsynced-{datetime.now():%Y%m%d-%H%M}.jsonl"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("KioskWindow", "Export unsynced work"),
            str(Path.home() / name),
            translate("KioskWindow", "JSON lines (*.jsonl)"),
        )
        if path:
            self.export_unsynced(Path(path))

    def export_unsynced(self, path: Path) -> Future[int]:
        """Write every unsynced event of every student on this kiosk to ``path`` (on the
        storage worker); the staff page says how many. Returns the count's future."""

        def done(count: int) -> None:
            self.staff_page.show_note(
                translate("KioskWindow", "Exported %n unsynced item(s) to {path}.", n=count).format(
                    path=path
                )
            )

        return (
            kiosk_ops.export_unsynced(store=self.ctx.store, path=path).success(done).run(self.ctx)
        )

    # -- lockdown ----------------------------------------------------------------------------

    def exit_kiosk(self) -> None:
        """Staff leave kiosk mode: the app closes cleanly (exit status 0)."""
        self.allow_close()
        self.close()
        self.exited.emit()

    def allow_close(self) -> None:
        self._exit_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self._exit_allowed:
            event.ignore()  # Alt+F4, the window manager, a stray Ctrl+Q: staff PIN only
            return
        self.idle.stop()
        self.front_idle.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        for scheme in _CAUGHT_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        self.staff_page.stop()
        self.pin_page.forget()
        super().shutdown()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        # Minimising (or leaving full screen) is not a way out either.
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not getattr(self, "_exit_allowed", True)  # (also called during __init__)
            and self.isVisible()
            and not self.isFullScreen()
            and self.property("kiosk_fullscreen")
        ):
            QTimer.singleShot(0, self.showFullScreen)

    def show_locked_down(self) -> None:
        """Full screen, frameless, on top (also without a window manager to ask)."""
        self.setProperty("kiosk_fullscreen", True)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        for overlay in (self.countdown, self.link_notice):
            if overlay.isVisible():
                overlay.setGeometry(self.central.rect())
