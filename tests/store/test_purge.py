"""Purging synced records: only what HQ has goes, the audit log and purge marks keep the hashes."""

from __future__ import annotations

import pytest
import sqlcipher3

from inspector_app.store import printed
from inspector_app.store.purge import approved_before, purge, unsynced_documents
from inspector_builders import make_case, make_draft, make_final, raw_connection

NOW = "2026-06-10T09:00:00"


def synced(services, doc, approved_at: str = "") -> None:
    """What a sync and, if ``approved_at``, an HQ approval pulled with the reference data leave behind."""
    import json

    with services.repo.write():
        services.repo.mark_synced(doc.id, "2026-03-11T09:00:00")
        services.repo.db.conn.execute("UPDATE outbox SET state = 'synced', updated_at = ? WHERE document_id = ?",
                                      ("2026-03-11T09:00:00", doc.id))
        if approved_at:
            services.repo.db.conn.execute(
                "INSERT INTO reference_items (kind, key, data, source, updated_at) VALUES ('review', ?, ?, 'hq', ?)",
                (doc.id, json.dumps({"document_id": doc.id, "state": "approved", "reviewed_at": approved_at}),
                 approved_at))


def test_only_synced_documents_go_and_their_case_stays_while_anything_unsynced_is_left(services, tmp_path):
    case = make_case(services)
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 500)
    att = services.cases.attach_file(case.id, photo)
    first = make_final(services, case, "tt22.m06")
    second = make_final(services, case, "nd118.mbb01")
    draft = make_draft(services, case, "nd118.mbb15")
    synced(services, first)
    report = purge(services.repo, [first.id, second.id, draft.id], reason="retention", now=NOW, actor="test")
    assert report.documents == 1 and report.cases == 0
    assert set(report.kept_unsynced) == {second.id, draft.id}
    assert services.cases.get(case.id).id == case.id
    marks = services.repo.db.conn.execute("SELECT document_id, sha256 FROM purge_marks").fetchall()
    assert marks == [(first.id, first.sha256)]
    purged = [e for e in services.repo.audit_events(first.id) if e["action"] == "document.purge"]
    assert len(purged) == 1 and first.sha256 in str(purged[0]["data"])
    assert services.repo.verify_audit().ok
    assert services.cases.attachment_bytes(att.sha256)  # the case still uses it


def test_a_case_whose_documents_are_all_synced_goes_with_its_subject_and_files(services, tmp_path):
    case = make_case(services)
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"y" * 500)
    att = services.cases.attach_file(case.id, photo)
    docs = [make_final(services, case, "tt22.m06"), make_final(services, case, "nd118.mbb01")]
    for doc in docs:
        synced(services, doc, approved_at="2026-03-12T10:00:00+00:00")
    assert set(approved_before(services.repo, NOW)) == {d.id for d in docs}
    assert approved_before(services.repo, "2026-03-12T09:00:00") == []
    kept = [services.repo.path.parent / services.repo.attachment_path(printed.of_document(services.repo, d.id).sha256)
            for d in docs]
    assert all(path.exists() for path in kept)
    report = purge(services.repo, approved_before(services.repo, NOW), reason="retention", now=NOW, actor="test")
    # The case's photo and the two PDFs kept when the documents were finalised.
    assert (report.documents, report.cases, report.subjects, report.attachments) == (2, 1, 1, 3)
    assert services.cases.list() == []
    assert not (services.data_dir / "vault" / att.sha256[:2] / att.sha256).exists()
    assert not any(path.exists() for path in kept)
    assert services.repo.db.conn.execute("SELECT COUNT(*) FROM printed_copies").fetchone()[0] == 0
    assert services.repo.db.conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 0
    assert unsynced_documents(services.repo) == []
    assert services.repo.verify_audit().ok
    numbers = {r[0] for r in services.repo.db.conn.execute("SELECT number FROM purge_marks")}
    assert numbers == {d.number for d in docs}


def test_the_trigger_still_refuses_deleting_a_final_or_an_unmarked_synced_document(services):
    case = make_case(services)
    final = make_final(services, case, "tt22.m06")
    other = make_final(services, case, "nd118.mbb01")
    synced(services, other)
    raw = raw_connection(services.repo.path)
    try:
        for doc in (final, other):
            with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):
                raw.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
        # A mark with another hash does not open the door either.
        raw.execute("INSERT INTO purge_marks VALUES (?, 'deadbeef', 'nd118.mbb01', '', 'x', ?)", (other.id, NOW))
        with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):
            raw.execute("DELETE FROM documents WHERE id = ?", (other.id,))
    finally:
        raw.close()


def test_a_purged_document_takes_its_scanned_signed_copy_with_it(services, tmp_path):
    case = make_case(services)
    doc, other = make_final(services, case, "tt22.m06"), make_final(services, case, "nd118.mbb01")
    pdf = tmp_path / "ban-quet.pdf"
    pdf.write_bytes(b"%PDF-1.4 ban quet co chu ky")
    scan = services.documents.attach_scan(doc.id, pdf)
    shared = tmp_path / "chung.pdf"
    shared.write_bytes(b"%PDF-1.4 ban quet dung chung")
    kept = services.documents.attach_scan(doc.id, shared)
    services.documents.attach_scan(other.id, shared)  # the same file is also the scan of another document
    vault = services.repo.path.parent / services.repo.attachment_path(scan.sha256)
    assert vault.exists()
    synced(services, doc)
    printed_file = services.repo.path.parent / services.repo.attachment_path(
        printed.of_document(services.repo, doc.id).sha256)
    report = purge(services.repo, [doc.id], reason="retention", now=NOW, actor="test")
    # Its own scan and the PDF kept at its finalisation go; the shared scan stays.
    assert report.documents == 1 and report.attachments == 2 and not vault.exists() and not printed_file.exists()
    assert printed.of_document(services.repo, doc.id) is None
    assert printed.of_document(services.repo, other.id) is not None
    assert services.documents.scan_copies(doc.id) == []
    assert services.repo.attachment_bytes(kept.sha256) == shared.read_bytes()  # still the other's scan
