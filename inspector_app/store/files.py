"""Writing files so that a crash never leaves half of one: the one atomic write of the app.

Exports, rendered PDFs, attachment copies, sealed vault files and the key file are written to a temporary
file in the target's folder,
flushed to disk, then renamed over the target (``os.replace`` is atomic on one file system): a reader sees
the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def _write_via_temp(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically, as ``write_atomically``."""
    write_atomically(path, text.encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    _write_via_temp(path, lambda fh: fh.write(data))


def copy_atomically(source: Path, path: Path) -> None:
    """Copy the file ``source`` to ``path`` the same way (streamed: attachments may be large)."""

    def fill(fh: BinaryIO) -> None:
        with source.open("rb") as src:
            shutil.copyfileobj(src, fh, 1 << 20)

    _write_via_temp(path, fill)
