"""Review of received documents (ODK Central's model): Received → Has issues / Approved / Rejected, with a
comment. Each review is stored, written to the audit log and published to the unit's laptops as a reference
item of kind ``review`` keyed by the document id, so the officer sees it after the next sync.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Connection, delete, insert, select, update

from ..accounts import write_audit
from ..reference import put_item
from ..tables import inbox, reviews
from .staff import StaffMember

REVIEW_KIND = "review"  # reference item kind the laptops receive
MAX_COMMENT = 2000


class ReviewState(StrEnum):
    """Review states of a received document."""

    RECEIVED = "received"
    HAS_ISSUES = "has_issues"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        """Vietnamese name shown in the console and on the laptop."""
        return {"received": "Đã nhận", "has_issues": "Có vấn đề", "approved": "Đã duyệt",
                "rejected": "Bị từ chối"}[self.value]


class ReviewError(Exception):
    """A review that cannot be recorded (message for the staff member, in Vietnamese)."""


def set_review(conn: Connection, member: StaffMember, document_id: str, state: str, comment: str,
               now: datetime) -> dict[str, str]:
    """Record a review of a visible document and publish it to the unit's laptops; returns what was sent."""
    if not member.can_review:
        raise ReviewError("Tài khoản chỉ xem không được duyệt văn bản")
    try:
        parsed = ReviewState(state)
    except ValueError:
        raise ReviewError("Trạng thái duyệt không hợp lệ") from None
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise ReviewError(f"Nhận xét dài quá {MAX_COMMENT} ký tự")
    if parsed in (ReviewState.HAS_ISSUES, ReviewState.REJECTED) and not comment:
        raise ReviewError("Hãy ghi rõ vấn đề hoặc lý do từ chối trong phần nhận xét")
    row = conn.execute(select(inbox.c.unit_code, inbox.c.kind, inbox.c.number)
                       .where(inbox.c.document_id == document_id)).first()
    if row is None or not member.sees_unit(row.unit_code):
        raise ReviewError("Không tìm thấy văn bản")
    conn.execute(delete(reviews).where(reviews.c.document_id == document_id))
    conn.execute(insert(reviews).values(document_id=document_id, state=parsed.value, comment=comment,
                                        reviewer=member.username, updated_at=now))
    conn.execute(update(inbox).where(inbox.c.document_id == document_id).values(review_state=parsed.value))
    data = {"document_id": document_id, "kind": row.kind, "number": row.number, "state": parsed.value,
            "label": parsed.label, "comment": comment, "reviewer": member.full_name,
            "reviewed_at": now.isoformat(timespec="seconds")}
    put_item(conn, REVIEW_KIND, document_id, data, scope=row.unit_code, now=now)
    write_audit(conn, now, f"staff:{member.username}", "review", row.unit_code, document_id,
                {"state": parsed.value, "comment": comment})
    return data
