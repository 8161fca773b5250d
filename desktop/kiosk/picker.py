"""The picker: 'tap your name'."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.kiosk._touch import (
    TOUCH_MIN,
    TouchButton,
    message_label,
    page_layout,
    touch_line_edit,
)
from desktop.ops import kiosk as kiosk_ops
from desktop.ops.status import last_sync_text, pending_text
from local_store import RosterStudent

__all__ = ["PickerPage"]


class PickerPage(QWidget):
    """'Tap your name': the roster as large buttons, a search box, the kiosk's state and the
    staff button. ``chosen(student_id)`` when a student taps their name."""

    chosen = Signal(str)
    staff_requested = Signal()

    COLUMNS: Final = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-picker")
        self._roster: list[RosterStudent] = []
        self.title = theme.title_label(translate("PickerPage", "Tap your name to start"), 2.0, self)
        self.subtitle = QLabel(self)
        self.subtitle.setFont(theme.scaled_font(self.subtitle.font(), 1.15))
        theme.set_role(self.subtitle, theme.muted())
        self.banner = message_label(self, "kiosk-banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft)
        theme.set_role(self.banner, theme.danger())
        self.banner.hide()
        self.search = touch_line_edit(
            self,
            placeholder=translate("PickerPage", "Search by name or student ID"),
            name=translate("PickerPage", "Search students"),
        )
        self.search.textChanged.connect(self._rebuild)
        self.clear_search = TouchButton(translate("PickerPage", "Clear"), self, scale=1.1)
        self.clear_search.setObjectName("kiosk-clear-search")
        self.clear_search.clicked.connect(self.search.clear)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(theme.em(self, 0.6))
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in range(self.COLUMNS):  # equal columns, also when one name is shown
            self.grid.setColumnStretch(column, 1)
        self.names_scroll = QScrollArea(self)
        self.names_scroll.setWidgetResizable(True)
        self.names_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop: Tab goes from name to name and scrolls each into view.
        self.names_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names_scroll.setWidget(self.grid_host)
        self.empty = message_label(self, "kiosk-empty")
        theme.set_role(self.empty, theme.muted())
        self.status = QLabel(self)
        self.status.setObjectName("kiosk-status")
        theme.set_role(self.status, theme.muted())
        self.staff = TouchButton(translate("PickerPage", "Staff"), self, scale=1.0)
        self.staff.setObjectName("kiosk-staff")
        self.staff.setAccessibleName(translate("PickerPage", "Staff: exit or manage this kiosk"))
        self.staff.clicked.connect(self.staff_requested)
        self.buttons: dict[str, TouchButton] = {}

        layout = page_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_search)
        layout.addLayout(search_row)
        layout.addWidget(self.names_scroll, 1)
        layout.addWidget(self.empty)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.staff)
        layout.addLayout(footer)

    def reset(self) -> None:
        """Read the roster again and forget any search (the next student starts clean)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        self.names_scroll.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        store = self.ctx.store
        kiosk = store.kiosk()
        self._roster = store.roster()
        if kiosk is not None:
            where = kiosk.team_name or kiosk.university_name or kiosk.university_id
            self.subtitle.setText(f"{kiosk.name} · {where}")
        self._rebuild()
        self.refresh_status()

    def refresh_status(self) -> None:
        store = self.ctx.store
        kiosk = store.kiosk()
        pending = store.pending_count()
        last = kiosk.roster_synced_at if kiosk is not None else None
        status = self.ctx.sync.status if self.ctx.sync is not None else None
        words = [last_sync_text(last, now=self.ctx.now()), pending_text(pending)]
        if status is not None and str(status.connectivity) == "offline":
            words.insert(0, translate("PickerPage", "Offline"))
        self.status.setText(" · ".join(words))
        if kiosk is not None and kiosk.revoked_at is not None:
            self.banner.setText(
                translate(
                    "PickerPage",
                    "This kiosk's access was withdrawn by an admin. Students can keep working: "
                    "their work ({pending}) stays on this tablet until staff export it.",
                ).format(pending=pending_text(pending).lower())
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self.buttons = {}
        shown = kiosk_ops.filter_roster(self._roster, self.search.text())
        for i, student in enumerate(shown):
            label = student.name + (f"\n{student.team_name}" if student.team_name else "")
            if not student.pin_box:
                label += "\n" + translate("PickerPage", "(no PIN yet: ask staff)")
            button = TouchButton(label, self.grid_host, scale=1.3)
            button.setObjectName(f"student-{student.student_id}")
            button.setAccessibleName(student.name)
            button.setFixedHeight(max(TOUCH_MIN, theme.em(button, 3.4)))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setEnabled(bool(student.pin_box))
            button.clicked.connect(lambda _=False, sid=student.student_id: self.chosen.emit(sid))
            self.grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            button.show()  # now, not at the layout's next pass: a tap may come first
            self.buttons[student.student_id] = button
        if not self._roster:
            self.empty.setText(
                translate(
                    "PickerPage",
                    "No students on this kiosk yet. The roster downloads as soon as the kiosk "
                    "is online.",
                )
            )
        elif not shown:
            self.empty.setText(
                translate("PickerPage", "Nobody matches that. Check the spelling, or ask staff.")
            )
        self.empty.setVisible(not shown)
