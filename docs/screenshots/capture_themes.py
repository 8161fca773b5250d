"""The main window with the module list in the dark and high-contrast schemes.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/capture_themes.py

Builds the real main window over a local store seeded like the tests' (no server needed:
the list is there offline), with a card in progress and overdue, a locked one and a
completed one, and writes ``dark.png`` and ``high-contrast.png`` next to this file
(``light.png`` too with ``--light``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop import language, theme

    language.install_language("system")  # the app's words and date formats, as at start-up
    from desktop.context import AppContext, AppSignals
    from desktop.errors import ErrorReporter
    from desktop.ops.modules import ModuleGroup
    from desktop.tasks import TaskRunner
    from desktop.widgets.main_window import MainWindow
    from local_store import LocalStore
    from tests.desktop._builders import TODAY, seed_student

    folder = Path(tempfile.mkdtemp(prefix="frames-themes-"))
    store = LocalStore.open(folder / "store.sqlite3")
    ctx = AppContext(
        store=store,
        data_dir=folder,
        tasks=TaskRunner(),
        signals=AppSignals(),
        errors=ErrorReporter(),
    )
    seed_student(store)
    window = MainWindow(ctx)
    window.start()
    window.resize(1000, 640)
    window.show()
    rows = window.home.model.module_rows()
    shown = (
        replace(rows[0], status="in_progress", progress_percent=40, due="overdue"),
        replace(rows[1], due="soon"),
        replace(rows[2], status="completed", progress_percent=100),
    )
    window.home.model.set_groups(
        [ModuleGroup("required", "Required", shown)], today=TODAY, staff=False
    )
    schemes = ["dark", "high-contrast"] + (["light"] if "--light" in sys.argv else [])
    for name in schemes:
        theme.apply_theme(app, name)
        window.home.view.setFocus()
        app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        sys.stdout.write(f"wrote {name}.png\n")
    window.shutdown()
    window.close()
    ctx.tasks.shutdown()
    store.close()


if __name__ == "__main__":
    main()
