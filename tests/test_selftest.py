"""``inspector --self-test``: every step passes on a working install; a broken bundle names its step."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest

from inspector_app.selftest import STEPS, run_self_test


def test_self_test_passes_every_step_and_reports_them_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = io.StringIO()
    assert run_self_test(out, as_json=True) == 0
    report = json.loads(out.getvalue())
    assert report["ok"] is True
    assert [s["step"] for s in report["steps"]] == [name for name, _ in STEPS]
    render = next(s for s in report["steps"] if s["step"] == "render")
    assert "đủ 8 loại mẫu" in render["detail"]


def test_self_test_of_a_bundle_without_its_resources_fails_at_that_step(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path) -> None:
    # A frozen app finds its files under sys._MEIPASS; an empty one is a bundle built without resources/.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert out.getvalue().startswith("[LỖI] resources: thiếu phông chữ")
