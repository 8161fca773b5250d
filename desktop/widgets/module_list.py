"""My modules: the grouped list with search and filters.

``ModuleListModel`` wraps the plain rows of ``desktop.ops.modules`` (group headers and
modules, no widgets); ``ModuleCardDelegate`` paints each module as a calm card; the page
adds the search field, the category and tag filters and the empty states. The page reads
the store through ``ops.modules.load_rows`` and refreshes itself on ``data_changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.formats import date_text, number_text, percent_text
from desktop.i18n import translate
from desktop.ops.modules import (
    ModuleGroup,
    ModuleRow,
    categories,
    filter_rows,
    group_rows,
    kind_words,
    load_rows,
    module_type_word,
    module_types,
    tags,
)

__all__ = ["ModuleCardDelegate", "ModuleListModel", "ModuleListPage", "row_summary"]

RowRole: Final = Qt.ItemDataRole.UserRole + 1
KindRole: Final = Qt.ItemDataRole.UserRole + 2
ModuleIdRole: Final = Qt.ItemDataRole.UserRole + 3


def _status_word(status: str) -> str:
    words = {
        "not_started": translate("module_list", "Not started"),
        "in_progress": translate("module_list", "In progress"),
        "completed": translate("module_list", "Completed"),
        "skipped": translate("module_list", "Excused"),
    }
    return words.get(status, status)


_ALL: Final = "__all__"
# Keys that open the selected module (Select: a remote's or a kiosk keypad's OK key).
_OPEN_KEYS: Final = frozenset(
    {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select}
)


@dataclass(frozen=True, slots=True)
class _Header:
    title: str
    count: int


def _visual(option: QStyleOptionViewItem, rect: QRect) -> QRect:
    """``rect`` laid out left to right, mirrored in the item for a right-to-left language
    (Qt mirrors the text alignments by itself)."""
    return QStyle.visualRect(option.direction, option.rect, rect)


def _due_words(row: ModuleRow, today: date) -> str:
    due = row.item.due_date
    if due is None:
        return ""
    days = (due - today).days
    when = date_text(due)
    if row.due == "overdue":
        return translate("module_list", "Overdue since {date}").format(date=when)
    if row.due == "soon":
        if days == 0:
            return translate("module_list", "Due today")
        if days == 1:
            return translate("module_list", "Due tomorrow")
        return translate("module_list", "Due in %n day(s)", n=days)
    return translate("module_list", "Due {date}").format(date=when)


def _meta_words(row: ModuleRow) -> list[str]:
    item = row.item
    parts = kind_words(item)
    if item.category:
        parts.append(item.category)
    if item.estimated_minutes:
        parts.append(translate("module_list", "%n min", n=item.estimated_minutes))
    if item.section_count:
        parts.append(translate("module_list", "%n section(s)", n=item.section_count))
    return parts


def _status_words(row: ModuleRow, *, staff: bool) -> str:
    if staff:
        return {
            "draft": translate("module_list", "Draft"),
            "published": translate("module_list", "Published"),
            "archived": translate("module_list", "Archived"),
        }.get(row.item.status, row.item.status.title())
    if row.locked:
        return translate("module_list", "Locked")
    if row.status == "in_progress":
        return translate("module_list", "In progress · {percent}").format(
            percent=percent_text(row.progress_percent / 100)
        )
    return _status_word(row.status)


def row_summary(row: ModuleRow, *, today: date, staff: bool = False) -> str:
    """The whole card as one sentence (screen readers, tooltips, tests)."""
    parts = [row.title, *_meta_words(row)]
    due = _due_words(row, today)
    if due:
        parts.append(due)
    parts.append(_status_words(row, staff=staff))
    if row.locked_reason:
        parts.append(translate("module_list", "Locked: {reason}").format(reason=row.locked_reason))
    if row.needs:
        parts.append(row.needs)
    return ". ".join(parts) + "."


class ModuleListModel(QAbstractListModel):
    """Group headers and module rows, in display order. Holds plain data only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[_Header | ModuleRow] = []
        self.today = date.today()
        self.staff = False

    def set_groups(self, groups: list[ModuleGroup], *, today: date, staff: bool) -> None:
        self.beginResetModel()
        self.today, self.staff = today, staff
        self._items = []
        for group in groups:
            self._items.append(_Header(group.title, len(group.rows)))
            self._items.extend(group.rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def module_rows(self) -> list[ModuleRow]:
        return [item for item in self._items if isinstance(item, ModuleRow)]

    def index_of(self, module_id: str) -> QModelIndex:
        for i, item in enumerate(self._items):
            if isinstance(item, ModuleRow) and item.module_id == module_id:
                return self.index(i, 0)
        return QModelIndex()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == KindRole:
            return "header" if isinstance(item, _Header) else "module"
        if role == RowRole:
            return item
        if isinstance(item, _Header):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return translate("ModuleListModel", "{title} ({count})").format(
                    title=item.title, count=number_text(item.count)
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == ModuleIdRole:
            return item.module_id
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return row_summary(item, today=self.today, staff=self.staff)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], _Header):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ModuleCardDelegate(QStyledItemDelegate):
    """Paints a module as a card: title and status, details and due date, progress, lock."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = option.font
        return theme.scaled_font(base, 1.12, bold=True), QFont(base), theme.scaled_font(base, 1.0)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title_font, body_font, _ = self._fonts(option)
        line = QFontMetrics(body_font).height()
        if index.data(KindRole) == "header":
            return QSize(0, round(QFontMetrics(title_font).height() * 2.1))
        row: ModuleRow = index.data(RowRole)
        model = index.model()
        staff = isinstance(model, ModuleListModel) and model.staff
        lines = QFontMetrics(title_font).height() + line + (0 if staff else line * 0.9)
        if row.locked_reason:
            lines += line
        if row.needs:
            lines += line
        return QSize(0, round(lines + line * 1.6))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        try:
            if index.data(KindRole) == "header":
                self._paint_header(painter, option, index)
            else:
                self._paint_card(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title_font, body_font, _ = self._fonts(option)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        header: _Header = index.data(RowRole)
        pad = QFontMetrics(body_font).height() // 2
        painter.setFont(title_font)
        # Headers are not selectable, so Qt hands over the disabled palette: use the normal one.
        painter.setPen(palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.WindowText))
        text_rect = rect.adjusted(pad, 0, -pad, -pad // 2)
        painter.drawText(
            _visual(option, text_rect),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            header.title,
        )
        width = QFontMetrics(title_font).horizontalAdvance(header.title + "  ")
        painter.setFont(body_font)
        painter.setPen(theme.muted(palette))
        painter.drawText(
            _visual(option, text_rect.adjusted(width, 0, 0, 0)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            number_text(header.count),
        )

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title_font, body_font, _ = self._fonts(option)
        model = index.model()
        assert isinstance(model, ModuleListModel)
        row: ModuleRow = index.data(RowRole)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        line = QFontMetrics(body_font).height()
        gap = max(2, line // 4)
        pad = max(6, round(line * 0.7))
        card = rect.adjusted(pad // 2, gap, -pad // 2, -gap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        accent = theme.accent(palette)
        background = palette.color(QPalette.ColorRole.Base)
        if selected:
            tint = QColor(accent)
            tint.setAlpha(28)
            painter.setBrush(background)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(card, gap * 2, gap * 2)
            painter.setBrush(tint)
        else:
            painter.setBrush(background)
        border = QColor(accent) if (selected or focused) else palette.color(QPalette.ColorRole.Mid)
        if hovered and not selected:
            border = palette.color(QPalette.ColorRole.Dark)
        pen_width = 2 if (selected or focused) else 1
        painter.setPen(border)
        pen = painter.pen()
        pen.setWidthF(pen_width)
        painter.setPen(pen)
        # A 1 px line on a pixel's centre stays one crisp pixel (on the edge it is smeared
        # over two, at half the contrast).
        edge = QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5) if pen_width == 1 else QRectF(card)
        painter.drawRoundedRect(edge, gap * 2, gap * 2)

        inner = card.adjusted(pad, pad // 2 + gap, -pad, -pad // 2)
        text = palette.color(QPalette.ColorRole.Text)
        muted = theme.muted(palette)
        if row.locked:
            text = muted

        # Line 1: title, status on the right.
        title_h = QFontMetrics(title_font).height()
        status = _status_words(row, staff=model.staff)
        painter.setFont(body_font)
        status_w = QFontMetrics(body_font).horizontalAdvance(status) + pad
        painter.setPen(theme.success(palette) if row.completed and not model.staff else muted)
        painter.drawText(
            _visual(option, QRect(inner.right() - status_w, inner.top(), status_w, title_h)),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            status,
        )
        painter.setFont(title_font)
        painter.setPen(text)
        title_rect = QRect(inner.left(), inner.top(), inner.width() - status_w, title_h)
        painter.drawText(
            _visual(option, title_rect),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "\u2068"  # isolated: a title keeps its own direction ("Safe or Not?")
            + QFontMetrics(title_font).elidedText(
                row.title, Qt.TextElideMode.ElideRight, title_rect.width()
            )
            + "\u2069",
        )
        y = inner.top() + title_h + gap

        # Line 2: category · minutes · sections · due date (overdue and due-soon stand out).
        painter.setFont(body_font)
        fm = QFontMetrics(body_font)
        # Each part isolated (FSI … PDI): a Latin category next to a number must not pull the
        # number into its run in a right-to-left line.
        meta = "  ·  ".join(f"\u2068{word}\u2069" for word in _meta_words(row))
        painter.setPen(muted)
        painter.drawText(
            _visual(option, QRect(inner.left(), y, inner.width(), line)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            meta,
        )
        due = _due_words(row, model.today)
        if due:
            x = inner.left()
            if meta:
                sep = "  ·  "
                x += fm.horizontalAdvance(meta)
                painter.drawText(
                    _visual(option, QRect(x, y, inner.right() - x, line)),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    sep,
                )
                x += fm.horizontalAdvance(sep)
            if row.due == "overdue":
                painter.setPen(theme.danger(palette))
                painter.setFont(theme.scaled_font(body_font, 1.0, bold=True))
            elif row.due == "soon":
                painter.setPen(theme.caution(palette))
                painter.setFont(theme.scaled_font(body_font, 1.0, bold=True))
            painter.drawText(
                _visual(option, QRect(x, y, inner.right() - x, line)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                due,
            )
            painter.setFont(body_font)
        y += line + gap

        # Line 3: the progress bar (students) — an outlined track with the accent fill. The
        # outline (the theme's control border) and the fill are both ≥ 3:1 against the card,
        # so the bar's length and its filled part can both be seen (a pale filled track
        # was 2:1 against the card).
        bar_h = max(5, line // 3)
        track = QRect(inner.left(), y + (line // 2 - bar_h) // 2, inner.width(), bar_h)
        if not model.staff:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # a crisp line
            painter.setPen(QPen(theme.color("border"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(track.adjusted(0, 0, -1, -1))
            if row.progress_percent > 0:
                fill = QRect(track)
                fill.setWidth(max(bar_h, track.width() * row.progress_percent // 100))
                painter.fillRect(
                    _visual(option, fill), theme.success(palette) if row.completed else accent
                )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        y += round(line * 0.9)

        # Line 4: why it is locked.
        if row.locked_reason:
            painter.setPen(muted)
            painter.setFont(body_font)
            painter.drawText(
                _visual(option, QRect(inner.left(), y, inner.width(), line)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(
                    translate("ModuleCardDelegate", "Locked — {reason}").format(
                        reason=row.locked_reason
                    ),
                    Qt.TextElideMode.ElideRight,
                    inner.width(),
                ),
            )
            y += line

        # Line 5: what this computer lacks to show every section.
        if row.needs:
            painter.setPen(theme.caution(palette))
            painter.setFont(body_font)
            painter.drawText(
                _visual(option, QRect(inner.left(), y, inner.width(), line)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(f"⚠ {row.needs}", Qt.TextElideMode.ElideRight, inner.width()),
            )


class ModuleListPage(QWidget):
    """The home page: header, search and filters, the grouped list, an empty state.

    ``open_requested(module_id)`` asks the window to open a module (only unlocked ones).
    """

    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[ModuleRow] = []
        self._role = "student"
        self.setObjectName("module-list-page")

        self.title = theme.title_label(translate("ModuleListPage", "My modules"), 1.6, self)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        theme.set_role(self.subtitle, theme.muted())

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("ModuleListPage", "Search modules"))
        self.search.setAccessibleName(translate("ModuleListPage", "Search modules"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setAccessibleName(translate("ModuleListPage", "Filter by category"))
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(translate("ModuleListPage", "Filter by tag"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("ModuleListPage", "Filter by type"))
        for combo in (self.kind, self.category, self.tag):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.model = ModuleListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("module-list")
        self.view.setAccessibleName(translate("ModuleListPage", "Modules"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ModuleCardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setMouseTracking(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setSpacing(0)
        self.view.setUniformItemSizes(False)
        self.view.setAutoFillBackground(False)
        self.view.viewport().setAutoFillBackground(False)
        # One click or tap opens a module (a double-click is for files, not for a list of
        # lessons; touch screens have none); Enter, Return and Space open the selected one.
        # Not ``activated``: some styles emit it on a single click as well.
        self.view.clicked.connect(self._activated)
        self.view.installEventFilter(self)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("list-notice")
        self.notice.hide()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self.empty, theme.muted())
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.kind, 1)
        top.addWidget(self.category, 1)
        top.addWidget(self.tag, 1)
        layout = QVBoxLayout(self)
        margin = theme.em(self, 1.2)
        layout.setContentsMargins(margin, margin, margin, theme.em(self, 0.4))
        layout.setSpacing(theme.em(self, 0.5))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)

        self.setTabOrder(self.search, self.kind)
        self.setTabOrder(self.kind, self.category)
        self.setTabOrder(self.category, self.tag)
        self.setTabOrder(self.tag, self.view)
        self.search.textChanged.connect(self._apply)
        self.kind.currentIndexChanged.connect(self._apply)
        self.category.currentIndexChanged.connect(self._apply)
        self.tag.currentIndexChanged.connect(self._apply)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        find.setWhatsThis(translate("ModuleListPage", "Search the modules"))  # (Help lists it)
        ctx.signals.data_changed.connect(self.refresh)

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rows again from the store (cheap: two queries, no section content)."""
        user = self.ctx.user
        if user is None:
            self._rows = []
            self._apply()
            return
        self._role = user.role
        staff = user.role != "student"
        self.title.setText(
            translate("ModuleListPage", "Modules")
            if staff
            else translate("ModuleListPage", "My modules")
        )
        first = user.display_name.split()[0] if user.display_name else ""
        self.subtitle.setText(
            translate(
                "ModuleListPage",
                "Your university's modules, drafts included. Open one to see it exactly as "
                "students will; nothing you do in a preview is recorded.",
            )
            if staff
            else (
                translate(
                    "ModuleListPage",
                    "Hello {name}. Everything here works offline; your progress syncs by itself.",
                ).format(name=first)
                if first
                else translate(
                    "ModuleListPage",
                    "Everything here works offline; your progress syncs by itself.",
                )
            )
        )
        self._rows = load_rows(
            self.ctx.store, owner=user.user_id, role=user.role, today=self.ctx.today()
        )
        self._fill_filters()
        self._apply()

    def _fill_filters(self) -> None:
        kinds = [(module_type_word(k), k) for k in module_types(self._rows)]
        for combo, values, label in (
            (self.kind, kinds, translate("ModuleListPage", "All types")),
            (
                self.category,
                [(c, c) for c in categories(self._rows)],
                translate("ModuleListPage", "All categories"),
            ),
            (self.tag, [(t, t) for t in tags(self._rows)], translate("ModuleListPage", "All tags")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, _ALL)
            for text, value in values:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

    def _apply(self) -> None:
        selected = self.selected_module()
        category = self.category.currentData()
        tag = self.tag.currentData()
        kind = self.kind.currentData()
        shown = filter_rows(
            self._rows,
            text=self.search.text(),
            category=None if category in (None, _ALL) else category,
            tag=None if tag in (None, _ALL) else tag,
            module_type=None if kind in (None, _ALL) else kind,
        )
        self.model.set_groups(
            group_rows(shown, role=self._role),
            today=self.ctx.today(),
            staff=self._role != "student",
        )
        if selected is not None:
            self.select(selected)
        self._update_empty(len(shown))

    def _update_empty(self, shown: int) -> None:
        if shown:
            self.empty.hide()
            self.view.show()
            return
        if self._rows:
            text = translate("ModuleListPage", "No modules match your search and filters.")
        elif self.ctx.user is not None and self.ctx.user.last_sync_at is None:
            text = translate("ModuleListPage", "Getting your modules from the server…")
        elif self._role == "student":
            text = translate(
                "ModuleListPage",
                "No modules are assigned to you yet. New ones appear here after a sync.",
            )
        else:
            text = translate("ModuleListPage", "Your university has no modules yet.")
        self.empty.setText(text)
        self.view.hide()
        self.empty.show()

    # -- interaction -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid():
            for i in range(self.model.rowCount()):
                index = self.model.index(i, 0)
                if index.data(KindRole) == "module":
                    self.view.setCurrentIndex(index)
                    break

    def selected_module(self) -> str | None:
        index = self.view.currentIndex()
        if index.isValid() and index.data(KindRole) == "module":
            return str(index.data(ModuleIdRole))
        return None

    def select(self, module_id: str) -> bool:
        index = self.model.index_of(module_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            return True
        return False

    def row(self, module_id: str) -> ModuleRow | None:
        for row in self._rows:
            if row.module_id == module_id:
                return row
        return None

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.view.currentIndex().isValid()
        ):
            self._activated(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KindRole) != "module":
            return
        self.request_open(str(index.data(ModuleIdRole)))

    def request_open(self, module_id: str) -> None:
        row = self.row(module_id)
        if row is not None and row.locked_reason:
            self.show_notice(
                translate("ModuleListPage", "“{title}” is locked. {reason}.").format(
                    title=row.title, reason=row.locked_reason
                )
            )
            return
        self.show_notice("")
        self.open_requested.emit(module_id)
