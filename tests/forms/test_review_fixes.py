"""One test per fixed finding of the forms review (forms-review.md B1–B5, M1–M14, m1–m17) that a rendered
PDF or the form-level checks can show. Page-boundary sweeps and the demo documents are in their own files."""

from __future__ import annotations

import copy
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from form_factories import (
    goods,
    lead,
    make_m01,
    make_m06,
    make_m10,
    make_mbb01,
    make_mbb15,
    make_mqd02,
    member,
)
from pdfcheck import all_text, page_texts, reader

from inspector_app.domain.model import Document, DocumentStatus, Participant, Role
from inspector_app.domain.numbering import signer_officer_no
from inspector_app.forms import render_document
from inspector_app.forms.checks import content_problems, vague_references
from inspector_app.forms.styles import styles


def _draft(doc: Document) -> Document:
    d = copy.deepcopy(doc)
    d.status, d.number, d.sha256, d.finalized_at = DocumentStatus.DRAFT, "", "", ""
    return d


def _text(doc: Document) -> str:
    return " ".join(all_text(render_document(doc).pdf).split())


def _fields(problems: list) -> list[str]:
    return [p.field for p in problems]


# -- B1, M9, m9: the right to explain --------------------------------------------------------------------


def test_written_right_still_prints_the_direct_explanation_sentence() -> None:
    doc = make_mbb01("2025")
    doc.fields["explanation_right"] = "written"
    text = _text(doc)
    assert "Trong thời hạn 02 ngày làm việc" in text and "yêu cầu được giải trình trực tiếp" in text
    assert "Trong thời hạn 05 ngày làm việc" in text
    assert text.count("để thực hiện quyền giải trình") == 2  # m9


def test_explanation_boxes_are_per_act() -> None:
    doc = make_mbb01("2025")
    doc.fields["explanation_acts"] = ["có", "không"]
    text = _text(doc)
    a = text.index("a) Không được quyền giải trình")
    b = text.index("b) Được quyền giải trình")
    act2 = text.index("đối với hành vi vi phạm quy định tại điểm c khoản 1 Điều 17")
    act1 = text.index("đối với hành vi vi phạm quy định tại điểm đ khoản 1 Điều 11")
    assert a < act2 < b < act1
    assert "Trong thời hạn 02 ngày làm việc" in text


def test_no_right_for_any_act_prints_no_deadline() -> None:
    doc = make_mbb01("2025")
    doc.fields["explanation_acts"] = ["không", "không"]
    text = _text(doc)
    assert "02 ngày làm việc" not in text and "05 ngày làm việc" not in text
    assert text.count("đối với hành vi vi phạm quy định tại điểm") == 2


def test_finalising_an_mbb01_needs_the_right_decided_for_every_act() -> None:
    doc = _draft(make_mbb01("2025"))
    doc.fields.pop("explanation_right")
    assert "fields.explanation_acts" in _fields(content_problems(doc))
    doc.fields["explanation_acts"] = ["có"]
    assert "fields.explanation_acts" in _fields(content_problems(doc))
    doc.fields["explanation_acts"] = ["có", "không"]
    assert "fields.explanation_acts" not in _fields(content_problems(doc))


# -- B2: the inspection period ---------------------------------------------------------------------------


def test_inspection_period_is_at_most_three_days_without_a_written_extension() -> None:
    doc = _draft(make_m01())
    doc.form_version = "2025"
    doc.fields["duration_days"] = 3
    assert content_problems(doc) == []
    doc.fields["duration_days"] = 5
    assert _fields(content_problems(doc)) == ["fields.duration_days"]
    doc.fields["extension_ref"] = "Quyết định số 01020016/QĐ-KT ngày 11/3/2026"
    assert content_problems(doc) == []
    assert "05 ngày làm việc, kể từ ngày công bố Quyết định kiểm tra (kéo dài theo Quyết định số " \
           "01020016/QĐ-KT ngày 11/3/2026)." in _text(doc)
    doc.fields["duration_days"] = 6
    assert _fields(content_problems(doc)) == ["fields.duration_days"]


# -- B3, M11: the goods of a long minutes, and citing an existing bảng kê --------------------------------


def test_minutes_citing_an_existing_bang_ke_give_number_date_sheets_and_parent() -> None:
    doc = make_mbb15()
    doc.goods = goods(30, seized=True)
    doc.fields.update({"annex_number": "01/BK-QLTT0215", "annex_date": "2026-03-12", "annex_sheets": "10",
                       "annex_parent": "Biên bản kiểm tra số 02/BB-KT-QLTT0215 lập ngày 12/03/2026"})
    result = render_document(doc)
    text = " ".join(all_text(result.pdf).split())
    assert ("(Có 30 mục, chi tiết tại Bảng kê số 01/BK-QLTT0215 ngày 12/03/2026 (gồm 10 tờ) kèm theo Biên bản "
            "kiểm tra số 02/BB-KT-QLTT0215 lập ngày 12/03/2026.)") in text
    assert "BẢNG KÊ" not in text  # no annex printed: the cited one exists
    draft = _draft(doc)
    draft.fields.pop("annex_sheets")
    assert "fields.annex_sheets" in _fields(content_problems(draft))


@pytest.mark.parametrize("text", [
    "Tạm giữ tang vật theo bảng kê.",
    "Căn cứ Biên bản kiểm tra số 02/BB-KT-QLTT0215",
    "Tịch thu toàn bộ tang vật theo Biên bản tạm giữ số 01/BB-TG-QLTT0215",
])
def test_references_without_number_and_date_are_found(text: str) -> None:
    assert vague_references(text) == [text.rstrip(".")]


@pytest.mark.parametrize("text", [
    "Biên bản kiểm tra số 02/BB-KT-QLTT0215 lập ngày 25/11/2026",
    "Tạm giữ toàn bộ hàng hóa theo bảng kê kèm theo biên bản này; niêm phong tại chỗ.",
    "Tịch thu theo Quyết định số 01020015/QĐ-XPHC ngày 20 tháng 3 năm 2026",
    "Để xác minh tình tiết làm căn cứ ra quyết định xử phạt.",
    "Tạm giữ 2.000 bao thuốc lá.",
])
def test_exact_references_and_plain_text_pass(text: str) -> None:
    assert vague_references(text) == []


def test_bang_ke_note_gives_the_date_of_its_minutes() -> None:
    doc = make_m10(5)
    doc.fields["attached_to_date"] = "2026-03-12"
    assert "(Kèm theo Biên bản kiểm tra số: 05/BB-KT-QLTT0123 lập ngày 12/03/2026)" in _text(doc)


# -- M1, m2, m3, m4: căn cứ and header of the decisions --------------------------------------------------


def test_decisions_cite_the_2025_amendments_and_end_the_list_with_a_full_stop() -> None:
    qd = make_mqd02("2025")
    text = _text(qd)
    assert "(được sửa đổi, bổ sung bởi Luật số 67/2020/QH14 và Luật số 88/2025/QH15);" in text
    assert "Căn cứ Nghị định số 189/2025/NĐ-CP" in text
    basis = text[:text.index("QUYẾT ĐỊNH:")]
    assert basis.rstrip().endswith(".") and not basis.rstrip().endswith(";")  # m2
    m01 = copy.deepcopy(make_m01())
    m01.form_version = "2025"
    text = _text(m01)
    assert "(được sửa đổi, bổ sung bởi Nghị định số 241/2025/NĐ-CP);" in text
    assert "Thông tư số 20/2021/TT-BCT và Thông tư số 45/2025/TT-BCT)" in text


def test_a_2021_form_issued_after_the_2025_amendments_is_refused() -> None:
    doc = _draft(make_mqd02("2021"))
    assert "form_version" in _fields(content_problems(doc))
    doc.issued_at = "2025-07-01T08:00:00"
    assert "form_version" not in _fields(content_problems(doc))


def test_new_drafts_use_the_2025_forms_three_days_and_the_recipients_of_article_3() -> None:
    from form_factories import NOW

    from inspector_app.domain.prefill import draft_from_case
    from inspector_builders import case_record, make_officer, make_unit
    case = case_record(now=NOW)
    case.ended_at = "2026-03-20T11:40:00"
    m01 = draft_from_case(case, "tt22.m01", make_unit(), make_officer(), NOW)
    assert m01.form_version == "2025" and m01.fields["duration_days"] == 3
    assert "Như Điều 3" in _text(m01)  # m4
    m06 = draft_from_case(case, "tt22.m06", make_unit(), make_officer(), NOW)
    assert m06.fields["closed_at"] == "2026-03-20T11:40:00"  # M14: the end of the inspection, not "now"
    mbb01 = draft_from_case(case, "nd118.mbb01", make_unit(), make_officer(), NOW)
    # B1: whatever the one-for-all choice, both deadline sentences print when an act gives the right.
    assert mbb01.fields.get("explanation_right") in (None, "written")


def test_without_an_end_time_the_closing_moment_stays_blank_and_finalising_asks_for_it() -> None:
    # M14: a case with no end time gives no "lập xong hồi" moment: the draft prints the form's blank line to
    # be written by hand, and finalisation names the missing field (never the moment the draft was made).
    from form_factories import NOW

    from inspector_app.domain.prefill import draft_from_case
    from inspector_app.domain.validation import validate_document
    from inspector_builders import case_record, make_officer, make_unit
    case = case_record(now=NOW)
    assert not case.ended_at
    for kind in ("tt22.m06", "nd118.mbb01", "nd118.mbb15"):
        doc = draft_from_case(case, kind, make_unit(), make_officer(), NOW)
        assert "closed_at" not in doc.fields, kind
        assert "hồi ........ giờ ........ phút, ngày ......../......../............." in _text(doc), kind
        problems = [p for p in validate_document(doc, NOW) if p.field == "fields.closed_at"]
        assert [p.message for p in problems] == ["Chưa nhập: Thời điểm lập xong biên bản"], kind
        doc.fields["closed_at"] = "2026-03-20T11:40:00"
        assert "hồi 11 giờ 40 phút, ngày 20/03/2026" in _text(doc), kind


# -- M4, M5, M7: the bảng kê -----------------------------------------------------------------------------


def test_bang_ke_of_a_bb_kt_is_signed_on_every_page_by_the_whole_doan() -> None:
    doc = make_m10(60)
    doc.participants = [lead(), member(), member("Huỳnh Tấn Phát", "QLTT0201"),
                        Participant(Role.SUBJECT_REPRESENTATIVE, "Trần Thị Hồng Nhung")]
    result = render_document(doc)
    texts = page_texts(result.pdf)
    for page in texts[:-1]:
        assert page.count("THÀNH VIÊN ĐOÀN") == 2 and "TRƯỞNG ĐOÀN" in page and "ĐỐI TƯỢNG KIỂM TRA" in page
    assert texts[-1].count("THÀNH VIÊN ĐOÀN KIỂM TRA") == 2 and "Huỳnh Tấn Phát" in texts[-1]
    assert signer_officer_no(doc) == lead().officer_no  # M5: its number carries the Trưởng đoàn's số hiệu


def test_bang_ke_prints_unit_price_value_total_and_one_valuation_basis() -> None:
    doc = make_m10(3)
    for g in doc.goods:
        g.valuation_basis = "Giá niêm yết của hàng thật cùng loại"
    text = _text(doc)
    assert "Đơn giá (đồng)" in text and "Trị giá (đồng)" in text
    g = doc.goods[0]
    assert f"{g.unit_price:,}".replace(",", ".") in text and f"{g.value:,}".replace(",", ".") in text
    total = sum(x.value or 0 for x in doc.goods)
    assert f"Tổng cộng: 3 mục {total:,}".replace(",", ".") in text
    assert "Căn cứ xác định giá trị tang vật: Giá niêm yết của hàng thật cùng loại" in text
    doc.goods[1].valuation_basis = "Giá ghi trên hóa đơn"
    assert "Căn cứ xác định giá trị" in _text(doc) and "Giá ghi trên hóa đơn" in _text(doc)


# -- M8, m7, m8, m10: the 2025 MBB01 --------------------------------------------------------------------


def test_mbb01_2025_details() -> None:
    doc = make_mbb01("2025")
    doc.fields.update({"authorized_rep": "Phan Thị Yến (Giấy ủy quyền số 12/GUQ ngày 01/3/2026)",
                       "authorized_rep_gender": "Nữ", "reason_not_at_scene": "Kho hàng không đủ ánh sáng.",
                       "guardian": "Lê Văn Bình"})
    text = _text(doc)
    assert "Người đại diện theo ủy quyền: Phan Thị Yến (Giấy ủy quyền số 12/GUQ ngày 01/3/2026)" in text  # M8
    assert f"Lý do lập biên bản tại {doc.place}: Kho hàng không đủ ánh sáng." in text  # m8
    assert "cha mẹ/người giám hộ của người chưa thành niên vi phạm 01 bản" in text  # m10
    closing = text.index("bản lưu hồ sơ")
    electronic = text.index("Số điện thoại/địa chỉ thư điện tử/ứng dụng định danh quốc gia hoặc tài khoản định "
                            "danh điện tử (có xác thực mức độ 2 trở lên) hoặc gửi qua ứng dụng được quy định")
    assert closing < electronic  # m7: after the closing clause, official wording


# -- M10: MBB15 opening ---------------------------------------------------------------------------------


def test_mbb15_opens_with_the_time_and_says_can_cu_once() -> None:
    doc = make_mbb15()
    doc.fields["basis"] = "Căn cứ khoản 2 Điều 125 Luật Xử lý vi phạm hành chính"
    text = _text(doc)
    assert text.index("Hôm nay, hồi") < text.index("Căn cứ khoản 2 Điều 125")
    assert "Căn cứ Căn cứ" not in text and "Căn cứ: Căn cứ" not in text


# -- M12: remedies and confiscation ----------------------------------------------------------------------


def test_remedies_carry_their_deadline_and_confiscation_its_list() -> None:
    doc = _draft(make_mqd02())
    doc.fields["remedies"] = "Buộc tiêu hủy hàng hóa giả mạo nhãn"
    doc.fields.pop("remedies_days", None)
    assert "fields.remedies_days" in _fields(content_problems(doc))
    doc.fields["remedies_days"] = 15
    assert "fields.remedies_days" not in _fields(content_problems(doc))
    assert ("Buộc tiêu hủy hàng hóa giả mạo nhãn. Thời hạn thực hiện biện pháp khắc phục hậu quả là 15 ngày, "
            "kể từ ngày nhận được Quyết định này.") in _text(doc)
    doc.fields["additional_penalties"] = "Tịch thu toàn bộ tang vật"
    doc.goods = []
    assert "fields.additional_penalties" in _fields(content_problems(doc))
    doc.goods = goods(2, seized=True)
    assert "fields.additional_penalties" not in _fields(content_problems(doc))
    text = _text(doc)
    assert "Tang vật, phương tiện vi phạm hành chính bị tịch thu, gồm:" in text and doc.goods[1].name in text


# -- m1, m5, m17: type sizes, captions, metadata ---------------------------------------------------------


def _sizes_of(pdf: bytes, needle: str) -> set[float]:
    sizes: set[float] = set()

    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:
        if needle in text:
            sizes.add(round(size * abs(tm[3]) * abs(cm[3]) if tm[3] else size, 1))

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_signer_title_is_13_pt() -> None:
    assert styles().signer_title.fontSize == 13 and styles().sig_role.fontSize == 13
    assert _sizes_of(render_document(make_mqd02()).pdf, "PHÓ ĐỘI TRƯỞNG") == {13.0}


def test_signature_captions_never_break_inside_vi_pham() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "d.pdf")
        path.write_bytes(render_document(make_mbb01("2025")).pdf)
        layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                check=True).stdout
    assert "NGƯỜI ĐẠI DIỆN CỦA" in layout
    assert not re.search(r"\bVI\s*$", layout, re.MULTILINE)


def test_pdf_title_names_the_minutes() -> None:
    meta = reader(render_document(make_mbb15()).pdf).metadata
    assert meta is not None and "Tạm giữ tang vật" in str(meta.get("/Title"))


# -- m13: the BB-KT does not repeat a cited act ------------------------------------------------------------


def test_bb_kt_does_not_repeat_the_citation_as_free_text() -> None:
    doc = make_m06()
    from inspector_app.domain.model import ViolationRef

    doc.violations = [ViolationRef("v1", "98/2020/NĐ-CP", 11, 1, "a", "Buôn bán hàng giả mạo nhãn hàng hóa.")]
    doc.fields["violations_found"] = ("Buôn bán hàng giả mạo nhãn hàng hóa quy định tại Điều 11 Nghị định số "
                                      "98/2020/NĐ-CP.\nCửa hàng không niêm yết giá.")
    text = _text(doc)
    assert "quy định tại Điều 11 Nghị định số 98/2020/NĐ-CP" not in text
    assert "Cửa hàng không niêm yết giá." in text


# -- m14: the QR and the check line stay clear of the edge ---------------------------------------------------


def test_qr_and_check_line_are_at_least_5_mm_from_the_edge_with_a_quiet_zone() -> None:
    import zxingcpp
    from PIL import Image

    pdf = render_document(make_mbb01("2025")).pdf
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "d.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", str(Path(tmp, "d.pdf")),
                        str(Path(tmp, "p"))], check=True)
        png = next(Path(tmp).glob("p*.png"))
        with Image.open(png) as img:
            gray = img.convert("L")
            found = zxingcpp.read_barcodes(gray)
            assert len(found) == 1
            pos = found[0].position
            ys = [pos.top_left.y, pos.top_right.y, pos.bottom_left.y, pos.bottom_right.y]
            xs = [pos.top_left.x, pos.top_right.x, pos.bottom_left.x, pos.bottom_right.x]
            px_per_mm = 100 / 25.4
            assert (gray.height - max(ys)) / px_per_mm >= 5.0
            # Quiet zone: a white band of at least 1 mm around the code.
            margin = round(px_per_mm)
            box = (min(xs) - margin - 2, min(ys) - margin - 2, max(xs) + margin + 2, max(ys) + margin + 2)
            band = [gray.getpixel((x, y)) for x in range(box[0], box[2]) for y in (box[1], box[3])]
            band += [gray.getpixel((x, y)) for y in range(box[1], box[3]) for x in (box[0], box[2])]
            assert min(band) > 200
            # The check line: nothing inked within 5 mm of the bottom edge.
            bottom = gray.crop((0, gray.height - int(5 * px_per_mm), gray.width, gray.height))
            assert bottom.getextrema()[0] > 200
