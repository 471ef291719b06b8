"""Fuzz the HQ API from its own OpenAPI schema (schemathesis), on SQLite and on PostgreSQL: whatever arrives,
never a 5xx, every error carries the one envelope, and every status the server answers is documented for
that operation (review D14). Runs against the real server process, authenticated as a real device, with
both valid (positive) and invalid (negative) inputs for every operation, then with hostile strings (NUL,
other control characters, lone surrogates, very long text) put into every string the schema has (D4).

schemathesis' pytest plugin does not work with this pytest version, so the case strategies it derives
from the schema are driven by hypothesis directly. Bounded: a few examples per operation.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from sync_hq import HQServer, session_from

from sync.client import HQClient


@pytest.fixture
def fuzz_token(hq: HQServer) -> str:
    """A device token of a unit used only by the fuzzer."""
    account = hq.new_account("FUZZ")
    return HQClient(hq.url).login(account.username, account.password).token


def documented(spec: dict[str, Any], method: str, path: str) -> set[int]:
    """The status codes the OpenAPI description lists for one operation."""
    return {int(code) for code in spec["paths"][path][method.lower()]["responses"]}


def check(response: requests.Response | schemathesis.Response, label: str, allowed: set[int]) -> None:
    """No server error; any client error in the envelope; the status documented."""
    assert response.status_code < 500, (label, response.status_code, response.text[:500])
    assert response.status_code in allowed, (label, response.status_code, response.text[:300], sorted(allowed))
    if response.status_code >= 400:
        body = response.json()
        assert body["ok"] is False and set(body["error"]) == {"code", "message", "details"}, (label, body)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_never_answers_with_a_server_error(hq: HQServer, fuzz_token: str, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(hq.url + "/openapi.json")
    schema.config.generation.update(allow_x00=True)  # NUL and the other control characters in strings
    spec = requests.get(hq.url + "/openapi.json", timeout=10).json()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    fuzzed = 0
    for operation in operations:
        try:
            fuzz_operation(operation, mode, hq.url, fuzz_token, documented(spec, operation.method, operation.path))
            fuzzed += 1
        except Unsatisfiable:
            # Nothing invalid can be built for an operation without inputs (GET /health); fine.
            assert mode == GenerationMode.NEGATIVE, operation.path
    assert fuzzed >= 7


def fuzz_operation(operation: schemathesis.APIOperation, mode: GenerationMode, base_url: str, token: str,
                   allowed: set[int]) -> None:
    """Send generated cases of one operation with and without a token."""
    label = f"{operation.method.upper()} {operation.path}"
    # From an address of its own: its wrong logins must not make the other tests' logins wait.
    session = session_from("127.0.0.9")

    @settings(max_examples=12, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: schemathesis.Case) -> None:
        for headers in ({"Authorization": f"Bearer {token}"}, {}):
            check(case.call(base_url=base_url, session=session, headers=headers), label, allowed)

    run()


# Strings no database takes or that are absurdly long. In a URL at most ~9 KB once percent-encoded (longer
# request lines are refused by the HTTP layer itself, before the application); in JSON bodies up to 600 KB,
# and lone surrogates (\ud800 escapes), which a URL cannot carry.
CONTROL = st.text(st.characters(min_codepoint=0, max_codepoint=0x1F), min_size=1, max_size=4)
HOSTILE = st.one_of(
    st.tuples(st.text(max_size=8), CONTROL, st.text(max_size=8)).map("".join),
    st.integers(65, 1000).map(lambda n: "ợ" * n),
    st.just("\x00"),
)
HOSTILE_JSON = st.one_of(HOSTILE, st.integers(1000, 200_000).map(lambda n: "ợ" * n),
                         st.sampled_from(["\ud800", "a\udfffb", "\udbff\x00"]))


@settings(max_examples=25, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_strings_everywhere_get_a_4xx(hq: HQServer, fuzz_token: str, data: st.DataObject) -> None:
    spec = requests.get(hq.url + "/openapi.json", timeout=10).json()
    session = session_from("127.0.0.9")
    auth = {"Authorization": f"Bearer {fuzz_token}"}
    base = hq.url + "/api/v1"
    good = "0" * 64
    text, json_text = data.draw(HOSTILE, "text"), data.draw(HOSTILE_JSON, "json_text")
    # No "/" in a path segment: the router decodes %2F and the request would match no operation at all.
    quoted = requests.utils.quote(text.replace("/", "_"), safe="")
    calls = [
        ("POST", "/api/v1/login", session.post(base + "/login", headers={"Content-Type": "application/json"},
                                                data=json.dumps({"username": json_text, "password": json_text,
                                                                 "device_name": json_text}), timeout=30)),
        ("GET", "/api/v1/documents/{document_id}", session.get(f"{base}/documents/{quoted}", headers=auth, timeout=30)),
        ("GET", "/api/v1/documents/{document_id}/verify",
         session.get(f"{base}/documents/{quoted}/verify", params={"h": text}, timeout=30)),
        ("GET", "/api/v1/reference", session.get(base + "/reference", params={"cursor": text}, headers=auth,
                                                 timeout=30)),
    ]
    record = {"id": json_text, "kind": json_text, "sha256": good, "supersedes": json_text,
              "canonical": json_text, "attachments": [json_text]}
    body = json.dumps({"records": [record, {"id": "ok-1", "kind": "tt22.m10", "sha256": good,
                                            "canonical": "{}", "attachments": []}]})
    batch = session.post(base + "/batches", data=body, timeout=60,
                         headers={**auth, "Content-Type": "application/json"})
    calls.append(("POST", "/api/v1/batches", batch))
    for method, path, response in calls:
        check(response, f"{method} {path} {text[:20]!r} {json_text[:20]!r}", documented(spec, method, path))
    if batch.status_code == 200:  # each record answered on its own; neither stored
        assert [r["status"] for r in batch.json()["results"]] == ["rejected", "rejected"]
