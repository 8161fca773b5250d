"""Run as a script: open a demo module (text, image, video, checklist) in the app's
``--preview`` window, walk through every section and print one JSON line of what each shows
(with ``FRAMES_SCREENSHOTS=1`` also saves ``docs/screenshots/viewer-video-unavailable.png``).

With ``FRAMES_TEST_BLOCK_MULTIMEDIA=1`` an import hook makes ``PySide6.QtMultimedia`` (and
its widgets) raise the ``ImportError`` the loader raises when ``libpulse.so.0`` is missing;
the test also runs it where the library itself cannot be loaded (a private mount namespace).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "server_api" / "demo_content" / "lab-safety-101"


class _NoMultimedia:
    """A meta path finder refusing Qt Multimedia as a missing shared library does."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError(
                "libpulse.so.0: cannot open shared object file: No such file or directory"
            )
        return None


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("FRAMES_TEST_BLOCK_MULTIMEDIA") == "1":
        sys.meta_path.insert(0, _NoMultimedia())
    from PySide6.QtWidgets import QApplication

    from desktop.app import start

    app = start(["--preview", str(MODULE)], show=False)
    window: Any = app.window
    deadline = time.monotonic() + 60
    while window.viewer is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    viewer = window.viewer
    shown: dict[str, Any] = {"error": window.error_text}
    window.resize(1000, 700)
    if viewer is not None:
        for number in range(1, 6):
            viewer.show_section(number)
            view = viewer.views[number]
            entry: dict[str, Any] = {"view": type(view).__name__}
            if hasattr(view, "source"):
                until = time.monotonic() + 20
                while view.source is None and time.monotonic() < until:
                    QApplication.processEvents()
                    time.sleep(0.02)
                entry["image_loaded"] = view.source is not None
            if hasattr(view, "browser"):
                entry["text"] = view.browser.document().toPlainText()[:40]
            if hasattr(view, "problem") and os.environ.get("FRAMES_SCREENSHOTS") == "1":
                window.show()
                for _ in range(5):
                    QApplication.processEvents()
                shot = ROOT / "docs" / "screenshots" / "viewer-video-unavailable.png"
                viewer.grab().save(str(shot))  # the viewer alone, as the other viewer-*
            if hasattr(view, "problem"):
                entry["title"] = view.message.heading()
                entry["message"] = view.message.text()
                entry["caption"] = view.caption.text()[:40]
                entry["transcript"] = view.transcript is not None and view.transcript.text()
                entry["completes_on_next"] = view.completes_on_next()
            if hasattr(view, "boxes"):
                box = view.boxes["exits"]
                box.click()
                entry["ticked"] = box.isChecked()
            shown[str(number)] = entry
    shown["multimedia_loaded"] = "PySide6.QtMultimedia" in sys.modules
    sys.stdout.write(json.dumps(shown) + "\n")
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
