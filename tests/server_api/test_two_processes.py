"""Two server processes behind one PostgreSQL serve the same users: no state in the process."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest

from server_api.demo import DEMO_CONTENT, DEMO_PASSWORD
from tests.conftest import PgDatabaseFactory
from tests.helpers import free_port, running_server

pytestmark = pytest.mark.postgres


def test_two_processes_share_tokens_and_content(
    pg_database_factory: PgDatabaseFactory, tmp_path: Path
) -> None:
    url = pg_database_factory()
    # Media files live beside the database, on storage both processes (or hosts) share.
    env = {"FRAMES_DATA_DIR": str(tmp_path / "shared"), "FRAMES_DATABASE_URL": ""}
    port_a, port_b = free_port(), free_port()
    a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    common = ["--database-url", url, "--log-level", "warning"]
    # A migrates and loads the demo (`serve --demo`); B is a plain `serve` of the same database.
    with (
        running_server(
            ["serve", "--demo", "--port", str(port_a), *common], port=port_a, env=env
        ) as proc_a,
        running_server(["serve", "--port", str(port_b), *common], port=port_b, env=env) as proc_b,
    ):
        login = {"email": "ana@frames.demo", "password": DEMO_PASSWORD}
        token_a = httpx.post(f"{a}/v1/auth/login", json=login).json()["token"]
        on_a = {"Authorization": f"Bearer {token_a}"}
        me_b = httpx.get(f"{b}/v1/auth/me", headers=on_a)
        assert me_b.status_code == 200 and me_b.json()["email"] == "ana@frames.demo"

        faculty = {"email": "faculty@frames.demo", "password": DEMO_PASSWORD}
        token_b = httpx.post(f"{b}/v1/auth/login", json=faculty).json()["token"]
        on_b = {"Authorization": f"Bearer {token_b}"}
        assert httpx.get(f"{a}/v1/auth/me", headers=on_b).json()["role"] == "faculty"

        # both serve the same modules and the same media files
        for headers in (on_a, on_b):
            lists = [httpx.get(f"{base}/v1/modules", headers=headers).json() for base in (a, b)]
            assert lists[0] == lists[1] and lists[0]["total"] > 0
        png = (DEMO_CONTENT / "lab-safety-101" / "media" / "ppe-station.png").read_bytes()
        path = f"/v1/media/{hashlib.sha256(png).hexdigest()}/ppe-station.png"
        got_a = httpx.get(a + path, headers=on_a)
        assert got_a.status_code == 200 and got_a.content == png
        cached = {**on_a, "If-None-Match": got_a.headers["etag"]}
        assert httpx.get(b + path, headers=cached).status_code == 304

        # signing out on B signs out everywhere, at once
        assert httpx.post(f"{b}/v1/auth/logout", headers=on_a).status_code == 204
        revoked = httpx.get(f"{a}/v1/auth/me", headers=on_a)
        assert revoked.status_code == 401 and "revoked" in revoked.json()["error"]["message"]
        assert httpx.post(f"{a}/v1/auth/logout", headers=on_b).status_code == 204
        assert httpx.get(f"{b}/v1/auth/me", headers=on_b).status_code == 401
    assert proc_a.stdout is not None and proc_b.stdout is not None
    with proc_a.stdout, proc_b.stdout:
        assert "ana@frames.demo" in proc_a.stdout.read()  # `serve --demo` printed the accounts
        assert "Traceback" not in proc_b.stdout.read()
