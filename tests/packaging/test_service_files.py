"""The kiosk and server start-up files in ``packaging/``: valid, and restarting only on a crash.

They are checked with the tools that read them (``desktop-file-validate``, ``systemd-analyze
verify``, ``plistlib``); under ``CI=true`` a missing tool is a failure.
"""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import IN_CI

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
DESKTOP_FILES = [
    PACKAGING / "kiosk" / "frames-kiosk.desktop",
    PACKAGING / "linux" / "frames-desktop.desktop",
]
UNITS = [
    PACKAGING / "kiosk" / "frames-kiosk.service",
    PACKAGING / "server" / "frames-server.service",
]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is required under CI=true")
        pytest.skip(f"{name} is not installed")
    return path


def _ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


@pytest.mark.parametrize("path", DESKTOP_FILES, ids=lambda p: p.name)
def test_desktop_entries_are_valid(path: Path) -> None:
    proc = subprocess.run(
        [_tool("desktop-file-validate"), str(path)], capture_output=True, text=True
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout


def test_kiosk_autostart_entry_starts_the_kiosk() -> None:
    entry = _ini(PACKAGING / "kiosk" / "frames-kiosk.desktop")["Desktop Entry"]
    assert entry["Exec"] == "frames-desktop --kiosk"


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_systemd_units_verify_and_restart_only_on_failure(path: Path, tmp_path: Path) -> None:
    service = _ini(path)["Service"]
    # The kiosk's faculty exit is status 0 and must stay closed; a crash must come back.
    assert service["Restart"] == "on-failure"
    program = service["ExecStart"].split()[0]
    # systemd-analyze checks that the program exists: point it at one that does.
    copy = tmp_path / path.name
    copy.write_text(path.read_text(encoding="utf-8").replace(program, "/bin/true"), "utf-8")
    proc = subprocess.run(
        [_tool("systemd-analyze"), "verify", str(copy)], capture_output=True, text=True
    )
    complaints = [line for line in proc.stderr.splitlines() if path.name in line]
    assert proc.returncode == 0 and not complaints, proc.stderr


def test_macos_launch_agent_restarts_only_after_a_crash() -> None:
    with (PACKAGING / "kiosk" / "macos" / "edu.frames.lms.kiosk.plist").open("rb") as f:
        agent = plistlib.load(f)
    assert agent["ProgramArguments"][-1] == "--kiosk"
    assert agent["ProgramArguments"][0].endswith("/Contents/MacOS/frames-desktop")
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
