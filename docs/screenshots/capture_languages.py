"""Take the Spanish and Arabic screenshots: the main window with the demo's modules.

    python docs/screenshots/capture_languages.py

Runs the real demo server in a child process and, per language, a fresh app process
(``frames-desktop --lang es`` / ``--lang ar``: the language is chosen at start-up) signed in
as the demo student; writes ``spanish.png`` and ``arabic.png`` (mirrored: right to left)
next to this file. The modules' own titles and texts are content and stay as written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
SHOTS = {"es": "spanish.png", "ar": "arabic.png"}


def shoot(language: str, url: str, data: Path) -> None:
    """In this process: start the app in ``language``, sign in, save the module list."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(OUT))
    from capture import SIZE, save, settle, sign_in

    from desktop.app import start

    app = start(["--data-dir", str(data / language), "--server", url, "--lang", language])
    window = app.window
    window.resize(*SIZE)
    sign_in(window, url, "chloe@frames.demo")
    window.home.view.setCurrentIndex(window.home.model.index(1, 0))
    settle(1.0)
    save(window, SHOTS[language])
    app.close()


def main() -> None:
    if len(sys.argv) == 4:  # a child: language, server address, data folder
        shoot(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
        return
    sys.path.insert(0, str(ROOT))
    from desktop.demo import DemoServer

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="frames-lang-shots-") as tmp:
        data = Path(tmp)
        server = DemoServer(data / "server")
        server.spawn()
        try:
            url = server.wait_ready()
            for language in SHOTS:
                subprocess.run(
                    [sys.executable, __file__, language, url, str(data)],
                    check=True,
                    env=env,
                    timeout=300,
                )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
