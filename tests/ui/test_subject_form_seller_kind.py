"""The subject form records whether an online seller is an organisation (an enterprise's gian hàng): the
check box shows only for online sellers, reaches ``Subject.seller_is_organization``, comes back when the
subject is shown again, and asks for the enterprise code when ticked (NĐ 98/2020 Điều 4 khoản 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import type_text

from inspector_app.domain.model import SubjectKind
from inspector_app.ui.subject_form import SubjectForm


def test_online_seller_organisation_box(qtbot: QtBot) -> None:
    form = SubjectForm()
    qtbot.addWidget(form)
    form.show()
    assert not form.seller_org.isVisible()  # an individual has no such choice
    form.kind.setCurrentIndex(form.kind.findData(SubjectKind.ONLINE_SELLER))
    assert form.seller_org.isVisible()
    type_text(form.edits["name"], "Công ty TNHH Tram Beauty")
    subject = form.subject()
    assert subject is not None and not subject.seller_is_organization
    qtbot.mouseClick(form.seller_org, Qt.MouseButton.LeftButton)
    subject = form.subject()
    assert subject is not None and subject.seller_is_organization and subject.fined_as_organization()
    assert "Người bán là tổ chức: chưa nhập mã số doanh nghiệp/mã số thuế" in form.validate(show_missing=True)
    form.set_subject(None)
    assert not form.seller_org.isChecked()
    form.set_subject(subject)
    assert form.seller_org.isChecked() and form.seller_org.isVisible()
    form.kind.setCurrentIndex(form.kind.findData(SubjectKind.INDIVIDUAL))
    other = form.subject()
    assert not form.seller_org.isVisible() and other is not None and not other.seller_is_organization
