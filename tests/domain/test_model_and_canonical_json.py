"""Plain-dict round trips of domain records and the canonical JSON + SHA-256 taken at finalisation."""

from __future__ import annotations

import json
import random
import unicodedata
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.domain.canonical import (
    canonical_bytes,
    canonical_document,
    document_from_canonical,
    document_hash,
    document_payload,
    sha256_hex,
)
from inspector_app.domain.model import (
    Attachment,
    AttachmentKind,
    Document,
    DocumentStatus,
    GoodsRow,
    Participant,
    Role,
    Seal,
    ShapeError,
    Subject,
    SubjectKind,
    Unit,
    ViolationRef,
    format_decimal,
    from_dict,
    to_dict,
)

text = st.text(max_size=20)
short = st.text(alphabet="abcđĐếỗ0123456789 -/", max_size=12)
ints = st.integers(min_value=-(2**62), max_value=2**62)
quantities = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False,
                         allow_infinity=False)
json_leaf = st.one_of(st.none(), st.booleans(), ints, text)
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(short, inner, max_size=3)), max_leaves=8)

units = st.builds(Unit, code=short, name=text, parent_name=text, place_name=text, address=text)
subjects = st.builds(Subject, id=short, kind=st.sampled_from(SubjectKind), name=text, address=text,
                     tax_code=short, id_number=short, birth_date=short, shop_url=text)
participants = st.builds(Participant, role=st.sampled_from(Role), full_name=text, title=text,
                         refused_to_sign=st.booleans(), refusal_reason=text)
goods = st.builds(GoodsRow, id=short, name=text, unit=short, quantity=quantities, barcode=short,
                  unit_price=st.none() | ints, value=st.none() | ints, seized=st.booleans(),
                  smuggled=st.booleans())
violations = st.builds(ViolationRef, id=short, decree=short, article=ints, clause=ints, point=short,
                       description=text, fine_amount=st.none() | ints, aggravations=st.lists(short, max_size=2),
                       illegal_profit=st.none() | ints)
seals = st.builds(Seal, id=short, numbers=st.lists(short, max_size=3), covers=text, state_when_opened=short)
attachments = st.builds(Attachment, sha256=short, filename=text, media_type=short, size=ints,
                        kind=st.sampled_from(AttachmentKind), caption=text)
documents = st.builds(
    Document, id=short, case_id=short, kind=short, unit=units, issued_at=short, place=text,
    status=st.sampled_from(DocumentStatus), number=short, officer_no=short, subject=st.none() | subjects,
    participants=st.lists(participants, max_size=3), goods=st.lists(goods, max_size=3),
    violations=st.lists(violations, max_size=2), seals=st.lists(seals, max_size=2),
    attachments=st.lists(attachments, max_size=2), fields=st.dictionaries(short, json_value, max_size=4),
    supersedes=short, created_at=short, finalized_at=short, sha256=short)


def _shuffled(value: Any, rng: random.Random) -> Any:
    """The same JSON tree with every object's keys in a random order."""
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(value, list):
        return [_shuffled(v, rng) for v in value]
    return value


@settings(max_examples=150)
@given(documents)
def test_document_round_trips_through_plain_dict(doc):
    data = to_dict(doc)
    again = from_dict(Document, json.loads(json.dumps(data)))
    assert to_dict(again) == data


@settings(max_examples=150)
@given(documents)
def test_canonical_bytes_are_identical_after_a_round_trip(doc):
    first = canonical_document(doc)
    rebuilt = document_from_canonical(first)
    assert canonical_document(rebuilt) == first
    assert document_hash(rebuilt) == sha256_hex(first)


@given(documents, st.randoms(use_true_random=False))
def test_canonical_bytes_do_not_depend_on_key_order(doc, rng):
    payload = document_payload(doc)
    assert canonical_bytes(_shuffled(payload, rng)) == canonical_bytes(payload)


@given(documents)
def test_canonical_json_is_compact_sorted_nfc_utf8(doc):
    blob = canonical_document(doc)
    text_form = blob.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text_form)
    parsed = json.loads(text_form)
    assert text_form == json.dumps(parsed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@given(quantities)
def test_quantity_text_form_round_trips_exactly(q):
    text_form = format_decimal(q)
    assert "e" not in text_form.lower()
    assert Decimal(text_form) == q
    assert format_decimal(Decimal(text_form)) == text_form


def test_fields_added_later_leave_the_bytes_of_older_documents_unchanged():
    # A violation as documents were finalised before the ×2 grounds and the illegal profit were stored:
    # its bytes, and so the SHA-256 sealed then, must not change now that the fields exist.
    v = ViolationRef(id="v1", decree="98/2020/NĐ-CP", article=9, clause=1, point="a", fine_amount=2000000)
    assert canonical_bytes(to_dict(v)) == ('{"article":9,"catalog_id":"","clause":1,"decree":"98/2020/NĐ-CP",'
                                           '"description":"","fine_amount":2000000,"id":"v1","point":"a"}').encode()
    set_ = ViolationRef(id="v1", decree="98/2020/NĐ-CP", article=9, clause=1, point="b", fine_amount=4000000,
                        aggravations=["food_medicine"], illegal_profit=7000000)
    data = to_dict(set_)
    assert data["aggravations"] == ["food_medicine"] and data["illegal_profit"] == 7000000
    assert from_dict(ViolationRef, json.loads(json.dumps(data))) == set_
    assert from_dict(ViolationRef, to_dict(v)) == v


def test_canonical_bytes_golden():
    nfd = unicodedata.normalize("NFD", "Đồng Nai")
    assert canonical_bytes({"b": [1, True, None], "a": nfd}) == '{"a":"Đồng Nai","b":[1,true,null]}'.encode()


@pytest.mark.parametrize("value,expected", [("2.50", "2.5"), ("100", "100"), ("1E+2", "100"), ("-0.0", "0"),
                                            ("0.0015", "0.0015"), ("12345678901234567890.123456789012", "12345678901234567890.123456789012")])
def test_quantities_have_a_fixed_text_form(value, expected):
    assert format_decimal(Decimal(value)) == expected


def test_floats_never_enter_canonical_json():
    with pytest.raises(TypeError):
        canonical_bytes({"fine": 1.5})
    with pytest.raises(TypeError):
        to_dict(GoodsRow(id="g", name="x", unit="cái", quantity=Decimal(1), unit_price=1.5))  # type: ignore[arg-type]


def test_hash_ignores_status_and_sha_but_covers_content():
    doc = Document(id="d1", case_id="c1", kind="tt22.m06", unit=Unit("U", "N", "P", "B"), issued_at="2026-03-10T09:00:00",
                   place="Biên Hòa")
    base = document_hash(doc)
    doc.status = DocumentStatus.SYNCED
    doc.sha256 = "whatever"
    assert document_hash(doc) == base
    doc.place = "Biên Hoà"  # a different spelling is different content
    assert document_hash(doc) != base


def test_hash_is_the_same_for_nfd_and_nfc_input():
    doc = Document(id="d1", case_id="c1", kind="tt22.m06", unit=Unit("U", "N", "P", "B"), issued_at="x", place="Biên Hòa")
    nfd = Document(id="d1", case_id="c1", kind="tt22.m06", unit=Unit("U", "N", "P", "B"), issued_at="x",
                   place=unicodedata.normalize("NFD", "Biên Hòa"))
    assert document_hash(doc) == document_hash(nfd)


def test_from_dict_normalises_strings_to_nfc():
    unit = from_dict(Unit, {"code": "U", "name": unicodedata.normalize("NFD", "ĐỘI SỐ 1"), "parent_name": "P",
                            "place_name": "B"})
    assert unit.name == "ĐỘI SỐ 1" and unicodedata.is_normalized("NFC", unit.name)


@pytest.mark.parametrize("data,path", [
    ({"id": "g", "name": "x", "unit": "cái", "quantity": 1.5}, "$.quantity"),
    ({"id": "g", "name": "x", "unit": "cái", "quantity": "abc"}, "$.quantity"),
    ({"id": "g", "name": "x", "unit": "cái", "quantity": "NaN"}, "$.quantity"),
    ({"id": "g", "name": "x", "unit": "cái"}, "$.quantity"),
    ({"id": "g", "name": "x", "unit": "cái", "quantity": "1", "colour": "red"}, "$.colour"),
    ({"id": "g", "name": 5, "unit": "cái", "quantity": "1"}, "$.name"),
    ({"id": "g", "name": "x", "unit": "cái", "quantity": "1", "unit_price": "100"}, "$.unit_price"),
    ({"id": "g", "name": "x", "unit": "cái", "quantity": "1", "seized": 1}, "$.seized"),
])
def test_from_dict_names_the_json_path_of_a_bad_value(data, path):
    with pytest.raises(ShapeError) as info:
        from_dict(GoodsRow, data)
    assert info.value.path == path


def test_from_dict_reports_nested_paths_and_bad_enum_values():
    doc = to_dict(Document(id="d", case_id="c", kind="k", unit=Unit("U", "N", "P", "B"), issued_at="", place=""))
    doc["participants"] = [{"role": "drafter", "full_name": "A"}, {"role": "boss", "full_name": "B"}]
    with pytest.raises(ShapeError) as info:
        from_dict(Document, doc)
    assert info.value.path == "$.participants[1].role"
    doc["participants"] = []
    doc["fields"] = {"copies": 2, "ratio": 0.5}
    with pytest.raises(ShapeError) as info:
        from_dict(Document, doc)
    assert info.value.path == "$.fields.ratio"
