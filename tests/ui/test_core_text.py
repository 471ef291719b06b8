"""The core's messages in the English interface (ui/core_text.py): every fine range the catalogue can give,
every rule of the legal rule set and the form-validation messages read without a Vietnamese word, while the
Vietnamese interface shows them exactly as the core wrote them. The window-wide check is test_language.py."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from test_language import vietnamese_words

from inspector_app.app import build_services
from inspector_app.domain.errors import InspectorError
from inspector_app.domain.rules.legal import parse_legal_rules, rule_tail
from inspector_app.paths import resource_path
from inspector_app.services.container import Services
from inspector_app.ui.core_text import TEMPLATES, core_text
from inspector_app.ui.i18n import install_translator


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The English catalogue and locale, as the app installs them; Vietnamese again afterwards."""
    translator = install_translator(qapp, "en", resource_path("i18n"))
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = build_services(tmp_path / "data")
    yield s
    s.close()


def not_english(text: str) -> list[str]:
    """Vietnamese words of ``text``; a point of an article keeps its letter ("point đ"), as in the law."""
    return vietnamese_words(re.sub(r"\b([Pp]oint) đ\b", r"\1", text))


def fine_texts(services: Services) -> Iterator[str]:
    """What the fine-range label shows for every catalogue entry, individual and organisation, at goods values
    across the bands (or the message saying why there is no range)."""
    for entry in services.rules.catalog():
        for organization in (False, True):
            for value in (1_000, 4_000_000, 25_000_000, 150_000_000, 900_000_000):
                try:
                    fine = services.rules.fine_for_entry(entry, value, organization, illegal_profit=None, point="")
                except InspectorError as exc:
                    yield exc.message
                else:
                    yield fine.citation
                    yield fine.basis_text


def test_every_fine_range_of_the_catalogue_reads_in_english(english: None, services: Services) -> None:
    texts = sorted(set(fine_texts(services)))
    assert len(texts) > 50
    wrong = [(t, core_text(t)) for t in texts if not_english(core_text(t))]
    assert not wrong, wrong[:5]


def test_every_rule_of_the_legal_rule_set_reads_in_english(english: None) -> None:
    data = json.loads(resource_path("reference", "legal_rules.json").read_text(encoding="utf-8"))
    legal = parse_legal_rules(data)
    for rule_id in data["rules"]:
        # As DocumentService shows a breach: the facts, then the rule's title, what to do and its basis.
        message = f"Niêm phong số NP-0001 không có trong biên bản niêm phong đã hoàn tất nào của vụ việc — " \
                  f"{rule_tail(legal.rule(rule_id))}"
        shown = core_text(message)
        assert not not_english(shown), (rule_id, shown)
        assert shown.startswith("Seal no. NP-0001 is in no final sealing minutes of the case — ")
        assert "Legal basis: " in shown


def test_form_problems_and_their_facts_read_in_english(english: None) -> None:
    # Every template has its English (scripts/i18n_fill.py refuses one without): a message made from a
    # template with ASCII facts reads in English.
    for template in TEMPLATES:
        message = re.sub(r"%\d", "NP-1", template)
        assert not not_english(core_text(message)), (template, core_text(message))
    assert core_text("Chưa nhập: Chức vụ người ban hành") == "Missing: Issuer's position"
    assert core_text("Phát hiện vi phạm lúc 08 giờ 30 ngày 10/03/2026; hạn lập biên bản ngày 12/03/2026 "
                     "(trong thời hạn 02 ngày làm việc kể từ khi phát hiện vi phạm); biên bản lập lúc 13 giờ 09 "
                     "ngày 01/12/2026") == (
        "Violation found at 08:30 on 10/03/2026; the minutes were due on 12/03/2026 (within 2 working days of "
        "finding the violation); drawn up at 13:09 on 01/12/2026")
    assert core_text("Chưa nhập tên hàng hóa; Số lượng phải lớn hơn 0") == (
        "The name of the goods is missing; The quantity must be more than 0")
    # A finalisation refusal lists its problems line by line, each with where it lies.
    assert core_text("Chưa thể hoàn tất văn bản:\n- Địa điểm lập: Chưa nhập địa điểm lập văn bản\n- Hành vi vi phạm: "
                     "Phải có ít nhất một hành vi vi phạm và căn cứ pháp lý") == (
        "Cannot finalise the document yet:\n- Place drawn up: The place where the document is drawn up is missing\n"
        "- Violations: At least one violation with its legal basis is needed")
    assert core_text("Số lượng phải là một số (ví dụ 2,5 hoặc 1.250), không phải “abc”.") == (
        "The quantity must be a number (e.g. 2,5 or 1.250), not “abc”.")
    assert core_text("Mã tỉnh 999 trong số CCCD không tồn tại") == "Province code 999 in the CCCD number does not exist"
    # A message without a template is left as the core wrote it, not mangled.
    assert core_text("Một câu chưa có bản dịch") == "Một câu chưa có bản dịch"


def test_the_vietnamese_interface_shows_the_core_messages_unchanged(services: Services) -> None:
    assert QLocale().language() != QLocale.Language.English
    for text in list(fine_texts(services))[:40] + ["Chưa nhập: Chức vụ người ban hành"]:
        assert core_text(text) == text


def test_the_deadline_dock_reads_in_english(english: None, services: Services) -> None:
    """Every line the dock would show for the demo raids (what is due — what started the count)."""
    services.demo.load()
    labels = {f"{it.what} — {it.trigger}" if it.trigger else it.what
              for case in services.cases.list(limit=50) for it in services.rules.deadlines_for_case(case.id)}
    assert len(labels) > 10
    wrong = [(label, core_text(label)) for label in sorted(labels) if not_english(core_text(label))]
    assert not wrong, wrong
