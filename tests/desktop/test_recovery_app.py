"""The app after its store file was damaged: rebuilt from the last backup and what could be
read back, it opens straight into the signed-in student's modules, offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from local_store import LocalStore
from tests.desktop._builders import seed_student

pytestmark = pytest.mark.qt


def test_a_damaged_store_opens_into_the_students_modules(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import start

    data = tmp_path / "client"
    with LocalStore.open(data / "store.sqlite3") as store:
        seed_student(store)
        store.backup()  # what the sync worker does every few minutes of use
        for n in range(400):
            store.record_event(
                owner="stu-1",
                module_id="lab-safety-101",
                event_type="click",
                event_data={"n": n, "pad": "x" * 200},
                session_id="s",
                device_type="desktop",
            )
    path = data / "store.sqlite3"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))

    app = start(["--data-dir", str(data)], show=False)
    qtbot.addWidget(app.window)
    try:
        window = app.window
        assert window.pages.currentWidget() is window.home  # type: ignore[union-attr]
        rows = window.home.model.module_rows()  # type: ignore[union-attr]
        assert [r.module_id for r in rows] == ["lab-safety-101", "soldering", "welcome"]
        assert told and "stay signed in" in told[0] and "backup of" in told[0]
        assert app.ctx is not None and app.ctx.store.recovery is not None
        qtbot.waitUntil(lambda: app.ctx is not None and app.ctx.tasks.running == 0, timeout=20_000)
    finally:
        app.close()
