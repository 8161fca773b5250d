"""Images and videos in the viewer: the media cache, playback, missing and broken files.

Also renders the screenshots in ``docs/screenshots/viewer-*.png`` when
``FRAMES_SCREENSHOTS=1`` (otherwise the same screens are grabbed in memory only).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.viewer import ModuleViewer, ViewerTiming
from desktop.viewer.sections.checklist import ChecklistSectionView
from desktop.viewer.sections.image import ImageSectionView
from desktop.viewer.sections.text import TextSectionView
from desktop.viewer.sections.video_player import VideoSectionView, format_time
from local_store.records import ModuleRecord, SectionRecord
from tests.desktop.test_viewer import (
    DEMO,
    SLOW,
    FakeClock,
    TrackingSession,
    close_viewer,
    demo_session,
    open_viewer,
    press,
    seed,
)

pytestmark = pytest.mark.qt

CLIP = DEMO / "lab-safety-101" / "media" / "ppe-check.mp4"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _video_module(duration: int | None = 6) -> ModuleRecord:
    return ModuleRecord(
        module_id="clip",
        title="Clip",
        sections=(
            SectionRecord(1, "video", "A short clip.", title="Clip", duration_seconds=duration),
            SectionRecord(2, "text", "After the clip.", title="After"),
        ),
    )


def test_format_time() -> None:
    assert format_time(0) == "0:00"
    assert format_time(6_400) == "0:06"
    assert format_time(754_000) == "12:34"
    assert format_time(3_723_000) == "1:02:03"


def test_video_plays_and_frames_arrive(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    seed(session, ("section_view", 3, None))
    viewer = open_viewer(qtbot, session)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    assert video.player is not None
    assert viewer.hint_label.text() == "Watch the video to the end to complete this section."
    frames: list[QVideoFrame] = []
    video.video.videoSink().videoFrameChanged.connect(frames.append)
    assert video.play_button.text() == "Play" and video.play_button.isEnabled()
    video.play_button.setFocus()
    qtbot.waitUntil(video.play_button.hasFocus, timeout=2000)
    press(qtbot, video.play_button, Qt.Key.Key_Space)  # keyboard: Space on the button
    qtbot.waitUntil(lambda: len(frames) >= 3, timeout=10_000)
    assert frames[-1].size().width() == 320
    assert video.media_playing() and viewer.activity.engaged()
    assert video.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: video.slider.value() > 0, timeout=5000)
    assert video.slider.maximum() == 6000
    assert video.time_label.text().endswith("/ 0:06")
    video.play_button.click()
    assert not video.media_playing()
    assert video.play_button.text() == "Play"
    clicks = [e.event_data for e in session.of_type("click")]
    assert [c["action"] for c in clicks if c] == ["play", "pause"]
    # Leaving the section pauses the video.
    video.play_button.click()
    qtbot.waitUntil(video.media_playing, timeout=5000)
    viewer.go_previous()
    assert not video.media_playing()
    close_viewer(viewer)


def test_video_completes_when_watched_to_the_end(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    seed(session, ("section_view", 3, None))
    viewer = open_viewer(qtbot, session)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView) and video.player is not None
    viewer.go_next()  # Next does not complete a video
    assert session.completed() == set()
    viewer.show_section(3)
    qtbot.waitUntil(
        lambda: video.player is not None and video.player.duration() > 0, timeout=10_000
    )
    video.slider.setFocus()
    press(qtbot, video.slider, Qt.Key.Key_End)  # keyboard seek to the end
    video.toggle_playback()
    qtbot.waitUntil(lambda: session.completed() == {3}, timeout=10_000)
    assert session.of_type("section_complete")[0].event_data == {"reason": "watched"}
    qtbot.waitUntil(
        lambda: "seek" in [(e.event_data or {}).get("action") for e in session.of_type("click")],
        timeout=3000,
    )
    assert viewer.hint_label.text() == "✓ Section complete."
    close_viewer(viewer)


def test_video_completes_after_duration_seconds_of_playback(qtbot: QtBot) -> None:
    module = _video_module(duration=1)
    session = TrackingSession(module=module, media={1: CLIP})
    viewer = open_viewer(qtbot, session)
    video = viewer.views[1]
    assert isinstance(video, VideoSectionView)
    video.toggle_playback()
    qtbot.waitUntil(lambda: session.completed() == {1}, timeout=10_000)
    assert video.player is not None and video.player.position() < 5000
    close_viewer(viewer)


def test_a_playing_video_counts_as_activity(qtbot: QtBot) -> None:
    clock = FakeClock()
    timing = ViewerTiming(idle_seconds=30, tick_seconds=SLOW, read_seconds=SLOW, clock=clock)
    session = TrackingSession(module=_video_module(), media={1: CLIP})
    viewer = open_viewer(qtbot, session, timing=timing)
    video = viewer.views[1]
    assert isinstance(video, VideoSectionView)
    video.toggle_playback()
    qtbot.waitUntil(video.media_playing, timeout=5000)
    clock.now += 45
    viewer.activity.tick()
    assert "pause" not in session.types()
    close_viewer(viewer)


def test_missing_video_offline_shows_a_message_then_plays_once_downloaded(
    qtbot: QtBot,
) -> None:
    session = TrackingSession(module=_video_module(), media={})
    viewer = open_viewer(qtbot, session)
    video = viewer.views[1]
    assert isinstance(video, VideoSectionView)
    assert video.message.isVisible()
    assert not video.video.isVisible()
    assert video.message.heading() == "Video not available yet (0:06)"
    assert "device is offline" in video.message.text()
    assert not video.play_button.isEnabled()
    assert video.player is None
    viewer.go_next()
    assert session.completed() == set()  # a video nobody could watch is not complete
    viewer.show_section(1)
    session.media[1] = CLIP
    viewer.media_updated()
    assert video.player is not None
    assert not video.message.isVisible() and video.video.isVisible()
    assert video.play_button.isEnabled()
    close_viewer(viewer)


def test_missing_image_shows_download_progress_as_it_changes(qtbot: QtBot) -> None:
    module = demo_session("lab-safety-101").module
    session = TrackingSession(module=module, media={}, message="Downloading image… 10 %")
    seed(session, ("section_view", 2, None))
    viewer = open_viewer(
        qtbot, session, timing=ViewerTiming(read_seconds=0.05, media_poll_seconds=0.02)
    )
    image = viewer.views[2]
    assert isinstance(image, ImageSectionView)
    assert image.message.isVisible() and not image.image_label.isVisible()
    assert image.message.text() == "Downloading image… 10 %"
    assert viewer.hint_label.text() == "This section completes once the image can be shown."
    session.message = "Downloading image… 40 %"
    qtbot.waitUntil(lambda: image.message.text() == "Downloading image… 40 %", timeout=2000)
    qtbot.wait(100)
    assert session.completed() == set()  # not complete while the picture is missing
    # The download finishes; polling (or media_updated) picks it up, then reading completes it.
    session.media[2] = DEMO / "lab-safety-101" / "media" / "ppe-station.png"
    qtbot.waitUntil(lambda: image.source is not None, timeout=5000)
    assert not image.message.isVisible()
    qtbot.waitUntil(lambda: session.completed() == {2}, timeout=3000)
    close_viewer(viewer)


def test_broken_media_files_are_explained_and_complete_on_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bad_png = tmp_path / "bad.png"
    bad_png.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    bad_mp4 = tmp_path / "bad.mp4"
    bad_mp4.write_bytes(b"\x00" * 2048)
    module = ModuleRecord(
        module_id="broken-media",
        title="Broken media",
        sections=(
            SectionRecord(1, "image", "Caption.", title="Picture"),
            SectionRecord(2, "video", "Caption.", title="Clip", duration_seconds=5),
        ),
    )
    session = TrackingSession(module=module, media={1: bad_png, 2: bad_mp4})
    viewer = open_viewer(qtbot, session)
    image = viewer.views[1]
    assert isinstance(image, ImageSectionView)
    qtbot.waitUntil(lambda: image.error is not None, timeout=5000)
    assert image.message.heading() == "This image could not be opened"
    viewer.go_next()
    assert session.completed() == {1}
    video = viewer.views[2]
    assert isinstance(video, VideoSectionView)
    qtbot.waitUntil(lambda: video.error is not None, timeout=10_000)
    assert video.message.heading() == "This video could not be played"
    assert not video.play_button.isEnabled()
    viewer.go_next()
    assert session.completed() == {1, 2}
    assert viewer.on_completion_page
    close_viewer(viewer)


def test_image_is_scaled_to_the_page_and_rescaled_on_resize(qtbot: QtBot) -> None:
    session = demo_session("cubesat-power-budget")
    seed(session, ("section_view", 2, None))
    viewer = open_viewer(qtbot, session)
    image = viewer.views[2]
    assert isinstance(image, ImageSectionView)
    qtbot.waitUntil(lambda: image.source is not None, timeout=5000)

    def shown_width() -> float:
        pixmap = image.image_label.pixmap()
        return pixmap.width() / pixmap.devicePixelRatio()

    wide = shown_width()
    assert 0 < wide <= image.area.viewport().width()
    viewer.resize(700, 700)
    qtbot.waitUntil(lambda: shown_width() < wide, timeout=3000)
    assert shown_width() <= image.area.viewport().width()
    source = image.source
    assert source is not None
    pixmap = image.image_label.pixmap()
    ratio_source = source.width() / source.height()
    assert abs(pixmap.width() / pixmap.height() - ratio_source) < 0.02
    close_viewer(viewer)


# -- screenshots ------------------------------------------------------------------------------


def _grab(viewer: ModuleViewer, name: str, *, frame: QVideoFrame | None = None) -> None:
    for _ in range(3):  # let posted layout requests settle, as a real paint would
        QApplication.processEvents()
    image = viewer.grab()
    assert not image.isNull() and image.width() >= 1000
    if frame is not None:
        # QVideoWidget draws into a native child window, which QWidget.grab() cannot
        # capture: paint the frame the player really delivered where the widget shows it.
        video = viewer.views[viewer.current_section()]
        assert isinstance(video, VideoSectionView)
        rect = QRect(video.video.mapTo(viewer, QPoint(0, 0)), video.video.size())
        picture = frame.toImage()
        assert not picture.isNull()
        size = picture.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(QPoint(0, 0), size)
        target.moveCenter(rect.center())
        painter = QPainter(image)
        painter.fillRect(rect, Qt.GlobalColor.black)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, picture)
        painter.end()
    if os.environ.get("FRAMES_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SCREENSHOTS / f"viewer-{name}.png"))


def test_screens(qtbot: QtBot) -> None:
    """Each section type and the completion page at 1000x700, as the docs show them."""
    session = demo_session("lab-safety-101")
    seed(
        session,
        ("module_start", None, None),
        ("section_complete", 1, {"reason": "read"}),
        ("section_view", 1, None),
    )
    viewer = open_viewer(qtbot, session)
    _grab(viewer, "text")

    viewer.show_section(2)
    image = viewer.views[2]
    assert isinstance(image, ImageSectionView)
    qtbot.waitUntil(lambda: image.source is not None, timeout=5000)
    _grab(viewer, "image")

    viewer.show_section(3)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    frames: list[QVideoFrame] = []
    video.video.videoSink().videoFrameChanged.connect(frames.append)
    video.toggle_playback()
    # The docs show a frame from the middle of the clip; the test only needs some frame.
    wanted = 2500 if os.environ.get("FRAMES_SCREENSHOTS") == "1" else 100
    qtbot.waitUntil(
        lambda: video.player is not None and video.player.position() > wanted, timeout=10_000
    )
    video.toggle_playback()
    qtbot.waitUntil(lambda: len(frames) > 0, timeout=5000)
    _grab(viewer, "video", frame=frames[-1])

    viewer.show_section(5)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    for key in ("exits", "safety-equipment", "emergency-number"):
        checklist.boxes[key].click()
    checklist.boxes["exits"].setFocus()
    _grab(viewer, "checklist")

    close_viewer(viewer)

    done = demo_session("soldering-basics")
    seed(done, *[("section_complete", n, None) for n in (1, 2, 3, 4)], ("section_view", 5, None))
    finished = open_viewer(qtbot, done)
    checklist = finished.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    for key in checklist.required_keys:
        checklist.boxes[key].click()
    _grab(finished, "checklist-done")
    finished.go_next()
    form = finished.completion_page.form
    form.rating.buttons[3].click()
    form.difficulty.buttons[2].click()
    form.comment.setPlainText("The rework part was the most useful.")
    _grab(finished, "complete")
    close_viewer(finished)

    offline = TrackingSession(module=demo_session("esd-handling").module, media={})
    seed(offline, ("section_view", 3, None))
    missing = open_viewer(qtbot, offline)
    _grab(missing, "video-offline")
    close_viewer(missing)

    future = TrackingSession(
        module=ModuleRecord(
            module_id="orbit-sandbox",
            title="Orbit Sandbox",
            category="Technical",
            sections=(
                SectionRecord(1, "sandbox", "Run the orbit simulator.", title="Try it yourself"),
                SectionRecord(2, "text", "Wrap-up.", title="What you saw"),
            ),
        ),
        preview=True,
    )
    preview = open_viewer(qtbot, future)
    _grab(preview, "unsupported-preview")
    close_viewer(preview)


def test_large_fonts_keep_every_page_usable(qtbot: QtBot) -> None:
    """A 200 % font (large-text setting): pages wrap and scroll instead of clipping."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        session = demo_session("lab-safety-101")
        seed(session, ("section_view", 5, None))
        viewer = open_viewer(qtbot, session)
        checklist = viewer.views[5]
        assert isinstance(checklist, ChecklistSectionView)
        bar = checklist.scroll_bar()
        assert bar is not None
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)  # scrolls, not clipped
        box = checklist.boxes["safety-equipment"]
        assert "\n" in box.text()  # the long item wraps
        assert box.height() >= box.heightForWidth(box.width())
        assert viewer.next_button.isVisible() and viewer.back_button.isVisible()
        _grab(viewer, "checklist-large-font")
        viewer.show_completion()
        viewer.show_section(1)
        close_viewer(viewer)
    finally:
        app.setFont(original)


def test_text_section_tables_and_code_render(qtbot: QtBot) -> None:
    session = demo_session("cubesat-power-budget")
    seed(session, ("section_view", 3, None))
    viewer = open_viewer(qtbot, session)
    text = viewer.views[3]
    assert isinstance(text, TextSectionView)
    html = text.browser.toHtml()
    assert "import math" in text.browser.toPlainText()
    assert "<pre" in html
    close_viewer(viewer)
