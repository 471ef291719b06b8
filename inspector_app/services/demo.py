"""Realistic demo data: four raids that together use every document kind, final and draft.

(a) an inspection with no violation; (b) counterfeit cosmetics at a shop with seizure, seals, opening of the
seals, a 120+ row bảng kê and a penalty decision; (c) an online seller with evidence captured from its
listing; (d) an individual selling smuggled cigarettes who refused to sign, with two witnesses.
Every run makes fresh UUIDs, so two demo installations are two different devices.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from inspector_app.domain.checks import gs1_check_digit, tax_check_digit
from inspector_app.domain.format import format_dong
from inspector_app.domain.model import (
    AttachmentKind,
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

if TYPE_CHECKING:
    from inspector_app.domain.clock import Clock
    from inspector_app.store.repository import Repository

    from .cases import CaseService, ProfileService
    from .documents import DocumentService

Progress = Callable[[int, int, str], None]

DEMO_UNIT = Unit(code="QLTT-DN-01", name="ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1",
                 parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", place_name="Đồng Nai",
                 address="Số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai")


def demo_officer() -> Officer:
    """The demo installation's officer."""
    return Officer(id=new_id(), full_name="Nguyễn Thị Thanh Hương", title="Kiểm soát viên thị trường",
                   officer_no="QLTT0215", card_no="KT-0215/2023", unit_code=DEMO_UNIT.code)


TEAM = [
    Participant(role=Role.TEAM_LEAD, full_name="Trần Quốc Đạt", title="Đội trưởng Đội QLTT số 1",
                organization="Đội Quản lý thị trường số 1", officer_no="QLTT0101", card_no="KT-0101/2022"),
    Participant(role=Role.TEAM_MEMBER, full_name="Nguyễn Thị Thanh Hương", title="Kiểm soát viên thị trường",
                organization="Đội Quản lý thị trường số 1", officer_no="QLTT0215", card_no="KT-0215/2023"),
    Participant(role=Role.TEAM_MEMBER, full_name="Lê Văn Phúc", title="Kiểm soát viên thị trường",
                organization="Đội Quản lý thị trường số 1", officer_no="QLTT0233"),
]

# Cosmetics and personal-care goods seen in counterfeit raids, at the price of the genuine product:
# (name, brand, model, unit, unit price đồng). Small retail items, so that 126 lines of fakes stay within the
# value band the demo's decision cites (Điều 11 điểm d: 10 to under 20 triệu đồng) and below the criminal
# threshold of BLHS Điều 192 (legal_rules.json).
_PRODUCTS = [
    ("Mặt nạ giấy", "Innisfree", "My Real Squeeze Mask 20ml", "miếng", 25000),
    ("Son dưỡng môi", "Nivea", "Lip Care Original 4,8g", "thỏi", 48000),
    ("Sữa rửa mặt", "Senka", "Perfect Whip 50g", "tuýp", 65000),
    ("Kem đánh răng", "P/S", "Bảo vệ 123 100g", "tuýp", 32000),
    ("Nước tẩy trang", "Bioderma", "Sensibio H2O 100ml", "chai", 120000),
    ("Dầu gội", "Clear", "Bạc hà 170g", "chai", 79000),
    ("Sữa tắm", "Dove", "Deeply Nourishing 200g", "chai", 69000),
    ("Kem chống nắng", "Sunplay", "Skin Aqua 25g", "tuýp", 85000),
    ("Phấn phủ", "Maybelline", "Fit Me 8,5g", "hộp", 99000),
    ("Lăn khử mùi", "Nivea", "Dry Comfort 50ml", "chai", 59000),
    ("Dầu xả", "Tsubaki", "Premium Moist 70ml", "chai", 45000),
    ("Kem dưỡng da tay", "Vaseline", "Healthy Hands 75ml", "tuýp", 55000),
]
_ORIGINS = ["Nhật Bản", "Pháp", "Hàn Quốc", "Hoa Kỳ", "Không rõ xuất xứ", "Trung Quốc"]
_SHADES = ["loại A", "loại B", "lô 2401", "lô 2407", "lô 2411", "mẫu mới", "mẫu cũ", "hộp quà", "bản nội địa",
           "bản xuất khẩu", "tem phụ giả", "không tem phụ"]


def _ean13(rng: random.Random, prefix: str = "893") -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    return body + str(gs1_check_digit(body))


def _tax_code(rng: random.Random) -> str:
    while True:
        first9 = "0" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        digit = tax_check_digit(first9)
        if digit is not None:
            return first9 + str(digit)


def _cccd(rng: random.Random, province: str, birth_year: int, female: bool) -> str:
    century = (birth_year // 100 - 19) * 2 + (1 if female else 0)
    return f"{province}{century}{birth_year % 100:02d}" + "".join(str(rng.randint(0, 9)) for _ in range(6))


def _stamp_with(doc: Document, issued_at: str, person: Participant) -> None:
    """Set when a demo document was drawn up and add the subject's representative to it."""
    doc.issued_at = issued_at
    doc.participants.append(person)


def _dmy(iso: str) -> str:
    """"2026-11-25T…" → "25/11/2026": every reference to another document carries its date (review M11)."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


class DemoService:
    """Loads the demo dataset through the real services (so it is validated, numbered and audited)."""

    def __init__(self, repo: Repository, clock: Clock, profile: ProfileService, cases: CaseService,
                 documents: DocumentService) -> None:
        self.repo = repo
        self.clock = clock
        self.profile = profile
        self.cases = cases
        self.documents = documents

    def _ensure_profile(self) -> None:
        if not self.profile.is_configured():
            self.profile.set_profile(DEMO_UNIT, demo_officer())

    def _next_unit_number(self, kind: str) -> str:
        """The next free unit number of ``kind`` this year (demo runs may repeat)."""
        year = str(self.clock.now().year)
        rows = self.repo.db.conn.execute(
            "SELECT number FROM documents WHERE kind = ? AND substr(finalized_at, 1, 4) = ?", (kind, year)).fetchall()
        used = [int(r[0].split("/")[0]) for r in rows if r[0].split("/")[0].isdigit()]
        # TT 22 Điều 6 khoản 2: 8 digits, unit code 01, sub-unit 02, yearly sequence (review M6).
        return str(max(used, default=1020000) + 1).zfill(8)

    def _doc(self, case: Case, kind: str, fields: dict[str, Any], *, finalize: bool = True,
             number: bool = False, mutate: Callable[[Document], None] | None = None,
             overrides: dict[str, str] | None = None) -> Document:
        """Create, fill and (by default) finalise a document; ``overrides`` maps a rule id to the reason the
        demo officer writes when overriding that rule's warning (recorded in the audit log)."""
        doc = self.documents.create_draft(case.id, kind)
        doc.fields.update(fields)
        if mutate:
            mutate(doc)
        self.documents.save_draft(doc)
        for problem in self.documents.rule_problems(doc):
            if overrides and problem.rule in overrides and problem.overridable:
                self.documents.override(doc.id, problem.key, overrides[problem.rule])
        if finalize:
            return self.documents.finalize(doc.id, self._next_unit_number(kind) if number else "")
        return doc

    def load(self, progress: Progress | None = None) -> dict[str, Any]:
        """Add the four demo raids; returns counts."""
        self._ensure_profile()
        rng = random.Random()
        now = self.clock.now()
        steps = 4
        created: list[Document] = []
        cases: list[Case] = []
        for i, builder in enumerate((self._case_no_violation, self._case_counterfeit, self._case_online,
                                     self._case_refusal), start=1):
            case, docs = builder(rng, now)
            cases.append(case)
            created.extend(docs)
            if progress:
                progress(i, steps, case.title)
        final = sum(1 for d in created if d.status.value != "draft")
        return {"cases": len(cases), "documents": len(created), "final": final, "draft": len(created) - final,
                "case_ids": [c.id for c in cases], "document_ids": [d.id for d in created]}

    # -- the four raids ---------------------------------------------------------------------------
    def _new_case(self, title: str, place: str, started: datetime, subject: Subject, decision_no: str) -> Case:
        case = self.cases.new_case(
            title=title, place=place, started_at=started.isoformat(),
            decision=InspectionDecision(number=decision_no, date=(started - timedelta(days=2)).date().isoformat(),
                                        issuer="Đội trưởng Đội Quản lý thị trường số 1"),
            subject=subject)
        case.team = [Participant(**vars(p)) for p in TEAM]
        return case  # type: ignore[no-any-return]

    def _m01_fields(self) -> dict[str, Any]:
        return {"basis": "Căn cứ Kế hoạch kiểm tra số 12/KH-QLTT ngày 05 tháng 01 năm 2026 của Chi cục Quản lý "
                         "thị trường tỉnh Đồng Nai",
                "signer_title": "ĐỘI TRƯỞNG", "signer_name": "Trần Quốc Đạt",
                # PL QLTT Điều 22 k2a: an inspection on site lasts at most 03 working days.
                "duration_days": 3,
                "recipients": ["Như Điều 3", "Chi cục QLTT tỉnh Đồng Nai (để b/c)", "Lưu: VT, HS"]}

    def _case_no_violation(self, rng: random.Random, now: datetime) -> tuple[Case, list[Document]]:
        started = (now - timedelta(days=9)).replace(hour=8, minute=30, second=0)
        subject = Subject(id=new_id(), kind=SubjectKind.INDIVIDUAL, name="Phạm Văn Tùng", shop_name="Tạp hóa Tùng Phát",
                          address="Số 45 đường Phạm Văn Thuận, phường Tam Hiệp, tỉnh Đồng Nai", gender="Nam",
                          birth_date="1979-04-12", occupation="Chủ hộ kinh doanh tạp hóa Tùng Phát",
                          id_number=_cccd(rng, "075", 1979, False), phone="0913 456 782")
        case = self._new_case("Kiểm tra hộ kinh doanh tạp hóa Tùng Phát", subject.address, started, subject, "")
        case.findings = ("Hàng hóa bày bán có hóa đơn, chứng từ chứng minh nguồn gốc; nhãn hàng hóa đầy đủ; "
                         "niêm yết giá đúng quy định. Không phát hiện vi phạm.")
        case.goods = [GoodsRow(id=new_id(), name="Nước mắm", brand="Nam Ngư", model="chai 750ml", unit="chai",
                               quantity=Decimal(48), origin="Việt Nam", barcode=_ean13(rng), unit_price=42000)]
        self.cases.save(case)
        m01 = self._doc(case, "tt22.m01", self._m01_fields(), number=True,
                        mutate=lambda d: setattr(d, "issued_at", (started - timedelta(days=2)).isoformat()))
        case.decision.number = m01.number
        self.cases.save(case)
        m06 = self._doc(case, "tt22.m06", {
            "decision_number": m01.number, "decision_date": m01.issued_at[:10],
            "decision_issuer": "Đội trưởng Đội Quản lý thị trường số 1",
            "results": case.findings, "subject_opinion": "Thống nhất với kết quả kiểm tra.",
            "team_opinion": "Kết thúc kiểm tra; đề nghị hộ kinh doanh tiếp tục chấp hành đúng quy định.",
            "closed_at": (started + timedelta(hours=2)).isoformat()},
            mutate=lambda d: _stamp_with(d, started.isoformat(), Participant(
                role=Role.SUBJECT_REPRESENTATIVE, full_name=subject.name, occupation=subject.occupation,
                address=subject.address, id_number=subject.id_number)))
        return case, [m01, m06]

    def _case_counterfeit(self, rng: random.Random, now: datetime) -> tuple[Case, list[Document]]:
        started = (now - timedelta(days=6)).replace(hour=9, minute=15, second=0)
        # Since 2015 the enterprise code is the number of its registration certificate (review m16).
        enterprise_code = _tax_code(rng)
        subject = Subject(id=new_id(), kind=SubjectKind.ORGANIZATION, name="Công ty TNHH Thương mại Mỹ phẩm Hoàng Gia",
                          address="Số 128 đường Võ Thị Sáu, phường Thống Nhất, tỉnh Đồng Nai",
                          tax_code=enterprise_code, registration_no=enterprise_code,
                          registration_date="2019-08-15", registration_place="Sở Kế hoạch và Đầu tư tỉnh Đồng Nai",
                          representative="Đặng Thị Mỹ Linh", representative_gender="Nữ",
                          representative_title="Giám đốc", phone="0251 3823 456")
        case = self._new_case("Kiểm tra cửa hàng mỹ phẩm Hoàng Gia — nghi hàng giả", subject.address, started,
                              subject, "")
        goods = []
        for i in range(126):
            name, brand, model, unit, price = _PRODUCTS[i % len(_PRODUCTS)]
            shade = _SHADES[(i // len(_PRODUCTS)) % len(_SHADES)]
            origin = _ORIGINS[i % len(_ORIGINS)]
            qty = Decimal(1 + i % 2)
            goods.append(GoodsRow(
                id=new_id(), name=f"{name} {brand}", brand=brand, model=f"{model}, {shade}", unit=unit, quantity=qty,
                origin=f"Ghi trên nhãn: {origin}", barcode=_ean13(rng, rng.choice(["893", "880", "490", "345"])),
                condition="Còn nguyên bao bì, nghi giả mạo nhãn hàng hóa", unit_price=price,
                value=int(qty * price), valuation_basis="Giá niêm yết của hàng thật cùng loại (Điều 60 Luật XLVPHC)",
                suspected_counterfeit=True, seized=True))
        case.goods = goods
        total = sum(g.value or 0 for g in goods)
        # Fakes of cosmetics: khoản 2 Điều 11 doubles the fine of khoản 1 (an organisation pays twice again):
        # điểm d (10 to under 20 triệu) → 10–20 triệu × 2 (mỹ phẩm) × 2 (tổ chức) = 40–80 triệu; the usual
        # amount is the middle. The ×2 ground is recorded on the violation, so every check uses that range.
        case.violations = [ViolationRef(
            id=new_id(), decree="98/2020/NĐ-CP", article=11, clause=1, point="d",
            description=f"Buôn bán hàng giả mạo nhãn hàng hóa là mỹ phẩm, có giá trị tương đương hàng thật "
                        f"{format_dong(total)} (hàng giả là mỹ phẩm: mức phạt gấp hai lần theo khoản 2 Điều 11 "
                        "Nghị định số 98/2020/NĐ-CP)", fine_amount=60000000, aggravations=["sensitive_goods"])]
        storage = "Kho tang vật Đội Quản lý thị trường số 1, số 2 đường Nguyễn Văn Trị, phường Trấn Biên"
        case.seals = [Seal(id=new_id(), numbers=["NP-000125", "NP-000126", "NP-000127"],
                           covers="03 thùng carton chứa mỹ phẩm tạm giữ theo Biên bản tạm giữ",
                           kept_at=storage, keeper="Lê Văn Phúc", sealed_at=(started + timedelta(hours=5)).isoformat())]
        case.findings = ("Tại thời điểm kiểm tra, cửa hàng đang bày bán 126 loại mỹ phẩm mang nhãn hiệu của các "
                         "hãng nước ngoài, không xuất trình được hóa đơn, chứng từ; chủ sở hữu nhãn hiệu xác nhận "
                         "là hàng giả mạo nhãn hàng hóa.")
        self.cases.save(case)
        docs: list[Document] = []
        rep = Participant(role=Role.SUBJECT_REPRESENTATIVE, full_name=subject.representative,
                          title=subject.representative_title, organization=subject.name)
        at = lambda h: (started + timedelta(hours=h)).isoformat()  # noqa: E731

        def base(h: float) -> Callable[[Document], None]:
            def mutate(d: Document) -> None:
                d.issued_at = at(h)
                d.participants.append(Participant(**vars(rep)))
            return mutate

        m01 = self._doc(case, "tt22.m01", self._m01_fields(), number=True,
                        mutate=lambda d: setattr(d, "issued_at", (started - timedelta(days=1)).isoformat()))
        docs.append(m01)
        case.decision.number = m01.number
        self.cases.save(case)
        m06 = self._doc(case, "tt22.m06", {
            "decision_number": m01.number, "decision_date": m01.issued_at[:10],
            "decision_issuer": "Đội trưởng Đội Quản lý thị trường số 1", "results": case.findings,
            "violations_found": "Buôn bán hàng giả mạo nhãn hàng hóa quy định tại Điều 11 Nghị định số 98/2020/NĐ-CP.",
            "measures": "Tạm giữ toàn bộ hàng hóa theo bảng kê kèm theo biên bản này; niêm phong tại chỗ.",
            "subject_opinion": "Công ty nhập hàng từ người bán không rõ địa chỉ, không có hóa đơn.",
            "team_opinion": "Đề nghị lập biên bản vi phạm hành chính và xử lý theo quy định.",
            "closed_at": at(3)}, mutate=base(0), finalize=False)
        # The 126 goods are listed once, in a Bảng kê (Mẫu 10) drawn up with the BB-KT and signed on every page
        # by the same parties (TT 27 Điều 18 khoản 4b): the BB-KT announces it with its sheet count and does
        # not print the list again; the later minutes cite it exactly (number, date, sheets, parent; review B3).
        m10_draft = self.documents.create_annex(m06.id)
        m06 = self.documents.finalize(m06.id)
        docs.append(m06)
        m10_draft = self.documents.get(m10_draft.id)
        m10_draft.issued_at = at(3)
        self.documents.save_draft(m10_draft)
        m10 = self.documents.finalize(m10_draft.id)
        docs.append(m10)
        cited = self.documents.annex_citation(m10)
        annex_text = (f"Bảng kê số {m10.number} ngày {_dmy(m10.issued_at)} (gồm {int(cited['annex_sheets']):02d} "
                      f"tờ) kèm theo {cited['annex_parent']}")
        mbb01 = self._doc(case, "nd118.mbb01", {
            "basis": f"Biên bản kiểm tra số {m06.number} lập ngày {_dmy(m06.issued_at)}", "violation_time": at(0),
            "violation_place": case.place, "subject_opinion": "Thừa nhận hành vi vi phạm.",
            "preventive_measures": f"Tạm giữ toàn bộ {len(goods)} mặt hàng ghi tại {annex_text}.",
            "explanation_right": "written", "explanation_to": "Đội trưởng Đội Quản lý thị trường số 1",
            "electronic_contact": "hoanggia.cosmetics@gmail.com", "closed_at": at(4)}, mutate=base(3.5))
        docs.append(mbb01)
        # Sealing comes after the seizure, in its own minutes: the seizure minutes cite no seal number.
        mbb15 = self._doc(case, "nd118.mbb15", {
            "storage_place": storage, "closed_at": at(4.5), **cited}, mutate=base(4))
        docs.append(mbb15)
        mbb26 = self._doc(case, "nd118.mbb26", {
            "basis": f"Biên bản tạm giữ số {mbb15.number} lập ngày {_dmy(mbb15.issued_at)}",
            "storage_place": case.seals[0].kept_at,
            "keeper": "Lê Văn Phúc", "method": "Dán niêm phong có chữ ký của các bên và đóng dấu treo.",
            "closed_at": at(5.5), **cited}, mutate=base(5))
        docs.append(mbb26)

        def opened(d: Document) -> None:
            base(30)(d)
            d.place = storage  # the seals are opened where the goods are kept
            for s in d.seals:
                s.opened_at = at(30)
                s.state_when_opened = "intact"

        mbb27 = self._doc(case, "nd118.mbb27", {
            "basis": f"Biên bản niêm phong số {mbb26.number} lập ngày {_dmy(mbb26.issued_at)}",
            "opening_reason": "Mở niêm phong để trưng cầu giám định mẫu hàng hóa.",
            "contents_check": f"Số lượng, chủng loại tang vật khớp với danh sách tại Biên bản tạm giữ số "
                              f"{mbb15.number} lập ngày {_dmy(mbb15.issued_at)}.",
            "closed_at": at(31)}, mutate=opened)
        docs.append(mbb27)
        mqd02 = self._doc(case, "nd118.mqd02", {
            "signer_title": "ĐỘI TRƯỞNG", "signer_name": "Trần Quốc Đạt", "mbb01_number": mbb01.number,
            "mbb01_date": mbb01.issued_at[:10], "fine_total": 60000000, "effective_date": at(50)[:10],
            "additional_penalties": f"Tịch thu để tiêu hủy toàn bộ tang vật ghi tại {annex_text}, đang tạm giữ "
                                    f"theo Biên bản tạm giữ số {mbb15.number} "
                                    f"lập ngày {_dmy(mbb15.issued_at)}.",
            "payment_account": "7111 của Kho bạc Nhà nước khu vực XVII",
            "recipients": ["Như Điều 3", "Chi cục QLTT tỉnh Đồng Nai (để b/c)", "Lưu: VT, HS"]},
            number=True, mutate=lambda d: setattr(d, "issued_at", at(50)),
            # Signed before the 05 working days of the MBB01 end: only because the explanation came earlier.
            overrides={"time.explanation": f"Công ty đã gửi văn bản giải trình ngày {_dmy(at(24))} (lưu trong hồ sơ "
                                           "vụ việc); đã xem xét trước khi ra quyết định xử phạt."})
        docs.append(mqd02)
        # A correction drafted after the fact (a typo in the storage place): stays a draft.
        docs.append(self.documents.correct(mbb15.id))
        return case, docs

    def _case_online(self, rng: random.Random, now: datetime) -> tuple[Case, list[Document]]:
        started = (now - timedelta(days=4)).replace(hour=14, minute=0, second=0)
        subject = Subject(id=new_id(), kind=SubjectKind.ONLINE_SELLER, name="Võ Ngọc Trâm", shop_name="Tram Beauty Store",
                          address="Số 9 hẻm 24 đường Đồng Khởi, phường Tân Triều, tỉnh Đồng Nai",
                          platform="Shopee", shop_url="https://shopee.vn/trambeautystore",
                          account_id="trambeautystore", gender="Nữ", birth_date="1996-11-03",
                          id_number=_cccd(rng, "075", 1996, True), phone="0987 112 334")
        case = self._new_case("Gian hàng trực tuyến Tram Beauty Store bán mỹ phẩm không rõ nguồn gốc",
                              "Trụ sở Đội Quản lý thị trường số 1, số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai",
                              started, subject, "")
        # Unknown-origin goods worth under 1 triệu: khoản 1 Điều 17, the act of điểm c (legal-data.md §1.3 #1).
        case.goods = [GoodsRow(id=new_id(), name="Kem trộn trắng da", brand="không nhãn hiệu", unit="hũ",
                               quantity=Decimal(8), origin="Không rõ nguồn gốc", unit_price=95000, value=760000,
                               condition="Hũ nhựa 250g, không nhãn phụ tiếng Việt", unknown_origin=True, seized=True)]
        case.violations = [ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=17, clause=1, point="c",
                                        description="Kinh doanh hàng hóa không rõ nguồn gốc, xuất xứ trị giá "
                                                    "760.000 đồng qua gian hàng trên sàn Shopee",
                                        fine_amount=400000)]
        case.findings = "Gian hàng đăng bán kem trộn không nhãn; người bán không xuất trình được hóa đơn, chứng từ."
        self.cases.save(case)
        # Made in memory and sealed at once: the seller's page never lies in clear in the temp folder.
        page = ("<!doctype html><html lang='vi'><meta charset='utf-8'><title>Kem trộn trắng da 250g — Tram Beauty "
                "Store</title><body><h1>Kem trộn trắng da siêu tốc 250g</h1><p>Giá: 95.000đ — Đã bán 1,2k</p>"
                f"<p>Ảnh chụp lúc {started.isoformat()} từ https://shopee.vn/trambeautystore</p></body></html>")
        self.cases.attach_bytes(case.id, page.encode("utf-8"), "shopee-trambeautystore-listing.html",
                                kind=AttachmentKind.WEB_CAPTURE, caption="Trang đăng bán sản phẩm trên Shopee",
                                url="https://shopee.vn/trambeautystore", captured_at=started.isoformat())
        case = self.cases.get(case.id)
        rep = Participant(role=Role.SUBJECT_REPRESENTATIVE, full_name="Võ Ngọc Trâm", occupation="Kinh doanh trực tuyến",
                          address=subject.address, id_number=subject.id_number)
        mbb01 = self._doc(case, "nd118.mbb01", {
            # Only what exists in the file: the monitoring result and its saved page capture, with the date
            # (no "Biên bản làm việc" that the demo does not contain; review M11).
            "basis": "Kết quả giám sát hoạt động thương mại điện tử ngày " + started.strftime("%d/%m/%Y")
                     + " (ảnh chụp trang đăng bán sản phẩm trên sàn Shopee lưu trong hồ sơ vụ việc)",
            # Seen on the shop's page during that day's monitoring, before the minutes were drawn up.
            "violation_time": (started - timedelta(hours=4)).isoformat(),
            "violation_place": "Gian hàng https://shopee.vn/trambeautystore", "explanation_right": "none",
            "reason_not_at_scene": "Vi phạm thực hiện trên môi trường mạng; lập biên bản tại trụ sở Đội.",
            "subject_opinion": "Thừa nhận bán hàng không có hóa đơn.", "closed_at": (started + timedelta(hours=1)).isoformat()},
            mutate=lambda d: _stamp_with(d, started.isoformat(), rep))
        mqd02 = self._doc(case, "nd118.mqd02", {
            "signer_title": "ĐỘI TRƯỞNG", "signer_name": "Trần Quốc Đạt", "mbb01_number": mbb01.number,
            "mbb01_date": mbb01.issued_at[:10], "fine_total": 400000, "effective_date": now.date().isoformat(),
            # No remedy: no goods were seized or listed in this online case, and Điều 17 gives none to order.
            "payment_account": "7111 của Kho bạc Nhà nước khu vực XVII"},
            finalize=False)
        return case, [mbb01, mqd02]

    def _case_refusal(self, rng: random.Random, now: datetime) -> tuple[Case, list[Document]]:
        started = (now - timedelta(days=2)).replace(hour=16, minute=40, second=0)
        subject = Subject(id=new_id(), kind=SubjectKind.INDIVIDUAL, name="Hoàng Văn Đức",
                          address="Ấp 3, xã Xuân Đường, tỉnh Đồng Nai", gender="Nam", birth_date="1985-02-20",
                          occupation="Buôn bán tự do", id_number=_cccd(rng, "038", 1985, False))
        # Smuggled goods that are not banned goods (smuggled cigarettes would be hàng cấm under NĐ 98 Điều 8
        # and criminal from 1.500 bao): 42 triệu đồng is điểm e khoản 1 Điều 15 (30 to under 50 triệu),
        # below the 100-triệu line of BLHS Điều 188, and its range (10–20 triệu) is a Đội trưởng's to decide.
        case = self._new_case("Vận chuyển hàng hóa nhập lậu trên Quốc lộ 1A", "Km 1834+200 Quốc lộ 1A, xã Xuân Đường",
                              started, subject, "")
        case.goods = [
            GoodsRow(id=new_id(), name="Đồ chơi xếp hình nhựa", brand="không nhãn hiệu", model="hộp 500 chi tiết",
                     unit="hộp", quantity=Decimal(300), origin="Nước ngoài, không có chứng từ nhập khẩu",
                     unit_price=110000, value=33000000, smuggled=True, seized=True,
                     condition="Đóng trong 6 thùng carton, nhãn tiếng nước ngoài"),
            GoodsRow(id=new_id(), name="Đèn pin sạc LED", brand="không nhãn hiệu", model="loại cầm tay", unit="chiếc",
                     quantity=Decimal(100), origin="Nước ngoài, không có chứng từ nhập khẩu", unit_price=90000,
                     value=9000000, smuggled=True, seized=True, condition="Đóng trong 2 thùng carton"),
        ]
        case.violations = [ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=15, clause=1, point="e",
                                        description="Vận chuyển hàng hóa nhập lậu (đồ chơi, đèn pin) trị giá "
                                                    "42.000.000 đồng", fine_amount=15000000)]
        self.cases.save(case)
        witnesses = [
            Participant(role=Role.WITNESS, full_name="Nguyễn Văn Sáu", occupation="Tài xế xe ôm",
                        address="Ấp 2, xã Xuân Đường, tỉnh Đồng Nai", id_number=_cccd(rng, "075", 1970, False)),
            Participant(role=Role.WITNESS, full_name="Trương Thị Lan", occupation="Bán hàng ăn uống",
                        address="Ấp 3, xã Xuân Đường, tỉnh Đồng Nai", id_number=_cccd(rng, "075", 1988, True)),
        ]
        refused = Participant(role=Role.SUBJECT_REPRESENTATIVE, full_name=subject.name, occupation=subject.occupation,
                              address=subject.address, id_number=subject.id_number, refused_to_sign=True,
                              refusal_reason="Ông Đức cho rằng hàng là của người khác gửi, không đồng ý ký biên bản.")
        at = lambda h: (started + timedelta(hours=h)).isoformat()  # noqa: E731

        def people(h: float) -> Callable[[Document], None]:
            def mutate(d: Document) -> None:
                d.issued_at = at(h)
                d.participants.extend([Participant(**vars(refused))] + [Participant(**vars(w)) for w in witnesses])
            return mutate

        # The inspection minutes first (they ground the MBB01), then the MBB01 and the seizure.
        m06 = self._doc(case, "tt22.m06", {
            "decision_number": "0107/QĐ-KT", "decision_date": (started - timedelta(days=1)).date().isoformat(),
            "decision_issuer": "Đội trưởng Đội Quản lý thị trường số 1",
            "results": "Phát hiện xe tải biển số 60C-123.45 chở 300 hộp đồ chơi và 100 đèn pin sạc do nước ngoài "
                       "sản xuất, không có hóa đơn, chứng từ chứng minh nguồn gốc hợp pháp.",
            "violations_found": "Vận chuyển hàng hóa nhập lậu quy định tại Điều 15 Nghị định số 98/2020/NĐ-CP.",
            "closed_at": at(0.3)}, mutate=people(0))
        mbb01 = self._doc(case, "nd118.mbb01", {
            "basis": f"Biên bản kiểm tra số {m06.number} lập ngày {started:%d/%m/%Y}",
            "violation_time": started.isoformat(), "violation_place": case.place, "seized_in_minutes": False,
            "subject_opinion": "Không trình bày.", "witness_opinion": "Chứng kiến việc ông Đức không ký biên bản.",
            "preventive_measures": "Tạm giữ 300 hộp đồ chơi xếp hình và 100 đèn pin sạc LED nêu trên.",
            "explanation_right": "direct", "explanation_to": "Đội trưởng Đội Quản lý thị trường số 1",
            "closed_at": at(1)}, mutate=people(0.4))
        mbb15 = self._doc(case, "nd118.mbb15", {
            "reason": "Tang vật vi phạm hành chính cần tạm giữ để xác minh và bảo đảm thi hành quyết định xử phạt.",
            "storage_place": "Kho tang vật Đội Quản lý thị trường số 1", "closed_at": at(1 + 40 / 60)},
            mutate=people(1.2))
        # The decision is still being drafted (its deadline runs 07 working days from the MBB01).
        mqd02 = self._doc(case, "nd118.mqd02", {
            "signer_title": "ĐỘI TRƯỞNG", "signer_name": "Trần Quốc Đạt", "mbb01_number": mbb01.number,
            "mbb01_date": mbb01.issued_at[:10], "fine_total": 15000000, "effective_date": now.date().isoformat(),
            "additional_penalties": f"Tịch thu toàn bộ tang vật đang tạm giữ theo Biên bản tạm giữ số {mbb15.number} "
                                    f"lập ngày {_dmy(mbb15.issued_at)}.",
            "payment_account": "7111 của Kho bạc Nhà nước khu vực XVII"}, finalize=False)
        return case, [m06, mbb01, mbb15, mqd02]
