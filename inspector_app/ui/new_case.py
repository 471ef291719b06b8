"""New case from an inspection decision (quyết định kiểm tra): number, date, issuer, title and place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from inspector_app.domain.clock import Clock, SystemClock
from inspector_app.domain.model import InspectionDecision
from inspector_app.domain.text import nfc

from .widgets import (
    DateField,
    FieldWithError,
    date_format_error,
    fit_dialog,
    moment_format_error,
    ok_cancel_layout,
)


class NewCaseDialog(QDialog):
    """Ask what a new case needs; ``values()`` gives the arguments of ``CaseService.new_case``."""

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vụ việc mới"))
        self.setObjectName("newCaseDialog")
        # Vietnam time whatever the laptop's zone: the documents print the same clock.
        now = (clock or SystemClock()).now().replace(second=0, microsecond=0)
        self.decision_no = QLineEdit()
        self.decision_no.setObjectName("newDecisionNumber")
        self.decision_no.setPlaceholderText(self.tr("vd: 15/QĐ-KT"))
        self.decision_date = DateField()
        self.decision_date.set_iso(now.date().isoformat())
        self.decision_date.setObjectName("newDecisionDate")
        self.decision_issuer = QLineEdit()
        self.decision_issuer.setObjectName("newDecisionIssuer")
        self.title = QLineEdit()
        self.title.setObjectName("newCaseTitle")
        self.title.setPlaceholderText(self.tr("vd: Kiểm tra cửa hàng mỹ phẩm Hoa Mai"))
        self.place = QLineEdit()
        self.place.setObjectName("newCasePlace")
        self.started_at = DateField(with_time=True)
        self.started_at.set_iso(now.isoformat())
        self.started_at.setObjectName("newCaseStarted")
        self.wraps = {k: FieldWithError(w) for k, w in (
            ("decision_no", self.decision_no), ("decision_date", self.decision_date),
            ("decision_issuer", self.decision_issuer), ("title", self.title), ("place", self.place),
            ("started_at", self.started_at))}
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Vụ việc được lập để thực hiện một quyết định kiểm tra.")))
        form.addRow(self.tr("Số quyết định kiểm tra"), self.wraps["decision_no"])
        form.addRow(self.tr("Ngày quyết định"), self.wraps["decision_date"])
        form.addRow(self.tr("Người ban hành"), self.wraps["decision_issuer"])
        form.addRow(self.tr("Tên vụ việc"), self.wraps["title"])
        form.addRow(self.tr("Địa điểm kiểm tra"), self.wraps["place"])
        form.addRow(self.tr("Bắt đầu lúc"), self.wraps["started_at"])
        for w in (self.decision_no, self.decision_date, self.decision_issuer, self.title, self.place,
                  self.started_at):
            w.textChanged.connect(self.validate)
        self.buttons = ok_cancel_layout(self, form)
        fit_dialog(self, 820)
        self.validate()

    def validate(self) -> bool:
        """Show problems inline; OK is enabled only when the case can be created."""
        errors = {
            "title": "" if self.title.text().strip() else self.tr("Chưa nhập tên vụ việc"),
            "place": "" if self.place.text().strip() else self.tr("Chưa nhập địa điểm"),
            "decision_date": "" if self.decision_date.iso() is not None else date_format_error(),
            "started_at": "" if self.started_at.iso() else moment_format_error(),
        }
        for key, wrap in self.wraps.items():
            # "not entered yet" waits until the officer has typed something somewhere.
            touched = bool(self.title.text() or self.place.text())
            wrap.set_error(errors.get(key, "") if touched or key in ("decision_date", "started_at") else "")
        ok = not any(errors.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> dict[str, object]:
        """Keyword arguments for ``CaseService.new_case``."""
        return {
            "title": nfc(self.title.text().strip()), "place": nfc(self.place.text().strip()),
            "started_at": self.started_at.iso() or "",
            "decision": InspectionDecision(number=nfc(self.decision_no.text().strip()),
                                           date=self.decision_date.iso() or "",
                                           issuer=nfc(self.decision_issuer.text().strip())),
        }
