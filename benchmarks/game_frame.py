"""Frame time of the game page while its countdown runs (``desktop.viewer.sections.game``).

Shows the page offscreen at 1100x720 with a timed level in play (a choice challenge with
eight options on screen, the countdown running) and, for ``--seconds`` (3 s), times each of
the countdown's own timer ticks together with a full repaint of the page
(``QWidget.repaint()``): the work one frame of a running countdown costs. The clock it
reads moves one second per tick, so every tick changes the label (the worst case; in use
only one tick in ten does). The target is p99 < 16 ms (one frame at 60 Hz). Prints one JSON
line last:

    {"frame_ms": {"p50": ..., "p99": ..., "max": ...}, "ticks": n, "target_p99_ms": 16}

    python benchmarks/game_frame.py [--seconds 3] [--interval-ms 100]

``--interval-ms`` ticks faster than the page does (10 gathers ten times the samples; the
cost of a tick does not depend on the interval).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import percentile  # noqa: E402 - benchmarks/ is on sys.path

TARGET_P99_MS = 16

OPTIONS = [
    "Solder wick lifts excess solder off a pad",
    "Flux keeps the joint from oxidising while it heats",
    "A cold joint looks dull and grainy",
    "Lead-free solder melts at a higher temperature",
    "The tip is tinned to carry heat into the joint",
    "A good joint is concave and shiny",
    "Heat the pad and the lead together",
    "Never blow on a joint to cool it",
]
GAME: dict[str, Any] = {
    "game_type": "quiz",
    "difficulty_levels": [
        {
            "name": "Against the clock",
            "time_limit": 3600,
            "pass_score": 80,
            "challenges": [
                {
                    "kind": "choice",
                    "id": f"q{i}",
                    "prompt": "Which of these is **true** of a good solder joint?",
                    "options": OPTIONS,
                    "correct": i % len(OPTIONS),
                    "explanation": "Shiny and concave: the solder wetted both metals.",
                }
                for i in range(10)
            ],
        }
    ],
}


class _Session:
    """The least a ``ViewerSession`` must do for one page (records go nowhere)."""

    preview = False

    def record(self, event_type: str, **_: Any) -> None:
        pass

    def derived(self) -> Any:
        raise NotImplementedError

    def media_path(self, section: Any) -> Path | None:
        return None

    def media_message(self, section: Any) -> str:
        return ""

    def open_url(self, url: str) -> None:
        pass


def frame_times(seconds: float = 3.0, interval_ms: int = 100) -> dict[str, Any]:
    """Milliseconds per countdown tick plus repaint over ``seconds`` of play."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.viewer import ViewerTiming
    from desktop.viewer.sections.game import GameSectionView
    from local_store.records import SectionRecord

    app = QApplication.instance() or QApplication([])
    fake_now = [0.0]
    section = SectionRecord(1, "game", "A timed quiz.", title="Quiz", section_config=GAME)
    view = GameSectionView(
        section, session=_Session(), timing=ViewerTiming(clock=lambda: fake_now[0])
    )
    view.resize(1100, 720)
    view.show()
    QTest.qWaitForWindowExposed(view)
    view.activateWindow()
    deadline = time.monotonic() + 5
    while not view.isActiveWindow() and time.monotonic() < deadline:
        app.processEvents()
    view.activate()
    view.start(0)
    app.processEvents()
    if not view._ticker.isActive():
        raise RuntimeError("the countdown did not start (is the window active?)")
    view.repaint()  # the first paint lays out and caches glyphs: not a frame of play

    timings: list[float] = []
    ticker = view._ticker
    ticker.timeout.disconnect(view.tick)
    ticker.setInterval(interval_ms)

    def measured_tick() -> None:
        start = time.perf_counter()
        fake_now[0] += 1.0  # every tick shows a new mm:ss
        view.tick()
        view.repaint()
        timings.append((time.perf_counter() - start) * 1000)

    ticker.timeout.connect(measured_tick)
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    ticker.stop()
    print(f"countdown at the end: {view.countdown.text()} (the clock moved 1 s per tick)")
    view.shutdown()
    view.close()
    view.deleteLater()
    app.processEvents()
    return {
        "frame_ms": {
            "p50": round(percentile(timings, 50), 3),
            "p99": round(percentile(timings, 99), 3),
            "max": round(max(timings), 3) if timings else float("nan"),
        },
        "ticks": len(timings),
        "target_p99_ms": TARGET_P99_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--interval-ms", type=int, default=100)
    args = parser.parse_args()
    result = frame_times(args.seconds, args.interval_ms)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
