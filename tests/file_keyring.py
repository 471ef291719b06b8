"""A keyring backend that records every secret in a JSON file (tests only): lets a test see what a child
process did to "the OS keyring". Select it in the child with ``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring``
(``tests/`` on ``PYTHONPATH``) and ``FILE_KEYRING_PATH``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend


class FileKeyring(keyring.backend.KeyringBackend):
    """Secrets in the JSON file named by ``FILE_KEYRING_PATH``, as {"service|username": secret}."""

    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["FILE_KEYRING_PATH"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored secret."""
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a secret."""
        data = self._load()
        data[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        """Forget a secret."""
        data = self._load()
        data.pop(f"{service}|{username}", None)
        self._path().write_text(json.dumps(data), encoding="utf-8")
