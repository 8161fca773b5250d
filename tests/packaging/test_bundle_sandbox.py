"""The code sandbox in the desktop bundle: its ``frames-desktop`` is the sandbox's launcher.

The bundle has no other Python, so a student's Python runs in the bundle's interpreter and the
Landlock rules open the bundle's folder instead of a Python installation. The runner here is
this interpreter's, pointed at the bundle as the frozen app points at itself. Shares the one
build of ``test_bundle.py`` (its fixtures are imported, and the xdist group is the same).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.client.sandbox import CHILD_FLAG, RunLimits, RunRequest, _launcher, _probe, run
from tests.packaging.test_bundle import built, bundle, pytestmark  # noqa: F401

__all__ = ["check_sandbox_in_bundle"]


def check_sandbox_in_bundle(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs in the bundle: output, input, a traceback of the student's frames only, Landlock
    (the system's files and the interpreter outside the bundle are closed), the tasks limit."""
    monkeypatch.setattr(_launcher, "command", lambda: [str(folder / "frames-desktop"), CHILD_FLAG])
    system = [p for p in _launcher.read_paths() if p in _launcher.SYSTEM_PATHS]
    monkeypatch.setattr(
        _launcher,
        "read_paths",
        lambda compiler=None: [*system, str(folder), str(folder / "_internal")],
    )
    _probe.layers.cache_clear()
    try:
        code = (
            "import sys, fractions\n"
            "print(getattr(sys, 'frozen', False), fractions.Fraction(1, 3), input())\n"
            "open('/etc/passwd').read()\n"
        )
        result = run(RunRequest(language="python", files={"main.py": code}, stdin="typed\n"))
        assert result.stdout == "True 1/3 typed\n", result.stderr
        assert result.error_type == "PermissionError" and result.error_line == 3
        assert result.stderr.startswith('Traceback (most recent call last):\n  File "main.py"')
        forks = (
            "import os, time\nn = 0\ntry:\n    for _ in range(50):\n"
            "        if os.fork() == 0:\n            time.sleep(9)\n            os._exit(0)\n"
            "        n += 1\nexcept OSError:\n    pass\nprint(n)\n"
        )
        limited = RunRequest(
            language="python", files={"main.py": forks}, limits=RunLimits(processes=8)
        )
        assert run(limited).stdout == "7\n"
    finally:
        _probe.layers.cache_clear()


def test_the_bundle_runs_sandboxed_python(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    check_sandbox_in_bundle(bundle, monkeypatch)
