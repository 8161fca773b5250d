"""``/v1/kiosks`` (enrol, codes, list, revoke), ``/v1/kiosk/roster`` and students' PINs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from server_api.deps import (
    AddressDep,
    BearerDep,
    KioskDep,
    LimiterDep,
    PrincipalDep,
    SessionDep,
    StaffDep,
)
from server_api.kiosks import service
from server_api.kiosks.schemas import (
    EnrolmentCodeCreate,
    EnrolmentCodePublic,
    KioskPublic,
    MyPinSet,
    PinSet,
)
from server_api.modules.schemas import MAX_INT4, CleanStr
from sync.rules.protocol import KioskEnrolRequest, KioskEnrolResponse, RosterRequest, RosterResponse

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["kiosks"])

KioskPath = Annotated[int, Path(ge=1, le=MAX_INT4, description="kiosk id")]
StudentPath = Annotated[CleanStr, Path(min_length=1, max_length=255, description="student id")]
UniversityQuery = Annotated[CleanStr | None, Query(min_length=1, max_length=255)]


@router.post("/kiosks/enrol", response_model=KioskEnrolResponse, status_code=201)
def enrol(
    body: KioskEnrolRequest,
    session: SessionDep,
    credentials: BearerDep,
    limiter: LimiterDep,
    address: AddressDep,
) -> KioskEnrolResponse:
    """Enrol this device as a kiosk and get its credential (shown once).

    With ``code`` (from ``POST /v1/kiosks/codes`` or ``frames-server kiosk-code``) no sign-in
    is needed and any Authorization header is ignored; the code is used up. Without a code,
    sign in as faculty (your university; ``team_id`` optional) or an admin (name
    ``university_id``). ``public_key`` is the public half of a key the tablet made (426
    without it: an app too old for this server). The kiosk's device id is issued here
    (``kiosk.device_id``); every later request must send it. Enrolling again from a device
    whose current id is a live kiosk of the same university revokes that kiosk.
    """
    token = credentials.credentials if credentials is not None else None
    return service.enrol(session, body, token=token, limiter=limiter, address=address)


@router.post("/kiosks/codes", response_model=EnrolmentCodePublic, status_code=201)
def create_code(
    body: EnrolmentCodeCreate, principal: StaffDep, session: SessionDep
) -> EnrolmentCodePublic:
    """A one-time enrolment code (default: valid 24 hours). Only its hash is stored."""
    return service.create_code(session, principal, body)


@router.get("/kiosks", response_model=list[KioskPublic])
def list_kiosks(
    principal: StaffDep, session: SessionDep, university_id: UniversityQuery = None
) -> list[KioskPublic]:
    """Kiosks with when each last synced and how many events it still held then."""
    return service.list_kiosks(session, principal, university_id)


@router.post("/kiosks/{kiosk_id}/revoke", response_model=KioskPublic)
def revoke_kiosk(kiosk_id: KioskPath, principal: StaffDep, session: SessionDep) -> KioskPublic:
    """Cut a kiosk off: its credential gets 401 from now on; its unsynced work stays on
    the device for an admin export."""
    return service.revoke_kiosk(session, principal, kiosk_id)


@router.post("/kiosk/roster", response_model=RosterResponse)
def roster(
    body: RosterRequest, principal: KioskDep, session: SessionDep, limiter: LimiterDep
) -> RosterResponse:
    """(Kiosks only.) Everyone who may sign in here, with what checks their PIN, sealed to
    the public key the kiosk sent at enrolment (only the tablet can open it)."""
    return service.roster(session, principal, body, limiter)


@router.put("/me/pin", status_code=204)
def set_my_pin(
    body: MyPinSet, principal: PrincipalDep, session: SessionDep, limiter: LimiterDep
) -> None:
    """A student sets their kiosk PIN: 6 to 12 digits, stored only as an argon2id hash.

    Needs the student's current ``password`` too (403 when it is wrong, counted like a wrong
    sign-in): a bearer token copied from a device must not be enough to choose someone's
    PIN."""
    service.set_my_pin(session, principal, body.pin, password=body.password, limiter=limiter)


@router.put("/students/{student_id}/pin", status_code=204)
def set_student_pin(
    student_id: StudentPath,
    body: PinSet,
    principal: StaffDep,
    session: SessionDep,
    limiter: LimiterDep,
) -> None:
    """Give a student a kiosk PIN (faculty: students of their university)."""
    service.set_student_pin(session, principal, student_id, body.pin, limiter)


@router.delete("/students/{student_id}/pin", status_code=204)
def clear_student_pin(student_id: StudentPath, principal: StaffDep, session: SessionDep) -> None:
    """Remove a student's kiosk PIN."""
    service.clear_pin(session, principal, student_id)
