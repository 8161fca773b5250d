"""The 'Not synced' view: items the server rejected, with the reason in plain words.

They are kept on this device, never dropped: the student can export them to a file for
faculty, or try them again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.i18n import translate
from desktop.ops import outbox

__all__ = ["NotSyncedPage", "RejectedModel"]


def _columns() -> tuple[str, ...]:
    return (
        translate("not_synced", "Module"),
        translate("not_synced", "What"),
        translate("not_synced", "When"),
        translate("not_synced", "Why it was not synced"),
    )


_COLUMN_COUNT: Final = 4


class RejectedModel(QAbstractTableModel):
    """Rejected items as table rows (plain ``RejectedItem`` values)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[outbox.RejectedItem] = []

    def set_items(self, items: list[outbox.RejectedItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        values = (item.module, item.what, item.when, item.reason)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return values[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("RejectedModel", "{what} in {module} on {when}: {reason}").format(
                what=item.what, module=item.module, when=item.when, reason=item.reason
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _columns()[section]
        return None


class NotSyncedPage(QWidget):
    """Emits ``back_requested`` to return to the module list."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("not-synced-page")
        title = theme.title_label(translate("NotSyncedPage", "Not synced"), 1.6, self)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.model = RejectedModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("NotSyncedPage", "Items not synced"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(
            translate("NotSyncedPage", "Everything you did on this device has reached the server."),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self.empty, theme.muted())
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("not-synced-result")

        self.back = QPushButton(translate("NotSyncedPage", "Back to my modules"), self)
        self.back.clicked.connect(self.back_requested)
        self.retry = QPushButton(translate("NotSyncedPage", "Try again"), self)
        self.retry.setToolTip(
            translate(
                "NotSyncedPage", "Send the selected items (or all of them) to the server again"
            )
        )
        self.retry.clicked.connect(self.retry_selected)
        self.export = theme.make_primary(
            QPushButton(translate("NotSyncedPage", "Export to a file…"), self)
        )
        self.export.setObjectName("export-not-synced")
        self.export.clicked.connect(self.choose_export_file)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.export)
        layout = QVBoxLayout(self)
        margin = theme.em(self, 1.2)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(theme.em(self, 0.6))
        layout.addWidget(title)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        ctx.signals.data_changed.connect(self.refresh)

    def refresh(self) -> None:
        if self.ctx.user is None:
            self.model.set_items([])
            return
        owner = self.ctx.user.user_id
        items = outbox.rejected_items(self.ctx.store, owner=owner)
        pending = self.ctx.store.pending_count(owner)
        self.model.set_items(items)
        has = bool(items)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.retry.setEnabled(has)
        self.export.setEnabled(has or pending > 0)
        waiting = (
            " "
            + translate(
                "NotSyncedPage",
                "%n other change(s) still waiting to be sent; exports include them.",
                n=pending,
            )
            if pending
            else ""
        )
        self.explain.setText(
            translate(
                "NotSyncedPage",
                "The server did not accept these items. They stay on this device and are never "
                "thrown away: export them to a file and send it to your faculty member, or try "
                "again if the problem has been fixed.",
            )
            + waiting
            if has
            else translate("NotSyncedPage", "Nothing was refused by the server.") + waiting
        )

    def choose_export_file(self) -> None:
        if self.ctx.user is None:
            return
        name = outbox.suggested_export_name(self.ctx.user.user_id, now=self.ctx.now())
        start = str(Path.home() / name)
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("NotSyncedPage", "Export items that are not synced"),
            start,
            translate("NotSyncedPage", "JSON lines (*.jsonl)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.ctx.user is None:
            return
        self.result.setText(translate("NotSyncedPage", "Exporting…"))
        outbox.export_not_synced(
            tasks=self.ctx.tasks,
            store=self.ctx.store,
            owner=self.ctx.user.user_id,
            path=path,
            on_success=lambda n: self.result.setText(
                translate(
                    "NotSyncedPage",
                    "Saved %n item(s) to {path}. Send this file to your faculty member.",
                    n=n,
                ).format(path=path)
            ),
            on_failure=lambda exc: self.result.setText(
                translate("NotSyncedPage", "Could not save the file: {error}").format(
                    error=plain_message(exc)
                )
            ),
        )

    def retry_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        items = self.model.items
        chosen = [items[r].uuid for r in sorted(rows)] if rows else [i.uuid for i in items]
        count = outbox.retry_rejected(store=self.ctx.store, uuids=chosen)
        self.result.setText(translate("NotSyncedPage", "Sending %n item(s) again…", n=count))
        self.ctx.signals.data_changed.emit()
        self.ctx.request_sync()
