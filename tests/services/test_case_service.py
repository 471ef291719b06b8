"""Profile, cases, goods with barcode scanning, attachments; text enters the database in NFC."""

from __future__ import annotations

import hashlib
import unicodedata
from decimal import Decimal

import pytest

from inspector_app.domain.errors import InspectorError, NotFoundError, ValidationError
from inspector_app.domain.model import AttachmentKind, GoodsRow, Subject, SubjectKind, new_id
from inspector_builders import EAN13, make_case, make_officer, make_unit, org_subject


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _all_text_is_nfc(conn) -> list[tuple[str, str]]:
    """(table.column, value) of every stored text value that is not NFC."""
    bad = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'case_search_%' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        cur = conn.execute(f"SELECT * FROM {table}")
        cols = [c[0] for c in cur.description]
        for row in cur:
            for col, value in zip(cols, row, strict=True):
                if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                    bad.append((f"{table}.{col}", value))
    return bad


def test_unconfigured_installation_says_so(bare_services):
    assert not bare_services.profile.is_configured()
    with pytest.raises(InspectorError) as info:
        bare_services.profile.unit()
    assert info.value.code == "not_configured"
    assert bare_services.profile.actor() == "system"


def test_profile_needs_every_required_field_at_once(bare_services):
    unit = make_unit()
    unit.name = " "
    unit.place_name = ""
    officer = make_officer()
    officer.officer_no = ""
    with pytest.raises(ValidationError) as info:
        bare_services.profile.set_profile(unit, officer)
    assert {p.field for p in info.value.problems} == {"unit.name", "unit.place_name", "officer.officer_no"}
    assert not bare_services.profile.is_configured()


def test_configured_profile_is_used_as_audit_actor(services):
    assert services.profile.is_configured()
    assert services.profile.actor() == "QLTT0215"
    assert services.profile.officer().unit_code == "QLTT-DN-01"


def test_new_case_needs_title_and_place(services):
    with pytest.raises(ValidationError) as info:
        services.cases.new_case(title=" ", place="")
    assert {p.field for p in info.value.problems} == {"title", "place"}


def test_case_with_invalid_subject_identity_is_refused(services):
    subject = org_subject()
    subject.tax_code = "0100109107"
    with pytest.raises(ValidationError) as info:
        services.cases.new_case(title="Kiểm tra", place="Biên Hòa", subject=subject)
    assert [p.field for p in info.value.problems] == ["subject.tax_code"]
    assert services.repo.count_cases() == 0


def test_case_round_trips_with_all_its_children(services):
    case = make_case(services)
    again = services.cases.get(case.id)
    assert again == case


def test_decomposed_text_is_stored_in_nfc_everywhere(services):
    subject = Subject(id=new_id(), kind=SubjectKind.ORGANIZATION, name=nfd("Công ty Hoàng Gia"),
                      address=nfd("Đồng Nai"), tax_code="0100109106", representative=nfd("Đặng Thị Mỹ Linh"))
    case = services.cases.new_case(title=nfd("Kiểm tra thuốc lá"), place=nfd("Biên Hòa"), subject=subject)
    case.findings = nfd("Phát hiện hàng giả")
    case.goods = [GoodsRow(id=new_id(), name=nfd("Thuốc lá"), unit=nfd("bao"), quantity=Decimal(3))]
    services.cases.save(case)
    services.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name=nfd("Rượu ngoại"), unit=nfd("chai"),
                                                    quantity=Decimal(1)))
    assert _all_text_is_nfc(services.repo.db.conn) == []
    again = services.cases.get(case.id)
    assert again.title == "Kiểm tra thuốc lá" and again.subject.name == "Công ty Hoàng Gia"


def test_goods_row_is_validated_and_value_computed(services):
    case = make_case(services)
    with pytest.raises(ValidationError):
        services.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Son", unit="thỏi", quantity=Decimal(0)))
    row = services.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Son", unit="thỏi",
                                                          quantity=Decimal("2.5"), unit_price=100_001))
    assert row.value == 250_002  # 250002.5 rounded half-even
    assert services.cases.get(case.id).goods[-1].id == row.id


def test_scan_of_a_misread_barcode_adds_nothing(services):
    case = make_case(services)
    result = services.cases.scan_barcode(case.id, "4006381333932")
    assert result.row is None and not result.created and "sai chữ số kiểm tra" in result.problem
    assert len(services.cases.get(case.id).goods) == 2


def test_scan_of_a_new_barcode_adds_a_row_and_a_repeat_raises_its_quantity(services):
    case = make_case(services)
    code = "8934588012228"
    first = services.cases.scan_barcode(case.id, code + "\n")
    assert first.created and first.row is not None and first.row.quantity == 1 and first.row.barcode == code
    second = services.cases.scan_barcode(case.id, code)
    assert not second.created and second.row.id == first.row.id and second.row.quantity == 2
    rows = [g for g in services.cases.get(case.id).goods if g.barcode == code]
    assert len(rows) == 1 and rows[0].quantity == Decimal(2)


def test_scan_of_a_barcode_already_in_this_case_raises_that_row_and_its_value(services):
    case = make_case(services)
    services.cases.scan_barcode(case.id, EAN13)
    row = next(g for g in services.cases.get(case.id).goods if g.barcode == EAN13)
    assert row.quantity == Decimal(25) and row.value == 25 * 385000


def test_scan_reuses_the_description_from_an_earlier_case(services):
    make_case(services)
    other = services.cases.new_case(title="Kiểm tra khác", place="Biên Hòa")
    result = services.cases.scan_barcode(other.id, EAN13)
    assert result.created and result.row.name == "Kem chống nắng Anessa" and result.row.unit == "tuýp"
    assert result.row.quantity == Decimal(1)


def test_scan_of_a_watchlisted_barcode_is_flagged(services):
    case = services.cases.new_case(title="Kiểm tra", place="Biên Hòa")
    with services.repo.write():
        services.repo.db.conn.execute(
            "INSERT INTO reference_items (kind, key, data, updated_at) VALUES ('watchlist', ?, ?, '')",
            ("96385074", '{"name":"Sữa bột giả","note":"Hàng giả đã thu giữ tại Bình Dương"}'))
    result = services.cases.scan_barcode(case.id, "96385074")
    assert result.watchlisted and result.watch_note == "Hàng giả đã thu giữ tại Bình Dương"
    assert result.row.suspected_counterfeit and result.row.name == "Sữa bột giả"


def test_attach_file_stores_it_once_by_its_sha256(services, tmp_path):
    case = make_case(services)
    photo = tmp_path / "Ảnh hiện trường.JPG"
    photo.write_bytes(b"\xff\xd8\xff" + b"photo" * 1000)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    att = services.cases.attach_file(case.id, photo, caption=nfd("Kệ hàng"))
    again = services.cases.attach_file(case.id, photo)
    assert att.sha256 == again.sha256 == sha
    assert services.cases.attachment_bytes(sha) == photo.read_bytes()
    # Kept sealed under the data dir, addressed by the plain SHA-256, with no clear byte of the photo.
    stored = services.data_dir / "vault" / sha[:2] / sha
    assert stored.is_file() and b"photophoto" not in stored.read_bytes()
    assert [a.sha256 for a in services.cases.get(case.id).attachments] == [sha]
    assert services.cases.get(case.id).attachments[0].caption == "Kệ hàng"
    assert att.media_type == "image/jpeg" and att.kind == AttachmentKind.PHOTO


def test_attach_missing_file_is_a_clear_error(services, tmp_path):
    case = make_case(services)
    with pytest.raises(InspectorError):
        services.cases.attach_file(case.id, tmp_path / "missing.jpg")


def test_subject_history_finds_earlier_cases_with_the_same_tax_code(services):
    first = make_case(services)
    second = make_case(services)
    assert [h.case_id for h in services.rules.subject_history(second.id)] == [first.id]


def test_configuring_the_same_officer_number_again_updates_that_officer(services):
    first = services.profile.officer()
    again = make_officer("QLTT0215")
    again.full_name = "Nguyễn Thị Thanh Hương (đổi chức danh)"
    services.profile.set_profile(make_unit(), again)
    officers = services.repo.list_officers()
    assert [o.id for o in officers] == [first.id]
    assert services.profile.officer().full_name.endswith("(đổi chức danh)")


def test_goods_for_a_missing_case_is_a_clear_error(services):
    with pytest.raises(NotFoundError):
        services.cases.scan_barcode("no-such-case", EAN13)
    with pytest.raises(NotFoundError):
        services.cases.save_goods_row("no-such-case", GoodsRow(id=new_id(), name="Son", unit="thỏi",
                                                              quantity=Decimal(1)))


def test_store_and_code128_codes_are_rows_with_a_note_and_junk_is_refused(services):
    case = services.cases.new_case(title="Kiểm tra", place="Biên Hòa")
    first = services.cases.scan_barcode(case.id, "SP-00123A")
    assert first.created and "không phải mã GS1" in first.row.note
    again = services.cases.scan_barcode(case.id, "SP-00123A")
    assert again.row.id == first.row.id and again.row.quantity == 2
    assert services.cases.scan_barcode(case.id, "123456").row is not None  # a short store code
    for junk in ("ab", "mã có dấu", "A B C"):
        assert services.cases.scan_barcode(case.id, junk).problem
    assert "sai chữ số kiểm tra" in services.cases.scan_barcode(case.id, "4006381333932").problem


def test_goods_beyond_the_sanity_limits_are_refused(services):
    case = services.cases.new_case(title="Kiểm tra", place="Biên Hòa")
    with pytest.raises(ValidationError) as info:
        services.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Son", unit="thỏi",
                                                        quantity=Decimal(8935049500308)))
    assert "Số lượng không được vượt quá" in info.value.message
    with pytest.raises(ValidationError):
        services.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Son", unit="thỏi", quantity=Decimal(1),
                                                        unit_price=10**13))
    assert services.cases.get(case.id).goods == []


def test_case_save_without_goods_keeps_a_scan_made_after_the_editor_took_its_copy(services):
    case = make_case(services)
    editor_copy = services.cases.get(case.id)
    services.cases.scan_barcode(case.id, EAN13)  # queued before the editor's save
    editor_copy.findings = "Phát hiện hàng nghi giả"
    saved = services.cases.save(editor_copy, goods=False)
    stored = services.cases.get(case.id)
    assert stored.findings == "Phát hiện hàng nghi giả"
    assert next(g for g in stored.goods if g.barcode == EAN13).quantity == Decimal(25)
    assert [g.quantity for g in saved.goods] == [g.quantity for g in stored.goods]


def test_attachment_too_large_for_hq_is_refused_at_attach_time(services, tmp_path):
    from sync.protocol import MAX_ATTACHMENT_BYTES

    case = make_case(services)
    big = tmp_path / "video.mp4"
    with big.open("wb") as fh:
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: no real 64 MB written
    with pytest.raises(InspectorError) as info:
        services.cases.attach_file(case.id, big)
    assert info.value.code == "too_large" and "vượt giới hạn 64 MB" in info.value.message
    assert services.cases.get(case.id).attachments == []
    assert not any(p.stat().st_size > MAX_ATTACHMENT_BYTES for p in services.data_dir.rglob("*") if p.is_file())


def test_attachment_caption_and_removal_until_a_final_document_uses_it(services, tmp_path):
    from inspector_builders import make_draft, make_final

    case = make_case(services)
    photo = tmp_path / "ảnh kho hàng.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"kho" * 500)
    wrong = tmp_path / "nhầm.jpg"
    wrong.write_bytes(b"\xff\xd8\xff" + b"sai" * 500)
    att = services.cases.attach_file(case.id, photo)
    bad = services.cases.attach_file(case.id, wrong)
    draft = make_draft(services, services.cases.get(case.id), "nd118.mbb01")
    assert {a.sha256 for a in draft.attachments} == {att.sha256, bad.sha256}
    services.cases.set_attachment_caption(case.id, att.sha256, nfd("Kệ hàng phía trong"))
    assert services.cases.get(case.id).attachments[0].caption == "Kệ hàng phía trong"
    services.cases.remove_attachment(case.id, bad.sha256)
    assert [a.sha256 for a in services.cases.get(case.id).attachments] == [att.sha256]
    assert [a.sha256 for a in services.documents.get(draft.id).attachments] == [att.sha256]
    final = make_final(services, services.cases.get(case.id), "tt22.m06")
    with pytest.raises(InspectorError) as info:
        services.cases.remove_attachment(case.id, att.sha256)
    assert info.value.code == "immutable" and final.number in info.value.message
    assert [a.sha256 for a in services.cases.get(case.id).attachments] == [att.sha256]
