"""*Help → Keyboard shortcuts* (F1): every key of the window, read from the window itself.

The list is collected when the dialog opens, from the window's actions (menus) and
shortcuts (``QShortcut`` with a ``whatsThis`` saying what it does), plus the module viewer's
keys (``ModuleViewer.shortcut_list``, the list the viewer makes its shortcuts from) when no
module is open: a key added to the app shows up here without anyone editing this file.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.i18n import translate

__all__ = ["Shortcut", "ShortcutsDialog", "collect_shortcuts"]


@dataclass(frozen=True, slots=True)
class Shortcut:
    keys: str  # as the platform writes them ("Ctrl+1", "F5, Ctrl+R")
    action: str
    where: str


def _keys(sequences: list[QKeySequence]) -> str:
    texts = [
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    ]
    return ", ".join(dict.fromkeys(texts))


def _action_text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def collect_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every keyboard shortcut ``window`` has now, then the viewer's (if no module is open),
    then the keys every screen shares."""
    everywhere = translate("shortcuts", "Everywhere")
    in_module = translate("shortcuts", "In a module")
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action.isVisible() and _action_text(action):
            found.append(Shortcut(keys, _action_text(action), everywhere))
    viewer_open = False
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if not keys:
            continue
        owner = shortcut.parent()
        in_viewer = type(owner).__name__ == "ModuleViewer"
        viewer_open = viewer_open or in_viewer
        what = shortcut.whatsThis() or translate("shortcuts", "(not described)")
        where = in_module if in_viewer else translate("shortcuts", "On this page")
        found.append(Shortcut(keys, what, where))
    if not viewer_open:
        from desktop.viewer import ModuleViewer  # (the app imports the viewer lazily)

        for sequence, what, _slot in ModuleViewer.shortcut_list():
            found.append(Shortcut(_keys([sequence]), what, in_module))
    general = [
        (QKeySequence(Qt.Key.Key_Tab), translate("shortcuts", "Next control")),
        (
            QKeySequence("Shift+Tab"),
            translate("shortcuts", "Previous control"),
        ),
        (
            QKeySequence(Qt.Key.Key_Space),
            translate("shortcuts", "Press the focused button, tick the focused box"),
        ),
    ]
    found.extend(Shortcut(_keys([keys]), what, everywhere) for keys, what in general)
    return list(dict.fromkeys(found))


class ShortcutsDialog(QDialog):
    """A table of ``collect_shortcuts(window)``: keys, what they do, where they work."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        intro = QLabel(
            translate(
                "ShortcutsDialog",
                "Every key FRAMES LMS knows right now. Tab and Shift+Tab reach every control.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.shortcuts = collect_shortcuts(window)
        self.table = QTableWidget(len(self.shortcuts), 3, self)
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Keys"),
                translate("ShortcutsDialog", "Does"),
                translate("ShortcutsDialog", "Where"),
            ]
        )
        for row, shortcut in enumerate(self.shortcuts):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(theme.em(self, 40), theme.em(self, 28))
        self.table.setFocus()

    def texts(self) -> list[tuple[str, str, str]]:
        """The rows as shown (tests)."""
        return [(s.keys, s.action, s.where) for s in self.shortcuts]
