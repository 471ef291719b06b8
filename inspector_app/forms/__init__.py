"""Official A4 forms (TT 22/2021/TT-BCT, NĐ 118/2021/NĐ-CP) rendered to PDF with ReportLab.

Input: domain ``Document`` objects; output: PDF bytes. ``render_document`` is the entry point.
"""

from __future__ import annotations

from .base import RenderResult, qr_payload
from .registry import FORMS, form_problems, render_document

__all__ = ["FORMS", "RenderResult", "form_problems", "qr_payload", "render_document"]
