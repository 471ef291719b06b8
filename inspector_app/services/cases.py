"""Case use cases: the officer profile, cases, goods (with barcode scanning), attachments and search."""

from __future__ import annotations

# A method of these services is called ``list``; annotations in the class use builtins.list.
import builtins
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from inspector_app.domain.checks import STORE_CODE_NOTE, scan_problem
from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError, NotFoundError, TooLargeError, ValidationError
from inspector_app.domain.model import (
    Attachment,
    AttachmentKind,
    Case,
    Document,
    GoodsRow,
    InspectionDecision,
    Officer,
    Subject,
    Unit,
    ViolationRef,
    new_id,
    to_dict,
)
from inspector_app.domain.prefill import VIOLATION_KINDS
from inspector_app.domain.text import clean
from inspector_app.domain.validation import validate_goods_row, validate_subject
from inspector_app.store.files import write_atomically
from inspector_app.store.reference import KIND_WATCHLIST, ReferenceStore
from inspector_app.store.repository import CaseSummary, Repository, SearchHit
from inspector_app.store.settings import PROFILE_OFFICER, PROFILE_UNIT
from sync.protocol import MAX_ATTACHMENT_BYTES


def read_attachment_file(path: Path) -> bytes:
    """The bytes of a file the officer attaches, refused with a Vietnamese message if it is missing, cannot be
    read, or is above the size HQ accepts: refused at attach time, not at sync, since HQ refuses bodies above
    that limit, so the file could never be sent, nor any final document that names it (review D2)."""
    if not path.is_file():
        raise InspectorError(f"Không tìm thấy tệp {path}")
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise too_large_attachment(path.name, size)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InspectorError(f"Không đọc được tệp {path}: {exc.strerror}") from exc


def too_large_attachment(name: str, size: int, limit: int = MAX_ATTACHMENT_BYTES) -> TooLargeError:
    """The officer's message for a file the HQ server cannot take (typed, for the UI)."""
    return TooLargeError(
        f"Tệp “{name}” có dung lượng {size / 2**20:.1f} MB, vượt giới hạn {limit // 2**20} MB mà máy chủ Chi cục "
        "nhận một tệp đính kèm. Hãy chụp lại ở độ phân giải thấp hơn hoặc giảm dung lượng tệp rồi đính kèm lại.",
        details={"file": name, "size": size, "limit": limit})


class ProfileService:
    """The unit and officer this installation works for (set at first run)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def is_configured(self) -> bool:
        """True once a unit and an officer have been chosen."""
        return bool(self.repo.get_setting(PROFILE_UNIT) and self.repo.get_setting(PROFILE_OFFICER))

    def unit(self) -> Unit:
        """The configured unit; raises InspectorError if there is none yet."""
        code = self.repo.get_setting(PROFILE_UNIT)
        if not code:
            raise InspectorError("Chưa cấu hình đơn vị. Vào Cài đặt để nhập đơn vị và công chức.",
                                 code="not_configured")
        return self.repo.get_unit(code)

    def officer(self) -> Officer:
        """The configured officer; raises InspectorError if there is none yet."""
        officer_id = self.repo.get_setting(PROFILE_OFFICER)
        if not officer_id:
            raise InspectorError("Chưa cấu hình công chức. Vào Cài đặt để nhập thông tin công chức.",
                                 code="not_configured")
        return self.repo.get_officer(officer_id)

    def actor(self) -> str:
        """Who is acting, for the audit log."""
        officer_id = self.repo.get_setting(PROFILE_OFFICER)
        if not officer_id:
            return "system"
        try:
            return self.repo.get_officer(officer_id).officer_no
        except NotFoundError:
            return "system"

    def set_profile(self, unit: Unit, officer: Officer) -> None:
        """Save the unit and officer and make them current."""
        problems = []
        for key in ("code", "name", "parent_name", "place_name"):
            if not clean(getattr(unit, key)):
                problems.append(f"unit.{key}")
        for key in ("full_name", "title", "officer_no"):
            if not clean(getattr(officer, key)):
                problems.append(f"officer.{key}")
        if problems:
            from inspector_app.domain.errors import Problem

            raise ValidationError([Problem(p, "Trường bắt buộc") for p in problems])
        officer.unit_code = unit.code
        with self.repo.write():
            # The same số hiệu entered again (a new laptop profile, a settings form) is the same officer.
            existing = self.repo.db.conn.execute(
                "SELECT id FROM officers WHERE officer_no = ?", (clean(officer.officer_no),)).fetchone()
            if existing:
                officer.id = existing[0]
            self.repo.save_unit(unit)
            self.repo.save_officer(officer)
            self.repo.set_setting(PROFILE_UNIT, unit.code, (PROFILE_OFFICER, officer.id))


@dataclass(frozen=True)
class ScanResult:
    """What a barcode scan did: the row it created or raised, or the problem that stopped it."""

    row: GoodsRow | None
    created: bool
    problem: str = ""
    watchlisted: bool = False
    watch_note: str = ""


class CaseService:
    """Create and change cases; every change is one transaction with its audit event."""

    def __init__(self, repo: Repository, clock: Clock, profile: ProfileService, data_dir: Path) -> None:
        self.repo = repo
        self.clock = clock
        self.profile = profile
        self.data_dir = data_dir
        # What else a draft needs when its acts' facts change (the MBB01's explanation rights, decided from
        # the catalog by DocumentService); wired by app.build_services.
        self.draft_refresh: Callable[[Document], None] | None = None

    def _now(self) -> str:
        return self.clock.now().isoformat()

    def new_case(self, *, title: str, place: str, started_at: str = "", decision: InspectionDecision | None = None,
                 subject: Subject | None = None) -> Case:
        """Create a case (usually from an inspection decision)."""
        now = self._now()
        if not clean(title) or not clean(place):
            from inspector_app.domain.errors import Problem

            problems = [Problem(k, "Trường bắt buộc") for k, v in (("title", title), ("place", place)) if not clean(v)]
            raise ValidationError(problems)
        case = Case(id=new_id(), unit_code=self.profile.unit().code, title=clean(title), place=clean(place),
                    started_at=started_at or now, decision=decision or InspectionDecision(), subject=subject,
                    created_at=now, updated_at=now)
        return self.save(case, action="case.create")

    def save(self, case: Case, action: str = "case.update", *, goods: bool = True, attachments: bool = True) -> Case:
        """Save a whole case (header, subject, goods, violations, seals, attachments).

        ``goods=False`` / ``attachments=False``: keep the stored goods rows / attachments (the editor saves
        them one by one as they are scanned or attached, so its copy may be older than a change queued just
        before); the returned case carries the stored ones.
        """
        if case.subject is not None:
            problems = validate_subject(case.subject, self.clock.now().date())
            problems = [p for p in problems if not p.message.startswith("Chưa nhập")]
            if problems:
                raise ValidationError(problems)
        case.updated_at = self._now()
        if not case.created_at:
            case.created_at = case.updated_at
        with self.repo.write():
            before = self._violation_facts(self.repo.case_violations(case.id))
            self.repo.save_case(case, goods=goods, attachments=attachments)
            if self._violation_facts(case.violations) != before:  # drafts are read only when facts changed
                self._carry_violation_facts(case)
            if not (goods and attachments):
                stored = self.repo.get_case(case.id)
                case.goods = case.goods if goods else stored.goods
                case.attachments = case.attachments if attachments else stored.attachments
            self.repo.audit(case.updated_at, self.profile.actor(), action, "case", case.id,
                            {"title": case.title, "goods": len(case.goods), "violations": len(case.violations)})
        return case

    @staticmethod
    def _violation_facts(violations: builtins.list[ViolationRef]) -> dict[str, tuple[builtins.list[str], int | None]]:
        return {v.id: (list(v.aggravations), v.illegal_profit) for v in violations}

    def _carry_violation_facts(self, case: Case) -> None:
        """The ×2 grounds and the illegal profit recorded on a violation after a draft was made from the case
        reach that draft (matched by violation id), so the draft's fine is checked with the facts as recorded
        instead of refusing a doubled fine whose ground was ticked later. Other fields of a draft stay as
        they were drafted."""
        facts = self._violation_facts(case.violations)
        for summary in self.repo.list_documents(case_id=case.id, status="draft"):
            if summary.kind not in VIOLATION_KINDS:
                continue
            doc = self.repo.get_document(summary.id)
            changed = False
            for v in doc.violations:
                if v.id in facts and (v.aggravations, v.illegal_profit) != facts[v.id]:
                    v.aggravations, v.illegal_profit = list(facts[v.id][0]), facts[v.id][1]
                    changed = True
            if changed:
                if self.draft_refresh is not None:
                    self.draft_refresh(doc)
                self.repo.update_draft(doc, self._now())

    def get(self, case_id: str) -> Case:
        """A case with everything in it."""
        return self.repo.get_case(case_id)

    def list(self, **filters: object) -> list[CaseSummary]:
        """Case list rows (see Repository.list_cases for the filters)."""
        return self.repo.list_cases(**filters)  # type: ignore[arg-type]

    def search(self, text: str, limit: int = 100) -> builtins.list[SearchHit]:
        """Search cases, subjects and goods (folds diacritics and đ→d)."""
        return self.repo.search(text, limit)

    # -- goods ------------------------------------------------------------------------------------
    def save_goods_row(self, case_id: str, row: GoodsRow, line_no: int | None = None) -> GoodsRow:
        """Add or update one goods row (validated)."""
        problems = validate_goods_row(row, "goods")
        if problems:
            raise ValidationError(problems)
        if not self.repo.case_exists(case_id):
            raise NotFoundError(f"Không tìm thấy vụ việc {case_id}")
        if row.unit_price is not None and row.value is None:
            row.value = int((row.quantity * row.unit_price).to_integral_value())
        with self.repo.write():
            if line_no is None:
                existing = self.repo.db.conn.execute(
                    "SELECT line_no FROM goods WHERE id = ?", (row.id,)).fetchone()
                if existing:
                    line_no = existing[0]
                else:
                    line_no = self.repo.db.conn.execute(
                        "SELECT COALESCE(MAX(line_no), 0) + 1 FROM goods WHERE case_id = ?", (case_id,)).fetchone()[0]
            self.repo.save_goods_row(case_id, row, int(line_no or 1))
            self.repo.db.conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (self._now(), case_id))
            self.repo.audit(self._now(), self.profile.actor(), "goods.save", "case", case_id,
                            {"row": row.id, "name": row.name, "quantity": to_dict(row.quantity)})
        return row

    def remove_goods_row(self, case_id: str, row_id: str) -> None:
        """Delete one goods row."""
        with self.repo.write():
            self.repo.delete_goods_row(case_id, row_id)
            self.repo.audit(self._now(), self.profile.actor(), "goods.remove", "case", case_id, {"row": row_id})

    def watch_entry(self, barcode: str) -> dict[str, str] | None:
        """The watch-list entry (barcode of a known counterfeit) pulled from HQ, if any."""
        item = ReferenceStore(self.repo).get(KIND_WATCHLIST, barcode)
        if item is None:
            return None
        return {k: str(v) for k, v in item.data.items()}

    def scan_barcode(self, case_id: str, code: str) -> ScanResult:
        """A USB scanner typed ``code`` + Enter: raise the quantity of the same product or add a row.

        A bad GS1 check digit adds nothing (it is a misread); a store or Code 128 code (letters and digits)
        is added with a note that it is not GS1; a watch-listed barcode is added and flagged.
        """
        code = code.strip()
        problem, gs1 = scan_problem(code)
        if problem:
            return ScanResult(None, False, problem)
        watch = self.watch_entry(code)
        existing = self.repo.db.conn.execute(
            "SELECT data FROM goods WHERE case_id = ? AND barcode = ? ORDER BY line_no LIMIT 1",
            (case_id, code)).fetchone()
        import json

        from inspector_app.domain.model import from_dict

        if existing:
            row = from_dict(GoodsRow, json.loads(existing[0]))
            row.quantity += 1
            if row.unit_price is not None:
                row.value = int((row.quantity * row.unit_price).to_integral_value())
            self.save_goods_row(case_id, row)
            return ScanResult(row, False, "", watch is not None, (watch or {}).get("note", ""))
        # Known elsewhere (an earlier case): reuse its description so the officer types less.
        # "barcode != ''" lets SQLite use the partial index goods_barcode: without it a new code read every
        # goods row of every case, newest first, before finding none.
        known = self.repo.db.conn.execute(
            "SELECT data FROM goods WHERE barcode = ? AND barcode != '' ORDER BY rowid DESC LIMIT 1",
            (code,)).fetchone()
        if known:
            template = from_dict(GoodsRow, json.loads(known[0]))
            row = GoodsRow(id=new_id(), name=template.name, unit=template.unit, quantity=Decimal(1),
                           model=template.model, brand=template.brand, origin=template.origin, barcode=code,
                           unit_price=template.unit_price)
        else:
            name = (watch or {}).get("name") or f"Hàng hóa mã {code}"
            row = GoodsRow(id=new_id(), name=name, unit="cái", quantity=Decimal(1), barcode=code,
                           brand=(watch or {}).get("brand", ""))
        if watch is not None:
            row.suspected_counterfeit = True
            row.note = clean(f"Mã vạch thuộc danh sách cảnh báo: {watch.get('note', '')}")
        if not gs1 and STORE_CODE_NOTE not in row.note:
            row.note = clean(f"{row.note}; {STORE_CODE_NOTE}" if row.note else STORE_CODE_NOTE)
        self.save_goods_row(case_id, row)
        return ScanResult(row, True, "", watch is not None, (watch or {}).get("note", ""))

    # -- attachments ------------------------------------------------------------------------------
    def attach_file(self, case_id: str, path: Path, *, kind: AttachmentKind = AttachmentKind.PHOTO,
                    caption: str = "", url: str = "", captured_at: str = "") -> Attachment:
        """Copy a file into the data dir by its SHA-256 and link it to the case."""
        path = Path(path)
        data = read_attachment_file(path)
        return self.attach_bytes(case_id, data, path.name, kind=kind, caption=caption, url=url,
                                 captured_at=captured_at)

    def attach_bytes(self, case_id: str, data: bytes, filename: str, *,
                     kind: AttachmentKind = AttachmentKind.PHOTO, caption: str = "", url: str = "",
                     captured_at: str = "") -> Attachment:
        """Keep ``data`` (sealed, by its SHA-256) as the attachment ``filename`` of the case: content made in
        memory (a web capture) never passes through a clear file."""
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise too_large_attachment(filename, len(data))
        sha, rel = self.repo.keep_attachment_bytes(data)
        media = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        att = Attachment(sha256=sha, filename=filename, media_type=media, size=len(data), kind=kind,
                         caption=clean(caption), url=clean(url), captured_at=captured_at)
        case = self.repo.get_case(case_id)
        if not any(a.sha256 == sha for a in case.attachments):
            case.attachments.append(att)
        with self.repo.write():
            self.repo.save_attachment_file(att, rel, self._now())
            self.repo.save_case(case)
            self.repo.audit(self._now(), self.profile.actor(), "attachment.add", "case", case_id,
                            {"sha256": sha, "filename": filename})
        return att

    def _final_documents_using(self, case_id: str, sha256: str) -> builtins.list[str]:
        """Numbers of the final documents of the case that carry the attachment (they are immutable)."""
        numbers = []
        for summary in self.repo.list_documents(case_id=case_id):
            if summary.status == "draft":
                continue
            doc = self.repo.get_document(summary.id)
            if any(a.sha256 == sha256 for a in doc.attachments):
                numbers.append(doc.number or doc.id)
        return numbers

    def set_attachment_caption(self, case_id: str, sha256: str, caption: str) -> Case:
        """Change the caption of one attachment of the case; returns the case."""
        case = self.repo.get_case(case_id)
        att = next((a for a in case.attachments if a.sha256 == sha256), None)
        if att is None:
            raise NotFoundError("Vụ việc không có tệp đính kèm này")
        att.caption = clean(caption)
        with self.repo.write():
            self.repo.save_case(case)
            self.repo.audit(self._now(), self.profile.actor(), "attachment.caption", "case", case_id,
                            {"sha256": sha256, "caption": att.caption})
        return case

    def remove_attachment(self, case_id: str, sha256: str) -> Case:
        """Unlink an attachment from the case and its drafts; refused while a final document uses it (a
        final document never changes, and its attachments go to HQ with it). Returns the case."""
        case = self.repo.get_case(case_id)
        att = next((a for a in case.attachments if a.sha256 == sha256), None)
        if att is None:
            raise NotFoundError("Vụ việc không có tệp đính kèm này")
        used = self._final_documents_using(case_id, sha256)
        if used:
            raise InspectorError(f"Không xóa được “{att.filename}”: văn bản đã hoàn tất {', '.join(used)} có "
                                 "tệp này. Văn bản hoàn tất không thể thay đổi.", code="immutable",
                                 details={"documents": used})
        case.attachments = [a for a in case.attachments if a.sha256 != sha256]
        with self.repo.write():
            self.repo.save_case(case)
            for summary in self.repo.list_documents(case_id=case_id, status="draft"):
                doc = self.repo.get_document(summary.id)
                if any(a.sha256 == sha256 for a in doc.attachments):
                    doc.attachments = [a for a in doc.attachments if a.sha256 != sha256]
                    self.repo.update_draft(doc, self._now())
            self.repo.audit(self._now(), self.profile.actor(), "attachment.remove", "case", case_id,
                            {"sha256": sha256, "filename": att.filename})
        return case

    def attachment_bytes(self, sha256: str) -> bytes:
        """The plain content of a stored attachment (decrypted in memory, never written in clear)."""
        return self.repo.attachment_bytes(sha256)

    def save_attachment_as(self, sha256: str, target: Path) -> Path:
        """Write a decrypted copy of an attachment to ``target``, a place the officer chose (an explicit export:
        another program can only open a file), atomically."""
        write_atomically(target, self.repo.attachment_bytes(sha256))
        return target
