"""A small university with a history worth reporting on, for the Reports area's tests and
screenshots: three teams, twelve students, a faculty member, three published modules and a
draft, assignments by university, team and student with due dates past and future, progress
(some completed on different days), section events with times and struggle, feedback with
comments (one anonymous)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from server_api.auth.service import create_account
from server_api.models import ModuleAnalyticsEvent, ModuleFeedback, ModuleProgress
from tests.factories import PASSWORD, make_assignment, make_module, make_team, make_university

__all__ = ["FACULTY_EMAIL", "World", "build_world"]

FACULTY_EMAIL = "rivera@lab.example.edu"
_NAMES = {
    "ADCS": ["Ana Torres", "Ben Okafor", "Carmen Diaz", "Dmitri Volkov"],
    "Power": ["Chloe Martin", "Dev Patel", "Elena Rossi", "Farid Haddad"],
    "Structures": ["Grace Kim", "Hugo Silva", "Ines Moreau", "Jonas Berg"],
}


@dataclass
class World:
    university_id: str
    faculty_email: str
    password: str
    teams: dict[str, int]
    students: dict[str, str]  # name -> student id
    modules: dict[str, str]  # slug -> title


def build_world(db: Session, *, today: date | None = None, seed: int = 7) -> World:
    rng = random.Random(seed)
    today = today or date.today()
    uni = make_university(db, "lab", "Cal Poly Pomona")
    create_account(
        db,
        email=FACULTY_EMAIL,
        password=PASSWORD,
        role="faculty",
        display_name="Dr. Rivera",
        university_id=uni.id,
        team_id=None,
    )
    teams: dict[str, int] = {}
    students: dict[str, str] = {}
    for team_name, names in _NAMES.items():
        team = make_team(db, uni.id, name=team_name)
        teams[team_name] = team.id
        for name in names:
            email = name.split()[0].lower() + "@lab.example.edu"
            account = create_account(
                db,
                email=email,
                password=PASSWORD,
                role="student",
                display_name=name,
                university_id=uni.id,
                team_id=team.id,
            )
            assert account.student_id is not None
            students[name] = account.student_id
    db.commit()
    specs = {
        "lab-safety": ("Lab safety basics", 4),
        "esd-handling": ("ESD handling", 3),
        "soldering-101": ("Soldering 101", 5),
    }
    modules = {
        slug: make_module(db, university_id=uni.id, slug=slug, title=title, sections=n)
        for slug, (title, n) in specs.items()
    }
    make_module(
        db,
        university_id=uni.id,
        slug="cubesat-power-budget",
        title="CubeSat power budget",
        status="draft",
        sections=3,
    )
    make_assignment(
        db, modules["lab-safety"], university_id=uni.id, due_date=today - timedelta(days=5)
    )
    make_assignment(
        db, modules["esd-handling"], team_id=teams["ADCS"], due_date=today + timedelta(days=7)
    )
    make_assignment(
        db,
        modules["soldering-101"],
        team_id=teams["Power"],
        assignment_type="optional",
        due_date=today - timedelta(days=2),
    )
    make_assignment(
        db,
        modules["soldering-101"],
        student_id=students["Grace Kim"],
        assignment_type="recommended",
    )
    start = datetime.combine(today - timedelta(days=14), datetime.min.time()) + timedelta(hours=9)
    comments = [
        ("Clear and short. The PPE checklist is great.", False),
        ("The fire extinguisher video did not load on the lab tablet.", True),
        ("Section 3 was confusing: which gloves for which solvent?", False),
        ("Loved the hands-on checklist.", False),
    ]
    for index, (name, sid) in enumerate(sorted(students.items())):
        team_of = next(t for t, names in _NAMES.items() if name in names)
        mine = ["lab-safety"] + (["esd-handling"] if team_of == "ADCS" else [])
        mine += ["soldering-101"] if team_of == "Power" or name == "Grace Kim" else []
        for slug in mine:
            module = modules[slug]
            sections = specs[slug][1]
            roll = rng.random()
            if roll < 0.5:
                status, reached = "completed", sections
            elif roll < 0.8:
                status, reached = "in_progress", rng.randint(1, sections - 1)
            else:
                continue  # not started
            began = start + timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 6))
            done_at = began + timedelta(days=rng.randint(0, 4)) if status == "completed" else None
            total = 0
            t = began
            for number in range(1, reached + 1):
                spent = rng.randint(60, 420) + (240 if number == 3 else 0)
                total += spent
                t += timedelta(seconds=spent)
                db.add(
                    ModuleAnalyticsEvent(
                        module_id=module.id,
                        student_id=sid,
                        event_type="section_complete",
                        section_number=number,
                        timestamp=t,
                        time_elapsed_seconds=spent,
                        session_id=f"s{index}",
                        device_type="desktop",
                    )
                )
                for kind, chance in (
                    ("pause", 0.5),
                    ("hint_used", 0.3),
                    ("retry", 0.25),
                    ("error_encountered", 0.15),
                ):
                    weight = 2.5 if number == 3 else 1.0
                    for _ in range(rng.randint(0, 2) if rng.random() < chance * weight else 0):
                        db.add(
                            ModuleAnalyticsEvent(
                                module_id=module.id,
                                student_id=sid,
                                event_type=kind,
                                section_number=number,
                                timestamp=t,
                                session_id=f"s{index}",
                                device_type="desktop",
                            )
                        )
            db.add(
                ModuleProgress(
                    module_id=module.id,
                    student_id=sid,
                    status=status,
                    progress_percent=100
                    if status == "completed"
                    else int(100 * reached / sections),
                    current_section=reached,
                    started_at=began,
                    completed_at=done_at,
                    last_accessed_at=done_at or t,
                    total_time_seconds=total,
                    mastery_score=Decimal(f"{rng.uniform(0.55, 0.98):.2f}") if done_at else None,
                )
            )
            if status == "completed" and slug == "lab-safety":
                comment, anonymous = comments[index % len(comments)]
                db.add(
                    ModuleFeedback(
                        module_id=module.id,
                        student_id=sid,
                        rating=rng.choice([3, 4, 4, 5, 5]),
                        difficulty_rating=rng.choice([1, 2, 2, 3]),
                        comment=comment if index % 2 == 0 or anonymous else None,
                        is_anonymous=anonymous,
                        created_at=done_at,
                    )
                )
    db.commit()
    return World(
        university_id=uni.id,
        faculty_email=FACULTY_EMAIL,
        password=PASSWORD,
        teams=teams,
        students=students,
        modules={slug: title for slug, (title, _n) in specs.items()},
    )
