"""Engines and sessions. PostgreSQL in production, SQLite as the embedded default.

Every connection runs in UTC (the schema's TIMESTAMP columns hold naive UTC), and SQLite
connections enforce foreign keys, use WAL and wait on a busy database instead of failing.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from server_api.errors import ConfigError, DatabaseUnavailable

__all__ = [
    "check_connect",
    "check_utc",
    "connect_error_message",
    "make_engine",
    "settings_engine",
]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(
    url: URL,
    *,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_timeout: float = 30.0,
    pgbouncer: bool = False,
    **kwargs: Any,
) -> Engine:
    """Create an engine for ``url`` with the project's connection settings.

    PostgreSQL: a pool of ``pool_size`` connections (plus ``max_overflow`` more under load,
    waiting ``pool_timeout`` seconds for one before failing). ``pgbouncer``: the URL is a
    pgbouncer in transaction mode, so no statement is prepared on the server and the session
    time zone comes from the database's setting (``ALTER DATABASE ... SET timezone = 'UTC'``,
    which ``frames-server migrate`` checks) instead of a startup option pgbouncer refuses.
    """
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {"connect_timeout": 5}
    if pgbouncer:
        connect_args["prepare_threshold"] = None
    else:
        connect_args["options"] = "-c timezone=UTC"
    # No ping before every checkout (a round trip per request): a connection the server
    # dropped fails its request once, is discarded, and the next one is fresh; connections
    # are renewed every half hour anyway.
    kwargs.setdefault("pool_recycle", 1800)
    return create_engine(
        url,
        connect_args=connect_args,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
        **kwargs,
    )


def settings_engine(settings: Any) -> Engine:
    """The engine of a serving process, sized by its settings (``server_api.config``)."""
    return make_engine(
        settings.resolved_database_url(),
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        pgbouncer=settings.db_pgbouncer,
    )


def connect_error_message(url: URL, exc: BaseException) -> str:
    """One line that says which database could not be reached and why."""
    detail = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    reason = detail[0] if detail else type(exc).__name__
    reason = re.sub(r"^\(.*?\)\s*", "", reason)
    return f"cannot connect to database {url.render_as_string(hide_password=True)}: {reason}"


def check_connect(engine: Engine) -> None:
    """Open and close one connection; raise ``DatabaseUnavailable`` with a clear line."""
    try:
        with engine.connect():
            pass
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(connect_error_message(engine.url, exc)) from exc


def check_utc(conn: Connection) -> None:
    """Refuse to serve through pgbouncer unless the database's own time zone is UTC: every
    TIMESTAMP column holds naive UTC, and through a transaction pool no connection can be
    told so at start (``ConfigError`` with the command that fixes it)."""
    zone = str(conn.exec_driver_sql("SHOW timezone").scalar_one())
    if zone.upper() not in ("UTC", "ETC/UTC", "GMT", "ETC/GMT"):
        database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
        raise ConfigError(
            f"database {database} runs in time zone {zone}, and through pgbouncer FRAMES cannot "
            f"set UTC per connection: run ALTER DATABASE \"{database}\" SET timezone TO 'UTC' "
            "(on the primary, as its owner), then start again"
        )
