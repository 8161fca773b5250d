"""The main window: sign-in, my modules, the module viewer, not synced, storage.

One ``QStackedWidget`` holds the pages; the status area sits below them whenever someone is
signed in. The window starts the sync engine only after the module list has been painted
(so the first screen never waits for httpx and pydantic), and it opens straight into the
last user's data with no network at all.
"""

from __future__ import annotations

import base64
import html
import importlib
import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import a11y, language, theme
from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.i18n import translate
from desktop.ops import auth
from desktop.ops import window as window_ops
from desktop.ops.media import CacheLookup, MediaActivity
from desktop.ops.session import (
    FolderPreviewSession,
    LearningSession,
    open_link,
    refresh_progress,
)
from desktop.ops.status import StatusView, describe, status_view
from desktop.ops.window import GEOMETRY_SETTING
from desktop.sync_bridge import SyncBridge
from desktop.widgets.message_bar import MessageBar
from desktop.widgets.module_list import ModuleListPage
from desktop.widgets.not_synced import NotSyncedPage
from desktop.widgets.signin import SignInPage
from desktop.widgets.status_bar import StatusArea
from desktop.widgets.storage import StoragePage
from local_store import ModuleRecord, SectionRecord, UserRecord

if TYPE_CHECKING:
    from desktop.demo import DemoServer

__all__ = ["MainWindow"]

log = logging.getLogger("frames.desktop")

_VIEWER_MODULE: Final = "desktop.viewer"


def _warm_up_module() -> ModuleRecord:
    """A tiny module of text, image and checklist, shown to nobody (see ``_warm_viewer``)."""
    text = "## Warm-up\n\nSome **text**, a [link](https://example.edu) and a list:\n\n- one\n"
    return ModuleRecord(
        module_id="warm-up",
        title="Warm-up",
        sections=(
            SectionRecord(1, "text", text + "\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
            SectionRecord(2, "image", "Caption."),
            # No video: its player back-end costs memory and loads when a video is shown.
            SectionRecord(3, "checklist", "- [ ] One\n- [ ] Two (optional)\n"),
        ),
    )


class MainWindow(QMainWindow):
    """The app window. ``ready`` is emitted once the first screen has been painted.

    ``viewer`` is the open ``ModuleViewer`` (``None`` on other pages).
    """

    ready = Signal()
    module_opened = Signal(str)
    restart_requested = Signal()  # a new language was chosen and the person said restart

    def __init__(
        self,
        ctx: AppContext,
        *,
        demo: DemoServer | None = None,
        server: str | None = None,
        demo_email: str | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.demo = demo
        self._demo_email = demo_email
        self._server_override = server
        self._ready = False
        self._closing = False
        self.viewer: Any = None
        self._touched: set[str] = set()  # modules a student opened in this app run
        self.setWindowTitle("FRAMES LMS")
        self.setObjectName("main-window")

        self.pages = QStackedWidget(self)
        # The sign-in, not-synced and storage pages are made when first needed: a student
        # who is signed in sees the list sooner.
        self._sign_in_page: SignInPage | None = None
        self._not_synced: NotSyncedPage | None = None
        self._storage: StoragePage | None = None
        self._reports: Any = None
        self.home = ModuleListPage(ctx, self.pages)
        self.viewer_page = QWidget(self.pages)
        self.viewer_page.setObjectName("viewer-page")
        self._viewer_layout = QVBoxLayout(self.viewer_page)
        self._viewer_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.viewer_page)
        self.central = central = QWidget(self)
        self.column = column = QVBoxLayout(central)  # message bar, pages (kiosk: + header)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.message_bar = MessageBar(central)
        column.addWidget(self.message_bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status_area = StatusArea(self)
        self.statusBar().addWidget(self.status_area, 1)
        self.statusBar().setSizeGripEnabled(True)
        self.statusBar().hide()

        self._build_menus()
        self._connect()
        self._restore_geometry()
        if demo is not None:
            # The demo server is our child: should it die, start it again (and reap it).
            self._demo_watch = QTimer(self)
            self._demo_watch.setInterval(1000)
            self._demo_watch.timeout.connect(self._check_demo)
            self._demo_watch.start()

    # -- construction ------------------------------------------------------------------------

    @property
    def sign_in_page(self) -> SignInPage:
        if self._sign_in_page is None:
            page = SignInPage(self.ctx, self.pages)
            page.signed_in.connect(self._signed_in)
            self.pages.addWidget(page)
            self._sign_in_page = page
        return self._sign_in_page

    @property
    def not_synced(self) -> NotSyncedPage:
        if self._not_synced is None:
            page = NotSyncedPage(self.ctx, self.pages)
            page.back_requested.connect(self.show_home)
            self.pages.addWidget(page)
            self._not_synced = page
        return self._not_synced

    @property
    def storage(self) -> StoragePage:
        if self._storage is None:
            page = StoragePage(self.ctx, self.pages)
            page.back_requested.connect(self.show_home)
            self.pages.addWidget(page)
            self._storage = page
        return self._storage

    @property
    def reports(self) -> Any:
        """The Reports area (faculty and admins), made when first shown."""
        if self._reports is None:
            from desktop.widgets.reports import ReportsPage

            page = ReportsPage(self.ctx, self.pages)
            page.back_requested.connect(self.show_home)
            self.pages.addWidget(page)
            self._reports = page
        return self._reports

    def _build_menus(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.sync_action = QAction(translate("MainWindow", "&Sync now"), self)
        self.sync_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_F5), QKeySequence(QKeySequence.StandardKey.Refresh)]
        )
        self.sync_action.triggered.connect(self.sync_now)
        app_menu.addAction(self.sync_action)
        self.export_action = QAction(translate("MainWindow", "&Export items not synced…"), self)
        self.export_action.triggered.connect(self._export_not_synced)
        app_menu.addAction(self.export_action)
        self.kiosk_pin_action = QAction(translate("MainWindow", "Set &kiosk PIN…"), self)
        self.kiosk_pin_action.triggered.connect(self.set_kiosk_pin)
        app_menu.addAction(self.kiosk_pin_action)
        app_menu.addSeparator()
        self.sign_out_action = QAction(translate("MainWindow", "Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        app_menu.addAction(self.sign_out_action)
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)

        view = bar.addMenu(translate("MainWindow", "&View"))
        self.home_action = QAction(translate("MainWindow", "&My modules"), self)
        self.home_action.setShortcut(QKeySequence("Ctrl+1"))
        self.home_action.triggered.connect(self.show_home)
        self.not_synced_action = QAction(translate("MainWindow", "&Not synced"), self)
        self.not_synced_action.setShortcut(QKeySequence("Ctrl+2"))
        self.not_synced_action.triggered.connect(self.show_not_synced)
        self.storage_action = QAction(translate("MainWindow", "S&torage"), self)
        self.storage_action.setShortcut(QKeySequence("Ctrl+3"))
        self.storage_action.triggered.connect(self.show_storage)
        self.reports_action = QAction(translate("MainWindow", "&Reports"), self)
        self.reports_action.setShortcut(QKeySequence("Ctrl+4"))
        self.reports_action.triggered.connect(self.show_reports)
        for action in (
            self.home_action,
            self.not_synced_action,
            self.storage_action,
            self.reports_action,
        ):
            view.addAction(action)
        view.addSeparator()
        self._build_language_menu(view)
        self._build_colours_menu(view)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(translate("MainWindow", "&About FRAMES LMS"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._signed_in_actions = (
            self.sync_action,
            self.export_action,
            self.kiosk_pin_action,
            self.sign_out_action,
            self.home_action,
            self.not_synced_action,
            self.storage_action,
            self.reports_action,
        )

    def _build_language_menu(self, view: Any) -> None:
        """*View → Language*: the system's, or one we have (each named in itself)."""
        menu = view.addMenu(translate("MainWindow", "&Language"))
        self.language_menu = menu
        group = QActionGroup(self)
        chosen = self.ctx.store.get_setting(language.LANGUAGE_SETTING)
        chosen = chosen if isinstance(chosen, str) and chosen else language.SYSTEM
        choices = [(language.SYSTEM, translate("MainWindow", "System default"))]
        self.language_actions: dict[str, QAction] = {}
        for code, name in [*choices, *language.language_choices()]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _on=False, code=code: self.choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def _build_colours_menu(self, view: Any) -> None:
        """*View → Colours*: the system's scheme (and its high-contrast setting), or one
        chosen here; applied at once to every window and kept for the next start."""
        menu = view.addMenu(translate("MainWindow", "&Colours"))
        self.colours_menu = menu
        group = QActionGroup(self)
        chosen = self.ctx.store.get_setting(theme.THEME_SETTING)
        chosen = chosen if chosen in theme.THEME_VALUES else "system"
        names = {
            "system": translate("MainWindow", "System default"),
            "light": translate("MainWindow", "Light"),
            "dark": translate("MainWindow", "Dark"),
            "high-contrast": translate("MainWindow", "High contrast"),
        }
        self.colours_actions: dict[str, QAction] = {}
        for scheme in theme.THEME_VALUES:
            action = QAction(names[scheme], self)
            action.setCheckable(True)
            action.setChecked(scheme == chosen)
            action.triggered.connect(lambda _on=False, scheme=scheme: self.choose_colours(scheme))
            group.addAction(action)
            menu.addAction(action)
            self.colours_actions[scheme] = action

    def choose_colours(self, scheme: str) -> None:
        """Draw the app in ``scheme`` now and keep it for the next start."""
        from desktop.ops.window import save_setting

        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, scheme)
        self.colours_actions[scheme].setChecked(True)
        save_setting(self.ctx, theme.THEME_SETTING, scheme).run(self.ctx)

    def choose_language(self, code: str, *, ask: bool = True) -> None:
        """Keep ``code`` (a language, or ``system``) for the next start and offer to restart
        now: widgets made already keep the words they were made with."""
        from desktop.ops.window import save_setting

        save_setting(self.ctx, language.LANGUAGE_SETTING, code).run(self.ctx).result(timeout=10)
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)
        if not ask:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("MainWindow", "Language"))
        box.setText(
            translate(
                "MainWindow",
                "The new language is used the next time FRAMES LMS starts. Restart now? "
                "Your work is saved.",
            )
        )
        restart = box.addButton(
            translate("MainWindow", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)

        def answered(_result: int) -> None:
            if box.clickedButton() is restart:
                self.restart_requested.emit()

        box.finished.connect(answered)
        box.open()
        self.language_box = box

    def _connect(self) -> None:
        ctx = self.ctx
        ctx.errors.reported.connect(self._show_error)
        ctx.signals.data_changed.connect(self._refresh_status)
        self.home.open_requested.connect(self.open_module)
        self.status_area.sync_now.connect(self.sync_now)
        self.status_area.show_not_synced.connect(self.show_not_synced)
        self.status_area.sign_in_again.connect(self._sign_in_again)
        self.home.view.viewport().installEventFilter(self)

    # -- start -------------------------------------------------------------------------------

    def start(self) -> None:
        """Choose the first page: the demo, the signed-in user's modules, or sign-in."""
        if self.demo is not None:
            self._start_demo()
            return
        user = self.ctx.store.current_user()
        if user is not None and user.token:
            self._enter(user)
        else:
            self._show_sign_in(email=user.email if user is not None else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._ready and event.type() == QEvent.Type.Paint:
            self._ready = True
            # After this paint has reached the screen: start the background work.
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.home.view.viewport().removeEventFilter(self)
        if self._sign_in_page is not None:
            self._sign_in_page.removeEventFilter(self)
        self.ready.emit()
        if self.ctx.user is not None:
            self._ensure_sync()
        # Warm the viewer up while the student reads the list, so opening is instant.
        QTimer.singleShot(150, self._warm_viewer)

    def _warm_viewer(self) -> None:
        """Pay the viewer's one-time costs (imports, first markdown rendering, Qt's lazy
        enum and class set-up) while the student reads the list, not when they click."""
        if self._closing:
            return
        if self.ctx.sync is not None and self.ctx.sync.starting:
            # One import at a time: the sync engine is being imported on a worker thread.
            QTimer.singleShot(50, self._warm_viewer)
            return
        try:
            viewer_mod = importlib.import_module(_VIEWER_MODULE)
            module = _warm_up_module()
            viewer = viewer_mod.ModuleViewer(module, FolderPreviewSession(module, {}), None)
            viewer.shutdown()
            viewer.deleteLater()
        except Exception:  # opening a module will say what is wrong
            log.exception("could not load the module viewer")

    def _ensure_sync(self) -> SyncBridge:
        ctx = self.ctx
        if ctx.sync is None:
            bridge = SyncBridge(
                store=ctx.store,
                tasks=ctx.tasks,
                media_root=ctx.media_root,
                media_owners=self._media_owners,
                report_error=ctx.errors.report,
                interval=ctx.sync_interval,
            )  # owned by the context: it outlives any one window
            bridge.status_changed.connect(self._on_sync_status)
            bridge.synced.connect(self._on_synced)
            bridge.media_changed.connect(self._on_media)
            ctx.sync = bridge
        ctx.sync.start()
        return ctx.sync

    def _media_owners(self) -> list[str]:
        """Whose images and videos to keep on this device: the signed-in user's."""
        return [self.ctx.user.user_id] if self.ctx.user is not None else []

    # -- demo --------------------------------------------------------------------------------

    def _start_demo(self) -> None:
        demo = self.demo
        assert demo is not None
        self._show_sign_in(server=demo.url, email=self._demo_email)
        self.sign_in_page.set_busy(True, translate("MainWindow", "Starting the demo server…"))
        self.ctx.tasks.network(
            demo.wait_ready,
            on_done=self._demo_ready,
            on_error=self._demo_failed,
            what=translate("MainWindow", "starting the demo server"),
        )

    def _demo_ready(self, url: str) -> None:
        from desktop.demo import DEMO_PASSWORD, DEMO_STUDENT_EMAIL

        self.sign_in_page.server.setText(url)
        self.sign_in_page.email.setText(self._demo_email or DEMO_STUDENT_EMAIL)
        self.sign_in_page.sign_in(
            server=url,
            email=self._demo_email or DEMO_STUDENT_EMAIL,
            password=DEMO_PASSWORD,
            busy_text=translate("MainWindow", "Signing in to the demo…"),
        )

    def _check_demo(self) -> None:
        from desktop.demo import DemoError

        demo = self.demo
        if demo is None or self._closing:
            return
        try:
            revived = demo.revive()
        except DemoError as exc:
            self._demo_watch.stop()
            self._show_error(translate("MainWindow", "running the demo server"), str(exc))
            return
        if revived:
            self.message_bar.show_message(
                translate(
                    "MainWindow", "The demo server stopped; it was started again at {url}."
                ).format(url=demo.url)
            )
            self.ctx.tasks.network(
                demo.wait_ready,
                on_done=lambda _url: self.ctx.request_sync(),
                on_error=lambda exc: self._show_error(
                    translate("MainWindow", "starting the demo server"), plain_message(exc)
                ),
                what=translate("MainWindow", "starting the demo server again"),
            )

    def _demo_failed(self, exc: BaseException) -> None:
        self.sign_in_page.set_busy(False)
        self.sign_in_page.show_error(
            translate("MainWindow", "The demo could not start: {error}").format(
                error=plain_message(exc)
            )
        )

    # -- signing in and out ------------------------------------------------------------------

    def _show_sign_in(
        self, *, server: str | None = None, email: str | None = None, note: str = ""
    ) -> None:
        self._close_viewer()
        self.statusBar().hide()
        for action in self._signed_in_actions:
            action.setEnabled(False)
        page = self.sign_in_page
        if not self._ready:
            page.installEventFilter(self)  # the first screen: see eventFilter
        page.prepare(server=server or self._server_override, email=email, note=note)
        self.pages.setCurrentWidget(page)
        self.setWindowTitle(translate("MainWindow", "Sign in — FRAMES LMS"))

    def _signed_in(self, user: UserRecord) -> None:
        self._enter(user)
        self.ctx.signals.user_changed.emit()
        self._ensure_sync().request_sync()

    def _enter(self, user: UserRecord) -> None:
        if self.ctx.user is None or self.ctx.user.user_id != user.user_id:
            self._touched.clear()
        self.ctx.user = user
        for action in self._signed_in_actions:
            action.setEnabled(True)
        self.kiosk_pin_action.setVisible(user.role == "student")
        self.reports_action.setVisible(user.role in ("faculty", "admin"))
        self.statusBar().show()
        self.setWindowTitle(
            translate("MainWindow", "{name} — FRAMES LMS").format(name=user.display_name)
        )
        self.home.refresh()
        self._refresh_status()
        self.pages.setCurrentWidget(self.home)
        self.home.focus_list()
        if self._ready:
            self._ensure_sync()

    def sign_out(self) -> None:
        user = self.ctx.user
        if user is None:
            return
        self._close_viewer()
        pending = self.ctx.store.pending_count(user.user_id)
        auth.sign_out(tasks=self.ctx.tasks, store=self.ctx.store, user=user)
        self.ctx.user = None
        self.ctx.signals.user_changed.emit()
        note = (
            translate(
                "MainWindow",
                "You are signed out. %n change(s) not synced yet stay on this device and sync "
                "the next time you sign in.",
                n=pending,
            )
            if pending
            else ""
        )
        self._show_sign_in(email=user.email, note=note)
        if note:
            theme.set_role(self.sign_in_page.error, theme.muted())

    def _sign_in_again(self) -> None:
        user = self.ctx.user
        if user is None:
            return
        self._show_sign_in(
            server=user.server_url,
            email=user.email,
            note=translate(
                "MainWindow",
                "The server no longer accepts this device's sign-in. Sign in again to sync; "
                "your work is saved on this device.",
            ),
        )

    # -- pages -------------------------------------------------------------------------------

    def show_home(self) -> None:
        if self.ctx.user is None:
            return
        self._close_viewer()
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)
        self.home.focus_list()

    def show_not_synced(self) -> None:
        if self.ctx.user is None:
            return
        self._close_viewer()
        self.not_synced.refresh()
        self.pages.setCurrentWidget(self.not_synced)
        self.not_synced.table.setFocus()

    def show_storage(self) -> None:
        if self.ctx.user is None:
            return
        self._close_viewer()
        self.storage.refresh()
        self.pages.setCurrentWidget(self.storage)
        self.storage.clear.setFocus()

    def show_reports(self) -> None:
        """Faculty and admins: the reports of the last sync, offline."""
        user = self.ctx.user
        if user is None or user.role not in ("faculty", "admin"):
            return
        self._close_viewer()
        page = self.reports
        self.pages.setCurrentWidget(page)
        page.refresh()
        self.setWindowTitle(
            translate("MainWindow", "Reports — {name} — FRAMES LMS").format(name=user.display_name)
        )
        page.compliance.setFocus()

    def set_kiosk_pin(self) -> None:
        """The PIN this student types on the shared orientation tablets (needs the network)."""
        from desktop.kiosk.pin_dialog import KioskPinDialog

        dialog = KioskPinDialog(self.ctx, self)
        dialog.setModal(True)
        dialog.accepted.connect(
            lambda: self.message_bar.show_message(
                translate(
                    "MainWindow", "Your kiosk PIN is set; the tablets learn it at their next sync."
                )
            )
        )
        dialog.open()
        self.kiosk_pin_dialog = dialog

    def _export_not_synced(self) -> None:
        self.show_not_synced()
        self.not_synced.choose_export_file()

    # -- the viewer --------------------------------------------------------------------------

    def open_link(self, url: str) -> None:
        """A link in a module: the system's browser or mail app (a kiosk shows it instead)."""
        open_link(url)

    def open_module(self, module_id: str) -> bool:
        """Open a module in the viewer; ``False`` if it is not on this device."""
        ctx = self.ctx
        user = ctx.user
        if user is None:
            return False
        module = ctx.store.get_module(user.user_id, module_id)
        if module is None:
            self.home.show_notice(
                translate("MainWindow", "This module is no longer on this device. Sync to update.")
            )
            return False
        viewer_mod = importlib.import_module(_VIEWER_MODULE)
        self._close_viewer()
        preview = user.role != "student"
        media = ctx.sync.media if ctx.sync is not None else MediaActivity()
        session = LearningSession(
            store=ctx.store,
            owner=user.user_id,
            module=module,
            session_id=ctx.session_id,
            device_type=ctx.device_type,
            preview=preview,
            media=CacheLookup(ctx.store, media),
            on_changed=ctx.signals.data_changed.emit,
            request_sync=ctx.request_sync,
            open_url=self.open_link,
        )
        viewer = viewer_mod.ModuleViewer(module, session, self.viewer_page)
        if not preview:
            self._touched.add(module_id)
        viewer.back_requested.connect(self.show_home)
        viewer.completed.connect(self._module_completed)
        self._viewer_layout.addWidget(viewer)
        self.viewer = viewer
        self.pages.setCurrentWidget(self.viewer_page)
        self.setWindowTitle(
            translate("MainWindow", "{name} — FRAMES LMS").format(name=module.title)
        )
        viewer.setFocus()
        self.module_opened.emit(module_id)
        return True

    def _close_viewer(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is None:
            return
        try:
            viewer.shutdown()  # records the last heartbeat
        finally:
            self._viewer_layout.removeWidget(viewer)
            viewer.hide()
            viewer.deleteLater()
        self._refresh_touched()
        if self.ctx.user is not None:
            self.setWindowTitle(
                translate("MainWindow", "{name} — FRAMES LMS").format(
                    name=self.ctx.user.display_name
                )
            )

    def _module_completed(self, module_id: str) -> None:
        self.ctx.request_sync()
        self.ctx.signals.data_changed.emit()

    # -- sync and status ---------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.ctx.user is None:
            return
        self.status_area.expect_result()
        self._ensure_sync().request_sync()

    def _status_view(self) -> StatusView:
        ctx = self.ctx
        user = ctx.user
        if user is None:
            return StatusView()
        pending = ctx.store.pending_count(user.user_id)
        rejected = len(ctx.store.rejected_events(user.user_id))
        status = ctx.sync.status if ctx.sync is not None else None
        if status is None:
            fresh = ctx.store.get_user(user.user_id)
            return StatusView(
                last_success=fresh.last_sync_at if fresh is not None else None,
                pending=pending,
                rejected=rejected,
            )
        view = status_view(status, pending=pending, rejected=rejected)
        if view.last_success is None:
            fresh = ctx.store.get_user(user.user_id)
            if fresh is not None and fresh.last_sync_at is not None:
                view = replace(view, last_success=fresh.last_sync_at)
        return view

    def _refresh_status(self) -> None:
        if self.ctx.user is None or self._closing:
            return
        self.status_area.set_text(describe(self._status_view(), now=self.ctx.now()))

    def _on_sync_status(self, status: Any) -> None:
        self._refresh_status()

    def _refresh_touched(self) -> None:
        """Fold the modules opened in this run again (see ``ops.session.refresh_progress``)."""
        user = self.ctx.user
        if user is None or user.role != "student":
            return
        for slug in sorted(self._touched):
            module = self.ctx.store.get_module(user.user_id, slug)
            if module is not None:
                refresh_progress(self.ctx.store, owner=user.user_id, module=module)

    def _on_synced(self) -> None:
        user = self.ctx.user
        if user is not None:
            fresh = self.ctx.store.get_user(user.user_id)
            if fresh is not None:
                self.ctx.user = fresh
        if self.viewer is None:
            self._refresh_touched()
        self.ctx.signals.data_changed.emit()

    def _on_media(self) -> None:
        bridge = self.ctx.sync
        if bridge is None:
            return
        self.status_area.set_media(bridge.media)
        if self._storage is not None and self.pages.currentWidget() is self._storage:
            self._storage.set_media(bridge.media)
            if not bridge.media.downloading:
                self._storage.refresh()
        if self.viewer is not None:
            self.viewer.media_updated()

    def _show_error(self, what: str, message: str) -> None:
        if self._closing:
            return
        self.message_bar.show_message(
            translate("MainWindow", "Problem while {what}: {message}").format(
                what=what, message=message
            ),
            assertive=True,
        )

    def about_text(self) -> str:
        """What *Help → About* says: the version and, with ``--demo``, where the demo server
        listens (the README's ``curl`` examples work with that address)."""
        from desktop import __version__

        text = translate(
            "MainWindow",
            "<p><b>FRAMES LMS</b> {version}</p><p>Training modules for university lab teams, "
            "offline first: everything you do is saved on this computer and syncs when a "
            "network is there.</p>",
        ).format(version=__version__)
        if self.demo is not None:
            url = html.escape(self.demo.url)
            text += translate(
                "MainWindow",
                "<p>Demo server: <a href='{url}/docs'>{url}</a> (port {port}), data in "
                "<code>{folder}</code>. Use this address in place of <code>localhost:8000</code> "
                "in the README's examples; every demo account's password is "
                "<code>frames-demo</code>.</p>",
            ).format(url=url, port=self.demo.port, folder=html.escape(str(self.demo.data_dir)))
        return text

    def show_shortcuts(self) -> None:
        """*Help → Keyboard shortcuts* (F1): the keys this window has now."""
        from desktop.widgets.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def _about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About FRAMES LMS"), self.about_text())

    # -- window state ------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        raw = self.ctx.store.get_setting(GEOMETRY_SETTING)
        restored = False
        if isinstance(raw, str):
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(raw)))
            except ValueError:
                restored = False
        if not restored:
            self.resize(theme.em(self, 62), theme.em(self, 44))

    def save_geometry(self) -> None:
        """Keep the geometry for the next start: an op on the storage worker, waited for
        (a few milliseconds) since the app is about to close."""
        window_ops.save_geometry(self.ctx, bytes(self.saveGeometry().data())).run(self.ctx).result(
            timeout=10
        )

    def shutdown(self) -> None:
        """Stop background work and save the window; safe to call twice."""
        if self._closing:
            return
        self._closing = True
        try:
            self.save_geometry()
        except Exception:  # a read-only or closed store must not block quitting
            log.exception("could not save the window geometry")
        self._close_viewer()
        if self.ctx.sync is not None:
            self.ctx.sync.stop()
        if self.demo is not None:
            self.demo.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        # Tab stops on controls only, in the chain the pages set (see desktop.a11y).
        return a11y.focus_next(self, next) or super().focusNextPrevChild(next)
