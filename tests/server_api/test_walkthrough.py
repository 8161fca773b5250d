"""The README's production walkthrough, run exactly as written on an empty PostgreSQL.

The commands between ``<!-- walkthrough -->`` and ``<!-- /walkthrough -->`` run in bash
(``frames-server`` is this checkout's ``python -m server_api.cli``); only the database URL,
the data folder and the port are this test's. Then a kiosk enrols with the printed code and
the API shows the roster with PINs, the accounts and the assignments.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sync.rules import kiosk_keys

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def walkthrough() -> list[str]:
    text = README.read_text()
    block = re.search(
        r"<!-- walkthrough -->\s*```bash\n(.*?)```\s*<!-- /walkthrough -->", text, re.S
    )
    assert block is not None, "README.md lost its walkthrough markers"
    return block.group(1).splitlines()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server_dir(tmp_path: Path) -> Path:
    # the walkthrough runs from a checkout: its content folder, nothing else of it
    (tmp_path / "server_api").mkdir()
    (tmp_path / "server_api" / "demo_content").symlink_to(ROOT / "server_api" / "demo_content")
    return tmp_path


def test_the_readme_walkthrough_works_as_written(pg_url: str, server_dir: Path) -> None:
    lines = walkthrough()
    serve = [ln for ln in lines if ln.startswith("frames-server serve")]
    assert len(serve) == 1 and lines[-1] == serve[0]
    script = []
    for line in lines[:-1]:
        if line.startswith("export FRAMES_DATABASE_URL="):
            line = f"export FRAMES_DATABASE_URL={pg_url}"
        elif line.startswith("export FRAMES_DATA_DIR="):
            line = f"export FRAMES_DATA_DIR={server_dir / 'data'}"
        script.append(line)
    prelude = (
        f'set -euo pipefail\nframes-server() {{ "{sys.executable}" -m server_api.cli "$@"; }}\n'
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FRAMES_DATABASE_URL", None)
    done = subprocess.run(
        ["bash", "-c", prelude + "\n".join(script)],
        cwd=server_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "Traceback" not in done.stderr
    code = re.search(r"enrolment code: (\S+)", out)
    passwords = dict(re.findall(r"account (\S+) temporary password: (\S+)", out))
    assert code is not None and set(passwords) == {
        f"{n}@cpp.edu" for n in ("ana", "ben", "chloe", "dev")
    }
    assert "4 created, 0 updated, 0 unchanged, 0 bad lines" in out

    port = free_port()
    command = serve[0].split("#")[0].replace("--port 8000", f"--port {port}")
    exports = f"export FRAMES_DATABASE_URL={pg_url}\nexport FRAMES_DATA_DIR={server_dir / 'data'}\n"
    server = subprocess.Popen(
        ["bash", "-c", prelude + exports + command],
        cwd=server_dir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the shell, the server and its workers: one group to stop
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=30) as client:
            enrolled = client.post(
                "/v1/kiosks/enrol",
                json={
                    "protocol_version": 1,
                    "device_id": "walkthrough-tablet",
                    "name": "Orientation tablet",
                    "code": code.group(1),
                    "public_key": kiosk_keys.public_key(kiosk_keys.new_kiosk_key()),
                },
            )
            assert enrolled.status_code == 201, enrolled.text
            kiosk = enrolled.json()
            roster = client.post(
                "/v1/kiosk/roster",
                headers={"Authorization": f"Bearer {kiosk['token']}"},
                json={"protocol_version": 1, "device_id": kiosk["kiosk"]["device_id"]},
            )
            assert roster.status_code == 200, roster.text
            students = {s["name"]: s for s in roster.json()["students"]}
            assert set(students) == {"Ana Alvarez", "Ben Brooks", "Chloe Chen", "Dev Patel"}
            assert all(s["pin_box"] for s in students.values())
            assert students["Chloe Chen"]["team_name"] == "Power"

            def login(email: str, password: str) -> dict[str, str]:
                resp = client.post("/v1/auth/login", json={"email": email, "password": password})
                assert resp.status_code == 200, resp.text
                return {"Authorization": f"Bearer {resp.json()['token']}"}

            ana = login("ana@cpp.edu", passwords["ana@cpp.edu"])
            mine = {a["module_id"]: a for a in client.get("/v1/me/assignments", headers=ana).json()}
            assert mine["lab-safety-101"]["due_date"] == "2031-09-01"
            assert mine["esd-handling"]["via"] == "team"
            assert "soldering-basics" not in mine
            faculty = login("lab@cpp.edu", "Orientation-Faculty-2031")
            report = client.get("/v1/reports/compliance?page_size=100", headers=faculty).json()
            pairs = {(r["student_name"], r["module_id"], r["assigned_via"]) for r in report["rows"]}
            assert ("Dev Patel", "soldering-basics", "student") in pairs
            assert ("Ben Brooks", "esd-handling", "team") in pairs
            assert report["total"] == 4 + 2 + 1
            login("admin@cpp.edu", "Orientation-Admin-2031")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
