"""Sign in (online, in the background) and sign out; messages in plain words.

The HTTP client (``sync.client.cli`` and httpx) is imported inside the background task, so the
first screen never pays for it.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from local_store import LocalStore, UserRecord

if TYPE_CHECKING:
    from desktop.tasks import TaskRunner

__all__ = [
    "DEFAULT_SERVER",
    "EMAIL_SETTING",
    "SERVER_SETTING",
    "SignInError",
    "device_name",
    "remembered_email",
    "remembered_server",
    "sign_in",
    "sign_in_message",
    "sign_out",
]

log = logging.getLogger("frames.desktop")

DEFAULT_SERVER: Final = "http://127.0.0.1:8000"
"""Where ``frames-server demo`` listens by default."""
SERVER_SETTING: Final = "desktop.server_url"
EMAIL_SETTING: Final = "desktop.last_email"


class SignInError(Exception):
    """Raised (to the failure callback) when a sign-in fails; ``str()`` is for the screen."""


def device_name() -> str:
    return f"FRAMES desktop on {platform.node() or 'this computer'}"


def remembered_server(store: LocalStore) -> str:
    value = store.get_setting(SERVER_SETTING)
    return value if isinstance(value, str) and value else DEFAULT_SERVER


def remembered_email(store: LocalStore) -> str:
    value = store.get_setting(EMAIL_SETTING)
    return value if isinstance(value, str) else ""


def sign_in_message(raw: str, *, server: str) -> str:
    """The server's or client's one-line reason, said so a student knows what to do."""
    text = raw.strip()
    low = text.lower()
    if "cannot reach the server" in low:
        return (
            f"Can't reach the server at {server}. Check the address and your network "
            "connection, then try again."
        )
    if "must start with http" in low:
        return "The server address must start with http:// or https://."
    if "wrong email or password" in low:
        return "Wrong email or password. Check both and try again."
    if "disabled" in low:
        return "This account has been disabled. Ask your faculty member or a lab admin."
    if "revoked" in low or "expired" in low:
        return "This sign-in is no longer valid. Please sign in again."
    if "not an email" in low or "email" in low and "valid" in low:
        return "That does not look like an email address."
    if low.startswith("the server answered 404") or low.startswith("the server answered 405"):
        return f"{server} does not look like a FRAMES server. Check the address."
    if low.startswith("the server answered"):
        return f"The server could not sign you in ({text}). Try again in a moment."
    return text[:1].upper() + text[1:] if text else "Sign-in failed."


def _sign_in_now(store: LocalStore, *, server: str, email: str, password: str) -> UserRecord:
    # Imported here, on the worker: httpx is not needed before the first sign-in.
    from sync.client.cli import CommandError
    from sync.client.cli import sign_in as cli_sign_in

    server = server.strip().rstrip("/")
    try:
        user: UserRecord = cli_sign_in(
            store, server=server, email=email.strip(), password=password, device_name=device_name()
        )
    except CommandError as exc:
        raise SignInError(sign_in_message(str(exc), server=server)) from exc
    except (KeyError, ValueError) as exc:  # a 200 answer that is not a FRAMES login
        raise SignInError(f"{server} does not look like a FRAMES server.") from exc
    store.set_setting(SERVER_SETTING, server)
    store.set_setting(EMAIL_SETTING, user.email or email.strip())
    return user


def sign_in(
    *,
    tasks: TaskRunner,
    store: LocalStore,
    server: str,
    email: str,
    password: str,
    on_success: Callable[[UserRecord], None],
    on_failure: Callable[[str], None],
) -> None:
    """Sign in online in the background; the user becomes the device's current user."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, SignInError):
            on_failure(str(exc))
        else:
            log.error("sign-in failed", exc_info=(type(exc), exc, exc.__traceback__))
            on_failure(sign_in_message(str(exc), server=server))

    tasks.network(
        lambda: _sign_in_now(store, server=server, email=email, password=password),
        on_done=on_success,
        on_error=failed,
        what="signing in",
    )


def sign_out(*, tasks: TaskRunner, store: LocalStore, user: UserRecord) -> None:
    """Forget the token on this device (unsynced work stays and syncs at the next sign-in).

    The token is also revoked on the server, best effort, in the background: signing out
    must work offline.
    """
    token, server = user.token, user.server_url
    store.save_user(
        user_id=user.user_id,
        role=user.role,
        display_name=user.display_name,
        server_url=user.server_url,
        token=None,
        email=user.email,
        university_id=user.university_id,
    )
    store.set_current_user(None)
    if token:
        tasks.network(
            lambda: _revoke(server, token), on_error=lambda _exc: None, what="signing out"
        )


def _revoke(server: str, token: str) -> None:
    import httpx

    try:
        httpx.post(
            f"{server}/v1/auth/logout",
            headers={"Authorization": f"Bearer {token}"},
            timeout=5.0,
        )
    except httpx.HTTPError as exc:  # offline: the token expires on its own
        log.info("could not revoke the token on %s: %s", server, exc)
