"""Who may see which module: the one place the scope rules are written down.

* admin: every module;
* faculty: every module of their own university, drafts and archived ones included;
* student: published modules assigned to them directly, to their team, or to their whole
  university (an assignment row with neither student nor team);
* kiosk: what its students may read: published modules assigned to at least one student of
  its roster (``kiosk_roster``: the students of its university, or of its team, whose
  account, if they have one, is not disabled). It writes nothing.

Every read endpoint filters through ``module_visible``; every write endpoint checks
``can_edit``, and assignments also check ``in_own_university`` for their target. Another
university's module, student or team is reported as "not found", never "forbidden", so its
existence does not leak.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select, true

from server_api.auth.service import Principal
from server_api.models import Account, Module, ModuleAssignment, Student

__all__ = [
    "assignment_applies_to",
    "assignments_reaching",
    "can_edit",
    "in_own_university",
    "kiosk_roster",
    "module_visible",
    "visible_modules",
]


def assignment_applies_to(principal: Principal) -> ColumnElement[bool]:
    """Assignments that reach this student: direct, via their team, or via their university."""
    if principal.student_id is None:
        return false()
    return assignments_reaching(
        student_id=principal.student_id,
        team_id=principal.team_id,
        university_id=principal.university_id,
    )


def assignments_reaching(
    *, student_id: str, team_id: int | None, university_id: str | None
) -> ColumnElement[bool]:
    """Assignments that reach the student with these ids (for staff looking at a student).

    A row with a student is direct; one with a team and no student is for the team; one
    with neither is for the whole university.
    """
    clauses = [ModuleAssignment.student_id == student_id]
    if team_id is not None:
        clauses.append(
            and_(ModuleAssignment.student_id.is_(None), ModuleAssignment.team_id == team_id)
        )
    if university_id is not None:
        clauses.append(
            and_(
                ModuleAssignment.student_id.is_(None),
                ModuleAssignment.team_id.is_(None),
                ModuleAssignment.university_id == university_id,
            )
        )
    return or_(*clauses)


def kiosk_roster(principal: Principal) -> ColumnElement[bool]:
    """A WHERE clause on ``Student``: who may sign in on (and sync through) this kiosk.

    The students of the kiosk's university, or of its team for a team kiosk; a student whose
    account was disabled is left out. Nobody for any other principal.
    """
    if principal.kiosk_id is None or principal.university_id is None:
        return false()
    clauses = [
        Student.university_id == principal.university_id,
        ~exists().where(Account.student_id == Student.id, Account.disabled_at.is_not(None)),
    ]
    if principal.team_id is not None:
        clauses.append(Student.team_id == principal.team_id)
    return and_(*clauses)


def _reaches_kiosk_roster(principal: Principal) -> ColumnElement[bool]:
    """Assignment rows (correlated on ``Module``) that reach a student of the kiosk."""
    A = ModuleAssignment
    return exists().where(
        A.module_id == Module.id,
        kiosk_roster(principal),
        or_(
            A.student_id == Student.id,
            and_(A.student_id.is_(None), A.team_id.is_not(None), A.team_id == Student.team_id),
            and_(
                A.student_id.is_(None),
                A.team_id.is_(None),
                A.university_id == Student.university_id,
            ),
        ),
    )


def module_visible(principal: Principal) -> ColumnElement[bool]:
    """A WHERE clause on ``Module`` selecting the modules the principal may read."""
    if principal.role == "admin":
        return true()
    if principal.role == "faculty":
        if principal.university_id is None:
            return false()
        return Module.university_id == principal.university_id
    if principal.role == "student":
        return and_(
            Module.status == "published",
            exists().where(
                ModuleAssignment.module_id == Module.id, assignment_applies_to(principal)
            ),
        )
    if principal.role == "kiosk":
        return and_(Module.status == "published", _reaches_kiosk_roster(principal))
    return false()


def visible_modules(principal: Principal) -> Select[Module]:
    return select(Module).where(module_visible(principal))


def in_own_university(principal: Principal, university_id: str | None) -> bool:
    """Whether staff may act on a student, team or university of ``university_id``.

    Faculty assign within their own university only; admins anywhere.
    """
    if principal.role == "admin":
        return True
    return (
        principal.role == "faculty"
        and principal.university_id is not None
        and university_id == principal.university_id
    )


def can_edit(principal: Principal, module: Module) -> bool:
    """Faculty edit their own university's modules; admins edit everything."""
    if principal.role == "admin":
        return True
    return (
        principal.role == "faculty"
        and principal.university_id is not None
        and module.university_id == principal.university_id
    )
