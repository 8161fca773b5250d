"""The page of a section this computer cannot show: a type this version does not know
(content written for a newer app); and, in a folder preview, a section file with problems.

Completion: never here. Its rule is ``sync.rules.sections.NeverRule`` (an unknown type) or
its criteria (``CriteriaRule``), which nothing on this page can meet: a required module is
not reported complete without the work. The module list said so before the student started.
Records nothing beyond what every page records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.viewer._session import ViewerSession, ViewerTiming
from desktop.viewer._widgets import MessageCard, em
from desktop.viewer.sections.base import SectionView, fallback_label
from local_store.records import SectionRecord

__all__ = ["BrokenSectionView", "UnsupportedSectionView"]


class UnsupportedSectionView(SectionView):
    """A readable card saying why this section cannot be shown; it never completes here."""

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
        title, body = self.message()
        self.card = MessageCard(title, body, parent=self)
        self.card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.card)
        layout.addStretch(1)

    def message(self) -> tuple[str, str]:
        kind = fallback_label(self.section.section_type)
        return (
            translate("UnsupportedSectionView", "Not supported in this version"),
            translate(
                "UnsupportedSectionView",
                "This is a “{kind}” section, which needs a newer version of FRAMES. Update the "
                "app to do it; until then this section, and so the module, stays incomplete. "
                "You can carry on with the rest of the module.",
            ).format(kind=kind),
        )

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("UnsupportedSectionView", "Section complete.")
        return translate("UnsupportedSectionView", "This section cannot be done on this computer.")


class BrokenSectionView(UnsupportedSectionView):
    """A section file with problems, in a preview (``sync.rules.content_folder``'s
    ``BROKEN_SECTION_TYPE``): the problems in place, so the author sees which file and line."""

    def message(self) -> tuple[str, str]:
        return (
            translate("BrokenSectionView", "This section file has a problem"),
            self.section.content,
        )

    def hint(self, complete: bool) -> str:
        return translate(
            "BrokenSectionView", "Fix the file and save: the preview reloads by itself."
        )
