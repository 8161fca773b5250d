"""The sandbox as a kiosk runs it: as an ordinary user, not root.

The other tests run as root, where ``RLIMIT_NPROC`` does not apply and a pids cgroup bounds
the tasks instead. Here the package (standard library only) is copied where any user can read
it and runs under the system's Python as ``nobody``: the tasks are bounded by ``RLIMIT_NPROC``
in the new user namespace, which counts only the sandbox's own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sandbox._helpers import need

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")
NOBODY = 65534

SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from sync.client.sandbox import RunLimits, RunRequest, isolation, run
forks = '''
import os, time
started = 0
try:
    for _ in range(100):
        if os.fork() == 0:
            time.sleep(30)
            os._exit(0)
        started += 1
except OSError as exc:
    print("refused", exc.errno)
print("started", started)
print(open("/etc/passwd").read(4))
'''
result = run(RunRequest(language="python", files={"main.py": forks}, limits=RunLimits(processes=8)))
print(json.dumps({"mechanism": isolation().mechanism, "stdout": result.stdout,
                  "error": result.error_type, "uid": __import__("os").getuid()}))
"""


@pytest.fixture
def readable_copy() -> Iterator[Path]:
    """The sandbox package where ``nobody`` can read it (the repository may be under /root)."""
    base = Path(tempfile.mkdtemp(prefix="frames-sandbox-test-"))
    try:
        for package in ("sync", "sync/client", "sync/client/sandbox"):
            (base / package).mkdir(parents=True, exist_ok=True)
        for source in ["sync/__init__.py", "sync/client/__init__.py"] + [
            str(p.relative_to(ROOT)) for p in (ROOT / "sync/client/sandbox").glob("*.py")
        ]:
            shutil.copy(ROOT / source, base / source)
        for path in [base, *base.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield base
    finally:
        shutil.rmtree(base)


def test_as_an_ordinary_user_rlimit_nproc_bounds_the_tasks(readable_copy: Path) -> None:
    need(os.geteuid() == 0, "switching to nobody needs root")
    need(SYSTEM_PYTHON.exists() and shutil.which("setpriv") is not None, "no system python3")
    proc = subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        + [str(SYSTEM_PYTHON), "-I", "-S", "-B", "-c", SCRIPT, str(readable_copy)],
        capture_output=True,
        text=True,
        cwd=readable_copy,
        env={"PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    assert report["uid"] == NOBODY
    assert "pids-cgroup" not in report["mechanism"]
    assert "userns" in report["mechanism"], report
    assert report["stdout"] == "refused 11\nstarted 7\n", report
    assert report["error"] == "PermissionError"  # /etc/passwd: Landlock, not file modes
