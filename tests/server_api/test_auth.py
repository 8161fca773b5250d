"""Accounts, login, tokens: expiry, revocation, device sessions, and the admin API."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from server_api.models import Account, AuthToken, Student
from server_api.timeutil import utcnow
from tests.factories import PASSWORD, make_account, make_team, make_university

pytestmark = pytest.mark.postgres


def login(client: Any, email: str, password: str = PASSWORD, **extra: Any) -> Any:
    return client.post("/v1/auth/login", json={"email": email, "password": password, **extra})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_login_me_logout(client: Any, db: Any) -> None:
    uni = make_university(db)
    team = make_team(db, uni.id)
    account = make_account(db, "student", university_id=uni.id, team_id=team.id)
    resp = login(client, account.email.upper())
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["kind"] == "session"
    assert body["token"].startswith("frm_")
    me = client.get("/v1/auth/me", headers=bearer(body["token"])).json()
    assert me["role"] == "student"
    assert me["student_id"] == account.student_id
    assert me["team_id"] == team.id
    assert me["university_id"] == uni.id
    # only the hash is stored
    stored = db.scalars(select(AuthToken.token_hash)).all()
    assert body["token"] not in stored and len(stored[0]) == 64
    assert client.post("/v1/auth/logout", headers=bearer(body["token"])).status_code == 204
    again = client.get("/v1/auth/me", headers=bearer(body["token"]))
    assert again.status_code == 401
    assert "revoked" in again.json()["error"]["message"]


def test_password_is_argon2id(db: Any) -> None:
    uni = make_university(db)
    account = make_account(db, "faculty", university_id=uni.id)
    assert db.get(Account, account.id).password_hash.startswith("$argon2id$")


@pytest.mark.parametrize("email_case", ["known", "unknown"])
def test_wrong_credentials_get_the_same_401(client: Any, db: Any, email_case: str) -> None:
    uni = make_university(db)
    account = make_account(db, "student", university_id=uni.id)
    email = account.email if email_case == "known" else "nobody@example.edu"
    resp = login(client, email, "wrong password")
    assert resp.status_code == 401
    assert resp.json()["error"] == {
        "code": "unauthorized",
        "message": "wrong email or password",
        "details": None,
    }


def test_expired_session_is_refused(client: Any, db: Any) -> None:
    account = make_account(db, "admin")
    token = login(client, account.email).json()["token"]
    row = db.scalars(select(AuthToken)).one()
    row.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    resp = client.get("/v1/auth/me", headers=bearer(token))
    assert resp.status_code == 401
    assert "expired" in resp.json()["error"]["message"]


def test_device_session_slides_and_survives_weeks_offline(client: Any, db: Any) -> None:
    uni = make_university(db)
    account = make_account(db, "student", university_id=uni.id)
    resp = login(client, account.email, device_id="dev-0123456789", device_name="Lab laptop")
    assert resp.json()["kind"] == "device"
    token = resp.json()["token"]
    row = db.scalars(select(AuthToken)).one()
    assert row.expires_at - utcnow() > timedelta(days=170)
    # the device comes back after 5 weeks offline
    row.last_used_at = utcnow() - timedelta(weeks=5)
    row.expires_at = utcnow() + timedelta(days=180) - timedelta(weeks=5)
    db.commit()
    assert client.get("/v1/auth/me", headers=bearer(token)).status_code == 200
    db.expire_all()
    assert db.get(AuthToken, row.id).expires_at - utcnow() > timedelta(days=179)


def test_admin_lists_and_revokes_device_sessions(client: Any, db: Any) -> None:
    uni = make_university(db)
    admin = make_account(db, "admin")
    student = make_account(db, "student", university_id=uni.id)
    device_token = login(client, student.email, device_id="kiosk-0001").json()["token"]
    admin_headers = bearer(login(client, admin.email).json()["token"])
    tokens = client.get(
        "/v1/admin/tokens", params={"account_id": student.id}, headers=admin_headers
    ).json()
    assert [t["device_id"] for t in tokens] == ["kiosk-0001"]
    assert "token" not in tokens[0] and "token_hash" not in tokens[0]
    revoked = client.post(f"/v1/admin/tokens/{tokens[0]['id']}/revoke", headers=admin_headers)
    assert revoked.json()["revoked_at"] is not None
    assert client.get("/v1/auth/me", headers=bearer(device_token)).status_code == 401


def test_admin_api_creates_and_disables_accounts(client: Any, db: Any) -> None:
    uni = make_university(db)
    admin_headers = bearer(login(client, make_account(db, "admin").email).json()["token"])
    db.add(Student(id="s-42", name="Existing", email="Existing@Example.edu", university_id=uni.id))
    db.commit()
    created = client.post(
        "/v1/admin/accounts",
        headers=admin_headers,
        json={"email": "existing@example.edu", "password": "amber kettle orbit", "role": "student"},
    )
    assert created.status_code == 201, created.text
    assert created.json()["student_id"] == "s-42"  # linked by email, no new row
    assert db.scalar(select(Student).where(Student.id != "s-42")) is None
    dup = client.post(
        "/v1/admin/accounts",
        headers=admin_headers,
        json={"email": "existing@example.edu", "password": "amber kettle orbit", "role": "student"},
    )
    assert dup.status_code == 409
    token = login(client, "existing@example.edu", "amber kettle orbit").json()["token"]
    client.post(f"/v1/admin/accounts/{created.json()['id']}/disable", headers=admin_headers)
    assert client.get("/v1/auth/me", headers=bearer(token)).status_code == 401
    refused = login(client, "existing@example.edu", "amber kettle orbit")
    # its own code, so a client tells it from a wrong password without reading the sentence
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "account_disabled"
    wrong = login(client, "existing@example.edu", "not the password at all")
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("role", ["student", "faculty"])
def test_admin_endpoints_refuse_non_admins(client: Any, db: Any, role: str) -> None:
    uni = make_university(db)
    headers = bearer(
        login(client, make_account(db, role, university_id=uni.id).email).json()["token"]
    )
    for method, path in [
        ("get", "/v1/admin/accounts"),
        ("get", "/v1/admin/tokens"),
        ("post", "/v1/admin/tokens/1/revoke"),
    ]:
        resp = client.request(method.upper(), path, headers=headers)
        assert resp.status_code == 403, (path, resp.text)
        assert resp.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nope"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer"},
    ],
)
def test_missing_or_bad_token_is_401(client: Any, headers: dict[str, str]) -> None:
    resp = client.get("/v1/auth/me", headers=headers)
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "unauthorized"


def test_create_account_links_existing_rows_and_checks_universities(db: Any) -> None:
    from server_api.auth.service import create_account
    from server_api.errors import BadRequest

    uni, other = make_university(db), make_university(db)
    db.add(Student(id="s-1", email="a@x.edu", university_id=uni.id))
    db.commit()
    with pytest.raises(BadRequest, match="belongs to university"):
        create_account(
            db,
            email="a@x.edu",
            password="amber kettle orbit",
            role="student",
            student_id="s-1",
            university_id=other.id,
        )
    with pytest.raises(BadRequest, match="no student with id"):
        create_account(
            db, email="b@x.edu", password="amber kettle orbit", role="student", student_id="missing"
        )
    with pytest.raises(BadRequest, match="at least 10"):
        create_account(db, email="c@x.edu", password="short", role="admin")
    with pytest.raises(BadRequest, match="not an email"):
        create_account(db, email="nope", password="amber kettle orbit", role="admin")
