"""``frames-server`` as a user runs it: one-line errors, --check, serve refusing and serving."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.helpers import free_port, run_cli, running_server

CLI = "server_api.cli"


def _one_clean_error_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("frames-server: error: ")
    return lines[0]


@pytest.mark.parametrize("command", ["migrate", "serve"])
def test_every_command_has_help(command: str) -> None:
    result = run_cli(CLI, command, "--help")
    assert result.returncode == 0
    assert "--database-url" in result.stdout


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("not a url", "invalid database URL"),
        ("mysql://u@127.0.0.1/x", "unsupported database 'mysql'"),
        ("postgresql://postgres@127.0.0.1:1/nope", "cannot connect to database"),
        ("sqlite:////no/such/folder/x.db", "folder /no/such/folder does not exist"),
    ],
)
@pytest.mark.parametrize("command", ["migrate", "serve"])
def test_bad_database_is_one_line_error(command: str, url: str, says: str) -> None:
    result = run_cli(CLI, command, "--database-url", url)
    assert result.returncode != 0
    assert says in _one_clean_error_line(result.stderr)


def test_database_url_comes_from_the_environment(sqlite_url: str) -> None:
    result = run_cli(CLI, "migrate", env={"FRAMES_DATABASE_URL": sqlite_url})
    assert result.returncode == 0, result.stderr
    assert Path(sqlite_url.removeprefix("sqlite:///")).exists()


def test_default_database_lives_in_the_user_data_dir(tmp_path: Path) -> None:
    env = {"FRAMES_DATABASE_URL": "", "FRAMES_DATA_DIR": str(tmp_path / "data")}
    result = run_cli(CLI, "migrate", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "frames.sqlite3").exists()
    assert run_cli(CLI, "migrate", "--check", env=env).returncode == 0


def test_default_data_dir_is_platformdirs() -> None:
    import platformdirs

    from server_api.config import default_data_dir

    assert default_data_dir().parent == Path(platformdirs.user_data_dir("frames-lms", False))


def test_check_prints_state_and_sets_exit_status(sqlite_url: str) -> None:
    before = run_cli(CLI, "migrate", "--check", "--database-url", sqlite_url)
    assert before.returncode == 1
    assert "NOT at head" in before.stdout
    assert run_cli(CLI, "migrate", "--database-url", sqlite_url).returncode == 0
    after = run_cli(CLI, "migrate", "--check", "--database-url", sqlite_url)
    assert after.returncode == 0, after.stdout
    assert "up to date" in after.stdout and "models and database agree" in after.stdout
    assert after.stdout.strip().endswith("OK")


@pytest.mark.postgres
def test_refused_migration_is_one_line_and_exit_1(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE universities (id VARCHAR PRIMARY KEY)")
    result = run_cli(CLI, "migrate", "--database-url", pg_url)
    assert result.returncode == 1
    assert "refusing to migrate" in _one_clean_error_line(result.stderr)


def test_serve_refuses_a_database_not_at_head(sqlite_url: str) -> None:
    result = run_cli(CLI, "serve", "--database-url", sqlite_url, "--port", str(free_port()))
    assert result.returncode == 1
    line = _one_clean_error_line(result.stderr)
    assert "frames-server migrate" in line


@pytest.mark.postgres
def test_serve_with_two_workers_reports_health_and_docs(pg_url: str) -> None:
    assert run_cli(CLI, "migrate", "--database-url", pg_url).returncode == 0
    port = free_port()
    args = ["serve", "--database-url", pg_url, "--port", str(port), "--workers", "2", "--docs"]
    with running_server(args, port=port):
        health = httpx.get(f"http://127.0.0.1:{port}/health").json()
        assert health["status"] == "ok" and health["at_head"] and health["database"] == "postgresql"
        docs = httpx.get(f"http://127.0.0.1:{port}/docs")
        assert docs.status_code == 200 and "swagger" in docs.text.lower()
        assert "/health" in httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["paths"]


def test_a_serving_process_freezes_its_start_up_objects(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from server_api.app import create_app, create_served_app\n"
        "create_app()\n"
        "before = gc.get_freeze_count()\n"
        "app = create_served_app()\n"
        "print(before, gc.get_freeze_count(), app.title)\n"
    )
    env = {
        **os.environ,
        "FRAMES_DATA_DIR": str(tmp_path),
        "FRAMES_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    assert out[0] == "0" and int(out[1]) > 10_000 and " ".join(out[2:]) == "FRAMES LMS API"
