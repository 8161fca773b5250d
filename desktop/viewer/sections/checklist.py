"""The ``checklist`` section: its intro, then one real check box per ``- [ ] item``.

Completion (``sync.rules.sections.ChecklistRule``): every required item ticked
(``"checklist"``); Next when it has no required items or cannot be parsed. Records, on every
toggle by the student, a ``click`` ``{"target": "checklist_item", "item": key, "checked":
bool}`` then a ``checklist_item`` ``{"item": key, "checked": bool}``; the viewer keeps the
items' state (``item_toggled``) and asks the rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from desktop.formats import number_text
from desktop.i18n import translate
from desktop.viewer._session import ViewerSession, ViewerTiming
from desktop.viewer._widgets import MarkdownLabel, MessageCard, WrappingCheckBox
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord
from sync.rules.content_folder import ChecklistItem, ContentError, parse_checklist
from sync.rules.derive import CHECKLIST_EVENT
from sync.rules.sections import SectionState

__all__ = ["SECTION_TYPE", "ChecklistSectionView", "checklist_intro"]

_TASK_LINE_RE: Final = re.compile(r"^\s*[-*+]\s+\[[ xX]\](?:\s|$)")
_FENCE_RE: Final = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


def checklist_intro(content: str) -> str:
    """The checklist's markdown without its ``- [ ] item`` lines (fenced code kept as is)."""
    kept: list[str] = []
    fence: str | None = None
    for line in content.splitlines():
        match = _FENCE_RE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
        elif fence is None and _TASK_LINE_RE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


class ChecklistSectionView(SectionView):
    """Real check boxes, one per ``- [ ] item``; optional items are marked "(optional)".

    Only user toggles (``clicked``) are recorded and reported, never the state set by
    ``apply_state``.
    """

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        body, layout, unit = self._scrolling_page()
        self.error: str | None = None
        try:
            self.items: list[ChecklistItem] = parse_checklist(section.content)
        except ContentError as exc:
            self.items = []
            self.error = exc.message
        self.intro = MarkdownLabel(checklist_intro(section.content), body)
        self.intro.link_activated.connect(self.link_activated)
        layout.addWidget(self.intro)
        self.boxes: dict[str, WrappingCheckBox] = {}
        box_column = QVBoxLayout()
        box_column.setSpacing(unit // 2)
        box_column.setContentsMargins(unit // 2, unit // 2, 0, 0)
        for item in self.items:
            text = (
                item.text
                if item.required
                else translate("ChecklistSectionView", "{item} (optional)").format(item=item.text)
            )
            box = WrappingCheckBox(text, body)
            box.setProperty("item_key", item.key)
            box.setProperty("required", item.required)
            box.clicked.connect(lambda checked, key=item.key: self._on_clicked(key, checked))
            self.boxes[item.key] = box
            box_column.addWidget(box)
        layout.addLayout(box_column)
        self.message: MessageCard | None = None
        if self.error is not None or not self.items:
            problem = self.error or translate("ChecklistSectionView", "It has no items.")
            self.message = MessageCard(
                translate("ChecklistSectionView", "This checklist could not be read"),
                translate(
                    "ChecklistSectionView",
                    "{problem} Tell the module's author; you can continue with Next.",
                ).format(problem=problem),
                icon=QStyle.StandardPixmap.SP_MessageBoxWarning,
                parent=body,
            )
            layout.addWidget(self.message)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addSpacing(unit // 2)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.area.setWidget(body)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)
        self._update_summary()

    @property
    def required_keys(self) -> list[str]:
        return [item.key for item in self.items if item.required]

    def satisfied(self) -> bool:
        """All required items are ticked (a checklist without any then completes on Next)."""
        return all(self.boxes[key].isChecked() for key in self.required_keys)

    def state(self) -> SectionState:
        return SectionState(checked={key: box.isChecked() for key, box in self.boxes.items()})

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("ChecklistSectionView", "Section complete.")
        if self.completes_on_next():
            return translate("ChecklistSectionView", "Continue with Next when you are done.")
        return translate(
            "ChecklistSectionView", "Tick every required item to complete this section."
        )

    def apply_state(self, checklist: Mapping[tuple[int, str], bool]) -> None:
        for key, box in self.boxes.items():
            checked = checklist.get((self.number, key), False)
            if box.isChecked() != checked:
                box.setChecked(checked)
        self._update_summary()

    def _on_clicked(self, key: str, checked: bool) -> None:
        self._update_summary()
        data = {"item": key, "checked": checked}
        self.record_requested.emit("click", {"target": "checklist_item", **data})
        self.record_requested.emit(CHECKLIST_EVENT, data)
        self.item_toggled.emit(key, checked)

    def _update_summary(self) -> None:
        required = self.required_keys
        if not required:
            self.summary.setVisible(False)
            return
        done = sum(1 for key in required if self.boxes[key].isChecked())
        self.summary.setText(
            translate("ChecklistSectionView", "{done} of {total} required items ticked.").format(
                done=number_text(done), total=number_text(len(required))
            )
        )
        self.summary.setVisible(True)


SECTION_TYPE = SectionType(
    "checklist",
    "Checklist",
    ChecklistSectionView,
    records=frozenset({"click", CHECKLIST_EVENT}),
    glyph="☑",
)
