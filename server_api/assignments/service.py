"""Assign modules to a student, a team or a whole university, and list what reaches a student.

Faculty assign their own university's modules to their own university's students, teams
or the university itself; admins assign anything to anyone. A target outside the caller's
scope is "not found", like a module outside it. A student's *effective* assignment of a
module is the most specific row that reaches them: direct, then team, then university.
Deleting an assignment leaves a tombstone so devices drop it on their next pull.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server_api.assignments import repository
from server_api.assignments.schemas import (
    AssignmentCreate,
    AssignmentPublic,
    EffectiveAssignment,
    Via,
)
from server_api.auth.service import Principal
from server_api.changes import next_seq, touch_scopes
from server_api.errors import BadRequest, Conflict, Forbidden, NotFound
from server_api.models import (
    AssignmentExcusal,
    ModuleAssignment,
    Student,
    Team,
    Tombstone,
    University,
)
from server_api.modules.scope import (
    assignments_reaching,
    can_edit,
    in_own_university,
    module_visible,
)
from server_api.modules.service import editable_module, visible_module
from server_api.timeutil import utcnow
from sync.rules.protocol import AssignmentChange, ExcusalIn

__all__ = [
    "assign",
    "change_assignment",
    "excuse",
    "unexcuse",
    "delete_assignment",
    "list_assignments",
    "module_assignments",
    "my_assignments",
]

_RANK: dict[Via, int] = {"student": 0, "team": 1, "university": 2}


def assign(
    session: Session, principal: Principal, body: AssignmentCreate
) -> tuple[AssignmentPublic, bool]:
    """Create the assignment, or update the existing one for the same target.

    Returns the row and whether it was created.
    """
    module = editable_module(session, principal, body.module)
    student_id, team_id, university_id = body.student_id, body.team_id, body.university_id
    if student_id is not None:
        student = session.get(Student, student_id)
        if student is None or not in_own_university(principal, student.university_id):
            raise NotFound(f"no student {student_id!r}")
        university_id = student.university_id
    elif team_id is not None:
        team = session.get(Team, team_id)
        if team is None or not in_own_university(principal, team.university_id):
            raise NotFound(f"no team {team_id}")
        university_id = team.university_id
    else:
        university = session.get(University, university_id)
        if university is None or not in_own_university(principal, university.id):
            raise NotFound(f"no university {university_id!r}")
    row = repository.find_for_target(
        session, module.id, student_id=student_id, team_id=team_id, university_id=university_id
    )
    created = row is None
    if row is None:
        row = ModuleAssignment(
            module_id=module.id,
            student_id=student_id,
            team_id=team_id,
            university_id=university_id,
            assigned_at=utcnow(),
        )
        session.add(row)
    if (row.assignment_type, row.due_date) != (body.assignment_type, body.due_date):
        row.assignment_type = body.assignment_type
        row.due_date = body.due_date
        row.assigned_by_id = principal.faculty_id
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("this module was just assigned to the same target: try again") from exc
    return _public(row, module.module_id), created


def list_assignments(
    session: Session, principal: Principal, student_id: str | None
) -> list[EffectiveAssignment]:
    """A student's effective assignments: their own, or (staff) a student's in scope."""
    if principal.role == "student":
        if student_id not in (None, principal.student_id):
            raise Forbidden("students see only their own assignments")
        return my_assignments(session, principal)
    if student_id is None:
        raise BadRequest(
            "name a student with ?student_id=...; a module's assignments are listed at "
            "/v1/modules/{module_id}/assignments"
        )
    student = session.get(Student, student_id)
    if student is None or not in_own_university(principal, student.university_id):
        raise NotFound(f"no student {student_id!r}")
    return _effective(
        session,
        principal,
        student_id=student.id,
        team_id=student.team_id,
        university_id=student.university_id,
    )


def my_assignments(session: Session, principal: Principal) -> list[EffectiveAssignment]:
    if principal.role != "student" or principal.student_id is None:
        raise Forbidden("only students have assignments: use /v1/assignments?student_id=...")
    return _effective(
        session,
        principal,
        student_id=principal.student_id,
        team_id=principal.team_id,
        university_id=principal.university_id,
    )


def module_assignments(session: Session, principal: Principal, slug: str) -> list[AssignmentPublic]:
    """Every assignment row of a module the caller can see (staff)."""
    module = visible_module(session, principal, slug)
    return [_public(row, module.module_id) for row in repository.of_module(session, module.id)]


def delete_assignment(session: Session, principal: Principal, assignment_id: int) -> None:
    found = repository.find_with_module(
        session, assignment_id, module_scope=module_visible(principal)
    )
    if found is None:
        raise NotFound(f"no assignment {assignment_id}")
    row, module = found
    if not can_edit(principal, module):
        raise Forbidden("only faculty of the module's university and admins may unassign it")
    session.add(
        Tombstone(
            entity="assignment",
            module_slug=module.module_id,
            student_id=row.student_id,
            team_id=row.team_id,
            university_id=row.university_id,
        )
    )
    session.delete(row)
    session.flush()


def change_assignment(
    session: Session, principal: Principal, assignment_id: int, body: AssignmentChange
) -> AssignmentPublic:
    """Change an assignment's type and/or due date (devices get it on their next pull)."""
    if body.clear_due_date and body.due_date is not None:
        raise BadRequest("give due_date or clear_due_date, not both")
    if body.assignment_type is None and body.due_date is None and not body.clear_due_date:
        raise BadRequest("nothing to change: give assignment_type, due_date or clear_due_date")
    found = repository.find_with_module(
        session, assignment_id, module_scope=module_visible(principal)
    )
    if found is None:
        raise NotFound(f"no assignment {assignment_id}")
    row, module = found
    if not can_edit(principal, module):
        raise Forbidden("only faculty of the module's university and admins may change it")
    if body.assignment_type is not None:
        row.assignment_type = body.assignment_type
    if body.clear_due_date:
        row.due_date = None
    elif body.due_date is not None:
        row.due_date = body.due_date
    row.assigned_by_id = principal.faculty_id
    session.flush()
    return _public(row, module.module_id)


def _excusal_target(
    session: Session, principal: Principal, student_id: str, module_slug: str
) -> tuple[Student, int]:
    student = session.get(Student, student_id)
    if student is None or not in_own_university(principal, student.university_id):
        raise NotFound(f"no student {student_id!r}")
    module = editable_module(session, principal, module_slug)
    return student, module.id


def _touch_excusal(session: Session, student: Student) -> int:
    """Mark the student's scope and their university's (faculty devices) as changed."""
    scopes = [f"student:{student.id}"]
    if student.university_id:
        scopes.append(f"university:{student.university_id}")
    touch_scopes(session, scopes)
    return next_seq(session)


def excuse(session: Session, principal: Principal, body: ExcusalIn) -> bool:
    """Excuse the student from the module with a reason (or change the reason); whether it
    was new. The student need not be assigned yet: the excusal applies when they are."""
    student, module_pk = _excusal_target(session, principal, body.student_id, body.module_id)
    row = session.scalars(
        select(AssignmentExcusal).where(
            AssignmentExcusal.student_id == student.id, AssignmentExcusal.module_id == module_pk
        )
    ).first()
    created = row is None
    if row is None:
        row = AssignmentExcusal(student_id=student.id, module_id=module_pk)
        session.add(row)
    row.reason = body.reason
    row.excused_by_id = principal.account_id or None
    row.excused_at = utcnow()
    row.change_seq = _touch_excusal(session, student)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("this student was just excused from this module: try again") from exc
    return created


def unexcuse(session: Session, principal: Principal, student_id: str, module_slug: str) -> None:
    student, module_pk = _excusal_target(session, principal, student_id, module_slug)
    row = session.scalars(
        select(AssignmentExcusal).where(
            AssignmentExcusal.student_id == student.id, AssignmentExcusal.module_id == module_pk
        )
    ).first()
    if row is None:
        raise NotFound(f"student {student_id!r} is not excused from {module_slug!r}")
    _touch_excusal(session, student)
    session.delete(row)
    session.flush()


def _effective(
    session: Session,
    viewer: Principal,
    *,
    student_id: str,
    team_id: int | None,
    university_id: str | None,
) -> list[EffectiveAssignment]:
    """Published modules that reach the student (and that ``viewer`` may see), each once."""
    best: dict[str, EffectiveAssignment] = {}
    for row, slug, title in repository.reaching_rows(
        session,
        reaches=assignments_reaching(
            student_id=student_id, team_id=team_id, university_id=university_id
        ),
        module_scope=module_visible(viewer),
    ):
        candidate = EffectiveAssignment(
            assignment_id=row.id,
            module_id=slug,
            title=title,
            assignment_type=row.assignment_type or "required",
            due_date=row.due_date,
            assigned_at=row.assigned_at,
            via=_via(row),
        )
        current = best.get(slug)
        if current is None or _RANK[candidate.via] < _RANK[current.via]:
            best[slug] = candidate
    # soonest due first, undated last
    return sorted(
        best.values(), key=lambda a: (a.due_date is None, a.due_date or date.min, a.module_id)
    )


def _via(row: ModuleAssignment) -> Via:
    if row.student_id is not None:
        return "student"
    return "team" if row.team_id is not None else "university"


def _public(row: ModuleAssignment, slug: str) -> AssignmentPublic:
    return AssignmentPublic(
        id=row.id,
        module_id=slug,
        target=_via(row),
        student_id=row.student_id,
        team_id=row.team_id,
        university_id=row.university_id,
        assignment_type=row.assignment_type or "required",
        due_date=row.due_date,
        assigned_at=row.assigned_at,
        assigned_by_id=row.assigned_by_id,
    )
