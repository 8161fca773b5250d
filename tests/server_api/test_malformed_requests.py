"""Malformed requests get a 4xx with a JSON error body, never a 500.

Every endpoint that takes a body is sent invalid JSON, non-objects, wrong types, missing
and extra fields, oversized strings, negative and out-of-range numbers, text PostgreSQL
cannot store (NUL, lone surrogates, NaN), the wrong content type and a body over the size
limit (lowered to 64 KiB here). Hypothesis throws bounded junk at three of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_account, make_module, make_team, make_university
from tests.factories.shared_api import (
    SharedApi,
    bearer,
    cheap_password_hashing,
    make_token,
    shared_api,
)

pytestmark = pytest.mark.postgres

MAX_BODY = 64 * 1024
SECTION = {"section_type": "text", "title": "A title", "content": "Text", "duration_seconds": 5}


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    valid: dict[str, Any]  # a body that succeeds
    required: tuple[str, ...] = ()  # leaving one of these out is a 422
    short_strings: tuple[str, ...] = ()  # bounded well below the body limit
    numbers: tuple[str, ...] = ()  # non-negative integers
    as_admin: bool = False
    # the auth endpoints check some rules in the service (400) or the password first (401);
    # ours refuse everything malformed in the schema (422)
    refusals: tuple[int, ...] = (422,)


ENDPOINTS: dict[str, Endpoint] = {
    "create module": Endpoint(
        "POST",
        "/v1/modules",
        {
            "module_id": "new-module",
            "title": "New",
            "category": "Safety",
            "tags": ["lab"],
            "estimated_minutes": 10,
            "difficulty_level": 2,
            "sections": [SECTION],
        },
        required=("module_id", "title"),
        short_strings=("module_id", "title", "category"),
        numbers=("estimated_minutes", "difficulty_level"),
    ),
    "edit module": Endpoint(
        "PATCH",
        "/v1/modules/target",
        {"title": "Renamed", "target_audience": "all", "estimated_minutes": 5, "tags": ["x"]},
        short_strings=("title", "target_audience"),
        numbers=("estimated_minutes",),
    ),
    "replace sections": Endpoint(
        "PUT", "/v1/modules/target/sections", {"sections": [SECTION]}, required=("sections",)
    ),
    "append section": Endpoint(
        "POST",
        "/v1/modules/target/sections",
        SECTION,
        required=("section_type", "content"),
        short_strings=("title",),
        numbers=("duration_seconds",),
    ),
    "edit section": Endpoint(
        "PATCH",
        "/v1/modules/target/sections/1",
        {
            "title": "Renamed",
            "duration_seconds": 60,
            "media_url": "https://media.example.edu/a.mp4",
        },
        short_strings=("title", "media_url"),
        numbers=("duration_seconds",),
    ),
    "reorder sections": Endpoint(
        "POST", "/v1/modules/target/sections/reorder", {"order": [2, 1]}, required=("order",)
    ),
    "assign": Endpoint(
        "POST",
        "/v1/assignments",
        {"module": "target", "university_id": "uni-m", "due_date": "2030-01-01"},
        required=("module",),
        short_strings=("module", "university_id"),
    ),
    "create account": Endpoint(
        "POST",
        "/v1/admin/accounts",
        {"email": "new@example.edu", "password": "amber kettle orbit", "role": "admin"},
        required=("email", "password", "role"),
        short_strings=("email", "display_name"),
        as_admin=True,
        refusals=(400, 422),
    ),
    "login": Endpoint(
        "POST",
        "/v1/auth/login",
        {"email": "nobody@example.edu", "password": "whatever"},
        required=("email", "password"),
        short_strings=("email",),
        refusals=(401, 422),
    ),
}
BODYLESS_POSTS = [
    "/v1/modules/target/publish",
    "/v1/modules/target/archive",
    "/v1/modules/target/unpublish",
    "/v1/auth/logout",
]


@dataclass
class World:
    api: SharedApi
    faculty: dict[str, str]
    admin: dict[str, str]

    def send(self, endpoint: Endpoint, **kwargs: Any) -> Any:
        """Send inside a rolled-back transaction, as faculty (or admin where needed)."""
        headers = {
            **(self.admin if endpoint.as_admin else self.faculty),
            **kwargs.pop("headers", {}),
        }
        with self.api.isolated():
            return self.api.client.request(
                endpoint.method, endpoint.path, headers=headers, **kwargs
            )


@pytest.fixture(scope="module")
def world(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[World]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with (
        cheap_password_hashing(),
        shared_api(pg_template, data_dir, pytestconfig, max_body_bytes=MAX_BODY) as api,
        api.session() as db,
    ):
        uni = make_university(db, "uni-m")
        make_team(db, uni.id)
        make_module(db, university_id=uni.id, slug="target", status="draft", sections=2)
        faculty = bearer(make_token(db, make_account(db, "faculty", university_id=uni.id)))
        admin = bearer(make_token(db, make_account(db, "admin")))
        yield World(api, faculty, admin)


def assert_json_error(resp: Any, *statuses: int) -> None:
    assert resp.status_code in statuses, (resp.status_code, resp.text[:500])
    error = resp.json()["error"]
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]


@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_the_valid_body_works(world: World, name: str) -> None:
    """The reference bodies are right, so every failure below is due to the one change."""
    resp = world.send(ENDPOINTS[name], json=ENDPOINTS[name].valid)
    if name == "login":
        assert_json_error(resp, 401)  # well-formed, wrong password
    else:
        assert resp.status_code in (200, 201), resp.text


@pytest.mark.parametrize("name", list(ENDPOINTS))
@pytest.mark.parametrize(
    "raw",
    [
        b'{"title": ',
        b"{'title': 'single quotes'}",
        b'{"title": "x",}',
        b"\xff\xfe not utf-8",
        b"[" * 5000 + b"]" * 5000,
        b"1" * 5000,
        b"[]",
        b'"a string"',
        b"null",
        b"42",
    ],
    ids=[
        "truncated",
        "single quotes",
        "trailing comma",
        "not utf-8",
        "deep nesting",
        "huge number",
        "array",
        "string",
        "null",
        "number",
    ],
)
def test_invalid_json_and_non_objects(world: World, name: str, raw: bytes) -> None:
    resp = world.send(ENDPOINTS[name], content=raw, headers={"content-type": "application/json"})
    assert_json_error(resp, 400, 422)


def _wrong_type(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return "12"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return {"not": "a list"}
    return [value]


@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_wrong_types_missing_and_extra_fields(world: World, name: str) -> None:
    endpoint = ENDPOINTS[name]
    cases: list[dict[str, Any]] = [{**endpoint.valid, "unexpected": 1}]
    cases += [{**endpoint.valid, field: _wrong_type(v)} for field, v in endpoint.valid.items()]
    cases += [{**endpoint.valid, field: None} for field in endpoint.required]
    cases += [
        {k: v for k, v in endpoint.valid.items() if k != field} for field in endpoint.required
    ]
    for body in cases:
        resp = world.send(endpoint, json=body)
        assert_json_error(resp, 422)
        assert resp.json()["error"]["code"] == "invalid_request", body


_BAD_STRINGS = {"huge": "x" * 20_000, "nul": "nul \x00 byte", "surrogate": "lone \ud800 surrogate"}


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        pytest.param(
            name,
            bad,
            id=f"{kind}-{name}",
        )
        for name in ENDPOINTS
        for kind, bad in _BAD_STRINGS.items()
    ],
)
def test_bad_strings(world: World, name: str, bad: str) -> None:
    endpoint = ENDPOINTS[name]
    for field in endpoint.short_strings:
        body = json.dumps({**endpoint.valid, field: bad}).encode()
        resp = world.send(endpoint, content=body, headers={"content-type": "application/json"})
        assert_json_error(resp, *endpoint.refusals)


@pytest.mark.parametrize("name", [n for n, e in ENDPOINTS.items() if e.numbers])
@pytest.mark.parametrize("number", [-1, -(2**31), 2**31, 2**63, 10**30, 1.5, True])
def test_out_of_range_numbers(world: World, name: str, number: Any) -> None:
    endpoint = ENDPOINTS[name]
    for field in endpoint.numbers:
        resp = world.send(endpoint, json={**endpoint.valid, field: number})
        assert_json_error(resp, *endpoint.refusals)


CONTROL: Final = {
    "section_type": "guided_struggle",
    "content": "x",
    "section_config": {"problem_type": "number", "answer": 1, "hints": [{"text": "t"}]},
}


@pytest.mark.parametrize(
    "body",
    [
        {"sections": [{**SECTION, "section_config": {"x": float("nan")}}]},
        {"sections": [{**SECTION, "completion_criteria": {"x": float("inf")}}]},
        {"sections": [{**SECTION, "section_config": {"bad\x00key": 1}}]},
        {"sections": [{**SECTION, "section_config": {"k": ["\ud800"]}}]},
        {"sections": [{**SECTION, "section_config": [1, 2]}]},
        {"sections": [{**SECTION, "section_type": "hologram"}]},
        {"sections": [{**SECTION, "content": ""}]},
        {"sections": [{**SECTION, "media_url": "u" * 501}]},
        {"sections": [{**SECTION, "title": "t" * 256}]},
        {"sections": [{**SECTION, "section_number": 3}]},
        {"sections": [SECTION] * 501},
        {"sections": [{**SECTION, "section_config": {"a": {}}}]},  # text takes no config
        {"sections": [{**SECTION, "completion_criteria": {"type": "run_passes"}}]},  # not here
        {"sections": [{"section_type": "sandbox", "content": "x"}]},  # needs a config
        {"sections": [{**SECTION, "completion_criteria": {"type": "time", "value": 2**70}}]},
        {"sections": [{**CONTROL, "section_config": {"problem_type": "number", "answer": 1e400}}]},
        {"sections": [CONTROL]},
    ],
)
def test_section_bodies(world: World, body: dict[str, Any]) -> None:
    """Malformed sections are refused (422), and so are Phase 2 fields that break the shared
    schemas (``sync.rules.section_config``)."""
    raw = json.dumps(body).encode()  # NaN and lone surrogates go out as JSON allows
    resp = world.send(
        ENDPOINTS["replace sections"], content=raw, headers={"content-type": "application/json"}
    )
    if body["sections"][0] is CONTROL:
        assert resp.status_code == 200  # the control: a nested, valid config is fine
    else:
        assert_json_error(resp, 422)


def test_deeply_nested_config_is_refused(world: World) -> None:
    config: Any = {}
    for _ in range(100):
        config = {"a": config}
    body = {"sections": [{**SECTION, "section_config": config}]}
    assert_json_error(world.send(ENDPOINTS["replace sections"], json=body), 422)


@pytest.mark.parametrize("name", list(ENDPOINTS))
@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]
)
def test_wrong_content_type(world: World, name: str, content_type: str | None) -> None:
    endpoint = ENDPOINTS[name]
    headers = {"content-type": content_type} if content_type else {}
    resp = world.send(endpoint, content=json.dumps(endpoint.valid).encode(), headers=headers)
    assert_json_error(resp, 422)


@pytest.mark.parametrize(
    ("method", "path"),
    [(e.method, e.path) for e in ENDPOINTS.values()] + [("POST", p) for p in BODYLESS_POSTS],
)
def test_oversized_body_is_413(world: World, method: str, path: str) -> None:
    body = json.dumps({"title": "x" * (MAX_BODY + 1)}).encode()
    with world.api.isolated():
        resp = world.api.client.request(
            method,
            path,
            content=body,
            headers={**world.admin, "content-type": "application/json"},
        )
    assert_json_error(resp, 413)
    assert resp.json()["error"]["code"] == "too_large"


def _send_chunked(world: World) -> Any:
    """A body over the limit with no Content-Length: caught while streaming."""

    def chunks() -> Iterator[bytes]:
        yield b'{"title": "'
        for _ in range(MAX_BODY // 8192 + 2):
            yield b"x" * 8192
        yield b'"}'

    with world.api.isolated():
        return world.api.client.request(
            "PATCH",
            "/v1/modules/target",
            content=chunks(),
            headers={**world.faculty, "content-type": "application/json"},
        )


def test_oversized_chunked_body_is_413(world: World) -> None:
    assert_json_error(_send_chunked(world), 413)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/modules?limit=abc"),
        ("GET", "/v1/modules?limit=-1"),
        ("GET", "/v1/modules?offset=99999999999999999999"),
        ("GET", "/v1/modules?q=%00"),
        ("GET", "/v1/modules?tag=" + "t" * 500),
        ("GET", "/v1/modules/%00"),
        ("GET", "/v1/modules/" + "s" * 101),
        ("PATCH", "/v1/modules/target/sections/abc"),
        ("PATCH", "/v1/modules/target/sections/0"),
        ("DELETE", "/v1/modules/target/sections/99999999999999999999"),
        ("DELETE", "/v1/assignments/abc"),
        ("DELETE", "/v1/assignments/-5"),
        ("GET", "/v1/assignments?student_id=%00"),
        ("GET", "/v1/assignments?student_id="),
    ],
)
def test_bad_paths_and_queries(world: World, method: str, path: str) -> None:
    with world.api.isolated():
        resp = world.api.client.request(method, path, headers=world.faculty, json={})
    assert_json_error(resp, 422)


# --- hypothesis: bounded junk ------------------------------------------------------------------

_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=12,
)


def _bodies(endpoint: Endpoint) -> st.SearchStrategy[Any]:
    keys = st.sampled_from([*endpoint.valid, "unexpected", "section_config", "sections"])
    mutated = st.dictionaries(keys, _json, max_size=6).map(lambda d: {**endpoint.valid, **d})
    return st.one_of(_json, st.dictionaries(keys, _json, max_size=6), mutated)


@pytest.fixture
def one_transaction(world: World) -> Iterator[None]:
    """All examples of one Hypothesis test share one rolled-back transaction."""
    with world.api.isolated():
        yield


@pytest.mark.parametrize("name", ["create module", "assign", "append section"])
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_junk_never_causes_a_500(
    world: World, one_transaction: None, name: str, data: st.DataObject
) -> None:
    endpoint = ENDPOINTS[name]
    body = data.draw(_bodies(endpoint))
    resp = world.api.client.request(
        endpoint.method,
        endpoint.path,
        content=json.dumps(body).encode(),
        headers={**world.admin, "content-type": "application/json"},
    )
    assert resp.status_code < 500, resp.text
    if resp.status_code >= 400:
        assert_json_error(resp, resp.status_code)
