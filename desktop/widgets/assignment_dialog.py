"""Assign a module to students, a team or the university; change or remove an assignment.

Online only (by decision, see the README's *Reports*): every change is one request to the
server, made on the network pool; offline, the dialog says so and changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import a11y, theme
from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.formats import date_text
from desktop.i18n import translate
from desktop.ops import manage

__all__ = ["AssignmentDialog"]

MAX_STUDENTS_AT_ONCE: Final = 200
"""Students one 'Assign' assigns at most (one request each); a team or the university is
one request whatever its size."""
_TYPES: Final = ("required", "optional", "recommended")


def _type_word(kind: str) -> str:
    """An assignment type in words (``Required`` ...)."""
    return {
        "required": translate("assignment_dialog", "Required"),
        "optional": translate("assignment_dialog", "Optional"),
        "recommended": translate("assignment_dialog", "Recommended"),
    }.get(kind, kind.title())


def _due_text(value: object) -> str:
    """An assignment's due date (ISO text from the server) as the language writes dates."""
    if not value:
        return translate("assignment_dialog", "no due date")
    try:
        return date_text(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


class AssignmentDialog(QDialog):
    """Emits ``done_text`` with a one-line result after the server accepted a change."""

    done_text = Signal(str)
    loaded = Signal()  # the module's current assignments were read (tests wait on it)

    def __init__(
        self,
        ctx: AppContext,
        *,
        modules: list[tuple[str, str]],
        teams: list[tuple[int, str]],
        students: list[tuple[str, str]],
        university_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.university_id = university_id
        self.setWindowTitle(translate("AssignmentDialog", "Assign a module"))
        self.setObjectName("assignment-dialog")
        self.current: list[dict[str, Any]] = []

        self.module = QComboBox(self)
        self.module.setObjectName("assign-module")
        for module_id, title in modules:
            self.module.addItem(f"{title}  ({module_id})", module_id)
        self.module.currentIndexChanged.connect(self.load_assignments)

        self.to_students = QRadioButton(translate("AssignmentDialog", "Students"), self)
        self.to_team = QRadioButton(translate("AssignmentDialog", "A team"), self)
        self.to_university = QRadioButton(
            translate("AssignmentDialog", "The whole university"), self
        )
        self.to_university.setEnabled(university_id is not None)
        self.target = QButtonGroup(self)
        for i, button in enumerate((self.to_students, self.to_team, self.to_university)):
            self.target.addButton(button, i)
        self.to_team.setChecked(True)
        self.target.idToggled.connect(lambda *_: self._target_changed())
        targets = QHBoxLayout()
        for button in (self.to_students, self.to_team, self.to_university):
            targets.addWidget(button)
        targets.addStretch(1)

        self.team = QComboBox(self)
        self.team.setObjectName("assign-team")
        for team_id, name in teams:
            self.team.addItem(name, team_id)
        self.student_search = QLineEdit(self)
        self.student_search.setPlaceholderText(translate("AssignmentDialog", "Filter students"))
        self.student_search.textChanged.connect(self._filter_students)
        self.students = QListWidget(self)
        self.students.setObjectName("assign-students")
        self.students.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for student_id, name in students:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, student_id)
            self.students.addItem(item)

        self.kind = QComboBox(self)
        self.kind.setObjectName("assign-type")
        for t in _TYPES:
            self.kind.addItem(_type_word(t), t)
        self.has_due = QCheckBox(translate("AssignmentDialog", "Due on"), self)
        self.due = QDateEdit(self)
        self.due.setObjectName("assign-due")
        self.due.setAccessibleName(translate("AssignmentDialog", "Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.due.setDate(QDate.currentDate().addDays(14))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)

        form = QFormLayout()
        form.addRow(translate("AssignmentDialog", "Module"), self.module)
        form.addRow(translate("AssignmentDialog", "Assign to"), targets)
        form.addRow(translate("AssignmentDialog", "Team"), self.team)
        form.addRow(translate("AssignmentDialog", "Students"), self.student_search)
        form.addRow("", self.students)
        form.addRow(translate("AssignmentDialog", "Type"), self.kind)
        form.addRow(translate("AssignmentDialog", "Due date"), due_row)
        self.has_due.setAccessibleName(translate("AssignmentDialog", "has a due date"))

        self.assign_button = theme.make_primary(
            QPushButton(translate("AssignmentDialog", "Assign"), self)
        )
        self.assign_button.setObjectName("assign-submit")
        self.assign_button.clicked.connect(self.submit)

        self.existing = QListWidget(self)
        self.existing.setObjectName("assign-existing")
        self.existing.setAccessibleName(translate("AssignmentDialog", "Current assignments"))
        self.change_button = QPushButton(
            translate("AssignmentDialog", "Apply type and due date to selected"), self
        )
        self.change_button.clicked.connect(self.change_selected)
        self.remove_button = QPushButton(translate("AssignmentDialog", "Remove selected"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_button)
        change_row.addWidget(self.remove_button)
        change_row.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("assign-message")
        self.message.setWordWrap(True)
        close = QPushButton(translate("AssignmentDialog", "Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.assign_button)

        note = QLabel(
            translate(
                "AssignmentDialog",
                "Changes go to the server at once (this needs a connection); students' devices "
                "receive them at their next sync.",
            ),
            self,
        )
        note.setWordWrap(True)
        theme.set_role(note, theme.muted())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(
            theme.title_label(
                translate("AssignmentDialog", "Current assignments of this module"), 1.1, self
            )
        )
        layout.addWidget(self.existing)
        layout.addLayout(change_row)
        layout.addLayout(buttons)
        self.resize(theme.em(self, 34), theme.em(self, 40))
        self._target_changed()
        if self.module.count():
            self.load_assignments()

    # -- state -------------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        # Tab stops on controls only (Qt's walk visited the due date twice; desktop.a11y).
        return a11y.focus_next(self, next) or super().focusNextPrevChild(next)

    def set_module(self, module_id: str) -> None:
        index = self.module.findData(module_id)
        if index >= 0:
            self.module.setCurrentIndex(index)

    def _target_changed(self) -> None:
        students = self.to_students.isChecked()
        self.students.setEnabled(students)
        self.student_search.setEnabled(students)
        self.team.setEnabled(self.to_team.isChecked())

    def _filter_students(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.students.count()):
            item = self.students.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def due_date(self) -> date | None:
        if not self.has_due.isChecked():
            return None
        d = self.due.date()
        return date(d.year(), d.month(), d.day())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        theme.set_role(self.message, theme.danger() if error else theme.muted())

    def _busy(self, busy: bool) -> None:
        for w in (self.assign_button, self.change_button, self.remove_button):
            w.setEnabled(not busy)

    def _run(self, what: str, call: Any, *, on_done: Any) -> None:
        op = manage.server_op(self.ctx, what, call)
        if op is None:
            self._say(
                translate("AssignmentDialog", "Sign in again to change assignments."), error=True
            )
            return
        self._busy(True)
        self._say(f"{what}…")

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self._say(
                plain_message(exc)
                if str(exc)
                else translate("AssignmentDialog", "{what} failed.").format(what=what),
                error=True,
            )

        def done(result: Any) -> None:
            self._busy(False)
            on_done(result)

        op.success(done).failure(failed).run(self.ctx)

    # -- actions -----------------------------------------------------------------------------

    def submit(self) -> None:
        module_id = self.module.currentData()
        if module_id is None:
            self._say(translate("AssignmentDialog", "Choose a module."), error=True)
            return
        kind, due = self.kind.currentData(), self.due_date()
        if self.to_students.isChecked():
            chosen = [
                str(i.data(Qt.ItemDataRole.UserRole))
                for i in self.students.selectedItems()
                if not i.isHidden()
            ]
            if not chosen:
                self._say(translate("AssignmentDialog", "Select at least one student."), error=True)
                return
            if len(chosen) > MAX_STUDENTS_AT_ONCE:
                self._say(
                    translate(
                        "AssignmentDialog",
                        "At most %n student(s) at once; assign a team instead.",
                        n=MAX_STUDENTS_AT_ONCE,
                    ),
                    error=True,
                )
                return
            targets: list[tuple[str, str | int]] = [("student", s) for s in chosen]
            who = translate("AssignmentDialog", "%n student(s)", n=len(chosen))
        elif self.to_team.isChecked():
            if self.team.currentData() is None:
                self._say(
                    translate(
                        "AssignmentDialog", "No team is known yet: sync first, or assign students."
                    ),
                    error=True,
                )
                return
            targets = [("team", int(self.team.currentData()))]
            who = translate("AssignmentDialog", "team {name}").format(name=self.team.currentText())
        else:
            if self.university_id is None:
                self._say(
                    translate("AssignmentDialog", "Your account belongs to no university."),
                    error=True,
                )
                return
            targets = [("university", self.university_id)]
            who = translate("AssignmentDialog", "the whole university")

        def call(manager: Any) -> int:
            for target, target_id in targets:
                manager.assign(
                    module_id=module_id,
                    target=target,
                    target_id=target_id,
                    assignment_type=kind,
                    due_date=due,
                )
            return len(targets)

        def done(_n: int) -> None:
            text = translate("AssignmentDialog", "Assigned {module} to {who}.").format(
                module=module_id, who=who
            )
            self._say(text)
            self.done_text.emit(text)
            self.load_assignments()

        self._run(translate("AssignmentDialog", "Assigning"), call, on_done=done)

    def load_assignments(self) -> None:
        module_id = self.module.currentData()
        self.existing.clear()
        op = (
            manage.server_op(
                self.ctx,
                translate("AssignmentDialog", "reading a module's assignments"),
                lambda m: m.module_assignments(module_id),
            )
            if module_id is not None
            else None
        )
        if op is None:
            return

        def show(found: list[dict[str, Any]]) -> None:
            if self.module.currentData() != module_id:
                return  # another module was chosen meanwhile: its own read follows
            self.current = found
            self.existing.clear()
            for a in found:
                target = a.get("target")
                name = {
                    "team": self._team_name(a.get("team_id")),
                    "student": self._student_name(a.get("student_id")),
                    "university": translate("AssignmentDialog", "the whole university"),
                }.get(str(target), str(target))
                due = _due_text(a.get("due_date"))
                item = QListWidgetItem(
                    translate("AssignmentDialog", "{who}: {type}, {due}").format(
                        who=name, type=_type_word(str(a.get("assignment_type"))).lower(), due=due
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, int(a["id"]))
                self.existing.addItem(item)
            if not found:
                self.existing.addItem(translate("AssignmentDialog", "(not assigned to anyone yet)"))
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if self.module.currentData() != module_id:
                return
            self.existing.addItem(plain_message(exc))
            self.loaded.emit()

        op.success(show).failure(failed).run(self.ctx)

    def _team_name(self, team_id: Any) -> str:
        index = self.team.findData(team_id)
        if index >= 0:
            return translate("AssignmentDialog", "team {name}").format(
                name=self.team.itemText(index)
            )
        return translate("AssignmentDialog", "team #{id}").format(id=team_id)

    def _student_name(self, student_id: Any) -> str:
        for i in range(self.students.count()):
            if self.students.item(i).data(Qt.ItemDataRole.UserRole) == student_id:
                return self.students.item(i).text()
        return str(student_id)

    def _selected_assignment(self) -> int | None:
        items = self.existing.selectedItems()
        value = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if value is None:
            self._say(
                translate("AssignmentDialog", "Select an assignment in the list first."), error=True
            )
        return int(value) if value is not None else None

    def change_selected(self) -> None:
        from sync.rules.protocol import AssignmentChange

        chosen = self._selected_assignment()
        if chosen is None:
            return
        due = self.due_date()
        change = AssignmentChange(
            assignment_type=self.kind.currentData(), due_date=due, clear_due_date=due is None
        )

        def done(_r: Any) -> None:
            self._say(translate("AssignmentDialog", "Assignment changed."))
            self.done_text.emit(translate("AssignmentDialog", "Assignment changed."))
            self.load_assignments()

        self._run(
            translate("AssignmentDialog", "Changing"),
            lambda m: m.change(chosen, change),
            on_done=done,
        )

    def remove_selected(self) -> None:
        chosen = self._selected_assignment()
        if chosen is None:
            return

        def done(_r: Any) -> None:
            self._say(translate("AssignmentDialog", "Assignment removed."))
            self.done_text.emit(translate("AssignmentDialog", "Assignment removed."))
            self.load_assignments()

        self._run(
            translate("AssignmentDialog", "Removing"), lambda m: m.remove(chosen), on_done=done
        )
