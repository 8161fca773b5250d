"""``frames-server`` commands a lab manager runs: universities, teams, roster, students,
assignments. The work is in ``server_api.roster`` and the assignment service; this module
parses arguments and prints one line per thing done."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from server_api.errors import ConfigError

__all__ = ["add_admin_commands"]

SessionFactory = Callable[[argparse.Namespace], AbstractContextManager[Session]]


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Iterator[str]:
    cells = [tuple("-" if v is None else str(v) for v in row) for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
    yield "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()
    for row in cells:
        yield "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()


def _print_table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    for line in _table(header, rows):
        print(line)


def add_admin_commands(
    sub: Any, common: argparse.ArgumentParser, session_of: SessionFactory
) -> None:
    """Add the administration commands to ``frames-server``'s subcommands."""

    def universities_create(args: argparse.Namespace) -> int:
        from server_api.models import University

        uid = args.id.strip()
        if not uid or len(uid) > 100 or not uid.replace("-", "").replace("_", "").isalnum():
            raise ConfigError("--id: 1 to 100 letters, digits, - or _")
        with session_of(args) as session:
            if session.get(University, uid) is not None:
                print(f"university {uid} exists already (nothing changed)")
                return 0
            session.add(
                University(id=uid, name=args.name, location=args.location, contact_email=args.email)
            )
        print(f"created university {uid} ({args.name})")
        return 0

    def universities_list(args: argparse.Namespace) -> int:
        from server_api.models import Student, Team, University

        with session_of(args) as session:
            rows = []
            for u in session.scalars(select(University).order_by(University.id)):
                teams = len(
                    session.scalars(select(Team.id).where(Team.university_id == u.id)).all()
                )
                students = len(
                    session.scalars(select(Student.id).where(Student.university_id == u.id)).all()
                )
                rows.append((u.id, u.name, u.location, teams, students))
        _print_table(("id", "name", "location", "teams", "students"), rows)
        return 0

    p = sub.add_parser("universities", help="create or list universities")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("create", parents=[common], help="create a university")
    q.add_argument("--id", required=True, help="a short id, e.g. cpp")
    q.add_argument("--name", required=True, help="its name, e.g. 'Cal Poly Pomona'")
    q.add_argument("--location", default=None)
    q.add_argument("--email", default=None, help="a contact email")
    q.set_defaults(handler=universities_create)
    q = actions.add_parser("list", parents=[common], help="list universities")
    q.set_defaults(handler=universities_list)

    def teams_create(args: argparse.Namespace) -> int:
        from server_api.models import Team
        from server_api.roster import find_university

        if not args.name.strip() or len(args.name) > 255:
            raise ConfigError("--name: 1 to 255 characters")
        with session_of(args) as session:
            uni = find_university(session, args.university)
            existing = session.scalars(
                select(Team).where(Team.university_id == uni.id, Team.name == args.name.strip())
            ).first()
            if existing is not None:
                print(f"team {existing.id} {existing.name!r} exists already in {uni.id}")
                return 0
            team = Team(name=args.name.strip(), university_id=uni.id, subsystem=args.subsystem)
            session.add(team)
            session.flush()
            print(f"created team {team.id} {team.name!r} in university {uni.id}")
        return 0

    def teams_list(args: argparse.Namespace) -> int:
        from server_api.models import Student, Team
        from server_api.roster import find_university

        with session_of(args) as session:
            query = select(Team).order_by(Team.university_id, Team.id)
            if args.university:
                query = query.where(
                    Team.university_id == find_university(session, args.university).id
                )
            rows = [
                (
                    t.id,
                    t.university_id,
                    t.name,
                    t.subsystem,
                    len(session.scalars(select(Student.id).where(Student.team_id == t.id)).all()),
                )
                for t in session.scalars(query)
            ]
        _print_table(("id", "university", "name", "subsystem", "students"), rows)
        return 0

    p = sub.add_parser("teams", help="create or list teams")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("create", parents=[common], help="create a team")
    q.add_argument("--university", required=True, metavar="U", help="university id or name")
    q.add_argument("--name", required=True)
    q.add_argument("--subsystem", default=None, help="e.g. ADCS, Power, Comms")
    q.set_defaults(handler=teams_create)
    q = actions.add_parser("list", parents=[common], help="list teams")
    q.add_argument("--university", default=None, metavar="U", help="university id or name")
    q.set_defaults(handler=teams_list)

    def roster_import(args: argparse.Namespace) -> int:
        from server_api.roster import MAX_ROSTER_BYTES, find_university, import_roster

        path = Path(args.file)
        if not path.is_file():
            raise ConfigError(f"{path}: no such file")
        if path.stat().st_size > MAX_ROSTER_BYTES:
            raise ConfigError(f"{path}: over {MAX_ROSTER_BYTES // (1024 * 1024)} MB")
        with session_of(args) as session:
            uni = find_university(session, args.university)
            report = import_roster(session, path.read_bytes(), uni)
        for error in report.errors:
            print(f"{path}: {error}", file=sys.stderr)
        for email, password in report.passwords:
            print(f"account {email} temporary password: {password}")
        for email in report.pins:
            print(f"kiosk PIN set for {email}")
        print(
            f"roster {path.name}: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.errors)} bad lines"
            + (
                " (temporary passwords are shown once: hand them out now)"
                if report.passwords
                else ""
            )
        )
        return 1 if report.errors else 0

    p = sub.add_parser("roster", help="import a roster of students from CSV")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser(
        "import",
        parents=[common],
        help="import students: name,email,team,student_number[,pin]",
        description="Import students from a CSV file whose first line is the header "
        "name,email,team,student_number (and optionally ,pin). Idempotent: students are "
        "matched by student number, else by email, and updated. New students get an account "
        "with a temporary password printed once, or, when the line has a pin, a kiosk PIN. "
        "Each bad line is reported with its line number and skipped (exit status 1).",
    )
    q.add_argument("file", metavar="FILE.csv")
    q.add_argument("--university", required=True, metavar="U", help="university id or name")
    q.set_defaults(handler=roster_import)

    def students_move(args: argparse.Namespace) -> int:
        from server_api.roster import find_student, find_team, move_student

        with session_of(args) as session:
            student = find_student(session, args.student)
            team = find_team(session, args.team, student.university_id)
            move_student(session, student, team)
            print(f"moved student {student.id} ({student.name}) to team {team.id} {team.name!r}")
        return 0

    p = sub.add_parser("students", help="move a student to another team")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("move", parents=[common], help="move a student to a team")
    q.add_argument("--student", required=True, metavar="EMAIL|NUMBER|ID")
    q.add_argument("--team", required=True, metavar="NAME|ID")
    q.set_defaults(handler=students_move)

    def assignments_create(args: argparse.Namespace) -> int:
        from server_api.assignments.schemas import AssignmentCreate
        from server_api.assignments.service import assign
        from server_api.roster import find_student, find_team, find_university

        if sum(bool(x) for x in (args.student, args.team)) > 1 or not (
            args.student or args.team or args.university
        ):
            raise ConfigError("give one of --student, --team or --university (alone)")
        with session_of(args) as session:
            target: dict[str, Any] = {}
            if args.student:
                target["student_id"] = find_student(session, args.student).id
            elif args.team:
                uni = find_university(session, args.university).id if args.university else None
                target["team_id"] = find_team(session, args.team, uni).id
            else:
                target["university_id"] = find_university(session, args.university).id
            try:
                body = AssignmentCreate.model_validate(
                    {"module": args.module, "assignment_type": args.type, "due_date": args.due}
                    | target,
                    strict=False,
                )
            except ValidationError as exc:
                raise ConfigError(str(exc.errors()[0]["msg"])) from None
            row, created = assign(session, _admin(), body)
            print(
                f"{'created' if created else 'updated'} assignment {row.id}: {row.module_id} to "
                f"{row.target} {row.student_id or row.team_id or row.university_id} "
                f"({row.assignment_type}, due {row.due_date or 'never'})"
            )
        return 0

    def assignments_list(args: argparse.Namespace) -> int:
        from server_api.models import Module, ModuleAssignment
        from server_api.roster import find_university

        with session_of(args) as session:
            A = ModuleAssignment
            query = (
                select(A, Module.module_id).join(Module, Module.id == A.module_id).order_by(A.id)
            )
            if args.module:
                query = query.where(Module.module_id == args.module)
            if args.university:
                query = query.where(A.university_id == find_university(session, args.university).id)
            rows = [
                (
                    a.id,
                    slug,
                    "student" if a.student_id else "team" if a.team_id else "university",
                    a.student_id or a.team_id or a.university_id,
                    a.assignment_type,
                    a.due_date,
                )
                for a, slug in session.execute(query).all()
            ]
        _print_table(("id", "module", "to", "target", "type", "due"), rows)
        return 0

    def assignments_remove(args: argparse.Namespace) -> int:
        from server_api.assignments.service import delete_assignment

        with session_of(args) as session:
            delete_assignment(session, _admin(), args.id)
        print(f"removed assignment {args.id} (devices drop it on their next pull)")
        return 0

    p = sub.add_parser("assignments", help="create, list or remove assignments")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser(
        "create",
        parents=[common],
        help="assign a module to a student, a team or a university",
        description="Assign a published module to one student (--student), a team (--team) "
        "or a whole university (--university alone). Assigning again updates type and date.",
    )
    q.add_argument("--module", required=True, metavar="SLUG")
    q.add_argument("--student", default=None, metavar="EMAIL|NUMBER|ID")
    q.add_argument("--team", default=None, metavar="NAME|ID")
    q.add_argument("--university", default=None, metavar="U", help="university id or name")
    q.add_argument("--type", default="required", choices=["required", "optional", "recommended"])
    q.add_argument("--due", default=None, type=_iso_date, metavar="YYYY-MM-DD")
    q.set_defaults(handler=assignments_create)
    q = actions.add_parser("list", parents=[common], help="list assignments")
    q.add_argument("--module", default=None, metavar="SLUG")
    q.add_argument("--university", default=None, metavar="U")
    q.set_defaults(handler=assignments_list)
    q = actions.add_parser("remove", parents=[common], help="remove an assignment by id")
    q.add_argument("id", type=int)
    q.set_defaults(handler=assignments_remove)


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD") from None
    return value


def _admin() -> Any:
    """The principal the command line acts as: an admin (whoever can run it owns the
    database)."""
    from server_api.auth.service import Principal

    return Principal(
        account_id=0,
        role="admin",
        email="cli@localhost",
        student_id=None,
        faculty_id=None,
        university_id=None,
        team_id=None,
        token_id=0,
        token_kind="cli",
        device_id=None,
    )
