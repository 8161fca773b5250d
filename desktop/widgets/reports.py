"""The Reports area for faculty and admins: compliance, modules, students, feedback, devices.

Everything shown is read from the device's last report snapshot (it opens offline, "as of"
the last sync); the tables read only the rows on screen. Assigning, excusing and
publishing need the server (``sync.client.manage``): they run on the network pool, say so when
offline, and sync afterwards, which refreshes the reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.formats import date_text, number_text, percent_text
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ops import manage
from desktop.ops import reports as ops
from desktop.widgets.report_charts import ChartBox, module_charts
from desktop.widgets.report_table import ListRows, Order, RowsModel, table_formats
from local_store import ReportFilter, ReportMeta

__all__ = ["ReportsPage"]


def _all() -> str:
    return translate("reports", "All")


def _chart_titles() -> tuple[str, ...]:
    return (
        translate("reports", "Completion over time"),
        translate("reports", "Time on task by section"),
        translate("reports", "Struggle by section"),
        translate("reports", "Ratings and difficulty"),
    )


_CHART_FILES: Final = ("completion", "time-on-task", "struggle", "ratings")


def _table(
    parent: QWidget, name: str, label: str, model: RowsModel, *, sortable: bool = False
) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(label)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # Fixed row heights: a lazy model must never be asked for every row's size.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(theme.em(table, 1.8))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(20)  # fit columns to the first rows only (lazy model)
    header.setStretchLastSection(True)
    if sortable:
        # No indicator first: enabling sorting must not sort (opening reads no more rows).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    return table


def _combo(parent: QWidget, name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setAccessibleName(label)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _fill(combo: QComboBox, items: list[tuple[str, Any]], *, all_item: bool = True) -> None:
    """Replace the choices, keeping the current one when it is still there."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if all_item:
        combo.addItem(_all(), None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _type_word(kind: str) -> str:
    """An assignment type in words."""
    return {
        "required": translate("reports", "Required"),
        "optional": translate("reports", "Optional"),
        "recommended": translate("reports", "Recommended"),
    }.get(kind, kind.title())


def _module_status(status: str) -> str:
    return {
        "draft": translate("reports", "draft"),
        "published": translate("reports", "published"),
        "archived": translate("reports", "archived"),
    }.get(status, status)


class ReportsPage(QWidget):
    """Emits ``back_requested`` to return to the module list; ``changed`` after the views
    were filled again (tests wait on it)."""

    back_requested = Signal()
    changed = Signal()
    exported = Signal(str)  # a one-line result of an export or an action, also shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports-page")
        self.meta: dict[str, ReportMeta] = {}
        self.summary: ops.ModuleSummary | None = None
        self.student: ops.StudentSummary | None = None
        self._owner = ""

        title = theme.title_label(translate("ReportsPage", "Reports"), 1.6, self)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("reports-as-of")
        theme.set_role(self.as_of, theme.muted())
        self.result = QLabel(self)
        self.result.setObjectName("reports-result")
        self.result.setWordWrap(True)
        self.back = QPushButton(translate("ReportsPage", "Back to modules"), self)
        self.back.clicked.connect(self.back_requested)
        self.assign_button = QPushButton(translate("ReportsPage", "Assign a module…"), self)
        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.export_button = theme.make_primary(
            QPushButton(translate("ReportsPage", "Export table to CSV…"), self)
        )
        self.export_button.clicked.connect(self.choose_csv_file)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports-tabs")
        self._build_compliance()
        self._build_modules()
        self._build_students()
        self._build_feedback()
        self._build_devices()
        self.tabs.currentChanged.connect(self._tab_changed)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(theme.em(self, 1))
        top.addWidget(self.as_of, 1)
        top.addWidget(self.assign_button)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        margin = theme.em(self, 1.0)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(theme.em(self, 0.5))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        ctx.signals.data_changed.connect(self._data_changed)

    # -- construction ------------------------------------------------------------------------

    def _build_compliance(self) -> None:
        page = QWidget(self.tabs)
        every = [(_all(), None)]
        self.module_filter = _combo(
            page, "filter-module", translate("ReportsPage", "Filter by module"), every
        )
        self.team_filter = _combo(
            page, "filter-team", translate("ReportsPage", "Filter by team"), every
        )
        self.type_filter = _combo(
            page, "filter-type", translate("ReportsPage", "Filter by type"), every
        )
        self.status_filter = _combo(
            page,
            "filter-status",
            translate("ReportsPage", "Filter by status"),
            [*every, *((ops.status_word(k), k) for k in ops.STATUS_WORDS)],
        )
        self.search = QLineEdit(page)
        self.search.setObjectName("filter-text")
        self.search.setAccessibleName(translate("ReportsPage", "Search students, teams, modules"))
        self.search.setPlaceholderText(translate("ReportsPage", "Search students, teams, modules"))
        self.search.setClearButtonEnabled(True)
        self.group_by_team = QCheckBox(translate("ReportsPage", "Group by team"), page)
        # Off at first: the server's order needs no query, so the area opens at once.
        self.group_by_team.setChecked(False)
        for combo in (self.module_filter, self.team_filter, self.type_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search.returnPressed.connect(self.apply_filters)
        self.search.textChanged.connect(self._text_changed)
        self.group_by_team.toggled.connect(self.apply_filters)
        self.excuse_button = QPushButton(translate("ReportsPage", "Excuse…"), page)
        self.excuse_button.setToolTip(
            translate("ReportsPage", "Excuse the selected student from the selected module")
        )
        self.excuse_button.clicked.connect(self.excuse_selected)
        self.totals = QLabel(page)
        self.totals.setObjectName("compliance-totals")
        self.compliance_rows = ops.ReportRows(self.ctx.store, "", "compliance")
        self.compliance_model = RowsModel(
            ops.COLUMNS["compliance"],
            self.compliance_rows,
            refilter=self._compliance_filter,
            parent=self,
        )
        self.compliance = _table(
            page,
            "compliance-table",
            translate("ReportsPage", "Compliance table"),
            self.compliance_model,
            sortable=True,
        )
        self.compliance.selectionModel().selectionChanged.connect(self._name_excuse_button)
        bar = QHBoxLayout()
        for label, widget in (
            (translate("ReportsPage", "Module"), self.module_filter),
            (translate("ReportsPage", "Team"), self.team_filter),
            (translate("ReportsPage", "Type"), self.type_filter),
            (translate("ReportsPage", "Status"), self.status_filter),
        ):
            bar.addWidget(QLabel(label, page))
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.group_by_team)
        foot = QHBoxLayout()
        foot.addWidget(self.totals, 1)
        foot.addWidget(self.excuse_button)
        box = QVBoxLayout(page)
        box.addLayout(bar)
        box.addWidget(self.compliance, 1)
        box.addLayout(foot)
        self.tabs.addTab(page, translate("ReportsPage", "Compliance"))

    def _build_modules(self) -> None:
        page = QWidget(self.tabs)
        self.module_pick = _combo(page, "module-pick", translate("ReportsPage", "Module"), [])
        self.module_pick.currentIndexChanged.connect(self.show_module)
        self.module_status = QLabel(page)
        self.module_status.setObjectName("module-status")
        self.publish_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(QLabel(translate("ReportsPage", "Module"), page))
        actions.addWidget(self.module_pick, 1)
        actions.addWidget(self.module_status)
        for action, text in (
            ("publish", translate("ReportsPage", "Publish")),
            ("unpublish", translate("ReportsPage", "Back to draft")),
            ("archive", translate("ReportsPage", "Archive")),
        ):
            button = QPushButton(text, page)
            button.setObjectName(f"module-{action}")
            button.clicked.connect(lambda _=False, a=action: self.module_action(a))
            self.publish_buttons[action] = button
            actions.addWidget(button)
        self.module_figures = QLabel(page)
        self.module_figures.setObjectName("module-figures")
        self.module_figures.setWordWrap(True)
        self.charts = [ChartBox(t, page) for t in _chart_titles()]
        grid = QGridLayout()
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        self.chart_pick = _combo(
            page,
            "chart-pick",
            translate("ReportsPage", "Chart to save"),
            [(t, i) for i, t in enumerate(_chart_titles())],
        )
        save = QPushButton(translate("ReportsPage", "Save chart as PNG…"), page)
        save.clicked.connect(self.choose_png_file)
        foot = QHBoxLayout()
        foot.addWidget(self.module_figures, 1)
        foot.addWidget(self.chart_pick)
        foot.addWidget(save)
        box = QVBoxLayout(page)
        box.addLayout(actions)
        box.addLayout(grid, 1)
        box.addLayout(foot)
        self.tabs.addTab(page, translate("ReportsPage", "Modules"))

    def _build_students(self) -> None:
        page = QWidget(self.tabs)
        self.student_pick = _combo(page, "student-pick", translate("ReportsPage", "Student"), [])
        self.student_pick.setEditable(True)
        self.student_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.student_pick.currentIndexChanged.connect(self.show_student)
        self.student_figures = QLabel(page)
        self.student_figures.setObjectName("student-figures")
        self.student_figures.setWordWrap(True)
        columns = [c for c in ops.COLUMNS["compliance"] if c.field not in ("team_name",)]
        columns.insert(
            8, ops.Column("mastery_score", QT_TRANSLATE_NOOP("reports", "Mastery"), "ratio")
        )
        self.student_model = RowsModel(columns[1:], ListRows(), parent=self)
        self.student_table = _table(
            page, "student-table", translate("ReportsPage", "Student's modules"), self.student_model
        )
        self.student_devices = QLabel(page)
        self.student_devices.setObjectName("student-devices")
        self.student_devices.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("ReportsPage", "Student"), page))
        head.addWidget(self.student_pick, 1)
        box = QVBoxLayout(page)
        box.addLayout(head)
        box.addWidget(self.student_figures)
        box.addWidget(self.student_table, 1)
        box.addWidget(self.student_devices)
        self.tabs.addTab(page, translate("ReportsPage", "Students"))

    def _build_feedback(self) -> None:
        page = QWidget(self.tabs)
        self.feedback_rows = ops.ReportRows(self.ctx.store, "", "feedback")
        self.feedback_model = RowsModel(ops.COLUMNS["feedback"], self.feedback_rows, parent=self)
        self.feedback_table = _table(
            page, "feedback-table", translate("ReportsPage", "Feedback table"), self.feedback_model
        )
        self.comment_module = _combo(
            page, "comment-module", translate("ReportsPage", "Comments on module"), [(_all(), None)]
        )
        self.comment_module.currentIndexChanged.connect(self._filter_comments)
        self.comment_rows = ops.ReportRows(self.ctx.store, "", "comments")
        self.comment_model = RowsModel(ops.COLUMNS["comments"], self.comment_rows, parent=self)
        self.comments = _table(
            page, "comments-table", translate("ReportsPage", "Comments"), self.comment_model
        )
        self.comments.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(theme.title_label(translate("ReportsPage", "Comments"), 1.1, page))
        head.addStretch(1)
        head.addWidget(QLabel(translate("ReportsPage", "Module"), page))
        head.addWidget(self.comment_module)
        box = QVBoxLayout(page)
        box.addWidget(self.feedback_table, 1)
        box.addLayout(head)
        box.addWidget(self.comments, 2)
        self.tabs.addTab(page, translate("ReportsPage", "Feedback"))

    def _build_devices(self) -> None:
        page = QWidget(self.tabs)
        self.device_rows = ops.ReportRows(self.ctx.store, "", "devices")
        self.device_model = RowsModel(ops.COLUMNS["devices"], self.device_rows, parent=self)
        self.devices = _table(
            page, "devices-table", translate("ReportsPage", "Devices table"), self.device_model
        )
        note = QLabel(
            translate(
                "ReportsPage",
                "What the server knows: a device's last sync and the changes it said were "
                "still waiting, so “not done” can be told from “done but not synced yet”.",
            ),
            page,
        )
        note.setWordWrap(True)
        theme.set_role(note, theme.muted())
        box = QVBoxLayout(page)
        box.addWidget(note)
        box.addWidget(self.devices, 1)
        self.tabs.addTab(page, translate("ReportsPage", "Devices"))

    # -- filling -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the snapshot's meta and the rows on screen (never every row)."""
        user = self.ctx.user
        if user is None:
            return
        store, owner = self.ctx.store, user.user_id
        self._owner = owner
        self.meta = store.report_meta(owner)
        stale = ops.reports_error(store, owner)
        self.as_of.setText(
            ops.as_of_text(self.meta, now=self.ctx.now(), formats=table_formats())
            + (f" — {stale}" if stale else "")
        )
        facets = self.meta["compliance"].facets if "compliance" in self.meta else {}
        module_items = self._module_choices()
        _fill(self.module_filter, [(t, m) for m, t in module_items])
        teams = facets.get("team_name", [])
        _fill(
            self.team_filter,
            [(t or translate("ReportsPage", "(no team)"), t or "") for t in teams],
        )
        types = facets.get("assignment_type", [])
        _fill(self.type_filter, [(_type_word(str(t)), t) for t in types if t])
        _fill(self.module_pick, [(t, m) for m, t in module_items], all_item=False)
        _fill(self.comment_module, [(t, m) for m, t in module_items])
        students = self.meta["devices"].facets.get("student", []) if "devices" in self.meta else []
        if not students:
            students = facets.get("student", [])
        _fill(
            self.student_pick,
            [(f"{name or sid}", sid) for sid, name in students],
            all_item=False,
        )
        for rows, model in (
            (self.feedback_rows, self.feedback_model),
            (self.device_rows, self.device_model),
        ):
            rows.owner = owner
            model.apply(rows.where)
        self.compliance_rows.owner = owner
        self.comment_rows.owner = owner
        self.apply_filters()
        self._filter_comments()
        self._tab_changed(self.tabs.currentIndex())
        for table in (self.compliance, self.feedback_table, self.comments, self.devices):
            if table.model().rowCount():
                table.resizeColumnsToContents()
        self.changed.emit()

    def _module_choices(self) -> list[tuple[str, str]]:
        """(module id, title) of every module the reports or this device know."""
        found: dict[str, str] = {}
        for kind in ("compliance", "learning", "feedback"):
            meta = self.meta.get(kind)
            for module_id, title in meta.facets.get("module", []) if meta else []:
                found.setdefault(str(module_id), str(title or module_id))
        if self._owner:
            for item in self.ctx.store.list_modules(self._owner):
                found.setdefault(item.module_id, item.title)
        return sorted(found.items(), key=lambda p: (p[1].casefold(), p[0]))

    def filters(self) -> ops.ComplianceFilters:
        return ops.ComplianceFilters(
            module_id=self.module_filter.currentData(),
            team_name=self.team_filter.currentData(),
            assignment_type=self.type_filter.currentData(),
            status=self.status_filter.currentData(),
            text=self.search.text(),
            group_by_team=self.group_by_team.isChecked(),
        )

    def _text_changed(self, text: str) -> None:
        if not text:  # cleared: show everything again (typing filters on Enter)
            self.apply_filters()

    def _compliance_filter(self, order: Order) -> ReportFilter:
        return self.filters().to_filter(order)

    def apply_filters(self) -> None:
        where = self._compliance_filter(self.compliance_model.order)
        self.compliance_model.apply(where)
        total = self.meta["compliance"].row_count if "compliance" in self.meta else 0
        shown = self.compliance_rows.count
        self.totals.setText(
            translate("ReportsPage", "{shown} of %n assigned module(s) shown", n=total).format(
                shown=number_text(shown)
            )
            + (translate("ReportsPage", "; overdue rows in red") if shown else "")
        )

    def _filter_comments(self) -> None:
        module = self.comment_module.currentData()
        where = ReportFilter(equals=(("module_id", module),) if module is not None else ())
        self.comment_model.apply(where)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.show_module()
        elif index == 2:
            self.show_student()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def show_module(self) -> None:
        module_id = self.module_pick.currentData()
        if not self._owner or module_id is None:
            self.module_figures.setText(translate("ReportsPage", "No module yet."))
            return
        store, owner = self.ctx.store, self._owner
        feedback = ops.rows_where(store, owner, "feedback", ("module_id", module_id))
        self.summary = s = ops.module_summary(
            module_id=module_id,
            compliance=ops.rows_where(store, owner, "compliance", ("module_id", module_id)),
            learning=ops.rows_where(store, owner, "learning", ("module_id", module_id)),
            feedback=feedback[0] if feedback else None,
        )
        due = (
            translate("ReportsPage", "due {date}").format(date=date_text(s.due_date))
            if s.due_date
            else translate("ReportsPage", "no due date")
        )
        rating = (
            translate("ReportsPage", "; rating {mean} / 5").format(
                mean=number_text(s.rating_mean, decimals=1)
            )
            if s.rating_mean is not None
            else ""
        )
        fifths = ops.cell_text(
            ops.Column("mastery", "", "fifths"), {"mastery": s.mastery}, table_formats()
        )
        mastery = (
            translate("ReportsPage", "; mastery {fifths}").format(fifths=fifths) if fifths else ""
        )
        self.module_figures.setText(
            translate(
                "ReportsPage",
                "{title}: {completed} of {assigned} completed, {overdue} overdue, "
                "{excused} excused ({due}){rating}{mastery}",
            ).format(
                title=s.title,
                completed=number_text(s.completed),
                assigned=number_text(s.assigned),
                overdue=number_text(s.overdue),
                excused=number_text(s.excused),
                due=due,
                rating=rating,
                mastery=mastery,
            )
        )
        status = next(
            (i.status for i in store.list_modules(owner) if i.module_id == module_id), None
        )
        self.module_status.setText(
            translate("ReportsPage", "Status: {status}").format(status=_module_status(status))
            if status
            else ""
        )
        for action, button in self.publish_buttons.items():
            button.setEnabled(
                status is not None
                and {"publish": status != "published", "unpublish": status == "published"}.get(
                    action, status != "archived"
                )
            )
        module_charts(s, self.charts, today=self.ctx.today())

    def show_student(self) -> None:
        student_id = self.student_pick.currentData()
        if not self._owner or student_id is None:
            self.student_figures.setText(translate("ReportsPage", "No student yet."))
            self.student_model.reset(ListRows())
            return
        store, owner = self.ctx.store, self._owner
        self.student = s = ops.student_summary(
            student_id=student_id,
            compliance=ops.rows_where(store, owner, "compliance", ("student_id", student_id)),
            devices=ops.rows_where(store, owner, "devices", ("student_id", student_id)),
        )
        mastery = (
            translate("ReportsPage", ", mastery {percent}").format(
                percent=percent_text(s.mastery_mean)
            )
            if s.mastery_mean is not None
            else ""
        )
        synced = s.last_sync_at or next(
            (d.get("last_sync_at") for d in s.devices if d.get("last_sync_at")), None
        )
        when = ops.cell_text(
            ops.Column("t", "", "datetime"), {"t": synced}, table_formats()
        ) or translate("ReportsPage", "never")
        who = (
            translate("ReportsPage", "{name} ({team})").format(name=s.name, team=s.team)
            if s.team
            else s.name
        )
        self.student_figures.setText(
            translate(
                "ReportsPage",
                "{who}: {completed} of %n module(s) completed, {overdue} overdue{mastery}; "
                "last sync {when}",
                n=len(s.modules),
            ).format(
                who=who,
                completed=number_text(s.completed),
                overdue=number_text(s.overdue),
                mastery=mastery,
                when=when,
            )
        )
        self.student_model.reset(ListRows(s.modules))
        self.student_table.resizeColumnsToContents()
        devices = [
            translate("ReportsPage", "{device}: last sync {when}").format(
                device=d.get("name") or translate("ReportsPage", "a device"),
                when=ops.cell_text(
                    ops.Column("t", "", "datetime"), {"t": d.get("last_sync_at")}, table_formats()
                )
                or translate("ReportsPage", "never"),
            )
            for d in s.devices
            if d.get("device_id") or d.get("name")
        ]
        self.student_devices.setText(
            translate("ReportsPage", "Devices: {list}").format(list="; ".join(devices))
            if devices
            else translate("ReportsPage", "Devices: none registered.")
        )

    # -- export ------------------------------------------------------------------------------

    def visible_table(self) -> tuple[QTableView, RowsModel, ReportFilter | None, str]:
        """The table on the current tab, its model, the filter its rows came from (``None``:
        in memory) and a file name stem."""
        index = self.tabs.currentIndex()
        if index == 2:
            return self.student_table, self.student_model, None, "student"
        if index == 3:
            return self.comments, self.comment_model, self.comment_rows.where, "comments"
        if index == 4:
            return self.devices, self.device_model, self.device_rows.where, "devices"
        return self.compliance, self.compliance_model, self.compliance_rows.where, "compliance"

    def choose_csv_file(self) -> None:
        stem = self.visible_table()[3]
        start = str(Path.home() / f"frames-{stem}-{self.ctx.now():%Y%m%d}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportsPage", "Export table"),
            start,
            translate("ReportsPage", "CSV (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the visible table (its filter, order and columns) in the background."""
        table, model, where, _stem = self.visible_table()
        columns = [
            model.columns[i] for i in range(len(model.columns)) if not table.isColumnHidden(i)
        ]
        if where is None:
            rows: Any = list(getattr(model.source, "rows", []))
        else:
            kind = {id(self.comment_model): "comments", id(self.device_model): "devices"}.get(
                id(model), "compliance"
            )
            rows = ops.ReportRows(self.ctx.store, self._owner, kind, where)
        self._say(translate("ReportsPage", "Exporting…"))
        self.ctx.tasks.storage(
            lambda: ops.write_csv(path, columns, rows),
            on_done=lambda n: self._say(
                translate("ReportsPage", "Saved %n row(s) to {path}.", n=n).format(path=path)
            ),
            on_error=lambda exc: self._say(
                translate("ReportsPage", "Could not save {file}: {error}").format(
                    file=path.name, error=plain_message(exc)
                )
            ),
            what=translate("ReportsPage", "exporting a report"),
        )

    def choose_png_file(self) -> None:
        index = int(self.chart_pick.currentData() or 0)
        name = _CHART_FILES[index]
        start = str(Path.home() / f"frames-{name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportsPage", "Save chart"),
            start,
            translate("ReportsPage", "PNG image (*.png)"),
        )
        if path:
            self.save_chart(index, Path(path))

    def save_chart(self, index: int, path: Path) -> bool:
        ok = self.charts[index].save_png(path)
        self._say(
            translate("ReportsPage", "Saved the chart to {path}.").format(path=path)
            if ok
            else translate("ReportsPage", "Could not save {path}.").format(path=path)
        )
        return ok

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.exported.emit(text)

    # -- actions (online) --------------------------------------------------------------------

    def run_action(self, what: str, call: Any, *, done: str) -> None:
        """Run a server action on the network pool; sync after success (reports refresh)."""
        op = manage.server_op(self.ctx, what.lower(), call)
        if op is None:
            self._say(translate("ReportsPage", "Sign in again to change assignments."))
            return
        self._say(f"{what}…")

        def ok(_result: Any) -> None:
            self._say(done + " " + translate("ReportsPage", "Syncing to refresh the reports…"))
            self.ctx.request_sync()

        def failed(exc: BaseException) -> None:
            self._say(
                plain_message(exc)
                if str(exc)
                else translate("ReportsPage", "{what} failed.").format(what=what)
            )

        op.success(ok).failure(failed).run(self.ctx)

    def selected_compliance_row(self) -> dict[str, Any] | None:
        rows = self.compliance.selectionModel().selectedRows()
        return self.compliance_model.row(rows[0].row()) if rows else None

    def _name_excuse_button(self, *_args: Any) -> None:
        row = self.selected_compliance_row()
        excused = row is not None and row.get("status") == "excused"
        self.excuse_button.setText(
            translate("ReportsPage", "Withdraw excuse…")
            if excused
            else translate("ReportsPage", "Excuse…")
        )
        self.excuse_button.setToolTip(
            translate(
                "ReportsPage", "Withdraw the selected student's excuse from the selected module"
            )
            if excused
            else translate("ReportsPage", "Excuse the selected student from the selected module")
        )

    def excuse_selected(self) -> None:
        row = self.selected_compliance_row()
        if row is None:
            self._say(translate("ReportsPage", "Select a student's module in the table first."))
            return
        who = row.get("student_name") or row["student_id"]
        if row.get("status") == "excused":
            answer = QMessageBox.question(
                self,
                translate("ReportsPage", "Withdraw excuse"),
                translate(
                    "ReportsPage",
                    "{who} is excused from “{module}” ({reason}). Withdraw the excuse?",
                ).format(
                    who=who,
                    module=row["module_title"],
                    reason=row.get("excuse_reason") or translate("ReportsPage", "no reason given"),
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.withdraw_excuse(row["student_id"], row["module_id"])
            return
        reason, ok = QInputDialog.getText(
            self,
            translate("ReportsPage", "Excuse"),
            translate("ReportsPage", "Why is {who} excused from “{module}”?").format(
                who=who, module=row["module_title"]
            ),
        )
        if ok:
            self.excuse(row["student_id"], row["module_id"], reason)

    def excuse(self, student_id: str, module_id: str, reason: str) -> None:
        self.run_action(
            translate("ReportsPage", "Excusing"),
            lambda m: m.excuse(student_id=student_id, module_id=module_id, reason=reason),
            done=translate("ReportsPage", "Excused."),
        )

    def withdraw_excuse(self, student_id: str, module_id: str) -> None:
        self.run_action(
            translate("ReportsPage", "Withdrawing the excuse"),
            lambda m: m.unexcuse(student_id=student_id, module_id=module_id),
            done=translate("ReportsPage", "Excuse withdrawn."),
        )

    def module_action(self, action: str) -> None:
        module_id = self.module_pick.currentData()
        if module_id is None:
            return
        doing = {
            "publish": translate("ReportsPage", "Publishing {module}"),
            "unpublish": translate("ReportsPage", "Unpublishing {module}"),
            "archive": translate("ReportsPage", "Archiving {module}"),
        }
        done = {
            "publish": translate("ReportsPage", "Published: {module}."),
            "unpublish": translate("ReportsPage", "Back to draft: {module}."),
            "archive": translate("ReportsPage", "Archived: {module}."),
        }
        self.run_action(
            doing[action].format(module=module_id),
            lambda m: m.module_action(module_id, action),
            done=done[action].format(module=module_id),
        )

    def open_assign_dialog(self) -> Any:
        from desktop.widgets.assignment_dialog import AssignmentDialog

        user = self.ctx.user
        if user is None:
            return None
        facets = self.meta["compliance"].facets if "compliance" in self.meta else {}
        # every team of the university (the teams report), not only those with assignments
        teams = self.meta["teams"].facets.get("team", []) if "teams" in self.meta else []
        students = self.meta["devices"].facets.get("student", []) if "devices" in self.meta else []
        dialog = AssignmentDialog(
            self.ctx,
            modules=self._module_choices(),
            teams=[(int(t), str(n)) for t, n in (teams or facets.get("team", [])) if t is not None],
            students=[(str(s), str(n or s)) for s, n in (students or facets.get("student", []))],
            university_id=user.university_id,
            parent=self,
        )
        module_id = self.module_pick.currentData()
        if module_id is not None:
            dialog.set_module(module_id)
        dialog.done_text.connect(self._assigned)
        dialog.open()
        self.assign_dialog = dialog
        return dialog

    def _assigned(self, text: str) -> None:
        self._say(text + " " + translate("ReportsPage", "Syncing to refresh the reports…"))
        self.ctx.request_sync()
