"""What a lab manager administers from the command line: universities, teams, a roster of
students, assignments. The CLI (``server_api.cli.admin``) prints what these return.

A university is named by its id or its name; a team by its id or its name within a
university; a student by email, student number or internal id.
"""

from __future__ import annotations

import csv
import io
import re
import secrets
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server_api.auth.service import create_account, normalise_email
from server_api.errors import BadRequest, ConfigError, FramesError
from server_api.kiosks.service import set_pin
from server_api.models import Account, Student, Team, University

__all__ = [
    "MAX_ROSTER_BYTES",
    "MAX_ROSTER_LINES",
    "RosterReport",
    "find_student",
    "find_team",
    "find_university",
    "import_roster",
    "move_student",
]

MAX_ROSTER_BYTES = 5 * 1024 * 1024
MAX_ROSTER_LINES = 20_000
ROSTER_COLUMNS = ("name", "email", "team", "student_number")
_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")


def find_university(session: Session, ref: str) -> University:
    """The university with this id, else the one with this name (case-insensitive)."""
    found = session.get(University, ref)
    if found is not None:
        return found
    named = session.scalars(
        select(University).where(func.lower(University.name) == ref.strip().lower())
    ).all()
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise ConfigError(f"{len(named)} universities are named {ref!r}: give the id")
    raise ConfigError(
        f"no university with id or name {ref!r} (see `frames-server universities list`)"
    )


def find_team(session: Session, ref: str, university_id: str | None) -> Team:
    """A team by id, or by name within ``university_id``."""
    if ref.isdigit():
        team = session.get(Team, int(ref))
        if team is not None and (university_id is None or team.university_id == university_id):
            return team
    query = select(Team).where(func.lower(Team.name) == ref.strip().lower())
    if university_id is not None:
        query = query.where(Team.university_id == university_id)
    teams = session.scalars(query).all()
    if len(teams) == 1:
        return teams[0]
    if len(teams) > 1:
        raise ConfigError(f"{len(teams)} teams are named {ref!r}: give the id or --university")
    where = f" in university {university_id}" if university_id else ""
    raise ConfigError(f"no team {ref!r}{where} (see `frames-server teams list`)")


def find_student(session: Session, ref: str, university_id: str | None = None) -> Student:
    """A student by email (theirs or their account's), student number, or internal id."""
    ref = ref.strip()
    clauses = [Student.id == ref, Student.student_number == ref]
    if "@" in ref:
        email = ref.lower()
        clauses.append(func.lower(Student.email) == email)
        clauses.append(Student.id.in_(select(Account.student_id).where(Account.email == email)))
    query = select(Student).where(or_(*clauses))
    if university_id is not None:
        query = query.where(Student.university_id == university_id)
    found = session.scalars(query).all()
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ConfigError(f"{len(found)} students match {ref!r}: give --university or the id")
    raise ConfigError(f"no student with email, student number or id {ref!r}")


def move_student(session: Session, student: Student, team: Team) -> None:
    if team.university_id != student.university_id:
        raise ConfigError(
            f"team {team.name!r} belongs to university {team.university_id}, "
            f"the student to {student.university_id}"
        )
    student.team_id = team.id
    for account in session.scalars(select(Account).where(Account.student_id == student.id)):
        account.university_id = student.university_id
    session.flush()


@dataclass
class RosterReport:
    """What an import did: one line per student, one per bad line, the temporary passwords."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    passwords: list[tuple[str, str]] = field(default_factory=list)  # (email, password)
    pins: list[str] = field(default_factory=list)


def _temporary_password() -> str:
    return "tmp-" + secrets.token_urlsafe(12)


def import_roster(session: Session, data: bytes, university: University) -> RosterReport:
    """Import a CSV roster (``name,email,team,student_number[,pin]``, a header line first).

    Idempotent: a student is found by student number (within the university), else by
    email; a changed name, email, team or number is updated. A new student gets an account
    with a temporary password (returned once) unless the line gives a kiosk PIN, which is
    set instead. Each bad line is reported with its number and skipped; the others are kept.
    """
    if len(data) > MAX_ROSTER_BYTES:
        raise ConfigError(f"the roster is over {MAX_ROSTER_BYTES // (1024 * 1024)} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("the roster is not UTF-8 text") from None
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    if tuple(header[:4]) != ROSTER_COLUMNS or header[4:] not in ([], ["pin"]):
        raise ConfigError(
            "the first line must be the header name,email,team,student_number (and ,pin)"
        )
    report = RosterReport()
    seen: set[str] = set()
    for values in reader:
        line = reader.line_num
        if line > MAX_ROSTER_LINES + 1:
            report.errors.append(f"line {line}: over {MAX_ROSTER_LINES} lines; the rest skipped")
            break
        if not any(v.strip() for v in values):
            continue
        done = RosterReport()
        try:
            with session.begin_nested():
                _import_line(session, values, len(header), university, done, seen)
        except FramesError as exc:
            report.errors.append(f"line {line}: {exc}")
            continue
        report.created += done.created
        report.updated += done.updated
        report.unchanged += done.unchanged
        report.passwords += done.passwords
        report.pins += done.pins
    return report


def _import_line(
    session: Session,
    values: list[str],
    columns: int,
    university: University,
    report: RosterReport,
    seen: set[str],
) -> None:
    if len(values) != columns:
        raise BadRequest(f"{len(values)} fields, expected {columns}")
    name, email, team_ref, number, *rest = (v.strip() for v in values)
    pin = rest[0] if rest else ""
    if not name or len(name) > 255:
        raise BadRequest("name: 1 to 255 characters")
    email = normalise_email(email)
    if number and not _NUMBER.match(number):
        raise BadRequest(f"student_number {number!r}: letters, digits, . _ / - (at most 64)")
    for key in (email, f"#{number}" if number else ""):
        if key and key in seen:
            raise BadRequest(f"{key.lstrip('#')} appears twice in this roster")
    team = find_team(session, team_ref, university.id) if team_ref else None
    student = None
    if number:
        student = session.scalars(
            select(Student).where(
                Student.university_id == university.id, Student.student_number == number
            )
        ).first()
    if student is None:
        try:
            student = find_student(session, email, university.id)
        except ConfigError:
            student = None
    if student is not None and student.university_id != university.id:
        raise BadRequest(f"{email} is a student of university {student.university_id}")
    account = None
    if student is not None:
        account = session.scalars(select(Account).where(Account.student_id == student.id)).first()
    taken = session.scalars(select(Account).where(Account.email == email)).first()
    if taken is not None and (student is None or taken.student_id != student.id):
        raise BadRequest(f"the account {email} belongs to someone else")
    if student is None:
        if pin:
            student = Student(
                id=f"stu-{secrets.token_hex(5)}",
                name=name,
                email=email,
                university_id=university.id,
                role="student",
            )
            session.add(student)
            session.flush()
        else:
            password = _temporary_password()
            account = create_account(
                session,
                email=email,
                password=password,
                role="student",
                display_name=name,
                university_id=university.id,
            )
            report.passwords.append((email, password))
            student = session.get(Student, account.student_id)
            assert student is not None
        report.created.append(email)
        changed = True
    else:
        changed = False
    wanted = {
        "name": name,
        "email": email,
        "team_id": team.id if team is not None else student.team_id,
        "student_number": number or student.student_number,
    }
    for attr, value in wanted.items():
        if getattr(student, attr) != value:
            setattr(student, attr, value)
            changed = True
    if account is not None and account.email != email:
        account.email = email
    session.flush()
    if pin:
        set_pin(session, student.id, pin)
        report.pins.append(email)
    elif account is None and email not in report.created:
        password = _temporary_password()
        create_account(
            session,
            email=email,
            password=password,
            role="student",
            display_name=name,
            student_id=student.id,
            university_id=university.id,
        )
        report.passwords.append((email, password))
    if email not in report.created:
        (report.updated if changed else report.unchanged).append(email)
    seen.add(email)
    if number:
        seen.add(f"#{number}")
