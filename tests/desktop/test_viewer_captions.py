"""Alt text on image pages; captions, the CC button and the transcript on video pages, with
the real H.264 demo clip playing (Qt Multimedia, offscreen)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.captions import captions_on, set_captions_on
from desktop.viewer import ModuleViewer
from desktop.viewer._widgets import MarkdownLabel
from desktop.viewer.sections.image import ImageSectionView
from desktop.viewer.sections.video_player import VideoSectionView
from local_store.records import ModuleRecord, SectionRecord
from tests.desktop.test_viewer import (
    DEMO,
    TrackingSession,
    close_viewer,
    demo_session,
    open_viewer,
    press,
    seed,
)
from tests.desktop.test_viewer_media import CLIP, SCREENSHOTS, _grab

pytestmark = pytest.mark.qt

PICTURE = DEMO / "lab-safety-101" / "media" / "ppe-station.png"

# The 6 s clip, with a gap between the cues to see the caption go.
VTT = (
    "WEBVTT\n"
    "\n"
    "00:00:00.300 --> 00:00:01.200\n"
    "Goggles <b>on</b> first.\n"
    "\n"
    "00:00:02.000 --> 00:00:02.600\n"
    "Then the gloves.\n"
)
SPANISH = VTT.replace("Goggles <b>on</b> first.", "Primero las gafas.").replace(
    "Then the gloves.", "Luego los guantes."
)


@pytest.fixture(autouse=True)
def _captions_default() -> Iterator[None]:
    set_captions_on(True)
    locale = QLocale()
    yield
    set_captions_on(True)
    QLocale.setDefault(locale)


def _image_module(config: dict[str, Any] | None, title: str | None = "PPE station") -> ModuleRecord:
    return ModuleRecord(
        module_id="pic",
        title="Pic",
        sections=(
            SectionRecord(1, "image", "What to wear.", title=title, section_config=config),
            SectionRecord(2, "text", "After.", title="After"),
        ),
    )


def _video_module(config: dict[str, Any] | None) -> ModuleRecord:
    return ModuleRecord(
        module_id="clip",
        title="Clip",
        sections=(
            SectionRecord(1, "video", "A short clip.", title="Clip", section_config=config),
            SectionRecord(2, "video", "The same clip.", title="Again", section_config=config),
        ),
    )


def _open_video(qtbot: QtBot, config: dict[str, Any] | None) -> tuple[ModuleViewer, Any]:
    session = TrackingSession(module=_video_module(config), media={1: CLIP, 2: CLIP})
    viewer = open_viewer(qtbot, session)
    video = viewer.views[1]
    assert isinstance(video, VideoSectionView)
    qtbot.waitUntil(lambda: video.player is not None, timeout=10_000)
    return viewer, video


def _shown(video: VideoSectionView) -> str:
    return video.subtitle.text() if video.subtitle.isVisible() else ""


# -- images ---------------------------------------------------------------------------------


def test_the_alt_text_is_the_image_accessible_description(qtbot: QtBot) -> None:
    alt = "Four cards: goggles, gloves, lab coat and closed shoes."
    session = TrackingSession(module=_image_module({"alt": alt}), media={1: PICTURE})
    viewer = open_viewer(qtbot, session)
    image = viewer.views[1]
    assert isinstance(image, ImageSectionView)
    qtbot.waitUntil(lambda: image.source is not None, timeout=5000)
    assert image.image_label.accessibleDescription() == alt
    assert image.image_label.accessibleName() == "Image: PPE station"
    assert image.alt_label is None  # shown only when the content asks
    close_viewer(viewer)


def test_without_a_title_the_alt_text_names_the_image_and_can_be_shown(qtbot: QtBot) -> None:
    alt = "A lab coat on a hook."
    module = _image_module({"alt": alt, "show_alt": True}, title=None)
    session = TrackingSession(module=module, media={1: PICTURE})
    viewer = open_viewer(qtbot, session)
    image = viewer.views[1]
    assert isinstance(image, ImageSectionView)
    qtbot.waitUntil(lambda: image.source is not None, timeout=5000)
    assert image.image_label.accessibleName() == f"Image: {alt}"
    assert image.alt_label is not None and image.alt_label.isVisible()
    assert image.alt_label.text() == alt
    assert image.alt_label.y() > image.image_label.y()  # a caption under the picture
    close_viewer(viewer)


def test_an_image_without_alt_text_has_an_empty_description(qtbot: QtBot) -> None:
    session = TrackingSession(module=_image_module(None), media={1: PICTURE})
    viewer = open_viewer(qtbot, session)
    image = viewer.views[1]
    assert isinstance(image, ImageSectionView)
    assert image.image_label.accessibleDescription() == ""
    assert image.image_label.accessibleName() == "Image: PPE station"
    close_viewer(viewer)


def test_markdown_images_keep_their_alt_text(qtbot: QtBot) -> None:
    label = MarkdownLabel("See ![A bench with a soldering station](bench.png) here.")
    qtbot.addWidget(label)
    assert "[image: A bench with a soldering station]" in label.text()


# -- captions ---------------------------------------------------------------------------------


def test_captions_follow_the_playing_video_and_hide_between_cues(qtbot: QtBot) -> None:
    viewer, video = _open_video(qtbot, {"captions": [{"lang": "en", "vtt": VTT}]})
    assert video.cc_button.isVisible() and video.cc_button.isChecked()
    assert video.cc_button.accessibleName() == "Captions"
    assert _shown(video) == ""
    seen: list[tuple[int, str]] = []

    def note() -> bool:
        assert video.player is not None
        seen.append((video.player.position(), _shown(video)))
        return False

    video.toggle_playback()
    qtbot.waitUntil(lambda: note() or _shown(video) == "Goggles on first.", timeout=10_000)
    assert video.player is not None and 300 <= video.player.position() < 1200 + 150
    qtbot.waitUntil(lambda: note() or video.player.position() >= 1400, timeout=10_000)
    qtbot.waitUntil(lambda: note() or _shown(video) == "", timeout=2000)
    qtbot.waitUntil(lambda: note() or _shown(video) == "Then the gloves.", timeout=10_000)
    assert 2000 <= video.player.position() < 2600 + 150
    qtbot.waitUntil(lambda: note() or video.player.position() >= 2800, timeout=10_000)
    qtbot.waitUntil(lambda: note() or _shown(video) == "", timeout=2000)
    # Each caption was shown only within its cue's time (one 100 ms poll of slack).
    for position, text in seen:
        if text == "Goggles on first.":
            assert 300 <= position < 1200 + 150
        elif text == "Then the gloves.":
            assert 2000 <= position < 2600 + 150
    close_viewer(viewer)


def test_the_cc_button_hides_captions_and_is_remembered(qtbot: QtBot) -> None:
    viewer, video = _open_video(qtbot, {"captions": [{"lang": "en", "vtt": VTT}]})
    video.player.setPosition(500)
    video._show_cue(500)
    assert _shown(video) == "Goggles on first."
    video.cc_button.setFocus()
    qtbot.waitUntil(video.cc_button.hasFocus, timeout=2000)
    press(qtbot, video.cc_button, Qt.Key.Key_Space)  # keyboard: Space on the button
    assert not video.cc_button.isChecked()
    assert _shown(video) == "" and not captions_on()
    video._show_cue(2200)  # playing on: still nothing
    assert _shown(video) == ""
    # The next video starts with captions off too.
    viewer.show_section(2)
    again = viewer.views[2]
    assert isinstance(again, VideoSectionView)
    assert not again.cc_button.isChecked()
    again.cc_button.click()
    assert captions_on()
    viewer.show_section(1)
    assert video.cc_button.isChecked()  # brought in line when shown again
    close_viewer(viewer)


def test_the_track_follows_the_app_language(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("es_ES"))
    tracks = [{"lang": "en", "vtt": VTT}, {"lang": "es", "vtt": SPANISH}]
    viewer, video = _open_video(qtbot, {"captions": tracks})
    assert video.caption_track is not None and video.caption_track.lang == "es"
    video._show_cue(400)
    assert _shown(video) == "Primero las gafas."
    close_viewer(viewer)


def test_a_video_without_captions_has_no_cc_button(qtbot: QtBot) -> None:
    viewer, video = _open_video(qtbot, None)
    assert not video.cc_button.isVisible()
    assert video.transcript_button is None and video.transcript is None
    video._show_cue(500)
    assert _shown(video) == ""
    close_viewer(viewer)


def test_the_transcript_is_folded_under_the_player(qtbot: QtBot) -> None:
    viewer, video = _open_video(
        qtbot, {"captions": [{"lang": "en", "vtt": VTT}], "transcript": "**Goggles**, gloves."}
    )
    button, transcript = video.transcript_button, video.transcript
    assert button is not None and transcript is not None
    assert not transcript.isVisible() and button.accessibleName() == "Show transcript"
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    press(qtbot, button, Qt.Key.Key_Space)
    assert transcript.isVisible() and button.accessibleName() == "Hide transcript"
    assert "Goggles" in transcript.text() and transcript.y() > video.play_button.y()
    assert transcript.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert transcript.focusPolicy() == Qt.FocusPolicy.StrongFocus
    press(qtbot, button, Qt.Key.Key_Space)
    assert not transcript.isVisible()
    close_viewer(viewer)


def test_without_a_transcript_the_captions_make_one(qtbot: QtBot) -> None:
    viewer, video = _open_video(qtbot, {"captions": [{"lang": "en", "vtt": VTT}]})
    assert video.transcript is not None
    assert "Goggles on first." in video.transcript.text()
    assert "Then the gloves." in video.transcript.text()
    close_viewer(viewer)


def test_captioned_demo_video_screenshot(qtbot: QtBot) -> None:
    """The demo's captioned clip mid-play with a caption and the transcript open
    (``docs/screenshots/captioned-video.png`` with ``FRAMES_SCREENSHOTS=1``)."""
    session = demo_session("lab-safety-101")
    seed(session, ("section_view", 3, None))
    viewer = open_viewer(qtbot, session)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    assert video.caption_track is not None and len(video.cues) == 5
    frames: list[QVideoFrame] = []
    video.video.videoSink().videoFrameChanged.connect(frames.append)
    video.toggle_playback()
    qtbot.waitUntil(
        lambda: video.player is not None and video.player.position() > 2500, timeout=10_000
    )
    video.toggle_playback()
    qtbot.waitUntil(lambda: len(frames) > 0, timeout=5000)
    assert video.player is not None
    position = video.player.position()
    cue = next(c for c in video.cues if c.start_ms <= position < c.end_ms)
    qtbot.waitUntil(lambda: _shown(video) == cue.text, timeout=2000)
    assert video.transcript_button is not None
    video.transcript_button.click()
    _grab(viewer, "captioned-video", frame=frames[-1])
    if os.environ.get("FRAMES_SCREENSHOTS") == "1":
        Path(SCREENSHOTS / "viewer-captioned-video.png").replace(
            SCREENSHOTS / "captioned-video.png"
        )
    close_viewer(viewer)


def test_the_cc_choice_is_kept_for_the_next_start(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    from desktop import captions
    from desktop.app import start
    from local_store import LocalStore

    app = start(["--data-dir", str(tmp_path)], show=False)
    try:
        assert captions.captions_on()
        captions.choose(False)  # what the CC button does
        qtbot.waitUntil(
            lambda: (
                app.ctx is not None
                and app.ctx.store.get_setting(captions.CAPTIONS_SETTING) == "off"
            ),
            timeout=5_000,
        )
    finally:
        app.close()
    captions.set_captions_on(True)
    app = start(["--data-dir", str(tmp_path)], show=False)
    try:
        assert not captions.captions_on()  # the saved choice
    finally:
        app.close()
    captions.choose(True)  # after close: nobody saves it (the store is closed)
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        assert store.get_setting(captions.CAPTIONS_SETTING) == "off"
