"""Validation reports every problem at once, each with its field path and a Vietnamese message."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import GoodsRow, Participant, Role, Subject, SubjectKind
from inspector_app.domain.validation import validate_document, validate_goods_row, validate_subject
from inspector_builders import CCCD, person_subject, valid_document

NOW = datetime(2026, 3, 10, 9, 0, 0)
TODAY = NOW.date()
VIETNAMESE_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _fields(problems):
    return [p.field for p in problems]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_complete_document_of_every_kind_has_no_problem(kind):
    assert validate_document(valid_document(kind, NOW), NOW) == []


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_required_field_of_the_kind_is_reported_when_missing(kind):
    doc = valid_document(kind, NOW)
    doc.fields = {}
    required = {f"fields.{f.key}" for f in KINDS[kind].fields if f.required}
    assert required, kind
    problems = validate_document(doc, NOW)
    assert required <= set(_fields(problems))
    for p in problems:
        assert p.message.startswith("Chưa nhập: ")


def test_all_problems_are_reported_at_once_with_field_and_vietnamese_message():
    doc = valid_document("nd118.mbb01", NOW)
    doc.place = ""
    doc.issued_at = (NOW + timedelta(days=1)).isoformat()
    doc.violations = []
    doc.goods = [GoodsRow(id="g", name="", unit="", quantity=Decimal(0), barcode="4006381333932")]
    doc.subject.tax_code = "0100109107"  # type: ignore[union-attr]
    doc.fields["violation_time"] = "hôm qua"
    problems = validate_document(doc, NOW)
    fields = _fields(problems)
    for expected in ("place", "issued_at", "violations", "goods[0].name", "goods[0].unit", "goods[0].quantity",
                     "goods[0].barcode", "subject.tax_code", "fields.violation_time"):
        assert expected in fields, expected
    for p in problems:
        assert p.message and any(ch in VIETNAMESE_LETTERS for ch in p.message.lower()), p


@pytest.mark.parametrize("quantity", [Decimal(0), Decimal(-1), Decimal("-0.5"), Decimal("NaN"), Decimal("Infinity")])
def test_quantity_must_be_greater_than_zero(quantity):
    row = GoodsRow(id="g", name="Son môi", unit="thỏi", quantity=quantity)
    assert [p.field for p in validate_goods_row(row, "goods[3]")] == ["goods[3].quantity"]


def test_small_positive_quantity_is_accepted():
    assert validate_goods_row(GoodsRow(id="g", name="Vàng", unit="chỉ", quantity=Decimal("0.001")), "g") == []


def test_negative_prices_are_refused():
    row = GoodsRow(id="g", name="Son", unit="thỏi", quantity=Decimal(1), unit_price=-1, value=-5)
    assert _fields(validate_goods_row(row, "g")) == ["g.unit_price", "g.value"]


def test_goods_barcode_with_bad_gs1_check_digit_is_refused_but_other_codes_are_free_text():
    bad = GoodsRow(id="g", name="Son", unit="thỏi", quantity=Decimal(1), barcode="4006381333932")
    assert _fields(validate_goods_row(bad, "g")) == ["g.barcode"]
    registration = GoodsRow(id="g", name="Son", unit="thỏi", quantity=Decimal(1), barcode="SĐK-123/2024")
    assert validate_goods_row(registration, "g") == []


def test_birth_date_and_id_issue_date_in_the_future_are_refused():
    subject = person_subject()
    subject.birth_date = (TODAY + timedelta(days=1)).isoformat()
    subject.id_number = ""
    subject.id_issued_date = "2099-01-01"
    problems = validate_subject(subject, TODAY)
    assert set(_fields(problems)) == {"subject.birth_date", "subject.id_issued_date"}
    assert all("tương lai" in p.message for p in problems)


def test_today_is_not_in_the_future():
    subject = person_subject()
    subject.id_issued_date = TODAY.isoformat()
    assert validate_subject(subject, TODAY) == []


def test_document_issued_in_the_future_is_refused():
    doc = valid_document("tt22.m06", NOW)
    doc.issued_at = (NOW + timedelta(days=2)).replace(microsecond=0).isoformat()
    assert _fields(validate_document(doc, NOW)) == ["issued_at"]


@pytest.mark.parametrize("value", ["2026-02-30", "10/03/2026", "2026-3-1", ""])
def test_malformed_dates_are_refused(value):
    subject = person_subject()
    subject.birth_date = value
    subject.id_number = ""
    problems = validate_subject(subject, TODAY)
    assert _fields(problems) == ([] if value == "" else ["subject.birth_date"])


def test_individual_cccd_is_checked_against_province_and_birth_year():
    subject = person_subject()
    subject.id_number = "003079001234"
    assert _fields(validate_subject(subject, TODAY)) == ["subject.id_number"]
    subject.id_number = CCCD
    subject.birth_date = "1980-04-12"
    assert _fields(validate_subject(subject, TODAY)) == ["subject.id_number"]


def test_organisation_needs_tax_code_and_representative():
    org = Subject(id="s", kind=SubjectKind.ORGANIZATION, name="Công ty A", address="Biên Hòa")
    assert set(_fields(validate_subject(org, TODAY))) == {"subject.tax_code", "subject.representative"}
    org.tax_code = "0100109106-001"
    org.representative = "Đặng Thị Mỹ Linh"
    assert validate_subject(org, TODAY) == []


def test_online_seller_needs_platform_and_shop_address_or_account():
    seller = Subject(id="s", kind=SubjectKind.ONLINE_SELLER, name="Tram Beauty")
    assert set(_fields(validate_subject(seller, TODAY))) == {"subject.platform", "subject.shop_url"}
    seller.platform = "Shopee"
    seller.shop_url = "shopee.vn/tram"
    assert _fields(validate_subject(seller, TODAY)) == ["subject.shop_url"]
    seller.shop_url = "https://shopee.vn/tram"
    assert validate_subject(seller, TODAY) == []


def test_unknown_kind_is_one_problem():
    doc = valid_document("tt22.m06", NOW)
    doc.kind = "tt22.m99"
    assert _fields(validate_document(doc, NOW)) == ["kind"]


def test_field_not_belonging_to_the_form_is_refused():
    doc = valid_document("tt22.m06", NOW)
    doc.fields["fine_total"] = 5
    assert _fields(validate_document(doc, NOW)) == ["fields.fine_total"]


@pytest.mark.parametrize("key,value", [("copies", "hai"), ("copies", 0), ("copies", True),
                                       ("decision_date", "10/03/2026"), ("closed_at", "2026-03-10 09:00")])
def test_field_values_must_have_the_field_type(key, value):
    doc = valid_document("tt22.m06", NOW)
    doc.fields[key] = value
    assert _fields(validate_document(doc, NOW)) == [f"fields.{key}"]


def test_inspection_decision_needs_one_team_lead_with_card_and_two_officers():
    doc = valid_document("tt22.m01", NOW)
    doc.participants = [Participant(role=Role.TEAM_LEAD, full_name="Trần Quốc Đạt")]
    fields = _fields(validate_document(doc, NOW))
    assert fields.count("participants") == 1
    assert "participants[0].card_no" in fields


def test_refusal_to_sign_needs_a_reason_and_a_witness():
    doc = valid_document("nd118.mbb01", NOW)
    doc.participants = [p for p in doc.participants if p.role != Role.SUBJECT_REPRESENTATIVE]
    doc.participants.append(Participant(role=Role.SUBJECT_REPRESENTATIVE, full_name="Hoàng Văn Đức",
                                        refused_to_sign=True))
    i = len(doc.participants) - 1
    assert set(_fields(validate_document(doc, NOW))) == {f"participants[{i}].refusal_reason", "participants"}
    doc.participants[i].refusal_reason = "Không đồng ý"
    doc.participants.append(Participant(role=Role.WITNESS, full_name="Nguyễn Văn Sáu"))
    assert validate_document(doc, NOW) == []


def test_seizure_with_refusal_needs_two_witnesses():
    doc = valid_document("nd118.mbb15", NOW)
    doc.participants = [p for p in doc.participants if p.role != Role.SUBJECT_REPRESENTATIVE]
    doc.participants += [Participant(role=Role.SUBJECT_REPRESENTATIVE, full_name="Đức", refused_to_sign=True,
                                     refusal_reason="Không ký"),
                         Participant(role=Role.WITNESS, full_name="Sáu")]
    assert _fields(validate_document(doc, NOW)) == ["participants"]
    doc.participants.append(Participant(role=Role.WITNESS, full_name="Lan"))
    assert validate_document(doc, NOW) == []


def test_absent_subject_needs_local_authority_or_witness():
    doc = valid_document("nd118.mbb01", NOW)
    doc.participants = [p for p in doc.participants if p.role != Role.SUBJECT_REPRESENTATIVE]
    assert _fields(validate_document(doc, NOW)) == ["participants"]


def test_penalty_total_must_equal_the_sum_of_fines():
    doc = valid_document("nd118.mqd02", NOW)
    doc.fields["fine_total"] = 4_000_000
    assert _fields(validate_document(doc, NOW)) == ["fields.fine_total"]


def test_opening_seals_needs_their_state():
    doc = valid_document("nd118.mbb27", NOW)
    doc.seals[0].state_when_opened = ""
    assert _fields(validate_document(doc, NOW)) == ["seals[0].state_when_opened"]


def test_kinds_that_need_goods_violations_or_seals_say_so():
    for kind, attr in (("tt22.m10", "goods"), ("nd118.mbb15", "goods"), ("nd118.mbb01", "violations"),
                       ("nd118.mqd02", "violations"), ("nd118.mbb26", "seals"), ("nd118.mbb27", "seals")):
        doc = valid_document(kind, NOW)
        setattr(doc, attr, [])
        if kind == "nd118.mqd02":
            doc.fields["fine_total"] = 1
        assert _fields(validate_document(doc, NOW)) == [attr], kind


def test_officer_issued_document_needs_the_officer_number():
    doc = valid_document("nd118.mbb26", NOW)
    doc.officer_no = " "
    assert _fields(validate_document(doc, NOW)) == ["officer_no"]


def test_unit_must_be_configured():
    doc = valid_document("tt22.m06", NOW)
    doc.unit.code = ""
    doc.unit.place_name = ""
    assert _fields(validate_document(doc, NOW)) == ["unit.code", "unit.place_name"]


def test_a_choice_field_takes_only_its_codes_and_names_the_choices_by_their_labels():
    doc = valid_document("nd118.mbb01", NOW)
    for code in ("none", "direct", "written"):
        doc.fields["explanation_right"] = code
        assert "fields.explanation_right" not in _fields(validate_document(doc, NOW))
    doc.fields["explanation_right"] = "trực tiếp"
    problem = next(p for p in validate_document(doc, NOW) if p.field == "fields.explanation_right")
    assert "Được quyền giải trình (in cả thời hạn 02 ngày giải trình trực tiếp" in problem.message
    assert "written" not in problem.message
