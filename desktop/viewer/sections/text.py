"""The ``text`` section: markdown to read.

Completion (``sync.rules.sections.TextRule``): shown for ``read_seconds`` in a visible
viewer (``"read"``), or Next. Records nothing beyond what every page records (its
``section_view``, ``scroll`` and link ``click``s).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.viewer._session import ViewerSession, ViewerTiming
from desktop.viewer._widgets import MarkdownBrowser
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord

__all__ = ["SECTION_TYPE", "TextSectionView"]


class TextSectionView(SectionView):
    """Markdown in a ``QTextBrowser``; links go to the system browser via the viewer."""

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = MarkdownBrowser(section.content, self)
        self.browser.setAccessibleName(
            section.title or translate("TextSectionView", "Section text")
        )
        self.browser.link_activated.connect(self.link_activated)
        layout.addWidget(self.browser)
        self._track_scrolling(self.browser)
        self.setFocusProxy(self.browser)

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("TextSectionView", "Section complete.")
        return translate("TextSectionView", "Read through, then continue with Next.")


SECTION_TYPE = SectionType("text", "Reading", TextSectionView, glyph="¶")
