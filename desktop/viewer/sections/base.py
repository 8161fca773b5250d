"""What every section page is (``SectionView``) and what a section type registers
(``SectionType``); the types themselves are one module each beside this one.

A page shows its section and *asks* the viewer to record or complete through signals, so the
recording guard (nothing in preview, nothing after shutdown) stays in one place,
``ModuleViewer``. Whether something completes the section is its type's rule
(``sync.rules.sections``, the same rule the server can evaluate): the page supplies its
``state()`` (media shown or broken, items ticked), the rule decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QScrollBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.viewer._session import ViewerSession, ViewerTiming, ms
from desktop.viewer._widgets import MessageCard, em, scroll_body
from local_store.records import SectionRecord
from sync.rules.section_config import ConfigError, parse_section_config
from sync.rules.sections import (
    CompletionRule,
    SectionState,
    Trigger,
    section_completion_rule,
    section_criteria,
)

__all__ = ["SectionType", "SectionView", "ViewFactory", "data_of", "fallback_label"]

ConfigT = TypeVar("ConfigT", bound=BaseModel)


def fallback_label(section_type: str) -> str:
    """The human name of a type nobody registered: ``guided_struggle`` -> "Guided struggle"."""
    return section_type.replace("_", " ").capitalize()


class SectionView(QWidget):
    """Base of the section pages.

    Signals: ``complete_requested(reason)`` when something happened that may complete the
    section (a ``Trigger`` value; the viewer asks the rule and whether that is new),
    ``record_requested(event_type, data)`` for the events the page records,
    ``link_activated(url)`` for links the user followed, ``state_changed()`` when its
    state or hint may have changed (media loaded or found broken), ``item_toggled(key,
    checked)`` when the student set an item the module's derived state keeps (checklists).
    """

    complete_requested = Signal(str)
    record_requested = Signal(str, object)
    link_activated = Signal(str)
    state_changed = Signal()
    item_toggled = Signal(str, bool)  # item key, checked

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.criteria = section_criteria(section)
        self.rule: CompletionRule = section_completion_rule(section)
        self.needs: tuple[str, ...] = ()
        self._session = session
        self._timing = timing
        self._active = False
        self._scroll_bar: QScrollBar | None = None
        self._scroll_percent = 0
        self._scroll_max = 0
        self._scroll_dirty = False
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(ms(timing.scroll_seconds))
        self._scroll_timer.timeout.connect(self._flush_scroll)
        self._ignore_scroll = False

    # -- what the viewer asks ------------------------------------------------------------

    @property
    def number(self) -> int:
        return self.section.section_number

    def state(self) -> SectionState:
        """What the completion rule needs to know of this page now."""
        return SectionState()

    def completes_on(self, trigger: Trigger) -> bool:
        """Whether ``trigger`` would complete this section now (its type's rule decides)."""
        return self.rule.completes(self.section, trigger, self.state())

    def completes_on_next(self) -> bool:
        """Whether pressing Next completes this section."""
        return self.completes_on(Trigger.NEXT)

    def completes_on_reading(self) -> bool:
        """Whether being shown for ``read_seconds`` completes this section."""
        return self.completes_on(Trigger.READ)

    def hint(self, complete: bool) -> str:
        """One line under the page telling the student what completes it."""
        if complete:
            return translate("SectionView", "Section complete.")
        if self.criteria is not None:
            return self.criteria_hint()
        return ""

    criteria_aware = False
    """Whether the type's own ``hint`` speaks of its criteria (the Phase 2 pages do); for the
    others ``page_hint`` says what the criteria still need instead of "press Next"."""

    def page_hint(self, complete: bool) -> str:
        """The line the viewer shows under the page."""
        if not complete and self.criteria is not None and not self.criteria_aware:
            return self.criteria_hint()
        return self.hint(complete)

    def criteria_hint(self) -> str:
        """What the section's criteria still need, in words ("Still needed: 38 s more on
        this page")."""
        if not self.needs:
            return translate("SectionView", "Complete what this section asks to go on.")
        needs = translate("SectionView", "; ").join(self.needs)
        return translate("SectionView", "Still needed: {needs}").format(needs=needs)

    def read_config(self, model: type[ConfigT]) -> tuple[ConfigT | None, str | None]:
        """The section's ``section_config`` checked as ``model`` (a Phase 2 page's schema), or
        ``None`` and why it cannot be used (at most three problems, for an error card)."""
        try:
            parsed = parse_section_config(self.section.section_type, self.section.section_config)
        except ConfigError as exc:
            return None, "; ".join(f"{w}: {r}" if w else r for w, r in exc.problems[:3])
        if isinstance(parsed, model):
            return parsed, None
        return None, translate(
            "SectionView", "the settings are not those of a “{type}” section"
        ).format(type=self.section.section_type)

    def config_problem_card(self, thing: str, error: str | None, parent: QWidget) -> MessageCard:
        """The card a Phase 2 page shows instead of itself when ``read_config`` failed
        ("This game could not be shown", with why)."""
        return MessageCard(
            translate("SectionView", "This {thing} could not be shown").format(thing=thing),
            translate(
                "SectionView",
                "Its settings are broken ({error}). Tell the module's author; you can go on "
                "with the rest of the module.",
            ).format(error=error),
            icon=QStyle.StandardPixmap.SP_MessageBoxWarning,
            parent=parent,
        )

    @staticmethod
    def config_problem_hint(thing: str) -> str:
        return translate(
            "SectionView", "This {thing} cannot be shown; tell the module's author."
        ).format(thing=thing)

    def set_needs(self, needs: tuple[str, ...]) -> None:
        """What the fold says the section's criteria still need (the viewer keeps it fresh)."""
        self.needs = needs

    def media_playing(self) -> bool:
        return False

    def scroll_bar(self) -> QScrollBar | None:
        return self._scroll_bar

    def activate(self) -> None:
        """The page became the visible section."""
        self._active = True
        self.refresh_media()

    def deactivate(self) -> None:
        """Another page is shown now (or the viewer closes): flush what is pending."""
        self._active = False
        self._flush_scroll()

    def refresh_media(self) -> None:
        """Re-check the section's media (a download may have finished)."""

    def set_idle(self, idle: bool) -> None:
        """The student went idle (no input for ``idle_seconds``: the viewer records
        ``pause``) or came back (``resume``); a page with a clock stops it meanwhile. Only
        the shown page is told."""

    def apply_state(self, checklist: Mapping[tuple[int, str], bool]) -> None:
        """Show the current checklist state (only checklist pages use it)."""

    def shutdown(self) -> None:
        self.deactivate()
        self._scroll_timer.stop()

    # -- scroll events, coalesced (every page records them) -------------------------------

    def _track_scrolling(self, area: QAbstractScrollArea) -> None:
        self._scroll_bar = area.verticalScrollBar()
        self._scroll_bar.valueChanged.connect(self._on_scroll)

    def _on_scroll(self, value: int) -> None:
        bar = self._scroll_bar
        if bar is None or self._ignore_scroll or not self._active:
            return
        try:
            maximum = bar.maximum()
        except RuntimeError:  # the page is being torn down: its scroll bar went first
            self._scroll_bar = None
            return
        if maximum <= 0:
            return
        percent = round(100 * value / maximum)
        if percent == self._scroll_percent:
            return
        self._scroll_percent = percent
        self._scroll_max = max(self._scroll_max, percent)
        self._scroll_dirty = True
        if not self._scroll_timer.isActive():
            self._scroll_timer.start()

    def _flush_scroll(self) -> None:
        self._scroll_timer.stop()
        if self._scroll_dirty:
            self._scroll_dirty = False
            self.record_requested.emit(
                "scroll", {"percent": self._scroll_percent, "max_percent": self._scroll_max}
            )

    def _scrolling_page(self) -> tuple[QWidget, QVBoxLayout, int]:
        """The page as one scroll area (``self.area``): its body, the body's layout, and the
        font-relative spacing unit the layout uses."""
        unit = em(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area = self._scroll_area()
        outer.addWidget(self.area)
        body, layout = scroll_body()
        layout.setContentsMargins(unit, unit // 2, unit, unit)
        layout.setSpacing(unit // 2)
        return body, layout, unit

    def _scroll_area(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: Page Up / Page Down scroll the page (the viewer's keys)
        # and Tab scrolls each control of the page into view.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._track_scrolling(area)
        return area


class ViewFactory(Protocol):
    """Makes a type's page (a ``SectionView`` subclass is one)."""

    def __call__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> SectionView: ...


@dataclass(frozen=True, slots=True)
class SectionType:
    """One section type as the desktop registers it (``registry.SECTION_TYPES``).

    ``name``: the ``section_type`` of the content format. ``label``: its human name
    ("Reading"). ``make_view``: its page. ``records``: the event types its page records
    beyond those every page records (``section_view``, ``scroll``, link ``click``s, the
    activity events), the type's recording policy in one line; what it records when is
    written in the type's module. Its completion rule is ``sync.rules.sections``'s, by name.
    """

    name: str
    label: str
    make_view: ViewFactory
    records: frozenset[str] = frozenset()
    glyph: str = "•"  # shown before the section's title in the section list


def data_of(value: Any) -> dict[str, Any] | None:
    """Signals carry ``object``; the viewer wants ``dict | None``."""
    return value if isinstance(value, dict) else None
