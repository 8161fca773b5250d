"""The video stack's chatter (Qt Multimedia's loggers, PulseAudio, PipeWire, VA-API,
FFmpeg's stream dump) stays off the terminal unless ``--verbose``: the app plays a video
section in a child process and its standard error is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("_play_video.py")
NOISE = ("qt.multimedia", "PulseAudioService", "pipewire", "libva", "Input #0", "Stream #0")


def _play(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("QT_LOGGING_RULES", "PIPEWIRE_DEBUG", "LIBVA_MESSAGING_LEVEL", "QT_FFMPEG_DEBUG"):
        env.pop(name, None)
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().splitlines()[-1] == "watched=True"
    return proc.stderr


def test_the_video_stack_is_quiet_unless_verbose() -> None:
    quiet = _play()
    assert [line for line in quiet.splitlines() if any(n in line for n in NOISE)] == []
    loud = _play("--verbose")
    assert "qt.multimedia" in loud  # the same run does print them when asked to
