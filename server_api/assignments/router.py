"""``/v1/assignments``, ``/v1/me/assignments`` and ``/v1/modules/{slug}/assignments``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from server_api.assignments import service
from server_api.assignments.schemas import AssignmentCreate, AssignmentPublic, EffectiveAssignment
from server_api.deps import PrincipalDep, SessionDep, StaffDep
from server_api.modules.router import SlugPath
from server_api.modules.schemas import MAX_INT4, CleanStr
from sync.rules.protocol import AssignmentChange, ExcusalIn

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["assignments"])

AssignmentPath = Annotated[int, Path(ge=1, le=MAX_INT4, description="assignment id")]
SlugQuery = Annotated[str, Query(min_length=2, max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$")]
StudentQuery = Annotated[CleanStr | None, Query(min_length=1, max_length=255)]


@router.post(
    "/assignments",
    response_model=AssignmentPublic,
    status_code=201,
    responses={200: {"description": "the existing assignment was updated"}},
)
def assign(
    body: AssignmentCreate, principal: StaffDep, session: SessionDep, response: Response
) -> AssignmentPublic:
    """Assign a module to one student, team or university (201), or update that
    assignment's type and due date if it already exists (200)."""
    assignment, created = service.assign(session, principal, body)
    if not created:
        response.status_code = 200
    return assignment


@router.get("/assignments", response_model=list[EffectiveAssignment])
def list_assignments(
    principal: PrincipalDep, session: SessionDep, student_id: StudentQuery = None
) -> list[EffectiveAssignment]:
    """A student's effective assignments (staff: name ``student_id``; students: their own)."""
    return service.list_assignments(session, principal, student_id)


@router.get("/me/assignments", response_model=list[EffectiveAssignment])
def my_assignments(principal: PrincipalDep, session: SessionDep) -> list[EffectiveAssignment]:
    """The signed-in student's modules to take, soonest due first."""
    return service.my_assignments(session, principal)


@router.put(
    "/assignments/excusals",
    status_code=201,
    responses={200: {"description": "the existing excusal's reason was updated"}},
)
def excuse(body: ExcusalIn, principal: StaffDep, session: SessionDep, response: Response) -> None:
    """Excuse a student from a module, with a reason (status ``excused`` in the compliance
    report); their devices and faculty devices hear of it on their next pull."""
    if not service.excuse(session, principal, body):
        response.status_code = 200


@router.delete("/assignments/excusals", status_code=204)
def unexcuse(
    principal: StaffDep,
    session: SessionDep,
    student_id: Annotated[CleanStr, Query(min_length=1, max_length=255)],
    module: SlugQuery,
) -> None:
    """Take an excusal back."""
    service.unexcuse(session, principal, student_id, module)


@router.patch("/assignments/{assignment_id}", response_model=AssignmentPublic)
def change_assignment(
    assignment_id: AssignmentPath,
    body: AssignmentChange,
    principal: StaffDep,
    session: SessionDep,
) -> AssignmentPublic:
    """Change an assignment's type or due date (``clear_due_date`` removes the date)."""
    return service.change_assignment(session, principal, assignment_id, body)


@router.delete("/assignments/{assignment_id}", status_code=204)
def delete_assignment(
    assignment_id: AssignmentPath, principal: StaffDep, session: SessionDep
) -> None:
    """Unassign; devices drop the module on their next pull unless another assignment
    still reaches them."""
    service.delete_assignment(session, principal, assignment_id)


@router.get("/modules/{slug}/assignments", response_model=list[AssignmentPublic])
def module_assignments(
    slug: SlugPath, principal: StaffDep, session: SessionDep
) -> list[AssignmentPublic]:
    """Every assignment of one module (faculty and admins)."""
    return service.module_assignments(session, principal, slug)
