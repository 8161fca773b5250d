"""The section completion rules (``sync.rules.sections``): pure, so both sides evaluate them.

Each rule answers "given the section and what happened, is it complete?"; the viewer's tests
(tests/desktop/test_viewer*.py) check that the desktop asks them at the right moments.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.rules.content_folder import KNOWN_SECTION_TYPES, load_module_folder
from sync.rules.section_config import PHASE2_SECTION_TYPES
from sync.rules.sections import (
    COMPLETION_RULES,
    END_SLACK_MS,
    PLAYED_SLACK_MS,
    MediaState,
    SectionState,
    Trigger,
    checklist_required,
    completion_rule,
    video_watched,
)

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"

CHECKLIST = """Before you start:

- [ ] Find the exits {#exits}
- [x] Locate the eye wash {#eye-wash}
- [ ] Bring a snack (optional) {#snack}
"""


@dataclass(frozen=True)
class Section:
    section_type: str
    content: str = ""
    duration_seconds: int | None = None


def completes(
    section: Section,
    trigger: Trigger,
    *,
    media: MediaState = MediaState.NONE,
    checked: dict[str, bool] | None = None,
) -> bool:
    state = SectionState(media=media, checked=checked or {})
    return completion_rule(section.section_type).completes(section, trigger, state)


def test_every_known_type_has_a_rule_and_the_reasons_are_the_events() -> None:
    assert set(COMPLETION_RULES) == set(KNOWN_SECTION_TYPES)
    assert [t.value for t in Trigger] == ["read", "next", "watched", "checklist", "criteria"]


def test_text_completes_on_reading_or_next() -> None:
    text = Section("text", "Hello")
    assert completes(text, Trigger.READ) and completes(text, Trigger.NEXT)
    assert not completes(text, Trigger.WATCHED) and not completes(text, Trigger.CHECKLIST)


@pytest.mark.parametrize("trigger", [Trigger.READ, Trigger.NEXT])
def test_image_completes_only_once_shown_or_found_broken(trigger: Trigger) -> None:
    image = Section("image", "A caption")
    assert not completes(image, trigger, media=MediaState.WAITING)
    assert not completes(image, trigger, media=MediaState.NONE)
    assert completes(image, trigger, media=MediaState.SHOWN)
    assert completes(image, trigger, media=MediaState.BROKEN)
    assert not completes(image, Trigger.WATCHED, media=MediaState.SHOWN)


def test_video_completes_when_watched_and_on_next_only_when_it_cannot_play() -> None:
    video = Section("video", "Caption", duration_seconds=30)
    for media in MediaState:
        assert completes(video, Trigger.WATCHED, media=media)
        assert not completes(video, Trigger.READ, media=media)
        assert completes(video, Trigger.NEXT, media=media) == (media == MediaState.BROKEN)


def test_checklist_completes_when_every_required_item_is_ticked() -> None:
    checklist = Section("checklist", CHECKLIST)
    assert checklist_required(CHECKLIST) == ("exits", "eye-wash")
    assert not completes(checklist, Trigger.CHECKLIST, checked={"exits": True})
    assert not completes(
        checklist, Trigger.CHECKLIST, checked={"exits": True, "eye-wash": False, "snack": True}
    )
    assert completes(checklist, Trigger.CHECKLIST, checked={"exits": True, "eye-wash": True})
    # Required items left: Next and reading do not complete it.
    all_ticked = {"exits": True, "eye-wash": True}
    assert not completes(checklist, Trigger.NEXT, checked=all_ticked)
    assert not completes(checklist, Trigger.READ, checked=all_ticked)


def test_a_checklist_without_required_items_or_unreadable_completes_on_next() -> None:
    optional = Section("checklist", "- [ ] Bring a snack (optional)\n")
    broken = Section("checklist", "- [ ] Same {#same}\n- [ ] Again {#same}\n")
    empty = Section("checklist", "No items at all.\n")
    for section in (optional, broken, empty):
        assert checklist_required(section.content) == ()
        assert completes(section, Trigger.NEXT)
        assert not completes(section, Trigger.CHECKLIST, checked={"same": True})


def test_unknown_types_never_complete_and_phase2_types_only_by_their_criteria() -> None:
    hologram = Section("hologram", "whatever a newer app shows")
    sandbox = Section("sandbox", "Print 42")
    for trigger in Trigger:
        assert not completes(hologram, trigger, media=MediaState.SHOWN, checked={"a": True})
        assert completes(sandbox, trigger) == (trigger == Trigger.CRITERIA)


def test_video_is_watched_at_its_end_or_after_its_duration_of_playback() -> None:
    # The end of the media, less a second of slack.
    assert video_watched(position_ms=9000, media_ms=10_000, played_ms=0, duration_seconds=None)
    assert not video_watched(
        position_ms=10_000 - END_SLACK_MS - 1, media_ms=10_000, played_ms=0, duration_seconds=None
    )
    # The media's length unknown yet: only the played time can tell.
    assert not video_watched(position_ms=5000, media_ms=0, played_ms=0, duration_seconds=None)
    assert video_watched(
        position_ms=100, media_ms=0, played_ms=30_000 - PLAYED_SLACK_MS, duration_seconds=30
    )
    assert not video_watched(
        position_ms=100, media_ms=0, played_ms=30_000 - PLAYED_SLACK_MS - 1, duration_seconds=30
    )
    assert not video_watched(
        position_ms=100, media_ms=60_000, played_ms=10**9, duration_seconds=None
    )


def test_the_rules_read_a_content_folder_section_as_the_server_has_it() -> None:
    """The server evaluates the same rules on what it imports (``SectionSource``)."""
    module = load_module_folder(DEMO / "lab-safety-101")
    by_type = {s.section_type: s for s in module.sections}
    assert set(by_type) == set(KNOWN_SECTION_TYPES) - set(PHASE2_SECTION_TYPES)
    shown = SectionState(media=MediaState.SHOWN)
    assert completion_rule("text").completes(by_type["text"], Trigger.READ, shown)
    assert completion_rule("image").completes(by_type["image"], Trigger.NEXT, shown)
    assert not completion_rule("video").completes(by_type["video"], Trigger.NEXT, shown)
    checklist = by_type["checklist"]
    required = checklist_required(checklist.content)
    assert required and "exits" in required
    ticked = SectionState(checked=dict.fromkeys(required, True))
    assert completion_rule("checklist").completes(checklist, Trigger.CHECKLIST, ticked)
    assert not completion_rule("checklist").completes(
        checklist, Trigger.CHECKLIST, SectionState(checked={"exits": True})
    )
