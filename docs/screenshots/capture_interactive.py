"""Take the interactive section's screenshots offscreen (no server, no X server needed).

    python docs/screenshots/capture_interactive.py

Builds the interactive page alone (1100×720) on the demo picture
``server_api/demo_content/lab-hazard-hunt/media/bench.png`` with hotspots from its drawing's
rectangles (``packaging/make_demo_media.BENCH_OBJECTS``), and writes
``phase2-interactive-play.png`` (the hazard hunt half done, a hotspot's text shown) and
``phase2-interactive-done.png`` (both tasks done) next to this file.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from make_demo_media import BENCH_OBJECTS  # noqa: E402 - packaging/ is on sys.path

PICTURE = ROOT / "server_api" / "demo_content" / "lab-hazard-hunt" / "media" / "bench.png"
SIZE = (1100, 720)
TEXTS = {
    "soldering-iron": (
        "Soldering iron, left on",
        "**Hot and out of its stand.** At 350 °C it burns skin, cables and the bench. "
        "Put it back in the stand and switch the station off whenever you step away.",
    ),
    "soldering-station": ("Soldering station", "Its lamp and display say it is on."),
    "coffee-cup": (
        "Coffee next to a power strip",
        "One knock and the drink is in the sockets. Drinks stay off the bench.",
    ),
    "power-strip": ("Power strip", "Two plugs in, switched on."),
    "frayed-cable": (
        "Frayed cable",
        "**Bare copper is showing.** Unplug it at the wall, tag it *Do not use* and tell "
        "the lab manager. Never tape over a damaged cable.",
    ),
    "eyewash-sign": ("Eyewash station sign", "The eyewash station is below this sign."),
    "extinguisher-mount": ("Empty extinguisher mount", "The extinguisher belongs here."),
    "extinguisher": (
        "Fire extinguisher on the floor",
        "Knocked off its mount, it blocks the way and nobody will find it in a hurry.",
    ),
    "bench": ("Workbench", "Keep it clear: only what you are working on."),
}


def config() -> dict[str, Any]:
    hotspots = [
        {"id": name, "label": TEXTS[name][0], "text": TEXTS[name][1], "rect": list(rect)}
        for name, rect in BENCH_OBJECTS.items()
    ]
    return {
        "environment_type": "image",
        "hotspots": hotspots,
        "tasks": [
            {
                "kind": "find",
                "id": "hazards",
                "prompt": "Find the four hazards on and around the bench",
                "targets": ["soldering-iron", "coffee-cup", "frayed-cable", "extinguisher"],
            },
            {
                "kind": "place",
                "id": "put-back",
                "prompt": "Put things back where they belong",
                "items": [
                    {
                        "id": "extinguisher",
                        "label": "Fire extinguisher",
                        "target": "extinguisher-mount",
                    },
                    {"id": "iron", "label": "Soldering iron", "target": "soldering-station"},
                ],
            },
        ],
    }


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.viewer import ViewerTiming
    from desktop.viewer.sections.interactive import InteractiveSectionView
    from local_store import ModuleRecord, SectionRecord
    from tests.desktop.test_viewer import FakeSession

    app = QApplication.instance() or QApplication([])
    from desktop import theme

    theme.apply_theme(app, "light")  # the look the app starts with
    section = SectionRecord(
        section_number=2,
        section_type="interactive",
        content="Someone left this bench in a hurry. Tap what is wrong, then put things back.",
        title="Hazard hunt",
        media_url="media/bench.png",
        section_config=config(),
    )
    session = FakeSession(
        module=ModuleRecord(module_id="lab-hazard-hunt", title="Hazard hunt", sections=(section,)),
        media={2: PICTURE},
    )
    view = InteractiveSectionView(section, session=session, timing=ViewerTiming())
    view.resize(*SIZE)
    view.show()
    view.activate()
    while view.scene.image is None:
        app.processEvents()
    scene = view.scene

    def tap(hotspot: str) -> None:
        scene.activated.emit(hotspot, "pointer")
        app.processEvents()

    tap("soldering-iron")
    tap("bench")  # not a hazard
    tap("frayed-cable")
    settle(1.2)  # past the wrong tap's flash
    save(view, "phase2-interactive-play.png")
    tap("coffee-cup")
    tap("extinguisher")
    for item, target in (("extinguisher", "extinguisher-mount"), ("iron", "soldering-station")):
        view.chips["put-back"][item].click()
        tap(target)
    settle(1.2)
    save(view, "phase2-interactive-done.png")
    view.shutdown()


def settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def save(view: Any, name: str) -> None:
    settle(0.2)
    view.grab().save(str(OUT / name))
    sys.stdout.write(f"wrote {name}\n")


if __name__ == "__main__":
    main()
