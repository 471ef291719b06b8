"""The one atomic file write: a reader sees the old file or the new one, never a torn one or a stray temp."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from inspector_app.store import files
from inspector_app.store.files import copy_atomically, write_atomically, write_text_atomically


def test_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.bin"
    write_atomically(target, b"old")
    write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.bin"]


def test_failed_write_keeps_the_old_file_and_removes_its_temp(tmp_path: Path) -> None:
    target = tmp_path / "keys.json"
    write_text_atomically(target, '{"v": 1}')

    def half(fh: BinaryIO) -> None:
        fh.write(b'{"v": 2, "trunc')
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        files._write_via_temp(target, half)
    assert target.read_text(encoding="utf-8") == '{"v": 1}'
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]


def test_copy_streams_the_whole_file(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(bytes(range(256)) * 9000)  # larger than one 1 MiB chunk
    copy_atomically(source, tmp_path / "out" / "photo.jpg")
    assert (tmp_path / "out" / "photo.jpg").read_bytes() == source.read_bytes()
