"""``frames-server kiosk-code``, ``kiosks list|revoke`` and ``set-pin`` as a user runs them."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from server_api.models import Student, StudentPin
from sync.rules import kiosk_keys
from tests.factories import make_team, make_university
from tests.helpers import run_cli
from tests.server_api.test_cli import CLI, _one_clean_error_line

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(
    ("command", "says"),
    [
        (["kiosk-code"], "--expires"),
        (["kiosks", "list"], "--json"),
        (["kiosks", "revoke"], "ID"),
        (["set-pin"], "--student-id"),
    ],
)
def test_kiosk_commands_have_help(command: list[str], says: str) -> None:
    result = run_cli(CLI, *command, "--help")
    assert result.returncode == 0
    assert "--database-url" in result.stdout and says in result.stdout


def test_a_code_from_the_cli_enrols_a_kiosk_that_the_cli_lists_and_revokes(
    client: TestClient, db: Session, migrated_pg_url: str
) -> None:
    uni = make_university(db, "uni-k")
    team = make_team(db, uni.id, "ADCS")
    url = ["--database-url", migrated_pg_url]
    made = run_cli(CLI, "kiosk-code", "--university", uni.id, "--team", str(team.id), *url)
    assert made.returncode == 0, made.stderr
    code = re.search(r"enrolment code: (\S+)", made.stdout)
    assert code is not None and f"team {team.id}" in made.stdout and "expires" in made.stdout
    body = {
        "protocol_version": 1,
        "device_id": "cli-kiosk-1",
        "name": "Hall",
        "code": code[1],
        "public_key": kiosk_keys.public_key(kiosk_keys.new_kiosk_key()),
    }
    enrolled = client.post("/v1/kiosks/enrol", json=body)
    assert enrolled.status_code == 201, enrolled.text
    kiosk_id, device = enrolled.json()["kiosk"]["kiosk_id"], enrolled.json()["kiosk"]["device_id"]

    listed = run_cli(CLI, "kiosks", "list", "--json", *url)
    assert listed.returncode == 0, listed.stderr
    (only,) = json.loads(listed.stdout)
    assert (only["kiosk_id"], only["team_name"], only["revoked_at"]) == (kiosk_id, "ADCS", None)
    assert (only["alerts"], only["last_alert"], only["legacy"]) == (0, None, False)
    table = run_cli(CLI, "kiosks", "list", "--university", uni.id, *url)
    assert device in table.stdout and "never" in table.stdout and "alert:" not in table.stdout

    # Its credential from another device: refused, and staff see an alert.
    headers = {"Authorization": f"Bearer {enrolled.json()['token']}"}
    elsewhere = client.post(
        "/v1/kiosk/roster",
        headers=headers,
        json={"protocol_version": 1, "device_id": "cli-kiosk-1"},
    )
    assert elsewhere.status_code == 403
    text = run_cli(CLI, "kiosks", "list", *url).stdout
    assert text.splitlines()[0].split()[-2:] == ["alerts", "state"]
    assert text.splitlines()[1].split()[-2:] == ["1", "active"]
    assert re.search(
        rf"^alert: kiosk {kiosk_id}, .*: wrong_device: its credential was sent with device id "
        r"'cli-kiosk-1'$",
        text,
        re.MULTILINE,
    ), text

    revoked = run_cli(CLI, "kiosks", "revoke", str(kiosk_id), *url)
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    refused = client.post(
        "/v1/kiosk/roster",
        headers=headers,
        json={"protocol_version": 1, "device_id": device},
    )
    assert refused.status_code == 401
    assert json.loads(run_cli(CLI, "kiosks", "list", "--json", *url).stdout)[0]["revoked_at"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["kiosk-code", "--university", "nope"], "no university 'nope'"),
        (["kiosk-code", "--university", "uni-e", "--expires", "soon"], "like 90m, 24h or 7d"),
        (["kiosk-code", "--university", "uni-e", "--expires", "90d"], "between 1 minute and 30"),
        (["kiosk-code", "--university", "uni-e", "--team", "999999"], "no team 999999"),
        (["kiosks", "revoke", "999999"], "no kiosk 999999"),
        (["set-pin", "--student-id", "nobody", "--pin", "123456"], "no student 'nobody'"),
    ],
)
def test_kiosk_command_errors_are_one_line(
    db: Session, migrated_pg_url: str, args: list[str], says: str
) -> None:
    make_university(db, "uni-e")
    result = run_cli(CLI, *args, "--database-url", migrated_pg_url)
    assert result.returncode == 1
    assert says in _one_clean_error_line(result.stderr)


def test_set_pin_reads_stdin_and_stores_only_a_hash(db: Session, migrated_pg_url: str) -> None:
    uni = make_university(db, "uni-p")
    db.add(Student(id="stu-p", university_id=uni.id))
    db.commit()
    url = ["--database-url", migrated_pg_url]
    for weak_pin in ("12ab", "9753"):
        weak = run_cli(CLI, "set-pin", "--student-id", "stu-p", *url, input=f"{weak_pin}\n")
        assert weak.returncode == 1 and "6 to 12 digits" in _one_clean_error_line(weak.stderr)
    result = run_cli(CLI, "set-pin", "--student-id", "stu-p", *url, input="975310\n")
    assert result.returncode == 0, result.stderr
    assert "975310" not in result.stdout
    stored: Any = db.scalar(select(StudentPin.pin_hash).where(StudentPin.student_id == "stu-p"))
    assert stored is not None and "975310" not in stored
    assert PasswordHasher().verify(stored, "975310")
