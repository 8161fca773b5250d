"""Run as a script: play a demo module's video section to its end in the app's ``--preview``
window (extra arguments go to the app, e.g. ``--verbose``); prints ``watched=True|False``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "server_api" / "demo_content" / "lab-safety-101"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.app import start

    app = start(["--preview", str(MODULE), *sys.argv[1:]], show=False)
    window: Any = app.window

    def run_until(ok: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not ok() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        return bool(ok())

    run_until(lambda: window.viewer is not None, 60)
    window.viewer.show_section(3)
    video = window.viewer.views[3]
    run_until(lambda: video.player is not None, 20)
    video.toggle_playback()
    watched = run_until(lambda: video._watched, 30)
    sys.stdout.write(f"watched={watched}\n")
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
