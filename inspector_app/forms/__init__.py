"""Official A4 forms (TT 22/2021/TT-BCT, NĐ 118/2021/NĐ-CP) rendered to PDF with ReportLab.

Input: domain ``Document`` objects; output: PDF bytes. ``render_document`` is the entry point.

The names below load ReportLab on first use (PEP 562), so that ``forms.texts`` and ``forms.checks`` (the
printed wording and its checks, which need no PDF engine) can be imported by commands that never render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import RenderResult, qr_payload
    from .registry import FORMS, form_problems, render_document

__all__ = ["FORMS", "RenderResult", "form_problems", "qr_payload", "render_document"]

_HOMES = {"RenderResult": "base", "qr_payload": "base", "FORMS": "registry", "form_problems": "registry",
          "render_document": "registry"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
