"""Fixtures shared by the whole suite.

Qt is forced offscreen before anything can create a QApplication. PostgreSQL tests create
and drop their own databases on the server at ``FRAMES_TEST_PG_URL`` (default
``postgresql://postgres@127.0.0.1:5432/postgres``); when it is unreachable they skip locally
but FAIL under ``CI=true``, where a skipped test would hide a broken setup.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test ever touches the keyring of the person running it: the suite runs as on a machine
# without one, and tests that want one install tests.keyring_backend (``os_keyring``).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("FRAMES_KEYRING", None)

import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import psycopg  # noqa: E402
import pytest  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402


@pytest.fixture(autouse=True)
def _private_secrets_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kiosk key without a keyring goes to a file outside the data folder: in the
    tests, a folder of their own, never the real user's."""
    monkeypatch.setenv("FRAMES_SECRETS_DIR", str(tmp_path_factory.mktemp("secrets")))


@pytest.fixture
def os_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A real keyring backend (``tests.keyring_backend.FileKeyring``), also for children."""
    import keyring
    from keyring.backends import fail

    from tests.keyring_backend import ENV, FileKeyring

    path = tmp_path / "keyring.json"
    monkeypatch.setenv(ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]


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


@pytest.fixture(scope="session")
def pg_template(pg_available: bool) -> Iterator[str]:
    """A PostgreSQL database migrated to head once per test process, used as a template."""
    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.migrate import migrate

    name = f"frames_tmpl_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(parse_database_url(url))
    migrate(engine)
    engine.dispose()
    yield name
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def migrated_pg_url(pg_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database at head (a copy of the per-process template)."""
    name = f"frames_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def settings(migrated_pg_url: str, tmp_path: os.PathLike[str]) -> Any:
    from server_api.config import Settings

    return Settings(database_url=migrated_pg_url, data_dir=os.path.join(tmp_path, "server"))


@pytest.fixture
def app(settings: Any) -> Iterator[Any]:
    from server_api.app import create_app

    application = create_app(settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def db(app: Any) -> Iterator[Any]:
    """An ORM session on the test app's database, for arranging rows and checking results."""
    from sqlalchemy.orm import Session

    with Session(app.state.engine, expire_on_commit=False) as session:
        yield session
