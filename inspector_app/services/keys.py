"""Unlocking an installation: the master key from the OS keyring or the officer's passphrase.

The order at start: the OS keyring (where one exists, the unwrapped key is kept there for convenience, so
the officer is not asked every morning), else the passphrase (the GUI asks in a dialog; the CLI reads
``INSPECTOR_PASSPHRASE`` or asks on the terminal). A first start sets the passphrase and makes the key; a
data directory written in clear by an earlier version is then converted (``store.encrypt``).
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector_app.store.crypto import KeyFile, KeyFileError, MasterKey, WrongPassphraseError
from inspector_app.store.db import DB_FILENAME, open_database
from inspector_app.store.encrypt import ConversionReport, convert_installation, needs_conversion
from inspector_app.store.repository import Repository

from .secrets import TokenStore

KEYRING_KEY_SERVICE = "qltt-inspector-key"
MAX_WRONG_PINS = 5
# For scripts and unattended use (like BORG_PASSPHRASE): the passphrase from the environment.
PASSPHRASE_ENV = "INSPECTOR_PASSPHRASE"


class PassphraseNeededError(KeyFileError):
    """Nothing unlocks the key without asking: the officer must type the passphrase (or set a new one)."""

    code = "passphrase_needed"

    def __init__(self, message: str, *, new: bool) -> None:
        super().__init__(message)
        self.new = new


@dataclass
class Unlocked:
    """An open installation: its key and its repository on the encrypted database."""

    key: MasterKey
    repo: Repository
    conversion: ConversionReport | None = None


class KeyService:
    """The key of one data directory: create, unlock (keyring, passphrase, PIN), re-wrap, forget."""

    def __init__(self, data_dir: Path, secrets: TokenStore | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.secrets = secrets or TokenStore(KEYRING_KEY_SERVICE)
        self.wrong_pins = 0

    # -- state ------------------------------------------------------------------------------------
    def is_new(self) -> bool:
        """True if this data directory has no key yet (first start: ask for a new passphrase)."""
        return not KeyFile.exists_in(self.data_dir)

    def _entry(self) -> str:
        # One keyring entry per data directory: two installations on one laptop keep separate keys.
        return str(self.data_dir.resolve())

    # -- unlocking --------------------------------------------------------------------------------
    def from_keyring(self) -> MasterKey | None:
        """The key kept in the OS keyring, if any and if it belongs to this data directory's key file."""
        if self.is_new():
            return None
        keyfile = KeyFile.load(self.data_dir)
        stored = self.secrets.get(self._entry(), keyfile.fingerprint)
        if not stored:
            return None
        try:
            key = MasterKey(base64.b64decode(stored, validate=True))
        except (binascii.Error, ValueError):
            return None
        return key if key.fingerprint() == keyfile.fingerprint else None

    def remember(self, key: MasterKey) -> bool:
        """Keep the unwrapped key in the OS keyring (False where there is none)."""
        return self.secrets.set(self._entry(), key.fingerprint(), base64.b64encode(key.raw).decode("ascii"))

    def forget(self) -> None:
        """Remove the key from the OS keyring (the passphrase is asked at the next start)."""
        if not self.is_new():
            self.secrets.delete(self._entry(), KeyFile.load(self.data_dir).fingerprint)

    def create(self, passphrase: str) -> MasterKey:
        """First start: a new random key wrapped by ``passphrase`` (kept in the keyring where one exists)."""
        _keyfile, key = KeyFile.create(self.data_dir, passphrase)
        self.remember(key)
        return key

    def unlock(self, passphrase: str) -> MasterKey:
        """The key from the passphrase; WrongPassphraseError if it does not fit."""
        key = KeyFile.load(self.data_dir).unlock(passphrase)
        self.remember(key)
        self.wrong_pins = 0
        return key

    def unlock_with_pin(self, pin: str) -> MasterKey:
        """The key from the lock-screen PIN; after five wrong PINs only the passphrase works."""
        keyfile = KeyFile.load(self.data_dir)
        if not keyfile.has_pin:
            raise WrongPassphraseError("Mã PIN không còn dùng được: hãy nhập mật khẩu.", code="pin_disabled")
        try:
            key = keyfile.unlock_with_pin(pin)
        except WrongPassphraseError:
            self.wrong_pins += 1
            if self.wrong_pins >= MAX_WRONG_PINS:
                keyfile.remove_pin()
                raise WrongPassphraseError(
                    f"Sai mã PIN {MAX_WRONG_PINS} lần: mã PIN đã bị hủy, hãy nhập mật khẩu.",
                    code="pin_disabled") from None
            left = MAX_WRONG_PINS - self.wrong_pins
            raise WrongPassphraseError(f"Mã PIN không đúng (còn {left} lần thử).") from None
        self.wrong_pins = 0
        return key

    def check(self, key: MasterKey, secret: str) -> bool:
        """True if ``secret`` is this installation's passphrase (the lock screen's check)."""
        try:
            return KeyFile.load(self.data_dir).unlock(secret).raw == key.raw
        except WrongPassphraseError:
            return False

    def set_pin(self, key: MasterKey, pin: str) -> None:
        """Set the lock-screen PIN."""
        KeyFile.load(self.data_dir).set_pin(key, pin)
        self.wrong_pins = 0

    def has_pin(self) -> bool:
        """True if a lock-screen PIN is set."""
        return not self.is_new() and KeyFile.load(self.data_dir).has_pin

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the key under a new passphrase (the data is not re-encrypted)."""
        KeyFile.load(self.data_dir).change_passphrase(old, new)

    def key_for_start(self, passphrase: str | None = None) -> MasterKey:
        """The key at start: the keyring, else ``passphrase``, else ``INSPECTOR_PASSPHRASE``; a new data
        directory gets a new key wrapped by that passphrase. PassphraseNeededError if nothing is given."""
        key = self.from_keyring()
        if key is not None:
            return key
        secret = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV, "")
        if not secret:
            if self.is_new():
                raise PassphraseNeededError("Lần đầu sử dụng: hãy đặt mật khẩu bảo vệ dữ liệu trên máy này.",
                                            new=True)
            raise PassphraseNeededError("Hãy nhập mật khẩu để mở dữ liệu.", new=False)
        return self.create(secret) if self.is_new() else self.unlock(secret)

    # -- opening ----------------------------------------------------------------------------------
    def open(self, key: MasterKey, *, progress: Callable[[str], None] | None = None,
             read_only: bool = False) -> Unlocked:
        """Open the encrypted database with ``key``, first converting clear data of an earlier version
        (``read_only``: for commands that only read; nothing is converted then, see ``open_database``)."""
        conversion = convert_installation(self.data_dir, key, progress=progress) \
            if needs_conversion(self.data_dir) and not read_only else None
        path = self.data_dir / DB_FILENAME
        repo = Repository(open_database(path, key=key.database, read_only=read_only), path, files_key=key.files)
        return Unlocked(key, repo, conversion)


__all__ = ["KeyService", "KeyFileError", "WrongPassphraseError", "PassphraseNeededError", "MasterKey", "Unlocked"]
