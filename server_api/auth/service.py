"""Accounts and tokens.

Tokens are 256-bit random strings; the database keeps only their SHA-256, so a leaked
database does not leak usable tokens (a fast hash is enough for values this random;
passwords, which are not, get argon2id). ``session`` tokens live a day; ``device`` tokens,
issued to installed apps, slide forward 180 days with every use, so a laptop that was
offline for a month still syncs, and an admin can revoke it at any time.

Kiosk credentials (``frk_...``, ``server_api.kiosks``) are hashed the same way and resolve to
a principal with role ``kiosk``: no account stands behind it (``account_id`` is 0), and the
request dependencies keep it away from every endpoint that is not meant for kiosks.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server_api.auth.passwords import check_password
from server_api.errors import (
    AccountDisabled,
    BadRequest,
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
)
from server_api.models import Account, AuthToken, Faculty, Kiosk, Student, Team, University
from server_api.ratelimit import LOGIN_ACCOUNT, LOGIN_ADDRESS, RateLimiter
from server_api.timeutil import utcnow

__all__ = [
    "DEVICE_TOKEN_TTL",
    "KIOSK_TOKEN_PREFIX",
    "SESSION_TOKEN_TTL",
    "Principal",
    "account_public_fields",
    "authenticate_token",
    "confirm_password",
    "create_account",
    "disable_account",
    "issue_token",
    "hash_password",
    "login",
    "revoke_token",
]

SESSION_TOKEN_TTL = timedelta(hours=24)
DEVICE_TOKEN_TTL = timedelta(days=180)
_SLIDE_EVERY = timedelta(hours=1)
KIOSK_TOKEN_PREFIX = "frk_"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()  # argon2id with the library's recommended parameters
_DUMMY_HASH = _hasher.hash("frames-lms timing equaliser")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the account, its role and the rows that decide its scope.

    A kiosk (role ``kiosk``) has no account: ``account_id`` and ``token_id`` are 0,
    ``kiosk_id`` names the kiosk, and ``university_id``/``team_id`` are its scope.
    """

    account_id: int
    role: str
    email: str
    student_id: str | None
    faculty_id: str | None
    university_id: str | None
    team_id: int | None
    token_id: int
    token_kind: str
    device_id: str | None
    kiosk_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise BadRequest(f"not an email address: {email!r}")
    return email


def create_account(
    session: Session,
    *,
    email: str,
    password: str,
    role: str,
    display_name: str | None = None,
    student_id: str | None = None,
    faculty_id: str | None = None,
    university_id: str | None = None,
    team_id: int | None = None,
) -> Account:
    """Create an account, linking it to the existing student or faculty row when there is one.

    A student or faculty account links to the row named by id, else to the one row with the
    same email, else a new row is created in ``university_id``.
    """
    email = normalise_email(email)
    check_password(password, email=email, name=display_name)
    if role not in ("student", "faculty", "admin"):
        raise BadRequest(f"unknown role {role!r}: use student, faculty or admin")
    if session.scalar(select(Account.id).where(Account.email == email)) is not None:
        raise Conflict(f"an account for {email} already exists")
    if university_id is not None and session.get(University, university_id) is None:
        raise BadRequest(f"no university with id {university_id!r}")
    if role != "student" and (student_id or team_id is not None):
        raise BadRequest("--student-id and --team-id are only for student accounts")
    if role != "faculty" and faculty_id:
        raise BadRequest("--faculty-id is only for faculty accounts")

    account = Account(
        email=email,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name,
        university_id=university_id,
    )
    if role == "student":
        student = _link_student(
            session,
            email=email,
            student_id=student_id,
            university_id=university_id,
            team_id=team_id,
            name=display_name,
        )
        account.student_id = student.id
        account.university_id = student.university_id
        account.display_name = display_name or student.name
    elif role == "faculty":
        faculty = _link_faculty(
            session,
            email=email,
            faculty_id=faculty_id,
            university_id=university_id,
            name=display_name,
        )
        account.faculty_id = faculty.id
        account.university_id = faculty.university_id
        account.display_name = display_name or faculty.name
    session.add(account)
    session.flush()
    return account


_Person = TypeVar("_Person", Student, Faculty)


def _existing_person(
    session: Session,
    model: type[_Person],
    *,
    kind: str,
    person_id: str | None,
    email: str,
    university_id: str | None,
) -> _Person | None:
    """The student or faculty row an account links to: by id, else the one with this email.
    Refuses a row of another university and one that already has an account."""
    flag = "--student-id" if model is Student else "--faculty-id"
    if person_id is not None:
        person = session.get(model, person_id)
        if person is None:
            raise BadRequest(f"no {kind} with id {person_id!r}")
    else:
        matches = session.scalars(
            select(model).where(func.lower(model.email) == email).limit(2)
        ).all()
        if len(matches) > 1:
            raise Conflict(f"several {kind} rows have email {email}: pass {flag}")
        person = matches[0] if matches else None
    if person is None:
        return None
    if university_id is not None and person.university_id not in (None, university_id):
        raise BadRequest(
            f"{kind} {person.id!r} belongs to university {person.university_id!r}, "
            f"not {university_id!r}"
        )
    link = Account.student_id if model is Student else Account.faculty_id
    if session.scalar(select(Account.id).where(link == person.id)):
        raise Conflict(f"{kind} {person.id!r} already has an account")
    return person


def _link_student(
    session: Session,
    *,
    email: str,
    student_id: str | None,
    university_id: str | None,
    team_id: int | None,
    name: str | None,
) -> Student:
    student = _existing_person(
        session,
        Student,
        kind="student",
        person_id=student_id,
        email=email,
        university_id=university_id,
    )
    if student is not None:
        return student
    if university_id is None:
        raise BadRequest("a new student needs --university-id")
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.university_id != university_id:
            raise BadRequest(f"no team {team_id} in university {university_id!r}")
    student = Student(
        id=f"stu-{secrets.token_hex(5)}",
        name=name,
        email=email,
        university_id=university_id,
        team_id=team_id,
        role="member",
    )
    session.add(student)
    session.flush()
    return student


def _link_faculty(
    session: Session,
    *,
    email: str,
    faculty_id: str | None,
    university_id: str | None,
    name: str | None,
) -> Faculty:
    faculty = _existing_person(
        session,
        Faculty,
        kind="faculty member",
        person_id=faculty_id,
        email=email,
        university_id=university_id,
    )
    if faculty is not None:
        return faculty
    if university_id is None:
        raise BadRequest("a new faculty member needs --university-id")
    faculty = Faculty(
        id=f"fac-{secrets.token_hex(5)}", name=name, email=email, university_id=university_id
    )
    session.add(faculty)
    session.flush()
    return faculty


def login(
    session: Session,
    *,
    email: str,
    password: str,
    device_id: str | None = None,
    device_name: str | None = None,
    limiter: RateLimiter | None = None,
    address: str = "unknown",
) -> tuple[str, AuthToken, Account]:
    """Check the password and issue a token; the same error for a wrong email or password.

    With a ``limiter``, a locked account or client address is refused (429) before the
    password is checked, each failure counts against both, and a success forgets the
    account's failures (``server_api.ratelimit``).
    """
    email = email.strip().lower()
    counters = ((LOGIN_ACCOUNT, email), (LOGIN_ADDRESS, address))
    if limiter is not None:
        limiter.check(*counters)
    account = session.scalar(select(Account).where(Account.email == email))
    try:
        _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        account = None
    if account is None:
        if limiter is not None:
            for rule, key in counters:
                limiter.fail(rule, key)
        raise Unauthorized("wrong email or password")
    if limiter is not None:
        limiter.clear(LOGIN_ACCOUNT, email)
    if account.disabled_at is not None:
        raise AccountDisabled("this account has been disabled: ask your faculty or an admin")
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    return (*issue_token(session, account, device_id=device_id, device_name=device_name), account)


def confirm_password(session: Session, principal: Principal, password: str) -> None:
    """Ask for the password again before a sensitive change (``Forbidden`` if it is wrong):
    a bearer token alone, copied from a device, must not be enough. Reads without flushing:
    a caller may count a failure on its own connection next (``server_api.ratelimit``)."""
    with session.no_autoflush:
        account = session.get(Account, principal.account_id) if principal.account_id else None
    try:
        _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        account = None
    if account is None:
        raise Forbidden("wrong password: nothing was changed")


def issue_token(
    session: Session, account: Account, *, device_id: str | None, device_name: str | None
) -> tuple[str, AuthToken]:
    now = utcnow()
    kind = "device" if device_id else "session"
    token = "frm_" + secrets.token_urlsafe(32)
    row = AuthToken(
        token_hash=token_hash(token),
        account_id=account.id,
        kind=kind,
        device_id=device_id,
        device_name=device_name,
        created_at=now,
        last_used_at=now,
        expires_at=now + (DEVICE_TOKEN_TTL if kind == "device" else SESSION_TOKEN_TTL),
    )
    session.add(row)
    session.flush()
    return token, row


def authenticate_token(session: Session, token: str) -> Principal:
    """The principal a bearer token stands for; ``Unauthorized`` with the reason otherwise."""
    if token.startswith(KIOSK_TOKEN_PREFIX):
        return _authenticate_kiosk(session, token)
    found = session.execute(
        select(AuthToken, Account, Student.university_id, Student.team_id, Faculty.university_id)
        .join(Account, Account.id == AuthToken.account_id)
        .outerjoin(Student, Student.id == Account.student_id)
        .outerjoin(Faculty, Faculty.id == Account.faculty_id)
        .where(AuthToken.token_hash == token_hash(token))
    ).one_or_none()
    if found is None:
        raise Unauthorized("unknown token: sign in again")
    row, account, student_uni, team_id, faculty_uni = found
    now = utcnow()
    if row.revoked_at is not None:
        raise Unauthorized("this session was revoked: sign in again")
    if row.expires_at <= now:
        raise Unauthorized("this session has expired: sign in again")
    if account.disabled_at is not None:
        raise AccountDisabled("this account has been disabled: ask your faculty or an admin")
    if row.last_used_at is None or now - row.last_used_at > _SLIDE_EVERY:
        row.last_used_at = now
        if row.kind == "device":
            row.expires_at = now + DEVICE_TOKEN_TTL
    university = {"student": student_uni, "faculty": faculty_uni}.get(
        account.role, account.university_id
    )
    return Principal(
        account_id=account.id,
        role=account.role,
        email=account.email,
        student_id=account.student_id,
        faculty_id=account.faculty_id,
        university_id=university,
        team_id=team_id if account.role == "student" else None,
        token_id=row.id,
        token_kind=row.kind,
        device_id=row.device_id,
    )


def _authenticate_kiosk(session: Session, token: str) -> Principal:
    kiosk = session.scalar(select(Kiosk).where(Kiosk.token_hash == token_hash(token)))
    if kiosk is None:
        raise Unauthorized("unknown kiosk credential: enrol this kiosk again")
    if kiosk.revoked_at is not None:
        raise Unauthorized(
            "this kiosk was revoked by an admin; its unsynced work stays on the device for export"
        )
    if kiosk.public_key is None:
        raise Unauthorized(
            "this kiosk was enrolled by an older FRAMES LMS and must be enrolled again (staff "
            "page, Enrol again); its unsynced work stays on the device for export"
        )
    return Principal(
        account_id=0,
        role="kiosk",
        email=f"kiosk-{kiosk.id}",
        student_id=None,
        faculty_id=None,
        university_id=kiosk.university_id,
        team_id=kiosk.team_id,
        token_id=0,
        token_kind="kiosk",
        device_id=kiosk.device_id,
        kiosk_id=kiosk.id,
    )


def revoke_token(session: Session, token_id: int) -> AuthToken:
    row = session.get(AuthToken, token_id)
    if row is None:
        raise NotFound(f"no token {token_id}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
    return row


def disable_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound(f"no account {account_id}")
    now = utcnow()
    account.disabled_at = account.disabled_at or now
    for tok in session.scalars(select(AuthToken).where(AuthToken.account_id == account_id)):
        tok.revoked_at = tok.revoked_at or now
    return account


def account_public_fields(account: Account, team_id: int | None = None) -> dict[str, object]:
    return {
        "id": account.id,
        "email": account.email,
        "role": account.role,
        "display_name": account.display_name,
        "student_id": account.student_id,
        "faculty_id": account.faculty_id,
        "university_id": account.university_id,
        "team_id": team_id,
        "disabled": account.disabled_at is not None,
    }
