"""Kiosks: enrolment (one-time code or a staff sign-in), the roster, scope, PINs, revocation.

A kiosk is a shared tablet enrolled for one university, optionally one team. It holds its
own credential (``frk_`` + 256 random bits; the server stores only the SHA-256), acts only
for the students of its roster (``scope.kiosk_roster``) and is cut off by revoking it: a
revoked kiosk gets 401 everywhere and keeps its unsynced events on the device for export.
Enrolling a device again revokes the kiosk it had before, so one device holds one live
credential.

Enrolment codes are 12 Crockford base32 characters (60 random bits) written
``XXXX-XXXX-XXXX``; input may be lower case, without dashes, and with ``O``/``I``/``L`` for
``0``/``1``/``1``. Only their SHA-256 is stored. A code is consumed by one
``UPDATE ... WHERE used_at IS NULL AND expires_at > now RETURNING``, so of two devices
enrolling with one code at once exactly one wins; the other is told the code was used.

PINs and the trust model
------------------------
A student signs in on a kiosk with a PIN (6 to 12 digits for a new one; shorter PINs set
before keep working until changed) set online by the student, with their password, or given
out by faculty. The server keeps it as an argon2id hash; ``sync.rules.kiosk_keys`` derives from it
a verifier, which the roster sends *sealed to the kiosk's public key* (the tablet made the
key pair at enrolment and keeps the private half), and a proof key, which never leaves the
server. A sign-in on the tablet yields a proof for that sitting; a kiosk's push is accepted
only for sittings with a valid proof (``trust``). So the credential alone, stolen with or
without the device id, reads the roster's names and the mirrors of its students (until it
is revoked) but can neither write their records nor test PINs offline. The device id is
issued here at enrolment; a request with the credential and another device id is refused
(403) and noted as an alert. Kiosks enrolled before this model (no public key) are refused
until enrolled again. A PIN must never be a student's password.
"""

from __future__ import annotations

import re
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server_api.auth.service import (
    KIOSK_TOKEN_PREFIX,
    Principal,
    authenticate_token,
    confirm_password,
    token_hash,
)
from server_api.errors import (
    BadRequest,
    ClientTooOld,
    Forbidden,
    Gone,
    NotFound,
    Unauthorized,
)
from server_api.kiosks import repository, trust
from server_api.kiosks.schemas import EnrolmentCodeCreate, EnrolmentCodePublic, KioskPublic
from server_api.models import (
    Kiosk,
    KioskEnrolmentCode,
    Student,
    StudentPin,
    Team,
    University,
)
from server_api.modules.schemas import MAX_INT4, clean_text
from server_api.modules.scope import in_own_university
from server_api.ratelimit import (
    ENROL_ADDRESS,
    KIOSK_ROSTER,
    LOGIN_ACCOUNT,
    PIN_SET,
    RateLimiter,
    charge_kiosk,
)
from server_api.sync_api.push import check_protocol
from server_api.timeutil import utcnow
from sync.rules import kiosk_keys
from sync.rules.protocol import (
    KioskEnrolRequest,
    KioskEnrolResponse,
    KioskOut,
    RosterEntry,
    RosterRequest,
    RosterResponse,
)

__all__ = [
    "CODE_ALPHABET",
    "KIOSK_DEVICE_PREFIX",
    "DEFAULT_CODE_LIFETIME",
    "check_kiosk_device",
    "clear_pin",
    "create_code",
    "create_enrolment_code",
    "enrol",
    "hash_pin",
    "list_kiosks",
    "PIN_RULE",
    "normalise_code",
    "pull_principal",
    "record_sync",
    "revoke_kiosk",
    "roster",
    "set_my_pin",
    "set_pin",
    "set_student_pin",
    "verify_pin",
]

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
KIOSK_DEVICE_PREFIX = "kiosk-"
DEFAULT_CODE_LIFETIME = timedelta(hours=24)
_CODE_LENGTH = 12
_CODE_READS_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_PIN = re.compile(r"[0-9]{6,12}")
PIN_RULE = "a kiosk PIN is 6 to 12 digits (0-9)"
_pin_hasher = PasswordHasher()  # argon2id, the library's recommended parameters


# --- codes ------------------------------------------------------------------------------------


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, _CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    """The code's 12 characters as stored (upper case, no dashes or spaces); ``BadRequest``
    if it cannot be an enrolment code at all."""
    raw = re.sub(r"[\s-]", "", code).upper().translate(_CODE_READS_AS)
    if len(raw) != _CODE_LENGTH or any(c not in CODE_ALPHABET for c in raw):
        raise BadRequest(
            "that is not an enrolment code: codes are 12 letters and digits like ABCD-EFGH-JKMN"
        )
    return raw


def _scope(
    session: Session, *, university_id: str, team_id: int | None
) -> tuple[University, Team | None]:
    university = session.get(University, _clean(university_id, "university_id"))
    if university is None:
        raise NotFound(f"no university {university_id!r}")
    team = None
    if team_id is not None:
        team = session.get(Team, team_id) if 1 <= team_id <= MAX_INT4 else None
        if team is None or team.university_id != university.id:
            raise NotFound(f"no team {team_id} in university {university.id!r}")
    return university, team


def _staff_scope(
    session: Session, principal: Principal, *, university_id: str | None, team_id: int | None
) -> tuple[University, Team | None]:
    """The university and team a staff member enrols a kiosk (or makes a code) for."""
    if principal.role not in ("faculty", "admin"):
        raise Forbidden("only faculty and admins enrol kiosks")
    if principal.role == "faculty":
        if principal.university_id is None:
            raise Forbidden("your faculty account belongs to no university")
        if university_id is not None and university_id != principal.university_id:
            raise NotFound(f"no university {university_id!r}")  # another's: not found
        university_id = principal.university_id
    elif university_id is None:
        raise BadRequest("an admin names the kiosk's university: send university_id")
    return _scope(session, university_id=university_id, team_id=team_id)


def create_enrolment_code(
    session: Session,
    *,
    university_id: str,
    team_id: int | None = None,
    expires_in: timedelta = DEFAULT_CODE_LIFETIME,
    created_by: int | None = None,
) -> tuple[str, KioskEnrolmentCode]:
    """Make a one-time enrolment code for a university (and team); flushes, the caller
    commits. Returns the code as shown to people (``XXXX-XXXX-XXXX``) and its row."""
    if expires_in <= timedelta(0):
        raise BadRequest("an enrolment code must expire in the future")
    university, team = _scope(session, university_id=university_id, team_id=team_id)
    code = _new_code()
    now = utcnow()
    row = KioskEnrolmentCode(
        code_hash=token_hash(normalise_code(code)),
        university_id=university.id,
        team_id=team.id if team else None,
        created_by_account_id=created_by,
        created_at=now,
        expires_at=now + expires_in,
    )
    session.add(row)
    session.flush()
    return code, row


def create_code(
    session: Session, principal: Principal, body: EnrolmentCodeCreate
) -> EnrolmentCodePublic:
    """``POST /v1/kiosks/codes``: faculty for their university, admins for any."""
    university, team = _staff_scope(
        session, principal, university_id=body.university_id, team_id=body.team_id
    )
    lifetime = (
        timedelta(seconds=body.expires_in_seconds)
        if body.expires_in_seconds is not None
        else DEFAULT_CODE_LIFETIME
    )
    code, row = create_enrolment_code(
        session,
        university_id=university.id,
        team_id=team.id if team else None,
        expires_in=lifetime,
        created_by=principal.account_id,
    )
    return EnrolmentCodePublic(
        code=code, expires_at=row.expires_at, university_id=row.university_id, team_id=row.team_id
    )


# --- enrolment --------------------------------------------------------------------------------


def _clean(value: str, field: str) -> str:
    try:
        return clean_text(value)
    except ValueError as exc:
        raise BadRequest(f"{field}: {exc}") from None


def enrol(
    session: Session,
    request: KioskEnrolRequest,
    *,
    token: str | None,
    limiter: RateLimiter | None = None,
    address: str = "unknown",
) -> KioskEnrolResponse:
    """Enrol a device as a kiosk: with ``request.code`` (any Authorization is ignored), or as
    the faculty member or admin ``token`` belongs to. Revokes the device's previous kiosk.

    With a ``limiter``, wrong codes count against the client address and a locked address
    is refused (429) before its code is looked at."""
    check_protocol(request.protocol_version)
    if request.public_key is None:
        raise ClientTooOld(
            "this app enrols kiosks the old way, which this server no longer accepts: "
            "please update FRAMES LMS on the tablet"
        )
    try:
        kiosk_keys.check_public_key(request.public_key)
    except ValueError:
        raise BadRequest("public_key: not an X25519 public key") from None
    name = _clean(request.name, "name").strip()
    if not name:
        raise BadRequest("name: give the kiosk a name people will recognise")
    if request.code is not None:
        if limiter is not None:
            limiter.check((ENROL_ADDRESS, address))
        try:
            _check_code(session, request.code)  # reads only: the counter may write meanwhile
        except (Unauthorized, Gone):
            if limiter is not None:
                limiter.fail(ENROL_ADDRESS, address)
            raise
        return _enrol_with_code(session, request, name)
    if token is None:
        raise Unauthorized(
            "sign in as faculty or an admin, or send a one-time enrolment code to enrol a kiosk"
        )
    principal = authenticate_token(session, token)
    university, team = _staff_scope(
        session, principal, university_id=request.university_id, team_id=request.team_id
    )
    return _create_kiosk(
        session,
        name=name,
        university=university,
        team=team,
        request=request,
        created_by=principal.account_id,
    )


def _check_code(session: Session, code: str) -> None:
    """Raise unless ``code`` is an enrolment code that is neither used nor expired (it may
    still be taken by another device first: ``_enrol_with_code`` decides)."""
    row = session.scalar(
        select(KioskEnrolmentCode).where(
            KioskEnrolmentCode.code_hash == token_hash(normalise_code(code))
        )
    )
    if row is None:
        raise Unauthorized("unknown enrolment code: check it, or ask for a new one")
    if row.used_at is not None:
        raise Gone("this enrolment code was already used: ask for a new one")
    if row.expires_at <= utcnow():
        raise Gone("this enrolment code has expired: ask for a new one")


def _enrol_with_code(session: Session, request: KioskEnrolRequest, name: str) -> KioskEnrolResponse:
    assert request.code is not None
    digest = token_hash(normalise_code(request.code))
    now = utcnow()
    C = KioskEnrolmentCode
    taken = session.execute(
        update(C)
        .where(C.code_hash == digest, C.used_at.is_(None), C.expires_at > now)
        .values(used_at=now)
        .returning(C.id, C.university_id, C.team_id, C.created_by_account_id)
    ).one_or_none()
    if taken is None:
        row = session.scalar(select(C).where(C.code_hash == digest))
        if row is None:
            raise Unauthorized("unknown enrolment code: check it, or ask for a new one")
        if row.used_at is not None:
            raise Gone("this enrolment code was already used: ask for a new one")
        raise Gone("this enrolment code has expired: ask for a new one")
    code_id, university_id, team_id, created_by = taken
    if (request.university_id is not None and request.university_id != university_id) or (
        request.team_id is not None and request.team_id != team_id
    ):
        raise BadRequest(
            "the code decides the kiosk's university and team: leave university_id and team_id out"
        )
    university, team = _scope(session, university_id=university_id, team_id=team_id)
    response = _create_kiosk(
        session,
        name=name,
        university=university,
        team=team,
        request=request,
        created_by=created_by,
    )
    session.execute(update(C).where(C.id == code_id).values(kiosk_id=response.kiosk.kiosk_id))
    return response


def _create_kiosk(
    session: Session,
    *,
    name: str,
    university: University,
    team: Team | None,
    request: KioskEnrolRequest,
    created_by: int | None,
) -> KioskEnrolResponse:
    """A new kiosk with a device id of the server's making; the live kiosk of the same
    university that the enrolling device was until now (its ``device_id``) is revoked."""
    now = utcnow()
    session.execute(
        update(Kiosk)
        .where(
            Kiosk.device_id == request.device_id,
            Kiosk.university_id == university.id,
            Kiosk.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    token = KIOSK_TOKEN_PREFIX + secrets.token_urlsafe(32)
    kiosk = Kiosk(
        name=name,
        university_id=university.id,
        team_id=team.id if team else None,
        device_id=KIOSK_DEVICE_PREFIX + secrets.token_hex(12),
        token_hash=token_hash(token),
        public_key=request.public_key,
        created_by_account_id=created_by,
        created_at=now,
    )
    session.add(kiosk)
    session.flush()
    return KioskEnrolResponse(
        token=token, kiosk=_kiosk_out(kiosk, university.name, team.name if team else None)
    )


def _kiosk_out(kiosk: Kiosk, university_name: str | None, team_name: str | None) -> KioskOut:
    return KioskOut(
        kiosk_id=kiosk.id,
        name=kiosk.name,
        university_id=kiosk.university_id,
        university_name=university_name,
        team_id=kiosk.team_id,
        team_name=team_name,
        device_id=kiosk.device_id,
    )


def _public(
    kiosk: Kiosk,
    university_name: str | None,
    team_name: str | None,
    alerts: repository.AlertSummary | None = None,
) -> KioskPublic:
    return KioskPublic(
        **_kiosk_out(kiosk, university_name, team_name).model_dump(),
        created_at=kiosk.created_at,
        last_sync_at=kiosk.last_sync_at,
        pending_events=kiosk.pending_events,
        revoked_at=kiosk.revoked_at,
        legacy=kiosk.public_key is None,
        alerts=alerts.count if alerts else 0,
        last_alert=alerts.last if alerts else None,
        last_alert_at=alerts.last_at if alerts else None,
    )


# --- staff: list and revoke -------------------------------------------------------------------


def list_kiosks(
    session: Session, principal: Principal | None, university_id: str | None = None
) -> list[KioskPublic]:
    """Kiosks, revoked ones included: an admin's (or the CLI's, ``principal=None``) of every
    university or the one named; a faculty member's of their own university."""
    if university_id is not None:
        university_id = _clean(university_id, "university_id")
    if principal is not None and principal.role != "admin":
        if principal.role != "faculty" or principal.university_id is None:
            raise Forbidden("only faculty and admins see kiosks")
        if university_id is not None and university_id != principal.university_id:
            raise NotFound(f"no university {university_id!r}")
        university_id = principal.university_id
    rows = repository.kiosk_rows(session, university_id=university_id)
    alerts = repository.alert_summaries(session, [k.id for k, _u, _t in rows])
    return [_public(*row, alerts.get(row[0].id)) for row in rows]


def revoke_kiosk(session: Session, principal: Principal | None, kiosk_id: int) -> KioskPublic:
    """Revoke a kiosk (again is fine). Faculty revoke their own university's; admins and the
    CLI (``principal=None``) any. The kiosk keeps its unsynced work for export."""
    rows = repository.kiosk_rows(session, kiosk_id=kiosk_id)
    if not rows or (
        principal is not None and not in_own_university(principal, rows[0][0].university_id)
    ):
        raise NotFound(f"no kiosk {kiosk_id}")
    kiosk = rows[0][0]
    if kiosk.revoked_at is None:
        kiosk.revoked_at = utcnow()
        session.flush()
    return _public(*rows[0], repository.alert_summaries(session, [kiosk.id]).get(kiosk.id))


# --- the kiosk itself: roster, sync bookkeeping, acting for a student -------------------------


def check_kiosk_device(session: Session, principal: Principal, device_id: str) -> None:
    """A kiosk credential works only with the device id it was issued with; anything else
    is refused (without saying which id would do) and noted as an alert."""
    if principal.kiosk_id is not None and device_id != principal.device_id:
        trust.record_alert_apart(
            session.get_bind(),
            kiosk_id=principal.kiosk_id,
            kind="wrong_device",
            detail=f"its credential was sent with device id {device_id[:64]!r}",
        )
        raise Forbidden(
            "this kiosk credential belongs to another device: enrol this device as a kiosk"
        )


def record_sync(
    session: Session, principal: Principal, *, device_id: str, pending_events: int | None = None
) -> None:
    """Note that a kiosk synced now (and what it still holds); nothing for a person."""
    if principal.kiosk_id is None:
        return
    check_kiosk_device(session, principal, device_id)
    values: dict[str, object] = {"last_sync_at": utcnow()}
    if pending_events is not None:
        values["pending_events"] = pending_events
    session.execute(update(Kiosk).where(Kiosk.id == principal.kiosk_id).values(**values))


def roster(
    session: Session,
    principal: Principal,
    request: RosterRequest,
    limiter: RateLimiter | None = None,
) -> RosterResponse:
    """Everyone who may sign in on this kiosk, each one's PIN material sealed to the kiosk's
    key; records the sync."""
    if limiter is not None:
        charge_kiosk(limiter, principal.kiosk_id, KIOSK_ROSTER)
    check_protocol(request.protocol_version)
    if request.pending_events > MAX_INT4:
        raise BadRequest(f"pending_events: at most {MAX_INT4}")
    record_sync(
        session, principal, device_id=request.device_id, pending_events=request.pending_events
    )
    assert principal.kiosk_id is not None
    kiosk, university_name, team_name = repository.kiosk_rows(session, kiosk_id=principal.kiosk_id)[
        0
    ]
    assert kiosk.public_key is not None  # legacy kiosks are refused at authentication
    entries = [
        RosterEntry(
            student_id=row.student.id,
            name=_display_name(row.student),
            team_id=row.student.team_id,
            team_name=row.team_name,
            pin_box=_pin_box(kiosk.public_key, row.student.id, row.pin_hash),
        )
        for row in repository.roster_rows(session, principal)
    ]
    entries.sort(key=lambda e: (e.name, e.student_id))
    return RosterResponse(
        kiosk=_kiosk_out(kiosk, university_name, team_name),
        students=entries,
        server_time=utcnow(),
    )


def _pin_box(public_key: str, student_id: str, pin_hash: str | None) -> str | None:
    """What checks the student's PIN, sealed to the kiosk's key (None: no usable PIN)."""
    if pin_hash is None:
        return None
    try:
        material, _proof_key = kiosk_keys.material_from_phc(pin_hash)
    except ValueError:
        return None
    return kiosk_keys.seal_pin(public_key, student_id=student_id, material=material)


def _display_name(student: Student) -> str:
    if student.name and student.name.strip():
        return student.name.strip()
    if student.email and student.email.split("@", 1)[0].strip():
        return student.email.split("@", 1)[0].strip()
    return student.id


def pull_principal(session: Session, principal: Principal, student_id: str | None) -> Principal:
    """Whom a pull is for: a person pulls their own records; a kiosk names a roster student
    and pulls exactly what that student would."""
    if principal.kiosk_id is None:
        if student_id is not None and student_id != principal.student_id:
            raise BadRequest("student_id is for kiosks: a signed-in person pulls their own records")
        return principal
    if student_id is None:
        raise BadRequest("a kiosk pulls for one student at a time: send student_id")
    found = repository.roster_principals(session, principal, {_clean(student_id, "student_id")})
    if student_id not in found:
        raise Forbidden(f"student {student_id!r} is not on this kiosk's roster")
    return found[student_id]


# --- PINs -------------------------------------------------------------------------------------


def hash_pin(pin: str) -> str:
    """The argon2id PHC string of a new PIN; ``BadRequest`` unless it is 6 to 12 digits."""
    if not _PIN.fullmatch(pin):
        raise BadRequest(PIN_RULE)
    return _pin_hasher.hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    """What a kiosk does offline: whether ``pin`` matches the stored hash."""
    try:
        return PasswordHasher().verify(pin_hash, pin)
    except Exception:  # noqa: BLE001 - mismatch, or not an argon2 hash at all
        return False


def set_pin(session: Session, student_id: str, pin: str, set_by: int | None = None) -> StudentPin:
    """Set (or replace) a student's kiosk PIN; flushes, the caller commits. ``set_by`` is the
    account that set it (None: the command line or a test)."""
    pin_hash = hash_pin(pin)
    if session.get(Student, _clean(student_id, "student_id")) is None:
        raise NotFound(f"no student {student_id!r}")
    values = {
        "student_id": student_id,
        "pin_hash": pin_hash,
        "updated_at": utcnow(),
        "set_by_account_id": set_by,
    }
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = insert(StudentPin).values(values)
    replaced = {k: stmt.excluded[k] for k in ("pin_hash", "updated_at", "set_by_account_id")}
    # the PIN it replaces still proves sittings signed in with it for trust.PROOF_GRACE
    replaced["previous_pin_hash"] = StudentPin.__table__.c.pin_hash
    replaced["replaced_at"] = stmt.excluded["updated_at"]
    session.execute(
        stmt.on_conflict_do_update(index_elements=[StudentPin.student_id], set_=replaced)
    )
    row = session.get(StudentPin, student_id, populate_existing=True)
    assert row is not None
    return row


def set_my_pin(
    session: Session,
    principal: Principal,
    pin: str,
    *,
    password: str,
    limiter: RateLimiter | None = None,
) -> None:
    """``PUT /v1/me/pin``: a student sets their own PIN, confirming it with their password
    (rate-limited per account; a wrong password counts as a failed sign-in)."""
    if principal.role != "student" or principal.student_id is None:
        raise Forbidden("only students set their own PIN; staff use /v1/students/{id}/pin")
    if limiter is not None:
        limiter.check((LOGIN_ACCOUNT, principal.email))
        limiter.hit(PIN_SET, str(principal.account_id))
    hash_pin(pin)  # a malformed PIN is a 400 before the (slow) password check
    try:
        confirm_password(session, principal, password)
    except Forbidden:
        if limiter is not None:
            limiter.fail(LOGIN_ACCOUNT, principal.email)
        raise
    set_pin(session, principal.student_id, pin, set_by=principal.account_id)


def _staff_student(session: Session, principal: Principal, student_id: str) -> Student:
    student = session.get(Student, _clean(student_id, "student_id"))
    if student is None or not in_own_university(principal, student.university_id):
        raise NotFound(f"no student {student_id!r}")
    return student


def set_student_pin(
    session: Session,
    principal: Principal,
    student_id: str,
    pin: str,
    limiter: RateLimiter | None = None,
) -> None:
    """Faculty give a PIN to a student of their university; admins to anyone (rate-limited
    per staff account)."""
    if limiter is not None:
        limiter.hit(PIN_SET, str(principal.account_id))
    student = _staff_student(session, principal, student_id)
    set_pin(session, student.id, pin, set_by=principal.account_id)


def clear_pin(session: Session, principal: Principal, student_id: str) -> None:
    """Remove a student's PIN (they cannot sign in on kiosks until they get a new one)."""
    student = _staff_student(session, principal, student_id)
    row = session.get(StudentPin, student.id)
    if row is not None:
        session.delete(row)
        session.flush()
