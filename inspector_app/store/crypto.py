"""Encryption at rest: the key hierarchy and the sealed-file format.

One random 256-bit master key per installation. It is stored only wrapped: AES-256-GCM under a key derived
with Argon2id from the officer's passphrase (``keys.json`` in the data dir; changing the passphrase
re-wraps the master key, it never re-encrypts the data). Subkeys are derived from the master key with
HKDF-SHA256, one per purpose, so a key that leaks from one use (say, a backup tool) says nothing of the
others:

- ``database``: the SQLCipher key of ``inspector.sqlite3`` (and of its backups);
- ``files``: AES-256-GCM of attachments and kept PDFs (``seal``/``open_sealed``).

A sealed file is ``MAGIC (8) | nonce (12) | ciphertext+tag``; the associated data binds it to its purpose
and name (an attachment's plain SHA-256), so a file swapped for another one does not decrypt.

Files that leave the laptop (exports) cannot use the installation's key: the laptop that imports them has
another one. They are sealed under a key derived with Argon2id from a passphrase the officer gives when
exporting (``seal_with_passphrase``, the "passphrase file" format of docs/data-format.md): the same
``derive_kek`` and ``seal`` as the key file, with the KDF parameters and salt in a small clear header that
is bound to the ciphertext as associated data.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector_app.domain.errors import InspectorError

from .files import write_text_atomically

KEYFILE_NAME = "keys.json"
SEALED_MAGIC = b"QLTTENC1"
KEY_BYTES = 32
NONCE_BYTES = 12
MIN_PASSPHRASE_CHARS = 8
MIN_PIN_DIGITS = 4

# Argon2id: 64 MiB, 3 passes, 4 lanes (RFC 9106's second recommended option scaled to a laptop): about
# 0.2 s on the field laptops' class of CPU. Stored in the key file, so a later version can raise them.
DEFAULT_KDF = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}


class KeyFileError(InspectorError):
    """A key problem the officer can act on (wrong passphrase, missing or damaged key file)."""

    code = "key"


class WrongPassphraseError(KeyFileError):
    """The passphrase (or PIN) does not unwrap the master key."""

    code = "wrong_passphrase"


class MissingKeyFileError(KeyFileError):
    """The data directory has no key file yet (first start)."""

    code = "no_key_file"


class SealedFileError(KeyFileError):
    """A sealed file is damaged or belongs to another key."""

    code = "sealed_file"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(secret: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    """Key-encryption key from a passphrase or PIN (Argon2id with the stored parameters)."""
    if kdf.get("name") != "argon2id":
        raise KeyFileError(f"Tệp khóa dùng thuật toán không hỗ trợ: {kdf.get('name')}")
    return Argon2id(salt=salt, length=KEY_BYTES, iterations=int(kdf["iterations"]), lanes=int(kdf["lanes"]),
                    memory_cost=int(kdf["memory_kib"])).derive(secret.encode("utf-8"))


def subkey(master: bytes, purpose: str) -> bytes:
    """The 256-bit subkey of ``master`` for ``purpose`` ("database", "files")."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"qltt-inspector/" + purpose.encode("ascii")).derive(master)


def seal(key: bytes, plain: bytes, context: str) -> bytes:
    """Encrypt ``plain`` with AES-256-GCM, bound to ``context`` (purpose and name) as associated data."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return SEALED_MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, context.encode("utf-8"))


def open_sealed(key: bytes, sealed: bytes, context: str) -> bytes:
    """Decrypt what ``seal`` produced; a damaged or foreign file raises SealedFileError."""
    if not sealed.startswith(SEALED_MAGIC) or len(sealed) < len(SEALED_MAGIC) + NONCE_BYTES + 16:
        raise SealedFileError("Tệp không phải tệp mã hóa của ứng dụng (hoặc đã bị hỏng).")
    nonce = sealed[len(SEALED_MAGIC):len(SEALED_MAGIC) + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, sealed[len(SEALED_MAGIC) + NONCE_BYTES:], context.encode("utf-8"))
    except InvalidTag as exc:
        raise SealedFileError("Tệp mã hóa bị hỏng hoặc thuộc một máy khác.") from exc


def is_sealed(data: bytes) -> bool:
    """True if ``data`` starts like a sealed file."""
    return data.startswith(SEALED_MAGIC)


# -- files sealed under a passphrase (portable: exports) ----------------------------------------------------
PASSPHRASE_FILE_MAGIC = b"QLTTPWF1"
_HEADER_LEN_BYTES = 4
_MAX_HEADER_BYTES = 4096
# The most a file's header may ask of the KDF: a crafted header must not make an import allocate gigabytes
# or spin for minutes before the passphrase is even checked (the defaults are far below).
MAX_FILE_KDF = {"memory_kib": 1 << 20, "iterations": 16, "lanes": 16}


def is_passphrase_sealed(head: bytes) -> bool:
    """True if ``head`` (the first bytes of a file are enough) starts like a passphrase-sealed file."""
    return head.startswith(PASSPHRASE_FILE_MAGIC)


def _file_context(header: bytes) -> str:
    # The whole clear header (purpose, KDF parameters, salt) is authenticated with the ciphertext.
    return "passphrase-file:" + header.decode("ascii")


def seal_with_passphrase(passphrase: str, plain: bytes, purpose: str, *,
                         kdf: dict[str, Any] | None = None) -> bytes:
    """``plain`` sealed under a key derived from ``passphrase`` (Argon2id, fresh salt), for ``purpose``.

    Layout: ``QLTTPWF1 | header length (4 bytes, big-endian) | header (ASCII JSON: format, purpose, kdf,
    salt) | sealed body`` where the body is ``seal(kek, plain, "passphrase-file:" + header)``.
    """
    check_passphrase(passphrase)
    kdf = dict(kdf or DEFAULT_KDF)
    salt = secrets.token_bytes(16)
    header = json.dumps({"format": "qltt-passphrase-file/1", "purpose": purpose, "kdf": kdf, "salt": _b64(salt)},
                        sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    body = seal(derive_kek(passphrase, salt, kdf), plain, _file_context(header))
    return PASSPHRASE_FILE_MAGIC + len(header).to_bytes(_HEADER_LEN_BYTES, "big") + header + body


def _file_header(data: bytes, purpose: str) -> tuple[dict[str, Any], bytes, bytes]:
    """The parsed header, its bytes and the sealed body of a passphrase file; SealedFileError if malformed."""
    damaged = SealedFileError("Tệp không phải tệp mã hóa bằng mật khẩu của ứng dụng (hoặc đã bị hỏng).")
    start = len(PASSPHRASE_FILE_MAGIC) + _HEADER_LEN_BYTES
    if not is_passphrase_sealed(data) or len(data) < start:
        raise damaged
    size = int.from_bytes(data[len(PASSPHRASE_FILE_MAGIC):start], "big")
    if not 0 < size <= _MAX_HEADER_BYTES or len(data) < start + size:
        raise damaged
    raw = data[start:start + size]
    try:
        header = json.loads(raw.decode("ascii"))
        kdf = header["kdf"]
        salt = _unb64(header["salt"])
        if header.get("format") != "qltt-passphrase-file/1" or kdf.get("name") != "argon2id" or len(salt) < 16:
            raise ValueError("format")
        for name, most in MAX_FILE_KDF.items():
            if not 0 < int(kdf[name]) <= most:
                raise ValueError(name)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise damaged from None
    if header.get("purpose") != purpose:
        raise SealedFileError(f"Tệp mã hóa này dùng cho việc khác ({header.get('purpose')!s:.40}), "
                              f"không phải tệp {purpose}.")
    return header, raw, data[start + size:]


def open_with_passphrase(passphrase: str, data: bytes, purpose: str) -> bytes:
    """The plain content of a file ``seal_with_passphrase`` wrote for ``purpose``.

    WrongPassphraseError if the passphrase does not open it (AES-GCM cannot tell a wrong passphrase from an
    altered file: either way nothing is returned); SealedFileError if it is not such a file at all.
    """
    header, raw, body = _file_header(data, purpose)
    kek = derive_kek(passphrase, _unb64(header["salt"]), header["kdf"])
    try:
        return open_sealed(kek, body, _file_context(raw))
    except SealedFileError as exc:
        raise WrongPassphraseError("Mật khẩu của tệp không đúng (hoặc tệp đã bị sửa, bị hỏng).") from exc


@dataclass(frozen=True)
class MasterKey:
    """The unwrapped master key with its subkeys. Never written anywhere in clear but the OS keyring."""

    raw: bytes = field(repr=False)  # never in a repr, a log line or a traceback

    @property
    def database(self) -> bytes:
        """The SQLCipher key."""
        return subkey(self.raw, "database")

    @property
    def files(self) -> bytes:
        """The AES-GCM key of attachments, kept PDFs, backups' side files and exports."""
        return subkey(self.raw, "files")

    def fingerprint(self) -> str:
        """A short non-secret id of the key (to tell which key a keyring entry belongs to)."""
        return subkey(self.raw, "fingerprint").hex()[:16]


def _wrap(master: bytes, secret: str, kdf: dict[str, Any]) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    kek = derive_kek(secret, salt, kdf)
    return {"kdf": kdf, "salt": _b64(salt), "wrapped": _b64(seal(kek, master, "master-key"))}


def _unwrap(entry: dict[str, Any], secret: str) -> bytes:
    kek = derive_kek(secret, _unb64(entry["salt"]), entry["kdf"])
    try:
        return open_sealed(kek, _unb64(entry["wrapped"]), "master-key")
    except SealedFileError as exc:
        raise WrongPassphraseError("Mật khẩu không đúng.") from exc


def _write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=1))


@dataclass
class KeyFile:
    """``keys.json``: the master key wrapped by the passphrase and, optionally, by a short PIN.

    The PIN only unlocks the lock screen of a running app (five wrong PINs remove its wrapping, so only
    the passphrase opens the app again).
    """

    path: Path
    data: dict[str, Any]

    @staticmethod
    def path_in(data_dir: Path) -> Path:
        """Where the key file of a data directory lives."""
        return Path(data_dir) / KEYFILE_NAME

    @classmethod
    def exists_in(cls, data_dir: Path) -> bool:
        """True if ``data_dir`` has a key file."""
        return cls.path_in(data_dir).exists()

    @classmethod
    def load(cls, data_dir: Path) -> KeyFile:
        """Read the key file of ``data_dir``."""
        path = cls.path_in(data_dir)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise MissingKeyFileError(f"Chưa có tệp khóa {path}: hãy đặt mật khẩu khi khởi động lần đầu.") from exc
        except (OSError, ValueError) as exc:
            raise KeyFileError(f"Tệp khóa {path} bị hỏng hoặc không đọc được: khôi phục từ bản sao lưu.") from exc
        if not isinstance(data, dict) or "passphrase" not in data:
            raise KeyFileError(f"Tệp khóa {path} không đúng định dạng.")
        return cls(path, data)

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, kdf: dict[str, Any] | None = None) -> tuple[KeyFile, MasterKey]:
        """Make a new random master key wrapped by ``passphrase``; refuses to overwrite an existing one."""
        check_passphrase(passphrase)
        path = cls.path_in(data_dir)
        if path.exists():
            raise KeyFileError(f"Đã có tệp khóa {path}; không tạo lại để không mất dữ liệu.")
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        master = secrets.token_bytes(KEY_BYTES)
        key = MasterKey(master)
        data = {"version": 1, "fingerprint": key.fingerprint(),
                "passphrase": _wrap(master, passphrase, dict(kdf or DEFAULT_KDF))}
        _write_json_atomically(path, data)
        return cls(path, data), key

    def unlock(self, passphrase: str) -> MasterKey:
        """The master key, if ``passphrase`` is right."""
        return MasterKey(_unwrap(self.data["passphrase"], passphrase))

    def unlock_with_pin(self, pin: str) -> MasterKey:
        """The master key from the lock-screen PIN (only if a PIN is set)."""
        if "pin" not in self.data:
            raise WrongPassphraseError("Chưa đặt mã PIN: hãy nhập mật khẩu.")
        return MasterKey(_unwrap(self.data["pin"], pin))

    @property
    def has_pin(self) -> bool:
        """True if a lock-screen PIN is set."""
        return "pin" in self.data

    @property
    def fingerprint(self) -> str:
        """The non-secret id of the wrapped master key."""
        return str(self.data.get("fingerprint", ""))

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the master key under ``new`` (the data stays encrypted with the same key)."""
        check_passphrase(new)
        master = self.unlock(old)
        self.data["passphrase"] = _wrap(master.raw, new, dict(self.data["passphrase"]["kdf"]))
        _write_json_atomically(self.path, self.data)

    def set_pin(self, key: MasterKey, pin: str) -> None:
        """Wrap the master key under a short numeric PIN for the lock screen."""
        if not (pin.isdigit() and len(pin) >= MIN_PIN_DIGITS):
            raise KeyFileError(f"Mã PIN phải gồm ít nhất {MIN_PIN_DIGITS} chữ số.", code="bad_pin")
        self.data["pin"] = _wrap(key.raw, pin, dict(self.data["passphrase"]["kdf"]))
        _write_json_atomically(self.path, self.data)

    def remove_pin(self) -> None:
        """Forget the PIN wrapping (after too many wrong PINs)."""
        if self.data.pop("pin", None) is not None:
            _write_json_atomically(self.path, self.data)


def key_pragma(key: bytes) -> str:
    """The PRAGMA that gives SQLCipher a raw 256-bit key (no second KDF: the key is already random)."""
    if len(key) != 32:
        raise ValueError("a SQLCipher raw key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to resist guessing on a stolen laptop."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise KeyFileError(f"Mật khẩu phải có ít nhất {MIN_PASSPHRASE_CHARS} ký tự.", code="weak_passphrase")
