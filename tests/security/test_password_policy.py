"""The password policy: at least 10 characters, not the email, not easy to guess (zxcvbn),
for the API's account creation and ``frames-server create-user``; the demo still works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from server_api.auth.passwords import check_password
from server_api.demo import DEMO_PASSWORD
from server_api.errors import BadRequest
from tests.factories import PASSWORD
from tests.factories.shared_api import SharedApi, cheap_password_hashing, shared_api
from tests.helpers import run_cli
from tests.security._world import Probe, arrange

EMAIL = "ada.lovelace@uni.edu"


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short1!", "at least 10"),
        ("password123", "too easy to guess"),
        ("qwertyuiop", "too easy to guess"),
        ("Password1234", "too easy to guess"),
        ("iloveyou12", "too easy to guess"),
        ("0123456789", "too easy to guess"),
        ("trustno1trustno1", "too easy to guess"),
        ("ada.lovelace@uni.edu", "email"),
        ("ADA.LOVELACE", "email"),
        ("adalovelace2024", "too easy to guess"),  # the email's words count as known
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password: str, reason: str) -> None:
    with pytest.raises(BadRequest, match=reason) as caught:
        check_password(password, email=EMAIL, name="Ada Lovelace")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "password", ["amber kettle orbit", "CubeSat-lab-2024", PASSWORD, DEMO_PASSWORD, "x7#Qp!v2Lm9z"]
)
def test_good_passwords_and_the_demo_one_pass(password: str) -> None:
    check_password(password, email=EMAIL, name="Ada Lovelace")


def test_a_very_long_passphrase_is_judged_quickly_and_passes() -> None:
    check_password("correct horse battery staple " * 30, email=EMAIL)


@pytest.fixture(scope="module")
def world(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[tuple[SharedApi, Probe]]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with cheap_password_hashing(), shared_api(pg_template, data_dir, pytestconfig) as api:
        with api.session() as db:
            probe = arrange(db)
        yield api, probe


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("password", "status"),
    [("password1234", 400), ("new.person@uni.edu", 400), ("abc12345", 422), (PASSWORD, 201)],
)
def test_the_api_applies_the_policy(
    world: tuple[SharedApi, Probe], password: str, status: int
) -> None:
    api, probe = world
    body = {"email": "new.person@uni.edu", "password": password, "role": "admin"}
    with api.isolated():
        resp = api.client.post("/v1/admin/accounts", json=body, headers=probe.headers["admin"])
    assert resp.status_code == status, resp.text
    if status >= 400:
        assert resp.json()["error"]["message"]


def test_create_user_applies_the_policy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'frames.sqlite3'}"
    assert run_cli("server_api.cli", "migrate", "--database-url", url).returncode == 0
    args = ["create-user", "--database-url", url, "--email", "root@uni.edu", "--role", "admin"]
    weak = run_cli("server_api.cli", *args, input="password1234\n")
    assert weak.returncode != 0
    lines = weak.stderr.strip().splitlines()
    assert len(lines) == 1 and "too easy to guess" in lines[0], weak.stderr
    strong = run_cli("server_api.cli", *args, input="amber kettle orbit\n")
    assert strong.returncode == 0, strong.stderr
