"""Security headers on every answer, the documentation pages' policy and switch, and no
``server: uvicorn`` from a real server."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from server_api.app import create_app
from server_api.config import Settings
from tests.factories.shared_api import SharedApi, cheap_password_hashing, shared_api
from tests.helpers import free_port, run_cli, running_server
from tests.security._world import Probe, arrange

CLI = "server_api.cli"


@pytest.fixture(scope="module")
def world(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[tuple[SharedApi, Probe]]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with (
        cheap_password_hashing(),
        shared_api(pg_template, data_dir, pytestconfig, max_body_bytes=4096) as api,
    ):
        with api.session() as db:
            probe = arrange(db)
        yield api, probe


def _requests(probe: Probe) -> list[tuple[str, str, dict[str, str], Any]]:
    student, admin = probe.headers["student"], probe.headers["admin"]
    return [
        ("GET", "/health", {}, None),
        ("GET", "/v1/sync/hello", {}, None),
        ("GET", "/v1/modules", student, None),  # 200, signed in
        ("GET", f"/v1/modules/{probe.slug}", student, None),
        ("GET", "/v1/modules/nothing-here", student, None),  # 404
        ("GET", "/v1/modules", {}, None),  # 401
        ("GET", "/v1/admin/accounts", student, None),  # 403
        ("POST", "/v1/modules", admin, {"title": 1}),  # 422
        ("PATCH", f"/v1/modules/{probe.slug}", admin, {"title": "x" * 5000}),  # 413
        ("POST", "/v1/auth/login", {}, {"email": probe.student_email, "password": "nope"}),
    ]


@pytest.mark.postgres
def test_every_answer_carries_the_security_headers(world: tuple[SharedApi, Probe]) -> None:
    api, probe = world
    statuses = set()
    for method, path, headers, body in _requests(probe):
        with api.isolated():
            resp = api.client.request(method, path, headers=headers, json=body)
        statuses.add(resp.status_code)
        where = f"{method} {path} -> {resp.status_code}"
        assert resp.headers["x-content-type-options"] == "nosniff", where
        assert resp.headers["referrer-policy"] == "no-referrer", where
        assert resp.headers["x-frame-options"] == "DENY", where
        assert resp.headers["cache-control"] == "no-store", where
        assert resp.headers["content-security-policy"].startswith("default-src 'none'"), where
        assert "server" not in resp.headers, where
    assert statuses >= {200, 401, 403, 404, 413, 422}


@pytest.mark.postgres
def test_a_sign_in_answer_is_never_cached(world: tuple[SharedApi, Probe]) -> None:
    from tests.factories import PASSWORD

    api, probe = world
    with api.isolated():
        resp = api.client.post(
            "/v1/auth/login", json={"email": probe.student_email, "password": PASSWORD}
        )
    assert resp.status_code == 200 and "token" in resp.json()
    assert resp.headers["cache-control"] == "no-store"


@pytest.mark.postgres
def test_docs_are_off_on_postgresql_unless_asked_for(settings: Settings) -> None:
    for docs, expected in ((None, 404), (False, 404), (True, 200)):
        app = create_app(settings.model_copy(update={"docs": docs}))
        try:
            with TestClient(app) as client:
                for path in ("/docs", "/redoc", "/openapi.json"):
                    resp = client.get(path)
                    assert resp.status_code == expected, (docs, path)
                    assert resp.headers["x-content-type-options"] == "nosniff"
        finally:
            app.state.engine.dispose()


def _sqlite_app(tmp_path: Path, **settings: Any) -> Any:
    data = tmp_path / "server"
    data.mkdir(exist_ok=True)
    url = f"sqlite:///{data / 'frames.sqlite3'}"
    return create_app(Settings(database_url=url, data_dir=data, **settings))


def test_docs_are_on_for_the_embedded_server_and_off_with_the_setting(tmp_path: Path) -> None:
    for docs, expected in ((None, 200), (False, 404)):
        app = _sqlite_app(tmp_path, docs=docs)
        with TestClient(app) as client:
            assert client.get("/docs").status_code == expected
            assert client.get("/openapi.json").status_code == expected
        app.state.engine.dispose()


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_documentation_pages_run_only_their_own_scripts(tmp_path: Path, page: str) -> None:
    app = _sqlite_app(tmp_path)
    with TestClient(app) as client:
        resp = client.get(page)
    app.state.engine.dispose()
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    policy = dict(
        (part.split(" ", 1) + [""])[:2]
        for part in resp.headers["content-security-policy"].split("; ")
    )
    assert policy["default-src"] == "'none'"
    assert "'unsafe-inline'" not in policy["script-src"] and "*" not in policy["script-src"]
    assert policy["frame-ancestors"] == "'none'"
    # every inline script of the page is allowed by its hash, and every external one by origin
    for inline in re.findall(r"<script>(.*?)</script>", resp.text, re.DOTALL):
        digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy["script-src"]
    for src in re.findall(r'<script src="([^"]+)"', resp.text):
        assert any(src.startswith(origin) for origin in policy["script-src"].split())
    assert resp.headers["cache-control"] == "no-store"


def test_a_real_server_does_not_name_itself(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'frames.sqlite3'}"
    assert run_cli(CLI, "migrate", "--database-url", url).returncode == 0
    port = free_port()
    env = {"FRAMES_DATA_DIR": str(tmp_path / "data")}
    args = ["serve", "--database-url", url, "--port", str(port), "--no-docs"]
    with running_server(args, port=port, env=env):
        health = httpx.get(f"http://127.0.0.1:{port}/health")
        docs = httpx.get(f"http://127.0.0.1:{port}/docs")
    assert health.status_code == 200
    assert "server" not in health.headers
    assert health.headers["x-content-type-options"] == "nosniff"
    assert docs.status_code == 404  # --no-docs wins over the SQLite default
