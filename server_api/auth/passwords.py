"""The password policy: what a new password must be, checked wherever one is set.

* at least ``MIN_LENGTH`` (10) characters, at most ``MAX_LENGTH`` (1024);
* not the account's email address or the part before the ``@``;
* not easy to guess: zxcvbn (Dropbox's estimator, ``zxcvbn`` on PyPI) must put it at score
  ``MIN_SCORE`` (3) or more, i.e. at least 10^8 guesses. zxcvbn knows ~30,000 common
  passwords from leaked lists, English words, names, keyboard walks, dates, repeats and
  l33t substitutions, and takes the account's email and name as words an attacker knows.
  A fixed top-N list would refuse "password123" but not "Password1234!" or "qwertyuiop12";
  composition rules ("a digit and a capital") push people to exactly those. zxcvbn judges
  the first 72 characters (its own bound against slow inputs); longer ones are passphrases.

``check_password`` raises ``BadRequest`` with one line saying what to change. Every path
that sets a password calls it: ``create_account`` (``POST /v1/admin/accounts`` and
``frames-server create-user``); there is no password change or invitation flow yet, and
one must call it too.
"""

from __future__ import annotations

import re
from typing import Final

from zxcvbn import zxcvbn

from server_api.errors import BadRequest

__all__ = ["MAX_LENGTH", "MIN_LENGTH", "MIN_SCORE", "check_password"]

MIN_LENGTH: Final = 10
MAX_LENGTH: Final = 1024
MIN_SCORE: Final = 3
_JUDGED: Final = 72


def check_password(password: str, *, email: str, name: str | None = None) -> None:
    """Raise ``BadRequest`` unless ``password`` may be the password of this account."""
    if len(password) < MIN_LENGTH:
        raise BadRequest(f"password must be at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise BadRequest(f"password must be at most {MAX_LENGTH} characters")
    email = email.strip().lower()
    local = email.split("@", 1)[0]
    if password.strip().lower() in (email, local):
        raise BadRequest("password must not be your email address")
    words = re.split(r"[^a-z0-9]+", local)
    hints = [email, local, "".join(words), *words, *(name.lower().split() if name else [])]
    result = zxcvbn(password[:_JUDGED], user_inputs=[h for h in hints if h])
    if result["score"] < MIN_SCORE:
        warning = str(result["feedback"].get("warning") or "").strip().rstrip(".")
        reason = f" ({warning[0].lower()}{warning[1:]})" if warning else ""
        raise BadRequest(
            f"this password is too easy to guess{reason}: use a longer one, e.g. a few "
            "unrelated words"
        )
