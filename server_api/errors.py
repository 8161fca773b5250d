"""Errors the server's services raise; one handler maps each to an HTTP status or a CLI message.

::

    FramesError                    root: its message is one line a person can act on
    ├── ConfigError                a bad setting or command-line value (bad database URL ...)
    ├── DatabaseUnavailable        the database cannot be reached
    ├── MigrationRefused           the existing schema is not one we can adopt or upgrade
    └── NotAtHead                  the database needs ``frames-server migrate`` first
"""

from __future__ import annotations

__all__ = ["ConfigError", "DatabaseUnavailable", "FramesError", "MigrationRefused", "NotAtHead"]


class FramesError(Exception):
    """Root of every error the server reports to a person; ``str()`` is one clear line."""

    status_code = 500
    code = "internal_error"


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

    status_code = 500
    code = "migration_refused"


class NotAtHead(FramesError):
    """Raised when the database is not at the newest revision and must be migrated first."""

    status_code = 503
    code = "not_migrated"
