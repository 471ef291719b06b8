"""Rendered forms read back: required texts, page count, A4, embedded fonts, exact Vietnamese, QR codes."""

from __future__ import annotations

import copy
import re
import unicodedata

import pytest
from form_factories import (
    MAKERS,
    make_draft_mbb01,
    make_m10,
    make_mbb01,
    make_mbb01_short,
    make_mbb15,
    make_mqd02,
)
from pdfcheck import BASE14, all_text, fonts, is_nfc, page_images, page_texts, qr_codes, reader

from inspector_app.domain.canonical import document_hash
from inspector_app.domain.errors import ValidationError
from inspector_app.domain.model import Document, DocumentStatus
from inspector_app.forms import qr_payload, render_document

COMMON = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "CHI CỤC QUẢN LÝ THỊ TRƯỜNG", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1"]

REQUIRED: dict[str, list[str]] = {
    "tt22.m01": ["Số: 01020015/QĐ-KT", "Biên Hòa, ngày 10 tháng 3 năm 2026", "QUYẾT ĐỊNH",
                 "Kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
                 "ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1", "Căn cứ Pháp lệnh Quản lý thị trường",
                 "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2. Thành lập Đoàn kiểm tra gồm:", "Trưởng đoàn",
                 "thẻ kiểm tra thị trường số KT-0456", "03 ngày làm việc", "Nơi nhận:", "Trương Công Danh",
                 "Công ty TNHH Thương mại Dịch vụ Phúc Lộc Thịnh"],
    "tt22.m06": ["Số: 05/BB-KT-QLTT0123", "BIÊN BẢN KIỂM TRA",
                 "Căn cứ Quyết định kiểm tra số 01020015/QĐ-KT ngày 10/03/2026",
                 "I. KẾT QUẢ KIỂM TRA", "Tổng cộng: 4 mục", "TRƯỞNG ĐOÀN KIỂM TRA", "Trần Thị Hồng Nhung",
                 "Số định danh cá nhân/CMND/Hộ chiếu: 075188004321", "Nước hoa Chanel N°5 Eau de Parfum"],
    "tt22.m10": ["Số: 06/BK-QLTT0123", "BẢNG KÊ", "Tang vật, phương tiện, hàng hóa, giấy tờ",
                 "(Kèm theo Biên bản kiểm tra số: 05/BB-KT-QLTT0123)", "Tổng cộng: 120 mục", "120 mục"],
    "nd118.mbb01": ["Số: 03/BB-VPHC-QLTT0123", "BIÊN BẢN VI PHẠM HÀNH CHÍNH",
                    "Hôm nay, hồi 09 giờ 30 phút, ngày 12/03/2026", "Chúng tôi gồm:",
                    "Người có thẩm quyền lập biên bản", "Tên của tổ chức: Công ty TNHH Thương mại Dịch vụ",
                    "Mã số doanh nghiệp: 3602518475",
                    "điểm đ khoản 1 Điều 11 Nghị định số 98/2020/NĐ-CP",
                    "Ngoài những tang vật, phương tiện vi phạm hành chính",
                    "Trong thời hạn 02 ngày làm việc", "Trong thời hạn 05 ngày làm việc",
                    "NGƯỜI LẬP BIÊN BẢN", "NGƯỜI NHẬN BIÊN BẢN", "Biên bản đã giao trực tiếp"],
    "nd118.mbb15": ["Số: 04/BB-TG-QLTT0123", "BIÊN BẢN",
                    "Tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
                    "Sàn/nền tảng: Shopee", "https://shopee.vn/yennhi.authentic.store",
                    "chúng tôi không tạm giữ thêm thứ gì khác", "Kho tang vật Đội Quản lý thị trường số 1",
                    "NGƯỜI NHẬN BIÊN BẢN"],
    "nd118.mbb26": ["Số: 02/BB-NP-QLTT0123", "Niêm phong tang vật, phương tiện vi phạm hành chính",
                    "NP-0001, NP-0002", "Người chịu trách nhiệm bảo quản: Ông Mai Xuân Trường",
                    "NGƯỜI CHỊU TRÁCH NHIỆM BẢO QUẢN"],
    "nd118.mbb27": ["Số: 03/BB-MNP-QLTT0123", "Mở niêm phong tang vật", "Còn nguyên vẹn",
                    "Bị rách, hư hỏng", "Lý do mở niêm phong: Lấy mẫu gửi giám định nhãn hiệu."],
    "nd118.mqd02": ["Số: 15/QĐ-XPHC", "Biên Hòa, ngày 16 tháng 3 năm 2026", "Xử phạt vi phạm hành chính",
                    "Căn cứ Biên bản vi phạm hành chính số: 03/BB-VPHC-QLTT0123 lập ngày 12/03/2026",
                    "Nghị định số 189/2025/NĐ-CP", "Tổng mức phạt tiền là: 35.000.000 đồng",
                    "(Bằng chữ: Ba mươi lăm triệu đồng)", "KT. ĐỘI TRƯỞNG", "PHÓ ĐỘI TRƯỞNG",
                    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 16 tháng 3 năm 2026",
                    "NGƯỜI NHẬN QUYẾT ĐỊNH"],
}


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[Document, bytes, int, int]]:
    out = {}
    for kind, make in MAKERS.items():
        doc = make()
        result = render_document(doc)
        out[kind] = (doc, result.pdf, result.page_count, result.sheets)
    return out


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_every_form_prints_its_required_texts(rendered: dict, kind: str) -> None:
    _, pdf, _, _ = rendered[kind]
    text = all_text(pdf)
    for needle in COMMON + REQUIRED[kind]:
        assert needle in text, f"{kind}: missing {needle!r}"


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_pages_are_a4_portrait_and_counted(rendered: dict, kind: str) -> None:
    _, pdf, pages, sheets = rendered[kind]
    r = reader(pdf)
    assert len(r.pages) == pages
    for page in r.pages:
        box = page.mediabox
        assert abs(float(box.width) - 595.2756) < 0.5 and abs(float(box.height) - 841.8898) < 0.5
    assert 1 <= sheets <= pages


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_only_embedded_liberation_fonts(rendered: dict, kind: str) -> None:
    _, pdf, _, _ = rendered[kind]
    found = fonts(pdf)
    assert found, "no fonts found"
    for name, embedded in found.items():
        assert name not in BASE14, f"base-14 font {name} used"
        assert embedded, f"font {name} is not embedded"
        # Subset fonts carry a six-letter tag: "AAAAAA+LiberationSerif".
        assert "LiberationSerif" in name


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_vietnamese_text_comes_back_exactly_in_nfc(rendered: dict, kind: str) -> None:
    doc, pdf, _, _ = rendered[kind]
    text = all_text(pdf)
    assert is_nfc(text)
    assert doc.subject is not None and doc.subject.name in text


def test_decomposed_input_prints_as_nfc() -> None:
    doc = make_mbb01_short()
    assert doc.subject is not None
    nfd = unicodedata.normalize("NFD", "Trần Thị Hồng Nhung")
    doc.subject.name = nfd
    doc.fields["subject_opinion"] = unicodedata.normalize("NFD", "Tôi xin nhận lỗi, hứa không tái phạm.")
    text = all_text(render_document(doc).pdf)
    assert "Trần Thị Hồng Nhung" in text
    assert "Tôi xin nhận lỗi, hứa không tái phạm." in text
    assert nfd not in text


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_qr_on_every_page_decodes_to_the_document(rendered: dict, kind: str) -> None:
    doc, pdf, pages, _ = rendered[kind]
    expected = f"QLTT:{doc.id.upper()}:{document_hash(doc)[:16].upper()}"
    assert qr_payload(doc) == expected
    codes = qr_codes(pdf)
    assert len(codes) == pages
    for i, found in enumerate(codes, start=1):
        assert found == [expected], f"page {i}"
    # The same content is repeated as text in the footer of every page.
    for text in page_texts(pdf):
        assert expected in text


def test_gom_to_is_the_number_of_sheets_after_layout(rendered: dict) -> None:
    for kind in ("nd118.mbb01", "nd118.mbb15", "tt22.m06", "nd118.mbb26", "nd118.mbb27"):
        _, pdf, pages, sheets = rendered[kind]
        text = all_text(pdf)
        assert f"gồm {sheets:02d} tờ" in text, kind
        assert sheets == pages - (1 if kind in ("nd118.mbb01", "nd118.mbb15") else 0), kind
    _, pdf, pages, sheets = rendered["tt22.m10"]
    assert f"Bảng kê này gồm {pages:02d} tờ, 120 mục" in all_text(pdf)


def test_short_mbb01_fits_two_sheets_with_receipt_on_the_back() -> None:
    result = render_document(make_mbb01_short())
    assert result.sheets <= 2
    texts = page_texts(result.pdf)
    assert "Biên bản đã giao trực tiếp" in texts[-1]
    assert "BIÊN BẢN VI PHẠM HÀNH CHÍNH" not in texts[-1]


def test_page_numbers_start_on_page_two(rendered: dict) -> None:
    _, pdf, pages, sheets = rendered["tt22.m10"]
    texts = page_texts(pdf)
    assert not texts[0].startswith("1 ")
    for n in range(2, sheets + 1):
        # The page number is the first text drawn on each page (top margin, centred).
        assert f" {n} " in f" {texts[n - 1]} "


def test_signature_strip_on_every_page_but_the_one_with_the_signatures(rendered: dict) -> None:
    _, pdf, _, sheets = rendered["tt22.m10"]
    texts = page_texts(pdf)
    for i in range(sheets - 1):
        assert "Chữ ký của các bên trên trang này" in texts[i], f"page {i + 1}"
    assert "Chữ ký của các bên trên trang này" not in texts[sheets - 1]
    # The bảng kê of a biên bản kiểm tra is signed by the parties of that biên bản (TT 27 Điều 18 k4b, M4).
    assert "TRƯỞNG ĐOÀN KIỂM TRA" in texts[sheets - 1] and "Nguyễn Văn Thắng" in texts[sheets - 1]


def test_goods_table_header_repeats_on_every_page(rendered: dict) -> None:
    _, pdf, _, sheets = rendered["tt22.m10"]
    texts = page_texts(pdf)[:sheets]
    # Every page carries goods under the repeated header, the last one too: the closing clause and the
    # signatures never stand alone after the totals row.
    for i, text in enumerate(texts, start=1):
        assert "Tên tang vật, phương tiện, hàng hóa, giấy tờ" in text, f"page {i}"
        assert re.search(r"\(lô \d+\)", text), f"page {i}"
    assert "Bảng kê này gồm" in texts[-1]


def test_long_goods_list_goes_to_the_bang_ke_of_this_minutes() -> None:
    # Review B3: never a reference to an annex that does not exist. The minutes carry their own bảng kê
    # after their signatures, signed on every page by the same parties, with its own sheet count.
    doc = make_mbb01()
    from form_factories import goods

    doc.goods = goods(40, seized=True)
    result = render_document(doc)
    texts = page_texts(result.pdf)[:result.sheets]
    text = " ".join(texts)
    m = re.search(r"chi tiết tại Bảng kê tang vật, phương tiện, hàng hóa, giấy tờ kèm theo biên bản này, "
                  r"gồm (\d+) tờ", text)
    assert m and "Có 40 mục" in text
    own = int(re.search(r"gồm (\d+) tờ, được lập thành", text).group(1))  # type: ignore[union-attr]
    annex = int(m.group(1))
    assert own + annex == result.sheets and annex >= 2
    first_annex = texts[own]
    assert "BẢNG KÊ" in first_annex and "(Kèm theo Biên bản vi phạm hành chính số 03/BB-VPHC-QLTT0123 lập " \
        "ngày 12/03/2026)" in first_annex
    assert "Pin sạc dự phòng Anker PowerCore" in " ".join(texts[own:])  # item 12, in the annex only
    assert f"Bảng kê này gồm {annex:02d} tờ, 40 mục" in texts[-1]
    # The same parties sign every page of the annex: strips on all but its last page, the grid there.
    for page in texts[own:-1]:
        assert "Chữ ký của các bên trên trang này" in page and "NGƯỜI LẬP BIÊN BẢN" in page
    assert "Chữ ký của các bên trên trang này" not in texts[-1]
    assert "Nguyễn Văn Thắng" in texts[-1] and "Lê Quang Vĩnh" in texts[-1]


def test_refusal_clause_only_when_someone_refused() -> None:
    plain = all_text(render_document(make_mbb01("2025")).pdf)
    assert "không ký biên bản" not in plain
    refused = all_text(render_document(make_mbb01("2025", refused=True)).pdf)
    assert ("Lý do ông (bà) Lê Quang Vĩnh là người đại diện của tổ chức vi phạm không ký biên bản: "
            "Không đồng ý với nội dung biên bản./.") in refused
    assert "ĐẠI DIỆN CHÍNH QUYỀN" in refused and "Võ Thành Lợi" in refused


def test_seizure_refused_has_two_witnesses_signing() -> None:
    text = all_text(render_document(make_mbb15(refused=True)).pdf)
    assert "không ký biên bản: Cho rằng hàng hóa là hàng xách tay hợp pháp" in text
    assert text.count("NGƯỜI CHỨNG KIẾN") >= 2
    assert "Đỗ Minh Khôi" in text and "Lương Thị Kim Chi" in text


def test_end_mark_after_the_last_word(rendered: dict) -> None:
    for kind, (_, pdf, _, _) in rendered.items():
        assert "./." in all_text(pdf), kind
    assert "01 bản lưu hồ sơ./." in all_text(rendered["nd118.mbb26"][1])
    assert "để tổ chức thực hiện./." in all_text(rendered["nd118.mqd02"][1])


def test_unused_fields_are_struck_not_dotted(rendered: dict) -> None:
    for kind, (_, pdf, _, sheets) in rendered.items():
        # The back-page receipt is filled in by hand at delivery; the body never has dotted blanks.
        for i, text in enumerate(page_texts(pdf)[:sheets], start=1):
            assert "…" not in text and "...." not in text, f"{kind} page {i}"


def test_penalty_decision_does_not_repeat_tai_khoan_so_typed_in_the_account() -> None:
    doc = copy.deepcopy(make_mqd02())
    doc.status, doc.number, doc.sha256, doc.finalized_at = DocumentStatus.DRAFT, "", "", ""
    doc.fields["payment_account"] = "Tài khoản số 7111 của Kho bạc Nhà nước khu vực XVII"
    text = " ".join(all_text(render_document(doc).pdf).split())
    assert "nộp vào tài khoản số 7111 của Kho bạc Nhà nước khu vực XVII" in text
    assert "Tài khoản số Tài khoản" not in text and "tài khoản số Tài khoản" not in text


def test_mbb01_version_switch() -> None:
    old = all_text(render_document(make_mbb01("2021")).pdf)
    new = all_text(render_document(make_mbb01("2025")).pdf)
    assert "Quyền và thời hạn giải trình" not in old
    assert "Quyền và thời hạn giải trình" in new
    assert "b) Được quyền giải trình (do thuộc trường hợp quy định tại khoản 1 Điều 61" in new
    assert "ứng dụng định danh quốc gia" in new and "vinh.le@phucloc.vn" in new
    assert "ứng dụng định danh quốc gia" not in old


def test_draft_prints_watermark_and_no_number() -> None:
    draft = make_draft_mbb01()
    result = render_document(draft)
    texts = page_texts(result.pdf)
    # The mark is a picture on every page, not text interleaved with the body (review m12).
    assert page_images(result.pdf) == [1] * len(texts)
    assert not any("BẢN NHÁP" in t or "NHÁP" in t for t in texts)
    assert "Số: ……/BB-VPHC" in texts[0]
    assert "QLTT0123" not in texts[0].split("Số:")[1][:20]
    assert qr_codes(result.pdf)[0] == [f"QLTT:{draft.id.upper()}:DRAFT"]


def test_final_prints_clean(rendered: dict) -> None:
    for kind, (_, pdf, _, _) in rendered.items():
        assert "BẢN NHÁP" not in all_text(pdf), kind
        assert not any(page_images(pdf)), kind


def test_output_is_deterministic() -> None:
    doc = make_mbb01("2025", refused=True)
    assert render_document(doc).pdf == render_document(copy.deepcopy(doc)).pdf


def test_fixed_texts_are_data() -> None:
    doc = make_mbb01()
    changed = render_document(doc, texts={"decrees": {"98/2020/NĐ-CP": "Nghị định số 98/2020/NĐ-CP (văn bản hợp nhất 2027)"}})
    assert "Nghị định số 98/2020/NĐ-CP (văn bản hợp nhất 2027)" in all_text(changed.pdf)


def test_unknown_kind_and_version_are_refused() -> None:
    doc = make_mbb01_short()
    doc.kind = "nd118.mbb99"
    with pytest.raises(ValidationError) as err:
        render_document(doc)
    assert [p.field for p in err.value.problems] == ["kind"]
    doc = make_mbb01_short()
    doc.form_version = "2030"
    with pytest.raises(ValidationError) as err:
        render_document(doc)
    assert [p.field for p in err.value.problems] == ["form_version"]


def test_thousand_row_bang_ke_renders_with_sheet_count(m10_1000: Document) -> None:
    result = render_document(m10_1000)
    assert result.page_count == result.sheets >= 40
    texts = page_texts(result.pdf)
    tail = " ".join(texts[-2:])
    assert "Tổng cộng: 1.000 mục" in tail
    assert f"Bảng kê này gồm {result.sheets:02d} tờ, 1.000 mục" in texts[-1]
    # Every row made it, in order, with the header repeated on every page.
    assert " 1000 Kem dưỡng da Ohui The First Cream (lô 84)" in tail
    assert all("Tên tang vật, phương tiện, hàng hóa, giấy tờ" in t for t in texts[:-1])


def test_sheet_count_is_recomputed_when_the_guess_cannot_hold() -> None:
    # ≥ 100 sheets: a three-digit count is wider than the "00" the text was laid out with.
    doc = make_m10(2200, doc_id="d-m10-2200")  # ≈ 21 rows a page
    result = render_document(doc)
    assert result.sheets >= 100
    assert f"Bảng kê này gồm {result.sheets} tờ" in page_texts(result.pdf)[-1]
