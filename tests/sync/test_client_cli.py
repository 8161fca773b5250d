"""``frames-client`` as a person runs it, against a real server process on 127.0.0.1."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from local_store import LocalStore
from server_api.config import parse_database_url
from server_api.db import make_engine
from tests.factories import PASSWORD, make_account, make_assignment, make_module, make_university
from tests.helpers import free_port, run_cli, running_server

pytestmark = pytest.mark.postgres
CLI = "sync.client.cli"


@pytest.fixture
def server(migrated_pg_url: str) -> Any:
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = make_university(db)
        student = make_account(db, "student", university_id=uni.id)
        m = make_module(db, university_id=uni.id, slug="lab-safety-101", sections=3)
        make_assignment(db, m, student_id=student.student_id)
    engine.dispose()
    port = free_port()
    args = ["serve", "--database-url", migrated_pg_url, "--port", str(port)]
    with running_server(args, port=port):
        yield {"base": f"http://127.0.0.1:{port}", "student": student}


def test_login_sync_status_export(server: dict[str, Any], tmp_path: Path) -> None:
    data = str(tmp_path / "client")
    email = server["student"].email
    login = run_cli(
        CLI,
        "login",
        "--server",
        server["base"],
        "--email",
        email,
        "--data-dir",
        data,
        input=PASSWORD + "\n",
    )
    assert login.returncode == 0, login.stderr
    assert "signed in as" in login.stdout
    sync = run_cli(CLI, "sync", "--data-dir", data)
    assert sync.returncode == 0, sync.stderr
    assert "pulled 1 module(s)" in sync.stdout

    sid = server["student"].student_id
    with LocalStore.open(Path(data) / "store.sqlite3") as store:
        for kind in ("module_start", "section_view"):
            store.record_event(
                owner=sid,
                module_id="lab-safety-101",
                event_type=kind,
                section_number=1,
                session_id="s",
                device_type="desktop",
            )
        store.record_event(
            owner=sid,
            module_id="not-assigned",
            event_type="click",
            session_id="s",
            device_type="desktop",
        )
    status = json.loads(run_cli(CLI, "status", "--json", "--data-dir", data).stdout)
    assert status["users"][0]["pending"] == 3
    assert status["users"][0]["modules"] == 1

    sync = run_cli(CLI, "sync", "--data-dir", data)
    assert sync.returncode == 0
    assert "pushed 2 event(s), 1 rejected" in sync.stdout
    assert "not synced: unknown module 'not-assigned'" in sync.stdout
    text = run_cli(CLI, "status", "--data-dir", data).stdout
    assert "pending:    0 event(s)" in text
    assert "not synced: 1 event(s) refused" in text
    out = tmp_path / "outbox.jsonl"
    export = run_cli(CLI, "export-outbox", str(out), "--data-dir", data)
    assert export.returncode == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["module_id"] for r in rows] == ["not-assigned"]


def _login(server: dict[str, Any], data: str) -> None:
    login = run_cli(
        CLI,
        "login",
        "--server",
        server["base"],
        "--email",
        server["student"].email,
        "--data-dir",
        data,
        input=PASSWORD + "\n",
    )
    assert login.returncode == 0, login.stderr


def _token_in_files(folder: Path, token: str) -> bool:
    return any(token.encode() in p.read_bytes() for p in folder.glob("store.sqlite3*"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_login_keeps_the_token_private(server: dict[str, Any], tmp_path: Path) -> None:
    """Without an OS keyring (this machine) the token stays in the store file, which only
    its owner can read, and ``status`` says so."""
    data = tmp_path / "frames-lms" / "client"
    old = os.umask(0o022)
    try:
        _login(server, str(data))
    finally:
        os.umask(old)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in data.iterdir()} == {
        p.name: 0o600 for p in data.iterdir()
    }
    with LocalStore.open(data / "store.sqlite3") as store:
        user = store.current_user()
        assert user is not None and user.token
        token = user.token
    assert _token_in_files(data, token)
    status = run_cli(CLI, "status", "--data-dir", str(data))
    assert status.stdout.splitlines()[0] == (
        f"credentials: in the store file (this machine has no OS keyring); only you can read {data}"
    )
    assert (
        json.loads(run_cli(CLI, "status", "--json", "--data-dir", str(data)).stdout)["credentials"]
        == "store file"
    )


def test_login_puts_the_token_in_the_os_keyring(
    server: dict[str, Any], tmp_path: Path, os_keyring: Any
) -> None:
    data = tmp_path / "client"
    _login(server, str(data))  # the child finds the keyring through the environment
    tokens = list(os_keyring.entries().values())
    assert len(tokens) == 1 and tokens[0].startswith("frm_")
    assert not _token_in_files(data, tokens[0])
    status = run_cli(CLI, "status", "--data-dir", str(data))
    assert status.stdout.splitlines()[0] == "credentials: in the OS keyring (Test file keyring)"
    sync = run_cli(CLI, "sync", "--data-dir", str(data))  # it signs in with it
    assert sync.returncode == 0 and "pulled 1 module(s)" in sync.stdout, sync.stderr
    logout = run_cli(CLI, "logout", "--data-dir", str(data))
    assert logout.returncode == 0 and os_keyring.entries() == {}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["login", "--server", "http://127.0.0.1:1", "--email", "a@b.edu"],
            "cannot reach the server",
        ),
        (["login", "--server", "ftp://x", "--email", "a@b.edu"], "must start with http"),
        (["sync"], "nobody is signed in"),
        (["sync", "--push-batch", "0"], "--push-batch must be"),
    ],
)
def test_errors_are_one_line(tmp_path: Path, args: list[str], says: str) -> None:
    result = run_cli(CLI, *args, "--data-dir", str(tmp_path), input="pw\n")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert says in lines[0]


def test_wrong_password_is_one_line(server: dict[str, Any], tmp_path: Path) -> None:
    result = run_cli(
        CLI,
        "login",
        "--server",
        server["base"],
        "--email",
        server["student"].email,
        "--data-dir",
        str(tmp_path),
        input="nope\n",
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "frames-client: error: wrong email or password"


def test_version() -> None:
    result = run_cli(CLI, "--version")
    assert result.returncode == 0 and result.stdout.startswith("frames-client ")


def test_a_student_sets_a_kiosk_pin_that_a_kiosk_then_verifies(
    server: dict[str, Any], tmp_path: Path, migrated_pg_url: str
) -> None:
    from datetime import datetime, timedelta

    from server_api.kiosks.service import create_enrolment_code
    from sync.client import kiosk as kiosk_ops

    data = str(tmp_path / "laptop")
    email = server["student"].email
    login = run_cli(
        CLI,
        "login",
        "--server",
        server["base"],
        "--email",
        email,
        "--data-dir",
        data,
        input=PASSWORD + "\n",
    )
    assert login.returncode == 0, login.stderr
    for weak_pin in ("12", "1234"):
        weak = run_cli(CLI, "set-pin", "--data-dir", data, input=f"{weak_pin}\n{PASSWORD}\n")
        assert weak.returncode == 1
        assert weak.stderr == "frames-client: error: A kiosk PIN is 6 to 12 digits\n"
    wrong = run_cli(CLI, "set-pin", "--data-dir", data, input="864213\nnot-my-password\n")
    assert wrong.returncode == 1
    assert wrong.stderr == "frames-client: error: Wrong password: nothing was changed\n"
    done = run_cli(CLI, "set-pin", "--data-dir", data, input=f"864213\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr

    # A kiosk of the student's university, synced with the same headless client.
    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        code, _ = create_enrolment_code(
            db, university_id=server["student"].university_id, expires_in=timedelta(hours=1)
        )
        db.commit()
    engine.dispose()
    kiosk_dir = tmp_path / "kiosk"
    with LocalStore.open(kiosk_dir / "store.sqlite3") as store:
        kiosk_ops.enrol(
            store,
            server=server["base"],
            name="Tablet",
            exit_pin="258013",
            code=code,
            now=datetime(2026, 11, 25),
        )
    sync = run_cli(CLI, "sync", "--data-dir", str(kiosk_dir))
    assert sync.returncode == 0, sync.stderr
    assert "kiosk roster: 1 student(s)" in sync.stdout and "pulled 1 module(s)" in sync.stdout
    sid = server["student"].student_id
    with LocalStore.open(kiosk_dir / "store.sqlite3") as store:
        now = datetime(2026, 11, 25)
        assert kiosk_ops.check_pin(store, sid, "864213", now=now).status == "ok"
        assert kiosk_ops.check_pin(store, sid, "111111", now=now).status == "wrong"


def test_sign_in_failures_are_typed(
    server: dict[str, Any], tmp_path: Path, migrated_pg_url: str
) -> None:
    """``sync.client.account`` tells a real server's refusals apart by type, with the same
    one line ``frames-client`` prints; a successful sign-in makes the user current."""
    from datetime import datetime

    from server_api.models import Account
    from sync.client import account

    engine = make_engine(parse_database_url(migrated_pg_url))
    with Session(engine, expire_on_commit=False) as db:
        uni = server["student"].university_id
        gone = make_account(db, "student", university_id=uni)
        locked = make_account(db, "student", university_id=uni)
        row = db.get(Account, gone.id)
        assert row is not None
        row.disabled_at = datetime(2026, 1, 1)
        db.commit()
    engine.dispose()

    def attempt(email: str, password: str = PASSWORD, base: str | None = None) -> Any:
        with LocalStore.open(tmp_path / "store.sqlite3") as store:
            return account.sign_in(
                store,
                server=base or server["base"],
                email=email,
                password=password,
                device_name="test",
            )

    with pytest.raises(account.WrongPassword, match="^wrong email or password$"):
        attempt(server["student"].email, "nope")
    with pytest.raises(account.AccountDisabled, match="disabled"):
        attempt(gone.email)
    for _ in range(5):
        with pytest.raises(account.WrongPassword):
            attempt(locked.email, "nope")
    with pytest.raises(account.LockedOut) as out:
        attempt(locked.email)  # the right password, but too late
    assert out.value.retry_after is not None and out.value.retry_after > 0
    assert str(out.value).startswith("too many failed sign-ins")
    with pytest.raises(account.ServerUnreachable, match="cannot reach the server"):
        attempt(server["student"].email, base=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(account.BadServerAddress, match="must start with http"):
        attempt(server["student"].email, base="ftp://x")

    user = attempt(server["student"].email)
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        current = store.current_user()
        assert current is not None and current.user_id == user.user_id and current.token
        account.forget_sign_in(store, current)
        after = store.get_user(user.user_id)
        assert after is not None and not after.token


@pytest.mark.parametrize(
    ("status", "body", "kind", "line"),
    [
        (404, b"<html>nothing here</html>", "NotAFramesServer", "the server answered 404"),
        (405, b"", "NotAFramesServer", "the server answered 405"),
        (200, b'{"hello": "world"}', "NotAFramesServer", "does not look like a FRAMES server"),
        (200, b"not json", "NotAFramesServer", "does not look like a FRAMES server"),
        (
            426,
            b'{"error": {"code": "client_too_old", "message": "please update FRAMES LMS"}}',
            "ClientTooOld",
            "please update FRAMES LMS",
        ),
        (500, b"oops", "SignInRefused", "the server answered 500"),
        (
            422,
            b'{"error": {"code": "invalid_request", "message": "email: too short"}}',
            "SignInRefused",
            "email: too short",
        ),
    ],
)
def test_answers_that_are_no_sign_in_are_typed(
    tmp_path: Path, status: int, body: bytes, kind: str, line: str
) -> None:
    """Addresses that answer, but not as a FRAMES server would (httpx's mock transport)."""
    import httpx

    from sync.client import account

    transport = httpx.MockTransport(lambda _request: httpx.Response(status, content=body))
    with (
        LocalStore.open(tmp_path / "store.sqlite3") as store,
        httpx.Client(transport=transport) as http,
        pytest.raises(account.AccountError) as caught,
    ):
        account.sign_in(
            store, server="http://x", email="a@b.edu", password="pw", device_name="t", http=http
        )
    assert type(caught.value).__name__ == kind
    assert line in str(caught.value)
    if isinstance(caught.value, account.SignInRefused):
        assert caught.value.explained == (status == 422)
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        assert store.current_user() is None


def test_sandbox_command_shows_the_isolation_and_lets_staff_allow_unisolated_runs(
    tmp_path: Path,
) -> None:
    data = str(tmp_path / "data")
    shown = run_cli(CLI, "sandbox", "--data-dir", data)
    assert shown.returncode == 0, shown.stderr
    assert "isolation:  landlock-v" in shown.stdout  # this machine has it
    assert "unisolated runs allowed by staff: no" in shown.stdout
    assert "python   available" in shown.stdout
    off = run_cli(
        CLI,
        "sandbox",
        "--allow-unisolated",
        "yes",
        "--data-dir",
        data,
        env={"FRAMES_SANDBOX_FORCE_UNAVAILABLE": "1"},
    )
    assert off.returncode == 0, off.stderr
    assert "isolation:  none (the sandbox is turned off on this computer" in off.stdout
    assert "unisolated runs allowed by staff: yes" in off.stdout
    with LocalStore.open(Path(data) / "store.sqlite3") as store:
        assert store.get_setting("sandbox.allow_unisolated") is True
    bad = run_cli(CLI, "sandbox", "--allow-unisolated", "maybe", "--data-dir", data)
    assert bad.returncode == 2 and "invalid choice: 'maybe'" in bad.stderr
    assert "Traceback" not in bad.stderr
