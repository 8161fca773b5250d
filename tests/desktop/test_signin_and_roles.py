"""Sign-in against the real demo server: errors in plain words, revocation, faculty preview."""

from __future__ import annotations

import sqlite3
from typing import Any

import httpx
import pytest

from desktop.demo import DEMO_FACULTY_EMAIL, DEMO_PASSWORD, DEMO_STUDENT_EMAIL, free_port
from desktop.widgets.module_list import KindRole

pytestmark = [pytest.mark.qt, pytest.mark.slow]


def _admin(server: Any) -> httpx.Client:
    resp = httpx.post(
        f"{server.url}/v1/auth/login",
        json={"email": "admin@frames.demo", "password": DEMO_PASSWORD},
        timeout=30,
    )
    resp.raise_for_status()
    return httpx.Client(
        base_url=server.url,
        headers={"Authorization": f"Bearer {resp.json()['token']}"},
        timeout=30,
    )


def _account_id(admin: httpx.Client, email: str) -> int:
    accounts = admin.get("/v1/admin/accounts").json()
    return next(int(a["id"]) for a in accounts if a["email"] == email)


def _sign_in_through_the_form(
    window: Any, qtbot: Any, *, server: str, email: str, password: str
) -> None:
    page = window.sign_in_page
    page.server.setText(server)
    page.email.setText(email)
    page.password.setText(password)
    qtbot.mouseClick(page.button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)


def _error_shown(window: Any) -> str:
    label = window.sign_in_page.error
    return str(label.text()) if not label.isHidden() else ""


def test_wrong_password_says_so(main_window: Any, qtbot: Any, demo_server: Any) -> None:
    main_window.start()
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email=DEMO_STUDENT_EMAIL, password="nope-nope"
    )
    qtbot.waitUntil(lambda: _error_shown(main_window) != "", timeout=30_000)
    assert _error_shown(main_window) == "Wrong email or password. Check both and try again."
    assert main_window.ctx.user is None


def test_unreachable_server_says_so(main_window: Any, qtbot: Any) -> None:
    main_window.start()
    url = f"http://127.0.0.1:{free_port()}"
    _sign_in_through_the_form(main_window, qtbot, server=url, email="a@b.edu", password="whatever")
    qtbot.waitUntil(lambda: _error_shown(main_window) != "", timeout=30_000)
    assert _error_shown(main_window) == (
        f"Can't reach the server at {url}. Check the address and your network connection, "
        "then try again."
    )


def test_disabled_account_says_so(main_window: Any, qtbot: Any, demo_server: Any) -> None:
    with _admin(demo_server) as admin:
        admin.post(f"/v1/admin/accounts/{_account_id(admin, 'dev@frames.demo')}/disable")
    main_window.start()
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email="dev@frames.demo", password=DEMO_PASSWORD
    )
    qtbot.waitUntil(lambda: _error_shown(main_window) != "", timeout=30_000)
    assert _error_shown(main_window) == (
        "This account has been disabled. Ask your faculty member or a lab admin."
    )


def test_revoked_sign_in_asks_to_sign_in_again_and_keeps_the_work(
    main_window: Any, qtbot: Any, demo_server: Any
) -> None:
    ctx = main_window.ctx
    main_window.start()
    main_window.show()
    qtbot.waitExposed(main_window)
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email="ben@frames.demo", password=DEMO_PASSWORD
    )
    qtbot.waitUntil(lambda: len(main_window.home.model.module_rows()) > 0, timeout=30_000)
    assert main_window.ctx.user.email == "ben@frames.demo"
    with _admin(demo_server) as admin:
        account = _account_id(admin, "ben@frames.demo")
        for token in admin.get("/v1/admin/tokens", params={"account_id": account}).json():
            if token["revoked_at"] is None:
                admin.post(f"/v1/admin/tokens/{token['id']}/revoke")
    main_window.open_module("welcome-to-the-lab")  # work done while the token is revoked
    main_window.show_home()
    main_window.sync_now()
    qtbot.waitUntil(lambda: main_window.status_area.sign_in_button.isVisible(), timeout=30_000)
    assert main_window.status_area.headline.text().startswith("Signed out by the server")
    owner = ctx.user.user_id
    assert ctx.store.pending_count(owner) > 0  # kept, to sync after signing in again
    main_window.status_area.sign_in_button.click()
    page = main_window.sign_in_page
    assert main_window.pages.currentWidget() is page
    assert page.email.text() == "ben@frames.demo"
    assert "Sign in again to sync" in _error_shown(main_window)
    page.password.setText(DEMO_PASSWORD)
    page.button.click()
    qtbot.waitUntil(lambda: main_window.pages.currentWidget() is main_window.home, timeout=30_000)
    qtbot.waitUntil(lambda: ctx.store.pending_count(owner) == 0, timeout=30_000)


def test_faculty_preview_shows_drafts_and_records_nothing(
    main_window: Any, qtbot: Any, demo_server: Any
) -> None:
    ctx = main_window.ctx
    server_db = demo_server.data_dir / "demo-server.sqlite3"

    def server_events() -> int:
        with sqlite3.connect(server_db) as conn:
            return int(conn.execute("SELECT count(*) FROM module_analytics_events").fetchone()[0])

    before = server_events()
    main_window.start()
    main_window.show()
    qtbot.waitExposed(main_window)
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email=DEMO_FACULTY_EMAIL, password=DEMO_PASSWORD
    )
    qtbot.waitUntil(lambda: len(main_window.home.model.module_rows()) >= 5, timeout=30_000)
    model = main_window.home.model
    headers = [
        model.index(i, 0).data()
        for i in range(model.rowCount())
        if model.index(i, 0).data(KindRole) == "header"
    ]
    assert headers[0] == "Drafts (1)" and headers[1].startswith("Published")
    assert main_window.home.row("cubesat-power-budget").item.status == "draft"
    assert main_window.home.row("esd-handling").locked_reason is None  # faculty: no locks

    assert main_window.open_module("cubesat-power-budget")
    viewer = main_window.viewer
    assert viewer.preview and viewer.preview_banner.isVisibleTo(viewer)
    for _ in range(6):
        viewer.go_next()
    owner = ctx.user.user_id
    assert ctx.store.events_for(owner, "cubesat-power-budget") == []
    assert ctx.store.pending_count(owner) == 0
    # The sync engine caches a (not started) progress row per module; preview adds nothing.
    assert {row.status for row in ctx.store.get_progress(owner).values()} <= {"not_started"}
    main_window.show_home()
    main_window.sync_now()
    qtbot.waitUntil(
        lambda: (
            main_window.status_area.headline.text() == "Online"
            and ctx.sync.status is not None
            and not ctx.sync.status.syncing
        ),
        timeout=30_000,
    )
    assert server_events() == before


def test_sign_out_returns_to_sign_in_and_forgets_the_token(
    main_window: Any, qtbot: Any, demo_server: Any
) -> None:
    ctx = main_window.ctx
    main_window.start()
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email="emma@frames.demo", password=DEMO_PASSWORD
    )
    qtbot.waitUntil(lambda: ctx.user is not None, timeout=30_000)
    owner = ctx.user.user_id
    main_window.sign_out()
    assert main_window.pages.currentWidget() is main_window.sign_in_page
    assert main_window.sign_in_page.email.text() == "emma@frames.demo"
    assert ctx.store.current_user() is None
    stored = ctx.store.get_user(owner)
    assert stored is not None and stored.token is None


def test_demo_mode_signs_in_as_the_demo_student(app_ctx: Any, qtbot: Any, demo_server: Any) -> None:
    from desktop.widgets.main_window import MainWindow

    window = MainWindow(app_ctx, demo=demo_server)
    qtbot.addWidget(window)
    try:
        window.start()
        assert window.sign_in_page.busy_label.text() in (
            "Starting the demo server…",
            "Signing in to the demo…",
        )
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=30_000)
        assert app_ctx.user.email == DEMO_STUDENT_EMAIL
        qtbot.waitUntil(lambda: len(window.home.model.module_rows()) == 9, timeout=30_000)
    finally:
        window.demo = None  # the session's demo server outlives this window
        window.shutdown()


def test_a_student_sets_their_kiosk_pin_from_the_app(
    main_window: Any, qtbot: Any, demo_server: Any
) -> None:
    from sync.client.kiosk import verify_pin

    main_window.start()
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email="emma@frames.demo", password=DEMO_PASSWORD
    )
    qtbot.waitUntil(lambda: main_window.ctx.user is not None, timeout=30_000)
    assert main_window.kiosk_pin_action.isVisible() and main_window.kiosk_pin_action.isEnabled()
    main_window.set_kiosk_pin()
    dialog = main_window.kiosk_pin_dialog
    dialog.pin.setText("8642")
    dialog.again.setText("8642")
    dialog.submit()
    assert dialog.error.text() == "A kiosk PIN is 6 to 12 digits."
    dialog.pin.setText("864213")
    dialog.again.setText("864213")
    dialog.submit()  # no password: not sent
    assert dialog.error.text() == "Enter your password to change your kiosk PIN."
    dialog.password.setText("not her password")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=30_000)
    assert dialog.error.text() == "Wrong password: nothing was changed." and dialog.isVisible()
    dialog.password.setText(DEMO_PASSWORD)
    dialog.again.setText("864210")
    dialog.submit()
    assert dialog.error.text() == "The two PINs differ." and dialog.isVisible()
    dialog.again.setText("864213")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.submit()
    assert "kiosk PIN is set" in main_window.message_bar.label.text()

    server_db = demo_server.data_dir / "demo-server.sqlite3"
    with sqlite3.connect(server_db) as conn:
        (stored,) = conn.execute(
            "SELECT pin_hash FROM student_pins WHERE student_id = 'demo-stu-emma'"
        ).fetchone()
    assert verify_pin(stored, "864213") and "864213" not in stored


def test_faculty_have_no_kiosk_pin(main_window: Any, qtbot: Any, demo_server: Any) -> None:
    main_window.start()
    _sign_in_through_the_form(
        main_window, qtbot, server=demo_server.url, email=DEMO_FACULTY_EMAIL, password=DEMO_PASSWORD
    )
    qtbot.waitUntil(lambda: main_window.ctx.user is not None, timeout=30_000)
    assert not main_window.kiosk_pin_action.isVisible()
