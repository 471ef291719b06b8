"""The legal rule set checked before finalisation (resources/reference/legal_rules.json): one test per rule.

Documents and cases are built in memory and checked against the bundled catalog and rule set, with a
weekend-only calendar for the deadlines (2026-03-10 is a Tuesday).
"""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from inspector_app.domain.errors import Problem, ValidationError
from inspector_app.domain.model import (
    Case,
    Document,
    DocumentStatus,
    GoodsRow,
    Seal,
    Subject,
    SubjectKind,
    ViolationRef,
    new_id,
)
from inspector_app.domain.rules import SetCalendar, due_date, parse_catalog, parse_deadline_rules
from inspector_app.domain.rules.legal import CheckContext, apply_overrides, check_document, parse_legal_rules
from inspector_app.paths import resource_path
from inspector_builders import make_unit, org_subject, person_subject

TR = 1_000_000
NOW = datetime(2026, 3, 10, 9, 0, 0)


def _load(name: str) -> dict:
    return json.loads(resource_path("reference", name).read_text("utf-8"))


CATALOG = parse_catalog(_load("violation_catalog.json"))
LEGAL = parse_legal_rules(_load("legal_rules.json"))
DEADLINES = parse_deadline_rules(_load("deadline_rules.json"))
CALENDAR = SetCalendar()


def deadline(rule: str, at: datetime):
    return due_date(rule, at, CALENDAR, DEADLINES)


def goods(value: int, *, counterfeit: bool = False, smuggled: bool = False, unknown: bool = False,
          name: str = "Kem chống nắng", unit: str = "tuýp", quantity: int = 1) -> GoodsRow:
    return GoodsRow(id=new_id(), name=name, unit=unit, quantity=Decimal(quantity), value=value, seized=True,
                    suspected_counterfeit=counterfeit, smuggled=smuggled, unknown_origin=unknown)


def case_of(subject: Subject, rows: list[GoodsRow], started: datetime = NOW - timedelta(hours=3)) -> Case:
    return Case(id=new_id(), unit_code="QLTT-DN-01", title="Vụ việc", place="Số 128 Võ Thị Sáu",
                started_at=started.isoformat(), subject=subject, goods=rows)


def doc_of(case: Case, kind: str, *, violations: list[ViolationRef] = (), issued: datetime = NOW,
           status: DocumentStatus = DocumentStatus.DRAFT, number: str = "", **fields) -> Document:
    return Document(id=new_id(), case_id=case.id, kind=kind, unit=make_unit(), issued_at=issued.isoformat(),
                    place=case.place, status=status, number=number, subject=copy.deepcopy(case.subject),
                    violations=list(violations), fields=dict(fields))


def act(article: int, point: str, amount: int | None = None, clause: int = 1, *, grounds: tuple[str, ...] = (),
        profit: int | None = None) -> ViolationRef:
    return ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=article, clause=clause, point=point,
                        description=f"Hành vi Điều {article}", fine_amount=amount, aggravations=list(grounds),
                        illegal_profit=profit)


def decision(case: Case, v: ViolationRef, *, others: list[Document] = (), issued: datetime = NOW,
             **fields) -> tuple[Document, list[Document]]:
    """An MQĐ02 citing a final MBB01 of the same case (drawn up an hour before)."""
    mbb01 = doc_of(case, "nd118.mbb01", violations=[v], issued=issued - timedelta(hours=1),
                   status=DocumentStatus.FINAL, number="01/BB-VPHC-QLTT0215")
    base = {"signer_title": "ĐỘI TRƯỞNG", "mbb01_number": mbb01.number, "mbb01_date": mbb01.issued_at[:10]}
    doc = doc_of(case, "nd118.mqd02", violations=[v], issued=issued, **{**base, **fields})
    return doc, [mbb01, *others]


def check(doc: Document, case: Case | None, others: list[Document] = ()) -> list[Problem]:
    return check_document(CheckContext(doc=doc, case=case, others=list(others), catalog=CATALOG, legal=LEGAL,
                                       deadline=deadline))


def rules(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.rule, p.severity) for p in problems]


# -- the rule set itself ---------------------------------------------------------------------------

def test_every_rule_has_a_severity_an_action_a_basis_and_a_confidence() -> None:
    assert LEGAL.rules and all(r.severity in ("hard", "warning", "info") and r.action and r.basis and r.confidence
                               for r in LEGAL.rules.values())
    # Range and authority can never be overridden; a criminal threshold can (after a refusal to prosecute).
    assert {LEGAL.rule(r).severity for r in ("fine.range", "fine.point", "authority.fine",
                                             "authority.confiscation")} == {"hard"}
    assert LEGAL.rule("criminal.threshold").severity == "warning"


def test_a_broken_rule_file_is_refused_with_every_defect() -> None:
    with pytest.raises(ValidationError) as info:
        parse_legal_rules({"rules": {"x": {"severity": "fatal"}}, "criminal_thresholds": [{"measure": "weight"}]})
    fields = {p.field for p in info.value.problems}
    assert {"rules.x.severity", "rules.x.action", "criminal_thresholds[0].measure",
            "criminal_thresholds[0].threshold"} <= fields


# -- fines -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("subject,amount,ok", [
    (person_subject, 4 * TR, True), (person_subject, 5 * TR, True), (person_subject, 6 * TR + 1, False),
    (org_subject, 8 * TR, True), (org_subject, 12 * TR, True), (org_subject, 7 * TR, False),
])
def test_fine_inside_or_outside_the_range_of_the_point_for_each_subject_kind(subject, amount, ok) -> None:
    # Điều 15 điểm d (10 to under 20 triệu): 4–6 triệu for an individual, 8–12 triệu for an organisation.
    case = case_of(subject(), [goods(15 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "d", amount))
    found = rules(check(doc, case, others))
    assert (found == []) is ok
    if not ok:
        assert found == [("fine.range", "hard")]


def test_online_seller_is_fined_as_an_individual() -> None:
    seller = Subject(id=new_id(), kind=SubjectKind.ONLINE_SELLER, name="Tram Beauty", platform="Shopee",
                     shop_url="https://shopee.vn/x")
    case = case_of(seller, [goods(800_000, unknown=True)])
    assert rules(check(*decision(case, act(17, "c", 400_000))[:1], case, decision(case, act(17, "c"))[1])) == []
    doc, others = decision(case, act(17, "c", 800_000))
    assert rules(check(doc, case, others)) == [("fine.range", "hard")]


@pytest.mark.parametrize("subject,low,high", [(person_subject, 8 * TR, 12 * TR), (org_subject, 16 * TR, 24 * TR)])
def test_the_articles_doubling_needs_its_ground_recorded_on_the_act(subject, low, high) -> None:
    # Điều 15 khoản 2: ×2 (direct smuggler, banned import, sensitive goods) of điểm d (4–6 triệu individual).
    case = case_of(subject(), [goods(15 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "d", low))
    found = check(doc, case, others)
    # Whether the ground applies is a fact, recorded on the violation: without it the doubled amount is
    # refused (hard, no override), with a message saying to record the ground or lower the amount.
    assert rules(found) == [("fine.aggravated", "hard")]
    assert "gấp 2 lần" in found[0].message and "chưa ghi căn cứ" in found[0].message
    assert found[0].blocking and not found[0].overridable
    assert not apply_overrides(found, {found[0].key: "Trực tiếp nhập lậu"})[0].overridden
    for amount in (low, high):
        doc, others = decision(case, act(15, "d", amount, grounds=("direct_smuggler",)))
        assert rules(check(doc, case, others)) == []
    # With the ground recorded, the ordinary range no longer holds: the amount must be doubled too.
    for amount in (low - 1, high + 1, low // 2):
        doc, others = decision(case, act(15, "d", amount, grounds=("direct_smuggler",)))
        assert rules(check(doc, case, others)) == [("fine.range", "hard")]


def test_a_ground_the_article_does_not_have_is_refused() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "d", 5 * TR, grounds=("food_medicine",)))  # a ground of Điều 9, not 15
    found = check(doc, case, others)
    assert rules(found) == [("fine.ground", "hard")] and "food_medicine" in found[0].message


def test_organisation_exception_articles_are_not_doubled() -> None:
    # NĐ 98 Điều 4 k4: the listed articles' amounts are already the organisation's (×2 does not apply).
    entry = {"id": "t.33.1", "decree": "98/2020/NĐ-CP", "article": 33, "clause": 1, "text": "x", "source": "t",
             "confidence": "V", "valid_from": "2020-10-15", "basis": "fixed", "fine": {"min": 10 * TR, "max": 20 * TR}}
    catalog = parse_catalog(_load("violation_catalog.json"), [entry])
    case = case_of(org_subject(), [])
    doc, others = decision(case, ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=33, clause=1,
                                              description="Khuyến mại", fine_amount=25 * TR))
    found = check_document(CheckContext(doc=doc, case=case, others=others, catalog=catalog, legal=LEGAL))
    assert rules(found) == [("fine.range", "hard")]


def test_the_point_must_match_the_goods_value_band() -> None:
    # B5: 42 triệu of smuggled goods is điểm e, not điểm g.
    case = case_of(person_subject(), [goods(42 * TR, smuggled=True)])
    doc = doc_of(case, "nd118.mbb01", violations=[act(15, "g")])
    found = check(doc, case)
    assert rules(found) == [("fine.point", "hard")]
    assert "điểm e khoản 1 Điều 15" in found[0].message and "Sửa điểm viện dẫn" in found[0].message
    assert "fine.point" not in found[0].message  # which rule, in words; never the raw rule id
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(15, "e")]), case)) == []


def test_the_illegal_profit_bands_of_article_9_are_in_the_catalog() -> None:
    d9 = CATALOG.find("98/2020/NĐ-CP", 9, 1)
    assert [(t.point, t.profit_min, t.profit_below) for t in d9.tiers] == [
        ("a", None, 5 * TR), ("b", 5 * TR, 10 * TR), ("c", 10 * TR, 20 * TR), ("d", 20 * TR, 30 * TR),
        ("đ", 30 * TR, 50 * TR), ("e", 50 * TR, None)]
    d12 = CATALOG.find("98/2020/NĐ-CP", 12, 1)
    assert [(t.point, t.profit_min, t.profit_below) for t in d12.tiers][1:3] == [
        ("b", 5 * TR, 10 * TR), ("c", 10 * TR, 20 * TR)]


@pytest.mark.parametrize("subject,amount,ok", [
    (person_subject, 3 * TR, True), (person_subject, 5 * TR, True), (person_subject, 2 * TR, False),
    (org_subject, 6 * TR, True), (org_subject, 10 * TR, True), (org_subject, 5 * TR, False),
])
def test_the_illegal_profit_band_picks_the_point_when_it_is_higher(subject, amount, ok) -> None:
    # Điều 9: goods worth 2 triệu (điểm a) but a profit of 7 triệu (5 to under 10: điểm b, 3–5 triệu).
    case = case_of(subject(), [goods(2 * TR, counterfeit=True)])
    cited_a = doc_of(case, "nd118.mbb01", violations=[act(9, "a", profit=7 * TR)])
    found = check(cited_a, case)
    assert rules(found) == [("fine.point", "hard")]
    assert "số lợi bất hợp pháp 7.000.000 đồng" in found[0].message and "điểm b khoản 1 Điều 9" in found[0].message
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(9, "a")]), case)) == []  # no profit: a
    doc, others = decision(case, act(9, "b", amount, profit=7 * TR))
    assert (rules(check(doc, case, others)) == []) is ok
    # A profit below the goods value's band does not lower the point.
    case.goods[0].value = 12 * TR
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(9, "d", profit=1 * TR)]), case)) == []


def test_unknown_origin_goods_are_point_c_of_the_first_value_clause_of_article_17() -> None:
    case = case_of(person_subject(), [goods(900_000, unknown=True)])
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(17, "c")]), case)) == []
    found = check(doc_of(case, "nd118.mbb01", violations=[act(17, "")]), case)
    assert rules(found) == [("fine.point", "hard")]
    # From 1 triệu on, the clause of Điều 17 is not in the catalog: the officer must look it up and confirm.
    big = case_of(person_subject(), [goods(2 * TR, unknown=True)])
    assert rules(check(doc_of(big, "nd118.mbb01", violations=[act(17, "c")]), big)) == [
        ("fine.uncatalogued", "warning")]


def test_missing_goods_value_is_a_hard_problem() -> None:
    row = GoodsRow(id=new_id(), name="Son môi", unit="thỏi", quantity=Decimal(2), suspected_counterfeit=True)
    case = case_of(person_subject(), [row])
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(11, "a")]), case)) == [
        ("fine.value_missing", "hard")]


def test_an_unconfirmed_catalog_row_asks_the_officer_to_confirm_it_against_the_text() -> None:
    raw = _load("violation_catalog.json")
    for entry in raw["entries"]:
        if entry["id"] == "nd98.15.1":
            entry["tiers"][3]["confidence"] = "R"  # điểm d
    catalog = parse_catalog(raw)
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    doc = doc_of(case, "nd118.mbb01", violations=[act(15, "d")])
    found = check_document(CheckContext(doc=doc, case=case, others=[], catalog=catalog, legal=LEGAL))
    assert rules(found) == [("fine.unconfirmed", "warning")]
    assert "chưa xác minh" in found[0].message


def test_the_range_never_exceeds_the_area_maximum() -> None:
    case = case_of(person_subject(), [goods(150 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "i", 120 * TR), signer_title="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
    found = rules(check(doc, case, others))
    assert ("fine.cap", "hard") in found


# -- authority -------------------------------------------------------------------------------------

def test_a_decision_beyond_the_team_leaders_authority_names_who_decides() -> None:
    # NĐ 189/2025 Điều 12 k2: a Đội trưởng fines up to 30% of the area maximum (commerce: 100 triệu → 30).
    # Điều 15 điểm g (20–30 triệu) is within it; điểm i (40–50 triệu) is not: the Chi cục trưởng (50%).
    case = case_of(person_subject(), [goods(60 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "g", 25 * TR))
    assert rules(check(doc, case, others)) == []
    case = case_of(person_subject(), [goods(120 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "i", 45 * TR))
    problem = next(p for p in check(doc, case, others) if p.rule == "authority.fine")
    assert problem.severity == "hard" and "Thẩm quyền thuộc: Chi cục trưởng Chi cục Quản lý thị trường" in \
        problem.message and "30.000.000 đồng" in problem.message
    # ×2 (direct smuggler): 80–100 triệu, beyond the Giám đốc Sở's 80%: the Cục trưởng decides.
    doc, others = decision(case, act(15, "i", 90 * TR, grounds=("direct_smuggler",)))
    found = [p for p in check(doc, case, others) if p.rule != "criminal.threshold"]  # (Điều 188 from 100 triệu)
    assert rules(found) == [("authority.fine", "hard")]
    assert "Thẩm quyền thuộc: Cục trưởng Cục Quản lý và Phát triển thị trường trong nước" in found[0].message


def test_the_team_leaders_authority_follows_the_area_maximum() -> None:
    # Counterfeits (area maximum 200 triệu): 30% is 60 triệu. Điều 10 điểm d (30–50 triệu) is within it,
    # beyond the 30 triệu of a commerce act.
    case = case_of(person_subject(), [goods(15 * TR, counterfeit=True)])
    doc, others = decision(case, act(10, "d", 45 * TR))
    assert rules(check(doc, case, others)) == []


def test_the_organisations_authority_is_twice_the_individuals() -> None:
    # Điều 15 điểm g (20–30 triệu): 40–60 triệu for an organisation, within 2 × 30 triệu; điểm h (60–80) not.
    case = case_of(org_subject(), [goods(60 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "g", 50 * TR))
    assert rules(check(doc, case, others)) == []
    case = case_of(org_subject(), [goods(80 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "h", 70 * TR))
    assert rules(check(doc, case, others)) == [("authority.fine", "hard")]


def test_confiscation_beyond_the_signers_authority_is_refused() -> None:
    # A Đội trưởng confiscates up to 02 × his fine limit (2 × 30 = 60 triệu in commerce).
    case = case_of(person_subject(), [goods(60 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "g", 25 * TR), additional_penalties="Tịch thu toàn bộ tang vật")
    assert rules(check(doc, case, others)) == []
    case = case_of(person_subject(), [goods(65 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "g", 25 * TR), additional_penalties="Tịch thu toàn bộ tang vật")
    found = check(doc, case, others)
    assert rules(found) == [("authority.confiscation", "hard")]
    assert "60.000.000 đồng" in found[0].message and "Chi cục trưởng" in found[0].message
    doc, others = decision(case, act(15, "g", 25 * TR), additional_penalties="Tịch thu toàn bộ tang vật",
                           signer_title="CHI CỤC TRƯỞNG")
    assert rules(check(doc, case, others)) == []


@pytest.mark.parametrize("subject", [person_subject, org_subject])
def test_only_a_title_with_that_power_suspends_a_licence(subject) -> None:
    # NĐ 189/2025 Điều 12: a Đội trưởng may not suspend a licence or an activity; a Chi cục trưởng may.
    case = case_of(subject(), [goods(15 * TR, smuggled=True)])
    amount = 5 * TR if subject is person_subject else 10 * TR
    penalty = "Tước quyền sử dụng giấy phép kinh doanh 02 tháng"
    doc, others = decision(case, act(15, "d", amount), additional_penalties=penalty)
    found = check(doc, case, others)
    assert rules(found) == [("authority.licence", "hard")]
    assert "tước quyền sử dụng" in found[0].message and "Chi cục trưởng" in found[0].message
    doc, others = decision(case, act(15, "d", amount), additional_penalties=penalty, signer_title="CHI CỤC TRƯỞNG")
    assert rules(check(doc, case, others)) == []
    doc, others = decision(case, act(15, "d", amount), additional_penalties="Tịch thu tang vật")
    assert rules(check(doc, case, others)) == []


def test_an_unconfirmed_authority_row_is_shown_as_unverified_not_enforced() -> None:
    raw = _load("legal_rules.json")
    raw["authority"]["titles"][0]["confidence"] = "R"
    legal = parse_legal_rules(raw)
    case = case_of(person_subject(), [goods(120 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "i", 45 * TR))
    found = check_document(CheckContext(doc=doc, case=case, others=others, catalog=CATALOG, legal=legal))
    assert rules(found) == [("authority.unconfirmed", "warning")]
    assert "chưa xác minh" in found[0].message and "189/2025" in found[0].message and found[0].overridable


def test_a_signer_title_outside_the_table_cannot_decide() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "d", 5 * TR), signer_title="PHÓ ĐỘI TRƯỞNG")
    assert rules(check(doc, case, others)) == [("authority.title", "hard")]
    doc, others = decision(case, act(15, "d", 5 * TR), signer_title="ĐỘI TRƯỞNG", signer_is_deputy=True)
    assert rules(check(doc, case, others)) == []


# -- criminal thresholds ---------------------------------------------------------------------------

def test_counterfeits_past_the_thresholds_point_to_transferring_the_file() -> None:
    below = case_of(org_subject(), [goods(19_999_999, counterfeit=True)])
    assert "criminal.threshold" not in [p.rule for p in check(
        doc_of(below, "nd118.mbb01", violations=[act(9, "d")]), below)]
    # 20 triệu: the threshold by the fakes' selling price (2025 wording, to check against the price).
    at20 = case_of(org_subject(), [goods(20 * TR, counterfeit=True)])
    found = check(doc_of(at20, "nd118.mbb01", violations=[act(9, "đ")]), at20)
    assert rules(found) == [("criminal.threshold", "warning")] and "giá bán" in found[0].message
    # 30 triệu of genuine-equivalent value: Điều 192 in either wording.
    at30 = case_of(org_subject(), [goods(30 * TR, counterfeit=True)])
    found = check(doc_of(at30, "nd118.mbb01", violations=[act(9, "e")]), at30)
    assert rules(found) == [("criminal.threshold", "warning")] * 2
    assert all("Điều 192" in p.message and "chuyển hồ sơ" in p.message for p in found)
    assert found[0].key != found[1].key  # each threshold is confirmed on its own


@pytest.mark.parametrize("subject", [person_subject, org_subject])
def test_counterfeit_food_or_medicine_is_criminal_at_any_value(subject) -> None:
    # BLHS Điều 193, 194: no value threshold; Điều 192 (and its 30 triệu) does not apply to them.
    case = case_of(subject(), [goods(1 * TR, counterfeit=True, name="Sữa bột")])
    found = check(doc_of(case, "nd118.mbb01", violations=[act(9, "a", grounds=("food_medicine",))]), case)
    assert rules(found) == [("criminal.threshold", "warning")]
    assert "Điều 193" in found[0].message and "chuyển hồ sơ" in found[0].message
    case.goods[0].value = 40 * TR
    found = check(doc_of(case, "nd118.mbb01", violations=[act(9, "e", grounds=("food_medicine",))]), case)
    assert len(found) == 1 and "Điều 192" not in found[0].message
    # Without the ground, 1 triệu of fakes is no offence.
    case.goods[0].value = 1 * TR
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(9, "a")]), case)) == []


def test_counterfeit_fertiliser_or_feed_is_criminal_from_30_million_or_50_million_profit() -> None:
    case = case_of(person_subject(), [goods(30 * TR - 1, counterfeit=True, name="Phân bón NPK")])
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(9, "đ", grounds=("agri_inputs",))]), case)) == []
    case.goods[0].value = 30 * TR
    found = check(doc_of(case, "nd118.mbb01", violations=[act(9, "e", grounds=("agri_inputs",))]), case)
    assert rules(found) == [("criminal.threshold", "warning")] and "Điều 195" in found[0].message
    case.goods[0].value = 5 * TR
    found = check(doc_of(case, "nd118.mbb01", violations=[act(9, "e", grounds=("agri_inputs",), profit=50 * TR)]),
                  case)
    assert rules(found) == [("criminal.threshold", "warning")]
    assert "Điều 195" in found[0].message and "số lợi bất hợp pháp 50.000.000 đồng" in found[0].message


def test_an_illegal_profit_of_50_million_makes_counterfeits_criminal() -> None:
    case = case_of(org_subject(), [goods(5 * TR, counterfeit=True)])
    found = check(doc_of(case, "nd118.mbb01", violations=[act(9, "e", profit=50 * TR)]), case)
    assert rules(found) == [("criminal.threshold", "warning")] and "Điều 192" in found[0].message
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(9, "đ", profit=50 * TR - 1)]), case)) == []


@pytest.mark.parametrize("subject", [person_subject, org_subject])
def test_smuggling_across_the_border_from_100_million_is_criminal(subject) -> None:
    # BLHS Điều 188: trading across the border (NĐ 98 Điều 15 khoản 2 điểm a: the direct smuggler).
    case = case_of(subject(), [goods(100 * TR, smuggled=True)])
    found = check(doc_of(case, "nd118.mbb01", violations=[act(15, "i", grounds=("direct_smuggler",))]), case)
    assert rules(found) == [("criminal.threshold", "warning")] and "Điều 188" in found[0].message
    # Trading smuggled goods inside the country is not Điều 188, whatever their value.
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(15, "i")]), case)) == []
    case.goods[0].value = 100 * TR - 1
    assert rules(check(doc_of(case, "nd118.mbb01", violations=[act(15, "h", grounds=("direct_smuggler",))]),
                       case)) == []


def test_smuggled_cigarettes_from_1500_packs_point_to_the_criminal_offence() -> None:
    rows = [goods(22 * TR, smuggled=True, name="Thuốc lá điếu Jet", unit="bao", quantity=1000),
            goods(9 * TR, smuggled=True, name="Thuốc lá điếu Hero", unit="bao", quantity=500)]
    case = case_of(person_subject(), rows)
    found = check(doc_of(case, "nd118.mbb01", violations=[act(15, "e")]), case)
    assert [p.rule for p in found] == ["criminal.threshold"] and "1.500 bao" in found[0].message
    case.goods[1].quantity = Decimal(499)
    assert [p.rule for p in check(doc_of(case, "nd118.mbb01", violations=[act(15, "e")]), case)] == []


# -- order and time --------------------------------------------------------------------------------

def test_the_mbb01_comes_after_the_inspection_minutes_it_cites() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    bbkt_draft = doc_of(case, "tt22.m06", issued=NOW - timedelta(hours=2), closed_at=NOW.isoformat())
    mbb01 = doc_of(case, "nd118.mbb01", violations=[act(15, "d")], basis="Biên bản kiểm tra số 01/BB-KT")
    assert rules(check(mbb01, case, [bbkt_draft])) == [("order.bbkt_first", "hard")]
    bbkt = doc_of(case, "tt22.m06", issued=NOW - timedelta(hours=2), status=DocumentStatus.FINAL,
                  number="01/BB-KT-QLTT0215", closed_at=(NOW + timedelta(minutes=30)).isoformat())
    assert rules(check(mbb01, case, [bbkt])) == [("order.bbkt_first", "hard")]
    bbkt.fields["closed_at"] = (NOW - timedelta(minutes=10)).isoformat()
    assert rules(check(mbb01, case, [bbkt])) == []


def test_the_decision_cites_a_final_mbb01_of_the_case_drawn_up_before_it() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    doc, others = decision(case, act(15, "d", 5 * TR))
    assert rules(check(doc, case, [])) == [("order.mbb01_first", "hard")]
    doc.fields["mbb01_number"] = "09/BB-VPHC-QLTT0215"
    assert rules(check(doc, case, others)) == [("order.mbb01_first", "hard")]
    doc.fields["mbb01_number"] = others[0].number
    doc.issued_at = (NOW - timedelta(hours=2)).isoformat()
    assert rules(check(doc, case, others)) == [("order.mbb01_first", "hard")]


def test_seals_exist_before_they_are_cited_and_are_opened_where_the_goods_are_kept() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    seal = Seal(id=new_id(), numbers=["NP-000125"], covers="2 thùng", kept_at="Kho tang vật Đội QLTT số 1",
                sealed_at=(NOW + timedelta(hours=1)).isoformat())
    case.seals = [seal]
    mbb15 = doc_of(case, "nd118.mbb15", closed_at=(NOW + timedelta(minutes=30)).isoformat(),
                   seal_statement="Niêm phong bằng niêm phong số NP-000125.")
    found = check(mbb15, case)
    assert rules(found) == [("order.seal_exists", "hard")] and "NP-000125" in found[0].message
    # Opening a seal no sealing minutes created, then at the wrong place.
    mbb27 = doc_of(case, "nd118.mbb27", issued=NOW + timedelta(days=1))
    mbb27.seals = [copy.deepcopy(seal)]
    assert ("order.seal_exists", "hard") in rules(check(mbb27, case))
    mbb26 = doc_of(case, "nd118.mbb26", issued=NOW + timedelta(hours=1), status=DocumentStatus.FINAL,
                   number="01/BB-NP-QLTT0215")
    mbb26.seals = [copy.deepcopy(seal)]
    assert rules(check(mbb27, case, [mbb26])) == [("order.open_place", "warning")]
    mbb27.place = seal.kept_at
    assert rules(check(mbb27, case, [mbb26])) == []


def test_sealing_follows_a_final_seizure() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)])
    mbb26 = doc_of(case, "nd118.mbb26", issued=NOW + timedelta(hours=1))
    assert rules(check(mbb26, case)) == [("order.seizure_first", "hard")]
    mbb15 = doc_of(case, "nd118.mbb15", status=DocumentStatus.FINAL, number="01/BB-TG-QLTT0215")
    assert rules(check(mbb26, case, [mbb15])) == []


def test_an_end_before_the_start_is_refused() -> None:
    case = case_of(person_subject(), [])
    doc = doc_of(case, "tt22.m06", closed_at=(NOW - timedelta(minutes=1)).isoformat())
    assert rules(check(doc, case)) == [("order.end_before_start", "hard")]


def test_mbb01_and_decision_deadlines_are_warnings_with_the_due_date() -> None:
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)], started=datetime(2026, 3, 2, 9, 0))
    late = doc_of(case, "nd118.mbb01", violations=[act(15, "d")], issued=datetime(2026, 3, 5, 9, 0))
    found = check(late, case)
    assert rules(found) == [("time.mbb01", "warning")] and "04/03/2026" in found[0].message
    on_time = doc_of(case, "nd118.mbb01", violations=[act(15, "d")], issued=datetime(2026, 3, 4, 16, 0))
    assert rules(check(on_time, case)) == []
    doc, others = decision(case, act(15, "d", 5 * TR), issued=datetime(2026, 3, 20, 9, 0))
    others[0].issued_at = datetime(2026, 3, 10, 9, 0).isoformat()
    doc.fields["mbb01_date"] = "2026-03-10"
    assert rules(check(doc, case, others)) == [("time.decision", "warning")]


def test_what_the_mbb01_seizes_is_what_the_seizure_minutes_list() -> None:
    rows = [goods(15 * TR, smuggled=True, name="Đồ chơi"), goods(5 * TR, smuggled=True, name="Đèn pin")]
    case = case_of(person_subject(), rows)
    mbb01 = doc_of(case, "nd118.mbb01", violations=[act(15, "đ")], status=DocumentStatus.FINAL,
                   number="01/BB-VPHC-QLTT0215")
    mbb01.goods = copy.deepcopy(rows)
    mbb15 = doc_of(case, "nd118.mbb15")
    mbb15.goods = copy.deepcopy(rows)
    assert rules(check(mbb15, case, [mbb01])) == []
    mbb15.goods = copy.deepcopy(rows[:1])
    found = check(mbb15, case, [mbb01])
    assert rules(found) == [("order.seized_goods", "warning")] and "Đèn pin" in found[0].message


def test_an_earlier_sanction_makes_small_counterfeits_criminal() -> None:
    from datetime import date

    from inspector_app.domain.rules.legal import PriorSanction

    case = case_of(person_subject(), [goods(5 * TR, counterfeit=True)])
    doc = doc_of(case, "nd118.mbb01", violations=[act(11, "c")])
    earlier = PriorSanction(day=date(2025, 9, 1), decree="98/2020/NĐ-CP", article=11,
                            citation="điểm b khoản 1 Điều 11 Nghị định số 98/2020/NĐ-CP", decision_number="09/QĐ-XPHC")
    found = check_document(CheckContext(doc=doc, case=case, others=[], catalog=CATALOG, legal=LEGAL,
                                        history=[earlier]))
    assert rules(found) == [("criminal.threshold", "warning")] and "09/QĐ-XPHC" in found[0].message
    # Too long ago, or an act outside the listed ones (unknown origin, Điều 17), does not count.
    old = PriorSanction(day=date(2023, 1, 1), decree="98/2020/NĐ-CP", article=11, citation="", decision_number="1")
    other = PriorSanction(day=date(2025, 9, 1), decree="98/2020/NĐ-CP", article=17, citation="", decision_number="2")
    assert check_document(CheckContext(doc=doc, case=case, others=[], catalog=CATALOG, legal=LEGAL,
                                       history=[old, other])) == []


def test_a_decision_waits_for_the_end_of_the_explanation_period_the_minutes_give() -> None:
    """Luật XLVPHC Điều 61: the MBB01 gives the violator 05 working days to explain in writing; a decision
    signed before they end is a warning (confirmed only with the explanation received, as the reason)."""
    case = case_of(person_subject(), [goods(15 * TR, smuggled=True)], started=datetime(2026, 3, 2, 9, 0))
    # MBB01 on Wednesday 04/03/2026: five working days end on Wednesday 11/03 (weekend 07–08/03).
    drawn = datetime(2026, 3, 4, 10, 0)
    for right, signed, expected in ((["có"], datetime(2026, 3, 6, 9, 0), [("time.explanation", "warning")]),
                                    (["có"], datetime(2026, 3, 12, 9, 0), []),
                                    (["không"], datetime(2026, 3, 6, 9, 0), [])):
        doc, others = decision(case, act(15, "d", 5 * TR), issued=signed)
        others[0].issued_at = drawn.isoformat()
        others[0].fields["explanation_acts"] = right
        doc.fields["mbb01_date"] = "2026-03-04"
        found = check(doc, case, others)
        assert rules(found) == expected, (right, signed, found)
        if expected:
            assert "11/03/2026" in found[0].message and "06/03/2026" in found[0].message
