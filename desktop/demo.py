"""``frames-desktop --demo``: run the server's demo as a child process and sign in to it.

The demo server (``frames-server demo``: SQLite, the sample modules with their images and
videos, demo accounts) runs as ``python -m server_api.cli demo`` on a free local port with
its data in the desktop's data folder; the desktop never imports the server. In a frozen
bundle (PyInstaller, ``sys.frozen``) there is no Python to run ``-m`` with: the bundle's own
``frames-server`` program, next to ``frames-desktop``, runs it instead. The child
ends with the app: ``stop()`` at exit (``atexit``), and on Linux the kernel also sends it
SIGTERM if the app dies without running its exit handlers (``PR_SET_PDEATHSIG``).

Should the child die while the app runs, ``revive()`` (the window calls it every second)
reaps it (no zombie) and starts a new one on the same port, so the address the app signed
in with stays right; one that keeps dying (three times within a minute) is given up with a
``DemoError`` saying why.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Final

from desktop.i18n import translate

__all__ = [
    "DEMO_FACULTY_EMAIL",
    "DEMO_PASSWORD",
    "DEMO_STUDENT_EMAIL",
    "DEMO_STUDENT_NAME",
    "DemoError",
    "DemoServer",
    "free_port",
    "server_program",
]

# Must match server_api/demo.py (a test checks): Chloe is on the Power team, so her list
# shows every group (required, optional, recommended), a due date and a locked module.
DEMO_STUDENT_EMAIL: Final = "chloe@frames.demo"
DEMO_STUDENT_NAME: Final = "Chloe Nguyen"
DEMO_FACULTY_EMAIL: Final = "faculty@frames.demo"
DEMO_PASSWORD: Final = "frames-demo"

_PR_SET_PDEATHSIG: Final = 1
# Restarts allowed within _RESTART_WINDOW seconds before a dying demo server is given up.
_MAX_RESTARTS: Final = 3
_RESTART_WINDOW: Final = 60.0

log = logging.getLogger("frames.desktop")


def _find_prctl() -> Callable[..., Any] | None:
    """libc's ``prctl``, looked up now: the child between fork and exec (when the app has
    threads, as on a restart) must not load anything."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl: Callable[..., Any] = ctypes.CDLL(None).prctl
        return prctl
    except (OSError, AttributeError):
        return None


_PRCTL: Final = _find_prctl()


class DemoError(Exception):
    """Raised when the demo server does not start; ``str()`` says why, in words."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def server_program() -> list[str]:
    """How to start ``frames-server``: the bundled program when frozen, else this Python."""
    if _frozen():
        name = "frames-server.exe" if sys.platform == "win32" else "frames-server"
        return [str(Path(sys.executable).with_name(name))]
    return [sys.executable, "-m", "server_api.cli"]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGTERM))


class DemoServer:
    """One demo server child process, its data under ``data_dir``.

    Invariants: at most one child per instance; after ``stop()`` (or interpreter exit) the
    child is gone. Start it with ``spawn()`` (fast, call it before threads exist), then
    ``wait_ready()`` (blocking, call it on a worker); ``revive()`` from the UI thread. The
    child is replaced under a lock, so a ``wait_ready`` that is running follows it.
    """

    def __init__(self, data_dir: Path, *, port: int | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._restarts: deque[float] = deque(maxlen=_MAX_RESTARTS)
        self._lock = threading.RLock()
        self.restarts = 0  # how many times revive() started it again

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "demo-server.log"

    @property
    def pid_path(self) -> Path:
        return self.data_dir / "demo-server.pid"

    def command(self) -> list[str]:
        database = self.data_dir / "demo-server.sqlite3"
        return [
            *server_program(),
            "demo",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--database-url",
            f"sqlite:///{database}",
            "--log-level",
            "warning",
        ]

    def spawn(self) -> None:
        with self._lock:
            if self.proc is None:
                self._start()

    def _start(self, *, append: bool = False) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "FRAMES_DATA_DIR": str(self.data_dir / "demo-server")}
        env.pop("FRAMES_DATABASE_URL", None)
        # The server ships beside this package: run that one, whatever the working folder.
        root = Path(__file__).resolve().parents[1]
        if not _frozen() and (root / "server_api").is_dir():
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
        self._log = self.log_path.open("ab" if append else "wb")  # a restart adds to it
        self.proc = subprocess.Popen(
            self.command(),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            preexec_fn=_die_with_parent if _PRCTL is not None else None,
        )
        self.pid_path.write_text(f"{self.proc.pid} {self.port}\n", encoding="ascii")
        atexit.register(self.stop)

    def revive(self) -> bool:
        """If the child died (``stop()`` was not called), reap it and start a new one on the
        same port; return whether it did. ``DemoError`` when it died three times within a
        minute (then it stays stopped)."""
        with self._lock:
            proc = self.proc
            if proc is None or proc.poll() is None:  # poll() reaps a dead child: no zombie
                return False
            why = f"exit status {proc.returncode}: {self._log_tail()}"
            now = time.monotonic()
            full = len(self._restarts) == _MAX_RESTARTS
            if full and now - self._restarts[0] < _RESTART_WINDOW:
                self.stop()
                raise DemoError(
                    translate("DemoServer", "the demo server keeps stopping ({why})").format(
                        why=why
                    )
                )
            log.warning(
                "the demo server stopped (%s): starting it again on port %d", why, self.port
            )
            self._restarts.append(now)
            self.restarts += 1
            if self._log is not None:
                self._log.close()
                self._log = None
            self._start(append=True)
            return True

    def wait_ready(self, timeout: float = 120.0) -> str:
        """Block until ``/health`` answers; return the server URL. ``DemoError`` otherwise."""
        import urllib.error
        import urllib.request

        self.spawn()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                proc = self.proc
                code = None if proc is None else proc.poll()
            if proc is None:
                raise DemoError(translate("DemoServer", "the demo server was stopped"))
            if code is not None:
                raise DemoError(
                    translate(
                        "DemoServer", "the demo server stopped (exit status {code}): {log}"
                    ).format(code=code, log=self._log_tail())
                )
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=1.0) as resp:
                    if resp.status == 200:
                        return self.url
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise DemoError(
            translate("DemoServer", "the demo server did not start within {seconds} s").format(
                seconds=f"{timeout:.0f}"
            )
        )

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return "no output"
        useful = [line for line in lines if line.strip()]
        return useful[-1] if useful else "no output"

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the child (then kill it if it lingers). Idempotent."""
        with self._lock:
            proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        if self._log is not None:
            self._log.close()
            self._log = None
        with contextlib.suppress(OSError):
            self.pid_path.unlink()
        with contextlib.suppress(ValueError):
            atexit.unregister(self.stop)
