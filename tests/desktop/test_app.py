"""The app as a program: options, what start-up imports, the demo child process, exports."""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import demo
from desktop.app import build_parser, default_data_dir

ROOT = Path(__file__).resolve().parents[2]


def test_data_dir_is_the_one_frames_client_uses() -> None:
    from sync.client.cli import default_data_dir as client_data_dir

    assert default_data_dir() == client_data_dir()


def test_demo_credentials_match_the_servers_demo() -> None:
    from server_api.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    assert demo.DEMO_PASSWORD == DEMO_PASSWORD
    accounts = {a.email: a for a in DEMO_ACCOUNTS}
    student = accounts[demo.DEMO_STUDENT_EMAIL]
    assert (student.role, student.name) == ("student", demo.DEMO_STUDENT_NAME)
    assert accounts[demo.DEMO_FACULTY_EMAIL].role == "faculty"


def test_options() -> None:
    parser = build_parser()
    args = parser.parse_args(["--preview", "x", "--data-dir", "d"])
    assert (args.preview, args.data_dir, args.demo) == (Path("x"), Path("d"), False)
    with pytest.raises(SystemExit):
        parser.parse_args(["--demo", "--preview", "x"])
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0 and out.stdout.startswith("frames-desktop ")
    args = parser.parse_args(["--kiosk", "--idle-timeout", "90"])
    assert args.kiosk and args.idle_timeout == 90.0
    for bad in ("5", "abc", "-1"):
        with pytest.raises(SystemExit):
            parser.parse_args(["--kiosk", "--idle-timeout", bad])


def test_idle_timeout_without_kiosk_is_one_clear_line(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--idle-timeout", "60", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 1
    assert out.stderr.strip() == "frames-desktop: --idle-timeout is for --kiosk mode"


@pytest.mark.slow
def test_a_kiosk_refuses_to_close_but_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """SIGTERM (the service manager stopping it) ends a kiosk with status 0, although its
    window refuses every close request; Qt 6's quit() would ask the window and be refused."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--kiosk", "--data-dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (tmp_path / "store.sqlite3").exists():
            time.sleep(0.1)
        time.sleep(1.0)  # into the event loop
        app.send_signal(signal.SIGTERM)
        assert app.wait(30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(30)


_MODULES = [
    "desktop.a11y",
    "desktop.app",
    "desktop.context",
    "desktop.demo",
    "desktop.errors",
    "desktop.sync_bridge",
    "desktop.tasks",
    "desktop.theme",
    "desktop.kiosk._touch",
    "desktop.kiosk.countdown",
    "desktop.kiosk.enrol",
    "desktop.kiosk.header",
    "desktop.kiosk.idle",
    "desktop.kiosk.link_notice",
    "desktop.kiosk.picker",
    "desktop.kiosk.pin_dialog",
    "desktop.kiosk.pin_page",
    "desktop.kiosk.pin_pad",
    "desktop.kiosk.staff",
    "desktop.kiosk.window",
    "desktop.ops.auth",
    "desktop.ops.kiosk",
    "desktop.ops.media",
    "desktop.ops.modules",
    "desktop.ops.op",
    "desktop.ops.outbox",
    "desktop.ops.preview",
    "desktop.ops.session",
    "desktop.ops.status",
    "desktop.ops.storage",
    "desktop.widgets.main_window",
    "desktop.widgets.message_bar",
    "desktop.widgets.module_list",
    "desktop.widgets.not_synced",
    "desktop.widgets.preview_window",
    "desktop.widgets.shortcuts",
    "desktop.widgets.signin",
    "desktop.widgets.status_bar",
    "desktop.widgets.storage",
    "desktop.formats",
    "desktop.i18n",
    "desktop.language",
    "desktop.server_errors",
    "desktop.translations",
    "desktop.translations.catalogue",
]


@pytest.mark.parametrize("name", _MODULES)
def test_all_is_complete(name: str) -> None:
    """Every public name a module defines is exported (httpx's exported-members test)."""
    module = importlib.import_module(name)
    exported = set(module.__all__)
    defined = {
        key
        for key, value in vars(module).items()
        if not key.startswith("_")
        and getattr(value, "__module__", None) == name
        and (isinstance(value, type) or callable(value))
    }
    assert defined <= exported, sorted(defined - exported)
    assert all(hasattr(module, key) for key in exported)


_STARTUP_PROBE = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from local_store import LocalStore
from tests.desktop._builders import seed_student
with LocalStore.open({data!r} + "/store.sqlite3") as store:
    seed_student(store)
for name in list(sys.modules):
    if name.startswith(("local_store", "tests")):
        del sys.modules[name]
before = set(sys.modules)
from desktop.app import start
app = start(["--data-dir", {data!r}])
problems = []
app.ctx.errors.reported.connect(lambda what, message: problems.append(what + ": " + message))
ready = []
app.window.ready.connect(lambda: ready.append(True))
at_first_screen = sorted(set(sys.modules) - before)
rows = len(app.window.home.model.module_rows())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import time
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    QApplication.processEvents()
    if app.ctx.sync is not None and app.ctx.sync.started and "desktop.viewer" in sys.modules:
        break
    time.sleep(0.02)
app.window.open_module("lab-safety-101")
later = sorted(set(sys.modules) - before)
app.close()
print(json.dumps({{"first": at_first_screen, "later": later, "rows": rows, "problems": problems,
                  "ready": bool(ready)}}))
"""


def test_first_screen_imports_no_http_client_orm_or_server(tmp_path: Path) -> None:
    script = _STARTUP_PROBE.format(root=str(ROOT), data=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["rows"] == 3
    assert report["ready"] and report["problems"] == [], report

    def top(names: list[str]) -> set[str]:
        return {n.split(".")[0] for n in names} | {n for n in names if n.startswith("sync.")}

    first = top(report["first"])
    for heavy in ("httpx", "pydantic", "sqlalchemy", "fastapi", "server_api", "sync.client.engine"):
        assert heavy not in first, heavy
    later = top(report["later"])
    assert {"httpx", "sync.client.engine"} <= later  # sync started after the first screen
    for never in ("sqlalchemy", "fastapi", "server_api"):
        assert never not in later, never


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie child of ours is gone for every purpose; reap it.
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        return done == 0
    except ChildProcessError:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split()[2] != "Z"


@pytest.mark.slow
def test_demo_server_child_stops_with_the_app_even_when_killed(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--demo", "--data-dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    server_pid = 0
    try:
        pid_file = tmp_path / "demo-server.pid"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not pid_file.exists():
            time.sleep(0.1)
        server_pid, _port = (int(x) for x in pid_file.read_text().split())
        assert _alive(server_pid)
        app.send_signal(signal.SIGKILL)  # no atexit handlers run
        app.wait(30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _alive(server_pid):
            time.sleep(0.1)
        assert not _alive(server_pid), "the demo server outlived the app"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(30)
        if server_pid and _alive(server_pid):
            os.kill(server_pid, signal.SIGKILL)


def test_demo_server_stop_is_clean(tmp_path: Path) -> None:
    from desktop.demo import DemoServer

    class Sleeper(DemoServer):
        def command(self) -> list[str]:
            return [sys.executable, "-c", "import time; time.sleep(120)"]

    server = Sleeper(tmp_path)
    server.spawn()
    proc = server.proc
    assert proc is not None and server.pid_path.read_text().split()[0] == str(proc.pid)
    with pytest.raises(demo.DemoError, match="did not start within"):
        server.wait_ready(timeout=0.3)
    server.stop()
    assert proc.poll() is not None
    assert not server.pid_path.exists()
    server.stop()  # idempotent
