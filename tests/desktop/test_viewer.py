"""The module viewer with real widgets (offscreen) over the demo modules and a fake session.

``FakeSession`` keeps recorded events in a list and derives progress from them with the
real ``sync.rules.derive``, so the tests check the viewer against the same fold the app uses.
Other ``test_viewer_*`` modules import the helpers from here.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import desktop.viewer
from desktop.viewer import CompletedSectionsSource, ModuleViewer, ViewerSession, ViewerTiming
from desktop.viewer._widgets import WrappingCheckBox
from desktop.viewer.sections.checklist import ChecklistSectionView, checklist_intro
from desktop.viewer.sections.game import GameSectionView
from desktop.viewer.sections.guided_struggle import GuidedStruggleSectionView
from desktop.viewer.sections.image import ImageSectionView
from desktop.viewer.sections.interactive import InteractiveSectionView
from desktop.viewer.sections.sandbox import SandboxSectionView
from desktop.viewer.sections.text import TextSectionView
from desktop.viewer.sections.unsupported import UnsupportedSectionView
from desktop.viewer.sections.video_player import VideoSectionView
from local_store.records import ModuleRecord, SectionRecord
from sync.rules.content_folder import load_module_folder
from sync.rules.derive import Derived, derive
from sync.rules.sections import criteria_by_section

pytestmark = pytest.mark.qt

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"
DEMO_SLUGS = sorted(p.name for p in DEMO.iterdir() if (p / "module.yaml").is_file())
SLOW = 3600.0  # a timer that never fires within a test


# -- fakes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeEvent:
    """An event as the local store would hand it to ``derive`` (``EventLike``)."""

    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str
    device_seq: int
    session_id: str | None
    section_number: int | None
    event_data: dict[str, Any] | None


@dataclass
class FakeSession:
    """An in-memory ``ViewerSession`` (without the optional ``completed_sections``)."""

    module: ModuleRecord
    media: dict[int, Path | None] = field(default_factory=dict)
    preview: bool = False
    message: str = (
        "This video has not been downloaded yet and the device is offline. "
        "It will play once you are back online."
    )
    events: list[FakeEvent] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    derive_calls: int = 0
    _seq: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def record(
        self,
        event_type: str,
        *,
        section_number: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        assert not self.preview, f"recorded {event_type!r} in preview"
        seq = next(self._seq)
        self.events.append(
            FakeEvent(
                uuid=f"{seq:032x}",
                event_type=event_type,
                timestamp=datetime(2025, 3, 1, 9, 0) + timedelta(seconds=seq),
                device_id="device-a",
                device_seq=seq,
                session_id="session-1",
                section_number=section_number,
                event_data=data,
            )
        )

    def derived(self) -> Derived:
        self.derive_calls += 1  # each section with its criteria, as the app folds
        return derive(self.events, section_numbers=criteria_by_section(self.module.sections))

    def media_path(self, section: SectionRecord) -> Path | None:
        return self.media.get(section.section_number)

    def media_message(self, section: SectionRecord) -> str:
        return self.message

    def open_url(self, url: str) -> None:
        self.opened.append(url)

    # -- for assertions --

    def types(self) -> list[str]:
        return [e.event_type for e in self.events]

    def of_type(self, event_type: str) -> list[FakeEvent]:
        return [e for e in self.events if e.event_type == event_type]

    def completed(self) -> set[int]:
        return {
            e.section_number
            for e in self.events
            if e.event_type == "section_complete" and e.section_number is not None
        }


@dataclass
class TrackingSession(FakeSession):
    """A ``FakeSession`` that also tells the viewer which sections are complete."""

    def completed_sections(self) -> Collection[int]:
        return self.completed()


def load_demo(slug: str) -> tuple[ModuleRecord, dict[int, Path | None]]:
    """A demo module as the local store would return it, and its media files."""
    source = load_module_folder(DEMO / slug)
    sections = [
        SectionRecord(
            section_number=s.section_number,
            section_type=s.section_type,
            content=s.content,
            title=s.title,
            media_url=s.media.relpath if s.media else None,
            duration_seconds=s.duration_seconds,
            section_config=s.section_config,
            completion_criteria=s.completion_criteria,
            media_sha256=s.media.sha256 if s.media else None,
            media_size=s.media.size if s.media else None,
        )
        for s in source.sections
    ]
    module = ModuleRecord(
        module_id=source.module_id,
        title=source.title,
        description=source.description,
        category=source.category,
        tags=source.tags,
        estimated_minutes=source.estimated_minutes,
        status=source.status,
        sections=tuple(sections),
    )
    media: dict[int, Path | None] = {
        s.section_number: s.media.path for s in source.sections if s.media is not None
    }
    return module, media


def demo_session(slug: str, *, tracking: bool = True, preview: bool = False) -> FakeSession:
    module, media = load_demo(slug)
    cls = TrackingSession if tracking else FakeSession
    return cls(module=module, media=media, preview=preview)


def seed(session: FakeSession, *events: tuple[str, int | None, dict[str, Any] | None]) -> None:
    """Events from an earlier visit, recorded before the viewer opens."""
    was_preview = session.preview
    session.preview = False
    for event_type, section_number, data in events:
        session.record(event_type, section_number=section_number, data=data)
    session.preview = was_preview


def open_viewer(
    qtbot: QtBot,
    session: FakeSession,
    *,
    timing: ViewerTiming | None = None,
    show: bool = True,
) -> ModuleViewer:
    viewer = ModuleViewer(session.module, session, timing=timing or ViewerTiming(read_seconds=SLOW))
    qtbot.addWidget(viewer)
    viewer.resize(1000, 700)
    if show:
        viewer.show()
        qtbot.waitExposed(viewer)
        viewer.activateWindow()
        qtbot.waitUntil(viewer.isActiveWindow, timeout=3000)
    return viewer


def close_viewer(viewer: ModuleViewer) -> None:
    viewer.shutdown()
    viewer.close()


def press(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press and release, delivered like the window system would (QTest is typed)."""
    QTest.keyClick(widget, key, modifier)


# -- the package ----------------------------------------------------------------------------


def test_all_is_complete() -> None:
    public = {
        name
        for name, value in vars(desktop.viewer).items()
        if not name.startswith("_") and isinstance(value, type)
    }
    assert public == set(desktop.viewer.__all__)
    assert {"ModuleViewer", "ViewerSession"} <= set(desktop.viewer.__all__)


def test_fake_sessions_satisfy_the_protocols() -> None:
    session: ViewerSession = demo_session("lab-safety-101")
    assert isinstance(session, CompletedSectionsSource)
    assert not isinstance(demo_session("lab-safety-101", tracking=False), CompletedSectionsSource)


# -- opening --------------------------------------------------------------------------------


def test_first_open_records_module_start_and_the_first_view(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    assert session.types() == ["module_start", "section_view"]
    assert session.events[1].section_number == 1
    assert viewer.current_section() == 1
    assert viewer.progress_label.text() == "0 of 5 sections complete"
    assert viewer.title_label.text() == "Lab Safety 101"
    assert not viewer.preview_banner.isVisible()
    close_viewer(viewer)


def test_reopening_resumes_where_the_student_left_off(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    seed(
        session,
        ("module_start", None, None),
        ("section_view", 1, None),
        ("section_complete", 1, {"reason": "read"}),
        ("section_view", 4, None),
    )
    before = len(session.events)
    viewer = open_viewer(qtbot, session)
    new = session.events[before:]
    assert [e.event_type for e in new] == ["section_view"]
    assert new[0].section_number == 4
    assert viewer.current_section() == 4
    assert isinstance(viewer.stack.currentWidget(), TextSectionView)
    assert viewer.completed_sections() == {1}
    assert viewer.progress_label.text() == "1 of 5 sections complete"
    assert viewer.progress_bar.value() == 20
    close_viewer(viewer)


def test_without_completed_sections_the_count_comes_from_the_percentage(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101", tracking=False)
    seed(
        session,
        ("section_complete", 1, None),
        ("section_complete", 2, None),
        ("section_view", 3, None),
    )
    viewer = open_viewer(qtbot, session)
    assert viewer.progress_label.text() == "2 of 5 sections complete"
    assert viewer.progress_bar.value() == 40
    close_viewer(viewer)


def test_show_section_clamps_to_existing_sections(qtbot: QtBot) -> None:
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session)
    viewer.show_section(99)
    assert viewer.current_section() == 4
    viewer.show_section(-3)
    assert viewer.current_section() == 1
    views = [e.section_number for e in session.of_type("section_view")]
    assert views == [1, 4, 1]
    viewer.show_section(1)  # already shown: not recorded again
    assert [e.section_number for e in session.of_type("section_view")] == [1, 4, 1]
    close_viewer(viewer)


# -- every section type ----------------------------------------------------------------------


def test_lab_safety_renders_every_section_type(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)

    text = viewer.views[1]
    assert isinstance(text, TextSectionView)
    html = text.browser.toHtml()
    assert "<table" in html and "Lithium cells" in html
    assert text.browser.document().toPlainText().count("Hazard") >= 1
    assert viewer.section_title.text() == "What can hurt you here"
    assert viewer.kicker.text() == "Section 1 of 5 · Reading"

    viewer.show_section(2)
    image = viewer.views[2]
    assert isinstance(image, ImageSectionView)
    qtbot.waitUntil(lambda: image.source is not None, timeout=5000)
    pixmap = image.image_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.devicePixelRatio() <= image.area.viewport().width()
    assert "PPE station" in image.caption.text()

    viewer.show_section(3)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    assert video.player is not None
    assert video.player.source().toLocalFile().endswith("ppe-check.mp4")
    assert video.time_label.text() == "0:00 / 0:06"  # duration_seconds before the media loads

    viewer.show_section(5)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    assert len(checklist.boxes) == 8
    assert len(checklist.required_keys) == 6
    optional = [b.full_text for b in checklist.boxes.values() if not b.property("required")]
    assert optional == [
        "I read the safety data sheets for isopropyl alcohol and our flux remover (optional)",
        "I walked through the lab with the lab manager or my subsystem lead (optional)",
    ]
    assert "exits" in checklist.boxes
    assert "Tick an item only when it is true" in checklist.intro.text()
    assert "[ ]" not in checklist.intro.text()
    close_viewer(viewer)


@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_every_demo_module_renders_and_walks_through(qtbot: QtBot, slug: str) -> None:
    session = demo_session(slug)
    viewer = open_viewer(qtbot, session)
    kinds = {
        "text": TextSectionView,
        "image": ImageSectionView,
        "video": VideoSectionView,
        "checklist": ChecklistSectionView,
        "sandbox": SandboxSectionView,
        "guided_struggle": GuidedStruggleSectionView,
        "game": GameSectionView,
        "interactive": InteractiveSectionView,
    }
    for section in session.module.sections:
        assert viewer.current_section() == section.section_number
        view = viewer.stack.currentWidget()
        assert isinstance(view, kinds[section.section_type])
        assert viewer.section_title.text() == section.title
        viewer.go_next()
    assert viewer.on_completion_page
    assert [e.section_number for e in session.of_type("section_view")] == [
        s.section_number for s in session.module.sections
    ]
    close_viewer(viewer)


def test_unknown_section_type_shows_a_card_and_never_completes(qtbot: QtBot) -> None:
    module = ModuleRecord(
        module_id="future",
        title="From the future",
        sections=(
            SectionRecord(1, "hologram_tour", "Walk around.", title="The lab in 3D"),
            SectionRecord(2, "text", "Done.", title="Wrap-up"),
        ),
    )
    session = TrackingSession(module=module)
    viewer = open_viewer(qtbot, session)
    view = viewer.views[1]
    assert isinstance(view, UnsupportedSectionView)
    assert view.card.heading() == "Not supported in this version"
    assert "Hologram tour" in view.card.text() and "stays incomplete" in view.card.text()
    assert view.card.isVisible()
    assert viewer.kicker.text() == "Section 1 of 2 · Hologram tour"
    assert viewer.hint_label.text() == "This section cannot be done on this computer."
    viewer.go_next()
    assert session.completed() == set()  # Next does not complete what could not be done
    assert viewer.current_section() == 2
    close_viewer(viewer)


def test_a_module_without_sections_shows_a_message(qtbot: QtBot) -> None:
    session = TrackingSession(module=ModuleRecord(module_id="empty", title="Empty"))
    viewer = open_viewer(qtbot, session)
    assert viewer.stack.currentWidget() is viewer.empty_card
    assert not viewer.next_button.isEnabled()
    viewer.go_next()
    viewer.show_section(1)
    close_viewer(viewer)


def test_broken_checklist_is_readable_and_completes_on_next(qtbot: QtBot) -> None:
    module = ModuleRecord(
        module_id="broken",
        title="Broken",
        sections=(SectionRecord(1, "checklist", "- [ ] same\n- [ ] same\n", title="Twice"),),
    )
    session = TrackingSession(module=module)
    viewer = open_viewer(qtbot, session)
    view = viewer.views[1]
    assert isinstance(view, ChecklistSectionView)
    assert view.message is not None and "used twice" in view.message.text()
    viewer.go_next()
    assert session.completed() == {1}
    assert viewer.module_complete
    close_viewer(viewer)


def test_checklist_intro_drops_only_task_lines() -> None:
    text = "Intro\n\n- [ ] one\n* [x] two\n- plain bullet\n```\n- [ ] in code\n```\nAfter"
    assert checklist_intro(text) == "Intro\n\n- plain bullet\n```\n- [ ] in code\n```\nAfter"


# -- links, scrolling ------------------------------------------------------------------------


def test_links_open_in_the_system_browser_and_are_recorded(qtbot: QtBot) -> None:
    module = ModuleRecord(
        module_id="links",
        title="Links",
        sections=(
            SectionRecord(
                1,
                "text",
                "[wiki](https://wiki.example.edu/safety) [bad](javascript:alert(1)) "
                "[mail](mailto:lab@example.edu)",
                title="Links",
            ),
        ),
    )
    session = TrackingSession(module=module)
    viewer = open_viewer(qtbot, session)
    view = viewer.views[1]
    assert isinstance(view, TextSectionView)
    assert "javascript" not in view.browser.toHtml()
    assert view.browser.openLinks() is False
    # What a click, or Enter on a focused link, does:
    view.browser.anchorClicked.emit(QUrl("https://wiki.example.edu/safety"))
    view.link_activated.emit("file:///etc/passwd")  # never opened
    view.link_activated.emit("mailto:lab@example.edu")
    assert session.opened == ["https://wiki.example.edu/safety", "mailto:lab@example.edu"]
    clicks = session.of_type("click")
    assert [c.event_data for c in clicks] == [
        {"target": "link", "url": "https://wiki.example.edu/safety"},
        {"target": "link", "url": "mailto:lab@example.edu"},
    ]
    close_viewer(viewer)


def test_scrolling_is_coalesced_per_section(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(
        qtbot, session, timing=ViewerTiming(read_seconds=SLOW, scroll_seconds=SLOW)
    )
    viewer.resize(1000, 420)
    view = viewer.views[1]
    assert isinstance(view, TextSectionView)
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 20)):
        bar.setValue(value)
    bar.setValue(bar.maximum())
    bar.setValue(bar.maximum() // 2)
    assert session.of_type("scroll") == []  # still within the coalescing window
    viewer.go_next()  # leaving the section flushes it: one event
    scrolls = session.of_type("scroll")
    assert len(scrolls) == 1
    assert scrolls[0].section_number == 1
    assert scrolls[0].event_data == {"percent": 50, "max_percent": 100}
    close_viewer(viewer)


# -- keyboard ---------------------------------------------------------------------------------


def test_shortcuts_move_between_sections(qtbot: QtBot) -> None:
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session)
    viewer.section_list.setFocus()
    qtbot.waitUntil(viewer.section_list.hasFocus, timeout=2000)
    focus = QApplication.focusWidget()
    assert focus is not None
    press(qtbot, focus, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert viewer.current_section() == 2
    press(qtbot, focus, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert viewer.current_section() == 3
    press(qtbot, focus, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert viewer.current_section() == 2
    # Arrow keys in the section list open sections too.
    press(qtbot, viewer.section_list, Qt.Key.Key_Down)
    assert viewer.current_section() == 3
    # Inside a text page (QTextBrowser has its own Alt+Left "back") the shortcut still wins.
    text = viewer.views[3]
    assert isinstance(text, TextSectionView)
    text.browser.setFocus()
    qtbot.waitUntil(text.browser.hasFocus, timeout=2000)
    press(qtbot, text.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert viewer.current_section() == 2
    close_viewer(viewer)


def test_page_keys_scroll_first_then_change_section(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    viewer.resize(1000, 420)
    view = viewer.views[1]
    assert isinstance(view, TextSectionView)
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    view.browser.setFocus()
    qtbot.waitUntil(view.browser.hasFocus, timeout=2000)
    presses = 0
    while viewer.current_section() == 1 and presses < 50:
        press(qtbot, view.browser, Qt.Key.Key_PageDown)
        presses += 1
    assert viewer.current_section() == 2
    assert presses >= 2  # at least one page was scrolled before moving on
    assert bar.value() == bar.maximum()
    press(qtbot, viewer.section_list, Qt.Key.Key_PageUp)
    assert viewer.current_section() == 1
    # Back on section 1, which is still scrolled to the bottom: Page Up scrolls up first.
    assert bar.value() == bar.maximum()
    press(qtbot, viewer.section_list, Qt.Key.Key_PageUp)
    assert viewer.current_section() == 1
    assert bar.value() < bar.maximum()
    close_viewer(viewer)


def test_focusing_the_viewer_focuses_the_page(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    viewer.setFocus()  # what the app does after opening a module
    text = viewer.views[1]
    assert isinstance(text, TextSectionView)
    qtbot.waitUntil(text.browser.hasFocus, timeout=2000)
    viewer.show_section(5)
    viewer.setFocus()
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    qtbot.waitUntil(checklist.boxes["exits"].hasFocus, timeout=2000)
    close_viewer(viewer)


def test_tab_order_follows_the_layout(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    seed(session, ("section_view", 5, None))
    viewer = open_viewer(qtbot, session)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    viewer.back_button.setFocus()
    qtbot.waitUntil(viewer.back_button.hasFocus, timeout=2000)
    order: list[QWidget] = []
    for _ in range(14):
        widget = QApplication.focusWidget()
        assert widget is not None
        order.append(widget)
        press(qtbot, widget, Qt.Key.Key_Tab)
    boxes = list(checklist.boxes.values())
    assert order[0] is viewer.back_button
    assert order[1] is viewer.section_list  # the summary button is hidden until complete
    # then the page's own stops (its scroll area and intro text may come first, for reading
    # and scrolling by keyboard), ending with the check boxes in reading order
    prev_at = order.index(viewer.prev_button)
    page_stops = order[2:prev_at]
    assert all(checklist.isAncestorOf(w) for w in page_stops)
    assert page_stops[-len(boxes) :] == boxes
    assert len(page_stops) <= len(boxes) + 2
    assert order[prev_at + 1] is viewer.next_button
    close_viewer(viewer)


def test_space_toggles_a_focused_checkbox_and_records_it(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    seed(session, ("section_view", 5, None))
    viewer = open_viewer(qtbot, session)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    box = checklist.boxes["exits"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    press(qtbot, box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert session.events[-2].event_type == "click"
    assert session.events[-2].event_data == {
        "target": "checklist_item",
        "item": "exits",
        "checked": True,
    }
    last = session.events[-1]
    assert (last.event_type, last.section_number, last.event_data) == (
        "checklist_item",
        5,
        {"item": "exits", "checked": True},
    )
    assert session.derived().checklist == {(5, "exits"): True}
    assert checklist.summary.text() == "1 of 6 required items ticked."
    press(qtbot, box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert session.derived().checklist == {(5, "exits"): False}
    close_viewer(viewer)


def test_wrapping_checkbox_wraps_long_text(qtbot: QtBot) -> None:
    box = WrappingCheckBox("word " * 40 + "& more")
    qtbot.addWidget(box)
    box.resize(300, box.heightForWidth(300))
    box.show()
    qtbot.waitExposed(box)
    assert "\n" in box.text()
    assert box.accessibleName().endswith("& more")
    assert box.text().endswith("&& more")  # shown literally, not as a mnemonic
    assert box.heightForWidth(300) > box.heightForWidth(3000)


# -- completion and feedback ------------------------------------------------------------------


def _complete_first_four(session: FakeSession) -> None:
    seed(
        session,
        ("module_start", None, None),
        *[("section_complete", n, {"reason": "read"}) for n in (1, 2, 3, 4)],
        ("section_view", 5, None),
    )


def test_ticking_the_checklist_completes_the_module_and_feedback_is_kept(
    qtbot: QtBot,
) -> None:
    session = demo_session("lab-safety-101")
    _complete_first_four(session)
    viewer = open_viewer(qtbot, session)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    assert viewer.progress_label.text() == "4 of 5 sections complete"
    assert viewer.hint_label.text() == "Tick every required item to complete this section."
    with qtbot.waitSignal(viewer.completed, timeout=2000) as signal:
        for key in checklist.required_keys:
            box = checklist.boxes[key]
            box.setFocus()
            press(qtbot, box, Qt.Key.Key_Space)
    assert signal.args == ["lab-safety-101"]
    ticks = session.of_type("checklist_item")
    assert [t.event_data for t in ticks] == [
        {"item": k, "checked": True} for k in checklist.required_keys
    ]
    tail = session.types()[-3:]
    assert tail == ["checklist_item", "section_complete", "module_complete"]
    assert session.of_type("section_complete")[-1].event_data == {"reason": "checklist"}
    assert session.derived().progress.status == "completed"
    # The UI shows it at once; the student stays on the checklist (optional items left).
    assert viewer.progress_label.text() == "Complete"
    assert viewer.progress_bar.value() == 100
    assert viewer.summary_button.isVisible()
    assert viewer.completion_banner.isVisible()
    assert viewer.current_section() == 5 and not viewer.on_completion_page
    icon_complete = viewer.section_list.item(4).toolTip()
    assert icon_complete == "Checklist · complete"

    # Ticking an optional item or unticking does not complete anything again.
    optional = [k for k in checklist.boxes if k not in checklist.required_keys][0]
    checklist.boxes[optional].click()
    checklist.boxes["exits"].click()
    assert session.types().count("section_complete") == 5
    assert session.types().count("module_complete") == 1

    # Finish -> the completion page with the feedback form.
    viewer.next_button.click()
    page = viewer.completion_page
    assert viewer.on_completion_page
    assert page.heading.text() == "Module complete"
    assert "Lab Safety 101" in page.summary.text()
    assert page.form.isVisible()
    assert not viewer.next_button.isVisible()
    form = page.form
    assert form.rating.value() is None
    # Keyboard: arrows move through a rating row and choose the value.
    form.rating.buttons[0].click()
    form.rating.buttons[0].setFocus()
    qtbot.waitUntil(form.rating.buttons[0].hasFocus, timeout=2000)
    press(qtbot, form.rating.buttons[0], Qt.Key.Key_Right)
    assert form.rating.value() == 2
    form.rating.buttons[3].click()
    form.difficulty.buttons[1].click()
    qtbot.keyClicks(form.comment, "Clear and short.")
    form.anonymous.setChecked(True)
    form.save_button.click()
    feedback = session.of_type("feedback")
    assert [f.event_data for f in feedback] == [
        {"rating": 4, "difficulty_rating": 2, "comment": "Clear and short.", "is_anonymous": True}
    ]
    assert session.of_type("input")[-1].event_data == {
        "field": "feedback_comment",
        "length": len("Clear and short."),
    }
    assert len(session.of_type("input")) == 1  # one burst, not one per key
    assert form.status.text().startswith("Saved.")
    # Typing, then asking for the page again, keeps what was typed; the list reopens
    # the last section even though it is still the list's current row.
    assert not viewer.summary_button.isVisible()  # already on the summary
    qtbot.keyClicks(form.comment, " More")
    viewer.show_completion()
    assert form.comment.toPlainText() == "Clear and short. More"
    viewer.section_list.itemClicked.emit(viewer.section_list.item(4))
    assert not viewer.on_completion_page and viewer.current_section() == 5
    assert viewer.summary_button.isVisible()
    viewer.summary_button.click()
    assert form.comment.toPlainText() == "Clear and short. More"  # the draft is kept
    assert form.dirty and form.status.text() == "Not saved yet."
    form.comment.setPlainText("Clear and short.")
    form.save_button.click()
    assert not form.dirty
    with qtbot.waitSignal(viewer.back_requested, timeout=1000):
        page.back_button.click()
    close_viewer(viewer)

    # Reopened later: complete, the summary is one click away and the form is prefilled.
    again = open_viewer(qtbot, session)
    assert again.module_complete and again.summary_button.isVisible()
    assert again.progress_label.text() == "Complete"
    again.summary_button.click()
    form = again.completion_page.form
    assert form.rating.value() == 4 and form.difficulty.value() == 2
    assert form.comment.toPlainText() == "Clear and short."
    assert form.anonymous.isChecked()
    form.rating.buttons[4].click()
    form.comment.clear()
    form.save_button.click()
    assert session.derived().feedback is not None
    assert session.derived().feedback.rating == 5
    assert session.derived().feedback.comment is None
    assert session.types().count("module_complete") == 1
    assert session.types().count("module_start") == 1
    close_viewer(again)


def test_next_that_completes_the_module_opens_the_completion_page(qtbot: QtBot) -> None:
    session = demo_session("welcome-to-the-lab")
    seed(
        session,
        ("section_complete", 1, None),
        ("section_complete", 3, None),
        ("section_complete", 4, None),
        ("section_view", 2, None),
    )
    viewer = open_viewer(qtbot, session)
    qtbot.waitUntil(viewer.views[2].completes_on_next, timeout=5000)  # image decoded
    with qtbot.waitSignal(viewer.completed, timeout=2000):
        viewer.go_next()
    assert viewer.on_completion_page
    assert viewer.completion_page.heading.text() == "Module complete"
    assert session.types()[-2:] == ["section_complete", "module_complete"]
    # Previous (Alt+Left) goes back to the section.
    press(
        qtbot, viewer.completion_page.back_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    assert not viewer.on_completion_page and viewer.current_section() == 2
    close_viewer(viewer)


def test_finish_before_everything_is_done_lists_what_is_left(qtbot: QtBot) -> None:
    session = demo_session("lab-safety-101")
    seed(session, ("section_view", 5, None))
    viewer = open_viewer(qtbot, session)
    viewer.go_next()  # Finish on the checklist, which is not complete
    page = viewer.completion_page
    assert viewer.on_completion_page
    assert page.heading.text() == "Almost there"
    assert page.summary.text() == "Sections still to complete in “Lab Safety 101”: 5"
    assert not page.form.isVisible()
    buttons = page._remaining_buttons
    assert [b.text() for b in buttons][:2] == [
        "1. What can hurt you here",
        "2. Personal protective equipment",
    ]
    buttons[2].click()
    assert viewer.current_section() == 3
    close_viewer(viewer)


def test_text_completes_after_reading_for_a_while(qtbot: QtBot) -> None:
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session, timing=ViewerTiming(read_seconds=0.05))
    qtbot.waitUntil(lambda: session.completed() == {1}, timeout=3000)
    assert session.of_type("section_complete")[0].event_data == {"reason": "read"}
    assert viewer.hint_label.text() == "✓ Section complete."
    assert viewer.section_list.item(0).toolTip() == "Reading · complete"
    # The checklist never completes by reading.
    viewer.show_section(4)
    qtbot.wait(150)
    assert session.completed() == {1}
    close_viewer(viewer)


# -- activity ----------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_heartbeat_pause_and_resume(qtbot: QtBot) -> None:
    clock = FakeClock()
    timing = ViewerTiming(
        idle_seconds=30, heartbeat_seconds=10, tick_seconds=SLOW, read_seconds=SLOW, clock=clock
    )
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session, timing=timing)
    tracker = viewer.activity
    qtbot.waitUntil(tracker.engaged, timeout=2000)
    start = len(session.events)

    def new() -> list[str]:
        return [e.event_type for e in session.events[start:]]

    clock.now += 9
    tracker.tick()
    assert new() == []
    clock.now += 1
    tracker.tick()
    assert new() == ["heartbeat"]
    assert session.events[-1].section_number == 1
    clock.now += 10
    tracker.tick()
    assert new() == ["heartbeat", "heartbeat"]
    clock.now += 10  # 30 s after the last input: idle
    tracker.tick()
    assert new() == ["heartbeat", "heartbeat", "pause"]
    clock.now += 100
    tracker.tick()
    assert new() == ["heartbeat", "heartbeat", "pause"]  # no heartbeats while paused
    # Any input in the viewer resumes.
    target = viewer.section_list.viewport()
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPoint(5, 5).toPointF(),
        target.mapToGlobal(QPoint(5, 5)).toPointF(),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    assert new() == ["heartbeat", "heartbeat", "pause", "resume"]
    clock.now += 10
    tracker.tick()
    assert new()[-1] == "heartbeat"
    progress = session.derived().progress
    assert progress.pause_count == 1
    close_viewer(viewer)


def test_input_outside_the_viewer_is_not_activity(qtbot: QtBot) -> None:
    clock = FakeClock()
    timing = ViewerTiming(idle_seconds=30, tick_seconds=SLOW, read_seconds=SLOW, clock=clock)
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session, timing=timing)
    other = QWidget()
    qtbot.addWidget(other)
    clock.now += 31
    press(qtbot, other, Qt.Key.Key_A)
    viewer.activity.tick()
    assert session.types()[-1] == "pause"
    close_viewer(viewer)


def test_idle_pause_with_real_timers(qtbot: QtBot) -> None:
    timing = ViewerTiming(
        idle_seconds=0.3, heartbeat_seconds=0.1, tick_seconds=0.02, read_seconds=SLOW
    )
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session, timing=timing)
    qtbot.waitUntil(lambda: "pause" in session.types(), timeout=5000)
    assert "heartbeat" in session.types()
    count = len(session.events)
    qtbot.wait(100)
    assert len(session.events) == count  # nothing while paused
    press(qtbot, viewer.section_list, Qt.Key.Key_Down)
    assert "resume" in session.types()[count:]
    close_viewer(viewer)


def test_shutdown_stops_timers_and_records_a_final_heartbeat(qtbot: QtBot) -> None:
    timing = ViewerTiming(tick_seconds=0.05, read_seconds=SLOW)
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session, timing=timing)
    viewer.show_section(3)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    assert viewer.activity.timer_active()
    viewer.shutdown()
    assert session.types()[-1] == "heartbeat"
    assert session.events[-1].section_number == 3
    assert not viewer.activity.running and not viewer.activity.timer_active()
    active = [t for t in viewer.findChildren(QTimer) if t.isActive()]
    assert active == []
    assert video.player is not None and video.player.source().isEmpty()
    count = len(session.events)
    viewer.shutdown()  # idempotent
    viewer.go_next()
    viewer.show_section(1)
    assert len(session.events) == count  # nothing after shutdown
    viewer.close()


def test_shutdown_while_paused_records_no_heartbeat(qtbot: QtBot) -> None:
    clock = FakeClock()
    timing = ViewerTiming(tick_seconds=SLOW, read_seconds=SLOW, clock=clock)
    session = demo_session("welcome-to-the-lab")
    viewer = open_viewer(qtbot, session, timing=timing)
    clock.now += 60
    viewer.activity.tick()
    viewer.shutdown()
    assert session.types()[-1] == "pause"
    viewer.close()


# -- preview ------------------------------------------------------------------------------------


def test_preview_records_nothing(qtbot: QtBot) -> None:
    timing = ViewerTiming(
        idle_seconds=0.1, heartbeat_seconds=0.02, tick_seconds=0.01, read_seconds=0.01
    )
    session = demo_session("lab-safety-101", preview=True)
    viewer = open_viewer(qtbot, session, timing=timing)
    completed: list[str] = []
    viewer.completed.connect(completed.append)
    assert viewer.preview_banner.isVisible()
    assert "Preview" in viewer.preview_banner.text()
    assert session.derive_calls == 0  # preview never asks for the student's progress
    qtbot.wait(150)  # read timers, heartbeats and an idle pause would all have fired
    assert viewer.completed_sections() == {1}  # the preview still behaves like the real thing
    viewer.show_section(5)
    checklist = viewer.views[5]
    assert isinstance(checklist, ChecklistSectionView)
    for key in checklist.required_keys:
        checklist.boxes[key].click()
    viewer.views[1].link_activated.emit("https://example.edu")
    viewer.show_section(2)
    qtbot.waitUntil(lambda: 2 in viewer.completed_sections(), timeout=5000)  # read timer
    viewer.show_section(3)
    video = viewer.views[3]
    assert isinstance(video, VideoSectionView)
    video._mark_watched()
    viewer.show_section(4)
    viewer.go_next()
    assert viewer.module_complete
    viewer.show_completion()
    form = viewer.completion_page.form
    assert not form.save_button.isEnabled()
    assert form.status.text() == "Preview: feedback is not saved."
    viewer.shutdown()
    assert session.events == []
    assert session.opened == ["https://example.edu"]  # links still open
    assert completed == []  # nothing was completed for anybody
    viewer.close()
