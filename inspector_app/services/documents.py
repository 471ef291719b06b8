"""Document use cases: draft from a case, edit, finalise (number + hash, atomically), correct."""

from __future__ import annotations

# A method of these services is called ``list``; annotations in the class use builtins.list.
import builtins
import copy
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from inspector_app.domain.canonical import canonical_document
from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError, NotFoundError, Problem, TooLargeError, ValidationError
from inspector_app.domain.kinds import KINDS, Issuer
from inspector_app.domain.lifecycle import correction_of, ensure_editable, finalized_copy
from inspector_app.domain.model import (
    Attachment,
    AttachmentKind,
    Document,
    DocumentStatus,
    ViolationRef,
)
from inspector_app.domain.numbering import (
    officer_number,
    signer_officer_no,
    typed_number_problem,
    unit_number,
)
from inspector_app.domain.prefill import draft_from_case
from inspector_app.domain.rules.catalog import Catalog
from inspector_app.domain.rules.legal import apply_overrides
from inspector_app.domain.text import fold
from inspector_app.domain.validation import ANNEX_PROBLEM, validate_document
from inspector_app.forms.checks import content_problems
from inspector_app.forms.texts import load_texts
from inspector_app.store import scans
from inspector_app.store.audit import ChainReport
from inspector_app.store.reference import KIND_NUMBER_BLOCK, ReferenceStore
from inspector_app.store.repository import DocumentSummary, Repository
from sync.protocol import MAX_CANONICAL_BYTES, document_limits

from . import printed as printed_pdf
from .cases import ProfileService, read_attachment_file

if TYPE_CHECKING:
    from inspector_app.forms import RenderResult

    from .rules import RulesService

OVERRIDE_ACTION = "rules.override"
# A reason must say something an inspector could check later, not just "ok".
MIN_REASON_LENGTH = 10


def check_sendable(doc: Document) -> None:
    """Refuse to finalise what the HQ server could never take: a canonical text over its size limit, nested
    too deeply or with characters no database stores (review D8); the same limits as the server's."""
    text = canonical_document(doc).decode("utf-8", "surrogatepass")
    problems = document_limits(text, json.loads(text))
    if not problems:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_CANONICAL_BYTES:
        raise TooLargeError(
            f"Văn bản quá lớn để gửi về Chi cục: {size / 1048576:.1f} MB, máy chủ nhận tối đa "
            f"{MAX_CANONICAL_BYTES / 1048576:.0f} MB. Hãy tách hàng hóa sang bảng kê khác rồi hoàn tất.",
            details={"size": size, "limit": MAX_CANONICAL_BYTES})
    raise ValidationError([Problem(path, message) for path, message in problems],
                          "Chưa thể hoàn tất văn bản (máy chủ sẽ không nhận):\n"
                          + "\n".join(f"- {path}: {message}" for path, message in problems))

class DocumentService:
    """Create, edit, finalise and correct documents; every change is audited in its own transaction."""

    def __init__(self, repo: Repository, clock: Clock, profile: ProfileService,
                 rules: RulesService | Callable[[], RulesService] | None = None) -> None:
        self.repo = repo
        self.clock = clock
        self.profile = profile
        # The rules service (catalog, holiday library) is needed to check and finalise, not to list or read:
        # given as a callable, it is asked for only then.
        self._rules_given = rules
        self._rules: RulesService | None = None

    @property
    def rules(self) -> RulesService:
        """The rule set that checks documents (the editor's problem list and finalisation)."""
        if self._rules is None:
            given = self._rules_given
            if given is None:
                from .rules import RulesService

                self._rules = RulesService(self.repo, self.clock)
            else:
                self._rules = given() if callable(given) else given
        return self._rules

    def _now(self) -> str:
        return self.clock.now().isoformat()

    def create_draft(self, case_id: str, kind: str, form_version: str = "2025") -> Document:
        """A new draft of ``kind`` pre-filled from the case."""
        if kind not in KINDS:
            raise InspectorError(f"Loại văn bản không được hỗ trợ: {kind}", code="unknown_kind")
        case = self.repo.get_case(case_id)
        doc = draft_from_case(case, kind, self.profile.unit(), self.profile.officer(), self.clock.now(),
                              form_version=form_version)
        self._link_references(doc)
        self.fill_explanation_rights(doc)
        if kind == "nd118.mqd02":
            # The penalty decision follows the violation minutes: its number and date, typed once.
            minutes = self.in_force(case_id, "nd118.mbb01")
            if minutes is not None:
                doc.fields.setdefault("mbb01_number", minutes.number)
                doc.fields.setdefault("mbb01_date", minutes.issued_at[:10])
        with self.repo.write():
            self.repo.insert_document(doc, self._now())
            self.repo.audit(self._now(), self.profile.actor(), "document.create", "document", doc.id,
                            {"kind": kind, "case_id": case_id})
        return doc

    def fill_explanation_rights(self, doc: Document) -> None:
        """MBB01: per act, whether the violator may explain (Luật XLVPHC Điều 61 khoản 1), from the catalog
        and the ×2 grounds recorded on the acts. Made with the draft, and again when the case's acts change
        after it (``CaseService`` calls this for the drafts it updates)."""
        self.fill_grounds(doc)
        if doc.kind == "nd118.mbb01" and doc.violations:
            organization = doc.subject is not None and doc.subject.fined_as_organization()
            doc.fields["explanation_acts"] = explanation_rights(
                doc.violations, organization, self.rules.catalog_data(), load_texts(doc.kind, doc.form_version))

    def fill_grounds(self, doc: Document) -> None:
        """Per act, the clauses of the catalog that ground its recorded ×2 grounds (``ViolationRef.grounds``),
        so the minutes and the decision cite them beside the act's point; an act without grounds, or one the
        catalog does not know, keeps none (its canonical JSON stays as before)."""
        catalog = self.rules.catalog_data()
        for v in doc.violations:
            try:
                entry = catalog.find(v.decree, v.article, v.clause)
            except InspectorError:
                v.grounds = []
                continue
            v.grounds = entry.grounds(v.aggravations)

    def create_annex(self, parent_id: str) -> Document:
        """A draft bảng kê (TT 22 Mẫu 10) of the minutes ``parent_id``'s case carrying its goods, linked to it
        (``attached_to_id``; ``attached_to`` is its number once it has one). An existing draft bảng kê of
        the same minutes is returned instead of a second one."""
        parent = self.repo.get_document(parent_id)
        for summary in self.repo.list_documents(case_id=parent.case_id, kind="tt22.m10", status="draft"):
            existing = self.repo.get_document(summary.id)
            if existing.fields.get("attached_to_id") == parent.id:
                return existing
        annex = self.create_draft(parent.case_id, "tt22.m10")
        annex.goods = list(parent.goods) or annex.goods
        annex.fields["attached_to_id"] = parent.id
        if parent.number:
            annex.fields["attached_to"] = parent.number
        return self.save_draft(annex)

    def in_force(self, case_id: str, kind: str) -> Document | None:
        """The newest final document of ``kind`` in the case that no final correction has replaced."""
        rows = [r for r in self.repo.list_documents(case_id=case_id, kind=kind) if r.status != "draft"]
        replaced = {r.supersedes for r in rows if r.supersedes}
        current = [r for r in rows if r.id not in replaced]
        return self.repo.get_document(current[-1].id) if current else None

    def save_draft(self, doc: Document) -> Document:
        """Save the edited content of a draft (a final document is refused)."""
        ensure_editable(doc)
        self.fill_grounds(doc)
        with self.repo.write():
            self.repo.update_draft(doc, self._now())
            self.repo.audit(self._now(), self.profile.actor(), "document.update", "document", doc.id,
                            {"kind": doc.kind})
        return doc

    def delete_draft(self, doc_id: str) -> None:
        """Delete a draft; final documents stay forever."""
        if self.repo.document_status(doc_id) != DocumentStatus.DRAFT:
            raise InspectorError("Văn bản đã hoàn tất không thể xóa", code="immutable")
        with self.repo.write():
            self.repo.delete_draft(doc_id)
            self.repo.audit(self._now(), self.profile.actor(), "document.delete", "document", doc_id, {})

    def get(self, doc_id: str) -> Document:
        """A document by id."""
        return self.repo.get_document(doc_id)

    def verify_audit(self) -> ChainReport:
        """Check the hash chain of the audit log (every change to documents, cases and reference data)."""
        return self.repo.verify_audit()

    def exists(self, doc_id: str) -> bool:
        """True if ``doc_id`` names a document (rather than a case or nothing)."""
        return self.repo.document_exists(doc_id)

    def list(self, *, status: str = "", kind: str = "", case_id: str = "") -> list[DocumentSummary]:
        """Document rows."""
        if kind and kind not in KINDS:
            raise InspectorError(f"Loại văn bản không được hỗ trợ: {kind}", code="unknown_kind")
        if status and status not in {s.value for s in DocumentStatus}:
            raise InspectorError(f"Trạng thái không hợp lệ: {status} (draft, final, synced)", code="bad_status")
        return self.repo.list_documents(status=status, kind=kind, case_id=case_id)

    def problems(self, doc: Document | str) -> builtins.list[Problem]:
        """Everything the editor's problem list shows and finalisation checks, for a draft or a document id.

        Form validation and the annex rule (severity "hard", no rule id), then the legal rule set
        (``resources/reference/legal_rules.json``: each problem carries its ``rule`` id, its ``severity``
        — hard / warning / info — and a Vietnamese message saying which rule and what to do). Warnings the
        officer overrode carry the recorded reason in ``overridden``. Finalisation refuses exactly the
        problems whose ``blocking`` is true.
        """
        if isinstance(doc, str):
            doc = self.repo.get_document(doc)
        return (validate_document(doc, self.clock.now()) + content_problems(doc) + self.annex_problems(doc)
                + self.signer_problems(doc) + self.rule_problems(doc))

    def rule_problems(self, doc: Document) -> builtins.list[Problem]:
        """The legal rule set's problems of ``doc``, with the overrides recorded for it marked."""
        return apply_overrides(self.rules.check_document(doc), self.overrides(doc.id))

    def overrides(self, doc_id: str) -> dict[str, str]:
        """Warnings overridden on a document: problem key → the reason recorded in the audit log."""
        result: dict[str, str] = {}
        # Oldest first, so a later override of the same key (a corrected reason) wins.
        for event in reversed(self.repo.audit_events(entity_id=doc_id)):
            if event.get("action") != OVERRIDE_ACTION:
                continue
            data = event.get("data")
            payload = json.loads(data) if isinstance(data, str) else data or {}
            if payload.get("key"):
                result[str(payload["key"])] = str(payload.get("reason", ""))
        return result

    def override(self, doc_id: str, key: str, reason: str) -> Problem:
        """Override one warning of a draft (by its key or short code) with a written reason, recorded in the
        audit log.

        Only warnings (where the law leaves the officer a choice) can be overridden; a hard rule (fine
        range, authority, order) is refused, as is a key that is no longer a current problem or a reason
        too short to be checked later.
        """
        doc = self.repo.get_document(doc_id)
        ensure_editable(doc)
        reason = " ".join(reason.split())
        # The full key (programs) or its short code (what ``inspector problems`` shows the officer).
        found = next((p for p in self.rule_problems(doc) if key and key in (p.key, p.code)), None)
        if found is None:
            raise InspectorError("Không còn cảnh báo này trên văn bản (dữ liệu đã thay đổi); hãy xem lại danh "
                                 "sách vấn đề.", code="unknown_problem")
        if not found.overridable:
            raise InspectorError(f"Đây là quy tắc bắt buộc, không thể bỏ qua: {found.message}",
                                 code="not_overridable")
        if len(reason) < MIN_REASON_LENGTH:
            raise ValidationError([Problem("reason", f"Ghi rõ lý do bỏ qua cảnh báo (ít nhất {MIN_REASON_LENGTH} "
                                                     "ký tự): căn cứ, văn bản đã đối chiếu")])
        with self.repo.write():
            self.repo.audit(self._now(), self.profile.actor(), OVERRIDE_ACTION, "document", doc.id,
                            {"key": found.key, "rule": found.rule, "reason": reason, "message": found.message})
        return Problem(found.field, found.message, severity=found.severity, rule=found.rule, key=found.key,
                       overridden=reason)

    def annex_problems(self, doc: Document) -> builtins.list[Problem]:
        """A minutes that cites an existing bảng kê instead of listing its goods must cite one that exists:
        a final bảng kê of the same case with that number, date, sheet count and parent minutes (review B3).

        A long list with no citation blocks nothing: the minutes print their own bảng kê as an annex. The
        officer is told so (severity "info", field ``ANNEX_PROBLEM``, which the editor answers with a button
        to draw up a separate Mẫu 10 instead) until the case has a bảng kê.
        """
        number = str(doc.fields.get("annex_number") or "").strip()
        if doc.kind == "tt22.m10":
            return self.separate_annex_problems(doc)
        if not number and str(doc.fields.get("annex_sheets") or "").strip() and \
                self._separate_annex(doc, drafts_only=False) is None:
            # "… bảng kê kèm theo biên bản này, gồm N tờ" only for a bảng kê really drawn up with them.
            return [Problem("fields.annex_sheets", "Số tờ bảng kê chỉ ghi khi dẫn chiếu một bảng kê (ghi cả số, "
                                                   "ngày, biên bản kèm theo) hoặc khi đã lập Bảng kê (Mẫu 10) "
                                                   "kèm theo biên bản này")]
        if not number:
            limit = int(load_texts(doc.kind, doc.form_version).raw("goods_table_max_rows", 10))
            if doc.kind == "tt22.m10" or KINDS[doc.kind].is_decision or len(doc.goods) <= limit:
                return []
            if self.repo.list_documents(case_id=doc.case_id, kind="tt22.m10"):
                return []
            return [Problem(ANNEX_PROBLEM, f"Danh sách {len(doc.goods)} dòng hàng hóa sẽ in thành bảng kê kèm theo "
                                           "biên bản này, có chữ ký các bên trên từng trang; hoặc lập Bảng kê "
                                           "(Mẫu 10) riêng và dẫn chiếu bảng kê đó", severity="info")]
        for summary in self.repo.list_documents(case_id=doc.case_id):
            if summary.number != number or summary.status == DocumentStatus.DRAFT or summary.id == doc.id:
                continue
            annex = self.repo.get_document(summary.id)
            expected = self.annex_citation(annex)
            if not expected:
                continue
            wrong = [key for key, value in expected.items() if str(doc.fields.get(key) or "").strip() != str(value)]
            if wrong:
                return [Problem(f"fields.{wrong[0]}", f"Dẫn chiếu Bảng kê số {number} không khớp với bảng kê đã "
                                                      f"hoàn tất: {', '.join(f'{k} = {expected[k]}' for k in wrong)}")]
            return []
        return [Problem("fields.annex_number", f"Không có Bảng kê số {number} đã hoàn tất trong vụ việc này: "
                                                "hãy hoàn tất bảng kê trước, hoặc để biên bản tự in bảng kê kèm theo")]

    def _separate_annex(self, doc: Document, *, drafts_only: bool = True) -> Document | None:
        """The draft bảng kê (Mẫu 10) drawn up with minutes ``doc`` (``create_annex``), if any and if the
        minutes list goods and cite no other bảng kê; with ``drafts_only=False`` also one already final
        (the minutes, once final, still announce the bảng kê that was drawn up with them)."""
        if doc.kind == "tt22.m10" or KINDS[doc.kind].is_decision or not doc.goods or doc.fields.get("annex_number"):
            return None
        for summary in self.repo.list_documents(case_id=doc.case_id, kind="tt22.m10",
                                                status="draft" if drafts_only else ""):
            annex = self.repo.get_document(summary.id)
            if annex.fields.get("attached_to_id") == doc.id:
                return annex
        return None

    def _take_parent_number(self, annex: Document) -> None:
        """A bảng kê drawn up with minutes that are now final carries their number and date."""
        parent_id = str(annex.fields.get("attached_to_id") or "")
        if not parent_id:
            return
        try:
            parent = self.repo.get_document(parent_id)
        except NotFoundError:
            return
        if parent.status != DocumentStatus.DRAFT and parent.number:
            annex.fields["attached_to"], annex.fields["attached_to_date"] = parent.number, parent.issued_at[:10]

    def separate_annex_problems(self, annex: Document) -> builtins.list[Problem]:
        """A bảng kê whose final minutes announce it ("… kèm theo biên bản này, gồm N tờ") must have N sheets."""
        parent_id = str(annex.fields.get("attached_to_id") or "")
        if annex.kind != "tt22.m10" or not parent_id:
            return []
        try:
            parent = self.repo.get_document(parent_id)
        except NotFoundError:
            return []
        announced = str(parent.fields.get("annex_sheets") or "")
        if parent.status == DocumentStatus.DRAFT or parent.fields.get("annex_number") or not announced:
            return []
        preview = copy.deepcopy(annex)
        self._take_parent_number(preview)
        sheets = _render(preview).sheets
        if str(sheets) != announced:
            return [Problem("goods", f"{parent.number or 'Biên bản'} ghi bảng kê kèm theo gồm {int(announced):02d} "
                                     f"tờ, nhưng bảng kê này in ra {sheets:02d} tờ: giữ đúng danh sách hàng hóa "
                                     "như khi hoàn tất biên bản, hoặc đính chính biên bản")]
        return []

    def annex_citation(self, annex: Document) -> dict[str, str]:
        """The fields that cite a final bảng kê exactly: number, date, sheets (from its PDF), parent.

        ``annex`` is a bảng kê (Mẫu 10), or a minutes that prints its own bảng kê as an annex: that annex has
        the minutes' number and date, and its own sheet count. {} when ``annex`` prints no bảng kê.
        """
        names = load_texts(annex.kind, annex.form_version).raw("document_names")

        def name_of(number: str) -> str:
            symbol = number.partition("/")[2]
            return next((names[k] for k in sorted(names, key=len, reverse=True)
                         if symbol == k or symbol.startswith(k + "-")), "biên bản")

        if annex.kind != "tt22.m10":
            sheets = self._printed(annex).annex_sheets
            if not sheets:
                return {}
            parent = f"{name_of(annex.number)} số {annex.number} lập ngày {_ddmmyyyy(annex.issued_at[:10])}"
            return {"annex_number": annex.number, "annex_date": annex.issued_at[:10],
                    "annex_sheets": str(sheets), "annex_parent": parent}
        parent = str(annex.fields.get("attached_to") or "")
        parent_date = str(annex.fields.get("attached_to_date") or "")
        text = f"{name_of(parent)} số {parent}" + (f" lập ngày {_ddmmyyyy(parent_date)}" if parent_date else "")
        return {"annex_number": annex.number, "annex_date": annex.issued_at[:10],
                "annex_sheets": str(self._printed(annex).sheets), "annex_parent": text}

    def _printed(self, doc: Document) -> printed_pdf.PrintedCopy:
        # A final bảng kê is cited with the sheets of the paper printed when it was finalised, never those
        # of a re-rendering by the current layout.
        return printed_pdf.copy_of(self.repo, doc, self._now())

    def cite_annex(self, doc_id: str, annex_id: str) -> Document:
        """Make draft ``doc_id`` cite the final bảng kê ``annex_id`` instead of listing its goods."""
        doc = self.repo.get_document(doc_id)
        ensure_editable(doc)
        annex = self.repo.get_document(annex_id)
        cited = {} if annex.status == DocumentStatus.DRAFT or annex.case_id != doc.case_id \
            else self.annex_citation(annex)
        if not cited:
            raise InspectorError("Chỉ dẫn chiếu được bảng kê đã hoàn tất của cùng vụ việc (Mẫu 10, hoặc bảng kê "
                                 "in kèm theo một biên bản)", code="bad_annex")
        doc.fields.update(cited)
        return self.save_draft(doc)

    def signer_problems(self, doc: Document) -> builtins.list[Problem]:
        """An officer-issued number carries the số hiệu of the officer who signs it (TT 22 Điều 6 khoản 2,
        review M5): that officer must be named with a số hiệu."""
        if KINDS[doc.kind].issuer != Issuer.OFFICER:
            return []
        if not signer_officer_no(doc):
            return [Problem("participants", "Người ký (người lập biên bản/Trưởng đoàn) chưa có số hiệu công chức: "
                                            "số văn bản phải mang số hiệu của người ký")]
        return []

    def _link_references(self, doc: Document) -> None:
        """Fill references to the case's earlier final documents with their number and date (review M11)."""
        finals = [s for s in self.repo.list_documents(case_id=doc.case_id) if s.status != DocumentStatus.DRAFT]

        def latest(kind: str) -> Document | None:
            rows = [s for s in finals if s.kind == kind]
            return self.repo.get_document(rows[-1].id) if rows else None

        sources = {"nd118.mbb01": ("tt22.m06", "basis", "Biên bản kiểm tra số {n} lập ngày {d}"),
                   "nd118.mbb26": ("nd118.mbb15", "basis", "Biên bản tạm giữ tang vật, phương tiện vi phạm hành "
                                                           "chính số {n} lập ngày {d}"),
                   "nd118.mbb27": ("nd118.mbb26", "basis", "Biên bản niêm phong tang vật, phương tiện vi phạm "
                                                           "hành chính số {n} lập ngày {d}")}
        if doc.kind in sources:
            kind, key, text = sources[doc.kind]
            source = latest(kind)
            if source is not None and not doc.fields.get(key):
                doc.fields[key] = text.format(n=source.number, d=_ddmmyyyy(source.issued_at))

    def finalize(self, doc_id: str, number: str = "", *, by_hand: bool = False) -> Document:
        """Finalise a draft: validate, allocate its number, store canonical JSON + SHA-256, audit.

        ``by_hand``: leave the number blank ("Số: ……/<ký hiệu>"), to be written by hand from the register
        after signing (TT 22 Điều 6 khoản 1, 4; review M6). Otherwise an officer's document is numbered with
        the số hiệu of the officer who signs it, never the typist's (review M5), and a unit decision takes
        a typed or HQ-issued 8-digit number (TT 22 Điều 6 khoản 2).

        All in one IMMEDIATE transaction with synchronous=FULL: a killed process either finalised the
        document (number consumed, hash stored) or did nothing (number not consumed).
        """
        now = self.clock.now()
        doc = self.repo.get_document(doc_id)
        ensure_editable(doc)
        self.fill_grounds(doc)  # cite the ×2 grounds as recorded now, from the catalog in force
        spec = KINDS[doc.kind]
        separate = self._separate_annex(doc)
        if doc.kind == "tt22.m10":
            self._take_parent_number(doc)
        # Every problem at once: the typed number's together with the document's own.
        problems: list[Problem] = []
        from_block = False
        if by_hand:
            if number.strip():
                problems.append(Problem("number", "Đã chọn ghi số bằng tay: không nhập số"))
        elif spec.issuer == Issuer.UNIT and not number.strip() and self.block_number(doc.kind, now.year):
            # No typed number: the next free number of a block the HQ issued to this unit.
            from_block = True
        elif spec.issuer == Issuer.UNIT:
            problem = typed_number_problem(number, spec)
            if problem:
                problems.append(problem)
        elif number.strip():
            problems.append(Problem("number", "Số của biên bản do công chức lập được cấp tự động"))
        problems.extend(validate_document(doc, now))
        problems.extend(content_problems(doc))
        problems.extend(p for p in self.annex_problems(doc) if p.blocking)
        if not by_hand:
            problems.extend(self.signer_problems(doc))
        checked = self.rule_problems(doc)
        problems.extend(p for p in checked if p.blocking)
        if problems:
            raise ValidationError(problems, "Chưa thể hoàn tất văn bản:\n" + "\n".join(f"- {p}" for p in problems))
        overridden = [{"rule": p.rule, "key": p.key, "reason": p.overridden} for p in checked if p.overridden]
        with self.repo.write():
            if by_hand:
                printed = ""
            elif spec.issuer == Issuer.OFFICER:
                doc.officer_no = signer_officer_no(doc)
                seq = self.repo.next_sequence(doc.officer_no, spec.symbol, now.year)
                printed = officer_number(seq, spec.symbol, doc.officer_no)
            else:
                if from_block:
                    number = self.block_number(doc.kind, now.year) or ""
                    if not number:
                        raise ValidationError([Problem("number", "Khối số do HQ cấp đã dùng hết")])
                printed = unit_number(number, spec.symbol)
                if self.repo.number_taken(doc.kind, printed, str(now.year)):
                    raise ValidationError([Problem("number", f"Số {printed} đã được dùng trong năm {now.year}")])
            if separate is not None:
                # The minutes say their goods are in the separate bảng kê drawn up with them, and how many
                # sheets it has once it carries this number: they do not print the list a second time.
                separate.fields["attached_to"], separate.fields["attached_to_date"] = printed, doc.issued_at[:10]
                doc.fields["annex_sheets"] = str(_render(separate).sheets)
            final = finalized_copy(doc, printed, now)
            check_sendable(final)  # raising here rolls the number back with the whole transaction
            self.repo.store_final(final, now.isoformat())
            # The paper signed on site: rendered once here and kept sealed, so that no later version of the
            # forms can print (or send HQ) anything else for this number. The only render of the final
            # document (the one above is the separate bảng kê's, another document).
            printed_pdf.keep(self.repo, final, _render(final), now.isoformat())
            event: dict[str, object] = {"kind": final.kind, "number": final.number, "sha256": final.sha256}
            if overridden:
                event["overrides"] = overridden
            self.repo.audit(now.isoformat(), self.profile.actor(), "document.finalize", "document", final.id,
                            event)
        return final

    def block_number(self, kind: str, year: int) -> str:
        """The next free number for ``kind`` from the number blocks HQ issued (reference data kind
        ``number_block``: ``{"kind", "year", "prefix", "first", "last"}``, 8-digit TT 22 Điều 6 numbers:
        unit code + sub-unit code + 4-digit sequence), or "" when there is none."""
        symbol = KINDS[kind].symbol
        for item in ReferenceStore(self.repo).items(KIND_NUMBER_BLOCK):
            block = item.data
            if block.get("kind") != kind or int(block.get("year", 0)) != year:
                continue
            prefix = str(block.get("prefix", ""))
            for seq in range(int(block["first"]), int(block["last"]) + 1):
                candidate = f"{prefix}{seq:04d}"
                if not self.repo.number_taken(kind, unit_number(candidate, symbol), str(year)):
                    return candidate
        return ""

    # -- scanned signed copies ------------------------------------------------------------------------
    def attach_scan(self, doc_id: str, path: Path) -> scans.ScanCopy:
        """Keep a scanned signed copy (a PDF) of a final document: sealed in the vault like every attachment,
        recorded beside the document (which does not change) and sent to HQ at the next sync (role ``scan``).
        Refused with a Vietnamese message, nothing stored: a draft, a file that is not a PDF, one above the
        size HQ accepts, or one that cannot be read."""
        doc = self.repo.get_document(doc_id)
        if doc.status == DocumentStatus.DRAFT:
            raise InspectorError("Chỉ đính kèm bản quét có chữ ký cho văn bản đã hoàn tất.", code="not_final")
        path = Path(path)
        data = read_attachment_file(path)
        if not data.startswith(b"%PDF-"):
            raise InspectorError(f"“{path.name}” không phải tệp PDF. Hãy quét văn bản có chữ ký thành tệp PDF.",
                                 code="not_pdf")
        sha, rel = self.repo.keep_attachment_bytes(data)
        now = self._now()
        scan = scans.ScanCopy(doc_id, sha, path.name, len(data), now)
        with self.repo.write():
            self.repo.save_attachment_file(Attachment(sha256=sha, filename=path.name, media_type="application/pdf",
                                                      size=len(data), kind=AttachmentKind.SCAN), rel, now)
            if scans.add(self.repo, scan):
                self.repo.audit(now, self.profile.actor(), "document.scan_add", "document", doc_id,
                                {"sha256": sha, "filename": path.name, "size": len(data)})
        return scan

    def scan_copies(self, doc_id: str) -> builtins.list[scans.ScanCopy]:
        """The scanned signed copies of a document, oldest first (with whether HQ has them)."""
        return scans.of_document(self.repo, doc_id)

    def correct(self, doc_id: str) -> Document:
        """Start a correction of a final document: a new draft that supersedes it (both remain)."""
        old = self.repo.get_document(doc_id)
        # One line of corrections: a document already superseded (or with a correction in progress) is not
        # corrected again; the officer continues the existing draft, or corrects the newest final version.
        for other in self.repo.list_documents(case_id=old.case_id, kind=old.kind):
            if other.supersedes != old.id:
                continue
            if other.status == "draft":
                raise InspectorError(f"Văn bản này đã có bản nháp thay thế ({other.id}); hãy sửa tiếp bản nháp đó",
                                     code="correction_exists", details={"draft_id": other.id})
            raise InspectorError(f"Văn bản này đã được thay thế bởi văn bản số {other.number}; hãy đính chính "
                                 "văn bản mới nhất", code="already_superseded", details={"document_id": other.id})
        new = correction_of(old, self.clock.now())
        with self.repo.write():
            self.repo.insert_document(new, self._now())
            self.repo.audit(self._now(), self.profile.actor(), "document.correct", "document", new.id,
                            {"supersedes": old.id, "kind": old.kind})
        return new


def _ddmmyyyy(iso: str) -> str:
    """"2026-11-25…" → "25/11/2026" (the date of a cited document)."""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def explanation_rights(violations: Sequence[ViolationRef], organization: bool, catalog: Catalog,
                       texts: object) -> list[str]:
    """Per act, "có" or "không": has the violator the right to explain (Luật XLVPHC Điều 61 khoản 1)?

    The right exists when the maximum of the act's fine bracket for the subject kind (with the ×2 grounds
    recorded on the act) reaches the threshold
    (individual / organisation, as data in nd118.mbb01.json), or when the act carries a licence measure.
    An act the catalog does not know gets "có": printing the right is the safe side.
    """
    threshold = texts.raw("explanation_threshold")  # type: ignore[attr-defined]
    out: list[str] = []
    for v in violations:
        try:
            entry = catalog.find(v.decree, v.article, v.clause)
            decree = catalog.decree(v.decree)
        except InspectorError:
            out.append("có")
            continue
        tiers = [t for t in entry.tiers if not v.point or t.point == v.point] or list(entry.tiers)
        maximum = max([t.max for t in tiers] + ([entry.fine_max] if entry.fine_max else []), default=0)
        if not maximum:  # the catalog has no amounts for this clause yet: print the right
            out.append("có")
            continue
        rule = decree.organization_rule
        if organization and not rule.amounts_are_for_organization(v.article, v.clause):
            maximum *= rule.factor
        # A ×2 ground recorded on the act (khoản 2 of the article) doubles the frame it is judged by.
        factors = [a.factor for a in entry.aggravations if a.code in v.aggravations]
        if factors:
            maximum *= max(factors)
        limit = int(threshold["organization" if organization else "individual"])
        measures = fold(" ".join(m.text for m in entry.additional_penalties))
        licence = any(fold(x) in measures for x in threshold["licence_measures"])
        out.append("có" if maximum >= limit or licence else "không")
    return out


def _render(doc: Document) -> RenderResult:
    """``doc`` rendered, for its sheet counts (ReportLab is loaded here, not to list or read documents)."""
    from inspector_app.forms import render_document

    return render_document(doc)
