"""The whole student journey, real widgets against a real server on PostgreSQL.

Sign in, get the modules and their media, read through every section type, tick a
checklist, complete, give feedback; go offline (the server stops), keep working; the
server comes back, sync. The server then holds exactly the device's events, and the same
progress and feedback as the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.demo import DEMO_PASSWORD, DEMO_STUDENT_EMAIL
from desktop.ops.status import OFFLINE_MESSAGE

from ._servers import ServerProcess

# no_qt_log: pytest-qt's Python message handler can deadlock with a worker thread that
# imports an extension module while Qt loads its FFmpeg plugin (dlopen) and logs from it.
pytestmark = [pytest.mark.qt, pytest.mark.postgres, pytest.mark.slow, pytest.mark.no_qt_log]

STUDENT = "demo-stu-chloe"


@pytest.fixture
def pg_server(migrated_pg_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    (tmp_path / "server").mkdir()
    server = ServerProcess(migrated_pg_url, tmp_path / "server")
    server.start("demo")  # the demo data set, loaded into the test's PostgreSQL database
    try:
        yield server
    finally:
        server.stop()


def _server_state(database_url: str) -> tuple[set[str], dict[str, dict[str, Any]], Any]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.models import Module as ServerModule
    from server_api.models import ModuleAnalyticsEvent, ModuleFeedback, ModuleProgress

    engine = make_engine(parse_database_url(database_url))
    try:
        with Session(engine) as session:
            uuids = {
                (u or "").replace("-", "").lower()
                for u in session.scalars(
                    select(ModuleAnalyticsEvent.event_uuid).where(
                        ModuleAnalyticsEvent.student_id == STUDENT
                    )
                )
            }
            progress = {
                slug: {
                    "status": row.status,
                    "progress_percent": row.progress_percent,
                    "current_section": row.current_section,
                    "started_at": row.started_at,
                    "completed_at": row.completed_at,
                    "last_accessed_at": row.last_accessed_at,
                    "total_time_seconds": row.total_time_seconds,
                    "pause_count": row.pause_count,
                }
                for slug, row in session.execute(
                    select(ServerModule.module_id, ModuleProgress)
                    .join(ServerModule, ServerModule.id == ModuleProgress.module_id)
                    .where(ModuleProgress.student_id == STUDENT)
                )
            }
            feedback = session.execute(
                select(
                    ModuleFeedback.rating, ModuleFeedback.difficulty_rating, ModuleFeedback.comment
                )
                .join(ServerModule, ServerModule.id == ModuleFeedback.module_id)
                .where(
                    ModuleFeedback.student_id == STUDENT,
                    ServerModule.module_id == "lab-safety-101",
                )
            ).one_or_none()
    finally:
        engine.dispose()
    return uuids, progress, feedback


def test_student_journey_offline_and_back(
    main_window: Any, qtbot: Any, pg_server: ServerProcess
) -> None:
    window = main_window
    ctx = window.ctx
    window.start()
    window.show()
    qtbot.waitExposed(window)

    # Sign in, online, through the form.
    page = window.sign_in_page
    page.server.setText(pg_server.url)
    page.email.setText(DEMO_STUDENT_EMAIL)
    page.password.setText(DEMO_PASSWORD)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=30_000)
    qtbot.waitUntil(lambda: len(window.home.model.module_rows()) == 9, timeout=30_000)
    owner = ctx.user.user_id
    assert owner == STUDENT
    assert window.home.row("esd-handling").locked_reason == "Complete “Lab Safety 101” first"

    # Media arrive in the background, into the local content cache.
    module = ctx.store.get_module(owner, "lab-safety-101")
    media = [s for s in module.sections if s.media_sha256]
    assert {s.section_type for s in media} == {"image", "video"}
    qtbot.waitUntil(
        lambda: all(
            (row := ctx.store.media_get(s.media_sha256)) is not None and row.state == "complete"
            for s in media
        ),
        timeout=30_000,
    )

    # Read through every section type.
    assert window.open_module("lab-safety-101")
    viewer = window.viewer
    types = [viewer._sections[n].section_type for n in viewer._numbers]
    assert types == ["text", "image", "video", "text", "checklist"]
    viewer.go_next()  # text: Next completes it
    image = viewer.views[2]
    qtbot.waitUntil(lambda: image.source is not None, timeout=10_000)
    viewer.go_next()
    video = viewer.views[3]
    qtbot.waitUntil(
        lambda: video.player is not None and video.player.duration() > 0, timeout=15_000
    )
    video.slider.setFocus()
    qtbot.keyClick(video.slider, Qt.Key.Key_End)
    video.toggle_playback()
    qtbot.waitUntil(lambda: 3 in viewer.completed_sections(), timeout=15_000)
    viewer.go_next()
    viewer.go_next()  # text
    checklist = viewer.views[5]
    assert viewer.current_section() == 5
    for box in checklist.boxes.values():
        if not box.isChecked():
            qtbot.mouseClick(
                box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + box.rect().center() / 4
            )
    qtbot.waitUntil(lambda: viewer.module_complete, timeout=5_000)
    viewer.show_completion()
    form = viewer.completion_page.form
    form.rating.set_value(5)
    form.difficulty.set_value(2)
    form.comment.setPlainText("Clear and short.")
    form.save_button.click()
    viewer.back_requested.emit()
    assert window.home.row("lab-safety-101").completed
    assert not window.home.row("esd-handling").locked  # its prerequisite is done now

    # Go offline: the server stops. Keep working.
    pg_server.stop()
    window.sync_now()
    qtbot.waitUntil(lambda: window.status_area.headline.text() == OFFLINE_MESSAGE, timeout=30_000)
    assert window.open_module("welcome-to-the-lab")
    window.viewer.go_next()
    window.viewer.go_next()
    window.show_home()
    assert ctx.store.pending_count(owner) > 0
    assert "waiting to sync" in window.status_area.details.text()

    # Back online: sync.
    pg_server.start("serve")
    window.sync_now()
    qtbot.waitUntil(lambda: ctx.store.pending_count(owner) == 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            ctx.sync.status is not None
            and not ctx.sync.status.syncing
            and window.status_area.headline.text() == "Online"
        ),
        timeout=30_000,
    )
    # One more round so that the local progress is folded from the server's timestamps.
    window.sync_now()
    qtbot.waitUntil(lambda: not ctx.sync.status.syncing, timeout=30_000)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not ctx.sync.status.syncing, timeout=30_000)

    local_events = {
        e.uuid
        for slug in ("lab-safety-101", "welcome-to-the-lab", "esd-handling", "soldering-basics")
        for e in ctx.store.events_for(owner, slug)
    }
    uuids, server_progress, feedback = _server_state(pg_server.database_url)
    assert uuids == local_events
    assert ctx.store.rejected_events(owner) == []
    local_progress = ctx.store.get_progress(owner)
    for slug in ("lab-safety-101", "welcome-to-the-lab"):
        mine = local_progress[slug]
        assert server_progress[slug] == {
            "status": mine.status,
            "progress_percent": mine.progress_percent,
            "current_section": mine.current_section,
            "started_at": mine.started_at,
            "completed_at": mine.completed_at,
            "last_accessed_at": mine.last_accessed_at,
            "total_time_seconds": mine.total_time_seconds,
            "pause_count": mine.pause_count,
        }, slug
    assert server_progress["lab-safety-101"]["status"] == "completed"
    assert server_progress["welcome-to-the-lab"]["status"] == "in_progress"
    assert tuple(feedback) == (5, 2, "Clear and short.")
    assert ctx.reported == []
