"""Fixtures shared by the whole suite.

Qt is forced offscreen before anything can create a QApplication. PostgreSQL tests create
and drop their own databases on the server at ``FRAMES_TEST_PG_URL`` (default
``postgresql://postgres@127.0.0.1:5432/postgres``); when it is unreachable they skip locally
but FAIL under ``CI=true``, where a skipped test would hide a broken setup.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

PG_ADMIN_URL = os.environ.get("FRAMES_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _admin_conninfo() -> str:
    return make_url(PG_ADMIN_URL).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_available() -> bool:
    try:
        with psycopg.connect(_admin_conninfo(), connect_timeout=3):
            return True
    except psycopg.OperationalError as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required under CI=true but unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable ({exc}); set CI=true to make this a failure")
    return False


PgDatabaseFactory = Callable[[], str]


@pytest.fixture
def pg_database_factory(pg_available: bool) -> Iterator[PgDatabaseFactory]:
    """Create empty PostgreSQL databases on demand; each is dropped after the test."""
    created: list[str] = []

    def create() -> str:
        name = f"frames_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    yield create
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        for name in created:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_database_factory: PgDatabaseFactory) -> str:
    """The URL of a fresh, empty PostgreSQL database."""
    return pg_database_factory()


@pytest.fixture
def sqlite_url(tmp_path: os.PathLike[str]) -> str:
    return f"sqlite:///{os.path.join(tmp_path, 'frames.sqlite3')}"
