"""One API over one migrated database, shared by many fast tests that each roll back.

Creating and dropping a PostgreSQL database costs seconds (the drop forces a checkpoint),
so a matrix of hundreds of cells cannot have one each. ``shared_api`` clones the migrated
template once per test process and serves an app whose every request session is bound to
ONE connection inside an outer transaction that is rolled back when the app is done: what a
test module arranges (``SharedApi.session()``) lasts for the module, and what one test does
(``SharedApi.isolated()``) is undone after it by a savepoint. Request sessions commit to
savepoints of their own, as the real dependency commits, and roll back to them on errors.
Nothing is ever committed, so modules sharing the clone never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server_api.app import create_app
from server_api.auth import service as auth_service
from server_api.auth.service import issue_token
from server_api.config import Settings
from server_api.deps import get_session
from server_api.models import Account
from server_api.timeutil import utcnow

__all__ = ["SharedApi", "bearer", "cheap_password_hashing", "make_token", "shared_api"]

_PG_ADMIN_URL = os.environ.get(
    "FRAMES_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
_ADMIN_CONNINFO = (
    make_url(_PG_ADMIN_URL).set(drivername="postgresql").render_as_string(hide_password=False)
)


@contextmanager
def cheap_password_hashing() -> Iterator[None]:
    """Hash passwords with argon2id at minimal cost while arranging many accounts.

    The real parameters cost half a second per account on a busy two-core runner; the
    hashes made here still verify, since argon2 records its parameters in the hash.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            auth_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        )
        yield


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def make_token(
    db: Session, account: Account, *, expired: bool = False, revoked: bool = False
) -> str:
    """A session token for ``account`` without a login (no password hashing), committed."""
    token, row = issue_token(db, account, device_id=None, device_name=None)
    if expired:
        row.expires_at = utcnow() - timedelta(seconds=1)
    if revoked:
        row.revoked_at = utcnow()
    db.commit()
    return token


def _bound(conn: Connection) -> Session:
    return Session(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False)


class SharedApi:
    """A running app, its client, and the one connection all its sessions share."""

    def __init__(self, app: FastAPI, client: TestClient, conn: Connection) -> None:
        self.app = app
        self.client = client
        self.conn = conn

    def session(self) -> Session:
        """A session for arranging what the whole test module shares."""
        return _bound(self.conn)

    @contextmanager
    def isolated(self) -> Iterator[Session]:
        """Run one test's requests (and arrange rows with the session yielded), then undo."""
        savepoint = self.conn.begin_nested()
        try:
            with _bound(self.conn) as db:
                yield db
        finally:
            if savepoint.is_active:
                savepoint.rollback()


_clones: dict[str, str] = {}  # template database -> URL of this process's copy


def _clone_of(template: str, config: pytest.Config) -> str:
    url = _clones.get(template)
    if url is None:
        name = f"frames_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_ADMIN_CONNINFO, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        url = make_url(_PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        _clones[template] = url

        def drop() -> None:
            with psycopg.connect(_ADMIN_CONNINFO, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        config.add_cleanup(drop)
    return url


@contextmanager
def shared_api(
    template: str, data_dir: Path, config: pytest.Config, **settings: Any
) -> Iterator[SharedApi]:
    """An app over this process's copy of ``template``; everything it did is rolled back.

    Rate limits are off unless ``rate_limits=True``: their counters commit on their own
    connection, outside the shared transaction, and would outlive the tests.
    """
    settings.setdefault("rate_limits", False)
    app = create_app(
        Settings(database_url=_clone_of(template, config), data_dir=data_dir, **settings)
    )
    try:
        with app.state.engine.connect() as conn:
            outer = conn.begin()

            def request_session() -> Iterator[Session]:
                with _bound(conn) as session:
                    try:
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise

            app.dependency_overrides[get_session] = request_session
            app.state.open_session = lambda: _bound(conn)
            try:
                with TestClient(app) as client:
                    yield SharedApi(app, client, conn)
            finally:
                app.dependency_overrides.pop(get_session, None)
                outer.rollback()
    finally:
        app.state.engine.dispose()
