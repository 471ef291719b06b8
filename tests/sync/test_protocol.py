"""The wire contract: the document JSON Schema matches the domain model, and validation names every problem."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path

from sync_factories import fill, local_store

from inspector_app.domain import model
from inspector_app.domain.kinds import KINDS
from sync.protocol import (
    RecordResult,
    RecordStatus,
    document_schema,
    error_envelope,
    parse_error_envelope,
    validate_document_json,
)


def test_schema_has_exactly_the_fields_of_the_domain_model() -> None:
    schema = document_schema()
    doc_fields = {f.name for f in dataclasses.fields(model.Document)} - {"status", "sha256"}
    assert set(schema["properties"]) == doc_fields and schema["additionalProperties"] is False
    for name, definition in schema["$defs"].items():
        cls = getattr(model, name, None)
        if cls is None or not dataclasses.is_dataclass(cls):
            continue
        assert set(definition["properties"]) == {f.name for f in dataclasses.fields(cls)}, name
        assert definition["additionalProperties"] is False
        required = {f.name for f in dataclasses.fields(cls)
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
        assert set(definition["required"]) == required, name
    assert set(schema["properties"]["kind"]["enum"]) == set(KINDS)
    hints = typing.get_type_hints(model.GoodsRow)
    assert hints["quantity"] is model.Decimal and schema["$defs"]["GoodsRow"]["properties"]["quantity"] == {
        "$ref": "#/$defs/DecimalString"}


def test_real_final_documents_validate(tmp_path: Path) -> None:
    store = local_store(tmp_path)
    fill(store, 2, attachments_every=1)
    for _id, canonical, _sha in store.repo.iter_final_canonicals():
        assert validate_document_json(json.loads(canonical)) == []


def test_the_recorded_doubling_ground_and_illegal_profit_travel_on_the_wire(tmp_path: Path) -> None:
    store = local_store(tmp_path)
    fill(store, 1)
    ((_id, canonical, _sha),) = list(store.repo.iter_final_canonicals())
    data = json.loads(canonical)
    data["violations"] = [{"id": "v1", "decree": "98/2020/NĐ-CP", "article": 11, "clause": 1, "point": "c",
                           "aggravations": ["sensitive_goods"], "illegal_profit": 7000000}]
    assert validate_document_json(data) == []
    data["violations"][0].update({"aggravations": "sensitive_goods", "illegal_profit": 7.5})
    paths = [path for path, _message in validate_document_json(data)]
    assert "$.violations[0].aggravations" in paths and "$.violations[0].illegal_profit" in paths


def test_validation_reports_every_problem_with_its_path(tmp_path: Path) -> None:
    store = local_store(tmp_path)
    fill(store, 1)
    ((_id, canonical, _sha),) = list(store.repo.iter_final_canonicals())
    data = json.loads(canonical)
    data["goods"][0]["quantity"] = 2.5
    data["goods"][1]["quantity"] = "1e3"
    data["goods"][1]["unit_price"] = "18000"
    data["fields"]["note"] = {"inner": 0.5}
    data["subject"]["kind"] = "alien"
    data["subject"]["nickname"] = "x"
    del data["place"]
    paths = dict(validate_document_json(data))
    assert set(paths) == {"$.goods[0].quantity", "$.goods[1].quantity", "$.goods[1].unit_price",
                          "$.fields.note.inner", "$.subject.kind", "$.subject.nickname", "$.place"}
    assert paths["$.place"] == "thiếu trường bắt buộc"
    assert "số thực" in paths["$.goods[0].quantity"]
    assert paths["$.goods[1].unit_price"] == "phải là số nguyên hoặc null"
    assert validate_document_json([]) == [("$", "phải là đối tượng JSON")]


def test_error_envelope_round_trip() -> None:
    env = error_envelope("conflict", "Xung đột", {"id": "x"})
    assert env == {"ok": False, "error": {"code": "conflict", "message": "Xung đột", "details": {"id": "x"}}}
    assert parse_error_envelope(env) == ("conflict", "Xung đột", {"id": "x"})
    assert parse_error_envelope({"ok": True}) is None and parse_error_envelope("<html>") is None
    result = RecordResult("a", RecordStatus.INCOMPLETE, missing=["f" * 64])
    assert RecordResult.from_wire(result.to_wire()) == result
    assert RecordStatus.INCOMPLETE.stored and not RecordStatus.CONFLICT.stored


def test_one_record_schema_for_the_openapi_and_the_checks() -> None:
    """record.schema.json is what the server publishes and what it checks records with."""
    from sync.protocol import MAX_ATTACHMENTS_PER_RECORD, record_problem_fields, record_schema
    from sync.server.ingest import WIRE_FIELDS
    from sync.server.routes.records import RECORD_SCHEMA as _RECORD_SCHEMA

    schema = record_schema()
    assert _RECORD_SCHEMA["properties"] == schema["properties"] and _RECORD_SCHEMA["required"] == schema["required"]
    assert WIRE_FIELDS == set(schema["properties"])
    assert schema["properties"]["attachments"]["maxItems"] == MAX_ATTACHMENTS_PER_RECORD
    good = {"id": "a1b2", "kind": "nd118.mbb01", "sha256": "0" * 64, "canonical": "{}", "attachments": ["f" * 64]}
    assert record_problem_fields(good) == set()
    assert record_problem_fields({**good, "supersedes": ""}) == set()
    # ECMA "$" is the end of the text: a trailing newline is not a valid id or hash (Python's "$" would allow it)
    assert record_problem_fields({**good, "id": "a1b2\n", "sha256": "0" * 64 + "\n"}) == {"id", "sha256"}
    assert record_problem_fields({**good, "unit_code": "X"}) == {"unit_code"}
    assert record_problem_fields({k: v for k, v in good.items() if k != "kind"}) == {"kind"}
    assert record_problem_fields({**good, "attachments": ["f" * 64] * (MAX_ATTACHMENTS_PER_RECORD + 1)}) == {"attachments"}
    assert record_problem_fields({**good, "canonical": 5}) == {"canonical"}
    assert record_problem_fields([good]) == {"$"}
