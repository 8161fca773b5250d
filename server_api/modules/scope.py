"""Who may see which module: the one place the scope rules are written down.

* admin: every module;
* faculty: every module of their own university, drafts and archived ones included;
* student: published modules assigned to them directly, to their team, or to their whole
  university (an assignment row with neither student nor team).

Every read endpoint filters through ``module_visible``; every write endpoint checks
``can_edit``, and assignments also check ``in_own_university`` for their target. Another
university's module, student or team is reported as "not found", never "forbidden", so its
existence does not leak.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select, true

from server_api.auth.service import Principal
from server_api.models import Module, ModuleAssignment

__all__ = [
    "assignment_applies_to",
    "assignments_reaching",
    "can_edit",
    "in_own_university",
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
