"""The kiosk trust model's cryptography, one pure module for the server and the tablet.

Three secrets, each kept by one side only:

* **The PIN key** of a student: ``K = argon2id(PIN, salt)``, exactly the hash part of the
  argon2id PHC string the server stores as the student's ``pin_hash`` (so PINs set before
  this model keep working). Two values are derived from it by HMAC-SHA256 with distinct
  labels: the *verifier* (kiosks check a typed PIN against it) and the *proof key* (only
  the server keeps it, inside ``pin_hash``; a kiosk recomputes it from the typed PIN).
* **The kiosk key**: an X25519 key pair made on the tablet at enrolment. The private half
  never leaves the tablet (the OS keyring, else a private file outside the data folder);
  the public half goes to the server with the enrolment request.
* **Session proofs**: when a student types the right PIN, the tablet derives the proof key
  and signs ``(device id, student id, session id)`` of that sitting with it. A kiosk's push
  carries the proofs of the sittings its events belong to, and the server accepts a
  kiosk's event only with a valid one: a stolen kiosk credential alone cannot write
  anyone's records.

The roster sends each student's PIN parameters and verifier *sealed to the kiosk's public
key* (X25519 + HKDF-SHA256 + AES-256-GCM, a fresh ephemeral key per entry, the student id
as associated data): the credential alone does not get anything a PIN could be tested
against, and the tablet's store keeps the boxes as they came, so a copy of its data folder
without the kiosk key cannot be brute-forced either. Proofs waiting to be pushed are kept
sealed with a key derived from the kiosk key (``wrap``/``unwrap``).

Everything here raises ``ValueError`` for input it cannot use (a tampered box, a foreign
key, parameters out of bounds), never anything else.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from typing import Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "PinMaterial",
    "check_proof",
    "check_public_key",
    "material_from_phc",
    "new_kiosk_key",
    "open_pin",
    "pin_key",
    "proof_key",
    "public_key",
    "seal_pin",
    "session_proof",
    "unwrap",
    "verifier",
    "wrap",
]

_VERIFIER_LABEL: Final = b"frames-kiosk-pin-verifier-v1"
_PROOF_KEY_LABEL: Final = b"frames-kiosk-proof-key-v1"
_PROOF_LABEL: Final = "frames-kiosk-session-proof-v1"
_SEAL_INFO: Final = b"frames-kiosk-roster-pin-v1"
_WRAP_INFO: Final = b"frames-kiosk-at-rest-v1"
_KDF: Final = re.compile(
    r"^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)$"
)
# Bounds a tablet accepts for the PIN's argon2id parameters (the library's defaults are
# m=65536 KiB, t=3, p=4): a tampered box must not make it hash with gigabytes.
_MAX_MEMORY_KIB: Final = 1 << 20
_MAX_TIME: Final = 16
_MAX_LANES: Final = 16


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str, *, standard: bool = False) -> bytes:
    try:
        padded = text + "=" * (-len(text) % 4)
        if standard:
            return base64.b64decode(padded, validate=True)
        return base64.urlsafe_b64decode(padded.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValueError("not base64") from exc


def _hmac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


# --- the kiosk key ---------------------------------------------------------------------------


def new_kiosk_key() -> bytes:
    """A fresh X25519 private key (32 bytes), made on the tablet at enrolment."""
    return X25519PrivateKey.generate().private_bytes_raw()


def _private(key: bytes) -> X25519PrivateKey:
    if not isinstance(key, bytes) or len(key) != 32:
        raise ValueError("a kiosk key is 32 bytes")
    return X25519PrivateKey.from_private_bytes(key)


def public_key(key: bytes) -> str:
    """The public half of a kiosk key, as sent at enrolment (base64url, 43 characters)."""
    return _b64(_private(key).public_key().public_bytes_raw())


def check_public_key(text: str) -> None:
    """``ValueError`` unless ``text`` is an X25519 public key as ``public_key`` writes it."""
    _public(text)


def _public(text: str) -> X25519PublicKey:
    raw = _unb64(text)
    if len(raw) != 32:
        raise ValueError("a kiosk's public key is 32 bytes")
    return X25519PublicKey.from_public_bytes(raw)


# --- PIN material ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PinMaterial:
    """What a kiosk needs to check a PIN: argon2id parameters with the salt (``kdf``, a PHC
    string without its hash), the hash length, and the verifier."""

    kdf: str
    length: int
    verifier: bytes


def material_from_phc(pin_hash: str) -> tuple[PinMaterial, bytes]:
    """The kiosk's material and the server's proof key, from a stored argon2id PHC string."""
    parts = pin_hash.split("$")
    if len(parts) != 6 or parts[1] != "argon2id":
        raise ValueError("not an argon2id hash")
    kdf = "$".join(parts[:5])
    if not _KDF.match(kdf):
        raise ValueError("unexpected argon2id parameters")
    key = _unb64(parts[5], standard=True)
    return PinMaterial(kdf, len(key), verifier(key)), proof_key(key)


def pin_key(kdf: str, pin: str, length: int) -> bytes:
    """``argon2id(pin)`` with the parameters and salt of ``kdf`` (tens of milliseconds)."""
    found = _KDF.match(kdf)
    if found is None:
        raise ValueError("unexpected argon2id parameters")
    memory, time, lanes = (int(found.group(i)) for i in (1, 2, 3))
    if not (
        8 * lanes <= memory <= _MAX_MEMORY_KIB
        and 1 <= time <= _MAX_TIME
        and 1 <= lanes <= _MAX_LANES
        and 16 <= length <= 64
    ):
        raise ValueError("argon2id parameters out of bounds")
    salt = _unb64(found.group(4), standard=True)
    return hash_secret_raw(
        pin.encode(),
        salt,
        time_cost=time,
        memory_cost=memory,
        parallelism=lanes,
        hash_len=length,
        type=Type.ID,
    )


def verifier(key: bytes) -> bytes:
    return _hmac(key, _VERIFIER_LABEL)


def proof_key(key: bytes) -> bytes:
    return _hmac(key, _PROOF_KEY_LABEL)


# --- sealing to a kiosk ------------------------------------------------------------------------


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO + ephemeral + recipient
    ).derive(shared)


def seal_pin(kiosk_public_key: str, *, student_id: str, material: PinMaterial) -> str:
    """A student's PIN material, readable only with the kiosk's private key."""
    recipient = _public(kiosk_public_key)
    ephemeral = X25519PrivateKey.generate()
    e_pub = ephemeral.public_key().public_bytes_raw()
    key = _seal_key(ephemeral.exchange(recipient), e_pub, recipient.public_bytes_raw())
    nonce = os.urandom(12)
    plain = json.dumps(
        {"kdf": material.kdf, "len": material.length, "verifier": _b64(material.verifier)},
        separators=(",", ":"),
    ).encode()
    return _b64(e_pub + nonce + AESGCM(key).encrypt(nonce, plain, student_id.encode()))


def open_pin(kiosk_key: bytes, box: str, *, student_id: str) -> PinMaterial:
    """Open a roster box (``ValueError`` if it is not this kiosk's, or not this student's)."""
    raw = _unb64(box)
    if len(raw) < 32 + 12 + 16:
        raise ValueError("a PIN box is too short")
    private = _private(kiosk_key)
    e_pub, nonce, sealed = raw[:32], raw[32:44], raw[44:]
    own = private.public_key().public_bytes_raw()
    key = _seal_key(private.exchange(X25519PublicKey.from_public_bytes(e_pub)), e_pub, own)
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, student_id.encode())
        fields = json.loads(plain)
        return PinMaterial(str(fields["kdf"]), int(fields["len"]), _unb64(str(fields["verifier"])))
    except (InvalidTag, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ValueError("this PIN box was not sealed for this kiosk and student") from exc


# --- session proofs ----------------------------------------------------------------------------


def _proof_message(*, device_id: str, student_id: str, session_id: str) -> bytes:
    return "\n".join((_PROOF_LABEL, device_id, student_id, session_id)).encode()


def session_proof(key: bytes, *, device_id: str, student_id: str, session_id: str) -> str:
    """The proof that ``student_id`` typed their PIN on ``device_id`` for ``session_id``
    (``key``: their proof key)."""
    message = _proof_message(device_id=device_id, student_id=student_id, session_id=session_id)
    return _hmac(key, message).hex()


def check_proof(
    key: bytes, proof: str, *, device_id: str, student_id: str, session_id: str
) -> bool:
    expected = session_proof(key, device_id=device_id, student_id=student_id, session_id=session_id)
    return hmac.compare_digest(expected, proof.lower())


# --- at rest on the tablet ---------------------------------------------------------------------


def _wrap_key(kiosk_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_WRAP_INFO).derive(
        _private(kiosk_key).private_bytes_raw()
    )


def wrap(kiosk_key: bytes, data: str, *, context: str) -> str:
    """``data`` sealed with a key derived from the kiosk key, bound to ``context``."""
    nonce = os.urandom(12)
    return _b64(
        nonce + AESGCM(_wrap_key(kiosk_key)).encrypt(nonce, data.encode(), context.encode())
    )


def unwrap(kiosk_key: bytes, box: str, *, context: str) -> str:
    raw = _unb64(box)
    try:
        plain = AESGCM(_wrap_key(kiosk_key)).decrypt(raw[:12], raw[12:], context.encode())
        return plain.decode()
    except (InvalidTag, UnicodeDecodeError) as exc:
        raise ValueError("not sealed with this kiosk's key") from exc
