"""``frames-desktop --demo``: a demo server child that dies is reaped and started again on
the same port; *Help → About* says where it listens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop import demo

ROOT = Path(__file__).resolve().parents[2]


def _state(pid: int) -> str | None:
    """The process's state letter (``Z``: a zombie nobody reaped), ``None`` once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


class Sleeper(demo.DemoServer):
    """A demo server that is only a sleeping child process."""

    def command(self) -> list[str]:
        return [sys.executable, "-c", "import time; time.sleep(120)"]


def test_a_dead_child_is_reaped_and_started_again_on_the_same_port(tmp_path: Path) -> None:
    server = Sleeper(tmp_path, port=8123)
    server.spawn()
    try:
        assert server.revive() is False  # alive: nothing to do
        pids = []
        for _ in range(3):
            proc = server.proc
            assert proc is not None
            pids.append(proc.pid)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)  # dead; the next revive() reaps it (poll)
            assert server.revive() is True
            assert server.proc is not None and server.proc.pid not in pids
            assert server.pid_path.read_text().split() == [str(server.proc.pid), "8123"]
        assert server.restarts == 3
        for pid in pids:
            assert _state(pid) is None  # reaped, no zombie left
        assert server.proc is not None
        os.kill(server.proc.pid, signal.SIGKILL)
        server.proc.wait(10)
        with pytest.raises(demo.DemoError, match="keeps stopping"):
            server.revive()  # a fourth death within a minute: given up, and said so
        assert server.proc is None and not server.pid_path.exists()
    finally:
        server.stop()


def test_about_shows_the_demo_servers_address(main_window_with_demo: Any) -> None:
    text = main_window_with_demo.about_text()
    assert "http://127.0.0.1:8123" in text and "port 8123" in text
    assert "localhost:8000" in text


@pytest.fixture
def main_window_with_demo(app_ctx: Any, qtbot: Any, tmp_path: Path) -> Any:
    from desktop.widgets.main_window import MainWindow

    window = MainWindow(app_ctx, demo=Sleeper(tmp_path / "demo", port=8123))
    qtbot.addWidget(window)
    yield window
    window.shutdown()


@pytest.mark.slow
def test_the_app_restarts_its_demo_server_when_it_is_killed(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--demo", "--data-dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    pid_file = tmp_path / "demo-server.pid"

    def wait(ok: Any, timeout: float, what: str) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = ok()
            if found:
                return found
            assert app.poll() is None, "the app stopped"
            time.sleep(0.1)
        raise AssertionError(f"{what} within {timeout} s")

    def health(port: int) -> bool:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    first = 0
    try:
        first, port = wait(
            lambda: pid_file.exists() and [int(x) for x in pid_file.read_text().split()],
            90,
            "no demo server",
        )
        wait(lambda: health(port), 90, "the demo server did not answer")
        os.kill(first, signal.SIGKILL)
        second, again = wait(
            lambda: (
                [int(x) for x in pid_file.read_text().split()]
                if pid_file.exists() and pid_file.read_text().split()[0] != str(first)
                else None
            ),
            30,
            "the demo server was not started again",
        )
        assert again == port
        wait(lambda: health(port), 90, "the restarted demo server did not answer")
        wait(lambda: _state(first) is None, 10, "the dead demo server was not reaped")
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(10)
        if pid_file.exists():
            pid = int(pid_file.read_text().split()[0])
            if _state(pid) not in (None, "Z"):
                os.kill(pid, signal.SIGKILL)
