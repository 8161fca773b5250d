"""A lazy table over report rows: only the rows on screen are read from the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop import theme
from desktop.formats import date_text, datetime_text, number_text
from desktop.ops.reports import CellFormats, Column, cell_text, column_title
from local_store import ReportFilter

__all__ = ["ListRows", "RowSource", "RowsModel", "table_formats"]


def _number(value: float, decimals: int) -> str:
    return number_text(value, decimals=decimals)


def table_formats() -> CellFormats:
    """Dates and numbers in the interface language's way, for cells on screen (the CSV keeps
    ``desktop.ops.reports.PLAIN``: ISO dates, plain numbers)."""
    return CellFormats(datetime=datetime_text, date=date_text, number=_number)


Order = tuple[tuple[str, bool], ...]


class RowSource(Protocol):
    @property
    def count(self) -> int: ...

    def row(self, index: int) -> dict[str, Any]: ...


class ListRows:
    """Rows already in memory (a student's modules), as a ``RowSource``."""

    def __init__(self, rows: Sequence[dict[str, Any]] = ()) -> None:
        self.rows = list(rows)

    @property
    def count(self) -> int:
        return len(self.rows)

    def row(self, index: int) -> dict[str, Any]:
        return self.rows[index]


class RowsModel(QAbstractTableModel):
    """Columns of ``ops.reports.COLUMNS`` over a ``RowSource``; overdue rows in red.

    Sorting (header clicks) calls ``refilter(order)``, which gives the source its new filter;
    without one the model does not sort.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        source: RowSource,
        *,
        refilter: Callable[[Order], ReportFilter] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.source = source
        self.refilter = refilter
        self.order: Order = ()
        self._formats = table_formats()

    def reset(self, source: RowSource | None = None) -> None:
        self.beginResetModel()
        if source is not None:
            self.source = source
        self.endResetModel()

    def apply(self, where: ReportFilter) -> None:
        """Give a ``ReportRows`` source a new filter and show the result."""
        reload = getattr(self.source, "reload", None)
        self.beginResetModel()
        if reload is not None:
            reload(where)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.source.count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, index: int) -> dict[str, Any]:
        return self.source.row(index)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(
                self.columns[index.column()], self.source.row(index.row()), self._formats
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if (self.source.row(index.row()).get("overdue_days") or 0) > 0:
                return QBrush(theme.danger())
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.columns[index.column()].kind
            if kind in ("percent", "days", "number", "mean", "duration"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(self.columns[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.refilter is None or column >= len(self.columns):
            return
        if column < 0:
            self.order = ()
        else:
            self.order = ((self.columns[column].field, order == Qt.SortOrder.DescendingOrder),)
        self.apply(self.refilter(self.order))
