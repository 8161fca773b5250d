"""``frames-server demo``: the sample data set loads fast, idempotently, and serves."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server_api.cli import main
from server_api.config import parse_database_url
from server_api.db import make_engine
from server_api.demo import DEMO_ACCOUNTS, DEMO_CONTENT, DEMO_PASSWORD, load_demo
from server_api.media.storage import MediaStorage
from server_api.migrate import migrate
from server_api.models import Base, Module, ModuleAssignment
from tests.helpers import free_port, running_server


def media_url(module: str, name: str) -> str:
    sha = hashlib.sha256((DEMO_CONTENT / module / "media" / name).read_bytes()).hexdigest()
    return f"/v1/media/{sha}/{name}"


def sign_in(base: str, email: str) -> dict[str, str]:
    resp = httpx.post(f"{base}/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['token']}"}


def test_demo_command_prints_accounts_and_serves(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {"FRAMES_DATA_DIR": str(tmp_path / "data"), "FRAMES_DATABASE_URL": ""}
    args = ["demo", "--port", str(port), "--log-level", "warning"]
    with running_server(args, port=port, env=env) as proc:
        assert (tmp_path / "data" / "frames.sqlite3").exists()  # the embedded default
        student = sign_in(base, "chloe@frames.demo")  # Power team
        listed = httpx.get(f"{base}/v1/modules", headers=student)
        assert listed.status_code == 200, listed.text
        assert sorted(m["module_id"] for m in listed.json()["items"]) == [
            "esd-handling",  # her team's
            "esd-safe-or-not",  # everybody's: a game
            "first-day-at-the-bench",  # everybody's: a mixed module
            "lab-hazard-hunt",  # everybody's: an interactive picture
            "lab-safety-101",  # everybody's
            "power-budget-in-code",  # her team's: a code exercise
            "resistor-colour-codes",  # everybody's: a guided problem
            "soldering-basics",
            "welcome-to-the-lab",
        ]  # and not cubesat-power-budget, assigned to her team but a draft
        adcs = sign_in(base, "ana@frames.demo")
        assert "esd-handling" not in {
            m["module_id"] for m in httpx.get(f"{base}/v1/modules", headers=adcs).json()["items"]
        }
        video = httpx.get(
            base + media_url("lab-safety-101", "ppe-check.mp4"),
            headers={**student, "Range": "bytes=0-7"},
        )
        assert video.status_code == 206 and video.content[4:8] == b"ftyp"
        draft_picture = base + media_url("cubesat-power-budget", "orbit-power-profile.png")
        assert httpx.get(draft_picture, headers=student).status_code == 404
        faculty = sign_in(base, "faculty@frames.demo")
        assert httpx.get(draft_picture, headers=faculty).status_code == 200
        staff_view = httpx.get(f"{base}/v1/modules", headers=faculty).json()["items"]
        assert {m["module_id"]: m["status"] for m in staff_view}["cubesat-power-budget"] == "draft"
    assert proc.stdout is not None
    with proc.stdout:
        output = proc.stdout.read()
    for account in DEMO_ACCOUNTS:
        assert account.email in output
    assert re.search(rf"chloe@frames\.demo\s+{DEMO_PASSWORD}\s+student\s+Chloe", output)
    assert "imported lab-safety-101 (new, revision 1, 5 sections, 2 media files)" in output
    assert f"sign in at http://127.0.0.1:{port}" in output
    assert "Traceback" not in output


def _counts(session: Session) -> dict[str, Any]:
    counts: dict[str, Any] = {
        table.name: session.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
        if session.get_bind().dialect.name in table.info.get("dialects", ("sqlite", "postgresql"))
    }
    counts["revisions"] = session.execute(
        select(Module.module_id, Module.revision, Module.change_seq).order_by(Module.module_id)
    ).all()
    counts["due"] = session.execute(
        select(ModuleAssignment.id, ModuleAssignment.due_date).order_by(ModuleAssignment.id)
    ).all()
    return counts


def test_loading_twice_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(parse_database_url(f"sqlite:///{tmp_path / 'demo.sqlite3'}"))
    storage = MediaStorage(tmp_path / "media")
    try:
        migrate(engine)
        with Session(engine) as session, session.begin():
            first = load_demo(session, storage)
        assert first.accounts_created == len(DEMO_ACCOUNTS) and first.assignments_created == 10
        assert {r.outcome for r in first.imports} == {"new"}
        with Session(engine) as session:
            before = _counts(session)
            assert before["modules"] == 10 and before["accounts"] == len(DEMO_ACCOUNTS)
            assert before["teams"] == 2 and before["universities"] == 1
        with Session(engine) as session, session.begin():
            second = load_demo(session, storage)
        assert second.accounts_created == 0 and second.assignments_created == 0
        assert {r.outcome for r in second.imports} == {"unchanged"}
        assert "accounts: 0 new, 7 already there" in "\n".join(second.lines())
        with Session(engine) as session:
            assert _counts(session) == before
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("command", "says"),
    [("demo", "--load-only"), ("serve", "--demo"), ("import-content", "--university-id")],
)
def test_new_commands_have_help(
    command: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--database-url" in out and says in out


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("not a url", "invalid database URL"),
        ("postgresql://postgres@127.0.0.1:1/nope", "cannot connect to database"),
    ],
)
def test_demo_with_a_bad_database_is_one_line(
    url: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--database-url", url, "--load-only"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("frames-server: error: ") and says in err
