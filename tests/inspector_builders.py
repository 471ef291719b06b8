"""Builders of valid foundation records (cases, drafts and final documents of every kind) for the tests.

Everything goes through the real services, so a builder that stops working is itself a failing test.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import (
    Case,
    Document,
    GoodsRow,
    InspectionDecision,
    Officer,
    Participant,
    Role,
    Seal,
    Subject,
    SubjectKind,
    Unit,
    ViolationRef,
    new_id,
)
from inspector_app.domain.prefill import draft_from_case
from inspector_app.services.container import Services


def make_unit() -> Unit:
    """A complete issuing unit."""
    return Unit(code="QLTT-DN-01", name="ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1",
                parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", place_name="Biên Hòa",
                address="Số 2 đường Nguyễn Văn Trị, Biên Hòa")


def make_officer(officer_no: str = "QLTT0215") -> Officer:
    """A complete officer."""
    return Officer(id=new_id(), full_name="Nguyễn Thị Thanh Hương", title="Kiểm soát viên thị trường",
                   officer_no=officer_no, card_no="KT-0215/2023")


TAX_CODE = "0100109106"  # a real enterprise code with a valid check digit
CCCD = "075079001234"  # Đồng Nai, male born in 1979
EAN13 = "4006381333931"


def org_subject() -> Subject:
    """A complete organisation subject."""
    return Subject(id=new_id(), kind=SubjectKind.ORGANIZATION, name="Công ty TNHH Mỹ phẩm Hoàng Gia",
                   address="Số 128 đường Võ Thị Sáu, phường Thống Nhất, tỉnh Đồng Nai", tax_code=TAX_CODE,
                   representative="Đặng Thị Mỹ Linh", representative_title="Giám đốc")


def person_subject() -> Subject:
    """A complete individual subject."""
    return Subject(id=new_id(), kind=SubjectKind.INDIVIDUAL, name="Phạm Văn Tùng", gender="Nam",
                   birth_date="1979-04-12", id_number=CCCD, address="Ấp 3, xã Xuân Đường, tỉnh Đồng Nai")


TEAM = [
    Participant(role=Role.TEAM_LEAD, full_name="Trần Quốc Đạt", title="Đội trưởng", officer_no="QLTT0101",
                card_no="KT-0101/2022"),
    Participant(role=Role.TEAM_MEMBER, full_name="Nguyễn Thị Thanh Hương", title="Kiểm soát viên thị trường",
                officer_no="QLTT0215", card_no="KT-0215/2023"),
]


def case_record(subject: Subject | None = None, now: datetime | None = None) -> Case:
    """An unsaved case with a subject, a team, two seized goods rows, one violation and one seal."""
    now = now or datetime(2026, 3, 10, 9, 0, 0)
    case = Case(id=new_id(), unit_code="QLTT-DN-01", title="Kiểm tra cửa hàng mỹ phẩm",
                place="Số 128 đường Võ Thị Sáu, Biên Hòa",
                started_at=(now - timedelta(hours=3)).replace(microsecond=0).isoformat(),
                subject=subject or org_subject(),
                decision=InspectionDecision(number="12/QĐ-KT", date=(now - timedelta(days=2)).date().isoformat(),
                                            issuer="Đội trưởng Đội QLTT số 1"))
    _fill_case(case)
    return case


def _fill_case(case: Case) -> None:
    case.team = [Participant(**vars(p)) for p in TEAM]
    case.goods = [
        GoodsRow(id=new_id(), name="Kem chống nắng Anessa", unit="tuýp", quantity=Decimal(24), barcode=EAN13,
                 unit_price=385000, seized=True, suspected_counterfeit=True),
        GoodsRow(id=new_id(), name="Son môi MAC", unit="thỏi", quantity=Decimal("2.5"), unit_price=420000,
                 seized=True),
    ]
    # The flagged goods are worth 9.240.000 đồng: điểm c khoản 1 Điều 11 (5–10 triệu for an individual, 10–20
    # triệu for an organisation), so 10 triệu lies in the range for either subject kind.
    case.violations = [ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=11, clause=1, point="c",
                                    description="Buôn bán hàng giả mạo nhãn hàng hóa", fine_amount=10_000_000)]
    started = datetime.fromisoformat(case.started_at) if case.started_at else datetime(2026, 3, 10, 6, 0, 0)
    case.seals = [Seal(id=new_id(), numbers=["NP-000125"], covers="2 thùng carton mỹ phẩm",
                       kept_at="Kho tang vật Đội QLTT số 1", sealed_at=(started + timedelta(hours=1)).isoformat())]
    case.findings = "Phát hiện mỹ phẩm nghi giả mạo nhãn hàng hóa."


def make_case(services: Services, subject: Subject | None = None, title: str = "Kiểm tra cửa hàng mỹ phẩm",
              place: str = "Số 128 đường Võ Thị Sáu, Biên Hòa") -> Case:
    """A case with a subject, a team, two seized goods rows, one violation and one seal."""
    now = services.clock.now()
    case = services.cases.new_case(
        title=title, place=place, started_at=(now - timedelta(hours=3)).isoformat(),
        decision=InspectionDecision(number="12/QĐ-KT", date=(now - timedelta(days=2)).date().isoformat(),
                                    issuer="Đội trưởng Đội QLTT số 1"),
        subject=subject or org_subject())
    _fill_case(case)
    return services.cases.save(case)


def kind_fields(kind: str, now: datetime) -> dict[str, Any]:
    """Form-specific fields that complete a pre-filled draft of ``kind``."""
    day = now.date().isoformat()
    return {
        "tt22.m01": {"basis": "Căn cứ Kế hoạch kiểm tra số 12/KH-QLTT", "signer_title": "ĐỘI TRƯỞNG",
                     "signer_name": "Trần Quốc Đạt"},
        "tt22.m06": {"decision_number": "12/QĐ-KT", "decision_date": day, "decision_issuer": "Đội trưởng",
                     "results": "Phát hiện mỹ phẩm nghi giả mạo nhãn hàng hóa."},
        "tt22.m10": {"attached_to": "01/BB-KT-QLTT0215"},
        "nd118.mbb01": {"violation_time": (now - timedelta(hours=3)).replace(microsecond=0).isoformat()},
        "nd118.mbb15": {},
        "nd118.mbb26": {"basis": f"Biên bản tạm giữ số 01/BB-TG-QLTT0215 lập ngày {now:%d/%m/%Y}",
                        "storage_place": "Kho tang vật",
                        "keeper": "Lê Văn Phúc"},
        "nd118.mbb27": {"basis": f"Biên bản niêm phong số 01/BB-NP-QLTT0215 lập ngày {now:%d/%m/%Y}",
                        "opening_reason": "Trưng cầu giám định", "contents_check": "Khớp với bảng kê"},
        "nd118.mqd02": {"signer_title": "ĐỘI TRƯỞNG", "signer_name": "Trần Quốc Đạt",
                        "mbb01_number": "01/BB-VPHC-QLTT0215", "mbb01_date": day, "effective_date": day,
                        "payment_account": "Tài khoản số 7111 của Kho bạc Nhà nước"},
    }[kind]


def complete(doc: Document, now: datetime) -> Document:
    """Fill what pre-filling cannot know, so that ``doc`` passes validation."""
    kind = doc.kind
    doc.fields.update(kind_fields(kind, now))
    if any(f.key == "closed_at" for f in KINDS[kind].fields) and not doc.fields.get("closed_at"):
        # A draft of a case without an end time leaves "lập xong hồi …" empty (review M14): the officer
        # types it when the minutes are closed.
        doc.fields["closed_at"] = now.replace(microsecond=0).isoformat()
    if kind not in ("tt22.m01", "nd118.mqd02", "tt22.m10"):
        doc.participants.append(Participant(role=Role.SUBJECT_REPRESENTATIVE, full_name="Đặng Thị Mỹ Linh",
                                            title="Giám đốc"))
    if kind == "nd118.mbb27":
        for seal in doc.seals:
            seal.state_when_opened = "intact"
    return doc


# What the legal rule set needs final in the case before a document of a kind (legal_rules.json "order.*").
PREREQUISITE = {"nd118.mqd02": "nd118.mbb01", "nd118.mbb26": "nd118.mbb15", "nd118.mbb27": "nd118.mbb26"}


def _final_of(services: Services, case: Case, kind: str) -> Document:
    """The case's first final document of ``kind``, made (with its own prerequisites) if there is none."""
    for row in services.documents.list(case_id=case.id, kind=kind):
        if row.status != "draft":
            return services.documents.get(row.id)
    return make_final(services, case, kind)


def make_draft(services: Services, case: Case, kind: str) -> Document:
    """A stored draft of ``kind`` that passes validation and the legal rule set (pre-filled from ``case``,
    then completed; the documents it must follow are made final first)."""
    before = _final_of(services, case, PREREQUISITE[kind]) if kind in PREREQUISITE else None
    doc = complete(services.documents.create_draft(case.id, kind), services.clock.now())
    if kind == "nd118.mqd02" and before is not None:
        doc.fields.update({"mbb01_number": before.number, "mbb01_date": before.issued_at[:10]})
    if kind == "nd118.mbb27" and doc.seals:
        doc.place = doc.seals[0].kept_at  # seals are opened where the goods are kept
    saved = services.documents.save_draft(doc)
    if kind == "nd118.mqd02":
        # The builders' decision follows its MBB01 at once: as if the violator's written explanation had come
        # the same day, which the officer records when confirming the warning (legal_rules.json
        # "time.explanation"); tests of that rule make their decisions without this builder.
        for problem in services.documents.rule_problems(saved):
            if problem.rule == "time.explanation":
                services.documents.override(saved.id, problem.key, "Người vi phạm đã gửi văn bản giải trình "
                                            "trong ngày lập biên bản; đã xem xét trước khi ra quyết định.")
    return saved


def make_final(services: Services, case: Case, kind: str, number: str = "") -> Document:
    """A final document of ``kind``; unit-issued kinds need ``number``."""
    draft = make_draft(services, case, kind)
    return services.documents.finalize(draft.id, number)


def valid_document(kind: str, now: datetime) -> Document:
    """An unsaved draft of ``kind`` that passes validation at ``now`` (no database involved)."""
    doc = draft_from_case(case_record(now=now), kind, make_unit(), make_officer(), now)
    return complete(doc, now)


def demo_secrets(services: Services) -> list[bytes]:
    """Names, identity numbers and addresses of the demo's people, as they would appear in clear (to grep
    files for)."""
    found: list[bytes] = []
    for summary in services.cases.list():
        case = services.cases.get(summary.id)
        if case.subject is not None:
            for text in (case.subject.name, case.subject.id_number, case.subject.address):
                if text and len(text) >= 6:
                    found.append(text.encode("utf-8"))
    assert len(found) >= 6, found
    return found


def raw_connection(path: Any) -> Any:
    """A second, plain DB-API connection to an installation's encrypted database, as another program that
    knows the key would open it (SQLCipher, keyed from the key file with the test passphrase)."""
    import os
    from pathlib import Path

    import sqlcipher3

    from inspector_app.store.crypto import KeyFile, key_pragma

    path = Path(path)
    key = KeyFile.load(path.parent).unlock(os.environ["INSPECTOR_PASSPHRASE"])
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(key_pragma(key.database))
    return conn
