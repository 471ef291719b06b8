"""State machine draft → final → synced, corrections, document numbers and pre-filling."""

from __future__ import annotations

from datetime import datetime

import pytest

from inspector_app.domain.canonical import document_hash
from inspector_app.domain.errors import ImmutableError, StateError, ValidationError
from inspector_app.domain.kinds import KINDS, Issuer
from inspector_app.domain.lifecycle import correction_of, ensure_editable, finalized_copy
from inspector_app.domain.model import DocumentStatus, Role
from inspector_app.domain.numbering import officer_number, typed_number_problem, unit_number
from inspector_app.domain.prefill import draft_from_case
from inspector_app.domain.validation import validate_document
from inspector_builders import case_record, make_officer, make_unit, valid_document

NOW = datetime(2026, 3, 10, 9, 0, 0, 123456)
D, F, S = DocumentStatus.DRAFT, DocumentStatus.FINAL, DocumentStatus.SYNCED


def test_finalized_copy_numbers_hashes_and_leaves_the_draft_alone():
    draft = valid_document("nd118.mbb01", NOW)
    final = finalized_copy(draft, "01/BB-VPHC-QLTT0215", NOW)
    assert final.status == F and final.number == "01/BB-VPHC-QLTT0215"
    assert final.finalized_at == "2026-03-10T09:00:00"
    assert final.sha256 == document_hash(final) and len(final.sha256) == 64
    assert draft.status == D and draft.number == "" and draft.sha256 == ""


def test_finalized_copy_refuses_an_incomplete_draft_with_every_problem():
    draft = valid_document("nd118.mbb01", NOW)
    draft.violations = []
    draft.place = ""
    with pytest.raises(ValidationError) as info:
        finalized_copy(draft, "01/BB-VPHC-QLTT0215", NOW)
    assert {p.field for p in info.value.problems} == {"violations", "place"}


def test_final_document_is_not_editable_and_cannot_be_finalised_again():
    final = finalized_copy(valid_document("tt22.m06", NOW), "01/BB-KT-QLTT0215", NOW)
    with pytest.raises(ImmutableError):
        ensure_editable(final)
    with pytest.raises(ImmutableError):
        finalized_copy(final, "02/BB-KT-QLTT0215", NOW)


def test_correction_is_a_new_draft_naming_the_document_it_supersedes():
    final = finalized_copy(valid_document("tt22.m06", NOW), "01/BB-KT-QLTT0215", NOW)
    new = correction_of(final, NOW)
    assert new.id != final.id and new.supersedes == final.id
    assert (new.status, new.number, new.sha256, new.finalized_at) == (D, "", "", "")
    assert new.fields == final.fields and new.fields is not final.fields
    assert final.status == F and final.number == "01/BB-KT-QLTT0215"


def test_a_draft_is_not_corrected_but_edited():
    with pytest.raises(StateError):
        correction_of(valid_document("tt22.m06", NOW), NOW)


def test_officer_number_format():
    assert officer_number(1, "BB-VPHC", "QLTT0215") == "01/BB-VPHC-QLTT0215"
    assert officer_number(123, "BK", "QLTT0215") == "123/BK-QLTT0215"
    with pytest.raises(ValueError):
        officer_number(0, "BK", "QLTT0215")


@pytest.mark.parametrize("typed,printed", [("01020015", "01020015/QĐ-XPHC"),
                                           (" 01020015/QĐ-XPHC ", "01020015/QĐ-XPHC")])
def test_unit_number_from_what_was_typed(typed, printed):
    assert unit_number(typed, "QĐ-XPHC") == printed
    assert typed_number_problem(typed, KINDS["nd118.mqd02"]) is None


# Unit decisions take the 8 digits of TT 22 Điều 6 khoản 2: "15" is not a unit number (review M6).
@pytest.mark.parametrize("typed", ["", "  ", "0", "abc", "123456789", "15", "0015", "01020015/QĐ-KT", "-3",
                                   "00000000"])
def test_bad_typed_unit_numbers_are_refused(typed):
    problem = typed_number_problem(typed, KINDS["nd118.mqd02"])
    assert problem is not None and problem.field == "number"


def test_officer_issued_kinds_take_no_typed_number():
    assert typed_number_problem("15", KINDS["nd118.mbb01"]) is not None


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_prefilled_draft_has_no_number_and_officer_only_for_officer_kinds(kind):
    case = case_record(now=NOW)
    doc = draft_from_case(case, kind, make_unit(), make_officer(), NOW)
    assert doc.status == D and doc.number == "" and doc.sha256 == ""
    assert doc.case_id == case.id and doc.subject == case.subject and doc.subject is not case.subject
    spec = KINDS[kind]
    assert doc.officer_no == ("QLTT0215" if spec.issuer == Issuer.OFFICER else "")
    if kind in ("tt22.m01", "nd118.mqd02"):
        assert {p.role for p in doc.participants} <= {Role.TEAM_LEAD, Role.TEAM_MEMBER}


def test_prefill_copies_seized_goods_into_seizure_minutes():
    case = case_record(now=NOW)
    case.goods[1].seized = False
    doc = draft_from_case(case, "nd118.mbb15", make_unit(), make_officer(), NOW)
    assert [g.id for g in doc.goods] == [case.goods[0].id]
    doc.goods[0].name = "changed"
    assert case.goods[0].name != "changed"


def test_prefill_adds_the_officer_as_drafter_of_nd118_minutes():
    doc = draft_from_case(case_record(now=NOW), "nd118.mbb01", make_unit(), make_officer(), NOW)
    drafters = [p for p in doc.participants if p.role == Role.DRAFTER]
    assert [p.officer_no for p in drafters] == ["QLTT0215"]


def test_prefilled_penalty_decision_sums_the_fines():
    doc = draft_from_case(case_record(now=NOW), "nd118.mqd02", make_unit(), make_officer(), NOW)
    assert doc.fields["fine_total"] == 10_000_000
    assert "fields.fine_total" not in {p.field for p in validate_document(doc, NOW)}


def test_prefilled_drafter_names_the_unit_as_written_in_a_sentence():
    # The unit's header line is in capitals; str.title() would give "Đội Quản Lý Thị Trường Số 1".
    doc = draft_from_case(case_record(now=NOW), "nd118.mbb01", make_unit(), make_officer(), NOW)
    drafter = next(p for p in doc.participants if p.role == Role.DRAFTER)
    assert drafter.organization == "Đội Quản lý thị trường số 1"
