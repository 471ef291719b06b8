"""The sync wire format shared by the field app and the HQ server.

Everything both sides must agree on lives here and nowhere else: the protocol version and path prefix, the
limits, the one error envelope, the shape of a batch record and of its per-record result, and the JSON
Schema of the canonical document JSON (``schemas/document.schema.json``) with a validator that reports
every problem as ``(JSON path, Vietnamese message)``.

This module imports neither ``inspector_app`` nor any web framework, so that the client, the server and
import/export can all use it.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import TYPE_CHECKING, Any

# The canonical form (RFC 8785 + NFC), the SHA-256 and the attachment manifest are the app's own, shared:
# one implementation for the client that hashes and the server that checks (docs/data-format.md).
from qltt_canonical import is_canonical_text as is_canonical_text
from qltt_canonical import manifest_of as manifest_of
from qltt_canonical import sha256_hex as sha256_hex

if TYPE_CHECKING:
    import jsonschema

# jsonschema (and the Rust validator) load with the first validation: the laptop's commands that only read
# the limits and envelopes above do not pay for them.

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
PROTOCOL_HEADER = "X-Inspector-Protocol"
# SHA-256 (hex) of the request body exactly as sent (after gzip). The server checks it before parsing, so a
# body damaged on the way is told apart from a malformed one: the first is worth sending again, not the second.
BODY_HASH_HEADER = "X-Body-SHA256"

# Limits. A batch is bounded in records and in bytes so that one request never holds the server's write
# lock for long and a dropped connection costs little to resend.
MAX_BATCH_RECORDS = 500
MAX_BATCH_BYTES = 32 * 1024 * 1024  # decoded (after gzip) request body of POST /batches
MAX_CANONICAL_BYTES = 2 * 1024 * 1024  # one document's canonical JSON
MAX_ATTACHMENTS_PER_RECORD = 200
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024  # one photo / scan
MAX_PAGE_SIZE = 1000  # reference data page
MAX_JSON_DEPTH = 32  # nesting of a canonical document (a real one is under 8 deep)
MAX_SMALL_BODY_BYTES = 64 * 1024  # the body of any other request (login, ...): refused beyond, unread

SHA256_RE = re.compile(r"^[0-9a-f]{64}\Z")  # \Z: "$" would also match before a final newline
# The ids are client UUIDs; accept any reasonable token so that old test data with short ids still syncs,
# but nothing that could be a path or a query.
RECORD_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"  # for OpenAPI / pydantic, where "$" ends the text
RECORD_ID_RE = re.compile(RECORD_ID_PATTERN[:-1] + r"\Z")


class ErrorCode(StrEnum):
    """Stable machine codes of the error envelope (the message is for people and may change)."""

    BAD_REQUEST = "bad_request"
    VALIDATION = "validation"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    TOO_LARGE = "too_large"
    HASH_MISMATCH = "hash_mismatch"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    PROTOCOL = "protocol_version"
    INTERNAL = "internal"
    UNAVAILABLE = "unavailable"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    QUOTA_EXCEEDED = "quota_exceeded"
    # 401 for a token whose device HQ revoked on purpose (not one that merely expired): the laptop then
    # removes its synced records (it keeps the unsynced ones).
    DEVICE_REVOKED = "device_revoked"


DEVICE_REVOKED = ErrorCode.DEVICE_REVOKED.value


class RecordStatus(StrEnum):
    """Per-record outcome of ``POST /api/v1/batches``."""

    ACCEPTED = "accepted"  # stored now, all attachments present
    DUPLICATE = "duplicate"  # same id and same hash already stored: a success
    CONFLICT = "conflict"  # same id, another hash: never overwritten
    REJECTED = "rejected"  # invalid; ``errors`` lists every problem
    INCOMPLETE = "incomplete"  # stored, but attachments in ``missing`` have not arrived yet

    @property
    def stored(self) -> bool:
        """True if the server holds exactly this record (a retry would be a duplicate)."""
        return self in (RecordStatus.ACCEPTED, RecordStatus.DUPLICATE, RecordStatus.INCOMPLETE)


# -- text that no database takes --------------------------------------------------------------------------

# What no stored text may hold: C0 and C1 control characters and lone surrogates; with ``layout``, tab and
# line breaks are allowed. One regular expression each: the server checks every string of every record, and a
# per-character loop in Python was a third of its time per document.
_UNSTORABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSTORABLE_IN_LAYOUT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text_problem(text: str, *, layout: bool = False) -> str | None:
    """Why ``text`` may not be stored (a NUL or other control character, a lone surrogate), or None.

    PostgreSQL refuses U+0000 in TEXT and no UTF-8 codec takes a lone surrogate, so such text is refused at
    the door with a 4xx instead of failing in SQL (review D4). ``layout`` allows tab and line breaks (free
    text of a document); identifiers and credentials allow none.
    """
    found = (_UNSTORABLE_IN_LAYOUT if layout else _UNSTORABLE).search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return f"chứa ký tự UTF-16 lẻ (U+{code:04X})"
    return f"chứa ký tự điều khiển U+{code:04X}"


def json_depth(value: Any) -> int:
    """How deeply ``value`` nests (a scalar is 0, ``[]`` is 1); iterative, so any depth is safe to measure."""
    if not isinstance(value, dict | list):
        return 0
    deepest, stack = 0, [(value, 1)]
    while stack:  # containers only: most values of a document are scalars, never pushed
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        children = item.values() if isinstance(item, dict) else item
        stack.extend((v, depth + 1) for v in children if isinstance(v, dict | list))
    return deepest


def _string_problems(text: str, data: Any) -> list[tuple[str, str]]:
    if "\\" not in text and _SURROGATE.search(text) is None:
        # Parsed JSON strings get control characters and surrogates only from escapes (a raw control
        # character inside a string is not JSON) or from surrogates in the text itself: with neither, no
        # string of the document can hold one, and the walk below has nothing to find.
        return []
    out: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack and len(out) < 20:
        item, path = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                problem = text_problem(str(k))
                if problem:
                    out.append((_child(path, repr(k)), f"tên trường {problem}"))
                stack.append((v, _child(path, str(k))))
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(item))
        elif isinstance(item, str):
            problem = text_problem(item, layout=True)
            if problem:
                out.append((path, problem))
    return sorted(out)


def document_limits(text: str, data: Any) -> list[tuple[str, str]]:
    """Problems of a canonical document that no schema states: its size, its nesting and characters no
    database takes. The laptop checks them at finalisation and the server per record, with the same limits
    (review D4, D5, D8)."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return [("$", "chứa ký tự UTF-16 lẻ (không phải Unicode hợp lệ)")]
    if size > MAX_CANONICAL_BYTES:
        return [("$", f"văn bản quá lớn: {size} byte, máy chủ nhận tối đa {MAX_CANONICAL_BYTES} byte")]
    if json_depth(data) > MAX_JSON_DEPTH:
        return [("$", f"dữ liệu lồng nhau quá sâu (tối đa {MAX_JSON_DEPTH} tầng)")]
    return _string_problems(text, data)


# -- error envelope -------------------------------------------------------------------------------------


def error_envelope(code: str, message: str, details: Any = None) -> dict[str, Any]:
    """The one error body every failure carries: ``{"ok": false, "error": {code, message, details}}``."""
    return {"ok": False, "error": {"code": str(code), "message": message, "details": details}}


def ok_envelope(data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A success body: ``{"ok": true, ...data}``."""
    return {"ok": True, **(data or {})}


class ProtocolError(Exception):
    """An error that travels as an error envelope (raised on the server, re-raised on the client)."""

    def __init__(self, code: str, message: str, status: int = 400, details: Any = None) -> None:
        super().__init__(message)
        self.code = str(code)
        self.message = message
        self.status = status
        self.details = details

    def envelope(self) -> dict[str, Any]:
        """This error as an envelope."""
        return error_envelope(self.code, self.message, self.details)


def parse_error_envelope(body: Any) -> tuple[str, str, Any] | None:
    """``(code, message, details)`` if ``body`` is an error envelope, else None (tolerant of junk)."""
    if not isinstance(body, dict) or body.get("ok") is not False:
        return None
    err = body.get("error")
    if not isinstance(err, dict) or not isinstance(err.get("code"), str):
        return None
    return err["code"], str(err.get("message", "")), err.get("details")


# -- batch records --------------------------------------------------------------------------------------


@dataclass
class BatchRecord:
    """One document on the wire.

    ``canonical`` is the canonical JSON text exactly as the client stored it at finalisation, so the server
    re-hashes the very same UTF-8 bytes; ``attachments`` is the manifest (SHA-256 of every file it needs).
    """

    id: str
    kind: str
    sha256: str
    canonical: str
    supersedes: str = ""
    attachments: list[str] = field(default_factory=list)

    def to_wire(self) -> dict[str, Any]:
        """Plain JSON form."""
        return {"id": self.id, "kind": self.kind, "sha256": self.sha256, "supersedes": self.supersedes,
                "canonical": self.canonical, "attachments": list(self.attachments)}


@dataclass
class RecordResult:
    """What the server did with one record."""

    id: str
    status: RecordStatus
    errors: list[dict[str, str]] = field(default_factory=list)  # [{"path", "message"}] when rejected
    missing: list[str] = field(default_factory=list)  # attachment hashes still needed
    message: str = ""
    created: bool = False  # this very request stored the record (accepted, or incomplete when first stored)

    def to_wire(self) -> dict[str, Any]:
        """Plain JSON form."""
        return {"id": self.id, "status": self.status.value, "errors": self.errors, "missing": self.missing,
                "message": self.message, "created": self.created}

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> RecordResult:
        """Parse one result of a batch answer (raises ValueError on a malformed one)."""
        try:
            return cls(id=str(data["id"]), status=RecordStatus(data["status"]),
                       errors=list(data.get("errors") or []), missing=[str(m) for m in data.get("missing") or []],
                       message=str(data.get("message") or ""),
                       # An older server does not say: only "accepted" then means stored by this request.
                       created=bool(data.get("created", data.get("status") == RecordStatus.ACCEPTED.value)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"malformed record result: {exc}") from exc


# -- document schema ------------------------------------------------------------------------------------


@functools.cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema of one wire record (``schemas/record.schema.json``): the server checks records with it
    and publishes it in its OpenAPI, so the two cannot drift apart."""
    text = resources.files("sync").joinpath("schemas/record.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.lru_cache(maxsize=64)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A JSON Schema (ECMA-262) pattern as a Python regex. ECMA's ``$`` is the end of the text; Python's also
    matches before a final newline, which would let "abc\\n" pass as an id."""
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


@functools.cache
def _record_validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = record_schema()
    base = jsonschema.validators.validator_for(schema)
    base.check_schema(schema)

    def pattern(validator: Any, wanted: str, instance: Any, _schema: Any) -> Any:
        if validator.is_type(instance, "string") and not ecma_regex(wanted).search(instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {wanted!r}")

    return jsonschema.validators.extend(base, {"pattern": pattern})(schema)


@functools.cache
def _fast_record_validator() -> Any:
    # The record schema's patterns are plain ASCII classes anchored with ^...$, which mean the same in
    # jsonschema-rs (ECMA: "$" is the end of the text) as in ecma_regex.
    rust = _rust()
    return rust.validator_for(record_schema()) if rust is not None else None


@functools.cache
def _rust() -> Any:
    """The Rust validator module: a ~50x faster yes/no answer for the HQ server's hot path (the errors still
    come from jsonschema); an optional speed-up the "hq" extra installs. None without it."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover
        return None
    return jsonschema_rs


def record_problem_fields(record: Any) -> set[str]:
    """The fields of a wire record that break ``record.schema.json``: missing or malformed ones by name,
    unknown ones by their own name, ``"$"`` when the record is not an object."""
    if not isinstance(record, dict):
        return {"$"}
    fast = _fast_record_validator()
    try:
        if fast is not None and fast.is_valid(record):
            return set()  # the common case: a yes from the compiled validator; only a broken record is explained
    except ValueError:
        pass  # text Rust cannot take (a lone surrogate, UnicodeEncodeError): explained below like any problem
    fields: set[str] = set()
    for error in _record_validator().iter_errors(record):
        if error.validator == "required":
            fields.update(f for f in record_schema()["required"] if f not in record)
        elif error.validator == "additionalProperties":
            fields.update(str(k) for k in record if k not in record_schema()["properties"])
        elif error.path:
            fields.add(str(error.path[0]))
        else:
            fields.add("$")
    return fields


@functools.cache
def document_schema() -> dict[str, Any]:
    """The JSON Schema of the canonical document JSON (loaded once from the package data)."""
    text = resources.files("sync").joinpath("schemas/document.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = document_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _floats(value: Any, path: str, out: list[tuple[str, str]]) -> None:
    # A float anywhere would make the hash depend on float formatting; JSON Schema's "integer" accepts
    # 2.0 in some drafts, so floats are looked for explicitly.
    if isinstance(value, float):
        out.append((path, "không dùng số thực; tiền là số nguyên đồng, số lượng là chuỗi số"))
    elif isinstance(value, dict):
        for k, v in value.items():
            _floats(v, _child(path, str(k)), out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _floats(v, f"{path}[{i}]", out)


_SIMPLE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if _SIMPLE_KEY.match(key) else f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _json_path(error: jsonschema.ValidationError) -> str:
    path = "$"
    for part in error.absolute_path:
        path = f"{path}[{part}]" if isinstance(part, int) else _child(path, str(part))
    return path


_TYPE_NAMES = {"string": "chuỗi ký tự", "integer": "số nguyên", "boolean": "true hoặc false",
               "object": "đối tượng JSON", "array": "danh sách", "null": "null"}


def _messages(error: jsonschema.ValidationError) -> list[tuple[str, str]]:
    """Vietnamese messages for one jsonschema error (may expand into several paths)."""
    path = _json_path(error)
    v = error.validator
    if v == "required":
        inst = error.instance if isinstance(error.instance, dict) else {}
        return [(_child(path, name), "thiếu trường bắt buộc") for name in error.validator_value
                if name not in inst]
    if v == "additionalProperties":
        allowed = set((error.schema.get("properties") or {}).keys())
        inst = error.instance if isinstance(error.instance, dict) else {}
        return [(_child(path, str(k)), "trường không được hỗ trợ") for k in inst if k not in allowed]
    if v == "anyOf":
        # "X or null" / free-form values: report the problems inside the branch whose type matched rather
        # than "not valid under any of the given schemas"; if no branch's type matched, list the types.
        type_misses = [e for e in error.context or [] if e.validator == "type" and not e.relative_path]
        deeper = [e for e in error.context or [] if e not in type_misses]
        if deeper:
            out: list[tuple[str, str]] = []
            for e in deeper:
                out.extend(_messages(e))
            return out
        if isinstance(error.instance, float):
            return []  # reported by the float walk
        names: list[str] = []
        for e in type_misses:
            wanted = e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]
            names.extend(str(_TYPE_NAMES.get(t, t)) for t in wanted if _TYPE_NAMES.get(t, t) not in names)
        return [(path, "phải là " + " hoặc ".join(names) if names else "sai kiểu dữ liệu")]
    if v == "type":
        if isinstance(error.instance, float):
            return []
        wanted = error.validator_value
        names = [str(_TYPE_NAMES.get(t, t)) for t in (wanted if isinstance(wanted, list) else [wanted])]
        return [(path, "phải là " + " hoặc ".join(names))]
    if v == "enum":
        allowed_text = ", ".join(str(x) for x in error.validator_value)
        return [(path, f"giá trị không hợp lệ {error.instance!r} (cho phép: {allowed_text})")]
    if v == "pattern":
        if error.schema.get("$comment") == "decimal":
            return [(path, f"số lượng phải là chuỗi số thập phân như \"2.5\" hoặc \"10\", không phải {error.instance!r}")]
        return [(path, "không đúng định dạng")]
    if v in ("minLength", "maxLength"):
        return [(path, "độ dài không hợp lệ")]
    return [(path, error.message)]


def validate_document_json(data: Any) -> list[tuple[str, str]]:
    """Every problem of a parsed canonical document as ``(JSON path, Vietnamese message)``; [] if valid.

    Paths look like ``$.goods[3].quantity``. The order is stable (sorted by path) so results can be compared.
    """
    problems: list[tuple[str, str]] = []
    _floats(data, "$", problems)
    for error in _validator().iter_errors(data):
        problems.extend(_messages(error))
    unique = sorted(set(problems))
    return unique


@functools.cache
def _fast_validator() -> Any:
    rust = _rust()
    return rust.validator_for(document_schema()) if rust is not None else None


def parse_canonical(text: str) -> tuple[Any, list[tuple[str, str]]]:
    """Parse canonical JSON text and validate it: ``(data, problems)``; data is None if it is not JSON.

    The common case (a valid document) takes a fast yes/no path; only an invalid one pays for the detailed,
    translated list of problems.
    """
    floats: list[str] = []

    def seen_float(literal: str) -> float:
        floats.append(literal)
        return float(literal)

    try:
        data = json.loads(text, parse_float=seen_float)
    except RecursionError:
        return None, [("$", f"dữ liệu lồng nhau quá sâu (tối đa {MAX_JSON_DEPTH} tầng)")]
    except ValueError as exc:
        return None, [("$", f"không phải JSON hợp lệ: {exc}")]
    limits = document_limits(text, data)
    if limits:
        # Validated no further: the schema's error path recurses and would overflow (review D5).
        return data, limits
    fast = _fast_validator()
    if not floats and fast is not None and fast.is_valid(data):
        return data, []
    return data, validate_document_json(data)

