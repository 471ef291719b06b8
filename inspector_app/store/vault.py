"""Attachment files at rest: sealed with the installation's file key, addressed by their plain SHA-256.

The address stays the SHA-256 of the plain content, so sync (``PUT /attachments/{sha256}``) and
de-duplication work as before; the bytes on disk are ``crypto.seal`` output bound to that hash. Without a
key (tests of the plain schema) files are stored as they are. Files written by an older version in clear
are still read (the conversion at first start of this version seals them and removes the clear copies).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from inspector_app.domain.errors import InspectorError

from .crypto import is_sealed, open_sealed, seal
from .files import write_atomically

VAULT_DIR = "vault"


class FileVault:
    """Sealed attachment files under ``<data dir>/vault/<sha[:2]>/<sha>``."""

    def __init__(self, data_dir: Path, key: bytes | None) -> None:
        self.data_dir = Path(data_dir)
        self.key = key

    @staticmethod
    def relative_path(sha256: str) -> str:
        """Where a file with this plain SHA-256 is kept, relative to the data dir."""
        return f"{VAULT_DIR}/{sha256[:2]}/{sha256}"

    def put(self, data: bytes, *, sha256: str | None = None) -> tuple[str, str]:
        """Store ``data``; returns (sha256, relative path). Idempotent: a file already kept is not rewritten."""
        sha = hashlib.sha256(data).hexdigest()
        if sha256 is not None and sha256 != sha:
            raise InspectorError(f"Tệp đính kèm {sha256[:12]} không khớp SHA-256 của nội dung.")
        rel = self.relative_path(sha)
        target = self.data_dir / rel
        if not target.exists():
            write_atomically(target, seal(self.key, data, "attachment:" + sha) if self.key else data)
        return sha, rel

    def get(self, sha256: str, stored_path: str) -> bytes:
        """The plain bytes of a kept file, checked against its SHA-256."""
        path = self.data_dir / stored_path
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InspectorError(f"Thiếu tệp đính kèm {sha256[:12]} trên máy này.") from exc
        data = open_sealed(self.key, raw, "attachment:" + sha256) if self.key and is_sealed(raw) else raw
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InspectorError(f"Tệp đính kèm {sha256[:12]} trên máy này bị hỏng (SHA-256 không khớp).")
        return data
