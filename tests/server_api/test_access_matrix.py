"""THE access matrix: every endpoint × every kind of caller × own or other university.

The callers all belong to university A (the admin to none; the kiosk is enrolled for all
of A). "own" points the request at university A's module, student, assignment, account or
kiosk; "other" at university B's. The table below is the policy: read it as "a faculty
member PATCHing another university's module gets 404". A kiosk reads modules assigned to
its students and its roster, nothing else. Callers without a valid credential (none,
expired, revoked, a revoked kiosk's) get 401 from every endpoint. Besides the status,
every cell checks that no body shown to a non-admin carries university B's module, and
that no student sees a draft.

The world (two universities, accounts, tokens, modules) is arranged once per module;
each cell runs inside a transaction that is rolled back, so writes never leak between
cells and hundreds of cells take a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from server_api.auth.service import issue_token
from server_api.kiosks.service import create_enrolment_code, enrol, revoke_kiosk
from server_api.models import Account, Student
from sync.rules import kiosk_keys
from sync.rules.protocol import KioskEnrolRequest
from tests.factories import (
    PASSWORD,
    make_account,
    make_assignment,
    make_module,
    make_team,
    make_university,
)
from tests.factories.shared_api import (
    SharedApi,
    bearer,
    cheap_password_hashing,
    make_token,
    shared_api,
)

pytestmark = pytest.mark.postgres

OTHER_TITLE = "Secret Other Title"  # university B's module: never shown to A's people
DRAFT_TITLE = "Own Draft Title"  # university A's draft: never shown to students

# --- the policy -------------------------------------------------------------------------------
#
#   endpoint                                   student      faculty      admin        kiosk
#                                            (own, other) (own, other) (own, other) (own, other)
Cell = tuple[int, int]
POLICY: dict[str, tuple[Cell, Cell, Cell, Cell]] = {
    "GET /v1/modules": ((200, 200), (200, 200), (200, 200), (200, 200)),
    "GET /v1/modules/{slug}": ((200, 404), (200, 404), (200, 200), (200, 404)),
    "POST /v1/modules": ((403, 403), (201, 403), (201, 201), (403, 403)),
    "PATCH /v1/modules/{slug}": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "DELETE /v1/modules/{slug}": ((403, 403), (204, 404), (204, 204), (403, 403)),
    "POST /v1/modules/{slug}/publish": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/modules/{slug}/archive": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/modules/{slug}/unpublish": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "PUT /v1/modules/{slug}/sections": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/modules/{slug}/sections": ((403, 403), (201, 404), (201, 201), (403, 403)),
    "PATCH /v1/modules/{slug}/sections/{n}": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "DELETE /v1/modules/{slug}/sections/{n}": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/modules/{slug}/sections/reorder": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "GET /v1/modules/{slug}/assignments": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/assignments": ((403, 403), (201, 404), (201, 201), (403, 403)),
    "GET /v1/assignments?student_id=": ((200, 403), (200, 404), (200, 200), (403, 403)),
    "GET /v1/me/assignments": ((200, 200), (403, 403), (403, 403), (403, 403)),
    "DELETE /v1/assignments/{id}": ((403, 403), (204, 404), (204, 204), (403, 403)),
    "PATCH /v1/assignments/{id}": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "PUT /v1/assignments/excusals": ((403, 403), (201, 404), (201, 201), (403, 403)),
    # nobody is excused in this world: "not excused" (own) or "no such student" (other)
    "DELETE /v1/assignments/excusals?student_id=": ((403, 403), (404, 404), (404, 404), (403, 403)),
    "GET /v1/reports/{kind}?university_id=": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "GET /v1/auth/me": ((200, 200), (200, 200), (200, 200), (403, 403)),
    "GET /v1/admin/accounts": ((403, 403), (403, 403), (200, 200), (403, 403)),
    "POST /v1/admin/accounts": ((403, 403), (403, 403), (201, 201), (403, 403)),
    "POST /v1/admin/accounts/{id}/disable": ((403, 403), (403, 403), (200, 200), (403, 403)),
    "GET /v1/admin/tokens?account_id=": ((403, 403), (403, 403), (200, 200), (403, 403)),
    "POST /v1/admin/tokens/{id}/revoke": ((403, 403), (403, 403), (200, 200), (403, 403)),
    "PUT /v1/me/pin": ((204, 204), (403, 403), (403, 403), (403, 403)),
    "PUT /v1/students/{student_id}/pin": ((403, 403), (204, 404), (204, 204), (403, 403)),
    "DELETE /v1/students/{student_id}/pin": ((403, 403), (204, 404), (204, 204), (403, 403)),
    "POST /v1/kiosks/enrol": ((403, 403), (201, 404), (201, 201), (403, 403)),
    "POST /v1/kiosks/codes": ((403, 403), (201, 404), (201, 201), (403, 403)),
    "GET /v1/kiosks?university_id=": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/kiosks/{id}/revoke": ((403, 403), (200, 404), (200, 200), (403, 403)),
    "POST /v1/kiosk/roster": ((403, 403), (403, 403), (403, 403), (200, 200)),
}
SIGNED_IN = ("student", "faculty", "admin", "kiosk")
NOT_SIGNED_IN = ("no token", "expired token", "revoked token", "revoked kiosk")  # 401 everywhere
KIOSK_DEVICE = "matrix-kiosk-1"
PUBLIC_KEY = kiosk_keys.public_key(kiosk_keys.new_kiosk_key())


def _cells() -> Iterator[Any]:
    for endpoint, row in POLICY.items():
        for who, (own, other) in zip(SIGNED_IN, row, strict=True):
            yield pytest.param(endpoint, who, "own", own, id=f"{endpoint} | {who} | own")
            yield pytest.param(endpoint, who, "other", other, id=f"{endpoint} | {who} | other")
        for who in NOT_SIGNED_IN:
            for where in ("own", "other"):
                yield pytest.param(endpoint, who, where, 401, id=f"{endpoint} | {who} | {where}")


# --- the world --------------------------------------------------------------------------------


@dataclass
class World:
    api: SharedApi
    headers: dict[str, dict[str, str]]
    ids: dict[str, dict[str, Any]]  # "own"/"other" -> university, slug, student, ...


@pytest.fixture(scope="module")
def world(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[World]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with cheap_password_hashing(), shared_api(pg_template, data_dir, pytestconfig) as api:
        with api.session() as db:
            uni_a, uni_b = make_university(db, "uni-a"), make_university(db, "uni-b")
            team_a = make_team(db, uni_a.id)
            student = make_account(db, "student", university_id=uni_a.id, team_id=team_a.id)
            faculty = make_account(db, "faculty", university_id=uni_a.id)
            admin = make_account(db, "admin")
            db.add(Student(id="stu-b", university_id=uni_b.id, team_id=make_team(db, uni_b.id).id))
            ids: dict[str, dict[str, Any]] = {}
            for where, uni, student_id in (
                ("own", uni_a, student.student_id),
                ("other", uni_b, "stu-b"),
            ):
                title = "Own Module Title" if where == "own" else OTHER_TITLE
                module = make_module(db, university_id=uni.id, slug=f"{where}-mod", title=title)
                spare = Account(
                    email=f"spare@{uni.id}.edu",
                    password_hash="!",
                    role="student",
                    university_id=uni.id,
                )
                db.add(spare)
                db.flush()
                _, spare_token = issue_token(db, spare, device_id=None, device_name=None)
                kiosk_token, kiosk_id, _device = _kiosk(db, uni.id, f"{where}-kiosk-1")
                ids[where] = {
                    "university": uni.id,
                    "slug": module.module_id,
                    "student": student_id,
                    "assignment": make_assignment(db, module, university_id=uni.id).id,
                    "spare_account": spare.id,
                    "spare_token": spare_token.id,
                    "kiosk": kiosk_id,
                    "kiosk_token": kiosk_token,
                }
            draft = make_module(
                db, university_id=uni_a.id, slug="own-draft", status="draft", title=DRAFT_TITLE
            )
            make_assignment(db, draft, university_id=uni_a.id)
            caller_kiosk, _id, caller_device = _kiosk(db, uni_a.id, KIOSK_DEVICE)
            for where in ids:  # the device id issued with the calling kiosk's credential
                ids[where]["caller_kiosk_device"] = caller_device
            headers = {
                "student": bearer(make_token(db, student)),
                "faculty": bearer(make_token(db, faculty)),
                "admin": bearer(make_token(db, admin)),
                "no token": {},
                "expired token": bearer(make_token(db, admin, expired=True)),
                "revoked token": bearer(make_token(db, admin, revoked=True)),
                "kiosk": bearer(caller_kiosk),
                "revoked kiosk": bearer(_kiosk(db, uni_a.id, "revoked-kiosk", revoked=True)[0]),
            }
        yield World(api=api, headers=headers, ids=ids)


def _kiosk(db: Any, university_id: str, device_id: str, *, revoked: bool = False) -> Any:
    """A kiosk of this university enrolled with a one-time code: its token and id."""
    code, _ = create_enrolment_code(db, university_id=university_id)
    request = {
        "protocol_version": 1,
        "device_id": device_id,
        "name": "Kiosk",
        "code": code,
        "public_key": PUBLIC_KEY,
    }
    enrolled = enrol(db, KioskEnrolRequest(**request), token=None)
    if revoked:
        revoke_kiosk(db, None, enrolled.kiosk.kiosk_id)
    db.commit()
    return enrolled.token, enrolled.kiosk.kiosk_id, enrolled.kiosk.device_id


# --- the requests -----------------------------------------------------------------------------

Request = tuple[str, str, Any]
SECTION = {"section_type": "text", "content": "Some text."}

REQUESTS: dict[str, Callable[[dict[str, Any]], Request]] = {
    "GET /v1/modules": lambda t: (
        "GET",
        f"/v1/modules?q={'Own' if t['slug'] == 'own-mod' else 'Secret'}",
        None,
    ),
    "GET /v1/modules/{slug}": lambda t: ("GET", f"/v1/modules/{t['slug']}", None),
    "POST /v1/modules": lambda t: (
        "POST",
        "/v1/modules",
        {"module_id": "brand-new", "title": "Brand new", "university_id": t["university"]},
    ),
    "PATCH /v1/modules/{slug}": lambda t: ("PATCH", f"/v1/modules/{t['slug']}", {"title": "New"}),
    "DELETE /v1/modules/{slug}": lambda t: ("DELETE", f"/v1/modules/{t['slug']}", None),
    "POST /v1/modules/{slug}/publish": lambda t: ("POST", f"/v1/modules/{t['slug']}/publish", None),
    "POST /v1/modules/{slug}/archive": lambda t: ("POST", f"/v1/modules/{t['slug']}/archive", None),
    "POST /v1/modules/{slug}/unpublish": lambda t: (
        "POST",
        f"/v1/modules/{t['slug']}/unpublish",
        None,
    ),
    "PUT /v1/modules/{slug}/sections": lambda t: (
        "PUT",
        f"/v1/modules/{t['slug']}/sections",
        {"sections": [SECTION]},
    ),
    "POST /v1/modules/{slug}/sections": lambda t: (
        "POST",
        f"/v1/modules/{t['slug']}/sections",
        SECTION,
    ),
    "PATCH /v1/modules/{slug}/sections/{n}": lambda t: (
        "PATCH",
        f"/v1/modules/{t['slug']}/sections/1",
        {"title": "Renamed"},
    ),
    "DELETE /v1/modules/{slug}/sections/{n}": lambda t: (
        "DELETE",
        f"/v1/modules/{t['slug']}/sections/2",
        None,
    ),
    "POST /v1/modules/{slug}/sections/reorder": lambda t: (
        "POST",
        f"/v1/modules/{t['slug']}/sections/reorder",
        {"order": [2, 1]},
    ),
    "GET /v1/modules/{slug}/assignments": lambda t: (
        "GET",
        f"/v1/modules/{t['slug']}/assignments",
        None,
    ),
    "POST /v1/assignments": lambda t: (
        "POST",
        "/v1/assignments",
        {"module": t["slug"], "student_id": t["student"], "due_date": "2030-01-31"},
    ),
    "GET /v1/assignments?student_id=": lambda t: (
        "GET",
        f"/v1/assignments?student_id={t['student']}",
        None,
    ),
    "GET /v1/me/assignments": lambda t: ("GET", "/v1/me/assignments", None),
    "DELETE /v1/assignments/{id}": lambda t: ("DELETE", f"/v1/assignments/{t['assignment']}", None),
    "PATCH /v1/assignments/{id}": lambda t: (
        "PATCH",
        f"/v1/assignments/{t['assignment']}",
        {"assignment_type": "optional", "due_date": "2030-02-01"},
    ),
    "PUT /v1/assignments/excusals": lambda t: (
        "PUT",
        "/v1/assignments/excusals",
        {"student_id": t["student"], "module_id": t["slug"], "reason": "on leave"},
    ),
    "DELETE /v1/assignments/excusals?student_id=": lambda t: (
        "DELETE",
        f"/v1/assignments/excusals?student_id={t['student']}&module={t['slug']}",
        None,
    ),
    "GET /v1/reports/{kind}?university_id=": lambda t: (
        "GET",
        f"/v1/reports/compliance?university_id={t['university']}",
        None,
    ),
    "GET /v1/auth/me": lambda t: ("GET", "/v1/auth/me", None),
    "GET /v1/admin/accounts": lambda t: ("GET", "/v1/admin/accounts", None),
    "POST /v1/admin/accounts": lambda t: (
        "POST",
        "/v1/admin/accounts",
        {
            "email": f"new@{t['university']}.edu",
            "password": "amber kettle orbit",
            "role": "student",
            "university_id": t["university"],
        },
    ),
    "POST /v1/admin/accounts/{id}/disable": lambda t: (
        "POST",
        f"/v1/admin/accounts/{t['spare_account']}/disable",
        None,
    ),
    "GET /v1/admin/tokens?account_id=": lambda t: (
        "GET",
        f"/v1/admin/tokens?account_id={t['spare_account']}",
        None,
    ),
    "POST /v1/admin/tokens/{id}/revoke": lambda t: (
        "POST",
        f"/v1/admin/tokens/{t['spare_token']}/revoke",
        None,
    ),
    "PUT /v1/me/pin": lambda t: ("PUT", "/v1/me/pin", {"pin": "258013", "password": PASSWORD}),
    "PUT /v1/students/{student_id}/pin": lambda t: (
        "PUT",
        f"/v1/students/{t['student']}/pin",
        {"pin": "258013"},
    ),
    "DELETE /v1/students/{student_id}/pin": lambda t: (
        "DELETE",
        f"/v1/students/{t['student']}/pin",
        None,
    ),
    "POST /v1/kiosks/enrol": lambda t: (
        "POST",
        "/v1/kiosks/enrol",
        {
            "protocol_version": 1,
            "device_id": "matrix-new-kiosk",
            "name": "New kiosk",
            "public_key": PUBLIC_KEY,
            "university_id": t["university"],
        },
    ),
    "POST /v1/kiosks/codes": lambda t: (
        "POST",
        "/v1/kiosks/codes",
        {"university_id": t["university"]},
    ),
    "GET /v1/kiosks?university_id=": lambda t: (
        "GET",
        f"/v1/kiosks?university_id={t['university']}",
        None,
    ),
    "POST /v1/kiosks/{id}/revoke": lambda t: ("POST", f"/v1/kiosks/{t['kiosk']}/revoke", None),
    "POST /v1/kiosk/roster": lambda t: (
        "POST",
        "/v1/kiosk/roster",
        {"protocol_version": 1, "device_id": t["caller_kiosk_device"]},
    ),
}


def test_every_endpoint_is_in_the_policy() -> None:
    assert set(REQUESTS) == set(POLICY)


def test_every_route_of_these_resources_is_in_the_matrix(world: World) -> None:
    """A new route under /v1/modules, /v1/assignments, /v1/me, /v1/admin, /v1/kiosks,
    /v1/kiosk, /v1/students or /v1/reports must join the table."""
    resources = {"modules", "assignments", "me", "admin", "kiosks", "kiosk", "students", "reports"}
    routes = set()
    for path, operations in world.api.app.openapi()["paths"].items():
        if path.split("/")[1:3] in (["v1", r] for r in resources):
            for name in ("assignment_id", "account_id", "token_id", "kiosk_id"):
                path = path.replace(f"{{{name}}}", "{id}")
            routes |= {f"{method.upper()} {path}" for method in operations}
    covered = {endpoint.split("?")[0].replace("{n}", "{number}") for endpoint in POLICY}
    assert routes == covered - {"GET /v1/auth/me"}


@pytest.mark.parametrize(("endpoint", "who", "where", "expected"), list(_cells()))
def test_access(world: World, endpoint: str, who: str, where: str, expected: int) -> None:
    method, path, body = REQUESTS[endpoint](world.ids[where])
    with world.api.isolated():
        resp = world.api.client.request(method, path, json=body, headers=world.headers[who])
    assert resp.status_code == expected, resp.text
    if expected >= 400:
        assert set(resp.json()["error"]) >= {"code", "message"}
    if who != "admin":
        # university B's module never reaches A's people (a 404 may repeat the slug asked for)
        assert OTHER_TITLE not in resp.text
        if resp.status_code < 300:
            assert "other-mod" not in resp.text
    if who == "student":
        assert DRAFT_TITLE not in resp.text and "own-draft" not in resp.text
