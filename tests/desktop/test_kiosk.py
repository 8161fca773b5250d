"""Kiosk mode end to end: real widgets, a real server on PostgreSQL, the demo data set.

Enrol the tablet as faculty, let it sync the roster and everyone's modules and media, go
offline (the server stops); three students sign in one after another with their PINs and
each works through part of a module, one is signed out by the idle timer (a playing video
holds it off; a touch cancels the countdown), one is locked out by wrong PINs; back online
every event lands on the server under the right student and nothing of one student is left
on screen for the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from desktop.demo import DEMO_PASSWORD
from desktop.i18n import translate
from desktop.kiosk._touch import TOUCH_MIN
from sync.client import kiosk as kiosk_ops
from tests.kiosk_helpers import local_kiosk

from ._servers import ServerProcess

# no_qt_log: pytest-qt's Python message handler can deadlock with a worker thread that
# imports an extension module while Qt loads its FFmpeg plugin (dlopen) and logs from it.
pytestmark = [pytest.mark.qt, pytest.mark.postgres, pytest.mark.slow, pytest.mark.no_qt_log]

ANA, BEN, CHLOE, DEV = "demo-stu-ana", "demo-stu-ben", "demo-stu-chloe", "demo-stu-dev"
PINS = {ANA: "111111", BEN: "222222", CHLOE: "333333", DEV: "444444"}  # the demo's
EXIT_PIN = "258013"
IDLE = 120.0


@pytest.fixture
def pg_server(migrated_pg_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    (tmp_path / "server").mkdir()
    server = ServerProcess(migrated_pg_url, tmp_path / "server")
    server.start("demo")
    try:
        yield server
    finally:
        server.stop()


class Clock:
    """The idle timer's clock, moved by the test (no test waits minutes)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def kiosk(app_ctx: Any, qtbot: Any) -> Iterator[tuple[Any, Clock]]:
    from desktop.kiosk.window import KioskWindow

    clock = Clock()
    window = KioskWindow(app_ctx, idle_seconds=IDLE, idle_clock=clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    yield window, clock
    window.allow_close()
    window.shutdown()


def _click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _enter_pin(qtbot: Any, pad: Any, pin: str) -> None:
    """Type a PIN on a pad and wait for its check (argon2, on the storage worker)."""
    for digit in pin:
        _click(qtbot, pad.keys[digit])
    _click(qtbot, pad.keys["OK"])
    assert pad.checking and not pad.keys["1"].isEnabled()  # off the UI thread meanwhile
    qtbot.waitUntil(lambda: not pad.checking, timeout=10_000)


def _type_pin(qtbot: Any, window: Any, pin: str) -> None:
    _enter_pin(qtbot, window.pin_page.pad, pin)


def _sign_in(qtbot: Any, window: Any, student_id: str) -> None:
    assert window.pages.currentWidget() is window.picker
    _click(qtbot, window.picker.buttons[student_id])
    assert window.pages.currentWidget() is window.pin_page
    _type_pin(qtbot, window, PINS[student_id])
    assert window.ctx.user is not None and window.ctx.user.user_id == student_id
    assert window.pages.currentWidget() is window.home
    assert window.header.isVisible() and window.header.name.text()


def _on_screen_text(window: Any) -> str:
    """Every piece of text a person could see now, outside the picker's name buttons."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or window.picker.grid_host.isAncestorOf(widget):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
    return "\n".join(texts)


def _assert_nobody_left(window: Any, name: str) -> None:
    assert window.ctx.user is None
    # the store forgets the student on the storage worker, before any later store work
    window.ctx.tasks.storage(lambda: None).result(timeout=10)
    assert window.ctx.store.current_user() is None
    assert window.viewer is None
    assert window.pages.currentWidget() is window.picker
    assert not window.header.isVisible() and not window.countdown.isVisible()
    assert window.picker.search.text() == "" and window.home.search.text() == ""
    assert window.home.model.module_rows() == []
    assert window.pin_page.student_id is None and window.pin_page.title.text() == ""
    shown = _on_screen_text(window)
    assert name not in shown and name.split()[0] not in shown, shown


def _work_through(qtbot: Any, window: Any, slug: str, steps: int) -> None:
    assert window.open_module(slug)
    for _ in range(steps):
        window.viewer.go_next()
    window.viewer.back_requested.emit()
    assert window.pages.currentWidget() is window.home


def _server_events(database_url: str) -> dict[str, str]:
    """uuid (normalised) -> student id, for every event on the server."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.models import ModuleAnalyticsEvent

    engine = make_engine(parse_database_url(database_url))
    try:
        with Session(engine) as session:
            rows = session.execute(
                select(ModuleAnalyticsEvent.event_uuid, ModuleAnalyticsEvent.student_id)
            ).all()
    finally:
        engine.dispose()
    return {str(u).replace("-", "").lower(): str(s) for u, s in rows}


def _server_progress(database_url: str) -> dict[tuple[str, str], tuple[str, int]]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.models import Module, ModuleProgress

    engine = make_engine(parse_database_url(database_url))
    try:
        with Session(engine) as session:
            rows = session.execute(
                select(
                    ModuleProgress.student_id,
                    Module.module_id,
                    ModuleProgress.status,
                    ModuleProgress.current_section,
                ).join(Module, Module.id == ModuleProgress.module_id)
            ).all()
    finally:
        engine.dispose()
    return {(str(s), str(m)): (str(st), int(cur or 0)) for s, m, st, cur in rows}


def test_three_students_share_an_offline_kiosk(
    kiosk: tuple[Any, Clock], qtbot: Any, pg_server: ServerProcess
) -> None:
    window, clock = kiosk
    ctx = window.ctx
    store = ctx.store
    window.start()
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.enrol_page

    # -- enrol, as faculty, from the kiosk itself ----------------------------------------------
    page = window.enrol_page
    page.server.setText(pg_server.url)
    page.email.setText("faculty@frames.demo")
    page.password.setText(DEMO_PASSWORD)
    page.exit_pin.setText(EXIT_PIN)
    page.exit_pin_again.setText(EXIT_PIN)
    _click(qtbot, page.enrol_button)
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.picker or bool(page.error.text()),
        timeout=30_000,
    )
    assert page.error.text() == ""
    enrolled = store.kiosk()
    assert enrolled is not None and enrolled.university_id == "cpp" and enrolled.team_id is None
    assert store.get_user("demo-fac-okafor") is None  # the faculty session was not kept

    # -- the roster, everyone's modules and the media arrive -----------------------------------
    qtbot.waitUntil(lambda: set(PINS) <= set(window.picker.buttons), timeout=60_000)
    qtbot.waitUntil(lambda: all(len(store.list_modules(sid)) >= 3 for sid in PINS), timeout=60_000)
    assert store.list_modules(CHLOE) and "esd-handling" in {
        m.module_id for m in store.list_modules(CHLOE)
    }
    assert "esd-handling" not in {m.module_id for m in store.list_modules(ANA)}  # team scope
    video = next(
        s for s in store.get_module(ANA, "lab-safety-101").sections if s.section_type == "video"
    )
    qtbot.waitUntil(
        lambda: (
            (row := store.media_get(video.media_sha256)) is not None and row.state == "complete"
        ),
        timeout=60_000,
    )
    qtbot.waitUntil(lambda: not ctx.sync.status.syncing, timeout=30_000)

    # Touch targets: every button on the kiosk's own screens is at least 44 px each way.
    for screen in (window.picker, window.pin_page, window.staff_page, window.header):
        for button in screen.findChildren(QAbstractButton):
            assert button.height() >= TOUCH_MIN and button.width() >= TOUCH_MIN, (
                button.objectName(),
                button.size(),
            )

    # -- offline -----------------------------------------------------------------------------
    pg_server.stop()
    ctx.sync.request_sync()
    qtbot.waitUntil(lambda: str(ctx.sync.status.connectivity) == "offline", timeout=30_000)

    # Student 1: Ana. One wrong PIN first, then hers. She reads two sections and starts the
    # video: while it plays, the idle timer does not sign her out.
    _click(qtbot, window.picker.buttons[ANA])
    _type_pin(qtbot, window, "999999")
    assert window.ctx.user is None and "4 more tries" in window.pin_page.pad.message.text()
    _type_pin(qtbot, window, PINS[ANA])
    assert window.ctx.user is not None and window.ctx.user.user_id == ANA
    assert "Ana" in window.header.name.text()
    assert window.open_module("lab-safety-101")
    viewer = window.viewer
    viewer.go_next()
    viewer.go_next()
    # The student's screens are for fingers too: the viewer, the status line.
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.window() is window:
            assert button.height() >= TOUCH_MIN, (button.objectName(), button.text())
    player_view = viewer.views[3]
    qtbot.waitUntil(
        lambda: player_view.player is not None and player_view.player.duration() > 0,
        timeout=15_000,
    )
    player_view.toggle_playback()
    qtbot.waitUntil(viewer.media_playing, timeout=10_000)
    clock.now += IDLE + 30
    window.idle.check()
    assert window.ctx.user is not None and not window.countdown.isVisible()
    player_view.toggle_playback()  # paused: idle time counts again
    qtbot.waitUntil(lambda: not viewer.media_playing(), timeout=10_000)
    viewer.back_requested.emit()
    ana_progress = store.get_progress(ANA)["lab-safety-101"]
    assert ana_progress.current_section >= 3
    _click(qtbot, window.header.sign_out)
    _assert_nobody_left(window, "Ana Ruiz")

    # Student 2: Chloe sees her own (untouched) progress, not Ana's; the idle countdown
    # appears, a touch cancels it, and later it signs her out.
    _sign_in(qtbot, window, CHLOE)
    row = window.home.row("lab-safety-101")
    assert row is not None and row.status == "not_started" and row.progress_percent == 0
    _work_through(qtbot, window, "welcome-to-the-lab", 2)
    clock.now += IDLE - 10
    window.idle.check()
    assert window.countdown.isVisible()
    assert window.countdown.seconds.text() == translate(
        "CountdownOverlay", "Signing you out in %n second(s)", n=10
    )
    assert window.countdown.stay.hasFocus()  # it takes the focus (and is announced)
    _click(qtbot, window.countdown)  # any touch
    assert not window.countdown.isVisible() and window.ctx.user.user_id == CHLOE
    assert window.open_module("welcome-to-the-lab")
    clock.now += IDLE + 1
    window.idle.check()
    assert window.ctx.user is None
    _assert_nobody_left(window, "Chloe Nguyen")

    # Ben gets his PIN wrong five times: locked out on this tablet, even with the right PIN.
    _click(qtbot, window.picker.buttons[BEN])
    for _ in range(kiosk_ops.MAX_TRIES):
        _type_pin(qtbot, window, "000000")
    assert "Too many wrong PINs" in window.pin_page.pad.message.text()
    assert not window.pin_page.pad.keys["OK"].isEnabled()
    _click(qtbot, window.pin_page.back)
    _click(qtbot, window.picker.buttons[BEN])
    assert not window.pin_page.pad.keys["1"].isEnabled()
    assert kiosk_ops.check_pin(store, BEN, PINS[BEN], now=ctx.now()).status == "locked"
    assert window.ctx.user is None
    _click(qtbot, window.pin_page.back)

    # Student 3: Dev.
    _sign_in(qtbot, window, DEV)
    _work_through(qtbot, window, "lab-safety-101", 1)
    _work_through(qtbot, window, "soldering-basics", 2)
    _click(qtbot, window.header.sign_out)
    _assert_nobody_left(window, "Dev Patel")

    local = {
        e.uuid.replace("-", "").lower(): e.owner
        for sid in (ANA, CHLOE, DEV, BEN)
        for m in store.list_modules(sid)
        for e in store.events_for(sid, m.module_id)
        if e.origin == "local"
    }
    assert set(local.values()) == {ANA, CHLOE, DEV}
    assert store.pending_count() == len(local)
    # One session per sitting: no event of one student shares a session with another's.
    sessions: dict[str, set[str]] = {}
    for sid in (ANA, CHLOE, DEV):
        for m in store.list_modules(sid):
            for e in store.events_for(sid, m.module_id):
                sessions.setdefault(sid, set()).add(e.session_id or "")
    assert not (sessions[ANA] & sessions[CHLOE]) and not (sessions[CHLOE] & sessions[DEV])

    # -- back online: everything lands under the right students -------------------------------
    pg_server.start("serve")
    ctx.sync.request_sync()
    qtbot.waitUntil(lambda: store.pending_count() == 0, timeout=60_000)
    assert store.rejected_events() == []
    on_server = _server_events(pg_server.database_url)
    assert {u: on_server.get(u) for u in local} == local
    assert BEN not in set(on_server.values())
    progress = _server_progress(pg_server.database_url)
    assert progress[(ANA, "lab-safety-101")][0] == "in_progress"
    assert progress[(CHLOE, "welcome-to-the-lab")][0] == "in_progress"
    assert (DEV, "soldering-basics") in progress and (CHLOE, "lab-safety-101") not in progress
    assert not any(sid == BEN for sid, _ in progress)


def test_the_kiosk_is_locked_down_until_staff_enter_the_exit_pin(
    kiosk: tuple[Any, Clock], qtbot: Any, tmp_path: Path
) -> None:
    from datetime import datetime

    window, clock = kiosk
    store = window.ctx.store
    local_kiosk(store, {ANA: ("Ana Ruiz", PINS[ANA])}, exit_pin=EXIT_PIN)
    store.record_event(
        owner=ANA,
        module_id="lab-safety-101",
        event_type="click",
        session_id="s",
        device_type="kiosk",
    )
    assert window.picker.banner.isHidden()
    store.set_kiosk_revoked(datetime(2026, 1, 2))  # as the sync engine does on a 401
    window.start()
    window.show_locked_down()
    qtbot.waitExposed(window)
    assert window.picker.banner.isVisible()
    assert "withdrawn by an admin" in window.picker.banner.text()
    assert "1 change waiting to sync" in window.picker.banner.text()
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and window.isFullScreen()
    assert not window.menuBar().isVisible() and window.menuBar().actions() == []

    window.close()  # Alt+F4, the window manager: refused
    assert window.isVisible()

    # A refused credential is the kiosk's: students are never asked to "sign in again".
    from desktop.ops.status import StatusView, describe

    window.status_area.set_text(describe(StatusView(needs_sign_in=True), now=datetime(2026, 1, 2)))
    assert window.status_area.sign_in_button.isHidden()

    # Left alone, a half-typed search, a name on the PIN pad and an unlocked staff page all
    # go back to the clean picker.
    from desktop.kiosk.window import FRONT_RESET_SECONDS

    qtbot.keyClicks(window.picker.search, "An")
    assert list(window.picker.buttons) == [ANA]
    clock.now += FRONT_RESET_SECONDS + 1
    window.front_idle.check()
    assert window.picker.search.text() == "" and window.pages.currentWidget() is window.picker
    _click(qtbot, window.picker.buttons[ANA])
    assert window.pin_page.title.text() == "Hi Ana"
    clock.now += FRONT_RESET_SECONDS - 5
    window.front_idle.check()
    assert window.pages.currentWidget() is window.pin_page  # not yet
    clock.now += 6
    window.front_idle.check()
    assert window.pages.currentWidget() is window.picker and window.pin_page.title.text() == ""
    window.show_staff()
    _enter_pin(qtbot, window.staff_page.pad, EXIT_PIN)
    assert window.staff_page.unlocked
    clock.now += FRONT_RESET_SECONDS + 1
    window.front_idle.check()
    assert window.pages.currentWidget() is window.picker and not window.staff_page.unlocked

    _click(qtbot, window.picker.staff)
    assert window.pages.currentWidget() is window.staff_page
    assert not window.staff_page.unlocked
    _enter_pin(qtbot, window.staff_page.pad, "123456")
    assert not window.staff_page.unlocked and "not the staff PIN" in (
        window.staff_page.pad.message.text()
    )
    _enter_pin(qtbot, window.staff_page.pad, EXIT_PIN)
    assert window.staff_page.unlocked
    assert "1 change waiting to sync" in window.staff_page.info.text()
    assert "no longer accepts this kiosk" in window.staff_page.info.text()

    # Staff can export what has not synced (e.g. for an admin, after a revocation).
    out = tmp_path / "export.jsonl"
    assert window.export_unsynced(out).result(timeout=10) == 1
    assert out.read_text().count("\n") == 1
    qtbot.waitUntil(lambda: "Exported 1 unsynced item to" in window.staff_page.note.text())

    # Back to the students locks the staff page again.
    _click(qtbot, window.staff_page.back)
    assert window.pages.currentWidget() is window.picker and not window.staff_page.unlocked

    window.show_staff()
    _enter_pin(qtbot, window.staff_page.pad, EXIT_PIN)
    with qtbot.waitSignal(window.exited, timeout=1000):
        _click(qtbot, window.staff_page.exit_button)
    assert not window.isVisible()


def test_wrong_staff_pins_lock_the_staff_page_also_after_a_restart(
    app_ctx: Any, qtbot: Any
) -> None:
    """Guessing the exit PIN: five wrong ones lock the staff page for five minutes (checked
    on the storage worker); a new window over the same store (the app restarted) is still
    locked, even for the right PIN; afterwards the right PIN opens it."""
    from datetime import datetime, timedelta

    from desktop.kiosk.window import KioskWindow

    now = [datetime(2026, 1, 1, 9, 0)]
    app_ctx.now = lambda: now[0]
    local_kiosk(app_ctx.store, {}, exit_pin=EXIT_PIN, at=now[0])

    def window() -> Any:
        made = KioskWindow(app_ctx, idle_seconds=IDLE, idle_clock=Clock())
        qtbot.addWidget(made)
        made.start()
        made.show_staff()
        return made

    first = window()
    pad = first.staff_page.pad
    for _ in range(kiosk_ops.MAX_TRIES - 1):
        _enter_pin(qtbot, pad, "123456")
    assert "1 more try" in pad.message.text()
    _enter_pin(qtbot, pad, "1234")
    assert "Too many wrong staff PINs" in pad.message.text() and "5:00" in pad.message.text()
    assert not pad.keys["OK"].isEnabled() and not first.staff_page.unlocked
    first.allow_close()
    first.shutdown()

    second = window()  # the app restarted: still locked, the keys wait
    pad = second.staff_page.pad
    assert not pad.keys["OK"].isEnabled() and "Too many wrong staff PINs" in pad.message.text()
    assert kiosk_ops.check_exit_pin(app_ctx.store, EXIT_PIN, now=now[0]).status == "locked"
    now[0] += timedelta(minutes=5)
    second.show_staff()
    assert pad.keys["OK"].isEnabled()
    _enter_pin(qtbot, pad, EXIT_PIN)
    assert second.staff_page.unlocked
    second.allow_close()
    second.shutdown()


def test_links_in_a_module_are_shown_on_a_kiosk_never_opened(
    kiosk: tuple[Any, Clock], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link in module content would start the system browser, a way out of the locked-
    down app: on a kiosk the address is shown (with Copy) instead, whether the viewer or
    anything else asks Qt to open it; signing out hides it from the next student."""
    from dataclasses import replace
    from datetime import datetime

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    from desktop.widgets import main_window
    from local_store import AssignmentRecord, SectionRecord

    from ._builders import module

    opened: list[str] = []
    monkeypatch.setattr(main_window, "open_link", opened.append)  # the system browser
    window, _clock = kiosk
    store = window.ctx.store
    local_kiosk(store, {ANA: ("Ana Ruiz", PINS[ANA])}, exit_pin=EXIT_PIN)
    linked = replace(
        module("links", sections=1),
        sections=(SectionRecord(1, "text", "See [the wiki](https://wiki.example.edu/ppe)."),),
    )
    store.apply_changes(
        ANA,
        modules=[linked],
        assignments=[AssignmentRecord("links", "required")],
        cursor="c1",
        synced_at=datetime(2026, 1, 1),
    )
    window.start()
    window.show()
    qtbot.waitExposed(window)
    _sign_in(qtbot, window, ANA)
    assert window.open_module("links")
    window.viewer.views[1].link_activated.emit("https://wiki.example.edu/ppe")
    notice = window.link_notice
    assert notice.isVisible() and notice.url == "https://wiki.example.edu/ppe"
    assert opened == []  # the system browser was never asked
    _click(qtbot, notice.copy)
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == "https://wiki.example.edu/ppe"
    _click(qtbot, notice.close_button)
    assert not notice.isVisible()
    # Anything else that asks Qt to open a web or mail address gets the same notice.
    assert QDesktopServices.openUrl(QUrl("mailto:lab@example.edu"))
    assert notice.isVisible() and notice.url == "mailto:lab@example.edu"
    _click(qtbot, window.header.sign_out)
    assert not notice.isVisible()


def test_a_short_pin_from_before_signs_in_and_asks_for_a_new_one(
    kiosk: tuple[Any, Clock], qtbot: Any
) -> None:
    """New PINs are 6 to 12 digits; a 4-digit one set before still signs its student in,
    and the kiosk tells them to choose a longer one."""
    window, _clock = kiosk
    local_kiosk(window.ctx.store, {ANA: ("Ana Ruiz", "2468"), BEN: ("Ben Okoye", PINS[BEN])})
    window.start()
    window.show()
    qtbot.waitExposed(window)
    _click(qtbot, window.picker.buttons[ANA])
    _type_pin(qtbot, window, "2468")
    assert window.ctx.user is not None and window.ctx.user.user_id == ANA
    assert window.message_bar.isVisible()
    assert "Your kiosk PIN is short" in window.message_bar.label.text()
    _click(qtbot, window.header.sign_out)
    assert not window.message_bar.isVisible()
    _click(qtbot, window.picker.buttons[BEN])
    _type_pin(qtbot, window, PINS[BEN])
    assert window.ctx.user is not None and not window.message_bar.isVisible()
