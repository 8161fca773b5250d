"""The video section's player: Qt Multimedia playback from the local media cache.

Imported only by ``desktop.viewer._multimedia.load_video_view`` (with the first video), since
Qt Multimedia may fail to load; the section type itself is ``video.py``.

Captions and transcript (``section_config``, ``sync.rules.media_text``): the track in the app's
language (``QLocale()``'s, see ``choose_track``) shows cue by cue under the picture, in step
with the position; a CC button (checkable, in the Tab order) hides and shows them, and what
it was last set to holds for every video (``desktop.captions``). The
transcript (the section's own, or the captions' text) sits folded under the controls.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from desktop import captions
from desktop.i18n import translate
from desktop.viewer._session import ViewerSession, ViewerTiming, ms
from desktop.viewer._widgets import MarkdownLabel, MessageCard, em
from desktop.viewer.sections.base import SectionView
from local_store.records import SectionRecord
from sync.rules.media_text import choose_track, cue_at, transcript_from_cues, video_text
from sync.rules.sections import MediaState, SectionState, Trigger, video_watched

__all__ = ["VideoSectionView", "format_time"]

_MAX_STEP_MS: Final = 2000  # a larger position jump while playing is a seek, not watching
_CUE_POLL_MS: Final = 100  # how often a playing video's caption follows the position


def format_time(milliseconds: int) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a position or duration."""
    seconds = max(0, milliseconds) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class VideoSectionView(SectionView):
    """A video with play/pause, a seek slider and its position, and its caption below.

    The player is created the first time the page is shown with its file in the cache, and
    released by ``shutdown``. Completion (``complete_requested("watched")``, once, see
    ``sync.rules.sections.video_watched``): playback reaches the end (or its last second), or
    playback has covered ``duration_seconds``; seeking moves the position but counts as
    neither. When the file is missing a message card
    stands where the video would be; when it cannot be played at all the section completes
    on Next instead, since the student can do nothing about a broken file.
    """

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        body, layout, unit = self._scrolling_page()

        self.video = QVideoWidget(body)
        self.video.setAccessibleName(
            translate("VideoSectionView", "Video: {title}").format(
                title=section.title or translate("VideoSectionView", "section video")
            )
        )
        self.video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.video.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.video.installEventFilter(self)
        self.video.setMinimumHeight(unit * 6)
        # Black behind the picture (letterboxing, and before the first frame arrives).
        video_palette = self.video.palette()
        video_palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.video.setPalette(video_palette)
        self.video.setAutoFillBackground(True)
        self.message = MessageCard(
            translate("VideoSectionView", "Video not available yet"), "", parent=body
        )
        self.message.hide()
        layout.addWidget(self.video)

        # Captions: under the picture (a native video window paints over any overlay).
        words = video_text(section.section_config)
        self.caption_track = choose_track(words.captions, QLocale().name())
        self.cues = self.caption_track.cues() if self.caption_track is not None else []
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setContentsMargins(unit // 2, unit // 4, unit // 2, unit // 4)
        subtitle_font = self.subtitle.font()
        subtitle_font.setPointSizeF(subtitle_font.pointSizeF() * 1.15)
        self.subtitle.setFont(subtitle_font)
        subtitle_palette = self.subtitle.palette()  # white on black: 21:1 in every theme
        subtitle_palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        subtitle_palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.subtitle.setPalette(subtitle_palette)
        self.subtitle.setAutoFillBackground(True)
        if self.caption_track is not None and self.caption_track.lang:
            self.subtitle.setLocale(QLocale(self.caption_track.lang))
        lines = self.subtitle.fontMetrics().lineSpacing() * 2 + unit // 2
        self.subtitle.setMinimumHeight(lines)
        policy = self.subtitle.sizePolicy()
        policy.setRetainSizeWhenHidden(bool(self.cues))  # the page does not jump per cue
        self.subtitle.setSizePolicy(policy)
        self.subtitle.hide()
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)

        controls = QHBoxLayout()
        controls.setSpacing(unit // 2)
        self.play_button = QPushButton(body)
        self.play_button.setAutoDefault(False)
        self.play_button.clicked.connect(self.toggle_playback)
        self.slider = QSlider(Qt.Orientation.Horizontal, body)
        self.slider.setAccessibleName(translate("VideoSectionView", "Position in the video"))
        self.slider.setSingleStep(5000)
        self.slider.setPageStep(10000)
        self.slider.sliderMoved.connect(self._on_slider_moved)
        self.slider.sliderReleased.connect(self._on_seek_done)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.time_label = QLabel(body)  # its accessible name is the time (_update_time)
        self.cc_button = QPushButton(translate("VideoSectionView", "CC"), body)
        self.cc_button.setObjectName("captions-toggle")
        self.cc_button.setCheckable(True)
        self.cc_button.setChecked(captions.captions_on())
        self.cc_button.setAutoDefault(False)
        self.cc_button.setAccessibleName(translate("VideoSectionView", "Captions"))
        self.cc_button.setToolTip(translate("VideoSectionView", "Show or hide the captions"))
        self.cc_button.toggled.connect(self._on_captions_toggled)
        self.cc_button.setVisible(bool(self.cues))
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.cc_button)
        layout.addLayout(controls)

        transcript = words.transcript or (transcript_from_cues(self.cues) if self.cues else "")
        self.transcript_button: QToolButton | None = None
        self.transcript: MarkdownLabel | None = None
        if transcript:
            self.transcript_button = QToolButton(body)
            self.transcript_button.setObjectName("transcript-toggle")
            self.transcript_button.setText(translate("VideoSectionView", "Transcript"))
            self.transcript_button.setCheckable(True)
            self.transcript_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.transcript_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.transcript_button.toggled.connect(self._show_transcript)
            self.transcript = MarkdownLabel(transcript, body)
            self.transcript.setObjectName("transcript")
            self.transcript.setAccessibleName(translate("VideoSectionView", "Transcript"))
            self.transcript.setTextInteractionFlags(
                self.transcript.textInteractionFlags()
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self.transcript.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(self.transcript_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.transcript)
            self._show_transcript(False)

        self.caption = MarkdownLabel(section.content, body)
        self.caption.link_activated.connect(self.link_activated)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.area.setWidget(body)
        self.setFocusProxy(self.play_button)

        self.player: QMediaPlayer | None = None
        self.audio: QAudioOutput | None = None
        self.error: str | None = None
        self.media_file: Path | None = None
        self._aspect = 16 / 9
        self._duration_ms = (section.duration_seconds or 0) * 1000
        self._played_ms = 0
        self._last_position = 0
        self._watched = False
        self._seek_timer = QTimer(self)
        self._seek_timer.setSingleShot(True)
        self._seek_timer.setInterval(1000)
        self._seek_timer.timeout.connect(self._record_seek)
        self._poll = QTimer(self)
        self._poll.setInterval(ms(timing.media_poll_seconds))
        self._poll.timeout.connect(self.refresh_media)
        self._cue_timer = QTimer(self)
        self._cue_timer.setInterval(_CUE_POLL_MS)
        self._cue_timer.timeout.connect(self._follow_cue)
        self._set_controls_enabled(False)
        self._update_play_button()
        self._update_time(0)

    # -- SectionView --------------------------------------------------------------------

    def state(self) -> SectionState:
        if self.error is not None:
            return SectionState(media=MediaState.BROKEN)
        if self.player is not None:
            return SectionState(media=MediaState.SHOWN)
        return SectionState(media=MediaState.WAITING)

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("VideoSectionView", "Section complete.")
        if self.error is not None:
            return translate("VideoSectionView", "Continue with Next.")
        if self.player is None:
            return translate(
                "VideoSectionView", "This section completes once the video has been watched."
            )
        return translate("VideoSectionView", "Watch the video to the end to complete this section.")

    def media_playing(self) -> bool:
        return (
            self.player is not None
            and self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        )

    def refresh_media(self) -> None:
        if self.player is not None or self.error is not None:
            return
        path = self._session.media_path(self.section)
        if path is None:
            length = f" ({format_time(self._duration_ms)})" if self._duration_ms else ""
            self.message.set_text(
                translate("VideoSectionView", "Video not available yet{length}").format(
                    length=length
                ),
                self._session.media_message(self.section),
            )
            self.message.show()
            self.video.hide()
            if self._active and not self._poll.isActive():
                self._poll.start()
            return
        self._poll.stop()
        self.message.hide()
        self.video.show()
        self._load(path)

    def activate(self) -> None:
        if self.cc_button.isChecked() != captions.captions_on():  # set in another video meanwhile
            self.cc_button.setChecked(captions.captions_on())
        super().activate()

    def deactivate(self) -> None:
        super().deactivate()
        self._poll.stop()
        if self.media_playing() and self.player is not None:
            self.player.pause()
        if self._seek_timer.isActive():
            self._record_seek()

    def shutdown(self) -> None:
        super().shutdown()
        self._poll.stop()
        self._seek_timer.stop()
        self._cue_timer.stop()
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())

    # -- playback -----------------------------------------------------------------------

    def _load(self, path: Path) -> None:
        self.media_file = path
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(self._update_play_button)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)
        self.video.videoSink().videoSizeChanged.connect(self._on_video_size)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self._set_controls_enabled(True)
        self._update_play_button()
        self._fit_video()
        self.state_changed.emit()

    def toggle_playback(self) -> None:
        player = self.player
        if player is None:
            return
        if self.media_playing():
            player.pause()
            self._record_click("pause")
        else:
            if player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                player.setPosition(0)
                self._last_position = 0
            player.play()
            self._record_click("play")

    def _record_click(self, action: str) -> None:
        position = self.player.position() if self.player is not None else 0
        self.record_requested.emit(
            "click",
            {"target": "video", "action": action, "position_seconds": round(position / 1000, 1)},
        )

    def _on_slider_moved(self, value: int) -> None:
        if self.player is not None:
            self.player.setPosition(value)
            self._last_position = value
        self._update_time(value)
        self._show_cue(value)

    def _on_slider_action(self, action: int) -> None:
        if action == QAbstractSlider.SliderAction.SliderMove.value:
            return  # dragging; sliderMoved handles it
        # Keyboard and page clicks: the slider's value is updated after this signal.
        QTimer.singleShot(0, self._apply_slider_value)

    def _apply_slider_value(self) -> None:
        if self.player is None:
            return
        value = self.slider.value()
        self.player.setPosition(value)
        self._last_position = value
        self._update_time(value)
        self._show_cue(value)
        self._seek_timer.start()

    def _on_seek_done(self) -> None:
        self._seek_timer.start()

    def _record_seek(self) -> None:
        self._seek_timer.stop()
        self._record_click("seek")

    def _on_position(self, position: int) -> None:
        if self.media_playing():
            step = position - self._last_position
            if 0 < step <= _MAX_STEP_MS:
                self._played_ms += step
        self._last_position = position
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(position)
            self.slider.blockSignals(False)
        self._update_time(position)
        self._show_cue(position)
        if self.media_playing():  # a seek alone does not make a video watched
            self._check_watched(position)

    def _on_duration(self, duration: int) -> None:
        if duration > 0:
            self._duration_ms = duration
            self.slider.setRange(0, duration)
            self._update_time(self._last_position)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        player = self.player
        if (
            status == QMediaPlayer.MediaStatus.LoadedMedia
            and player is not None
            and player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        ):
            # Paused at 0 the player decodes the first frame: a poster, not a blank box.
            player.pause()
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._mark_watched()
        self._update_play_button()

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        self.error = text or translate("VideoSectionView", "unknown error")
        self.video.hide()
        self._cue_timer.stop()
        self._show_cue(-1)
        self._set_controls_enabled(False)
        self.message.set_text(
            translate("VideoSectionView", "This video could not be played"),
            translate(
                "VideoSectionView",
                "The file may be damaged or in a format this computer cannot play ({error})."
                " The text below still applies; you can continue with Next.",
            ).format(error=self.error),
        )
        self.message.show()

    def _on_video_size(self) -> None:
        size = self.video.videoSink().videoSize()
        if size.isValid() and size.height() > 0:
            self._aspect = size.width() / size.height()
            self._fit_video()

    def _check_watched(self, position: int) -> None:
        if video_watched(
            position_ms=position,
            media_ms=self.player.duration() if self.player is not None else 0,
            played_ms=self._played_ms,
            duration_seconds=self.section.duration_seconds,
        ):
            self._mark_watched()

    def _mark_watched(self) -> None:
        if not self._watched:
            self._watched = True
            self.complete_requested.emit(Trigger.WATCHED.value)

    # -- looks ----------------------------------------------------------------------------

    def _set_controls_enabled(self, enabled: bool) -> None:
        self.play_button.setEnabled(enabled)
        self.slider.setEnabled(enabled)
        if self._duration_ms:
            self.slider.setRange(0, self._duration_ms)

    def _update_play_button(self) -> None:
        style = self.style()
        if self.media_playing():
            text = translate("VideoSectionView", "Pause")
            name = translate("VideoSectionView", "Pause video")
            icon = QStyle.StandardPixmap.SP_MediaPause
        elif (
            self.player is not None
            and self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
        ):
            text = translate("VideoSectionView", "Replay")
            name = translate("VideoSectionView", "Replay video")
            icon = QStyle.StandardPixmap.SP_MediaPlay
        else:
            text = translate("VideoSectionView", "Play")
            name = translate("VideoSectionView", "Play video")
            icon = QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setText(text)
        self.play_button.setIcon(style.standardIcon(icon))
        self.play_button.setAccessibleName(name)
        # While playing, the caption follows the position more finely than positionChanged.
        if self.cues and self.media_playing():
            self._cue_timer.start()
        else:
            self._cue_timer.stop()

    # -- captions and transcript ----------------------------------------------------------

    def _follow_cue(self) -> None:
        if self.player is not None:
            self._show_cue(self.player.position())

    def _show_cue(self, position: int) -> None:
        """Show the cue at ``position`` (ms) under the picture, or nothing between cues, when
        captions are on."""
        cue = cue_at(self.cues, position) if self.cc_button.isChecked() and position >= 0 else None
        text = cue.text if cue is not None else ""
        if self.subtitle.text() != text:
            self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def _on_captions_toggled(self, on: bool) -> None:
        captions.choose(on)
        self._show_cue(self.player.position() if self.player is not None else -1)

    def _show_transcript(self, shown: bool) -> None:
        if self.transcript is None or self.transcript_button is None:
            return
        self.transcript.setVisible(shown)
        self.transcript_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.transcript_button.setAccessibleName(
            translate("VideoSectionView", "Hide transcript")
            if shown
            else translate("VideoSectionView", "Show transcript")
        )

    def _update_time(self, position: int) -> None:
        now, length = format_time(position), format_time(self._duration_ms)
        self.time_label.setText(f"{now} / {length}")
        self.time_label.setAccessibleName(
            translate("VideoSectionView", "{position} of {length}").format(
                position=now, length=length
            )
        )

    def _fit_video(self) -> None:
        viewport = self.area.viewport().size()
        width = max(1, viewport.width() - 2 * em(self))
        height = min(round(width / self._aspect), round(viewport.height() * 0.62))
        self.video.setFixedHeight(max(em(self) * 6, height))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_video()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # A click on the picture toggles playback, as in every player.
        if (
            obj is self.video
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.player is not None
        ):
            self.toggle_playback()
            return True
        return super().eventFilter(obj, event)
