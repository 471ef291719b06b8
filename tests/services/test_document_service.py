"""Drafts, finalisation (validation, atomic numbering, canonical JSON + SHA-256), corrections, immutability."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timedelta

import pytest

from inspector_app.domain.canonical import sha256_hex
from inspector_app.domain.errors import ImmutableError, InspectorError, StateError, ValidationError
from inspector_app.domain.kinds import KINDS, Issuer
from inspector_app.domain.model import DocumentStatus
from inspector_builders import make_case, make_draft, make_final, make_officer, make_unit, person_subject

UNIT_KINDS = sorted(k for k, s in KINDS.items() if s.issuer == Issuer.UNIT)
OFFICER_KINDS = sorted(k for k, s in KINDS.items() if s.issuer == Issuer.OFFICER)


@pytest.fixture
def case(services):
    return make_case(services)


def _row(services, doc_id):
    cur = services.repo.db.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,))
    return dict(zip([c[0] for c in cur.description], cur.fetchone(), strict=True))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_draft_of_every_kind_has_no_number_until_finalised(services, case, kind):
    draft = make_draft(services, case, kind)
    row = _row(services, draft.id)
    assert (row["status"], row["number"], row["sha256"], row["canonical"]) == ("draft", "", "", None)
    final = services.documents.finalize(draft.id, "01020007" if kind in UNIT_KINDS else "")
    row = _row(services, draft.id)
    assert row["status"] == "final" and row["number"] == final.number != ""
    assert sha256_hex(row["canonical"].encode()) == row["sha256"] == final.sha256
    assert row["finalized_at"] == "2026-03-10T09:00:00"


def test_finalize_stores_canonical_json_that_rebuilds_the_document(services, case):
    final = make_final(services, case, "nd118.mbb01")
    canonical, sha = services.repo.canonical_of(final.id)
    data = json.loads(canonical)
    assert "status" not in data and "sha256" not in data
    assert canonical == json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    again = services.documents.get(final.id)
    assert again.sha256 == sha and again.status == DocumentStatus.FINAL and again.number == final.number
    outbox = services.repo.db.conn.execute("SELECT state FROM outbox WHERE document_id = ?", (final.id,)).fetchone()
    assert outbox == ("final",)


def test_finalize_refuses_document_without_violation(services, case):
    draft = make_draft(services, case, "nd118.mbb01")
    draft.violations = []
    services.documents.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id)
    assert [p.field for p in info.value.problems] == ["violations"]
    assert _row(services, draft.id)["status"] == "draft"
    assert services.repo.db.conn.execute("SELECT COUNT(*) FROM number_counters").fetchone()[0] == 0


def test_finalize_reports_the_number_problem_together_with_the_others(services, case):
    draft = make_draft(services, case, "nd118.mqd02")
    draft.fields.pop("signer_name")
    services.documents.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id, "")
    assert {p.field for p in info.value.problems} == {"number", "fields.signer_name"}


def test_officer_numbers_count_per_officer_per_symbol_per_year(services, case, clock):
    numbers = [make_final(services, case, "nd118.mbb01").number for _ in range(3)]
    assert numbers == ["01/BB-VPHC-QLTT0215", "02/BB-VPHC-QLTT0215", "03/BB-VPHC-QLTT0215"]
    assert make_final(services, case, "nd118.mbb15").number == "01/BB-TG-QLTT0215"  # own symbol, own sequence

    services.profile.set_profile(make_unit(), make_officer("QLTT0233"))  # another officer on this laptop
    assert make_final(services, case, "nd118.mbb01").number == "01/BB-VPHC-QLTT0233"

    clock.at = datetime(2027, 1, 2, 8, 0, 0)  # a new calendar year starts again at 1
    services.profile.set_profile(make_unit(), make_officer("QLTT0215"))
    # A raid of the new year (an MBB01 for last year's raid would be past its 02-working-day deadline).
    assert make_final(services, make_case(services), "nd118.mbb01").number == "01/BB-VPHC-QLTT0215"
    counters = services.repo.db.conn.execute(
        "SELECT officer_no, symbol, year, last_seq FROM number_counters ORDER BY year, officer_no, symbol").fetchall()
    assert counters == [("QLTT0215", "BB-TG", 2026, 1), ("QLTT0215", "BB-VPHC", 2026, 3),
                        ("QLTT0233", "BB-VPHC", 2026, 1), ("QLTT0215", "BB-VPHC", 2027, 1)]


def test_refused_finalisation_does_not_consume_a_number(services, case):
    make_final(services, case, "nd118.mbb01")
    bad = make_draft(services, case, "nd118.mbb01")
    bad.place = ""
    services.documents.save_draft(bad)
    with pytest.raises(ValidationError):
        services.documents.finalize(bad.id)
    assert make_final(services, case, "nd118.mbb01").number == "02/BB-VPHC-QLTT0215"


def test_officer_issued_document_refuses_a_typed_number(services, case):
    draft = make_draft(services, case, "nd118.mbb01")
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id, "15")
    assert [p.field for p in info.value.problems] == ["number"]


@pytest.mark.parametrize("kind", UNIT_KINDS)
def test_unit_decision_takes_the_typed_number_and_refuses_a_duplicate(services, case, kind):
    symbol = KINDS[kind].symbol
    assert make_final(services, case, kind, "01020015").number == f"01020015/{symbol}"
    for duplicate in ("01020015", f"01020015/{symbol}", "15", "0015"):
        draft = make_draft(services, case, kind)
        with pytest.raises(ValidationError) as info:
            services.documents.finalize(draft.id, duplicate)
        assert [p.field for p in info.value.problems] == ["number"], duplicate
        assert _row(services, draft.id)["status"] == "draft"
    assert make_final(services, case, kind, "01020016").number == f"01020016/{symbol}"


def test_unit_number_may_repeat_in_a_new_year(services, case, clock):
    make_final(services, case, "nd118.mqd02", "01020015")
    clock.at = datetime(2027, 1, 5, 8, 0, 0)
    # A raid of the new year on another subject: last year's MBB01 is past the decision deadline (time.decision),
    # and the same organisation, fined again for counterfeits, would reach the criminal threshold.
    assert make_final(services, make_case(services, subject=person_subject()), "nd118.mqd02", "01020015").number \
        == "01020015/QĐ-XPHC"


def test_unit_decision_without_number_is_refused(services, case):
    draft = make_draft(services, case, "tt22.m01")
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id)
    assert [p.field for p in info.value.problems] == ["number"]


def test_final_document_cannot_be_saved_deleted_or_finalised_again(services, case):
    final = make_final(services, case, "nd118.mbb26")
    stale = make_draft(services, case, "nd118.mbb26")
    services.documents.finalize(stale.id)
    stale.place = "đổi địa điểm"  # an old in-memory copy still saying "draft"
    with pytest.raises(ImmutableError):
        services.documents.save_draft(stale)
    with pytest.raises(ImmutableError):
        services.documents.save_draft(final)
    with pytest.raises(InspectorError) as info:
        services.documents.delete_draft(final.id)
    assert info.value.code == "immutable"
    with pytest.raises(ImmutableError):
        services.documents.finalize(final.id)
    assert services.documents.get(stale.id).place != "đổi địa điểm"


def test_draft_can_be_edited_and_deleted(services, case):
    draft = make_draft(services, case, "tt22.m06")
    draft.fields["results"] = "Đã sửa kết quả"
    services.documents.save_draft(draft)
    assert services.documents.get(draft.id).fields["results"] == "Đã sửa kết quả"
    services.documents.delete_draft(draft.id)
    assert draft.id not in {d.id for d in services.documents.list()}


def test_correction_is_a_new_document_and_both_remain(services, case):
    old = make_final(services, case, "nd118.mbb15")
    new = services.documents.correct(old.id)
    assert new.supersedes == old.id and new.status == DocumentStatus.DRAFT and new.number == ""
    new.fields["storage_place"] = "Kho tang vật Chi cục"
    services.documents.save_draft(new)
    corrected = services.documents.finalize(new.id)
    assert corrected.number == "02/BB-TG-QLTT0215" and corrected.supersedes == old.id
    listed = {d.id: d for d in services.documents.list(case_id=case.id)}
    assert listed[old.id].status == "final" and listed[old.id].sha256 == old.sha256
    assert listed[new.id].supersedes == old.id
    assert services.documents.get(old.id).fields.get("storage_place") != "Kho tang vật Chi cục"


def test_a_draft_cannot_be_corrected(services, case):
    draft = make_draft(services, case, "tt22.m06")
    with pytest.raises(StateError):
        services.documents.correct(draft.id)


def test_synced_is_the_only_change_after_final(services, case):
    final = make_final(services, case, "tt22.m06")
    services.repo.mark_synced(final.id, "2026-03-10T10:00:00")
    assert services.documents.get(final.id).status == DocumentStatus.SYNCED
    assert services.documents.get(final.id).sha256 == final.sha256
    with pytest.raises(ImmutableError):
        services.documents.save_draft(services.documents.get(final.id))


def test_document_dated_in_the_future_cannot_be_finalised(services, case, clock):
    draft = make_draft(services, case, "tt22.m06")
    draft.issued_at = draft.fields["closed_at"] = (clock.now() + timedelta(days=1)).isoformat()
    services.documents.save_draft(draft)
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id)
    assert [p.field for p in info.value.problems] == ["issued_at"]


def test_decomposed_text_in_a_document_is_stored_and_hashed_as_nfc(services, case):
    draft = make_draft(services, case, "tt22.m06")
    draft.place = unicodedata.normalize("NFD", "Biên Hòa, Đồng Nai")
    services.documents.save_draft(draft)
    final = services.documents.finalize(draft.id)
    row = _row(services, final.id)
    for col in ("body", "canonical"):
        assert unicodedata.is_normalized("NFC", row[col]) and "Biên Hòa, Đồng Nai" in row[col]
    assert services.documents.get(final.id).place == "Biên Hòa, Đồng Nai"


def test_unknown_kind_or_status_is_refused(services, case):
    with pytest.raises(InspectorError):
        services.documents.create_draft(case.id, "tt22.m99")
    with pytest.raises(InspectorError):
        services.documents.list(status="archived")


def test_every_document_change_is_audited(services, case):
    draft = make_draft(services, case, "nd118.mbb01")
    final = services.documents.finalize(draft.id)
    actions = [e["action"] for e in services.repo.audit_events(final.id)]
    assert actions == ["document.finalize", "document.update", "document.create"]
    event = services.repo.audit_events(final.id)[0]
    assert json.loads(event["data"])["sha256"] == final.sha256 and event["actor"] == "QLTT0215"


def test_a_document_is_corrected_once_at_a_time_and_only_in_its_newest_version(services):
    import pytest

    from inspector_app.domain.errors import InspectorError
    from inspector_builders import make_case, make_final

    case = make_case(services)
    original = make_final(services, case, "nd118.mbb15")
    draft = services.documents.correct(original.id)
    with pytest.raises(InspectorError) as second:
        services.documents.correct(original.id)
    assert second.value.code == "correction_exists" and draft.id in second.value.message
    corrected = services.documents.finalize(draft.id)
    with pytest.raises(InspectorError) as stale:
        services.documents.correct(original.id)
    assert stale.value.code == "already_superseded" and corrected.number in stale.value.message
    # The newest version can be corrected in turn; every version stays.
    assert services.documents.correct(corrected.id).supersedes == corrected.id
    assert {d.id for d in services.documents.list(case_id=case.id, kind="nd118.mbb15")} >= {original.id, corrected.id}


def test_penalty_decision_is_prefilled_with_the_violation_minutes_in_force(services, case):
    assert "mbb01_number" not in services.documents.create_draft(case.id, "nd118.mqd02").fields
    first = make_final(services, case, "nd118.mbb01")
    draft = services.documents.create_draft(case.id, "nd118.mqd02")
    assert draft.fields["mbb01_number"] == first.number
    assert draft.fields["mbb01_date"] == first.issued_at[:10]
    correction = services.documents.correct(first.id)
    services.documents.save_draft(correction)
    replacing = services.documents.finalize(correction.id)
    again = services.documents.create_draft(case.id, "nd118.mqd02")
    assert again.fields["mbb01_number"] == replacing.number != first.number


def test_long_goods_list_asks_for_an_annex_which_the_service_creates_linked_to_the_minutes(services):
    from decimal import Decimal

    from inspector_app.domain.model import GoodsRow, new_id
    from inspector_app.domain.validation import ANNEX_PROBLEM

    case = make_case(services)
    for i in range(12):
        services.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name=f"Mỹ phẩm {i}", unit="hộp",
                                                        quantity=Decimal(1), unit_price=100_000))
    minutes = make_draft(services, services.cases.get(case.id), "tt22.m06")
    problems = services.documents.problems(minutes)
    assert [p.field for p in problems] == [ANNEX_PROBLEM]
    # Information, not a blocker (forms review B3): without a separate bảng kê the minutes print their own,
    # signed on every page by the same parties; the officer may still draw up a Mẫu 10 instead.
    assert not any(p.blocking for p in problems)
    annex = services.documents.create_annex(minutes.id)
    assert annex.kind == "tt22.m10" and annex.fields["attached_to_id"] == minutes.id
    assert len(annex.goods) == len(minutes.goods) == 14
    assert services.documents.create_annex(minutes.id).id == annex.id  # not a second one
    assert services.documents.problems(services.documents.get(minutes.id)) == []
    final = services.documents.finalize(minutes.id)
    assert final.number


def test_a_replaced_document_starts_no_deadline_of_its_own(services, case):
    first = make_final(services, case, "nd118.mbb01")
    before = [d for d in services.rules.deadlines_for_case(case.id) if d.document_id == first.id]
    assert before
    correction = services.documents.correct(first.id)
    services.documents.save_draft(correction)
    replacing = services.documents.finalize(correction.id)
    after = services.rules.deadlines_for_case(case.id)
    assert not [d for d in after if d.document_id == first.id]
    assert [d for d in after if d.document_id == replacing.id]
