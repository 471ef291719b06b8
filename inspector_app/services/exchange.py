"""Export everything to one encrypted file, and import such a file all-or-nothing.

The content is one canonical-JSON tree (``qltt-inspector/1``, docs/data-format.md); documents inside it have
the same shape as on the sync wire (``sync/schemas/document.schema.json``). A final document travels as its
canonical payload plus its SHA-256, which import recomputes: a file edited by hand is refused.

An export leaves the laptop (a USB stick, another laptop), so it is sealed with AES-256-GCM under a key
derived with Argon2id from a passphrase the officer gives when exporting (``store.crypto``'s passphrase
file, purpose ``export``), not with the installation's own key: the laptop that imports it has another
key, and only the passphrase travels (by another channel). Clear JSON files written by earlier versions are
still read.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from inspector_app.domain.canonical import (
    CANONICAL_FORMAT,
    canonical_bytes,
    canonical_document,
    document_payload,
    sha256_hex,
)
from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError, Problem, ValidationError
from inspector_app.domain.kinds import KINDS, Issuer
from inspector_app.domain.model import (
    Case,
    Document,
    DocumentStatus,
    Officer,
    ShapeError,
    Unit,
    from_dict,
    to_dict,
)
from inspector_app.domain.validation import validate_goods_row, validate_subject
from inspector_app.store import printed
from inspector_app.store.crypto import (
    PASSPHRASE_FILE_MAGIC,
    KeyFileError,
    check_passphrase,
    is_passphrase_sealed,
    open_with_passphrase,
    seal_with_passphrase,
)
from inspector_app.store.files import write_atomically
from inspector_app.store.repository import Repository
from sync.protocol import json_depth, validate_document_json

from .cases import ProfileService

MAX_IMPORT_BYTES = 512 * 1024 * 1024
EXPORT_PURPOSE = "export"  # the purpose bound into an export's passphrase file


class ExportPassphraseNeededError(KeyFileError):
    """The file is encrypted and no passphrase was given: the caller asks the officer for it."""

    code = "export_passphrase_needed"


def is_encrypted_export(path: Path) -> bool:
    """True if the file at ``path`` is an encrypted export (reads only its first bytes)."""
    with Path(path).open("rb") as fh:
        return is_passphrase_sealed(fh.read(len(PASSPHRASE_FILE_MAGIC)))


def _schema_problems(payload: Any, path: str) -> list[Problem]:
    """Every JSON-Schema problem of a document payload (shared with the sync wire format)."""
    return [Problem(path + p[1:] if p.startswith("$") else f"{path}.{p}", m)
            for p, m in validate_document_json(payload)]


# An export file nests about ten levels (file, cases, documents, goods, ...); far deeper is not one of ours.
MAX_IMPORT_DEPTH = 64
_TOO_DEEP = f"Dữ liệu lồng nhau quá sâu (tối đa {MAX_IMPORT_DEPTH} tầng): không phải tệp xuất của ứng dụng"

class ExchangeService:
    """Export and import of the whole local dataset."""

    def __init__(self, repo: Repository, clock: Clock, profile: ProfileService) -> None:
        self.repo = repo
        self.clock = clock
        self.profile = profile

    # -- export -----------------------------------------------------------------------------------
    def export_data(self) -> dict[str, Any]:
        """Everything as one JSON-ready tree."""
        cases = [to_dict(self.repo.get_case(cid)) for (cid,) in
                 self.repo.db.conn.execute("SELECT id FROM cases ORDER BY created_at, id")]
        documents: list[dict[str, Any]] = []
        for summary in self.repo.list_documents():
            doc = self.repo.get_document(summary.id)
            entry: dict[str, Any] = {"status": doc.status.value, "document": document_payload(doc)}
            if doc.status != DocumentStatus.DRAFT:
                canonical, sha = self.repo.canonical_of(doc.id)
                entry["document"] = json.loads(canonical)
                entry["sha256"] = sha
                kept = printed.of_document(self.repo, doc.id)
                if kept is not None:  # the paper printed at finalisation travels with it (its bytes are an attachment)
                    entry["printed_pdf"] = {"sha256": kept.sha256, "pages": kept.pages, "sheets": kept.sheets,
                                            "annex_sheets": kept.annex_sheets}
            documents.append(entry)
        attachments = []
        for sha, filename, media_type, stored in self.repo.db.conn.execute(
                "SELECT sha256, filename, media_type, stored_path FROM attachments ORDER BY sha256"):
            if (self.repo.path.parent / stored).is_file():
                content = self.repo.attachment_bytes(sha)
                attachments.append({"sha256": sha, "filename": filename, "media_type": media_type,
                                    "path": stored, "content_base64": base64.b64encode(content).decode()})
        return {
            "format": CANONICAL_FORMAT,
            "exported_at": self.clock.now().isoformat(),
            "units": [to_dict(u) for u in self.repo.list_units()],
            "officers": [to_dict(o) for o in self.repo.list_officers()],
            "cases": cases,
            "documents": documents,
            "attachments": attachments,
        }

    def export_to(self, path: Path, passphrase: str) -> dict[str, Any]:
        """Write the export encrypted under ``passphrase`` (at least 8 characters), atomically (temp file +
        rename, nothing in clear on disk at any moment), and return counts and the file's SHA-256."""
        check_passphrase(passphrase)  # before the work of gathering everything
        data = self.export_data()
        sealed = seal_with_passphrase(passphrase, canonical_bytes(data), EXPORT_PURPOSE)
        write_atomically(path, sealed)
        return {"cases": len(data["cases"]), "documents": len(data["documents"]),
                "attachments": len(data["attachments"]), "file": str(path), "sha256": sha256_hex(sealed),
                "encrypted": True}

    # -- import -----------------------------------------------------------------------------------
    def _parse(self, path: Path, passphrase: str | None) -> Any:
        if not path.is_file():
            raise InspectorError(f"Không tìm thấy tệp {path}", code="not_found")
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise InspectorError("Tệp quá lớn để nhập", code="too_large")
        raw = path.read_bytes()
        if is_passphrase_sealed(raw):
            if not passphrase:
                raise ExportPassphraseNeededError("Tệp dữ liệu được mã hóa: hãy nhập mật khẩu đã đặt khi xuất tệp.")
            raw = open_with_passphrase(passphrase, raw, EXPORT_PURPOSE)
        try:
            data = json.loads(raw.decode("utf-8"))
        except RecursionError:  # bad input, not a bug (review D15)
            raise ValidationError([Problem("$", _TOO_DEEP)]) from None
        except UnicodeDecodeError:
            raise ValidationError([Problem("$", "Tệp không phải văn bản UTF-8")]) from None
        except json.JSONDecodeError as exc:
            raise ValidationError([Problem("$", f"JSON không hợp lệ (dòng {exc.lineno}, cột {exc.colno})")]) from None
        if json_depth(data) > MAX_IMPORT_DEPTH:
            raise ValidationError([Problem("$", _TOO_DEEP)])
        return data

    def check(self, data: Any) -> tuple[list[Problem], dict[str, Any]]:
        """Every problem of an import tree, and the parsed objects if there are none."""
        problems: list[Problem] = []
        parsed: dict[str, Any] = {"units": [], "officers": [], "cases": [], "documents": [], "attachments": [],
                                  "printed": {}}
        if not isinstance(data, dict):
            return [Problem("$", "Tệp nhập phải là một đối tượng JSON do lệnh export tạo ra")], parsed
        if data.get("format") != CANONICAL_FORMAT:
            problems.append(Problem("$.format", f"Định dạng phải là {CANONICAL_FORMAT!r}"))
        for key in ("units", "officers", "cases", "documents"):
            if not isinstance(data.get(key), list):
                problems.append(Problem(f"$.{key}", "Thiếu hoặc không phải danh sách"))
        if problems:
            return problems, parsed
        case_index: list[int] = []  # position in the file of each parsed case, for the JSON paths
        for key, cls in (("units", Unit), ("officers", Officer), ("cases", Case)):
            for i, item in enumerate(data[key]):
                try:
                    parsed[key].append(from_dict(cls, item, f"$.{key}[{i}]"))
                except ShapeError as exc:
                    problems.append(Problem(exc.path, exc.message))
                    continue
                if key == "cases":
                    case_index.append(i)
        for i, case in zip(case_index, parsed["cases"], strict=True):
            problems.extend(self._case_problems(case, f"$.cases[{i}]"))
        if "attachments" in data and not isinstance(data["attachments"], list):
            problems.append(Problem("$.attachments", "Không phải danh sách"))
        case_ids = {c.id for c in parsed["cases"]}
        doc_index: list[int] = []  # position in the file of each parsed document, for the JSON paths below
        for i, entry in enumerate(data["documents"]):
            base = f"$.documents[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("document"), dict):
                problems.append(Problem(base, "Mỗi văn bản phải có trường 'document'"))
                continue
            status = entry.get("status")
            if status not in ("draft", "final", "synced"):
                problems.append(Problem(f"{base}.status", "Trạng thái phải là draft, final hoặc synced"))
                continue
            payload = entry["document"]
            schema_problems = _schema_problems(payload, f"{base}.document")
            if schema_problems:
                problems.extend(schema_problems)
                continue
            try:
                doc = from_dict(Document, payload, f"{base}.document")
            except ShapeError as exc:
                problems.append(Problem(exc.path, exc.message))
                continue
            doc.status = DocumentStatus(status)
            if status != "draft" and canonical_document(doc) != canonical_bytes(payload):
                # Missing default fields or a non-canonical value: the stored canonical JSON would no longer
                # hash to the SHA-256 the file carries.
                problems.append(Problem(f"{base}.document", "Văn bản không ở dạng JSON chuẩn (thiếu trường "
                                        "hoặc giá trị không chuẩn hóa)"))
            if doc.kind not in KINDS:
                problems.append(Problem(f"{base}.document.kind", f"Loại văn bản không hỗ trợ: {doc.kind}"))
            if doc.case_id not in case_ids and not self.repo.case_exists(doc.case_id):
                problems.append(Problem(f"{base}.document.case_id", "Vụ việc của văn bản không có trong tệp"))
            if status != "draft":
                sha = entry.get("sha256")
                actual = sha256_hex(canonical_bytes(payload))
                if sha != actual:
                    problems.append(Problem(f"{base}.sha256", "Mã băm không khớp nội dung: văn bản đã bị sửa"))
                doc.sha256 = actual
                if not doc.number or not doc.finalized_at:
                    problems.append(Problem(f"{base}.document.number", "Văn bản hoàn tất phải có số và thời điểm"))
            if status != "draft" and "printed_pdf" in entry:
                kept = entry["printed_pdf"]
                counts = [kept.get(k) for k in ("pages", "sheets", "annex_sheets")] if isinstance(kept, dict) else []
                if not (counts and isinstance(kept.get("sha256"), str) and len(kept["sha256"]) == 64
                        and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts)):
                    problems.append(Problem(f"{base}.printed_pdf", "Bản PDF đã in không hợp lệ"))
                else:
                    parsed["printed"][doc.id] = (f"{base}.printed_pdf", kept)
            parsed["documents"].append(doc)
            doc_index.append(i)
        raw_attachments = data.get("attachments")
        attachments: list[Any] = raw_attachments if isinstance(raw_attachments, list) else []
        for i, att in enumerate(attachments):
            base = f"$.attachments[{i}]"
            try:
                content = base64.b64decode(att["content_base64"], validate=True)
                if hashlib.sha256(content).hexdigest() != att["sha256"]:
                    problems.append(Problem(f"{base}.sha256", "Nội dung tệp đính kèm không khớp mã băm"))
                    continue
                if not isinstance(att.get("path", ""), str):
                    raise TypeError("path")
                parsed["attachments"].append((att, content))
            except (KeyError, TypeError, ValueError):
                problems.append(Problem(base, "Tệp đính kèm không hợp lệ"))
        shas = {att["sha256"] for att, _content in parsed["attachments"]}
        for where, kept in parsed["printed"].values():  # the kept PDF's bytes must come with it (or be here)
            if kept["sha256"] not in shas and not self.repo.db.conn.execute(
                    "SELECT 1 FROM attachments WHERE sha256 = ?", (kept["sha256"],)).fetchone():
                problems.append(Problem(f"{where}.sha256", "Thiếu tệp của bản PDF đã in"))
        # Conflicts with what is already here: same id with another hash is never overwritten.
        for i, doc in zip(doc_index, parsed["documents"], strict=True):
            row = self.repo.db.conn.execute("SELECT status, sha256 FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if row and row[0] != "draft" and doc.status != DocumentStatus.DRAFT and row[1] != doc.sha256:
                problems.append(Problem(f"$.documents[{i}]", "Xung đột: văn bản cùng mã đã có với nội dung khác"))
            elif row and row[0] != "draft" and doc.status == DocumentStatus.DRAFT:
                problems.append(Problem(f"$.documents[{i}]", "Xung đột: văn bản đã hoàn tất ở máy này"))
        return problems, parsed

    def _case_problems(self, case: Case, base: str) -> list[Problem]:
        """The rules CaseService enforces when a case is saved (subject check digits and dates; goods rows
        with a name, a unit and a quantity > 0): an import must not bring in what the app itself refuses."""
        problems: list[Problem] = []
        if case.subject is not None:
            problems.extend(p for p in validate_subject(case.subject, self.clock.now().date(), f"{base}.subject")
                            if not p.message.startswith("Chưa nhập"))
        for j, row in enumerate(case.goods):
            problems.extend(validate_goods_row(row, f"{base}.goods[{j}]"))
        return problems

    def _advance_counters(self, docs: list[Document]) -> None:
        """Raise the yearly number counters past every imported officer-issued number, so that numbers
        are never reused after a restore on a new laptop (inside the import transaction)."""
        for doc in docs:
            spec = KINDS.get(doc.kind)
            if doc.status == DocumentStatus.DRAFT or spec is None or spec.issuer != Issuer.OFFICER:
                continue
            head = doc.number.split("/", 1)[0]
            if not head.isdigit() or not doc.finalized_at[:4].isdigit():
                continue
            self.repo.db.conn.execute(
                "INSERT INTO number_counters (officer_no, symbol, year, last_seq) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(officer_no, symbol, year) DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)",
                (doc.officer_no, spec.symbol, int(doc.finalized_at[:4]), int(head)))

    def import_from(self, path: Path, passphrase: str | None = None) -> dict[str, Any]:
        """Import an export file (opened with ``passphrase``, the one given at export): all or nothing.

        ExportPassphraseNeededError if the file is encrypted and no passphrase is given, WrongPassphraseError
        if it does not open it, ValidationError listing every problem of the content.
        """
        data = self._parse(path, passphrase)
        problems, parsed = self.check(data)
        if problems:
            raise ValidationError(problems, "Tệp nhập không hợp lệ, không có gì thay đổi:\n"
                                  + "\n".join(f"- {p}" for p in problems[:200]))
        now = self.clock.now().isoformat()
        actor = self.profile.actor()
        imported = skipped = 0
        written: list[Path] = []
        try:
            with self.repo.write():
                for unit in parsed["units"]:
                    self.repo.save_unit(unit)
                for officer in parsed["officers"]:
                    # The số hiệu names the person: an officer already set up on this laptop under another id
                    # (their own export brought to a new laptop) keeps the local record and profile.
                    local = self.repo.officer_with_no(officer.officer_no)
                    if local is None or local.id == officer.id:
                        self.repo.save_officer(officer)
                for att, content in parsed["attachments"]:
                    rel = self.repo.vault.relative_path(att["sha256"])
                    target = self.repo.path.parent / rel
                    if not target.exists():
                        self.repo.keep_attachment_bytes(content, sha256=att["sha256"])
                        written.append(target)
                    self.repo.db.conn.execute(
                        "INSERT OR IGNORE INTO attachments (sha256, filename, media_type, size, stored_path,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (att["sha256"], att.get("filename", ""), att.get("media_type", ""), len(content),
                         rel, now))
                for case in parsed["cases"]:
                    self.repo.save_case(case)
                for doc in parsed["documents"]:
                    row = self.repo.db.conn.execute("SELECT status FROM documents WHERE id = ?", (doc.id,)).fetchone()
                    if row and row[0] != "draft":
                        skipped += 1
                        continue
                    if row:
                        self.repo.delete_draft(doc.id)
                    self.repo.insert_document(doc, now)
                    if doc.id in parsed["printed"]:
                        kept = parsed["printed"][doc.id][1]
                        row = self.repo.db.conn.execute("SELECT size FROM attachments WHERE sha256 = ?",
                                                        (kept["sha256"],)).fetchone()
                        printed.add(self.repo, printed.PrintedCopy(
                            doc.id, kept["sha256"], int(row[0]), kept["pages"], kept["sheets"], kept["annex_sheets"],
                            now))
                    if doc.status != DocumentStatus.DRAFT:
                        self.repo.db.conn.execute(
                            "INSERT INTO outbox (document_id, state, updated_at) VALUES (?, ?, ?)"
                            " ON CONFLICT(document_id) DO NOTHING",
                            (doc.id, "synced" if doc.status == DocumentStatus.SYNCED else "final", now))
                    imported += 1
                self._advance_counters(parsed["documents"])
                self.repo.audit(now, actor, "import", "dataset", str(path.name),
                                {"cases": len(parsed["cases"]), "documents": imported})
        except BaseException:
            for p in written:  # the database rolled back; take back the files too
                p.unlink(missing_ok=True)
            raise
        return {"cases": len(parsed["cases"]), "documents": imported, "skipped": skipped}
