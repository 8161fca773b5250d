"""Fixtures for the desktop tests: a local store, the app context, the main window, servers.

Every wait is bounded (``qtbot.waitUntil`` with a timeout) and every child process is
stopped in teardown.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from local_store import LocalStore


@pytest.fixture(scope="session", autouse=True)
def _app_theme(qapp: Any) -> None:
    """The look the app always starts with (``desktop.app`` applies a scheme): Fusion with
    the light scheme, so every screen is tested as a student sees it, whatever ran first."""
    from desktop import theme

    theme.apply_theme(qapp, "light")


@pytest.fixture
def local_store(tmp_path: Path) -> Iterator[LocalStore]:
    store = LocalStore.open(tmp_path / "client" / "store.sqlite3")
    yield store
    store.close()


@pytest.fixture
def app_ctx(qapp: Any, local_store: LocalStore, tmp_path: Path) -> Iterator[Any]:
    """An ``AppContext`` over a fresh store, syncing every 60 s, backing off from 0.2 s."""
    from desktop.context import AppContext, AppSignals
    from desktop.errors import ErrorReporter
    from desktop.tasks import TaskRunner

    tasks = TaskRunner()
    ctx = AppContext(
        store=local_store,
        data_dir=tmp_path / "client",
        tasks=tasks,
        signals=AppSignals(),
        errors=ErrorReporter(),
    )
    reported: list[tuple[str, str]] = []
    ctx.errors.reported.connect(lambda what, message: reported.append((what, message)))
    ctx.reported = reported  # type: ignore[attr-defined]
    yield ctx
    if ctx.sync is not None:
        ctx.sync.stop()
    tasks.shutdown(wait=True)


@pytest.fixture
def main_window(app_ctx: Any, qtbot: Any) -> Iterator[Any]:
    from desktop.widgets.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    yield window
    window.shutdown()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """``frames-server demo`` on SQLite in a child process, shared by the session."""
    from desktop.demo import DemoServer

    server = DemoServer(tmp_path_factory.mktemp("demo-server"))
    server.spawn()
    try:
        server.wait_ready(timeout=120)
        yield server
    finally:
        server.stop()


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
