"""What a kiosk must prove, and what the server notes when it does not.

A kiosk pushes a roster student's events only with a *session proof* for the sitting they
were recorded in: an HMAC, by the student's PIN-derived proof key, of the kiosk's device id,
the student id and the session id (``sync.rules.kiosk_keys``). The proof key is derived from the
student's stored ``pin_hash`` and never leaves this database; the kiosk could compute it only
because the student typed their PIN there. So a kiosk credential alone (copied, stolen,
sniffed) cannot write anyone's records.

A proof made with the PIN a student has since replaced still counts for ``PROOF_GRACE``
after the change (a tablet offline for a while signed them in with the old one); a PIN that
staff removed proves nothing any more.

Alerts (``kiosk_alerts``, listed with the kiosk and logged on ``frames.security``):

``push_without_proof``
    a kiosk pushed events for a student without a valid proof of a PIN sign-in on it for
    that sitting: it acted for a student who did not sign in there (one row per student and
    push, with the number of events refused);
``wrong_device``
    the kiosk's credential arrived with another device id than the one it was issued for
    (the credential is being used elsewhere). The request is refused, and the alert is
    written in a transaction of its own so that the refusal does not roll it back.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Mapping
from datetime import timedelta
from typing import Final

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.orm import Session

from server_api.models import KioskAlert, StudentPin
from server_api.timeutil import utcnow
from sync.rules import kiosk_keys
from sync.rules.protocol import SessionProof

__all__ = [
    "PROOF_GRACE",
    "Sitting",
    "proof_keys",
    "proven_sittings",
    "record_alert_apart",
    "record_alerts",
]

log = logging.getLogger("frames.security")

PROOF_GRACE: Final = timedelta(days=30)
Sitting = tuple[str, str]
"""(student id, session id): one student's sitting. The proof names the kiosk device the PIN
was typed on and is checked for it, but the sitting's events are matched by student and
session only: a copied tablet that is told so (``device_identity_conflict``) numbers its
unsynced events again under a new device id, and their sitting was still proven on the
device it was copied from. Session ids are random per sitting, and a proof travels only with
its kiosk's own device-bound credential."""


def proof_keys(session: Session, student_ids: Collection[str]) -> dict[str, list[bytes]]:
    """student id -> the proof keys a sitting of theirs may be proven with (the current
    PIN's, and the one it replaced within ``PROOF_GRACE``); students without a PIN are
    left out."""
    if not student_ids:
        return {}
    now = utcnow()
    keys: dict[str, list[bytes]] = {}
    rows = session.execute(
        select(
            StudentPin.student_id,
            StudentPin.pin_hash,
            StudentPin.previous_pin_hash,
            StudentPin.replaced_at,
        ).where(StudentPin.student_id.in_(sorted(student_ids)))
    )
    for student_id, pin_hash, previous, replaced_at in rows:
        hashes = [pin_hash]
        if previous and replaced_at is not None and now - replaced_at <= PROOF_GRACE:
            hashes.append(previous)
        for phc in hashes:
            try:
                keys.setdefault(student_id, []).append(kiosk_keys.material_from_phc(phc)[1])
            except ValueError:
                continue  # not an argon2id hash: proves nothing
    return keys


def proven_sittings(
    keys: Mapping[str, list[bytes]], proofs: Iterable[SessionProof]
) -> set[Sitting]:
    """The sittings among ``proofs`` whose proof is valid for their student."""
    proven: set[Sitting] = set()
    for p in proofs:
        for key in keys.get(p.student_id, ()):
            if kiosk_keys.check_proof(
                key,
                p.proof,
                device_id=p.device_id,
                student_id=p.student_id,
                session_id=p.session_id,
            ):
                proven.add((p.student_id, p.session_id))
                break
    return proven


def record_alerts(
    session: Session, *, kiosk_id: int, kind: str, events: Mapping[str, int], detail: str
) -> None:
    """Note (in this transaction) one alert per student of ``events`` (student -> count)."""
    if not events:
        return
    now = utcnow()
    session.execute(
        insert(KioskAlert),
        [
            {
                "kiosk_id": kiosk_id,
                "kind": kind,
                "student_id": student_id,
                "events": count,
                "detail": detail[:500],
                "created_at": now,
            }
            for student_id, count in sorted(events.items())
        ],
    )
    log.warning(
        "kiosk %d: %s for %d student(s), %d event(s): %s",
        kiosk_id,
        kind,
        len(events),
        sum(events.values()),
        detail,
    )


def record_alert_apart(bind: Engine | Connection, *, kiosk_id: int, kind: str, detail: str) -> None:
    """Note an alert in a transaction of its own: the request it is about will fail."""
    with Session(bind) as apart:
        apart.add(
            KioskAlert(
                kiosk_id=kiosk_id, kind=kind, events=0, detail=detail[:500], created_at=utcnow()
            )
        )
        apart.commit()
    log.warning("kiosk %d: %s: %s", kiosk_id, kind, detail)
