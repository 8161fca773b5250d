"""Section types as plug-ins: the registry, each type's recording policy, and a new type
added without touching the viewer (helpers from ``test_viewer``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.viewer import ViewerSession, ViewerTiming
from desktop.viewer.sections import registry
from desktop.viewer.sections.base import SectionType, SectionView
from desktop.viewer.sections.checklist import ChecklistSectionView
from desktop.viewer.sections.video_player import VideoSectionView
from local_store.records import ModuleRecord, SectionRecord
from sync.rules import sections as rules
from sync.rules.content_folder import KNOWN_SECTION_TYPES
from sync.rules.sections import SectionLike, SectionState, Trigger
from tests.desktop.test_viewer import (
    TrackingSession,
    close_viewer,
    demo_session,
    open_viewer,
)

pytestmark = pytest.mark.qt

# What every page records, whatever its type (see ``SectionType.records``).
EVERY_PAGE = {"module_start", "section_view", "section_complete", "module_complete", "scroll"}
EVERY_PAGE |= {"heartbeat", "pause", "resume"}


def test_the_registry_the_rules_and_the_content_format_name_the_same_types() -> None:
    assert set(registry.SECTION_TYPES) == set(KNOWN_SECTION_TYPES) == set(rules.COMPLETION_RULES)
    assert all(name == entry.name for name, entry in registry.SECTION_TYPES.items())
    labels = {name: registry.type_label(name) for name in KNOWN_SECTION_TYPES}
    assert labels == {
        "text": "Reading",
        "image": "Image",
        "video": "Video",
        "checklist": "Checklist",
        "sandbox": "Code exercise",
        "guided_struggle": "Guided problem",
        "game": "Game",
        "interactive": "Interactive scene",
    }
    assert registry.type_label("hologram") == "Hologram"


def test_each_page_asks_its_types_rule(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    for number in viewer._numbers:
        view = viewer.views[number]
        assert view.rule is rules.completion_rule(view.section.section_type)
    close_viewer(viewer)


def test_each_type_records_only_its_own_events(qtbot: QtBot) -> None:
    """A walk through every type (reading, following a link, playing and seeking the video,
    ticking): each section's events are those every page records plus its type's own."""
    timing = ViewerTiming(read_seconds=0.01, scroll_seconds=0.01)
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session, timing=timing)
    qtbot.waitUntil(lambda: 1 in session.completed(), timeout=5000)
    viewer.views[1].link_activated.emit("https://example.edu")
    viewer.show_section(3)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    qtbot.waitUntil(lambda: video.player is not None, timeout=5000)
    video.toggle_playback()
    video.toggle_playback()
    video._record_seek()
    viewer.show_section(5)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    for key in checklist.required_keys:
        checklist.boxes[key].click()
    viewer.shutdown()
    by_section: dict[int, set[str]] = {}
    for event in session.events:
        if event.section_number is not None:
            by_section.setdefault(event.section_number, set()).add(event.event_type)
    types = {s.section_number: s.section_type for s in session.module.sections}
    for number, recorded in by_section.items():
        own = registry.SECTION_TYPES[types[number]].records
        link = {"click"} if number == 1 else set()  # every page records the links followed
        assert recorded <= EVERY_PAGE | own | link, (number, recorded)
    assert {"click", "checklist_item"} <= by_section[5]
    assert "click" in by_section[3]
    assert session.completed() >= {1, 5}
    viewer.close()


class _PollPage(SectionView):
    """A made-up section type's page: a question; answering it completes the section."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        QVBoxLayout(self).addWidget(QLabel(section.content, self))
        self.answered = False

    def state(self) -> SectionState:
        return SectionState(checked={"answered": self.answered})

    def answer(self) -> None:
        self.answered = True
        self.record_requested.emit("input", {"field": "poll", "length": 1})
        self.complete_requested.emit(Trigger.CHECKLIST.value)


class _PollRule:
    def completes(self, section: SectionLike, trigger: Trigger, state: SectionState) -> bool:
        return trigger == Trigger.CHECKLIST and bool(state.checked.get("answered"))


def test_a_new_section_type_is_a_page_a_registry_line_and_a_rule(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing in the viewer changes: register the type and its rule, and it works."""
    monkeypatch.setitem(
        registry.SECTION_TYPES,
        "poll",
        SectionType("poll", "Poll", _PollPage, records=frozenset({"input"})),
    )
    monkeypatch.setitem(rules.COMPLETION_RULES, "poll", _PollRule())
    module = ModuleRecord(
        module_id="polls",
        title="Polls",
        sections=(
            SectionRecord(1, "poll", "Ready?", title="A question"),
            SectionRecord(2, "text", "Done.", title="Wrap-up"),
        ),
    )
    session = TrackingSession(module=module)
    viewer = open_viewer(qtbot, session)
    page = viewer.views[1]
    assert isinstance(page, _PollPage)
    assert viewer.kicker.text() == "Section 1 of 2 · Poll"
    viewer.go_next()  # its rule says Next does not complete it
    assert session.completed() == set()
    viewer.show_section(1)
    page.answer()
    assert session.completed() == {1}
    assert [e.event_type for e in session.events if e.section_number == 1][-2:] == [
        "input",
        "section_complete",
    ]
    assert session.of_type("section_complete")[0].event_data == {"reason": "checklist"}
    close_viewer(viewer)
