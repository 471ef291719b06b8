"""Registry of the form renderers: ``render_document(doc)`` picks the module of ``doc.kind``.

Pure: domain objects in, PDF bytes out. Problems that stop a form from being drawn at all (an unknown kind,
a form version without texts) are raised as ``ValidationError`` with the list of problems; completeness of a
document is the business of ``domain.validation.validate_document``, which the rendering service runs first.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from inspector_app.domain.errors import Problem, ValidationError
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import Document

from . import (
    nd118_mbb01,
    nd118_mbb15,
    nd118_mbb26,
    nd118_mbb27,
    nd118_mqd02,
    tt22_m01,
    tt22_m06,
    tt22_m10,
)
from .base import FormContext, PageState, RenderResult, render_story
from .texts import TextsError, available_versions, load_texts

FORMS: dict[str, ModuleType] = {
    "tt22.m01": tt22_m01,
    "tt22.m06": tt22_m06,
    "tt22.m10": tt22_m10,
    "nd118.mbb01": nd118_mbb01,
    "nd118.mbb15": nd118_mbb15,
    "nd118.mbb26": nd118_mbb26,
    "nd118.mbb27": nd118_mbb27,
    "nd118.mqd02": nd118_mqd02,
}


def form_problems(doc: Document) -> list[Problem]:
    """Problems that make ``doc`` impossible to draw: unknown kind, form version without texts."""
    if doc.kind not in FORMS or doc.kind not in KINDS:
        return [Problem("kind", f"Loại văn bản không được hỗ trợ: {doc.kind}")]
    versions = available_versions(doc.kind)
    if doc.form_version not in versions:
        return [Problem("form_version", f"Mẫu {doc.kind} không có phiên bản {doc.form_version!r} "
                                        f"(có: {', '.join(versions)})")]
    return []


def render_document(doc: Document, *, texts: dict[str, Any] | None = None) -> RenderResult:
    """Render ``doc`` to an A4 PDF with its form; ``texts`` overrides fixed texts (tests, decree changes).

    Raises ValidationError if the kind or form version is not supported.
    """
    problems = form_problems(doc)
    if problems:
        raise ValidationError(problems)
    module = FORMS[doc.kind]
    spec = KINDS[doc.kind]
    try:
        loaded = load_texts(doc.kind, doc.form_version, texts)
    except TextsError:  # pragma: no cover - form_problems checked the version
        raise ValidationError([Problem("form_version", "Không tìm thấy nội dung mẫu")]) from None

    def make_ctx(state: PageState) -> FormContext:
        return FormContext(doc, spec, loaded, state)

    build: Callable[[FormContext], list[Any]] = module.build
    return render_story(make_ctx, build, strip=bool(module.STRIP))
