"""``frames-desktop --preview DIR``: a module folder from disk, reloaded as it changes.

No server, no account, no local store: faculty write a module folder and see it exactly as
students will while they type. A ``QFileSystemWatcher`` watches the folder, its
sub-folders and every file; changes are collected for a moment (editors write a file in
several steps) and the folder is loaded again in the background. A content error is shown
in plain words with its file and line above the last good rendering, never as a crash.
"""

from __future__ import annotations

import html
import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import a11y, theme
from desktop.i18n import translate
from desktop.ops.preview import FolderPreview, content_error_text, load_preview, watch_paths
from desktop.ops.session import FolderPreviewSession
from desktop.tasks import TaskRunner

__all__ = ["PreviewWindow"]

log = logging.getLogger("frames.desktop")


class PreviewWindow(QMainWindow):
    """Signals: ``reloaded`` after a good load is shown, ``failed(text)`` after a bad one."""

    reloaded = Signal()
    failed = Signal(str)

    def __init__(self, folder: Path, *, tasks: TaskRunner, debounce_ms: int = 250) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.tasks = tasks
        self.viewer: Any = None
        self.preview: FolderPreview | None = None
        self.error_text = ""
        self._loading = False
        self._again = False
        self._closing = False
        self.setObjectName("preview-window")
        self.setWindowTitle(
            translate("PreviewWindow", "Preview: {name} — FRAMES LMS").format(name=self.folder.name)
        )

        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel(central)
        self.error.setObjectName("preview-error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("PreviewWindow", "Content error"))
        pad = theme.em(self, 0.6)
        self.error.setContentsMargins(pad * 2, pad, pad * 2, pad)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setAutoFillBackground(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_colors(
            self.error,
            {QPalette.ColorRole.Window: "problem", QPalette.ColorRole.WindowText: "danger"},
        )
        self.error.hide()
        self.placeholder = QLabel(translate("PreviewWindow", "Loading…"), central)
        self.placeholder.setWordWrap(True)
        theme.set_role(self.placeholder, theme.muted())
        self.placeholder.setContentsMargins(pad * 2, pad * 2, pad * 2, pad * 2)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.placeholder, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            translate(
                "PreviewWindow",
                "Previewing {folder} — changes appear when you save. Nothing is recorded.",
            ).format(folder=self.folder)
        )
        self.close_button = QPushButton(translate("PreviewWindow", "Close preview"), self)
        self.close_button.setObjectName("close-preview")
        self.close_button.setToolTip(translate("PreviewWindow", "Close this preview (Ctrl+W)"))
        self.close_button.clicked.connect(self.close)
        self.statusBar().addPermanentWidget(self.close_button)
        self._build_menus()

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.reload)
        self.resize(theme.em(self, 52), theme.em(self, 38))

    def _build_menus(self) -> None:
        """File: Reload, Close (Ctrl+W) and Quit (Ctrl+Q); a window that can be left."""
        menu = self.menuBar().addMenu(translate("PreviewWindow", "&File"))
        self.reload_action = QAction(translate("PreviewWindow", "&Reload"), self)
        self.reload_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_F5), QKeySequence(QKeySequence.StandardKey.Refresh)]
        )
        self.reload_action.triggered.connect(self.reload)
        menu.addAction(self.reload_action)
        menu.addSeparator()
        self.close_action = QAction(translate("PreviewWindow", "&Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        menu.addAction(self.close_action)
        self.quit_action = QAction(translate("PreviewWindow", "&Quit"), self)
        # Ctrl+Q everywhere (StandardKey.Quit is empty on some desktops, e.g. Windows).
        keys = [QKeySequence("Ctrl+Q")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if k not in keys
        ]
        self.quit_action.setShortcuts(keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self._quit)
        menu.addAction(self.quit_action)

    def _quit(self) -> None:
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        if self._closing:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        folder = self.folder
        self.tasks.storage(
            lambda: load_preview(folder),
            on_done=self._loaded,
            on_error=self._failed,
            what=translate("PreviewWindow", "loading the module folder"),
        )

    def _finish_load(self) -> None:
        self._loading = False
        self._watch()
        if self._again:
            self._again = False
            self.reload()

    def _loaded(self, preview: FolderPreview) -> None:
        if self._closing:
            return
        viewer_mod = importlib.import_module("desktop.viewer")
        section = self.viewer.current_section() if self.viewer is not None else 1
        self._close_viewer()
        self.preview = preview
        session = FolderPreviewSession(preview.module, preview.media_files)
        viewer = viewer_mod.ModuleViewer(preview.module, session, self.centralWidget())
        viewer.back_requested.connect(lambda: viewer.show_section(1))
        self._layout.addWidget(viewer, 1)
        self.viewer = viewer
        self.placeholder.hide()
        numbers = [s.section_number for s in preview.module.sections]
        if section in numbers and section != numbers[0]:
            viewer.show_section(section)
        if preview.problems:
            lines = [content_error_text(p) for p in preview.problems]
            self.error_text = "\n".join(lines)
            files = len({p.file for p in preview.problems})
            which = translate("PreviewWindow", "%n section file(s)", n=files)
            what = translate("PreviewWindow", "%n problem(s)", n=len(lines))
            self.error.setText(
                translate(
                    "PreviewWindow",
                    "<b>{files}: {problems}</b> (shown in place; the other sections work):",
                ).format(files=which, problems=what)
                + "<br>"
                + "<br>".join(html.escape(line) for line in lines)
            )
            self.error.show()
        elif preview.warnings:
            self.error_text = "\n".join(preview.warnings)
            self.error.setText(
                translate("PreviewWindow", "<b>To mend</b> (the module works as it is):")
                + "<br>"
                + "<br>".join(html.escape(line) for line in preview.warnings)
            )
            self.error.show()
        else:
            self.error_text = ""
            self.error.hide()
        self.setWindowTitle(
            translate("PreviewWindow", "Preview: {name} — FRAMES LMS").format(
                name=preview.module.title
            )
        )
        self._finish_load()
        self.reloaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._closing:
            return
        text = content_error_text(exc)
        if not isinstance(exc, (ValueError, OSError)):
            log.error("preview failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.error_text = text
        shown = (
            translate("PreviewWindow", "the last version that loaded is shown below")
            if self.viewer
            else translate("PreviewWindow", "fix it and save")
        )
        self.error.setText(
            translate("PreviewWindow", "<b>This module has a problem</b> ({what}):").format(
                what=shown
            )
            + "<br>"
            + html.escape(text)
        )
        self.error.show()
        if self.viewer is None:
            self.placeholder.setText(
                translate("PreviewWindow", "Nothing to show until the problem above is fixed.")
            )
        self._finish_load()
        self.failed.emit(text)

    def _close_viewer(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is not None:
            viewer.shutdown()
            self._layout.removeWidget(viewer)
            viewer.hide()
            viewer.deleteLater()

    # -- watching ----------------------------------------------------------------------------

    def _watch(self) -> None:
        dirs, files = watch_paths(self.folder)
        wanted = set(dirs) | set(files)
        current = set(self.watcher.files()) | set(self.watcher.directories())
        stale = sorted(current - wanted)
        if stale:
            self.watcher.removePaths(stale)
        new = sorted(wanted - current)
        if new:
            self.watcher.addPaths(new)

    def _changed(self, _path: str) -> None:
        self._debounce.start()

    def shutdown(self) -> None:
        self._closing = True
        self._debounce.stop()
        self._close_viewer()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        # Tab stops on controls only, in the chain the viewer sets (see desktop.a11y).
        return a11y.focus_next(self, next) or super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
