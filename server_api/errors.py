"""Errors the server raises; one handler maps each to an HTTP status, the CLI to one line.

::

    FramesError                    root: its message is one line a person can act on
    ├── ConfigError                a bad setting or command-line value (bad database URL ...)
    ├── DatabaseUnavailable        the database cannot be reached                        503
    ├── MigrationRefused           the existing schema is not one we can adopt or upgrade
    ├── NotAtHead                  the database needs ``frames-server migrate`` first   503
    └── ApiError                   a request that cannot be served as asked
        ├── BadRequest             well-formed JSON that breaks a rule                   400
        ├── Unauthorized           no token, an unknown, expired or revoked one, or a
        │                          wrong password                                       401
        ├── Forbidden              signed in, but this is not yours to see or do         403
        ├── NotFound               no such thing (or not visible to you)                 404
        ├── Conflict               it already exists / clashes with another row          409
        │   └── DeviceIdentityConflict  a push reuses a sequence number another copy of
        │                          the device's store used (a copied store)              409
        ├── Gone                   it existed but cannot be used any more (a used or
        │                          expired one-time code)                               410
        ├── ClientTooOld           the client speaks a protocol the server no longer does 426
        └── TooManyRequests        over a rate limit; ``Retry-After`` says when to come back 429
"""

from __future__ import annotations

from typing import Any

from sync.rules.protocol import DEVICE_IDENTITY_CONFLICT

__all__ = [
    "AccountDisabled",
    "ApiError",
    "BadRequest",
    "ClientTooOld",
    "ConfigError",
    "Conflict",
    "DeviceIdentityConflict",
    "DatabaseUnavailable",
    "Forbidden",
    "FramesError",
    "Gone",
    "MigrationRefused",
    "NotAtHead",
    "NotFound",
    "TooManyRequests",
    "Unauthorized",
]


class FramesError(Exception):
    """Root of every error the server reports to a person; ``str()`` is one clear line."""

    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class ConfigError(FramesError):
    """Raised when a setting or a command-line value is malformed."""

    status_code = 400
    code = "bad_config"


class DatabaseUnavailable(FramesError):
    """Raised when the database server cannot be reached or refuses the connection."""

    status_code = 503
    code = "database_unavailable"


class MigrationRefused(FramesError):
    """Raised when an existing schema differs from what a migration expects; nothing changed."""

    code = "migration_refused"


class NotAtHead(FramesError):
    """Raised when the database is not at the newest revision and must be migrated first."""

    status_code = 503
    code = "not_migrated"


class ApiError(FramesError):
    """Raised by services for a request that cannot be served as asked."""

    status_code = 400
    code = "bad_request"


class BadRequest(ApiError):
    """Raised when a well-formed request breaks a rule (unknown reference, bad state change)."""


class Unauthorized(ApiError):
    """Raised when the request carries no valid credential or the password is wrong."""

    status_code = 401
    code = "unauthorized"


class AccountDisabled(Unauthorized):
    """Raised when the credential or password is right but the account was disabled."""

    code = "account_disabled"


class Forbidden(ApiError):
    """Raised when the caller is signed in but the thing is outside their scope."""

    status_code = 403
    code = "forbidden"


class NotFound(ApiError):
    """Raised when the thing does not exist, or the caller may not know that it does."""

    status_code = 404
    code = "not_found"


class Conflict(ApiError):
    """Raised when the request clashes with an existing row (duplicate email, slug ...)."""

    status_code = 409
    code = "conflict"


class DeviceIdentityConflict(Conflict):
    """Raised when a device's ``(device_id, device_seq)`` is already stored with another
    event: two copies of one local store (a cloned disk, a restored backup) are syncing.
    The device answers by taking a new identity (``sync.client.engine``)."""

    code = DEVICE_IDENTITY_CONFLICT


class Gone(ApiError):
    """Raised when a one-time thing (an enrolment code) was used already or has expired."""

    status_code = 410
    code = "gone"


class ClientTooOld(ApiError):
    """Raised when a client's protocol version is older than the server still accepts."""

    status_code = 426
    code = "client_too_old"


class TooManyRequests(ApiError):
    """Raised when a caller is over a rate limit (``server_api.ratelimit``); answered with
    ``Retry-After: retry_after`` (whole seconds)."""

    status_code = 429
    code = "too_many_requests"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, details={"retry_after": retry_after})
        self.retry_after = retry_after
