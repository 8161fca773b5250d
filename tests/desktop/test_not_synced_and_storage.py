"""'Not synced' (rejected items kept, exported, retried) and the storage setting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.ops.media import CacheLookup, MediaActivity
from desktop.ops.storage import load_storage_info
from local_store import LocalStore, SectionRecord
from tests.desktop._builders import seed_student

pytestmark = pytest.mark.qt


def _reject_one(store: LocalStore, owner: str) -> str:
    event = store.record_event(
        owner=owner,
        module_id="lab-safety-101",
        event_type="section_complete",
        section_number=2,
        session_id="s",
        device_type="desktop",
    )
    store.mark_sent([event.uuid])
    store.mark_rejected(event.uuid, "module 'lab-safety-101' is not assigned to this student")
    return event.uuid


def test_not_synced_lists_exports_and_retries(main_window: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = main_window.ctx
    user = seed_student(ctx.store)
    uid = _reject_one(ctx.store, user.user_id)
    main_window.start()
    # The status area points at it.
    assert main_window.status_area.rejected.text() == "1 item not synced — review"
    main_window.status_area.rejected.click()
    page = main_window.not_synced
    assert main_window.pages.currentWidget() is page
    model = page.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Lab Safety 101" and row[1] == "Finished section 2"
    assert row[3] == "This module is no longer assigned to you, so the server did not take it."

    target = tmp_path / "for-faculty.jsonl"
    page.export_to(target)
    qtbot.waitUntil(lambda: page.result.text().startswith("Saved 1 item"), timeout=5_000)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["uuid"] == uid
    # Exporting keeps the item: it is never silently dropped.
    assert [e.uuid for e in ctx.store.rejected_events(user.user_id)] == [uid]

    page.retry_selected()
    assert ctx.store.rejected_events(user.user_id) == []
    assert ctx.store.pending_count(user.user_id) == 1
    assert page.model.rowCount() == 0 and not page.empty.isHidden()


def test_storage_shows_the_cache_and_frees_completed_modules(main_window: Any, qtbot: Any) -> None:
    ctx = main_window.ctx
    user = seed_student(ctx.store)
    sha = "ab" * 32
    path = ctx.media_root / sha[:2] / sha
    path.parent.mkdir(parents=True)
    path.write_bytes(b"x" * 2500)
    ctx.store.media_put(
        sha256=sha,
        url=f"/v1/media/{sha}/a.png",
        size=2500,
        path=path,
        state="complete",
        bytes_done=2500,
    )
    info = load_storage_info(
        store=ctx.store, owner=user.user_id, cache_root=ctx.media_root, data_dir=ctx.data_dir
    )
    assert (info.cache_bytes, info.cache_files, info.completed_modules) == (2500, 1, 0)

    main_window.start()
    main_window.show_storage()
    page = main_window.storage
    qtbot.waitUntil(lambda: page.cache_size.text() == "2.5 kB in 1 file", timeout=5_000)
    assert not page.clear.isEnabled()  # nothing completed yet

    # The file is referenced by nobody on this device: freeing space removes it.
    ctx.store.put_progress(
        user.user_id, "welcome", {"status": "completed", "progress_percent": 100}
    )
    page.refresh()
    qtbot.waitUntil(page.clear.isEnabled, timeout=5_000)
    page.clear.click()
    qtbot.waitUntil(lambda: page.result.text() == "Freed 2.5 kB.", timeout=10_000)
    assert not path.exists()
    qtbot.waitUntil(lambda: page.cache_size.text() == "0 bytes in 0 files", timeout=5_000)


def test_media_lookup_messages(local_store: LocalStore, tmp_path: Path) -> None:
    activity = MediaActivity()
    lookup = CacheLookup(local_store, activity)
    sha = "cd" * 32
    video = SectionRecord(
        3,
        "video",
        "caption",
        media_url=f"/v1/media/{sha}/v.mp4",
        media_sha256=sha,
        media_size=1000,
    )
    assert lookup.path(video) is None
    assert lookup.message(video) == "Waiting to download the video…"
    activity.downloading = True
    local_store.media_put(
        sha256=sha, url=video.media_url or "", size=1000, state="partial", bytes_done=400
    )
    assert lookup.message(video) == "Downloading video… 40 %"
    activity.downloading, activity.offline = False, True
    assert lookup.message(video) == (
        "This video hasn't been downloaded yet. It downloads by itself the next time you're online."
    )
    activity.failed[sha] = "no longer available"
    assert lookup.message(video) == "This video could not be downloaded: no longer available."
    file = tmp_path / "v.mp4"
    file.write_bytes(b"y" * 1000)
    local_store.media_put(
        sha256=sha,
        url=video.media_url or "",
        size=1000,
        path=file,
        state="complete",
        bytes_done=1000,
    )
    assert lookup.path(video) == file
    missing = SectionRecord(4, "image", "no media")
    assert (
        lookup.message(missing) == "This section's image is missing. Let your faculty member know."
    )
