"""Demo data, and export/import: a round trip between two installations (each with its own key) reproduces
the final documents; the file is encrypted under the passphrase given at export; a bad file or a wrong
passphrase changes nothing."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import pytest

from inspector_app.app import build_services
from inspector_app.domain.canonical import canonical_bytes, sha256_hex
from inspector_app.domain.errors import ValidationError
from inspector_app.domain.kinds import KINDS
from inspector_app.services.demo import DEMO_UNIT
from inspector_app.services.exchange import EXPORT_PURPOSE, ExportPassphraseNeededError
from inspector_app.store import printed
from inspector_app.store.crypto import (
    KeyFileError,
    SealedFileError,
    WrongPassphraseError,
    open_with_passphrase,
    seal_with_passphrase,
)
from inspector_builders import demo_secrets, make_case, make_draft, make_final, make_officer

# What the officer types at export and tells the colleague who imports the file on another laptop.
EXPORT_PASSPHRASE = "mật khẩu gửi Chi cục 03/2026"

TABLES = ("units", "officers", "subjects", "cases", "goods", "violations", "seals", "attachments",
          "case_attachments", "documents", "number_counters", "audit_events", "outbox", "printed_copies")


def counts(services) -> dict[str, int]:
    return {t: services.repo.db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def finals(services) -> dict[str, tuple[str, str, str]]:
    return {d.id: (d.kind, d.number, d.sha256) for d in services.documents.list() if d.status != "draft"}


@pytest.fixture
def demo(bare_services):
    report = bare_services.demo.load()
    return bare_services, report


@pytest.fixture
def exported(demo, tmp_path):
    services, _ = demo
    path = tmp_path / "export.qltt"
    services.exchange.export_to(path, EXPORT_PASSPHRASE)
    return services, path


def read_export(path: Path) -> dict:
    """The JSON tree inside an encrypted export (what the importing laptop sees with the passphrase)."""
    return json.loads(open_with_passphrase(EXPORT_PASSPHRASE, path.read_bytes(), EXPORT_PURPOSE))


def another_laptop(path: Path, clock):
    """A second installation: its own data passphrase and its own random key."""
    return build_services(path, clock, passphrase="mật khẩu của máy thứ hai")


def test_demo_covers_every_kind_final_and_draft(demo):
    services, report = demo
    docs = services.documents.list()
    assert {d.kind for d in docs if d.status == "final"} == set(KINDS)
    assert {d.status for d in docs} == {"draft", "final"}
    assert report["documents"] == len(docs) and report["final"] + report["draft"] == len(docs)
    assert report["cases"] == 4 == services.repo.count_cases()
    assert any(d.supersedes for d in docs)
    assert services.repo.verify_audit().ok


def test_demo_twice_doubles_the_data_with_fresh_ids(demo):
    services, first = demo
    second = services.demo.load()
    assert services.repo.count_cases() == 8 and len(services.documents.list()) == 2 * first["documents"]
    assert not set(first["case_ids"]) & set(second["case_ids"])
    assert not set(first["document_ids"]) & set(second["document_ids"])
    numbers = [d.number for d in services.documents.list() if d.number]
    assert len(numbers) == len(set(numbers))


def test_export_import_round_trip_reproduces_final_documents_and_hashes(exported, tmp_path, clock):
    source, path = exported
    target = another_laptop(tmp_path / "fresh", clock)
    try:
        assert target.master_key.raw != source.master_key.raw
        summary = target.exchange.import_from(path, EXPORT_PASSPHRASE)
        assert summary == {"cases": 4, "documents": len(source.documents.list()), "skipped": 0}
        assert finals(target) == finals(source)
        for doc_id, (_kind, _number, sha) in finals(target).items():
            canonical, stored = target.repo.canonical_of(doc_id)
            assert stored == sha == sha256_hex(canonical.encode())
            assert canonical == source.repo.canonical_of(doc_id)[0]
        assert {c.id for c in target.cases.list()} == {c.id for c in source.cases.list()}
        assert target.repo.verify_audit().ok
        online = next(c for c in target.cases.list() if "Tram Beauty" in c.title)
        attachment = target.cases.get(online.id).attachments[0]
        assert target.cases.attachment_bytes(attachment.sha256) == \
            source.cases.attachment_bytes(attachment.sha256)
        # Each final document keeps the PDF printed on the first laptop: same bytes, same counts.
        for doc_id in finals(source):
            kept = printed.of_document(target.repo, doc_id)
            assert kept is not None and kept == replace(printed.of_document(source.repo, doc_id), kept_at=kept.kept_at)
            assert target.repo.attachment_bytes(kept.sha256) == source.repo.attachment_bytes(kept.sha256)
        again = target.exchange.import_from(path, EXPORT_PASSPHRASE)  # importing twice is harmless
        assert again["skipped"] == len(finals(source)) and finals(target) == finals(source)
    finally:
        target.close()


def test_import_keeps_numbering_going_after_a_restore(exported, tmp_path, clock):
    source, path = exported
    officer = source.profile.officer()
    target = another_laptop(tmp_path / "new-laptop", clock)
    try:
        target.exchange.import_from(path, EXPORT_PASSPHRASE)
        target.profile.set_profile(DEMO_UNIT, officer)
        case = make_case(target)
        used = {d.number for d in target.documents.list()}
        new = make_final(target, case, "nd118.mbb01")
        assert new.number not in used
        seqs = sorted(int(n.split("/")[0]) for n in used | {new.number} if n.endswith("BB-VPHC-QLTT0215"))
        assert seqs == list(range(1, len(seqs) + 1))  # not reused and not skipped
    finally:
        target.close()


def _sealed(content: bytes) -> bytes:
    return seal_with_passphrase(EXPORT_PASSPHRASE, content, EXPORT_PURPOSE)


def _rewrite(path: Path, change) -> Path:
    """The export changed by ``change`` and sealed again with the right passphrase (a file edited by someone
    who knows it): the content checks must still refuse it."""
    data = read_export(path)
    change(data)
    out = path.with_name("changed.qltt")
    out.write_bytes(_sealed(json.dumps(data, ensure_ascii=False).encode("utf-8")))
    return out


def _first_final(data):
    return next(i for i, e in enumerate(data["documents"]) if e["status"] == "final")


def _problems(services, path) -> list[str]:
    before = counts(services)
    with pytest.raises(ValidationError) as info:
        services.exchange.import_from(path, EXPORT_PASSPHRASE)
    assert counts(services) == before
    assert info.value.message
    return [p.field for p in info.value.problems]


@pytest.fixture
def target(tmp_path, clock):
    """Another working installation with its own data, to import bad files into."""
    services = build_services(tmp_path / "target", clock)
    services.profile.set_profile(DEMO_UNIT, make_officer("QLTT0999"))
    case = make_case(services)
    make_final(services, case, "nd118.mbb01")
    make_draft(services, case, "tt22.m06")
    yield services
    services.close()


def test_import_of_a_file_that_is_not_json_changes_nothing(target, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ không phải JSON", encoding="utf-8")
    assert _problems(target, bad) == ["$"]
    bad.write_bytes(b"\xff\xfe\x00binary")
    assert _problems(target, bad) == ["$"]
    bad.write_bytes(_sealed("{ không phải JSON".encode()))  # encrypted, but not an export inside
    assert _problems(target, bad) == ["$"]


@pytest.mark.parametrize("content,expected", [
    ([], ["$"]),
    ({"format": "other"}, ["$.format", "$.units", "$.officers", "$.cases", "$.documents"]),
])
def test_import_of_a_wrong_shape_lists_every_problem(target, tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(content), encoding="utf-8")
    assert _problems(target, bad) == expected


def test_import_refuses_a_printed_pdf_whose_file_is_missing(target, exported):
    _, path = exported

    def drop_file(data):
        i = _first_final(data)
        sha = data["documents"][i]["printed_pdf"]["sha256"]
        data["attachments"] = [a for a in data["attachments"] if a["sha256"] != sha]
        return i

    holder: list[int] = []
    changed = _rewrite(path, lambda data: holder.append(drop_file(data)))
    assert _problems(target, changed) == [f"$.documents[{holder[0]}].printed_pdf.sha256"]


def test_import_of_a_tampered_document_is_refused(target, exported):
    _, path = exported

    def tamper(data):
        data["documents"][_first_final(data)]["document"]["place"] = "Nơi khác"
    changed = _rewrite(path, tamper)
    assert _problems(target, changed) == [f"$.documents[{_first_final(read_export(changed))}].sha256"]


def test_import_lists_every_problem_with_its_json_path(target, exported):
    _, path = exported

    def damage(data):
        i = _first_final(data)
        data["documents"][i]["document"]["kind"] = "tt22.m99"
        data["documents"][i]["sha256"] = sha256_hex(canonical_bytes(data["documents"][i]["document"]))
        data["documents"][i + 1]["document"]["goods"] = [{"id": "g"}]
        data["cases"][0]["goods"][0]["quantity"] = 1.5
        data["attachments"][0]["content_base64"] = base64.b64encode(b"other bytes").decode()
    fields = _problems(target, _rewrite(path, damage))
    i = _first_final(read_export(path))
    assert any(f.startswith(f"$.documents[{i}].document.kind") for f in fields)
    assert any(f.startswith(f"$.documents[{i + 1}].document.goods[0]") for f in fields)
    assert "$.cases[0].goods[0].quantity" in fields
    assert "$.attachments[0].sha256" in fields


def test_import_refuses_cases_the_app_itself_would_refuse(target, exported):
    """A well-formed file whose cases break the rules CaseService enforces (quantity > 0, check digits,
    no future dates) changes nothing and names each problem by its JSON path."""
    _, path = exported

    def damage(data):
        individual = next(i for i, c in enumerate(data["cases"])
                          if c.get("subject") and c["subject"]["kind"] == "individual")
        data["cases"][individual]["subject"]["id_number"] = "123"
        data["cases"][individual]["subject"]["birth_date"] = "2999-01-01"
        data["cases"][0]["goods"][0]["quantity"] = "-3"
        data["cases"][0]["goods"][0]["unit"] = ""
        data["marker"] = individual
    changed = _rewrite(path, damage)
    individual = read_export(changed).pop("marker")
    fields = _problems(target, changed)
    assert f"$.cases[{individual}].subject.id_number" in fields
    assert f"$.cases[{individual}].subject.birth_date" in fields
    assert "$.cases[0].goods[0].quantity" in fields
    assert "$.cases[0].goods[0].unit" in fields


def test_import_refuses_a_final_document_missing_default_fields(target, exported):
    _, path = exported

    def strip(data):
        entry = data["documents"][_first_final(data)]
        for key in ("seals", "attachments", "supersedes"):
            entry["document"].pop(key, None)
        entry["sha256"] = sha256_hex(canonical_bytes(entry["document"]))
    fields = _problems(target, _rewrite(path, strip))
    assert any(f.startswith(f"$.documents[{_first_final(read_export(path))}].document") for f in fields)


def test_import_never_overwrites_a_final_document_with_other_content(exported, tmp_path, clock):
    source, path = exported
    target = another_laptop(tmp_path / "copy", clock)
    try:
        target.exchange.import_from(path, EXPORT_PASSPHRASE)

        def change(data):
            i = _first_final(data)
            data["documents"][i]["document"]["place"] = "Nơi khác"
            data["documents"][i]["sha256"] = sha256_hex(canonical_bytes(data["documents"][i]["document"]))
        changed = _rewrite(path, change)
        i = _first_final(read_export(path))
        assert _problems(target, changed) == [f"$.documents[{i}]"]
    finally:
        target.close()


# -- the encrypted file ---------------------------------------------------------------------------------------
def test_export_file_holds_no_name_identity_number_or_photo_in_clear(exported):
    source, path = exported
    blob = path.read_bytes()
    secrets = demo_secrets(source) + [b"Tram Beauty", b"qltt-inspector/1", b'"documents"']
    photo = source.cases.attachment_bytes(read_export(path)["attachments"][0]["sha256"])
    for secret in secrets + [photo[:64], base64.b64encode(photo)[:64]]:
        assert secret not in blob, secret
    assert blob.startswith(b"QLTTPWF1")


def test_import_with_a_wrong_passphrase_is_refused_in_vietnamese_and_changes_nothing(target, exported):
    _, path = exported
    before = counts(target)
    with pytest.raises(WrongPassphraseError) as info:
        target.exchange.import_from(path, "mật khẩu đoán bừa")
    assert info.value.message.startswith("Mật khẩu của tệp không đúng")
    with pytest.raises(ExportPassphraseNeededError):  # the caller must ask the officer
        target.exchange.import_from(path)
    assert counts(target) == before


def test_an_altered_byte_anywhere_in_the_file_is_refused(target, exported):
    _, path = exported
    blob = path.read_bytes()
    header_end = 12 + int.from_bytes(blob[8:12], "big")
    for where in (header_end - 3, header_end + 30, len(blob) - 5):  # in the header, the body, the tag
        changed = path.with_name("altered.qltt")
        changed.write_bytes(blob[:where] + bytes([blob[where] ^ 1]) + blob[where + 1:])
        with pytest.raises(KeyFileError):
            target.exchange.import_from(changed, EXPORT_PASSPHRASE)


def test_a_header_asking_for_a_huge_kdf_is_refused_before_deriving(tmp_path):
    blob = _sealed(b"{}")
    size = int.from_bytes(blob[8:12], "big")
    header = json.loads(blob[12:12 + size])
    header["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB: an import must not try
    raw = json.dumps(header, separators=(",", ":")).encode()
    crafted = blob[:8] + len(raw).to_bytes(4, "big") + raw + blob[12 + size:]
    with pytest.raises(SealedFileError):
        open_with_passphrase(EXPORT_PASSPHRASE, crafted, EXPORT_PURPOSE)


def test_export_refuses_a_short_passphrase_and_writes_nothing(demo, tmp_path):
    services, _ = demo
    with pytest.raises(KeyFileError) as info:
        services.exchange.export_to(tmp_path / "out" / "short.qltt", "1234")
    assert "ít nhất 8 ký tự" in info.value.message
    assert not (tmp_path / "out").exists()


def test_a_clear_export_of_an_earlier_version_still_imports(demo, tmp_path, clock):
    source, _ = demo
    old = tmp_path / "old-export.json"
    old.write_bytes(canonical_bytes(source.exchange.export_data()))
    target = another_laptop(tmp_path / "fresh", clock)
    try:
        assert target.exchange.import_from(old)["cases"] == 4
        assert finals(target) == finals(source)
    finally:
        target.close()


def test_import_onto_a_laptop_set_up_by_the_same_officer_keeps_its_profile(exported, tmp_path, clock):
    """An officer sets up a new laptop with their own số hiệu, then imports their export from the old one: the
    import succeeds (no duplicate-officer error) and the new laptop's officer record and profile stay."""
    source, path = exported
    target = another_laptop(tmp_path / "new-laptop", clock)
    try:
        me = source.profile.officer()
        again = replace(me, id="00000000-0000-4000-8000-00000000beef", full_name=me.full_name + " (máy mới)")
        target.profile.set_profile(source.profile.unit(), again)
        summary = target.exchange.import_from(path, EXPORT_PASSPHRASE)
        assert summary["cases"] == 4
        assert target.profile.officer() == again
        assert [o.id for o in target.repo.list_officers() if o.officer_no == me.officer_no] == [again.id]
        assert finals(target) == finals(source)
    finally:
        target.close()
