"""Queries on kiosks and their rosters."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server_api.auth.service import Principal
from server_api.models import Kiosk, KioskAlert, Student, StudentPin, Team, University
from server_api.modules.scope import kiosk_roster

__all__ = [
    "AlertSummary",
    "RosterRow",
    "alert_summaries",
    "kiosk_rows",
    "roster_principals",
    "roster_rows",
]


@dataclass(frozen=True, slots=True)
class RosterRow:
    student: Student
    team_name: str | None
    pin_hash: str | None


def roster_rows(
    session: Session, kiosk: Principal, student_ids: Collection[str] | None = None
) -> list[RosterRow]:
    """The students of the kiosk's roster (only those of ``student_ids`` when given)."""
    query = (
        select(Student, Team.name, StudentPin.pin_hash)
        .outerjoin(Team, Team.id == Student.team_id)
        .outerjoin(StudentPin, StudentPin.student_id == Student.id)
        .where(kiosk_roster(kiosk))
    )
    if student_ids is not None:
        query = query.where(Student.id.in_(list(student_ids)))
    return [RosterRow(s, team, pin) for s, team, pin in session.execute(query)]


def roster_principals(
    session: Session, kiosk: Principal, student_ids: Collection[str]
) -> dict[str, Principal]:
    """student id -> the principal a kiosk acts as for that student, for those on its roster.

    The principal has the student's own scope (their team and university), no account, and
    the kiosk's device and ``kiosk_id``.
    """
    if not student_ids:
        return {}
    return {
        row.student.id: Principal(
            account_id=0,
            role="student",
            email="",
            student_id=row.student.id,
            faculty_id=None,
            university_id=row.student.university_id,
            team_id=row.student.team_id,
            token_id=0,
            token_kind="kiosk",
            device_id=kiosk.device_id,
            kiosk_id=kiosk.kiosk_id,
        )
        for row in roster_rows(session, kiosk, student_ids)
    }


def kiosk_rows(
    session: Session, *, kiosk_id: int | None = None, university_id: str | None = None
) -> list[tuple[Kiosk, str | None, str | None]]:
    """Kiosks with their university's and team's names, oldest first."""
    query = (
        select(Kiosk, University.name, Team.name)
        .join(University, University.id == Kiosk.university_id)
        .outerjoin(Team, Team.id == Kiosk.team_id)
        .order_by(Kiosk.id)
    )
    if kiosk_id is not None:
        query = query.where(Kiosk.id == kiosk_id)
    if university_id is not None:
        query = query.where(Kiosk.university_id == university_id)
    return [(k, u, t) for k, u, t in session.execute(query)]


@dataclass(frozen=True, slots=True)
class AlertSummary:
    count: int
    last: str
    last_at: datetime


def alert_summaries(session: Session, kiosk_ids: Collection[int]) -> dict[int, AlertSummary]:
    """kiosk id -> how many alerts it has and what the latest said (kiosks with any)."""
    if not kiosk_ids:
        return {}
    ids = sorted(kiosk_ids)
    counts = {
        int(kiosk_id): int(count)
        for kiosk_id, count in session.execute(
            select(KioskAlert.kiosk_id, func.count())
            .where(KioskAlert.kiosk_id.in_(ids))
            .group_by(KioskAlert.kiosk_id)
        )
    }
    latest = (
        select(func.max(KioskAlert.id))
        .where(KioskAlert.kiosk_id.in_(ids))
        .group_by(KioskAlert.kiosk_id)
    )
    found: dict[int, AlertSummary] = {}
    for alert in session.scalars(select(KioskAlert).where(KioskAlert.id.in_(latest))):
        student = f" (student {alert.student_id})" if alert.student_id else ""
        events = f", {alert.events} event(s) refused" if alert.events else ""
        found[alert.kiosk_id] = AlertSummary(
            count=int(counts.get(alert.kiosk_id, 0)),
            last=f"{alert.kind}{student}: {alert.detail}{events}",
            last_at=alert.created_at,
        )
    return found
