"""No request makes the server answer 5xx: the known cases first, then a fuzzer.

The known cases are the ones an outside probe found: a push nested 1,000+ levels deep, a
lone surrogate in an event's uuid, and an integer beyond 64 bits in a query. Every integer
parameter and body field is bounded in the schemas (so the OpenAPI document says so); the
fuzzer (schemathesis, seeded and bounded) then sends what that document allows and a lot
it does not, as a student, faculty, an admin and a kiosk, and fails on any 5xx.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.generation import GenerationMode

from tests.factories.shared_api import SharedApi, cheap_password_hashing, shared_api
from tests.security._world import Probe, arrange, event, push_body

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def world(
    pg_template: str, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[tuple[SharedApi, Probe]]:
    data_dir = Path(tmp_path_factory.mktemp("server"))
    with cheap_password_hashing(), shared_api(pg_template, data_dir, pytestconfig) as api:
        with api.session() as db:
            probe = arrange(db)
        yield api, probe


def _assert_refused(resp: Any, *statuses: int) -> None:
    assert resp.status_code in statuses, (resp.status_code, resp.text[:300])
    error = resp.json()["error"]
    assert error["code"] and error["message"]


def test_a_push_nested_thousands_deep_is_a_4xx(world: tuple[SharedApi, Probe]) -> None:
    api, probe = world
    deep = "[" * 5000 + "]" * 5000
    raw = json.dumps(push_body([])).replace('"events": []', f'"events": [{deep}]').encode()
    with api.isolated():
        resp = api.client.post(
            "/v1/sync/push",
            content=raw,
            headers={**probe.headers["student"], "content-type": "application/json"},
        )
    _assert_refused(resp, 400, 422)


def test_a_deep_event_data_is_rejected_per_item(world: tuple[SharedApi, Probe]) -> None:
    api, probe = world
    ok = event(probe.student_id, probe.slug, seq=1)
    bad = event(probe.student_id, probe.slug, seq=2)
    raw = json.dumps(push_body([ok, bad]))
    raw = raw.replace('"event_data": null', '"event_data": ' + '{"a": ' * 2000 + "1" + "}" * 2000)
    with api.isolated():
        resp = api.client.post(
            "/v1/sync/push",
            content=raw.encode(),
            headers={**probe.headers["student"], "content-type": "application/json"},
        )
    assert resp.status_code in (200, 400, 422), resp.text[:300]


@pytest.mark.parametrize("where", ["events", "rows"])
def test_a_lone_surrogate_in_a_uuid_is_answered(world: tuple[SharedApi, Probe], where: str) -> None:
    api, probe = world
    good = event(probe.student_id, probe.slug, seq=1)
    bad = {**event(probe.student_id, probe.slug, seq=2), "uuid": "\ud800" * 3}
    body = push_body([good, bad])
    if where == "rows":
        body["rows"] = [list(e.values()) for e in body.pop("events")]
    with api.isolated():
        resp = api.client.post(
            "/v1/sync/push",
            content=json.dumps(body).encode(),  # ASCII-escaped: the surrogate travels as \ud800
            headers={**probe.headers["student"], "content-type": "application/json"},
        )
    assert resp.status_code == 200, resp.text[:300]
    answer = resp.json()
    assert answer["accepted"] == 1 and answer["rejected"] == 1
    rejected = [r for r in answer["results"] if r["status"] == "rejected"]
    assert "malformed" in rejected[0]["reason"]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/admin/tokens?account_id=32589158477190044730",
        "/v1/admin/tokens?account_id=-32589158477190044730",
        "/v1/admin/tokens?account_id=2147483648",
        "/v1/admin/accounts/32589158477190044730/disable",
        "/v1/admin/tokens/9223372036854775808/revoke",
        "/v1/assignments/2147483648",
    ],
)
def test_integers_beyond_their_column_are_a_422(world: tuple[SharedApi, Probe], path: str) -> None:
    api, probe = world
    method = "GET" if "?" in path else "DELETE" if "assignments" in path else "POST"
    with api.isolated():
        resp = api.client.request(method, path, headers=probe.headers["admin"])
    _assert_refused(resp, 422)


def test_the_openapi_document_states_integer_bounds(world: tuple[SharedApi, Probe]) -> None:
    """Every integer a client sends (parameters and request bodies, through every schema
    they refer to) has a minimum and a maximum in the OpenAPI document."""
    api, _ = world
    document = api.app.openapi()
    schemas = document.get("components", {}).get("schemas", {})
    unbounded: list[str] = []
    seen: set[str] = set()

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                if name not in seen:
                    seen.add(name)
                    walk(schemas[name], f"schema {name}")
            if node.get("type") == "integer" and ("maximum" not in node or "minimum" not in node):
                unbounded.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                walk(parameter.get("schema", {}), f"{method.upper()} {path} {parameter['name']}")
            for media in operation.get("requestBody", {}).get("content", {}).values():
                walk(media.get("schema", {}), f"{method.upper()} {path} body")
    assert not unbounded, "\n".join(unbounded)


# --- the fuzzer ---------------------------------------------------------------------------------

EXAMPLES = 6  # per operation, generation mode and caller: ~2,000 requests in all


@pytest.mark.slow
@pytest.mark.parametrize("who", ["student", "faculty", "admin", "kiosk"])
def test_the_fuzzer_finds_no_5xx(world: tuple[SharedApi, Probe], who: str) -> None:
    """Schemathesis over every operation of the OpenAPI document, valid and invalid data."""
    api, probe = world
    schema = schemathesis.openapi.from_dict(api.app.openapi())
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # an Err raises here: a bad schema
        for mode in GenerationMode:

            @hypothesis.settings(
                max_examples=EXAMPLES,
                derandomize=True,
                database=None,
                deadline=None,
                phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
                suppress_health_check=list(hypothesis.HealthCheck),
            )
            @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
            def send(case: Any) -> None:
                kwargs = case.as_transport_kwargs(headers=probe.headers[who])
                kwargs.pop("base_url", None)
                if not kwargs.get("cookies"):
                    kwargs.pop("cookies", None)
                if isinstance(kwargs.get("data"), bytes | str):
                    kwargs["content"] = kwargs.pop("data")
                with api.isolated():
                    resp = api.client.request(**kwargs)
                if resp.status_code >= 500:
                    failures.append(f"{resp.status_code} {case.as_curl_command()[:400]}")

            try:
                send()
            except hypothesis.errors.Unsatisfiable:
                pass  # no invalid request exists (an operation without parameters or body)
    assert not failures, "\n".join(failures[:20])
