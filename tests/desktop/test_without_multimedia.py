"""Without the system libraries Qt Multimedia needs (``libpulse.so.0``), a module still opens:
text, image and checklist sections work, and the video section says what is missing and how
to install it. Run in a child process: once by an import hook that refuses
``PySide6.QtMultimedia`` as the loader does, once with the library itself made unloadable
(``/dev/null`` bind-mounted over it in a private mount namespace, as root)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("_open_without_multimedia.py")


def _need(ok: bool, why: str) -> None:
    if not ok:
        if IN_CI:
            pytest.fail(f"{why} (required under CI=true)")
        pytest.skip(why)


def _run(prefix: list[str], **env: str) -> dict[str, Any]:
    proc = subprocess.run(
        [*prefix, sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    shown: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return shown


def _check(shown: dict[str, Any]) -> None:
    assert shown["error"] == ""
    assert shown["1"]["view"] == "TextSectionView" and "Hazards" in shown["1"]["text"]
    assert shown["2"] == {"view": "ImageSectionView", "image_loaded": True}
    video = shown["3"]
    assert video["view"] == "VideoUnavailableSectionView"
    assert "libpulse.so.0" in video["message"]
    assert "sudo apt install libpulse0" in video["message"]
    assert video["completes_on_next"] is True
    assert "Goggles on" in video["transcript"]  # the demo clip's transcript stands in
    assert shown["4"]["view"] == "TextSectionView"
    assert shown["5"] == {"view": "ChecklistSectionView", "ticked": True}
    assert shown["multimedia_loaded"] is False


def test_a_module_opens_when_qt_multimedia_cannot_be_imported() -> None:
    _check(_run([], FRAMES_TEST_BLOCK_MULTIMEDIA="1"))


def _libpulse() -> str | None:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        name, _, path = line.strip().partition(" => ")
        if name.split(" ")[0] == "libpulse.so.0" and os.path.exists(path):
            return path
    return None


def test_a_module_opens_when_libpulse_cannot_be_loaded() -> None:
    _need(os.geteuid() == 0, "needs root for a private mount namespace")
    _need(shutil.which("unshare") is not None, "needs unshare (util-linux)")
    library = _libpulse()
    _need(library is not None, "libpulse0 is not installed on this machine")
    hide = f"mount --bind /dev/null '{library}' && exec \"$@\""
    _check(_run(["unshare", "--mount", "sh", "-c", hide, "sh"]))
