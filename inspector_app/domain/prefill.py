"""Pre-fill a new draft document of any kind from its case, so officers type as little as possible."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from .kinds import KINDS, Issuer
from .model import Case, Document, Officer, Participant, Role, Unit, new_id
from .text import agency_in_text

# The kinds whose drafts carry the case's violations.
VIOLATION_KINDS = ("nd118.mbb01", "nd118.mqd02", "tt22.m06")


def _seized(case: Case) -> list:
    seized = [g for g in case.goods if g.seized]
    return seized or list(case.goods)


def draft_from_case(case: Case, kind: str, unit: Unit, officer: Officer | None, now: datetime,
                    form_version: str = "2025") -> Document:
    """A new draft of ``kind`` filled from ``case``: subject, team, goods, violations, seals and the
    form-specific fields that can be derived (decision reference, times, copies, places)."""
    spec = KINDS[kind]
    stamp = now.replace(microsecond=0).isoformat()
    participants: list[Participant] = [copy.deepcopy(p) for p in case.team]
    if officer is not None and spec.issuer == Issuer.OFFICER and kind not in ("tt22.m06", "tt22.m01", "tt22.m10"):
        # The officer drawing up an NĐ 118 biên bản is the "người có thẩm quyền lập biên bản".
        if not any(p.role == Role.DRAFTER for p in participants):
            participants.insert(0, Participant(role=Role.DRAFTER, full_name=officer.full_name,
                                               title=officer.title, organization=agency_in_text(unit.name),
                                               officer_no=officer.officer_no, card_no=officer.card_no))
    if kind in ("tt22.m01", "nd118.mqd02"):
        # Decisions name the team but the people who sign are the issuer's; witnesses do not belong there.
        participants = [p for p in participants if p.role in (Role.TEAM_LEAD, Role.TEAM_MEMBER)]

    fields: dict[str, Any] = {}
    if kind != "tt22.m10" and not spec.is_decision:
        # "Lập xong hồi …": the end of the inspection when the case records it; otherwise empty, printed as
        # the blank "…… giờ …… phút" line and required at finalisation, never the moment the draft was made
        # (review M14: a draft made days later printed a closing time nobody chose).
        if case.ended_at:
            fields["closed_at"] = case.ended_at
        fields["copies"] = spec.copies
    if kind == "tt22.m01":
        # PL QLTT Điều 22 khoản 2a: at most 03 working days (review B2); more only by a written extension.
        fields.update({"inspection_place": case.place, "duration_days": 3,
                       "scope": "Kiểm tra việc chấp hành pháp luật về nguồn gốc, xuất xứ, nhãn hàng hóa, "
                                "chất lượng hàng hóa và các điều kiện kinh doanh."})
    elif kind == "tt22.m06":
        fields.update({"decision_number": case.decision.number, "decision_date": case.decision.date,
                       "decision_issuer": case.decision.issuer, "results": case.findings})
    elif kind == "nd118.mbb01":
        # The right to explain is decided per act from the catalog when the draft is made (services);
        # the violator, not the officer, chooses between explaining in person or in writing (review B1).
        fields.update({"violation_time": case.started_at, "violation_place": case.place,
                       "explanation_right": "written"})
    elif kind == "nd118.mbb15":
        fields.update({"basis": "khoản 2 Điều 125 Luật Xử lý vi phạm hành chính (sửa đổi, bổ sung năm 2020)",
                       "reason": "Để xác minh tình tiết làm căn cứ ra quyết định xử phạt và ngăn chặn ngay "
                                 "vi phạm hành chính."})
    elif kind == "nd118.mqd02":
        fines = [v.fine_amount for v in case.violations if v.fine_amount]
        if fines:
            fields["fine_total"] = sum(fines)
        fields["payment_days"] = 10

    goods: list = []
    if kind in ("tt22.m10", "tt22.m06"):
        goods = list(case.goods)
    elif kind in ("nd118.mbb15", "nd118.mbb26", "nd118.mbb27"):
        goods = _seized(case)
    elif kind == "nd118.mbb01":
        goods = [g for g in case.goods if g.seized]
    return Document(
        id=new_id(), case_id=case.id, kind=kind, unit=copy.deepcopy(unit), issued_at=stamp, place=case.place,
        # Every kind has a 2025 version: its căn cứ carry the 2025 amendments (review M1).
        form_version=form_version,
        officer_no=officer.officer_no if (officer and spec.issuer == Issuer.OFFICER) else "",
        subject=copy.deepcopy(case.subject) if spec.needs_subject else copy.deepcopy(case.subject),
        participants=participants, goods=copy.deepcopy(goods),
        violations=copy.deepcopy(case.violations) if kind in VIOLATION_KINDS else [],
        seals=copy.deepcopy(case.seals) if kind in ("nd118.mbb26", "nd118.mbb27", "nd118.mbb15") else [],
        attachments=copy.deepcopy(case.attachments),
        fields=fields, created_at=stamp,
    )
