"""The embedded default (SQLite) needs no PostgreSQL driver: the demo bundle ships none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import builtins, sys
real = builtins.__import__
def refuse(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.partition(".")[0] in ("psycopg", "psycopg_binary", "psycopg_c"):
        raise ModuleNotFoundError(f"No module named {name!r}")
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = refuse
from fastapi.testclient import TestClient
from server_api.app import create_app
from server_api.config import Settings
settings = Settings(database_url="sqlite:///" + sys.argv[1], data_dir=sys.argv[2])
with TestClient(create_app(settings)) as client:
    print(client.get("/v1/sync/hello").json()["kind"])
"""


def test_the_server_imports_and_serves_without_psycopg(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "db.sqlite3"), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "hello"
