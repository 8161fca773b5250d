"""The demo data set: a university lab with teams, people, real modules and assignments.

``load_demo`` is idempotent: it creates what is missing and leaves everything that exists
alone (a second run changes no row and bumps no revision). Every demo account has the
password ``DEMO_PASSWORD``; ``frames-server demo`` prints them.

What it loads:

* university ``cpp`` (Cal Poly Pomona) with two Bronco Space teams, ADCS and Power;
* one faculty member, one admin and five students (two per team, one without a team yet);
* the ten modules of ``server_api/demo_content`` with their images and videos, among
  them a code sandbox module (``power-budget-in-code``), a guided problem module with a
  study buddy (``resistor-colour-codes``), a game (``esd-safe-or-not``), an interactive
  picture (``lab-hazard-hunt``) and a mixed module (``first-day-at-the-bench``);
* kiosk PINs for the five students (ana 111111, ben 222222, chloe 333333, dev 444444,
  emma 555555),
  so a kiosk enrolled for ``cpp`` can be tried at once; a PIN a student has changed is kept;
* assignments: ``lab-safety-101`` required for the whole university, due in a week;
  ``welcome-to-the-lab`` recommended and ``soldering-basics`` optional for everybody;
  ``esd-handling`` required for the Power team; ``cubesat-power-budget`` recommended for
  the Power team but still a draft, so only faculty see it (a preview);
  ``power-budget-in-code`` recommended for the Power team; ``resistor-colour-codes`` and
  ``esd-safe-or-not`` optional, ``lab-hazard-hunt`` required (due in two weeks) and
  ``first-day-at-the-bench`` recommended for everybody.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from server_api.auth.service import create_account
from server_api.content.service import ImportResult, import_content_folder
from server_api.kiosks.service import set_pin
from server_api.media.storage import MediaStorage
from server_api.models import (
    Account,
    Faculty,
    Module,
    ModuleAssignment,
    Student,
    StudentPin,
    Team,
    University,
)

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_CONTENT",
    "DEMO_PASSWORD",
    "DEMO_UNIVERSITY_ID",
    "DemoAccount",
    "DemoReport",
    "load_demo",
]

DEMO_PASSWORD: Final = "frames-demo"
DEMO_CONTENT: Final = Path(__file__).parent / "demo_content"
DEMO_UNIVERSITY_ID: Final = "cpp"
_FACULTY_ID: Final = "demo-fac-okafor"
_TEAMS: Final = {"adcs": ("Bronco Space ADCS", "ADCS"), "power": ("Bronco Space Power", "EPS")}


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """One demo sign-in: who it is and what it can show."""

    email: str
    role: str
    name: str
    team: str | None = None  # a key of _TEAMS
    student_id: str | None = None
    student_role: str | None = None
    pin: str | None = None  # kiosk PIN


DEMO_ACCOUNTS: Final = (
    DemoAccount("faculty@frames.demo", "faculty", "Dr. Grace Okafor"),
    DemoAccount("admin@frames.demo", "admin", "Lab Administrator"),
    DemoAccount(
        "ana@frames.demo", "student", "Ana Ruiz", "adcs", "demo-stu-ana", "ADCS lead", "111111"
    ),
    DemoAccount(
        "ben@frames.demo", "student", "Ben Okoye", "adcs", "demo-stu-ben", "member", "222222"
    ),
    DemoAccount(
        "chloe@frames.demo",
        "student",
        "Chloe Nguyen",
        "power",
        "demo-stu-chloe",
        "EPS lead",
        "333333",
    ),
    DemoAccount(
        "dev@frames.demo", "student", "Dev Patel", "power", "demo-stu-dev", "member", "444444"
    ),
    DemoAccount(
        "emma@frames.demo",
        "student",
        "Emma Schultz",
        None,
        "demo-stu-emma",
        "incoming student",
        "555555",
    ),
)

# (module, assignment type, team key or None for the whole university, due in days or None)
_ASSIGNMENTS: Final = (
    ("lab-safety-101", "required", None, 7),
    ("welcome-to-the-lab", "recommended", None, None),
    ("soldering-basics", "optional", None, None),
    ("esd-handling", "required", "power", 21),
    ("cubesat-power-budget", "recommended", "power", None),
    ("power-budget-in-code", "recommended", "power", None),
    ("resistor-colour-codes", "optional", None, None),
    ("esd-safe-or-not", "optional", None, None),
    ("lab-hazard-hunt", "required", None, 14),
    ("first-day-at-the-bench", "recommended", None, None),
)


@dataclass
class DemoReport:
    """What ``load_demo`` found and did."""

    university_id: str
    university_name: str
    imports: list[ImportResult]
    teams: dict[str, str] = field(default_factory=dict)  # team key -> team name
    accounts_created: int = 0
    assignments_created: int = 0

    def lines(self) -> list[str]:
        """The summary ``frames-server demo`` prints: modules, then the accounts table."""
        out = [f"demo university: {self.university_name} (id {self.university_id})"]
        out += [f"  {result.line()}" for result in self.imports]
        out.append(
            f"  accounts: {self.accounts_created} new, "
            f"{len(DEMO_ACCOUNTS) - self.accounts_created} already there; "
            f"assignments: {self.assignments_created} new, "
            f"{len(_ASSIGNMENTS) - self.assignments_created} already there"
        )
        rows = [("email", "password", "role", "name", "team", "kiosk PIN")]
        for account in DEMO_ACCOUNTS:
            team = self.teams.get(account.team, "-") if account.team else "-"
            pin = account.pin or "-"
            rows.append((account.email, DEMO_PASSWORD, account.role, account.name, team, pin))
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        out.append("demo accounts:")
        for row in rows:
            out.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        return [line.rstrip() for line in out]


def load_demo(session: Session, storage: MediaStorage, *, today: date | None = None) -> DemoReport:
    """Create whatever of the demo data set is missing; flushes, the caller commits."""
    today = today or date.today()
    university = _university(session)
    teams = {key: _team(session, name, subsystem) for key, (name, subsystem) in _TEAMS.items()}
    faculty = _faculty(session)
    imports = import_content_folder(
        session, storage, DEMO_CONTENT, university_id=university.id, faculty_id=faculty.id
    )
    report = DemoReport(
        university_id=university.id,
        university_name=university.name or university.id,
        imports=imports,
        teams={key: team.name or key for key, team in teams.items()},
    )
    for account in DEMO_ACCOUNTS:
        report.accounts_created += _account(session, account, teams)
        _pin(session, account)
    for slug, kind, team_key, due_in in _ASSIGNMENTS:
        report.assignments_created += _assignment(
            session,
            slug=slug,
            kind=kind,
            team=teams[team_key] if team_key else None,
            due=today + timedelta(days=due_in) if due_in is not None else None,
            assigned_by=faculty.id,
        )
    session.flush()
    return report


def _university(session: Session) -> University:
    university = session.get(University, DEMO_UNIVERSITY_ID)
    if university is None:
        university = University(
            id=DEMO_UNIVERSITY_ID,
            name="Cal Poly Pomona",
            location="Pomona, California",
            contact_email="lab@frames.demo",
        )
        session.add(university)
        session.flush()
    return university


def _team(session: Session, name: str, subsystem: str) -> Team:
    team = session.scalar(
        select(Team)
        .where(Team.university_id == DEMO_UNIVERSITY_ID, Team.name == name)
        .order_by(Team.id)
        .limit(1)
    )
    if team is None:
        team = Team(name=name, university_id=DEMO_UNIVERSITY_ID, subsystem=subsystem)
        session.add(team)
        session.flush()
    return team


def _faculty(session: Session) -> Faculty:
    faculty = session.get(Faculty, _FACULTY_ID)
    if faculty is None:
        faculty = Faculty(
            id=_FACULTY_ID,
            name="Dr. Grace Okafor",
            email="faculty@frames.demo",
            university_id=DEMO_UNIVERSITY_ID,
            department="Aerospace Engineering",
        )
        session.add(faculty)
        session.flush()
    return faculty


def _pin(session: Session, account: DemoAccount) -> None:
    """The demo PIN, unless the student already has one (perhaps one they chose)."""
    if account.student_id and account.pin and session.get(StudentPin, account.student_id) is None:
        set_pin(session, account.student_id, account.pin)


def _account(session: Session, account: DemoAccount, teams: dict[str, Team]) -> int:
    if account.student_id is not None and session.get(Student, account.student_id) is None:
        session.add(
            Student(
                id=account.student_id,
                name=account.name,
                email=account.email,
                university_id=DEMO_UNIVERSITY_ID,
                team_id=teams[account.team].id if account.team else None,
                role=account.student_role,
            )
        )
        session.flush()
    if session.scalar(select(Account.id).where(Account.email == account.email)) is not None:
        return 0
    create_account(
        session,
        email=account.email,
        password=DEMO_PASSWORD,
        role=account.role,
        display_name=account.name,
        student_id=account.student_id,
        faculty_id=_FACULTY_ID if account.role == "faculty" else None,
    )
    return 1


def _assignment(
    session: Session,
    *,
    slug: str,
    kind: str,
    team: Team | None,
    due: date | None,
    assigned_by: str,
) -> int:
    module = session.scalar(select(Module).where(Module.module_id == slug))
    assert module is not None, slug
    query = select(ModuleAssignment.id).where(
        ModuleAssignment.module_id == module.id,
        ModuleAssignment.student_id.is_(None),
        ModuleAssignment.university_id == DEMO_UNIVERSITY_ID,
    )
    query = query.where(
        ModuleAssignment.team_id == team.id if team else ModuleAssignment.team_id.is_(None)
    )
    if session.scalar(query.limit(1)) is not None:
        return 0
    session.add(
        ModuleAssignment(
            module_id=module.id,
            university_id=DEMO_UNIVERSITY_ID,
            team_id=team.id if team else None,
            assigned_by_id=assigned_by,
            assignment_type=kind,
            due_date=due,
        )
    )
    return 1
