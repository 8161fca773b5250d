"""Sign in (online, in the background) and sign out; messages in plain words.

The sign-in itself is ``sync.client.account``'s; a failure is worded here by its type. The
HTTP client (httpx) is imported inside the background task, so the first screen never pays
for it.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from desktop.i18n import translate
from desktop.server_errors import server_message
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
    return translate("auth", "FRAMES desktop on {computer}").format(
        computer=platform.node() or translate("auth", "this computer")
    )


def remembered_server(store: LocalStore) -> str:
    value = store.get_setting(SERVER_SETTING)
    return value if isinstance(value, str) and value else DEFAULT_SERVER


def remembered_email(store: LocalStore) -> str:
    value = store.get_setting(EMAIL_SETTING)
    return value if isinstance(value, str) else ""


def sign_in_message(exc: BaseException, *, server: str) -> str:
    """Why a sign-in failed, said so a student knows what to do; chosen by the error's TYPE
    (``sync.client.account``), never by its text."""
    from sync.client import account
    from sync.client.engine import AuthError

    text = str(exc).strip()
    if isinstance(exc, account.ServerUnreachable):
        return translate(
            "auth",
            "Can't reach the server at {server}. Check the address and your network "
            "connection, then try again.",
        ).format(server=server)
    if isinstance(exc, account.BadServerAddress):
        return translate("auth", "The server address must start with http:// or https://.")
    if isinstance(exc, account.WrongPassword):
        return translate("auth", "Wrong email or password. Check both and try again.")
    if isinstance(exc, account.AccountDisabled):
        return translate(
            "auth", "This account has been disabled. Ask your faculty member or a lab admin."
        )
    if isinstance(exc, AuthError):
        return translate("auth", "This sign-in is no longer valid. Please sign in again.")
    if isinstance(exc, account.NotAFramesServer):
        if exc.status_code is None:  # it answered 200, but not with a sign-in
            return translate("auth", "{server} does not look like a FRAMES server.").format(
                server=server
            )
        return translate(
            "auth", "{server} does not look like a FRAMES server. Check the address."
        ).format(server=server)
    if isinstance(exc, account.SignInRefused) and not exc.explained:
        return translate(
            "auth", "The server could not sign you in ({reason}). Try again in a moment."
        ).format(reason=text)
    if isinstance(exc, account.LockedOut) and exc.retry_after and getattr(exc, "code", None):
        return translate(
            "auth",
            "Too many failed sign-ins. Try again in %n minute(s).",
            n=-(-exc.retry_after // 60),
        )
    # Locked out, too old, any refusal the server explained, anything else: the server's
    # code in the interface language, else its own words.
    said = server_message(getattr(exc, "code", None))
    if said is not None:
        return said
    return text[:1].upper() + text[1:] if text else translate("auth", "Sign-in failed.")


def _sign_in_now(store: LocalStore, *, server: str, email: str, password: str) -> UserRecord:
    # Imported here, on the worker: httpx is not needed before the first sign-in.
    from sync.client.account import AccountError
    from sync.client.account import sign_in as account_sign_in

    server = server.strip().rstrip("/")
    try:
        user = account_sign_in(
            store, server=server, email=email.strip(), password=password, device_name=device_name()
        )
    except AccountError as exc:
        raise SignInError(sign_in_message(exc, server=server)) from exc
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
            on_failure(sign_in_message(exc, server=server))

    tasks.network(
        lambda: _sign_in_now(store, server=server, email=email, password=password),
        on_done=on_success,
        on_error=failed,
        what=translate("auth", "signing in"),
    )


def sign_out(*, tasks: TaskRunner, store: LocalStore, user: UserRecord) -> None:
    """Forget the token on this device (unsynced work stays and syncs at the next sign-in).

    The token is also revoked on the server, best effort, in the background: signing out
    must work offline.
    """
    from sync.client.account import forget_sign_in, revoke

    token, server = user.token, user.server_url
    forget_sign_in(store, user)
    store.set_current_user(None)
    if token:
        tasks.network(
            lambda: revoke(server, token),
            on_error=lambda _exc: None,
            what=translate("auth", "signing out"),
        )
