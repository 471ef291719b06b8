"""Per-source throttling behind a reverse proxy (issue 13): the client named in X-Forwarded-For counts as the
source only when the connection comes from a proxy given with ``--trusted-proxy``; from any other peer the
header is ignored, loopback included (uvicorn would trust it there by default). Against the real server,
with the public verification's rate limit (30 at once per source) as the observable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_hq import REPO, HQServer, session_from

from sync.server.deps import trusted_proxy

VERIFY = "/api/v1/documents/QLTT-none/verify?h=00000000"
BURST = 30  # RateLimit's default burst


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """A server that trusts the proxy at 127.0.0.2 only."""
    work = tmp_path_factory.mktemp("hq-proxy")
    server = HQServer(f"sqlite:///{work / 'hq.sqlite3'}", work, serve_args=("--trusted-proxy", "127.0.0.2"))
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


def verify_from(server: HQServer, peer: str, forwarded_for: str | None) -> int:
    """Status of one public verification sent from the loopback address ``peer``."""
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for is not None else {}
    return session_from(peer).get(server.url + VERIFY, headers=headers, timeout=10).status_code


def test_behind_a_trusted_proxy_each_client_is_its_own_source(proxied: HQServer) -> None:
    assert [verify_from(proxied, "127.0.0.2", "198.51.100.7") for _ in range(BURST)] == [200] * BURST
    assert verify_from(proxied, "127.0.0.2", "198.51.100.7") == 429  # this client's burst is spent
    assert verify_from(proxied, "127.0.0.2", "198.51.100.8") == 200  # another client behind the same proxy
    # A client that sends its own header cannot choose its source: the proxy appends the real address.
    assert verify_from(proxied, "127.0.0.2", "198.51.100.8, 198.51.100.7") == 429
    assert verify_from(proxied, "127.0.0.2", "198.51.100.7, 198.51.100.9") == 200


@pytest.mark.parametrize("peer", ["127.0.0.3", "127.0.0.1"])
def test_no_other_peer_is_believed(proxied: HQServer, peer: str) -> None:
    answers = [verify_from(proxied, peer, f"203.0.113.{i}") for i in range(BURST + 1)]
    assert answers == [200] * BURST + [429]  # one source, whatever the header says


def test_the_trusted_proxy_setting_refuses_what_is_not_an_address(tmp_path: Path) -> None:
    assert trusted_proxy("10.0.0.5") == "10.0.0.5" and trusted_proxy(" 10.0.0.0/24") == "10.0.0.0/24"
    assert trusted_proxy("10.0.0.7/24") == "10.0.0.0/24" and trusted_proxy("::1") == "::1"
    for bad in ("*", "proxy.local", "10.0.0.300", ""):
        with pytest.raises(ValueError):
            trusted_proxy(bad)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for args, extra in ((["--trusted-proxy", "*"], {}), ([], {"INSPECTOR_HQ_TRUSTED_PROXIES": "10.0.0.1,*"})):
        done = subprocess.run([sys.executable, "-m", "sync.server.cli", "serve", "--database", "sqlite://",
                               "--port", "0", *args], env={**env, **extra, "INSPECTOR_HQ_DATA_DIR": str(tmp_path)}, capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 2 and "*" in done.stderr, done.stderr
