"""The app with no network: it opens straight into the last user's data and keeps working."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.ops.status import OFFLINE_MESSAGE
from desktop.widgets.module_list import KindRole, row_summary
from local_store import AssignmentRecord, LocalStore
from tests.desktop._builders import module, seed_student

pytestmark = pytest.mark.qt


def test_opens_offline_into_the_students_modules(main_window: Any, qtbot: Any) -> None:
    ctx = main_window.ctx
    seed_student(ctx.store)
    main_window.start()
    main_window.show()
    qtbot.waitExposed(main_window)
    # No network needed: the list is there at once, before any sync.
    assert main_window.pages.currentWidget() is main_window.home
    rows = main_window.home.model.module_rows()
    assert [r.module_id for r in rows] == ["lab-safety-101", "soldering", "welcome"]
    headers = [
        main_window.home.model.index(i, 0).data()
        for i in range(main_window.home.model.rowCount())
        if main_window.home.model.index(i, 0).data(KindRole) == "header"
    ]
    assert headers == ["Required (1)", "Optional (1)", "Recommended (1)"]
    # The sync attempt fails (nothing listens on port 9): offline, in plain words.
    qtbot.waitUntil(
        lambda: main_window.status_area.headline.text() == OFFLINE_MESSAGE, timeout=20_000
    )
    assert main_window.status_area.details.text().startswith("Last synced")
    assert ctx.reported == []


def test_keep_working_offline_and_pending_count_grows(main_window: Any, qtbot: Any) -> None:
    ctx = main_window.ctx
    user = seed_student(ctx.store)
    main_window.start()
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.open_module("lab-safety-101")
    viewer = main_window.viewer
    assert viewer is not None
    viewer.go_next()  # finishes section 1 ("next"), shows section 2
    qtbot.waitUntil(lambda: ctx.store.pending_count(user.user_id) >= 4, timeout=5_000)
    types = [e.event_type for e in ctx.store.events_for(user.user_id, "lab-safety-101")]
    assert types[:4] == ["module_start", "section_view", "section_complete", "section_view"]
    events = ctx.store.events_for(user.user_id, "lab-safety-101")
    assert {e.session_id for e in events} == {ctx.session_id}
    assert {e.device_type for e in events} == {"desktop"}
    qtbot.waitUntil(
        lambda: "waiting to sync" in main_window.status_area.details.text(), timeout=5_000
    )
    # Back to the list: the card shows the progress from the events.
    viewer.back_requested.emit()
    assert main_window.pages.currentWidget() is main_window.home
    row = main_window.home.row("lab-safety-101")
    assert row is not None and row.status == "in_progress" and row.progress_percent == 33


def test_locked_module_does_not_open_and_says_why(main_window: Any, qtbot: Any) -> None:
    seed_student(main_window.ctx.store)
    main_window.start()
    main_window.home.request_open("soldering")
    assert main_window.viewer is None
    assert main_window.home.notice.text() == (
        "“Soldering” is locked. Complete “Lab Safety 101” first."
    )


def test_search_and_filters_in_the_list(main_window: Any, qtbot: Any) -> None:
    seed_student(main_window.ctx.store)
    main_window.start()
    page = main_window.home
    qtbot.keyClicks(page.search, "weLCome")
    assert [r.module_id for r in page.model.module_rows()] == ["welcome"]
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData("Technical"))
    assert [r.module_id for r in page.model.module_rows()] == ["soldering"]
    page.category.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "nothing like this")
    assert page.model.module_rows() == []
    assert page.empty.text() == "No modules match your search and filters."


def test_keyboard_enter_opens_the_selected_module(main_window: Any, qtbot: Any) -> None:
    seed_student(main_window.ctx.store)
    main_window.start()
    main_window.show()
    qtbot.waitExposed(main_window)
    page = main_window.home
    page.focus_list()
    assert page.selected_module() == "lab-safety-101"
    with qtbot.waitSignal(main_window.module_opened, timeout=5_000):
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert main_window.viewer.module.module_id == "lab-safety-101"


def test_due_dates_stand_out(main_window: Any, qtbot: Any) -> None:
    ctx = main_window.ctx
    today = date.today()
    seed_student(
        ctx.store,
        modules=[
            (module("late"), AssignmentRecord("late", "required", today - timedelta(days=2))),
            (module("soon"), AssignmentRecord("soon", "required", today + timedelta(days=1))),
        ],
    )
    main_window.start()
    rows = {r.module_id: r for r in main_window.home.model.module_rows()}
    assert rows["late"].due == "overdue" and rows["soon"].due == "soon"
    assert "Overdue since" in row_summary(rows["late"], today=today)
    assert "Due tomorrow" in row_summary(rows["soon"], today=today)


def test_window_geometry_is_remembered(app_ctx: Any, qtbot: Any, local_store: LocalStore) -> None:
    from desktop.ops.window import GEOMETRY_SETTING
    from desktop.widgets.main_window import MainWindow

    first = MainWindow(app_ctx)
    qtbot.addWidget(first)
    first.resize(640, 470)
    first.move(40, 50)
    first.shutdown()
    assert isinstance(local_store.get_setting(GEOMETRY_SETTING), str)
    second = MainWindow(app_ctx)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 470)
    second.shutdown()


def test_a_new_device_starts_at_sign_in_with_the_remembered_address(
    main_window: Any, tmp_path: Path
) -> None:
    from desktop.ops.auth import DEFAULT_SERVER, SERVER_SETTING

    main_window.start()
    page = main_window.sign_in_page
    assert main_window.pages.currentWidget() is page
    assert page.server.text() == DEFAULT_SERVER
    main_window.ctx.store.set_setting(SERVER_SETTING, "http://lab.example.edu")
    main_window.start()
    assert page.server.text() == "http://lab.example.edu"
    assert not main_window.statusBar().isVisible()


def test_background_failures_reach_the_one_error_handler(main_window: Any, qtbot: Any) -> None:
    seed_student(main_window.ctx.store)
    main_window.start()

    def fail() -> None:
        raise OSError(28, "No space left on device", "/data/store.sqlite3")

    main_window.ctx.tasks.storage(fail, what="saving your progress")
    bar = main_window.message_bar
    qtbot.waitUntil(lambda: not bar.isHidden(), timeout=5_000)
    assert bar.label.text() == (
        "Problem while saving your progress: No space left on device (/data/store.sqlite3)"
    )
    assert main_window.ctx.reported == [
        ("saving your progress", "No space left on device (/data/store.sqlite3)")
    ]
    bar.dismiss.click()
    assert bar.isHidden()


def _next_tab_stop(widget: Any) -> Any:
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus) or candidate.focusProxy():
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_order_follows_the_layout(main_window: Any) -> None:
    main_window.start()
    page = main_window.sign_in_page
    order = [page.server, page.email, page.password, page.button]
    for first, second in zip(order, order[1:], strict=False):
        assert _next_tab_stop(first) is second
    seed_student(main_window.ctx.store)
    main_window.start()
    home = main_window.home
    order = [home.search, home.kind, home.category, home.tag, home.view]
    for first, second in zip(order, order[1:], strict=False):
        assert _next_tab_stop(first) is second


def test_history_from_before_frames_shows_as_it_is(main_window: Any, qtbot: Any) -> None:
    """A completion and feedback another application recorded (a baseline pulled from the
    server) count as the student's own: completed, prerequisite met, feedback prefilled."""
    from datetime import datetime

    from sync.client.engine import refresh_progress
    from sync.rules.derive import PairBaseline, legacy_feedback
    from sync.rules.progress import Baseline
    from tests.desktop._builders import NOW

    ctx = main_window.ctx
    user = seed_student(ctx.store)
    history = PairBaseline(
        progress=Baseline(
            status="completed", progress_percent=100, completed_at=datetime(2024, 5, 1)
        ),
        feedback=legacy_feedback(
            row_id=7,
            created_at=datetime(2024, 5, 1),
            rating=4,
            difficulty_rating=2,
            comment="Clear",
            is_anonymous=False,
        ),
    )
    ctx.store.apply_changes(
        user.user_id,
        baselines={"lab-safety-101": history.to_json()},
        cursor="c2",
        synced_at=NOW,
    )
    refresh_progress(ctx.store, user.user_id, ["lab-safety-101"])
    main_window.start()
    row = main_window.home.row("lab-safety-101")
    assert row is not None and (row.status, row.progress_percent) == ("completed", 100)
    soldering = main_window.home.row("soldering")
    assert soldering is not None and soldering.locked_reason is None
    assert main_window.open_module("lab-safety-101")
    viewer = main_window.viewer
    assert viewer is not None
    assert viewer.summary_button.isVisibleTo(viewer)
    viewer.show_completion()
    assert viewer.completion_page.form.comment.toPlainText() == "Clear"
    # Opening a completed module is not a first interaction: no module_start.
    types = [e.event_type for e in ctx.store.events_for(user.user_id, "lab-safety-101")]
    assert "module_start" not in types
