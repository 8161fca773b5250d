"""Server settings: one pydantic-settings class, read from ``FRAMES_*`` environment variables.

With no ``FRAMES_DATABASE_URL`` the server keeps its data in a SQLite file in the platform's
user data directory (the embedded default), and media files beside it.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from server_api.errors import ConfigError

__all__ = ["Settings", "default_data_dir", "parse_database_url"]

APP_NAME = "frames-lms"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "server"


def parse_database_url(raw: str) -> URL:
    """Parse and normalise a database URL; raise ``ConfigError`` with a one-line reason."""
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError) as exc:
        raise ConfigError(
            f"invalid database URL {raw!r}: expected e.g. "
            "postgresql://user@host:5432/dbname or sqlite:///path/to/file.db"
        ) from exc
    backend = url.get_backend_name()
    if backend == "postgresql":
        # psycopg 3 is the driver we ship; "postgresql://" alone would ask for psycopg2.
        if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
    elif backend == "sqlite":
        if url.database and url.database != ":memory:":
            parent = Path(url.database).expanduser().resolve().parent
            if not parent.is_dir():
                raise ConfigError(f"invalid database URL: folder {parent} does not exist")
    else:
        raise ConfigError(
            f"unsupported database {backend!r} in URL: use postgresql://... or sqlite:///..."
        )
    return url


class Settings(BaseSettings):
    """Everything the server needs to run; no secrets live in the process beyond these."""

    model_config = SettingsConfigDict(env_prefix="FRAMES_", extra="ignore")

    database_url: str = ""
    # Where the reports read (GET /v1/reports/...): a streaming replica of the primary, so a
    # faculty member's whole-university CSV never competes with syncs. Empty: the primary.
    # Sign-ins and everything else always use database_url.
    reports_database_url: str = ""
    data_dir: Path = Field(default_factory=default_data_dir)
    max_body_bytes: int = 8 * 1024 * 1024
    max_media_bytes: int = 512 * 1024 * 1024
    # The database pool of ONE worker process (PostgreSQL). Every worker of every host opens
    # up to db_pool_size + db_max_overflow connections: keep
    #   hosts x workers x (db_pool_size + db_max_overflow) + 10 <= max_connections
    # (the 10: migrations, psql, monitoring), or put pgbouncer in front (db_pgbouncer).
    db_pool_size: int = Field(default=8, ge=1, le=200)
    db_max_overflow: int = Field(default=4, ge=0, le=200)
    db_pool_timeout: float = Field(default=10.0, gt=0, le=300)
    # Through pgbouncer in transaction mode: no server-side prepared statements, nothing kept
    # in a server session between transactions.
    db_pgbouncer: bool = False
    # Admission control (server_api.admission): database requests a worker runs at once
    # (at most db_pool_size + db_max_overflow, so none ever waits for a connection; few, so
    # the Python threads doing them leave the event loop its turn), this many more wait up
    # to sync_wait_seconds, the rest get 503 with Retry-After.
    sync_in_flight: int = Field(default=4, ge=1, le=400)
    sync_queue: int = Field(default=64, ge=0, le=100_000)
    sync_wait_seconds: float = Field(default=5.0, ge=0, le=120)
    # /docs, /redoc and /openapi.json: None = on for the embedded SQLite server (the demo, a
    # developer's machine), off on PostgreSQL (production); FRAMES_DOCS=true|false decides.
    docs: bool | None = None
    # server_api.ratelimit; false only for benchmarks and tests that share one transaction
    rate_limits: bool = True
    # server_api.sync_api.quota: what the server keeps per student (0: no limit). A student
    # records ~400 events an hour with a module open, ~60 bytes of event data each.
    quota_events: int = Field(default=250_000, ge=0)
    quota_event_bytes: int = Field(default=64 * 1024 * 1024, ge=0)

    @field_validator("database_url", "reports_database_url")
    @classmethod
    def _strip(cls, v: str) -> str:
        return v.strip()

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    def docs_enabled(self, url: URL) -> bool:
        """Whether to serve the API documentation (see ``docs``)."""
        if self.docs is not None:
            return self.docs
        return url.get_backend_name() == "sqlite"

    def resolved_database_url(self) -> URL:
        if self.database_url:
            return parse_database_url(self.database_url)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return parse_database_url(f"sqlite:///{self.data_dir / 'frames.sqlite3'}")
