"""The PDF printed on site travels to HQ at sync, bound to the document's hash, through the real server."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from console_world import login
from reportlab.platypus import PageBreak
from sqlalchemy import select
from sync_factories import NOW, fill, local_store
from sync_hq import PASSWORD, HQServer, fast_backoff

from inspector_app.domain.clock import FixedClock
from inspector_app.forms import FORMS, render_document
from inspector_app.services import printed
from inspector_app.services.sync import SyncService
from sync.client import HQClient, ServerRejected
from sync.protocol import sha256_hex
from sync.server.console.staff import add_staff
from sync.server.deps import utcnow
from sync.server.tables import attachments, printed_copies


def test_sync_sends_each_printed_pdf_once_bound_to_its_document(hq: HQServer, tmp_path: Path) -> None:
    account = hq.new_account("IN")
    store = local_store(tmp_path / "laptop")
    docs = fill(store, 3)
    sync = SyncService(store.repo, store.data_dir, FixedClock(NOW), backoff=fast_backoff(),  # type: ignore[arg-type]
                       copies_per_sync=2)
    sync.login(hq.url, account.username, account.password)
    first = sync.sync()
    assert first.complete and first.copies_uploaded == 2  # bounded per run; the rest go next time
    assert sync.sync().copies_uploaded == 1
    assert sync.sync().copies_uploaded == 0
    with hq.engine.connect() as conn:
        rows = {r.document_id: r for r in conn.execute(
            select(printed_copies).where(printed_copies.c.document_id.in_([d.id for d in docs])))}
        for doc in docs:
            assert rows[doc.id].document_sha256 == doc.sha256 and rows[doc.id].role == "printed"
            assert conn.execute(select(attachments.c.media_type).where(
                attachments.c.sha256 == rows[doc.id].sha256)).scalar_one() == "application/pdf"
            # Exactly the bytes the laptop prints (the forms render deterministically), kept as a file.
            assert hq.attachments.read(rows[doc.id].sha256) == render_document(store.repo.get_document(doc.id)).pdf
    # The case view's link serves the file to the unit's leader; a file gone from the disk is "not found".
    leader = f"leader-{uuid.uuid4().hex[:8]}"
    with hq.engine.begin() as conn:
        add_staff(conn, leader, "Lê Văn Đội", "leader", account.unit_code, PASSWORD, utcnow())
    session = login(hq.url, leader)
    copy = rows[docs[0].id].sha256
    served = session.get(f"{hq.url}/documents/{docs[0].id}/files/{copy}")
    assert served.status_code == 200 and served.headers["content-type"] == "application/pdf"
    assert served.content == hq.attachments.read(copy)
    hq.attachments.delete(copy)
    assert session.get(f"{hq.url}/documents/{docs[0].id}/files/{copy}").status_code == 404


def test_server_refuses_a_copy_of_another_version_another_unit_or_not_a_pdf(hq: HQServer, tmp_path: Path) -> None:
    account, other = hq.new_account("IN"), hq.new_account("IN")
    store = local_store(tmp_path / "laptop")
    doc = fill(store, 1)[0]
    sync = SyncService(store.repo, store.data_dir, FixedClock(NOW), backoff=fast_backoff(),  # type: ignore[arg-type]
                       copies_per_sync=0)
    sync.login(hq.url, account.username, account.password)
    assert sync.sync().complete
    pdf = render_document(store.repo.get_document(doc.id)).pdf
    client = HQClient(hq.url)
    client.login(account.username, account.password)
    with pytest.raises(ServerRejected) as wrong_version:
        client.put_copy(doc.id, "0" * 64, pdf)
    assert wrong_version.value.code == "conflict"
    with pytest.raises(ServerRejected) as not_pdf:
        client.put_copy(doc.id, doc.sha256, b"<html>not a pdf</html>")
    assert not_pdf.value.code == "unsupported_media_type"
    stranger = HQClient(hq.url)
    stranger.login(other.username, other.password)
    with pytest.raises(ServerRejected) as hidden:
        stranger.put_copy(doc.id, doc.sha256, pdf)
    assert hidden.value.code == "not_found"
    assert client.put_copy(doc.id, doc.sha256, pdf, "scan")["created"] is True
    assert client.put_copy(doc.id, doc.sha256, pdf, "scan")["created"] is False  # a re-upload is harmless
    with hq.engine.connect() as conn:
        assert conn.execute(select(printed_copies.c.sha256).where(printed_copies.c.document_id == doc.id)
                            ).scalar_one() == sha256_hex(pdf)


def _scan_pdf(text: str) -> bytes:
    """A one-page PDF standing for the scanner's output (a real PDF, different from the printed one)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, text)
    canvas.save()
    return out.getvalue()


def test_a_scanned_signed_copy_goes_to_hq_once_and_shows_beside_the_printed_pdf(hq: HQServer, tmp_path: Path) -> None:
    from console_world import login
    from sync_factories import NOW as now

    from inspector_app.domain.errors import InspectorError, TooLargeError
    from inspector_app.services.cases import ProfileService
    from inspector_app.services.documents import DocumentService
    from sync.protocol import MAX_ATTACHMENT_BYTES
    from sync.server.console.staff import add_staff
    from sync.server.deps import utcnow

    account = hq.new_account("SC")
    store = local_store(tmp_path / "laptop")
    doc = fill(store, 1)[0]
    documents = DocumentService(store.repo, FixedClock(now), ProfileService(store.repo))
    scan_path = tmp_path / "ban-scan.pdf"
    scan_path.write_bytes(_scan_pdf(f"Ban scan co chu ky {doc.number}"))
    not_pdf, too_big = tmp_path / "anh.jpg", tmp_path / "lon.pdf"
    not_pdf.write_bytes(b"\xff\xd8\xff\xe0 JPEG")
    with too_big.open("wb") as fh:
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(InspectorError, match="không phải tệp PDF"):
        documents.attach_scan(doc.id, not_pdf)
    with pytest.raises(TooLargeError):
        documents.attach_scan(doc.id, too_big)
    assert documents.scan_copies(doc.id) == []  # nothing stored by a refusal
    scan = documents.attach_scan(doc.id, scan_path)  # added before the document itself reached HQ
    assert store.repo.attachment_bytes(scan.sha256) == scan_path.read_bytes()

    sync = SyncService(store.repo, store.data_dir, FixedClock(NOW), backoff=fast_backoff())  # type: ignore[arg-type]
    sync.login(hq.url, account.username, account.password)
    first = sync.sync()
    assert first.complete and first.copies_uploaded == 1 and first.scans_uploaded == 1
    assert sync.sync().scans_uploaded == 0 and documents.scan_copies(doc.id)[0].sent == "sent"
    with hq.engine.connect() as conn:
        roles = {r.role: r for r in conn.execute(select(printed_copies).where(printed_copies.c.document_id == doc.id))}
    assert set(roles) == {"printed", "scan"} and roles["scan"].sha256 == scan.sha256
    assert roles["scan"].document_sha256 == doc.sha256

    with hq.engine.begin() as conn:
        add_staff(conn, f"lead-{account.unit_code}", "Đội trưởng", "leader", account.unit_code,
                  "mật-khẩu-đủ-dài", utcnow())
    session = login(hq.url, f"lead-{account.unit_code}")
    html = session.get(f"{hq.url}/documents/{doc.id}").text
    assert f'id="printed-{doc.id}"' in html and f'id="scan-{doc.id}"' in html
    assert session.get(f"{hq.url}/documents/{doc.id}/files/{scan.sha256}").content == scan_path.read_bytes()


def test_sync_sends_the_pdf_kept_when_printed_not_a_rendering_by_a_later_layout(
        hq: HQServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    account = hq.new_account("IN")
    store = local_store(tmp_path / "laptop")
    doc = store.repo.get_document(fill(store, 1)[0].id)
    # Printed on site: its PDF kept (fill stores documents as an older version did; the first use keeps it).
    paper = printed.kept_pdf(store.repo, doc, NOW.isoformat())[0]
    for module in FORMS.values():  # a later version moves every form one page down
        monkeypatch.setattr(module, "build", lambda ctx, _old=module.build: [PageBreak(), *_old(ctx)])
    assert render_document(doc).pdf != paper
    sync = SyncService(store.repo, store.data_dir, FixedClock(NOW), backoff=fast_backoff())  # type: ignore[arg-type]
    sync.login(hq.url, account.username, account.password)
    assert sync.sync().copies_uploaded == 1
    with hq.engine.connect() as conn:
        row = conn.execute(select(printed_copies).where(printed_copies.c.document_id == doc.id)).one()
    assert row.document_sha256 == doc.sha256 and hq.attachments.read(row.sha256) == paper
