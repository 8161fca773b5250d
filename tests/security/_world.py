"""One small university for the security probes: a student with an assigned published
module, faculty, an admin and an enrolled kiosk, each with a bearer token."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server_api.kiosks.service import create_enrolment_code, enrol
from server_api.timeutil import utcnow
from sync.rules import kiosk_keys
from sync.rules.protocol import KioskEnrolRequest
from tests.factories import make_account, make_assignment, make_module, make_team, make_university
from tests.factories.shared_api import bearer, make_token

__all__ = ["DEVICE", "KIOSK_DEVICE", "Probe", "arrange", "event", "push_body"]

DEVICE = "probe-device-1"
KIOSK_DEVICE = "probe-kiosk-1"


@dataclass
class Probe:
    """Who is who in the probed university (ids, emails and ready-made headers)."""

    university: str
    team: int
    slug: str
    student_id: str
    student_email: str
    faculty_email: str
    headers: dict[str, dict[str, str]]  # "student", "faculty", "admin", "kiosk"
    kiosk_device: str  # the device id the server issued to the kiosk at enrolment


def arrange(db: Session, uni_id: str = "uni-probe") -> Probe:
    uni = make_university(db, uni_id)
    team = make_team(db, uni.id)
    student = make_account(db, "student", university_id=uni.id, team_id=team.id)
    faculty = make_account(db, "faculty", university_id=uni.id)
    admin = make_account(db, "admin")
    module = make_module(db, university_id=uni.id, slug=f"{uni_id}-mod", sections=3)
    make_assignment(db, module, university_id=uni.id)
    code, _ = create_enrolment_code(db, university_id=uni.id)
    kiosk = enrol(
        db,
        KioskEnrolRequest(
            protocol_version=1,
            device_id=KIOSK_DEVICE,
            name="Probe",
            code=code,
            public_key=kiosk_keys.public_key(kiosk_keys.new_kiosk_key()),
        ),
        token=None,
    )
    db.commit()
    return Probe(
        university=uni.id,
        team=team.id,
        slug=module.module_id,
        kiosk_device=kiosk.kiosk.device_id,
        student_id=student.student_id,
        student_email=student.email,
        faculty_email=faculty.email,
        headers={
            "student": bearer(make_token(db, student)),
            "faculty": bearer(make_token(db, faculty)),
            "admin": bearer(make_token(db, admin)),
            "kiosk": bearer(kiosk.token),
        },
    )


def event(
    student_id: str,
    slug: str,
    *,
    seq: int,
    data: Any = None,
    event_type: str = "heartbeat",
    at: datetime | None = None,
) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4().hex,
        "student_id": student_id,
        "module_id": slug,
        "event_type": event_type,
        "event_data": data,
        "section_number": 1,
        "session_id": "probe-session",
        "device_type": "desktop",
        "device_id": DEVICE,
        "device_seq": seq,
        "client_timestamp": (at or utcnow()).isoformat(),
        "time_elapsed_seconds": 0,
    }


def push_body(events: list[dict[str, Any]], *, device_id: str = DEVICE) -> dict[str, Any]:
    return {
        "protocol_version": 1,
        "device_id": device_id,
        "device_time": utcnow().isoformat(),
        "events": events,
    }
