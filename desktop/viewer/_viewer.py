"""``ModuleViewer``: a module's sections beside a section list, with progress and completion.

The viewer only lays out, navigates and asks the section: each section type is a plug-in
(``desktop.viewer.sections.registry``: its page, what it records) with a pure completion
rule (``sync.rules.sections``, which also holds the recording rules' specification: which
events are recorded, when, and when a section counts as complete). Everything is recorded
through ``ViewerSession.record``, in one place (``_record``): never in preview, never after
``shutdown()``.

Keyboard
--------
Tab order: back, summary (once complete), section list, the page's own controls, the
completion banner's button, Previous, Next. Alt+Left / Alt+Right: previous / next section
(Alt+Left on the completion page returns to the last section). Page Up / Page Down scroll
the page first and move to the previous / next section at its top / bottom, like a
document reader (on the completion page they only scroll). Space toggles a focused check
box or presses a focused button (Play/Pause); arrows move the video's position, open
sections in the section list and choose a value in a rating row. ``setFocus()`` on the
viewer focuses the page (the text, the first check box, the Play button).

Timing
------
Every duration (idle, heartbeat, reading time, coalescing windows) and the clock come
from ``ViewerTiming``, passed as ``ModuleViewer(..., timing=...)``; tests use short ones.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.formats import number_text
from desktop.i18n import translate
from desktop.module_kinds import kind_words
from desktop.viewer._activity import ActivityTracker
from desktop.viewer._completion import CompletionPage
from desktop.viewer._session import (
    CompletedSectionsSource,
    ViewerSession,
    ViewerTiming,
    ms,
)
from desktop.viewer._widgets import (
    OPENABLE_SCHEMES,
    MessageCard,
    em,
    scaled_font,
    set_muted,
    status_icon,
)
from desktop.viewer._words import phrase_text
from desktop.viewer.sections.base import SectionView, data_of
from desktop.viewer.sections.registry import type_glyph, type_label, view_factory
from local_store.records import ModuleRecord, SectionRecord
from sync.rules.criteria import EVIDENCE_KINDS, time_left
from sync.rules.derive import FEEDBACK_EVENT, Derived
from sync.rules.merge import FeedbackState
from sync.rules.progress import ProgressStatus
from sync.rules.sections import Trigger, section_criteria

__all__ = ["ModuleViewer"]

log = logging.getLogger("frames.desktop.viewer")


class _LazyViews(dict[int, "SectionView"]):
    """Section pages by number, each made on first use; iterating sees only the made ones."""

    def __init__(self, factory: Callable[[int], SectionView]) -> None:
        super().__init__()
        self._factory = factory

    def __missing__(self, number: int) -> SectionView:
        view = self._factory(number)
        self[number] = view
        return view


class ModuleViewer(QWidget):
    """Shows one module to one student and records what they do (see module docstring).

    Invariants: nothing is recorded in preview or after ``shutdown()``; ``completed`` is
    emitted at most once; every section page exists from construction on (so the tab
    order follows the layout), its media is only loaded once it is shown.
    """

    completed = Signal(str)  # module slug, once, when the module becomes completed (not preview)
    back_requested = Signal()

    def __init__(
        self,
        module: ModuleRecord,
        session: ViewerSession,
        parent: QWidget | None = None,
        *,
        timing: ViewerTiming | None = None,
    ) -> None:
        super().__init__(parent)
        self.module = module
        self.session = session
        self.timing = timing or ViewerTiming()
        self.preview = bool(session.preview)
        self.setObjectName("moduleViewer")
        ordered = sorted(module.sections, key=lambda s: s.section_number)
        self._sections: dict[int, SectionRecord] = {s.section_number: s for s in ordered}
        self._numbers: list[int] = [s.section_number for s in ordered]
        self._closed = False
        self._current: int | None = None
        self._on_completion_page = False
        # What this viewer knows (derived state plus its own writes, for an instant UI).
        self._completed: set[int] = set()
        self._completed_here: set[int] = set()
        self._checklist: dict[tuple[int, str], bool] = {}
        self._checks_here: dict[tuple[int, str], bool] = {}
        self._feedback: FeedbackState | None = None
        self._feedback_here: dict[str, Any] | None = None
        self._percent = 0
        self._total_seconds = 0
        self._derived_complete = False
        self._module_complete = False
        self._section_seconds: dict[int, int] = {}
        self._needs: dict[int, tuple[str, ...]] = {}

        self._build()
        # Sections whose criteria decide (the fold says when they are met).
        self._criteria_sections = {
            n for n, section in self._sections.items() if section_criteria(section) is not None
        }
        self._criteria_timer = QTimer(self)
        self._criteria_timer.setSingleShot(True)
        self._criteria_timer.timeout.connect(self._on_criteria_due)
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(ms(self.timing.read_seconds))
        self._read_timer.timeout.connect(self._on_read_timeout)
        self.activity = ActivityTracker(self, timing=self.timing, media_playing=self.media_playing)
        self.activity.heartbeat.connect(self._on_heartbeat)
        self.activity.paused.connect(lambda: self._on_idle(True))
        self.activity.resumed.connect(lambda: self._on_idle(False))

        start = 1
        derived: Derived | None = None
        if not self.preview:
            derived = session.derived()
            if derived.progress.status == ProgressStatus.NOT_STARTED:
                self._record("module_start")
                derived = None  # it changed
            else:
                start = derived.progress.current_section
        self._load_state(derived)
        self._module_complete = self._is_complete()
        self._update_progress()
        if self._numbers:
            self.show_section(start)
        else:
            self._show_empty()
        self.activity.start()

    # -- public API -------------------------------------------------------------------------

    def show_section(self, number: int) -> None:
        """Show section ``number`` (the nearest existing one if there is no such section)."""
        if not self._numbers or self._closed:
            return
        number = min(self._numbers, key=lambda n: (abs(n - number), n))
        if number == self._current and not self._on_completion_page:
            return
        self._leave_page()
        view = self.views[number]
        self._current = number
        self._on_completion_page = False
        self.stack.setCurrentWidget(view)
        self.kicker.show()
        self.section_title.show()
        self._select_in_list(number)
        index = self._numbers.index(number)
        section = self._sections[number]
        self.kicker.setText(
            translate("ModuleViewer", "Section {number} of {total} · {kind}").format(
                number=number_text(index + 1),
                total=number_text(len(self._numbers)),
                kind=type_label(section.section_type),
            )
        )
        self.section_title.setText(
            section.title
            or translate("ModuleViewer", "Section {number}").format(number=number_text(index + 1))
        )
        self._set_page_keys(True)
        # ModuleViewer.setFocus() (the app does it on opening) lands in the page itself.
        self.setFocusProxy(view.focusProxy() or self.next_button)
        self._update_tab_order()
        view.activate()
        self._record("section_view", section_number=number)
        self._update_summary_button()
        self._after_view_state_change()
        self._plan_criteria_timer()

    def current_section(self) -> int:
        """The section shown (or last shown, while the completion page is open)."""
        if self._current is not None:
            return self._current
        return self._numbers[0] if self._numbers else 1

    def media_updated(self) -> None:
        """A download finished: re-check the media of the visible section."""
        view = self._current_view()
        if view is not None and not self._on_completion_page:
            view.refresh_media()
            self._after_view_state_change()

    def shutdown(self) -> None:
        """Stop timers and players, flush pending events and record a final heartbeat."""
        if self._closed:
            return
        self._read_timer.stop()
        self.activity.stop()
        self._leave_page()
        self.completion_page.form.stop()
        for view in self.views.values():
            view.shutdown()
        if not self.activity.is_paused:
            self._record_here("heartbeat")
        self._closed = True

    def go_next(self) -> None:
        """Next: completes the section when that is its rule, then the next page."""
        if self._on_completion_page or self._current is None or self._closed:
            return
        number = self._current
        view = self.views[number]
        if view.completes_on(Trigger.NEXT) and number not in self._completed:
            if self._complete_section(number, Trigger.NEXT, open_summary=True):
                return
        index = self._numbers.index(number)
        if index + 1 < len(self._numbers):
            self.show_section(self._numbers[index + 1])
        else:
            self.show_completion()

    def go_previous(self) -> None:
        if self._current is None or self._closed:
            return
        if self._on_completion_page:
            self.show_section(self._current)
            return
        index = self._numbers.index(self._current)
        if index > 0:
            self.show_section(self._numbers[index - 1])

    def show_completion(self) -> None:
        """The completion page: "Module complete" and feedback, or what is left to do."""
        if self._closed or self._on_completion_page:
            return  # (reloading the form would drop what the student is typing)
        self._leave_page()
        self._on_completion_page = True
        complete = self._module_complete
        remaining = [
            (
                self._numbers.index(n) + 1,
                self._sections[n].title or type_label(self._sections[n].section_type),
            )
            for n in self._numbers
            if n not in self._completed
        ]
        self.completion_page.show_state(
            module_title=self.module.title,
            complete=complete,
            total_seconds=self._total_seconds,
            remaining=remaining,
        )
        self.completion_page.form.load(self._current_feedback(), keep_draft=True)
        self.stack.setCurrentWidget(self.completion_page)
        # The page has its own heading ("Module complete"): no section header above it.
        self.kicker.hide()
        self.section_title.hide()
        self.section_list.clearSelection()
        self._set_page_keys(False)
        self._update_nav()
        self._update_summary_button()
        self.completion_banner.hide()
        self._update_tab_order()
        focus = self.completion_page.back_button
        self.setFocusProxy(focus)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def on_completion_page(self) -> bool:
        return self._on_completion_page

    @property
    def module_complete(self) -> bool:
        return self._module_complete

    def completed_sections(self) -> frozenset[int]:
        """The sections this viewer shows as complete."""
        return frozenset(self._completed)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        unit = em(self)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        # Header: back, title and progress, summary button. Created first: tab order.
        header = QFrame(self)
        header.setObjectName("viewerHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(unit, unit * 3 // 4, unit, unit * 3 // 4)
        header_layout.setSpacing(unit)
        self.back_button = QPushButton(translate("ModuleViewer", "My modules"), header)
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolTip(translate("ModuleViewer", "Back to the list of modules"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._on_back)
        header_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(unit // 4)
        self.title_label = QLabel(self.module.title, header)
        self.title_label.setFont(scaled_font(self.font(), 1.45, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(
            translate("ModuleViewer", "Module: {title}").format(title=self.module.title)
        )
        titles.addWidget(self.title_label)
        meta = [*kind_words(self.module), self.module.category or "", self._estimate_text()]
        self.meta_label = QLabel(" · ".join(part for part in meta if part), header)
        set_muted(self.meta_label)
        titles.addWidget(self.meta_label)
        progress_row = QHBoxLayout()
        progress_row.setSpacing(unit // 2)
        self.progress_bar = QProgressBar(header)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(unit * 14)
        self.progress_bar.setFixedHeight(max(6, unit // 2))
        self.progress_bar.setAccessibleName(translate("ModuleViewer", "Module progress"))
        self.progress_label = QLabel(header)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        progress_row.addStretch(1)
        titles.addLayout(progress_row)
        header_layout.addLayout(titles, 1)
        self.summary_button = QPushButton(translate("ModuleViewer", "Summary and feedback"), header)
        self.summary_button.setAutoDefault(False)
        self.summary_button.clicked.connect(self.show_completion)
        self.summary_button.hide()
        header_layout.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignTop)
        root.addWidget(header)

        self.preview_banner = QLabel(
            translate(
                "ModuleViewer", "<b>Preview</b> — nothing you do here is recorded or synced."
            ),
            self,
        )
        self.preview_banner.setObjectName("previewBanner")
        self.preview_banner.setWordWrap(True)
        self.preview_banner.setAutoFillBackground(True)
        theme.set_colors(
            self.preview_banner,
            {QPalette.ColorRole.Window: "notice", QPalette.ColorRole.WindowText: "on_notice"},
        )
        self.preview_banner.setContentsMargins(unit, unit // 3, unit, unit // 3)
        self.preview_banner.setVisible(self.preview)
        root.addWidget(self.preview_banner)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        root.addWidget(line)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(unit // 2, unit * 3 // 4, 0, unit // 2)
        side_layout.setSpacing(unit // 3)
        sections_heading = QLabel(translate("ModuleViewer", "Sections"), side)
        sections_heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        sections_heading.setContentsMargins(unit // 4, 0, 0, 0)
        side_layout.addWidget(sections_heading)
        self.section_list = QListWidget(side)
        sections_heading.setBuddy(self.section_list)
        side_layout.addWidget(self.section_list, 1)
        self.section_list.setAccessibleName(translate("ModuleViewer", "Sections"))
        self.section_list.setWordWrap(True)
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.section_list.setFrameShape(QFrame.Shape.NoFrame)
        self.section_list.setIconSize(QSize(unit, unit))
        self.section_list.setSpacing(unit // 8)
        self.section_list.setMinimumWidth(unit * 9)
        theme.set_colors(self.section_list, {QPalette.ColorRole.Base: "window"})
        for index, number in enumerate(self._numbers):
            section = self._sections[number]
            kind = section.section_type
            item = QListWidgetItem(
                translate("ModuleViewer", "{number}. {glyph} {title}").format(
                    number=number_text(index + 1),
                    glyph=type_glyph(kind),
                    title=section.title or type_label(kind),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.section_list.addItem(item)
        self.section_list.currentRowChanged.connect(self._on_list_row)
        # From the completion page the current row may be clicked again: open it too.
        self.section_list.itemClicked.connect(
            lambda item: self._on_list_row(self.section_list.row(item))
        )

        content = QWidget(self.splitter)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(unit, unit * 3 // 4, unit, unit * 3 // 4)
        content_layout.setSpacing(unit // 3)
        self.kicker = QLabel(content)
        set_muted(self.kicker)
        self.section_title = QLabel(content)
        self.section_title.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.section_title.setWordWrap(True)
        content_layout.addWidget(self.kicker)
        content_layout.addWidget(self.section_title)

        self.stack = QStackedWidget(content)
        # Pages are built when first shown: a 50-section module opens as fast as a short one.
        self.views: dict[int, SectionView] = _LazyViews(self._build_view)
        self.completion_page = CompletionPage(
            timing=self.timing, preview=self.preview, parent=self.stack
        )
        self.completion_page.back_requested.connect(self._on_back)
        self.completion_page.section_requested.connect(self.show_section)
        self.completion_page.form.saved.connect(self._on_feedback_saved)
        self.completion_page.form.typed.connect(self._on_feedback_typed)
        self.stack.addWidget(self.completion_page)
        self.empty_card = MessageCard(
            translate("ModuleViewer", "This module has no sections yet"),
            translate(
                "ModuleViewer",
                "Its author has not added any content. Check again after the next sync.",
            ),
            parent=self.stack,
        )
        self.stack.addWidget(self.empty_card)
        content_layout.addWidget(self.stack, 1)

        self.completion_banner = QFrame(content)
        self.completion_banner.setObjectName("completionBanner")
        self.completion_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.completion_banner.setAutoFillBackground(True)
        theme.set_colors(
            self.completion_banner,
            {QPalette.ColorRole.Window: "done", QPalette.ColorRole.WindowText: "on_done"},
        )
        banner_layout = QHBoxLayout(self.completion_banner)
        banner_layout.setContentsMargins(unit // 2, unit // 3, unit // 2, unit // 3)
        banner_text = QLabel(
            translate("ModuleViewer", "You have completed this module."), self.completion_banner
        )
        banner_text.setWordWrap(True)
        self.banner_button = QPushButton(
            translate("ModuleViewer", "See summary and give feedback"), self.completion_banner
        )
        self.banner_button.setAutoDefault(False)
        self.banner_button.clicked.connect(self.show_completion)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.completion_banner.hide()
        content_layout.addWidget(self.completion_banner)

        nav = QHBoxLayout()
        nav.setSpacing(unit // 2)
        self.prev_button = QPushButton(translate("ModuleViewer", "Previous"), content)
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prev_button.setToolTip(translate("ModuleViewer", "Previous section (Alt+Left)"))
        self.prev_button.setAutoDefault(False)
        self.prev_button.clicked.connect(self.go_previous)
        self.hint_label = QLabel(content)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_muted(self.hint_label)
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next_button = QPushButton(translate("ModuleViewer", "Next"), content)
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # icon after text
        self.next_button.setToolTip(translate("ModuleViewer", "Next section (Alt+Right)"))
        theme.make_primary(self.next_button)
        self.next_button.setAutoDefault(False)
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(self.go_next)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.hint_label, 1)
        nav.addWidget(self.next_button)
        content_layout.addLayout(nav)

        self.splitter.addWidget(side)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([unit * 15, unit * 50])
        root.addWidget(self.splitter, 1)

        self._update_tab_order()

        self._shortcuts: list[QShortcut] = []
        made: dict[str, QShortcut] = {}
        for keys, what, slot in self.shortcut_list():
            made[slot] = self._add_shortcut(keys, getattr(self, slot))
            made[slot].setWhatsThis(what)  # what Help → Keyboard shortcuts says
        self._page_up = made["_on_page_up"]
        self._page_down = made["_on_page_down"]

    @staticmethod
    def shortcut_list() -> list[tuple[QKeySequence, str, str]]:
        """The viewer's keys: (keys, what they do, the method they call). The viewer makes
        its shortcuts from this list and Help lists it, so the two cannot differ."""
        return [
            (
                QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left),
                translate("ModuleViewer", "Previous section"),
                "go_previous",
            ),
            (
                QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right),
                translate("ModuleViewer", "Next section"),
                "go_next",
            ),
            (
                QKeySequence(Qt.Key.Key_PageUp),
                translate("ModuleViewer", "Scroll up; at the top, the previous section"),
                "_on_page_up",
            ),
            (
                QKeySequence(Qt.Key.Key_PageDown),
                translate("ModuleViewer", "Scroll down; at the bottom, the next section"),
                "_on_page_down",
            ),
        ]

    def _update_tab_order(self) -> None:
        """One Tab chain, in reading order: back, summary, section list, the shown page's
        own stops (in the page's order), the completion banner's button, Previous, Next.

        Rebuilt whenever the shown page changes (pages are made lazily, and a page may add
        controls later): one contiguous run in the window's chain, so Tab goes on to the
        rest of the window (the status line's Sync now) and comes back to the back button,
        and Shift+Tab walks the same way backwards. Hidden and disabled stops are skipped by
        Qt, so the summary and banner buttons keep their places while hidden."""
        page = self.stack.currentWidget()
        page_stops: list[QWidget] = []
        if page is not None:
            widget: QWidget | None = page.nextInFocusChain()
            for _ in range(100_000):  # the whole window's chain at most
                if widget is None or widget is page:
                    break
                if (
                    page.isAncestorOf(widget)
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.focusProxy() is None
                ):
                    page_stops.append(widget)
                widget = widget.nextInFocusChain()
            if page.focusPolicy() & Qt.FocusPolicy.TabFocus and page.focusProxy() is None:
                page_stops.insert(0, page)
        chain = [
            self.back_button,
            self.summary_button,
            self.section_list,
            *page_stops,
            self.banner_button,
            self.prev_button,
            self.next_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _add_shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)
        return shortcut

    def _build_view(self, number: int) -> SectionView:
        view = self._make_view(self._sections[number])
        view.apply_state(self._checklist)
        view.set_needs(self._needs.get(number, ()))
        return view

    def _make_view(self, section: SectionRecord) -> SectionView:
        make_view = view_factory(section.section_type)
        view = make_view(section, session=self.session, timing=self.timing, parent=self.stack)
        number = section.section_number
        view.complete_requested.connect(lambda reason, n=number: self._on_view_complete(n, reason))
        view.record_requested.connect(
            lambda kind, data, n=number: self._on_view_record(n, kind, data_of(data))
        )
        view.link_activated.connect(lambda url, n=number: self._on_link(n, url))
        view.state_changed.connect(lambda n=number: self._on_view_state(n))
        view.item_toggled.connect(
            lambda key, checked, n=number: self._on_item_toggled(n, key, checked)
        )
        self.stack.addWidget(view)
        return view

    def _estimate_text(self) -> str:
        minutes = self.module.estimated_minutes
        count = len(self._numbers)
        parts = [translate("ModuleViewer", "Sections: {count}").format(count=number_text(count))]
        if minutes:
            parts.append(
                translate("ModuleViewer", "about {minutes} min").format(
                    minutes=number_text(minutes)
                )
            )
        return " · ".join(parts)

    # -- state ------------------------------------------------------------------------------

    def _load_state(self, derived: Derived | None = None) -> None:
        """Refresh what the viewer knows from ``derived()`` plus its own writes."""
        if not self.preview:
            if derived is None:
                derived = self.session.derived()
            self._checklist = dict(derived.checklist)
            self._feedback = derived.feedback
            self._percent = derived.progress.progress_percent
            self._total_seconds = derived.progress.total_time_seconds
            self._derived_complete = derived.progress.status == ProgressStatus.COMPLETED
            self._section_seconds = dict(derived.section_seconds)
            self._needs = {
                n: tuple(phrase_text(line) for line in lines)
                for n, lines in derived.still_needed.items()
            }
            for number, view in self.views.items():
                view.set_needs(self._needs.get(number, ()))
        self._checklist.update(self._checks_here)
        known = set(self._completed_here)
        if derived is not None:  # the fold's sections (criteria met, or section_complete)
            known.update(n for n in derived.completed_sections if n in self._sections)
        elif isinstance(self.session, CompletedSectionsSource):  # a preview's own source
            known.update(n for n in self.session.completed_sections() if n in self._sections)
        if self._derived_complete:
            known.update(self._numbers)
        for number, view in self.views.items():
            view.apply_state(self._checklist)
            if view.completes_on(Trigger.CHECKLIST):  # its items say so, whoever ticked them
                known.add(number)
        self._completed = known

    def _is_complete(self) -> bool:
        if self._derived_complete:
            return True
        return bool(self._numbers) and self._completed.issuperset(self._numbers)

    def _current_feedback(self) -> dict[str, Any] | None:
        """The feedback to prefill: saved here (newest), else the merged record, else none."""
        if self._feedback_here is not None:
            return self._feedback_here
        feedback = self._feedback
        if feedback is None:
            return None
        return {
            "rating": feedback.rating,
            "difficulty_rating": feedback.difficulty_rating,
            "comment": feedback.comment,
            "is_anonymous": feedback.is_anonymous,
        }

    def _current_view(self) -> SectionView | None:
        return self.views.get(self._current) if self._current is not None else None

    def media_playing(self) -> bool:
        """A video of the section on screen is playing (the person is watching, not idle)."""
        view = self._current_view()
        return view is not None and view.media_playing()

    # -- recording --------------------------------------------------------------------------

    def _record(
        self,
        event_type: str,
        *,
        section_number: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        """The one place events leave the viewer: never in preview, never after shutdown."""
        if self.preview or self._closed:
            return
        self.session.record(event_type, section_number=section_number, data=data)

    def _record_here(self, event_type: str) -> None:
        self._record(event_type, section_number=self._current)

    def _on_view_record(self, number: int, kind: str, data: dict[str, Any] | None) -> None:
        self._record(kind, section_number=number, data=data)
        if kind in EVIDENCE_KINDS and number in self._criteria_sections:
            self._check_criteria()

    # -- completion -------------------------------------------------------------------------

    def _complete_section(
        self, number: int, trigger: Trigger, *, open_summary: bool = False
    ) -> bool:
        """Record ``section_complete`` if new; returns True when the completion page opened.

        The caller has asked the section's rule (``SectionView.completes_on``)."""
        if number in self._completed or self._closed:
            return False
        self._completed_here.add(number)
        self._record("section_complete", section_number=number, data={"reason": trigger.value})
        self._load_state()
        self._update_progress()
        self._after_view_state_change()
        if self._module_complete or not self._is_complete():
            return False
        self._module_complete = True
        self._record("module_complete")
        self._load_state()
        self._update_progress()
        if not self.preview:  # in preview nothing was completed for anybody
            self.completed.emit(self.module.module_id)
        if open_summary:
            self.show_completion()
            return True
        self.completion_banner.show()
        return False

    def _on_view_complete(self, number: int, reason: str) -> None:
        """A page saw something happen that may complete it (video: ``"watched"``; a page
        whose criteria decide: ``"criteria"``, meaning *ask the fold*)."""
        if number in self._criteria_sections:
            self._check_criteria()
            return
        trigger = Trigger(reason)
        if self.views[number].completes_on(trigger):
            self._complete_section(number, trigger)

    def _check_criteria(self) -> None:
        """Ask the fold which sections' criteria are met now; record ``section_complete``
        (``"criteria"``) for those newly met, refresh what the others still need, and plan
        the moment a time criterion of the shown section falls due."""
        if self.preview or self._closed or not self._criteria_sections:
            return
        before = set(self._completed)
        self._load_state()
        newly = sorted((self._completed - before) & self._criteria_sections)
        for number in newly:
            self._completed.discard(number)
            self._complete_section(number, Trigger.CRITERIA)
        if not newly:
            self._update_progress()
            self._after_view_state_change()
        self._plan_criteria_timer()

    def _plan_criteria_timer(self) -> None:
        """A time criterion on the shown section that falls due before the next heartbeat:
        a one-shot timer records activity at that moment, so the section completes then."""
        self._criteria_timer.stop()
        view = self._current_view()
        if view is None or self._on_completion_page or view.number in self._completed:
            return
        left = time_left(view.criteria, self._section_seconds.get(view.number, 0))
        if left is not None and left < self.timing.heartbeat_seconds:
            self._criteria_timer.start(ms(max(left, 0.05)))

    def _on_criteria_due(self) -> None:
        if self.activity.is_paused or not self.isVisible():
            return
        self._record_here("heartbeat")
        self._check_criteria()

    def _on_idle(self, idle: bool) -> None:
        self._record_here("pause" if idle else "resume")
        view = self._current_view()
        if view is not None and not self._on_completion_page:
            view.set_idle(idle)

    def _on_heartbeat(self) -> None:
        self._record_here("heartbeat")
        current = self._current
        if current is not None and current in self._criteria_sections:
            self._check_criteria()

    def _on_read_timeout(self) -> None:
        view = self._current_view()
        if (
            view is not None
            and not self._on_completion_page
            and self.isVisible()
            and view.completes_on(Trigger.READ)
        ):
            self._complete_section(view.number, Trigger.READ)

    def _on_item_toggled(self, number: int, key: str, checked: bool) -> None:
        """The page recorded the toggle (its recording policy); keep the state, ask its rule."""
        was_complete = number in self._completed
        self._checks_here[(number, key)] = checked
        self._load_state()
        if not was_complete and self.views[number].completes_on(Trigger.CHECKLIST):
            # _load_state already shows a satisfied checklist as complete; the event is due.
            self._completed.discard(number)
            self._complete_section(number, Trigger.CHECKLIST)
        self._update_progress()
        self._after_view_state_change()

    def _on_feedback_saved(self, data: dict[str, Any]) -> None:
        self._record(FEEDBACK_EVENT, data=data)
        self._feedback_here = dict(data)
        self._load_state()
        form = self.completion_page.form
        if not self.preview:
            form.status.setText(
                translate("ModuleViewer", "Saved. You can change your feedback at any time.")
            )

    def _on_feedback_typed(self, length: int) -> None:
        self._record("input", data={"field": "feedback_comment", "length": length})

    # -- UI updates -------------------------------------------------------------------------

    def _update_progress(self) -> None:
        total = len(self._numbers)
        done = len(self._completed)
        if total and not isinstance(self.session, CompletedSectionsSource):
            # Without per-section data, the derived percentage may know of more.
            done = max(done, min(total, math.ceil(self._percent * total / 100)))
        if self._module_complete:
            done = total
        percent = 100 * done // total if total else 0
        self.progress_bar.setValue(percent)
        counted = translate("ModuleViewer", "{done} of {total} sections complete").format(
            done=number_text(done), total=number_text(total)
        )
        self.progress_label.setText(
            translate("ModuleViewer", "Complete") if self._module_complete and total else counted
        )
        self.progress_bar.setAccessibleDescription(counted)
        self._update_summary_button()
        palette = self.section_list.palette()
        size = self.section_list.iconSize().width()
        done_icon = status_icon(size, complete=True, palette=palette)
        open_icon = status_icon(size, complete=False, palette=palette)
        for row, number in enumerate(self._numbers):
            item = self.section_list.item(row)
            complete = number in self._completed
            item.setIcon(done_icon if complete else open_icon)
            kind = type_label(self._sections[number].section_type)
            state = (
                translate("ModuleViewer", "complete")
                if complete
                else translate("ModuleViewer", "not complete yet")
            )
            item.setToolTip(
                translate("ModuleViewer", "{kind} · {state}").format(kind=kind, state=state)
            )
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole,
                translate("ModuleViewer", "{kind}, {state}").format(kind=kind, state=state),
            )

    def _update_summary_button(self) -> None:
        # Once complete the summary is one click away, except from the summary itself.
        self.summary_button.setVisible(self._module_complete and not self._on_completion_page)

    def _update_nav(self) -> None:
        if self._on_completion_page or self._current is None:
            self.prev_button.setEnabled(self._current is not None)
            self.next_button.setVisible(False)
            self.hint_label.setText("")
            return
        index = self._numbers.index(self._current)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setVisible(True)
        last = index == len(self._numbers) - 1
        self.next_button.setText(
            translate("ModuleViewer", "Finish") if last else translate("ModuleViewer", "Next")
        )
        self.next_button.setToolTip(
            translate("ModuleViewer", "See your summary (Alt+Right)")
            if last
            else translate("ModuleViewer", "Next section (Alt+Right)")
        )
        view = self.views[self._current]
        complete = self._current in self._completed
        text = view.page_hint(complete)
        self.hint_label.setText(
            translate("ModuleViewer", "✓ {hint}").format(hint=text) if complete else text
        )
        theme.set_role(
            self.hint_label,
            theme.success(self.palette()) if complete else theme.muted(self.palette()),
        )

    def _after_view_state_change(self) -> None:
        """The shown section may have changed its completion rule or state: re-plan."""
        self._update_nav()
        view = self._current_view()
        if view is None or self._on_completion_page:
            return
        if view.number in self._completed or not view.completes_on(Trigger.READ):
            self._read_timer.stop()
        elif not self._read_timer.isActive():
            self._read_timer.start()

    def _on_view_state(self, number: int) -> None:
        if number == self._current and not self._on_completion_page:
            self._update_tab_order()  # the page may have added or replaced controls
            self._after_view_state_change()

    def _select_in_list(self, number: int) -> None:
        row = self._numbers.index(number)
        self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(row)
        self.section_list.blockSignals(False)

    def _leave_page(self) -> None:
        self._read_timer.stop()
        self._criteria_timer.stop()
        if self._on_completion_page:
            self.completion_page.form.flush()
        else:
            view = self._current_view()
            if view is not None:
                view.deactivate()

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty_card)
        self.kicker.setText(self.module.title)
        self.section_title.setText(translate("ModuleViewer", "No sections"))
        self.prev_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def _set_page_keys(self, enabled: bool) -> None:
        self._page_up.setEnabled(enabled)
        self._page_down.setEnabled(enabled)

    # -- input handlers ----------------------------------------------------------------------

    def _on_list_row(self, row: int) -> None:
        if 0 <= row < len(self._numbers):
            self.show_section(self._numbers[row])

    def _on_back(self) -> None:
        self.back_requested.emit()

    def _on_link(self, number: int, url: str) -> None:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in OPENABLE_SCHEMES:
            log.info("ignored a link with scheme %r", scheme)
            return
        self._record("click", section_number=number, data={"target": "link", "url": url})
        self.session.open_url(url)

    def _scroll_current(self, action: QAbstractSlider.SliderAction) -> bool:
        view = self._current_view()
        bar = view.scroll_bar() if view is not None else None
        if bar is None or bar.maximum() <= bar.minimum():
            return False
        if action == QAbstractSlider.SliderAction.SliderPageStepAdd:
            if bar.value() >= bar.maximum():
                return False
        elif bar.value() <= bar.minimum():
            return False
        bar.triggerAction(action)
        return True

    def _on_page_down(self) -> None:
        if not self._scroll_current(QAbstractSlider.SliderAction.SliderPageStepAdd):
            self.go_next()

    def _on_page_up(self) -> None:
        if not self._scroll_current(QAbstractSlider.SliderAction.SliderPageStepSub):
            self.go_previous()
