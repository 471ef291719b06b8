"""The PDF printed on site travels to HQ at sync, bound to the document's hash, through the real server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sync_factories import NOW, fill, local_store
from sync_hq import HQServer, fast_backoff

from inspector_app.domain.clock import FixedClock
from inspector_app.forms import render_document
from inspector_app.services.sync import SyncService
from sync.client import HQClient, ServerRejected
from sync.protocol import sha256_hex
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
            stored = conn.execute(select(attachments.c.data).where(attachments.c.sha256 == rows[doc.id].sha256)
                                  ).scalar_one()
            # Exactly the bytes the laptop prints (the forms render deterministically).
            assert bytes(stored) == render_document(store.repo.get_document(doc.id)).pdf


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
