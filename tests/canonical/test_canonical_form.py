"""qltt_canonical: the one canonical JSON (RFC 8785 + NFC), SHA-256 and manifest of the app and the wire."""

from __future__ import annotations

import hashlib
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sync.protocol as protocol
from inspector_app.domain import canonical as domain_canonical
from qltt_canonical import canonical_bytes, canonical_text, is_canonical_text, manifest_of, sha256_hex

# RFC 8785 §3.2.3 sorts by UTF-16 code units; for BMP keys that is code-point order, which this checks.
JSON_SCALARS = st.none() | st.booleans() | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1) | st.text()
JSON_TREES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)


def test_rfc8785_shape_with_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    data = {"b": [1, "x\n\"y\""], "a": {decomposed: decomposed}, "c": None, "ă": True}
    text = canonical_text(data)
    assert text == '{"a":{"Nguyễn Thị Hương":"Nguyễn Thị Hương"},"b":[1,"x\\n\\"y\\""],"c":null,"ă":true}'
    assert canonical_bytes(data) == text.encode("utf-8")
    assert unicodedata.is_normalized("NFC", text)


def test_floats_are_refused_anywhere() -> None:
    with pytest.raises(TypeError):
        canonical_text({"a": [{"b": 1.5}]})
    assert not is_canonical_text({"a": 1.0}, '{"a":1.0}')


@given(JSON_TREES)
def test_parsing_the_text_gives_the_same_text_again(data: object) -> None:
    text = canonical_text(data)
    assert is_canonical_text(json.loads(text), text)
    assert canonical_text(json.loads(text)) == text


def test_what_the_server_refuses() -> None:
    data = {"a": 1, "b": "ệ"}
    assert is_canonical_text(data, '{"a":1,"b":"ệ"}')
    assert not is_canonical_text(data, '{"b":"ệ","a":1}')  # unsorted
    assert not is_canonical_text(data, '{"a": 1, "b": "ệ"}')  # white space
    assert not is_canonical_text(data, '{"a":1,"b":"\\u1ec7"}')  # escaped instead of as itself
    nfd = {"a": 1, "b": unicodedata.normalize("NFD", "ệ")}
    assert not is_canonical_text(nfd, json.dumps(nfd, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def test_sha256_and_manifest() -> None:
    assert sha256_hex(b"abc") == hashlib.sha256(b"abc").hexdigest()
    doc = {"attachments": [{"sha256": "b" * 64}, {"sha256": "a" * 64}, {"sha256": "b" * 64}, {"other": 1}]}
    assert manifest_of(doc) == ["b" * 64, "a" * 64]
    assert manifest_of({}) == []


def test_app_and_wire_use_the_same_functions() -> None:
    """One implementation: the domain and the protocol hand out the very same objects."""
    assert domain_canonical.canonical_bytes is canonical_bytes
    assert domain_canonical.sha256_hex is protocol.sha256_hex is sha256_hex
    assert protocol.manifest_of is manifest_of and protocol.is_canonical_text is is_canonical_text
