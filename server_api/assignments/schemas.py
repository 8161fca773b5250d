"""Wire shapes of the assignment endpoints."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from server_api.modules.schemas import MAX_INT4, CleanStr

__all__ = [
    "AssignmentCreate",
    "AssignmentPublic",
    "AssignmentType",
    "EffectiveAssignment",
    "Via",
]

AssignmentType = Literal["required", "optional", "recommended"]
Via = Literal["student", "team", "university"]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    return date.fromisoformat(value)  # a ValueError for 2024-02-30 becomes a 422


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class AssignmentCreate(BaseModel):
    """Assign ``module`` (a slug) to exactly one of a student, a team or a university.

    Assigning a module again to the same target updates its type and due date.
    """

    model_config = ConfigDict(extra="forbid", strict=True)

    module: CleanStr = Field(min_length=1, max_length=100, description="module slug")
    student_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    team_id: Annotated[int, Field(ge=1, le=MAX_INT4)] | None = None
    university_id: CleanStr | None = Field(default=None, min_length=1, max_length=255)
    assignment_type: AssignmentType = "required"
    due_date: IsoDate | None = None

    @model_validator(mode="after")
    def _one_target(self) -> AssignmentCreate:
        targets = [self.student_id, self.team_id, self.university_id]
        if sum(t is not None for t in targets) != 1:
            raise ValueError("give exactly one of student_id, team_id or university_id")
        return self


class AssignmentPublic(BaseModel):
    """One assignment row as faculty manage it."""

    id: int
    module_id: str
    target: Via
    student_id: str | None
    team_id: int | None
    university_id: str | None
    assignment_type: str
    due_date: date | None
    assigned_at: datetime | None
    assigned_by_id: str | None


class EffectiveAssignment(BaseModel):
    """How one module reaches a student: the most specific of its assignments."""

    assignment_id: int
    module_id: str
    title: str
    assignment_type: str
    due_date: date | None
    assigned_at: datetime | None
    via: Via
