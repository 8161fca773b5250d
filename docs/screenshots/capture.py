"""Take the desktop app's screenshots (not the viewer-*.png ones) under Xvfb.

    xvfb-run -a -s "-screen 0 1400x1000x24" python docs/screenshots/capture.py

Runs the real demo server in a child process and drives the real app against it: sign-in,
the module list (demo data), the status area's states, 'Not synced', storage, faculty
preview, ``--preview DIR`` with a content error, and the list at 200 % scaling (a separate
process, since the scale is fixed at start-up). Writes PNGs next to this file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

SIZE = (1100, 720)


def wait(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if predicate():
            return
        time.sleep(0.02)
    raise TimeoutError("condition not met")


def settle(seconds: float = 0.4) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: object, name: str) -> None:
    settle()
    pixmap = widget.grab()  # type: ignore[attr-defined]
    pixmap.save(str(OUT / name))
    sys.stdout.write(f"wrote {name}\n")


def save_screen(window: object, name: str) -> None:
    """What the X server shows (a grab() of the widget cannot see video frames)."""
    from PySide6.QtWidgets import QApplication

    settle()
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(window.winId())  # type: ignore[attr-defined]
    pixmap.save(str(OUT / name))
    sys.stdout.write(f"wrote {name}\n")


def section_shots(window: object) -> None:
    """Each section type and the completion page, in the real app on the X server."""
    window.open_module("lab-safety-101")  # type: ignore[attr-defined]
    viewer = window.viewer  # type: ignore[attr-defined]
    for number, name in ((1, "app-text.png"), (2, "app-image.png"), (5, "app-checklist.png")):
        viewer.show_section(number)
        save_screen(window, name)
    viewer.show_section(3)
    video = viewer.views[3]
    video.toggle_playback()
    settle(2.5)  # a couple of seconds into the clip
    save_screen(window, "app-video.png")
    video.toggle_playback()
    # Now really complete the module: read on, watch the clip to the end, tick the sign-off.
    viewer.show_section(1)
    for number in (1, 2, 3, 4, 5):
        view = viewer.views[number]
        if number == 3:
            view.toggle_playback()
            wait(lambda: 3 in viewer.completed_sections(), timeout=30)
        if number == 5:
            for key in view.required_keys:
                view.boxes[key].click()
            settle()
        viewer.go_next()
        settle(0.3)
    wait(lambda: viewer.on_completion_page, timeout=30)
    save_screen(window, "app-completion.png")
    window.show_home()  # type: ignore[attr-defined]


def sign_in(window: object, url: str, email: str) -> None:
    from desktop.demo import DEMO_PASSWORD

    page = window.sign_in_page  # type: ignore[attr-defined]
    page.sign_in(server=url, email=email, password=DEMO_PASSWORD)
    wait(lambda: window.pages.currentWidget() is window.home)  # type: ignore[attr-defined]
    wait(lambda: len(window.home.model.module_rows()) > 0)  # type: ignore[attr-defined]


def student_shots(url: str, data: Path) -> None:
    from desktop.app import start
    from desktop.ops.status import StatusView, describe

    app = start(["--data-dir", str(data / "student"), "--server", url])
    window = app.window
    window.resize(*SIZE)
    settle(0.5)
    save(window, "sign-in.png")

    page = window.sign_in_page
    page.email.setText("chloe@frames.demo")
    page.password.setText("not-my-password")
    page.submit()
    wait(lambda: page.error.isVisible())
    save(window, "sign-in-error.png")

    sign_in(window, url, "chloe@frames.demo")
    ctx = app.ctx
    assert ctx is not None
    bridge = ctx.sync
    wait(lambda: bridge is not None and bridge.status is not None and not bridge.status.syncing)
    # Some progress: read the first two sections of Lab Safety 101.
    section_shots(window)
    window.open_module("lab-safety-101")
    window.viewer.go_next()
    settle(0.3)
    save(window, "module-open.png")
    window.show_home()
    window.home.view.clearSelection()
    window.home.view.setCurrentIndex(window.home.model.index(0, 0))
    save(window, "module-list.png")

    # The status area, one state after another (the words come from ops.status).
    area = window.status_area
    area.resize(SIZE[0], area.sizeHint().height())
    now = ctx.now()
    from datetime import timedelta

    states = {
        "status-online.png": StatusView("online", last_success=now, pending=0),
        "status-syncing.png": StatusView(
            "online", syncing=True, last_success=now - timedelta(minutes=4), pending=3
        ),
        "status-offline.png": StatusView(
            "offline", last_success=now - timedelta(minutes=42), pending=7
        ),
        "status-rejected.png": StatusView("online", last_success=now, pending=0, rejected=2),
        "status-signed-out.png": StatusView(
            "online", needs_sign_in=True, last_success=now - timedelta(hours=3), pending=2
        ),
    }
    for name, view in states.items():
        area.set_text(describe(view, now=now))
        save(area, name)
    from desktop.ops.media import MediaActivity

    area.set_text(describe(StatusView("online", last_success=now, pending=0), now=now))
    area.set_media(
        MediaActivity(
            downloading=True,
            done_bytes=12_400_000,
            total_bytes=30_100_000,
            files_done=3,
            files_total=7,
        )
    )
    save(area, "status-downloading.png")
    area.set_media(MediaActivity())
    window._refresh_status()

    # An item the server refused, then the Not synced view.
    owner = ctx.owner
    store = ctx.store
    for section, kind in ((3, "section_complete"), (5, "checklist_item")):
        event = store.record_event(
            owner=owner,
            module_id="welcome-to-the-lab",
            event_type=kind,
            section_number=section,
            event_data={"item": "badge-collected", "checked": True}
            if kind == "checklist_item"
            else None,
            session_id=ctx.session_id,
            device_type="desktop",
        )
        store.mark_sent([event.uuid])
        store.mark_rejected(
            event.uuid, "module 'welcome-to-the-lab' is not assigned to this student"
        )
    ctx.signals.data_changed.emit()
    window.show_not_synced()
    save(window, "not-synced.png")

    window.show_storage()
    wait(lambda: "file" in window.storage.cache_size.text())
    save(window, "storage.png")
    app.close()


def faculty_shots(url: str, data: Path) -> None:
    from desktop.app import start

    app = start(["--data-dir", str(data / "faculty"), "--server", url])
    window = app.window
    window.resize(*SIZE)
    sign_in(window, url, "faculty@frames.demo")
    wait(lambda: len(window.home.model.module_rows()) >= 5)
    settle(0.5)
    save(window, "faculty-modules.png")
    window.open_module("cubesat-power-budget")
    window.viewer.go_next()
    save(window, "faculty-preview.png")
    app.close()


def folder_preview_shots(data: Path) -> None:
    from desktop.app import start

    folder = data / "lab-safety-101"
    shutil.copytree(ROOT / "server_api" / "demo_content" / "lab-safety-101", folder)
    app = start(["--preview", str(folder)])
    window = app.window
    window.resize(*SIZE)
    wait(lambda: window.viewer is not None)
    save(window, "preview-folder.png")
    page = folder / "01-hazards.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("title:", "tittle:", 1), encoding="utf-8"
    )
    wait(lambda: window.error_text != "")
    save(window, "preview-folder-error.png")
    app.close()


def scaled_list_shot(url: str, data: Path, scale: str, name: str) -> None:
    """The same signed-in list in a fresh process with ``QT_SCALE_FACTOR``."""
    script = (
        "import sys; sys.path.insert(0, {root!r}); sys.argv=['x'];"
        "import capture as c; from desktop.app import start;"
        "app = start(['--data-dir', {data!r}]); w = app.window; w.resize(*c.SIZE);"
        "c.wait(lambda: len(w.home.model.module_rows()) > 0); c.settle(0.8);"
        "w.home.view.setCurrentIndex(w.home.model.index(0, 0)); c.save(w, {name!r}); app.close()"
    ).format(root=str(OUT), data=str(data / "student"), name=name)
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=ROOT, timeout=120)


def main() -> None:
    from desktop.app import _qapp
    from desktop.demo import DemoServer

    with tempfile.TemporaryDirectory(prefix="frames-shots-") as tmp:
        data = Path(tmp)
        server = DemoServer(data / "server")
        server.spawn()
        try:
            url = server.wait_ready()
            _qapp()
            student_shots(url, data)
            faculty_shots(url, data)
            folder_preview_shots(data)
            scaled_list_shot(url, data, "1.25", "module-list-125.png")
            scaled_list_shot(url, data, "2", "module-list-200.png")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
