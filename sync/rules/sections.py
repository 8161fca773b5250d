"""When a section counts as complete, and what a module viewer records: the product's rules.

Pure (no Qt, no database), so a device's viewer and the server evaluate the same rules. A
completion rule answers one question: *given the section and what happened, is it
complete?* What happened is a :class:`Trigger` (the student read, pressed Next, watched,
ticked) and the section's :class:`SectionState` at that moment (whether its media could be
shown, which checklist items are ticked). ``completion_rule(section_type)`` gives the rule
of a type; a type this version does not know completes on Next. The desktop registers one
module per section type (``desktop.viewer.sections.registry``); each uses its type's rule
from here, so adding a section type is: its rule here, beside its name in the content format
(``sync.rules.content_folder.KNOWN_SECTION_TYPES``), and its module in the desktop registry.

Recording rules (everything goes through ``ViewerSession.record``; in preview nothing does)
------------------------------------------------------------------------------------------
``module_start``
    Once, when the viewer opens a module whose derived status is ``not_started``.
``section_view``
    Each time a section page is shown (opening, Next/Previous, the section list, shortcuts,
    ``show_section``), not again while it stays shown. The viewer opens at
    ``derived().progress.current_section``, i.e. where the student left off.
``section_complete`` (``data={"reason": ...}``, the :class:`Trigger`), at most once per section
    Never for a section already complete (from ``derived()``, see
    ``CompletedSectionsSource``, or earlier in this viewer).

    * ``text``: shown for ``read_seconds`` (3 s) in a visible viewer (``"read"``), or Next
      (``"next"``).
    * ``image``: the same, but only once the image is actually shown (or found broken).
    * ``video``: playback reaches the end (or its last second), or ``duration_seconds`` of
      actual playback (``"watched"``, see :func:`video_watched`); seeking alone counts as
      neither. Next does not complete a video, except a file that cannot be played at all.
    * ``checklist``: when every required item is ticked (``"checklist"``); unticking later
      does not undo it. A checklist with no required items, or one that cannot be parsed,
      completes on Next.
    * ``sandbox``, ``guided_struggle``, ``game``, ``interactive`` and any section with
      ``completion_criteria``: only when its criteria are met (``"criteria"``), as the shared
      fold computes them from the section's events (``sync.rules.criteria``); Next never
      completes them. ``section_criteria`` gives a section's criteria (its own, or its
      type's default, ``sync.rules.section_config.effective_criteria``).
    * types this version does not know, and types this device cannot show: never (the
      module list says what the device lacks).
``module_complete``
    Once, when this viewer sees the module go from incomplete to complete (every section
    complete, or ``derived()`` says ``completed``). ``completed(slug)`` is emitted then
    (not in preview, where nothing is completed for anybody).
    Completing with Next opens the completion page; completing any other way (reading,
    watching, ticking) shows a banner with a button to it, so the student is never pulled
    away from a page they are still reading or ticking.
``checklist_item``
    ``{"item": key, "checked": bool}`` on every user toggle, preceded by a ``click``
    ``{"target": "checklist_item", "item": key, "checked": bool}``.
``feedback``
    The whole record (``rating``, ``difficulty_rating``, ``comment``, ``is_anonymous``) on
    Save; the form is prefilled from ``derived().feedback`` and stays editable.
``click``
    Meaningful clicks only: links (``{"target": "link", "url": ...}``, only http/https/
    mailto are opened), video play/pause (``{"target": "video", "action": ...}``) and
    seeks (one per burst, 1 s apart), checklist toggles.
``scroll``
    At most one per section every ``scroll_seconds`` (5 s), plus one when the section is
    left with unrecorded scrolling: ``{"percent": now, "max_percent": deepest so far}``.
``input``
    One per burst of typing in the feedback comment (a burst ends after
    ``input_burst_seconds`` without typing, or on Save/leaving): ``{"field":
    "feedback_comment", "length": n}``; the text itself is only in ``feedback``.
``heartbeat`` / ``pause`` / ``resume`` (with the current section number)
    A heartbeat every ``HEARTBEAT_SECONDS`` while the viewer is in the active window (or a
    video plays) and the student is not idle. After ``IDLE_SECONDS`` with no mouse,
    keyboard, wheel or touch input in the viewer and no video playing, ``pause``; the next
    input records ``resume``. ``shutdown()`` records a final heartbeat unless paused.

Which section type records which of these (beyond the views, scrolls, links and activity
every page has) is written in the type's desktop module: ``checklist`` records the
``click`` and ``checklist_item`` of each toggle, ``video`` the player's clicks and seeks.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, Protocol

from sync.rules.content_folder import ContentError, parse_checklist
from sync.rules.section_config import (
    COMPONENT_OF_TYPE,
    config_from_json,
    criteria_from_json,
    effective_criteria,
)

__all__ = [
    "COMPLETION_RULES",
    "ChecklistRule",
    "CompletionRule",
    "CriteriaRule",
    "ImageRule",
    "MediaState",
    "NextOnlyRule",
    "SectionLike",
    "SectionState",
    "TextRule",
    "Trigger",
    "VideoRule",
    "checklist_required",
    "completion_rule",
    "criteria_by_section",
    "section_completion_rule",
    "section_criteria",
    "video_watched",
]

END_SLACK_MS: Final = 1000
""""Watched to the end": playback reached within this of the media's end."""
PLAYED_SLACK_MS: Final = 500
"""Playback that covered ``duration_seconds`` less this counts as the whole video."""


class SectionLike(Protocol):
    """What the rules read of a section: a mirrored ``SectionRecord``, a content folder's
    ``SectionSource`` or the server's row all have these."""

    @property
    def section_type(self) -> str: ...

    @property
    def content(self) -> str: ...

    @property
    def duration_seconds(self) -> int | None: ...


class ConfiguredSection(SectionLike, Protocol):
    """A section with its Phase 2 fields, as stored and sent (JSON)."""

    @property
    def section_number(self) -> int: ...

    @property
    def section_config(self) -> Mapping[str, Any] | None: ...

    @property
    def completion_criteria(self) -> Mapping[str, Any] | None: ...


class Trigger(StrEnum):
    """What happened; its value is the ``reason`` a ``section_complete`` event carries."""

    READ = "read"  # shown for ``read_seconds`` in a visible viewer
    NEXT = "next"  # the student pressed Next (or Finish) on it
    WATCHED = "watched"  # video playback covered the video (``video_watched``)
    CHECKLIST = "checklist"  # the checklist's items are as ``SectionState.checked`` says
    CRITERIA = "criteria"  # the section's completion criteria are met (the fold says so)


class MediaState(StrEnum):
    """The section's image or video, as the page found it."""

    NONE = "none"  # the section shows no media (text, checklist)
    WAITING = "waiting"  # not downloaded yet, or still loading
    SHOWN = "shown"  # shown (an image decoded, a video loaded in the player)
    BROKEN = "broken"  # cannot be shown or played at all: the student can do nothing about it


@dataclass(frozen=True, slots=True)
class SectionState:
    """A section's state when something happened: its media, and its checklist items
    (``{key: ticked}``, the items' current values, whoever wrote them)."""

    media: MediaState = MediaState.NONE
    checked: Mapping[str, bool] = field(default_factory=dict)


class CompletionRule(Protocol):
    """A section type's completion rule."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        """Whether ``trigger``, in ``state``, completes ``section``."""
        ...


class TextRule:
    """Text: read for ``read_seconds``, or Next."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        return trigger in (Trigger.READ, Trigger.NEXT)


class ImageRule:
    """Image: as text, but only once the image is shown or found broken (not while it is
    still downloading)."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        return trigger in (Trigger.READ, Trigger.NEXT) and state.media in (
            MediaState.SHOWN,
            MediaState.BROKEN,
        )


class VideoRule:
    """Video: watched (see :func:`video_watched`); Next only when the video cannot play at all
    (a broken file, or no video player on this computer)."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        if trigger == Trigger.WATCHED:
            return True
        return trigger == Trigger.NEXT and state.media == MediaState.BROKEN


class ChecklistRule:
    """Checklist: every required item ticked; Next when it has no required items or cannot
    be parsed. Unticking later does not undo a completion (completions are never undone)."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        required = checklist_required(section.content)
        if trigger == Trigger.NEXT:
            return not required
        if trigger == Trigger.CHECKLIST:
            return bool(required) and all(state.checked.get(key, False) for key in required)
        return False


class NextOnlyRule:
    """Next alone (kept for content that asks nothing more)."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        return trigger == Trigger.NEXT


class CriteriaRule:
    """A section with completion criteria: only when they are met (``Trigger.CRITERIA``)."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        return trigger == Trigger.CRITERIA


class NeverRule:
    """A type this version does not know: nothing the student can do here completes it."""

    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        return False


COMPLETION_RULES: Final[Mapping[str, CompletionRule]] = {
    "text": TextRule(),
    "image": ImageRule(),
    "video": VideoRule(),
    "checklist": ChecklistRule(),
    **{name: CriteriaRule() for name in COMPONENT_OF_TYPE},
}
"""The completion rule of each known section type (``KNOWN_SECTION_TYPES``)."""

_UNKNOWN: Final = NeverRule()
_CRITERIA: Final = CriteriaRule()


def completion_rule(section_type: str) -> CompletionRule:
    """The rule of ``section_type``; unknown types never complete here."""
    return COMPLETION_RULES.get(section_type, _UNKNOWN)


def section_criteria(section: ConfiguredSection) -> Any | None:
    """The section's completion criteria: its own, or its type's default; ``None`` when the
    type's rule alone decides."""
    kind = section.section_type
    config = config_from_json(kind, _plain(section.section_config))
    return effective_criteria(kind, config, criteria_from_json(_plain(section.completion_criteria)))


def section_completion_rule(section: ConfiguredSection) -> CompletionRule:
    """The rule that completes this section: its criteria's, else its type's."""
    if section_criteria(section) is not None:
        return _CRITERIA
    return completion_rule(section.section_type)


def criteria_by_section(sections: Iterable[ConfiguredSection]) -> dict[int, Any | None]:
    """``{section_number: criteria or None}``: what the progress fold takes as
    ``section_numbers`` so sections with criteria complete only when they are met."""
    return {s.section_number: section_criteria(s) for s in sections}


def _plain(value: object) -> object:
    """A mapping as a plain ``dict`` (what the schemas take); anything else as it is, for
    them to refuse."""
    return dict(value) if isinstance(value, Mapping) else value


@functools.lru_cache(maxsize=256)
def checklist_required(content: str) -> tuple[str, ...]:
    """The keys of a checklist's required items, in order; none for a checklist that cannot
    be parsed (it then completes on Next, like one whose items are all optional)."""
    try:
        items = parse_checklist(content)
    except ContentError:
        return ()
    return tuple(item.key for item in items if item.required)


def video_watched(
    *, position_ms: int, media_ms: int, played_ms: int, duration_seconds: int | None
) -> bool:
    """Whether playback has watched the video: the position (reached *while playing*) is
    within ``END_SLACK_MS`` of the media's end (``media_ms``, 0 while unknown), or actual
    playback (``played_ms``, seeks not counted) covers ``duration_seconds`` (when the
    section gives it) less ``PLAYED_SLACK_MS``."""
    if media_ms > 0 and position_ms >= media_ms - END_SLACK_MS:
        return True
    return bool(duration_seconds) and played_ms >= (
        (duration_seconds or 0) * 1000 - PLAYED_SLACK_MS
    )
