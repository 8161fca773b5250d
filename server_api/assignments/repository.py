"""Queries on assignment rows."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from server_api.models import Module, ModuleAssignment

__all__ = ["find_for_target", "find_with_module", "of_module", "reaching_rows"]

A = ModuleAssignment


def _module_in(scope: ColumnElement[bool]) -> ColumnElement[bool]:
    # The scope clause may hold its own EXISTS over assignments (a student's scope); as a
    # separate uncorrelated subquery it cannot be folded into this query's assignment row.
    return Module.id.in_(select(Module.id).where(scope).correlate(None))


def find_for_target(
    session: Session,
    module_pk: int,
    *,
    student_id: str | None,
    team_id: int | None,
    university_id: str | None,
) -> ModuleAssignment | None:
    """The existing assignment of this module to exactly this target, if any.

    Students are unique per module by constraint; teams and universities by this lookup
    (run under the module's row lock, so two requests cannot both miss and insert).
    """
    query = select(A).where(A.module_id == module_pk)
    if student_id is not None:
        query = query.where(A.student_id == student_id)
    elif team_id is not None:
        query = query.where(A.student_id.is_(None), A.team_id == team_id)
    else:
        query = query.where(
            A.student_id.is_(None), A.team_id.is_(None), A.university_id == university_id
        )
    return session.scalars(query.order_by(A.id).limit(1)).first()


def find_with_module(
    session: Session, assignment_id: int, *, module_scope: ColumnElement[bool]
) -> tuple[ModuleAssignment, Module] | None:
    """The assignment and its module (locked), if the module is within ``module_scope``."""
    found = session.execute(
        select(A, Module)
        .join(Module, Module.id == A.module_id)
        .where(A.id == assignment_id, _module_in(module_scope))
        .with_for_update(of=Module)
    ).one_or_none()
    return None if found is None else (found[0], found[1])


def of_module(session: Session, module_pk: int) -> list[ModuleAssignment]:
    return list(session.scalars(select(A).where(A.module_id == module_pk).order_by(A.id)).all())


def reaching_rows(
    session: Session, *, reaches: ColumnElement[bool], module_scope: ColumnElement[bool]
) -> list[tuple[ModuleAssignment, str, str]]:
    """Assignment rows that reach a student, of published modules within ``module_scope``,
    each with its module's slug and title."""
    rows = session.execute(
        select(A, Module.module_id, Module.title)
        .join(Module, Module.id == A.module_id)
        .where(reaches, Module.status == "published", _module_in(module_scope))
        .order_by(A.id)
    ).all()
    return [(row[0], row[1], row[2]) for row in rows]
