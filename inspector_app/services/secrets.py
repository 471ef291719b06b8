"""Secrets in the OS keyring (``keyring``): device tokens and the unwrapped database key.

Where no keyring backend exists (a headless Linux), ``available()`` is False and nothing is stored
anywhere: the password or passphrase is asked for instead.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail as keyring_fail

KEYRING_SERVICE = "qltt-inspector"


def _secure_backend(backend: object) -> bool:
    """False for a keyring backend that stores secrets in clear or merely encoded (keyrings.alt)."""
    cls = type(backend)
    return not (cls.__module__.startswith("keyrings.alt") or "plaintext" in cls.__name__.lower())


class TokenStore:
    """Device tokens in the OS keyring (``keyring``), keyed by server URL and username.

    Where no keyring backend exists, ``available()`` is False and nothing is stored anywhere: the password
    is asked for at each sync instead.
    """

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    @staticmethod
    def _key(server: str, username: str) -> str:
        return f"{server}|{username}"

    def available(self) -> bool:
        """True if a real, secure keyring backend is configured.

        ``keyrings.alt``'s plaintext backends are not: they keep the token base64-encoded in a file of the
        user's home (review D17). Without a secure store the password is asked at each sync instead.
        """
        backend = keyring.get_keyring()
        if isinstance(backend, keyring_fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            return False
        inner = getattr(backend, "backends", None)  # keyring's ChainerBackend: every link must be secure
        return all(_secure_backend(b) for b in (inner if isinstance(inner, list) and inner else [backend]))

    def get(self, server: str, username: str) -> str | None:
        """The stored token, if any."""
        if not self.available():
            return None
        try:
            return keyring.get_password(self.service, self._key(server, username))
        except keyring.errors.KeyringError:
            return None

    def set(self, server: str, username: str, token: str) -> bool:
        """Store a token; False if there is no usable keyring."""
        if not self.available():
            return False
        try:
            keyring.set_password(self.service, self._key(server, username), token)
        except keyring.errors.KeyringError:
            return False
        return True

    def delete(self, server: str, username: str) -> None:
        """Forget a token (after a 401 or a logout)."""
        if not self.available():
            return
        try:
            keyring.delete_password(self.service, self._key(server, username))
        except keyring.errors.KeyringError:
            pass


class NoKeyring(TokenStore):
    """A secret store that keeps nothing and never touches the OS keyring: for a process given its key
    explicitly (the self-test), which must leave the officer's keyring as it found it."""

    def available(self) -> bool:
        """Never: ``get`` finds nothing, ``set`` stores nothing, ``delete`` does nothing."""
        return False
