"""Factories that arrange rows for server tests, straight through the ORM (and commit)."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from server_api.auth.service import create_account
from server_api.models import (
    Module,
    ModuleAssignment,
    ModuleSection,
    Team,
    University,
)

__all__ = [
    "PASSWORD",
    "make_account",
    "make_assignment",
    "make_module",
    "make_team",
    "make_university",
]

PASSWORD = "correct horse battery"
_n = itertools.count(1)


def make_university(db: Session, uid: str | None = None, name: str | None = None) -> University:
    uid = uid or f"uni{next(_n)}"
    uni = University(id=uid, name=name or f"University {uid}")
    db.add(uni)
    db.commit()
    return uni


def make_team(db: Session, university_id: str, name: str = "CubeSat") -> Team:
    team = Team(name=name, university_id=university_id, subsystem="ADCS")
    db.add(team)
    db.commit()
    return team


def make_account(
    db: Session,
    role: str,
    *,
    university_id: str | None = None,
    team_id: int | None = None,
    email: str | None = None,
    password: str = PASSWORD,
) -> Any:
    n = next(_n)
    account = create_account(
        db,
        email=email or f"{role}{n}@example.edu",
        password=password,
        role=role,
        display_name=f"{role.title()} {n}",
        university_id=university_id,
        team_id=team_id,
    )
    db.commit()
    return account


def make_module(
    db: Session,
    *,
    university_id: str | None,
    slug: str | None = None,
    status: str = "published",
    sections: int = 2,
    created_by_id: str | None = None,
    **fields: Any,
) -> Module:
    module = Module(
        module_id=slug or f"module-{next(_n)}",
        title=fields.pop("title", "A module"),
        university_id=university_id,
        status=status,
        created_by_id=created_by_id,
        published_at=datetime(2024, 1, 1) if status == "published" else None,
        **fields,
    )
    db.add(module)
    db.flush()
    for i in range(1, sections + 1):
        db.add(
            ModuleSection(
                module_id=module.id,
                section_number=i,
                section_type="text",
                title=f"Part {i}",
                content=f"# Part {i}\n\nText.",
            )
        )
    db.commit()
    return module


def make_assignment(
    db: Session,
    module: Module,
    *,
    student_id: str | None = None,
    team_id: int | None = None,
    university_id: str | None = None,
    assignment_type: str = "required",
    due_date: date | None = None,
) -> ModuleAssignment:
    assignment = ModuleAssignment(
        module_id=module.id,
        student_id=student_id,
        team_id=team_id,
        university_id=university_id,
        assignment_type=assignment_type,
        due_date=due_date,
    )
    db.add(assignment)
    db.commit()
    return assignment
