"""Kiosk mode on the device: enrolment, offline PIN sign-in and its lockout.

A kiosk is a shared tablet enrolled for a university (optionally one team). Enrolment
(``enrol``) makes the kiosk's key pair (``sync.rules.kiosk_keys``) and trades a one-time code, or
a faculty/admin sign-in, plus the public key, for the kiosk's own credential and a device
id issued by the server; it stores them with the argon2id hash of a staff *exit PIN*
chosen on the device (the only way out of the locked-down app while offline). The private
key goes to the OS keyring, else to a private file outside the data folder, never into the
store. The roster then arrives with every sync (``SyncEngine.sync_kiosk``), each student's
PIN material sealed to that key.

Students sign in offline with their PIN (``check_pin``): the tablet opens the student's box
with its key, derives the PIN key (argon2id, tens of milliseconds) and compares verifiers;
on success it keeps, sealed, the proof of that sitting that its pushes carry. Wrong PINs are
counted per student on this device, durably: after ``MAX_TRIES`` in a row the student is
locked out here for ``LOCKOUT`` (doubling with every further lockout, up to
``MAX_LOCKOUT``); a right PIN resets the count. A copy of the data folder without the key
holds nothing a PIN could be tried against. The staff exit PIN has the same lockout
(``check_exit_pin``), kept on the kiosk's row.

New PINs (students' and the exit PIN) are 6 to 12 digits; a shorter PIN a student set
before still signs them in (``PinCheck.short`` says so, so the kiosk can ask for a new one).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from local_store import KioskRecord, LocalStore, PinAttempts, RosterStudent
from sync.rules import kiosk_keys

if TYPE_CHECKING:
    import httpx

    from sync.rules.protocol import SessionProof

__all__ = [
    "LOCKOUT",
    "MAX_LOCKOUT",
    "MAX_PIN_DIGITS",
    "MAX_TRIES",
    "PIN_RULE",
    "EnrolError",
    "PinCheck",
    "PinError",
    "check_exit_pin",
    "check_pin",
    "enrol",
    "exit_lock_state",
    "filter_roster",
    "hash_pin",
    "lock_state",
    "lockout_for",
    "normalise_code",
    "server_said",
    "session_proofs",
    "set_own_pin",
    "valid_pin",
    "verify_pin",
]

MAX_TRIES: Final = 5
LOCKOUT: Final = timedelta(minutes=5)
MAX_LOCKOUT: Final = timedelta(hours=1)
PIN_PATTERN: Final = re.compile(r"^[0-9]{6,12}$")
PIN_RULE: Final = "6 to 12 digits"
MAX_PIN_DIGITS: Final = 12

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
        raise ValueError(f"a PIN is {PIN_RULE}")
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
    """The outcome of a PIN attempt. ``tries_left`` counts wrong PINs before a lockout;
    ``short``: the right PIN, but shorter than new PINs may be (time to choose another).
    ``no_key``: the kiosk's key is not on this machine (its data folder was copied here),
    so no PIN can be checked: staff enrol it again."""

    status: Literal["ok", "wrong", "locked", "no_pin", "no_key", "unknown"]
    tries_left: int = MAX_TRIES
    locked_until: datetime | None = None
    short: bool = False


def _attempt(
    attempts: PinAttempts,
    right: Callable[[], bool],
    save: Callable[[PinAttempts], None],
    *,
    now: datetime,
) -> PinCheck:
    """Count one PIN attempt against ``attempts`` (and save it): the lockout rule shared by
    students' PINs and the staff exit PIN. ``right()`` is only asked when not locked out."""
    if attempts.locked_until is not None and now < attempts.locked_until:
        return PinCheck("locked", 0, attempts.locked_until)
    if right():
        if attempts.failures or attempts.locked_until:
            # A right PIN clears the count; the number of past lockouts stays, so a guesser
            # who gets in between guesses does not reset the growing wait.
            save(replace(attempts, failures=0, locked_until=None))
        return PinCheck("ok")
    failures = attempts.failures + 1
    if failures >= MAX_TRIES:
        lockouts = attempts.lockouts + 1
        until = now + lockout_for(lockouts)
        save(replace(attempts, failures=0, lockouts=lockouts, locked_until=until))
        return PinCheck("locked", 0, until)
    save(replace(attempts, failures=failures, locked_until=None))
    return PinCheck("wrong", MAX_TRIES - failures)


def _lock_state(attempts: PinAttempts, *, now: datetime) -> PinCheck:
    if attempts.locked_until is not None and now < attempts.locked_until:
        return PinCheck("locked", 0, attempts.locked_until)
    return PinCheck("ok", MAX_TRIES - attempts.failures)


def check_pin(
    store: LocalStore,
    student_id: str,
    pin: str,
    *,
    now: datetime,
    session_id: str | None = None,
) -> PinCheck:
    """Check a student's PIN offline and keep the wrong-PIN count (durably). With the right
    PIN and a ``session_id``, the proof of that sitting is kept (sealed) for the pushes of
    its events."""
    student = store.roster_student(student_id)
    if student is None:
        return PinCheck("unknown")
    if not student.pin_box:
        return PinCheck("no_pin")
    key = store.kiosk_key()
    if key is None:
        return PinCheck("no_key")
    try:
        material = kiosk_keys.open_pin(key, student.pin_box, student_id=student_id)
    except ValueError:
        return PinCheck("no_pin")  # sealed for another key: the next roster brings it
    derived: list[bytes] = []

    def right() -> bool:
        if not pin.isdigit() or len(pin) > MAX_PIN_DIGITS:
            return False
        try:
            pin_key = kiosk_keys.pin_key(material.kdf, pin, material.length)
        except ValueError:
            return False
        derived.append(pin_key)
        return hmac.compare_digest(kiosk_keys.verifier(pin_key), material.verifier)

    result = _attempt(store.pin_attempts(student_id), right, store.save_pin_attempts, now=now)
    if result.status != "ok":
        return result
    if session_id is not None:
        proof = kiosk_keys.session_proof(
            kiosk_keys.proof_key(derived[0]),
            device_id=store.device_id,
            student_id=student_id,
            session_id=session_id,
        )
        store.save_session_proof(
            owner=student_id,
            session_id=session_id,
            device_id=store.device_id,
            proof_box=kiosk_keys.wrap(
                key, proof, context=_proof_context(student_id, session_id, store.device_id)
            ),
        )
    return replace(result, short=not valid_pin(pin))


def _proof_context(student_id: str, session_id: str, device_id: str) -> str:
    return f"proof\n{student_id}\n{session_id}\n{device_id}"


def session_proofs(store: LocalStore, owner: str) -> list[SessionProof]:
    """The proofs of the owner's sittings whose events wait to be pushed (those that no
    longer open, e.g. after a new enrolment, are left out: their events are refused with
    the reason). Imports pydantic: on the sync worker, not at the PIN pad."""
    from sync.rules.protocol import SessionProof

    key = store.kiosk_key()
    if key is None:
        return []
    proofs = []
    for session_id, device_id, box in store.session_proofs(owner):
        try:
            proof = kiosk_keys.unwrap(
                key, box, context=_proof_context(owner, session_id, device_id)
            )
        except ValueError:
            continue
        proofs.append(
            SessionProof(student_id=owner, session_id=session_id, device_id=device_id, proof=proof)
        )
    return proofs


def lock_state(store: LocalStore, student_id: str, *, now: datetime) -> PinCheck:
    """Whether the student is locked out here right now (no attempt is counted)."""
    return _lock_state(store.pin_attempts(student_id), now=now)


def check_exit_pin(store: LocalStore, pin: str, *, now: datetime) -> PinCheck:
    """Check the staff exit PIN, with the same durable lockout as a student's PIN: after
    ``MAX_TRIES`` wrong ones the staff page stays shut for ``LOCKOUT``, doubling up to
    ``MAX_LOCKOUT``, also across restarts. ``unknown`` when this device is not a kiosk."""
    kiosk = store.kiosk()
    if kiosk is None:
        return PinCheck("unknown")
    return _attempt(
        store.exit_pin_attempts(),
        lambda: verify_pin(kiosk.exit_pin_hash, pin),
        store.save_exit_pin_attempts,
        now=now,
    )


def exit_lock_state(store: LocalStore, *, now: datetime) -> PinCheck:
    """Whether the staff page is locked out right now (no attempt is counted)."""
    return _lock_state(store.exit_pin_attempts(), now=now)


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
    from sync.rules.protocol import error_message

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

    from sync.rules.protocol import PROTOCOL_VERSION, Hello, KioskEnrolRequest, KioskEnrolResponse

    server = server.strip().rstrip("/")
    if not server.startswith(("http://", "https://")):
        raise EnrolError("The server address must start with http:// or https://.")
    if not name.strip():
        raise EnrolError("Give this kiosk a name, e.g. 'Orientation tablet 1'.")
    if not valid_pin(exit_pin):
        raise EnrolError(f"The staff exit PIN must be {PIN_RULE}.")
    if not code and not (email and password):
        raise EnrolError("Enter an enrolment code, or sign in as faculty or an admin.")
    client = http or httpx.Client(timeout=20.0)
    key = kiosk_keys.new_kiosk_key()  # the private half never leaves this device
    try:
        hello = client.get(f"{server}/v1/sync/hello")
        if (
            hello.status_code == 200
            and "kiosk.v2" not in Hello.model_validate_json(hello.content).capabilities
        ):
            raise EnrolError(
                f"The server at {server} is too old for this app's kiosks: ask your admin to "
                "update it."
            )
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
            public_key=kiosk_keys.public_key(key),
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
        device_id=k.device_id,
    )
    old_key = store.kiosk_key()

    def rewrap(owner: str, session_id: str, device_id: str, box: str) -> str | None:
        """A sitting's proof, sealed for the new key: its events still sync (the server
        checks the proof, not which enrolment of this tablet made it)."""
        context = _proof_context(owner, session_id, device_id)
        try:
            proof = kiosk_keys.unwrap(old_key, box, context=context) if old_key else None
        except ValueError:
            return None
        return None if proof is None else kiosk_keys.wrap(key, proof, context=context)

    store.enrol_kiosk(record, key=key, rewrap=rewrap)
    return record


def set_own_pin(
    server_url: str,
    token: str,
    pin: str,
    *,
    password: str,
    http: httpx.Client | None = None,
) -> None:
    """Set the signed-in student's kiosk PIN on the server (online), confirmed with their
    password. Kiosks receive only what verifies it, at their next sync."""
    import httpx

    if not valid_pin(pin):
        raise PinError(f"A kiosk PIN is {PIN_RULE}.")
    if not password:
        raise PinError("Enter your password to change your kiosk PIN.")
    client = http or httpx.Client(timeout=20.0)
    try:
        resp = client.put(
            f"{server_url.rstrip('/')}/v1/me/pin",
            json={"pin": pin, "password": password},
            headers={"Authorization": f"Bearer {token}"},
        )
    except httpx.TransportError as exc:
        raise PinError(f"Cannot reach the server at {server_url}.") from exc
    finally:
        if http is None:
            client.close()
    if resp.status_code >= 400:
        said = server_said(resp).rstrip(".")
        raise PinError((said[:1].upper() + said[1:]) + ".")
