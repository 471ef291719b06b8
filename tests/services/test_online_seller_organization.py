"""An online seller that is an enterprise is fined as an organisation (NĐ 98/2020 Điều 4 khoản 4: the
organisation's fine is twice the individual's): a recorded fact of the subject, used by the fine ranges,
the legal rule set at finalisation and the MBB01 right to explain; an online seller without it, and every
subject recorded before the fact existed, keeps the individual's frames and its canonical JSON."""

from __future__ import annotations

from datetime import date

from inspector_app.domain.canonical import canonical_document
from inspector_app.domain.model import Subject, SubjectKind, new_id
from inspector_app.domain.validation import validate_subject
from inspector_app.services.container import Services
from inspector_builders import TAX_CODE, complete, make_case, make_draft

TR = 1_000_000


def _seller(organization: bool) -> Subject:
    return Subject(id=new_id(), kind=SubjectKind.ONLINE_SELLER, name="Công ty TNHH Tram Beauty",
                   platform="Shopee", shop_url="https://shopee.vn/trambeauty", tax_code=TAX_CODE,
                   seller_is_organization=organization)


def test_an_online_seller_that_is_an_organisation_gets_the_doubled_frame(services: Services) -> None:
    frames = {}
    for organization in (False, True):
        case = make_case(services, subject=_seller(organization))
        fine = services.rules.fine_for_case(case.id, case.violations[0].id)
        frames[organization] = (fine.organization, fine.min, fine.max)
    # Điều 11 khoản 1 điểm c (goods worth 9.240.000 đồng): 5–10 triệu for a person, 10–20 for an organisation.
    assert frames == {False: (False, 5 * TR, 10 * TR), True: (True, 10 * TR, 20 * TR)}


def test_finalisation_judges_the_fine_by_the_sellers_kind(services: Services) -> None:
    for organization, in_range in ((False, False), (True, True)):
        case = make_case(services, subject=_seller(organization))
        case.violations[0].fine_amount = 15 * TR
        services.cases.save(case)
        draft = complete(services.documents.create_draft(case.id, "nd118.mqd02"), services.clock.now())
        rules = {p.rule for p in services.documents.rule_problems(draft) if p.blocking}
        # 15 triệu: inside the organisation's 10–20 triệu; for a person only inside the ×2 frame of khoản 2.
        assert (not rules & {"fine.range", "fine.aggravated"}) is in_range, (organization, rules)


def test_the_fact_is_written_only_when_set_and_needs_the_enterprise_code(services: Services) -> None:
    case = make_case(services, subject=_seller(False))
    assert b"seller_is_organization" not in canonical_document(make_draft(services, case, "nd118.mbb01"))
    company = _seller(True)
    company.tax_code = ""
    problems = validate_subject(company, date(2026, 3, 10))
    assert [p.message for p in problems if p.field == "subject.tax_code"] == [
        "Người bán là tổ chức: chưa nhập mã số doanh nghiệp/mã số thuế"]
    assert company.fined_as_organization() and not _seller(False).fined_as_organization()
