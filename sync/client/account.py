"""Signing in to a FRAMES server and signing out: what ``frames-client`` and the desktop share.

``sign_in`` logs in online and makes the user the device's current user; ``forget_sign_in``
drops a user's token on this device (their unsynced work stays and syncs at the next
sign-in); ``revoke`` asks the server to forget the token too, best effort.

A failed sign-in raises one of the types below; ``str()`` is the one line ``frames-client``
prints, and callers that word it differently (the desktop) go by the TYPE, never the text.
Telling the cases apart from the server's answer happens here, and only here::

    AccountError
    ├── BadServerAddress    the address does not start with http:// or https://
    ├── ServerUnreachable   no answer: no network, refused, timed out
    ├── NotAFramesServer    404/405 without a FRAMES error, or a 200 that is no FRAMES sign-in
    ├── WrongPassword       wrong email or password (401)
    ├── AccountDisabled     the account was disabled by faculty or an admin (401)
    ├── LockedOut           too many failed sign-ins (429); ``retry_after`` seconds
    ├── ClientTooOld        the server no longer speaks this app's protocol (426)
    └── SignInRefused       any other refusal; ``status_code``, and whether the server
                            ``explained`` it in a sentence of its own

httpx is imported inside the calls: the desktop imports this module on its first screen's
thread only to sign out.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from local_store import LocalStore, UserRecord

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AccountDisabled",
    "AccountError",
    "BadServerAddress",
    "ClientTooOld",
    "LockedOut",
    "NotAFramesServer",
    "ServerUnreachable",
    "SignInRefused",
    "WrongPassword",
    "forget_sign_in",
    "revoke",
    "sign_in",
]

log = logging.getLogger("frames.sync")

LOGIN_TIMEOUT = 20.0
REVOKE_TIMEOUT = 5.0


class AccountError(Exception):
    """Root of the sign-in errors; ``str()`` is one line for the person at the terminal.
    ``code``: the server's error code when the server refused (the app words it)."""

    code: str | None = None


class BadServerAddress(AccountError):
    """Raised before any request when the server address is not an http(s) URL."""


class ServerUnreachable(AccountError):
    """Raised when the server cannot be reached (no network, refused, timed out)."""


class NotAFramesServer(AccountError):
    """Raised when the address answers, but not as a FRAMES server: a 404 or 405 without a
    FRAMES error (``status_code`` set), or a 200 whose body is no sign-in (``status_code``
    ``None``)."""

    def __init__(self, message: str, *, status_code: int | None) -> None:
        super().__init__(message)
        self.status_code = status_code


class WrongPassword(AccountError):
    """Raised when the server refuses the email and password (the same for either)."""


class AccountDisabled(AccountError):
    """Raised when the password is right but faculty or an admin disabled the account."""


class LockedOut(AccountError):
    """Raised when too many failed sign-ins locked the account or this address out for
    ``retry_after`` seconds (``None`` when the server did not say)."""

    def __init__(self, message: str, *, retry_after: int | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ClientTooOld(AccountError):
    """Raised when the server no longer speaks this app's protocol: update the app."""


class SignInRefused(AccountError):
    """Raised for any other refusal. ``explained`` when ``str()`` is the server's own
    sentence; otherwise it is 'the server answered <status_code>'."""

    def __init__(self, message: str, *, status_code: int, explained: bool) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.explained = explained


def _refusal(resp: httpx.Response) -> AccountError:
    """The typed error for a sign-in the server did not accept (with the server's code)."""
    from sync.rules.protocol import error_code

    error = _typed_refusal(resp)
    error.code = error_code(resp.content)
    return error


def _typed_refusal(resp: httpx.Response) -> AccountError:
    from sync.rules.protocol import error_code, error_message

    status = resp.status_code
    said = error_message(resp.content)
    message = said or f"the server answered {status}"
    if said is None and status in (404, 405):
        return NotAFramesServer(message, status_code=status)
    if status == 401 and said is not None:
        if error_code(resp.content) == "account_disabled":
            return AccountDisabled(message)
        return WrongPassword(message)
    if status == 429 or error_code(resp.content) == "too_many_requests":
        return LockedOut(message, retry_after=_seconds(resp.headers.get("retry-after")))
    if status == 426:
        return ClientTooOld(message)
    return SignInRefused(message, status_code=status, explained=said is not None)


def _seconds(value: str | None) -> int | None:
    try:
        return max(0, int((value or "").strip()))
    except ValueError:
        return None


def sign_in(
    store: LocalStore,
    *,
    server: str,
    email: str,
    password: str,
    device_name: str,
    http: httpx.Client | None = None,
) -> UserRecord:
    """Log in online, remember the user and their device token; returns the user record,
    now the device's current user. Raises an ``AccountError``."""
    import httpx

    server = server.rstrip("/")
    if not server.startswith(("http://", "https://")):
        raise BadServerAddress(f"server address must start with http:// or https://: {server!r}")
    login = {
        "email": email,
        "password": password,
        "device_id": store.device_id,
        "device_name": device_name,
    }
    try:
        if http is not None:
            resp = http.post(f"{server}/v1/auth/login", json=login)
        else:
            with httpx.Client(timeout=LOGIN_TIMEOUT) as own:
                resp = own.post(f"{server}/v1/auth/login", json=login)
    except httpx.TransportError as exc:
        raise ServerUnreachable(f"cannot reach the server at {server}") from exc
    if resp.status_code != 200:
        raise _refusal(resp)
    try:
        body = resp.json()
        account = body["account"]
        user_id = account["student_id"] or account["faculty_id"] or f"admin-{account['id']}"
        role, token = account["role"], body["token"]
        display_name = account["display_name"] or email
        account_email, university_id = account["email"], account["university_id"]
    except (KeyError, ValueError, TypeError) as exc:  # a 200 answer that is not a FRAMES login
        raise NotAFramesServer(
            f"{server} does not look like a FRAMES server", status_code=None
        ) from exc
    user = store.save_user(
        user_id=user_id,
        role=role,
        display_name=display_name,
        server_url=server,
        token=token,
        email=account_email,
        university_id=university_id,
    )
    store.set_current_user(user_id)
    return user


def forget_sign_in(store: LocalStore, user: UserRecord) -> None:
    """Drop ``user``'s token on this device; their data and unsynced events stay."""
    store.save_user(
        user_id=user.user_id,
        role=user.role,
        display_name=user.display_name,
        server_url=user.server_url,
        token=None,
        email=user.email,
        university_id=user.university_id,
    )


def revoke(server: str, token: str) -> None:
    """Ask the server to forget ``token``, best effort: offline, it expires on its own."""
    import httpx

    try:
        httpx.post(
            f"{server}/v1/auth/logout",
            headers={"Authorization": f"Bearer {token}"},
            timeout=REVOKE_TIMEOUT,
        )
    except httpx.HTTPError as exc:
        log.info("could not revoke the token on %s: %s", server, exc)
