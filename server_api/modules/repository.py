"""Queries on modules and their sections. Scope comes in as a WHERE clause from ``scope``."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, exists, func, literal, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from server_api.models import Module, ModuleSection

__all__ = [
    "find_module",
    "has_tag",
    "list_modules",
    "renumber",
    "section_counts",
    "sections_of",
    "slug_taken",
]


def find_module(
    session: Session, slug: str, *, where: ColumnElement[bool], for_update: bool = False
) -> Module | None:
    """The module with this slug, if ``where`` (the caller's scope) lets them see it.

    ``for_update`` locks the row, so concurrent edits of one module take turns (revision
    bumps and section numbers never race).
    """
    query = select(Module).where(Module.module_id == slug, where)
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def slug_taken(session: Session, slug: str) -> bool:
    return session.scalar(select(exists().where(Module.module_id == slug))) or False


def has_tag(session: Session, tag: str) -> ColumnElement[bool]:
    """Modules whose ``tags`` JSON array contains ``tag`` (PostgreSQL or SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        contains: ColumnElement[bool] = Module.tags.cast(JSONB).contains([tag])
        return contains
    each = func.json_each(Module.tags).table_valued("value")
    return exists(select(literal(1)).select_from(each).where(each.c.value == tag))


def list_modules(
    session: Session, *, where: Sequence[ColumnElement[bool]], limit: int, offset: int
) -> tuple[list[Module], int]:
    """One page of matching modules in slug order, and how many match in all."""
    total = session.scalar(select(func.count()).select_from(Module).where(*where)) or 0
    rows = session.scalars(
        select(Module).where(*where).order_by(Module.module_id).limit(limit).offset(offset)
    ).all()
    return list(rows), total


def section_counts(session: Session, module_pks: Sequence[int]) -> dict[int, int]:
    if not module_pks:
        return {}
    rows = session.execute(
        select(ModuleSection.module_id, func.count())
        .where(ModuleSection.module_id.in_(module_pks))
        .group_by(ModuleSection.module_id)
    ).all()
    return {int(pk): int(count) for pk, count in rows}


def sections_of(session: Session, module_pk: int) -> list[ModuleSection]:
    return list(
        session.scalars(
            select(ModuleSection)
            .where(ModuleSection.module_id == module_pk)
            .order_by(ModuleSection.section_number)
        ).all()
    )


def renumber(session: Session, sections: Sequence[ModuleSection]) -> None:
    """Number ``sections`` 1..n in the given order.

    UNIQUE(module_id, section_number) is checked row by row, so swapping two numbers in
    place would collide: every row first moves to a negative number (free by construction),
    then to its final one.
    """
    if all(s.section_number == i for i, s in enumerate(sections, start=1)):
        return
    for i, section in enumerate(sections, start=1):
        section.section_number = -i
    session.flush()
    for i, section in enumerate(sections, start=1):
        section.section_number = i
    session.flush()
