"""The server's error codes in the interface language.

Every error answer of the server is ``{"error": {"code", "message", "details"}}``
(``server_api.http``); its ``message`` is English. The client's exceptions carry the
``code`` (``sync.client``: ``SyncError.code``, ``AccountError.code``, ``ManageError.code``)
and the app shows the sentence this table has for it; the server's own words are shown only
for a code this version does not know (a newer server). A test checks the table covers every
code the server defines.
"""

from __future__ import annotations

from desktop.i18n import translate

__all__ = ["CODES", "server_message"]

CODES: frozenset[str] = frozenset(
    {
        "account_disabled",
        "bad_config",
        "bad_content",
        "bad_request",
        "busy",
        "client_too_old",
        "conflict",
        "database_unavailable",
        "device_identity_conflict",
        "error",
        "forbidden",
        "gone",
        "internal_error",
        "invalid_request",
        "media_storage_error",
        "method_not_allowed",
        "migration_refused",
        "not_acceptable",
        "not_found",
        "not_migrated",
        "range_not_satisfiable",
        "too_large",
        "too_many_requests",
        "unauthorized",
        "unsupported_media_type",
    }
)
"""Every code :func:`server_message` words."""


def _messages() -> dict[str, str]:
    return {
        "account_disabled": translate(
            "server_errors",
            "This account has been disabled. Ask your faculty member or a lab admin.",
        ),
        "bad_config": translate(
            "server_errors", "The server is not set up correctly. Tell your lab admin."
        ),
        "bad_content": translate(
            "server_errors", "The server refused this content: it is not in the module format."
        ),
        "bad_request": translate(
            "server_errors", "The server could not do this: the request breaks one of its rules."
        ),
        "busy": translate("server_errors", "The server is busy. Try again in a moment."),
        "client_too_old": translate(
            "server_errors", "This app is too old for the server: please update FRAMES LMS."
        ),
        "conflict": translate(
            "server_errors", "This clashes with something that already exists on the server."
        ),
        "database_unavailable": translate(
            "server_errors", "The server cannot reach its database. Try again later."
        ),
        "device_identity_conflict": translate(
            "server_errors",
            "Another copy of this device's data has synced. This device takes a new identity.",
        ),
        "error": translate("server_errors", "The server refused the request."),
        "forbidden": translate("server_errors", "Your account is not allowed to do this."),
        "gone": translate("server_errors", "This code was already used or has expired."),
        "internal_error": translate(
            "server_errors", "The server hit an unexpected error. Try again later."
        ),
        "invalid_request": translate("server_errors", "The server did not understand the request."),
        "media_storage_error": translate(
            "server_errors", "The server could not store or read a media file."
        ),
        "method_not_allowed": translate(
            "server_errors", "The server does not offer this. It may be an older version."
        ),
        "migration_refused": translate(
            "server_errors", "The server's database could not be upgraded. Tell your lab admin."
        ),
        "not_acceptable": translate(
            "server_errors", "The server cannot answer in a form this app reads."
        ),
        "not_found": translate(
            "server_errors", "The server does not have this (or it is not visible to you)."
        ),
        "not_migrated": translate(
            "server_errors", "The server is being upgraded. Try again later."
        ),
        "range_not_satisfiable": translate(
            "server_errors", "The server could not send that part of the file."
        ),
        "too_large": translate("server_errors", "This is too large for the server to accept."),
        "too_many_requests": translate(
            "server_errors", "Too many attempts. Wait a little and try again."
        ),
        "unauthorized": translate(
            "server_errors", "The server did not accept the sign-in. Sign in again."
        ),
        "unsupported_media_type": translate(
            "server_errors", "The server does not accept this type of file."
        ),
    }


def server_message(code: str | None) -> str | None:
    """The sentence for a server error ``code`` in the interface language; ``None`` for no
    code or one this version does not know (show the server's own message then)."""
    if not code or code not in CODES:
        return None
    return _messages()[code]
