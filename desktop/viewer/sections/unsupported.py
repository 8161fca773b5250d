"""The page of a section type this version does not know (content written for a newer app).

Completion (``sync.rules.sections.NextOnlyRule``, what ``completion_rule`` gives an unknown
type): Next. Records nothing beyond what every page records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.viewer._session import ViewerSession, ViewerTiming
from desktop.viewer._widgets import MessageCard, em
from desktop.viewer.sections.base import SectionView, fallback_label
from local_store.records import SectionRecord

__all__ = ["UnsupportedSectionView"]


class UnsupportedSectionView(SectionView):
    """A readable card for a section type this version does not know; completes on Next."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        unit = em(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit, unit // 2, unit, unit)
        kind = fallback_label(section.section_type)
        self.card = MessageCard(
            "Not supported in this version",
            f"This is a “{kind}” section, which needs a newer version of FRAMES. Update the "
            "app when you can to see it. You can carry on with the rest of the module: press "
            "Next to continue.",
            parent=self,
        )
        self.card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.card)
        layout.addStretch(1)

    def hint(self, complete: bool) -> str:
        return "Section complete." if complete else "Press Next to continue."
