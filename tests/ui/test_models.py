"""Every table model passes pytest-qt's qtmodeltester, and the case-list proxy folds diacritics."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from inspector_app.domain.model import (
    Attachment,
    GoodsRow,
    Participant,
    Role,
    Seal,
    ViolationRef,
    new_id,
)
from inspector_app.domain.rules.catalog import CatalogEntry
from inspector_app.services.rules import DueItem
from inspector_app.store.repository import CaseSummary, DocumentSummary
from inspector_app.ui.models import (
    AttachmentTableModel,
    CaseTableModel,
    CatalogTableModel,
    DeadlineRow,
    DeadlineTableModel,
    DocumentTableModel,
    FoldFilterProxy,
    GoodsTableModel,
    ParticipantTableModel,
    SealTableModel,
    SyncProblemModel,
    ViolationTableModel,
)


def cases() -> list[CaseSummary]:
    return [
        CaseSummary(new_id(), "Kiểm tra cửa hàng Thuốc lá Đồng Nai", "Biên Hòa", "2026-03-02T08:00:00", "open",
                    "Hộ kinh doanh Đồng Tâm", "individual", 2, 1, "nd118.mbb01"),
        CaseSummary(new_id(), "Kiểm tra shop mỹ phẩm trực tuyến", "Hà Nội", "2026-03-05T09:30:00", "closed",
                    "Shop Mỹ Phẩm Xinh", "online_seller", 0, 0, ""),
        CaseSummary(new_id(), "Kho hàng điện tử", "Long Thành", "2026-02-11T14:00:00", "open", "", "", 5, 5,
                    "tt22.m06"),
    ]


def goods() -> list[GoodsRow]:
    return [GoodsRow(new_id(), "Kem chống nắng", "tuýp", Decimal("12"), barcode="8934563138165", unit_price=385000,
                     value=4620000, suspected_counterfeit=True),
            GoodsRow(new_id(), "Son môi", "thỏi", Decimal("2.5"), smuggled=True, seized=True)]


def test_case_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = CaseTableModel()
    model.set_rows(cases())
    qtmodeltester.check(model, force_py=True)


def test_case_proxy_passes_modeltester_and_folds_diacritics(qtmodeltester: Any) -> None:
    model = CaseTableModel()
    model.set_rows(cases())
    proxy = FoldFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("thuoc la dong")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "Kiểm tra cửa hàng Thuốc lá Đồng Nai"
    proxy.set_text("DONG TAM")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(3)] == ["Long Thành", "Biên Hòa", "Hà Nội"]
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 4).data() == "5/5"
    qtmodeltester.check(proxy, force_py=True)


def test_goods_model_passes_modeltester_and_edits_through_signal(qtmodeltester: Any) -> None:
    model = GoodsTableModel()
    model.set_rows(goods())
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, 6).data() == "2,5"
    assert model.index(0, 8).data() == "4.620.000"
    assert "nghi giả" in model.index(0, 9).data()
    edited: list[tuple[int, GoodsRow]] = []
    model.row_edited.connect(lambda i, row: edited.append((i, row)))
    assert model.setData(model.index(0, 6), "3", Qt.ItemDataRole.EditRole)
    assert edited[-1][1].quantity == Decimal(3) and edited[-1][1].value == 1155000
    assert model.row_at(0).quantity == Decimal(12)  # unchanged until the service saved it
    assert not model.setData(model.index(0, 6), "-1", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, 2), "123", Qt.ItemDataRole.EditRole)  # barcode is not editable
    # One reading of typed numbers (domain.format): "2.5" đồng is refused, not stored as 25; "1.500" is
    # refused as a quantity (1500 or 1,5?); "2,5" and "1.234,5" read as Vietnamese decimals.
    count = len(edited)
    assert not model.setData(model.index(0, 7), "2.5", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, 6), "1.500", Qt.ItemDataRole.EditRole)
    assert len(edited) == count
    assert model.setData(model.index(0, 7), "1.000", Qt.ItemDataRole.EditRole)
    assert edited[-1][1].unit_price == 1000
    assert model.setData(model.index(0, 6), "1.234,5", Qt.ItemDataRole.EditRole)
    assert edited[-1][1].quantity == Decimal("1234.5")
    model.append_row(GoodsRow(new_id(), "Nước hoa", "chai", Decimal(1)))
    assert model.rowCount() == 3 and model.index(2, 0).data() == "3"


def test_document_model_passes_modeltester(qtmodeltester: Any) -> None:
    model = DocumentTableModel()
    model.set_rows([DocumentSummary(new_id(), new_id(), "nd118.mbb01", "5/BB-VPHC", "final", "ab", "",
                                    "2026-03-02T10:00:00", "2026-03-02T11:00:00"),
                    DocumentSummary(new_id(), new_id(), "tt22.m10", "", "draft", "", "x", "2026-03-02T10:00:00", "")])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data().startswith("NĐ 118 MBB01")
    assert model.index(1, 2).data() == "Nháp"


def test_deadline_model_passes_modeltester(qtmodeltester: Any) -> None:
    def item(case_id: str, title: str, what: str, due: str) -> DueItem:
        return DueItem(case_id=case_id, case_title=title, rule="mbb01", what=what, due=due, due_text=due,
                       state="pending", basis="", rule_text="", trigger="", confidence="confirmed")

    model = DeadlineTableModel()
    model.set_rows([DeadlineRow(item("c1", "Kho hàng", "Gửi biên bản vi phạm", "2026-03-12T17:00:00+07:00"),
                                "Gửi biên bản vi phạm", 2),
                    DeadlineRow(item("c2", "Shop", "Ra quyết định xử phạt", "2026-03-01"),
                                "Ra quyết định xử phạt", -3)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, 3).data() == "quá hạn 3 ngày"
    assert model.index(0, 0).data() == "12/03/2026"


def test_sync_problem_model_passes_modeltester(qtmodeltester: Any) -> None:
    from inspector_app.store.outbox import OutboxRow

    model = SyncProblemModel()
    model.set_rows([OutboxRow("d1", "nd118.mbb01", "3/BB-VPHC", "rejected", 1, "", "Thiếu chữ ký người chứng kiến",
                              "2026-03-02T10:00:00"),
                    OutboxRow("d2", "tt22.m06", "4/BB-KT", "conflict", 2, "", "Cùng mã khác nội dung", "")])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 1).data() == "Bị từ chối"
    assert model.index(0, 2).data() == "Thiếu chữ ký người chứng kiến"


def test_small_models_pass_modeltester(qtmodeltester: Any) -> None:
    people = ParticipantTableModel()
    people.set_rows([Participant(Role.TEAM_LEAD, "Trần Quốc Đạt", title="Đội trưởng", officer_no="QLTT0101"),
                     Participant(Role.WITNESS, "Lê Văn Đức", address="Biên Hòa", refused_to_sign=True)])
    qtmodeltester.check(people, force_py=True)
    assert people.index(0, 0).data() == "Trưởng đoàn"
    violations = ViolationTableModel()
    violations.set_rows([ViolationRef(new_id(), "98/2020/NĐ-CP", 9, 1, "đ", "Buôn bán hàng giả", fine_amount=15000000)])
    qtmodeltester.check(violations, force_py=True)
    assert violations.index(0, 0).data() == "điểm đ khoản 1 Điều 9 NĐ 98/2020/NĐ-CP"
    seals = SealTableModel()
    seals.set_rows([Seal(new_id(), ["NP-01", "NP-02"], "3 thùng carton", kept_at="Kho Đội", state_when_opened="intact")])
    qtmodeltester.check(seals, force_py=True)
    attachments = AttachmentTableModel()
    attachments.set_rows([Attachment("a" * 64, "anh-1.jpg", "image/jpeg", 20480)])
    qtmodeltester.check(attachments, force_py=True)
    catalog = CatalogTableModel()
    catalog.set_rows([CatalogEntry(id="nd98.9.1", decree="98/2020/NĐ-CP", article=9, clause=1,
                                   text="Buôn bán hàng giả", basis="fixed", source="NĐ 98/2020", confidence="confirmed",
                                   valid_from="2020-08-28", fine_min=1000000, fine_max=3000000)])
    qtmodeltester.check(catalog, force_py=True)
    assert catalog.index(0, 2).data() == "1.000.000 – 3.000.000"
