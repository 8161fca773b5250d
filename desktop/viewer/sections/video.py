"""The ``video`` section: a video from the media cache with its caption, played in Qt
Multimedia (``video_player.VideoSectionView``).

Qt Multimedia needs system libraries a computer may lack, so it is loaded with the first
video (``desktop.viewer._multimedia``), never when the registry is imported; where it cannot
load, ``VideoUnavailableSectionView`` says what is missing instead.

Completion (``sync.rules.sections.VideoRule``): watched (``"watched"``: playback reaches the
end, or covers ``duration_seconds``; seeking alone counts as neither, see
``sync.rules.sections.video_watched``); Next only when the video cannot play at all (a broken
file, no player on this computer). Records ``click`` ``{"target": "video", "action":
"play" | "pause" | "seek", "position_seconds": s}`` on play/pause and one per burst of
seeking (1 s apart).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from desktop.i18n import translate
from desktop.viewer._multimedia import MultimediaProblem, load_video_view
from desktop.viewer._session import ViewerSession, ViewerTiming
from desktop.viewer._widgets import MarkdownLabel, MessageCard
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord
from sync.rules.media_text import choose_track, transcript_from_cues, video_text
from sync.rules.sections import MediaState, SectionState

__all__ = ["SECTION_TYPE", "VideoUnavailableSectionView", "make_video_view"]


def make_video_view(
    section: SectionRecord,
    *,
    session: ViewerSession,
    timing: ViewerTiming,
    parent: QWidget | None = None,
) -> SectionView:
    """The player page, or (where Qt Multimedia cannot be loaded) the page saying why."""
    video = load_video_view()
    if isinstance(video, MultimediaProblem):
        return VideoUnavailableSectionView(
            section, session=session, timing=timing, problem=video, parent=parent
        )
    return video(section, session=session, timing=timing, parent=parent)


class VideoUnavailableSectionView(SectionView):
    """A video section on a computer where the video player cannot be loaded (a system
    library Qt Multimedia needs is missing): what is missing and how to install it, the
    caption below, and the video's transcript (its own, or its captions' text) when it has
    one, unfolded, since it is all the student gets; completes on Next, since the student
    can do nothing about it."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        problem: MultimediaProblem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        self.problem = problem
        body, layout, _unit = self._scrolling_page()
        self.message = MessageCard(
            translate("VideoUnavailableSectionView", "This video cannot play on this computer"),
            translate(
                "VideoUnavailableSectionView",
                "{problem} The text below still applies; press Next to continue.",
            ).format(problem=problem.explanation()),
            parent=body,
        )
        self.message.setObjectName("video-unavailable")
        self.message.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.message)
        self.caption = MarkdownLabel(section.content, body)
        self.caption.link_activated.connect(self.link_activated)
        layout.addWidget(self.caption)
        words = video_text(section.section_config)
        track = choose_track(words.captions, QLocale().name())
        transcript = words.transcript or (transcript_from_cues(track.cues()) if track else "")
        self.transcript: MarkdownLabel | None = None
        if transcript:
            heading = translate("VideoUnavailableSectionView", "Transcript")
            self.transcript = MarkdownLabel(f"**{heading}**\n\n{transcript}", body)
            self.transcript.setObjectName("transcript")
            self.transcript.setAccessibleName(heading)
            self.transcript.setTextInteractionFlags(
                self.transcript.textInteractionFlags()
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self.transcript.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(self.transcript)
        layout.addStretch(1)
        self.area.setWidget(body)

    def state(self) -> SectionState:
        return SectionState(media=MediaState.BROKEN)

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("VideoUnavailableSectionView", "Section complete.")
        return translate("VideoUnavailableSectionView", "Press Next to continue.")


SECTION_TYPE = SectionType(
    "video", translate("video", "Video"), make_video_view, records=frozenset({"click"}), glyph="▶"
)
