"""The desktop bundle's path: its program is the launcher (``--frames-sandbox-child``).

The bundle has no other Python, so ``packaging/pyinstaller/entry_desktop.py`` hands that flag
to :func:`child_main` before it imports Qt, and the student's Python runs in the bundle's own
interpreter. Here the real entry file does so under this interpreter: every run of these
tests, the probe included, goes through that dispatch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sync.client.sandbox import CHILD_FLAG, RunRequest, _launcher, isolation, run

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "packaging" / "pyinstaller" / "entry_desktop.py"
BOOT = (
    f"import runpy, sys; sys.path.insert(0, {str(ROOT)!r}); "
    f"runpy.run_path({str(ENTRY)!r}, run_name='__main__')"
)


def _entry_command() -> list[str]:
    # As the bundle: sys.argv[1] is the flag; -I -S: nothing but the repository and stdlib.
    return [sys.executable, "-I", "-S", "-B", "-c", BOOT, CHILD_FLAG]


@pytest.fixture
def through_the_entry(monkeypatch: pytest.MonkeyPatch, fresh_probe: None) -> None:
    monkeypatch.setattr(_launcher, "command", _entry_command)


def test_the_entry_dispatches_before_it_imports_the_app_or_qt() -> None:
    blocked = "import sys; sys.modules['desktop'] = sys.modules['PySide6'] = None; "
    proc = subprocess.run(
        [sys.executable, "-I", "-S", "-B", "-c", blocked + BOOT, CHILD_FLAG, "--probe"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith('{"namespaces": ')


@pytest.mark.usefixtures("through_the_entry")
def test_a_run_through_the_bundle_entry(tmp_path: Path) -> None:
    assert isolation().available
    secret = tmp_path / "store.sqlite3"
    secret.write_text("PIN-HASH")
    code = f"print('hello')\nprint(input())\nopen({str(secret)!r}).read()\n"
    result = run(RunRequest(language="python", files={"main.py": code}, stdin="from stdin\n"))
    assert result.stdout == "hello\nfrom stdin\n"
    assert result.error_type == "PermissionError" and result.error_line == 3
    assert "entry_desktop" not in result.stderr and "runpy" not in result.stderr
