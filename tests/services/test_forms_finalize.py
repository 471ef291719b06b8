"""The finalize path of the forms review: numbers (8 digits, left blank for the register, the signer's số
hiệu), the MBB01 right to explain decided per act from the catalog, references filled with number and
date, and minutes that cite an existing bảng kê exactly (review B1, B3, M5, M6, M11)."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from inspector_app.domain.errors import ValidationError
from inspector_app.domain.model import Case, GoodsRow, SubjectKind
from inspector_app.forms import render_document
from inspector_app.services.container import Services
from inspector_builders import make_case, make_draft, make_final


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_number_can_be_left_blank_to_be_written_from_the_register(services: Services) -> None:
    case = make_case(services)
    first = services.documents.finalize(make_draft(services, case, "nd118.mqd02").id, by_hand=True)
    third = services.documents.finalize(make_draft(services, case, "nd118.mqd02").id, by_hand=True)
    # (A decision drafted after an MBB01 numbered by hand needs that number typed in: it cites it.)
    second = services.documents.finalize(make_draft(services, case, "nd118.mbb01").id, by_hand=True)
    assert first.number == second.number == third.number == ""
    assert first.sha256 and first.status.value == "final"
    assert "Số: ……/QĐ-XPHC" in _text(render_document(first).pdf)
    # No officer sequence was consumed: the next numbered minutes is the first of the year.
    assert make_final(services, case, "nd118.mbb15").number.startswith("01/BB-TG-")
    with pytest.raises(ValidationError):
        services.documents.finalize(make_draft(services, case, "nd118.mqd02").id, "01020015", by_hand=True)


def test_unit_decisions_take_eight_digits(services: Services) -> None:
    case = make_case(services)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(make_draft(services, case, "nd118.mqd02").id, "15")
    assert [p.field for p in info.value.problems] == ["number"]
    assert make_final(services, case, "tt22.m01", "01020001").number == "01020001/QĐ-KT"


def test_the_number_carries_the_signers_so_hieu_not_the_typists(services: Services) -> None:
    # The profile officer (QLTT0215, a team member) types the bảng kê and the BB-KT; the Trưởng đoàn
    # (QLTT0101) signs them, so their numbers carry QLTT0101 (TT 22 Điều 6 khoản 2).
    case = make_case(services)
    assert services.profile.officer().officer_no == "QLTT0215"
    assert make_final(services, case, "tt22.m06").number == "01/BB-KT-QLTT0101"
    assert make_final(services, case, "tt22.m10").number == "01/BK-QLTT0101"
    # NĐ 118 minutes are signed by the người lập biên bản: the profile officer here.
    assert make_final(services, case, "nd118.mbb15").number == "01/BB-TG-QLTT0215"


def test_signer_without_so_hieu_is_refused(services: Services) -> None:
    case = make_case(services)
    draft = make_draft(services, case, "tt22.m10")
    for p in draft.participants:
        p.officer_no = ""
    services.documents.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id)
    assert "participants" in [p.field for p in info.value.problems]


def test_mbb01_right_to_explain_is_decided_per_act_from_the_catalog(services: Services) -> None:
    # Threshold of Luật XLVPHC Điều 61 khoản 1: the maximum of the act's bracket, ×2 for an organisation
    # under NĐ 98, against 30 triệu (organisation) / 15 triệu (individual).
    case = make_case(services)
    assert case.subject is not None and case.subject.kind == SubjectKind.ORGANIZATION
    catalog = services.rules.catalog_data()
    entry = next(e for e in catalog.current() if e.decree.startswith("98/2020") and len(e.tiers) >= 2)
    low, high = min(entry.tiers, key=lambda t: t.max), max(entry.tiers, key=lambda t: t.max)
    case.violations[0].article, case.violations[0].clause = entry.article, entry.clause
    expected = []
    for tier in (low, high):
        case.violations[0].point = tier.point
        services.cases.save(case)
        draft = services.documents.create_draft(case.id, "nd118.mbb01")
        expected.append("có" if tier.max * 2 >= 30_000_000 else "không")
        assert draft.fields["explanation_acts"] == [expected[-1]], (entry.id, tier)
    assert expected == ["không", "có"] or low.max * 2 >= 30_000_000


def test_new_drafts_cite_the_earlier_documents_with_number_and_date(services: Services) -> None:
    case = make_case(services)
    mbb15 = make_final(services, case, "nd118.mbb15")
    mbb26 = services.documents.create_draft(case.id, "nd118.mbb26")
    day = mbb15.issued_at[:10]
    assert mbb26.fields["basis"] == (f"Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính số {mbb15.number} "
                                     f"lập ngày {day[8:10]}/{day[5:7]}/{day[:4]}")
    mbb01 = make_final(services, case, "nd118.mbb01")
    mqd02 = services.documents.create_draft(case.id, "nd118.mqd02")
    assert (mqd02.fields["mbb01_number"], mqd02.fields["mbb01_date"]) == (mbb01.number, mbb01.issued_at[:10])


def test_minutes_cite_an_existing_bang_ke_exactly_or_are_refused(services: Services) -> None:
    case = make_case(services)
    case.goods = [GoodsRow(id=f"g{i}", name=f"Mỹ phẩm lô {i}", unit="hộp", quantity=Decimal(i + 1),
                           seized=True) for i in range(30)]
    services.cases.save(case)
    m06 = make_final(services, case, "tt22.m06")
    bk = make_draft(services, case, "tt22.m10")
    bk.fields.update({"attached_to": m06.number, "attached_to_date": m06.issued_at[:10]})
    services.documents.save_draft(bk)
    bk = services.documents.finalize(bk.id)
    draft = make_draft(services, case, "nd118.mbb15")
    cited = services.documents.cite_annex(draft.id, bk.id)
    sheets = render_document(bk).sheets
    assert cited.fields["annex_number"] == bk.number and cited.fields["annex_sheets"] == str(sheets)
    assert cited.fields["annex_parent"].startswith(f"Biên bản kiểm tra số {m06.number} lập ngày ")
    cited.fields["annex_sheets"] = str(sheets + 1)
    services.documents.save_draft(cited)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(cited.id)
    assert "fields.annex_sheets" in [p.field for p in info.value.problems]
    cited.fields["annex_sheets"] = str(sheets)
    services.documents.save_draft(cited)
    final = services.documents.finalize(cited.id)
    text = _text(render_document(final).pdf)
    assert f"chi tiết tại Bảng kê số {bk.number} ngày" in text and f"(gồm {sheets:02d} tờ)" in text
    assert "Bảng kê này gồm" not in text  # nothing annexed: the cited bảng kê exists


def _many_goods(services: Services, n: int = 30) -> Case:
    case = make_case(services)
    case.goods = [GoodsRow(id=f"g{i}", name=f"Mỹ phẩm lô {i}", unit="hộp", quantity=Decimal(i + 1),
                           seized=True) for i in range(n)]
    return services.cases.save(case)


def test_a_bang_ke_drawn_up_with_the_minutes_is_announced_once_never_printed_twice(services: Services) -> None:
    # The goods are listed once (task: "never both"): the minutes announce the separate Mẫu 10 with its sheet
    # count, the bảng kê carries the minutes' number, and its sheets must stay what the minutes announced.
    case = _many_goods(services)
    minutes = make_draft(services, case, "tt22.m06")
    bk = services.documents.create_annex(minutes.id)
    minutes = services.documents.finalize(minutes.id)
    announced = int(minutes.fields["annex_sheets"])
    result = render_document(minutes)
    text = _text(result.pdf)
    assert f"kèm theo biên bản này, gồm {announced:02d} tờ" in text
    assert "Bảng kê này gồm" not in text and "Mỹ phẩm lô 7" not in text
    assert result.annex_sheets == 0 and result.sheets < announced + 1
    # A bảng kê that no longer has the announced sheets is refused.
    shortened = services.documents.get(bk.id)
    shortened.goods = shortened.goods[:3]
    services.documents.save_draft(shortened)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(bk.id)
    assert [p.field for p in info.value.problems] == ["goods"]
    restored = services.documents.get(bk.id)
    restored.goods = list(minutes.goods)
    services.documents.save_draft(restored)
    final_bk = services.documents.finalize(bk.id)
    assert final_bk.fields["attached_to"] == minutes.number
    bk_result = render_document(final_bk)
    assert bk_result.sheets == announced
    assert f"Bảng kê này gồm {announced:02d} tờ, 30 mục" in _text(bk_result.pdf)


def test_sheets_of_a_separate_bang_ke_are_not_typed_without_one(services: Services) -> None:
    case = _many_goods(services)
    draft = make_draft(services, case, "tt22.m06")
    draft.fields["annex_sheets"] = "3"
    services.documents.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id)
    assert "fields.annex_sheets" in [p.field for p in info.value.problems]


def test_minutes_cite_the_bang_ke_another_minutes_prints_as_its_annex(services: Services) -> None:
    case = _many_goods(services)
    m06 = make_final(services, case, "tt22.m06")
    own = render_document(m06)
    assert own.annex_sheets >= 2
    draft = make_draft(services, case, "nd118.mbb15")
    cited = services.documents.cite_annex(draft.id, m06.id)
    assert cited.fields["annex_number"] == m06.number and cited.fields["annex_sheets"] == str(own.annex_sheets)
    final = services.documents.finalize(cited.id)
    text = _text(render_document(final).pdf)
    assert (f"chi tiết tại Bảng kê tang vật, phương tiện, hàng hóa, giấy tờ kèm theo Biên bản kiểm tra số "
            f"{m06.number} lập ngày") in text
    assert f"(gồm {own.annex_sheets:02d} tờ)" in text and "Mỹ phẩm lô 7" not in text


def test_minutes_of_a_case_without_an_end_time_ask_for_the_closing_moment(services: Services) -> None:
    # Review M14: no end time in the case, no made-up "lập xong hồi"; finalising names the missing moment.
    case = make_case(services)
    draft = services.documents.create_draft(case.id, "nd118.mbb15")
    assert "closed_at" not in draft.fields
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id)
    assert "Chưa nhập: Thời điểm lập xong biên bản" in str(info.value)
    assert services.documents.get(draft.id).status.value == "draft"
    case.ended_at = services.clock.now().replace(microsecond=0).isoformat()
    services.cases.save(case)
    assert services.documents.create_draft(case.id, "nd118.mbb15").fields["closed_at"] == case.ended_at
