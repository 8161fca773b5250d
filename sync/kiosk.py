"""Kiosk mode on the device: enrolment, offline PIN sign-in and its lockout.

A kiosk is a shared tablet enrolled for a university (optionally one team). Enrolment
(``enrol``) trades a one-time code, or a faculty/admin sign-in, for the kiosk's own
credential, and stores it with the argon2id hash of a staff *exit PIN* chosen on the device
(the only way out of the locked-down app while offline). The roster then arrives with every
sync (``SyncEngine.sync_kiosk``).

Students sign in offline with a short PIN checked against the argon2id hash in the roster
(``check_pin``). Wrong PINs are counted per student on this device, durably: after
``MAX_TRIES`` in a row the student is locked out here for ``LOCKOUT`` (doubling with every
further lockout, up to ``MAX_LOCKOUT``); a right PIN resets the count. The lockout is what
makes a four-digit PIN worth having at the kiosk; it does not protect the hashes against
someone who copies the device's disk (argon2's cost and revoking the kiosk do that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from local_store import KioskRecord, LocalStore, PinAttempts, RosterStudent

if TYPE_CHECKING:
    import httpx

__all__ = [
    "LOCKOUT",
    "MAX_LOCKOUT",
    "MAX_TRIES",
    "EnrolError",
    "PinCheck",
    "PinError",
    "check_pin",
    "enrol",
    "filter_roster",
    "hash_pin",
    "lock_state",
    "lockout_for",
    "normalise_code",
    "server_said",
    "set_own_pin",
    "valid_pin",
    "verify_pin",
]

MAX_TRIES: Final = 5
LOCKOUT: Final = timedelta(minutes=5)
MAX_LOCKOUT: Final = timedelta(hours=1)
PIN_PATTERN: Final = re.compile(r"^[0-9]{4,8}$")

_hasher = PasswordHasher()


class EnrolError(Exception):
    """Enrolment failed; the message is one sentence for the person at the device."""


class PinError(Exception):
    """Setting a PIN failed; the message is one sentence for the person."""


def valid_pin(pin: str) -> bool:
    return bool(PIN_PATTERN.match(pin))


def hash_pin(pin: str) -> str:
    """argon2id (salted, slow) hash of a PIN, as a PHC string."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    return _hasher.hash(pin)


def verify_pin(pin_hash: str | None, pin: str) -> bool:
    if not pin_hash or not pin:
        return False
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def lockout_for(lockouts: int) -> timedelta:
    """How long the ``lockouts``-th lockout (1, 2, ...) lasts."""
    wait: timedelta = LOCKOUT * 2 ** min(max(0, lockouts - 1), 16)
    return min(MAX_LOCKOUT, wait)


@dataclass(frozen=True, slots=True)
class PinCheck:
    """The outcome of a PIN attempt. ``tries_left`` counts wrong PINs before a lockout."""

    status: Literal["ok", "wrong", "locked", "no_pin", "unknown"]
    tries_left: int = MAX_TRIES
    locked_until: datetime | None = None


def check_pin(store: LocalStore, student_id: str, pin: str, *, now: datetime) -> PinCheck:
    """Check a student's PIN offline and keep the wrong-PIN count (durably)."""
    student = store.roster_student(student_id)
    if student is None:
        return PinCheck("unknown")
    if not student.pin_hash:
        return PinCheck("no_pin")
    attempts = store.pin_attempts(student_id)
    if attempts.locked_until is not None and now < attempts.locked_until:
        return PinCheck("locked", 0, attempts.locked_until)
    if verify_pin(student.pin_hash, pin):
        if attempts.failures or attempts.locked_until:
            # A right PIN clears the count; the number of past lockouts stays, so a guesser
            # who gets in between guesses does not reset the growing wait.
            store.save_pin_attempts(replace(attempts, failures=0, locked_until=None))
        return PinCheck("ok")
    failures = attempts.failures + 1
    if failures >= MAX_TRIES:
        lockouts = attempts.lockouts + 1
        until = now + lockout_for(lockouts)
        store.save_pin_attempts(PinAttempts(student_id, 0, lockouts, until))
        return PinCheck("locked", 0, until)
    store.save_pin_attempts(replace(attempts, failures=failures, locked_until=None))
    return PinCheck("wrong", MAX_TRIES - failures)


def lock_state(store: LocalStore, student_id: str, *, now: datetime) -> PinCheck:
    """Whether the student is locked out here right now (no attempt is counted)."""
    attempts = store.pin_attempts(student_id)
    if attempts.locked_until is not None and now < attempts.locked_until:
        return PinCheck("locked", 0, attempts.locked_until)
    return PinCheck("ok", MAX_TRIES - attempts.failures)


def filter_roster(students: list[RosterStudent], text: str) -> list[RosterStudent]:
    """The students whose name (any word's start, or anywhere for 3+ letters) or student
    id matches ``text``; all of them for empty text. Order is kept (the roster's, by name)."""
    needle = " ".join(text.casefold().split())
    if not needle:
        return list(students)

    def matches(s: RosterStudent) -> bool:
        name = s.name.casefold()
        if name.startswith(needle) or any(w.startswith(needle) for w in name.split()):
            return True
        if len(needle) >= 3 and needle in name:
            return True
        return s.student_id.casefold().startswith(needle)

    return [s for s in students if matches(s)]


_CODE_CHARS = re.compile(r"[^0-9A-Za-z]")


def normalise_code(code: str) -> str:
    """An enrolment code as typed (any case, spaces or dashes) in its canonical form."""
    return _CODE_CHARS.sub("", code).upper()


def server_said(resp: Any) -> str:
    """What an error answer says, as one sentence for a person."""
    from sync.protocol import error_message

    return error_message(resp.content) or f"the server answered {resp.status_code}"


def enrol(
    store: LocalStore,
    *,
    server: str,
    name: str,
    exit_pin: str,
    code: str | None = None,
    email: str | None = None,
    password: str | None = None,
    now: datetime,
    http: httpx.Client | None = None,
) -> KioskRecord:
    """Enrol this device as a kiosk, with a one-time ``code`` or a staff ``email`` and
    ``password`` (the staff session is ended again at once); store and return the kiosk.

    Runs on a worker thread (it waits on the network); httpx and pydantic are imported here
    so that a kiosk's PIN pad does not pay for them at start.
    """
    import httpx
    from pydantic import ValidationError

    from sync.protocol import PROTOCOL_VERSION, KioskEnrolRequest, KioskEnrolResponse

    server = server.strip().rstrip("/")
    if not server.startswith(("http://", "https://")):
        raise EnrolError("The server address must start with http:// or https://.")
    if not name.strip():
        raise EnrolError("Give this kiosk a name, e.g. 'Orientation tablet 1'.")
    if not valid_pin(exit_pin):
        raise EnrolError("The staff exit PIN must be 4 to 8 digits.")
    if not code and not (email and password):
        raise EnrolError("Enter an enrolment code, or sign in as faculty or an admin.")
    client = http or httpx.Client(timeout=20.0)
    try:
        staff_token: str | None = None
        headers: dict[str, str] = {}
        if not code:
            login = client.post(
                f"{server}/v1/auth/login", json={"email": email, "password": password}
            )
            if login.status_code != 200:
                raise EnrolError(server_said(login).rstrip(".") + ".")
            staff_token = str(login.json()["token"])
            headers["Authorization"] = f"Bearer {staff_token}"
        request = KioskEnrolRequest(
            protocol_version=PROTOCOL_VERSION,
            device_id=store.device_id,
            name=name.strip(),
            code=normalise_code(code) if code else None,
        )
        try:
            resp = client.post(
                f"{server}/v1/kiosks/enrol",
                json=request.model_dump(mode="json", exclude_none=True),
                headers=headers,
            )
        finally:
            if staff_token is not None:  # the faculty member's session is not the kiosk's
                try:
                    client.post(f"{server}/v1/auth/logout", headers=headers)
                except httpx.TransportError:
                    pass
        if resp.status_code not in (200, 201):
            raise EnrolError(server_said(resp).rstrip(".") + ".")
        enrolled = KioskEnrolResponse.model_validate_json(resp.content)
    except httpx.TransportError as exc:
        raise EnrolError(f"Cannot reach the server at {server}.") from exc
    except (ValidationError, ValueError, KeyError) as exc:
        raise EnrolError(f"{server} does not look like a FRAMES server.") from exc
    finally:
        if http is None:
            client.close()
    k = enrolled.kiosk
    record = KioskRecord(
        kiosk_id=k.kiosk_id,
        name=k.name,
        university_id=k.university_id,
        university_name=k.university_name,
        team_id=k.team_id,
        team_name=k.team_name,
        server_url=server,
        token=enrolled.token,
        exit_pin_hash=hash_pin(exit_pin),
        enrolled_at=now,
    )
    store.enrol_kiosk(record)
    return record


def set_own_pin(server_url: str, token: str, pin: str, *, http: httpx.Client | None = None) -> None:
    """Set the signed-in student's kiosk PIN on the server (online). Kiosks receive only its
    argon2id hash, at their next sync."""
    import httpx

    if not valid_pin(pin):
        raise PinError("A kiosk PIN is 4 to 8 digits.")
    client = http or httpx.Client(timeout=20.0)
    try:
        resp = client.put(
            f"{server_url.rstrip('/')}/v1/me/pin",
            json={"pin": pin},
            headers={"Authorization": f"Bearer {token}"},
        )
    except httpx.TransportError as exc:
        raise PinError(f"Cannot reach the server at {server_url}.") from exc
    finally:
        if http is None:
            client.close()
    if resp.status_code >= 400:
        raise PinError(server_said(resp).rstrip(".") + ".")
