"""Realistic documents of every kind, built directly from the domain model.

Plain ``make_*`` functions (also used by scripts/bench_forms.py); tests/forms/conftest.py wraps some in fixtures. Final
documents go through ``domain.lifecycle.finalized_copy`` so they pass the same validation as in the app
and carry a real SHA-256.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from inspector_app.domain.checks import gs1_check_digit, tax_check_digit
from inspector_app.domain.lifecycle import finalized_copy
from inspector_app.domain.model import (
    Document,
    GoodsRow,
    Participant,
    Role,
    Seal,
    Subject,
    SubjectKind,
    Unit,
    ViolationRef,
)

NOW = datetime(2026, 3, 20, 17, 0, 0)
CASE_ID = "7b0e2d5c-31a4-4e8f-9b61-0c2f5a8d4e10"


def _tax_code(first9: str) -> str:
    digit = tax_check_digit(first9)
    assert digit is not None
    return f"{first9}{digit}"


def _ean13(body12: str) -> str:
    return f"{body12}{gs1_check_digit(body12)}"


def unit() -> Unit:
    """Đội QLTT số 1 of the Đồng Nai Chi cục."""
    return Unit(code="QLTT-DNA-01", name="ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1",
                parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", place_name="Biên Hòa",
                address="Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, thành phố Biên Hòa, tỉnh Đồng Nai")


def individual() -> Subject:
    """A household business owner (hộ kinh doanh) in Biên Hòa."""
    return Subject(id="s-ind-1", kind=SubjectKind.INDIVIDUAL, name="Trần Thị Hồng Nhung",
                   address="Số 45/12 đường Phạm Văn Thuận, phường Tân Mai, thành phố Biên Hòa, tỉnh Đồng Nai",
                   gender="Nữ", birth_date="1988-07-21", occupation="Kinh doanh mỹ phẩm, nước hoa",
                   id_number="075188004321", id_issued_date="2021-04-15",
                   id_issued_place="Cục Cảnh sát quản lý hành chính về trật tự xã hội", phone="0913 456 789")


def organization() -> Subject:
    """A trading company with a valid tax code and its legal representative."""
    return Subject(id="s-org-1", kind=SubjectKind.ORGANIZATION,
                   name="Công ty TNHH Thương mại Dịch vụ Phúc Lộc Thịnh",
                   address="Lô B12, Khu công nghiệp Amata, phường Long Bình, thành phố Biên Hòa, tỉnh Đồng Nai",
                   tax_code=_tax_code("360251847"), registration_no=_tax_code("360251847"),
                   registration_date="2019-05-08", registration_place="Sở Kế hoạch và Đầu tư tỉnh Đồng Nai",
                   representative="Lê Quang Vĩnh", representative_gender="Nam",
                   representative_title="Giám đốc")


def online_seller() -> Subject:
    """A seller on an e-commerce platform."""
    return Subject(id="s-onl-1", kind=SubjectKind.ONLINE_SELLER, name="Nguyễn Hoàng Yến Nhi",
                   address="Tổ 7, ấp Hưng Long, xã Hưng Thịnh, huyện Trảng Bom, tỉnh Đồng Nai",
                   gender="Nữ", birth_date="1996-11-02", id_number="075196008765",
                   occupation="Bán hàng trực tuyến", platform="Shopee", account_id="yennhi.authentic.store",
                   shop_url="https://shopee.vn/yennhi.authentic.store", phone="0987 654 321")


def lead() -> Participant:
    return Participant(Role.TEAM_LEAD, "Nguyễn Văn Thắng", title="Đội phó Đội Quản lý thị trường số 1",
                       organization="Đội Quản lý thị trường số 1", officer_no="QLTT0123", card_no="KT-0456")


def member(name: str = "Phạm Thị Ngọc Ánh", no: str = "QLTT0178") -> Participant:
    return Participant(Role.TEAM_MEMBER, name, title="Kiểm soát viên thị trường",
                       organization="Đội Quản lý thị trường số 1", officer_no=no)


def drafter() -> Participant:
    return Participant(Role.DRAFTER, "Nguyễn Văn Thắng", title="Kiểm soát viên chính thị trường",
                       organization="Đội Quản lý thị trường số 1", officer_no="QLTT0123", card_no="KT-0456")


def witness(name: str = "Đỗ Minh Khôi", refused: bool = False) -> Participant:
    return Participant(Role.WITNESS, name, occupation="Kinh doanh tạp hóa",
                       address="Số 47 đường Phạm Văn Thuận, phường Tân Mai, thành phố Biên Hòa",
                       refused_to_sign=refused, refusal_reason="Không muốn liên quan" if refused else "")


def authority() -> Participant:
    return Participant(Role.LOCAL_AUTHORITY, "Võ Thành Lợi", title="Phó Trưởng Công an phường Tân Mai",
                       organization="Công an phường Tân Mai, thành phố Biên Hòa")


GOODS_CATALOG = [
    ("Nước hoa Chanel N°5 Eau de Parfum", "chai 100 ml", "Chanel", "Pháp (ghi trên nhãn)", "chai",
     "Nghi giả mạo nhãn hiệu, vỏ hộp in mờ", 1_200_000),
    ("Thuốc lá điếu Marlboro Gold", "bao 20 điếu", "Marlboro", "không rõ", "bao",
     "Không có tem nhập khẩu", 35_000),
    ("Sữa bột Ensure Gold hương vani", "hộp 850 g", "Abbott", "Hoa Kỳ", "hộp",
     "Không có nhãn phụ tiếng Việt", 650_000),
    ("Kem dưỡng da Ohui The First Cream", "hũ 60 ml", "Ohui", "Hàn Quốc", "hũ",
     "Hạn sử dụng 08/2027, còn nguyên tem", 2_450_000),
    ("Giày thể thao Nike Air Force 1", "đôi, cỡ 39–43", "Nike", "Việt Nam (ghi trên nhãn)", "đôi",
     "Nghi giả mạo nhãn hiệu", 450_000),
    ("Túi xách nữ Louis Vuitton Neverfull", "cỡ MM, da tổng hợp", "Louis Vuitton", "không rõ", "cái",
     "Nghi giả mạo nhãn hiệu, không có hóa đơn", 800_000),
    ("Đồng hồ đeo tay Rolex Datejust", "mặt 36 mm", "Rolex", "không rõ", "chiếc",
     "Máy quartz, nghi giả mạo", 1_500_000),
    ("Bánh quy bơ Danisco", "hộp thiếc 454 g", "Danisco", "Đan Mạch", "hộp",
     "Không có nhãn phụ", 120_000),
    ("Rượu vang Château Lafite Rothschild", "chai 750 ml", "Lafite", "Pháp", "chai",
     "Không có tem rượu nhập khẩu", 3_200_000),
    ("Dầu gội Head & Shoulders bạc hà", "chai 650 ml", "P&G", "Thái Lan", "chai",
     "Nhãn phụ không ghi nhà nhập khẩu", 180_000),
    ("Son môi MAC Ruby Woo", "thỏi 3 g", "MAC", "Hoa Kỳ (ghi trên nhãn)", "thỏi",
     "Nghi hàng giả, giá bán thấp bất thường", 95_000),
    ("Pin sạc dự phòng Anker PowerCore", "20.000 mAh", "Anker", "Trung Quốc", "cái",
     "Không có dấu hợp quy CR", 420_000),
]


def goods(n: int, seized: bool = False) -> list[GoodsRow]:
    """``n`` goods rows cycling through a realistic catalogue, with valid EAN-13 barcodes."""
    rows = []
    for i in range(n):
        name, model, brand, origin, unit_name, cond, price = GOODS_CATALOG[i % len(GOODS_CATALOG)]
        qty = Decimal(5 + (i * 7) % 60)
        if i % 9 == 4:
            qty = Decimal("12.5") if unit_name == "hộp" else Decimal(3 + i % 5)
        rows.append(GoodsRow(
            id=f"g-{i + 1:04d}", name=name if n <= len(GOODS_CATALOG) else f"{name} (lô {i // 12 + 1})",
            unit=unit_name, quantity=qty, model=model, brand=brand, origin=origin,
            barcode=_ean13(f"893{i:09d}"), condition=cond, unit_price=price,
            value=int(qty * price), note="Niêm phong số NP-" + f"{i + 1:04d}" if seized else "",
            suspected_counterfeit="Nghi" in cond, seized=seized,
        ))
    return rows


def _doc(kind: str, number_seq: str, **kw: object) -> Document:
    fields = kw.pop("fields", {})
    return Document(id=kw.pop("id", f"d-{kind}"), case_id=CASE_ID, kind=kind, unit=unit(),
                    issued_at=str(kw.pop("issued_at", "2026-03-12T09:30:00")),
                    place=str(kw.pop("place", "Cửa hàng Hồng Nhung Cosmetics, số 45/12 đường Phạm Văn Thuận, "
                                              "phường Tân Mai, thành phố Biên Hòa, tỉnh Đồng Nai")),
                    officer_no="QLTT0123", fields=dict(fields), created_at="2026-03-12T09:30:00",
                    **kw)  # type: ignore[arg-type]


def final(doc: Document, number: str) -> Document:
    """Finalise like the app does: validation, number, SHA-256."""
    return finalized_copy(doc, number, NOW)


def make_m01() -> Document:
    doc = _doc("tt22.m01", "", id="d-m01", subject=organization(), issued_at="2026-03-10T08:00:00",
               place="Trụ sở Đội Quản lý thị trường số 1",
               participants=[lead(), member(), member("Huỳnh Tấn Phát", "QLTT0201")],
               fields={
                   "basis": "Kế hoạch kiểm tra số 12/KH-ĐQLTT1 ngày 02/3/2026 của Đội Quản lý thị trường số 1",
                   "inspection_place": "Kho hàng và cửa hàng giới thiệu sản phẩm tại Lô B12, Khu công nghiệp "
                                       "Amata, phường Long Bình, thành phố Biên Hòa, tỉnh Đồng Nai",
                   "scope": "Kiểm tra việc chấp hành pháp luật về nguồn gốc, xuất xứ hàng hóa, nhãn hàng hóa, "
                            "hóa đơn, chứng từ và điều kiện kinh doanh đối với mỹ phẩm, thực phẩm nhập khẩu.",
                   "duration_days": 3, "signer_title": "Đội trưởng", "signer_name": "Trương Công Danh",
                   "recipients": ["Như Điều 3", "Chi cục Quản lý thị trường (để báo cáo)", "Lưu: VT, hồ sơ"],
               })
    return final(doc, "01020015/QĐ-KT")


def make_m06(n_goods: int = 4) -> Document:
    doc = _doc("tt22.m06", "", id="d-m06", subject=individual(), goods=goods(n_goods),
               participants=[lead(), member(), witness(),
                             Participant(Role.SUBJECT_REPRESENTATIVE, "Trần Thị Hồng Nhung")],
               fields={
                   "decision_number": "01020015/QĐ-KT", "decision_date": "2026-03-10",
                   "decision_issuer": "Đội trưởng Đội Quản lý thị trường số 1",
                   "results": "Cửa hàng đang bày bán mỹ phẩm, nước hoa nhập khẩu. Hộ kinh doanh xuất trình được "
                              "Giấy chứng nhận đăng ký hộ kinh doanh số 47A8012345; không xuất trình được hóa đơn, "
                              "chứng từ chứng minh nguồn gốc của một số hàng hóa liệt kê dưới đây.",
                   "violations_found": "Kinh doanh hàng hóa có dấu hiệu giả mạo nhãn hiệu và hàng hóa không rõ "
                                       "nguồn gốc, xuất xứ.",
                   "measures": "Tạm giữ toàn bộ hàng hóa nêu trên để xác minh, làm rõ.",
                   "subject_opinion": "Tôi nhập hàng từ người bán qua mạng, chưa có hóa đơn; xin được bổ sung sau.",
                   "team_opinion": "Đề nghị Đội trưởng ra quyết định tạm giữ hàng hóa và chuyển hồ sơ xử lý.",
                   "closed_at": "2026-03-12T11:15:00",
               })
    return final(doc, "05/BB-KT-QLTT0123")


def make_m10(n_rows: int = 120, doc_id: str = "d-m10") -> Document:
    doc = _doc("tt22.m10", "", id=doc_id, subject=individual(), goods=goods(n_rows),
               participants=[drafter(), Participant(Role.SUBJECT_REPRESENTATIVE, "Trần Thị Hồng Nhung"),
                             witness()],
               fields={"attached_to": "05/BB-KT-QLTT0123", "attached_to_id": "d-m06"})
    return final(doc, "06/BK-QLTT0123")


def make_mbb01(version: str = "2021", refused: bool = False, seized_rows: int = 3) -> Document:
    people = [drafter(), witness(), Participant(Role.SUBJECT_REPRESENTATIVE, "Lê Quang Vĩnh",
                                                title="Giám đốc", refused_to_sign=refused,
                                                refusal_reason="Không đồng ý với nội dung biên bản"
                                                if refused else "")]
    if refused:
        people.append(authority())
    doc = _doc("nd118.mbb01", "", id=f"d-mbb01-{version}", subject=organization(), form_version=version,
               goods=goods(seized_rows, seized=True),
               place="Kho hàng Công ty TNHH Thương mại Dịch vụ Phúc Lộc Thịnh, Lô B12, Khu công nghiệp Amata, "
                     "phường Long Bình, thành phố Biên Hòa, tỉnh Đồng Nai",
               participants=people,
               violations=[
                   ViolationRef("v1", "98/2020/NĐ-CP", 11, 1, "đ",
                                "Buôn bán hàng hóa giả mạo nhãn hàng hóa (nước hoa nhãn hiệu Chanel, giày "
                                "nhãn hiệu Nike) có giá trị tương đương hàng thật là 38.500.000 đồng.",
                                fine_amount=30_000_000),
                   ViolationRef("v2", "98/2020/NĐ-CP", 17, 1, "c",
                                "Kinh doanh hàng hóa nhập khẩu không rõ nguồn gốc, xuất xứ (sữa bột, bánh kẹo) "
                                "trị giá 9.200.000 đồng.", fine_amount=5_000_000),
               ],
               fields={
                   "basis": "Biên bản kiểm tra số 05/BB-KT-QLTT0123 lập hồi 11 giờ 15 phút ngày 12/3/2026.",
                   "violation_time": "2026-03-12T09:30:00",
                   "violation_place": "Kho hàng của công ty tại Lô B12, Khu công nghiệp Amata",
                   "subject_opinion": "Công ty nhập lô hàng từ nhà cung cấp tại Thành phố Hồ Chí Minh, sẽ "
                                      "cung cấp hóa đơn trong thời hạn giải trình.",
                   "preventive_measures": "Tạm giữ tang vật vi phạm hành chính theo khoản 2 Điều 125 Luật Xử lý "
                                          "vi phạm hành chính.",
                   "seized_in_minutes": True,
                   "explanation_right": "direct",
                   "explanation_to": "Đội trưởng Đội Quản lý thị trường số 1",
                   "electronic_contact": "vinh.le@phucloc.vn" if version == "2025" else "",
                   "closed_at": "2026-03-12T15:40:00",
                   "copies": 2,
               })
    if version != "2025":
        doc.fields.pop("electronic_contact")
    return final(doc, "03/BB-VPHC-QLTT0123")


def make_mbb01_short() -> Document:
    """A typical short MBB01: an individual, one act, no seizure (the 1–2 page benchmark document)."""
    doc = _doc("nd118.mbb01", "", id="d-mbb01-short", subject=individual(), form_version="2021",
               participants=[drafter(), Participant(Role.SUBJECT_REPRESENTATIVE, "Trần Thị Hồng Nhung")],
               violations=[ViolationRef("v1", "98/2020/NĐ-CP", 17, 1, "a",
                                        "Kinh doanh 12 hộp sữa bột không rõ nguồn gốc, xuất xứ trị giá 780.000 đồng.",
                                        fine_amount=400_000)],
               fields={"violation_time": "2026-03-12T09:30:00",
                       "violation_place": "Cửa hàng Hồng Nhung Cosmetics",
                       "subject_opinion": "Tôi xin nhận lỗi.", "explanation_right": "none",
                       "closed_at": "2026-03-12T10:20:00"})
    return final(doc, "07/BB-VPHC-QLTT0123")


def make_mbb15(refused: bool = True) -> Document:
    people = [drafter(), Participant(Role.SUBJECT_REPRESENTATIVE, "Nguyễn Hoàng Yến Nhi",
                                     refused_to_sign=refused,
                                     refusal_reason="Cho rằng hàng hóa là hàng xách tay hợp pháp"
                                     if refused else ""),
              witness(), witness("Lương Thị Kim Chi")]
    doc = _doc("nd118.mbb15", "", id="d-mbb15", subject=online_seller(), goods=goods(6, seized=True),
               place="Kho hàng tại tổ 7, ấp Hưng Long, xã Hưng Thịnh, huyện Trảng Bom, tỉnh Đồng Nai",
               participants=people,
               fields={
                   "basis": "Khoản 2 Điều 125 Luật Xử lý vi phạm hành chính; Biên bản kiểm tra số "
                            "05/BB-KT-QLTT0123.",
                   "reason": "Để xác minh tình tiết làm căn cứ ra quyết định xử phạt và ngăn chặn ngay vi phạm "
                             "hành chính.",
                   "seal_statement": "Tang vật được niêm phong bằng niêm phong số NP-0001 đến NP-0006 có chữ "
                                     "ký của các bên.",
                   "storage_place": "Kho tang vật Đội Quản lý thị trường số 1",
                   "closed_at": "2026-03-12T16:10:00",
               })
    return final(doc, "04/BB-TG-QLTT0123")


def make_mbb26() -> Document:
    doc = _doc("nd118.mbb26", "", id="d-mbb26", subject=individual(),
               participants=[drafter(), Participant(Role.SUBJECT_REPRESENTATIVE, "Trần Thị Hồng Nhung"),
                             witness(), Participant(Role.KEEPER, "Mai Xuân Trường", title="Thủ kho")],
               seals=[Seal("seal-1", ["NP-0001", "NP-0002"], "02 thùng carton chứa nước hoa, mỹ phẩm",
                           kept_at="Kho tang vật Đội Quản lý thị trường số 1", keeper="Mai Xuân Trường"),
                      Seal("seal-2", ["NP-0003"], "01 thùng carton chứa đồng hồ, túi xách",
                           kept_at="Kho tang vật Đội Quản lý thị trường số 1", keeper="Mai Xuân Trường")],
               fields={
                   "basis": "Biên bản tạm giữ tang vật số 04/BB-TG-QLTT0123 lập ngày 12/3/2026.",
                   "storage_place": "Kho tang vật Đội Quản lý thị trường số 1",
                   "keeper": "Ông Mai Xuân Trường, thủ kho",
                   "method": "Dán niêm phong giấy có chữ ký của các bên và đóng dấu treo của Đội Quản lý thị "
                             "trường số 1 lên mép nắp thùng.",
                   "closed_at": "2026-03-12T16:45:00",
               })
    return final(doc, "02/BB-NP-QLTT0123")


def make_mbb27() -> Document:
    doc = _doc("nd118.mbb27", "", id="d-mbb27", subject=individual(), issued_at="2026-03-18T09:00:00",
               place="Kho tang vật Đội Quản lý thị trường số 1",
               participants=[drafter(), Participant(Role.SUBJECT_REPRESENTATIVE, "Trần Thị Hồng Nhung"),
                             witness()],
               seals=[Seal("seal-1", ["NP-0001", "NP-0002"], "02 thùng carton chứa nước hoa, mỹ phẩm",
                           state_when_opened="intact"),
                      Seal("seal-2", ["NP-0003"], "01 thùng carton chứa đồng hồ, túi xách",
                           state_when_opened="damaged")],
               fields={
                   "basis": "Quyết định trưng cầu giám định số 02/QĐ-TCGĐ ngày 17/3/2026.",
                   "opening_reason": "Lấy mẫu gửi giám định nhãn hiệu.",
                   "contents_check": "Số lượng, chủng loại tang vật khớp với Bảng kê số 06/BK-QLTT0123; niêm "
                                     "phong số NP-0003 bị rách một góc, hàng hóa bên trong còn nguyên.",
                   "closed_at": "2026-03-18T10:20:00",
               })
    return final(doc, "03/BB-MNP-QLTT0123")


def make_mqd02(version: str = "2025") -> Document:
    mbb01 = make_mbb01()
    doc = _doc("nd118.mqd02", "", id="d-mqd02", subject=organization(), form_version=version,
               issued_at="2026-03-16T14:00:00", place="Trụ sở Đội Quản lý thị trường số 1",
               violations=mbb01.violations,
               fields={
                   "signer_title": "Đội trưởng", "signer_name": "Trương Công Danh", "signer_is_deputy": True,
                   "mbb01_number": "03/BB-VPHC-QLTT0123", "mbb01_date": "2026-03-12",
                   "extra_basis": ["Quyết định giao quyền xử phạt vi phạm hành chính số 01/QĐ-GQXP ngày "
                                   "02/01/2026 của Đội trưởng Đội Quản lý thị trường số 1"],
                   "mitigating": "Tổ chức vi phạm đã tự nguyện khai báo, thành thật hối lỗi.",
                   "fine_total": 35_000_000,
                   "additional_penalties": "Tịch thu tang vật vi phạm hành chính theo Biên bản vi phạm hành "
                                           "chính số 03/BB-VPHC-QLTT0123.",
                   "remedies": "Buộc tiêu hủy hàng hóa giả mạo nhãn hàng hóa; chi phí tiêu hủy do tổ chức vi "
                               "phạm chi trả.",
                   "effective_date": "2026-03-16",
                   "payment_account": "7111 của Kho bạc Nhà nước khu vực XVII, tại Ngân hàng TMCP Công Thương "
                                      "Việt Nam chi nhánh Đồng Nai",
                   "payment_days": 10,
                   "recipients": ["Như Điều 3", "Chi cục Quản lý thị trường tỉnh Đồng Nai (để báo cáo)",
                                  "Lưu: Hồ sơ"],
               })
    return final(doc, "15/QĐ-XPHC")


def make_draft_mbb01() -> Document:
    """An unfinished MBB01 draft (no number, prints the BẢN NHÁP watermark)."""
    doc = make_mbb01("2025")
    from inspector_app.domain.model import DocumentStatus

    doc.status = DocumentStatus.DRAFT
    doc.number = ""
    doc.sha256 = ""
    doc.finalized_at = ""
    doc.id = "d-mbb01-draft"
    return doc


MAKERS = {
    "tt22.m01": make_m01,
    "tt22.m06": make_m06,
    "tt22.m10": make_m10,
    "nd118.mbb01": make_mbb01,
    "nd118.mbb15": make_mbb15,
    "nd118.mbb26": make_mbb26,
    "nd118.mbb27": make_mbb27,
    "nd118.mqd02": make_mqd02,
}


