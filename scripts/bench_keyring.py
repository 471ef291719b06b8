"""A keyring backend for benchmarks only: keeps entries in a JSON file named by ``BENCH_KEYRING_FILE``.

Officers' laptops keep the data key in the OS keyring, so a command does not derive it from the passphrase
(Argon2id, 64 MiB) each time. This machine has no OS keyring; ``scripts/bench_cli.py`` selects this class
with ``PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring`` so its child processes see a keyring as a laptop
would; ``tests/test_selftest.py`` reads it to see that the self-test leaves the keyring untouched. Never for
real use: the file is not protected.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    """Entries in one JSON file (service → username → secret)."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["BENCH_KEYRING_FILE"])

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data: dict[str, dict[str, str]] = json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.get(service, {}).pop(username, None)
        self._path().write_text(json.dumps(data), encoding="utf-8")
