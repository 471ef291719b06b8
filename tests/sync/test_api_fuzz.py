"""Fuzz the HQ API from its own OpenAPI schema (schemathesis): whatever arrives, never a 5xx, and every
error carries the one envelope. Runs against the real server process, authenticated as a real device, with
both valid (positive) and invalid (negative) inputs for every operation.

schemathesis' pytest plugin does not work with this pytest version, so the case strategies it derives
from the schema are driven by hypothesis directly.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from sync_hq import HQServer, session_from

from sync.client import HQClient


@pytest.fixture(scope="module")
def fuzz_token(hq_sqlite: HQServer) -> str:
    """A device token of a unit used only by the fuzzer."""
    account = hq_sqlite.new_account("FUZZ")
    return HQClient(hq_sqlite.url).login(account.username, account.password).token


def check(response: schemathesis.Response, label: str) -> None:
    """No server error; any client error in the envelope."""
    assert response.status_code < 500, (label, response.status_code, response.text[:500])
    if response.status_code >= 400:
        body = response.json()
        assert body["ok"] is False and set(body["error"]) == {"code", "message", "details"}, (label, body)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_never_answers_with_a_server_error(hq_sqlite: HQServer, fuzz_token: str, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(hq_sqlite.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    fuzzed = 0
    for operation in operations:
        try:
            fuzz_operation(operation, mode, hq_sqlite.url, fuzz_token)
            fuzzed += 1
        except Unsatisfiable:
            # Nothing invalid can be built for an operation without inputs (GET /health); fine.
            assert mode == GenerationMode.NEGATIVE, operation.path
    assert fuzzed >= 7


def fuzz_operation(operation: schemathesis.APIOperation, mode: GenerationMode, base_url: str, token: str) -> None:
    """Send generated cases of one operation with and without a token."""
    label = f"{operation.method.upper()} {operation.path}"

    # From an address of its own: its wrong logins must not make the other tests' logins wait.
    session = session_from("127.0.0.9")

    @settings(max_examples=20, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: schemathesis.Case) -> None:
        for headers in ({"Authorization": f"Bearer {token}"}, {}):
            check(case.call(base_url=base_url, session=session, headers=headers), label)

    run()
