"""Build real final documents in a real local database for the sync tests (no fakes of the domain)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from inspector_app.domain.lifecycle import finalized_copy
from inspector_app.domain.model import (
    Attachment,
    Case,
    Document,
    GoodsRow,
    Participant,
    Role,
    Subject,
    SubjectKind,
    Unit,
    new_id,
)
from inspector_app.store.db import open_database
from inspector_app.store.repository import Repository

NOW = datetime(2025, 3, 14, 16, 30, 0)


def unit(code: str = "QLTT-DN-01") -> Unit:
    """A configured issuing unit."""
    return Unit(code=code, name="ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1",
                parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", place_name="Biên Hòa")


def subject(tax_code: str = "0312345673") -> Subject:
    """An organisation with a tax code (the repeat-offence key)."""
    return Subject(id=new_id(), kind=SubjectKind.ORGANIZATION, name="Công ty TNHH Thương mại Hoàng Phát",
                   address="12 Phạm Văn Thuận, Biên Hòa", tax_code=tax_code, representative="Trần Văn Bình",
                   representative_title="Giám đốc")


def goods_list(document_no: int, rows: int = 2) -> Document:
    """A draft bảng kê (tt22.m10) with ``rows`` goods rows; the number keeps contents distinct."""
    return Document(
        id=new_id(), case_id="", kind="tt22.m10", unit=unit(), issued_at="2025-03-14T10:00:00",
        place="Chợ Biên Hòa", officer_no="QLTT-0042", subject=subject(),
        participants=[Participant(role=Role.DRAFTER, full_name="Nguyễn Thị Lan", title="Kiểm soát viên",
                                  officer_no="QLTT-0042", card_no="K-0042")],
        goods=[GoodsRow(id=new_id(), name=f"Thuốc lá điếu nhãn hiệu Jet lô {document_no}-{i}", unit="bao",
                        quantity=Decimal("2.5") + i, barcode="", unit_price=18000)
               for i in range(rows)],
        fields={"attached_to": f"Biên bản số {document_no}/BB-KT"},
    )


@dataclass
class LocalStore:
    """A local app database (temp file) with its data dir, as the field app has it."""

    repo: Repository
    data_dir: Path

    def add_final(self, doc: Document, number: str, attachments: list[bytes] = ()) -> Document:  # type: ignore[assignment]
        """Store ``attachments`` as files, attach them, finalise ``doc`` and return the final copy."""
        case = Case(id=new_id(), unit_code=doc.unit.code, title="Kiểm tra chợ Biên Hòa", place=doc.place,
                    started_at="2025-03-14T09:00:00", subject=doc.subject, created_at="2025-03-14T09:00:00",
                    updated_at="2025-03-14T09:00:00")
        doc.case_id = case.id
        kept: dict[str, str] = {}
        for i, blob in enumerate(attachments):
            # Kept as the app keeps them: sealed in the vault when the store has a file key, as is without.
            sha, rel = self.repo.keep_attachment_bytes(blob)
            kept[sha] = rel
            att = Attachment(sha256=sha, filename=f"anh-{i}.jpg", media_type="image/jpeg", size=len(blob))
            doc.attachments.append(att)
        final = finalized_copy(doc, number, NOW)
        with self.repo.write():
            self.repo.save_case(case)
            for att in final.attachments:
                self.repo.save_attachment_file(att, kept[att.sha256], "2025-03-14T10:00:00")
            self.repo.insert_document(doc, "2025-03-14T10:00:00")
            self.repo.store_final(final, "2025-03-14T16:30:00")
        return final


def local_store(tmp: Path) -> LocalStore:
    """A fresh local database under ``tmp``."""
    tmp.mkdir(parents=True, exist_ok=True)
    from inspector_app.store.crypto import KeyFile

    key = None
    if KeyFile.exists_in(tmp):  # an installation the app opened: encrypted, keyed with the test passphrase
        import os

        key = KeyFile.load(tmp).unlock(os.environ["INSPECTOR_PASSPHRASE"])
    db = open_database(tmp / "inspector.sqlite3", key=key.database if key else None)
    return LocalStore(Repository(db, tmp / "inspector.sqlite3", files_key=key.files if key else None), tmp)


def fill(store: LocalStore, count: int, *, attachments_every: int = 0, start: int = 1) -> list[Document]:
    """``count`` final documents; every ``attachments_every``-th one carries a small unique photo."""
    docs = []
    for n in range(start, start + count):
        # Unique bytes per photo: attachments are content-addressed across every unit on the server.
        blobs = [f"JPEG {uuid.uuid4()} {n}".encode() * 20] if attachments_every and n % attachments_every == 0 else []
        docs.append(store.add_final(goods_list(n), f"{n}/BK", blobs))
    return docs
