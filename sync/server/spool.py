"""Upload bodies on disk: a request's bytes are streamed into a temporary file under the server's spool
directory (hashed on the way), so that several concurrent uploads of up to ``MAX_ATTACHMENT_BYTES`` never
sit in the server's memory (review D12). The spool directory lies inside the attachment store's root, on the
same file system, so a checked file is renamed into the store (``AttachmentStore.put``) instead of copied.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

PREFIX = ".upload-"  # every spooled file's name starts with this
STALE_SECONDS = 24 * 3600  # a spooled file this old belongs to no running request (a killed server's)


@dataclass(frozen=True)
class SpooledBody:
    """A received body in a temporary file: its path, size and SHA-256 (of the bytes as stored, after any
    Content-Encoding was undone). The request that spooled it deletes the file when it ends."""

    path: Path
    size: int
    sha256: str

    def open(self) -> BinaryIO:
        """The bytes as an open binary file (the caller closes it)."""
        return self.path.open("rb")

    def head(self, count: int) -> bytes:
        """The first ``count`` bytes (a magic number)."""
        with self.path.open("rb") as f:
            return f.read(count)

    def read_bytes(self) -> bytes:
        """All the bytes in memory (only for stores that need them so)."""
        return self.path.read_bytes()


def spool_dir(store_root: Path) -> Path:
    """Where upload bodies are spooled: inside the attachment store's root (the same file system, so a
    checked body is renamed into the store), in a directory its digest layout (``ab/cd/<sha256>``) never
    uses."""
    return store_root / ".incoming"


def clear_stale(directory: Path, now: float | None = None) -> int:
    """Delete spooled files left by a server that was killed mid-request; returns how many. Files of
    running requests (of this or another worker process) are younger than ``STALE_SECONDS``."""
    if not directory.is_dir():
        return 0
    now = time.time() if now is None else now
    removed = 0
    for entry in os.scandir(directory):
        if entry.name.startswith(PREFIX) and entry.is_file() and now - entry.stat().st_mtime > STALE_SECONDS:
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
    return removed
