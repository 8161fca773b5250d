"""The lab manager's commands (``frames-server universities|teams|roster|students|assignments``,
``set-pin`` by email or number, ``import-content`` by university name), run as a user would,
on the embedded SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from server_api.cli import main
from server_api.models import Account, Module, ModuleAssignment, Student, StudentPin, Team
from tests.factories.shared_api import cheap_password_hashing

DEMO_MODULE = Path(__file__).resolve().parents[2] / "server_api" / "demo_content" / "lab-safety-101"


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("sqlite_url"))


def run(url: str, capsys: Any, *argv: str, status: int = 0) -> tuple[str, str]:
    with cheap_password_hashing():
        code = main([*argv, "--database-url", url])
    out, err = capsys.readouterr()
    assert code == status, (out, err)
    return out, err


def test_lab_manager_sets_up_a_university_without_sql(
    url: str, capsys: Any, tmp_path: Path
) -> None:
    run(url, capsys, "migrate")
    out, _ = run(url, capsys, "universities", "create", "--id", "cpp", "--name", "Cal Poly Pomona")
    assert "created university cpp" in out
    out, _ = run(url, capsys, "universities", "create", "--id", "cpp", "--name", "Cal Poly Pomona")
    assert "exists already" in out
    run(
        url,
        capsys,
        "teams",
        "create",
        "--university",
        "Cal Poly Pomona",
        "--name",
        "ADCS",
        "--subsystem",
        "attitude",
    )
    run(url, capsys, "teams", "create", "--university", "cpp", "--name", "Power")
    out, _ = run(url, capsys, "teams", "list", "--university", "cpp")
    assert "ADCS" in out and "attitude" in out and "Power" in out
    _, err = run(url, capsys, "teams", "create", "--university", "nowhere", "--name", "X", status=1)
    assert "no university with id or name 'nowhere'" in err and err.count("\n") == 1
    # the README's import-content --university-id cpp works with the id, and with the name
    out, _ = run(url, capsys, "import-content", str(DEMO_MODULE), "--university-id", "cpp")
    run(url, capsys, "import-content", str(DEMO_MODULE), "--university-id", "Cal Poly Pomona")

    roster = tmp_path / "roster.csv"
    roster.write_text(
        "name,email,team,student_number,pin\n"
        "Ada Lovelace,ada@cpp.edu,ADCS,1001,\n"
        "Grace Hopper,grace@cpp.edu,Power,1002,246810\n"
        "No Email,not-an-email,ADCS,1003,\n"
        "Bad Team,bad@cpp.edu,Nope,1004,\n"
        "Short Pin,pin@cpp.edu,ADCS,1005,12\n"
        "Twice,ada@cpp.edu,ADCS,1006,\n"
        "Too,few\n"
    )
    out, err = run(url, capsys, "roster", "import", str(roster), "--university", "cpp", status=1)
    bad_lines = sorted(int(line.split("line ")[1].split(":")[0]) for line in err.splitlines())
    assert bad_lines == [4, 5, 6, 7, 8]
    assert "2 created, 0 updated, 0 unchanged, 5 bad lines" in out
    password = out.split("account ada@cpp.edu temporary password: ")[1].split()[0]
    assert "grace@cpp.edu" not in out.split("temporary password")[0] or "PIN" in out

    engine = create_engine(url)
    with Session(engine) as db:
        ada = db.scalars(select(Student).where(Student.student_number == "1001")).one()
        account = db.scalars(select(Account).where(Account.student_id == ada.id)).one()
        assert PasswordHasher().verify(account.password_hash, password)
        grace = db.scalars(select(Student).where(Student.email == "grace@cpp.edu")).one()
        assert db.get(StudentPin, grace.id) is not None
        assert db.scalars(select(Account).where(Account.student_id == grace.id)).first() is None
        adcs = db.scalars(select(Team).where(Team.name == "ADCS")).one()
        assert ada.team_id == adcs.id
    # idempotent: the same good lines again change nothing; a renamed student is updated
    roster.write_text(
        "name,email,team,student_number\nAda King,ada@cpp.edu,ADCS,1001\n"
        "Grace Hopper,grace@cpp.edu,Power,1002\n"
    )
    out, _ = run(url, capsys, "roster", "import", str(roster), "--university", "cpp")
    assert "0 created, 1 updated, 1 unchanged, 0 bad lines" in out
    assert "temporary password" in out  # Grace had only a PIN: now an account too

    out, _ = run(url, capsys, "students", "move", "--student", "1001", "--team", "Power")
    assert "to team" in out and "Power" in out
    run(url, capsys, "students", "move", "--student", "nobody@cpp.edu", "--team", "Power", status=1)
    run(url, capsys, "set-pin", "--email", "ada@cpp.edu", "--pin", "13579246")
    run(url, capsys, "set-pin", "--student-number", "1002", "--pin", "97531246")
    _, err = run(url, capsys, "set-pin", "--student-number", "9999", "--pin", "97531246", status=1)
    assert "no student" in err

    out, _ = run(
        url,
        capsys,
        "assignments",
        "create",
        "--module",
        "lab-safety-101",
        "--team",
        "ADCS",
        "--university",
        "cpp",
        "--due",
        "2031-01-31",
    )
    assert "created assignment" in out
    out, _ = run(
        url,
        capsys,
        "assignments",
        "create",
        "--module",
        "lab-safety-101",
        "--student",
        "ada@cpp.edu",
        "--type",
        "optional",
    )
    aid = int(out.split("assignment ")[1].split(":")[0])
    out, _ = run(
        url, capsys, "assignments", "create", "--module", "lab-safety-101", "--university", "cpp"
    )
    out, _ = run(url, capsys, "assignments", "list", "--module", "lab-safety-101")
    assert len(out.strip().splitlines()) == 4 and "2031-01-31" in out
    run(url, capsys, "assignments", "remove", str(aid))
    run(url, capsys, "assignments", "remove", str(aid), status=1)
    run(
        url, capsys, "assignments", "create", "--module", "no-such", "--university", "cpp", status=1
    )
    with Session(engine) as db:
        assert db.scalar(select(Module.id).where(Module.module_id == "lab-safety-101"))
        assert len(db.scalars(select(ModuleAssignment)).all()) == 2
        ada = db.scalars(select(Student).where(Student.student_number == "1001")).one()
        assert ada.name == "Ada King"
        assert db.get(Team, ada.team_id).name == "Power"  # type: ignore[union-attr]
    engine.dispose()
